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
	"slices"
	"sort"
	"strconv"
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
// find the paths from Donald Trump to Kim Jong-un, reopen the view from its
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
	// poll waits for cond. Right after a navigation Chromium can answer
	// for the page's old execution context ("Cannot find context with
	// specified id"): that is asked again, not a failure.
	poll := func(name, cond string) {
		t.Helper()
		do(name, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			for {
				_, err := chromedp.Poll[bool](cond, chromedp.WithPollingInterval(20*time.Millisecond))(ctx, tg)
				if err == nil || !strings.Contains(err.Error(), "Cannot find context with specified id") {
					return err
				}
				select {
				case <-ctx.Done():
					return err
				case <-time.After(50 * time.Millisecond):
				}
			}
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
	// clickN clicks the page n times where the graph draws an element, as a
	// user's mouse would: at a point of the element that Cytoscape's own hit
	// test gives to it and no other element (a node's centre, else a point
	// near it; an edge's midpoint, else another point of its curve: another
	// node or edge label can lie over the midpoint), and that the page does
	// not cover.
	// clickPass > 0 clicks the element's next clear point instead of its
	// first (clickUntil's retries: the first may go to a neighbour that
	// hovering raised above it).
	clickPass := 0
	clickN := func(name, elementJS string, n int) {
		t.Helper()
		xy := eval(name+": position", `(() => { const el = `+elementJS+`, pass = `+strconv.Itoa(clickPass)+`;
			if (el.empty()) throw new Error("not drawn");
			const g = el.cy(), z = g.zoom(), pan = g.pan(), r = g.container().getBoundingClientRect();
			const page = (m) => [r.left + m.x * z + pan.x, r.top + m.y * z + pan.y];
			let points;
			if (el.isNode()) {
				const c = el.position(), w = el.width() / 4, h = el.height() / 4;
				points = [c, {x: c.x - w, y: c.y}, {x: c.x + w, y: c.y}, {x: c.x, y: c.y - h}, {x: c.x, y: c.y + h}];
			} else {
				const s = el.sourceEndpoint(), e = el.targetEndpoint(), cp = el.controlPoints() || [];
				const at = (u) => cp.length === 1
					? {x: (1-u)*(1-u)*s.x + 2*(1-u)*u*cp[0].x + u*u*e.x, y: (1-u)*(1-u)*s.y + 2*(1-u)*u*cp[0].y + u*u*e.y}
					: {x: s.x + u * (e.x - s.x), y: s.y + u * (e.y - s.y)};
				points = [el.midpoint(), ...[0.4, 0.6, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8].map(at)];
			}
			const seen = [], clear = [];
			for (const m of points) {
				const hit = g.renderer().findNearestElement(m.x, m.y, true, false);
				const [x, y] = page(m);
				const top = document.elementFromPoint(x, y);
				if (hit && hit.id() === el.id() && top && g.container().contains(top)) {
					clear.push([x, y]);
					continue;
				}
				seen.push((hit ? hit.id() : "nothing") + (top && g.container().contains(top) ? "" : " under " + (top ? top.tagName + "#" + top.id : "nothing")));
			}
			if (clear.length > 0) return JSON.stringify({xy: clear[Math.min(pass, clear.length - 1)], missed: seen});
			const [x, y] = page(points[0]);
			return JSON.stringify({xy: [x, y], missed: seen, none: true});
		})()`)
		var p struct {
			XY     [2]float64
			Missed []string
			None   bool
		}
		if err := json.Unmarshal([]byte(xy), &p); err != nil {
			fail(name, err)
		}
		if p.None {
			t.Logf("%s: no point of the element is clear (Cytoscape hits %q); clicking its centre", name, p.Missed)
		} else if len(p.Missed) > 0 {
			t.Logf("%s: centre covered (Cytoscape hits %q); clicking another point of it", name, p.Missed)
		}
		var clicks []chromedp.Action[chromedp.Void]
		for range n {
			clicks = append(clicks, chromedp.MouseClickXY(p.XY[0], p.XY[1]))
		}
		do(name, chromedp.Steps(clicks...))
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

	// names are an entity's name and aliases, as the API answers them.
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
	// clickUntil clicks an element (n[0] times in a row, else once) until
	// cond holds (a click computed while the layout still moves the graph
	// can miss on a busy machine: fit again and click again, as a user would).
	clickUntil := func(name, fitJS, elementJS, cond string, n ...int) {
		t.Helper()
		clicks := 1
		if len(n) > 0 {
			clicks = n[0]
		}
		defer func() { clickPass = 0 }()
		for try := 0; try < 3; try++ {
			eval("fit", `(`+cy+`.fit(`+fitJS+`, 60), "")`)
			clickPass = try
			clickN(name, elementJS, clicks)
			if pollFor(cond, 5*time.Second) {
				return
			}
			t.Logf("click %d (%s) did not take (panels show %s); again", try+1, name,
				eval("panels", `JSON.stringify([document.getElementById("entity").hidden ? "" : document.getElementById("entityName").textContent,
					document.getElementById("evidence").hidden ? "" : document.getElementById("evidenceTitle").textContent])`))
		}
		poll(name, cond)
	}

	// 3. Click North Korea: its details open, the view does not change.
	before := eval("count", `String(`+cy+`.nodes().length)`)
	clickUntil("click North Korea", cy+`.getElementById("gpe/china").closedNeighborhood()`, cy+`.getElementById("gpe/north-korea")`,
		`!document.getElementById("entity").hidden && document.getElementById("entityName").textContent === "North Korea"`)
	poll("details loaded", `document.querySelectorAll("#entityRelations li").length > 0 && document.querySelectorAll("#entityDocs li").length > 0`)
	var det struct {
		Aliases, Scores, Meta string
		Relations, Docs       []string
		Expanded, Seed        bool
		Nodes                 int
		Selected              []string
	}
	if err := json.Unmarshal([]byte(eval("details", `JSON.stringify({
		aliases: document.getElementById("entityAliases").textContent,
		scores: document.getElementById("entityScores").textContent,
		meta: document.getElementById("entityMeta").textContent,
		relations: [...document.querySelectorAll("#entityRelations li")].map(li => li.textContent),
		docs: [...document.querySelectorAll("#entityDocs a.doclink")].map(a => a.textContent),
		expanded: window.newsgraphExplorer.state.expanded.includes("gpe/north-korea"),
		seed: `+cy+`.getElementById("gpe/north-korea").hasClass("seed"),
		nodes: `+cy+`.nodes().length,
		selected: `+cy+`.$(":selected").map(e => e.id())})`)), &det); err != nil {
		t.Fatal(err)
	}
	if det.Expanded || det.Seed || fmt.Sprint(det.Nodes) != before {
		t.Errorf("a click on North Korea changed the view: expanded %v, seed %v, %d nodes (were %s)", det.Expanded, det.Seed, det.Nodes, before)
	}
	for _, a := range names("gpe/north-korea") {
		if a != "North Korea" && !strings.Contains(det.Aliases, a) {
			t.Errorf("details aliases %q lack %q", det.Aliases, a)
		}
	}
	if !strings.Contains(det.Meta, "GPE") || !strings.Contains(det.Scores, "PageRank") || !strings.Contains(det.Scores, "community #") {
		t.Errorf("details: meta %q, scores %q; want the type, PageRank and community", det.Meta, det.Scores)
	}
	if !strings.Contains(strings.Join(det.Relations, "\n"), "China -sanction-> North Korea") || len(det.Docs) == 0 {
		t.Errorf("details: top relations %q, documents %q; want China -sanction-> North Korea and a document", det.Relations, det.Docs)
	}
	if len(det.Selected) != 1 || det.Selected[0] != "gpe/north-korea" {
		t.Errorf("selected after the click: %q, want North Korea", det.Selected)
	}
	screenshot("details")

	// Expanding is the panel's button (or a double-click).
	do("expand North Korea", chromedp.Click(chromedp.CSS("#expandEntity")))
	poll("North Korea expanded", `window.newsgraphExplorer.state.expanded.includes("gpe/north-korea") && `+cy+`.getElementById("gpe/north-korea").hasClass("seed")`)
	poll("more nodes", cy+`.nodes().length > `+before+` && `+settled)
	if !strings.Contains(eval("hash", `location.hash`), "gpe%2Fnorth-korea") {
		t.Errorf("URL hash does not record the expansion: %s", eval("hash", `location.hash`))
	}
	screenshot("expanded")

	// 4. The evidence of China -sanction-> North Korea, by clicking the edge.
	const edge = "gpe/china|sanction|gpe/north-korea"
	const evidenceShown = `!document.getElementById("evidence").hidden && document.getElementById("evidenceTitle").textContent.startsWith("China -sanction-> North Korea")`
	clickUntil("click the sanction edge", cy+`.getElementById("gpe/china").closedNeighborhood()`, cy+`.getElementById(`+fmt.Sprintf("%q", edge)+`)`, evidenceShown)
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

	// 6. Paths from Donald Trump to Kim Jong-un, as the API answers them.
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
	if err := json.Unmarshal([]byte(postGraphQL(t, base+"/graphql", `{ paths(from: "person/donald-trump", to: "person/kim-jong-un", maxHops: 4, first: 5, filter: {reporting: false}) { entities { name } } }`)), &api); err != nil {
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
	if !strings.Contains(onPath, "Donald Trump") || !strings.Contains(onPath, "Kim Jong-un") {
		t.Errorf("nodes marked on the path: %s, want Donald Trump and Kim Jong-un among them", onPath)
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

	// 10. Filter first, no entity: #cameo=11 alone draws every Disapprove
	// relation (reporting verbs left out), as graph(filter) answers.
	// Another document first, saying China criticized Japan 24 more times,
	// so that the evidence takes two pages.
	var many []string
	for _, over := range []string{"the islands", "the fishing boats", "the textbooks", "the shrine visit", "the radar incident", "the gas field",
		"the coast guard", "the air zone", "the war records", "the trade curbs", "the visa rules", "the naval drills",
		"the missile shield", "the export bans", "the whaling fleet", "the port calls", "the patrol ships", "the survey vessels",
		"the border maps", "the tariffs", "the summit remarks", "the defence paper", "the museum exhibit", "the school books"} {
		many = append(many, "China criticized Japan over "+over+".")
	}
	if out := postGraphQL(t, base+"/graphql", fmt.Sprintf(`mutation { ingestDocument(text: %q, title: "China's complaints", source: "https://news.example.org/complaints", published: "2017-10-05T12:00:00Z") { added } }`, strings.Join(many, " "))); !strings.Contains(out, `"added":true`) {
		t.Fatalf("ingesting the complaints: %s", out)
	}
	var crit struct {
		Data struct{ Relation struct{ EvidenceCount int } }
	}
	if err := json.Unmarshal([]byte(postGraphQL(t, base+"/graphql", `{ relation(id: "gpe/china|criticize|gpe/japan", filter: {reporting: false}) { evidenceCount } }`)), &crit); err != nil {
		t.Fatal(err)
	}
	if crit.Data.Relation.EvidenceCount <= 20 {
		t.Fatalf("China -criticize-> Japan has %d sentences, want more than a page (20)", crit.Data.Relation.EvidenceCount)
	}
	var want11 struct {
		Data struct {
			Graph struct{ Nodes []struct{ ID string } }
		}
	}
	if err := json.Unmarshal([]byte(postGraphQL(t, base+"/graphql", `{ graph(filter: {cameo: ["11"], reporting: false}, maxEdges: 500) { nodes { id } } }`)), &want11); err != nil {
		t.Fatal(err)
	}
	var ids11 []string
	for _, n := range want11.Data.Graph.Nodes {
		ids11 = append(ids11, n.ID)
	}
	sort.Strings(ids11)
	if !slices.Contains(ids11, "gpe/china") || !slices.Contains(ids11, "gpe/japan") {
		t.Fatalf("graph(cameo 11) has %q, want China and Japan", ids11)
	}
	do("blank", chromedp.Navigate("about:blank"))
	do("open #cameo=11", chromedp.Navigate(base+"/explore#cameo=11"))
	poll("cameo 11 drawn", `!!document.body.dataset.ready && `+cy+`.nodes().length > 0 && `+settled)
	if got := eval("cameo 11 nodes", `JSON.stringify(`+cy+`.nodes().map(n => n.id()).sort())`); got != jsonString(t, ids11) {
		t.Errorf("#cameo=11 draws %s, want as graph(filter: {cameo: [\"11\"], reporting: false}): %s", got, jsonString(t, ids11))
	}
	if got := eval("cameo menu", `document.querySelector("#cameo option:checked").textContent`); !strings.HasPrefix(got, "11 Disapprove (") {
		t.Errorf("CAMEO menu shows %q for 11, want \"11 Disapprove (n)\"", got)
	}
	if got := eval("status", `document.getElementById("status").textContent`); strings.Contains(got, "Search an entity") {
		t.Errorf("#cameo=11 alone: status %q", got)
	}
	screenshot("cameo-11")

	// 11. Predicate "criticize" from the menu, no entity; the evidence of
	// China -criticize-> Japan, paged: 20 sentences, then the rest.
	do("clear", chromedp.Click(chromedp.CSS("#clear")))
	poll("cleared", `!!document.body.dataset.ready && `+cy+`.nodes().length === 0 && document.getElementById("status").textContent.startsWith("Search an entity")`)
	do("choose criticize", chromedp.SetValue(chromedp.CSS("#predicate"), "criticize"))
	eval("fire change", `(document.getElementById("predicate").dispatchEvent(new Event("change")), "")`)
	const critEdge = `gpe/china|criticize|gpe/japan`
	poll("criticize drawn", cy+`.getElementById("`+critEdge+`").nonempty() && `+cy+`.edges().every(e => e.data("predicate") === "criticize") && `+settled)
	const critShown = `!document.getElementById("evidence").hidden && document.getElementById("evidenceTitle").textContent.startsWith("China -criticize-> Japan")`
	clickUntil("click the criticize edge", cy+`.elements()`, cy+`.getElementById("`+critEdge+`")`, critShown)
	poll("first page", `document.querySelectorAll("#evidenceList li").length === 20 && !document.getElementById("moreEvidence").hidden`)
	if got := eval("more", `document.getElementById("moreEvidence").textContent`); got != fmt.Sprintf("More sentences (20 of %d shown)", crit.Data.Relation.EvidenceCount) {
		t.Errorf("paging button %q, want 20 of %d", got, crit.Data.Relation.EvidenceCount)
	}
	do("more sentences", chromedp.Click(chromedp.CSS("#moreEvidence")))
	poll("all sentences", fmt.Sprintf(`document.querySelectorAll("#evidenceList li").length === %d && document.getElementById("moreEvidence").hidden`, crit.Data.Relation.EvidenceCount))
	if got := eval("distinct", `String(new Set([...document.querySelectorAll("#evidenceList q")].map(q => q.textContent)).size)`); got != fmt.Sprint(crit.Data.Relation.EvidenceCount) {
		t.Errorf("%s distinct sentences over two pages, want %d", got, crit.Data.Relation.EvidenceCount)
	}
	screenshot("evidence-paged")

	// 12. No stale panels: a new filter that loses the edge closes its
	// evidence; a path list goes with a new search; Clear closes the rest.
	do("choose sanction", chromedp.SetValue(chromedp.CSS("#predicate"), "sanction"))
	eval("fire change", `(document.getElementById("predicate").dispatchEvent(new Event("change")), "")`)
	poll("sanction drawn", cy+`.getElementById("`+critEdge+`").empty() && `+cy+`.edges().length > 0 && `+settled)
	if got := eval("evidence hidden", `String(document.getElementById("evidence").hidden)`); got != "true" {
		t.Errorf("the evidence of China -criticize-> Japan stays open under predicate sanction")
	}
	do("any predicate", chromedp.SetValue(chromedp.CSS("#predicate"), ""))
	eval("fire change", `(document.getElementById("predicate").dispatchEvent(new Event("change")), "")`)
	poll("nothing chosen", `!!document.body.dataset.ready && `+cy+`.nodes().length === 0 && `+`document.getElementById("status").textContent.startsWith("Search an entity")`)
	pick("#pathFrom", "Donald Trump", "person/donald-trump")
	pick("#pathTo", "Kim Jong", "person/kim-jong-un")
	do("find paths", chromedp.Click(chromedp.CSS("#findPaths")))
	poll("paths listed", `document.querySelectorAll("#paths li").length > 0 && `+cy+`.nodes(".onpath").length > 0`)
	pick("#search", "Japan", "gpe/japan")
	poll("Japan drawn", cy+`.getElementById("gpe/japan").hasClass("seed") && `+settled)
	if got := eval("paths", `document.querySelectorAll("#paths li").length + " " + `+cy+`.nodes(".onpath").length + " " + location.hash.includes("path=")`); got != "0 0 false" {
		t.Errorf("after a new search: %s paths listed, %s", strings.Fields(got)[0], got)
	}
	clickUntil("click Japan", cy+`.elements()`, cy+`.getElementById("gpe/japan")`, `!document.getElementById("entity").hidden && document.getElementById("entityName").textContent === "Japan"`)
	// A double-click expands (two clicks within Cytoscape's 250 ms; a
	// slow pair is two single clicks, so it is tried again).
	if got := eval("china expanded", `String(window.newsgraphExplorer.state.expanded.includes("gpe/china"))`); got != "false" {
		t.Fatalf("China expanded before the double-click: %s", got)
	}
	clickUntil("double-click China", cy+`.elements()`, cy+`.getElementById("gpe/china")`,
		`window.newsgraphExplorer.state.expanded.includes("gpe/china") && `+cy+`.getElementById("gpe/china").hasClass("seed")`, 2)
	do("clear all", chromedp.Click(chromedp.CSS("#clear")))
	poll("all cleared", `!!document.body.dataset.ready && `+cy+`.nodes().length === 0`)
	if got := eval("panels", `document.getElementById("entity").hidden + " " + document.getElementById("evidence").hidden + " " + document.querySelectorAll("#paths li").length`); got != "true true 0" {
		t.Errorf("after Clear: entity panel hidden, evidence hidden, paths = %s; want true true 0", got)
	}

	// 13. A source (an outlet) and an article text search, no entity: the
	// view is what graph(filter) answers.
	graphIDs := func(filter string) string {
		var out struct {
			Data struct {
				Graph struct{ Nodes []struct{ ID string } }
			}
		}
		if err := json.Unmarshal([]byte(postGraphQL(t, base+"/graphql", `{ graph(filter: `+filter+`, maxEdges: 500) { nodes { id } } }`)), &out); err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, n := range out.Data.Graph.Nodes {
			ids = append(ids, n.ID)
		}
		sort.Strings(ids)
		if len(ids) == 0 {
			t.Fatalf("graph(filter: %s) is empty", filter)
		}
		return jsonString(t, ids)
	}
	drawn := `JSON.stringify(` + cy + `.nodes().map(n => n.id()).sort())`
	if got := eval("source menu", `[...document.querySelectorAll("#source option")].map(o => o.value + "=" + o.textContent).join("; ")`); !strings.Contains(got, "o:news.example.org=outlet news.example.org (2)") {
		t.Errorf("source menu: %s; want the outlet news.example.org with its two documents", got)
	}
	do("choose the outlet", chromedp.SetValue(chromedp.CSS("#source"), "o:news.example.org"))
	eval("fire change", `(document.getElementById("source").dispatchEvent(new Event("change")), "")`)
	poll("outlet drawn", cy+`.nodes().length > 0 && location.hash.includes("outlet=news.example.org") && `+settled)
	if got, want := eval("outlet nodes", drawn), graphIDs(`{outlets: ["news.example.org"], reporting: false}`); got != want {
		t.Errorf("outlet news.example.org draws %s, want %s", got, want)
	}
	do("any source", chromedp.SetValue(chromedp.CSS("#source"), ""))
	eval("fire change", `(document.getElementById("source").dispatchEvent(new Event("change")), "")`)
	do("article text", chromedp.SetValue(chromedp.CSS("#text"), "sanctions"))
	eval("fire change", `(document.getElementById("text").dispatchEvent(new Event("change")), "")`)
	poll("text drawn", cy+`.nodes().length > 0 && location.hash.includes("text=sanctions") && !location.hash.includes("outlet") && `+settled)
	if got, want := eval("text nodes", drawn), graphIDs(`{text: "sanctions", reporting: false}`); got != want {
		t.Errorf("articles matching \"sanctions\" draw %s, want %s", got, want)
	}
	screenshot("text-sanctions")
	do("clear text", chromedp.Click(chromedp.CSS("#clear")))
	poll("text cleared", `!!document.body.dataset.ready && `+cy+`.nodes().length === 0 && document.getElementById("text").value === ""`)

	// 14. Communities: the whole graph coloured by community, sized by
	// PageRank, then one community alone.
	do("all communities", chromedp.SetValue(chromedp.CSS("#community"), "all"))
	eval("fire change", `(document.getElementById("community").dispatchEvent(new Event("change")), "")`)
	poll("communities drawn", cy+`.nodes().length > 0 && `+cy+`.nodes().every(n => n.data("community") !== undefined) && `+settled)
	do("size by PageRank", chromedp.SetValue(chromedp.CSS("#sizeBy"), "pagerank"))
	eval("fire change", `(document.getElementById("sizeBy").dispatchEvent(new Event("change")), "")`)
	poll("sized", `location.hash.includes("size=pagerank") && `+settled)
	var com struct {
		Communities, Colours, Legend int
		SizeOK                       bool
	}
	if err := json.Unmarshal([]byte(eval("communities", `(() => { const ns = `+cy+`.nodes();
		const top = ns.max(n => n.data("pagerank")).ele, low = ns.min(n => n.data("pagerank")).ele;
		return JSON.stringify({communities: new Set(ns.map(n => n.data("community"))).size,
			colours: new Set(ns.map(n => n.style("background-color"))).size,
			legend: document.querySelectorAll("#communityLegend li").length,
			sizeOK: top.width() > low.width()}); })()`)), &com); err != nil {
		t.Fatal(err)
	}
	if com.Communities < 2 || com.Colours < 2 || com.Legend < 2 || !com.SizeOK {
		t.Errorf("community view: %+v; want two or more communities in their colours and legend, the highest PageRank drawn largest", com)
	}
	screenshot("communities")
	do("community 0", chromedp.SetValue(chromedp.CSS("#community"), "0"))
	eval("fire change", `(document.getElementById("community").dispatchEvent(new Event("change")), "")`)
	poll("community 0 drawn", cy+`.nodes().length > 1 && `+cy+`.nodes().every(n => n.data("community") === 0) && `+settled)
	if got := eval("hash", `location.hash`); !strings.Contains(got, "community=0") {
		t.Errorf("URL hash does not keep the community: %s", got)
	}
	screenshot("community-0")

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

func jsonString(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
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
// (../shared/corpus/bbc): load time of views of up to 2,000 nodes and the
// frame rate while panning them: the top entities three hops deep (canvas
// and WebGL), the communities of the 2,000 best-supported relations, CAMEO
// 11, the business folder, Tony Blair two hops deep and the UK three. With
// NEWSGRAPH_SCREENSHOTS set it keeps a screenshot of each. It takes a few
// minutes, so it runs only with NEWSGRAPH_EXPLORER_FEEL=1.
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
	// The first search hit's ID for a name (the BBC's IDs are not known in advance).
	hit := func(name string) string {
		var out struct {
			Data struct {
				Search struct {
					Edges []struct{ Node struct{ ID string } }
				}
			}
		}
		if err := json.Unmarshal([]byte(postGraphQL(t, base+"/graphql", fmt.Sprintf(`{ search(text: %q, first: 1) { edges { node { id } } } }`, name))), &out); err != nil || len(out.Data.Search.Edges) == 0 {
			t.Fatalf("search %q: %v %+v", name, err, out)
		}
		return url.QueryEscape(out.Data.Search.Edges[0].Node.ID)
	}
	top500 := "e=" + strings.Join(ids, ",") + "&depth=3&limit=2000"
	views := []struct{ name, hash string }{
		{"top500-depth3", top500},
		{"top500-depth3-gl", top500 + "&gl=1"},
		// Communities at 2,000: the 2,000 best-supported relations
		// (reporting verbs left out), coloured by Louvain community, sized by PageRank.
		{"communities-2000", "community=all&edges=2000&size=pagerank"},
		{"cameo-11", "cameo=11"},
		{"business", "source=business&edges=1000&colour=community"},
		{"blair-depth2", "e=" + hit("Tony Blair") + "&depth=2"},
		{"uk-depth3", "e=" + hit("United Kingdom") + "&depth=3&limit=2000&colour=community&size=pagerank"},
	}
	for _, v := range views {
		ctx, _, closeBrowser := explorerBrowser(t, bin)
		view := base + "/explore#" + v.hash
		start := time.Now()
		sctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
		if _, err := chromedp.Run(sctx, chromedp.Navigate(view)); err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Run(sctx, chromedp.Poll[bool](`!!document.body.dataset.ready && document.getElementById("status").textContent.match(/nodes|cut/) !== null`, chromedp.WithPollingInterval(100*time.Millisecond), chromedp.WithPollingTimeout(2*time.Minute))); err != nil {
			t.Fatal(err)
		}
		loaded := time.Since(start)
		if dir := os.Getenv("NEWSGRAPH_SCREENSHOTS"); dir != "" {
			b, err := chromedp.Run(sctx, chromedp.CaptureScreenshot())
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "explorer-bbc-"+v.name+".png"), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		// Pan by a few pixels every frame for three seconds and count frames.
		res, err := chromedp.Run(sctx, chromedp.Evaluate[string](`new Promise(resolve => {
			const cy = window.newsgraphExplorer.cy; let frames = 0, worst = 0, last = performance.now(); const t0 = last;
			const step = (now) => { frames++; worst = Math.max(worst, now - last); last = now;
				cy.panBy({x: 3 * Math.sin(frames / 20), y: 2});
				if (now - t0 < 3000) requestAnimationFrame(step);
				else resolve(JSON.stringify({nodes: cy.nodes().length, edges: cy.edges().length, labelled: cy.nodes(":visible").filter(n => n.style("label") !== "").length,
					communities: new Set(cy.nodes().map(n => n.data("community"))).size,
					fps: Math.round(frames * 1000 / (now - t0)), worstFrameMs: Math.round(worst), status: document.getElementById("status").textContent})); };
			requestAnimationFrame(step); })`, chromedp.EvalAwaitPromise, chromedp.EvalAsValue))
		if err != nil {
			t.Fatal(err)
		}
		cancel()
		lms, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`window.newsgraphExplorer.layoutMs`))
		t.Logf("%s: view loaded in %v (last layout %d ms); panning: %s", v.name, loaded.Round(time.Millisecond), lms, res)
		closeBrowser()
	}
	stopServe()
	<-done
}
