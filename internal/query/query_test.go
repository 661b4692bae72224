package query_test

import (
	"context"
	"errors"
	"log/slog"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"

	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/query"
	"github.com/newsgraph/newsgraph/internal/query/querytest"
)

func newService(t *testing.T) (*query.Service, *kg.Store) {
	t.Helper()
	st := querytest.Store(t)
	s, err := query.New(context.Background(), st.QuadStore(), query.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatalf("query.New: %v", err)
	}
	return s, st
}

func fp(f float64) *float64 { return &f }

func tp(s string) *time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return &t
}

func TestEntity(t *testing.T) {
	s, _ := newService(t)
	ctx := context.Background()
	tests := []struct {
		name    string
		id      string
		want    query.Entity
		wantErr error
	}{
		{name: "merged over documents", id: "gpe/china", want: query.Entity{ID: "gpe/china", Name: "China", Type: "GPE",
			Aliases: []string{"PRC", "People's Republic of China"}, Mentions: 6, Documents: 2, Degree: 4}},
		{name: "single document", id: "loc/sao-paulo", want: query.Entity{ID: "loc/sao-paulo", Name: "São Paulo", Type: "LOC",
			Mentions: 1, Documents: 1}},
		{name: "only in an incomplete document", id: "gpe/atlantis", wantErr: query.ErrNotFound},
		{name: "unknown", id: "gpe/nowhere", wantErr: query.ErrNotFound},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.Entity(ctx, tc.id)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("Entity(%q): error %v, want %v", tc.id, err, tc.wantErr)
			}
			if tc.wantErr != nil {
				return
			}
			if got.Aliases == nil {
				got.Aliases = nil
			}
			if len(got.Aliases) == 0 {
				got.Aliases = nil
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Entity(%q):\n got %+v\nwant %+v", tc.id, got, tc.want)
			}
		})
	}
}

func TestSearch(t *testing.T) {
	s, _ := newService(t)
	ctx := context.Background()
	tests := []struct {
		name      string
		text      string
		types     []string
		wantFirst string
		wantMatch query.Match
		wantIDs   []string // when set, the whole result in order
	}{
		{name: "exact name", text: "China", wantFirst: "gpe/china", wantMatch: query.MatchName},
		{name: "case and spaces", text: "  north   KOREA ", wantFirst: "gpe/north-korea", wantMatch: query.MatchName},
		{name: "accents", text: "sao paulo", wantFirst: "loc/sao-paulo", wantMatch: query.MatchName},
		{name: "punctuation", text: "Kim Jong Un", wantFirst: "person/kim-jong-un", wantMatch: query.MatchName},
		{name: "alias", text: "DPRK", wantFirst: "gpe/north-korea", wantMatch: query.MatchAlias},
		{name: "alias with dots", text: "US", wantFirst: "gpe/united-states", wantMatch: query.MatchAlias},
		{name: "prefix of a later word", text: "trum", wantFirst: "person/donald-trump", wantMatch: query.MatchPrefix},
		{name: "typo", text: "Tilerson", wantFirst: "person/rex-tillerson", wantMatch: query.MatchFuzzy},
		{name: "two typos", text: "Angela Merkle", wantFirst: "person/angela-merkel", wantMatch: query.MatchFuzzy},
		{name: "exact before prefix", text: "Japan", wantIDs: []string{"gpe/japan"}},
		{name: "type filter", text: "x", types: []string{"PERSON"}, wantIDs: []string{"person/xi-jinping"}},
		{name: "ranked by tier then mentions", text: "Chin", wantIDs: []string{"gpe/china"}},
		{name: "incomplete documents are invisible", text: "Atlantis", wantIDs: []string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.Search(ctx, tc.text, tc.types, query.Page{First: 10})
			if err != nil {
				t.Fatalf("Search(%q): %v", tc.text, err)
			}
			ids := []string{}
			for _, h := range got.Items {
				ids = append(ids, h.Entity.ID)
			}
			if tc.wantIDs != nil {
				if !reflect.DeepEqual(ids, tc.wantIDs) {
					t.Errorf("Search(%q): got %v, want %v", tc.text, ids, tc.wantIDs)
				}
				return
			}
			if len(ids) == 0 || ids[0] != tc.wantFirst || got.Items[0].Match != tc.wantMatch {
				t.Fatalf("Search(%q): got %v (first match %v), want first %s by %v", tc.text, ids, got.Items, tc.wantFirst, tc.wantMatch)
			}
		})
	}
	if _, err := s.Search(ctx, "...", nil, query.Page{First: 10}); !errors.Is(err, query.ErrBadInput) {
		t.Errorf("Search(...): error %v, want ErrBadInput", err)
	}
	if _, err := s.Search(ctx, "china", nil, query.Page{First: 100000}); !errors.Is(err, query.ErrLimit) {
		t.Errorf("Search(first 100000): error %v, want ErrLimit", err)
	}
}

func relIDs(p query.Paged[query.Relation]) []string {
	out := []string{}
	for _, r := range p.Items {
		out = append(out, r.ID)
	}
	return out
}

func TestRelations(t *testing.T) {
	s, _ := newService(t)
	ctx := context.Background()
	tests := []struct {
		name string
		rq   query.RelationQuery
		want []string
	}{
		{name: "by subject", rq: query.RelationQuery{Subject: "gpe/china"},
			want: []string{"gpe/china|sanction|gpe/north-korea"}},
		{name: "by predicate, negated and modal defaults", rq: query.RelationQuery{Predicate: "sanction"},
			want: []string{"gpe/china|sanction|gpe/north-korea", "gpe/united-states|sanction|gpe/china"}},
		{name: "include negated", rq: query.RelationQuery{Predicate: "sanction", Filter: query.Filter{IncludeNegated: true}},
			want: []string{"gpe/china|sanction|gpe/north-korea", "gpe/russia|sanction|gpe/north-korea", "gpe/united-states|sanction|gpe/china"}},
		{name: "exclude modal", rq: query.RelationQuery{Predicate: "sanction", Filter: query.Filter{ExcludeModal: true}},
			want: []string{"gpe/china|sanction|gpe/north-korea"}},
		{name: "entity incoming", rq: query.RelationQuery{Entity: "gpe/china", Direction: query.Incoming},
			want: []string{"gpe/united-states|sanction|gpe/china", "person/rex-tillerson|praise|gpe/china", "person/xi-jinping|president of|gpe/china"}},
		{name: "CAMEO family", rq: query.RelationQuery{Filter: query.Filter{Cameo: []string{"11"}}},
			want: []string{"gpe/japan|criticize|gpe/north-korea", "person/angela-merkel|criticize|gpe/russia", "person/donald-trump|criticize|person/rex-tillerson"}},
		{name: "quad class material conflict", rq: query.RelationQuery{Filter: query.Filter{QuadClasses: []int{4}}},
			want: []string{"gpe/china|sanction|gpe/north-korea", "gpe/united-states|sanction|gpe/china"}},
		{name: "quad classes verbal", rq: query.RelationQuery{Filter: query.Filter{QuadClasses: []int{1, 3}}, Subject: "gpe/north-korea"},
			want: []string{"gpe/north-korea|threaten|gpe/japan"}},
		{name: "goldstein range", rq: query.RelationQuery{Filter: query.Filter{GoldsteinMin: fp(0), GoldsteinMax: fp(2)}},
			want: []string{"person/angela-merkel|meet|person/donald-trump", "person/donald-trump|meet|person/xi-jinping"}},
		{name: "publication range", rq: query.RelationQuery{Filter: query.Filter{PublishedFrom: tp("2017-11-01T00:00:00Z"), PublishedTo: tp("2017-12-01T00:00:00Z")}},
			want: []string{"gpe/japan|criticize|gpe/north-korea", "gpe/north-korea|threaten|gpe/japan", "person/donald-trump|meet|person/xi-jinping"}},
		{name: "document", rq: query.RelationQuery{Filter: query.Filter{Document: "doc-undated"}},
			want: []string{"person/angela-merkel|criticize|gpe/russia", "person/angela-merkel|meet|person/donald-trump"}},
		{name: "min confidence", rq: query.RelationQuery{Filter: query.Filter{MinConfidence: 0.9}},
			want: []string{"gpe/china|sanction|gpe/north-korea", "gpe/north-korea|threaten|gpe/japan", "person/xi-jinping|president of|gpe/china"}},
		{name: "subject and object", rq: query.RelationQuery{Subject: "person/donald-trump", Object: "person/xi-jinping"},
			want: []string{"person/donald-trump|meet|person/xi-jinping"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.Relations(ctx, tc.rq, query.Page{First: 50})
			if err != nil {
				t.Fatalf("Relations(%+v): %v", tc.rq, err)
			}
			if ids := relIDs(got); !reflect.DeepEqual(ids, tc.want) {
				t.Errorf("Relations(%+v):\n got %v\nwant %v", tc.rq, ids, tc.want)
			}
			if got.Total != len(tc.want) {
				t.Errorf("Total: got %d, want %d", got.Total, len(tc.want))
			}
		})
	}
}

func TestRelationAggregate(t *testing.T) {
	s, _ := newService(t)
	ctx := context.Background()
	r, err := s.Relation(ctx, "gpe/china|sanction|gpe/north-korea", query.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := r.Documents, []string{"doc-sanctions", "doc-beijing"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Documents: got %v, want %v", got, want)
	}
	if got, want := len(r.Evidence), 2; got != want {
		t.Errorf("Evidence: got %d, want %d", got, want)
	}
	if r.FirstSeen == nil || !r.FirstSeen.Equal(*tp("2017-09-29T16:11:00Z")) || r.LastSeen == nil || !r.LastSeen.Equal(*tp("2017-10-02T08:00:00Z")) {
		t.Errorf("FirstSeen, LastSeen: got %v, %v", r.FirstSeen, r.LastSeen)
	}
	if r.Event == nil || r.Event.Code != "163" || r.Goldstein == nil || *r.Goldstein != -8 {
		t.Errorf("Event, Goldstein: got %+v, %v", r.Event, r.Goldstein)
	}
	if r.Confidence != 0.9 || r.Negated || r.Modal {
		t.Errorf("Confidence, Negated, Modal: got %v %v %v, want 0.9 false false", r.Confidence, r.Negated, r.Modal)
	}
	evs, errs := s.Evidences(ctx, r.Evidence)
	for i, err := range errs {
		if err != nil {
			t.Fatalf("Evidences[%d]: %v", i, err)
		}
	}
	if got, want := evs[0].Sentence, "China imposed new sanctions on North Korea on Friday."; got != want {
		t.Errorf("Evidence[0].Sentence: got %q, want %q", got, want)
	}
	texts, errs := s.DocumentTexts(ctx, []string{evs[0].Document})
	if errs[0] != nil {
		t.Fatal(errs[0])
	}
	if got := texts[0][evs[0].Start:evs[0].End]; got != evs[0].Sentence {
		t.Errorf("text[start:end]: got %q, want the sentence %q", got, evs[0].Sentence)
	}
	if got, want := evs[1].Modality, "expected"; got != want {
		t.Errorf("Evidence[1].Modality: got %q, want %q", got, want)
	}
	if _, err := s.Relation(ctx, "gpe/russia|sanction|gpe/north-korea", query.Filter{}); !errors.Is(err, query.ErrNotFound) {
		t.Errorf("negated relation by default: error %v, want ErrNotFound", err)
	}
	neg, err := s.Relation(ctx, "gpe/russia|sanction|gpe/north-korea", query.Filter{IncludeNegated: true})
	if err != nil || !neg.Negated {
		t.Errorf("negated relation with IncludeNegated: got %+v, %v; want Negated", neg, err)
	}
	if _, err := s.Relation(ctx, "nonsense", query.Filter{}); !errors.Is(err, query.ErrBadInput) {
		t.Errorf("malformed ID: error %v, want ErrBadInput", err)
	}
}

// TestPagination walks every list to the end, two items at a time, and
// checks that the pages join with no duplicate and no gap.
func TestPagination(t *testing.T) {
	s, _ := newService(t)
	ctx := context.Background()
	type lister func(query.Page) ([]string, []string, int, bool, error)
	lists := map[string]lister{
		"entities": func(p query.Page) ([]string, []string, int, bool, error) {
			r, err := s.ListEntities(ctx, "", "", p)
			var ids []string
			for _, e := range r.Items {
				ids = append(ids, e.ID)
			}
			return ids, r.Cursors, r.Total, r.HasNext, err
		},
		"relations": func(p query.Page) ([]string, []string, int, bool, error) {
			r, err := s.Relations(ctx, query.RelationQuery{Filter: query.Filter{IncludeNegated: true}}, p)
			return relIDs(r), r.Cursors, r.Total, r.HasNext, err
		},
		"documents": func(p query.Page) ([]string, []string, int, bool, error) {
			r, err := s.ListDocuments(ctx, query.DocumentQuery{}, p)
			var ids []string
			for _, d := range r.Items {
				ids = append(ids, d.ID)
			}
			return ids, r.Cursors, r.Total, r.HasNext, err
		},
		"search": func(p query.Page) ([]string, []string, int, bool, error) {
			r, err := s.Search(ctx, "r", nil, p)
			var ids []string
			for _, h := range r.Items {
				ids = append(ids, h.Entity.ID)
			}
			return ids, r.Cursors, r.Total, r.HasNext, err
		},
	}
	for name, list := range lists {
		t.Run(name, func(t *testing.T) {
			all, _, total, _, err := list(query.Page{First: 500})
			if err != nil {
				t.Fatal(err)
			}
			var walked []string
			after := ""
			for i := 0; ; i++ {
				ids, cursors, tot, next, err := list(query.Page{First: 2, After: after})
				if err != nil {
					t.Fatalf("page %d: %v", i, err)
				}
				if tot != total {
					t.Errorf("page %d: total %d, want %d", i, tot, total)
				}
				walked = append(walked, ids...)
				if !next {
					break
				}
				after = cursors[len(cursors)-1]
				if i > 100 {
					t.Fatal("no end")
				}
			}
			if !reflect.DeepEqual(walked, all) || len(all) != total || total < 3 {
				t.Errorf("walked %v, want %v (total %d)", walked, all, total)
			}
		})
	}
	if _, err := s.Relations(ctx, query.RelationQuery{}, query.Page{First: 2, After: "bm9wZQ"}); !errors.Is(err, query.ErrBadInput) {
		t.Errorf("foreign cursor: error %v, want ErrBadInput", err)
	}
	docs, _ := s.ListDocuments(ctx, query.DocumentQuery{}, query.Page{First: 10})
	var order []string
	for _, d := range docs.Items {
		order = append(order, d.ID)
	}
	if want := []string{"doc-threat", "doc-beijing", "doc-sanctions", "doc-undated"}; !reflect.DeepEqual(order, want) {
		t.Errorf("documents order: got %v, want %v (newest first, undated last)", order, want)
	}
}

func TestNeighborhood(t *testing.T) {
	s, _ := newService(t)
	ctx := context.Background()
	tests := []struct {
		name      string
		id        string
		depth     int
		limit     int
		wantNodes []string
		wantEdges int
		truncated bool
	}{
		{name: "depth 1", id: "person/donald-trump", depth: 1, limit: 100,
			wantNodes: []string{"person/donald-trump", "person/angela-merkel", "person/rex-tillerson", "person/xi-jinping"}, wantEdges: 3},
		{name: "depth 2 limited", id: "person/donald-trump", depth: 2, limit: 5,
			wantNodes: []string{"person/donald-trump", "person/angela-merkel", "person/rex-tillerson", "person/xi-jinping", "gpe/china"}, wantEdges: 5, truncated: true},
		{name: "depth 0", id: "gpe/japan", depth: 0, limit: 10, wantNodes: []string{"gpe/japan"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := s.Neighborhood(ctx, tc.id, tc.depth, tc.limit, query.Filter{})
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, n := range g.Nodes {
				ids = append(ids, n.ID)
			}
			if !reflect.DeepEqual(ids, tc.wantNodes) || len(g.Edges) != tc.wantEdges || g.Truncated != tc.truncated {
				t.Errorf("Neighborhood(%s, %d, %d): got nodes %v, %d edges %+v, truncated %v; want %v, %d, %v",
					tc.id, tc.depth, tc.limit, ids, len(g.Edges), g.Edges, g.Truncated, tc.wantNodes, tc.wantEdges, tc.truncated)
			}
		})
	}
	if _, err := s.Neighborhood(ctx, "gpe/china", 10, 10, query.Filter{}); !errors.Is(err, query.ErrLimit) {
		t.Errorf("depth 10: error %v, want ErrLimit", err)
	}
	if _, err := s.Neighborhood(ctx, "gpe/atlantis", 1, 10, query.Filter{}); !errors.Is(err, query.ErrNotFound) {
		t.Errorf("invisible root: error %v, want ErrNotFound", err)
	}
}

func TestSubgraph(t *testing.T) {
	s, _ := newService(t)
	g, err := s.Subgraph(context.Background(), []string{"gpe/china", "gpe/north-korea", "gpe/russia"}, query.Filter{IncludeNegated: true})
	if err != nil {
		t.Fatal(err)
	}
	want := []query.Edge{
		{ID: "gpe/china|sanction|gpe/north-korea", Source: "gpe/china", Target: "gpe/north-korea", Predicate: "sanction", Weight: 2, Goldstein: fp(-8),
			Cameo: "163", FirstSeen: tp("2017-09-29T16:11:00Z"), LastSeen: tp("2017-10-02T08:00:00Z"), Documents: []string{"doc-beijing", "doc-sanctions"},
			Evidence: 2, FirstEvidence: "ng:ev/doc-sanctions/0"},
		{ID: "gpe/russia|sanction|gpe/north-korea", Source: "gpe/russia", Target: "gpe/north-korea", Predicate: "sanction", Weight: 1, Goldstein: fp(-8),
			Cameo: "163", FirstSeen: tp("2017-10-02T08:00:00Z"), LastSeen: tp("2017-10-02T08:00:00Z"), Documents: []string{"doc-beijing"},
			Evidence: 1, FirstEvidence: "ng:ev/doc-beijing/2"},
	}
	if !reflect.DeepEqual(g.Edges, want) || len(g.Nodes) != 3 {
		t.Errorf("Subgraph: got %d nodes, edges %+v; want 3 nodes, %+v", len(g.Nodes), g.Edges, want)
	}
}

func TestPaths(t *testing.T) {
	s, _ := newService(t)
	ctx := context.Background()
	paths, err := s.Paths(ctx, "person/angela-merkel", "gpe/china", 4, 3, query.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range paths {
		got = append(got, strings.Join(p.Entities, " > "))
	}
	want := []string{
		"person/angela-merkel > person/donald-trump > person/rex-tillerson > gpe/china",
		"person/angela-merkel > person/donald-trump > person/xi-jinping > gpe/china",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Paths: got %q, want %q", got, want)
	}
	if st := paths[0].Steps[0]; !reflect.DeepEqual(st.Relations, []string{"person/angela-merkel|meet|person/donald-trump"}) {
		t.Errorf("first step: got %+v", st)
	}
	short, err := s.Paths(ctx, "person/angela-merkel", "gpe/china", 2, 3, query.Filter{})
	if err != nil || len(short) != 0 {
		t.Errorf("Paths maxHops 2: got %v, %v; want none", short, err)
	}
	if _, err := s.Paths(ctx, "gpe/china", "gpe/japan", 99, 3, query.Filter{}); !errors.Is(err, query.ErrLimit) {
		t.Errorf("maxHops 99: error %v, want ErrLimit", err)
	}
}

func TestStatsTopTimeline(t *testing.T) {
	s, _ := newService(t)
	ctx := context.Background()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 4 || st.Entities != 12 || st.Relations != 12 || st.Evidence != 13 {
		t.Errorf("Stats: got %d documents, %d entities, %d relations, %d evidence; want 4, 12, 12, 13", st.Documents, st.Entities, st.Relations, st.Evidence)
	}
	if got, want := st.EntitiesByType, []query.Count{{Key: "GPE", Count: 6}, {Key: "PERSON", Count: 5}, {Key: "LOC", Count: 1}}; !reflect.DeepEqual(got, want) {
		t.Errorf("EntitiesByType: got %v, want %v", got, want)
	}
	if got, want := st.RelationsByQuadClass, []query.Count{{Key: "1", Label: "Verbal cooperation", Count: 4}, {Key: "3", Label: "Verbal conflict", Count: 4},
		{Key: "4", Label: "Material conflict", Count: 3}}; !reflect.DeepEqual(got, want) {
		t.Errorf("RelationsByQuadClass: got %v, want %v", got, want)
	}
	if got, want := st.RelationsByFamily, []query.Count{{Key: "11", Label: "Disapprove", Count: 3}, {Key: "16", Label: "Reduce relations", Count: 3},
		{Key: "04", Label: "Consult", Count: 2}, {Key: "05", Label: "Engage in diplomatic cooperation", Count: 2}, {Key: "13", Label: "Threaten", Count: 1}}; !reflect.DeepEqual(got, want) {
		t.Errorf("RelationsByFamily: got %v, want %v", got, want)
	}
	top, err := s.TopEntities(ctx, query.TopQuery{By: query.ByDegree, First: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(top) != 2 || top[0].Entity.ID != "gpe/china" || top[0].Score != 4 {
		t.Errorf("TopEntities by degree: got %+v, want gpe/china with 4 first", top)
	}
	topP, _ := s.TopEntities(ctx, query.TopQuery{By: query.ByMentions, Type: "PERSON", First: 1})
	if len(topP) != 1 || topP[0].Entity.ID != "person/xi-jinping" || topP[0].Score != 4 {
		t.Errorf("TopEntities by mentions, PERSON: got %+v, want person/xi-jinping with 4", topP)
	}
	tlm, err := s.Timeline(ctx, "gpe/north-korea", query.Month, query.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	tl := tlm.Buckets
	if len(tl) != 3 {
		t.Fatalf("Timeline months: got %d buckets %+v, want 3 (Sept, Oct, Nov)", len(tl), tl)
	}
	if tl[0].Relations != 1 || tl[0].QuadClasses[4] != 1 || tl[1].Relations != 1 || tl[2].Relations != 2 ||
		tl[2].QuadClasses[3] != 2 || !tl[2].Start.Equal(*tp("2017-11-01T00:00:00Z")) {
		t.Errorf("Timeline: got %+v", tl)
	}
	wkt, _ := s.Timeline(ctx, "gpe/north-korea", query.Week, query.Filter{})
	wk := wkt.Buckets
	if !wk[0].Start.Equal(*tp("2017-09-25T00:00:00Z")) || wk[0].Start.Weekday() != time.Monday {
		t.Errorf("Timeline weeks start on Monday: got %v", wk[0].Start)
	}
}

func TestAddDelete(t *testing.T) {
	s, st := newService(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	docs := s.SubscribeDocuments(ctx)
	rels, err := s.SubscribeRelations(ctx, query.Filter{Predicates: []string{"sanction"}})
	if err != nil {
		t.Fatal(err)
	}
	otherDoc, err := s.SubscribeRelations(ctx, query.Filter{Document: "doc-sanctions"})
	if err != nil {
		t.Fatal(err)
	}
	// The incomplete document is completed: it becomes visible only after DocumentAdded.
	tx := graph.NewTransaction()
	tx.AddQuad(querytest.CompleteQuad())
	if err := st.QuadStore().ApplyDeltas(tx.Deltas, graph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Entity(ctx, "gpe/atlantis"); !errors.Is(err, query.ErrNotFound) {
		t.Fatalf("before DocumentAdded: error %v, want ErrNotFound", err)
	}
	for i := 0; i < 2; i++ { // idempotent
		if err := s.IndexDocument(ctx, querytest.IncompleteID); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Entity(ctx, "gpe/atlantis"); err != nil {
		t.Fatalf("after DocumentAdded: %v", err)
	}
	select {
	case d := <-docs:
		if d.ID != querytest.IncompleteID {
			t.Errorf("document event: got %s", d.ID)
		}
	case <-time.After(time.Second):
		t.Fatal("no document event")
	}
	select {
	case r := <-rels:
		if r.ID != "gpe/atlantis|sanction|gpe/china" {
			t.Errorf("relation event: got %s", r.ID)
		}
	case <-time.After(time.Second):
		t.Fatal("no relation event")
	}
	select {
	case d := <-docs:
		t.Errorf("second event for an idempotent DocumentAdded: %+v", d)
	case r := <-otherDoc:
		t.Errorf("event for a subscriber to another document: %+v", r)
	default:
	}
	hits, _ := s.Search(ctx, "atlantis", nil, query.Page{First: 5})
	if len(hits.Items) != 1 {
		t.Errorf("search after add: got %d hits, want 1", len(hits.Items))
	}
	if ok, err := st.DeleteDocument(ctx, querytest.IncompleteID); err != nil || !ok {
		t.Fatalf("DeleteDocument: %v %v", ok, err)
	}
	s.DocumentDeleted(ctx, querytest.IncompleteID)
	if _, err := s.Entity(ctx, "gpe/atlantis"); !errors.Is(err, query.ErrNotFound) {
		t.Errorf("after DocumentDeleted: error %v, want ErrNotFound", err)
	}
	china, _ := s.Entity(ctx, "gpe/china")
	if china.Degree != 4 || china.Documents != 2 {
		t.Errorf("china after delete: degree %d, documents %d; want 4, 2", china.Degree, china.Documents)
	}
	hits, _ = s.Search(ctx, "atlantis", nil, query.Page{First: 5})
	if len(hits.Items) != 0 {
		t.Errorf("search after delete: got %d hits, want 0", len(hits.Items))
	}
	// A fresh Service built from the store agrees with the maintained one.
	fresh, err := query.New(ctx, st.QuadStore())
	if err != nil {
		t.Fatal(err)
	}
	a, _ := s.Stats(ctx)
	b, _ := fresh.Stats(ctx)
	if !reflect.DeepEqual(a, b) {
		t.Errorf("maintained stats %+v differ from rebuilt %+v", a, b)
	}
	cancel()
	if _, ok := <-docs; ok {
		t.Error("document channel still open after cancel")
	}
}

func TestGraph(t *testing.T) {
	s, _ := newService(t)
	ctx := context.Background()
	all, err := s.Graph(ctx, query.Filter{}, 1000)
	if err != nil {
		t.Fatal(err)
	}
	if len(all.Edges) != 11 || len(all.Nodes) != 9 || all.Truncated {
		t.Errorf("Graph: got %d edges, %d nodes, truncated %v; want 11, 9, false", len(all.Edges), len(all.Nodes), all.Truncated)
	}
	top, err := s.Graph(ctx, query.Filter{}, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(top.Edges) != 1 || top.Edges[0].ID != "gpe/china|sanction|gpe/north-korea" || len(top.Nodes) != 2 || !top.Truncated {
		t.Errorf("Graph(max 1): got %+v", top)
	}
	conflict, _ := s.Graph(ctx, query.Filter{QuadClasses: []int{3, 4}}, 1000)
	if len(conflict.Edges) != 6 {
		t.Errorf("Graph(conflict): got %d edges, want 6", len(conflict.Edges))
	}
}

func TestDocumentMentions(t *testing.T) {
	s, _ := newService(t)
	ctx := context.Background()
	ms, err := s.DocumentMentions(ctx, "doc-beijing")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range ms {
		got = append(got, m.Entity+"="+m.Text)
	}
	want := []string{"person/xi-jinping=Xi", "gpe/united-states=United States"}
	if len(ms) < 8 || got[0] != want[0] || !contains(got, want[1]) {
		t.Errorf("DocumentMentions: got %v", got)
	}
	if _, err := s.DocumentMentions(ctx, querytest.IncompleteID); !errors.Is(err, query.ErrNotFound) {
		t.Errorf("incomplete document: error %v, want ErrNotFound", err)
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
