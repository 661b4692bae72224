package gizmo

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"runtime/metrics"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// TestContentType: only the two query types are accepted, so an HTML form
// or a cross-site "simple" request cannot run a script.
func TestContentType(t *testing.T) {
	h := Handler(loadFixture(t), Options{})
	const q = `g.V("<ng:e/gpe/china>").All()`
	tests := []struct {
		name, contentType, body string
		wantStatus              int
		wantCode                string
	}{
		{"script", ContentTypeScript, q, 200, ""},
		{"JSON", ContentTypeJSON, `{"query": ` + jsonString(q) + `}`, 200, ""},
		{"text/plain", "text/plain", q, 415, CodeUnsupportedType},
		{"text/plain with charset", "text/plain;charset=UTF-8", q, 415, CodeUnsupportedType},
		{"form", "application/x-www-form-urlencoded", "query=" + q, 415, CodeUnsupportedType},
		{"multipart form", "multipart/form-data; boundary=x", "--x\r\n\r\n" + q + "\r\n--x--", 415, CodeUnsupportedType},
		{"no Content-Type (a Blob body)", "", q, 415, CodeUnsupportedType},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := post(t, h, tc.contentType, tc.body)
			if a.status != tc.wantStatus || a.code != tc.wantCode {
				t.Errorf("got %d %q (%s), want %d %q", a.status, a.code, a.errMsg, tc.wantStatus, tc.wantCode)
			}
		})
	}
}

// TestBudgets runs the attacks of issue 12 against small budgets: each is
// stopped with the code of the budget it broke (the memory or response
// budget, not the time limit, whose code differs; how long that took is
// logged, not asserted: a loaded machine stretches it), and the process's
// memory stays bounded.
func TestBudgets(t *testing.T) {
	const (
		timeout = 30 * time.Second // far above the 1-7 s the budgets take, so that a loaded machine does not hit it first
		memory  = 16 << 20
		ceiling = 256 << 20
	)
	h := Handler(loadFixture(t), Options{Timeout: timeout, MaxMemoryBytes: memory, MaxResponseBytes: 8 << 20})
	tests := []struct {
		name, query string
		wantCodes   []string // the first is the code with the goja Cayley pins
	}{
		{"string doubling", `var s = "x"; while (true) { s = s + s }`, []string{CodeMemoryLimit}},
		{"array growth", `var a = []; while (true) { a.push([a.length, "item " + a.length, {n: a.length}]) }`, []string{CodeMemoryLimit}},
		{"object growth", `var o = {}; for (var i = 0; ; i++) { o["k" + i] = [i, i, i] }`, []string{CodeMemoryLimit}},
		// With a goja that has SetMaxCallStackSize, the call depth limit
		// throws a RangeError first.
		{"endless recursion", `function f(n) { return f(n + 1) + 1 } f(0)`, []string{CodeMemoryLimit, CodeBadQuery}},
		{"recursion through a built-in", `function f() { [1].forEach(f) } f()`, []string{CodeMemoryLimit, CodeBadQuery}},
		{"1,000 emits of 1 MiB", `var s = "x"; for (var i = 0; i < 20; i++) { s = s + s }
for (var i = 0; i < 1000; i++) { g.Emit(s) }`, []string{CodeResponseTooLarge}},
		// Each result holds a fresh 512 KiB string: which budget trips first
		// depends on when the collector runs, and either stops the query.
		{"results over the response budget", `var s = "x"; for (var i = 0; i < 19; i++) { s = s + s }
g.V().ForEach(function(v) { g.Emit(s + v.id) })`, []string{CodeResponseTooLarge, CodeMemoryLimit}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			stopPeak := peakMemory()
			a := post(t, h, script, tc.query)
			peak := stopPeak()
			if a.status == http.StatusOK || !slices.Contains(tc.wantCodes, a.code) {
				t.Fatalf("got %d %q (%s), want one of %q", a.status, a.code, a.errMsg, tc.wantCodes)
			}
			// Live heap may reach about twice the budget between two
			// collections, plus the last allocation that crossed it, and a
			// goroutine stack grows by doubling: bounded, far from the GBs
			// of issue 12 and from Go's 1 GB stack limit.
			if peak > ceiling {
				t.Errorf("peak memory growth %d MiB, want under %d MiB", peak>>20, ceiling>>20)
			}
			held := waitIdle(t, h)
			t.Logf("%s: %d %s after %v, script stopped %v later, peak growth of heap objects and stacks %d MiB",
				tc.name, a.status, a.code, a.elapsed.Round(time.Millisecond), held.Round(time.Millisecond), peak>>20)
		})
	}
	// The handler still answers afterwards.
	if a := post(t, h, script, `g.V("<ng:e/gpe/china>").All()`); a.status != 200 {
		t.Errorf("query after the attacks: got %d %s", a.status, a.errMsg)
	}
}

