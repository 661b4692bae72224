package graph_test

import (
	"context"
	"errors"
	"log/slog"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/newsgraph/newsgraph/graph"
)

const (
	mergeQ = `mutation($into: ID!, $ids: [ID!]!) { mergeEntities(into: $into, ids: $ids) { id name aliases degree mergedIds documents { totalCount } } }`
	splitQ = `mutation($id: ID!) { splitEntity(id: $id) }`
	// rexQ asks about Rex Tillerson by his own ID, by name, and by rank.
	rexQ = `{
		entity(id: "person/rex-tillerson") { id name mergedIds relations(first: 20) { edges { node { id } } } }
		search(text: "Tillerson", first: 1) { edges { node { id } matched } }
		topEntities(type: PERSON, first: 1) { entity { id } score }
	}`
)

// TestMergeMutations merges and splits through the handler the server
// uses, and checks the answers and the error codes.
func TestMergeMutations(t *testing.T) {
	f := setup(t, graph.Options{})
	original, errs := do(t, f.c, rexQ)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var m struct {
		MergeEntities struct {
			ID        string
			Name      string
			Aliases   []string
			Degree    int
			MergedIDs []string
			Documents struct{ TotalCount int }
		}
	}
	must(t, f.c, mergeQ, &m, client.Var("into", "person/donald-trump"), client.Var("ids", []string{"person/rex-tillerson"}))
	if got := m.MergeEntities; got.ID != "person/donald-trump" || got.Name != "Donald Trump" || !slices.Contains(got.Aliases, "Rex Tillerson") ||
		got.Degree != 4 || got.Documents.TotalCount != 3 || !slices.Equal(got.MergedIDs, []string{"person/rex-tillerson"}) {
		t.Errorf("mergeEntities: got %+v, want Donald Trump with alias Rex Tillerson, degree 4, 3 documents, person/rex-tillerson merged", got)
	}
	var q struct {
		Entity struct {
			ID        string
			Name      string
			Relations struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		Search struct {
			Edges []struct {
				Node    struct{ ID string }
				Matched string
			}
		}
		TopEntities []struct {
			Entity struct{ ID string }
			Score  int
		}
	}
	must(t, f.c, rexQ, &q)
	var rels []string
	for _, e := range q.Entity.Relations.Edges {
		rels = append(rels, e.Node.ID)
	}
	if q.Entity.ID != "person/donald-trump" || !slices.Contains(rels, "person/donald-trump|praise|gpe/china") {
		t.Errorf("entity(person/rex-tillerson) after the merge: got %s with relations %q, want person/donald-trump praising China", q.Entity.ID, rels)
	}
	if len(q.Search.Edges) != 1 || q.Search.Edges[0].Node.ID != "person/donald-trump" {
		t.Errorf("search(Tillerson) after the merge: got %+v, want person/donald-trump", q.Search.Edges)
	}
	if len(q.TopEntities) != 1 || q.TopEntities[0].Entity.ID != "person/donald-trump" || q.TopEntities[0].Score != 4 {
		t.Errorf("topEntities(PERSON) after the merge: got %+v, want person/donald-trump with 4", q.TopEntities)
	}

	tests := []struct {
		name string
		into string
		ids  []string
		code string
		msg  string
	}{
		{"into itself", "gpe/china", []string{"gpe/china"}, graph.CodeBadInput, "into itself"},
		{"cycle", "person/rex-tillerson", []string{"person/donald-trump"}, graph.CodeBadInput, "which is merged into"},
		{"merged elsewhere", "gpe/china", []string{"person/rex-tillerson"}, graph.CodeBadInput, "split it first"},
		{"no ids", "gpe/china", []string{}, graph.CodeBadInput, "no entities"},
		{"unknown into", "gpe/nowhere", []string{"gpe/japan"}, graph.CodeNotFound, "gpe/nowhere"},
		{"unknown id", "gpe/china", []string{"gpe/nowhere"}, graph.CodeNotFound, "gpe/nowhere"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, errs := do(t, f.c, mergeQ, client.Var("into", tc.into), client.Var("ids", tc.ids))
			if len(errs) != 1 || errs[0].Extensions["code"] != tc.code || !strings.Contains(errs[0].Message, tc.msg) {
				t.Errorf("mergeEntities(%s, %q): got %+v, want %s with %q", tc.into, tc.ids, errs, tc.code, tc.msg)
			}
		})
	}

	var s struct{ SplitEntity bool }
	must(t, f.c, splitQ, &s, client.Var("id", "person/rex-tillerson"))
	if !s.SplitEntity {
		t.Error("splitEntity: false, want true")
	}
	after, errs := do(t, f.c, rexQ)
	if len(errs) > 0 || !reflect.DeepEqual(after, original) {
		t.Errorf("after the split: got %v %v, want %v", after, errs, original)
	}
	must(t, f.c, splitQ, &s, client.Var("id", "person/rex-tillerson"))
	if s.SplitEntity {
		t.Error("splitEntity again: true, want false")
	}
	_, errs = do(t, f.c, splitQ, client.Var("id", "gpe/nowhere"))
	if len(errs) != 1 || errs[0].Extensions["code"] != graph.CodeNotFound {
		t.Errorf("splitEntity(gpe/nowhere): got %+v, want NOT_FOUND", errs)
	}
}

// TestMergeNeedsWrite checks that merges are writes: refused by a handler
// without an Ingester (READ_ONLY) and by Authorize (FORBIDDEN), with
// nothing changed.
func TestMergeNeedsWrite(t *testing.T) {
	f := setup(t, graph.Options{})
	readOnly := graph.NewHandler(f.svc, graph.Options{Logger: slog.New(slog.DiscardHandler)})
	guarded := graph.NewHandler(f.svc, graph.Options{Logger: slog.New(slog.DiscardHandler), Ingester: ingester{st: f.st},
		Authorize: func(_ context.Context, op ast.Operation) error {
			if op == ast.Mutation {
				return errors.New("writes need a key")
			}
			return nil
		}})
	tests := []struct {
		name string
		c    *client.Client
		code string
	}{
		{"no ingester", client.New(readOnly), graph.CodeReadOnly},
		{"not authorised", client.New(guarded), graph.CodeForbidden},
	}
	for _, tc := range tests {
		for _, op := range []struct {
			name string
			q    string
			vars []client.Option
		}{
			{"merge", mergeQ, []client.Option{client.Var("into", "person/donald-trump"), client.Var("ids", []string{"person/rex-tillerson"})}},
			{"split", splitQ, []client.Option{client.Var("id", "person/rex-tillerson")}},
		} {
			t.Run(tc.name+" "+op.name, func(t *testing.T) {
				_, errs := do(t, tc.c, op.q, op.vars...)
				if len(errs) != 1 || errs[0].Extensions["code"] != tc.code {
					t.Errorf("%s: got %+v, want %s", op.q, errs, tc.code)
				}
			})
		}
	}
	if m, err := f.svc.Merges(context.Background()); err != nil || len(m) != 0 {
		t.Errorf("merges after refused mutations: %v, %v; want none", m, err)
	}
	if e, err := f.svc.Entity(context.Background(), "person/rex-tillerson"); err != nil || e.ID != "person/rex-tillerson" {
		t.Errorf("entity(person/rex-tillerson) after refused mutations: %s, %v", e.ID, err)
	}
}
