package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"text/tabwriter"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/gizmo"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/query"
	"github.com/newsgraph/newsgraph/internal/server"
)

// benchServeAbout is the part of benchUsage on "bench serve".
const benchServeAbout = `bench serve runs the server stack of 'serve' in this process on 127.0.0.1
(a random port) over a store (--store, or a new LevelDB store in a
temporary folder, removed afterwards, loaded with --load PATH), and sends
it a mixed workload of GraphQL queries (entity with 50 relations and their
first evidence sentence, search, topEntities, neighborhood of depth 2,
paths, a documents page) and Gizmo queries from N closed-loop clients for
--duration, for each N in --clients. With --attack each run is done twice:
quiet, then while --attackers goroutines per attack send, back to back,
the 30-level fragment fan-out and Gizmo bombs (endless string doubling,
endless recursion, 1,000 emits of 1 MiB); --attacks picks some of them.
It prints per run the requests/s, p50/p99/max, BUSY refusals and errors
per query kind, the attacks' answers, the longest request against the
server's 10s time limit (PAST when over 11s), peak RSS (VmHWM), CPU
seconds and load average, and at the end the ratio of the legitimate p99
under attack to the quiet one. The clients run in the same process: RSS
and CPU include theirs.
`

// benchTimeout is serve's time limit of a GraphQL operation and of a Gizmo
// query (graph.Options.Timeout and gizmo.Options.Timeout left at their
// defaults); a request answered later ran past its deadline.
const benchTimeout = 10 * time.Second

// benchSlack is how far past benchTimeout an answer may come and still be
// on time: the time to stop the work, write the answer and, on a busy
// machine, to be scheduled (the Gizmo handler alone waits 50ms for its
// script to stop).
const benchSlack = time.Second

// benchClientTimeout bounds a request of the load test itself: the
// server's overall request limit (server.Config.Timeout, 30s) and a margin.
const benchClientTimeout = 35 * time.Second

// benchDrainWait bounds the wait after a run for the server's handlers
// still running to return.
const benchDrainWait = benchTimeout + 5*time.Second

// The query kinds of the legitimate workload, in the order printed, with
// their share of the requests.
var benchKinds = []struct {
	name   string
	weight int
}{
	{"entity", 25},
	{"search", 20},
	{"topEntities", 10},
	{"neighborhood", 10},
	{"paths", 10},
	{"documents", 15},
	{"gizmo", 10},
}

// The attacks, each sent back to back by --attackers goroutines.
var benchAttacks = []string{"fragments", "gizmo-grow", "gizmo-recursion", "gizmo-emit"}

const (
	qEntity = `query($id: ID!) { entity(id: $id) { id name type mentionCount documentCount degree
  relations(first: 50) { totalCount edges { node { id predicate confidence
    subject { id name type } object { id name type }
    evidence(first: 1) { edges { node { sentence document { id title } } } } } } } } }`
	qSearch    = `query($text: String!) { search(text: $text, first: 10) { totalCount edges { match matched distance node { id name type mentionCount } } } }`
	qTop       = `{ topEntities(by: DEGREE, first: 10) { score entity { id name type } } }`
	qNeighbors = `query($id: ID!) { neighborhood(entity: $id, depth: 2, limit: 100) { truncated nodes { id label type degree } edges { id source target predicate weight } } }`
	qPaths     = `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 3) { length entities { id name } steps { from { id } to { id } relations { id predicate } } } }`
	qDocuments = `query($after: String) { documents(first: 20, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { node { id title source published entityCount relationCount } } } }`
	// Used once, before the runs, to pick the entities and pages asked for.
	qPickEntities = `{ topEntities(by: DEGREE, first: 50) { entity { id name } } }`
)

// fragmentBomb is the exponential fragment fan-out of issue 12: each of
// levels fragments spreads the one below twice, so the query as written is
// about 1.3 KB and, expanded, selects 2^levels times two fields.
func fragmentBomb(levels int, id string) string {
	var b strings.Builder
	b.WriteString("fragment F0 on Entity { id name }\n")
	for i := 1; i <= levels; i++ {
		fmt.Fprintf(&b, "fragment F%d on Entity { ...F%d ...F%d }\n", i, i-1, i-1)
	}
	fmt.Fprintf(&b, "{ entity(id: %q) { ...F%d } }\n", id, levels)
	return b.String()
}

