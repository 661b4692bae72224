package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/gizmo"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/query"
	"github.com/newsgraph/newsgraph/internal/query/querytest"
	"github.com/newsgraph/newsgraph/internal/server"
	"github.com/newsgraph/newsgraph/internal/testenv"
)

var discard = slog.New(slog.DiscardHandler)

type env struct {
	h   http.Handler
	svc *query.Service
	st  *kg.Store
}

func newEnv(t *testing.T, cfg server.Config) env {
	t.Helper()
	st := querytest.Store(t)
	svc, err := query.New(context.Background(), st.QuadStore(), query.WithLogger(discard))
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	cfg.GraphQL = graph.NewHandler(svc, graph.Options{Ingester: ingest.New(x, st), Logger: discard})
	cfg.Grapher = svc
	if cfg.Pinger == nil {
		cfg.Pinger = st
	}
	cfg.Gizmo = gizmo.Handler(st.QuadStore(), gizmo.Options{Logger: discard})
	cfg.Logger = discard
	if cfg.AllowedHosts == nil {
		cfg.AllowedHosts = []string{"example.com"} // httptest.NewRequest's Host
	}
	return env{h: server.New(cfg), svc: svc, st: st}
}

func get(t *testing.T, h http.Handler, target string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	return rec
}

type failingPinger struct{}

func (failingPinger) Ping(context.Context) error { return errors.New("disk on fire") }

func TestRoutes(t *testing.T) {
	e := newEnv(t, server.Config{})
	tests := []struct {
		name       string
		method     string
		target     string
		body       string
		wantStatus int
		wantType   string
		wantBody   string // substring
	}{
		{"playground", "GET", "/", "", 200, "text/html", "graphiql"},
		{"healthz", "GET", "/healthz", "", 200, "application/json", `"ok"`},
		{"readyz", "GET", "/readyz", "", 200, "application/json", `"ready"`},
		{"graphql", "POST", "/graphql", `{"query":"{ entity(id: \"gpe/china\") { name } }"}`, 200, "application/json", `{"data":{"entity":{"name":"China"}}}`},
		{"gizmo", "POST", "/gizmo", `g.V("<ng:e/gpe/china>").Out("<ng:r/sanction>").All()`, 200, "application/json", `ng:e/gpe/north-korea`},
		{"unknown route", "GET", "/nope", "", 404, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := httptest.NewRequest(tc.method, tc.target, strings.NewReader(tc.body))
			switch {
			case tc.method == "POST" && strings.HasPrefix(tc.body, "{"):
				req.Header.Set("Content-Type", "application/json")
			case tc.target == "/gizmo":
				req.Header.Set("Content-Type", "application/x-gizmo")
			}
			rec := httptest.NewRecorder()
			e.h.ServeHTTP(rec, req)
			if rec.Code != tc.wantStatus {
				t.Fatalf("status: got %d, want %d (%s)", rec.Code, tc.wantStatus, rec.Body)
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, tc.wantType) {
				t.Errorf("Content-Type: got %q, want %q", ct, tc.wantType)
			}
			if !strings.Contains(strings.ToLower(rec.Body.String()), strings.ToLower(tc.wantBody)) {
				t.Errorf("body: got %.300s, want it to contain %s", rec.Body, tc.wantBody)
			}
		})
	}
	bad := newEnv(t, server.Config{Pinger: failingPinger{}})
	if rec := get(t, bad.h, "/readyz"); rec.Code != http.StatusServiceUnavailable || strings.Contains(rec.Body.String(), "fire") {
		t.Errorf("readyz with a failing store: got %d %s, want 503 without the internal cause", rec.Code, rec.Body)
	}
}

func TestExport(t *testing.T) {
	e := newEnv(t, server.Config{MaxExportEdges: 50})
	tests := []struct {
		name       string
		target     string
		wantStatus int
		wantType   string
		check      func(t *testing.T, body []byte)
	}{
		{"cytoscape whole graph", "/export?format=cytoscape", 200, "application/json", func(t *testing.T, b []byte) {
			var v any
			if err := json.Unmarshal(b, &v); err != nil {
				t.Fatalf("not JSON: %v", err)
			}
			if !bytes.Contains(b, []byte("gpe/china")) || bytes.Contains(b, []byte("gpe/russia|sanction")) {
				t.Errorf("body: %.400s", b)
			}
		}},
		{"graphml neighbourhood with filter", "/export?format=graphml&entity=gpe/north-korea&depth=1&quadClass=4&includeNegated=true", 200, "application/graphml+xml", func(t *testing.T, b []byte) {
			if err := xml.Unmarshal(b, new(struct{})); err != nil {
				t.Fatalf("not XML: %v", err)
			}
			if !bytes.Contains(b, []byte("gpe/russia")) || bytes.Contains(b, []byte("gpe/japan")) {
				t.Errorf("filter not applied: %.600s", b)
			}
		}},
		{"gexf subgraph", "/export?format=gexf&entities=gpe/china,%20gpe/north-korea", 200, "application/gexf+xml", func(t *testing.T, b []byte) {
			if !bytes.Contains(b, []byte("sanction")) {
				t.Errorf("body: %.400s", b)
			}
		}},
		{"dot with dates", "/export?format=dot&publishedFrom=2017-11-01T00:00:00Z", 200, "text/vnd.graphviz", func(t *testing.T, b []byte) {
			if !bytes.Contains(b, []byte("threaten")) || bytes.Contains(b, []byte(`"sanction"`)) {
				t.Errorf("body: %.600s", b)
			}
		}},
		{"nquads", "/export?format=nquads&predicate=sanction", 200, "application/n-quads", func(t *testing.T, b []byte) {
			if !bytes.Contains(b, []byte("<ng:e/gpe/china> <ng:r/sanction> <ng:e/gpe/north-korea> <ng:d/doc-sanctions> .")) {
				t.Errorf("body: %s", b)
			}
		}},
		{"unknown format", "/export?format=xls", 400, "application/json", nil},
		{"bad filter", "/export?format=dot&goldsteinMin=abc", 400, "application/json", nil},
		{"unknown entity", "/export?format=dot&entity=gpe/atlantis", 404, "application/json", nil},
		{"above the limit", "/export?format=dot&maxEdges=51", 422, "application/json", nil},
		{"depth above the limit", "/export?format=dot&entity=gpe/china&depth=9", 422, "application/json", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := get(t, e.h, tc.target)
			if rec.Code != tc.wantStatus {
				t.Fatalf("status: got %d, want %d (%s)", rec.Code, tc.wantStatus, rec.Body)
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, tc.wantType) {
				t.Errorf("Content-Type: got %q, want %q", ct, tc.wantType)
			}
			if tc.check != nil {
				tc.check(t, rec.Body.Bytes())
			}
		})
	}
}

func TestTimeout(t *testing.T) {
	e := newEnv(t, server.Config{Timeout: time.Nanosecond})
	rec := get(t, e.h, "/export?format=dot")
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "TIMEOUT") {
		t.Errorf("export past the time limit: got %d %s, want 503 TIMEOUT", rec.Code, rec.Body)
	}
}

// TestWebSocketOutlivesTimeout subscribes through the server, waits longer
// than the request time limit, then ingests: the subscription must still
// deliver, since WebSocket requests are exempt.
func TestWebSocketOutlivesTimeout(t *testing.T) {
	e := newEnv(t, server.Config{Timeout: 50 * time.Millisecond})
	srv := httptest.NewServer(e.h)
	defer srv.Close()
	// subscribeAndIngest waits 100 ms between subscribing and ingesting: the
	// connection has to outlive the 50 ms request limit to see the event.
	got := subscribeAndIngest(t, srv.URL, "subscription { documentIngested { title } }",
		`mutation { ingestDocument(text: "Japan praised Germany.", title: "Late") { added } }`)
	if !strings.Contains(got, `"Late"`) {
		t.Fatalf("got event %s, want the document titled Late", got)
	}
}

