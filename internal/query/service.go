package query

import (
	"context"
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// Limits bound every question the Service answers.
type Limits struct {
	MaxPage  int // largest page (first) of any list
	MaxDepth int // deepest neighbourhood
	MaxNodes int // most nodes in a neighbourhood or subgraph
	MaxHops  int // longest path
	MaxPaths int // most paths
}

// DefaultLimits returns the limits used unless WithLimits says otherwise.
func DefaultLimits() Limits {
	return Limits{MaxPage: 500, MaxDepth: 3, MaxNodes: 5000, MaxHops: 6, MaxPaths: 20}
}

// Option configures a Service.
type Option func(*Service)

// WithLimits replaces DefaultLimits(); zero fields keep the default.
func WithLimits(l Limits) Option {
	return func(s *Service) {
		if l.MaxPage > 0 {
			s.limits.MaxPage = l.MaxPage
		}
		if l.MaxDepth > 0 {
			s.limits.MaxDepth = l.MaxDepth
		}
		if l.MaxNodes > 0 {
			s.limits.MaxNodes = l.MaxNodes
		}
		if l.MaxHops > 0 {
			s.limits.MaxHops = l.MaxHops
		}
		if l.MaxPaths > 0 {
			s.limits.MaxPaths = l.MaxPaths
		}
	}
}

// WithLogger sets the logger (default slog.Default()).
func WithLogger(l *slog.Logger) Option { return func(s *Service) { s.log = l } }

// Service answers read questions over a quad store written by internal/kg.
// It is safe for concurrent use. The store stays the only copy of every
// fact: the Service's index is rebuilt from it by New and Reload and kept
// fresh by IndexDocument and UnindexDocument (or their listener forms
// DocumentAdded, DocumentWritten and DocumentDeleted), which whoever writes
// the store must call after each committed write.
type Service struct {
	qs     graph.QuadStore
	limits Limits
	log    *slog.Logger

	// writeMu serialises the writers of ix (IndexDocument,
	// UnindexDocument, Reload). A writer holding it may read ix without mu,
	// since nobody else changes it, and takes mu (lockIndex) only for the
	// moment it changes ix, so readers wait microseconds, not for a
	// document's read from the store or a rebuild.
	writeMu sync.Mutex
	mu      sync.RWMutex // guards ix
	ix      *index

	statsMu sync.Mutex // guards stats
	stats   *cachedStats

	analyses  analysisCache // graph analytics per index version and filter
	sentences sentenceCache // evidence sentences read from the store

	// The full-text index (text.go): nil until built. textMu guards text
	// and textClosed; changes to the index itself happen under writeMu.
	textMu     sync.Mutex
	text       *textIndex
	textClosed bool
	textPath   string // WithTextIndex's folder, "" in memory
	textEager  bool   // WithTextIndex: built by New

	hub hub

	merges MergeStore
}

// New builds a Service over the store, reading every quad once to build its
// index.
func New(ctx context.Context, qs graph.QuadStore, opts ...Option) (*Service, error) {
	s := &Service{qs: qs, limits: DefaultLimits(), log: slog.Default(), ix: newIndex()}
	for _, o := range opts {
		o(s)
	}
	if s.merges == nil {
		s.merges = quadStoreMerges{qs}
	}
	if err := s.Reload(ctx); err != nil {
		return nil, err
	}
	if s.textEager {
		if _, err := s.textIdx(ctx); err != nil {
			return nil, fmt.Errorf("query.New: %w", err)
		}
	}
	return s, nil
}

// Reload rebuilds the index from a full scan of the store, for stores
// written by another process.
//
// Documents indexed while it scans wait for it, so that none is lost.
func (s *Service) Reload(ctx context.Context) error {
	const op = "query.Reload"
	start := time.Now()
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	docs, err := scanAll(ctx, s.qs)
	if err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	l, err := s.readLinks(ctx)
	if err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	scanned := time.Since(start)
	ix := newIndex()
	ix.setLinks(l)
	ix.search = nil // built once at the end, not entity by entity
	for _, d := range sortedDocs(docs) {
		if d.complete {
			ix.add(d)
		}
	}
	// The automatic links read the documents as extracted: known now.
	if l.auto = ix.autoLinks(l.manual, l.apart); len(l.auto) > 0 {
		again := map[string]bool{}
		for short := range l.auto {
			for di := range ix.names.docs[short] {
				again[ix.docs[di].id] = true
			}
		}
		ix.setLinks(l)
		for _, id := range slices.Sorted(maps.Keys(again)) {
			ix.add(docs[id])
		}
	}
	ix.search = buildSearch(ix)
	s.lockIndex()
	ix.version = s.ix.version + 1
	s.ix = ix
	s.mu.Unlock()
	if ti := s.loadedText(); ti != nil {
		if err := s.syncText(ctx, ti); err != nil {
			return fmt.Errorf("%s: %w", op, err)
		}
	}
	s.log.Info("query index built", "documents", len(ix.docByID), "entities", len(ix.entByID),
		"relations", len(ix.rels), "merges", len(ix.links.manual), "automatic", len(ix.links.auto), "scan", scanned, "took", time.Since(start))
	return nil
}

// maxWriteWait bounds how long lockIndex lets readers go first.
const maxWriteWait = 50 * time.Millisecond

// lockIndex locks mu for writing. A writer blocked in RWMutex.Lock holds
// back every new reader until the readers ahead of it are done, and a
// traversal can read for tens of milliseconds: a search arriving then
// would wait for both. So the writer polls TryLock with a growing pause,
// letting readers in, and queues with Lock only after maxWriteWait.
func (s *Service) lockIndex() {
	if s.mu.TryLock() {
		return
	}
	deadline := time.Now().Add(maxWriteWait)
	for pause := 10 * time.Microsecond; ; pause = min(2*pause, time.Millisecond) {
		time.Sleep(pause)
		if s.mu.TryLock() {
			return
		}
		if time.Now().After(deadline) {
			s.mu.Lock()
			return
		}
	}
}

// maintainSearch rebuilds the search index when its delta has outgrown
// it, without holding mu: the caller holds writeMu, so ix does not change
// under the build. Only the swap takes mu.
func (s *Service) maintainSearch() {
	if s.ix.search == nil || !s.ix.search.stale() {
		return
	}
	si := buildSearch(s.ix)
	s.lockIndex()
	s.ix.search = si
	s.mu.Unlock()
}

func sortedDocs(m map[string]*docData) []*docData {
	out := make([]*docData, 0, len(m))
	for _, d := range m {
		out = append(out, d)
	}
	sortBy(out, func(d *docData) string { return d.id })
	return out
}

// IndexDocument reads a document the store just committed into the index
// and tells subscribers. It is idempotent: a document already indexed is
// left alone, and an incomplete or absent document is ignored.
func (s *Service) IndexDocument(ctx context.Context, id string) error {
	const op = "query.IndexDocument"
	s.mu.RLock()
	_, known := s.ix.docByID[id]
	s.mu.RUnlock()
	if known {
		return nil
	}
	d, err := loadDocument(ctx, s.qs, id)
	if err != nil {
		return fmt.Errorf("%s %s: %w", op, id, err)
	}
	s.index(ctx, id, d)
	return nil
}

// DocumentWritten indexes a document from its quads as just written
// (kg.AddResult.Written), without reading the store: the ingest pipeline's
// hook (ingest.QuadListener). The quads must be all the document's quads
// in the store, as for IndexDocument. It is idempotent.
func (s *Service) DocumentWritten(ctx context.Context, id string, quads []quad.Quad) {
	s.mu.RLock()
	_, known := s.ix.docByID[id]
	s.mu.RUnlock()
	if known {
		return
	}
	s.index(ctx, id, docFromQuads(id, quads))
}

// index adds a document read from the store or from its written quads,
// unless it is incomplete or indexed already, and publishes its relations.
func (s *Service) index(ctx context.Context, id string, d *docData) {
	if !d.complete {
		return
	}
	s.writeMu.Lock()
	if _, known := s.ix.docByID[id]; known {
		s.writeMu.Unlock()
		return
	}
	s.lockIndex()
	changed := s.ix.add(d)
	s.mu.Unlock()
	s.maintainSearch()
	s.textAdded(ctx, id, d.title, d.text)
	s.relinkShort(ctx, shortKeys(rawIDs(d), acronymsOf(d)))
	s.writeMu.Unlock()
	s.publish(id, changed)
}

// UnindexDocument drops a document the store just deleted from the index.
// It is idempotent.
func (s *Service) UnindexDocument(ctx context.Context, id string) error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if _, known := s.ix.docByID[id]; !known {
		return ctx.Err()
	}
	dd := s.ix.docs[s.ix.docByID[id]]
	keys := shortKeys(dd.raw, dd.acr)
	s.lockIndex()
	s.ix.remove(id)
	s.mu.Unlock()
	s.maintainSearch()
	s.textDeleted(ctx, id)
	s.relinkShort(ctx, keys)
	return ctx.Err()
}

