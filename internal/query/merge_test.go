package query_test

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/kg/kgtest"
	"github.com/newsgraph/newsgraph/internal/query"
	"github.com/newsgraph/newsgraph/internal/query/querytest"
)

// kg.Store is the MergeStore cmd/newsgraph should pass (WithMergeStore).
var _ query.MergeStore = (*kg.Store)(nil)

// mergeBackends are the stores the merge tests run on; reopen closes the
// store and opens it again (a restart), or keeps it for memstore, which
// does not survive a close.
var mergeBackends = []struct {
	name   string
	uri    func(t *testing.T) string
	reopen bool
}{
	{"memstore", func(*testing.T) string { return "memory" }, false},
	{"leveldb", func(t *testing.T) string { return "leveldb:" + filepath.Join(t.TempDir(), "db") }, true},
}

// mergeFixture is a store with the querytest fixture and a Service on it.
type mergeFixture struct {
	t   *testing.T
	uri string
	st  *kg.Store
	s   *query.Service
}

func newMergeFixture(t *testing.T, uri string, opts ...query.Option) *mergeFixture {
	t.Helper()
	ctx := context.Background()
	st, err := kg.Open(ctx, uri)
	if err != nil {
		t.Fatalf("kg.Open(%s): %v", uri, err)
	}
	if err := querytest.Load(ctx, st); err != nil {
		t.Fatal(err)
	}
	f := &mergeFixture{t: t, uri: uri, st: st}
	t.Cleanup(func() { _ = f.st.Close() })
	f.s = f.service(opts...)
	return f
}

func (f *mergeFixture) service(opts ...query.Option) *query.Service {
	f.t.Helper()
	opts = append([]query.Option{query.WithLogger(slog.New(slog.DiscardHandler))}, opts...)
	s, err := query.New(context.Background(), f.st.QuadStore(), opts...)
	if err != nil {
		f.t.Fatalf("query.New: %v", err)
	}
	return s
}

// restart closes and reopens the store when it can, and builds a new
// Service from it, as a new process would.
func (f *mergeFixture) restart(reopen bool) {
	f.t.Helper()
	if reopen {
		if err := f.st.Close(); err != nil {
			f.t.Fatalf("Close: %v", err)
		}
		st, err := kg.Open(context.Background(), f.uri)
		if err != nil {
			f.t.Fatalf("kg.Open(%s) again: %v", f.uri, err)
		}
		f.st = st
	}
	f.s = f.service()
}

// answers is what the Service says about the whole fixture: every list,
// search, ranking and traversal the API offers, as JSON, so that two
// states of the index can be compared exactly.
func answers(t *testing.T, s *query.Service) string {
	t.Helper()
	ctx := context.Background()
	all := query.Page{First: 500}
	out := map[string]any{}
	must := func(key string, v any, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", key, err)
		}
		out[key] = v
	}
	ents, err := s.ListEntities(ctx, "", "", all)
	must("entities", ents, err)
	rels, err := s.Relations(ctx, query.RelationQuery{}, all)
	must("relations", rels, err)
	for _, q := range []string{"Tillerson", "Rex", "Trump", "China", "Beijing", "Xi Jinping", "Korea"} {
		hits, err := s.Search(ctx, q, nil, query.Page{First: 20})
		must("search "+q, hits, err)
	}
	for _, by := range []query.Rank{query.ByDegree, query.ByMentions} {
		top, err := s.TopEntities(ctx, query.TopQuery{By: by, First: 50})
		must("top "+string(rune('0'+by)), top, err)
	}
	st, err := s.Stats(ctx)
	must("stats", st, err)
	docs, err := s.ListDocuments(ctx, query.DocumentQuery{}, all)
	must("documents", docs, err)
	for _, d := range docs.Items {
		de, err := s.DocumentEntities(ctx, d.ID, all)
		must("entities of "+d.ID, de, err)
		m, err := s.DocumentMentions(ctx, d.ID)
		must("mentions of "+d.ID, m, err)
	}
	for _, e := range ents.Items {
		nb, err := s.Neighborhood(ctx, e.ID, 2, 100, query.Filter{})
		must("neighborhood of "+e.ID, nb, err)
		dd, err := s.ListDocuments(ctx, query.DocumentQuery{Entity: e.ID}, all)
		must("documents of "+e.ID, dd, err)
	}
	g, err := s.Graph(ctx, query.Filter{}, 500)
	must("graph", g, err)
	b, err := json.MarshalIndent(out, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func sameAnswers(t *testing.T, what, got, want string) {
	t.Helper()
	if got == want {
		return
	}
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) && i < len(w); i++ {
		if g[i] != w[i] {
			t.Errorf("%s: answers differ at line %d:\n got %s\nwant %s", what, i+1, g[i], w[i])
			return
		}
	}
	t.Errorf("%s: answers differ in length: got %d lines, want %d", what, len(g), len(w))
}

