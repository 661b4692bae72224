package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/kg"
)

// quick is an extractor that costs nothing: one entity per document. A
// text containing "SLOW" works until its context is done, checking it
// often, as the real extractor does between sentences.
type quick struct{ calls atomic.Int64 }

func (q *quick) ExtractContext(ctx context.Context, text string) (extract.Result, error) {
	q.calls.Add(1)
	if strings.Contains(text, "SLOW") {
		for ctx.Err() == nil {
			time.Sleep(time.Millisecond)
		}
		return extract.Result{}, fmt.Errorf("quick: %w", ctx.Err())
	}
	return extract.Result{Entities: []extract.Entity{{ID: "gpe/china", Name: "China", Type: extract.TypeGPE}}}, nil
}

var errDown = errors.New("connection refused")

// flaky is a store that fails once its outage has started: after
// failAfter AddDocuments calls have gone through, the next call starts the
// outage (outage: closes the store under the pipeline, or sets down so
// that every call fails with errDown).
type flaky struct {
	*kg.Store
	failAfter int64
	outage    func(f *flaky)
	writes    atomic.Int64
	once      sync.Once
	down      atomic.Bool
}

func (f *flaky) AddDocuments(ctx context.Context, docs []kg.Doc) ([]kg.DocResult, error) {
	if f.writes.Add(1) > f.failAfter {
		f.once.Do(func() { f.outage(f) })
	}
	if f.down.Load() {
		// As kg does when every commit fails: each document fails alone.
		res := make([]kg.DocResult, len(docs))
		for i := range res {
			res[i].Err = errDown
		}
		return res, nil
	}
	return f.Store.AddDocuments(ctx, docs)
}

func (f *flaky) StoredText(ctx context.Context, id string) (string, bool, error) {
	if f.down.Load() {
		return "", false, errDown
	}
	return f.Store.StoredText(ctx, id)
}

// TestStoreOutageStopsTheRun starts a store outage in the middle of a run:
// the run stops with one error (ErrStoreFailing), reports the documents it
// did not write as interrupted, not as one failure each, stops reading,
// and a second run over the same input, the store back, resumes: it skips
// what was written and writes the rest.
func TestStoreOutageStopsTheRun(t *testing.T) {
	const docs = 300
	input := jsonl(t, "d", docs)
	for _, tc := range []struct {
		name   string
		outage func(f *flaky)
	}{
		{"every call fails", func(f *flaky) { f.down.Store(true) }},
		{"store closed", func(f *flaky) { f.Store.Close() }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			uri := "leveldb:" + filepath.Join(t.TempDir(), "db")
			st, err := kg.Open(ctx, uri)
			if err != nil {
				t.Fatal(err)
			}
			f := &flaky{Store: st, failAfter: 3, outage: tc.outage}
			p := ingest.New(&quick{}, f, ingest.Workers(2), ingest.Batch(4, time.Second))
			var printed []error
			sum, err := p.Run(ctx, &article.Reader{Stdin: strings.NewReader(input)}, []string{"-"}, func(o ingest.Outcome) {
				if o.Err != nil {
					printed = append(printed, o.Err)
				}
			})
			if !errors.Is(err, ingest.ErrStoreFailing) || !errors.Is(err, ingest.ErrInterrupted) {
				t.Fatalf("Run during an outage: got %v, want %v", err, ingest.ErrStoreFailing)
			}
			if len(printed) != 0 || sum.Failed != 0 {
				t.Errorf("Run during an outage reported %d failures (%d outcomes with errors, first %v), want none besides the run's error",
					sum.Failed, len(printed), errors.Join(printed[:min(len(printed), 1)]...))
			}
			if sum.Added != 12 || sum.Interrupted == 0 || sum.Documents >= docs {
				t.Errorf("Run during an outage: got %+v, want the 12 documents of the first 3 batches added, some interrupted, reading stopped before %d", sum, docs)
			}
			st.Close()

			st, err = kg.Open(ctx, uri)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			p = ingest.New(&quick{}, st, ingest.Workers(2), ingest.Batch(4, time.Second))
			sum2, err := p.Run(ctx, &article.Reader{Stdin: strings.NewReader(input)}, []string{"-"}, nil)
			if err != nil {
				t.Fatalf("Run after the outage: %v", err)
			}
			if sum2.Skipped != sum.Added || sum2.Added != docs-sum.Added || sum2.Failed != 0 {
				t.Errorf("Run after the outage: got %+v, want %d skipped, %d added, none failed", sum2, sum.Added, docs-sum.Added)
			}
		})
	}
}

