// Package kgvocab fills export.Vocabulary from internal/kg, so that N-Quads
// exports use the IRIs the store uses. It is kept apart from package export
// so that export does not depend on internal/kg; cmd/newsgraph wires it:
//
//	export.Writer{Vocabulary: kgvocab.Vocabulary()}.Write(w, export.NQuads, g)
package kgvocab

import (
	"github.com/newsgraph/newsgraph/internal/export"
	"github.com/newsgraph/newsgraph/internal/kg"
)

// Vocabulary is the export vocabulary of internal/kg/vocab.go.
func Vocabulary() export.Vocabulary {
	return export.Vocabulary{
		Entity:   kg.EntityIRI,
		Relation: kg.RelationIRI,
		Document: kg.DocumentIRI,
		Name:     kg.PredName,
		Type:     kg.PredType,
	}
}
