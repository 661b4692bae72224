package graph_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/query"
	"github.com/newsgraph/newsgraph/internal/query/querytest"
	"github.com/newsgraph/newsgraph/internal/testenv"
)

// ingester is the real thing minus the pipeline: normalise, extract with
// the real extractor, write with the real kg store.
type ingester struct {
	st *kg.Store
	x  *extract.Extractor
}

// errRefused is the test ingester's sentinel for a refused document.
var errRefused = errors.New("refused document")

func (i ingester) Ingest(ctx context.Context, text, title, source string, published *time.Time) (string, bool, error) {
	if strings.Contains(text, "REFUSE") {
		return "", false, fmt.Errorf("ingest: %w: it says REFUSE", errRefused)
	}
	if strings.Contains(text, "CRASH") {
		return "", false, errors.New("disk on fire")
	}
	norm := article.Normalize(text)
	a := article.Article{ID: article.ID(norm), Title: title, Source: source, Published: published, Text: norm}
	r, err := i.st.AddDocument(ctx, a, i.x.Extract(norm))
	return a.ID, r.Added, err
}

func (i ingester) Delete(ctx context.Context, id string) (bool, error) {
	return i.st.DeleteDocument(ctx, id)
}

var newExtractor = sync.OnceValues(extract.New)

type fixture struct {
	h   http.Handler
	c   *client.Client
	svc *query.Service
	st  *kg.Store
}

func setup(t testing.TB, opts graph.Options) fixture {
	t.Helper()
	st := querytest.Store(t)
	log := slog.New(slog.DiscardHandler)
	svc, err := query.New(context.Background(), st.QuadStore(), query.WithLogger(log))
	if err != nil {
		t.Fatal(err)
	}
	x, err := newExtractor()
	if err != nil {
		t.Fatal(err)
	}
	if opts.Ingester == nil {
		opts.Ingester = ingester{st: st, x: x}
	}
	opts.InputErrors = []error{errRefused}
	opts.Logger = log
	h := graph.NewHandler(svc, opts)
	return fixture{h: h, c: client.New(h), svc: svc, st: st}
}

// gqlError is one error of a response.
type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// do runs a query and returns its data and errors.
func do(t *testing.T, c *client.Client, q string, opts ...client.Option) (map[string]any, []gqlError) {
	t.Helper()
	resp, err := c.RawPost(q, opts...)
	if err != nil {
		// refused before execution (HTTP 422): the body is still a GraphQL response
		_, body, ok := strings.Cut(err.Error(), ": ")
		if !ok || !strings.HasPrefix(err.Error(), "http 4") {
			t.Fatalf("post: %v", err)
		}
		resp = &client.Response{}
		if err := json.Unmarshal([]byte(body), resp); err != nil {
			t.Fatalf("post: %v", err)
		}
	}
	if resp == nil {
		t.Fatalf("post %s: empty response", q)
	}
	var data map[string]any
	if resp.Data != nil {
		b, _ := json.Marshal(resp.Data)
		_ = json.Unmarshal(b, &data)
	}
	var errs []gqlError
	if len(resp.Errors) > 0 {
		if err := json.Unmarshal(resp.Errors, &errs); err != nil {
			t.Fatalf("errors %s: %v", resp.Errors, err)
		}
	}
	return data, errs
}

// must runs a query that must not fail and decodes its data into out.
func must(t *testing.T, c *client.Client, q string, out any, opts ...client.Option) {
	t.Helper()
	data, errs := do(t, c, q, opts...)
	if len(errs) > 0 {
		t.Fatalf("query %s: errors %+v", q, errs)
	}
	b, _ := json.Marshal(data)
	if err := json.Unmarshal(b, out); err != nil {
		t.Fatalf("decode %s: %v", b, err)
	}
}

