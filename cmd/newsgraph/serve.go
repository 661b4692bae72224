package main

import (
	"context"
	"crypto/tls"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/gizmo"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/llm"
	"github.com/newsgraph/newsgraph/internal/metrics"
	"github.com/newsgraph/newsgraph/internal/notify"
	"github.com/newsgraph/newsgraph/internal/query"
	"github.com/newsgraph/newsgraph/internal/server"
)

// The wiring, checked at compile time: the consumer declares, cmd asserts.
var (
	_ graph.Ingester      = (*ingest.Pipeline)(nil)
	_ ingest.QuadListener = (*query.Service)(nil)
	_ server.Grapher      = (*query.Service)(nil)
	_ ingest.Listener     = (*notify.Bus)(nil)
	_ notify.Receiver     = (*query.Service)(nil)
)

// multiFlag is a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return fmt.Sprint(*m) }
func (m *multiFlag) Set(s string) error { *m = append(*m, s); return nil }

func (e *env) serve(ctx context.Context, args []string) error {
	fs := e.newFlags("serve", "", `Serves the playground at /, the explorer at /explore, GraphQL at /graphql, /healthz, /readyz,
/export and /gizmo (a browser opening /gizmo gets the Gizmo editor). API keys: --keys FILE and/or $`+envAPIKeys+` (lines made by 'newsgraph keygen');
on a non-loopback address without keys it serves read-only. Extra arguments are taken as more --load.`)
	storeURI := storeFlag(fs, defaultStore)
	addr := fs.String("addr", "localhost:8080", "`HOST:PORT` to listen on (:8080 or 0.0.0.0:8080 for all interfaces)")
	workers := workersFlag(fs)
	rf := addReadFlags(fs)
	var load multiFlag
	fs.Var(&load, "load", "ingest this file or folder before serving (repeatable); documents already stored are skipped")
	var stream multiFlag
	fs.Var(&stream, "stream", "ingest this file, folder or - (stdin, e.g. a JSON Lines feed) while serving (repeatable); queries go first")
	readOnly := fs.Bool("read-only", false, "open the store read-only (it may be a folder without write permission) and refuse the ingestDocument and deleteDocument mutations")
	docTimeout := docTimeoutFlag(fs)
	xf := addExtractorFlags(fs)
	// Measured at 1M quads during an ingest (docs/operations.md): a 200µs
	// wait put the entity-with-50-relations p99 at 30 ms, 1ns at 5.8 ms with
	// the same answers; relation pages still load their entities in one batch.
	loaderWait := fs.Duration("loader-wait", time.Nanosecond, "how long dataloaders collect keys before a batch lookup")
	maxExpensive := fs.Int("max-expensive", 0, "neighborhood, subgraph and paths fields resolved at once; more answer BUSY (0: graph's default, 8)")
	procs := fs.Int("procs", serveProcs(), "GOMAXPROCS while serving")
	fs.dynamicDefault("procs", "twice the CPUs, or $GOMAXPROCS when set")
	def := query.DefaultLimits()
	var lim query.Limits
	fs.IntVar(&lim.MaxPage, "max-page", def.MaxPage, "largest page (first) of any list")
	fs.IntVar(&lim.MaxDepth, "max-depth", def.MaxDepth, "deepest neighbourhood")
	fs.IntVar(&lim.MaxNodes, "max-nodes", def.MaxNodes, "most nodes in a neighbourhood or subgraph")
	fs.IntVar(&lim.MaxHops, "max-hops", def.MaxHops, "longest path")
	fs.IntVar(&lim.MaxPaths, "max-paths", def.MaxPaths, "most paths one query returns")
	withMetrics := fs.Bool("metrics", true, "serve Prometheus metrics at /metrics (read like /export: a read key with --require-key-for-reads)")
	var ac accessFlags
	ac.register(fs.FlagSet)
	lf := addLogFlags(fs, false)
	if err := fs.parse(args); err != nil {
		return err
	}
	log, err := lf.logger(e.stderr)
	if err != nil {
		return fs.usageError(err.Error())
	}
	e.log = log
	r, err := rf.reader(e.stdin)
	if err != nil {
		return fs.usageError(err.Error())
	}
	access, err := ac.load(os.Getenv)
	if err != nil {
		return err
	}
	if *procs > 0 {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(*procs))
	}
	if fs.NArg() > 0 {
		// "serve --load a b" is a common slip: take the extra paths as more to load.
		load = append(load, fs.Args()...)
	}

	// Listen first: a busy port is said at once, not after the store is
	// opened, --load ingested and the read index built (minutes on a large
	// store). Connections wait in the backlog until serving starts.
	// Whether the address is loopback decides what is open without keys.
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("--addr %s: %w", *addr, err)
	}
	defer ln.Close()

	// Ingests (the ingestDocument mutation, --load and --stream) run on
	// low-priority threads: queries first (serveProcs).
	open := kg.Open
	if *readOnly {
		if len(load) > 0 || len(stream) > 0 {
			return fs.usageError("--read-only opens the store read-only: no --load or --stream")
		}
		open = kg.OpenReadOnly
	}
	llmCfg, err := xf.config(e.env, *storeURI)
	if err != nil {
		return fs.usageError(err.Error())
	}
	var met *metrics.Metrics
	iopts := []ingest.Option{ingest.Background(), ingest.DocTimeout(xf.docTimeout(*docTimeout))}
	var llmStats *llm.Stats
	if llmCfg != nil {
		iopts = append(iopts, pipelineOption(llmCfg, xf.kind, &llmStats))
	}
	if *withMetrics {
		met = metrics.New()
		iopts = append(iopts, ingest.Observe(func(o ingest.Outcome) { met.Document(outcomeName(o), o.Quads) }))
	}
	app, err := openAppWith(ctx, open, *storeURI, xf.workers(*workers), iopts...)
	if err != nil {
		return err
	}
	defer app.Close()
	if llmStats != nil {
		defer func() { log.Info("language model use", "summary", llmStats.String()) }()
	}
	if len(load) > 0 {
		sum, err := e.loadWith(ctx, app.pipeline, r, load, false)
		if err != nil {
			return interrupted(err)
		}
		if sum.Failed > 0 {
			log.Warn("some documents failed to load; serving the rest", "failed", sum.Failed)
		}
	}
	start := time.Now()
	qopts := []query.Option{query.WithLogger(log), query.WithMergeStore(app.store), query.WithLimits(lim)}
	if p := textIndexPath(*storeURI); p != "" && !*readOnly {
		qopts = append(qopts, query.WithTextIndex(p))
	}
	svc, err := query.New(ctx, app.store.QuadStore(), qopts...)
	if err != nil {
		return fmt.Errorf("read index: %w", err)
	}
	defer svc.Close()
	app.pipeline.AddListener(svc)
	took := time.Since(start)
	log.Info("read index built", "took", took.Round(time.Millisecond))
	if met != nil {
		met.IndexBuilt(took)
		registerGauges(met, svc, app.store, *storeURI)
	}
	if dsn, ok := strings.CutPrefix(*storeURI, "postgres:"); ok {
		// Several serve processes share one PostgreSQL: each tells the
		// others what it wrote, and indexes what they wrote.
		stop, err := shareChanges(ctx, dsn, app.pipeline, svc, log)
		if err != nil {
			return err
		}
		defer stop()
	}

	access.decide(ln.Addr(), *addr, log)
	gopts := graph.Options{Logger: log, InputErrors: []error{ingest.ErrInvalid, ingest.ErrDocTimeout}, LoaderWait: *loaderWait, MaxConcurrentExpensive: *maxExpensive}
	if met != nil {
		gopts.Extensions = append(gopts.Extensions, met.GraphQL())
	}
	if access.keys.Len() > 0 {
		gopts.Authorize = authorize(access.readsNeedKey)
		gopts.WebsocketInit = initKey(access.keys)
	}
	if !*readOnly && !access.readOnly {
		gopts.Ingester = app.pipeline
	}
	cfg := server.Config{
		GraphQL:      graph.NewHandler(svc, gopts),
		Grapher:      svc,
		Pinger:       app.store,
		Logger:       log,
		AccessLog:    true,
		Keys:         access.keys,
		ReadsNeedKey: access.readsNeedKey,
		AllowedHosts: access.hosts,
		CORSOrigins:  access.origins,
	}
	if met != nil {
		cfg.Metrics = met.Handler()
	}
	if access.gizmo {
		cfg.Gizmo = gizmo.Handler(app.store.QuadStore(), gizmo.Options{Logger: log})
	}
	srv := server.NewHTTPServer(*addr, server.New(cfg), log)
	scheme := "http"
	if access.tls != nil {
		srv.TLSConfig, scheme = access.tls, "https"
	}
	log.Info("serving", "url", scheme+"://"+ln.Addr().String()+"/", "graphql", "/graphql", "store", *storeURI)
	errc := make(chan error, 1)
	go func() {
		if srv.TLSConfig != nil {
			errc <- srv.ServeTLS(ln, "", "")
			return
		}
		errc <- srv.Serve(ln)
	}()
	if len(stream) > 0 {
		// Deferred in this order, they run in the other: stop the stream,
		// wait for its last batch, then (openApp's defer) close the store.
		sctx, stop := context.WithCancel(ctx)
		done := make(chan struct{})
		defer func() { <-done }()
		defer stop()
		go func() {
			defer close(done)
			e.streamIn(sctx, app.pipeline, r, stream, log)
		}()
	}
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// outcomeName is a document's outcome as metrics counts it.
func outcomeName(o ingest.Outcome) string {
	switch {
	case o.Interrupted:
		return "interrupted"
	case o.Err != nil:
		return "failed"
	case o.Added:
		return "added"
	}
	return "skipped"
}

