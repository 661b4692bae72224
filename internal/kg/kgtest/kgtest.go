// Package kgtest is the conformance suite every quad store behind kg.Store
// must pass, in the manner of Cayley's graphtest: a backend's test is one
// line, kgtest.RunAll(t, open).
package kgtest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/kg"
)

// OpenFunc opens a new, empty store for one test; it registers its own
// cleanup (t.Cleanup) to close and remove it.
type OpenFunc func(t *testing.T) *kg.Store

// RunAll runs every test of the suite, each on a fresh store.
func RunAll(t *testing.T, open OpenFunc) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s *kg.Store)
	}{
		{"RoundTrip", testRoundTrip},
		{"IngestTwice", testIngestTwice},
		{"DeleteExact", testDeleteExact},
		{"DeleteThenReingest", testDeleteThenReingest},
		{"NegatedHasNoEdge", testNegatedHasNoEdge},
		{"PathSanction", testPathSanction},
		{"Invalid", testInvalid},
		{"Stats", testStats},
		{"Empty", testEmpty},
		{"Batch", testBatch},
		{"Replace", testReplace},
		{"Merges", testMerges},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.fn(t, open(t))
		})
	}
}

// Dump returns every quad in the store as sorted N-Quads lines.
func Dump(t testing.TB, s *kg.Store) []string {
	t.Helper()
	ctx := context.Background()
	qs := s.QuadStore()
	it := qs.QuadsAllIterator()
	defer it.Close()
	var out []string
	for it.Next(ctx) {
		out = append(out, qs.Quad(it.Result()).NQuad())
	}
	if err := it.Err(); err != nil {
		t.Fatalf("dump: %v", err)
	}
	slices.Sort(out)
	return out
}

// NQuads returns quads as sorted N-Quads lines.
func NQuads(quads []quad.Quad) []string {
	out := make([]string, len(quads))
	for i, q := range quads {
		out[i] = q.NQuad()
	}
	slices.Sort(out)
	return out
}

// Want returns the quads of the documents, as sorted N-Quads lines.
func Want(t testing.TB, docs ...Document) []string {
	t.Helper()
	var all []quad.Quad
	for _, d := range docs {
		q, err := kg.DocumentQuads(d.Article, d.Result)
		if err != nil {
			t.Fatalf("DocumentQuads(%s): %v", d.Article.Title, err)
		}
		all = append(all, q...)
	}
	return NQuads(all)
}

func add(t *testing.T, s *kg.Store, d Document) kg.AddResult {
	t.Helper()
	res, err := s.AddDocument(context.Background(), d.Article, d.Result)
	if err != nil {
		t.Fatalf("AddDocument(%s): %v", d.Article.Title, err)
	}
	return res
}

func has(t *testing.T, s *kg.Store, id string) bool {
	t.Helper()
	ok, err := s.HasDocument(context.Background(), id)
	if err != nil {
		t.Fatalf("HasDocument(%s): %v", id, err)
	}
	return ok
}

func del(t *testing.T, s *kg.Store, id string) bool {
	t.Helper()
	ok, err := s.DeleteDocument(context.Background(), id)
	if err != nil {
		t.Fatalf("DeleteDocument(%s): %v", id, err)
	}
	return ok
}

func sameLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	if slices.Equal(got, want) {
		return
	}
	var missing, extra []string
	for _, w := range want {
		if !slices.Contains(got, w) {
			missing = append(missing, w)
		}
	}
	for _, g := range got {
		if !slices.Contains(want, g) {
			extra = append(extra, g)
		}
	}
	t.Errorf("%s: got %d quads, want %d\nmissing:\n%s\nextra:\n%s", what, len(got), len(want),
		strings.Join(missing, "\n"), strings.Join(extra, "\n"))
}

