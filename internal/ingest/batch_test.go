package ingest_test

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/kg/kgtest"
)

// faulty wraps the real extractor: it counts the texts it extracts, panics
// on a text containing "PANIC", and returns a result kg refuses (a relation
// to an entity the document does not have) for one containing "INVALID".
type faulty struct {
	x     *extract.Extractor
	calls atomic.Int64
}

func (f *faulty) ExtractContext(ctx context.Context, text string) (extract.Result, error) {
	f.calls.Add(1)
	if strings.Contains(text, "PANIC") {
		panic("extractor bug")
	}
	r, err := f.x.ExtractContext(ctx, text)
	if strings.Contains(text, "INVALID") {
		r.Relations = append(r.Relations, extract.Relation{Subject: "gpe/nowhere", Predicate: "meet", Object: "gpe/nowhere"})
	}
	return r, err
}

// jsonl returns a JSON Lines input of n documents with IDs prefix0..,
// plus the extra lines.
func jsonl(t *testing.T, prefix string, n int, extra ...string) string {
	t.Helper()
	var b strings.Builder
	for i := range n {
		line, err := json.Marshal(map[string]string{
			"id":     fmt.Sprintf("%s%d", prefix, i),
			"title":  fmt.Sprintf("Document %d", i),
			"source": fmt.Sprintf("test/%s%d", prefix, i),
			"text":   fmt.Sprintf("China imposed new sanctions on North Korea on day %d.\n\nPresident Donald Trump criticized Rex Tillerson in Washington.", i),
		})
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	for _, e := range extra {
		b.WriteString(e + "\n")
	}
	return b.String()
}

func newFaulty(t *testing.T, uri string, opts ...ingest.Option) (*ingest.Pipeline, *kg.Store, *faulty) {
	t.Helper()
	st, err := kg.Open(context.Background(), uri)
	if err != nil {
		t.Fatalf("kg.Open(%s): %v", uri, err)
	}
	t.Cleanup(func() { st.Close() })
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	f := &faulty{x: x}
	return ingest.New(f, st, append([]ingest.Option{ingest.Workers(2)}, opts...)...), st, f
}

func run(t *testing.T, p *ingest.Pipeline, input string) (ingest.Summary, []ingest.Outcome) {
	t.Helper()
	var outs []ingest.Outcome
	sum, err := p.Run(context.Background(), &article.Reader{Stdin: strings.NewReader(input)}, []string{"-"},
		func(o ingest.Outcome) { outs = append(outs, o) })
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return sum, outs
}

// TestBatchBadDocumentsFailAlone runs batches holding documents that fail
// in every way (unreadable line, extractor panic, result the store refuses)
// and checks that exactly those fail, and that every other document of
// their batches is stored whole.
func TestBatchBadDocumentsFailAlone(t *testing.T) {
	for _, batch := range []int{1, 4, 100} {
		t.Run(fmt.Sprintf("batch%d", batch), func(t *testing.T) {
			p, st, _ := newFaulty(t, "leveldb:"+filepath.Join(t.TempDir(), "db"), ingest.Batch(batch, time.Second))
			input := jsonl(t, "ok", 10,
				`{"id":"broken", "text": `,
				`{"id":"panics","text":"China PANIC sanctions."}`,
				`{"id":"invalid","text":"China INVALID sanctions on North Korea."}`,
			) + jsonl(t, "late", 3)
			sum, outs := run(t, p, input)
			if sum.Documents != 16 || sum.Added != 13 || sum.Failed != 3 || len(outs) != 16 {
				t.Fatalf("got %+v (%d outcomes), want 16 documents, 13 added, 3 failed", sum, len(outs))
			}
			var failed []string
			for _, o := range outs {
				if o.Err != nil {
					failed = append(failed, o.Article.ID)
				}
			}
			slices.Sort(failed)
			// The unreadable line has no ID.
			if want := []string{"", "invalid", "panics"}; !slices.Equal(failed, want) {
				t.Errorf("failed documents: got %q, want %q", failed, want)
			}
			ctx := context.Background()
			for _, o := range outs {
				if !o.Added {
					continue
				}
				got, err := st.DocumentQuadsStored(ctx, o.Article.ID)
				if err != nil {
					t.Fatal(err)
				}
				if len(got) != o.Quads || o.Quads == 0 {
					t.Errorf("%s: %d quads stored, outcome says %d", o.Article.ID, len(got), o.Quads)
				}
			}
			if has, _ := st.HasDocument(ctx, "invalid"); has {
				t.Errorf("the refused document is stored")
			}
		})
	}
}

// TestResumeSkipsWithoutExtracting ingests part of an input, then all of
// it: the documents already stored are skipped without being extracted, and
// the store ends as one run over the whole input leaves it.
func TestResumeSkipsWithoutExtracting(t *testing.T) {
	whole := jsonl(t, "d", 12)
	lines := strings.SplitAfter(whole, "\n")
	part := strings.Join(lines[:5], "")

	p, st, f := newFaulty(t, "leveldb:"+filepath.Join(t.TempDir(), "db"), ingest.Batch(3, time.Second))
	if sum, _ := run(t, p, part); sum.Added != 5 {
		t.Fatalf("first run: got %+v, want 5 added", sum)
	}
	f.calls.Store(0)
	sum, _ := run(t, p, whole)
	if sum.Added != 7 || sum.Skipped != 5 || sum.Failed != 0 {
		t.Errorf("resumed run: got %+v, want 7 added, 5 skipped", sum)
	}
	if got := f.calls.Load(); got != 7 {
		t.Errorf("resumed run extracted %d documents, want 7", got)
	}
	resumed := kgtest.Dump(t, st)

	p2, st2, _ := newFaulty(t, "memory", ingest.Batch(100, time.Second))
	run(t, p2, whole)
	if got, want := resumed, kgtest.Dump(t, st2); !slices.Equal(got, want) {
		t.Errorf("resumed store: %d quads, one run: %d", len(got), len(want))
	}
	// Idempotent: the whole input once more changes nothing.
	sum, _ = run(t, p, whole)
	if sum.Added != 0 || sum.Skipped != 12 {
		t.Errorf("third run: got %+v, want 12 skipped", sum)
	}
	if got := kgtest.Dump(t, st); !slices.Equal(got, resumed) {
		t.Errorf("third run changed the store: %d quads, was %d", len(got), len(resumed))
	}
}

// TestSameDocumentTwiceInOneBatch: a document repeated in one input is
// written once.
func TestSameDocumentTwiceInOneBatch(t *testing.T) {
	p, st, _ := newFaulty(t, "leveldb:"+filepath.Join(t.TempDir(), "db"), ingest.Batch(100, time.Second))
	one := jsonl(t, "d", 3)
	sum, _ := run(t, p, one+one)
	if sum.Added != 3 || sum.Skipped != 3 {
		t.Errorf("got %+v, want 3 added, 3 skipped", sum)
	}
	st2, err := kg.Open(context.Background(), "memory")
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close()
	p2 := ingest.New(mustExtractor(t), st2)
	if _, err := p2.Run(context.Background(), &article.Reader{Stdin: strings.NewReader(one)}, []string{"-"}, nil); err != nil {
		t.Fatal(err)
	}
	if got, want := kgtest.Dump(t, st), kgtest.Dump(t, st2); !slices.Equal(got, want) {
		for i := range got {
			if got[i] != want[i] {
				t.Logf("got %s\nwant %s", got[i], want[i])
				break
			}
		}
		t.Errorf("store after the input twice: %d quads, once: %d", len(got), len(want))
	}
}

// TestReplaceUpdatedText re-ingests a JSON Lines document under the same ID
// with a new text: the stored version is replaced, the others skipped.
func TestReplaceUpdatedText(t *testing.T) {
	ctx := context.Background()
	p, st, rec := newPipeline(t, "leveldb:"+filepath.Join(t.TempDir(), "db"))
	first := `{"id":"a","text":"China imposed new sanctions on North Korea."}` + "\n" +
		`{"id":"b","text":"President Donald Trump criticized Rex Tillerson."}` + "\n"
	second := `{"id":"a","text":"Japan imposed new sanctions on Russia."}` + "\n" +
		`{"id":"b","text":"President Donald Trump criticized Rex Tillerson."}` + "\n"
	r := func(in string) ingest.Summary {
		sum, err := p.Run(ctx, &article.Reader{Stdin: strings.NewReader(in)}, []string{"-"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return sum
	}
	if sum := r(first); sum.Added != 2 {
		t.Fatalf("first run: got %+v, want 2 added", sum)
	}
	sum := r(second)
	if sum.Added != 1 || sum.Replaced != 1 || sum.Skipped != 1 {
		t.Errorf("second run: got %+v, want 1 added (replaced), 1 skipped", sum)
	}
	text, ok, err := st.StoredText(ctx, "a")
	if err != nil || !ok || text != "Japan imposed new sanctions on Russia." {
		t.Errorf("stored text of a: got %q %v %v", text, ok, err)
	}
	got, err := st.DocumentQuadsStored(ctx, "a")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range got {
		if s := q.NQuad(); strings.Contains(s, "china") || strings.Contains(s, "north-korea") {
			t.Errorf("quad of the old version left: %s", s)
		}
	}
	if n := len(rec.added); n != 3 {
		t.Errorf("listener heard %d additions, want 3", n)
	}
	if !slices.Equal(rec.deleted, []string{"a"}) {
		t.Errorf("listener heard deletions %v, want [a] (the replaced version)", rec.deleted)
	}
}

func mustExtractor(t *testing.T) *extract.Extractor {
	t.Helper()
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	return x
}
