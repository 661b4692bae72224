package playground_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/newsgraph/newsgraph/internal/playground"
	"github.com/newsgraph/newsgraph/internal/testenv"
)

// The editors are CodeMirror 5 instances; these read and set them.
const (
	queryEditor  = `document.querySelector('.graphiql-query-editor .CodeMirror')`
	resultEditor = `document.querySelector('.result-window .CodeMirror')`
)

// TestBrowser loads the playground in headless Chromium against the stand-in
// endpoint: GraphiQL renders with the default query, runs it over HTTP and
// shows the answer, runs a subscription over a WebSocket and shows its last
// event, with no request leaving 127.0.0.1 and nothing in the console.
func TestBrowser(t *testing.T) {
	bin := testenv.Chromium(t)
	start := time.Now()

	endpoint, err := newStandIn()
	if err != nil {
		t.Fatalf("stand-in schema: %v", err)
	}
	mux := http.NewServeMux()
	mux.Handle("/graphql", endpoint)
	mux.Handle("/", playground.Handler("newsgraph playground", "/graphql"))
	srv := httptest.NewServer(mux)
	defer srv.Close()

	opts := testenv.ChromeOptions(t, bin, 1280, 900, chromedp.DisableGPU)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	var blog testenv.PageLog
	ctx, cancelCtx := chromedp.NewContext(allocCtx, chromedp.WithListener(blog.Listen))
	defer cancelCtx()
	if _, err := chromedp.Call(ctx, cdplog.Enable, cdp.Empty{}); err != nil {
		t.Fatalf("starting Chromium (%s): %v", bin, err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatalf("Network.enable: %v", err)
	}
	t.Logf("Chromium up in %v", time.Since(start).Round(time.Millisecond))

	// Limit each step, not the browser's first Run (see chromedp.Run).
	step := func(name string, d time.Duration, a chromedp.Action[chromedp.Void]) {
		t.Helper()
		sctx, cancel := context.WithTimeout(ctx, d)
		defer cancel()
		if _, err := chromedp.Run(sctx, a); err != nil {
			_, problems := blog.Snapshot()
			t.Fatalf("%s: %v\nbrowser problems so far: %q", name, err, problems)
		}
	}
	eval := func(expr string) string {
		t.Helper()
		sctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		s, err := chromedp.Run(sctx, chromedp.Evaluate[string](expr))
		if err != nil {
			t.Fatalf("evaluating %s: %v", expr, err)
		}
		return s
	}
	// waitResult waits until the result pane holds want and returns its text.
	waitResult := func(name, want string) string {
		t.Helper()
		poll := fmt.Sprintf(`(() => { const cm = %s; return !!cm && cm.CodeMirror.getValue().includes(%q); })()`, resultEditor, want)
		sctx, cancel := context.WithTimeout(ctx, 20*time.Second)
		defer cancel()
		if _, err := chromedp.Run(sctx, chromedp.Poll[bool](poll, chromedp.WithPollingInterval(50*time.Millisecond))); err != nil {
			urls, problems := blog.Snapshot()
			pane, _ := chromedp.Run(ctx, chromedp.Evaluate[string](resultEditor+`.CodeMirror.getValue()`))
			t.Fatalf("%s: result pane never showed %q: %v\npane: %s\nendpoint executed: %q\nrequests: %q\nbrowser problems: %q",
				name, want, err, pane, endpoint.executed(), testenv.ShortURLs(urls), problems)
		}
		return eval(resultEditor + `.CodeMirror.getValue()`)
	}

	loadStart := time.Now()
	step("load the page", 30*time.Second, chromedp.Steps(
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS(".graphiql-query-editor .CodeMirror")),
		chromedp.WaitVisible(chromedp.CSS(".graphiql-execute-button")),
	))
	t.Logf("GraphiQL rendered in %v", time.Since(loadStart).Round(time.Millisecond))

	if got, want := strings.TrimSpace(eval(queryEditor+`.CodeMirror.getValue()`)), strings.TrimSpace(playground.DefaultQuery); got != want {
		t.Errorf("query editor: got\n%s\nwant the default query\n%s", got, want)
	}

	// Run the default query with a real click on the run button.
	step("run the default query", 10*time.Second, chromedp.Click(chromedp.CSS(".graphiql-execute-button")))
	var got struct {
		Data struct {
			Entities struct {
				Edges []struct {
					Node map[string]string `json:"node"`
				} `json:"edges"`
			} `json:"entities"`
		} `json:"data"`
	}
	text := waitResult("default query", "Donald Trump")
	if err := json.Unmarshal([]byte(text), &got); err != nil {
		t.Fatalf("result pane is not JSON: %v\n%s", err, text)
	}
	var names []string
	for _, e := range got.Data.Entities.Edges {
		names = append(names, e.Node["id"]+"="+e.Node["name"]+"/"+e.Node["type"])
	}
	if want := []string{"gpe/china=China/GPE", "gpe/north-korea=North Korea/GPE", "person/donald-trump=Donald Trump/PERSON"}; !reflect.DeepEqual(names, want) {
		t.Errorf("result pane entities: got %q, want %q\n%s", names, want, text)
	}

	// Set a subscription in the editor and run it: it goes over a WebSocket
	// to the same endpoint, and the pane ends on the last event.
	sub := "subscription Watch {\n  entityAdded {\n    id\n    name\n  }\n}\n"
	eval(fmt.Sprintf(`(%s.CodeMirror.setValue(%q), "")`, queryEditor, sub))
	// GraphiQL parses the editor 100 ms after a change (debounced); the run
	// button uses the parsed document to choose the WebSocket, so wait for it.
	step("parse the subscription", 10*time.Second, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := chromedp.Poll[bool](queryEditor+`.CodeMirror.operationName === "Watch"`, chromedp.WithPollingInterval(20*time.Millisecond))(ctx, t)
		return err
	}))
	step("run the subscription", 10*time.Second, chromedp.Click(chromedp.CSS(".graphiql-execute-button")))
	last := fmt.Sprintf("Stand-in event %d", subscriptionEvents)
	if text := waitResult("subscription", last); !strings.Contains(text, `"id": "org/stand-in"`) {
		t.Errorf("result pane after the subscription: want entity org/stand-in, got\n%s", text)
	}

	if got, want := endpoint.executed(), []string{"query entities", "subscription entityAdded"}; !containsInOrder(got, want) {
		t.Errorf("endpoint executed %q, want %q among them, in order", got, want)
	}
	if got := endpoint.executed(); !slices.Contains(got, "query __schema") {
		t.Errorf("endpoint executed %q: GraphiQL never introspected the schema", got)
	}

	urls, problems := blog.Snapshot()
	if bad := testenv.OffHost(urls); len(bad) > 0 {
		t.Errorf("requests left the loopback host: %q", bad)
	}
	wsURL := "ws://" + strings.TrimPrefix(srv.URL, "http://") + "/graphql"
	if !slices.Contains(urls, wsURL) {
		t.Errorf("no WebSocket to %s among the requests %q", wsURL, testenv.ShortURLs(urls))
	}
	if len(problems) > 0 {
		t.Errorf("the browser reported problems:\n%s", strings.Join(problems, "\n"))
	}
	t.Logf("%d requests (page, assets, data: fonts, endpoint), none off 127.0.0.1; total %v", len(urls), time.Since(start).Round(time.Millisecond))
}

// containsInOrder reports whether want is a subsequence of got.
func containsInOrder(got, want []string) bool {
	i := 0
	for _, g := range got {
		if i < len(want) && g == want[i] {
			i++
		}
	}
	return i == len(want)
}