// waitIdle waits until no script of h runs any more, and says how long
// that took.
func waitIdle(t *testing.T, h http.Handler) time.Duration {
	t.Helper()
	start := time.Now()
	for len(h.(*handler).slots) > 0 {
		if time.Since(start) > 20*time.Second {
			t.Fatal("a script still runs after 20s")
		}
		time.Sleep(time.Millisecond)
	}
	return time.Since(start)
}

// peakMemory samples the growth of the heap (garbage included) and the
// stacks until the returned func is called, which gives the peak.
func peakMemory() (stop func() int64) {
	samples := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/memory/classes/heap/stacks:bytes"}}
	read := func() int64 {
		metrics.Read(samples)
		return int64(samples[0].Value.Uint64() + samples[1].Value.Uint64())
	}
	base, peak := read(), int64(0)
	done, result := make(chan struct{}), make(chan int64)
	go func() {
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				result <- peak
				return
			case <-tick.C:
				peak = max(peak, read()-base)
			}
		}
	}()
	return func() int64 { close(done); return <-result }
}

// TestDeadlineInBuiltin: a built-in that runs long in Go cannot be
// interrupted, but the client is answered at the deadline anyway, and the
// query holds its slot until the built-in returns.
func TestDeadlineInBuiltin(t *testing.T) {
	const limit = 100 * time.Millisecond
	h := Handler(loadFixture(t), Options{Timeout: limit, MaxConcurrent: 1})
	// Some hundreds of milliseconds in Array.prototype.join on the goja Cayley pins.
	a := post(t, h, script, `Array(5e6).join("x").length`)
	if a.status != http.StatusGatewayTimeout || a.code != CodeTimeout {
		t.Fatalf("got %d %q (%s), want 504 %s", a.status, a.code, a.errMsg, CodeTimeout)
	}
	if a.elapsed > limit+500*time.Millisecond {
		t.Errorf("answered after %v, want soon after %v", a.elapsed, limit)
	}
	if b := post(t, h, script, `g.V().All()`); b.status != http.StatusServiceUnavailable || b.code != CodeBusy {
		t.Errorf("while the built-in runs: got %d %q, want 503 %s", b.status, b.code, CodeBusy)
	}
	waitIdle(t, h)
	if b := post(t, h, script, `g.V("<ng:e/gpe/china>").All()`); b.status != 200 {
		t.Errorf("after the built-in returned: got %d %q", b.status, b.errMsg)
	}
}