// DocumentAdded is IndexDocument for the ingest pipeline's listener hook:
// a failure is logged, and the next Reload repairs it.
func (s *Service) DocumentAdded(ctx context.Context, id string) {
	if err := s.IndexDocument(ctx, id); err != nil {
		s.log.ErrorContext(ctx, "query index not updated", "document", id, "err", err)
	}
}

// DocumentDeleted is UnindexDocument for the ingest pipeline's listener hook.
func (s *Service) DocumentDeleted(ctx context.Context, id string) {
	_ = s.UnindexDocument(ctx, id) // fails only when ctx is done, after the work
}

// Limits returns the limits in force.
func (s *Service) Limits() Limits { return s.limits }

// Entity returns one visible entity.
func (s *Service) Entity(ctx context.Context, id string) (Entity, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	ei, ok := s.ix.lookup(id)
	if !ok || !s.ix.ents[ei].visible() {
		return Entity{}, fmt.Errorf("query.Entity %s: %w", id, ErrNotFound)
	}
	return s.ix.entityValue(ei), ctx.Err()
}

// Entities returns the entities with the given IDs, in order, with
// ErrNotFound for those not visible: the batch form for dataloaders.
func (s *Service) Entities(ctx context.Context, ids []string) ([]Entity, []error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out, errs := make([]Entity, len(ids)), make([]error, len(ids))
	for i, id := range ids {
		ei, ok := s.ix.lookup(id)
		if !ok || !s.ix.ents[ei].visible() {
			errs[i] = fmt.Errorf("query.Entities %s: %w", id, ErrNotFound)
			continue
		}
		out[i] = s.ix.entityValue(ei)
	}
	return out, errs
}