const (
	trump    = "person/donald-trump"
	rex      = "person/rex-tillerson"
	beijing  = "gpe/beijing"
	china    = "gpe/china"
	xi       = "person/xi-jinping"
	atlantis = "gpe/atlantis" // only in the incomplete document
)

// TestMerge merges Rex Tillerson into Donald Trump and checks every kind
// of question, a restart, idempotence, a chain and the split that undoes
// it, on memstore and LevelDB.
func TestMerge(t *testing.T) {
	for _, b := range mergeBackends {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			f := newMergeFixture(t, b.uri(t))
			original := answers(t, f.s)
			before, err := f.s.Entity(ctx, trump)
			if err != nil {
				t.Fatal(err)
			}
			rexBefore, err := f.s.Entity(ctx, rex)
			if err != nil {
				t.Fatal(err)
			}
			aliases := append(append(append([]string(nil), before.Aliases...), rexBefore.Name), rexBefore.Aliases...)
			slices.Sort(aliases)

			got, err := f.s.Merge(ctx, trump, []string{rex})
			if err != nil {
				t.Fatalf("Merge(%s, [%s]): %v", trump, rex, err)
			}
			// Trump: criticize Rex, meet Xi, met by Merkel; Rex: praise China.
			// Merged: praise China, criticize himself, meet Xi, met by Merkel.
			want := query.Entity{ID: trump, Name: "Donald Trump", Type: "PERSON", Aliases: slices.Compact(aliases),
				Mentions: before.Mentions + rexBefore.Mentions, Documents: before.Documents, Degree: 4, Merged: []string{rex}}
			if !equalEntity(got, want) {
				t.Errorf("Merge: got %+v, want %+v", got, want)
			}
			merged := answers(t, f.s)
			if merged == original {
				t.Fatal("the answers after the merge are the original ones")
			}
			checkMerged(t, f.s, want)

			// The same merge again changes nothing, in the index or the store.
			stored := kgtest.Dump(t, f.st)
			if _, err := f.s.Merge(ctx, trump, []string{rex, rex}); err != nil {
				t.Fatalf("Merge again: %v", err)
			}
			sameAnswers(t, "after merging again", answers(t, f.s), merged)
			if got := kgtest.Dump(t, f.st); !slices.Equal(got, stored) {
				t.Errorf("store after merging again: got %d quads, want the same %d", len(got), len(stored))
			}
			var mq []string
			for _, l := range stored {
				if strings.HasSuffix(l, " <ng:merges> .") {
					mq = append(mq, l)
				}
			}
			if want := []string{"<ng:e/" + rex + "> <ng:sameAs> <ng:e/" + trump + "> <ng:merges> ."}; !slices.Equal(mq, want) {
				t.Errorf("merge quads: got %q, want %q", mq, want)
			}

			// A restart builds the same index from the store.
			f.restart(b.reopen)
			sameAnswers(t, "after a restart", answers(t, f.s), merged)
			checkMerged(t, f.s, want)

			// Merging into the merged ID goes to the entity it is merged into.
			e, err := f.s.Merge(ctx, rex, []string{beijing})
			if err != nil {
				t.Fatalf("Merge(%s, [%s]): %v", rex, beijing, err)
			}
			if e.ID != trump || !slices.Contains(e.Aliases, "Beijing") {
				t.Errorf("Merge into a merged ID: got %+v, want %s with alias Beijing", e, trump)
			}
			if ok, err := f.s.Split(ctx, beijing); !ok || err != nil {
				t.Fatalf("Split(%s): %v, %v; want true", beijing, ok, err)
			}
			sameAnswers(t, "after merging and splitting Beijing", answers(t, f.s), merged)

			// Split restores the original answers exactly, live and after a
			// restart, and leaves no merge quad.
			ok, err := f.s.Split(ctx, rex)
			if !ok || err != nil {
				t.Fatalf("Split(%s): %v, %v; want true", rex, ok, err)
			}
			sameAnswers(t, "after the split", answers(t, f.s), original)
			if ok, err := f.s.Split(ctx, rex); ok || err != nil {
				t.Errorf("Split(%s) again: %v, %v; want false", rex, ok, err)
			}
			f.restart(b.reopen)
			sameAnswers(t, "after the split and a restart", answers(t, f.s), original)
			if m, err := f.st.Merges(ctx); err != nil || len(m) != 0 {
				t.Errorf("stored merges after the split: %v, %v; want none", m, err)
			}
		})
	}
}

