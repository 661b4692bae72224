package query_test

import (
	"context"
	"errors"
	"math"
	"reflect"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/internal/query"
)

func docIDs(t *testing.T, s *query.Service, dq query.DocumentQuery) []string {
	t.Helper()
	p, err := s.ListDocuments(context.Background(), dq, query.Page{First: 50})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, d := range p.Items {
		ids = append(ids, d.ID)
	}
	slices.Sort(ids)
	return ids
}

// TestDocumentFilters: the document part of the filter (sources, outlets,
// publication range) and, with relation fields, supporting evidence.
func TestDocumentFilters(t *testing.T) {
	s, _ := newService(t)
	tests := []struct {
		name string
		f    query.Filter
		want []string
	}{
		{"folder", query.Filter{Sources: []string{"notes"}}, []string{"doc-undated"}},
		{"path", query.Filter{Sources: []string{"notes/merkel.txt"}}, []string{"doc-undated"}},
		{"URL prefix", query.Filter{Sources: []string{"https://example.org/thr"}}, []string{"doc-threat"}},
		{"URL segment", query.Filter{Sources: []string{"sanctions"}}, []string{"doc-sanctions"}},
		{"no such folder", query.Filter{Sources: []string{"note"}}, nil},
		{"outlet", query.Filter{Outlets: []string{"www.Example.org"}}, []string{"doc-beijing", "doc-sanctions", "doc-threat"}},
		{"other outlet", query.Filter{Outlets: []string{"bbc.co.uk"}}, nil},
		{"dates", query.Filter{PublishedFrom: tp("2017-10-01T00:00:00Z")}, []string{"doc-beijing", "doc-threat"}},
		{"predicate", query.Filter{Predicates: []string{"sanction"}}, []string{"doc-beijing", "doc-sanctions"}},
		{"text", query.Filter{Text: "sanctions"}, []string{"doc-beijing", "doc-sanctions"}},
		{"text and outlet", query.Filter{Text: "Trump", Outlets: []string{"example.org"}}, []string{"doc-sanctions", "doc-threat"}},
		{"predicate and outlet", query.Filter{Predicates: []string{"criticize"}, Sources: []string{"notes"}}, []string{"doc-undated"}},
		{"excluded predicates", query.Filter{ExcludePredicates: []string{"sanction", "praise", "president of"}, Outlets: []string{"example.org"}},
			[]string{"doc-sanctions", "doc-threat"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := docIDs(t, s, query.DocumentQuery{Filter: tc.f}); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("documents: got %v, want %v", got, tc.want)
			}
		})
	}
	if got := docIDs(t, s, query.DocumentQuery{Entity: "person/donald-trump", Filter: query.Filter{Sources: []string{"notes"}}}); !reflect.DeepEqual(got, []string{"doc-undated"}) {
		t.Errorf("documents of Trump in notes/: got %v", got)
	}
	// The same selection applies to relations and rankings.
	rels, err := s.Relations(context.Background(), query.RelationQuery{Filter: query.Filter{Sources: []string{"notes"}}}, query.Page{First: 50})
	if err != nil || rels.Total != 2 {
		t.Errorf("relations from notes/: got %d, %v; want 2", rels.Total, err)
	}
	top, err := s.TopEntities(context.Background(), query.TopQuery{By: query.ByDegree, First: 3, Filter: query.Filter{Sources: []string{"notes"}}})
	if err != nil || len(top) != 3 || top[0].Entity.ID != "person/angela-merkel" || top[0].Score != 2 || top[1].Score != 1 {
		t.Errorf("top by degree in notes/: got %+v, %v", top, err)
	}
	top, _ = s.TopEntities(context.Background(), query.TopQuery{By: query.ByMentions, Type: "GPE", First: 10, Filter: query.Filter{Sources: []string{"notes"}}})
	if len(top) != 1 || top[0].Entity.ID != "gpe/russia" {
		t.Errorf("top GPE by mentions in notes/: got %+v, want only Russia", top)
	}
}