// gizmoBombs are the scripts of the Gizmo attacks.
var gizmoBombs = map[string]string{
	"gizmo-grow":      `var s = "x"; while (true) { s = s + s }`,
	"gizmo-recursion": `function f(n) { return f(n + 1) + 1 } f(0)`,
	"gizmo-emit":      `var s = "x"; for (var i = 0; i < 20; i++) { s = s + s } for (var i = 0; i < 1000; i++) { g.Emit(s) }`,
}

// benchServeOpts are the flags of bench serve.
type benchServeOpts struct {
	clients   []int
	duration  time.Duration
	attack    bool
	attackers int
	attacks   []string // of benchAttacks
}

func (e *env) benchServe(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("bench serve", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	storeURI := fs.String("store", "", "store URI (default: a new LevelDB store in a temporary folder)")
	var load multiFlag
	fs.Var(&load, "load", "ingest this file or folder first (repeatable); documents already stored are skipped")
	clients := fs.String("clients", "20,100", "comma-separated numbers of concurrent clients, one run each")
	duration := fs.Duration("duration", 15*time.Second, "length of each run")
	attack := fs.Bool("attack", false, "run each client count twice: quiet, then under attack")
	attackers := fs.Int("attackers", 2, "goroutines per attack")
	attacks := fs.String("attacks", strings.Join(benchAttacks, ","), "the attacks sent with --attack, comma-separated")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents extracted at once while loading")
	procs := fs.Int("procs", serveProcs(), "GOMAXPROCS while serving, as serve's --procs")
	verbose := fs.Bool("v", false, "print the server's warnings and errors (they are counted either way) and the first failed request of each kind and failure")
	fs.Usage = func() {
		fmt.Fprint(e.stderr, "usage: newsgraph bench serve [--store URI | --load PATH...] [--clients 20,100] [--duration 15s] [--attack]\n\n"+benchServeAbout)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	load = append(load, fs.Args()...)
	o := benchServeOpts{duration: *duration, attack: *attack, attackers: *attackers}
	for f := range strings.SplitSeq(*clients, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			fmt.Fprintf(e.stderr, "--clients %q: want positive numbers separated by commas\n", *clients)
			return errUsage
		}
		o.clients = append(o.clients, n)
	}
	for f := range strings.SplitSeq(*attacks, ",") {
		if f = strings.TrimSpace(f); !slices.Contains(benchAttacks, f) {
			fmt.Fprintf(e.stderr, "--attacks %q: want some of %s\n", *attacks, strings.Join(benchAttacks, ","))
			return errUsage
		}
		o.attacks = append(o.attacks, f)
	}
	if (*storeURI == "" && len(load) == 0) || o.duration <= 0 || o.attackers < 1 {
		fs.Usage()
		return errUsage
	}
	if *procs > 0 {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(*procs))
	}

	uri := *storeURI
	if uri == "" {
		dir, err := os.MkdirTemp("", "newsgraph-bench-")
		if err != nil {
			return fmt.Errorf("bench serve: %w", err)
		}
		defer os.RemoveAll(dir)
		uri = "leveldb:" + filepath.Join(dir, "db")
	}
	var logw io.Writer = io.Discard
	if *verbose {
		logw = e.stderr
	}
	logs := &countingHandler{next: slog.NewTextHandler(logw, &slog.HandlerOptions{Level: slog.LevelWarn}), counts: new(logCounts)}
	log := slog.New(logs)
	m := &handlerMeter{}

	// The wiring of serve (serve.go), on a loopback address without keys:
	// writes allowed, Gizmo on, every default limit.
	app, err := openApp(ctx, uri, *workers, ingest.Background())
	if err != nil {
		return fmt.Errorf("bench serve: %w", err)
	}
	defer app.Close()
	if len(load) > 0 {
		sum, err := e.load(ctx, app.pipeline, load, article.DefaultMaxBytes, true)
		if err != nil {
			return fmt.Errorf("bench serve: %w", err)
		}
		if sum.Failed > 0 {
			fmt.Fprintf(e.stderr, "bench serve: %d documents failed to load; serving the rest\n", sum.Failed)
		}
	}
	svc, addr, stop, err := startBenchServer(ctx, app, m, log)
	if err != nil {
		return fmt.Errorf("bench serve: %w", err)
	}
	defer stop()

	b := &loadBench{base: "http://" + addr, meter: m, logs: logs.counts}
	if *verbose {
		b.failures = e.stderr
	}
	if err := b.prepare(ctx); err != nil {
		return fmt.Errorf("bench serve: %w", err)
	}
	st, err := svc.Stats(ctx)
	if err != nil {
		return fmt.Errorf("bench serve: %w", err)
	}
	fmt.Fprintf(e.stdout, "store       %s (%s): %d documents, %d entities, %d relations\n", uri, app.store.Backend(), st.Documents, st.Entities, st.Relations)
	fmt.Fprintf(e.stdout, "server      %s, GOMAXPROCS %d on %d CPUs, time limit %s per query\n", b.base, runtime.GOMAXPROCS(0), runtime.NumCPU(), benchTimeout)
	fmt.Fprintf(e.stdout, "workload    %s\n", benchMix())
	var pairs []runPair
	for _, n := range o.clients {
		var p runPair
		for _, attacked := range []bool{false, true} {
			if attacked && !o.attack {
				continue
			}
			if ctx.Err() != nil {
				return ctx.Err()
			}
			r := b.run(ctx, n, attacked, o)
			r.print(e.stdout)
			if attacked {
				p.attack = r
			} else {
				p.quiet = r
			}
		}
		pairs = append(pairs, p)
	}
	if o.attack {
		printRatios(e.stdout, pairs)
	}
	return nil
}