func TestFoundationQueries(t *testing.T) {
	f := setup(t, graph.Options{})
	t.Run("entity with relations and evidence", func(t *testing.T) {
		var resp struct {
			Entity struct {
				Name      string
				Type      string
				Aliases   []string
				Relations struct {
					TotalCount int
					Edges      []struct {
						Node struct {
							Predicate     string
							Object        struct{ ID string }
							DocumentCount int
							Event         struct {
								Code, Family string
								QuadClass    int
							}
							Evidence struct {
								Edges []struct {
									Node struct {
										Sentence   string
										Start, End int
										Document   struct{ ID, Title, Text string }
									}
								}
							}
						}
					}
				}
			}
		}
		must(t, f.c, `{ entity(id: "gpe/china") { name type aliases
			relations(direction: OUT) { totalCount edges { node { predicate object { id } documentCount
				event { code family quadClass }
				evidence { edges { node { sentence start end document { id title text } } } } } } } } }`, &resp)
		e := resp.Entity
		if e.Name != "China" || e.Type != "GPE" || len(e.Aliases) != 2 || e.Relations.TotalCount != 1 {
			t.Fatalf("entity: got %+v", e)
		}
		r := e.Relations.Edges[0].Node
		if r.Predicate != "sanction" || r.Object.ID != "gpe/north-korea" || r.DocumentCount != 2 || r.Event.Code != "163" || r.Event.Family != "16" || r.Event.QuadClass != 4 {
			t.Errorf("relation: got %+v", r)
		}
		if len(r.Evidence.Edges) != 2 {
			t.Fatalf("evidence: got %d, want 2", len(r.Evidence.Edges))
		}
		for _, ev := range r.Evidence.Edges {
			n := ev.Node
			if got := n.Document.Text[n.Start:n.End]; got != n.Sentence {
				t.Errorf("document text at the offsets: got %q, want %q", got, n.Sentence)
			}
		}
	})
	t.Run("unknown entity is null", func(t *testing.T) {
		data, errs := do(t, f.c, `{ entity(id: "gpe/atlantis") { id } }`)
		if len(errs) != 0 || data["entity"] != nil {
			t.Errorf("got %v %v, want null without error", data, errs)
		}
	})
	t.Run("entities by type and search", func(t *testing.T) {
		var resp struct {
			Entities struct {
				TotalCount int
				Edges      []struct{ Node struct{ ID string } }
			}
		}
		must(t, f.c, `{ entities(type: PERSON, search: "trump") { totalCount edges { node { id } } } }`, &resp)
		if resp.Entities.TotalCount != 1 || resp.Entities.Edges[0].Node.ID != "person/donald-trump" {
			t.Errorf("got %+v", resp.Entities)
		}
	})
	t.Run("relations by predicate with filters", func(t *testing.T) {
		tests := []struct {
			name   string
			filter string
			want   []string
		}{
			{"default", ``, []string{"gpe/china|sanction|gpe/north-korea", "gpe/united-states|sanction|gpe/china"}},
			{"negated too", `filter: {includeNegated: true}`, []string{"gpe/china|sanction|gpe/north-korea", "gpe/russia|sanction|gpe/north-korea", "gpe/united-states|sanction|gpe/china"}},
			{"no modal", `filter: {includeModal: false}`, []string{"gpe/china|sanction|gpe/north-korea"}},
			{"dates", `filter: {publishedFrom: "2017-10-01T00:00:00Z", publishedTo: "2017-10-03T00:00:00Z"}`, []string{"gpe/china|sanction|gpe/north-korea", "gpe/united-states|sanction|gpe/china"}},
			{"document", `filter: {document: "doc-sanctions"}`, []string{"gpe/china|sanction|gpe/north-korea"}},
			{"confidence", `filter: {minConfidence: 0.65}`, []string{"gpe/china|sanction|gpe/north-korea"}},
			{"goldstein", `filter: {goldsteinMin: -5}`, []string{}},
			{"cameo family", `filter: {cameo: ["16"]}`, []string{"gpe/china|sanction|gpe/north-korea", "gpe/united-states|sanction|gpe/china"}},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				var resp struct {
					Relations struct {
						Edges []struct{ Node struct{ ID string } }
					}
				}
				q := fmt.Sprintf(`{ relations(predicate: "sanction" %s) { edges { node { id } } } }`, tc.filter)
				must(t, f.c, q, &resp)
				got := []string{}
				for _, e := range resp.Relations.Edges {
					got = append(got, e.Node.ID)
				}
				if !reflect.DeepEqual(got, tc.want) {
					t.Errorf("got %v, want %v", got, tc.want)
				}
			})
		}
	})
	t.Run("relation aggregates", func(t *testing.T) {
		var resp struct {
			Relation struct {
				DocumentCount, EvidenceCount int
				FirstSeen, LastSeen          string
				Goldstein, Confidence        float64
				Documents                    struct {
					TotalCount int
					Edges      []struct {
						Node struct{ ID, Title, Source, Published string }
					}
				}
				Subject, Object struct{ Name string }
			}
		}
		must(t, f.c, `{ relation(id: "gpe/china|sanction|gpe/north-korea") { documentCount evidenceCount firstSeen lastSeen goldstein confidence
			documents { totalCount edges { node { id title source published } } } subject { name } object { name } } }`, &resp)
		r := resp.Relation
		if r.DocumentCount != 2 || r.EvidenceCount != 2 || r.FirstSeen != "2017-09-29T16:11:00Z" || r.LastSeen != "2017-10-02T08:00:00Z" ||
			r.Goldstein != -8 || r.Confidence != 0.9 || r.Documents.TotalCount != 2 || r.Documents.Edges[0].Node.Title != "China tightens sanctions on North Korea" ||
			r.Subject.Name != "China" || r.Object.Name != "North Korea" {
			t.Errorf("got %+v", r)
		}
	})
	t.Run("documents and document", func(t *testing.T) {
		var resp struct {
			Documents struct {
				TotalCount int
				Edges      []struct{ Node struct{ ID string } }
			}
			Document struct {
				Title         string
				Text          string
				EntityCount   int
				RelationCount int
				Mentions      []struct {
					Entity     struct{ ID, Name string }
					Start, End int
					Text       string
				}
				Entities  struct{ TotalCount int }
				Relations struct {
					Edges []struct {
						Node struct {
							ID       string
							Evidence struct{ TotalCount int }
						}
					}
				}
			}
		}
		must(t, f.c, `{ documents { totalCount edges { node { id } } }
			document(id: "doc-sanctions") { title text entityCount relationCount entities { totalCount }
				mentions { entity { id name } start end text }
				relations { edges { node { id evidence { totalCount } } } } } }`, &resp)
		if resp.Documents.TotalCount != 4 || resp.Documents.Edges[0].Node.ID != "doc-threat" {
			t.Errorf("documents: got %+v", resp.Documents)
		}
		d := resp.Document
		if d.EntityCount != 5 || d.RelationCount != 3 || d.Entities.TotalCount != 5 || len(d.Relations.Edges) != 3 {
			t.Errorf("document: got %+v", d)
		}
		if len(d.Mentions) < 5 {
			t.Errorf("mentions: got %d, want at least one per entity", len(d.Mentions))
		}
		for _, m := range d.Mentions {
			if d.Text[m.Start:m.End] != m.Text || m.Entity.Name == "" {
				t.Errorf("mention %+v does not match the text", m)
			}
		}
		for _, e := range d.Relations.Edges {
			if e.Node.Evidence.TotalCount != 1 {
				t.Errorf("document relation %s: %d evidence, want only this document's 1", e.Node.ID, e.Node.Evidence.TotalCount)
			}
		}
	})
}