// relationTargets follows the relation predicate from the entity.
func relationTargets(t *testing.T, s *kg.Store, from, pred string) []string {
	t.Helper()
	vals, err := path.StartPath(s.QuadStore(), kg.EntityIRI(from)).
		Out(kg.RelationIRI(pred)).Limit(100).
		Iterate(context.Background()).AllValues(s.QuadStore())
	if err != nil {
		t.Fatalf("path %s -%s->: %v", from, pred, err)
	}
	var out []string
	for _, v := range vals {
		id, ok := kg.EntityID(v)
		if !ok {
			t.Fatalf("path %s -%s->: %v is not an entity", from, pred, v)
		}
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}

func testRoundTrip(t *testing.T, s *kg.Store) {
	for _, d := range []Document{SanctionsDoc(), SharedDoc(), NegatedDoc()} {
		t.Run(d.Article.Title, func(t *testing.T) {
			id := d.Article.ID
			if has(t, s, id) {
				t.Fatalf("HasDocument(%s) before add: got true, want false", id)
			}
			want := Want(t, d)
			res := add(t, s, d)
			if !res.Added || res.Quads != len(want) {
				t.Errorf("AddDocument: got %+v, want {Added:true Quads:%d}", res, len(want))
			}
			if !has(t, s, id) {
				t.Errorf("HasDocument(%s) after add: got false, want true", id)
			}
			got, err := s.DocumentQuadsStored(context.Background(), id)
			if err != nil {
				t.Fatalf("DocumentQuadsStored: %v", err)
			}
			sameLines(t, "stored quads of the document", NQuads(got), want)
		})
	}
	sameLines(t, "whole store", Dump(t, s), Want(t, SanctionsDoc(), SharedDoc(), NegatedDoc()))
}

func testIngestTwice(t *testing.T, s *kg.Store) {
	a, b := SanctionsDoc(), SharedDoc()
	add(t, s, a)
	add(t, s, b)
	before := Dump(t, s)
	for _, d := range []Document{a, b} {
		if res := add(t, s, d); res.Added || res.Quads != 0 {
			t.Errorf("second AddDocument(%s): got %+v, want {Added:false Quads:0}", d.Article.Title, res)
		}
	}
	sameLines(t, "store after ingesting twice", Dump(t, s), before)
}

func testDeleteExact(t *testing.T, s *kg.Store) {
	a, b := SanctionsDoc(), SharedDoc()
	add(t, s, a)
	add(t, s, b)
	ping := func(when string) {
		t.Helper()
		if err := s.Ping(context.Background()); err != nil {
			t.Errorf("Ping %s: %v", when, err)
		}
	}
	ping("with two documents") // reads one of them, and keeps it
	if !del(t, s, a.Article.ID) {
		t.Fatalf("DeleteDocument(%s): got false, want true", a.Article.ID)
	}
	ping("after deleting one") // finds the other if it read this one
	if has(t, s, a.Article.ID) {
		t.Errorf("HasDocument after delete: got true, want false")
	}
	sameLines(t, "store after deleting one document", Dump(t, s), Want(t, b))
	// The shared fact is still there, supported by the other document.
	if got, want := relationTargets(t, s, "gpe/china", "sanction"), []string{"gpe/north-korea"}; !slices.Equal(got, want) {
		t.Errorf("China -sanction-> after deleting one supporter: got %v, want %v", got, want)
	}
	if del(t, s, a.Article.ID) {
		t.Errorf("DeleteDocument twice: got true, want false")
	}
	if !del(t, s, b.Article.ID) {
		t.Fatalf("DeleteDocument(%s): got false, want true", b.Article.ID)
	}
	if got := Dump(t, s); len(got) != 0 {
		t.Errorf("store after deleting every document: got %d quads, want 0:\n%s", len(got), strings.Join(got, "\n"))
	}
	if got := relationTargets(t, s, "gpe/china", "sanction"); len(got) != 0 {
		t.Errorf("China -sanction-> after deleting all: got %v, want none", got)
	}
	// No value is left behind: nodes of deleted quads are gone too.
	it := s.QuadStore().NodesAllIterator()
	defer it.Close()
	var nodes []string
	for it.Next(context.Background()) {
		nodes = append(nodes, fmt.Sprint(s.QuadStore().NameOf(it.Result())))
	}
	if len(nodes) != 0 {
		t.Errorf("nodes after deleting every document: got %v, want none", nodes)
	}
	ping("after deleting every document") // empty, not corrupt
}

func testDeleteThenReingest(t *testing.T, s *kg.Store) {
	a, b := SanctionsDoc(), SharedDoc()
	add(t, s, a)
	add(t, s, b)
	want := Dump(t, s)
	del(t, s, a.Article.ID)
	if res := add(t, s, a); !res.Added {
		t.Errorf("AddDocument after delete: got %+v, want Added", res)
	}
	sameLines(t, "store after delete and re-ingest", Dump(t, s), want)
}

func testNegatedHasNoEdge(t *testing.T, s *kg.Store) {
	d := NegatedDoc()
	add(t, s, d)
	if got := relationTargets(t, s, "gpe/china", "sanction"); len(got) != 0 {
		t.Errorf("China -sanction-> from a negated relation: got %v, want no edge", got)
	}
	if got, want := relationTargets(t, s, "person/rex-tillerson", "meet with"), []string{"person/donald-trump"}; !slices.Equal(got, want) {
		t.Errorf("Tillerson -meet with->: got %v, want %v", got, want)
	}
	// The denial is kept as evidence.
	ev, err := path.StartPath(s.QuadStore(), kg.EntityIRI("gpe/china")).In(kg.PredSubject).
		Has(kg.PredPredicate, kg.RelationIRI("sanction")).Has(kg.PredNegated, quad.Bool(true)).
		Iterate(context.Background()).Limit(10).AllValues(s.QuadStore())
	if err != nil {
		t.Fatal(err)
	}
	if want := []quad.Value{kg.EvidenceIRI(d.Article.ID, 0)}; !slices.Equal(ev, want) {
		t.Errorf("negated evidence of China -sanction->: got %v, want %v", ev, want)
	}
}

func testPathSanction(t *testing.T, s *kg.Store) {
	add(t, s, SanctionsDoc())
	add(t, s, NegatedDoc())
	if got, want := relationTargets(t, s, "gpe/china", "sanction"), []string{"gpe/north-korea"}; !slices.Equal(got, want) {
		t.Errorf("China -sanction->: got %v, want %v", got, want)
	}
	// Back from North Korea along the same edge, then to the name. Each
	// document states the name with its own quad: a reader wants Unique.
	qs := s.QuadStore()
	names, err := path.StartPath(qs, kg.EntityIRI("gpe/north-korea")).In(kg.RelationIRI("sanction")).Out(kg.PredName).
		Unique().Iterate(context.Background()).Limit(10).AllValues(qs)
	if err != nil {
		t.Fatal(err)
	}
	if want := []quad.Value{quad.String("China")}; !slices.Equal(names, want) {
		t.Errorf("names of <-sanction- North Korea: got %v, want %v", names, want)
	}
}

func testInvalid(t *testing.T, s *kg.Store) {
	bad := SanctionsDoc()
	bad.Result.Relations = append(bad.Result.Relations, extract.Relation{
		Subject: "gpe/china", Predicate: "meet", Object: "person/nobody"})
	noID := SanctionsDoc()
	noID.Article.ID = ""
	for _, tc := range []struct {
		name string
		d    Document
	}{{"unknown object", bad}, {"no id", noID}} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.AddDocument(context.Background(), tc.d.Article, tc.d.Result)
			if !errors.Is(err, kg.ErrInvalid) {
				t.Errorf("AddDocument: got error %v, want kg.ErrInvalid", err)
			}
		})
	}
	if got := Dump(t, s); len(got) != 0 {
		t.Errorf("store after invalid documents: got %d quads, want 0", len(got))
	}
}