func TestReporting(t *testing.T) {
	for p, want := range map[string]bool{"tell": true, "say": true, "say to": true, "announce": true,
		"criticize": false, "warn": false, "sanction": false, "president of": false, "telling": false} {
		if got := query.IsReporting(p); got != want {
			t.Errorf("IsReporting(%q) = %v, want %v", p, got, want)
		}
	}
	s, _ := newService(t)
	ctx := context.Background()
	all, _ := s.StatsFor(ctx, query.Filter{MinConfidence: 0.01})
	noSanction, err := s.StatsFor(ctx, query.Filter{ExcludePredicates: []string{"Sanction"}, ExcludeReporting: true})
	if err != nil {
		t.Fatal(err)
	}
	if noSanction.Relations != all.Relations-2 || noSanction.Documents != 4 {
		t.Errorf("stats without sanction: %d relations in %d documents, want %d in 4", noSanction.Relations, noSanction.Documents, all.Relations-2)
	}
	for _, c := range noSanction.RelationsByPredicate {
		if c.Key == "sanction" {
			t.Errorf("sanction still counted: %+v", noSanction.RelationsByPredicate)
		}
	}
}

func TestStatsFor(t *testing.T) {
	s, _ := newService(t)
	ctx := context.Background()
	st, err := s.StatsFor(ctx, query.Filter{Outlets: []string{"example.org"}})
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 3 || st.Relations != 9 || st.Evidence != 10 {
		t.Errorf("stats of example.org: %d documents, %d relations, %d evidence; want 3, 9, 10 (Russia's sanction is negated)", st.Documents, st.Relations, st.Evidence)
	}
	// Entities of the documents: Merkel is only in the undated note.
	for _, c := range st.EntitiesByType {
		if c.Key == "PERSON" && c.Count != 4 {
			t.Errorf("people in example.org: got %d, want 4 (not Merkel)", c.Count)
		}
	}
	whole, _ := s.Stats(ctx)
	same, _ := s.StatsFor(ctx, query.Filter{})
	if !reflect.DeepEqual(whole, same) {
		t.Errorf("Stats and StatsFor(zero filter) differ: %+v vs %+v", whole, same)
	}
}

// TestTimelineUndated: a timeline of undated documents says so.
func TestTimelineUndated(t *testing.T) {
	s, _ := newService(t)
	ctx := context.Background()
	tests := []struct {
		entity                      string
		f                           query.Filter
		buckets, dated, undated, ud int
	}{
		{"person/angela-merkel", query.Filter{}, 0, 0, 2, 1},
		{"person/donald-trump", query.Filter{}, 3, 2, 1, 1}, // September, (October), November
		{"", query.Filter{}, 3, 10, 2, 1},
		{"", query.Filter{Sources: []string{"notes"}}, 0, 0, 2, 1},
		{"", query.Filter{Predicates: []string{"sanction"}}, 2, 3, 0, 0},
	}
	for _, tc := range tests {
		tl, err := s.Timeline(ctx, tc.entity, query.Month, tc.f)
		if err != nil {
			t.Fatal(err)
		}
		if len(tl.Buckets) != tc.buckets || tl.Dated != tc.dated || tl.Undated != tc.undated || tl.UndatedDocuments != tc.ud || tl.Buckets == nil {
			t.Errorf("Timeline(%q, %+v): %d buckets, %d dated, %d undated in %d documents; want %d, %d, %d, %d",
				tc.entity, tc.f, len(tl.Buckets), tl.Dated, tl.Undated, tl.UndatedDocuments, tc.buckets, tc.dated, tc.undated, tc.ud)
		}
	}
}

