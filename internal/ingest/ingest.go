// Package ingest is the pipeline from documents to the store: it reads
// articles, extracts them on every core, and writes them into the
// knowledge graph in batches, one transaction per batch, while extraction
// goes on. A document already stored is skipped by its ID before it is
// extracted (or replaced, when its text changed under the same ID); a
// document that fails (unreadable, over its time budget, refused), fails
// alone; a store outage or a cancellation stops the run with one error,
// and a second run resumes; memory stays flat whatever the input.
// A Background pipeline (a server's) does its work on low-priority OS
// threads, so that requests go first.
//
// It imports internal/article, internal/extract and internal/kg; nothing
// above it (query, graph, server).
package ingest

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/cayleygraph/quad"
	"golang.org/x/sync/semaphore"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/kg"
)

// Extractor turns a normalised text into entities and relations. It stops
// when ctx is done and returns an error wrapping ctx.Err()
// (*extract.Extractor checks between sentences).
type Extractor interface {
	ExtractContext(ctx context.Context, text string) (extract.Result, error)
}

// ArticleExtractor is an Extractor that wants the whole article, not only
// its text (a language model's, whose cache is keyed by the document ID):
// Extract calls ExtractArticle when the extractor has it.
type ArticleExtractor interface {
	Extractor
	ExtractArticle(ctx context.Context, a article.Article) (extract.Result, error)
}

// Input is one document for RunInputs: an article to extract, or, when
// Result is set, one whose extraction is given (an import of another
// tool's extract JSON Lines), stored as it is.
type Input struct {
	article.Item
	Result *extract.Result
}

// Store is the part of the knowledge graph the pipeline writes to.
type Store interface {
	HasDocument(ctx context.Context, id string) (bool, error)
	AddDocument(ctx context.Context, a article.Article, r extract.Result) (kg.AddResult, error)
	DeleteDocument(ctx context.Context, id string) (bool, error)
}

// Listener hears about documents added to and deleted from the store, after
// the write has committed (read-side indexes, subscriptions). A document
// replaced by an updated version is reported deleted, then added.
type Listener interface {
	DocumentAdded(ctx context.Context, id string)
	DocumentDeleted(ctx context.Context, id string)
}

// QuadListener is a Listener that can take an added document's quads as
// the store now holds them (kg.AddResult.Written), sparing it a read of the
// store: DocumentWritten is called instead of DocumentAdded when the
// pipeline has them.
type QuadListener interface {
	Listener
	DocumentWritten(ctx context.Context, id string, quads []quad.Quad)
}

// ErrInvalid marks input the pipeline refuses (empty or non-UTF-8 text).
var ErrInvalid = errors.New("invalid document")

// ErrDocTimeout is the error of a document whose extraction took longer
// than its time budget (DocTimeout): it fails alone, the run goes on.
var ErrDocTimeout = errors.New("document over its time budget")

// ErrInterrupted is the error of a run stopped before its end: its context
// was cancelled (Ctrl-C, SIGTERM, a server shutting down), or the store
// failed (ErrStoreFailing). What was committed stays; running the same
// input again resumes: stored documents are skipped.
var ErrInterrupted = errors.New("ingest interrupted")

// ErrStoreFailing is the error of a run stopped because the store failed
// StoreFailures documents in a row (an outage: a database down, a disk
// full, a store closed under the pipeline), instead of failing every
// remaining document one by one. It wraps ErrInterrupted and the first
// failure.
var ErrStoreFailing = errors.New("the store is failing")

// Outcome is what happened to one document.
type Outcome struct {
	Article   article.Article
	Added     bool // written now
	Replaced  bool // written in place of a stored version with another text
	Skipped   bool // already in the store: not extracted again
	Entities  int
	Relations int
	Quads     int
	Err       error // the document failed; the others go on
	// Interrupted: the run stopped (ErrInterrupted) before the document
	// was written. It is not a failure: the next run picks it up.
	Interrupted bool
	written     []quad.Quad // the quads stored, for the listeners
	// storeErr: Err is the store's (a lookup or a write), not the
	// document's; StoreFailures of them in a row stop the run.
	storeErr bool
}

// Summary counts a whole run.
type Summary struct {
	Documents int // documents read (failed ones included)
	Added     int
	Replaced  int // of Added: stored versions replaced by an updated text
	Skipped   int
	Failed    int
	// Interrupted counts documents read but not finished when the run
	// stopped (ErrInterrupted): neither written nor failed.
	Interrupted int
	Entities    int
	Relations   int
	Quads       int
	Elapsed     time.Duration
	Errors      []error
}

