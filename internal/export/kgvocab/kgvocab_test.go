package kgvocab

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/export"
)

// TestDefaultVocabularyMatchesKG keeps export.DefaultVocabulary, used when
// no vocabulary is given, equal to the IRIs internal/kg stores.
func TestDefaultVocabularyMatchesKG(t *testing.T) {
	d, k := export.DefaultVocabulary(), Vocabulary()
	for _, id := range []string{"gpe/china", "person/josé-ñoño", "org/at&t"} {
		if got, want := d.Entity(id), k.Entity(id); got != want {
			t.Errorf("Entity(%q): got %v, want %v", id, got, want)
		}
		if got, want := d.Document(id), k.Document(id); got != want {
			t.Errorf("Document(%q): got %v, want %v", id, got, want)
		}
	}
	for _, p := range []string{"sanction", "president of", " president of ", "be  part of"} {
		if got, want := d.Relation(p), k.Relation(p); got != want {
			t.Errorf("Relation(%q): got %v, want %v", p, got, want)
		}
	}
	if d.Name != k.Name || d.Type != k.Type {
		t.Errorf("Name, Type: got %v, %v, want %v, %v", d.Name, d.Type, k.Name, k.Type)
	}
}
