package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
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

// ErrUnauthenticated is the error Options.Authorize wraps to refuse an
// operation with UNAUTHENTICATED (no credentials, or invalid ones) rather
// than FORBIDDEN (credentials without the right).
var ErrUnauthenticated = errors.New("unauthenticated")

// errBusy refuses an expensive field while Options.MaxConcurrentExpensive
// of them run.
var errBusy = errors.New("busy")

// Error codes put in extensions.code.
const (
	CodeNotFound          = "NOT_FOUND"
	CodeLimit             = "LIMIT_EXCEEDED"
	CodeBadInput          = "BAD_USER_INPUT"
	CodeTimeout           = "TIMEOUT"
	CodeCanceled          = "CANCELED" // the client left or the server is stopping
	CodeReadOnly          = "READ_ONLY"
	CodeInternal          = "INTERNAL"
	CodeDepthLimit        = "DEPTH_LIMIT_EXCEEDED"
	CodeComplexityLimit   = "COMPLEXITY_LIMIT_EXCEEDED"
	CodeFieldLimit        = "FIELD_LIMIT_EXCEEDED"
	CodeAliasLimit        = "ALIAS_LIMIT_EXCEEDED"
	CodeTokenLimit        = "TOKEN_LIMIT_EXCEEDED"
	CodeUnauthenticated   = "UNAUTHENTICATED"
	CodeForbidden         = "FORBIDDEN"
	CodeBusy              = "BUSY"
	CodeSubscriptionLimit = "SUBSCRIPTION_LIMIT_EXCEEDED"
	CodeBodyTooLarge      = "BODY_TOO_LARGE" // HTTP 413
	CodeBadRequest        = "BAD_REQUEST"    // HTTP 400: the body is not a JSON GraphQL request
)

// Options tune NewHandler; zero fields take the defaults.
type Options struct {
	// Ingester serves the mutations; nil makes them fail with READ_ONLY.
	Ingester Ingester
	// InputErrors are the Ingester's sentinel errors that mean the client
	// sent a bad document (e.g. ingest.ErrInvalid): they get the code
	// BAD_USER_INPUT and keep their message.
	InputErrors []error
	// Authorize, when set, is called once per operation before it runs
	// (over HTTP and WebSocket alike) with the request's context and the
	// operation's type (ast.Query, ast.Mutation or ast.Subscription). An
	// error refuses the operation with UNAUTHENTICATED when it wraps
	// ErrUnauthenticated, FORBIDDEN otherwise; its message is shown.
	Authorize func(ctx context.Context, op ast.Operation) error
	// ComplexityLimit is the highest cost of an operation (default 20000).
	// A list field costs its page size (first or limit) times its children.
	ComplexityLimit int
	// DepthLimit is the deepest selection allowed (default 12); the
	// introspection fields are not counted.
	DepthLimit int
	// MaxFields is the most fields an operation selects, counted with its
	// fragments expanded (default 2000).
	MaxFields int
	// MaxAliases is the most aliased fields in an operation, fragments
	// expanded (default 200).
	MaxAliases int
	// MaxTokens is the most lexical tokens (names, punctuation, values) a
	// query document has; the parser stops at the limit, before validation,
	// whose work grows with the square of a field repeated in one selection
	// (default 1000: at most about 0.1 s of validation on 2 cores; 500 allowed 15 ms
	// but is tight for hand-written analyst queries).
	MaxTokens int
	// WebsocketInit, when set, is called with a WebSocket's connection_init
	// payload and returns the context its operations run in (browsers
	// cannot set headers on the upgrade request, so an API key comes in the
	// payload); an error closes the socket.
	WebsocketInit func(ctx context.Context, p transport.InitPayload) (context.Context, error)
	// MaxConcurrentExpensive is how many neighborhood, subgraph and paths
	// fields run at once; one more is refused with BUSY (default 8).
	MaxConcurrentExpensive int
	// Timeout bounds every query and mutation (default 10s); subscriptions
	// are not bounded.
	Timeout time.Duration
	// APQCacheSize is how many persisted queries are kept (default 1000).
	APQCacheSize int
	// LoaderWait is how long dataloaders collect keys (default loader.DefaultWait).
	LoaderWait time.Duration
	// KeepAlive is the WebSocket ping interval (default 15s).
	KeepAlive time.Duration
	// InitTimeout is how long a WebSocket has to send connection_init
	// before it is closed (default 10s).
	InitTimeout time.Duration
	// MaxSubscriptionsPerSocket is how many subscriptions one WebSocket
	// holds at once; one more is refused with SUBSCRIPTION_LIMIT_EXCEEDED
	// (default 20).
	MaxSubscriptionsPerSocket int
	// MaxSubscriptions is how many subscriptions the handler holds at once
	// over all sockets; one more is refused with BUSY (default 2000).
	MaxSubscriptions int
	// Logger receives internal errors and panics (default slog.Default()).
	Logger *slog.Logger
	// Extensions are more gqlgen extensions (metrics), put inside the
	// subscription caps: they see the subscriptions that run.
	Extensions []graphql.HandlerExtension
}

func (c Options) withDefaults() Options {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&c.ComplexityLimit, 20000)
	def(&c.DepthLimit, 12)
	def(&c.MaxFields, 2000)
	def(&c.MaxAliases, 200)
	def(&c.MaxTokens, 1000)
	def(&c.MaxConcurrentExpensive, 8)
	def(&c.APQCacheSize, 1000)
	def(&c.MaxSubscriptionsPerSocket, 20)
	def(&c.MaxSubscriptions, 2000)
	dur := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	dur(&c.Timeout, 10*time.Second)
	dur(&c.LoaderWait, loader.DefaultWait)
	dur(&c.KeepAlive, 15*time.Second)
	dur(&c.InitTimeout, 10*time.Second)
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
	subs := &subscriptions{perSocket: int64(cfg.MaxSubscriptionsPerSocket), total: int64(cfg.MaxSubscriptions), init: cfg.WebsocketInit}
	srv := handler.New(NewExecutableSchema(schemaConfig(svc, cfg.Ingester)))
	srv.AddTransport(transport.Websocket{KeepAlivePingInterval: cfg.KeepAlive, InitTimeout: cfg.InitTimeout, InitFunc: subs.initSocket})
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(postTransport{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetParserTokenLimit(cfg.MaxTokens)
	srv.Use(extension.Introspection{})
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](cfg.APQCacheSize)})
	if cfg.Authorize != nil {
		srv.Use(authorizer(cfg.Authorize))
	}
	srv.Use(&QueryLimits{Cost: cfg.ComplexityLimit, Depth: cfg.DepthLimit, Fields: cfg.MaxFields, Aliases: cfg.MaxAliases})
	srv.SetErrorPresenter(errorPresenter(cfg.Logger, cfg.InputErrors))
	srv.SetRecoverFunc(func(ctx context.Context, v any) error {
		cfg.Logger.Error("graphql: panic", "panic", v, "stack", string(debug.Stack()))
		return fmt.Errorf("panic: %v", v)
	})
	srv.AroundOperations(subs.aroundOperations)
	for _, x := range cfg.Extensions {
		srv.Use(x)
	}
	srv.AroundRootFields(timeLimit(cfg.Timeout))
	srv.AroundFields(expensiveFields(cfg.MaxConcurrentExpensive))
	return loader.Middleware(svc, cfg.LoaderWait, srv)
}

// schemaConfig builds the gqlgen Config: the resolvers and the cost of each
// list field, its page size times the cost of one item. The products
// saturate, so that no page size or nesting can overflow into a small cost.
func schemaConfig(svc *query.Service, ing Ingester) Config {
	c := Config{Resolvers: &Resolver{Service: svc, Ingester: ing}}
	n := func(p *int, def int) int {
		if p == nil || *p < 1 {
			return def
		}
		return *p
	}
	// page is the cost of a list of size items of child each.
	page := func(size, child int) int { return addSat(1, mulSat(size, child)) }
	q := &c.Complexity.Query
	q.Entities = func(child int, _ *string, _ *model.EntityType, first *int, _ *string) int {
		return page(n(first, 20), child)
	}
	q.Search = func(child int, _ string, _ []model.EntityType, first *int, _ *string) int {
		return page(n(first, 10), child)
	}
	q.Relations = func(child int, _, _, _ *string, _ *model.RelationFilter, _ *model.RelationOrder, first *int, _ *string) int {
		return page(n(first, 20), child)
	}
	q.Documents = func(child int, _ *string, _ *model.RelationFilter, first *int, _ *string) int {
		return page(n(first, 20), child)
	}
	q.Neighborhood = func(child int, _ string, _ *int, limit *int, _ *model.RelationFilter) int {
		return addSat(1, mulSat(n(limit, 100), child)/4)
	}
	q.Subgraph = func(child int, ids []string, _ *model.RelationFilter) int {
		return addSat(1, mulSat(len(ids), child)/4)
	}
	q.Graph = func(child int, _ *model.RelationFilter, maxEdges *int) int {
		return addSat(1, mulSat(n(maxEdges, 500), child)/4)
	}
	q.Paths = func(child int, _, _ string, maxHops, first *int, _ *model.RelationFilter) int {
		return page(mulSat(n(first, 3), n(maxHops, 4)), child)
	}
	q.TopEntities = func(child int, _ *model.EntityRank, _ *model.EntityType, first *int, _ *model.RelationFilter) int {
		return page(n(first, 10), child)
	}
	q.Timeline = func(child int, _ *string, _ *model.Interval, _ *model.RelationFilter) int { return page(50, child) }
	q.TimelineSummary = func(child int, _ *string, _ *model.Interval, _ *model.RelationFilter) int { return page(50, child) }
	q.Communities = func(child int, _ *model.RelationFilter, _, first, _ *int) int { return page(n(first, 20), child) }
	q.Centrality = func(child int, ids []string, _ *model.RelationFilter, _ *bool) int { return page(len(ids), child) }
	c.Complexity.Community.Entities = func(child int) int { return page(10, child) }
	c.Complexity.Entity.Relations = func(child int, _ *model.Direction, _ *string, _ *model.RelationFilter, _ *model.RelationOrder, first *int, _ *string) int {
		return page(n(first, 20), child)
	}
	c.Complexity.Entity.Documents = func(child int, _ *model.RelationFilter, first *int, _ *string) int { return page(n(first, 20), child) }
	c.Complexity.Document.Entities = func(child int, first *int, _ *string) int { return page(n(first, 50), child) }
	c.Complexity.Document.Relations = func(child int, _ *model.RelationFilter, first *int, _ *string) int {
		return page(n(first, 50), child)
	}
	c.Complexity.Relation.Evidence = func(child int, first *int, _ *string) int { return page(n(first, 20), child) }
	c.Complexity.Relation.Documents = func(child int, first *int, _ *string) int { return page(n(first, 20), child) }
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
		case errors.Is(err, context.Canceled):
			code, gerr.Message = CodeCanceled, "the request was cancelled"
		case errors.Is(err, errBusy):
			code, gerr.Message = CodeBusy, "the server is busy with other expensive queries; retry shortly"
		default:
			var ge *gqlerror.Error
			if errors.As(err, &ge) && ge.Err == nil {
				if strings.HasPrefix(ge.Message, "exceeded token limit") {
					errcode.Set(gerr, CodeTokenLimit) // gqlparser's ParseQueryWithTokenLimit
				}
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
