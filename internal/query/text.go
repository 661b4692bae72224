package query

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/mapping"
	bquery "github.com/blevesearch/bleve/v2/search/query"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// Full-text search over document titles and texts, with bleve.
//
// Why bleve: it is the maintained Go search library (Couchbase's, v2.6 in
// 2026, Go 1.26 builds it here); bluge, its fork, has had no release since
// 2022. It gives English stemming, phrase queries from stored positions,
// highlights and an on-disk index (scorch) with atomic batches.
//
// The text index is kept beside the store like the read index: derived,
// rebuilt from the store when missing, and brought up to date when stale.
// With WithTextIndex(path) it lives on disk and New opens it, checks it
// against the visible documents (a fingerprint of their IDs, stored in the
// same batch as the documents) and indexes or drops only the difference;
// a path that does not open as an index is rebuilt. Without it, an index
// in memory is built on the first text question (reading every document's
// text from the store, once). Either way IndexDocument, DocumentWritten
// and UnindexDocument keep it fresh, and Reload checks it again.

// WithTextIndex keeps the full-text index in the folder path (created
// when missing), opened and checked by New; "" keeps it in memory, built
// by New. Without this option an index in memory is built on first use.
func WithTextIndex(path string) Option {
	return func(s *Service) { s.textPath, s.textEager = path, true }
}

// textIndex is the bleve index and the fingerprint of the documents in it.
//
// Ingests and deletes are queued and applied in batches by a goroutine
// (after textDelay), not one bleve batch per document under the
// Service's write lock: a one-document batch costs milliseconds, the read
// index's update microseconds. Every text question first applies what is
// queued, so an answer sees the writes made before it.
type textIndex struct {
	idx bleve.Index

	applyMu sync.Mutex // serialises apply; guards fp and n
	fp      uint64     // xor of docHash over the documents indexed
	n       uint64     // documents indexed

	qmu   sync.Mutex
	queue []textOp
	wake  chan struct{} // buffered: a write was queued
	done  chan struct{} // closed by close
	log   func(msg string, args ...any)
}

// textOp is one queued change: a document to index, or one to delete.
type textOp struct {
	doc textDoc
	del bool
}

// textDelay is how long the applying goroutine gathers changes: about a
// hundred documents at the rate of a busy ingest; bleve costs less per
// document in larger batches (BenchmarkTextIngest). Questions do not wait
// for it: they apply the queue themselves.
const textDelay = time.Second

var fpKey = []byte("newsgraph:fingerprint")

func docHash(id string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(id))
	return h.Sum64()
}

func textMapping() mapping.IndexMapping {
	field := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = en.AnalyzerName // English: stems plurals and tenses, drops stop words
		f.Store = true               // for highlights
		f.IncludeTermVectors = true  // positions, for phrases and highlights
		return f
	}
	doc := bleve.NewDocumentMapping()
	doc.AddFieldMappingsAt("title", field())
	doc.AddFieldMappingsAt("text", field())
	m := bleve.NewIndexMapping()
	m.DefaultMapping = doc
	m.DefaultAnalyzer = en.AnalyzerName
	return m
}

// openText opens the index at path (in memory when ""), creating it when
// missing and starting afresh when it does not open.
func openText(path string, log func(msg string, args ...any)) (*textIndex, error) {
	if path == "" {
		idx, err := bleve.NewMemOnly(textMapping())
		if err != nil {
			return nil, err
		}
		return newTextIndex(idx, log), nil
	}
	idx, err := bleve.Open(path)
	if errors.Is(err, bleve.ErrorIndexPathDoesNotExist) {
		idx, err = bleve.New(path, textMapping())
	} else if err != nil {
		log("text index does not open; rebuilding it", "path", path, "err", err)
		if rmErr := os.RemoveAll(path); rmErr != nil {
			return nil, fmt.Errorf("text index %s: %w", path, errors.Join(err, rmErr))
		}
		idx, err = bleve.New(path, textMapping())
	}
	if err != nil {
		return nil, fmt.Errorf("text index %s: %w", path, err)
	}
	ti := newTextIndex(idx, log)
	if b, err := idx.GetInternal(fpKey); err == nil && len(b) == 16 {
		ti.fp, ti.n = binary.BigEndian.Uint64(b), binary.BigEndian.Uint64(b[8:])
	}
	return ti, nil
}

