package graph_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestWorkbench asks the analyst's questions of issue 14 through GraphQL
// over the fixture: filters on rankings and documents, ordering, full-text
// search with highlights, the timeline's undated count, communities and
// centrality, and the graph of a filter.
func TestWorkbench(t *testing.T) {
	f := setup(t, graph.Options{})
	var resp struct {
		Top []struct {
			Score  int
			Value  float64
			Entity struct{ ID string }
		}
		PR []struct {
			Value  float64
			Entity struct{ ID string }
		}
		Docs struct {
			TotalCount int
			Edges      []struct {
				Score      *float64
				Highlights []string
				Node       struct{ ID, Outlet string }
			}
		}
		Rels struct {
			Edges []struct {
				Node struct {
					ID            string
					DocumentCount int
				}
			}
		}
		TL struct{ DatedPairs, UndatedPairs, UndatedDocuments int }
		CS struct {
			EntityCount, CommunityCount int
			Communities                 []struct {
				Size     int
				Entities []struct{ ID string }
			}
		}
		C []struct {
			Community   int
			Pagerank    float64
			Betweenness float64
		}
		G struct {
			Nodes []struct{ ID string }
			Edges []struct{ Predicate string }
		}
	}
	must(t, f.c, `{
		top: topEntities(by: DEGREE, first: 2, filter: {sources: ["notes"], excludePredicates: ["meet"]}) { score value entity { id } }
		pr: topEntities(by: PAGERANK, first: 1) { value entity { id } }
		docs: documents(search: "\"North Korea\" sanctions", filter: {outlets: ["example.org"]}, first: 5) { totalCount edges { score highlights node { id outlet } } }
		rels: relations(orderBy: DOCUMENTS, first: 1) { edges { node { id documentCount } } }
		tl: timelineSummary(entity: "person/donald-trump") { datedPairs undatedPairs undatedDocuments }
		cs: communities(minSize: 2, members: 2) { entityCount communityCount communities { size entities { id } } }
		c: centrality(entities: ["gpe/china", "person/angela-merkel"], betweenness: true) { community pagerank betweenness }
		g: graph(filter: {predicates: ["criticize"]}) { nodes { id } edges { predicate } }
	}`, &resp)
	if len(resp.Top) != 2 || resp.Top[0].Entity.ID != "gpe/russia" || resp.Top[1].Entity.ID != "person/angela-merkel" || resp.Top[1].Score != 1 || resp.Top[1].Value != 1 {
		t.Errorf("top in notes/ without meet: got %+v, want Russia and Merkel with 1 each (criticize), not Trump", resp.Top)
	}
	if len(resp.PR) != 1 || resp.PR[0].Entity.ID != "gpe/north-korea" || resp.PR[0].Value <= 0 || resp.PR[0].Value >= 1 {
		t.Errorf("top by PageRank: got %+v", resp.PR)
	}
	if resp.Docs.TotalCount != 2 || len(resp.Docs.Edges) != 2 || resp.Docs.Edges[0].Score == nil || resp.Docs.Edges[0].Node.Outlet != "example.org" ||
		!strings.Contains(strings.Join(resp.Docs.Edges[0].Highlights, " "), "<mark>") {
		t.Errorf("documents(search): got %+v", resp.Docs)
	}
	if len(resp.Rels.Edges) != 1 || resp.Rels.Edges[0].Node.ID != "gpe/china|sanction|gpe/north-korea" || resp.Rels.Edges[0].Node.DocumentCount != 2 {
		t.Errorf("relations by documents: got %+v", resp.Rels)
	}
	if resp.TL.DatedPairs != 2 || resp.TL.UndatedPairs != 1 || resp.TL.UndatedDocuments != 1 {
		t.Errorf("timelineSummary: got %+v", resp.TL)
	}
	if resp.CS.CommunityCount != 2 || len(resp.CS.Communities) != 2 || resp.CS.Communities[0].Size != 5 || len(resp.CS.Communities[0].Entities) != 2 {
		t.Errorf("communities: got %+v", resp.CS)
	}
	if len(resp.C) != 2 || resp.C[0].Community == resp.C[1].Community || resp.C[0].Betweenness <= 0 || resp.C[0].Pagerank <= 0 {
		t.Errorf("centrality: got %+v", resp.C)
	}
	if len(resp.G.Edges) != 3 || len(resp.G.Nodes) != 6 {
		t.Errorf("graph of criticisms: got %+v", resp.G)
	}
	// Limits and bad input answer errors, not data.
	for _, q := range []string{
		`{ graph(maxEdges: 100000) { truncated } }`,
		`{ documents(search: "+") { totalCount } }`,
		`{ relations(filter: {quadClasses: [9]}, orderBy: CONFLICT) { totalCount } }`,
	} {
		if _, errs := do(t, f.c, q); len(errs) == 0 {
			t.Errorf("%s: no error", q)
		}
	}
}