// startBenchServer wires the read side and the handlers as serve does
// (serve.go) for a loopback address without keys (writes allowed, /gizmo
// on, every default limit), wraps them in m, and serves them on
// 127.0.0.1 at a free port; stop shuts the server down.
func startBenchServer(ctx context.Context, app *app, m *handlerMeter, log *slog.Logger) (svc *query.Service, addr string, stop func(), err error) {
	svc, err = query.New(ctx, app.store.QuadStore(), query.WithLogger(log))
	if err != nil {
		return nil, "", nil, fmt.Errorf("read index: %w", err)
	}
	app.pipeline.AddListener(svc)
	gopts := graph.Options{Logger: log, InputErrors: []error{ingest.ErrInvalid}, LoaderWait: time.Nanosecond,
		Ingester: app.pipeline, Timeout: benchTimeout}
	cfg := server.Config{
		GraphQL: graph.NewHandler(svc, gopts),
		Grapher: svc,
		Pinger:  app.store,
		Logger:  log,
		Gizmo:   gizmo.Handler(app.store.QuadStore(), gizmo.Options{Logger: log, Timeout: benchTimeout}),
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, "", nil, err
	}
	srv := server.NewHTTPServer(ln.Addr().String(), m.wrap(server.New(cfg)), log)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	return svc, ln.Addr().String(), func() {
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
		<-errc
	}, nil
}

// runPair is the quiet run and the run under attack of one client count.
type runPair struct{ quiet, attack *runResult }

// printRatios prints, per client count and query kind, the p99 under
// attack over the quiet p99.
func printRatios(w io.Writer, pairs []runPair) {
	fmt.Fprintln(w, "\nlegit p99 under attack / quiet")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "clients\t")
	for _, k := range benchKinds {
		fmt.Fprintf(tw, "%s\t", k.name)
	}
	fmt.Fprintln(tw, "all\t")
	for _, p := range pairs {
		fmt.Fprintf(tw, "%d\t", p.quiet.clients)
		for _, k := range benchKinds {
			fmt.Fprintf(tw, "%s\t", ratio(p.attack.legit[k.name].p(99), p.quiet.legit[k.name].p(99)))
		}
		fmt.Fprintf(tw, "%s\t\n", ratio(p.attack.all.p(99), p.quiet.all.p(99)))
	}
	tw.Flush()
}

// benchMix describes the workload's shares.
func benchMix() string {
	var parts []string
	for _, k := range benchKinds {
		parts = append(parts, fmt.Sprintf("%s %d%%", k.name, k.weight))
	}
	return strings.Join(parts, ", ")
}