// TestDocTimeout gives one document of a run more work than its budget:
// it fails alone with ErrDocTimeout, promptly; the others are written.
func TestDocTimeout(t *testing.T) {
	ctx := context.Background()
	st, err := kg.Open(ctx, "memory")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p := ingest.New(&quick{}, st, ingest.Workers(2), ingest.DocTimeout(100*time.Millisecond))
	input := jsonl(t, "d", 5, `{"id":"slow","text":"A SLOW document."}`)
	start := time.Now()
	sum, outs := run(t, p, input)
	if took := time.Since(start); took > 3*time.Second {
		t.Errorf("Run took %s with a budget of 100ms per document", took)
	}
	if sum.Added != 5 || sum.Failed != 1 {
		t.Fatalf("got %+v, want 5 added, 1 failed", sum)
	}
	for _, o := range outs {
		if got, want := errors.Is(o.Err, ingest.ErrDocTimeout), o.Article.ID == "slow"; got != want {
			t.Errorf("%s: error %v, want ErrDocTimeout %v", o.Article.ID, o.Err, want)
		}
	}
}

// TestCancelInterrupts cancels a run whose documents are all being
// extracted (the way Ctrl-C or SIGTERM do): Run returns promptly with
// ErrInterrupted, reports the documents cut short as interrupted, not as
// failures, and a second run writes them all.
func TestCancelInterrupts(t *testing.T) {
	st, err := kg.Open(context.Background(), "memory")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	slow := strings.ReplaceAll(jsonl(t, "d", 20), "China imposed", "SLOW: China imposed")
	p := ingest.New(&quick{}, st, ingest.Workers(2), ingest.DocTimeout(0))
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	var failed []error
	sum, err := p.Run(ctx, &article.Reader{Stdin: strings.NewReader(slow)}, []string{"-"}, func(o ingest.Outcome) {
		if o.Err != nil {
			failed = append(failed, o.Err)
		}
	})
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("Run took %s to stop after its context was cancelled at 100ms", took)
	}
	if !errors.Is(err, ingest.ErrInterrupted) || !errors.Is(err, context.Canceled) {
		t.Errorf("Run cancelled: got %v, want %v and %v", err, ingest.ErrInterrupted, context.Canceled)
	}
	if len(failed) != 0 || sum.Failed != 0 || sum.Interrupted == 0 || sum.Added != 0 {
		t.Errorf("Run cancelled: got %+v and failures %v, want none failed, some interrupted", sum, failed)
	}

	// The same input, now quick to extract: everything is written.
	fast := strings.ReplaceAll(slow, "SLOW", "Fast")
	sum, _ = run(t, ingest.New(&quick{}, st, ingest.Workers(2)), fast)
	if sum.Added != 20 || sum.Failed != 0 {
		t.Errorf("second run: got %+v, want 20 added", sum)
	}
}

// TestCancelQuietStdin cancels a run reading a stream that stays open and
// sends nothing more (serve --stream - fed by a quiet producer, at
// SIGTERM): Run returns promptly instead of waiting for the next line.
func TestCancelQuietStdin(t *testing.T) {
	st, err := kg.Open(context.Background(), "memory")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	in, feed := io.Pipe()
	defer feed.Close()
	go feed.Write([]byte(jsonl(t, "d", 1)))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	var (
		sum  ingest.Summary
		err2 error
	)
	go func() {
		defer close(done)
		sum, err2 = ingest.New(&quick{}, st).Run(ctx, &article.Reader{Stdin: in}, []string{"-"}, func(ingest.Outcome) { cancel() })
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Run still waiting on its input 5s after its context was cancelled")
	}
	if !errors.Is(err2, ingest.ErrInterrupted) || sum.Added != 1 {
		t.Errorf("Run: got %+v, %v; want 1 added, %v", sum, err2, ingest.ErrInterrupted)
	}
}

// TestDocTimeoutRealExtractor runs the real extractor on a document far
// over a small budget: extraction stops between sentences and the document
// fails with ErrDocTimeout. (The extractor does a pass over the whole text
// before its first check: about 0.5 s for this one on a loaded 2-core
// machine, hence the loose bound.)
func TestDocTimeoutRealExtractor(t *testing.T) {
	ctx := context.Background()
	st, err := kg.Open(ctx, "memory")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p := ingest.New(mustExtractor(t), st, ingest.DocTimeout(50*time.Millisecond))
	text := strings.Repeat("China imposed new sanctions on North Korea on Monday, officials in Beijing said. ", 5000)
	start := time.Now()
	_, _, err = p.Ingest(ctx, text, "long", "test", nil)
	took := time.Since(start)
	if took > 5*time.Second {
		t.Errorf("Ingest took %s with a budget of 50ms", took)
	}
	t.Logf("Ingest of %d bytes with a budget of 50ms returned after %s", len(text), took)
	if !errors.Is(err, ingest.ErrDocTimeout) {
		t.Errorf("Ingest of a %d-byte document with a 50ms budget: got %v, want %v", len(text), err, ingest.ErrDocTimeout)
	}
}