func TestQueryService(t *testing.T) {
	f := setup(t, graph.Options{})
	t.Run("search ranks and forgives", func(t *testing.T) {
		var resp struct {
			Search struct {
				Edges []struct {
					Node    struct{ ID string }
					Match   string
					Matched string
				}
			}
		}
		must(t, f.c, `query($t: String!) { search(text: $t, first: 3) { edges { node { id } match matched } } }`, &resp, client.Var("t", "tilerson"))
		if len(resp.Search.Edges) == 0 || resp.Search.Edges[0].Node.ID != "person/rex-tillerson" || resp.Search.Edges[0].Match != "FUZZY" {
			t.Errorf("got %+v", resp.Search)
		}
		must(t, f.c, `{ search(text: "SAO-PAULO", types: [LOC]) { edges { node { id } match matched } } }`, &resp)
		if len(resp.Search.Edges) != 1 || resp.Search.Edges[0].Match != "NAME" || resp.Search.Edges[0].Matched != "São Paulo" {
			t.Errorf("got %+v", resp.Search)
		}
	})
	t.Run("neighborhood", func(t *testing.T) {
		var resp struct {
			Neighborhood struct {
				Nodes []struct {
					ID, Label, Type string
					Degree          int
				}
				Edges []struct {
					ID, Source, Target, Predicate string
					Weight                        int
					Goldstein                     *float64
				}
				Truncated bool
			}
		}
		must(t, f.c, `{ neighborhood(entity: "gpe/north-korea", depth: 1, filter: {includeNegated: true}) {
			nodes { id label type degree } edges { id source target predicate weight goldstein } truncated } }`, &resp)
		n := resp.Neighborhood
		if len(n.Nodes) != 4 || n.Nodes[0].ID != "gpe/north-korea" || n.Nodes[0].Label != "North Korea" || len(n.Edges) != 4 || n.Truncated {
			t.Errorf("got %+v", n)
		}
	})
	t.Run("subgraph", func(t *testing.T) {
		var resp struct {
			Subgraph struct {
				Edges []struct {
					ID     string
					Weight int
				}
			}
		}
		must(t, f.c, `{ subgraph(entities: ["gpe/china", "gpe/north-korea", "person/xi-jinping"]) { edges { id weight } } }`, &resp)
		if len(resp.Subgraph.Edges) != 2 {
			t.Errorf("got %+v", resp.Subgraph)
		}
	})
	t.Run("paths with evidence", func(t *testing.T) {
		var resp struct {
			Paths []struct {
				Length   int
				Entities []struct{ ID string }
				Steps    []struct {
					From, To  struct{ ID string }
					Relations []struct {
						Predicate string
						Evidence  struct {
							Edges []struct{ Node struct{ Sentence string } }
						}
					}
				}
			}
		}
		must(t, f.c, `{ paths(from: "person/angela-merkel", to: "gpe/china", maxHops: 3, first: 3) { length entities { id }
			steps { from { id } to { id } relations { predicate evidence { edges { node { sentence } } } } } } }`, &resp)
		if len(resp.Paths) != 2 || resp.Paths[0].Length != 3 {
			t.Fatalf("got %+v", resp.Paths)
		}
		st := resp.Paths[0].Steps[0]
		if st.From.ID != "person/angela-merkel" || st.Relations[0].Predicate != "meet" ||
			st.Relations[0].Evidence.Edges[0].Node.Sentence != "Angela Merkel met Donald Trump in São Paulo." {
			t.Errorf("first step: got %+v", st)
		}
	})
	t.Run("stats, top entities, timeline", func(t *testing.T) {
		var resp struct {
			Stats struct {
				Documents, Entities, Relations, Evidence int
				EntitiesByType                           []struct {
					Key   string
					Count int
				}
				RelationsByFamily []struct {
					Key   string
					Count int
				}
				RelationsByQuadClass []struct {
					Key   string
					Count int
				}
				RelationsByPredicate []struct {
					Key   string
					Count int
				}
			}
			TopEntities []struct {
				Entity struct{ ID string }
				Score  int
			}
			Timeline []struct {
				Start                                                                                        string
				Relations, VerbalCooperation, MaterialCooperation, VerbalConflict, MaterialConflict, NoEvent int
			}
		}
		must(t, f.c, `{ stats { documents entities relations evidence entitiesByType { key count } relationsByFamily { key count }
				relationsByQuadClass { key count } relationsByPredicate { key count } }
			topEntities(by: DEGREE, first: 1) { entity { id } score }
			timeline(entity: "gpe/north-korea", interval: MONTH) { start relations verbalCooperation materialCooperation verbalConflict materialConflict noEvent } }`, &resp)
		if s := resp.Stats; s.Documents != 4 || s.Entities != 12 || s.Relations != 12 || s.Evidence != 13 || s.EntitiesByType[0].Key != "GPE" || len(s.RelationsByQuadClass) != 3 {
			t.Errorf("stats: got %+v", s)
		}
		if len(resp.TopEntities) != 1 || resp.TopEntities[0].Entity.ID != "gpe/china" || resp.TopEntities[0].Score != 4 {
			t.Errorf("topEntities: got %+v", resp.TopEntities)
		}
		tl := resp.Timeline
		if len(tl) != 3 || tl[0].Start != "2017-09-01T00:00:00Z" || tl[0].MaterialConflict != 1 || tl[2].VerbalConflict != 2 {
			t.Errorf("timeline: got %+v", tl)
		}
	})
}

