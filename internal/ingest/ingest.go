// Package ingest is the pipeline from documents to the store: it reads
// articles, extracts them on every core, and writes each one into the
// knowledge graph in its own transaction. A document already stored is
// skipped by its ID before it is extracted; a document that fails, fails
// alone.
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

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/kg"
)

// Extractor turns a normalised text into entities and relations.
type Extractor interface {
	Extract(text string) extract.Result
}

// Store is the part of the knowledge graph the pipeline writes to.
type Store interface {
	HasDocument(ctx context.Context, id string) (bool, error)
	AddDocument(ctx context.Context, a article.Article, r extract.Result) (kg.AddResult, error)
	DeleteDocument(ctx context.Context, id string) (bool, error)
}

// Listener hears about documents added to and deleted from the store, after
// the write has committed (read-side indexes, subscriptions).
type Listener interface {
	DocumentAdded(ctx context.Context, id string)
	DocumentDeleted(ctx context.Context, id string)
}

// ErrInvalid marks input the pipeline refuses (empty or non-UTF-8 text).
var ErrInvalid = errors.New("invalid document")

// Outcome is what happened to one document.
type Outcome struct {
	Article   article.Article
	Added     bool // written now
	Skipped   bool // already in the store: not extracted again
	Entities  int
	Relations int
	Quads     int
	Err       error // the document failed; the others go on
}

// Summary counts a whole run.
type Summary struct {
	Documents int // documents read (failed ones included)
	Added     int
	Skipped   int
	Failed    int
	Entities  int
	Relations int
	Quads     int
	Elapsed   time.Duration
	Errors    []error
}

// String is the one-line summary the CLI prints.
func (s Summary) String() string {
	return fmt.Sprintf("%d documents (%d added, %d already stored, %d failed), %d entities, %d relations, %d quads in %s",
		s.Documents, s.Added, s.Skipped, s.Failed, s.Entities, s.Relations, s.Quads, s.Elapsed.Round(time.Millisecond))
}

// Pipeline ingests documents into a Store. It is safe for concurrent use.
type Pipeline struct {
	x         Extractor
	st        Store
	workers   int
	listeners []Listener
}

// Option configures a Pipeline.
type Option func(*Pipeline)

// Workers sets how many documents are extracted at once (default: one per core).
func Workers(n int) Option { return func(p *Pipeline) { p.workers = n } }

// Notify adds a listener told about every document added or deleted.
func Notify(l Listener) Option { return func(p *Pipeline) { p.listeners = append(p.listeners, l) } }

// New returns a pipeline extracting with x and writing to st.
func New(x Extractor, st Store, opts ...Option) *Pipeline {
	p := &Pipeline{x: x, st: st, workers: runtime.GOMAXPROCS(0)}
	for _, o := range opts {
		o(p)
	}
	if p.workers < 1 {
		p.workers = 1
	}
	return p
}

// AddListener adds a listener after construction (the read side is often
// built after the pipeline that loads it).
func (p *Pipeline) AddListener(l Listener) { p.listeners = append(p.listeners, l) }

// Run reads the documents under paths with r and ingests each. onDone, if
// not nil, is called once per document, in one goroutine, as documents
// finish. Run returns the summary; its error is only for a run that could
// not go on (ctx cancelled), never for a bad document.
func (p *Pipeline) Run(ctx context.Context, r *article.Reader, paths []string, onDone func(Outcome)) (Summary, error) {
	start := time.Now()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	items := make(chan article.Item, p.workers*2)
	outcomes := make(chan Outcome, p.workers*2)
	var readErr error
	go func() {
		defer close(items)
		readErr = r.Read(ctx, paths, func(it article.Item) error {
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
			for it := range items {
				o := Outcome{Article: it.Article, Err: it.Err}
				if o.Err == nil {
					o = p.ingest(ctx, it.Article)
				}
				outcomes <- o
			}
		}()
	}
	go func() { wg.Wait(); close(outcomes) }()

	var s Summary
	for o := range outcomes {
		s.add(o)
		if onDone != nil {
			onDone(o)
		}
	}
	s.Elapsed = time.Since(start)
	if readErr != nil && !errors.Is(readErr, context.Canceled) {
		return s, readErr
	}
	return s, ctx.Err()
}

func (s *Summary) add(o Outcome) {
	s.Documents++
	switch {
	case o.Err != nil:
		s.Failed++
		s.Errors = append(s.Errors, o.Err)
	case o.Skipped:
		s.Skipped++
	case o.Added:
		s.Added++
		s.Entities += o.Entities
		s.Relations += o.Relations
		s.Quads += o.Quads
	default:
		s.Skipped++
	}
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
	res, err := p.extract(a)
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
	o.Added, o.Quads = ar.Added, ar.Quads
	o.Skipped = !ar.Added
	if ar.Added {
		for _, l := range p.listeners {
			l.DocumentAdded(ctx, a.ID)
		}
	}
	return o
}

// extract runs the extractor, turning a panic on one document into that
// document's error so that the batch goes on.
func (p *Pipeline) extract(a article.Article) (res extract.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("extraction failed: %v", r)
		}
	}()
	return p.x.Extract(a.Text), nil
}

// Ingest stores one document given as text (the GraphQL mutation). The text
// is normalised and identified like a file's; it returns the document ID and
// whether it was new.
func (p *Pipeline) Ingest(ctx context.Context, text, title, source string, published *time.Time) (string, bool, error) {
	a, err := article.Parse(nameFor(source), []byte(text))
	if err != nil {
		return "", false, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	if t := strings.TrimSpace(title); t != "" {
		a.Title = t
	}
	a.Source = source
	if published != nil {
		a.Published = published
	}
	o := p.ingest(ctx, a)
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
		for _, l := range p.listeners {
			l.DocumentDeleted(ctx, id)
		}
	}
	return ok, nil
}
