package graph

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"golang.org/x/sync/semaphore"
)

// authorizer is Options.Authorize as a gqlgen extension: it runs once per
// operation, after parsing and before the limits and execution, for HTTP
// and WebSocket operations alike.
type authorizer func(ctx context.Context, op ast.Operation) error

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = authorizer(nil)

func (authorizer) ExtensionName() string                   { return "Authorize" }
func (authorizer) Validate(graphql.ExecutableSchema) error { return nil }

func (a authorizer) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	err := a(ctx, oc.Operation.Operation)
	if err == nil {
		return nil
	}
	code := CodeForbidden
	if errors.Is(err, ErrUnauthenticated) {
		code = CodeUnauthenticated
	}
	return &gqlerror.Error{Message: err.Error(), Extensions: map[string]any{"code": code}}
}

// expensive are the root fields whose cost is in the traversal rather
// than in the size of the answer.
var expensive = map[string]bool{"neighborhood": true, "subgraph": true, "graph": true, "paths": true, "communities": true, "centrality": true}

// expensiveFields lets at most n expensive root fields resolve at once
// over the whole handler; one more fails at once with BUSY rather than
// queueing behind them.
func expensiveFields(n int) graphql.FieldMiddleware {
	sem := semaphore.NewWeighted(int64(n))
	return func(ctx context.Context, next graphql.Resolver) (any, error) {
		fc := graphql.GetFieldContext(ctx)
		if fc == nil || fc.Object != "Query" || !expensive[fc.Field.Name] {
			return next(ctx)
		}
		if !sem.TryAcquire(1) {
			return nil, fmt.Errorf("%s: %d expensive fields running: %w", fc.Field.Name, n, errBusy)
		}
		defer sem.Release(1)
		return next(ctx)
	}
}

// subscriptions caps the subscriptions of each WebSocket and of the
// handler. A socket's count lives in its context, put there by
// initSocket when the client sends connection_init.
type subscriptions struct {
	perSocket, total int64
	n                atomic.Int64
	// init, when set, reads the connection_init payload (an API key, say)
	// into the socket's context; an error closes the socket.
	init func(ctx context.Context, p transport.InitPayload) (context.Context, error)
}

type socketKey struct{}

// socket counts the live subscriptions of one WebSocket.
type socket struct{ n atomic.Int64 }

// initSocket is the WebSocket transport's InitFunc.
func (s *subscriptions) initSocket(ctx context.Context, p transport.InitPayload) (context.Context, *transport.InitPayload, error) {
	if s.init != nil {
		var err error
		if ctx, err = s.init(ctx, p); err != nil {
			return ctx, nil, err
		}
	}
	return context.WithValue(ctx, socketKey{}, &socket{}), nil, nil
}

// aroundOperations counts each subscription from its start to the end of
// its context (a complete message, the resolver's end or the socket
// closing), refusing those over the caps and those not over a WebSocket.
func (s *subscriptions) aroundOperations(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	oc := graphql.GetOperationContext(ctx)
	if oc == nil || oc.Operation == nil || oc.Operation.Operation != ast.Subscription {
		return next(ctx)
	}
	refuse := func(code, format string, args ...any) graphql.ResponseHandler {
		err := gqlerror.Errorf(format, args...)
		err.Extensions = map[string]any{"code": code}
		return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{err}})
	}
	sock, _ := ctx.Value(socketKey{}).(*socket)
	if sock == nil {
		return refuse(CodeBadInput, "subscriptions are served over WebSocket only")
	}
	if sock.n.Add(1) > s.perSocket {
		sock.n.Add(-1)
		return refuse(CodeSubscriptionLimit, "this connection already has %d subscriptions, the limit", s.perSocket)
	}
	if s.n.Add(1) > s.total {
		s.n.Add(-1)
		sock.n.Add(-1)
		return refuse(CodeBusy, "the server already has %d subscriptions, the limit; retry later", s.total)
	}
	// The transport cancels ctx when the subscription ends, however it
	// ends; AfterFunc runs once.
	context.AfterFunc(ctx, func() {
		s.n.Add(-1)
		sock.n.Add(-1)
	})
	return next(ctx)
}