// TestPagination walks every connection two at a time and checks that the
// pages join into the whole list, with no duplicate and no gap.
func TestPagination(t *testing.T) {
	f := setup(t, graph.Options{})
	lists := []struct {
		name string
		q    string // %s is the after argument; the connection is at data.<path>
		path []string
	}{
		{"entities", `{ c: entities(first: 2 %s) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`, nil},
		{"search", `{ c: search(text: "r", first: 2 %s) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`, nil},
		{"relations", `{ c: relations(filter: {includeNegated: true}, first: 2 %s) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`, nil},
		{"documents", `{ c: documents(first: 2 %s) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`, nil},
		{"entity relations", `{ e: entity(id: "gpe/north-korea") { c: relations(first: 2 %s) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`, []string{"e"}},
		{"entity documents", `{ e: entity(id: "person/donald-trump") { c: documents(first: 2 %s) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`, []string{"e"}},
		{"document entities", `{ e: document(id: "doc-beijing") { c: entities(first: 2 %s) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`, []string{"e"}},
		{"evidence", `{ e: relation(id: "gpe/china|sanction|gpe/north-korea") { c: evidence(first: 1 %s) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`, []string{"e"}},
		{"relation documents", `{ e: relation(id: "gpe/china|sanction|gpe/north-korea") { c: documents(first: 1 %s) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`, []string{"e"}},
	}
	for _, l := range lists {
		t.Run(l.name, func(t *testing.T) {
			if walked := walkConnection(t, f.c, l.q, l.path); len(walked) < 2 {
				t.Errorf("walked %d items, want at least 2", len(walked))
			}
		})
	}
}

