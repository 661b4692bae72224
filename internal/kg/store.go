package kg

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/extract"
)

// Names under which Cayley's registry knows the backends kg opens. The
// key-value ones are registered by internal/kg/backends; memstore and
// postgres are Cayley's own.
const (
	BackendLevelDB  = "newsgraph-leveldb"
	BackendBBolt    = "newsgraph-bbolt"
	BackendMemory   = "memstore"
	BackendPostgres = "postgres"
)

// DefaultURI is the store the CLI opens when none is given.
const DefaultURI = "leveldb:./newsgraph-data"

// ErrNotRegistered is returned by Open when the backend of the URI is not
// registered: the program does not import internal/kg/backends.
var ErrNotRegistered = errors.New("quad store backend not registered (import internal/kg/backends)")

// ErrReadOnly is returned by the write methods of a store opened with
// OpenReadOnly.
var ErrReadOnly = errors.New("store opened read-only")

// ErrCorrupt marks a store whose data is damaged: a LevelDB table shorter
// than its manifest says (Open), or a read that finds stored data
// inconsistent (Ping, StoredText). Restore the store from a backup, or
// export what is readable and ingest again.
var ErrCorrupt = errors.New("store is corrupt")

// OptReadOnly is the graph.Options key that asks a backend to open its
// files read-only (internal/kg/backends honours it for LevelDB and bbolt).
const OptReadOnly = "read_only"

// Store is a newsgraph knowledge graph on a Cayley quad store. Its methods
// are safe for concurrent use; writes are serialised. Cayley's memstore
// itself is not safe for reads concurrent with writes: on it, Store's own
// reads (HasDocument, StoredText) wait for writes, but reads through
// QuadStore do not; use it for tests and one-shot commands.
type Store struct {
	qs      graph.QuadStore
	backend string
	pg      *pgWriter  // PostgreSQL: kg's batched write path
	mu      sync.Mutex // serialises writes: check-then-apply in AddDocument
	// readOnly: opened by OpenReadOnly; the write methods return
	// ErrReadOnly.
	readOnly bool
	// probe is the ID (a string) of the complete document Ping reads,
	// found by the first Ping and again when it is deleted: finding one
	// scans the index of the value true, which grows with the store.
	probe atomic.Value
}

// AddResult says what AddDocument did.
type AddResult struct {
	// Added is false when the document was already complete in the store
	// and nothing was written.
	Added bool
	// Quads is the number of quads written.
	Quads int
	// Written is the document's quads as the store now holds them, when
	// Added: a read-side index can take them instead of reading them
	// back. Do not modify them.
	Written []quad.Quad
}

// Open opens the store at uri, creating it when it does not exist:
//
//	leveldb:DIR     LevelDB in directory DIR (DefaultURI: leveldb:./newsgraph-data)
//	bolt:FILE       bbolt in file FILE
//	memory          in memory, gone on Close
//	postgres:DSN    PostgreSQL, DSN as lib/pq takes it
//
// The backends must be registered by importing internal/kg/backends.
func Open(ctx context.Context, uri string) (*Store, error) {
	return open(ctx, "kg.Open", uri, false)
}

// OpenReadOnly opens the existing store at uri for reading only: nothing
// is created or written, LevelDB and bbolt files are opened read-only (a
// store directory or file without write permission opens), and the write
// methods (AddDocument, AddDocuments, ReplaceDocument, DeleteDocument)
// return ErrReadOnly. A LevelDB store holds a shared lock: other
// read-only processes may open it at the same time, a writer may not.
// For `export` and `serve --read-only`.
func OpenReadOnly(ctx context.Context, uri string) (*Store, error) {
	return open(ctx, "kg.OpenReadOnly", uri, true)
}

func open(ctx context.Context, op, uri string, readOnly bool) (*Store, error) {
	backend, addr, err := parseURI(uri)
	if err != nil {
		return nil, fmt.Errorf("%s %q: %w", op, uri, err)
	}
	if !graph.IsRegistered(backend) {
		return nil, fmt.Errorf("%s %q: %s: %w", op, uri, backend, ErrNotRegistered)
	}
	opts := graph.Options{
		// Cayley's key-value stores otherwise allocate bloom filters for
		// 100 million entries (about 0.5 GB) whatever the data.
		"no_bloom": true,
	}
	if readOnly {
		opts[OptReadOnly] = true
	} else if graph.IsPersistent(backend) {
		err := graph.InitQuadStore(backend, addr, opts)
		if err != nil && !errors.Is(err, graph.ErrDatabaseExists) {
			return nil, fmt.Errorf("%s %q: init: %w", op, uri, err)
		}
	}
	qs, err := graph.NewQuadStore(backend, addr, opts)
	if err != nil {
		return nil, fmt.Errorf("%s %q: %w", op, uri, err)
	}
	s := &Store{qs: qs, backend: backend, readOnly: readOnly}
	if backend == BackendPostgres && !readOnly {
		db, err := sql.Open("postgres", addr)
		if err != nil {
			qs.Close()
			return nil, fmt.Errorf("%s %q: %w", op, uri, err)
		}
		if _, err := db.ExecContext(ctx, `CREATE INDEX IF NOT EXISTS newsgraph_label_index ON quads (label_hash)`); err != nil {
			db.Close()
			qs.Close()
			return nil, fmt.Errorf("%s %q: label index: %w", op, uri, err)
		}
		if err := dropForeignKeys(ctx, db); err != nil {
			db.Close()
			qs.Close()
			return nil, fmt.Errorf("%s %q: foreign keys: %w", op, uri, err)
		}
		s.pg = &pgWriter{db: db}
	}
	return s, nil
}