// registerGauges adds the gauges read at scrape time: the read index's
// size and the store's (quads as the store counts them, and bytes on disk
// for a LevelDB folder or a Bolt file).
func registerGauges(m *metrics.Metrics, svc *query.Service, st *kg.Store, storeURI string) {
	size := func(pick func(d, e, r int) int) func() float64 {
		return func() float64 { return float64(pick(svc.IndexSize())) }
	}
	m.Gauge("newsgraph_read_index_documents", "Documents in the read index.", size(func(d, _, _ int) int { return d }))
	m.Gauge("newsgraph_read_index_entities", "Entities in the read index (merged ones included).", size(func(_, e, _ int) int { return e }))
	m.Gauge("newsgraph_read_index_relations", "Relations (subject, predicate, object) in the read index.", size(func(_, _, r int) int { return r }))
	m.Gauge("newsgraph_store_quads", "Quads in the store, as the store counts them (PostgreSQL: its estimate).", func() float64 {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		gs, err := st.QuadStore().Stats(ctx, false)
		if err != nil {
			return -1
		}
		return float64(gs.Quads.Size)
	})
	scheme, path, _ := strings.Cut(storeURI, ":")
	if scheme == "leveldb" || scheme == "bolt" || scheme == "bbolt" {
		m.Gauge("newsgraph_store_bytes", "Bytes the store takes on disk (its LevelDB folder or Bolt file).", func() float64 {
			return float64(diskUsage(path))
		})
	}
}