func ratio(a, b time.Duration) string {
	if a == 0 || b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2fx", float64(a)/float64(b))
}

// loadBench sends the workload to one server.
type loadBench struct {
	base     string
	failures io.Writer // the first legitimate request of each kind and failure, when not nil
	failed   sync.Map  // kind+failure printed
	meter    *handlerMeter
	logs     *logCounts

	ids      []string    // entities, best connected first
	names    []string    // search texts: names, lower-case names, prefixes, typos
	pairs    [][2]string // path ends
	cursors  []string    // documents pages ("" is the first)
	gizmoQs  []string
	attackID string
}

// prepare picks the entities, search texts, path ends and document pages
// the workload asks for, and sends each query kind once: a query the
// server refuses is a mistake of the workload, not a measure.
func (b *loadBench) prepare(ctx context.Context) error {
	c := &http.Client{Timeout: benchClientTimeout}
	var top struct {
		TopEntities []struct {
			Entity struct{ ID, Name string }
		}
	}
	if err := b.graphQL(ctx, c, qPickEntities, nil, &top); err != nil {
		return fmt.Errorf("pick entities: %w", err)
	}
	if len(top.TopEntities) == 0 {
		return errors.New("the store has no entities: give documents with --load")
	}
	for _, t := range top.TopEntities {
		b.ids = append(b.ids, t.Entity.ID)
		name := t.Entity.Name
		b.names = append(b.names, name, strings.ToLower(name))
		if w := strings.Fields(name); len(w) > 0 && len([]rune(w[0])) > 3 {
			b.names = append(b.names, string([]rune(w[0])[:3])) // a prefix
		}
		if r := []rune(name); len(r) >= 5 {
			r[2], r[3] = r[3], r[2]
			b.names = append(b.names, string(r))
		}
	}
	for i := range b.ids {
		if i > 0 {
			b.pairs = append(b.pairs, [2]string{b.ids[0], b.ids[i]})
		}
		if i+1 < len(b.ids) {
			b.pairs = append(b.pairs, [2]string{b.ids[i], b.ids[i+1]})
		}
	}
	if len(b.pairs) == 0 {
		b.pairs = [][2]string{{b.ids[0], b.ids[0]}}
	}
	b.cursors = []string{""}
	for len(b.cursors) < 10 {
		var docs struct {
			Documents struct {
				PageInfo struct {
					EndCursor   string
					HasNextPage bool
				}
			}
		}
		if err := b.graphQL(ctx, c, qDocuments, map[string]any{"after": b.cursors[len(b.cursors)-1]}, &docs); err != nil {
			return fmt.Errorf("documents: %w", err)
		}
		if !docs.Documents.PageInfo.HasNextPage {
			break
		}
		b.cursors = append(b.cursors, docs.Documents.PageInfo.EndCursor)
	}
	for _, id := range b.ids[:min(len(b.ids), 10)] {
		e := kg.EntityIRI(id).String()
		b.gizmoQs = append(b.gizmoQs,
			fmt.Sprintf(`g.V(%q).Out(%q).All()`, e, kg.PredName.String()),
			fmt.Sprintf(`g.V(%q).In(%q).Out(%q).Limit(20).All()`, e, kg.PredSubject.String(), kg.PredObject.String()),
			fmt.Sprintf(`g.V(%q).In(%q).Out(%q).Limit(10).All()`, e, kg.PredMentions.String(), kg.PredTitle.String()),
		)
	}
	b.attackID = b.ids[0]
	rng := rand.New(rand.NewPCG(0, 0))
	for _, k := range benchKinds {
		if o := b.send(ctx, c, k.name, rng); o.failure != "" {
			return fmt.Errorf("the %s query failed: %s", k.name, o.failure)
		}
	}
	return nil
}

// graphQL posts a query and decodes its data into out; a GraphQL error is
// an error.
func (b *loadBench) graphQL(ctx context.Context, c *http.Client, q string, vars map[string]any, out any) error {
	body, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.base+"/graphql", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var r struct {
		Data   json.RawMessage
		Errors []struct{ Message string }
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return fmt.Errorf("HTTP %d: %w", resp.StatusCode, err)
	}
	if len(r.Errors) > 0 {
		return fmt.Errorf("HTTP %d: %s", resp.StatusCode, r.Errors[0].Message)
	}
	return json.Unmarshal(r.Data, out)
}