func newTextIndex(idx bleve.Index, log func(msg string, args ...any)) *textIndex {
	ti := &textIndex{idx: idx, wake: make(chan struct{}, 1), done: make(chan struct{}), log: log}
	go ti.run()
	return ti
}

func (ti *textIndex) run() {
	for {
		select {
		case <-ti.done:
			return
		case <-ti.wake:
		}
		select {
		case <-ti.done:
			return
		case <-time.After(textDelay):
		}
		if err := ti.flush(); err != nil {
			ti.log("text index not updated", "err", err)
		}
	}
}

func (ti *textIndex) enqueue(op textOp) {
	ti.qmu.Lock()
	ti.queue = append(ti.queue, op)
	ti.qmu.Unlock()
	select {
	case ti.wake <- struct{}{}:
	default:
	}
}

// flush applies the queued changes.
func (ti *textIndex) flush() error {
	ti.qmu.Lock()
	ops := ti.queue
	ti.queue = nil
	ti.qmu.Unlock()
	if len(ops) == 0 {
		return nil
	}
	return ti.applyOps(ops)
}

// close applies what is queued, stops the goroutine and closes the index.
func (ti *textIndex) close() error {
	close(ti.done)
	err := ti.flush()
	return errors.Join(err, ti.idx.Close())
}

func (ti *textIndex) fpBytes() []byte {
	b := make([]byte, 16)
	binary.BigEndian.PutUint64(b, ti.fp)
	binary.BigEndian.PutUint64(b[8:], ti.n)
	return b
}

type textDoc struct{ id, title, text string }

// apply indexes and deletes documents in one batch, with the fingerprint.
func (ti *textIndex) apply(add []textDoc, del []string) error {
	ops := make([]textOp, 0, len(add)+len(del))
	for _, d := range add {
		ops = append(ops, textOp{doc: d})
	}
	for _, id := range del {
		ops = append(ops, textOp{doc: textDoc{id: id}, del: true})
	}
	return ti.applyOps(ops)
}

// applyOps applies changes in order in one batch (a later change of a
// document replaces an earlier one), with the fingerprint: each change
// flips the document's presence, so it flips the document's hash.
func (ti *textIndex) applyOps(ops []textOp) error {
	ti.applyMu.Lock()
	defer ti.applyMu.Unlock()
	b := ti.idx.NewBatch()
	fp, n := ti.fp, ti.n
	for _, op := range ops {
		if op.del {
			b.Delete(op.doc.id)
			n--
		} else {
			if err := b.Index(op.doc.id, map[string]any{"title": op.doc.title, "text": op.doc.text}); err != nil {
				return err
			}
			n++
		}
		fp ^= docHash(op.doc.id)
	}
	old := [2]uint64{ti.fp, ti.n}
	ti.fp, ti.n = fp, n
	b.SetInternal(fpKey, ti.fpBytes())
	if err := ti.idx.Batch(b); err != nil {
		ti.fp, ti.n = old[0], old[1]
		return err
	}
	return nil
}

// ids lists the documents in the index.
func (ti *textIndex) ids(ctx context.Context) (map[string]bool, error) {
	n, err := ti.idx.DocCount()
	if err != nil {
		return nil, err
	}
	req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), int(n)+1, 0, false)
	res, err := ti.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	out := make(map[string]bool, len(res.Hits))
	for _, h := range res.Hits {
		out[h.ID] = true
	}
	return out, nil
}