func equalEntity(a, b query.Entity) bool {
	return a.ID == b.ID && a.Name == b.Name && a.Type == b.Type && slices.Equal(a.Aliases, b.Aliases) &&
		a.Mentions == b.Mentions && a.Documents == b.Documents && a.Degree == b.Degree && slices.Equal(a.Merged, b.Merged)
}

// checkMerged checks the questions about Rex once he is merged into Trump.
func checkMerged(t *testing.T, s *query.Service, want query.Entity) {
	t.Helper()
	ctx := context.Background()
	for _, id := range []string{trump, rex} {
		got, err := s.Entity(ctx, id)
		if err != nil || !equalEntity(got, want) {
			t.Errorf("Entity(%s): got %+v, %v; want %+v", id, got, err, want)
		}
	}
	rels, err := s.Relations(ctx, query.RelationQuery{Entity: rex}, query.Page{First: 50})
	if err != nil {
		t.Fatalf("Relations(entity %s): %v", rex, err)
	}
	var ids []string
	for _, r := range rels.Items {
		ids = append(ids, r.ID)
	}
	wantIDs := []string{
		"person/angela-merkel|meet|" + trump,
		trump + "|criticize|" + trump,
		trump + "|meet|" + xi,
		trump + "|praise|" + china,
	}
	if !slices.Equal(ids, wantIDs) {
		t.Errorf("Relations(entity %s): got %q, want %q", rex, ids, wantIDs)
	}
	r, err := s.Relation(ctx, rex+"|praise|"+china, query.Filter{})
	if err != nil || r.ID != trump+"|praise|"+china {
		t.Errorf("Relation(%s|praise|%s): got %s, %v; want %s|praise|%s", rex, china, r.ID, err, trump, china)
	}
	hits, err := s.Search(ctx, "Tillerson", nil, query.Page{First: 5})
	if err != nil || len(hits.Items) == 0 || hits.Items[0].Entity.ID != trump {
		t.Errorf("Search(Tillerson): got %+v, %v; want %s first", hits.Items, err, trump)
	}
	ents, err := s.ListEntities(ctx, "", "PERSON", query.Page{First: 50})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents.Items {
		if e.ID == rex {
			t.Errorf("ListEntities lists %s, merged into %s", rex, trump)
		}
	}
	top, err := s.TopEntities(ctx, query.TopQuery{By: query.ByDegree, Type: "PERSON", First: 1})
	if err != nil || len(top) != 1 || top[0].Entity.ID != trump || top[0].Score != 4 {
		t.Errorf("TopEntities(degree, PERSON, 1): got %+v, %v; want %s with 4", top, err, trump)
	}
	// The whole graph, as /export and `newsgraph export` write it.
	g, err := s.Graph(ctx, query.Filter{}, 500)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range g.Nodes {
		if n.ID == rex {
			t.Errorf("Graph has a node %s, merged into %s", rex, trump)
		}
	}
	if !slices.ContainsFunc(g.Edges, func(e query.Edge) bool { return e.ID == trump+"|praise|"+china }) {
		t.Errorf("Graph has no edge %s|praise|%s", trump, china)
	}
	m, err := s.Merges(ctx)
	if err != nil || !maps.Equal(m, map[string]string{rex: trump}) {
		t.Errorf("Merges: got %v, %v; want %s -> %s", m, err, rex, trump)
	}
}

