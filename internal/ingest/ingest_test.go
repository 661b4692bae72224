package ingest_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/kg"
	_ "github.com/newsgraph/newsgraph/internal/kg/backends"
)

// recorder is a Listener that remembers what it heard.
type recorder struct {
	mu             sync.Mutex
	added, deleted []string
}

func (r *recorder) DocumentAdded(_ context.Context, id string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.added = append(r.added, id)
}

func (r *recorder) DocumentDeleted(_ context.Context, id string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.deleted = append(r.deleted, id)
}

func newPipeline(t *testing.T, uri string) (*ingest.Pipeline, *kg.Store, *recorder) {
	t.Helper()
	ctx := context.Background()
	st, err := kg.Open(ctx, uri)
	if err != nil {
		t.Fatalf("kg.Open(%s): %v", uri, err)
	}
	t.Cleanup(func() { st.Close() })
	x, err := extract.New()
	if err != nil {
		t.Fatalf("extract.New: %v", err)
	}
	rec := &recorder{}
	return ingest.New(x, st, ingest.Workers(2), ingest.Notify(rec)), st, rec
}

func TestRunBatchBadDocumentsFailAloneAndRerunIsNoop(t *testing.T) {
	ctx := context.Background()
	p, st, rec := newPipeline(t, "leveldb:"+filepath.Join(t.TempDir(), "db"))
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "binary.txt"), []byte("\x00\x01\x02garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	paths := []string{"../../examples", dir, filepath.Join(dir, "missing.html")}
	r := &article.Reader{}

	sum, err := p.Run(ctx, r, paths, nil)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	if sum.Documents != 4 || sum.Added != 2 || sum.Failed != 2 || len(sum.Errors) != 2 {
		t.Fatalf("first run: got %+v, want 4 documents, 2 added, 2 failed", sum)
	}
	if sum.Relations == 0 || sum.Quads == 0 || sum.Entities == 0 {
		t.Errorf("first run: got %+v, want entities, relations and quads", sum)
	}
	if len(rec.added) != 2 {
		t.Errorf("listener heard %d additions, want 2", len(rec.added))
	}
	before, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}

	sum2, err := p.Run(ctx, r, paths, nil)
	if err != nil {
		t.Fatalf("second Run: %v", err)
	}
	if sum2.Added != 0 || sum2.Skipped != 2 || sum2.Failed != 2 || sum2.Quads != 0 {
		t.Errorf("second run: got %+v, want 0 added, 2 skipped, 2 failed", sum2)
	}
	after, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if before.Quads != after.Quads || before.Documents != 2 || after.Documents != 2 {
		t.Errorf("store changed on re-ingest: before %+v, after %+v", before, after)
	}
}

func TestIngestTextAndDelete(t *testing.T) {
	ctx := context.Background()
	p, st, rec := newPipeline(t, "memory")
	text := "China imposed new sanctions on North Korea on Monday.\n\nPresident Donald Trump criticized Rex Tillerson."
	id, added, err := p.Ingest(ctx, text, "Sanctions", "api", nil)
	if err != nil || !added || id != article.ID(article.Normalize(text)) {
		t.Fatalf("Ingest: got %q %v %v, want the content id, added", id, added, err)
	}
	id2, added2, err := p.Ingest(ctx, text+"\n", "Sanctions again", "api", nil)
	if err != nil || added2 || id2 != id {
		t.Errorf("Ingest of the same text: got %q %v %v, want %q, not added", id2, added2, err, id)
	}
	if _, _, err := p.Ingest(ctx, "  \n ", "", "api", nil); !errors.Is(err, ingest.ErrInvalid) {
		t.Errorf("Ingest of blank text: got %v, want ErrInvalid", err)
	}
	ok, err := p.Delete(ctx, id)
	if err != nil || !ok {
		t.Fatalf("Delete: got %v %v", ok, err)
	}
	if has, _ := st.HasDocument(ctx, id); has {
		t.Errorf("document still stored after Delete")
	}
	if ok, err := p.Delete(ctx, id); err != nil || ok {
		t.Errorf("second Delete: got %v %v, want false, nil", ok, err)
	}
	if len(rec.deleted) != 1 || rec.deleted[0] != id {
		t.Errorf("listener heard deletions %v, want [%s]", rec.deleted, id)
	}
}