func parseURI(uri string) (backend, addr string, err error) {
	scheme, rest, _ := strings.Cut(uri, ":")
	switch scheme {
	case "memory":
		if rest != "" {
			return "", "", errors.New("memory takes no address")
		}
		return BackendMemory, "", nil
	case "leveldb":
		backend = BackendLevelDB
	case "bolt", "bbolt":
		backend = BackendBBolt
	case "postgres":
		backend = BackendPostgres
	default:
		return "", "", errors.New("unknown store; want leveldb:DIR, bolt:FILE, memory or postgres:DSN")
	}
	if rest == "" {
		return "", "", fmt.Errorf("%s needs an address", scheme)
	}
	return backend, rest, nil
}

// QuadStore is the underlying Cayley quad store, for the read side and
// Cayley's query endpoints. Write only through Store.
func (s *Store) QuadStore() graph.QuadStore { return s.qs }

// Backend is the Cayley registry name of the store's backend.
func (s *Store) Backend() string { return s.backend }

// Close closes the quad store.
func (s *Store) Close() error {
	err := s.qs.Close()
	if s.pg != nil {
		err = errors.Join(err, s.pg.db.Close())
	}
	if err != nil {
		return fmt.Errorf("kg.Close: %w", err)
	}
	return nil
}

// Ping checks that the store answers a read of real data, through Cayley
// with every error kept (QuadStore.ValueOf and NameOf drop theirs, so a
// lookup that fails reads as "not stored"): the value true, the object of
// every document's ng:complete quad, is looked up by its hash; a complete
// document (found through the index of true by the first Ping, and kept)
// is looked up, its completeness and its text read back. A store that
// counts quads (other than merges) but has no complete document is
// ErrCorrupt. An empty store
// answers. The first Ping on a store of a million quads takes some tens of
// milliseconds, the next ones well under one.
func (s *Store) Ping(ctx context.Context) error {
	if s.backend == BackendMemory {
		// Cayley's memstore maps are not safe for reads during a write.
		s.mu.Lock()
		defer s.mu.Unlock()
	}
	if err := s.ping(ctx); err != nil {
		return fmt.Errorf("kg.Ping: %w", err)
	}
	return nil
}

func (s *Store) ping(ctx context.Context) error {
	refs, err := s.refsOf(ctx, quad.Bool(true), PredComplete, PredText)
	if err != nil {
		return fmt.Errorf("look up values: %w", err)
	}
	yes, complete, text := refs[0], refs[1], refs[2]
	// An empty store has no complete document; one with quads must have
	// one. (PostgreSQL keeps values in its nodes table after their quads
	// are deleted, so known values do not mean a document.)
	noDocument := func() error {
		quads, err := s.quadCount(ctx)
		if err != nil {
			return err
		}
		if quads > 0 {
			// Merges outlive the documents of their entities.
			merges, err := mergeQuads(ctx, s.qs)
			if err != nil {
				return err
			}
			quads -= int64(len(merges))
		}
		if quads > 0 {
			return fmt.Errorf("%w: %d quads but no complete document", ErrCorrupt, quads)
		}
		return nil
	}
	if yes == nil || complete == nil {
		return noDocument()
	}
	if id, ok := s.probe.Load().(string); ok {
		ok, err := s.readDocument(ctx, id, text)
		if ok || err != nil {
			return err
		}
		// Deleted since: find another.
	}
	doc, err := s.firstSubject(ctx, yes, complete)
	if err != nil {
		return fmt.Errorf("find a document: %w", err)
	}
	if doc == nil {
		return noDocument()
	}
	vals, err := graph.ValuesOf(ctx, s.qs, []graph.Ref{doc})
	if err != nil {
		return fmt.Errorf("find a document: %w", err)
	}
	id, ok := DocumentID(vals[0])
	if !ok {
		return fmt.Errorf("%w: the subject of a %s quad is %v, not a document", ErrCorrupt, PredComplete, vals[0])
	}
	if ok, err := s.readDocument(ctx, id, text); err != nil {
		return err
	} else if !ok {
		return fmt.Errorf("%w: document %s has a %s quad but does not read as complete", ErrCorrupt, id, PredComplete)
	}
	s.probe.Store(id)
	return nil
}