// String is the one-line summary the CLI prints.
func (s Summary) String() string {
	replaced := ""
	if s.Replaced > 0 {
		replaced = fmt.Sprintf(" of which %d replaced", s.Replaced)
	}
	interrupted := ""
	if s.Interrupted > 0 {
		interrupted = fmt.Sprintf(", %d interrupted", s.Interrupted)
	}
	return fmt.Sprintf("%d documents (%d added%s, %d already stored, %d failed%s), %d entities and %d relations extracted (counted per document), %d quads written in %s",
		s.Documents, s.Added, replaced, s.Skipped, s.Failed, interrupted, s.Entities, s.Relations, s.Quads, s.Elapsed.Round(time.Millisecond))
}

// Batcher is a Store that writes several documents in one transaction
// (kg.Store). The pipeline uses it when the store has it: one commit and
// one fsync per batch instead of per document.
type Batcher interface {
	AddDocuments(ctx context.Context, docs []kg.Doc) ([]kg.DocResult, error)
}

// TextStore is a Store that returns the text of a stored document
// (kg.Store). With it, an input whose ID is stored with another text (an
// updated article under the same external ID) replaces the stored one;
// without it, a stored ID is always skipped.
type TextStore interface {
	StoredText(ctx context.Context, id string) (string, bool, error)
}

// Pipeline ingests documents into a Store. It is safe for concurrent use.
type Pipeline struct {
	x          Extractor
	st         Store
	workers    int
	batchDocs  int
	batchWait  time.Duration
	docTimeout time.Duration
	// listenMu guards listeners, which AddListener may extend while a
	// run tells them about documents.
	listenMu  sync.Mutex
	listeners []Listener
	// observe, when set, hears every document's Outcome (Observe).
	observe func(Outcome)
	// background: the work runs on low-priority threads (Background).
	background bool
}

// Defaults of the batch a Pipeline writes in one transaction.
const (
	DefaultBatchDocs = 128
	// DefaultBatchQuads closes a batch early when its documents have this
	// many quads.
	DefaultBatchQuads = 40_000
	// MaxPendingBytes bounds the memory held by documents extracted and
	// not yet written (an estimate: three times the text); a batch closes
	// early at a quarter of it.
	MaxPendingBytes = 256 << 20
	// DefaultBatchWait is the longest a document waits for others to join
	// its batch: a slow trickle of documents is still written promptly.
	DefaultBatchWait = 250 * time.Millisecond
	// DefaultDocTimeout is the time budget of one document's extraction
	// (DocTimeout). Extraction is linear in the text: a document of the
	// largest size accepted (8 MiB) takes a few seconds.
	DefaultDocTimeout = 60 * time.Second
	// StoreFailures is how many documents in a row the store may fail
	// (lookups or writes, with no success between them) before Run takes
	// it for an outage and stops with ErrStoreFailing.
	StoreFailures = 5
)

// Option configures a Pipeline.
type Option func(*Pipeline)

// Workers sets how many documents are extracted at once (default: one per core).
func Workers(n int) Option { return func(p *Pipeline) { p.workers = n } }

// Batch sets how many documents Run writes in one transaction at most
// (DefaultBatchDocs; 1 writes each document alone) and how long a document
// waits for others to fill its batch (DefaultBatchWait).
func Batch(docs int, wait time.Duration) Option {
	return func(p *Pipeline) { p.batchDocs, p.batchWait = docs, wait }
}

// DocTimeout sets the time budget of one document's extraction
// (DefaultDocTimeout; 0 or less: none). A document over it fails alone
// with ErrDocTimeout.
func DocTimeout(d time.Duration) Option { return func(p *Pipeline) { p.docTimeout = d } }

// WithExtractor extracts with wrap(x) instead of the extractor x given to
// New: a language model's that resolves names with x, or the union of x
// and another.
func WithExtractor(wrap func(x Extractor) Extractor) Option {
	return func(p *Pipeline) { p.x = wrap(p.x) }
}

// Notify adds a listener told about every document added or deleted.
func Notify(l Listener) Option { return func(p *Pipeline) { p.listeners = append(p.listeners, l) } }

