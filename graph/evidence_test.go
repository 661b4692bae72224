package graph_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/testenv"
)

// TestRelationEvidence checks the evidence pages of every entity's
// relations, looked up without loaders (issue 14), against the service: a
// relation's first evidence is the head of all its evidence, each with its
// own sentence, document and relation; on the seed store, after an ingest
// and after a delete, whose evidence must be gone.
func TestRelationEvidence(t *testing.T) {
	f := setup(t, graph.Options{})
	ctx := context.Background()
	type ev struct {
		ID       string
		Sentence string
		Document struct{ ID, Title string }
		Relation struct{ ID string }
	}
	type evPage struct {
		TotalCount int
		Edges      []struct{ Node ev }
	}
	check := func(t *testing.T, gone string) (relations int) {
		t.Helper()
		var ents struct {
			Entities struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		must(t, f.c, `{ entities(first: 100) { edges { node { id } } } }`, &ents)
		if len(ents.Entities.Edges) == 0 {
			t.Fatal("no entities")
		}
		for _, e := range ents.Entities.Edges {
			var r struct {
				Entity struct {
					Relations struct {
						Edges []struct {
							Node struct {
								ID    string
								First evPage
								All   evPage
							}
						}
					}
				}
			}
			must(t, f.c, `query($id: ID!) { entity(id: $id) { relations(first: 50, orderBy: DOCUMENTS) { edges { node { id
				first: evidence(first: 1) { totalCount edges { node { id sentence document { id title } relation { id } } } }
				all: evidence(first: 10) { totalCount edges { node { id sentence document { id title } relation { id } } } } } } } } }`,
				&r, client.Var("id", e.Node.ID))
			for _, re := range r.Entity.Relations.Edges {
				rel := re.Node
				relations++
				first, all := rel.First, rel.All
				if len(first.Edges) != 1 || len(all.Edges) == 0 || first.TotalCount != all.TotalCount || len(all.Edges) != min(all.TotalCount, 10) {
					t.Fatalf("%s: first %+v, all %+v", rel.ID, first, all)
				}
				if first.Edges[0].Node != all.Edges[0].Node {
					t.Errorf("%s: first evidence %+v, head of all %+v", rel.ID, first.Edges[0].Node, all.Edges[0].Node)
				}
				ids := make([]string, len(all.Edges))
				for i, x := range all.Edges {
					ids[i] = x.Node.ID
				}
				want, errs := f.svc.Evidences(ctx, ids)
				for i, x := range all.Edges {
					got := x.Node
					if errs[i] != nil {
						t.Fatalf("%s: %v", got.ID, errs[i])
					}
					docs, derrs := f.svc.Documents(ctx, []string{want[i].Document})
					if derrs[0] != nil {
						t.Fatalf("%s: %v", got.ID, derrs[0])
					}
					if got.Sentence == "" || got.Sentence != want[i].Sentence || got.Document.ID != want[i].Document ||
						got.Document.Title != docs[0].Title || got.Relation.ID != rel.ID || got.Document.ID == gone {
						t.Errorf("%s: got %+v, want sentence %q, document %s %q, relation %s", got.ID, got,
							want[i].Sentence, want[i].Document, docs[0].Title, rel.ID)
					}
				}
			}
		}
		return relations
	}
	seed := check(t, "")
	text, err := os.ReadFile(filepath.Join(testenv.RepoRoot(t), "examples/000_166b242293aaa39f.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var in struct {
		IngestDocument struct{ Document struct{ ID string } }
	}
	must(t, f.c, `mutation($text: String!) { ingestDocument(text: $text, title: "Sanctions are working") { document { id } } }`,
		&in, client.Var("text", string(text)))
	if n := check(t, ""); n <= seed {
		t.Errorf("after the ingest: %d relations, the seed had %d", n, seed)
	}
	var del struct{ DeleteDocument bool }
	must(t, f.c, `mutation($id: ID!) { deleteDocument(id: $id) }`, &del, client.Var("id", in.IngestDocument.Document.ID))
	if n := check(t, in.IngestDocument.Document.ID); !del.DeleteDocument || n != seed {
		t.Errorf("after the delete (%v): %d relations, the seed had %d", del.DeleteDocument, n, seed)
	}
}