// walkConnection follows a connection page by page to its end and checks
// that the pages join into the whole list: no duplicate, no gap, a steady
// totalCount, endCursor on the last edge. q has a %s for the after
// argument and the connection at data.<path>.c.
func walkConnection(t *testing.T, c *client.Client, q string, path []string) []string {
	t.Helper()
	type conn struct {
		TotalCount int
		Edges      []struct {
			Cursor string
			Node   struct{ ID string }
		}
		PageInfo struct {
			HasNextPage bool
			EndCursor   string
		}
	}
	var walked []string
	seen := map[string]bool{}
	after, total := "", -1
	for i := 0; ; i++ {
		arg := ""
		if after != "" {
			arg = fmt.Sprintf(", after: %q", after)
		}
		data, errs := do(t, c, fmt.Sprintf(q, arg))
		if len(errs) > 0 {
			t.Fatalf("page %d: %+v", i, errs)
		}
		var m any = data
		for _, p := range path {
			m = m.(map[string]any)[p]
		}
		b, _ := json.Marshal(m.(map[string]any)["c"])
		var cn conn
		if err := json.Unmarshal(b, &cn); err != nil {
			t.Fatal(err)
		}
		if total >= 0 && cn.TotalCount != total {
			t.Errorf("page %d: totalCount %d, want %d", i, cn.TotalCount, total)
		}
		total = cn.TotalCount
		for _, e := range cn.Edges {
			if seen[e.Node.ID] {
				t.Errorf("page %d: %s again", i, e.Node.ID)
			}
			seen[e.Node.ID] = true
			walked = append(walked, e.Node.ID)
		}
		if !cn.PageInfo.HasNextPage {
			break
		}
		if cn.PageInfo.EndCursor != cn.Edges[len(cn.Edges)-1].Cursor {
			t.Errorf("endCursor %q is not the last edge's cursor", cn.PageInfo.EndCursor)
		}
		after = cn.PageInfo.EndCursor
		if i > 10000 {
			t.Fatal("no end")
		}
	}
	if len(walked) != total {
		t.Errorf("walked %d items, totalCount %d", len(walked), total)
	}
	return walked
}

