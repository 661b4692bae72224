package main

import (
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/newsgraph/newsgraph/internal/testenv"
)

// TestExplorerInBrowser drives /explore in headless Chromium against `serve`
// loaded with the examples, as an analyst would: search "China" and pick the
// suggestion, expand North Korea by clicking its node, click the edge
// China -sanction-> North Korea and read its evidence, filter by predicate,
// find the paths from Donald Trump to Kim Jong-Un, reopen the view from its
// URL, and follow the export and document links. Screenshots of each step
// must not be blank; set NEWSGRAPH_SCREENSHOTS to a folder to keep them.
func TestExplorerInBrowser(t *testing.T) {
	bin := testenv.Chromium(t)
	start := time.Now()
	shots := os.Getenv("NEWSGRAPH_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	} else if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}

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

	ctx, rec, closeBrowser := explorerBrowser(t, bin)
	defer closeBrowser()

	fail := func(name string, err error) {
		t.Helper()
		urls, problems := rec.Snapshot()
		status, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("status")?.textContent ?? ""`))
		t.Fatalf("%s: %v\nstatus line: %q\nrequests: %q\nbrowser problems: %q\nserve log:\n%s", name, err, status, testenv.ShortURLs(urls), problems, logs.String())
	}
	do := func(name string, a chromedp.Action[chromedp.Void]) {
		t.Helper()
		sctx, cancel := context.WithTimeout(ctx, 20*time.Second)
		defer cancel()
		if _, err := chromedp.Run(sctx, a); err != nil {
			fail(name, err)
		}
	}
	poll := func(name, cond string) {
		t.Helper()
		do(name, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Poll[bool](cond, chromedp.WithPollingInterval(20*time.Millisecond))(ctx, tg)
			return err
		}))
	}
	// pollFor reports whether cond holds within d (for a step the user
	// would simply repeat, such as a click that landed while the layout
	// still moved the graph).
	pollFor := func(cond string, d time.Duration) bool {
		sctx, cancel := context.WithTimeout(ctx, d)
		defer cancel()
		_, err := chromedp.Run(sctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Poll[bool](cond, chromedp.WithPollingInterval(20*time.Millisecond))(ctx, tg)
			return err
		}))
		return err == nil
	}
	eval := func(name, js string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](js, chromedp.EvalAsValue, chromedp.EvalAwaitPromise))
		if err != nil {
			fail(name, err)
		}
		return s
	}
	// clickAt clicks the page where the graph draws an element (node or
	// edge midpoint), as a user's mouse would.
	clickAt := func(name, elementJS string) {
		t.Helper()
		xy := eval(name+": position", `(() => { const el = `+elementJS+`;
			if (el.empty()) throw new Error("not drawn");
			const p = el.isNode() ? el.renderedPosition() : el.renderedMidpoint();
			const r = document.getElementById("cy").getBoundingClientRect();
			return JSON.stringify([r.left + p.x, r.top + p.y]); })()`)
		var p [2]float64
		if err := json.Unmarshal([]byte(xy), &p); err != nil {
			fail(name, err)
		}
		do(name, chromedp.MouseClickXY(p[0], p[1]))
	}
	// pick types into a search box and chooses the suggestion for id.
	pick := func(input, text, id string) {
		t.Helper()
		sel := fmt.Sprintf(`%s + .suggestions li[data-id=%q]`, input, id)
		do("type "+text, chromedp.Steps(chromedp.Click(chromedp.CSS(input)), chromedp.SendKeys(chromedp.CSS(input), text)))
		poll("suggestion "+id, fmt.Sprintf(`!!document.querySelector(%q)`, sel))
		do("pick "+id, chromedp.Click(chromedp.CSS(sel)))
	}
	shotN := 0
	screenshot := func(name string) {
		t.Helper()
		shotN++
		b, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			fail("screenshot "+name, err)
		}
		file := filepath.Join(shots, fmt.Sprintf("explorer-%d-%s.png", shotN, name))
		if err := os.WriteFile(file, b, 0o644); err != nil {
			t.Fatal(err)
		}
		checkNotBlank(t, file, b)
	}
	const cy = `window.newsgraphExplorer.cy`
	const settled = `(document.getElementById("status").textContent.match(/nodes|Result cut|path/) !== null)`

	// A later document, so that the date slider has two days to choose from.
	later := postGraphQL(t, base+"/graphql", `mutation { ingestDocument(
		text: "China criticized Japan over the disputed islands on Thursday. Japan rejected the criticism.",
		title: "China and Japan trade words", source: "https://news.example.org/china-japan",
		published: "2017-10-05T09:00:00Z") { added } }`)
	if !strings.Contains(later, `"added":true`) {
		t.Fatalf("ingesting a later document: %s", later)
	}

	// 1. The page, reached from the playground's link.
	pageStart := time.Now()
	do("open the playground", chromedp.Navigate(base+"/"))
	poll("playground link", `!!document.querySelector('a.newsgraph-explore[href="/explore"]') && !!document.querySelector(".graphiql-execute-button")`)
	screenshot("playground")
	do("follow the link", chromedp.Click(chromedp.CSS("a.newsgraph-explore")))
	do("explorer page", chromedp.WaitVisible(chromedp.CSS("#cy canvas")))
	poll("explorer ready", `!!document.body.dataset.ready && document.querySelectorAll("#predicate option").length > 1`)
	t.Logf("explorer ready in %v", time.Since(pageStart).Round(time.Millisecond))

	// 2. Search "China", choose the suggestion: China and its neighbours drawn.
	pick("#search", "China", "gpe/china")
	poll("China drawn", cy+`.getElementById("gpe/china").nonempty() && `+cy+`.nodes().length > 3 && `+settled)
	if got := eval("node count", `String(`+cy+`.nodes().length)`); got == "0" {
		t.Fatalf("no nodes drawn")
	}
	if got := eval("china size", `String(`+cy+`.getElementById("gpe/china").width() > `+cy+`.getElementById("gpe/pakistan").width())`); got != "true" {
		t.Errorf("China (high degree) is not drawn larger than Pakistan: %s", got)
	}
	screenshot("china")

	// 3. Expand North Korea by clicking its node.
	before := eval("count", `String(`+cy+`.nodes().length)`)
	clickAt("click North Korea", cy+`.getElementById("gpe/north-korea")`)
	poll("North Korea expanded", `window.newsgraphExplorer.state.expanded.includes("gpe/north-korea") && `+cy+`.getElementById("gpe/north-korea").hasClass("seed")`)
	poll("more nodes", cy+`.nodes().length > `+before)
	if !strings.Contains(eval("hash", `location.hash`), "gpe%2Fnorth-korea") {
		t.Errorf("URL hash does not record the expansion: %s", eval("hash", `location.hash`))
	}
	screenshot("expanded")

	// 4. The evidence of China -sanction-> North Korea, by clicking the edge.
	const edge = "gpe/china|sanction|gpe/north-korea"
	const evidenceShown = `!document.getElementById("evidence").hidden && document.getElementById("evidenceTitle").textContent.startsWith("China -sanction-> North Korea")`
	for try := 0; try < 3; try++ {
		// (a click computed while the layout still runs can miss the
		// edge on a busy machine: fit again and click again, as a user would)
		eval("fit", `(`+cy+`.fit(`+cy+`.getElementById("gpe/china").closedNeighborhood(), 60), "")`)
		clickAt("click the sanction edge", cy+`.getElementById(`+fmt.Sprintf("%q", edge)+`)`)
		if pollFor(evidenceShown, 5*time.Second) {
			break
		}
		t.Logf("click %d on the sanction edge showed no evidence; again", try+1)
	}
	poll("evidence shown", evidenceShown)
	var ev struct {
		Sentences []string
		Subjects  []string
		Objects   []string
		Links     []string
		Meta      []string
	}
	if err := json.Unmarshal([]byte(eval("evidence", `JSON.stringify({
		sentences: [...document.querySelectorAll("#evidenceList q")].map(q => q.textContent),
		subjects: [...document.querySelectorAll("#evidenceList mark.subject")].map(m => m.textContent),
		objects: [...document.querySelectorAll("#evidenceList mark.object")].map(m => m.textContent),
		links: [...document.querySelectorAll("#evidenceList a.doclink")].map(a => a.getAttribute("href")),
		meta: [...document.querySelectorAll("#evidenceList .meta")].map(m => m.textContent)})`)), &ev); err != nil {
		t.Fatal(err)
	}
	if len(ev.Sentences) == 0 || len(ev.Links) != len(ev.Sentences) {
		t.Fatalf("evidence panel: got %d sentences and %d document links, want at least one of each, one per sentence", len(ev.Sentences), len(ev.Links))
	}
	// Each end is marked under its name or one of its aliases ("Pyongyang").
	names := func(id string) []string {
		var out struct {
			Data struct {
				Entity struct {
					Name    string
					Aliases []string
				}
			}
		}
		if err := json.Unmarshal([]byte(postGraphQL(t, base+"/graphql", fmt.Sprintf(`{ entity(id: %q) { name aliases } }`, id))), &out); err != nil {
			t.Fatal(err)
		}
		return append(out.Data.Entity.Aliases, out.Data.Entity.Name)
	}
	for _, c := range []struct {
		side   string
		marked []string
		names  []string
	}{{"subject", ev.Subjects, names("gpe/china")}, {"object", ev.Objects, names("gpe/north-korea")}} {
		if len(c.marked) == 0 {
			t.Errorf("evidence: no %s marked", c.side)
		}
		for _, m := range c.marked {
			if !containsFold(c.names, m) {
				t.Errorf("evidence marks %q as the %s, want one of %q", m, c.side, c.names)
			}
		}
	}
	for _, m := range ev.Meta {
		if !strings.Contains(m, "2017-") || !strings.Contains(m, "confidence") {
			t.Errorf("evidence meta %q: want the document's title, outlet and 2017 date", m)
		}
	}
	// Drawn with its predicate, coloured from its Goldstein value (-8: red).
	style := eval("edge style", `(() => { const e = `+cy+`.getElementById(`+fmt.Sprintf("%q", edge)+`);
		return JSON.stringify({label: e.style("label"), colour: e.style("line-color")}); })()`)
	var es struct{ Label, Colour string }
	if err := json.Unmarshal([]byte(style), &es); err != nil {
		t.Fatal(err)
	}
	var r, g, b int
	if _, err := fmt.Sscanf(es.Colour, "rgb(%d,%d,%d)", &r, &g, &b); err != nil || es.Label != "sanction" || r < 180 || g > 120 {
		t.Errorf("China -sanction-> North Korea drawn with label %q and colour %q, want \"sanction\" in red", es.Label, es.Colour)
	}
	screenshot("evidence")

	// 5. A filter: only "sanction" relations; the hash keeps it.
	do("choose predicate", chromedp.SetValue(chromedp.CSS("#predicate"), "sanction"))
	eval("fire change", `(document.getElementById("predicate").dispatchEvent(new Event("change")), "")`)
	poll("filtered", cy+`.edges().length > 0 && `+cy+`.edges().every(e => e.data("predicate") === "sanction") && `+settled)
	if h := eval("hash", `location.hash`); !strings.Contains(h, "predicate=sanction") {
		t.Errorf("URL hash does not keep the filter: %s", h)
	}
	screenshot("filtered")
	do("clear predicate", chromedp.SetValue(chromedp.CSS("#predicate"), ""))
	eval("fire change", `(document.getElementById("predicate").dispatchEvent(new Event("change")), "")`)
	poll("unfiltered", cy+`.edges().some(e => e.data("predicate") !== "sanction") && `+settled)

	// The date slider: from the later document's day on, only its relations.
	if got := eval("slider", `document.getElementById("dateFrom").max + " " + document.getElementById("dateFrom").disabled`); got != "1 false" {
		t.Fatalf("date slider: got max and disabled %q, want two days (max 1), enabled", got)
	}
	do("slide from", chromedp.SetValue(chromedp.CSS("#dateFrom"), "1"))
	eval("fire change", `(document.getElementById("dateFrom").dispatchEvent(new Event("change")), "")`)
	poll("date filtered", cy+`.getElementById("gpe/china|criticize|gpe/japan").nonempty() && `+cy+`.getElementById("gpe/china|sanction|gpe/north-korea").empty() && `+settled)
	if h := eval("hash", `location.hash`); !strings.Contains(h, "from=2017-10-05") {
		t.Errorf("URL hash does not keep the date range: %s", h)
	}
	do("slide back", chromedp.SetValue(chromedp.CSS("#dateFrom"), "0"))
	eval("fire change", `(document.getElementById("dateFrom").dispatchEvent(new Event("change")), "")`)
	poll("all dates", cy+`.getElementById("gpe/china|sanction|gpe/north-korea").nonempty() && `+settled)

	// 6. Paths from Donald Trump to Kim Jong-Un, as the API answers them.
	pick("#pathFrom", "Donald Trump", "person/donald-trump")
	pick("#pathTo", "Kim Jong", "person/kim-jong-un")
	do("find paths", chromedp.Click(chromedp.CSS("#findPaths")))
	poll("paths listed", `document.querySelectorAll("#paths li").length > 0 && `+cy+`.nodes(".onpath").length > 0`)
	var api struct {
		Data struct {
			Paths []struct {
				Entities []struct{ Name string }
			}
		}
	}
	if err := json.Unmarshal([]byte(postGraphQL(t, base+"/graphql", `{ paths(from: "person/donald-trump", to: "person/kim-jong-un", maxHops: 4, first: 5) { entities { name } } }`)), &api); err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, p := range api.Data.Paths {
		var names []string
		for _, e := range p.Entities {
			names = append(names, e.Name)
		}
		want = append(want, strings.Join(names, " → "))
	}
	var got []string
	if err := json.Unmarshal([]byte(eval("paths", `JSON.stringify([...document.querySelectorAll("#paths li")].map(li => li.textContent.replace(/^\d+ hop\(s\): /, "")))`)), &got); err != nil {
		t.Fatal(err)
	}
	if len(want) == 0 || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("paths listed:\n%s\nwant, as /graphql answers:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	onPath := eval("on path", `JSON.stringify(`+cy+`.nodes(".onpath").map(n => n.data("label")).sort())`)
	if !strings.Contains(onPath, "Donald Trump") || !strings.Contains(onPath, "Kim Jong-Un") {
		t.Errorf("nodes marked on the path: %s, want Donald Trump and Kim Jong-Un among them", onPath)
	}
	screenshot("paths")

	// 7. The URL reopens the same view.
	link := eval("href", `location.href`)
	nodesBefore := eval("nodes", `JSON.stringify(`+cy+`.nodes().map(n => n.id()).sort())`)
	do("blank", chromedp.Navigate("about:blank"))
	do("reopen", chromedp.Navigate(link))
	poll("reopened", `!!document.body.dataset.ready && `+cy+`.nodes(".onpath").length > 0`)
	if after := eval("nodes", `JSON.stringify(`+cy+`.nodes().map(n => n.id()).sort())`); after != nodesBefore {
		t.Errorf("reopening %s drew\n%s\nwant\n%s", link, after, nodesBefore)
	}

	// A neighbourhood cut at its limit is announced.
	do("cut view", chromedp.Navigate(base+"/explore#e=gpe%2Fchina&limit=3"))
	poll("cut announced", `!!document.body.dataset.ready && document.getElementById("status").textContent.startsWith("Result cut: cut at 3 neighbours for China")`)
	if n := eval("cut nodes", `String(`+cy+`.nodes().length)`); n != "3" {
		t.Errorf("view cut at 3 draws %s nodes", n)
	}
	do("reopen again", chromedp.Navigate(link))
	poll("reopened again", `!!document.body.dataset.ready && `+cy+`.nodes(".onpath").length > 0`)

	// 8. Exports: the PNG is a real image, every /export link answers.
	if n := eval("png", `(async () => String((await `+cy+`.png({output: "blob-promise", full: true})).size))()`); len(n) < 4 {
		t.Errorf("PNG export: %s bytes, want a real image", n)
	}
	var hrefs []string
	if err := json.Unmarshal([]byte(eval("exports", `JSON.stringify([...document.querySelectorAll("#exports a")].map(a => a.href))`)), &hrefs); err != nil {
		t.Fatal(err)
	}
	if len(hrefs) != 5 {
		t.Errorf("export links: %q, want five formats", hrefs)
	}
	for _, h := range hrefs {
		resp, err := http.Get(h)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "kim-jong-un") {
			t.Errorf("GET %s: %s, %d bytes; want 200 with Kim Jong-Un in it", h, resp.Status, len(body))
		}
	}

	// 9. The document view an evidence link opens.
	u, err := url.Parse(ev.Links[0])
	if err != nil {
		t.Fatal(err)
	}
	do("open document", chromedp.Navigate(base+u.String()))
	poll("document shown", `!document.getElementById("docview").hidden && document.querySelectorAll("#docText mark").length > 0`)
	if marks := eval("marks", `JSON.stringify([...document.querySelectorAll("#docText mark")].map(m => m.textContent))`); !strings.Contains(marks, "China") || !strings.Contains(marks, "North Korea") {
		t.Errorf("document view marks %s, want China and North Korea", marks)
	}
	screenshot("document")

	urls, problems := rec.Snapshot()
	for _, raw := range testenv.OffHost(urls) {
		t.Errorf("request left 127.0.0.1: %s", raw)
	}
	if len(problems) > 0 {
		t.Errorf("the browser reported problems:\n%s", strings.Join(problems, "\n"))
	}
	closeBrowser()
	stopServe()
	if err := <-done; err != nil {
		t.Errorf("serve: %v\n%s", err, logs.String())
	}
	t.Logf("%d screenshots in %s; total %v", shotN, shots, time.Since(start).Round(time.Millisecond))
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// checkNotBlank fails when the screenshot is one flat colour over the graph
// area: fewer than 1% of its pixels differ from the most common one, or it
// has fewer than 8 colours.
func checkNotBlank(t *testing.T, name string, b []byte) {
	t.Helper()
	img, err := png.Decode(strings.NewReader(string(b)))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	r := img.Bounds()
	// The graph area: right of the 270px panel, below the 48px header.
	area := image.Rect(r.Min.X+280, r.Min.Y+60, r.Max.X, r.Max.Y).Intersect(r)
	counts := map[[4]uint32]int{}
	total := 0
	for y := area.Min.Y; y < area.Max.Y; y += 2 {
		for x := area.Min.X; x < area.Max.X; x += 2 {
			cr, cg, cb, ca := img.At(x, y).RGBA()
			counts[[4]uint32{cr >> 8, cg >> 8, cb >> 8, ca >> 8}]++
			total++
		}
	}
	top := 0
	for _, c := range counts {
		top = max(top, c)
	}
	if len(counts) < 8 || float64(total-top) < 0.01*float64(total) {
		t.Errorf("%s looks blank: %d colours, %d of %d sampled pixels differ from the most common", name, len(counts), total-top, total)
	}
}

// explorerBrowser starts headless Chromium with every off-host name
// unresolvable, recording requests and problems.
func explorerBrowser(t *testing.T, bin string) (context.Context, *pageRecorder, func()) {
	t.Helper()
	opts := testenv.ChromeOptions(t, bin, 1400, 900)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	rec := newPageRecorder()
	ctx, closeBrowser := chromedp.NewContext(allocCtx, chromedp.WithListener(rec.listen))
	stop := func() { closeBrowser(); cancelAlloc() }
	if _, err := chromedp.Call(ctx, cdplog.Enable, cdp.Empty{}); err != nil {
		stop()
		t.Fatalf("starting Chromium (%s): %v", bin, err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		stop()
		t.Fatalf("Network.enable: %v", err)
	}
	return ctx, rec, stop
}

// TestExplorerFeel measures the explorer on the whole BBC corpus
// (../shared/corpus/bbc): load time of a view of up to 2,000 nodes and the
// frame rate while panning it, with the canvas and the WebGL renderer. It
// takes a minute or more, so it runs only with NEWSGRAPH_EXPLORER_FEEL=1.
func TestExplorerFeel(t *testing.T) {
	if os.Getenv("NEWSGRAPH_EXPLORER_FEEL") == "" {
		t.Skip("set NEWSGRAPH_EXPLORER_FEEL=1 to measure the explorer on the BBC corpus")
	}
	bin := testenv.Chromium(t)
	corpus := filepath.Join(testenv.SharedDir(t), "corpus", "bbc")
	addr := freeAddr(t)
	base := "http://" + addr
	store := "leveldb:" + filepath.Join(t.TempDir(), "db")
	srvCtx, stopServe := context.WithCancel(context.Background())
	defer stopServe()
	done := make(chan error, 1)
	var logs safeBuffer
	loadStart := time.Now()
	go func() {
		done <- run(srvCtx, []string{"serve", "--store", store, "--addr", addr, "--load", corpus}, strings.NewReader(""), io.Discard, &logs)
	}()
	deadline := time.Now().Add(5 * time.Minute)
	for !strings.Contains(logs.String(), "msg=serving") {
		if time.Now().After(deadline) {
			t.Fatalf("serve never started:\n%s", logs.String())
		}
		time.Sleep(200 * time.Millisecond)
	}
	waitHealthy(t, base+"/healthz", done)
	t.Logf("serve --load bbc: %v", time.Since(loadStart).Round(time.Millisecond))

	// The best-connected entities, expanded three hops deep, up to 2,000 nodes.
	var top struct {
		Data struct {
			TopEntities []struct{ Entity struct{ ID string } }
		}
	}
	if err := json.Unmarshal([]byte(postGraphQL(t, base+"/graphql", `{ topEntities(first: 500) { entity { id } } }`)), &top); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range top.Data.TopEntities {
		ids = append(ids, url.QueryEscape(e.Entity.ID))
	}
	for _, gl := range []string{"0", "1"} {
		ctx, _, closeBrowser := explorerBrowser(t, bin)
		view := base + "/explore#e=" + strings.Join(ids, ",") + "&depth=3&limit=2000&gl=" + gl
		start := time.Now()
		sctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
		if _, err := chromedp.Run(sctx, chromedp.Navigate(view)); err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Run(sctx, chromedp.Poll[bool](`!!document.body.dataset.ready && document.getElementById("status").textContent.match(/nodes|cut/) !== null`, chromedp.WithPollingInterval(100*time.Millisecond))); err != nil {
			t.Fatal(err)
		}
		loaded := time.Since(start)
		// Pan by a few pixels every frame for three seconds and count frames.
		res, err := chromedp.Run(sctx, chromedp.Evaluate[string](`new Promise(resolve => {
			const cy = window.newsgraphExplorer.cy; let frames = 0, worst = 0, last = performance.now(); const t0 = last;
			const step = (now) => { frames++; worst = Math.max(worst, now - last); last = now;
				cy.panBy({x: 3 * Math.sin(frames / 20), y: 2});
				if (now - t0 < 3000) requestAnimationFrame(step);
				else resolve(JSON.stringify({nodes: cy.nodes().length, edges: cy.edges().length, fps: Math.round(frames * 1000 / (now - t0)), worstFrameMs: Math.round(worst), status: document.getElementById("status").textContent})); };
			requestAnimationFrame(step); })`, chromedp.EvalAwaitPromise, chromedp.EvalAsValue))
		if err != nil {
			t.Fatal(err)
		}
		if dir := os.Getenv("NEWSGRAPH_SCREENSHOTS"); dir != "" {
			b, err := chromedp.Run(sctx, chromedp.CaptureScreenshot())
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "explorer-bbc-gl"+gl+".png"), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		cancel()
		lms, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`window.newsgraphExplorer.layoutMs`))
		t.Logf("gl=%s: view loaded in %v (last layout %d ms); panning: %s", gl, loaded.Round(time.Millisecond), lms, res)
		closeBrowser()
	}
	stopServe()
	<-done
}