func testStats(t *testing.T, s *kg.Store) {
	ctx := context.Background()
	for _, d := range []Document{SanctionsDoc(), SharedDoc(), NegatedDoc()} {
		add(t, s, d)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Entities: China, North Korea, Trump, Tillerson. Relation edges:
	// China-sanction->NK (two documents, one edge), Trump-criticize->
	// Tillerson, Tillerson-meet with->Trump; the negated sanction is none.
	want := kg.Stats{Documents: 3, Entities: 4, Relations: 3,
		Quads: int64(len(Want(t, SanctionsDoc(), SharedDoc(), NegatedDoc())))}
	if st.QuadsExact {
		want.QuadsExact = true
	} else {
		st.Quads = want.Quads // an estimate: not compared
	}
	if st != want {
		t.Errorf("Stats: got %+v, want %+v", st, want)
	}
	if err := s.Ping(ctx); err != nil {
		t.Errorf("Ping: %v", err)
	}
}

func testEmpty(t *testing.T, s *kg.Store) {
	ctx := context.Background()
	if err := s.Ping(ctx); err != nil {
		t.Errorf("Ping on a new store: %v", err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatalf("Stats on a new store: %v", err)
	}
	st.QuadsExact = false
	if st != (kg.Stats{}) {
		t.Errorf("Stats on a new store: got %+v, want zeros", st)
	}
	if has(t, s, "nothing") {
		t.Errorf("HasDocument on a new store: got true")
	}
	if del(t, s, "nothing") {
		t.Errorf("DeleteDocument on a new store: got true")
	}
}
