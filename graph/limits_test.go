package graph

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/complexity"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
	"github.com/vektah/gqlparser/v2/validator"
	"github.com/vektah/gqlparser/v2/validator/rules"
)

// costSchema is the executable schema with the handler's complexity
// functions and no service: enough to measure operations.
func costSchema() graphql.ExecutableSchema { return NewExecutableSchema(schemaConfig(nil, nil)) }

// fanOut is the query: fragment F0 selects two fields, each Fi
// spreads F(i-1) twice, the operation spreads Fk: 2^(k+1) fields as
// expanded, in about 40 bytes per level as written.
func fanOut(k int) string {
	var b strings.Builder
	b.WriteString("fragment F0 on Entity{id name}\n")
	for i := 1; i <= k; i++ {
		fmt.Fprintf(&b, "fragment F%d on Entity{...F%d ...F%d}\n", i, i-1, i-1)
	}
	fmt.Fprintf(&b, `{entity(id:"gpe/united-kingdom"){...F%d}}`, k)
	return b.String()
}

// parseValid parses and validates q against the schema as the handler
// does, with the default token limit.
func parseValid(es graphql.ExecutableSchema, q string) (*ast.QueryDocument, error) {
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: q}, Options{}.withDefaults().MaxTokens)
	if err != nil {
		return nil, err
	}
	if errs := validator.ValidateWithRules(es.Schema(), doc, rules.NewDefaultRules()); len(errs) > 0 {
		return nil, errs
	}
	if len(doc.Operations) == 0 {
		return nil, gqlerror.Errorf("no operation")
	}
	return doc, nil
}

// expanded measures a selection set the slow way, every spread walked
// again: the reference the memoised measure must agree with.
func expanded(set ast.SelectionSet, frags ast.FragmentDefinitionList) (depth, fields, aliases int) {
	for _, sel := range set {
		var d, f, a int
		switch s := sel.(type) {
		case *ast.Field:
			d, f, a = expanded(s.SelectionSet, frags)
			f++
			if s.Alias != "" && s.Alias != s.Name {
				a++
			}
			if strings.HasPrefix(s.Name, "__") {
				d = 0
			} else {
				d++
			}
		case *ast.InlineFragment:
			d, f, a = expanded(s.SelectionSet, frags)
		case *ast.FragmentSpread:
			d, f, a = expanded(frags.ForName(s.Name).SelectionSet, frags)
		}
		depth, fields, aliases = max(depth, d), fields+f, aliases+a
	}
	return depth, fields, aliases
}

// selections counts the selections written in the document, the most a
// linear walk may visit.
func selections(doc *ast.QueryDocument) int {
	var n func(ast.SelectionSet) int
	n = func(set ast.SelectionSet) int {
		c := len(set)
		for _, sel := range set {
			switch s := sel.(type) {
			case *ast.Field:
				c += n(s.SelectionSet)
			case *ast.InlineFragment:
				c += n(s.SelectionSet)
			}
		}
		return c
	}
	total := 0
	for _, op := range doc.Operations {
		total += n(op.SelectionSet)
	}
	for _, f := range doc.Fragments {
		total += n(f.SelectionSet)
	}
	return total
}

// checkMeasure measures every operation of q and compares with gqlgen's
// complexity.Calculate and the expanded walk when the operation is small
// enough to expand. It returns the measure of the first operation.
func checkMeasure(t *testing.T, es graphql.ExecutableSchema, doc *ast.QueryDocument, vars map[string]any) measure {
	t.Helper()
	ctx := context.Background()
	var first measure
	for i, op := range doc.Operations {
		m := newMeasurer(ctx, es, doc, vars)
		got := m.set(op.SelectionSet)
		if i == 0 {
			first = got
		}
		if limit := selections(doc); m.visits > limit {
			t.Errorf("operation %d: %d visits, more than the %d selections written", i, m.visits, limit)
		}
		if got.fields > 5000 {
			continue
		}
		d, f, a := expanded(op.SelectionSet, doc.Fragments)
		want := measure{cost: complexity.Calculate(ctx, es, op, vars), depth: d, fields: f, aliases: a}
		if got != want {
			t.Errorf("operation %d: got %+v, want %+v", i, got, want)
		}
	}
	return first
}

