package export

import (
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// Vocabulary names the IRIs the N-Quads format writes: entity nodes,
// relation predicates, document labels and the name and type attributes.
// cmd/newsgraph can fill it from internal/kg (kg.EntityIRI, kg.RelationIRI,
// kg.DocumentIRI, kg.PredName, kg.PredType).
type Vocabulary struct {
	Entity   func(id string) quad.IRI        // entity node, e.g. <ng:e/gpe/china>
	Relation func(predicate string) quad.IRI // relation predicate, e.g. <ng:r/president_of>
	Document func(id string) quad.IRI        // document node, the label of the quads it supports
	Name     quad.IRI                        // entity -> name literal
	Type     quad.IRI                        // entity -> type literal
}

// DefaultVocabulary is the vocabulary of internal/kg/vocab.go.
func DefaultVocabulary() Vocabulary {
	return Vocabulary{
		Entity: func(id string) quad.IRI { return quad.IRI("ng:e/" + id) },
		Relation: func(p string) quad.IRI {
			return quad.IRI("ng:r/" + strings.ReplaceAll(strings.TrimSpace(p), " ", "_"))
		},
		Document: func(id string) quad.IRI { return quad.IRI("ng:d/" + id) },
		Name:     quad.IRI("ng:name"),
		Type:     quad.IRI("ng:type"),
	}
}

func (v Vocabulary) withDefaults() Vocabulary {
	d := DefaultVocabulary()
	if v.Entity == nil {
		v.Entity = d.Entity
	}
	if v.Relation == nil {
		v.Relation = d.Relation
	}
	if v.Document == nil {
		v.Document = d.Document
	}
	if v.Name == "" {
		v.Name = d.Name
	}
	if v.Type == "" {
		v.Type = d.Type
	}
	return v
}

// writeNQuads writes, per node, its name and type literals and, per edge,
// one relation quad for each supporting document, labelled with the
// document (one unlabelled quad when the edge names no document). Weight,
// Goldstein, CAMEO, dates and Attrs are derived data in newsgraph's store
// (they live on evidence nodes) and are not written.
func writeNQuads(w io.Writer, g Graph, v Vocabulary) error {
	var quads []quad.Quad
	for _, n := range g.Nodes {
		s := v.Entity(n.ID)
		if n.Label != "" {
			quads = append(quads, quad.Quad{Subject: s, Predicate: v.Name, Object: quad.String(n.Label)})
		}
		if n.Type != "" {
			quads = append(quads, quad.Quad{Subject: s, Predicate: v.Type, Object: quad.String(n.Type)})
		}
	}
	for _, e := range g.Edges {
		if e.Predicate == "" {
			return fmt.Errorf("%w: edge %q has no predicate", ErrInvalidGraph, e.ID)
		}
		q := quad.Quad{Subject: v.Entity(e.Source), Predicate: v.Relation(e.Predicate), Object: v.Entity(e.Target)}
		if len(e.Documents) == 0 {
			quads = append(quads, q)
			continue
		}
		for _, d := range e.Documents {
			q.Label = v.Document(d)
			quads = append(quads, q)
		}
	}
	// quad.IRI is written between <> without escaping: refuse IRIs that
	// would not read back as the same IRI.
	for _, q := range quads {
		for _, val := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
			if iri, ok := val.(quad.IRI); ok && !validIRI(string(iri)) {
				return fmt.Errorf("%w: %q is not a valid N-Quads IRI", ErrInvalidGraph, string(iri))
			}
		}
	}
	qw := nquads.NewWriter(w)
	if _, err := qw.WriteQuads(quads); err != nil {
		return err
	}
	return qw.Close()
}

// validIRI reports whether s can be written as an N-Quads IRIREF: not empty,
// and none of the characters the grammar excludes (controls, space, <>"{}|^`\).
func validIRI(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r <= 0x20 || strings.ContainsRune("<>\"{}|^`\\", r) {
			return false
		}
	}
	return true
}
