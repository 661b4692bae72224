package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/llm"
	"github.com/newsgraph/newsgraph/internal/notify"
)

// defaultStore is where the graph lives unless --store says otherwise.
const defaultStore = "leveldb:./newsgraph-data"

func (e *env) ingest(ctx context.Context, args []string) error {
	fs := e.newFlags("ingest", "PATH...", `Extracts and writes into the store each document under PATH: a file (.txt .html .md .jsonl), a
folder (recursively; README, LICENSE, SOURCE... files and dotfiles skipped) or - for stdin.
Documents already stored are skipped; a document that fails does not stop the others.`)
	storeURI := storeFlag(fs, defaultStore)
	rf := addReadFlags(fs)
	workers := workersFlag(fs)
	docTimeout := docTimeoutFlag(fs)
	quiet := fs.Bool("quiet", false, "no progress bar")
	imp := importFlag(fs)
	lf := addLogFlags(fs, true)
	xf := addExtractorFlags(fs)
	if err := fs.parse(args); err != nil {
		return err
	}
	log, err := lf.logger(e.stderr)
	if err != nil {
		return fs.usageError(err.Error())
	}
	e.log = log
	if fs.NArg() == 0 {
		return fs.usageError("no PATH")
	}
	r, err := rf.reader(e.stdin)
	if err != nil {
		return fs.usageError(err.Error())
	}
	llmCfg, err := xf.config(e.env, *storeURI)
	if err != nil {
		return fs.usageError(err.Error())
	}
	if *imp && llmCfg != nil {
		return fs.usageError("--import stores the extractions it reads as they are: no --extractor " + xf.kind)
	}
	opts := []ingest.Option{ingest.DocTimeout(xf.docTimeout(*docTimeout))}
	var llmStats *llm.Stats
	if llmCfg != nil {
		opts = append(opts, pipelineOption(llmCfg, xf.kind, &llmStats))
	}
	app, err := openApp(ctx, *storeURI, xf.workers(*workers), opts...)
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
	var sum ingest.Summary
	if *imp {
		sum, err = e.loadImport(ctx, app.pipeline, rf.maxBytes, fs.Args())
	} else {
		sum, err = e.loadWith(ctx, app.pipeline, r, fs.Args(), *quiet)
	}
	if llmStats != nil {
		e.report(slog.LevelInfo, llmStats.String(), "language model use", "summary", llmStats.String())
	}
	if err != nil {
		return interrupted(err)
	}
	if st, err := app.store.Stats(ctx); err == nil {
		e.report(slog.LevelInfo, fmt.Sprintf("store %s now holds %d documents, %d entities, %d quads", *storeURI, st.Documents, st.Entities, st.Quads),
			"store", "store", *storeURI, "documents", st.Documents, "entities", st.Entities, "quads", st.Quads)
	}
	if sum.Failed > 0 {
		return errFailed
	}
	return nil
}

// errInterrupted reports a run stopped by Ctrl-C or SIGTERM: the summary
// said so and how to resume, nothing more is printed, the exit status is
// 130 (as a shell reports a command its Ctrl-C stopped).
var errInterrupted = errors.New("interrupted")

// interrupted is err, joined with errInterrupted when it says the run was
// stopped by a signal (ingest.ErrInterrupted), not by a store outage
// (ingest.ErrStoreFailing), whose error is worth printing.
func interrupted(err error) error {
	if errors.Is(err, ingest.ErrInterrupted) && !errors.Is(err, ingest.ErrStoreFailing) {
		return errors.Join(errInterrupted, err)
	}
	return err
}

// load is loadWith with a Reader of documents up to maxBytes.
func (e *env) load(ctx context.Context, p *ingest.Pipeline, paths []string, maxBytes int64, quiet bool) (ingest.Summary, error) {
	return e.loadWith(ctx, p, &article.Reader{MaxBytes: maxBytes, Stdin: e.stdin}, paths, quiet)
}

// loadWith runs the pipeline over paths with a progress bar on a terminal, prints
// each failure and the summary on stderr. A run stopped by Ctrl-C or a
// store outage returns an error wrapping ingest.ErrInterrupted; the
// documents it cut short are counted as interrupted, not printed.
//
// Each document read in an unusual way (article.Article.Notes: decoded
// from Windows-1252, dated by its file's time) gets a line, and the files
// a folder walk passed over are listed after the summary.
func (e *env) loadWith(ctx context.Context, p *ingest.Pipeline, r *article.Reader, paths []string, quiet bool) (ingest.Summary, error) {
	var bar *progressbar.ProgressBar
	if e.log == nil {
		bar = e.progress(ctx, r, paths, quiet)
	}
	skipped := e.skipList(r)
	sum, err := p.Run(ctx, r, paths, func(o ingest.Outcome) {
		// Documents cut short by Ctrl-C or an outage are Interrupted, not
		// failed: the next run picks them up.
		if o.Err != nil || len(o.Article.Notes) > 0 {
			if bar != nil {
				bar.Clear()
			}
		}
		if o.Err != nil {
			e.report(slog.LevelWarn, "newsgraph ingest: "+o.Err.Error(), "document failed", "err", o.Err)
		} else {
			e.notes("newsgraph ingest", o.Article.Source, o.Article.Notes)
		}
		if bar != nil {
			_ = bar.Add(1)
		}
	})
	if bar != nil {
		_ = bar.Finish()
		fmt.Fprintln(e.stderr)
	}
	e.summary(sum, err)
	skipped.print(e, "newsgraph ingest")
	return sum, err
}