// TestRelationOrder: every order sorts as it says, and paging with its
// cursors walks the whole list once.
func TestRelationOrder(t *testing.T) {
	s, _ := newService(t)
	ctx := context.Background()
	g := func(r query.Relation) float64 {
		if r.Goldstein == nil {
			return math.Inf(1)
		}
		return *r.Goldstein
	}
	tests := []struct {
		order query.RelationOrder
		less  func(a, b query.Relation) bool // a must not come after b: !less(b, a)
	}{
		{query.OrderDocuments, func(a, b query.Relation) bool { return len(a.Documents) > len(b.Documents) }},
		{query.OrderEvidence, func(a, b query.Relation) bool { return len(a.Evidence) > len(b.Evidence) }},
		{query.OrderConfidence, func(a, b query.Relation) bool { return a.Confidence > b.Confidence }},
		{query.OrderConflict, func(a, b query.Relation) bool { return g(a) < g(b) }},
		{query.OrderCooperation, func(a, b query.Relation) bool {
			return a.Goldstein != nil && (b.Goldstein == nil || *a.Goldstein > *b.Goldstein)
		}},
		{query.OrderLatest, func(a, b query.Relation) bool {
			return a.LastSeen != nil && (b.LastSeen == nil || a.LastSeen.After(*b.LastSeen))
		}},
		{query.OrderEarliest, func(a, b query.Relation) bool {
			return a.FirstSeen != nil && (b.FirstSeen == nil || a.FirstSeen.Before(*b.FirstSeen))
		}},
	}
	for _, tc := range tests {
		var got []query.Relation
		p := query.Page{First: 4}
		for {
			page, err := s.Relations(ctx, query.RelationQuery{Order: tc.order}, p)
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, page.Items...)
			if !page.HasNext {
				break
			}
			p.After = page.Cursors[len(page.Cursors)-1]
		}
		if len(got) != 11 {
			t.Errorf("order %d: walked %d relations, want 11", tc.order, len(got))
		}
		for i := 1; i < len(got); i++ {
			if tc.less(got[i], got[i-1]) {
				t.Errorf("order %d: %s before %s", tc.order, got[i-1].ID, got[i].ID)
			}
		}
	}
	first, _ := s.Relations(ctx, query.RelationQuery{Order: query.OrderDocuments}, query.Page{First: 1})
	if first.Items[0].ID != "gpe/china|sanction|gpe/north-korea" {
		t.Errorf("best supported relation: got %s", first.Items[0].ID)
	}
	if _, err := s.Relations(ctx, query.RelationQuery{Order: 99}, query.Page{First: 1}); !errors.Is(err, query.ErrBadInput) {
		t.Errorf("unknown order: got %v, want ErrBadInput", err)
	}
}

// TestAnalytics: PageRank, betweenness and communities over the fixture's
// graph, filtered, and recomputed after a change.
func TestAnalytics(t *testing.T) {
	s, _ := newService(t)
	ctx := context.Background()
	pr, err := s.TopEntities(ctx, query.TopQuery{By: query.ByPageRank, First: 50})
	if err != nil {
		t.Fatal(err)
	}
	sum := 0.0
	for i, r := range pr {
		sum += r.Value
		if i > 0 && r.Value > pr[i-1].Value {
			t.Errorf("PageRank not descending at %d: %+v", i, pr)
		}
	}
	if len(pr) != 9 || math.Abs(sum-1) > 1e-6 || pr[0].Entity.ID != "gpe/north-korea" {
		t.Errorf("PageRank: %d entities summing to %g, first %s; want 9 summing to 1, North Korea first (sanctioned twice, threatens Japan)", len(pr), sum, pr[0].Entity.ID)
	}
	bc, _ := s.TopEntities(ctx, query.TopQuery{By: query.ByBetweenness, First: 50})
	if len(bc) == 0 || bc[0].Entity.ID != "gpe/china" || bc[0].Value <= 0 || bc[0].Value > 1 {
		t.Errorf("betweenness: got %+v, want China first (it joins the people to the countries)", bc)
	}
	cs, err := s.Communities(ctx, query.Filter{}, 2, 10, 3)
	if err != nil {
		t.Fatal(err)
	}
	if cs.Entities != 9 || cs.Count != 2 || len(cs.Communities) != 2 || cs.Communities[0].Size != 5 || len(cs.Communities[0].Members) != 3 || cs.Modularity <= 0.3 {
		t.Errorf("communities: got %+v", cs)
	}
	c, err := s.Centralities(ctx, query.Filter{}, []string{"gpe/china", "gpe/japan", "person/angela-merkel"}, true)
	if err != nil {
		t.Fatal(err)
	}
	if c[0].Community != c[1].Community || c[0].Community == c[2].Community || c[0].Betweenness != bc[0].Value {
		t.Errorf("centralities: got %+v; want China with Japan, not with Merkel", c)
	}
	// Filtered: only the undated note's two relations.
	c, _ = s.Centralities(ctx, query.Filter{Sources: []string{"notes"}}, []string{"person/angela-merkel", "gpe/china"}, true)
	if c[0].Community != 0 || c[1].Community != -1 || c[1].PageRank != 0 || c[0].Betweenness != 1 {
		t.Errorf("centralities in notes/: got %+v; want Merkel in community 0 as the only bridge, China outside", c)
	}
	// A delete changes the graph version: the analysis is computed again.
	if err := s.UnindexDocument(ctx, "doc-undated"); err != nil {
		t.Fatal(err)
	}
	c, _ = s.Centralities(ctx, query.Filter{}, []string{"person/angela-merkel"}, false)
	if c[0].Community != -1 {
		t.Errorf("after the delete, Merkel has no relation: got %+v", c)
	}
}
