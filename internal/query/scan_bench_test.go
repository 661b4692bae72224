package query

import (
	"context"
	"os"
	"testing"

	"github.com/newsgraph/newsgraph/internal/kg"
	_ "github.com/newsgraph/newsgraph/internal/kg/backends"
)

// BenchmarkScanAll measures the scan that builds the read index at start,
// over the store at $NEWSGRAPH_BENCH_STORE (a store URI, e.g. one of
// BenchmarkScale's under /tmp/newsgraph-query-scale; the store is opened
// for writing, so use a copy or a store no process holds).
func BenchmarkScanAll(b *testing.B) {
	uri := os.Getenv("NEWSGRAPH_BENCH_STORE")
	if uri == "" {
		b.Skip("set NEWSGRAPH_BENCH_STORE to a store URI")
	}
	ctx := context.Background()
	st, err := kg.Open(ctx, uri)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	for b.Loop() {
		docs, err := scanAll(ctx, st.QuadStore())
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(len(docs)), "docs")
	}
}
