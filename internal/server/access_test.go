package server_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/query"
	"github.com/newsgraph/newsgraph/internal/server"
)

// okPinger is a store that always answers.
type okPinger struct{}

func (okPinger) Ping(context.Context) error { return nil }

// emptyGraph is a Grapher with no relations.
type emptyGraph struct{}

func (emptyGraph) Neighborhood(context.Context, string, int, int, query.Filter) (query.Subgraph, error) {
	return query.Subgraph{}, nil
}
func (emptyGraph) Subgraph(context.Context, []string, query.Filter) (query.Subgraph, error) {
	return query.Subgraph{}, nil
}
func (emptyGraph) Graph(context.Context, query.Filter, int) (query.Subgraph, error) {
	return query.Subgraph{}, nil
}

// whoAmI answers with its route and the name of the request's key.
func whoAmI(route string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		k, _ := auth.FromContext(r.Context())
		fmt.Fprintf(w, "%s key=%s", route, k.Name)
	})
}

// stubConfig mounts stand-ins for GraphQL and Gizmo that show the key
// they were given, so that the access checks are tested on their own.
func stubConfig() server.Config {
	return server.Config{GraphQL: whoAmI("graphql"), Gizmo: whoAmI("gizmo"), Grapher: emptyGraph{}, Pinger: okPinger{}, Logger: discard}
}

func testKeys(t *testing.T) *auth.Keys {
	t.Helper()
	reader, err := auth.NewKey("reader", []auth.Scope{auth.Read}, "ng_reader")
	if err != nil {
		t.Fatal(err)
	}
	writer, err := auth.NewKey("writer", []auth.Scope{auth.Read, auth.Write}, "ng_writer")
	if err != nil {
		t.Fatal(err)
	}
	ks, err := auth.NewKeys(reader, writer)
	if err != nil {
		t.Fatal(err)
	}
	return ks
}

// request describes one request of a table.
type request struct {
	method, target, host string
	header               map[string]string
	body                 string
}

func (q request) do(h http.Handler) *httptest.ResponseRecorder {
	method := q.method
	if method == "" {
		method = http.MethodGet
	}
	req := httptest.NewRequest(method, q.target, strings.NewReader(q.body))
	if q.host != "" {
		req.Host = q.host
	}
	for k, v := range q.header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// TestHostCheck sends forged Host headers, as a DNS-rebinding page would
// (its own name, resolving to this server): only the loopback names, the
// configured ones and the health probes are served.
func TestHostCheck(t *testing.T) {
	cfg := stubConfig()
	cfg.AllowedHosts = []string{"news.example.com", "api.example.com:8443", "*.corp.example"}
	h := server.New(cfg)
	tests := []struct {
		name string
		req  request
		want int
	}{
		{"localhost with a port", request{target: "/graphql", host: "localhost:8080"}, 200},
		{"127.0.0.1", request{target: "/graphql", host: "127.0.0.1"}, 200},
		{"IPv6 loopback", request{target: "/graphql", host: "[::1]:8080"}, 200},
		{"upper case, final dot", request{target: "/graphql", host: "LOCALHOST.:80"}, 200},
		{"configured name, any port", request{target: "/graphql", host: "news.example.com:9000"}, 200},
		{"configured name and port", request{target: "/graphql", host: "api.example.com:8443"}, 200},
		{"configured name, other port", request{target: "/graphql", host: "api.example.com:8080"}, 421},
		{"subdomain pattern", request{target: "/graphql", host: "a.corp.example"}, 200},
		{"rebinding name on /graphql", request{method: "POST", target: "/graphql", host: "attacker.example:8080", body: `{"query":"mutation{deleteDocument(id:\"x\"){deleted}}"}`}, 421},
		{"rebinding name on /gizmo", request{method: "POST", target: "/gizmo", host: "attacker.example"}, 421},
		{"rebinding name on the playground", request{target: "/", host: "attacker.example"}, 421},
		{"suffix is not a subdomain", request{target: "/graphql", host: "evilcorp.example"}, 421},
		{"empty Host", request{target: "/graphql", host: ""}, 200}, // httptest's default, example.com, is replaced below
		{"healthz from any host", request{target: "/healthz", host: "10.1.2.3:8080"}, 200},
		{"readyz from any host", request{target: "/readyz", host: "10.1.2.3:8080"}, 200},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.name == "empty Host" {
				tc.req.host, tc.want = "example.com", 421
			}
			rec := tc.req.do(h)
			if rec.Code != tc.want {
				t.Fatalf("Host %q: got %d %s, want %d", tc.req.host, rec.Code, rec.Body, tc.want)
			}
			if tc.want == 421 && !strings.Contains(rec.Body.String(), `"code":"HOST_NOT_ALLOWED"`) {
				t.Errorf("body: got %s, want code HOST_NOT_ALLOWED", rec.Body)
			}
		})
	}
}