// diskUsage is the size of the file, or of the files under the folder, at
// path; -1 when it cannot be read.
func diskUsage(path string) int64 {
	var n int64
	err := filepath.WalkDir(path, func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	if err != nil {
		return -1
	}
	return n
}

// shareChanges connects the pipeline and the read side to the other
// processes serving the same PostgreSQL database: changes committed here
// are announced (LISTEN/NOTIFY), changes announced by the others are
// indexed into svc, which publishes them to this process's subscribers. It
// returns once listening; stop ends it.
func shareChanges(ctx context.Context, dsn string, p *ingest.Pipeline, svc *query.Service, log *slog.Logger) (stop func(), err error) {
	bus, err := notify.Open(ctx, dsn, notify.WithLogger(log))
	if err != nil {
		return nil, fmt.Errorf("change notifications: %w", err)
	}
	ctx, cancel := context.WithCancel(ctx)
	ready, done := make(chan struct{}), make(chan error, 1)
	go func() { done <- bus.Run(ctx, svc, ready) }()
	select {
	case <-ready:
	case err := <-done:
		cancel()
		bus.Close()
		return nil, fmt.Errorf("change notifications: %w", err)
	}
	p.AddListener(bus)
	log.Info("sharing changes with other processes on this PostgreSQL", "channel", notify.DefaultChannel, "origin", bus.Origin())
	return func() {
		cancel()
		if err := <-done; err != nil {
			log.Error("change notifications", "err", err)
		}
		bus.Close()
	}, nil
}

// streamIn ingests paths while serving, through the serving pipeline (on
// low-priority threads, telling the read index and the subscribers about
// each document), and logs failures, progress every ten seconds and a
// summary. Stopping ctx stops it between documents; what was committed
// stays, and the next run skips it.
func (e *env) streamIn(ctx context.Context, p *ingest.Pipeline, base *article.Reader, paths []string, log *slog.Logger) {
	log.Info("streaming in", "paths", paths)
	var done, failed atomic.Int64
	tick := time.NewTicker(10 * time.Second)
	defer tick.Stop()
	finished := make(chan struct{})
	defer close(finished)
	go func() {
		start := time.Now()
		for {
			select {
			case <-tick.C:
				n := done.Load()
				log.Info("streaming in", "documents", n, "failed", failed.Load(),
					"docs_per_s", fmt.Sprintf("%.1f", float64(n)/time.Since(start).Seconds()))
			case <-finished:
				return
			}
		}
	}()
	r := *base // its own Skipped
	r.Skipped = func(path, reason string) { log.Info("skipped", "file", path, "reason", reason) }
	sum, err := p.Run(ctx, &r, paths, func(o ingest.Outcome) {
		done.Add(1)
		if o.Err != nil && ctx.Err() == nil {
			failed.Add(1)
			log.Warn("document not ingested", "err", o.Err)
		}
		for _, n := range o.Article.Notes {
			log.Info("document note", "source", o.Article.Source, "note", n)
		}
	})
	if err != nil && !errors.Is(err, context.Canceled) {
		log.Error("streaming in stopped", "err", err, "summary", sum.String())
		return
	}
	log.Info("streamed in", "summary", sum.String())
}

// serveProcs is serve's default GOMAXPROCS: twice what the runtime picked
// (the CPUs, or the container's CPU limit), unless $GOMAXPROCS says
// otherwise. With as many Ps as CPUs, a request's goroutines queue behind
// a running ingest's (extraction, Cayley's writes, LevelDB compaction, GC)
// for up to Go's 10 ms time slice, several times per request: Go's
// scheduler has no priorities. With more Ps than CPUs they get a P at once
// and the kernel decides, and it runs them ahead of the ingest's threads,
// which serve lowers in priority (ingest.Background). Measured at
// 10,000,000 quads during a full-speed ingest on 2 cores
// (docs/operations.md, BenchmarkScale): search and entity-with-50-relations
// p99 13-18 and 23-25 ms at GOMAXPROCS 2; 0.6-4.2 and 6.7-9.2 ms at 4;
// 0.4-1.9 and 4.2-5.6 ms at 4 with the ingest on low-priority threads.
func serveProcs() int {
	if os.Getenv("GOMAXPROCS") != "" {
		return runtime.GOMAXPROCS(0)
	}
	return 2 * runtime.GOMAXPROCS(0)
}

// envAPIKeys names the environment variable holding API key lines, as in a
// keys file (lines may be separated by ";").
const envAPIKeys = "NEWSGRAPH_API_KEYS"

// accessFlags are serve's flags on who may do what.
type accessFlags struct {
	keysFile     string
	readsNeedKey bool
	hosts        multiFlag
	origins      multiFlag
	tlsCert      string
	tlsKey       string
	gizmo        bool
}

func (a *accessFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&a.keysFile, "keys", "", "API keys file: lines '<name> <scope,...> <sha256-hex>' made by 'newsgraph keygen' (also $"+envAPIKeys+"); with any key, writes and /gizmo need one")
	fs.BoolVar(&a.readsNeedKey, "require-key-for-reads", false, "with keys, queries, subscriptions and /export need a key with the read scope too")
	fs.Var(&a.hosts, "allowed-hosts", "Host header values served besides localhost, 127.0.0.1 and ::1 (repeatable or comma-separated; NAME, NAME:PORT, *.DOMAIN or *); the --addr host is added when it is not a wildcard")
	fs.Var(&a.origins, "cors-origin", "an origin (https://app.example.com) whose pages may call the API from a browser (repeatable); none by default")
	fs.StringVar(&a.tlsCert, "tls-cert", "", "serve HTTPS with this certificate file (PEM, with --tls-key)")
	fs.StringVar(&a.tlsKey, "tls-key", "", "the private key file (PEM) of --tls-cert")
	fs.BoolVar(&a.gizmo, "gizmo", true, "serve /gizmo (Gizmo queries over the quad store)")
}

