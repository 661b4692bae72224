package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"time"

	"database/sql"

	"github.com/cayleygraph/cayley/graph/path"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/kg"
)

// benchIngestAbout is what "bench ingest" does, for its usage.
const benchIngestAbout = `Ingests PATH into a store (a new LevelDB store in a temporary folder, removed afterwards, unless
--store names one) and prints documents/s, quads/s, words/s, wall and CPU time, peak memory (VmHWM)
and the store's size on disk, then times --queries store reads (median and p99): from a random
ingested document, its mentioned entities, the evidence they are the subject of, and up to 50
objects of it. --repeat N streams the documents N times as JSON Lines under new IDs (r0-ID, r1-ID,
...), generated on the fly: the input is never copied N times, on disk or in memory.`

// bench runs a benchmark: "ingest" or "serve" (benchserve.go).
func (e *env) bench(ctx context.Context, args []string) error {
	if len(args) == 0 {
		printBenchOverview(e.stderr)
		return errUsage
	}
	switch args[0] {
	case "ingest":
		return e.benchIngest(ctx, args[1:])
	case "serve":
		if !wantsHelp(args[1:]) {
			return e.benchServe(ctx, args[1:])
		}
		// benchServe prints its usage to stderr and returns errUsage on
		// --help: here it is asked for, so stdout and exit 0.
		h := *e
		h.stderr = e.stdout
		if err := h.benchServe(ctx, args[1:]); err != nil && !errors.Is(err, errUsage) {
			return err
		}
		return errHelp
	case "-h", "-help", "--help":
		printBenchOverview(e.stdout)
		return errHelp
	}
	fmt.Fprintf(e.stderr, "newsgraph bench: unknown benchmark %q", args[0])
	if s := nearest(args[0], []string{"ingest", "serve"}); s != "" {
		fmt.Fprintf(e.stderr, "; did you mean %q?", s)
	}
	fmt.Fprint(e.stderr, "\n\n")
	printBenchOverview(e.stderr)
	return errUsage
}

func printBenchOverview(w io.Writer) {
	fmt.Fprint(w, `usage: newsgraph bench ingest [flags] PATH...
       newsgraph bench serve [flags]

  ingest   measure bulk ingest: documents/s, quads/s, words/s, peak memory, store size, read latency
  serve    load test of serve on loopback, quiet and under attack: req/s, p50/p99 per kind

Run 'newsgraph help bench ingest' or 'newsgraph help bench serve' for their flags.
`)
}

// wantsHelp reports whether args ask for the usage: -h, -help or --help
// before any "--".
func wantsHelp(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-h", "-help", "--help":
			return true
		}
	}
	return false
}

func (e *env) benchIngest(ctx context.Context, args []string) error {
	fs := e.newFlags("bench ingest", "PATH...", benchIngestAbout)
	storeURI := storeFlag(fs, "")
	repeat := fs.Int("repeat", 1, "stream the input this many times under new IDs")
	workers := workersFlag(fs)
	batch := fs.Int("batch", ingest.DefaultBatchDocs, "documents written in one transaction at most")
	every := fs.Duration("progress", 10*time.Second, "print progress this often (0: never)")
	queries := fs.Int("queries", 1000, "store reads to time after the ingest (0: none)")
	cpuProfile := fs.String("cpu-profile", "", "write a CPU profile of the run to this `FILE`")
	fs.alias("cpuprofile", "cpu-profile")
	if err := fs.parse(args); err != nil {
		return err
	}
	switch {
	case fs.NArg() == 0:
		return fs.usageError("no PATH")
	case *repeat < 1:
		return fs.usageError("--repeat must be at least 1")
	}
	if *storeURI != "" {
		if err := checkStoreURI(*storeURI); err != nil {
			return err
		}
	}
	uri := *storeURI
	if uri == "" {
		dir, err := os.MkdirTemp("", "newsgraph-bench-")
		if err != nil {
			return fmt.Errorf("bench: %w", err)
		}
		defer os.RemoveAll(dir)
		uri = "leveldb:" + filepath.Join(dir, "db")
	}
	st, err := kg.Open(ctx, uri)
	if err != nil {
		return storeError(uri, err)
	}
	defer st.Close()
	x, err := extract.New()
	if err != nil {
		return fmt.Errorf("bench: extractor: %w", err)
	}
	p := ingest.New(x, st, ingest.Workers(*workers), ingest.Batch(*batch, ingest.DefaultBatchWait))

	r := &article.Reader{}
	paths := fs.Args()
	if *repeat > 1 {
		pr, pw := io.Pipe()
		in := paths
		go func() { pw.CloseWithError(repeatJSONL(ctx, pw, in, *repeat)) }()
		defer pr.Close()
		r.Stdin, paths = pr, []string{"-"}
	}

	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return fmt.Errorf("bench: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("bench: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	var words, docs int
	// A uniform sample of the added documents (reservoir), the start
	// points of the timed reads.
	rng := rand.New(rand.NewPCG(1, 2))
	var sample []string
	added := 0
	start, last := time.Now(), time.Now()
	cpu0 := cpuTime()
	sum, err := p.Run(ctx, r, paths, func(o ingest.Outcome) {
		docs++
		if o.Added {
			words += len(strings.Fields(o.Article.Text))
			added++
			if len(sample) < *queries {
				sample = append(sample, o.Article.ID)
			} else if j := rng.IntN(added); j < len(sample) {
				sample[j] = o.Article.ID
			}
		}
		if *every > 0 && time.Since(last) >= *every {
			last = time.Now()
			fmt.Fprintf(e.stderr, "%s: %d documents, %.0f documents/s, peak RSS %s\n",
				time.Since(start).Round(time.Second), docs, float64(docs)/time.Since(start).Seconds(), peakRSS())
		}
	})
	wall := time.Since(start)
	cpu := cpuTime() - cpu0
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	fmt.Fprintf(e.stdout, "store       %s (%s)\n", uri, st.Backend())
	fmt.Fprintf(e.stdout, "input       %s x%d, %d workers, batches of up to %d documents\n", strings.Join(fs.Args(), " "), *repeat, *workers, *batch)
	fmt.Fprintf(e.stdout, "documents   %d read, %d added, %d already stored, %d failed\n", sum.Documents, sum.Added, sum.Skipped, sum.Failed)
	fmt.Fprintf(e.stdout, "wall        %s (CPU %s, %.0f%% of one core)\n", wall.Round(time.Millisecond), cpu.Round(time.Millisecond), 100*cpu.Seconds()/wall.Seconds())
	fmt.Fprintf(e.stdout, "documents/s %.1f\n", float64(sum.Documents)/wall.Seconds())
	fmt.Fprintf(e.stdout, "quads/s     %.0f (%d quads)\n", float64(sum.Quads)/wall.Seconds(), sum.Quads)
	fmt.Fprintf(e.stdout, "words/s     %.0f (%d words)\n", float64(words)/wall.Seconds(), words)
	fmt.Fprintf(e.stdout, "peak RSS    %s\n", peakRSS())
	fmt.Fprintf(e.stdout, "store size  %s\n", storeSize(ctx, uri))
	if len(sample) > 0 {
		lat, vals, err := timeReads(ctx, st, sample)
		if err != nil {
			return fmt.Errorf("bench: reads: %w", err)
		}
		fmt.Fprintf(e.stdout, "reads       %d, %d values: median %s, p99 %s, max %s (document -> entities -> evidence -> up to 50 objects)\n",
			len(lat), vals, lat[len(lat)/2].Round(time.Microsecond), lat[len(lat)*99/100].Round(time.Microsecond), lat[len(lat)-1].Round(time.Microsecond))
	}
	for i, err := range sum.Errors {
		if i == 5 {
			fmt.Fprintf(e.stderr, "... and %d more failures\n", len(sum.Errors)-5)
			break
		}
		fmt.Fprintln(e.stderr, "failed:", err)
	}
	return nil
}

// benchDoc is one line of the generated JSON Lines stream (the input format
// of article.Reader).
type benchDoc struct {
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	Source    string `json:"source,omitempty"`
	Published string `json:"published,omitempty"`
	Text      string `json:"text"`
}

// repeatJSONL writes the documents under paths n times to w as JSON Lines,
// under the IDs rK-ID, reading the input again for every repetition.
func repeatJSONL(ctx context.Context, w io.Writer, paths []string, n int) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	r := &article.Reader{Stdin: eofReader{}}
	for rep := range n {
		err := r.Read(ctx, paths, func(it article.Item) error {
			if it.Err != nil {
				return nil // counted when the corpus is read directly
			}
			a := it.Article
			d := benchDoc{ID: "r" + strconv.Itoa(rep) + "-" + a.ID, Title: a.Title, Source: a.Source, Text: a.Text}
			if a.Published != nil {
				d.Published = a.Published.Format(time.RFC3339)
			}
			return enc.Encode(d)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// peakRSS is the process's peak resident set size (VmHWM in
// /proc/self/status), or "unknown".
func peakRSS() string {
	raw, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown"
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err != nil {
				return strings.TrimSpace(v)
			}
			return fmt.Sprintf("%.0f MiB", float64(kb)/1024)
		}
	}
	return "unknown"
}

// timeReads runs one store read from each document and returns the sorted
// latencies and the number of values read in all.
func timeReads(ctx context.Context, st *kg.Store, docs []string) ([]time.Duration, int, error) {
	qs := st.QuadStore()
	out := make([]time.Duration, 0, len(docs))
	n := 0
	for _, id := range docs {
		t0 := time.Now()
		vals, err := path.StartPath(qs, kg.DocumentIRI(id)).Out(kg.PredMentions).
			In(kg.PredSubject).Out(kg.PredObject).Iterate(ctx).Limit(50).AllValues(qs)
		if err != nil {
			return nil, 0, fmt.Errorf("document %s: %w", id, err)
		}
		out = append(out, time.Since(t0))
		n += len(vals)
	}
	slices.Sort(out)
	return out, n, nil
}

// storeSize is the size of the store on disk: the files of a LevelDB
// folder or bbolt file, the tables and indexes of PostgreSQL.
func storeSize(ctx context.Context, uri string) string {
	scheme, addr, _ := strings.Cut(uri, ":")
	var n int64
	switch scheme {
	case "leveldb", "bolt", "bbolt":
		err := filepath.WalkDir(addr, func(_ string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if info, err := d.Info(); err == nil && info.Mode().IsRegular() {
				n += info.Size()
			}
			return nil
		})
		if err != nil {
			return "unknown: " + err.Error()
		}
	case "postgres":
		db, err := sql.Open("postgres", addr)
		if err != nil {
			return "unknown: " + err.Error()
		}
		defer db.Close()
		err = db.QueryRowContext(ctx, `SELECT pg_total_relation_size('quads') + pg_total_relation_size('nodes')`).Scan(&n)
		if err != nil {
			return "unknown: " + err.Error()
		}
	default:
		return "none (in memory: see peak RSS)"
	}
	return fmt.Sprintf("%.0f MiB", float64(n)/(1<<20))
}