func TestMeasure(t *testing.T) {
	es := costSchema()
	tests := []struct {
		name string
		q    string
		vars map[string]any
		want measure
	}{
		{"scalars", `{ stats { documents entities } }`, nil, measure{cost: 3, depth: 2, fields: 3}},
		{"page times children", `{ entities(first: 5) { edges { node { id name } } } }`, nil, measure{cost: 1 + 5*4, depth: 4, fields: 5}},
		{"default page", `{ entity(id: "x") { relations { totalCount } } }`, nil, measure{cost: 1 + 1 + 20*1, depth: 3, fields: 3}},
		{"variable page", `query($n: Int) { documents(first: $n) { totalCount } }`, map[string]any{"n": 7}, measure{cost: 1 + 7, depth: 2, fields: 2}},
		{"aliases", `{ a: stats { documents } b: stats { d: documents } }`, nil, measure{cost: 4, depth: 2, fields: 4, aliases: 3}},
		{"fragment spread twice", `fragment S on Stats { documents entities } { a: stats { ...S } b: stats { ...S } }`, nil, measure{cost: 6, depth: 2, fields: 6, aliases: 2}},
		{"inline fragment", `{ entity(id: "x") { ... on Entity { id name } } }`, nil, measure{cost: 3, depth: 2, fields: 3}},
		{"neighborhood", `{ neighborhood(entity: "x", limit: 40) { nodes { id } } }`, nil, measure{cost: 1 + 40*2/4, depth: 3, fields: 3}},
		{"paths", `{ paths(from: "a", to: "b", maxHops: 2, first: 2) { length } }`, nil, measure{cost: 1 + 2*2*1, depth: 2, fields: 2}},
		{"introspection not deep, __schema free", `{ __schema { types { fields { type { ofType { name } } } } } }`, nil, measure{cost: 0, depth: 0, fields: 6}},
		{"__typename", `{ __typename stats { __typename } }`, nil, measure{cost: 3, depth: 1, fields: 3}},
		{"fan-out of 3", fanOut(3), nil, measure{cost: 1 + 16, depth: 2, fields: 17}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := parseValid(es, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if got := checkMeasure(t, es, doc, tc.vars); got != tc.want {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

// TestMeasureFanOut measures the fragment fan-out up to 45 levels:
// the exact count of fields as expanded, a linear walk, at once.
func TestMeasureFanOut(t *testing.T) {
	es := costSchema()
	for _, k := range []int{1, 10, 30, 45} {
		t.Run(fmt.Sprint(k), func(t *testing.T) {
			doc, err := parseValid(es, fanOut(k))
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			m := newMeasurer(context.Background(), es, doc, nil)
			got := m.set(doc.Operations[0].SelectionSet)
			elapsed := time.Since(start)
			wantFields := 1<<(k+1) + 1
			if got.fields != wantFields || got.depth != 2 {
				t.Errorf("got %+v, want %d fields at depth 2", got, wantFields)
			}
			if want := 2*k + 4; m.visits != want {
				t.Errorf("visits: got %d, want %d (one per selection written)", m.visits, want)
			}
			t.Logf("costed in %v", elapsed) // the visit count above is the linearity check
		})
	}
}

// TestComplexitySaturates checks that page sizes multiplied through
// nesting saturate instead of overflowing into a small cost.
func TestComplexitySaturates(t *testing.T) {
	es := costSchema()
	q := `{ entities(first: 2147483647) { edges { node { relations(first: 2147483647) { edges { node { evidence(first: 2147483647) {
		edges { node { document { entities(first: 2147483647) { edges { node { documents(first: 2147483647) { totalCount } } } } } } } } } } } } } } }`
	doc, err := parseValid(es, q)
	if err != nil {
		t.Fatal(err)
	}
	m := measureOperation(context.Background(), es, doc, doc.Operations[0], nil)
	if m.cost != 1<<63-1 {
		t.Errorf("cost: got %d, want saturated", m.cost)
	}
}

// FuzzCost parses, validates and measures arbitrary queries: no panic, a
// walk linear in the document, and the same measure as gqlgen's
// complexity.Calculate and the expanded walk where those can finish.
// The seeds (testdata/fuzz/FuzzCost) hold the fan-out and the shapes that
// are slow to validate.
func FuzzCost(f *testing.F) {
	f.Add(fanOut(30))
	f.Add(`{ entity(id: "gpe/china") { relations { edges { node { subject { name } } } } } }`)
	es := costSchema()
	f.Fuzz(func(t *testing.T, q string) {
		start := time.Now()
		doc, err := parseValid(es, q)
		if err != nil {
			return
		}
		checkMeasure(t, es, doc, nil)
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("parse, validate and measure took %v", d)
		}
	})
}
