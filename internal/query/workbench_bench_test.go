package query_test

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/kg"
	_ "github.com/newsgraph/newsgraph/internal/kg/backends"
	"github.com/newsgraph/newsgraph/internal/query"
)

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func loadAvg() string {
	b, _ := os.ReadFile("/proc/loadavg")
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}

// timed runs f and returns its wall and CPU time with the load average.
func timed(f func()) string {
	c, t := cpuTime(), time.Now()
	f()
	return fmt.Sprintf("%v wall, %v CPU, load %s", time.Since(t).Round(time.Millisecond), (cpuTime() - c).Round(time.Millisecond), loadAvg())
}

// BenchmarkWorkbench measures the analyst's questions of issue 14 over the
// store at $NEWSGRAPH_BENCH_STORE (a store URI, opened read-only; e.g. the
// BBC corpus ingested with `newsgraph ingest --store leveldb:DIR
// ../shared/corpus/bbc`): the text index's build, in memory and on disk;
// PageRank, betweenness and communities over the whole graph; and an
// entity with its 50 best-supported relations, each with its first
// evidence sentence (what a visualisation client asks on a click), cold
// and then with the sentences cached, p50 and p99 over the top entities.
// It prints wall and CPU time with the load average beside them.
func BenchmarkWorkbench(b *testing.B) {
	uri := os.Getenv("NEWSGRAPH_BENCH_STORE")
	if uri == "" {
		b.Skip("set NEWSGRAPH_BENCH_STORE to a store URI")
	}
	ctx := context.Background()
	st, err := kg.OpenReadOnly(ctx, uri)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	quiet := query.WithLogger(slog.New(slog.DiscardHandler))
	var s *query.Service
	var out []string
	say := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	say("read index: %s", timed(func() { s, err = query.New(ctx, st.QuadStore(), quiet) }))
	if err != nil {
		b.Fatal(err)
	}
	say("text index in memory, first text question: %s", timed(func() {
		if _, err := s.SearchDocuments(ctx, "interest rates", query.DocumentQuery{}, query.Page{First: 10}); err != nil {
			b.Fatal(err)
		}
	}))
	dir := filepath.Join(b.TempDir(), "text")
	for _, pass := range []string{"built", "reopened"} {
		say("text index on disk, %s by New: %s", pass, timed(func() {
			d, err := query.New(ctx, st.QuadStore(), quiet, query.WithTextIndex(dir))
			if err != nil {
				b.Fatal(err)
			}
			d.Close()
		}))
	}
	lat := func(f func()) string {
		var ds []time.Duration
		for i := 0; i < 200; i++ {
			t := time.Now()
			f()
			ds = append(ds, time.Since(t))
		}
		sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
		return fmt.Sprintf("p50 %v p99 %v", ds[len(ds)/2].Round(time.Microsecond), ds[len(ds)*99/100].Round(time.Microsecond))
	}
	say("search \"interest rates\" (10 hits, highlights): %s", lat(func() {
		_, _ = s.SearchDocuments(ctx, `"interest rates"`, query.DocumentQuery{}, query.Page{First: 10})
	}))
	st0, _ := s.Stats(ctx)
	say("graph: %d documents, %d entities, %d relations", st0.Documents, st0.Entities, st0.Relations)
	for _, f := range []query.Filter{{}, {ExcludeReporting: true}, {Sources: []string{"business"}, ExcludeReporting: true}} {
		name := fmt.Sprintf("%+v", f)
		say("PageRank %s: %s", name, timed(func() { _, _ = s.TopEntities(ctx, query.TopQuery{By: query.ByPageRank, First: 10, Filter: f}) }))
		say("communities %s: %s", name, timed(func() {
			cs, _ := s.Communities(ctx, f, 2, 10, 5)
			say("  %d entities, %d relations, %d communities, modularity %.3f", cs.Entities, cs.Relations, cs.Count, cs.Modularity)
		}))
		say("betweenness %s: %s", name, timed(func() { _, _ = s.TopEntities(ctx, query.TopQuery{By: query.ByBetweenness, First: 10, Filter: f}) }))
		say("all three again (cached): %s", timed(func() {
			_, _ = s.TopEntities(ctx, query.TopQuery{By: query.ByPageRank, First: 10, Filter: f})
			_, _ = s.TopEntities(ctx, query.TopQuery{By: query.ByBetweenness, First: 10, Filter: f})
			_, _ = s.Communities(ctx, f, 2, 10, 5)
		}))
	}
	top, _ := s.TopEntities(ctx, query.TopQuery{By: query.ByDegree, First: 100})
	click := func(i int) {
		id := top[i%len(top)].Entity.ID
		if _, err := s.Entity(ctx, id); err != nil {
			b.Fatal(err)
		}
		rels, err := s.Relations(ctx, query.RelationQuery{Entity: id, Order: query.OrderDocuments}, query.Page{First: 50})
		if err != nil {
			b.Fatal(err)
		}
		ids := make([]string, 0, len(rels.Items))
		for _, r := range rels.Items {
			if len(r.Evidence) > 0 {
				ids = append(ids, r.Evidence[0])
			}
		}
		evs, errs := s.Evidences(ctx, ids)
		for i := range evs {
			if errs[i] != nil || evs[i].Sentence == "" {
				b.Fatalf("evidence %s: %q, %v", ids[i], evs[i].Sentence, errs[i])
			}
		}
	}
	n := 0
	say("entity + 50 relations + first sentences, cold (top 100 entities, each once, then again): %s",
		lat(func() { click(n); n++ }))
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		click(i)
	}
	b.StopTimer()
	fmt.Println(strings.Join(out, "\n"))
}
