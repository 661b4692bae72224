package server_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/trace"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/kg"
	_ "github.com/newsgraph/newsgraph/internal/kg/backends"
	"github.com/newsgraph/newsgraph/internal/query"
	"github.com/newsgraph/newsgraph/internal/server"
	"github.com/newsgraph/newsgraph/internal/testenv"
)

// benchQuads is the store size BenchmarkAPI wants.
const benchQuads = 1_000_000

// env10M enables the 10,000,000-quad store of BenchmarkScale, whose first
// build takes several minutes.
const env10M = "NEWSGRAPH_BENCH_10M"

// envLoaderWait, a Go duration, sets graph.Options.LoaderWait for the
// handler the benchmarks measure (default: serve's --loader-wait, 1ns; it
// was graph's 200 µs, which made the click query of issue 14 wait 1-2 ms
// per loader on busy CPUs where serve does not).
const envLoaderWait = "NEWSGRAPH_BENCH_LOADER_WAIT"

// envTrace, a file name, makes BenchmarkScale write a runtime/trace of
// its reads during the full-speed ingest there (for go tool trace, e.g.
// -pprof=sched to see what slow requests wait on).
const envTrace = "NEWSGRAPH_BENCH_TRACE"

// benchDoc is one BBC article with its extraction result.
type benchDoc struct {
	Article article.Article `json:"article"`
	Text    string          `json:"text"`
	Result  extract.Result  `json:"result"`
}

var corpusOnce = struct {
	sync.Once
	docs []benchDoc
}{}

// benchCorpus returns the BBC corpus through the real extractor, each
// article extracted once and the results cached as JSON under
// os.TempDir() (delete the file after changing the extractor).
func benchCorpus(b *testing.B) []benchDoc {
	b.Helper()
	corpusOnce.Do(func() {
		cache := filepath.Join(benchCache(b), "extracted-v1.json")
		if raw, err := os.ReadFile(cache); err == nil {
			if err := json.Unmarshal(raw, &corpusOnce.docs); err == nil {
				for i := range corpusOnce.docs {
					corpusOnce.docs[i].Article.Text = corpusOnce.docs[i].Text
				}
				return
			}
		}
		corpus := filepath.Join(testenv.RepoRoot(b), "..", "shared", "corpus", "bbc")
		files, _ := filepath.Glob(filepath.Join(corpus, "*", "*.txt"))
		if len(files) == 0 {
			return
		}
		sort.Strings(files)
		x, err := extract.New()
		if err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		var docs []benchDoc
		for i, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			a, err := article.Parse(filepath.Base(f), raw)
			if err != nil {
				continue
			}
			// BBC files carry no dates: spread them over 2004-2005, one every 8 hours.
			pub := time.Date(2004, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * 8 * time.Hour)
			a.Published = &pub
			a.Source = strings.TrimPrefix(f, corpus+"/")
			docs = append(docs, benchDoc{Article: a, Text: a.Text, Result: x.Extract(a.Text)})
		}
		b.Logf("extracted %d documents in %v", len(docs), time.Since(start))
		if raw, err := json.Marshal(docs); err == nil {
			_ = os.WriteFile(cache, raw, 0o644)
		}
		corpusOnce.docs = docs
	})
	if len(corpusOnce.docs) == 0 {
		b.Skip("no BBC corpus at ../shared/corpus/bbc")
	}
	return corpusOnce.docs
}

// copyOf is the corpus document d again under a new ID and a later date:
// copy 0 is d itself.
func copyOf(d benchDoc, copyN int, salt string) kg.Doc {
	a := d.Article
	if copyN > 0 || salt != "" {
		a.ID = article.ID(fmt.Sprintf("%s\x00copy %d%s", a.Text, copyN, salt))
		p := a.Published.Add(time.Duration(copyN%40) * 24 * 365 * time.Hour)
		a.Published = &p
	}
	return kg.Doc{Article: a, Result: d.Result}
}

// benchCache is the folder under os.TempDir() where the benchmarks keep
// what is slow to build. It is not named newsgraph-bench-*: other
// benchmarks clean those up.
func benchCache(b *testing.B) string {
	b.Helper()
	dir := filepath.Join(os.TempDir(), "newsgraph-query-scale")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	return dir
}