// TestMergeErrors checks what Merge and Split refuse, and that a refused
// merge changes nothing.
func TestMergeErrors(t *testing.T) {
	ctx := context.Background()
	f := newMergeFixture(t, "memory")
	if _, err := f.s.Merge(ctx, trump, []string{rex}); err != nil {
		t.Fatal(err)
	}
	before := answers(t, f.s)
	tests := []struct {
		name string
		into string
		ids  []string
		want error
	}{
		{"into itself", china, []string{china}, query.ErrBadInput},
		{"into itself among others", china, []string{beijing, china}, query.ErrBadInput},
		{"cycle: into what is merged into it", rex, []string{trump}, query.ErrBadInput},
		{"already merged elsewhere", china, []string{rex}, query.ErrBadInput},
		{"no ids", china, nil, query.ErrBadInput},
		{"empty id", china, []string{""}, query.ErrBadInput},
		{"unknown into", "gpe/nowhere", []string{beijing}, query.ErrNotFound},
		{"unknown id", china, []string{beijing, "gpe/nowhere"}, query.ErrNotFound},
		{"id only in an incomplete document", china, []string{atlantis}, query.ErrNotFound},
		{"into only in an incomplete document", atlantis, []string{beijing}, query.ErrNotFound},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := f.s.Merge(ctx, tc.into, tc.ids); !errors.Is(err, tc.want) {
				t.Errorf("Merge(%s, %q): got %v, want %v", tc.into, tc.ids, err, tc.want)
			}
		})
	}
	sameAnswers(t, "after refused merges", answers(t, f.s), before)
	if m, err := f.st.Merges(ctx); err != nil || !maps.Equal(m, map[string]string{rex: trump}) {
		t.Errorf("stored merges after refused merges: %v, %v; want only %s -> %s", m, err, rex, trump)
	}
	splits := []struct {
		name    string
		id      string
		ok      bool
		wantErr error
	}{
		{"not merged", china, false, nil},
		{"target of a merge", trump, false, nil},
		{"unknown", "gpe/nowhere", false, query.ErrNotFound},
	}
	for _, tc := range splits {
		t.Run("split "+tc.name, func(t *testing.T) {
			ok, err := f.s.Split(ctx, tc.id)
			if ok != tc.ok || !errors.Is(err, tc.wantErr) {
				t.Errorf("Split(%s): got %v, %v; want %v, %v", tc.id, ok, err, tc.ok, tc.wantErr)
			}
		})
	}
}