// Observe sets fn to be called with the Outcome of every document the
// pipeline finishes, through Run or Ingest (metrics), before Run's onDone.
// It must be safe for concurrent use and quick.
func Observe(fn func(Outcome)) Option { return func(p *Pipeline) { p.observe = fn } }

// New returns a pipeline extracting with x and writing to st.
func New(x Extractor, st Store, opts ...Option) *Pipeline {
	p := &Pipeline{x: x, st: st, workers: runtime.GOMAXPROCS(0), batchDocs: DefaultBatchDocs, batchWait: DefaultBatchWait,
		docTimeout: DefaultDocTimeout}
	for _, o := range opts {
		o(p)
	}
	if p.workers < 1 {
		p.workers = 1
	}
	if p.batchDocs < 1 {
		p.batchDocs = 1
	}
	if p.batchWait <= 0 {
		p.batchWait = DefaultBatchWait
	}
	return p
}

// AddListener adds a listener after construction (the read side is often
// built after the pipeline that loads it).
// It is safe to call while the pipeline runs.
func (p *Pipeline) AddListener(l Listener) {
	p.listenMu.Lock()
	defer p.listenMu.Unlock()
	p.listeners = append(p.listeners[:len(p.listeners):len(p.listeners)], l)
}

// listening returns the listeners now. AddListener never changes a slice
// it returned (it appends to a copy), so it may be read without the lock.
func (p *Pipeline) listening() []Listener {
	p.listenMu.Lock()
	defer p.listenMu.Unlock()
	return p.listeners
}

// job is one document on its way from a worker to the writer.
type job struct {
	o       Outcome
	res     extract.Result
	write   bool  // extracted, to be written
	replace bool  // a different text is stored under the same ID
	quads   int   // an estimate, to size the batch
	bytes   int64 // an estimate of its memory, held from extraction to write
}

// Run reads the documents under paths with r and ingests each: one
// goroutine reads, Workers goroutines check the store and extract, and the
// calling goroutine writes batches of documents, each batch in one
// transaction, while the workers go on extracting. Every channel between
// them is bounded, so memory stays flat whatever the size of the input.
//
// onDone, if not nil, is called once per document, in the calling
// goroutine, as documents finish (after their batch has committed). Run
// returns the summary; its error is only for a run that could not go on,
// never for a bad document: the input could not be read, or the run was
// stopped (ErrInterrupted) because ctx was cancelled or the store failed
// (ErrStoreFailing). The documents a stop cuts short are reported
// Interrupted, not failed; running the same input again resumes.
func (p *Pipeline) Run(ctx context.Context, r *article.Reader, paths []string, onDone func(Outcome)) (Summary, error) {
	return p.RunInputs(ctx, func(ctx context.Context, emit func(Input) error) error {
		return r.Read(ctx, paths, func(it article.Item) error { return emit(Input{Item: it}) })
	}, onDone)
}