// syncText brings the text index in line with the documents of the read
// index, reading from the store the texts it lacks. The caller holds
// writeMu, so that no document comes or goes meanwhile.
func (s *Service) syncText(ctx context.Context, ti *textIndex) error {
	start := time.Now()
	type want struct{ title string }
	docs := map[string]want{}
	var fp uint64
	for _, d := range s.ix.docs {
		if d != nil {
			docs[d.id] = want{d.title}
			fp ^= docHash(d.id)
		}
	}
	if err := ti.flush(); err != nil {
		return err
	}
	ti.applyMu.Lock()
	same := ti.fp == fp && ti.n == uint64(len(docs))
	ti.applyMu.Unlock()
	if n, err := ti.idx.DocCount(); err == nil && same && n == uint64(len(docs)) {
		return nil
	}
	have, err := ti.ids(ctx)
	if err != nil {
		return err
	}
	// Rebase the fingerprint on what the index really holds.
	ti.applyMu.Lock()
	ti.fp, ti.n = 0, 0
	for id := range have {
		ti.fp ^= docHash(id)
		ti.n++
	}
	ti.applyMu.Unlock()
	var del []string
	for id := range have {
		if _, ok := docs[id]; !ok {
			del = append(del, id)
		}
	}
	var missing []string
	for id := range docs {
		if !have[id] {
			missing = append(missing, id)
		}
	}
	sort.Strings(missing)
	const batch = 1024
	for i := 0; i < len(missing) || i == 0; i += batch {
		var add []textDoc
		for _, id := range missing[i:min(i+batch, len(missing))] {
			text, err := s.storedText(ctx, id)
			if err != nil {
				return err
			}
			add = append(add, textDoc{id: id, title: docs[id].title, text: text})
		}
		if err := ti.apply(add, del); err != nil {
			return err
		}
		del = nil
		if len(missing) == 0 {
			break
		}
	}
	s.log.Info("text index brought up to date", "documents", len(docs), "added", len(missing),
		"took", time.Since(start).Round(time.Millisecond))
	return nil
}

// storedText reads a document's text from the store.
func (s *Service) storedText(ctx context.Context, id string) (string, error) {
	node := docNode(id)
	attrs, err := attributes(ctx, s.qs, node, node, kg.PredText)
	if err != nil {
		return "", fmt.Errorf("text of %s: %w", id, err)
	}
	return attrs[kg.PredText], nil
}

// textIndex returns the text index, building it (in memory, or from
// WithTextIndex's folder) on first use.
func (s *Service) textIdx(ctx context.Context) (*textIndex, error) {
	s.textMu.Lock()
	ti := s.text
	s.textMu.Unlock()
	if ti != nil {
		return ti, nil
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	return s.openTextLocked(ctx)
}

// errTextClosed answers text questions after Close.
var errTextClosed = errors.New("the text index is closed")

// openTextLocked opens and syncs the text index; the caller holds writeMu.
func (s *Service) openTextLocked(ctx context.Context) (*textIndex, error) {
	s.textMu.Lock()
	ti, closed := s.text, s.textClosed
	s.textMu.Unlock()
	if ti != nil {
		return ti, nil
	}
	if closed {
		return nil, errTextClosed
	}
	ti, err := openText(s.textPath, func(msg string, args ...any) { s.log.Warn(msg, args...) })
	if err != nil {
		return nil, err
	}
	if err := s.syncText(ctx, ti); err != nil {
		_ = ti.close()
		return nil, fmt.Errorf("text index: %w", err)
	}
	s.textMu.Lock()
	s.text = ti
	s.textMu.Unlock()
	return ti, nil
}

// loadedText is the text index when it is built, else nil.
func (s *Service) loadedText() *textIndex {
	s.textMu.Lock()
	defer s.textMu.Unlock()
	return s.text
}

// textAdded queues a document just added to the read index for the text
// index; the caller holds writeMu. text is read from the store when not
// given.
func (s *Service) textAdded(ctx context.Context, id, title string, text *string) {
	ti := s.loadedText()
	if ti == nil {
		return
	}
	var t string
	if text != nil {
		t = *text
	} else {
		var err error
		if t, err = s.storedText(ctx, id); err != nil {
			s.log.ErrorContext(ctx, "text index not updated", "document", id, "err", err)
			return
		}
	}
	ti.enqueue(textOp{doc: textDoc{id: id, title: title, text: t}})
}

// textDeleted drops a document from the text index (queued); the caller
// holds writeMu.
func (s *Service) textDeleted(ctx context.Context, id string) {
	if ti := s.loadedText(); ti != nil {
		ti.enqueue(textOp{doc: textDoc{id: id}, del: true})
	}
}

// Close closes the text index (its folder, with WithTextIndex). The
// Service answers no text question afterwards.
func (s *Service) Close() error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	s.textMu.Lock()
	ti := s.text
	s.text = nil
	s.textClosed = true
	s.textMu.Unlock()
	if ti == nil {
		return nil
	}
	return ti.close()
}