// outcome is what one request got: its latency, and failure, empty when it
// succeeded, else "HTTP-status CODE" (or "client timeout", "transport
// error").
type outcome struct {
	latency time.Duration
	failure string
	bytes   int64
}

// send sends one legitimate request of the kind.
func (b *loadBench) send(ctx context.Context, c *http.Client, kind string, rng *rand.Rand) outcome {
	pick := func(s []string) string { return s[rng.IntN(len(s))] }
	var q string
	var vars map[string]any
	switch kind {
	case "entity":
		q, vars = qEntity, map[string]any{"id": pick(b.ids)}
	case "search":
		q, vars = qSearch, map[string]any{"text": pick(b.names)}
	case "topEntities":
		q = qTop
	case "neighborhood":
		q, vars = qNeighbors, map[string]any{"id": pick(b.ids)}
	case "paths":
		p := b.pairs[rng.IntN(len(b.pairs))]
		q, vars = qPaths, map[string]any{"from": p[0], "to": p[1]}
	case "documents":
		if after := pick(b.cursors); after != "" {
			vars = map[string]any{"after": after}
		}
		q = qDocuments
	case "gizmo":
		q = pick(b.gizmoQs)
	default:
		panic("bench serve: unknown query kind " + kind)
	}
	var o outcome
	if kind == "gizmo" {
		o = b.post(ctx, c, "/gizmo", map[string]any{"query": q}, false)
	} else {
		o = b.post(ctx, c, "/graphql", map[string]any{"query": q, "variables": vars}, false)
	}
	if o.failure != "" && !busy(o.failure) && b.failures != nil {
		if _, seen := b.failed.LoadOrStore(kind+" "+o.failure, true); !seen {
			fmt.Fprintf(b.failures, "bench serve: %s query failed, %s after %s: %s %v\n", kind, o.failure, ms(o.latency), q, vars)
		}
	}
	return o
}

// attack sends one request of the attack.
func (b *loadBench) attack(ctx context.Context, c *http.Client, kind string) outcome {
	if kind == "fragments" {
		return b.post(ctx, c, "/graphql", map[string]any{"query": fragmentBomb(30, b.attackID)}, true)
	}
	return b.post(ctx, c, "/gizmo", map[string]any{"query": gizmoBombs[kind]}, true)
}

// post sends a JSON body and reads the whole answer. A legitimate answer
// is decoded to find errors; an attack's is counted, and only its first
// 64 KiB decoded (an unbounded Gizmo answer may be a gigabyte).
func (b *loadBench) post(ctx context.Context, c *http.Client, path string, v any, attack bool) outcome {
	body, _ := json.Marshal(v)
	start := time.Now()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.base+path, bytes.NewReader(body))
	if err != nil {
		return outcome{failure: "request: " + err.Error()}
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.Do(req)
	if err != nil {
		return outcome{latency: time.Since(start), failure: transportFailure(err)}
	}
	defer resp.Body.Close()
	var buf bytes.Buffer
	limit := int64(1 << 62)
	if attack {
		limit = 64 << 10
	}
	n, err := io.Copy(&buf, io.LimitReader(resp.Body, limit))
	if err == nil {
		var m int64
		m, err = io.Copy(io.Discard, resp.Body)
		n += m
	}
	o := outcome{latency: time.Since(start), bytes: n}
	if err != nil {
		o.failure = transportFailure(err)
		return o
	}
	var r struct {
		Code   string // internal/server and /gizmo error answers
		Errors []struct {
			Extensions struct{ Code string }
		}
	}
	_ = json.Unmarshal(buf.Bytes(), &r) // a cut-off or non-JSON answer leaves no code
	code := r.Code
	if len(r.Errors) > 0 {
		code = r.Errors[0].Extensions.Code
		if code == "" {
			code = "GRAPHQL_ERROR"
		}
	}
	if resp.StatusCode != http.StatusOK || code != "" {
		o.failure = strings.TrimSpace(strconv.Itoa(resp.StatusCode) + " " + code)
	}
	return o
}