func TestErrors(t *testing.T) {
	f := setup(t, graph.Options{ComplexityLimit: 5000, DepthLimit: 8})
	tests := []struct {
		name     string
		q        string
		wantCode string
	}{
		{"not found", `{ neighborhood(entity: "gpe/atlantis") { nodes { id } } }`, graph.CodeNotFound},
		{"page above the limit", `{ entities(first: 600) { totalCount } }`, graph.CodeLimit},
		{"depth above the limit", `{ neighborhood(entity: "gpe/china", depth: 9) { nodes { id } } }`, graph.CodeLimit},
		{"bad cursor", `{ relations(after: "garbage") { totalCount } }`, graph.CodeBadInput},
		{"bad range", `{ relations(filter: {goldsteinMin: 5, goldsteinMax: -5}) { totalCount } }`, graph.CodeBadInput},
		{"empty search", `{ search(text: "?!") { totalCount } }`, graph.CodeBadInput},
		{"over the cost limit", `{ entities(first: 500) { edges { node { relations(first: 100) { edges { node { id } } } } } } }`, graph.CodeComplexityLimit},
		{"too deep", `{ entity(id: "gpe/china") { relations { edges { node { subject { relations { edges { node { object { name } } } } } } } } } }`, graph.CodeDepthLimit},
		{"too deep through fragments", `fragment R on Relation { subject { relations { edges { node { object { name } } } } } }
			{ entity(id: "gpe/china") { relations { edges { node { ...R } } } } }`, graph.CodeDepthLimit},
		{"validation", `{ nosuchfield }`, "GRAPHQL_VALIDATION_FAILED"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, errs := do(t, f.c, tc.q)
			if len(errs) == 0 {
				t.Fatalf("no error, want %s", tc.wantCode)
			}
			if got := errs[0].Extensions["code"]; got != tc.wantCode {
				t.Errorf("code: got %v (%s), want %s", got, errs[0].Message, tc.wantCode)
			}
			if strings.Contains(errs[0].Message, "internal error") {
				t.Errorf("message hides the cause: %q", errs[0].Message)
			}
		})
	}
	t.Run("introspection is not depth limited", func(t *testing.T) {
		var resp struct {
			Schema struct {
				Types []struct {
					Name   string
					Fields []struct {
						Type struct {
							OfType struct {
								OfType struct {
									OfType struct{ OfType struct{ Name *string } }
								}
							}
						}
					}
				}
			} `json:"__schema"`
		}
		must(t, f.c, `{ __schema { types { name fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }`, &resp)
		if len(resp.Schema.Types) < 10 {
			t.Errorf("got %d types", len(resp.Schema.Types))
		}
	})
}