// TestSecurityHeaders checks every kind of answer, pages with their own
// Content-Security-Policy included, for the headers against sniffing,
// referrer leaks and framing.
func TestSecurityHeaders(t *testing.T) {
	h := server.New(stubConfig())
	tests := []struct {
		name    string
		req     request
		wantCSP string // a policy the page sets itself and must keep
	}{
		{"playground", request{target: "/", host: "localhost"}, "script-src 'self'"},
		{"explorer", request{target: "/explore", host: "localhost"}, "script-src 'self'"},
		{"graphql", request{target: "/graphql", host: "localhost"}, ""},
		{"healthz", request{target: "/healthz", host: "localhost"}, ""},
		{"not found", request{target: "/nope", host: "localhost"}, ""},
		{"refused host", request{target: "/", host: "attacker.example"}, ""},
		{"websocket upgrade", request{target: "/graphql", host: "localhost", header: map[string]string{"Upgrade": "websocket", "Connection": "Upgrade"}}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := tc.req.do(h)
			hdr := rec.Header()
			for k, want := range map[string]string{"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"} {
				if got := hdr.Get(k); got != want {
					t.Errorf("%s: got %q, want %q", k, got, want)
				}
			}
			if tc.req.header["Upgrade"] != "" {
				return
			}
			csp := strings.Join(hdr.Values("Content-Security-Policy"), " | ")
			if !strings.Contains(csp, "frame-ancestors 'none'") {
				t.Errorf("Content-Security-Policy: got %q, want frame-ancestors 'none'", csp)
			}
			if !strings.Contains(csp, tc.wantCSP) {
				t.Errorf("Content-Security-Policy: got %q, want the page's own %q kept", csp, tc.wantCSP)
			}
		})
	}
}

func TestCORS(t *testing.T) {
	const app, other = "https://app.example.com", "https://attacker.example"
	preflight := func(origin, method string) request {
		return request{method: "OPTIONS", target: "/graphql", host: "localhost", header: map[string]string{
			"Origin": origin, "Access-Control-Request-Method": method, "Access-Control-Request-Headers": "authorization, content-type"}}
	}
	post := func(origin string) request {
		return request{method: "POST", target: "/graphql", host: "localhost", body: "{}", header: map[string]string{"Origin": origin, "Content-Type": "application/json"}}
	}
	tests := []struct {
		name        string
		origins     []string
		req         request
		wantStatus  int
		wantAllowed string // Access-Control-Allow-Origin
		wantHeaders string // Access-Control-Allow-Headers
	}{
		{"off by default: preflight", nil, preflight(app, "POST"), 200, "", ""},
		{"off by default: POST", nil, post(app), 200, "", ""},
		{"preflight from an allowed origin", []string{app}, preflight(app, "POST"), 204, app, "Authorization, Content-Type"},
		{"origin compared without case or final slash", []string{"HTTPS://App.Example.com/"}, preflight(app, "GET"), 204, app, "Authorization, Content-Type"},
		{"preflight from another origin", []string{app}, preflight(other, "POST"), 403, "", ""},
		{"preflight for DELETE", []string{app}, preflight(app, "DELETE"), 403, "", ""},
		{"POST from an allowed origin", []string{app}, post(app), 200, app, ""},
		{"POST from another origin", []string{app}, post(other), 200, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := stubConfig()
			cfg.CORSOrigins = tc.origins
			if tc.origins == nil {
				// GraphQL's own OPTIONS answer: allowed methods, no CORS.
				cfg.GraphQL = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Header().Set("Allow", "OPTIONS, GET, POST") })
			}
			rec := tc.req.do(server.New(cfg))
			if rec.Code != tc.wantStatus {
				t.Fatalf("status: got %d %s, want %d", rec.Code, rec.Body, tc.wantStatus)
			}
			if got := rec.Header().Get("Access-Control-Allow-Origin"); got != tc.wantAllowed {
				t.Errorf("Access-Control-Allow-Origin: got %q, want %q", got, tc.wantAllowed)
			}
			if got := rec.Header().Get("Access-Control-Allow-Headers"); got != tc.wantHeaders {
				t.Errorf("Access-Control-Allow-Headers: got %q, want %q", got, tc.wantHeaders)
			}
			if rec.Header().Get("Access-Control-Allow-Credentials") != "" {
				t.Error("Access-Control-Allow-Credentials set: keys travel in a header, never in cookies")
			}
		})
	}
}