// maxTextQuery bounds a full-text query.
const maxTextQuery = 1000

// textQuery parses a search: words and "quoted phrases" that must all
// match (bleve's query string syntax with + added before every clause that
// has no + or -), -word excluded, title:word and text:word for one field.
func textQuery(q string) (bquery.Query, error) {
	q = strings.TrimSpace(q)
	if q == "" || len(q) > maxTextQuery {
		return nil, fmt.Errorf("search text must have 1 to %d bytes: %w", maxTextQuery, ErrBadInput)
	}
	var b strings.Builder
	rs := []rune(q)
	for i := 0; i < len(rs); {
		if unicode.IsSpace(rs[i]) {
			i++
			continue
		}
		j := i
		inQuote := false
		for j < len(rs) && (inQuote || !unicode.IsSpace(rs[j])) {
			if rs[j] == '"' {
				inQuote = !inQuote
			}
			j++
		}
		clause := string(rs[i:j])
		if inQuote {
			clause += `"`
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		if clause[0] != '+' && clause[0] != '-' {
			b.WriteByte('+')
		}
		b.WriteString(clause)
		i = j
	}
	qq := bleve.NewQueryStringQuery(b.String())
	if _, err := qq.Parse(); err != nil {
		return nil, fmt.Errorf("search text %q: %v: %w", q, err, ErrBadInput)
	}
	return qq, nil
}

type textHit struct {
	id    string
	score float64
}

// match returns every document matching the query, with its score.
func (ti *textIndex) match(ctx context.Context, q bquery.Query) ([]textHit, error) {
	n, err := ti.idx.DocCount()
	if err != nil {
		return nil, err
	}
	res, err := ti.idx.SearchInContext(ctx, bleve.NewSearchRequestOptions(q, int(n)+1, 0, false))
	if err != nil {
		return nil, err
	}
	out := make([]textHit, len(res.Hits))
	for i, h := range res.Hits {
		out[i] = textHit{h.ID, h.Score}
	}
	return out, nil
}

// highlights returns the highlighted fragments (<mark>…</mark>) of the
// documents, title first.
func (ti *textIndex) highlights(ctx context.Context, q bquery.Query, ids []string) (map[string][]string, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(q, bleve.NewDocIDQuery(ids)), len(ids), 0, false)
	req.Highlight = bleve.NewHighlightWithStyle("html")
	req.Highlight.Fields = []string{"title", "text"}
	res, err := ti.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	out := map[string][]string{}
	for _, h := range res.Hits {
		for _, f := range []string{"title", "text"} {
			out[h.ID] = append(out[h.ID], h.Fragments[f]...)
		}
	}
	return out, nil
}

