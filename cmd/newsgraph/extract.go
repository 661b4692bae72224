package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/extractjson"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/llm"
)

// docJSON is the "document" part of an extract line.
type docJSON = extractjson.Document

// extractLine is one line of `newsgraph extract` (extractjson.Line, which
// `ingest --import` reads back).
type extractLine struct {
	extractjson.Line
	notes []string // how the document was read, for stderr
}

func newExtractLine(a article.Article, r extract.Result) extractLine {
	return extractLine{Line: extractjson.NewLine(a, r), notes: a.Notes}
}

func (e *env) extract(ctx context.Context, args []string) error {
	fs := e.newFlags("extract", "PATH...", `Extracts entities and relations from each document under PATH (a file, a folder, a .jsonl file
or - for stdin) and prints one JSON object per document (see docs/extract-format.md); nothing is
stored. Errors, and notes on how a document was read, go to stderr.`)
	rf := addReadFlags(fs)
	workers := workersFlag(fs)
	docTimeout := docTimeoutFlag(fs)
	xf := addExtractorFlags(fs)
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fs.usageError("no PATH")
	}
	r, err := rf.reader(e.stdin)
	if err != nil {
		return fs.usageError(err.Error())
	}
	llmCfg, err := xf.config(e.env, "")
	if err != nil {
		return fs.usageError(err.Error())
	}
	rules, err := extract.New()
	if err != nil {
		return fmt.Errorf("extractor: %w", err)
	}
	var x ingest.Extractor = rules
	if llmCfg != nil {
		var st *llm.Stats
		x, st = extractor(llmCfg, xf.kind, rules)
		defer func() { fmt.Fprintln(e.stderr, st) }()
	}
	*docTimeout = xf.docTimeout(*docTimeout)
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	failed := 0
	skipped := e.skipList(r)
	err = orderedMap(ctx, xf.workers(*workers), func(emit func(article.Item)) error {
		return r.Read(ctx, fs.Args(), func(it article.Item) error { emit(it); return nil })
	}, func(it article.Item) any {
		if it.Err != nil {
			return it.Err
		}
		res, err := ingest.Extract(ctx, x, it.Article, *docTimeout)
		if err != nil {
			return fmt.Errorf("%s: %w", it.Article.Source, err)
		}
		return newExtractLine(it.Article, res)
	}, func(v any) error {
		if err, ok := v.(error); ok {
			failed++
			fmt.Fprintln(e.stderr, "newsgraph extract:", err)
			return nil
		}
		if l, ok := v.(extractLine); ok {
			e.notes("newsgraph extract", l.Document.Source, l.notes)
		}
		return enc.Encode(v)
	})
	if err != nil {
		return err
	}
	skipped.print(e, "newsgraph extract")
	if failed > 0 {
		fmt.Fprintf(e.stderr, "newsgraph extract: %d document(s) failed\n", failed)
		return errFailed
	}
	return nil
}

// orderedMap runs f over the items produced by produce on n goroutines and
// hands the results to sink in input order, with at most 2n items in flight.
func orderedMap[T any](ctx context.Context, n int, produce func(emit func(T)) error, f func(T) any, sink func(any) error) error {
	if n < 1 {
		n = 1
	}
	type job struct {
		item T
		out  chan any
	}
	jobs := make(chan job, n)
	order := make(chan chan any, 2*n)
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- f(j.item)
			}
		}()
	}
	var perr error
	go func() {
		perr = produce(func(it T) {
			c := make(chan any, 1)
			order <- c
			jobs <- job{it, c}
		})
		close(jobs)
		close(order)
	}()
	var serr error
	for c := range order {
		v := <-c
		if serr == nil && ctx.Err() == nil {
			serr = sink(v)
		}
	}
	wg.Wait()
	if serr != nil {
		return serr
	}
	if perr != nil {
		return perr
	}
	return ctx.Err()
}
