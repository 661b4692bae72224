package kg_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/export"
	"github.com/newsgraph/newsgraph/internal/kg"
)

// TestExportVocabulary keeps export.DefaultVocabulary, the IRIs the N-Quads
// export writes (internal/export does not import internal/kg), equal to
// the IRIs this package stores, so that an export loads back into Cayley.
func TestExportVocabulary(t *testing.T) {
	d := export.DefaultVocabulary()
	for _, id := range []string{"gpe/china", "person/josé-ñoño", "org/at&t"} {
		if got, want := d.Entity(id), kg.EntityIRI(id); got != want {
			t.Errorf("Entity(%q): got %v, want %v", id, got, want)
		}
		if got, want := d.Document(id), kg.DocumentIRI(id); got != want {
			t.Errorf("Document(%q): got %v, want %v", id, got, want)
		}
	}
	for _, p := range []string{"sanction", "president of", " president of ", "be  part of"} {
		if got, want := d.Relation(p), kg.RelationIRI(p); got != want {
			t.Errorf("Relation(%q): got %v, want %v", p, got, want)
		}
	}
	if d.Name != kg.PredName || d.Type != kg.PredType {
		t.Errorf("Name, Type: got %v, %v, want %v, %v", d.Name, d.Type, kg.PredName, kg.PredType)
	}
}
