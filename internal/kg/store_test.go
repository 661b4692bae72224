package kg_test

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/kg/kgtest"
)

func TestOpenBadURI(t *testing.T) {
	for _, uri := range []string{"", "sqlite:x.db", "leveldb:", "bolt:", "memory:x", "postgres:"} {
		t.Run(uri, func(t *testing.T) {
			s, err := kg.Open(context.Background(), uri)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%q): got no error, want one", uri)
			}
		})
	}
}

func persistent(t *testing.T) map[string]string {
	dir := t.TempDir()
	return map[string]string{
		"leveldb": "leveldb:" + filepath.Join(dir, "db"),
		"bbolt":   "bolt:" + filepath.Join(dir, "kg.bolt"),
	}
}

// TestReopen checks that documents survive Close and Open, and that a
// reopened store still skips them.
func TestReopen(t *testing.T) {
	ctx := context.Background()
	for name, uri := range persistent(t) {
		t.Run(name, func(t *testing.T) {
			s, err := kg.Open(ctx, uri)
			if err != nil {
				t.Fatal(err)
			}
			d := kgtest.SharedDoc()
			if _, err := s.AddDocument(ctx, d.Article, d.Result); err != nil {
				t.Fatal(err)
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			s = openURI(t, uri)
			if got, want := kgtest.Dump(t, s), kgtest.Want(t, d); !slices.Equal(got, want) {
				t.Errorf("after reopen: got %d quads, want %d", len(got), len(want))
			}
			res, err := s.AddDocument(ctx, d.Article, d.Result)
			if err != nil || res.Added {
				t.Errorf("AddDocument after reopen: got %+v, %v; want not added", res, err)
			}
		})
	}
}

// TestLabelIndex checks that the key-value stores kg creates index quads by
// label: Cayley answers the size of a label's quads exactly only from an
// index whose first direction is the label.
func TestLabelIndex(t *testing.T) {
	ctx := context.Background()
	for name, uri := range persistent(t) {
		t.Run(name, func(t *testing.T) {
			s := openURI(t, uri)
			d := kgtest.SanctionsDoc()
			res, err := s.AddDocument(ctx, d.Article, d.Result)
			if err != nil {
				t.Fatal(err)
			}
			qs := s.QuadStore()
			size, err := qs.QuadIteratorSize(ctx, quad.Label, qs.ValueOf(kg.DocumentIRI(d.Article.ID)))
			if err != nil {
				t.Fatal(err)
			}
			if !size.Exact || size.Size != int64(res.Quads) {
				t.Errorf("quads by label: got %+v, want exactly %d (no label index?)", size, res.Quads)
			}
		})
	}
}

// TestConcurrentAdd adds the same and different documents from several
// goroutines: each document is added once, whole.
func TestConcurrentAdd(t *testing.T) {
	ctx := context.Background()
	s := openURI(t, "leveldb:"+filepath.Join(t.TempDir(), "db"))
	docs := []kgtest.Document{kgtest.SanctionsDoc(), kgtest.SharedDoc(), kgtest.NegatedDoc()}
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		added = map[string]int{}
		errs  []error
	)
	for g := 0; g < 4; g++ {
		for _, d := range docs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				res, err := s.AddDocument(ctx, d.Article, d.Result)
				mu.Lock()
				defer mu.Unlock()
				if err != nil {
					errs = append(errs, err)
				}
				if res.Added {
					added[d.Article.Title]++
				}
			}()
		}
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if got := added[d.Article.Title]; got != 1 {
			t.Errorf("%s added %d times, want 1", d.Article.Title, got)
		}
	}
	if got, want := kgtest.Dump(t, s), kgtest.Want(t, docs...); !slices.Equal(got, want) {
		t.Errorf("store: got %d quads, want %d", len(got), len(want))
	}
}
