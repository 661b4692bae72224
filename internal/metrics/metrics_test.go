package metrics

import (
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// TestLabelsBounded: operation names and error codes take a bounded set
// of label values, whatever clients send.
func TestLabelsBounded(t *testing.T) {
	m := New()
	op := func(name string) *graphql.OperationContext {
		return &graphql.OperationContext{OperationName: name, Operation: &ast.OperationDefinition{Operation: ast.Query}}
	}
	tests := []struct {
		name string
		oc   *graphql.OperationContext
		want string
	}{
		{"named", op("Docs"), "Docs"},
		{"anonymous", op(""), "anonymous"},
		{"name from the document", &graphql.OperationContext{Operation: &ast.OperationDefinition{Name: "Inline"}}, "Inline"},
		{"did not parse", &graphql.OperationContext{OperationName: "Docs"}, "unknown"},
		{"not a GraphQL name", op("drop table;"), "other"},
		{"too long", op(strings.Repeat("a", 65)), "other"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := m.opName(tc.oc); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
	for i := range 2 * MaxOperationNames {
		m.opName(op(fmt.Sprint("Op", i)))
	}
	if got := m.opName(op("Docs")); got != "Docs" {
		t.Errorf("a name seen before the cap: got %q", got)
	}
	if got := m.opName(op(fmt.Sprint("Op", 2*MaxOperationNames-1))); got != "other" {
		t.Errorf("a name past the cap: got %q, want other", got)
	}
	for code, want := range map[string]string{"": "NONE", "NOT_FOUND": "NOT_FOUND", "not a code": "OTHER"} {
		if got := m.code(code); got != want {
			t.Errorf("code(%q) = %q, want %q", code, got, want)
		}
	}
}

// BenchmarkScrape measures one scrape of /metrics with every GraphQL
// series filled for MaxOperationNames operations (the worst case) and the
// Go and process collectors.
func BenchmarkScrape(b *testing.B) {
	m := New()
	for i := range MaxOperationNames {
		name := fmt.Sprint("Op", i)
		m.ops.WithLabelValues(name, "query").Inc()
		m.latency.WithLabelValues(name, "query").Observe(0.01)
		m.errs.WithLabelValues(name, "NOT_FOUND").Inc()
	}
	h := m.Handler()
	req := httptest.NewRequest("GET", "/metrics", nil)
	var size int
	for b.Loop() {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		size = w.Body.Len()
	}
	b.ReportMetric(float64(size), "bytes/scrape")
}