// readDocument looks document id up, checks that it is complete and reads
// its text (text is the reference of ng:text); ok is false when it is not
// a complete document (any more).
func (s *Store) readDocument(ctx context.Context, id string, text graph.Ref) (ok bool, err error) {
	refs, err := s.refsOf(ctx, DocumentIRI(id))
	if err != nil || refs[0] == nil {
		return false, err
	}
	if ok, err := s.isComplete(ctx, refs[0]); err != nil || !ok {
		return false, err
	}
	if _, err := s.storedText(ctx, refs[0], text); err != nil {
		return false, fmt.Errorf("read the text of %s: %w", id, err)
	}
	return true, nil
}

// quadCount is the number of quads the store counts, 0 when it cannot
// count exactly without a scan (PostgreSQL before ANALYZE).
func (s *Store) quadCount(ctx context.Context) (int64, error) {
	st, err := s.qs.Stats(ctx, false)
	switch {
	case errors.Is(err, kv.ErrNoBucket):
		return 0, nil // a key-value store never written
	case err != nil:
		return 0, fmt.Errorf("count quads: %w", err)
	case !st.Quads.Exact:
		return 0, nil
	}
	return st.Quads.Size, nil
}

// refsOf resolves values to their references in the store, keeping the
// error of the lookup that QuadStore.ValueOf drops. A value not stored is
// nil.
func (s *Store) refsOf(ctx context.Context, vals ...quad.Value) ([]graph.Ref, error) {
	bq, ok := s.qs.(graph.BatchQuadStore)
	if !ok {
		// memstore and SQL: ValueOf reads no storage that can fail.
		refs := make([]graph.Ref, len(vals))
		for i, v := range vals {
			refs[i] = s.qs.ValueOf(v)
		}
		return refs, nil
	}
	refs, err := bq.RefsOf(ctx, vals)
	if err != nil {
		return nil, err
	}
	for i, r := range refs {
		if r, ok := r.(kv.Int64Value); ok && r == 0 {
			refs[i] = nil // key-value stores: 0 is "not stored"
		}
	}
	return refs, nil
}

// firstSubject returns the subject of the first quad with object o and
// predicate p, nil when there is none.
func (s *Store) firstSubject(ctx context.Context, o, p graph.Ref) (graph.Ref, error) {
	it := s.qs.QuadIterator(quad.Object, o)
	defer it.Close()
	for it.Next(ctx) {
		q := it.Result()
		if pr := s.qs.QuadDirection(q, quad.Predicate); pr != nil && pr.Key() == p.Key() {
			return s.qs.QuadDirection(q, quad.Subject), nil
		}
	}
	return nil, it.Err()
}

// HasDocument reports whether the document with the given ID is complete in
// the store.
func (s *Store) HasDocument(ctx context.Context, id string) (bool, error) {
	if s.backend == BackendMemory {
		// Cayley's memstore maps are not safe for reads during a write.
		s.mu.Lock()
		defer s.mu.Unlock()
	}
	ok, err := s.hasDocument(ctx, id)
	if err != nil {
		return false, fmt.Errorf("kg.HasDocument %s: %w", id, err)
	}
	return ok, nil
}

func (s *Store) hasDocument(ctx context.Context, id string) (bool, error) {
	refs, err := s.refsOf(ctx, DocumentIRI(id))
	if err != nil || refs[0] == nil {
		return false, err
	}
	return s.isComplete(ctx, refs[0])
}

// isComplete reports whether the document node doc has ng:complete true.
func (s *Store) isComplete(ctx context.Context, doc graph.Ref) (bool, error) {
	// Out, not Has(PredComplete, true): on Cayley v0.7.7's key-value
	// stores, Has fails with "kv: not found" when the subject exists
	// without that predicate (a partial document).
	vals, err := s.valuesOf(ctx, path.StartPathNodes(s.qs, doc).Out(PredComplete).Iterate(ctx).Limit(2))
	if err != nil {
		return false, err
	}
	return slices.Contains(vals, quad.Value(quad.Bool(true))), nil
}

