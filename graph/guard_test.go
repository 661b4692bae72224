package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// fieldCtx is the context of a resolver of Query.name.
func fieldCtx(object, name string) context.Context {
	return graphql.WithFieldContext(context.Background(), &graphql.FieldContext{
		Object: object,
		Field:  graphql.CollectedField{Field: &ast.Field{Name: name}},
	})
}

// TestExpensiveFields fills the expensive slots with resolvers that wait,
// then checks which fields are refused with BUSY and that a slot given
// back is taken again.
func TestExpensiveFields(t *testing.T) {
	const slots = 2
	mw := expensiveFields(slots)
	release := make(chan struct{})
	started := make(chan struct{})
	finished := make(chan error, slots)
	for range slots {
		go func() {
			_, err := mw(fieldCtx("Query", "neighborhood"), func(context.Context) (any, error) {
				started <- struct{}{}
				<-release
				return "done", nil
			})
			finished <- err
		}()
		<-started
	}
	ok := func(context.Context) (any, error) { return "ran", nil }
	tests := []struct {
		object, field string
		wantBusy      bool
	}{
		{"Query", "neighborhood", true},
		{"Query", "paths", true},
		{"Query", "subgraph", true},
		{"Query", "entity", false},
		{"Query", "relations", false},
		{"Subgraph", "nodes", false},
	}
	for _, tc := range tests {
		t.Run(tc.object+"."+tc.field, func(t *testing.T) {
			v, err := mw(fieldCtx(tc.object, tc.field), ok)
			if got := errors.Is(err, errBusy); got != tc.wantBusy {
				t.Errorf("busy: got %v (%v, %v), want %v", got, v, err, tc.wantBusy)
			}
		})
	}
	close(release)
	for range slots {
		if err := <-finished; err != nil {
			t.Fatal(err)
		}
	}
	if v, err := mw(fieldCtx("Query", "paths"), ok); err != nil || v != "ran" {
		t.Errorf("after the slots were given back: got %v, %v", v, err)
	}
}

// TestErrorPresenterCodes checks the codes the presenter gives the
// handler's own refusals.
func TestErrorPresenterCodes(t *testing.T) {
	present := errorPresenter(slog.New(slog.DiscardHandler), nil)
	ctx := graphql.WithResponseContext(context.Background(), graphql.DefaultErrorPresenter, nil)
	tests := []struct {
		name     string
		err      error
		wantCode string
	}{
		{"busy", fmt.Errorf("paths: %w", errBusy), CodeBusy},
		{"cancelled", fmt.Errorf("neighborhood: %w", context.Canceled), CodeCanceled},
		{"deadline", fmt.Errorf("paths: %w", context.DeadlineExceeded), CodeTimeout},
		{"token limit", gqlerror.Errorf("exceeded token limit of 1000"), CodeTokenLimit},
		{"internal", errors.New("disk on fire"), CodeInternal},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := present(ctx, tc.err).Extensions["code"]; got != tc.wantCode {
				t.Errorf("got %v, want %s", got, tc.wantCode)
			}
		})
	}
}