// TestKeys checks the routes the server itself guards: with keys, /gizmo
// needs one with the read scope, /graphql and /export too when reads need
// a key, and a wrong key is refused everywhere. (Mutations are refused by
// the GraphQL handler through graph.Options.Authorize: cmd/newsgraph tests
// them end to end.)
func TestKeys(t *testing.T) {
	bearer := func(k string) map[string]string { return map[string]string{"Authorization": "Bearer " + k} }
	tests := []struct {
		name         string
		noKeys       bool
		readsNeedKey bool
		req          request
		wantStatus   int
		wantBody     string
		wantAuth     string // WWW-Authenticate
	}{
		{"no keys configured: gizmo open", true, false, request{method: "POST", target: "/gizmo"}, 200, "gizmo key=", ""},
		{"no keys configured: a header is ignored", true, false, request{method: "POST", target: "/gizmo", header: bearer("whatever")}, 200, "gizmo key=", ""},
		{"gizmo without a key", false, false, request{method: "POST", target: "/gizmo"}, 401, `"code":"UNAUTHENTICATED"`, `Bearer realm="newsgraph"`},
		{"gizmo with a read key", false, false, request{method: "POST", target: "/gizmo", header: bearer("ng_reader")}, 200, "gizmo key=reader", ""},
		{"gizmo with a write key", false, false, request{method: "POST", target: "/gizmo", header: bearer("ng_writer")}, 200, "gizmo key=writer", ""},
		{"wrong key on gizmo", false, false, request{method: "POST", target: "/gizmo", header: bearer("ng_guess")}, 401, `"code":"UNAUTHENTICATED"`, `Bearer realm="newsgraph", error="invalid_token"`},
		{"wrong key on an open route", false, false, request{target: "/graphql", header: bearer("ng_guess")}, 401, `"code":"UNAUTHENTICATED"`, `Bearer realm="newsgraph", error="invalid_token"`},
		{"basic auth is not a key", false, false, request{target: "/graphql", header: map[string]string{"Authorization": "Basic YTpi"}}, 401, `"code":"UNAUTHENTICATED"`, `Bearer realm="newsgraph", error="invalid_token"`},
		{"graphql reads open", false, false, request{target: "/graphql"}, 200, "graphql key=", ""},
		{"graphql gets the key", false, false, request{target: "/graphql", header: bearer("ng_writer")}, 200, "graphql key=writer", ""},
		{"reads need a key: graphql", false, true, request{target: "/graphql"}, 401, `"code":"UNAUTHENTICATED"`, `Bearer realm="newsgraph"`},
		{"reads need a key: export", false, true, request{target: "/export?format=dot"}, 401, `"code":"UNAUTHENTICATED"`, `Bearer realm="newsgraph"`},
		{"reads need a key: export with one", false, true, request{target: "/export?format=dot", header: bearer("ng_reader")}, 200, "digraph", ""},
		{"reads need a key: websocket upgrade left to GraphQL", false, true, request{target: "/graphql", header: map[string]string{"Upgrade": "websocket"}}, 200, "graphql key=", ""},
		{"reads need a key: health stays open", false, true, request{target: "/healthz"}, 200, "ok", ""},
		{"reads need a key: playground stays open", false, true, request{target: "/"}, 200, "graphiql", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := stubConfig()
			if !tc.noKeys {
				cfg.Keys = testKeys(t)
			}
			cfg.ReadsNeedKey = tc.readsNeedKey
			tc.req.host = "localhost:8080"
			rec := tc.req.do(server.New(cfg))
			if rec.Code != tc.wantStatus {
				t.Fatalf("status: got %d %s, want %d", rec.Code, rec.Body, tc.wantStatus)
			}
			if !strings.Contains(strings.ToLower(rec.Body.String()), strings.ToLower(tc.wantBody)) {
				t.Errorf("body: got %.200s, want it to contain %s", rec.Body, tc.wantBody)
			}
			if got := rec.Header().Get("WWW-Authenticate"); got != tc.wantAuth {
				t.Errorf("WWW-Authenticate: got %q, want %q", got, tc.wantAuth)
			}
		})
	}
}

