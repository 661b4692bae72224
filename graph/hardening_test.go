package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/testenv"
)

// fanOut is the query: 31 fragments of about 40 bytes, 2^31
// fields once expanded.
func fanOut(k int, comment string) string {
	var b strings.Builder
	b.WriteString("fragment F0 on Entity{id name}\n")
	for i := 1; i <= k; i++ {
		fmt.Fprintf(&b, "fragment F%d on Entity{...F%d ...F%d}\n", i, i-1, i-1)
	}
	fmt.Fprintf(&b, `{entity(id:"gpe/united-kingdom"){...F%d}} # %s`, k, comment)
	return b.String()
}

// httpResponse is a response read over HTTP.
type httpResponse struct {
	status int
	body   []byte
	errs   []gqlError
}

func (r httpResponse) code() any {
	if len(r.errs) == 0 {
		return nil
	}
	return r.errs[0].Extensions["code"]
}

// send runs one HTTP request and decodes the GraphQL errors of its answer.
func send(t *testing.T, req *http.Request) httpResponse {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	var out struct{ Errors []gqlError }
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatalf("%d %s: %v", resp.StatusCode, b, err)
	}
	return httpResponse{status: resp.StatusCode, body: b, errs: out.Errors}
}

func postRequest(t *testing.T, url, q string) *http.Request {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"query": q})
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	return req
}

func getRequest(t *testing.T, u, q string) *http.Request {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, u+"?query="+url.QueryEscape(q), nil)
	if err != nil {
		t.Fatal(err)
	}
	return req
}

// TestRefusedQuickly sends, over POST and GET, the 30-level
// fragment fan-out, whose expanded tree the old limits walked for ever,
// and 5,000 repetitions of one field, which gqlparser's validation takes
// seconds to compare pairwise: both refused within 50 ms. Each try is a
// new query text (the comment), so that gqlgen's parsed-query cache does
// not help.
func TestRefusedQuickly(t *testing.T) {
	f := setup(t, graph.Options{})
	srv := httptest.NewServer(f.h)
	defer srv.Close()
	queries := []struct {
		name     string
		q        func(comment string) string
		wantCode string
	}{
		{"fan-out", func(c string) string { return fanOut(30, c) }, graph.CodeFieldLimit},
		{"repeated field", func(c string) string { return "{" + strings.Repeat("__typename ", 5000) + "} # " + c }, graph.CodeTokenLimit},
	}
	methods := []struct {
		name string
		req  func(t *testing.T, url, q string) *http.Request
	}{
		{"POST", postRequest},
		{"GET", getRequest},
	}
	for _, q := range queries {
		for _, m := range methods {
			t.Run(q.name+" "+m.name, func(t *testing.T) {
				if r := send(t, m.req(t, srv.URL, `{ stats { documents } }`)); r.status != http.StatusOK || len(r.errs) > 0 {
					t.Fatalf("warm-up: %d %s", r.status, r.body)
				}
				best := time.Hour
				for try := range 3 {
					start := time.Now()
					r := send(t, m.req(t, srv.URL, q.q(fmt.Sprint(m.name, try))))
					elapsed := time.Since(start)
					best = min(best, elapsed)
					if r.code() != q.wantCode {
						t.Fatalf("got %d %.300s, want %s", r.status, r.body, q.wantCode)
					}
					t.Logf("refused in %v: %s", elapsed, r.errs[0].Message)
				}
				// (run, the fan-out is 2^31 fields and the repeated field
				// minutes of validation: a refusal before either is far under
				// this bound even on a busy machine, where 50ms flaked)
				if best > 2*time.Second {
					t.Errorf("refused in %v at best, want under 2s", best)
				}
			})
		}
	}
}