func transportFailure(err error) string {
	var ne net.Error
	if errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()) {
		return "client timeout"
	}
	return "transport error"
}

// latencies are the outcomes of one kind of request.
type latencies struct {
	lat      []time.Duration // sorted by finish
	failures map[string]int
	bytes    int64 // largest answer
}

func (l *latencies) add(o outcome) {
	l.lat = append(l.lat, o.latency)
	if o.failure != "" {
		if l.failures == nil {
			l.failures = map[string]int{}
		}
		l.failures[o.failure]++
	}
	l.bytes = max(l.bytes, o.bytes)
}

func (l *latencies) merge(m *latencies) {
	l.lat = append(l.lat, m.lat...)
	for k, v := range m.failures {
		if l.failures == nil {
			l.failures = map[string]int{}
		}
		l.failures[k] += v
	}
	l.bytes = max(l.bytes, m.bytes)
}

// busy reports a refusal because a cap on concurrent work is reached
// (503 BUSY from /gizmo, extensions.code BUSY from /graphql): load
// shedding by design, counted apart from errors.
func busy(failure string) bool { return strings.HasSuffix(failure, " BUSY") }

// errorCount counts the failures that are not BUSY refusals.
func (l *latencies) errorCount() int {
	n := 0
	for k, v := range l.failures {
		if !busy(k) {
			n += v
		}
	}
	return n
}

// refused counts the BUSY refusals.
func (l *latencies) refused() int {
	n := 0
	for k, v := range l.failures {
		if busy(k) {
			n += v
		}
	}
	return n
}

// p is the q-th percentile (lat must be sorted), 0 when empty.
func (l *latencies) p(q int) time.Duration {
	if l == nil || len(l.lat) == 0 {
		return 0
	}
	return l.lat[min(len(l.lat)-1, len(l.lat)*q/100)]
}

func (l *latencies) max() time.Duration {
	if l == nil || len(l.lat) == 0 {
		return 0
	}
	return l.lat[len(l.lat)-1]
}