// RunInputs is Run over the documents read calls emit with, in order:
// articles to extract, or documents with their extraction given
// (Input.Result), which are stored as they are. read must return when emit
// returns an error (the run stopped) or ctx is done.
func (p *Pipeline) RunInputs(ctx context.Context, read func(ctx context.Context, emit func(Input) error) error, onDone func(Outcome)) (Summary, error) {
	start := time.Now()
	parent := ctx
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	items := make(chan Input, p.workers*2)
	jobs := make(chan job, 4*p.batchDocs+p.workers)
	pending := semaphore.NewWeighted(MaxPendingBytes)
	readDone := make(chan error, 1)
	go func() {
		defer close(items)
		readDone <- read(ctx, func(it Input) error {
			select {
			case items <- it:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	var wg sync.WaitGroup
	for range p.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if p.background {
				lowerThisThread() // for the life of this goroutine
			}
			for {
				var (
					it Input
					ok bool
				)
				// Stopped: do not wait for the reader, which may be
				// blocked on a quiet stdin until its writer sends more or
				// closes it.
				select {
				case it, ok = <-items:
				case <-ctx.Done():
				}
				if !ok {
					return
				}
				if it.Err != nil {
					jobs <- job{o: Outcome{Article: it.Article, Err: it.Err}}
					continue
				}
				j := p.prepare(ctx, it.Article, it.Result)
				if j.write {
					// Wait while the documents extracted and not yet
					// written hold MaxPendingBytes: a few huge documents
					// cannot fill memory. The writer releases as it
					// writes, also after ctx is done, so this returns.
					_ = pending.Acquire(context.Background(), j.bytes)
				}
				jobs <- j
			}
		}()
	}
	go func() { wg.Wait(); close(jobs) }()

	var s Summary
	t := tally{report: func(o Outcome) {
		s.add(o)
		if p.observe != nil {
			p.observe(o)
		}
		if onDone != nil {
			onDone(o)
		}
	}}
	done := func(o Outcome) {
		if err := t.done(ctx, o); err != nil {
			cancel(err) // stop reading and extracting; the rest drains
		}
	}
	w := writer{p: p, done: done, pending: pending}
	p.run(func() {
		timer := time.NewTimer(time.Hour)
		timer.Stop()
		for open := true; open; {
			select {
			case j, ok := <-jobs:
				if !ok {
					open = false
					break
				}
				if !j.write {
					done(j.o)
					break
				}
				if len(w.batch) == 0 {
					timer.Reset(p.batchWait)
				}
				w.batch = append(w.batch, j)
				w.quads += j.quads
				w.bytes += j.bytes
				if len(w.batch) >= p.batchDocs || w.quads >= DefaultBatchQuads || w.bytes >= MaxPendingBytes/4 {
					timer.Stop()
					w.flush(ctx)
				}
			case <-timer.C:
				w.flush(ctx)
			}
		}
		timer.Stop()
		w.flush(ctx)
		t.end()
	})
	s.Elapsed = time.Since(start)
	switch {
	case t.failing != nil:
		return s, t.failing
	case parent.Err() != nil:
		return s, fmt.Errorf("%w (%d documents not finished; run again to resume): %w", ErrInterrupted, s.Interrupted, parent.Err())
	}
	// Not stopped: the workers ended because the reader closed items.
	return s, <-readDone
}

// tally reports outcomes in the writer's goroutine, and tells a store
// outage from documents that fail alone: a store failure (a lookup or a
// write) is held back until the store succeeds again, when it is reported
// as the document's failure; StoreFailures in a row are an outage, and
// they and every document after them are reported Interrupted.
type tally struct {
	report  func(Outcome)
	streak  []Outcome // store failures since the store last succeeded
	failing error     // the outage, once taken for one
}

// done reports o, or holds it back. It returns the outage error when o
// completes one.
func (t *tally) done(ctx context.Context, o Outcome) error {
	if o.Err != nil && (t.failing != nil || ctx.Err() != nil && isCancel(o.Err)) {
		// Cut short by the stop, not failed: the next run picks it up.
		o.Err, o.Interrupted = nil, true
	}
	switch {
	case o.storeErr && o.Err != nil:
		t.streak = append(t.streak, o)
		if len(t.streak) < StoreFailures {
			return nil
		}
		t.failing = fmt.Errorf("%w: %w: %d documents in a row could not be looked up or written, stopped (run again to resume once it is back): %w",
			ErrInterrupted, ErrStoreFailing, len(t.streak), t.streak[0].Err)
		for _, h := range t.streak {
			h.Err, h.Interrupted = nil, true
			t.report(h)
		}
		t.streak = nil
		return t.failing
	case o.Added || o.Skipped:
		t.end() // the store answered: the failures held were the documents'
	}
	t.report(o)
	return nil
}

// end reports the store failures held back as the documents' failures.
func (t *tally) end() {
	for _, h := range t.streak {
		t.report(h)
	}
	t.streak = nil
}

// isCancel reports whether err is a context's cancellation or deadline.
func isCancel(err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}

// writer gathers extracted documents into batches and writes them.
type writer struct {
	p     *Pipeline
	done  func(Outcome)
	batch []job
	quads int
	bytes int64
	// pending is released by each document's bytes once it is written.
	pending *semaphore.Weighted
}

// flush writes the batch: in one transaction when the store is a Batcher,
// else document by document. Each document's outcome is reported after
// the write.
func (w *writer) flush(ctx context.Context) {
	if len(w.batch) == 0 {
		return
	}
	batch := w.batch
	w.batch, w.quads, w.bytes = w.batch[:0:0], 0, 0
	defer func() {
		for _, j := range batch {
			w.pending.Release(j.bytes)
		}
	}()
	b, ok := w.p.st.(Batcher)
	if !ok || len(batch) == 1 && !batch[0].replace {
		for _, j := range batch {
			w.report(ctx, w.p.write(ctx, j))
		}
		return
	}
	docs := make([]kg.Doc, len(batch))
	for i, j := range batch {
		docs[i] = kg.Doc{Article: j.o.Article, Result: j.res, Replace: j.replace}
	}
	res, err := b.AddDocuments(ctx, docs)
	for i, j := range batch {
		o := j.o
		switch {
		case err != nil && res[i].Err == nil && !res[i].Added:
			o.Err, o.storeErr = fmt.Errorf("%s: %w", o.Article.Source, err), true
		case res[i].Err != nil:
			o.Err = fmt.Errorf("%s: %w", o.Article.Source, res[i].Err)
			o.storeErr = !errors.Is(res[i].Err, kg.ErrInvalid)
		default:
			o.Added, o.Quads, o.Replaced, o.written = res[i].Added, res[i].Quads, res[i].Replaced, res[i].Written
			o.Skipped = !res[i].Added
		}
		w.report(ctx, o)
	}
}

// report tells the listeners about an added document (a replaced one is
// deleted, then added), then the caller.
func (w *writer) report(ctx context.Context, o Outcome) {
	if o.Added {
		w.p.tell(ctx, o)
	}
	o.written = nil
	w.done(o)
}

// tell tells the listeners that o's document was added (replaced: deleted,
// then added), with its quads to those that take them.
func (p *Pipeline) tell(ctx context.Context, o Outcome) {
	for _, l := range p.listening() {
		if o.Replaced {
			l.DocumentDeleted(ctx, o.Article.ID)
		}
		if ql, ok := l.(QuadListener); ok && o.written != nil {
			ql.DocumentWritten(ctx, o.Article.ID, o.written)
		} else {
			l.DocumentAdded(ctx, o.Article.ID)
		}
	}
}

func (s *Summary) add(o Outcome) {
	s.Documents++
	switch {
	case o.Interrupted:
		s.Interrupted++
	case o.Err != nil:
		s.Failed++
		s.Errors = append(s.Errors, o.Err)
	case o.Skipped:
		s.Skipped++
	case o.Added:
		s.Added++
		if o.Replaced {
			s.Replaced++
		}
		s.Entities += o.Entities
		s.Relations += o.Relations
		s.Quads += o.Quads
	default:
		s.Skipped++
	}
}

// prepare checks the store for the article and extracts it when it must
// be written: skipped when already stored (with the same text, when the
// store can tell), without extraction. given, when not nil, is the
// article's extraction (an import): it is not extracted.
func (p *Pipeline) prepare(ctx context.Context, a article.Article, given *extract.Result) job {
	j := job{o: Outcome{Article: a}}
	if ts, ok := p.st.(TextStore); ok {
		text, has, err := ts.StoredText(ctx, a.ID)
		if err != nil {
			j.o.Err, j.o.storeErr = fmt.Errorf("%s: %w", a.Source, err), true
			return j
		}
		if has && text == a.Text {
			j.o.Skipped = true
			return j
		}
		j.replace = has
	} else {
		has, err := p.st.HasDocument(ctx, a.ID)
		if err != nil {
			j.o.Err, j.o.storeErr = fmt.Errorf("%s: %w", a.Source, err), true
			return j
		}
		if has {
			j.o.Skipped = true
			return j
		}
	}
	var res extract.Result
	if given != nil {
		res = *given
	} else {
		var err error
		if res, err = p.extract(ctx, a); err != nil {
			j.o.Err = fmt.Errorf("%s: %w", a.Source, err)
			return j
		}
	}
	j.res, j.write = res, true
	j.o.Entities, j.o.Relations = len(res.Entities), len(res.Relations)
	// About what kg.DocumentQuads makes: a few per entity and mention,
	// about fifteen per relation evidence.
	j.quads = 8 + 4*len(res.Entities) + 16*len(res.Relations)
	for _, e := range res.Entities {
		j.quads += len(e.Mentions)
	}
	j.bytes = min(3*int64(len(a.Text))+int64(256*j.quads), MaxPendingBytes)
	return j
}

// write stores one extracted document in its own transaction.
func (p *Pipeline) write(ctx context.Context, j job) Outcome {
	o := j.o
	var (
		ar  kg.AddResult
		err error
	)
	if r, ok := p.st.(interface {
		ReplaceDocument(context.Context, article.Article, extract.Result) (kg.AddResult, error)
	}); ok && j.replace {
		ar, err = r.ReplaceDocument(ctx, o.Article, j.res)
		o.Replaced = err == nil && ar.Added
	} else {
		ar, err = p.st.AddDocument(ctx, o.Article, j.res)
	}
	if err != nil {
		o.Err, o.storeErr = fmt.Errorf("%s: %w", o.Article.Source, err), !errors.Is(err, kg.ErrInvalid)
		return o
	}
	o.Added, o.Quads, o.written = ar.Added, ar.Quads, ar.Written
	o.Skipped = !ar.Added
	return o
}

// ingest stores one article: skipped when already stored, otherwise
// extracted and written in one transaction.
func (p *Pipeline) ingest(ctx context.Context, a article.Article) Outcome {
	o := Outcome{Article: a}
	has, err := p.st.HasDocument(ctx, a.ID)
	if err != nil {
		o.Err = fmt.Errorf("%s: %w", a.Source, err)
		return o
	}
	if has {
		o.Skipped = true
		return o
	}
	res, err := p.extract(ctx, a)
	if err != nil {
		o.Err = fmt.Errorf("%s: %w", a.Source, err)
		return o
	}
	o.Entities, o.Relations = len(res.Entities), len(res.Relations)
	ar, err := p.st.AddDocument(ctx, a, res)
	if err != nil {
		o.Err = fmt.Errorf("%s: %w", a.Source, err)
		return o
	}
	o.Added, o.Quads, o.written = ar.Added, ar.Quads, ar.Written
	o.Skipped = !ar.Added
	if ar.Added {
		p.tell(ctx, o)
	}
	o.written = nil
	return o
}

// extract extracts a with the pipeline's extractor and time budget.
func (p *Pipeline) extract(ctx context.Context, a article.Article) (extract.Result, error) {
	return Extract(ctx, p.x, a, p.docTimeout)
}

// Extract runs x on a's text within the time budget (none when budget is
// 0 or less): over it, the error wraps ErrDocTimeout; when ctx is done
// first, ctx.Err(). A panic of the extractor becomes the document's error,
// so that the others go on.
func Extract(ctx context.Context, x Extractor, a article.Article, budget time.Duration) (res extract.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("extraction failed: %v", r)
		}
	}()
	if budget > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeoutCause(ctx, budget, ErrDocTimeout)
		defer cancel()
	}
	if ax, ok := x.(ArticleExtractor); ok {
		res, err = ax.ExtractArticle(ctx, a)
	} else {
		res, err = x.ExtractContext(ctx, a.Text)
	}
	if err != nil && errors.Is(context.Cause(ctx), ErrDocTimeout) {
		return extract.Result{}, fmt.Errorf("%w: extraction stopped after %s (%d bytes; raise the budget, or split the document): %w",
			ErrDocTimeout, budget, len(a.Text), err)
	}
	return res, err
}

