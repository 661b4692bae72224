// Package querytest holds the test fixture shared by the tests of
// internal/query, graph and internal/server: four small news documents with
// hand-written extraction results, written through kg.Store.AddDocument
// into an in-memory store, and one incomplete document written quad by quad
// without ng:complete, which must stay invisible.
//
// Only tests import it.
package querytest

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/kg"
	_ "github.com/newsgraph/newsgraph/internal/kg/backends" // registers memstore for kg.Open("memory")
)

//go:embed testdata/fixture.json
var fixtureJSON []byte

// IncompleteID is the document written without ng:complete.
const IncompleteID = "doc-incomplete"

// Doc is one fixture document: its article and what extraction found.
type Doc struct {
	Article article.Article
	Result  extract.Result
}

type rawDoc struct {
	ID        string     `json:"id"`
	Title     string     `json:"title"`
	Source    string     `json:"source"`
	Published *time.Time `json:"published"`
	Text      string     `json:"text"`
	Entities  []struct {
		ID       string   `json:"id"`
		Name     string   `json:"name"`
		Type     string   `json:"type"`
		Aliases  []string `json:"aliases"`
		Mentions []string `json:"mentions"`
	} `json:"entities"`
	Relations []struct {
		S, P, O    string
		Event      *extract.Event `json:"event"`
		Negated    bool           `json:"negated"`
		Confidence float64        `json:"confidence"`
		Evidence   []struct {
			Sentence    string  `json:"sentence"`
			Confidence  float64 `json:"confidence"`
			Modality    string  `json:"modality"`
			Attribution string  `json:"attribution"`
		} `json:"evidence"`
	} `json:"relations"`
}

// Documents returns the fixture documents, byte offsets computed from the
// texts.
func Documents() ([]Doc, error) {
	var raw []rawDoc
	if err := json.Unmarshal(fixtureJSON, &raw); err != nil {
		return nil, fmt.Errorf("querytest: %w", err)
	}
	var out []Doc
	for _, r := range raw {
		d := Doc{Article: article.Article{ID: r.ID, Title: r.Title, Source: r.Source, Published: r.Published, Text: r.Text}}
		for _, e := range r.Entities {
			ent := extract.Entity{ID: e.ID, Name: e.Name, Type: e.Type, Aliases: e.Aliases}
			for _, m := range e.Mentions {
				for off := 0; ; {
					i := strings.Index(r.Text[off:], m)
					if i < 0 {
						break
					}
					ent.Mentions = append(ent.Mentions, extract.Mention{Start: off + i, End: off + i + len(m), Text: m})
					off += i + len(m)
				}
			}
			if len(ent.Mentions) == 0 {
				return nil, fmt.Errorf("querytest: %s: no mention of %s", r.ID, e.ID)
			}
			d.Result.Entities = append(d.Result.Entities, ent)
		}
		for _, rel := range r.Relations {
			x := extract.Relation{Subject: rel.S, Predicate: rel.P, Object: rel.O, Event: rel.Event, Negated: rel.Negated, Confidence: rel.Confidence}
			for _, ev := range rel.Evidence {
				i := strings.Index(r.Text, ev.Sentence)
				if i < 0 {
					return nil, fmt.Errorf("querytest: %s: sentence %q not in text", r.ID, ev.Sentence)
				}
				x.Evidence = append(x.Evidence, extract.Evidence{Sentence: ev.Sentence, Start: i, End: i + len(ev.Sentence),
					Confidence: ev.Confidence, Modality: ev.Modality, Attribution: ev.Attribution})
			}
			d.Result.Relations = append(d.Result.Relations, x)
		}
		out = append(out, d)
	}
	return out, nil
}

// Load writes the fixture into the store: every document through
// AddDocument, then the incomplete document's quads without ng:complete.
func Load(ctx context.Context, st *kg.Store) error {
	docs, err := Documents()
	if err != nil {
		return err
	}
	for _, d := range docs {
		if _, err := st.AddDocument(ctx, d.Article, d.Result); err != nil {
			return fmt.Errorf("querytest.Load: %w", err)
		}
	}
	return WriteIncomplete(st.QuadStore())
}

// WriteIncomplete writes a document naming the entity "gpe/atlantis" and the
// relation atlantis -sanction-> china, without its ng:complete quad.
func WriteIncomplete(qs graph.QuadStore) error {
	a := article.Article{ID: IncompleteID, Title: "Half written", Text: "Atlantis sanctioned China."}
	r := extract.Result{
		Entities: []extract.Entity{
			{ID: "gpe/atlantis", Name: "Atlantis", Type: "GPE", Mentions: []extract.Mention{{Start: 0, End: 8, Text: "Atlantis"}}},
			{ID: "gpe/china", Name: "China", Type: "GPE", Mentions: []extract.Mention{{Start: 20, End: 25, Text: "China"}}},
		},
		Relations: []extract.Relation{{Subject: "gpe/atlantis", Predicate: "sanction", Object: "gpe/china", Confidence: 1,
			Evidence: []extract.Evidence{{Sentence: "Atlantis sanctioned China.", Start: 0, End: 26, Confidence: 1}}}},
	}
	quads, err := kg.DocumentQuads(a, r)
	if err != nil {
		return fmt.Errorf("querytest.WriteIncomplete: %w", err)
	}
	tx := graph.NewTransaction()
	for _, q := range quads {
		if q.Predicate == kg.PredComplete {
			continue
		}
		tx.AddQuad(q)
	}
	if err := qs.ApplyDeltas(tx.Deltas, graph.IgnoreOpts{IgnoreDup: true}); err != nil {
		return fmt.Errorf("querytest.WriteIncomplete: %w", err)
	}
	return nil
}

// Store opens an in-memory kg store loaded with the fixture, closed when the
// test ends.
func Store(t testing.TB) *kg.Store {
	t.Helper()
	ctx := context.Background()
	st, err := kg.Open(ctx, "memory")
	if err != nil {
		t.Fatalf("kg.Open(memory): %v", err)
	}
	t.Cleanup(func() { _ = st.Close() })
	if err := Load(ctx, st); err != nil {
		t.Fatal(err)
	}
	return st
}

// CompleteQuad is the ng:complete quad that makes the incomplete document
// visible.
func CompleteQuad() quad.Quad {
	doc := kg.DocumentIRI(IncompleteID)
	return quad.Quad{Subject: doc, Predicate: kg.PredComplete, Object: quad.Bool(true), Label: doc}
}