// TestQueryLimits checks each limit on the query as written: fields and
// aliases counted with fragments expanded, tokens before validation.
func TestQueryLimits(t *testing.T) {
	f := setup(t, graph.Options{MaxFields: 12, MaxAliases: 2, MaxTokens: 400})
	tests := []struct {
		name     string
		q        string
		wantCode string
	}{
		{"fields", `{ stats { documents entities relations evidence } entities { totalCount edges { cursor node { id name type } } } }`, graph.CodeFieldLimit},
		{"fields through fragments", `fragment S on Stats { documents entities relations evidence } { stats { ...S ...S ...S } }`, graph.CodeFieldLimit},
		{"fan-out", fanOut(30, ""), graph.CodeFieldLimit},
		{"introspection fan-out, free of cost and depth", `fragment T0 on __Type { name kind } fragment T1 on __Type { ...T0 ...T0 }
			fragment T2 on __Type { ...T1 ...T1 } fragment T3 on __Type { ...T2 ...T2 } { __schema { types { ...T3 } } }`, graph.CodeFieldLimit},
		{"aliases", `{ a: stats { documents } b: stats { documents } c: stats { documents } }`, graph.CodeAliasLimit},
		{"aliases through fragments", `fragment S on Stats { n: documents } { stats { ...S ...S ...S } }`, graph.CodeAliasLimit},
		{"tokens", `{ stats { ` + strings.Repeat("documents ", 400) + `} }`, graph.CodeTokenLimit},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, errs := do(t, f.c, tc.q)
			if len(errs) == 0 || errs[0].Extensions["code"] != tc.wantCode {
				t.Errorf("got %+v, want %s", errs, tc.wantCode)
			}
		})
	}
	t.Run("within the limits", func(t *testing.T) {
		var resp struct{ A, B struct{ Documents int } }
		must(t, f.c, `fragment S on Stats { documents } { a: stats { ...S } b: stats { ...S } }`, &resp)
		if resp.A.Documents != 4 || resp.B.Documents != 4 {
			t.Errorf("got %+v", resp)
		}
	})
}

// recordingIngester counts the documents it is asked to change.
type recordingIngester struct {
	mu    sync.Mutex
	calls int
}

func (r *recordingIngester) Ingest(context.Context, string, string, string, *time.Time) (string, bool, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.calls++
	return "", false, errors.New("not in this test")
}

func (r *recordingIngester) Delete(context.Context, string) (bool, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.calls++
	return false, nil
}

// TestAuthorize checks that Options.Authorize sees every operation with
// its type, over HTTP and WebSocket, and that its refusals carry their
// codes and stop the operation before it runs.
func TestAuthorize(t *testing.T) {
	var mu sync.Mutex
	var seen []ast.Operation
	ing := &recordingIngester{}
	f := setup(t, graph.Options{Ingester: ing, Authorize: func(ctx context.Context, op ast.Operation) error {
		mu.Lock()
		seen = append(seen, op)
		mu.Unlock()
		switch op {
		case ast.Mutation:
			return fmt.Errorf("writes need an API key: %w", graph.ErrUnauthenticated)
		case ast.Subscription:
			return errors.New("this key may not subscribe")
		}
		return nil
	}})
	srv := httptest.NewServer(f.h)
	defer srv.Close()
	tests := []struct {
		name     string
		q        string
		ws       bool
		wantOp   ast.Operation
		wantCode any // nil: allowed
		wantMsg  string
	}{
		{"query allowed", `{ stats { documents } }`, false, ast.Query, nil, ""},
		{"mutation unauthenticated", `mutation { deleteDocument(id: "doc-sanctions") }`, false, ast.Mutation, graph.CodeUnauthenticated, "writes need an API key"},
		{"subscription forbidden", `subscription { documentIngested { id } }`, true, ast.Subscription, graph.CodeForbidden, "this key may not subscribe"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			mu.Lock()
			seen = nil
			mu.Unlock()
			var errs []gqlError
			if tc.ws {
				ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
				defer cancel()
				c := testenv.DialGraphQLWS(ctx, t, srv.URL)
				c.Subscribe("s", tc.q)
				errs = nextErrors(t, c, "s")
			} else {
				_, errs = do(t, f.c, tc.q)
			}
			var code any
			if len(errs) > 0 {
				code = errs[0].Extensions["code"]
			}
			if code != tc.wantCode || (tc.wantMsg != "" && !strings.Contains(errs[0].Message, tc.wantMsg)) {
				t.Errorf("got %+v, want code %v with %q", errs, tc.wantCode, tc.wantMsg)
			}
			mu.Lock()
			defer mu.Unlock()
			if len(seen) != 1 || seen[0] != tc.wantOp {
				t.Errorf("Authorize saw %v, want [%v]", seen, tc.wantOp)
			}
		})
	}
	if ing.calls != 0 {
		t.Errorf("the ingester ran %d times for refused mutations", ing.calls)
	}
}

