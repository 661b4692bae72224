package gizmo

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"reflect"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/cayley/writer"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// loadFixture loads testdata/small.nq, which follows internal/kg/vocab.go,
// into a memstore.
func loadFixture(t testing.TB) *memstore.QuadStore {
	t.Helper()
	f, err := os.Open("testdata/small.nq")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	quads, err := quad.ReadAll(nquads.NewReader(f, false))
	if err != nil {
		t.Fatalf("read fixture: %v", err)
	}
	return memstore.New(quads...)
}

func quadCount(t testing.TB, qs graph.QuadStore) int64 {
	t.Helper()
	st, err := qs.Stats(context.Background(), true)
	if err != nil {
		t.Fatal(err)
	}
	return st.Quads.Size
}

type answer struct {
	status  int
	result  []any
	trunc   bool
	errMsg  string
	code    string
	elapsed time.Duration
}

// script is the content type of a raw Gizmo script.
const script = ContentTypeScript

func post(t testing.TB, h http.Handler, contentType, body string) answer {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, "/gizmo", strings.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	rec := httptest.NewRecorder()
	start := time.Now()
	h.ServeHTTP(rec, req)
	a := answer{status: rec.Code, elapsed: time.Since(start)}
	if ct := rec.Header().Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type: got %q, want application/json", ct)
	}
	var raw struct {
		Result    []any  `json:"result"`
		Truncated bool   `json:"truncated"`
		Error     string `json:"error"`
		Code      string `json:"code"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &raw); err != nil {
		t.Fatalf("answer is not JSON: %v: %s", err, rec.Body.String())
	}
	a.result, a.trunc, a.errMsg, a.code = raw.Result, raw.Truncated, raw.Error, raw.Code
	return a
}

// ids collects the "id" tag of each result, sorted.
func ids(res []any) []string {
	var out []string
	for _, r := range res {
		if m, ok := r.(map[string]any); ok {
			out = append(out, m["id"].(string))
		} else {
			out = append(out, r.(string))
		}
	}
	sort.Strings(out)
	return out
}

func TestQueries(t *testing.T) {
	qs := loadFixture(t)
	h := Handler(qs, Options{Timeout: 5 * time.Second, Limit: 100})
	// docExample is the query the documentation shows: the entities China sanctions.
	const docExample = `g.V("<ng:e/gpe/china>").Out("<ng:r/sanction>").Out("<ng:name>").All()`
	tests := []struct {
		name, contentType, body string
		wantStatus              int
		wantIDs                 []string
		wantCode                string
	}{
		{"docs example: whom China sanctions", script, docExample, 200, []string{"Iran", "North Korea"}, ""},
		{"same as JSON", "application/json", `{"query": ` + jsonString(docExample) + `}`, 200, []string{"Iran", "North Korea"}, ""},
		{"JSON with charset", "application/json; charset=utf-8", `{"query": ` + jsonString(docExample) + `}`, 200, []string{"Iran", "North Korea"}, ""},
		{"in", script, `g.V("<ng:e/gpe/china>").In("<ng:r/president_of>").Out("<ng:name>").All()`, 200, []string{"Xi Jinping"}, ""},
		{"label restricts to a document", script,
			`g.V("<ng:e/gpe/china>").LabelContext("<ng:d/doc2>").Out("<ng:r/sanction>").All()`, 200, []string{"<ng:e/gpe/iran>"}, ""},
		{"emit", script, `g.Emit(g.V("<ng:e/gpe/china>").Out("<ng:name>").ToValue())`, 200, []string{"China"}, ""},
		{"tags", script, `g.V().Has("<ng:type>", "PERSON").Tag("p").Out("<ng:r/president_of>").Out("<ng:type>").All()`, 200, []string{"GPE"}, ""},
		{"no match", script, `g.V("<ng:e/nobody>").Out().All()`, 200, nil, ""},
		{"syntax error", script, `g.V(.All(`, 400, nil, CodeBadQuery},
		{"reference error", script, `nosuch.V().All()`, 400, nil, CodeBadQuery},
		{"thrown", script, `throw new Error("boom")`, 400, nil, CodeBadQuery},
		{"wrong step arguments", script, `g.Emit(g.V().ToArray(1, 2))`, 400, nil, CodeBadQuery},
		{"empty", script, "  \n", 400, nil, CodeBadRequest},
		{"bad JSON", "application/json", `{"query": 1}`, 400, nil, CodeBadRequest},
		{"unknown JSON field", "application/json", `{"q": "g.V().All()"}`, 400, nil, CodeBadRequest},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := post(t, h, tc.contentType, tc.body)
			if a.status != tc.wantStatus {
				t.Fatalf("status: got %d, want %d (error %q)", a.status, tc.wantStatus, a.errMsg)
			}
			if tc.wantStatus != 200 {
				if a.code != tc.wantCode || a.errMsg == "" {
					t.Errorf("error: got code %q message %q, want code %s and a message", a.code, a.errMsg, tc.wantCode)
				}
				return
			}
			if tc.name == "docs example: whom China sanctions" {
				// The exact answer the documentation shows.
				want := []any{map[string]any{"id": "North Korea"}, map[string]any{"id": "Iran"}}
				if !reflect.DeepEqual(a.result, want) && !reflect.DeepEqual(a.result, []any{want[1], want[0]}) {
					t.Errorf("docs example: got %v, want %v in any order", a.result, want)
				}
			}
			if got := ids(a.result); !reflect.DeepEqual(got, tc.wantIDs) {
				t.Errorf("results: got %q, want %q", got, tc.wantIDs)
			}
			if a.result == nil {
				t.Errorf("result: got null, want an array")
			}
		})
	}
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func TestMethodAndSize(t *testing.T) {
	h := Handler(loadFixture(t), Options{MaxBodyBytes: 64})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/gizmo?qu=g.V().All()", nil))
	if rec.Code != http.StatusMethodNotAllowed || rec.Header().Get("Allow") != http.MethodPost {
		t.Errorf("GET: got %d Allow %q, want 405 Allow POST", rec.Code, rec.Header().Get("Allow"))
	}
	a := post(t, h, script, "g.V().All() // "+strings.Repeat("x", 100))
	if a.status != http.StatusRequestEntityTooLarge || a.code != CodeBadRequest {
		t.Errorf("large body: got %d %s, want 413 %s", a.status, a.code, CodeBadRequest)
	}
}

func TestLimit(t *testing.T) {
	qs := loadFixture(t)
	h := Handler(qs, Options{Limit: 2})
	tests := []struct {
		name, query string
		wantN       int
		wantTrunc   bool
	}{
		{"All over the limit", `g.V().All()`, 2, true},
		{"GetLimit above the limit", `g.V().GetLimit(50)`, 2, true},
		{"Emit in a loop", `for (var i = 0; i < 10; i++) { g.Emit(i) }`, 2, true},
		{"at the limit", `g.V("<ng:e/gpe/china>").Out("<ng:r/sanction>").All()`, 2, false},
		{"under the limit", `g.V("<ng:e/gpe/china>").All()`, 1, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := post(t, h, script, tc.query)
			if a.status != 200 {
				t.Fatalf("status %d: %s", a.status, a.errMsg)
			}
			if len(a.result) != tc.wantN || a.trunc != tc.wantTrunc {
				t.Errorf("got %d results truncated=%v, want %d truncated=%v", len(a.result), a.trunc, tc.wantN, tc.wantTrunc)
			}
		})
	}
}

// TestReadOnly tries every way a script or a caller could change the store.
func TestReadOnly(t *testing.T) {
	qs := loadFixture(t)
	before := quadCount(t, qs)
	h := Handler(qs, Options{Timeout: 2 * time.Second})
	for _, q := range []string{
		`g.AddQuad("<a>", "<b>", "<c>")`,
		`graph.Write([{subject: "<a>", predicate: "<b>", object: "<c>"}])`,
		`g.V("<ng:e/gpe/china>").RemoveQuad("<ng:name>")`,
		`g.qs.ApplyDeltas([])`,
		`g.V().Save("<ng:name>", "x").All(); g.V().Delete()`,
	} {
		a := post(t, h, script, q)
		if a.status != http.StatusBadRequest || a.code != CodeBadQuery {
			t.Errorf("%s: got %d %s %q, want 400 %s", q, a.status, a.code, a.errMsg, CodeBadQuery)
		}
	}
	if after := quadCount(t, qs); after != before {
		t.Errorf("quads after write attempts: got %d, want %d", after, before)
	}

	// The store the sessions run on refuses writes even from Go.
	ro := readOnly{qs}
	err := ro.ApplyDeltas([]graph.Delta{{Quad: quad.MakeIRI("a", "b", "c", ""), Action: graph.Add}}, graph.IgnoreOpts{})
	if err != ErrReadOnly {
		t.Errorf("ApplyDeltas: got %v, want ErrReadOnly", err)
	}
	if w, err := ro.NewQuadWriter(); err != ErrReadOnly || w != nil {
		t.Errorf("NewQuadWriter: got %v, %v, want nil, ErrReadOnly", w, err)
	}
	qw, err := writer.NewSingle(ro, graph.IgnoreOpts{})
	if err != nil {
		t.Fatal(err)
	}
	if err := qw.AddQuad(quad.MakeIRI("a", "b", "c", "")); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Cayley's writer AddQuad: got %v, want ErrReadOnly", err)
	}
	if err := ro.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	if after := quadCount(t, qs); after != before {
		t.Errorf("quads after direct writes: got %d, want %d", after, before)
	}
	// Close on the view did not close the store: queries still answer.
	if a := post(t, h, script, `g.V("<ng:e/gpe/china>").All()`); a.status != 200 || len(a.result) != 1 {
		t.Errorf("query after Close on the view: got %d %v", a.status, a.result)
	}
}

// TestTimeout: scripts that never end are cut off at the time limit, and
// their goroutines end.
func TestTimeout(t *testing.T) {
	qs := loadFixture(t)
	const limit = 200 * time.Millisecond
	h := Handler(qs, Options{Timeout: limit})
	baseline := runtime.NumGoroutine()
	for _, q := range []string{
		`while (true) {}`,
		`for (;;) { g.V().ToArray() }`,
		`var a = []; while (true) { a.push(g.V("<ng:e/gpe/china>").Out().ToValue()) }`,
	} {
		a := post(t, h, script, q)
		if a.status != http.StatusGatewayTimeout || a.code != CodeTimeout {
			t.Errorf("%s: got %d %s %q, want 504 %s", q, a.status, a.code, a.errMsg, CodeTimeout)
		}
		if a.elapsed < limit || a.elapsed > limit+2*time.Second {
			t.Errorf("%s: answered after %v, want just over %v", q, a.elapsed, limit)
		}
		t.Logf("%s: cut off after %v", q, a.elapsed.Round(time.Millisecond))
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > baseline && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > baseline {
		t.Errorf("goroutines after timeouts: got %d, want at most %d (script still running)", n, baseline)
	}
	// The handler still answers afterwards.
	if a := post(t, h, script, `g.V("<ng:e/gpe/china>").All()`); a.status != 200 {
		t.Errorf("query after timeouts: got %d %s", a.status, a.errMsg)
	}
}

func TestClientCancel(t *testing.T) {
	h := Handler(loadFixture(t), Options{Timeout: 10 * time.Second})
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	req := httptest.NewRequest(http.MethodPost, "/gizmo", strings.NewReader(`while (true) {}`)).WithContext(ctx)
	req.Header.Set("Content-Type", script)
	rec := httptest.NewRecorder()
	start := time.Now()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusRequestTimeout || time.Since(start) > 3*time.Second {
		t.Errorf("cancelled request: got %d after %v, want 408 soon after 100ms", rec.Code, time.Since(start))
	}
}

func TestConcurrent(t *testing.T) {
	h := Handler(loadFixture(t), Options{MaxConcurrent: 16})
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for i := 0; i < 16; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a := post(t, h, script, `g.V("<ng:e/gpe/china>").Out("<ng:r/sanction>").Out("<ng:name>").All()`)
			if got := ids(a.result); a.status != 200 || !reflect.DeepEqual(got, []string{"Iran", "North Korea"}) {
				errs <- a.errMsg
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("concurrent query failed: %q", e)
	}
}

// BenchmarkDocExample measures one query through the handler, session
// creation included (go test -bench . ./internal/gizmo).
func BenchmarkDocExample(b *testing.B) {
	h := Handler(loadFixture(b), Options{})
	for b.Loop() {
		if a := post(b, h, script, `g.V("<ng:e/gpe/china>").Out("<ng:r/sanction>").Out("<ng:name>").All()`); a.status != 200 {
			b.Fatal(a.errMsg)
		}
	}
}

func httptestPost(contentType, body string) *http.Request {
	req := httptest.NewRequest(http.MethodPost, "/gizmo", strings.NewReader(body))
	req.Header.Set("Content-Type", contentType)
	return req
}

func serve(h http.Handler, req *http.Request) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}
