package gizmo_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/gizmo"
)

// The entities China sanctions, as the documentation shows it.
func ExampleHandler() {
	qs := memstore.New(
		quad.MakeIRI("ng:e/gpe/china", "ng:r/sanction", "ng:e/gpe/north-korea", "ng:d/doc1"),
		quad.Make(quad.IRI("ng:e/gpe/china"), quad.IRI("ng:name"), "China", quad.IRI("ng:d/doc1")),
		quad.Make(quad.IRI("ng:e/gpe/north-korea"), quad.IRI("ng:name"), "North Korea", quad.IRI("ng:d/doc1")),
	)
	h := gizmo.Handler(qs, gizmo.Options{Timeout: 5 * time.Second, Limit: 100})

	body := `g.V("<ng:e/gpe/china>").Out("<ng:r/sanction>").Out("<ng:name>").All()`
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/gizmo", strings.NewReader(body)))
	fmt.Println(rec.Code, rec.Body.String())

	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/gizmo", strings.NewReader(`g.V(`)))
	fmt.Println(rec.Code, rec.Body.String())
	// Output:
	// 200 {"result":[{"id":"North Korea"}],"truncated":false}
	//
	// 400 {"error":"SyntaxError: (anonymous): Line 1:5 Unexpected end of input (and 1 more errors)","code":"BAD_QUERY"}
}