// Ingest stores one document given as text (the GraphQL mutation). The text
// is normalised and identified like a file's; it returns the document ID and
// whether it was new.
func (p *Pipeline) Ingest(ctx context.Context, text, title, source string, published *time.Time) (string, bool, error) {
	a, err := article.Parse(nameFor(source), []byte(text))
	if err != nil {
		err = fmt.Errorf("%w: %w", ErrInvalid, err)
		if p.observe != nil {
			p.observe(Outcome{Article: article.Article{Source: source}, Err: err})
		}
		return "", false, err
	}
	if t := strings.TrimSpace(title); t != "" {
		a.Title = t
	}
	a.Source = source
	if published != nil {
		a.Published = published
	}
	var o Outcome
	p.run(func() { o = p.ingest(ctx, a) })
	if p.observe != nil {
		p.observe(o)
	}
	if o.Err != nil {
		return "", false, o.Err
	}
	return a.ID, o.Added, nil
}

// nameFor picks how to parse text given through the API: as HTML or
// Markdown when the source says so, else as text.
func nameFor(source string) string {
	s := strings.ToLower(source)
	for _, ext := range []string{".html", ".htm", ".md", ".markdown"} {
		if strings.HasSuffix(s, ext) {
			return source
		}
	}
	return "input.txt"
}

// Delete removes one document and exactly its quads.
func (p *Pipeline) Delete(ctx context.Context, id string) (bool, error) {
	ok, err := p.st.DeleteDocument(ctx, id)
	if err != nil {
		return false, fmt.Errorf("ingest.Delete %s: %w", id, err)
	}
	if ok {
		for _, l := range p.listening() {
			l.DocumentDeleted(ctx, id)
		}
	}
	return ok, nil
}
