package kg_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/kg/kgtest"
)

// benchURI returns a new store URI of the backend for a benchmark, or skips.
func benchURI(b *testing.B, backend string) string {
	switch backend {
	case "leveldb":
		return "leveldb:" + filepath.Join(b.TempDir(), "db")
	case "bolt":
		return "bolt:" + filepath.Join(b.TempDir(), "kg.bolt")
	case "postgres":
		dsn := os.Getenv(envPostgres)
		if dsn == "" {
			b.Skipf("set %s", envPostgres)
		}
		dropCayleyTables(b, dsn)
		return "postgres:" + dsn
	}
	return backend
}

// BenchmarkAddDocument measures ingestion of synthetic documents of about
// 400 quads, one transaction each; it reports quads/s.
func BenchmarkAddDocument(b *testing.B) {
	for _, backend := range []string{"leveldb", "bolt", "memory", "postgres"} {
		b.Run(backend, func(b *testing.B) {
			s := openURI(b, benchURI(b, backend))
			ctx := context.Background()
			docs := make([]kgtest.Document, b.N)
			for i := range docs {
				docs[i] = kgtest.Synthetic(i)
			}
			quads := 0
			b.ResetTimer()
			for _, d := range docs {
				res, err := s.AddDocument(ctx, d.Article, d.Result)
				if err != nil {
					b.Fatal(err)
				}
				quads += res.Quads
			}
			b.ReportMetric(float64(quads)/b.Elapsed().Seconds(), "quads/s")
			b.ReportMetric(float64(quads)/float64(b.N), "quads/doc")
		})
	}
}

// BenchmarkAddDocuments measures ingestion of the same synthetic documents
// in batches (one transaction and one commit per batch); one op is one
// document; it reports quads/s.
func BenchmarkAddDocuments(b *testing.B) {
	for _, backend := range []string{"leveldb", "bolt", "memory", "postgres"} {
		for _, size := range []int{10, 100} {
			b.Run(fmt.Sprintf("%s/batch%d", backend, size), func(b *testing.B) {
				s := openURI(b, benchURI(b, backend))
				ctx := context.Background()
				docs := make([]kg.Doc, b.N)
				for i := range docs {
					d := kgtest.Synthetic(i)
					docs[i] = kg.Doc{Article: d.Article, Result: d.Result}
				}
				quads := 0
				b.ResetTimer()
				for len(docs) > 0 {
					n := min(size, len(docs))
					res, err := s.AddDocuments(ctx, docs[:n])
					if err != nil {
						b.Fatal(err)
					}
					for _, r := range res {
						if r.Err != nil {
							b.Fatal(r.Err)
						}
						quads += r.Quads
					}
					docs = docs[n:]
				}
				b.ReportMetric(float64(quads)/b.Elapsed().Seconds(), "quads/s")
			})
		}
	}
}

// envBigStore names a directory where BenchmarkDeleteDocument keeps (and
// reuses) its LevelDB store of about a million quads; building it takes
// minutes, so the benchmark runs only when it is set. envBigStoreURI,
// when set instead, names the store (any URI, e.g. postgres:DSN).
const (
	envBigStore    = "NEWSGRAPH_KG_BENCH_DIR"
	envBigStoreURI = "NEWSGRAPH_KG_BENCH_STORE"
)