// TestMergeFollowers merges an entity that others are merged into: they
// follow it (merges stay flat), and splitting it leaves them where they
// are.
func TestMergeFollowers(t *testing.T) {
	ctx := context.Background()
	f := newMergeFixture(t, "memory")
	rexBefore, err := f.s.Entity(ctx, rex)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.s.Merge(ctx, rex, []string{beijing}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.s.Merge(ctx, trump, []string{rex}); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{rex: trump, beijing: trump}
	for _, src := range []string{"index", "store"} {
		var m map[string]string
		var err error
		if src == "index" {
			m, err = f.s.Merges(ctx)
		} else {
			m, err = f.st.Merges(ctx)
		}
		if err != nil || !maps.Equal(m, want) {
			t.Errorf("merges in the %s: got %v, %v; want %v", src, m, err, want)
		}
	}
	if e, err := f.s.Entity(ctx, trump); err != nil || !slices.Equal(e.Merged, []string{beijing, rex}) {
		t.Errorf("Entity(%s).Merged: got %q, %v; want %q", trump, e.Merged, err, []string{beijing, rex})
	}
	if ok, err := f.s.Split(ctx, rex); !ok || err != nil {
		t.Fatalf("Split(%s): %v, %v", rex, ok, err)
	}
	e, err := f.s.Entity(ctx, beijing)
	if err != nil || e.ID != trump || !slices.Contains(e.Aliases, "Beijing") || !slices.Equal(e.Merged, []string{beijing}) {
		t.Errorf("Entity(%s) after splitting %s: got %s, %v; want %s", beijing, rex, e.ID, err, trump)
	}
	e, err = f.s.Entity(ctx, rex)
	if err != nil || !equalEntity(e, rexBefore) {
		t.Errorf("Entity(%s) after the split: got %+v, %v; want %+v", rex, e, err, rexBefore)
	}
	live := answers(t, f.s)
	f.restart(false)
	sameAnswers(t, "rebuilt after the split", answers(t, f.s), live)
}

// TestMergeThenIngest indexes documents written after a merge, live and
// with the ingest hook's quads, and compares with an index built from the
// store: a document naming a merged entity is indexed under the entity it
// is merged into; deleting a document keeps the merge.
func TestMergeThenIngest(t *testing.T) {
	ctx := context.Background()
	f := newMergeFixture(t, "memory", query.WithMergeStore(nil)) // nil: the default writer
	docs, err := querytest.Documents()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.s.Merge(ctx, trump, []string{rex}); err != nil {
		t.Fatal(err)
	}
	// A new document by Rex, written after the merge.
	a := article.Article{ID: "doc-rex", Title: "Tillerson visits Beijing", Text: "Rex Tillerson praised Beijing."}
	r := extract.Result{
		Entities: []extract.Entity{
			{ID: rex, Name: "Rex Tillerson", Type: "PERSON", Mentions: []extract.Mention{{Start: 0, End: 13, Text: "Rex Tillerson"}}},
			{ID: beijing, Name: "Beijing", Type: "GPE", Mentions: []extract.Mention{{Start: 23, End: 30, Text: "Beijing"}}},
		},
		Relations: []extract.Relation{{Subject: rex, Predicate: "praise", Object: beijing, Confidence: 1,
			Evidence: []extract.Evidence{{Sentence: a.Text, Start: 0, End: len(a.Text), Confidence: 1}}}},
	}
	res, err := f.st.AddDocument(ctx, a, r)
	if err != nil {
		t.Fatal(err)
	}
	f.s.DocumentWritten(ctx, a.ID, res.Written)
	if _, err := f.s.Relation(ctx, trump+"|praise|"+beijing, query.Filter{}); err != nil {
		t.Errorf("relation of the new document under the merged entity: %v", err)
	}
	if _, err := f.st.DeleteDocument(ctx, docs[0].Article.ID); err != nil {
		t.Fatal(err)
	}
	if err := f.s.UnindexDocument(ctx, docs[0].Article.ID); err != nil {
		t.Fatal(err)
	}
	live := answers(t, f.s)
	f.restart(false)
	sameAnswers(t, "rebuilt after ingest and delete", answers(t, f.s), live)
	if e, err := f.s.Entity(ctx, rex); err != nil || e.ID != trump {
		t.Errorf("Entity(%s) after deleting a document: got %s, %v; want %s", rex, e.ID, err, trump)
	}
}

// TestMergeConcurrentReads merges and splits while readers ask about the
// merged entities (run with -race): every answer is the entity before or
// after the merge, never an error.
func TestMergeConcurrentReads(t *testing.T) {
	ctx := context.Background()
	f := newMergeFixture(t, "leveldb:"+filepath.Join(t.TempDir(), "db"))
	done := make(chan struct{})
	errs := make(chan error, 4)
	for range 2 {
		go func() {
			for {
				select {
				case <-done:
					errs <- nil
					return
				default:
				}
				e, err := f.s.Entity(ctx, rex)
				if err == nil && e.ID != rex && e.ID != trump {
					err = errors.New("Entity(" + rex + ") answered " + e.ID)
				}
				if err == nil {
					_, err = f.s.Search(ctx, "Tillerson", nil, query.Page{First: 3})
				}
				if err == nil {
					_, err = f.s.Relations(ctx, query.RelationQuery{Entity: trump}, query.Page{First: 50})
				}
				if err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	for range 20 {
		if _, err := f.s.Merge(ctx, trump, []string{rex}); err != nil {
			t.Fatal(err)
		}
		if ok, err := f.s.Split(ctx, rex); !ok || err != nil {
			t.Fatalf("Split: %v, %v", ok, err)
		}
	}
	close(done)
	for range 2 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

// TestReloadMerges has two Services share one store, as two serve
// processes share PostgreSQL: what one merges and splits, the other
// applies with ReloadMerges, and then answers alike.
func TestReloadMerges(t *testing.T) {
	ctx := context.Background()
	f := newMergeFixture(t, "memory")
	other := f.service()
	original := answers(t, other)
	steps := []struct {
		name string
		do   func() error
	}{
		{"merge", func() error { _, err := f.s.Merge(ctx, rex, []string{beijing}); return err }},
		{"merge followed", func() error { _, err := f.s.Merge(ctx, trump, []string{rex, xi}); return err }},
		{"split", func() error { _, err := f.s.Split(ctx, rex); return err }},
		{"nothing changed", func() error { return nil }},
		{"split all", func() error {
			for _, id := range []string{beijing, xi} {
				if _, err := f.s.Split(ctx, id); err != nil {
					return err
				}
			}
			return nil
		}},
	}
	for _, st := range steps {
		if err := st.do(); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if err := other.ReloadMerges(ctx); err != nil {
			t.Fatalf("%s: ReloadMerges: %v", st.name, err)
		}
		sameAnswers(t, st.name+": the other process", answers(t, other), answers(t, f.s))
	}
	sameAnswers(t, "the other process after splitting all", answers(t, other), original)
}
