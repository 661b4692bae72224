package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/kg"
	_ "github.com/newsgraph/newsgraph/internal/kg/backends"
	"github.com/newsgraph/newsgraph/internal/query"
	"github.com/newsgraph/newsgraph/internal/server"
)

// benchQuads is the store size the benchmarks want.
const benchQuads = 1_000_000

// benchStore opens (building it the first time) a LevelDB store of at least
// benchQuads quads under os.TempDir(): the BBC corpus through the real
// extractor and kg.AddDocument, repeated under new document IDs until big
// enough. A READY file marks a complete build.
func benchStore(b *testing.B) *kg.Store {
	b.Helper()
	dir := filepath.Join(os.TempDir(), "newsgraph-bench-leveldb-v1")
	ctx := context.Background()
	if _, err := os.Stat(filepath.Join(dir, "READY")); err == nil {
		st, err := kg.Open(ctx, "leveldb:"+dir)
		if err != nil {
			b.Fatal(err)
		}
		return st
	}
	corpus := filepath.Join(repoRootB(b), "..", "shared", "corpus", "bbc")
	files, _ := filepath.Glob(filepath.Join(corpus, "*", "*.txt"))
	if len(files) == 0 {
		b.Skipf("no BBC corpus at %s", corpus)
	}
	sort.Strings(files)
	_ = os.RemoveAll(dir)
	st, err := kg.Open(ctx, "leveldb:"+dir)
	if err != nil {
		b.Fatal(err)
	}
	x, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	type doc struct {
		a article.Article
		r extract.Result
	}
	var docs []doc
	start := time.Now()
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
		docs = append(docs, doc{a: a, r: x.Extract(a.Text)})
	}
	b.Logf("extracted %d documents in %v", len(docs), time.Since(start))
	total := 0
	for copyN := 0; total < benchQuads; copyN++ {
		for _, d := range docs {
			a := d.a
			if copyN > 0 {
				a.ID = article.ID(fmt.Sprintf("%s\x00copy %d", a.Text, copyN))
				p := a.Published.Add(time.Duration(copyN) * 24 * 365 * time.Hour)
				a.Published = &p
			}
			res, err := st.AddDocument(ctx, a, d.r)
			if err != nil {
				b.Fatal(err)
			}
			total += res.Quads
		}
		b.Logf("copy %d: %d quads after %v", copyN, total, time.Since(start))
	}
	if err := os.WriteFile(filepath.Join(dir, "READY"), []byte(fmt.Sprint(total)), 0o644); err != nil {
		b.Fatal(err)
	}
	return st
}

func repoRootB(b *testing.B) string {
	dir, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			b.Fatal("no go.mod")
		}
		dir = parent
	}
}

var benchEnv = struct {
	once sync.Once
	h    http.Handler
	svc  *query.Service
	st   *kg.Store
}{}

// BenchmarkAPI measures, through the HTTP handler, on LevelDB with at
// least a million quads: search, an entity with its first 50 relations, a
// depth-2 neighbourhood of at most 500 nodes, and 3 shortest paths of at
// most 4 hops. It reports the median and 99th percentile latencies.
func BenchmarkAPI(b *testing.B) {
	benchEnv.once.Do(func() {
		st := benchStore(b)
		start := time.Now()
		svc, err := query.New(context.Background(), st.QuadStore())
		if err != nil {
			b.Fatal(err)
		}
		took := time.Since(start)
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		stats, _ := st.Stats(context.Background())
		b.Logf("store %+v; query index built in %v; heap after GC %d MB", stats, took, ms.HeapAlloc>>20)
		benchEnv.st, benchEnv.svc = st, svc
		benchEnv.h = server.New(server.Config{GraphQL: graph.NewHandler(svc, graph.Options{}), Grapher: svc, Pinger: st})
	})
	h, svc := benchEnv.h, benchEnv.svc
	if h == nil {
		b.Skip("no store")
	}
	ctx := context.Background()
	hubs, _ := svc.TopEntities(ctx, query.ByDegree, "", 20)
	all, _ := svc.TopEntities(ctx, query.ByDegree, "", 500)
	var ids, names []string
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
	run := func(b *testing.B, name string, body func(i int) string) {
		b.Run(name, func(b *testing.B) {
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
			sort.Slice(lat, func(a, c int) bool { return lat[a] < lat[c] })
			p50, p99 := lat[len(lat)/2], lat[min(len(lat)-1, len(lat)*99/100)]
			b.ReportMetric(float64(p50.Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(p99.Microseconds())/1000, "p99-ms")
			b.Logf("%s: n=%d median %v p99 %v max %v", name, len(lat), p50, p99, lat[len(lat)-1])
		})
	}
	js := func(q string, vars map[string]any) string {
		b, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
		return string(b)
	}
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
		sort.Slice(lat, func(a, c int) bool { return lat[a] < lat[c] })
		p50, p99 := lat[len(lat)/2], lat[min(len(lat)-1, len(lat)*99/100)]
		b.ReportMetric(float64(p50.Microseconds())/1000, "p50-ms")
		b.ReportMetric(float64(p99.Microseconds())/1000, "p99-ms")
		b.Logf("cayley direct: n=%d median %v p99 %v max %v", len(lat), p50, p99, lat[len(lat)-1])
	})
	run(b, "search", func(i int) string {
		return js(`query($t: String!) { search(text: $t, first: 10) { totalCount edges { match node { id name type mentionCount } } } }`,
			map[string]any{"t": typos[i%len(typos)]})
	})
	run(b, "entity-50-relations", func(i int) string {
		return js(`query($id: ID!) { entity(id: $id) { name type degree relations(first: 50) { totalCount
			edges { node { id predicate subject { id name } object { id name } documentCount firstSeen lastSeen event { code } } } } } }`,
			map[string]any{"id": ids[i%len(ids)]})
	})
	run(b, "neighborhood-depth2-500", func(i int) string {
		return js(`query($id: ID!) { neighborhood(entity: $id, depth: 2, limit: 500) { truncated nodes { id label type degree }
			edges { id source target predicate weight goldstein } } }`, map[string]any{"id": ids[i%len(ids)]})
	})
	run(b, "paths-3-4hops", func(i int) string {
		from := ids[i%len(ids)]
		to := hubs[(i/len(ids)+1+i)%len(hubs)].Entity.ID
		if to == from {
			to = hubs[(i+2)%len(hubs)].Entity.ID
		}
		return js(`query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 4, first: 3) { length entities { id name }
			steps { relations { id predicate documentCount } } } }`, map[string]any{"a": from, "b": to})
	})
}
