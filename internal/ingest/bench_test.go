package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/kg"
)

// bbcDir returns ../shared/corpus/bbc from the repository root, or skips.
func bbcDir(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Skip("repository root not found")
		}
		dir = parent
	}
	bbc := filepath.Join(dir, "..", "shared", "corpus", "bbc")
	if _, err := os.Stat(bbc); err != nil {
		tb.Skipf("BBC corpus absent (%v): benchmark skipped", err)
	}
	return bbc
}

// BenchmarkRunBBC ingests a slice of the BBC corpus (one category folder by
// default, NEWSGRAPH_INGEST_BENCH_PATH under the corpus to choose another,
// "." for all of it) into a new LevelDB store per iteration, and reports
// documents/s and quads/s.
func BenchmarkRunBBC(b *testing.B) {
	sub := os.Getenv("NEWSGRAPH_INGEST_BENCH_PATH")
	if sub == "" {
		sub = "tech"
	}
	in := filepath.Join(bbcDir(b), sub)
	x, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	workers, _ := strconv.Atoi(os.Getenv("NEWSGRAPH_INGEST_BENCH_WORKERS"))
	var docs, quads int
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		st, err := kg.Open(context.Background(), "leveldb:"+filepath.Join(b.TempDir(), "db"+strconv.Itoa(i)))
		if err != nil {
			b.Fatal(err)
		}
		opts := []ingest.Option{}
		if workers > 0 {
			opts = append(opts, ingest.Workers(workers))
		}
		p := ingest.New(x, st, opts...)
		b.StartTimer()
		sum, err := p.Run(context.Background(), &article.Reader{}, []string{in}, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		docs += sum.Added
		quads += sum.Quads
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(float64(quads)/b.Elapsed().Seconds(), "quads/s")
}