// valuesOf returns the values of the refs an iteration yields, keeping the
// error of the lookup that IterateChain.AllValues drops (it reads each
// value through QuadStore.NameOf).
func (s *Store) valuesOf(ctx context.Context, c *graph.IterateChain) ([]quad.Value, error) {
	refs, err := c.All()
	if err != nil || len(refs) == 0 {
		return nil, err
	}
	return graph.ValuesOf(ctx, s.qs, refs)
}

// AddDocument writes document a with its extraction result r in one
// transaction: after a crash the store holds all of it or none. Adding a
// document that is already complete in the store writes nothing and
// returns Added false.
func (s *Store) AddDocument(ctx context.Context, a article.Article, r extract.Result) (AddResult, error) {
	const op = "kg.AddDocument"
	if s.readOnly {
		return AddResult{}, fmt.Errorf("%s %s: %w", op, a.ID, ErrReadOnly)
	}
	quads, err := DocumentQuads(a, r)
	if err != nil {
		return AddResult{}, fmt.Errorf("%s %s: %w", op, a.ID, err)
	}
	if err := ctx.Err(); err != nil {
		return AddResult{}, fmt.Errorf("%s %s: %w", op, a.ID, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	has, err := s.hasDocument(ctx, a.ID)
	if err != nil {
		return AddResult{}, fmt.Errorf("%s %s: %w", op, a.ID, err)
	}
	if has {
		return AddResult{}, nil
	}
	if err := s.applyChange(ctx, quads, nil); err != nil {
		return AddResult{}, fmt.Errorf("%s %s: %w", op, a.ID, err)
	}
	return AddResult{Added: true, Quads: len(quads), Written: quads}, nil
}

// DeleteDocument removes every quad the document contributed, in one
// transaction, and reports whether there was any. Facts other documents
// also state stay: their quads carry the other documents' labels.
//
// The quads are found through the label: an index on the label in the
// stores kg creates (memstore and PostgreSQL have one; kg adds one to the
// LevelDB and bbolt stores it initialises), so the cost is in proportion
// to the document, not to the store.
func (s *Store) DeleteDocument(ctx context.Context, id string) (bool, error) {
	const op = "kg.DeleteDocument"
	if s.readOnly {
		return false, fmt.Errorf("%s %s: %w", op, id, ErrReadOnly)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.pg != nil {
		_, n, err := s.pg.change(ctx, nil, nil, DocumentIRI(id))
		if err == nil && n > 0 {
			err = s.forgetCounts()
		}
		if err != nil {
			return false, fmt.Errorf("%s %s: %w", op, id, err)
		}
		return n > 0, nil
	}
	quads, err := s.DocumentQuadsStored(ctx, id)
	if err != nil {
		return false, fmt.Errorf("%s %s: %w", op, id, err)
	}
	if len(quads) == 0 {
		return false, nil
	}
	if err := s.applyChange(ctx, nil, quads); err != nil {
		return false, fmt.Errorf("%s %s: %w", op, id, err)
	}
	return true, nil
}

// forgetCounts makes Cayley's SQL store drop the exact counts it caches
// until it writes itself, after kg wrote behind its back: an empty
// transaction through it does.
func (s *Store) forgetCounts() error {
	return s.qs.ApplyDeltas(nil, graph.IgnoreOpts{})
}

// DocumentQuadsStored returns the quads labelled with the document's IRI
// that are in the store, in the store's order.
func (s *Store) DocumentQuadsStored(ctx context.Context, id string) ([]quad.Quad, error) {
	ref := s.qs.ValueOf(DocumentIRI(id))
	if ref == nil {
		return nil, nil
	}
	it := s.qs.QuadIterator(quad.Label, ref)
	defer it.Close()
	// Collect the refs first and resolve each distinct node once, in one
	// batch: a document's quads share their label, predicates and nodes.
	var (
		links [][4]graph.Ref
		refs  []graph.Ref
		index = make(map[any]int)
	)
	for it.Next(ctx) {
		var l [4]graph.Ref
		for i, d := range quad.Directions {
			r := s.qs.QuadDirection(it.Result(), d)
			l[i] = r
			if r == nil {
				continue
			}
			if _, ok := index[r.Key()]; !ok {
				index[r.Key()] = len(refs)
				refs = append(refs, r)
			}
		}
		links = append(links, l)
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	vals, err := graph.ValuesOf(ctx, s.qs, refs)
	if err != nil {
		return nil, err
	}
	out := make([]quad.Quad, len(links))
	for i, l := range links {
		var q quad.Quad
		for j, d := range quad.Directions {
			if l[j] != nil {
				q.Set(d, vals[index[l[j].Key()]])
			}
		}
		if !q.IsValid() || q.Label == nil {
			return nil, fmt.Errorf("read quad %d of %s: got %v", i, id, q)
		}
		out[i] = q
	}
	return out, nil
}