// resolveText looks the filter's Text up in the text index, so that
// compile can select the matching documents.
func (s *Service) resolveText(ctx context.Context, f Filter) (Filter, error) {
	f.textDocs = nil
	if strings.TrimSpace(f.Text) == "" {
		return f, nil
	}
	q, err := textQuery(f.Text)
	if err != nil {
		return f, err
	}
	ti, err := s.textIdx(ctx)
	if err == nil {
		err = ti.flush()
	}
	if err != nil {
		return f, err
	}
	hits, err := ti.match(ctx, q)
	if err != nil {
		return f, err
	}
	f.textDocs = make(map[string]struct{}, len(hits))
	for _, h := range hits {
		f.textDocs[h.id] = struct{}{}
	}
	return f, nil
}

// DocumentHit is a document found by SearchDocuments.
type DocumentHit struct {
	Document   Document
	Score      float64  // bleve's relevance (tf-idf), higher is better
	Highlights []string // fragments of the title, then the text, with the matches in <mark>…</mark>
}

// SearchDocuments finds documents by full text, most relevant first, among
// those the filter selects (as ListDocuments does). The query is words
// and "quoted phrases" that must all occur (English stemming: "sanctions"
// finds "sanctioned"), -word to exclude, title:word for the title only.
func (s *Service) SearchDocuments(ctx context.Context, text string, dq DocumentQuery, p Page) (Paged[DocumentHit], error) {
	const op = "query.SearchDocuments"
	if err := checkPage(p, s.limits.MaxPage); err != nil {
		return Paged[DocumentHit]{}, fmt.Errorf("%s: %w", op, err)
	}
	q, err := textQuery(text)
	if err != nil {
		return Paged[DocumentHit]{}, fmt.Errorf("%s: %w", op, err)
	}
	ti, err := s.textIdx(ctx)
	if err == nil {
		err = ti.flush()
	}
	if err != nil {
		return Paged[DocumentHit]{}, fmt.Errorf("%s: %w", op, err)
	}
	hits, err := ti.match(ctx, q)
	if err != nil {
		return Paged[DocumentHit]{}, fmt.Errorf("%s: %w", op, err)
	}
	f, err := s.resolveText(ctx, dq.Filter)
	if err != nil {
		return Paged[DocumentHit]{}, fmt.Errorf("%s: %w", op, err)
	}
	s.mu.RLock()
	ix := s.ix
	cf, err := ix.compile(f)
	if err != nil {
		s.mu.RUnlock()
		return Paged[DocumentHit]{}, fmt.Errorf("%s: %w", op, err)
	}
	var only map[int32]struct{}
	if dq.Entity != "" {
		ei, ok := ix.lookup(dq.Entity)
		if !ok || !ix.ents[ei].visible() {
			s.mu.RUnlock()
			return Paged[DocumentHit]{}, fmt.Errorf("%s: entity %s: %w", op, dq.Entity, ErrNotFound)
		}
		only = ix.ents[ei].docs
	}
	items := make([]keyed[DocumentHit], 0, len(hits))
	for _, h := range hits {
		di, ok := ix.docByID[h.id]
		if !ok {
			continue
		}
		if _, in := only[di]; only != nil && !in {
			continue
		}
		d := ix.docs[di]
		if !ix.docSelected(d, cf) {
			continue
		}
		// Higher scores first: the bits of a positive float sort as it does.
		key := fmt.Sprintf("%016x|%s", ^math.Float64bits(math.Max(h.score, 0)), h.id)
		items = append(items, keyed[DocumentHit]{key: key, item: DocumentHit{Document: ix.docValue(d), Score: h.score}})
	}
	s.mu.RUnlock()
	page, err := paginate(items, "t", p, s.limits.MaxPage, func(h DocumentHit) DocumentHit { return h })
	if err != nil {
		return page, fmt.Errorf("%s: %w", op, err)
	}
	ids := make([]string, len(page.Items))
	for i, h := range page.Items {
		ids[i] = h.Document.ID
	}
	hl, err := ti.highlights(ctx, q, ids)
	if err != nil {
		return page, fmt.Errorf("%s: %w", op, err)
	}
	for i := range page.Items {
		page.Items[i].Highlights = hl[page.Items[i].Document.ID]
	}
	return page, ctx.Err()
}