// nextErrors reads the WebSocket until a message for id and returns its
// errors (none for data).
func nextErrors(t *testing.T, c *testenv.WSClient, id string) []gqlError {
	t.Helper()
	for {
		m, err := c.Next()
		if err != nil {
			t.Fatalf("read: %v", err)
		}
		if m.ID != id {
			continue
		}
		var p struct{ Errors []gqlError }
		switch m.Type {
		case "next":
			if err := json.Unmarshal(m.Payload, &p); err != nil {
				t.Fatal(err)
			}
		case "error":
			if err := json.Unmarshal(m.Payload, &p.Errors); err != nil {
				t.Fatal(err)
			}
		default:
			t.Fatalf("got %+v, want next or error for %s", m, id)
		}
		return p.Errors
	}
}

// TestWebSocketInitTimeout checks that a socket that never sends
// connection_init is closed after Options.InitTimeout, and one that does
// stays open.
func TestWebSocketInitTimeout(t *testing.T) {
	f := setup(t, graph.Options{InitTimeout: 100 * time.Millisecond})
	srv := httptest.NewServer(f.h)
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	wsURL := "ws" + strings.TrimPrefix(srv.URL, "http")
	t.Run("silent socket closed", func(t *testing.T) {
		conn, _, err := websocket.Dial(ctx, wsURL, &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
		if err != nil {
			t.Fatal(err)
		}
		defer conn.CloseNow()
		start := time.Now()
		_, _, err = conn.Read(ctx)
		elapsed := time.Since(start)
		var closed websocket.CloseError
		if !errors.As(err, &closed) || closed.Code != websocket.StatusProtocolError || !strings.Contains(closed.Reason, "initialisation timeout") {
			t.Errorf("got %v, want a close for the initialisation timeout", err)
		}
		if elapsed < 80*time.Millisecond || elapsed > 2*time.Second {
			t.Errorf("closed after %v, want about 100ms", elapsed)
		}
	})
	t.Run("initialised socket stays", func(t *testing.T) {
		c := testenv.DialGraphQLWS(ctx, t, srv.URL)
		time.Sleep(300 * time.Millisecond)
		c.Send(map[string]string{"type": "ping"})
		if m, err := c.Next(); err != nil || m.Type != "pong" {
			t.Errorf("got %+v, %v; want pong", m, err)
		}
	})
}

// TestSubscriptionLimits checks the caps on subscriptions per socket and
// in total, and that a closed socket gives its subscriptions back. A
// probe subscription with an invalid filter tells an accepted
// subscription (its resolver's BAD_USER_INPUT) from a refused one.
func TestSubscriptionLimits(t *testing.T) {
	f := setup(t, graph.Options{MaxSubscriptionsPerSocket: 2, MaxSubscriptions: 3})
	srv := httptest.NewServer(f.h)
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	const live = `subscription { documentIngested { id } }`
	const probe = `subscription { relationAdded(filter: {goldsteinMin: 5, goldsteinMax: -5}) { id } }`

	// probeUntil sends probes on c until one gets want, for up to 2s
	// (counts are given back asynchronously).
	n := 0
	probeUntil := func(c *testenv.WSClient, want string) {
		t.Helper()
		var got []gqlError
		for deadline := time.Now().Add(2 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
			n++
			id := fmt.Sprint("probe", n)
			c.Subscribe(id, probe)
			if got = nextErrors(t, c, id); len(got) > 0 && got[0].Extensions["code"] == want {
				return
			}
		}
		t.Fatalf("probe: got %+v, want %s", got, want)
	}

	a := testenv.DialGraphQLWS(ctx, t, srv.URL)
	for _, id := range []string{"a1", "a2", "a3"} {
		a.Subscribe(id, live)
	}
	m, err := a.Next()
	if err != nil {
		t.Fatal(err)
	}
	var p struct{ Errors []gqlError }
	_ = json.Unmarshal(m.Payload, &p)
	if m.Type != "next" || len(p.Errors) == 0 || p.Errors[0].Extensions["code"] != graph.CodeSubscriptionLimit {
		t.Fatalf("third subscription on a socket: got %+v, want %s", m, graph.CodeSubscriptionLimit)
	}

	// Probes go over their own socket, so that its per-socket count
	// cannot refuse b1.
	b := testenv.DialGraphQLWS(ctx, t, srv.URL)
	b.Subscribe("b1", live)
	c := testenv.DialGraphQLWS(ctx, t, srv.URL)
	probeUntil(c, graph.CodeBusy) // a's two and b1: the handler is full

	a.Close()
	probeUntil(c, graph.CodeBadInput) // a's two are given back: the probe runs

	t.Run("not over HTTP", func(t *testing.T) {
		_, errs := do(t, f.c, live)
		if len(errs) == 0 || errs[0].Extensions["code"] != graph.CodeBadInput || !strings.Contains(errs[0].Message, "WebSocket") {
			t.Errorf("got %+v, want %s", errs, graph.CodeBadInput)
		}
	})
}

// TestBodyLimits checks the answers to bodies gqlgen cannot take: over
// the server's limit (http.MaxBytesReader, as internal/server sets it) is
// 413 BODY_TOO_LARGE, not JSON is 400 BAD_REQUEST, and neither echoes the
// body.
func TestBodyLimits(t *testing.T) {
	f := setup(t, graph.Options{})
	limited := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, 1024)
		f.h.ServeHTTP(w, r)
	})
	const secret = "SECRET-PAYLOAD"
	tests := []struct {
		name       string
		body       string
		wantStatus int
		wantCode   any
	}{
		{"over the limit", `{"query": "{ stats { documents } }", "variables": {"pad": "` + strings.Repeat(secret, 100) + `"}}`, http.StatusRequestEntityTooLarge, graph.CodeBodyTooLarge},
		{"not JSON", secret + ` { stats { documents } }`, http.StatusBadRequest, graph.CodeBadRequest},
		{"cut short", `{"query": "{ stats { ` + secret, http.StatusBadRequest, graph.CodeBadRequest},
		{"query not a string", `{"query": ["` + secret + `"]}`, http.StatusBadRequest, graph.CodeBadRequest},
		{"variables not an object", `{"query": "{ stats { documents } }", "variables": "` + secret + `"}`, http.StatusBadRequest, graph.CodeBadRequest},
		{"fine", `{"query": "{ stats { documents } }"}`, http.StatusOK, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(tc.body))
			req.Header.Set("Content-Type", "application/json")
			rec := httptest.NewRecorder()
			limited.ServeHTTP(rec, req)
			var out struct{ Errors []gqlError }
			if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
				t.Fatalf("%d %s: %v", rec.Code, rec.Body, err)
			}
			var code any
			if len(out.Errors) > 0 {
				code = out.Errors[0].Extensions["code"]
			}
			if rec.Code != tc.wantStatus || code != tc.wantCode {
				t.Errorf("got %d %s, want %d %v", rec.Code, rec.Body, tc.wantStatus, tc.wantCode)
			}
			if strings.Contains(rec.Body.String(), secret) {
				t.Errorf("the answer echoes the body: %s", rec.Body)
			}
		})
	}
}