// failureList prints the failures, most frequent first; without BUSY
// refusals unless withBusy.
func (l *latencies) failureList(withBusy bool) string {
	keys := slices.DeleteFunc(slices.Collect(maps.Keys(l.failures)), func(k string) bool { return !withBusy && busy(k) })
	slices.SortFunc(keys, func(a, b string) int {
		if d := l.failures[b] - l.failures[a]; d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%d x %s", l.failures[k], k))
	}
	return strings.Join(parts, ", ")
}

// runResult is one run's measures.
type runResult struct {
	clients  int
	attacked bool
	wall     time.Duration
	legit    map[string]*latencies
	all      *latencies
	attacks  map[string]*latencies

	longestHandler   time.Duration // server side, wrapped around server.New
	stillRunning     int64         // handlers running benchDrainWait after the run
	drained          time.Duration // from the end of the run to the last handler's return
	settled          time.Duration // from the end of the run to the goroutines' count before it
	goroutinesBefore int
	goroutinesAfter  int
	warnings, errs   int64
	peakRSS          string
	cpu              time.Duration
	load             string
}

// run sends the workload from n clients for o.duration, with the attacks
// when attacked, then waits for the attackers' last requests, for the
// server's handlers to return and for the work they left behind (a Gizmo
// script abandoned at its deadline runs on until it stops) to end, each
// wait bounded by benchDrainWait.
func (b *loadBench) run(ctx context.Context, n int, attacked bool, o benchServeOpts) *runResult {
	r := &runResult{clients: n, attacked: attacked, legit: map[string]*latencies{}, all: &latencies{}, attacks: map[string]*latencies{}}
	debug.FreeOSMemory() // what earlier runs left is not this run's peak
	resetPeakRSS()
	r.goroutinesBefore = runtime.NumGoroutine()
	w0, e0 := b.logs.warn.Load(), b.logs.err.Load()
	b.meter.longest.Store(0)
	cpu0 := cpuTime()
	tr := &http.Transport{MaxIdleConnsPerHost: n + o.attackers*len(o.attacks), DisableCompression: true}
	defer tr.CloseIdleConnections()
	c := &http.Client{Transport: tr, Timeout: benchClientTimeout}

	total := 0
	for _, k := range benchKinds {
		total += k.weight
	}
	start := time.Now()
	end := start.Add(o.duration)
	var stop atomic.Bool
	var mu sync.Mutex
	var wg, awg sync.WaitGroup
	if attacked {
		for _, kind := range o.attacks {
			r.attacks[kind] = &latencies{}
			for range o.attackers {
				awg.Go(func() {
					var mine latencies
					for !stop.Load() && ctx.Err() == nil {
						mine.add(b.attack(ctx, c, kind))
					}
					mu.Lock()
					r.attacks[kind].merge(&mine)
					mu.Unlock()
				})
			}
		}
	}
	for i := range n {
		wg.Go(func() {
			rng := rand.New(rand.NewPCG(uint64(i), uint64(n)))
			mine := map[string]*latencies{}
			for time.Now().Before(end) && ctx.Err() == nil {
				x := rng.IntN(total)
				kind := benchKinds[0].name
				for _, k := range benchKinds {
					if x < k.weight {
						kind = k.name
						break
					}
					x -= k.weight
				}
				if mine[kind] == nil {
					mine[kind] = &latencies{}
				}
				mine[kind].add(b.send(ctx, c, kind, rng))
			}
			mu.Lock()
			for k, l := range mine {
				if r.legit[k] == nil {
					r.legit[k] = &latencies{}
				}
				r.legit[k].merge(l)
				r.all.merge(l)
			}
			mu.Unlock()
		})
	}
	wg.Wait()
	r.wall = time.Since(start)
	stop.Store(true)
	awg.Wait()
	for _, l := range r.legit {
		slices.Sort(l.lat)
	}
	slices.Sort(r.all.lat)
	for _, l := range r.attacks {
		slices.Sort(l.lat)
	}

	tr.CloseIdleConnections()
	runEnd := start.Add(r.wall)
	waitStart := time.Now()
	for b.meter.inflight.Load() > 0 && time.Since(waitStart) < benchDrainWait {
		time.Sleep(10 * time.Millisecond)
	}
	r.drained = time.Since(runEnd)
	r.stillRunning = b.meter.inflight.Load()
	r.longestHandler = time.Duration(b.meter.longest.Load())
	waitStart = time.Now()
	for runtime.NumGoroutine() > r.goroutinesBefore && time.Since(waitStart) < benchDrainWait {
		time.Sleep(10 * time.Millisecond)
	}
	r.settled = time.Since(runEnd)
	r.goroutinesAfter = runtime.NumGoroutine()
	r.cpu = cpuTime() - cpu0
	r.peakRSS = peakRSS()
	r.load = loadAverage()
	r.warnings, r.errs = b.logs.warn.Load()-w0, b.logs.err.Load()-e0
	return r
}

func (r *runResult) print(w io.Writer) {
	mode := "quiet"
	if r.attacked {
		mode = "under attack"
	}
	fmt.Fprintf(w, "\n== %d clients, %s: %d legit requests in %s, %.1f req/s, %d errors, %d refused BUSY\n",
		r.clients, mode, len(r.all.lat), r.wall.Round(time.Millisecond), float64(len(r.all.lat))/r.wall.Seconds(), r.all.errorCount(), r.all.refused())
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  kind\trequests\treq/s\tp50\tp99\tmax\tbusy\terrors\t")
	for _, k := range benchKinds {
		l := r.legit[k.name]
		if l == nil {
			l = &latencies{}
		}
		errs := strconv.Itoa(l.errorCount())
		if l.errorCount() > 0 {
			errs += " (" + l.failureList(false) + ")"
		}
		fmt.Fprintf(tw, "  %s\t%d\t%.1f\t%s\t%s\t%s\t%d\t%s\t\n", k.name, len(l.lat), float64(len(l.lat))/r.wall.Seconds(),
			ms(l.p(50)), ms(l.p(99)), ms(l.max()), l.refused(), errs)
	}
	tw.Flush()
	longest := r.all.max()
	if r.attacked {
		fmt.Fprintln(w, "  attack answers:")
		tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "  attack\trequests\tp50\tmax\tlargest answer\toutcomes\t")
		for _, kind := range benchAttacks {
			l := r.attacks[kind]
			if l == nil {
				continue
			}
			ok := len(l.lat) - l.errorCount() - l.refused()
			out := l.failureList(true)
			if ok > 0 {
				out = strings.TrimPrefix(out+fmt.Sprintf(", %d x 200 OK", ok), ", ")
			}
			fmt.Fprintf(tw, "  %s\t%d\t%s\t%s\t%s\t%s\t\n", kind, len(l.lat), ms(l.p(50)), ms(l.max()), byteSize(l.bytes), out)
			longest = max(longest, l.max())
		}
		tw.Flush()
	}
	verdict := "within"
	if longest > benchTimeout+benchSlack || r.longestHandler > benchTimeout+benchSlack {
		verdict = "PAST"
	}
	fmt.Fprintf(w, "  deadline: longest request %s, longest server handler %s: %s the %s time limit (+%s to answer)\n",
		ms(longest), ms(r.longestHandler), verdict, benchTimeout, benchSlack)
	still := ""
	if r.stillRunning > 0 {
		still = fmt.Sprintf(" (STILL RUNNING: %d handlers)", r.stillRunning)
	}
	if r.goroutinesAfter > r.goroutinesBefore {
		still += fmt.Sprintf(" (STILL RUNNING: %d goroutines more than before)", r.goroutinesAfter-r.goroutinesBefore)
	}
	fmt.Fprintf(w, "  server: handlers done %s and background work %s after the run%s; goroutines %d before, %d after; log: %d warnings, %d errors\n",
		ms(r.drained), ms(r.settled), still, r.goroutinesBefore, r.goroutinesAfter, r.warnings, r.errs)
	elapsed := r.wall + r.settled
	fmt.Fprintf(w, "  resources: peak RSS %s, CPU %.1f s (%.0f%% of one core over %s), load average %s\n",
		r.peakRSS, r.cpu.Seconds(), 100*r.cpu.Seconds()/elapsed.Seconds(), elapsed.Round(time.Millisecond), r.load)
}

