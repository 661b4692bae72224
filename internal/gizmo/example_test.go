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

	ask := func(contentType, body string) {
		req := httptest.NewRequest(http.MethodPost, "/gizmo", strings.NewReader(body))
		req.Header.Set("Content-Type", contentType)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		fmt.Println(rec.Code, rec.Body.String())
	}
	ask(gizmo.ContentTypeScript, `g.V("<ng:e/gpe/china>").Out("<ng:r/sanction>").Out("<ng:name>").All()`)
	ask(gizmo.ContentTypeJSON, `{"query": "g.V(\"<ng:e/gpe/china>\").Out(\"<ng:name>\").All()"}`)
	ask(gizmo.ContentTypeScript, `g.V(`)
	ask("text/plain", `g.V().All()`) // what an HTML form or a cross-site fetch can send
	// Output:
	// 200 {"result":[{"id":"North Korea"}],"truncated":false}
	//
	// 200 {"result":[{"id":"China"}],"truncated":false}
	//
	// 400 {"error":"SyntaxError: (anonymous): Line 1:5 Unexpected end of input (and 1 more errors)","code":"BAD_QUERY"}
	//
	// 415 {"error":"Content-Type \"text/plain\": send the script as application/x-gizmo, or {\"query\": \"...\"} as application/json","code":"UNSUPPORTED_MEDIA_TYPE"}
}