// blockingIngester blocks until its context ends and reports when.
type blockingIngester struct{ done chan error }

func (b blockingIngester) Ingest(ctx context.Context, _, _, _ string, _ *time.Time) (string, bool, error) {
	<-ctx.Done()
	b.done <- ctx.Err()
	return "", false, ctx.Err()
}

func (b blockingIngester) Delete(ctx context.Context, _ string) (bool, error) {
	<-ctx.Done()
	b.done <- ctx.Err()
	return false, ctx.Err()
}

// TestWorkStops checks that a resolver's context ends at the time limit
// and when the client leaves, so that the work under it (extraction, a
// traversal) can stop, and that the refused request says why.
func TestWorkStops(t *testing.T) {
	tests := []struct {
		name     string
		timeout  time.Duration
		leave    time.Duration // the client gives up after this long; 0: never
		wantErr  error
		wantCode string
	}{
		{"deadline", 100 * time.Millisecond, 0, context.DeadlineExceeded, graph.CodeTimeout},
		{"client leaves", 10 * time.Second, 100 * time.Millisecond, context.Canceled, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ing := blockingIngester{done: make(chan error, 1)}
			f := setup(t, graph.Options{Ingester: ing, Timeout: tc.timeout})
			srv := httptest.NewServer(f.h)
			defer srv.Close()
			ctx := context.Background()
			if tc.leave > 0 {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, tc.leave)
				defer cancel()
			}
			req := postRequest(t, srv.URL, `mutation { ingestDocument(text: "Angela Merkel met Xi Jinping.") { added } }`).WithContext(ctx)
			start := time.Now()
			answered := make(chan httpResponse, 1)
			go func() {
				resp, err := http.DefaultClient.Do(req)
				if err != nil {
					answered <- httpResponse{}
					return
				}
				defer resp.Body.Close()
				b, _ := io.ReadAll(resp.Body)
				var out struct{ Errors []gqlError }
				_ = json.Unmarshal(b, &out)
				answered <- httpResponse{status: resp.StatusCode, body: b, errs: out.Errors}
			}()
			select {
			case err := <-ing.done:
				if !errors.Is(err, tc.wantErr) {
					t.Errorf("ingester stopped by %v, want %v", err, tc.wantErr)
				}
				if d := time.Since(start); d > 2*time.Second {
					t.Errorf("ingester stopped after %v", d)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("the ingester still runs after 5s")
			}
			r := <-answered
			if tc.wantCode != "" && r.code() != tc.wantCode {
				t.Errorf("answer: got %d %s, want %s", r.status, r.body, tc.wantCode)
			}
		})
	}
}