// subscribeAndIngest subscribes over graphql-transport-ws at base, posts the
// ingest mutation once the subscription is registered, and returns the
// payload of the first event; it fails on an error message or payload.
func subscribeAndIngest(t *testing.T, base, subscription, mutation string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c := testenv.DialGraphQLWS(ctx, t, base+"/graphql")
	c.Subscribe("1", subscription)
	// graphql-transport-ws does not acknowledge a subscription: give the
	// server a moment to register it before the document arrives.
	time.Sleep(100 * time.Millisecond)
	body, _ := json.Marshal(map[string]string{"query": mutation})
	resp, err := http.Post(base+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(b), `"added":true`) {
		t.Fatalf("mutation: %s", b)
	}
	m, err := c.Next()
	if err != nil {
		t.Fatal(err)
	}
	if m.Type != "next" || strings.Contains(string(m.Payload), `"errors"`) {
		t.Fatalf("got %s %s", m.Type, m.Payload)
	}
	return string(m.Payload)
}

func TestWriteExport(t *testing.T) {
	e := newEnv(t, server.Config{})
	var buf bytes.Buffer
	ct, truncated, err := server.WriteExport(context.Background(), &buf, e.svc, url.Values{"format": {"dot"}, "maxEdges": {"1"}}, 10)
	if err != nil || ct != "text/vnd.graphviz; charset=utf-8" || !truncated || !strings.Contains(buf.String(), "sanction") {
		t.Errorf("WriteExport(maxEdges 1): got %q, %v, %v, %s", ct, truncated, err, buf.String())
	}
	buf.Reset()
	_, truncated, err = server.WriteExport(context.Background(), &buf, e.svc, url.Values{"format": {"nquads"}}, 1000)
	if err != nil || truncated || strings.Count(buf.String(), "<ng:r/") != 12 {
		t.Errorf("WriteExport(whole graph): truncated %v, %v, %d relation quads, want 12 (11 relations, one in 2 documents):\n%s", truncated, err, strings.Count(buf.String(), "<ng:r/"), buf.String())
	}
	if _, _, err := server.WriteExport(context.Background(), &buf, e.svc, url.Values{"format": {"pdf"}}, 10); !errors.Is(err, query.ErrBadInput) {
		t.Errorf("WriteExport(pdf): error %v, want ErrBadInput", err)
	}
}

// TestExportKeepsThePicture: exports carry the explorer's drawing (colour,
// size, position), the documents' titles and sources and each edge's
// evidence count and first sentence, and take the whole filter.
func TestExportKeepsThePicture(t *testing.T) {
	e := newEnv(t, server.Config{})
	tests := []struct {
		target string
		want   []string
	}{
		{"/export?format=gexf&entity=gpe/china", []string{`xmlns:viz="http://gexf.net/1.3/viz"`, `<viz:color r="234" g="88" b="12">`,
			"<viz:position", `<viz:size value=`, `for="evidence" value="2"`,
			`for="sentence" value="China imposed new sanctions on North Korea on Friday."`,
			`for="titles" value="Xi receives envoys as sanctions bite | China tightens sanctions on North Korea"`, // documents by ID
			`https://example.org/beijing | https://example.org/sanctions`}},
		{"/export?format=graphml&entities=gpe/china,gpe/north-korea", []string{`xmlns:y="http://www.yworks.com/xml/graphml"`,
			`yfiles.type="nodegraphics"`, `<y:Fill color="#EA580C"`, `<y:NodeLabel>North Korea</y:NodeLabel>`, `attr.name="sentence"`}},
		{"/export?format=cytoscape&source=notes&reporting=false", []string{`"sentence":"Angela Merkel met Donald Trump in São Paulo."`, `"titles":"Merkel meets Trump"`}},
	}
	for _, tc := range tests {
		rec := get(t, e.h, tc.target)
		body := rec.Body.String()
		if rec.Code != http.StatusOK {
			t.Fatalf("GET %s: %d %s", tc.target, rec.Code, body)
		}
		for _, w := range tc.want {
			if !strings.Contains(body, w) {
				t.Errorf("GET %s: no %s in\n%s", tc.target, w, body)
			}
		}
	}
	rec := get(t, e.h, "/export?format=cytoscape&outlet=example.org&excludePredicate=sanction")
	if body := rec.Body.String(); strings.Contains(body, `"predicate":"sanction"`) || strings.Contains(body, "Merkel") || !strings.Contains(body, "praise") {
		t.Errorf("outlet example.org without sanctions: %s", body)
	}
}
