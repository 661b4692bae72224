package kg

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/extract"
)

// Node kinds, the values of ng:kind.
const (
	KindDocument = "document"
	KindEvidence = "evidence"
)

// ErrInvalid is returned for a document or extraction result that cannot be
// mapped to quads (no ID, a relation between unknown entities, ...).
var ErrInvalid = errors.New("invalid document")

// MentionValue is the object of an ng:mention quad: "<doc id>:<start>:<end>".
func MentionValue(docID string, m extract.Mention) quad.String {
	return quad.String(docID + ":" + strconv.Itoa(m.Start) + ":" + strconv.Itoa(m.End))
}

// DocumentQuads returns every quad that document a with extraction result r
// contributes to the graph, each labelled DocumentIRI(a.ID), without
// duplicates, ng:complete last. See docs/data-model.md for the model.
//
// Relations that are negated get evidence nodes only, never the direct
// entity-to-entity edge, so that a plain traversal of relation predicates
// never follows a fact the text denies.
func DocumentQuads(a article.Article, r extract.Result) ([]quad.Quad, error) {
	if a.ID == "" {
		return nil, fmt.Errorf("%w: empty document id", ErrInvalid)
	}
	entities := make(map[string]bool, len(r.Entities))
	for i, e := range r.Entities {
		if e.ID == "" {
			return nil, fmt.Errorf("%w: entity %d has no id", ErrInvalid, i)
		}
		entities[e.ID] = true
	}
	for i, rel := range r.Relations {
		switch {
		case rel.Predicate == "":
			return nil, fmt.Errorf("%w: relation %d has no predicate", ErrInvalid, i)
		case !entities[rel.Subject]:
			return nil, fmt.Errorf("%w: relation %d: subject %q is not an entity of the document", ErrInvalid, i, rel.Subject)
		case !entities[rel.Object]:
			return nil, fmt.Errorf("%w: relation %d: object %q is not an entity of the document", ErrInvalid, i, rel.Object)
		}
		for j, ev := range rel.Evidence {
			if ev.Attribution != "" && !entities[ev.Attribution] {
				return nil, fmt.Errorf("%w: relation %d evidence %d: attribution %q is not an entity of the document", ErrInvalid, i, j, ev.Attribution)
			}
		}
	}

	doc := DocumentIRI(a.ID)
	b := quadBuilder{label: doc, seen: make(map[quad.Quad]bool)}

	b.add(doc, PredKind, quad.String(KindDocument))
	if a.Title != "" {
		b.add(doc, PredTitle, quad.String(a.Title))
	}
	if a.Source != "" {
		b.add(doc, PredSource, quad.String(a.Source))
	}
	if a.Published != nil {
		// UTC, so that the value reads back as it was written.
		b.add(doc, PredPublished, quad.Time(a.Published.UTC()))
	}
	if a.Text != "" {
		b.add(doc, PredText, quad.String(a.Text))
	}

	for _, e := range r.Entities {
		ent := EntityIRI(e.ID)
		b.add(doc, PredMentions, ent)
		if e.Name != "" {
			b.add(ent, PredName, quad.String(e.Name))
		}
		if e.Type != "" {
			b.add(ent, PredType, quad.String(e.Type))
		}
		for _, al := range e.Aliases {
			if al != "" && al != e.Name {
				b.add(ent, PredAlias, quad.String(al))
			}
		}
		for _, m := range e.Mentions {
			if m.Kind != "" && m.Kind != extract.MentionName && m.Kind != extract.MentionDemonym {
				continue // pronouns and descriptions are in the extract output, not the graph
			}
			b.add(ent, PredMention, MentionValue(a.ID, m))
		}
	}

	n := 0
	for _, rel := range r.Relations {
		subj, obj, pred := EntityIRI(rel.Subject), EntityIRI(rel.Object), RelationIRI(rel.Predicate)
		if !rel.Negated {
			b.add(subj, pred, obj)
		}
		for _, ev := range rel.Evidence {
			node := EvidenceIRI(a.ID, n)
			n++
			b.add(node, PredKind, quad.String(KindEvidence))
			b.add(node, PredSubject, subj)
			b.add(node, PredPredicate, pred)
			b.add(node, PredObject, obj)
			b.add(node, PredDocument, doc)
			b.add(node, PredSentence, quad.String(ev.Sentence))
			b.add(node, PredStart, quad.Int(ev.Start))
			b.add(node, PredEnd, quad.Int(ev.End))
			b.add(node, PredConfidence, quad.Float(ev.Confidence))
			b.add(node, PredNegated, quad.Bool(rel.Negated))
			if ev.Modality != "" {
				b.add(node, PredModality, quad.String(ev.Modality))
			}
			if ev.Attribution != "" {
				b.add(node, PredAttribution, EntityIRI(ev.Attribution))
			}
			if ev.Extractor != "" {
				b.add(node, PredExtractor, quad.String(ev.Extractor))
			}
			if rel.Event != nil {
				b.add(node, PredEvent, quad.String(rel.Event.Code))
				b.add(node, PredEventLabel, quad.String(rel.Event.Label))
				b.add(node, PredGoldstein, quad.Float(rel.Event.Goldstein))
			}
		}
	}

	b.add(doc, PredComplete, quad.Bool(true))
	return b.quads, nil
}

type quadBuilder struct {
	label quad.IRI
	seen  map[quad.Quad]bool
	quads []quad.Quad
}

func (b *quadBuilder) add(s quad.Value, p quad.IRI, o quad.Value) {
	q := quad.Quad{Subject: s, Predicate: p, Object: o, Label: b.label}
	if b.seen[q] {
		return
	}
	b.seen[q] = true
	b.quads = append(b.quads, q)
}