// access is what serve opens to whom, from the flags and the address.
type access struct {
	keys         *auth.Keys
	readsNeedKey bool
	hosts        []string
	origins      []string
	tls          *tls.Config
	gizmo        bool
	readOnly     bool // no keys on a non-loopback address
}

// load reads the keys, the certificate and checks the flags; it fails on
// anything wrong rather than serve with less protection than asked.
func (a *accessFlags) load(getenv func(string) string) (*access, error) {
	var keys []auth.Key
	if a.keysFile != "" {
		f, err := os.Open(a.keysFile)
		if err != nil {
			return nil, fmt.Errorf("--keys: %w", err)
		}
		k, err := auth.Parse(a.keysFile, f)
		f.Close()
		if err != nil {
			return nil, err
		}
		keys = append(keys, k...)
	}
	if v := getenv(envAPIKeys); v != "" {
		k, err := auth.Parse("$"+envAPIKeys, strings.NewReader(v))
		if err != nil {
			return nil, err
		}
		keys = append(keys, k...)
	}
	ks, err := auth.NewKeys(keys...)
	if err != nil {
		return nil, err
	}
	if a.readsNeedKey && ks.Len() == 0 {
		return nil, fmt.Errorf("--require-key-for-reads needs keys (--keys or $%s)", envAPIKeys)
	}
	ac := &access{keys: ks, readsNeedKey: a.readsNeedKey, gizmo: a.gizmo}
	for _, h := range a.hosts {
		for f := range strings.SplitSeq(h, ",") {
			if f = strings.TrimSpace(f); f != "" {
				ac.hosts = append(ac.hosts, f)
			}
		}
	}
	for _, o := range a.origins {
		u, err := url.Parse(o)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.Trim(u.Path, "/") != "" || u.RawQuery != "" || u.User != nil {
			return nil, fmt.Errorf("--cors-origin %q: want scheme://host[:port], e.g. https://app.example.com", o)
		}
		ac.origins = append(ac.origins, o)
	}
	if (a.tlsCert == "") != (a.tlsKey == "") {
		return nil, errors.New("--tls-cert and --tls-key go together")
	}
	if a.tlsCert != "" {
		cert, err := tls.LoadX509KeyPair(a.tlsCert, a.tlsKey)
		if err != nil {
			return nil, fmt.Errorf("TLS: %w", err)
		}
		ac.tls = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
	}
	return ac, nil
}