// benchStore opens (building it the first time) a LevelDB store of at least
// quads quads in benchCache()/name: the BBC corpus through the real
// extractor, written with kg.AddDocuments in batches of 128 as the ingest
// pipeline does, repeated under new document IDs until big enough. A READY
// file marks a complete build.
func benchStore(b *testing.B, name string, quads int) (dir string) {
	b.Helper()
	dir = filepath.Join(benchCache(b), name)
	if _, err := os.Stat(filepath.Join(dir, "READY")); err == nil {
		return dir
	}
	docs := benchCorpus(b)
	ctx := context.Background()
	_ = os.RemoveAll(dir)
	st, err := kg.Open(ctx, "leveldb:"+dir)
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	total := 0
	for copyN := 0; total < quads; copyN++ {
		for i := 0; i < len(docs); i += 128 {
			batch := make([]kg.Doc, 0, 128)
			for _, d := range docs[i:min(i+128, len(docs))] {
				batch = append(batch, copyOf(d, copyN, ""))
			}
			res, err := st.AddDocuments(ctx, batch)
			if err != nil {
				b.Fatal(err)
			}
			for _, r := range res {
				if r.Err != nil {
					b.Fatal(r.Err)
				}
				total += r.Quads
			}
		}
		fmt.Printf("%s: copy %d: %d quads after %v\n", name, copyN, total, time.Since(start).Round(time.Second))
	}
	if err := st.Close(); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "READY"), []byte(fmt.Sprint(total)), 0o644); err != nil {
		b.Fatal(err)
	}
	return dir
}

// served is a store with its read service and HTTP handler, as serve wires
// them.
type served struct {
	st    *kg.Store
	svc   *query.Service
	h     http.Handler
	build time.Duration // query.New
}

func serveStore(b *testing.B, dir string) *served {
	b.Helper()
	ctx := context.Background()
	st, err := kg.Open(ctx, "leveldb:"+dir)
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	svc, err := query.New(ctx, st.QuadStore())
	if err != nil {
		b.Fatal(err)
	}
	took := time.Since(start)
	opts := graph.Options{LoaderWait: time.Nanosecond}
	if w := os.Getenv(envLoaderWait); w != "" {
		d, err := time.ParseDuration(w)
		if err != nil {
			b.Fatalf("%s: %v", envLoaderWait, err)
		}
		opts.LoaderWait = d
	}
	return &served{st: st, svc: svc, build: took,
		h: server.New(server.Config{GraphQL: graph.NewHandler(svc, opts), Grapher: svc, Pinger: st,
			AllowedHosts: []string{"example.com"}})}
}

// memory reports the Go heap after a collection and the resident set of
// the process (which counts LevelDB's caches, tables and everything else).
func memory() (heapMB, rssMB int) {
	runtime.GC()
	debug.FreeOSMemory()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	heapMB = int(ms.HeapAlloc >> 20)
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return heapMB, -1
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			rssMB = kb >> 10
		}
	}
	return heapMB, rssMB
}

// apiQuery is one kind of request of the benchmark: body(i) is the i-th
// request's JSON.
type apiQuery struct {
	name string
	body func(i int) string
}

