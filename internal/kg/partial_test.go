package kg_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/cayleygraph/cayley/graph"

	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/kg/kgtest"
)

// TestPartialDocument writes a document without its ng:complete quad behind
// the Store's back (what a non-atomic backend could leave): HasDocument
// must say false, AddDocument must complete it, DeleteDocument remove it.
func TestPartialDocument(t *testing.T) {
	ctx := context.Background()
	uris := map[string]string{
		"memory":  "memory",
		"leveldb": "leveldb:" + filepath.Join(t.TempDir(), "db"),
		"bbolt":   "bolt:" + filepath.Join(t.TempDir(), "kg.bolt"),
	}
	for name, uri := range uris {
		t.Run(name, func(t *testing.T) {
			s := openURI(t, uri)
			// A complete document first, so that the store has the values
			// the partial one lacks (ng:complete, true).
			other := kgtest.SanctionsDoc()
			if _, err := s.AddDocument(ctx, other.Article, other.Result); err != nil {
				t.Fatal(err)
			}
			d := kgtest.SharedDoc()
			quads, err := kg.DocumentQuads(d.Article, d.Result)
			if err != nil {
				t.Fatal(err)
			}
			tx := graph.NewTransaction()
			for _, q := range quads[:len(quads)-1] {
				tx.AddQuad(q)
			}
			if err := s.QuadStore().ApplyDeltas(tx.Deltas, graph.IgnoreOpts{}); err != nil {
				t.Fatal(err)
			}
			ok, err := s.HasDocument(ctx, d.Article.ID)
			if err != nil || ok {
				t.Fatalf("HasDocument of a partial document: got %v, %v; want false, nil", ok, err)
			}
			res, err := s.AddDocument(ctx, d.Article, d.Result)
			if err != nil || !res.Added {
				t.Fatalf("AddDocument over a partial document: got %+v, %v; want added", res, err)
			}
			if got, want := kgtest.Dump(t, s), kgtest.Want(t, other, d); !slices.Equal(got, want) {
				t.Errorf("store: got %d quads, want %d", len(got), len(want))
			}
			if ok, err := s.DeleteDocument(ctx, d.Article.ID); err != nil || !ok {
				t.Fatalf("DeleteDocument: got %v, %v", ok, err)
			}
			if got, want := kgtest.Dump(t, s), kgtest.Want(t, other); !slices.Equal(got, want) {
				t.Errorf("store after delete: got %d quads, want %d", len(got), len(want))
			}
		})
	}
}