// ListEntities lists visible entities ordered by ID, optionally only those
// of one type and those whose normalised name or alias contains search.
func (s *Service) ListEntities(ctx context.Context, search, typ string, p Page) (Paged[Entity], error) {
	const op = "query.ListEntities"
	q := normalize(search)
	s.mu.RLock()
	defer s.mu.RUnlock()
	ix := s.ix
	var match map[int32]bool
	if q != "" {
		match = map[int32]bool{}
		for _, k := range ix.search.keys {
			if k.ent >= 0 && strings.Contains(k.s, q) {
				match[k.ent] = true
			}
		}
	}
	items := make([]keyed[int32], 0, len(ix.ents))
	for ei, e := range ix.ents {
		if !e.visible() || typ != "" && e.typ != typ {
			continue
		}
		if match != nil && !match[int32(ei)] {
			continue
		}
		items = append(items, keyed[int32]{key: e.id, item: int32(ei)})
	}
	page, err := paginate(items, "e", p, s.limits.MaxPage, ix.entityValue)
	if err != nil {
		return page, fmt.Errorf("%s: %w", op, err)
	}
	return page, ctx.Err()
}

// Document returns one visible document.
func (s *Service) Document(ctx context.Context, id string) (Document, error) {
	docs, errs := s.Documents(ctx, []string{id})
	return docs[0], errs[0]
}