func TestPersistedQueries(t *testing.T) {
	f := setup(t, graph.Options{})
	q := `{ entity(id: "gpe/japan") { name } }`
	hash := fmt.Sprintf("%x", sha256Sum(q))
	ext := client.Extensions(map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hash}})
	_, errs := do(t, f.c, "", ext)
	if len(errs) == 0 || errs[0].Message != "PersistedQueryNotFound" {
		t.Fatalf("unknown hash: got %+v, want PersistedQueryNotFound", errs)
	}
	var resp struct{ Entity struct{ Name string } }
	must(t, f.c, q, &resp, ext)
	resp.Entity.Name = ""
	must(t, f.c, "", &resp, ext)
	if resp.Entity.Name != "Japan" {
		t.Errorf("by hash: got %+v", resp)
	}
}

func TestMutations(t *testing.T) {
	f := setup(t, graph.Options{})
	text, err := os.ReadFile(filepath.Join(testenv.RepoRoot(t), "examples/000_166b242293aaa39f.txt"))
	if err != nil {
		t.Fatal(err)
	}
	const ingest = `mutation($text: String!) { ingestDocument(text: $text, title: "Sanctions are working", source: "examples/000.txt", published: "2017-10-01T00:00:00Z") {
		added document { id title published entityCount relationCount
			entities(first: 100) { edges { node { id name } } }
			relations(first: 100) { edges { node { id predicate evidence { edges { node { sentence } } } } } } } } }`
	type result struct {
		IngestDocument struct {
			Added    bool
			Document struct {
				ID            string
				EntityCount   int
				RelationCount int
				Entities      struct {
					Edges []struct{ Node struct{ ID string } }
				}
				Relations struct {
					Edges []struct {
						Node struct {
							ID       string
							Evidence struct {
								Edges []struct{ Node struct{ Sentence string } }
							}
						}
					}
				}
			}
		}
	}
	var r1, r2 result
	must(t, f.c, ingest, &r1, client.Var("text", string(text)))
	d := r1.IngestDocument.Document
	if !r1.IngestDocument.Added || d.EntityCount < 5 || d.RelationCount < 5 || len(d.Entities.Edges) != d.EntityCount || len(d.Relations.Edges) != d.RelationCount {
		t.Fatalf("ingest: got %+v", r1)
	}
	found := false
	for _, e := range d.Relations.Edges {
		found = found || e.Node.ID == "person/donald-trump|criticize|person/rex-tillerson"
		if len(e.Node.Evidence.Edges) == 0 || e.Node.Evidence.Edges[0].Node.Sentence == "" {
			t.Errorf("relation %s has no evidence sentence", e.Node.ID)
		}
	}
	if !found {
		t.Errorf("trump criticize tillerson not extracted: %+v", d.Relations.Edges)
	}
	must(t, f.c, ingest, &r2, client.Var("text", string(text)))
	if r2.IngestDocument.Added || r2.IngestDocument.Document.ID != d.ID {
		t.Errorf("second ingest: got added %v id %s, want false %s", r2.IngestDocument.Added, r2.IngestDocument.Document.ID, d.ID)
	}
	var del struct{ DeleteDocument bool }
	must(t, f.c, `mutation($id: ID!) { deleteDocument(id: $id) }`, &del, client.Var("id", d.ID))
	if !del.DeleteDocument {
		t.Error("deleteDocument: false")
	}
	data, errs := do(t, f.c, `query($id: ID!) { document(id: $id) { id } }`, client.Var("id", d.ID))
	if len(errs) > 0 || data["document"] != nil {
		t.Errorf("document after delete: got %v %v", data, errs)
	}
	must(t, f.c, `mutation($id: ID!) { deleteDocument(id: $id) }`, &del, client.Var("id", d.ID))
	if del.DeleteDocument {
		t.Error("second deleteDocument: true")
	}
	for _, tc := range []struct{ text, code, msg string }{
		{"   ", graph.CodeBadInput, "text is empty"},
		{"Please REFUSE this.", graph.CodeBadInput, "it says REFUSE"},
		{"CRASH now.", graph.CodeInternal, "internal error"},
	} {
		_, errs = do(t, f.c, `mutation($t: String!) { ingestDocument(text: $t) { added } }`, client.Var("t", tc.text))
		if len(errs) == 0 || errs[0].Extensions["code"] != tc.code || !strings.Contains(errs[0].Message, tc.msg) {
			t.Errorf("ingest %q: got %+v, want %s with %q", tc.text, errs, tc.code, tc.msg)
		}
	}
}

