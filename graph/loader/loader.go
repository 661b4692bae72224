// Package loader builds, for each GraphQL request, dataloaders
// (github.com/vikstrous/dataloadgen) over the batch lookups of
// internal/query, so that resolving a list of N relations costs one lookup
// of their subjects, one of their objects, not N. (Evidence is looked up
// without one: see graph's Resolver.evidence.)
//
// It imports graph/model and internal/query, never gqlgen or Cayley.
package loader

import (
	"context"
	"net/http"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/newsgraph/newsgraph/internal/query"
)

// DefaultWait is how long a loader collects keys before fetching them.
const DefaultWait = 200 * time.Microsecond

// Source is the batch lookups the loaders fetch from; *query.Service
// implements it. Each returns values and errors in the order of the IDs.
type Source interface {
	Entities(ctx context.Context, ids []string) ([]query.Entity, []error)
	Documents(ctx context.Context, ids []string) ([]query.Document, []error)
	DocumentTexts(ctx context.Context, ids []string) ([]string, []error)
	RelationsByID(ctx context.Context, ids []string, f query.Filter) ([]query.Relation, []error)
}

// Loaders are the dataloaders of one request.
type Loaders struct {
	Entity       *dataloadgen.Loader[string, query.Entity]
	Document     *dataloadgen.Loader[string, query.Document]
	DocumentText *dataloadgen.Loader[string, string]
	// Relation aggregates all evidence, negated included, so that any
	// evidence can resolve its relation.
	Relation *dataloadgen.Loader[string, query.Relation]
}

// New returns fresh loaders over the service.
func New(svc Source, wait time.Duration) *Loaders {
	opt := dataloadgen.WithWait(wait)
	all := query.Filter{IncludeNegated: true}
	return &Loaders{
		Entity:       dataloadgen.NewLoader(svc.Entities, opt),
		Document:     dataloadgen.NewLoader(svc.Documents, opt),
		DocumentText: dataloadgen.NewLoader(svc.DocumentTexts, opt),
		Relation: dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([]query.Relation, []error) {
			return svc.RelationsByID(ctx, ids, all)
		}, opt),
	}
}

type ctxKey struct{}

// Middleware gives each HTTP request its own loaders. WebSocket
// connections get none: their loaders would cache across events, so For
// makes uncached ones per call instead.
func Middleware(svc Source, wait time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Upgrade") != "" {
			next.ServeHTTP(w, r)
			return
		}
		next.ServeHTTP(w, r.WithContext(WithLoaders(r.Context(), New(svc, wait))))
	})
}

// Prime puts the values a batch lookup found (values and errors in the
// order of ids) into loader l, so that later loads of them wait for nothing.
func Prime[V any](l *dataloadgen.Loader[string, V], ids []string, vs []V, errs []error) {
	for i, v := range vs {
		if errs[i] == nil {
			l.Prime(ids[i], v)
		}
	}
}

// WithLoaders returns a context carrying the loaders.
func WithLoaders(ctx context.Context, l *Loaders) context.Context {
	return context.WithValue(ctx, ctxKey{}, l)
}

// For returns the request's loaders, or fresh ones over svc when the
// context has none.
func For(ctx context.Context, svc Source) *Loaders {
	if l, ok := ctx.Value(ctxKey{}).(*Loaders); ok {
		return l
	}
	return New(svc, 0)
}
