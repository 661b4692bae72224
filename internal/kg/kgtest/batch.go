package kgtest

import (
	"context"
	"errors"
	"testing"

	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/kg"
)

func docs(ds ...Document) []kg.Doc {
	out := make([]kg.Doc, len(ds))
	for i, d := range ds {
		out[i] = kg.Doc{Article: d.Article, Result: d.Result}
	}
	return out
}

// testBatch writes several documents in one AddDocuments: a bad one fails
// alone, a document given twice is written once, one already stored is
// skipped, and the same batch again changes nothing.
func testBatch(t *testing.T, s *kg.Store) {
	ctx := context.Background()
	a, b, c := SanctionsDoc(), SharedDoc(), NegatedDoc()
	add(t, s, c)
	bad := SanctionsDoc()
	bad.Article.ID = "bad"
	bad.Result.Relations = append(bad.Result.Relations, extract.Relation{
		Subject: "gpe/china", Predicate: "meet", Object: "person/nobody"})

	batch := docs(a, bad, b, a, c)
	res, err := s.AddDocuments(ctx, batch)
	if err != nil {
		t.Fatalf("AddDocuments: %v", err)
	}
	if len(res) != len(batch) {
		t.Fatalf("AddDocuments: got %d results, want %d", len(res), len(batch))
	}
	wantAdded := []bool{true, false, true, false, false}
	for i, r := range res {
		if r.Added != wantAdded[i] {
			t.Errorf("document %d: got Added %v, want %v (%+v)", i, r.Added, wantAdded[i], r)
		}
		if bad := i == 1; bad != (r.Err != nil) {
			t.Errorf("document %d: got error %v, want one only for the bad document", i, r.Err)
		}
	}
	if !errors.Is(res[1].Err, kg.ErrInvalid) {
		t.Errorf("bad document: got %v, want kg.ErrInvalid", res[1].Err)
	}
	if got, want := res[0].Quads, len(Want(t, a)); got != want {
		t.Errorf("document 0: got %d quads, want %d", got, want)
	}
	sameLines(t, "store after the batch", Dump(t, s), Want(t, a, b, c))
	if has(t, s, "bad") {
		t.Errorf("HasDocument(bad): got true, want false")
	}

	res, err = s.AddDocuments(ctx, docs(a, b, c))
	if err != nil {
		t.Fatalf("AddDocuments again: %v", err)
	}
	for i, r := range res {
		if r.Added || r.Err != nil {
			t.Errorf("again, document %d: got %+v, want not added", i, r)
		}
	}
	sameLines(t, "store after the batch again", Dump(t, s), Want(t, a, b, c))

	// A batch is deleted document by document, exactly.
	del(t, s, a.Article.ID)
	sameLines(t, "store after deleting one of the batch", Dump(t, s), Want(t, b, c))
}

// testReplace replaces a document by an updated version under the same ID:
// only the new version's quads remain; the same version again is no change.
func testReplace(t *testing.T, s *kg.Store) {
	ctx := context.Background()
	old, other := SanctionsDoc(), SharedDoc()
	add(t, s, old)
	add(t, s, other)
	updated := NegatedDoc()
	updated.Article.ID = old.Article.ID

	res, err := s.AddDocuments(ctx, []kg.Doc{{Article: updated.Article, Result: updated.Result}})
	if err != nil || res[0].Added || res[0].Err != nil {
		t.Fatalf("AddDocuments without Replace: got %+v, %v; want not added", res, err)
	}
	sameLines(t, "store after an add without Replace", Dump(t, s), Want(t, old, other))

	r, err := s.ReplaceDocument(ctx, updated.Article, updated.Result)
	if err != nil || !r.Added {
		t.Fatalf("ReplaceDocument: got %+v, %v; want added", r, err)
	}
	sameLines(t, "store after replace", Dump(t, s), Want(t, updated, other))
	text, ok, err := s.StoredText(ctx, old.Article.ID)
	if err != nil || !ok || text != updated.Article.Text {
		t.Errorf("StoredText after replace: got %q %v %v, want %q", text, ok, err, updated.Article.Text)
	}

	if r, err := s.ReplaceDocument(ctx, updated.Article, updated.Result); err != nil || r.Added {
		t.Errorf("ReplaceDocument with the same version: got %+v, %v; want not added", r, err)
	}
	sameLines(t, "store after the same replace again", Dump(t, s), Want(t, updated, other))

	fresh := NegatedDoc()
	if r, err := s.ReplaceDocument(ctx, fresh.Article, fresh.Result); err != nil || !r.Added {
		t.Errorf("ReplaceDocument of a new document: got %+v, %v; want added", r, err)
	}
	if _, ok, err := s.StoredText(ctx, "absent"); ok || err != nil {
		t.Errorf("StoredText(absent): got %v, %v; want false, nil", ok, err)
	}
}
