package graph_test

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/kg"
	_ "github.com/newsgraph/newsgraph/internal/kg/backends"
	"github.com/newsgraph/newsgraph/internal/query"
	"github.com/newsgraph/newsgraph/internal/testenv"
)

// TestCorpusSlice runs the API's queries through the real handler on a
// LevelDB store holding the seeds and a slice of the BBC corpus (every 15th
// article, dated over 2004-2005): every connection walked to its end, and
// the visualisation and analyst queries checked for consistency.
func TestCorpusSlice(t *testing.T) {
	shared := testenv.SharedDir(t)
	files, _ := filepath.Glob(filepath.Join(shared, "corpus", "bbc", "*", "*.txt"))
	if len(files) == 0 {
		t.Skip("no BBC corpus under ../shared")
	}
	sort.Strings(files)
	seeds, _ := filepath.Glob(filepath.Join(testenv.RepoRoot(t), "examples", "*.txt"))
	var paths []string
	for i := 0; i < len(files); i += 15 {
		paths = append(paths, files[i])
	}
	paths = append(paths, seeds...)

	ctx := context.Background()
	st, err := kg.Open(ctx, "leveldb:"+filepath.Join(t.TempDir(), "db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	x, err := newExtractor()
	if err != nil {
		t.Fatal(err)
	}
	var docs []kg.Doc
	for i, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.Parse(p, raw)
		if err != nil {
			continue // the corpus has one Latin-1 file; reading it fails alone
		}
		if a.Published == nil {
			d := time.Date(2004, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i*4)
			a.Published = &d
		}
		docs = append(docs, kg.Doc{Article: a, Result: x.Extract(a.Text)})
	}
	if _, err := st.AddDocuments(ctx, docs); err != nil {
		t.Fatal(err)
	}
	svc, err := query.New(ctx, st.QuadStore(), query.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	c := client.New(graph.NewHandler(svc, graph.Options{Logger: slog.New(slog.DiscardHandler)}))

	conn := `{ totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } }`
	unique := map[string]bool{} // the corpus has the same text under two names now and then
	for _, d := range docs {
		unique[d.Article.ID] = true
	}
	docIDs := walkConnection(t, c, `{ c: documents(first: 10 %s) `+conn+` }`, nil)
	if len(docIDs) != len(unique) {
		t.Errorf("documents: walked %d, stored %d", len(docIDs), len(unique))
	}
	entities := walkConnection(t, c, `{ c: entities(first: 25 %s) `+conn+` }`, nil)
	relations := walkConnection(t, c, `{ c: relations(filter: {includeNegated: true}, first: 25 %s) `+conn+` }`, nil)
	walkConnection(t, c, `{ c: search(text: "bank", first: 5 %s) `+conn+` }`, nil)
	if len(entities) < 200 || len(relations) < 100 {
		t.Fatalf("slice too small: %d entities, %d relations", len(entities), len(relations))
	}

	var top struct {
		TopEntities []struct {
			Entity struct{ ID string }
			Score  int
		}
		Stats struct{ Documents, Entities, Relations int }
	}
	must(t, c, `{ topEntities(by: DEGREE, first: 2) { entity { id } score } stats { documents entities relations } }`, &top)
	if top.Stats.Documents != len(unique) || top.Stats.Entities != len(entities) || top.Stats.Relations != len(relations) {
		t.Errorf("stats %+v, walked %d documents, %d entities, %d relations", top.Stats, len(unique), len(entities), len(relations))
	}
	hub, second := top.TopEntities[0].Entity.ID, top.TopEntities[1].Entity.ID
	walkConnection(t, c, fmt.Sprintf(`{ e: entity(id: %q) { c: relations(first: 10 %%s) `+conn+` } }`, hub), []string{"e"})

	var nb struct {
		Neighborhood struct {
			Nodes []struct{ ID string }
			Edges []struct{ Source, Target string }
		}
		Paths []struct {
			Entities []struct{ ID string }
			Steps    []struct{ Relations []struct{ ID string } }
		}
		Timeline []struct{ Relations int }
	}
	must(t, c, fmt.Sprintf(`{ neighborhood(entity: %q, depth: 2, limit: 150) { nodes { id } edges { source target } }
		paths(from: %q, to: %q, maxHops: 4, first: 3) { entities { id } steps { relations { id } } }
		timeline(entity: %q, interval: MONTH) { relations } }`, hub, hub, second, hub), &nb)
	nodes := map[string]bool{}
	for _, n := range nb.Neighborhood.Nodes {
		nodes[n.ID] = true
	}
	if len(nodes) < 2 || len(nodes) > 150 || !nodes[hub] {
		t.Errorf("neighborhood of %s: %d nodes (limit 150), hub included %v", hub, len(nodes), nodes[hub])
	}
	for _, e := range nb.Neighborhood.Edges {
		if !nodes[e.Source] || !nodes[e.Target] {
			t.Errorf("neighborhood edge %s -> %s leaves the node set", e.Source, e.Target)
		}
	}
	if len(nb.Paths) == 0 {
		t.Errorf("no path between the two best-connected entities %s and %s", hub, second)
	}
	for _, p := range nb.Paths {
		if p.Entities[0].ID != hub || p.Entities[len(p.Entities)-1].ID != second || len(p.Steps) != len(p.Entities)-1 || len(p.Steps) > 4 {
			t.Errorf("path %+v does not join %s to %s in at most 4 steps", p, hub, second)
		}
		for _, s := range p.Steps {
			if len(s.Relations) == 0 {
				t.Errorf("path step without a relation: %+v", p)
			}
		}
	}
	sum := 0
	for _, b := range nb.Timeline {
		sum += b.Relations
	}
	if sum == 0 {
		t.Errorf("timeline of %s is empty", hub)
	}
	var sanction struct {
		Relation *struct{ DocumentCount int }
	}
	must(t, c, `{ relation(id: "gpe/china|sanction|gpe/north-korea") { documentCount } }`, &sanction)
	if sanction.Relation == nil || sanction.Relation.DocumentCount < 1 {
		t.Errorf("China -sanction-> North Korea from the seeds is missing: %+v", sanction.Relation)
	}
}
