package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/newsgraph/newsgraph/graph/loader"
	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/internal/query"
)

// ErrReadOnly is returned by mutations when the handler has no Ingester.
var ErrReadOnly = errors.New("read-only")

// Error codes put in extensions.code.
const (
	CodeNotFound        = "NOT_FOUND"
	CodeLimit           = "LIMIT_EXCEEDED"
	CodeBadInput        = "BAD_USER_INPUT"
	CodeTimeout         = "TIMEOUT"
	CodeReadOnly        = "READ_ONLY"
	CodeInternal        = "INTERNAL"
	CodeDepthLimit      = "DEPTH_LIMIT_EXCEEDED"
	CodeComplexityLimit = "COMPLEXITY_LIMIT_EXCEEDED" // set by extension.FixedComplexityLimit
)

// Options tune NewHandler; zero fields take the defaults.
type Options struct {
	// Ingester serves the mutations; nil makes them fail with READ_ONLY.
	Ingester Ingester
	// InputErrors are the Ingester's sentinel errors that mean the client
	// sent a bad document (e.g. ingest.ErrInvalid): they get the code
	// BAD_USER_INPUT and keep their message.
	InputErrors []error
	// ComplexityLimit is the highest cost of an operation (default 20000).
	// A list field costs its page size (first or limit) times its children.
	ComplexityLimit int
	// DepthLimit is the deepest selection allowed (default 12); the
	// introspection fields are not counted.
	DepthLimit int
	// Timeout bounds every query and mutation (default 10s); subscriptions
	// are not bounded.
	Timeout time.Duration
	// APQCacheSize is how many persisted queries are kept (default 1000).
	APQCacheSize int
	// LoaderWait is how long dataloaders collect keys (default loader.DefaultWait).
	LoaderWait time.Duration
	// KeepAlive is the WebSocket ping interval (default 15s).
	KeepAlive time.Duration
	// Logger receives internal errors and panics (default slog.Default()).
	Logger *slog.Logger
}

func (c Options) withDefaults() Options {
	if c.ComplexityLimit <= 0 {
		c.ComplexityLimit = 20000
	}
	if c.DepthLimit <= 0 {
		c.DepthLimit = 12
	}
	if c.Timeout <= 0 {
		c.Timeout = 10 * time.Second
	}
	if c.APQCacheSize <= 0 {
		c.APQCacheSize = 1000
	}
	if c.LoaderWait <= 0 {
		c.LoaderWait = loader.DefaultWait
	}
	if c.KeepAlive <= 0 {
		c.KeepAlive = 15 * time.Second
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return c
}

// NewHandler returns the GraphQL endpoint over the service: POST and GET
// (application/json), WebSocket subscriptions (graphql-transport-ws and
// graphql-ws), and the limits of cfg.
func NewHandler(svc *query.Service, cfg Options) http.Handler {
	cfg = cfg.withDefaults()
	srv := handler.New(NewExecutableSchema(schemaConfig(svc, cfg.Ingester)))
	srv.AddTransport(transport.Websocket{KeepAlivePingInterval: cfg.KeepAlive})
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.Use(extension.Introspection{})
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](cfg.APQCacheSize)})
	srv.Use(extension.FixedComplexityLimit(cfg.ComplexityLimit))
	srv.Use(DepthLimit{Max: cfg.DepthLimit})
	srv.SetErrorPresenter(errorPresenter(cfg.Logger, cfg.InputErrors))
	srv.SetRecoverFunc(func(ctx context.Context, v any) error {
		cfg.Logger.Error("graphql: panic", "panic", v, "stack", string(debug.Stack()))
		return fmt.Errorf("panic: %v", v)
	})
	srv.AroundRootFields(timeLimit(cfg.Timeout))
	return loader.Middleware(svc, cfg.LoaderWait, srv)
}