// decide completes the access once the listening address is known: its
// host joins the allowed hosts unless it is a wildcard, and without keys a
// server reachable from other machines refuses writes and Gizmo.
func (ac *access) decide(listening net.Addr, addr string, log *slog.Logger) {
	host, _, _ := net.SplitHostPort(addr)
	wildcard := host == "" || net.ParseIP(host).IsUnspecified()
	if !wildcard {
		ac.hosts = append(ac.hosts, host)
	}
	loopback := false
	if ta, ok := listening.(*net.TCPAddr); ok {
		loopback = ta.IP.IsLoopback()
	}
	switch {
	case ac.keys.Len() > 0:
		log.Info("API keys required for writes and Gizmo", "keys", ac.keys.Len(), "reads_need_key", ac.readsNeedKey)
	case !loopback:
		ac.readOnly = true
		log.Warn("listening on a non-loopback address without API keys: serving READ-ONLY (no ingestDocument or deleteDocument) and without /gizmo; give keys (--keys or $"+envAPIKeys+") to allow them", "addr", listening.String())
		ac.gizmo = false
	}
	if !ac.gizmo {
		log.Info("/gizmo is off")
	}
	if wildcard && len(ac.hosts) == 0 {
		log.Warn("listening on all interfaces but serving only Host localhost, 127.0.0.1 and ::1: give the names clients use with --allowed-hosts")
	}
	if ac.tls == nil && !loopback {
		log.Warn("serving plain HTTP on a non-loopback address: keys and data cross the network in clear; give --tls-cert and --tls-key or put a TLS proxy in front")
	}
}