// TestSubscription subscribes over graphql-transport-ws, then ingests a
// document and expects its relation and the document.
func TestSubscription(t *testing.T) {
	f := setup(t, graph.Options{})
	baseline := runtime.NumGoroutine()
	srv := httptest.NewServer(f.h)
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c := testenv.DialGraphQLWS(ctx, t, srv.URL)
	c.Subscribe("r", `subscription { relationAdded(filter: {predicates: ["criticize"]}) { id subject { name } object { name } evidence { edges { node { sentence } } } } }`)
	c.Subscribe("d", `subscription { documentIngested { id title } }`)
	time.Sleep(100 * time.Millisecond) // let both subscriptions register

	var out struct {
		IngestDocument struct{ Document struct{ ID string } }
	}
	must(t, f.c, `mutation { ingestDocument(text: "Donald Trump criticized Angela Merkel on Monday.", title: "Live") { document { id } } }`, &out)

	got := map[string]string{}
	for len(got) < 2 {
		m, err := c.Next()
		if err != nil {
			t.Fatalf("read: %v", err)
		}
		if m.Type != "next" {
			t.Fatalf("got %+v, want next", m)
		}
		got[m.ID] = string(m.Payload)
	}
	if !strings.Contains(got["d"], out.IngestDocument.Document.ID) || !strings.Contains(got["d"], `"Live"`) {
		t.Errorf("documentIngested: got %s", got["d"])
	}
	if !strings.Contains(got["r"], `"person/donald-trump|criticize|person/angela-merkel"`) || !strings.Contains(got["r"], "Donald Trump criticized Angela Merkel on Monday.") {
		t.Errorf("relationAdded: got %s", got["r"])
	}
	c.Send(map[string]string{"id": "r", "type": "complete"})
	c.Send(map[string]string{"id": "d", "type": "complete"})
	c.Close()
	srv.Close()
	// The subscriptions' goroutines (resolvers, the service's hub) end with
	// the connection.
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > baseline && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > baseline {
		buf := make([]byte, 1<<16)
		t.Errorf("goroutines: %d after the connection closed, %d before:\n%s", n, baseline, buf[:runtime.Stack(buf, true)])
	}
}

// TestTimeLimit checks that a request past its time limit fails with TIMEOUT.
func TestTimeLimit(t *testing.T) {
	f := setup(t, graph.Options{Timeout: time.Nanosecond})
	_, errs := do(t, f.c, `{ stats { documents } }`)
	if len(errs) == 0 || errs[0].Extensions["code"] != graph.CodeTimeout {
		t.Errorf("got %+v, want %s", errs, graph.CodeTimeout)
	}
}

func TestGET(t *testing.T) {
	f := setup(t, graph.Options{})
	req := httptest.NewRequest(http.MethodGet, `/graphql?query={stats{documents}}`, nil)
	rec := httptest.NewRecorder()
	f.h.ServeHTTP(rec, req)
	b, _ := io.ReadAll(rec.Body)
	if rec.Code != http.StatusOK || string(b) != `{"data":{"stats":{"documents":4}}}` {
		t.Errorf("GET: %d %s", rec.Code, b)
	}
}