// ms prints a latency in milliseconds with useful precision.
func ms(d time.Duration) string {
	switch {
	case d >= 10*time.Second:
		return d.Round(100 * time.Millisecond).String()
	case d >= 10*time.Millisecond:
		return d.Round(time.Millisecond).String()
	default:
		return d.Round(10 * time.Microsecond).String()
	}
}

func byteSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// resetPeakRSS starts VmHWM again from the current RSS (Linux: writing 5
// to /proc/self/clear_refs), so each run reports its own peak; elsewhere
// the peak is the process's.
func resetPeakRSS() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

// loadAverage is the 1, 5 and 15 minute load average, or "unknown".
func loadAverage() string {
	raw, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(raw))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

// handlerMeter counts the server's running handlers and keeps the longest
// one: work that goes on after its client was answered or left shows here.
type handlerMeter struct {
	inflight atomic.Int64
	longest  atomic.Int64 // nanoseconds
}

func (m *handlerMeter) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		m.inflight.Add(1)
		start := time.Now()
		defer func() {
			d := int64(time.Since(start))
			for {
				cur := m.longest.Load()
				if d <= cur || m.longest.CompareAndSwap(cur, d) {
					break
				}
			}
			m.inflight.Add(-1)
		}()
		next.ServeHTTP(w, r)
	})
}

// logCounts are the server's warnings and errors.
type logCounts struct{ warn, err atomic.Int64 }

// countingHandler counts the records of level warning and above and passes
// them on.
type countingHandler struct {
	next   slog.Handler
	counts *logCounts
}

func (h *countingHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= slog.LevelWarn
}

func (h *countingHandler) Handle(ctx context.Context, r slog.Record) error {
	if r.Level >= slog.LevelError {
		h.counts.err.Add(1)
	} else {
		h.counts.warn.Add(1)
	}
	return h.next.Handle(ctx, r)
}

func (h *countingHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return &countingHandler{next: h.next.WithAttrs(as), counts: h.counts}
}

func (h *countingHandler) WithGroup(name string) slog.Handler {
	return &countingHandler{next: h.next.WithGroup(name), counts: h.counts}
}