// apiQueries are the requests the latency targets are about: search, an
// entity with its first 50 relations, a depth-2 neighbourhood of at most
// 500 nodes and 3 shortest paths of at most 4 hops, over the 100 entities
// of highest degree and their names (exact, upper case, a letter dropped,
// a prefix).
func apiQueries(b *testing.B, svc *query.Service) (qq []apiQuery, ids []string) {
	b.Helper()
	ctx := context.Background()
	hubs, err := svc.TopEntities(ctx, query.TopQuery{By: query.ByDegree, First: 20})
	if err != nil {
		b.Fatal(err)
	}
	all, _ := svc.TopEntities(ctx, query.TopQuery{By: query.ByDegree, First: 500})
	var names []string
	for i, r := range all {
		if i%5 == 0 || i < 20 {
			ids = append(ids, r.Entity.ID)
			names = append(names, r.Entity.Name)
		}
	}
	var typos []string
	for i, n := range names {
		switch i % 4 {
		case 0:
			typos = append(typos, n)
		case 1:
			typos = append(typos, strings.ToUpper(n))
		case 2:
			if len(n) > 5 {
				typos = append(typos, n[:len(n)-2]+n[len(n)-1:]) // one letter dropped
			} else {
				typos = append(typos, n)
			}
		case 3:
			typos = append(typos, n[:min(3, len(n))]) // prefix
		}
	}
	js := func(q string, vars map[string]any) string {
		b, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
		return string(b)
	}
	return []apiQuery{
		{"search", func(i int) string {
			return js(`query($t: String!) { search(text: $t, first: 10) { totalCount edges { match node { id name type mentionCount } } } }`,
				map[string]any{"t": typos[i%len(typos)]})
		}},
		{"entity-50-relations", func(i int) string {
			return js(`query($id: ID!) { entity(id: $id) { name type degree relations(first: 50) { totalCount
			edges { node { id predicate subject { id name } object { id name } documentCount firstSeen lastSeen event { code } } } } } }`,
				map[string]any{"id": ids[i%len(ids)]})
		}},
		// What a visualisation client asks on a click (issue 14): the
		// relations best supported first, each with its first sentence.
		{"entity-50-relations-evidence", func(i int) string {
			return js(`query($id: ID!) { entity(id: $id) { name type degree relations(first: 50, orderBy: DOCUMENTS) { totalCount
			edges { node { id predicate subject { id name } object { id name } documentCount
			evidence(first: 1) { edges { node { sentence document { title } } } } } } } } }`,
				map[string]any{"id": ids[i%len(ids)]})
		}},
		{"neighborhood-depth2-500", func(i int) string {
			return js(`query($id: ID!) { neighborhood(entity: $id, depth: 2, limit: 500) { truncated nodes { id label type degree }
			edges { id source target predicate weight goldstein } } }`, map[string]any{"id": ids[i%len(ids)]})
		}},
		{"paths-3-4hops", func(i int) string {
			from := ids[i%len(ids)]
			to := hubs[(i/len(ids)+1+i)%len(hubs)].Entity.ID
			if to == from {
				to = hubs[(i+2)%len(hubs)].Entity.ID
			}
			return js(`query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 4, first: 3) { length entities { id name }
			steps { relations { id predicate documentCount } } } }`, map[string]any{"a": from, "b": to})
		}},
	}, ids
}

// latencies runs body through h once per b.Loop iteration and reports the
// median and 99th percentile.
func latencies(b *testing.B, h http.Handler, body func(i int) string) {
	b.Helper()
	var lat []time.Duration
	i := 0
	for b.Loop() {
		q := body(i)
		i++
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(q))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		t0 := time.Now()
		h.ServeHTTP(rec, req)
		lat = append(lat, time.Since(t0))
		if rec.Code != 200 || strings.Contains(rec.Body.String(), `"errors"`) {
			b.Fatalf("%s: %d %.300s", q, rec.Code, rec.Body)
		}
	}
	reportLatencies(b, lat)
}