// bigStore opens (building it the first time) the store of about 1,000,000
// synthetic quads ($NEWSGRAPH_KG_BENCH_STORE, or LevelDB in
// $NEWSGRAPH_KG_BENCH_DIR), and returns it with its number of documents.
func bigStore(b *testing.B) (*kg.Store, int) {
	uri := os.Getenv(envBigStoreURI)
	if dir := os.Getenv(envBigStore); uri == "" && dir != "" {
		uri = "leveldb:" + filepath.Join(dir, "db")
	}
	if uri == "" {
		b.Skipf("set %s to a directory to build (once) and use a LevelDB store of 1,000,000 quads, or %s to a store URI", envBigStore, envBigStoreURI)
	}
	target, _ := strconv.Atoi(os.Getenv("NEWSGRAPH_KG_BENCH_QUADS"))
	if target == 0 {
		target = 1_000_000
	}
	ctx := context.Background()
	s := openURI(b, uri)
	docs, err := path.StartPath(s.QuadStore(), quad.Bool(true)).In(kg.PredComplete).Iterate(ctx).Count()
	if err != nil {
		b.Fatal(err)
	}
	n := int(docs)
	sz, _ := s.QuadStore().Stats(ctx, false)
	quads := sz.Quads.Size
	start, added := time.Now(), 0
	for quads < int64(target) {
		// Batches of 100 documents: one commit each, as ingest writes.
		batch := make([]kg.Doc, 100)
		for i := range batch {
			d := kgtest.Synthetic(n + i)
			batch[i] = kg.Doc{Article: d.Article, Result: d.Result}
		}
		res, err := s.AddDocuments(ctx, batch)
		if err != nil {
			b.Fatal(err)
		}
		for _, r := range res {
			if r.Err != nil {
				b.Fatal(r.Err)
			}
			quads += int64(r.Quads)
			added += r.Quads
		}
		n += len(batch)
		if n%5000 == 0 {
			fmt.Fprintf(os.Stderr, "built %d documents, %d quads, %.0f quads/s\n", n, quads, float64(added)/time.Since(start).Seconds())
		}
	}
	b.Logf("store: %d documents, %d quads", n, quads)
	return s, n
}

// BenchmarkDeleteDocument measures DeleteDocument on bigStore's store of
// about 1,000,000 quads: each iteration deletes one document and adds it
// back (the add is not timed).
func BenchmarkDeleteDocument(b *testing.B) {
	s, n := bigStore(b)
	ctx := context.Background()
	var cpu time.Duration
	defer func() { b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op") }()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := kgtest.Synthetic(i % n)
		c := cpuTime()
		ok, err := s.DeleteDocument(ctx, d.Article.ID)
		cpu += cpuTime() - c
		if err != nil || !ok {
			b.Fatalf("DeleteDocument(%d): %v, %v", i%n, ok, err)
		}
		b.StopTimer()
		if _, err := s.AddDocument(ctx, d.Article, d.Result); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
}

// BenchmarkStats measures Stats on the LevelDB store of about 1,000,000
// quads.
func BenchmarkStats(b *testing.B) {
	s, _ := bigStore(b)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		st, err := s.Stats(ctx)
		if err != nil {
			b.Fatal(err)
		}
		if i == 0 {
			b.Logf("%+v", st)
		}
	}
}

// BenchmarkReplaceDocument measures ReplaceDocument on bigStore's store of
// about 1,000,000 quads: each iteration replaces one document by a version
// with another title and text (every quad of it changes: the text is
// stored), then puts the original back (not timed).
func BenchmarkReplaceDocument(b *testing.B) {
	s, n := bigStore(b)
	ctx := context.Background()
	var cpu time.Duration
	defer func() { b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op") }()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := kgtest.Synthetic(i % n)
		upd := updated(d)
		c := cpuTime()
		res, err := s.ReplaceDocument(ctx, upd.Article, upd.Result)
		cpu += cpuTime() - c
		if err != nil || !res.Added {
			b.Fatalf("ReplaceDocument(%d): %+v, %v", i%n, res, err)
		}
		b.StopTimer()
		if res, err := s.ReplaceDocument(ctx, d.Article, d.Result); err != nil || !res.Added {
			b.Fatalf("ReplaceDocument back (%d): %+v, %v", i%n, res, err)
		}
		b.StartTimer()
	}
}

// cpuTime is the CPU time the process has used (background compaction
// included): on a machine shared with other jobs it is steadier than the
// wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