// authorize is graph.Options.Authorize: a mutation needs a key with the
// write scope; a query or subscription needs one with the read scope when
// readsNeedKey. The key is the request's: its Authorization header, put in
// the context by the server (on a WebSocket, the upgrade request's).
func authorize(readsNeedKey bool) func(ctx context.Context, op ast.Operation) error {
	return func(ctx context.Context, op ast.Operation) error {
		need := auth.Read
		switch {
		case op == ast.Mutation:
			need = auth.Write
		case !readsNeedKey:
			return nil
		}
		err := auth.Require(ctx, need)
		if errors.Is(err, auth.ErrNoKey) {
			return fmt.Errorf("%w: this needs an API key with the %s scope (Authorization: Bearer <key>)", graph.ErrUnauthenticated, need)
		}
		return err // nil, or auth.ErrForbidden: FORBIDDEN
	}
}

// initKey reads an API key from a WebSocket's connection_init payload
// ({"Authorization": "Bearer <key>"}, or the bare key), for browsers, which
// cannot set headers on the upgrade request. A payload without one keeps
// the upgrade request's key, if any; a wrong key closes the socket.
func initKey(keys *auth.Keys) func(ctx context.Context, p transport.InitPayload) (context.Context, error) {
	return func(ctx context.Context, p transport.InitPayload) (context.Context, error) {
		v := strings.TrimSpace(p.Authorization())
		if v == "" {
			return ctx, nil
		}
		if !strings.Contains(v, " ") {
			v = "Bearer " + v
		}
		k, err := keys.Authenticate(v)
		if err != nil {
			return ctx, err
		}
		return auth.WithKey(ctx, k), nil
	}
}

// keygen makes a new API key: it prints the key, to give to its user once,
// and the line for the keys file or $NEWSGRAPH_API_KEYS, which holds only
// the key's hash.
func (e *env) keygen(args []string) error {
	fs := e.newFlags("keygen", "", "Prints a new API key and the line to add to the --keys file or $"+envAPIKeys+".")
	name := fs.String("name", "", "the key's name (one word, e.g. who uses it); required")
	scopes := fs.String("scopes", "read", "its scopes, comma-separated: read, write (write includes read)")
	if err := fs.parse(args); err != nil {
		return err
	}
	switch {
	case fs.NArg() > 0:
		return fs.usageError(fmt.Sprintf("unexpected argument %q", fs.Arg(0)))
	case *name == "":
		return fs.usageError("--name is required")
	}
	sc, err := auth.ParseScopes(*scopes)
	if err != nil {
		return err
	}
	token, k, err := auth.Generate(*name, sc)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "key:  %s\nline: %s\n", token, k.Line())
	fmt.Fprintln(e.stderr, "Give the key to its user now: it is not stored anywhere. Add the line (it holds only the key's SHA-256) to the --keys file or to $"+envAPIKeys+"; clients send 'Authorization: Bearer <key>'.")
	return nil
}

// textIndexPath is the folder beside a LevelDB or bbolt store that keeps
// its full-text index ("leveldb:./db" -> "./db.text"); "" for the other
// stores, whose text index is built in memory on the first text question.
func textIndexPath(storeURI string) string {
	scheme, path, _ := strings.Cut(storeURI, ":")
	switch scheme {
	case "leveldb", "bolt", "bbolt":
		if path = strings.TrimSpace(path); path != "" {
			return filepath.Clean(path) + ".text"
		}
	}
	return ""
}