// FuzzRequestBody posts arbitrary bodies: every answer is a JSON GraphQL
// response with a known status, and a body refused as malformed is never
// echoed.
func FuzzRequestBody(f *testing.F) {
	f.Add(`{"query": "{ stats { documents } }"}`)
	f.Add(`{"query": "query($id: ID!) { entity(id: $id) { name } }", "variables": {"id": "gpe/china"}}`)
	f.Add(`{"query": "mutation { deleteDocument(id: \"x\") }", "operationName": null, "extensions": {}}`)
	f.Add(`{"query": 42}`)
	f.Add(`not json at all`)
	fx := setup(f, graph.Options{Ingester: &recordingIngester{}})
	limited := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, 4096)
		fx.h.ServeHTTP(w, r)
	})
	f.Fuzz(func(t *testing.T, body string) {
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		limited.ServeHTTP(rec, req)
		var out struct{ Errors []gqlError }
		if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
			t.Fatalf("%d %s: not JSON: %v", rec.Code, rec.Body, err)
		}
		switch rec.Code {
		case http.StatusOK, http.StatusUnprocessableEntity:
		case http.StatusBadRequest, http.StatusRequestEntityTooLarge:
			if len(body) >= 8 && strings.Contains(rec.Body.String(), body) {
				t.Errorf("%d echoes the body: %s", rec.Code, rec.Body)
			}
		default:
			t.Errorf("status %d: %s", rec.Code, rec.Body)
		}
	})
}
