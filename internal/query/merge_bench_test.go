package query_test

import (
	"context"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/query"
)

// BenchmarkMerges measures merges on the store at $NEWSGRAPH_BENCH_STORE
// (a store URI; it is written to, and left as it was found when the
// benchmark ends: use a copy or a store no process holds). It merges each
// one-word person name into the best-connected person whose name ends with
// it ("Blair" into "Tony Blair"), as an analyst cleaning a graph would,
// then rebuilds the index from the store and splits everything again. It
// reports the rebuild without and with the merges, and a merge's and a
// split's time.
func BenchmarkMerges(b *testing.B) {
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
	opts := []query.Option{query.WithLogger(slog.New(slog.DiscardHandler)), query.WithMergeStore(st)}
	s, err := query.New(ctx, st.QuadStore(), opts...)
	if err != nil {
		b.Fatal(err)
	}
	reload := func() time.Duration {
		start := time.Now()
		if err := s.Reload(ctx); err != nil {
			b.Fatal(err)
		}
		return time.Since(start)
	}
	pairs := mergeCandidates(b, s)
	if len(pairs) == 0 {
		b.Skip("no one-word person names to merge")
	}
	var merge, split, plain, merged time.Duration
	for b.Loop() {
		plain += reload()
		start := time.Now()
		for short, full := range pairs {
			if _, err := s.Merge(ctx, full, []string{short}); err != nil {
				b.Fatalf("Merge(%s, %s): %v", full, short, err)
			}
		}
		merge += time.Since(start)
		merged += reload()
		start = time.Now()
		for short := range pairs {
			if ok, err := s.Split(ctx, short); !ok || err != nil {
				b.Fatalf("Split(%s): %v, %v", short, ok, err)
			}
		}
		split += time.Since(start)
	}
	n := float64(b.N)
	b.ReportMetric(float64(len(pairs)), "merges")
	b.ReportMetric(float64(plain.Milliseconds())/n, "reload-ms")
	b.ReportMetric(float64(merged.Milliseconds())/n, "reload-merged-ms")
	b.ReportMetric(float64(merge.Microseconds())/n/float64(len(pairs)), "µs/merge")
	b.ReportMetric(float64(split.Microseconds())/n/float64(len(pairs)), "µs/split")
}

// mergeCandidates pairs each one-word person name with the best-connected
// other person whose name ends with that word.
func mergeCandidates(b *testing.B, s *query.Service) map[string]string {
	ctx := context.Background()
	top, err := s.TopEntities(ctx, query.TopQuery{By: query.ByDegree, Type: "PERSON", First: s.Limits().MaxPage})
	if err != nil {
		b.Fatal(err)
	}
	pairs := map[string]string{}
	for _, r := range top {
		words := strings.Fields(r.Entity.Name)
		if len(words) < 2 {
			continue
		}
		hits, err := s.Search(ctx, words[len(words)-1], []string{"PERSON"}, query.Page{First: 5})
		if err != nil {
			b.Fatal(err)
		}
		for _, h := range hits.Items {
			e := h.Entity
			if e.ID == r.Entity.ID || strings.Contains(e.Name, " ") || !strings.EqualFold(e.Name, words[len(words)-1]) {
				continue
			}
			if _, done := pairs[e.ID]; done {
				continue
			}
			if _, isTarget := pairs[r.Entity.ID]; isTarget {
				continue
			}
			pairs[e.ID] = r.Entity.ID
		}
	}
	for short := range pairs {
		if _, isShort := pairs[pairs[short]]; isShort {
			delete(pairs, short)
		}
	}
	return pairs
}
