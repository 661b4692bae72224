package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/testenv"
)

// TestServeInBrowser is newsgraph as a user first meets it: `serve` on a
// LevelDB store loaded with the examples, the playground opened in headless
// Chromium, a query for China's sanctions run with the Run button, and a
// documentIngested subscription run in the page that shows a document
// ingested meanwhile over HTTP. No request may leave 127.0.0.1 and the
// browser must report no error.
func TestServeInBrowser(t *testing.T) {
	bin := testenv.Chromium(t)
	start := time.Now()

	// 1. serve, in-process, as the README starts it.
	addr := freeAddr(t)
	base := "http://" + addr
	store := "leveldb:" + filepath.Join(t.TempDir(), "db")
	srvCtx, stopServe := context.WithCancel(context.Background())
	defer stopServe()
	done := make(chan error, 1)
	var logs safeBuffer
	go func() {
		done <- run(srvCtx, []string{"serve", "--store", store, "--addr", addr, "--load", "../../examples"}, strings.NewReader(""), io.Discard, &logs)
	}()
	waitHealthy(t, base+"/healthz", done)
	t.Logf("serve healthy in %v", time.Since(start).Round(time.Millisecond))

	// 2. The browser, with every off-host name unresolvable.
	opts := testenv.ChromeOptions(t, bin, 1280, 900, chromedp.DisableGPU)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	rec := newPageRecorder()
	ctx, closeBrowser := chromedp.NewContext(allocCtx, chromedp.WithListener(rec.listen))
	defer closeBrowser()
	if _, err := chromedp.Call(ctx, cdplog.Enable, cdp.Empty{}); err != nil {
		t.Fatalf("starting Chromium (%s): %v", bin, err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatalf("Network.enable: %v", err)
	}

	// do runs one browser step with its own time limit; on failure it shows
	// what the browser and the server said so far.
	do := func(name string, d time.Duration, a chromedp.Action[chromedp.Void]) {
		t.Helper()
		sctx, cancel := context.WithTimeout(ctx, d)
		defer cancel()
		if _, err := chromedp.Run(sctx, a); err != nil {
			urls, problems := rec.Snapshot()
			pane, _ := chromedp.Run(ctx, chromedp.Evaluate[string](resultPane+`?.CodeMirror.getValue() ?? "(no result pane)"`))
			t.Fatalf("%s: %v\nresult pane: %s\nrequests: %q\nbrowser problems: %q\nserve log:\n%s", name, err, pane, testenv.ShortURLs(urls), problems, logs.String())
		}
	}
	poll := func(name, cond string) {
		t.Helper()
		do(name, 10*time.Second, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Poll[bool](cond, chromedp.WithPollingInterval(20*time.Millisecond))(ctx, tg)
			return err
		}))
	}
	paneText := func() string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](resultPane+`.CodeMirror.getValue()`))
		if err != nil {
			t.Fatalf("reading the result pane: %v", err)
		}
		return s
	}
	// runInPage puts src in the query editor, waits until GraphiQL has parsed
	// it as an operation of kind op (the Run button decides HTTP or WebSocket
	// from the parsed document), and clicks Run.
	runInPage := func(src, op string) {
		t.Helper()
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](fmt.Sprintf(`(%s.CodeMirror.setValue(%q), true)`, queryEditor, src))); err != nil {
			t.Fatalf("setting the query editor: %v", err)
		}
		poll("parse "+op, fmt.Sprintf(`(() => { const cm = %s.CodeMirror, d = cm.documentAST;
			return !!d && d.loc?.source?.body === cm.getValue() && d.definitions[0]?.operation === %q; })()`, queryEditor, op))
		do("run "+op, 10*time.Second, chromedp.Click(chromedp.CSS(".graphiql-execute-button")))
	}
	// waitPane waits until the result pane contains want.
	waitPane := func(name, want string, d time.Duration) bool {
		t.Helper()
		cond := fmt.Sprintf(`%s?.CodeMirror.getValue().includes(%q) ?? false`, resultPane, want)
		sctx, cancel := context.WithTimeout(ctx, d)
		defer cancel()
		_, err := chromedp.Run(sctx, chromedp.Poll[bool](cond, chromedp.WithPollingInterval(20*time.Millisecond)))
		return err == nil
	}

	pageStart := time.Now()
	do("load the playground", 30*time.Second, chromedp.Steps(
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS(".graphiql-query-editor .CodeMirror")),
		chromedp.WaitVisible(chromedp.CSS(".graphiql-execute-button")),
	))
	t.Logf("GraphiQL rendered in %v", time.Since(pageStart).Round(time.Millisecond))

	// 3. China's outgoing sanctions, through the Run button.
	const sanctions = `{
  entity(id: "gpe/china") {
    relations(direction: OUT, predicate: "sanction") {
      edges { node { object { name } evidence { edges { node { sentence } } } } }
    }
  }
}
`
	runInPage(sanctions, "query")
	if !waitPane("sanctions query", "North Korea", 10*time.Second) {
		t.Fatalf("result pane never showed North Korea:\n%s\nserve log:\n%s", paneText(), logs.String())
	}
	var shown struct {
		Data struct {
			Entity struct {
				Relations struct {
					Edges []struct {
						Node struct {
							Object   struct{ Name string }
							Evidence struct {
								Edges []struct{ Node struct{ Sentence string } }
							}
						}
					}
				}
			}
		}
		Errors []json.RawMessage
	}
	pane := paneText()
	if err := json.Unmarshal([]byte(pane), &shown); err != nil {
		t.Fatalf("result pane is not JSON: %v\n%s", err, pane)
	}
	if len(shown.Errors) > 0 {
		t.Errorf("result pane shows errors: %s", pane)
	}
	// Every sentence shown is one of the examples' sentences, verbatim.
	var examples []string
	files, _ := filepath.Glob("../../examples/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		examples = append(examples, article.Normalize(string(b)))
	}
	sentences := 0
	for _, e := range shown.Data.Entity.Relations.Edges {
		if e.Node.Object.Name != "North Korea" {
			continue
		}
		for _, ev := range e.Node.Evidence.Edges {
			s := ev.Node.Sentence
			if strings.TrimSpace(s) == "" || !slices.ContainsFunc(examples, func(text string) bool { return strings.Contains(text, s) }) {
				t.Errorf("evidence sentence %q is not a sentence of the examples", s)
			}
			sentences++
		}
	}
	if sentences == 0 {
		t.Errorf("China -sanction-> North Korea: no evidence sentence in the result pane\n%s", pane)
	}
	// The pane shows what the endpoint answers, no more, no less.
	if got, want := compactJSON(t, pane), compactJSON(t, postGraphQL(t, base+"/graphql", sanctions)); got != want {
		t.Errorf("result pane differs from the HTTP answer:\npane: %s\nHTTP: %s", got, want)
	}

	// 4. A subscription in the page; a document ingested over HTTP shows up.
	runInPage("subscription { documentIngested { id title } }\n", "subscription")
	do("send the subscription", 10*time.Second, chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		select {
		case <-rec.subscribed:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}))
	// The socket carries no acknowledgement that the server has registered the
	// subscription (graphql-transport-ws has none), so a document ingested
	// between the subscribe frame and the registration would be missed: if the
	// page does not show it, ingest another one.
	var doc struct{ ID, Title string }
	ingested := false
	for attempt := 1; attempt <= 5 && !ingested; attempt++ {
		title := fmt.Sprintf("Merkel meets Macron (browser test %d)", attempt)
		text := fmt.Sprintf("Angela Merkel met Emmanuel Macron in Berlin on Tuesday. Macron praised Merkel for her leadership (take %d).", attempt)
		q := fmt.Sprintf(`mutation { ingestDocument(text: %q, title: %q, source: "browser_test") { added document { id title } } }`, text, title)
		var out struct {
			Data struct {
				IngestDocument struct {
					Added    bool
					Document struct{ ID, Title string }
				}
			}
			Errors []json.RawMessage
		}
		body := postGraphQL(t, base+"/graphql", q)
		if err := json.Unmarshal([]byte(body), &out); err != nil || len(out.Errors) > 0 || !out.Data.IngestDocument.Added {
			t.Fatalf("ingestDocument: got %s (%v), want a new document", body, err)
		}
		doc = out.Data.IngestDocument.Document
		ingested = waitPane("documentIngested", title, 3*time.Second)
		if !ingested {
			t.Logf("attempt %d: the page did not show %q; ingesting another", attempt, title)
		}
	}
	if !ingested {
		t.Fatalf("the subscription never showed an ingested document:\n%s\nserve log:\n%s", paneText(), logs.String())
	}
	if pane := paneText(); !strings.Contains(pane, doc.ID) || !strings.Contains(pane, doc.Title) {
		t.Errorf("result pane after documentIngested: want id %s and title %q, got\n%s", doc.ID, doc.Title, pane)
	}

	// 5. Nothing left the loopback host, the browser reported nothing.
	urls, problems := rec.Snapshot()
	if offHost := testenv.OffHost(urls); len(offHost) > 0 {
		t.Errorf("requests left 127.0.0.1: %q", offHost)
	}
	if ws := "ws://" + addr + "/graphql"; !slices.Contains(urls, ws) {
		t.Errorf("no WebSocket to %s among the requests %q", ws, testenv.ShortURLs(urls))
	}
	if len(problems) > 0 {
		t.Errorf("the browser reported problems:\n%s", strings.Join(problems, "\n"))
	}

	closeBrowser()
	stopServe()
	if err := <-done; err != nil {
		t.Errorf("serve: %v\n%s", err, logs.String())
	}
	t.Logf("%d requests, none off 127.0.0.1; total %v", len(urls), time.Since(start).Round(time.Millisecond))
}

// The editors are CodeMirror 5 instances, reached through their elements.
const (
	queryEditor = `document.querySelector('.graphiql-query-editor .CodeMirror')`
	resultPane  = `document.querySelector('.result-window .CodeMirror')`
)

// pageRecorder is a testenv.PageLog that also closes subscribed once the
// page has sent a documentIngested subscribe frame.
type pageRecorder struct {
	testenv.PageLog
	subscribed chan struct{}
	once       sync.Once
}

func newPageRecorder() *pageRecorder {
	return &pageRecorder{subscribed: make(chan struct{})}
}

func (r *pageRecorder) listen(ev any) {
	r.Listen(ev)
	if ev, ok := ev.(*network.EventWebSocketFrameSent); ok {
		p := string(ev.Response.PayloadData)
		if strings.Contains(p, `"subscribe"`) && strings.Contains(p, "documentIngested") {
			r.once.Do(func() { close(r.subscribed) })
		}
	}
}

// compactJSON re-encodes a JSON document without insignificant space.
func compactJSON(t *testing.T, s string) string {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, s)
	}
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