// TestBodyTooLarge sends bodies over the limit with their length declared:
// 413 with a code, before the handler reads a byte, and nothing of the
// body in the answer.
func TestBodyTooLarge(t *testing.T) {
	cfg := stubConfig()
	cfg.MaxBodyBytes = 1000
	read := false
	cfg.GraphQL = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		read = true
		_, _ = io.Copy(w, r.Body)
	})
	h := server.New(cfg)
	big := `{"query":"` + strings.Repeat("ECHO", 300) + `"}`
	tests := []struct {
		name       string
		req        request
		wantStatus int
	}{
		{"graphql", request{method: "POST", target: "/graphql", body: big}, 413},
		{"gizmo", request{method: "POST", target: "/gizmo", body: big}, 413},
		{"at the limit", request{method: "POST", target: "/graphql", body: big[:1000]}, 200},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			read = false
			tc.req.host = "localhost"
			rec := tc.req.do(h)
			if rec.Code != tc.wantStatus {
				t.Fatalf("status: got %d, want %d", rec.Code, tc.wantStatus)
			}
			if tc.wantStatus != 413 {
				return
			}
			if read || strings.Contains(rec.Body.String(), "ECHO") {
				t.Errorf("the body was read or echoed: %.200s", rec.Body)
			}
			if !strings.Contains(rec.Body.String(), `"code":"BODY_TOO_LARGE"`) {
				t.Errorf("body: got %s, want code BODY_TOO_LARGE", rec.Body)
			}
		})
	}
}

// TestSlowBody opens connections that send their body a byte at a time:
// each must be cut off once the body timeout passes, while a request whose
// body came in time may take longer than that timeout to answer.
func TestSlowBody(t *testing.T) {
	const bodyTimeout = 300 * time.Millisecond
	cfg := stubConfig()
	cfg.BodyTimeout = bodyTimeout
	cfg.GraphQL = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := io.ReadAll(r.Body); err != nil {
			http.Error(w, "body not received", http.StatusBadRequest)
			return
		}
		time.Sleep(2 * bodyTimeout) // answering takes longer than the body timeout
		if err := r.Context().Err(); err != nil {
			http.Error(w, "cancelled: "+err.Error(), http.StatusServiceUnavailable)
			return
		}
		fmt.Fprint(w, "answered")
	})
	srv := httptest.NewServer(server.New(cfg))
	defer srv.Close()

	t.Run("trickled bodies are cut off", func(t *testing.T) {
		const conns = 20
		var wg sync.WaitGroup
		openAfter := make(chan time.Duration, conns)
		for range conns {
			wg.Add(1)
			go func() {
				defer wg.Done()
				openAfter <- trickle(t, srv.Listener.Addr().String(), 3*time.Second)
			}()
		}
		wg.Wait()
		close(openAfter)
		for d := range openAfter {
			if d > 2*time.Second {
				t.Fatalf("a connection trickling its body stayed open %v (body timeout %v)", d, bodyTimeout)
			}
		}
	})
	t.Run("a slow answer after a prompt body", func(t *testing.T) {
		resp, err := http.Post(srv.URL+"/graphql", "application/json", strings.NewReader(`{"query":"{x}"}`))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != 200 || string(b) != "answered" {
			t.Errorf("got %d %s, want 200 answered", resp.StatusCode, b)
		}
	})
}

// trickle sends a POST declaring a 100-byte body and then one byte every
// 50 ms for up to limit, and returns how long the server kept the
// connection before answering or closing it.
func trickle(t *testing.T, addr string, limit time.Duration) time.Duration {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Error(err)
		return 0
	}
	defer conn.Close()
	start := time.Now()
	fmt.Fprintf(conn, "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n")
	answered := make(chan struct{})
	go func() {
		defer close(answered)
		_, _ = bufio.NewReader(conn).ReadString('\n')
	}()
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for time.Since(start) < limit {
		select {
		case <-answered:
			return time.Since(start)
		case <-tick.C:
			if _, err := conn.Write([]byte("x")); err != nil {
				return time.Since(start)
			}
		}
	}
	return time.Since(start)
}
