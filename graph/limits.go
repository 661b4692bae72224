package graph

import (
	"context"
	"fmt"
	"math"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// QueryLimits is a gqlgen extension that measures each operation as
// written, before it runs, and refuses it when it is too deep, selects too
// many fields or aliases, or costs too much. The measure is that of the
// operation with every fragment spread expanded, but each fragment is
// measured once and its measure reused wherever it is spread, so the work
// is linear in the length of the query: a fragment spread twice in each
// of thirty nested fragments is refused at once, not expanded into 2^30
// fields. A zero limit is no limit.
type QueryLimits struct {
	// Cost is the highest complexity, computed as gqlgen's
	// complexity.Calculate does, with the schema's ComplexityRoot
	// functions (COMPLEXITY_LIMIT_EXCEEDED).
	Cost int
	// Depth is the deepest field; fields of introspection (__schema,
	// __type) and their subtrees are not counted (DEPTH_LIMIT_EXCEEDED).
	Depth int
	// Fields is the most fields selected, fragments expanded
	// (FIELD_LIMIT_EXCEEDED).
	Fields int
	// Aliases is the most aliased fields, fragments expanded
	// (ALIAS_LIMIT_EXCEEDED).
	Aliases int

	es graphql.ExecutableSchema
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = &QueryLimits{}

// ExtensionName names the extension.
func (*QueryLimits) ExtensionName() string { return "QueryLimits" }

// Validate keeps the schema, whose complexity functions give the costs.
func (l *QueryLimits) Validate(es graphql.ExecutableSchema) error {
	l.es = es
	return nil
}

// MutateOperationContext measures the operation and refuses it with the
// first limit it exceeds, in the order depth, fields, aliases, cost. It
// records the cost where extension.GetComplexityStats finds it.
func (l *QueryLimits) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil || l.es == nil {
		return nil
	}
	m := measureOperation(ctx, l.es, oc.Doc, oc.Operation, oc.Variables)
	oc.Stats.SetExtension("ComplexityLimit", &extension.ComplexityStats{Complexity: m.cost, ComplexityLimit: l.Cost})
	over := func(got, limit int) bool { return limit > 0 && got > limit }
	var err *gqlerror.Error
	switch {
	case over(m.depth, l.Depth):
		err = gqlerror.Errorf("operation has depth %d, more than the limit of %d", m.depth, l.Depth)
		err.Extensions = map[string]any{"code": CodeDepthLimit}
	case over(m.fields, l.Fields):
		err = gqlerror.Errorf("operation selects %s fields (fragments expanded), more than the limit of %d", count(m.fields), l.Fields)
		err.Extensions = map[string]any{"code": CodeFieldLimit}
	case over(m.aliases, l.Aliases):
		err = gqlerror.Errorf("operation has %s aliased fields (fragments expanded), more than the limit of %d", count(m.aliases), l.Aliases)
		err.Extensions = map[string]any{"code": CodeAliasLimit}
	case over(m.cost, l.Cost):
		err = gqlerror.Errorf("operation has complexity %s, which exceeds the limit of %d", count(m.cost), l.Cost)
		err.Extensions = map[string]any{"code": CodeComplexityLimit}
	}
	return err
}

// count prints a measure, saying "more than" where it saturated.
func count(n int) string {
	if n == math.MaxInt {
		return fmt.Sprintf("more than %d", math.MaxInt-1)
	}
	return fmt.Sprint(n)
}

// measure is the size of a selection set with its fragments expanded.
// Every sum saturates at math.MaxInt.
type measure struct {
	cost    int
	depth   int
	fields  int
	aliases int
}

// plus is the measure of two sibling selections.
func (m measure) plus(o measure) measure {
	return measure{
		cost:    addSat(m.cost, o.cost),
		depth:   max(m.depth, o.depth),
		fields:  addSat(m.fields, o.fields),
		aliases: addSat(m.aliases, o.aliases),
	}
}

// measurer walks one operation. frags memoises the measure of each
// fragment by name: a fragment's fields are bound to its type condition
// by validation, so its measure does not depend on where it is spread.
type measurer struct {
	ctx    context.Context
	es     graphql.ExecutableSchema
	schema *ast.Schema
	vars   map[string]any
	doc    *ast.QueryDocument
	frags  map[string]measure
	// visits counts the selections walked, at most one per selection
	// written in the document (the fuzz test checks it).
	visits int
}

// measureOperation measures op; doc holds the fragments it spreads.
func measureOperation(ctx context.Context, es graphql.ExecutableSchema, doc *ast.QueryDocument, op *ast.OperationDefinition, vars map[string]any) measure {
	m := newMeasurer(ctx, es, doc, vars)
	return m.set(op.SelectionSet)
}

func newMeasurer(ctx context.Context, es graphql.ExecutableSchema, doc *ast.QueryDocument, vars map[string]any) *measurer {
	return &measurer{ctx: ctx, es: es, schema: es.Schema(), vars: vars, doc: doc, frags: map[string]measure{}}
}

func (m *measurer) set(set ast.SelectionSet) measure {
	var out measure
	for _, sel := range set {
		m.visits++
		switch s := sel.(type) {
		case *ast.Field:
			out = out.plus(m.field(s))
		case *ast.InlineFragment:
			out = out.plus(m.set(s.SelectionSet))
		case *ast.FragmentSpread:
			out = out.plus(m.fragment(s))
		default:
			panic(fmt.Sprintf("graph: unknown selection %T", sel))
		}
	}
	return out
}

// fragment measures a spread fragment once. The zero measure stored before
// the walk stops a cycle (which validation refuses anyway).
func (m *measurer) fragment(s *ast.FragmentSpread) measure {
	if r, ok := m.frags[s.Name]; ok {
		return r
	}
	def := s.Definition
	if def == nil && m.doc != nil {
		def = m.doc.Fragments.ForName(s.Name)
	}
	if def == nil {
		return measure{}
	}
	m.frags[s.Name] = measure{}
	r := m.set(def.SelectionSet)
	m.frags[s.Name] = r
	return r
}

func (m *measurer) field(f *ast.Field) measure {
	children := m.set(f.SelectionSet)
	out := measure{fields: addSat(children.fields, 1), aliases: children.aliases}
	if f.Alias != "" && f.Alias != f.Name {
		out.aliases = addSat(out.aliases, 1)
	}
	if !strings.HasPrefix(f.Name, "__") {
		out.depth = children.depth + 1
	}
	out.cost = m.fieldCost(f, children.cost)
	return out
}

// fieldCost is the complexity of one field as gqlgen's
// complexity.Calculate computes it, given the cost of its selections:
// nothing under __schema, the schema's function where it gives at least 1,
// else 1 plus the children; an interface's field costs its costliest
// implementation.
func (m *measurer) fieldCost(f *ast.Field, child int) int {
	if f.Definition == nil || f.ObjectDefinition == nil {
		return addSat(1, child)
	}
	def := m.schema.Types[f.Definition.Type.Name()]
	if def == nil {
		return addSat(1, child)
	}
	if def.Name == "__Schema" {
		return 0
	}
	switch def.Kind {
	case ast.Object, ast.Interface, ast.Union:
	default:
		child = 0
	}
	args := f.ArgumentMap(m.vars)
	typeCost := func(t *ast.Definition) int {
		if c, ok := m.es.Complexity(m.ctx, t.Name, f.Name, child, args); ok && c >= 1 {
			return c
		}
		return addSat(1, child)
	}
	if f.ObjectDefinition.Kind != ast.Interface {
		return typeCost(f.ObjectDefinition)
	}
	worst := 0
	for _, t := range m.schema.GetPossibleTypes(f.ObjectDefinition) {
		worst = max(worst, typeCost(t))
	}
	return worst
}

// addSat adds two measures, negatives counting as 0, saturating at
// math.MaxInt.
func addSat(a, b int) int {
	a, b = max(a, 0), max(b, 0)
	if a > math.MaxInt-b {
		return math.MaxInt
	}
	return a + b
}

// mulSat multiplies two measures, negatives counting as 0, saturating at
// math.MaxInt.
func mulSat(a, b int) int {
	a, b = max(a, 0), max(b, 0)
	if a != 0 && b > math.MaxInt/a {
		return math.MaxInt
	}
	return a * b
}