// TestBusy: queries over MaxConcurrent are refused at once with BUSY.
func TestBusy(t *testing.T) {
	h := Handler(loadFixture(t), Options{Timeout: 300 * time.Millisecond, MaxConcurrent: 1})
	first := make(chan answer)
	go func() { first <- post(t, h, script, `while (true) {}`) }()
	for len(h.(*handler).slots) == 0 {
		time.Sleep(time.Millisecond)
	}
	req := httptestPost(script, `g.V().All()`)
	rec := serve(h, req)
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), `"code":"BUSY"`) || rec.Header().Get("Retry-After") == "" {
		t.Errorf("second query: got %d %s Retry-After %q, want 503 BUSY with Retry-After", rec.Code, rec.Body, rec.Header().Get("Retry-After"))
	}
	if a := <-first; a.code != CodeTimeout {
		t.Errorf("first query: got %d %q, want %s", a.status, a.code, CodeTimeout)
	}
	waitIdle(t, h)
	if a := post(t, h, script, `g.V("<ng:e/gpe/china>").All()`); a.status != 200 {
		t.Errorf("after the first: got %d %q", a.status, a.errMsg)
	}
}

// TestStepPanics: Gizmo steps that panic on arguments of the wrong type
// are answered BAD_QUERY; before, they took the process down.
func TestStepPanics(t *testing.T) {
	h := Handler(loadFixture(t), Options{})
	for _, q := range []string{
		`g.V().Out({})`,
		`g.V().Out("<ng:r/sanction>", {}).All()`,
		`g.V().In([{}]).All()`,
	} {
		a := post(t, h, script, q)
		if a.status != http.StatusBadRequest || a.code != CodeBadQuery {
			t.Errorf("%s: got %d %q (%s), want 400 %s", q, a.status, a.code, a.errMsg, CodeBadQuery)
		}
	}
}

// failingStore is a store whose iterators fail the way a remote backend
// does, with an error naming its address and statement.
type failingStore struct {
	graph.QuadStore
}

const storeFailure = "pq: dial tcp 10.20.30.40:5432: connection refused (SELECT subject FROM quads)"

func (s failingStore) QuadIterator(d quad.Direction, v graph.Ref) graph.Iterator {
	return failingIterator{s.QuadStore.QuadIterator(d, v)}
}

func (s failingStore) NodesAllIterator() graph.Iterator {
	return failingIterator{s.QuadStore.NodesAllIterator()}
}

func (s failingStore) QuadsAllIterator() graph.Iterator {
	return failingIterator{s.QuadStore.QuadsAllIterator()}
}

type failingIterator struct {
	graph.Iterator
}

func (failingIterator) Next(context.Context) bool                { return false }
func (failingIterator) NextPath(context.Context) bool            { return false }
func (failingIterator) Contains(context.Context, graph.Ref) bool { return false }
func (failingIterator) Err() error                               { return errors.New(storeFailure) }
func (it failingIterator) Optimize() (graph.Iterator, bool)      { return it, false }

// TestStoreFailure: a store failing under a query is an internal error
// whose detail goes to the log, not to the client.
func TestStoreFailure(t *testing.T) {
	var logs bytes.Buffer
	h := Handler(failingStore{loadFixture(t)}, Options{Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	for _, q := range []string{
		`g.V().All()`,
		`g.V("<ng:e/gpe/china>").Out("<ng:r/sanction>").All()`,
		`g.Emit(g.V().ToArray())`,
		`g.Emit(g.V().TagArray())`,
		`g.V().ForEach(function(v) { g.Emit(v) })`,
		`g.Emit(g.V().Count())`,
	} {
		logs.Reset()
		a := post(t, h, script, q)
		if a.status != http.StatusInternalServerError || a.code != CodeInternal || a.errMsg != "internal error" {
			t.Errorf("%s: got %d %q %q, want 500 %s \"internal error\"", q, a.status, a.code, a.errMsg, CodeInternal)
		}
		if !strings.Contains(logs.String(), "10.20.30.40") {
			t.Errorf("%s: the log lacks the store's error: %s", q, logs.String())
		}
	}
	// The query's own faults are still the query's.
	if a := post(t, h, script, `throw new Error("boom")`); a.status != http.StatusBadRequest || a.code != CodeBadQuery {
		t.Errorf("thrown: got %d %q, want 400 %s", a.status, a.code, CodeBadQuery)
	}
}