// Documents returns the documents with the given IDs, in order, with
// ErrNotFound for those not visible.
func (s *Service) Documents(ctx context.Context, ids []string) ([]Document, []error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out, errs := make([]Document, len(ids)), make([]error, len(ids))
	for i, id := range ids {
		di, ok := s.ix.docByID[id]
		if !ok {
			errs[i] = fmt.Errorf("query.Document %s: %w", id, ErrNotFound)
			continue
		}
		out[i] = s.ix.docValue(s.ix.docs[di])
	}
	return out, errs
}

// DocumentQuery selects documents for ListDocuments.
type DocumentQuery struct {
	Entity string // only the documents mentioning it, when set
	// Filter keeps the documents passing its document part (Sources,
	// Outlets, Text, publication range, Document) and, when it selects on
	// relations too (predicates, CAMEO, ...), supporting at least one
	// evidence passing it.
	Filter Filter
}

// ListDocuments lists visible documents, newest first (undated last), then
// by ID.
func (s *Service) ListDocuments(ctx context.Context, dq DocumentQuery, p Page) (Paged[Document], error) {
	const op = "query.ListDocuments"
	f, err := s.resolveText(ctx, dq.Filter)
	if err != nil {
		return Paged[Document]{}, fmt.Errorf("%s: %w", op, err)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	ix := s.ix
	cf, err := ix.compile(f)
	if err != nil {
		return Paged[Document]{}, fmt.Errorf("%s: %w", op, err)
	}
	var items []keyed[*doc]
	addDoc := func(d *doc) {
		if d == nil || !ix.docSelected(d, cf) {
			return
		}
		items = append(items, keyed[*doc]{key: docKey(d), item: d})
	}
	if dq.Entity != "" {
		ei, ok := ix.lookup(dq.Entity)
		if !ok || !ix.ents[ei].visible() {
			return Paged[Document]{}, fmt.Errorf("%s: entity %s: %w", op, dq.Entity, ErrNotFound)
		}
		for di := range ix.ents[ei].docs {
			addDoc(ix.docs[di])
		}
	} else {
		for _, d := range ix.docs {
			addDoc(d)
		}
	}
	page, err := paginate(items, "d", p, s.limits.MaxPage, ix.docValue)
	if err != nil {
		return page, fmt.Errorf("%s: %w", op, err)
	}
	return page, ctx.Err()
}

// docSelected reports whether a document passes the filter's document
// part and, when the filter selects on relations, has evidence passing it.
func (ix *index) docSelected(d *doc, cf *cfilter) bool {
	if !cf.docPass(ix, d.idx) {
		return false
	}
	if !cf.relSel() {
		return true
	}
	for _, ev := range d.evs {
		if cf.passRel(ix.rels[ev.rel]) && cf.pass(ix, ev) {
			return true
		}
	}
	return false
}

// docKey sorts newest first, undated last, then by ID.
func docKey(d *doc) string {
	if d.published == nil {
		return "9|" + d.id
	}
	return fmt.Sprintf("0|%020d|%s", int64(1)<<62-d.published.Unix(), d.id)
}

// DocumentEntities lists the entities a document mentions, ordered by ID.
func (s *Service) DocumentEntities(ctx context.Context, id string, p Page) (Paged[Entity], error) {
	const op = "query.DocumentEntities"
	s.mu.RLock()
	defer s.mu.RUnlock()
	ix := s.ix
	di, ok := ix.docByID[id]
	if !ok {
		return Paged[Entity]{}, fmt.Errorf("%s %s: %w", op, id, ErrNotFound)
	}
	var items []keyed[int32]
	for _, ei := range ix.docs[di].ents {
		items = append(items, keyed[int32]{key: ix.ents[ei].id, item: ei})
	}
	page, err := paginate(items, "e", p, s.limits.MaxPage, ix.entityValue)
	if err != nil {
		return page, fmt.Errorf("%s: %w", op, err)
	}
	return page, ctx.Err()
}

// DocumentTexts reads the texts of documents from the store, in order.
func (s *Service) DocumentTexts(ctx context.Context, ids []string) ([]string, []error) {
	out, errs := make([]string, len(ids)), make([]error, len(ids))
	for i, id := range ids {
		s.mu.RLock()
		_, ok := s.ix.docByID[id]
		s.mu.RUnlock()
		if !ok {
			errs[i] = fmt.Errorf("query.DocumentTexts %s: %w", id, ErrNotFound)
			continue
		}
		node := docNode(id)
		attrs, err := attributes(ctx, s.qs, node, node, kg.PredText)
		if err != nil {
			errs[i] = fmt.Errorf("query.DocumentTexts %s: %w", id, err)
			continue
		}
		out[i] = attrs[kg.PredText]
	}
	return out, errs
}

// Evidences returns evidence by ID, in order, with the sentence read from
// the store.
func (s *Service) Evidences(ctx context.Context, ids []string) ([]Evidence, []error) {
	out, errs := make([]Evidence, len(ids)), make([]error, len(ids))
	for i, id := range ids {
		s.mu.RLock()
		ev, ok := s.ix.evByID[id]
		var e Evidence
		if ok {
			r := s.ix.rels[ev.rel]
			e = Evidence{ID: id, Relation: r.id, Document: s.ix.docs[ev.doc].id, Start: ev.start, End: ev.end,
				Confidence: ev.conf, Negated: ev.negated, Modality: ev.modality, Attribution: ev.attribution,
				Extractor: ev.extractor}
			if ev.event != nil {
				ev := *ev.event
				e.Event = &ev
			}
		}
		s.mu.RUnlock()
		if !ok {
			errs[i] = fmt.Errorf("query.Evidences %s: %w", id, ErrNotFound)
			continue
		}
		sentence, err := s.sentences.get(ctx, s.qs, id)
		if err != nil {
			errs[i] = fmt.Errorf("query.Evidences %s: %w", id, err)
			continue
		}
		e.Sentence = sentence
		out[i] = e
	}
	return out, errs
}

// Mention is one place in a document's text where an entity is named.
type Mention struct {
	Entity     string
	Start, End int    // byte offsets into the document text
	Text       string // text[Start:End]
}

// DocumentMentions reads from the store where the document names each of
// its entities, in text order.
func (s *Service) DocumentMentions(ctx context.Context, id string) ([]Mention, error) {
	const op = "query.DocumentMentions"
	s.mu.RLock()
	_, ok := s.ix.docByID[id]
	s.mu.RUnlock()
	if !ok {
		return nil, fmt.Errorf("%s %s: %w", op, id, ErrNotFound)
	}
	node := docNode(id)
	qq, err := quadsOf(ctx, s.qs, quad.Label, node, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", op, id, err)
	}
	var text string
	var out []Mention
	for _, q := range qq {
		switch q.Predicate {
		case kg.PredText:
			if q.Subject == node {
				text = asString(q.Object)
			}
		case kg.PredMention:
			ent, ok := kg.EntityID(q.Subject)
			if !ok {
				continue
			}
			// "<doc id>:<start>:<end>"
			parts := strings.Split(asString(q.Object), ":")
			if len(parts) != 3 || parts[0] != id {
				continue
			}
			start, err1 := strconv.Atoi(parts[1])
			end, err2 := strconv.Atoi(parts[2])
			if err1 != nil || err2 != nil || start < 0 || end < start {
				continue
			}
			out = append(out, Mention{Entity: ent, Start: start, End: end})
		}
	}
	s.mu.RLock()
	for i := range out {
		out[i].Entity = s.ix.canon(out[i].Entity) // as merged
	}
	s.mu.RUnlock()
	kept := out[:0]
	for _, m := range out {
		if m.End <= len(text) {
			m.Text = text[m.Start:m.End]
			kept = append(kept, m)
		}
	}
	sort.Slice(kept, func(a, b int) bool {
		if kept[a].Start != kept[b].Start {
			return kept[a].Start < kept[b].Start
		}
		return kept[a].Entity < kept[b].Entity
	})
	return kept, nil
}

// IndexSize counts what the read index holds now: the documents, the
// entities (merged ones included) and the relations (each subject,
// predicate and object once). It is cheap (for metrics).
func (s *Service) IndexSize() (documents, entities, relations int) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.ix.docByID), len(s.ix.ents), len(s.ix.rels)
}