func reportLatencies(b *testing.B, lat []time.Duration) {
	b.Helper()
	sort.Slice(lat, func(a, c int) bool { return lat[a] < lat[c] })
	p50, p99 := lat[len(lat)/2], lat[min(len(lat)-1, len(lat)*99/100)]
	b.ReportMetric(float64(p50.Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(p99.Microseconds())/1000, "p99-ms")
	b.Logf("n=%d median %v p99 %v max %v", len(lat), p50, p99, lat[len(lat)-1])
}

var benchEnv = struct {
	once sync.Once
	*served
}{}

// BenchmarkAPI measures, through the HTTP handler, on LevelDB with at
// least a million quads: search, an entity with its first 50 relations, a
// depth-2 neighbourhood of at most 500 nodes, and 3 shortest paths of at
// most 4 hops. It reports the median and 99th percentile latencies.
// BenchmarkScale measures the same while an ingest runs.
func BenchmarkAPI(b *testing.B) {
	benchEnv.once.Do(func() {
		dir := benchStore(b, "leveldb-1m-v1", benchQuads)
		benchEnv.served = serveStore(b, dir)
		heap, rss := memory()
		stats, _ := benchEnv.st.Stats(context.Background())
		b.Logf("store %+v; query index built in %v; heap after GC %d MB, RSS %d MB", stats, benchEnv.build, heap, rss)
	})
	if benchEnv.served == nil {
		b.Skip("no store")
	}
	h, svc := benchEnv.h, benchEnv.svc
	ctx := context.Background()
	queries, ids := apiQueries(b, svc)
	// The direct way, for comparison: an entity's first 50 relation edges
	// (subject side) read through Cayley's quad iterator, without evidence.
	b.Run("cayley-direct-50-out-edges", func(b *testing.B) {
		qs := benchEnv.st.QuadStore()
		var lat []time.Duration
		i := 0
		for b.Loop() {
			t0 := time.Now()
			ref := qs.ValueOf(kg.EntityIRI(ids[i%len(ids)]))
			i++
			it := qs.QuadIterator(quad.Subject, ref)
			n := 0
			for n < 50 && it.Next(ctx) {
				q := qs.Quad(it.Result())
				if _, ok := kg.RelationName(q.Predicate); ok {
					n++
				}
			}
			it.Close()
			lat = append(lat, time.Since(t0))
		}
		reportLatencies(b, lat)
	})
	for _, q := range queries {
		b.Run(q.name, func(b *testing.B) { latencies(b, h, q.body) })
	}
}

// liveIngest writes corpus documents under new IDs into a served store
// while the benchmark reads, as serve's pipeline does: kg.AddDocuments in
// batches (of 128 at full speed, of a tenth of a second's worth when the
// rate is limited), then DocumentWritten on the read service for each
// document added.
type liveIngest struct {
	docs, quads atomic.Int64
	notify      atomic.Int64 // nanoseconds spent in DocumentWritten
	stop        chan struct{}
	done        chan error
	start       time.Time
}

func startIngest(s *served, corpus []benchDoc, salt string, docsPerSec int) *liveIngest {
	li := &liveIngest{stop: make(chan struct{}), done: make(chan error, 1), start: time.Now()}
	size := 128
	if docsPerSec > 0 {
		size = max(1, docsPerSec/10)
	}
	// On a low-priority thread, as serve's pipeline writes (ingest.Background).
	go ingest.InBackground(func() {
		ctx := context.Background()
		sent := 0
		for copyN, i := 1, 0; ; {
			wait := time.Duration(0)
			if docsPerSec > 0 {
				wait = time.Until(li.start.Add(time.Duration(sent) * time.Second / time.Duration(docsPerSec)))
			}
			select {
			case <-li.stop:
				li.done <- nil
				return
			case <-time.After(wait):
			}
			sent += size
			batch := make([]kg.Doc, 0, size)
			for len(batch) < size {
				batch = append(batch, copyOf(corpus[i], copyN, salt))
				if i++; i == len(corpus) {
					i, copyN = 0, copyN+1
				}
			}
			res, err := s.st.AddDocuments(ctx, batch)
			if err != nil {
				li.done <- err
				return
			}
			for j, r := range res {
				if r.Err != nil {
					li.done <- r.Err
					return
				}
				if r.Added {
					t0 := time.Now()
					s.svc.DocumentWritten(ctx, batch[j].Article.ID, r.Written)
					li.notify.Add(int64(time.Since(t0)))
					li.docs.Add(1)
					li.quads.Add(int64(r.Quads))
				}
			}
		}
	})
	return li
}

// end stops the ingest and returns its rates.
func (li *liveIngest) end(b *testing.B) (docsPerSec, quadsPerSec float64, notifyPerDoc time.Duration) {
	b.Helper()
	close(li.stop)
	if err := <-li.done; err != nil {
		b.Fatal(err)
	}
	secs := time.Since(li.start).Seconds()
	n := li.docs.Load()
	if n > 0 {
		notifyPerDoc = time.Duration(li.notify.Load() / n)
	}
	return float64(n) / secs, float64(li.quads.Load()) / secs, notifyPerDoc
}

// copyDir copies the files of a LevelDB directory (not its LOCK) so that a
// benchmark's ingest leaves the cached store as it was.
func copyDir(b *testing.B, src, dst string) {
	b.Helper()
	ents, err := os.ReadDir(src)
	if err != nil {
		b.Fatal(err)
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		b.Fatal(err)
	}
	for _, e := range ents {
		if e.IsDir() || e.Name() == "LOCK" {
			continue
		}
		in, err := os.Open(filepath.Join(src, e.Name()))
		if err != nil {
			b.Fatal(err)
		}
		out, err := os.Create(filepath.Join(dst, e.Name()))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := io.Copy(out, in); err != nil {
			b.Fatal(err)
		}
		in.Close()
		if err := out.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// startTrace writes a runtime/trace to path until the returned function
// is called.
func startTrace(b *testing.B, path string) (stop func()) {
	b.Helper()
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	if err := trace.Start(f); err != nil {
		b.Fatal(err)
	}
	return func() {
		trace.Stop()
		if err := f.Close(); err != nil {
			b.Error(err)
		}
	}
}

// ingestRates are the ingests BenchmarkScale reads during, in documents a
// second: 0 is as fast as the store takes them, streamRate is serve
// --stream's (the real pipeline, extraction included).
var ingestRates = []int{0, 100, streamRate}

// streamRate in ingestRates stands for startStream.
const streamRate = -1

// startStream ingests the corpus again under new IDs as serve --stream
// does: a JSON Lines file through the real pipeline, extraction included,
// on low-priority threads (ingest.Background), the read service told of
// each document. end stops it.
func startStream(b *testing.B, s *served, corpus []benchDoc) *liveIngest {
	b.Helper()
	path := filepath.Join(b.TempDir(), "stream.jsonl")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	salt := strconv.FormatInt(time.Now().UnixNano(), 36)
	for copyN := 1; copyN <= 12; copyN++ { // more than a benchmark's reads take
		for _, d := range corpus {
			line := map[string]any{"id": fmt.Sprintf("stream-%s-%d-%s", salt, copyN, d.Article.ID[:16]),
				"title": d.Article.Title, "source": d.Article.Source, "text": d.Text}
			if err := enc.Encode(line); err != nil {
				b.Fatal(err)
			}
		}
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	x, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	p := ingest.New(x, s.st, ingest.Background(), ingest.Notify(s.svc))
	li := &liveIngest{stop: make(chan struct{}), done: make(chan error, 1), start: time.Now()}
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-li.stop
		cancel()
	}()
	go func() {
		_, err := p.Run(ctx, &article.Reader{}, []string{path}, func(o ingest.Outcome) {
			if o.Added {
				li.docs.Add(1)
				li.quads.Add(int64(o.Quads))
			}
		})
		if errors.Is(err, context.Canceled) {
			err = nil
		}
		li.done <- err
	}()
	return li
}

// BenchmarkScale measures the API through the HTTP handler on LevelDB
// stores of about 1,000,000 and (with NEWSGRAPH_BENCH_10M=1) 10,000,000
// quads: first idle, then while an ingest writes into the same store and
// keeps the read service fresh, at full speed and at 100 documents a
// second, and while the real pipeline streams the corpus in, extraction
// included, as serve --stream does. It logs the time query.New took to build
// the index, the heap after GC and the process's resident set (LevelDB's
// caches included) once the idle queries have warmed it, and the ingest
// rate achieved during the reads. The ingest writes into a copy of the
// cached store.
func BenchmarkScale(b *testing.B) {
	sizes := []struct {
		name  string
		dir   string
		quads int
	}{
		{"1M", "leveldb-1m-v1", benchQuads},
		{"10M", "leveldb-10m-v1", 10_000_000},
	}
	for _, size := range sizes {
		b.Run(size.name, func(b *testing.B) {
			if size.quads > benchQuads && os.Getenv(env10M) == "" {
				b.Skipf("set %s=1 for the %s store (its first build takes several minutes)", env10M, size.name)
			}
			src := benchStore(b, size.dir, size.quads)
			dir := filepath.Join(b.TempDir(), "db")
			copyDir(b, src, dir)
			s := serveStore(b, dir)
			defer s.st.Close()
			stats, _ := s.st.Stats(context.Background())
			queries, _ := apiQueries(b, s.svc)
			for _, q := range queries {
				b.Run("idle/"+q.name, func(b *testing.B) { latencies(b, s.h, q.body) })
			}
			heap, rss := memory()
			var buf bytes.Buffer
			fmt.Fprintf(&buf, "%s: %d quads, %d documents, %d entities; index built in %v; serving (after idle queries): heap %d MB, RSS %d MB",
				size.name, stats.Quads, stats.Documents, stats.Entities, s.build.Round(time.Millisecond), heap, rss)
			corpus := benchCorpus(b)
			for _, rate := range ingestRates {
				name := "ingest"
				if rate > 0 {
					name = fmt.Sprintf("ingest%d", rate)
				}
				var li *liveIngest
				if rate == streamRate {
					name = "stream"
					li = startStream(b, s, corpus)
				} else {
					li = startIngest(s, corpus, fmt.Sprintf(" %s %d", name, time.Now().UnixNano()), rate)
				}
				stopTrace := func() {}
				if path := os.Getenv(envTrace); path != "" && rate == 0 {
					stopTrace = startTrace(b, path)
				}
				for _, q := range queries {
					b.Run(name+"/"+q.name, func(b *testing.B) { latencies(b, s.h, q.body) })
				}
				stopTrace()
				docs, quads, notify := li.end(b)
				fmt.Fprintf(&buf, "; %s: %.0f docs/s, %.0f quads/s during the reads", name, docs, quads)
				if notify > 0 {
					fmt.Fprintf(&buf, ", DocumentWritten %v per document", notify.Round(time.Microsecond))
				}
			}
			// A benchmark that has sub-benchmarks prints its log only with -v.
			fmt.Println(buf.String())
		})
	}
}