// schemaConfig builds the gqlgen Config: the resolvers and the cost of each
// list field, its page size times the cost of one item.
func schemaConfig(svc *query.Service, ing Ingester) Config {
	c := Config{Resolvers: &Resolver{Service: svc, Ingester: ing}}
	n := func(p *int, def int) int {
		if p == nil || *p < 1 {
			return def
		}
		return *p
	}
	q := &c.Complexity.Query
	q.Entities = func(child int, _ *string, _ *model.EntityType, first *int, _ *string) int {
		return 1 + n(first, 20)*child
	}
	q.Search = func(child int, _ string, _ []model.EntityType, first *int, _ *string) int {
		return 1 + n(first, 10)*child
	}
	q.Relations = func(child int, _, _, _ *string, _ *model.RelationFilter, first *int, _ *string) int {
		return 1 + n(first, 20)*child
	}
	q.Documents = func(child int, first *int, _ *string) int { return 1 + n(first, 20)*child }
	q.Neighborhood = func(child int, _ string, _ *int, limit *int, _ *model.RelationFilter) int {
		return 1 + n(limit, 100)*child/4
	}
	q.Subgraph = func(child int, ids []string, _ *model.RelationFilter) int { return 1 + len(ids)*child/4 }
	q.Paths = func(child int, _, _ string, maxHops, first *int, _ *model.RelationFilter) int {
		return 1 + n(first, 3)*n(maxHops, 4)*child
	}
	q.TopEntities = func(child int, _ *model.EntityRank, _ *model.EntityType, first *int) int {
		return 1 + n(first, 10)*child
	}
	q.Timeline = func(child int, _ string, _ *model.Interval, _ *model.RelationFilter) int { return 1 + 50*child }
	c.Complexity.Entity.Relations = func(child int, _ *model.Direction, _ *string, _ *model.RelationFilter, first *int, _ *string) int {
		return 1 + n(first, 20)*child
	}
	c.Complexity.Entity.Documents = func(child int, first *int, _ *string) int { return 1 + n(first, 20)*child }
	c.Complexity.Document.Entities = func(child int, first *int, _ *string) int { return 1 + n(first, 50)*child }
	c.Complexity.Document.Relations = func(child int, _ *model.RelationFilter, first *int, _ *string) int {
		return 1 + n(first, 50)*child
	}
	c.Complexity.Relation.Evidence = func(child int, first *int, _ *string) int { return 1 + n(first, 20)*child }
	c.Complexity.Relation.Documents = func(child int, first *int, _ *string) int { return 1 + n(first, 20)*child }
	return c
}

// timeLimit bounds each root field of a query or mutation, its whole
// subtree included; a field past the limit fails with TIMEOUT and the
// others still answer. Subscriptions are not bounded.
func timeLimit(d time.Duration) graphql.RootFieldMiddleware {
	return func(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
		if oc := graphql.GetOperationContext(ctx); oc != nil && oc.Operation != nil && oc.Operation.Operation == ast.Subscription {
			return next(ctx)
		}
		ctx, cancel := context.WithTimeout(ctx, d)
		defer cancel()
		return next(ctx)
	}
}

// errorPresenter gives every error a code in extensions.code and hides
// internal errors behind "internal error".
func errorPresenter(log *slog.Logger, inputErrors []error) graphql.ErrorPresenterFunc {
	isInput := func(err error) bool {
		for _, target := range inputErrors {
			if errors.Is(err, target) {
				return true
			}
		}
		return false
	}
	return func(ctx context.Context, err error) *gqlerror.Error {
		gerr := graphql.DefaultErrorPresenter(ctx, err)
		var code string
		switch {
		case isInput(err):
			code = CodeBadInput
		case errors.Is(err, query.ErrNotFound):
			code = CodeNotFound
		case errors.Is(err, query.ErrLimit):
			code = CodeLimit
		case errors.Is(err, query.ErrBadInput):
			code = CodeBadInput
		case errors.Is(err, ErrReadOnly):
			code = CodeReadOnly
		case errors.Is(err, context.DeadlineExceeded):
			code, gerr.Message = CodeTimeout, "the request took too long"
		default:
			var ge *gqlerror.Error
			if errors.As(err, &ge) && ge.Err == nil {
				return gerr // gqlgen's own (parse, validation, limits): keep as is
			}
			log.ErrorContext(ctx, "graphql: internal error", "path", gerr.Path.String(), "err", err)
			code, gerr.Message = CodeInternal, "internal error"
		}
		if gerr.Extensions == nil {
			gerr.Extensions = map[string]any{}
		}
		gerr.Extensions["code"] = code
		return gerr
	}
}