// report says one thing on stderr: msg and the attributes as a record of
// e.log at level when set, else the line for people.
func (e *env) report(level slog.Level, line, msg string, attrs ...any) {
	if e.log != nil {
		e.log.Log(context.Background(), level, msg, attrs...)
		return
	}
	fmt.Fprintln(e.stderr, line)
}

// notes reports one line per note on how the document from source was
// read ("sport/199.txt: not valid UTF-8: decoded as Windows-1252").
func (e *env) notes(prefix, source string, notes []string) {
	for _, n := range notes {
		e.report(slog.LevelInfo, fmt.Sprintf("%s: %s: %s", prefix, source, n), "document note", "source", source, "note", n)
	}
}

// summary reports a run's summary: "ingested ...", or "interrupted: ..."
// with how to resume when err says the run was stopped (Ctrl-C, an
// outage), so that the documents it cut short do not read as failures.
func (e *env) summary(sum ingest.Summary, err error) {
	msg, line := "ingested", "ingested "+sum.String()
	level := slog.LevelInfo
	if errors.Is(err, ingest.ErrInterrupted) {
		msg, level = "interrupted", slog.LevelWarn
		line = fmt.Sprintf("interrupted: %s; %d documents not finished: run the same command again to resume (stored documents are skipped)", sum.String(), sum.Interrupted)
	}
	e.report(level, line, msg, "documents", sum.Documents, "added", sum.Added, "skipped", sum.Skipped, "failed", sum.Failed,
		"interrupted", sum.Interrupted, "quads", sum.Quads, "took", sum.Elapsed.Round(time.Millisecond), "summary", sum.String())
}

// skipped gathers the files a folder walk passed over (article.Reader's
// Skipped, called while reading) for the end of the run.
type skipped struct {
	mu                  sync.Mutex
	notArticle, exclude []string
}

// skipList has r report the files it passes over to the list it returns.
func (e *env) skipList(r *article.Reader) *skipped {
	s := &skipped{}
	r.Skipped = func(path, reason string) {
		s.mu.Lock()
		defer s.mu.Unlock()
		if strings.HasPrefix(reason, "excluded") {
			s.exclude = append(s.exclude, path)
		} else {
			s.notArticle = append(s.notArticle, path)
		}
	}
	return s
}

// print reports the skipped files, ten at most of each kind, once a kind.
func (s *skipped) print(e *env, prefix string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	list := func(files []string) string {
		l := strings.Join(files[:min(len(files), 10)], ", ")
		if len(files) > 10 {
			l += fmt.Sprintf(" and %d more", len(files)-10)
		}
		return l
	}
	if len(s.notArticle) > 0 {
		e.report(slog.LevelInfo, fmt.Sprintf("%s: skipped %d file(s) that are not articles (README, LICENSE, SOURCE...; name a file to read it): %s", prefix, len(s.notArticle), list(s.notArticle)),
			"skipped files that are not articles (README, LICENSE, SOURCE...; name a file to read it)", "count", len(s.notArticle), "files", list(s.notArticle))
	}
	if len(s.exclude) > 0 {
		e.report(slog.LevelInfo, fmt.Sprintf("%s: skipped %d file(s) or folder(s) matching --exclude: %s", prefix, len(s.exclude), list(s.exclude)),
			"skipped files matching --exclude", "count", len(s.exclude), "files", list(s.exclude))
	}
}

// progress returns a progress bar when stderr is a terminal: documents/s and
// an ETA when the number of documents can be counted before the run.
func (e *env) progress(ctx context.Context, r *article.Reader, paths []string, quiet bool) *progressbar.ProgressBar {
	f, ok := e.stderr.(*os.File)
	if quiet || !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	total := int64(-1)
	if !containsStdin(paths) {
		total = countDocuments(ctx, r, paths)
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
func countDocuments(ctx context.Context, r *article.Reader, paths []string) int64 {
	var n int64
	c := *r // reading the same files, reporting nothing
	c.Stdin, c.Skipped = eofReader{}, nil
	_ = c.Read(ctx, paths, func(article.Item) error { n++; return nil })
	return n
}

type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }
