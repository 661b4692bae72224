package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/notify"
)

// defaultStore is where the graph lives unless --store says otherwise.
const defaultStore = "leveldb:./newsgraph-data"

func (e *env) ingest(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	storeURI := fs.String("store", defaultStore, "store URI: leveldb:DIR, bolt:FILE, memory, postgres:DSN")
	maxBytes := fs.Int64("max-bytes", article.DefaultMaxBytes, "largest document accepted, in bytes")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents extracted at once")
	docTimeout := docTimeoutFlag(fs)
	quiet := fs.Bool("quiet", false, "no progress bar")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: newsgraph ingest [flags] PATH...\n\nPATH: a file (.txt .html .md .jsonl), a folder (recursively) or - for stdin.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	app, err := openApp(ctx, *storeURI, *workers, ingest.DocTimeout(*docTimeout))
	if err != nil {
		return err
	}
	defer app.Close()
	if dsn, ok := strings.CutPrefix(*storeURI, "postgres:"); ok {
		// serve processes on the same database index what this run
		// writes as it commits, as they do for each other's writes.
		bus, err := notify.Open(ctx, dsn)
		if err != nil {
			return fmt.Errorf("change notifications: %w", err)
		}
		defer bus.Close()
		app.pipeline.AddListener(bus)
	}
	sum, err := e.load(ctx, app.pipeline, fs.Args(), *maxBytes, *quiet)
	if err != nil {
		return err
	}
	if st, err := app.store.Stats(ctx); err == nil {
		fmt.Fprintf(e.stderr, "store %s now holds %d documents, %d entities, %d quads\n", *storeURI, st.Documents, st.Entities, st.Quads)
	}
	if sum.Failed > 0 {
		return errFailed
	}
	return nil
}

// docTimeoutFlag declares --doc-timeout, the time budget of one document's
// extraction, on fs (ingest, extract; serve can take it too).
func docTimeoutFlag(fs *flag.FlagSet) *time.Duration {
	return fs.Duration("doc-timeout", ingest.DefaultDocTimeout, "time budget of one document's extraction; a document over it fails alone (0: no budget)")
}

// load runs the pipeline over paths with a progress bar on a terminal, prints
// each failure and the summary on stderr. A run stopped by Ctrl-C or a
// store outage returns an error wrapping ingest.ErrInterrupted; the
// documents it cut short are counted as interrupted, not printed.
func (e *env) load(ctx context.Context, p *ingest.Pipeline, paths []string, maxBytes int64, quiet bool) (ingest.Summary, error) {
	r := &article.Reader{MaxBytes: maxBytes, Stdin: e.stdin}
	bar := e.progress(ctx, paths, maxBytes, quiet)
	sum, err := p.Run(ctx, r, paths, func(o ingest.Outcome) {
		// Documents cut short by Ctrl-C or an outage are Interrupted, not
		// failed: the next run picks them up.
		if o.Err != nil {
			if bar != nil {
				bar.Clear()
			}
			fmt.Fprintln(e.stderr, "newsgraph ingest:", o.Err)
		}
		if bar != nil {
			_ = bar.Add(1)
		}
	})
	if bar != nil {
		_ = bar.Finish()
		fmt.Fprintln(e.stderr)
	}
	fmt.Fprintln(e.stderr, "ingested", sum.String())
	return sum, err
}

// progress returns a progress bar when stderr is a terminal: documents/s and
// an ETA when the number of documents can be counted before the run.
func (e *env) progress(ctx context.Context, paths []string, maxBytes int64, quiet bool) *progressbar.ProgressBar {
	f, ok := e.stderr.(*os.File)
	if quiet || !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	total := int64(-1)
	if !containsStdin(paths) {
		total = countDocuments(ctx, paths, maxBytes)
	}
	return progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(e.stderr),
		progressbar.OptionSetDescription("ingesting"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("docs"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionFullWidth(),
	)
}

func containsStdin(paths []string) bool {
	for _, p := range paths {
		if p == "-" {
			return true
		}
	}
	return false
}

// countDocuments counts what a run will read without extracting anything.
func countDocuments(ctx context.Context, paths []string, maxBytes int64) int64 {
	var n int64
	r := &article.Reader{MaxBytes: maxBytes, Stdin: eofReader{}}
	_ = r.Read(ctx, paths, func(article.Item) error { n++; return nil })
	return n
}

type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }
