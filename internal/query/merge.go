package query

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"sort"
	"time"

	"github.com/cayleygraph/cayley/graph"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// MergeStore stores merges of entities: kg.Store fits. set maps merged
// IDs to the entity they are merged into, replacing earlier merges of
// those IDs; the merges of the IDs in unset are removed; all in one
// transaction.
//
// WriteApart stores an analyst's decision that entity id is not entity
// other (a split), so that no automatic link joins them again.
type MergeStore interface {
	WriteMerges(ctx context.Context, set map[string]string, unset []string) error
	WriteApart(ctx context.Context, id, other string) error
}

// WithMergeStore sets where Merge and Split store merges. By default they
// are written straight to the quad store the Service reads
// (kg.WriteMerges); pass the kg.Store to go through kg's write path (its
// read-only check, its lock and its PostgreSQL writer).
func WithMergeStore(m MergeStore) Option { return func(s *Service) { s.merges = m } }

// quadStoreMerges is the default MergeStore: kg.WriteMerges on the quad
// store itself.
type quadStoreMerges struct{ qs graph.QuadStore }

func (m quadStoreMerges) WriteMerges(ctx context.Context, set map[string]string, unset []string) error {
	return kg.WriteMerges(ctx, m.qs, set, unset)
}

func (m quadStoreMerges) WriteApart(ctx context.Context, id, other string) error {
	return kg.WriteApart(ctx, m.qs, id, other)
}

// Merge makes the entities ids aliases of the entity into, stores the
// merge and applies it to the index. Afterwards every question about one
// of ids answers with into, and into's relations, documents, mentions,
// degree, names (the merged names are its aliases, so search finds it)
// and rankings include theirs. It returns into as merged.
//
// Merges are flat. When into is itself merged into Z, the ids are merged
// into Z (and Z is returned); the entities already merged into one of ids
// follow it to into. Merging an ID into the entity it is already merged
// into changes nothing. Refused with ErrBadInput: no ids, an empty ID, an
// ID that is into (or what into is merged into), an ID already merged into
// another entity (split it first). Refused with ErrNotFound: into or one
// of ids is not a visible entity.
//
// The documents of the merged entities are read again from the store
// before anything is written, so the cost is in proportion to them.
func (s *Service) Merge(ctx context.Context, into string, ids []string) (Entity, error) {
	const op = "query.Merge"
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	ix := s.ix // only writers change it, and we hold writeMu
	root := ix.canon(into)
	ri, ok := ix.entByID[root]
	if !ok || !ix.ents[ri].visible() {
		return Entity{}, fmt.Errorf("%s: entity %s: %w", op, into, ErrNotFound)
	}
	if len(ids) == 0 {
		return Entity{}, fmt.Errorf("%s: no entities to merge into %s: %w", op, into, ErrBadInput)
	}
	set := map[string]string{}
	for _, id := range ids {
		switch c, merged := ix.links.manual[id]; {
		case id == "":
			return Entity{}, fmt.Errorf("%s: empty entity ID: %w", op, ErrBadInput)
		case id == root && root == into:
			return Entity{}, fmt.Errorf("%s: cannot merge %s into itself: %w", op, id, ErrBadInput)
		case id == root:
			return Entity{}, fmt.Errorf("%s: cannot merge %s into %s, which is merged into %s: %w",
				op, id, into, root, ErrBadInput)
		case merged && c == root:
			continue // already merged into it
		case merged:
			return Entity{}, fmt.Errorf("%s: %s is merged into %s; split it first: %w", op, id, c, ErrBadInput)
		}
		// Named by a document: visible, or linked automatically (which
		// the analyst's merge replaces).
		if len(ix.names.docs[id]) == 0 {
			return Entity{}, fmt.Errorf("%s: entity %s: %w", op, id, ErrNotFound)
		}
		set[id] = root
		for w, t := range ix.links.manual {
			if t == id {
				set[w] = root
			}
		}
	}
	if len(set) > 0 {
		manual := maps.Clone(ix.links.manual)
		maps.Copy(manual, set)
		l := links{manual: manual, auto: ix.autoLinks(manual, ix.links.apart), apart: ix.links.apart}
		if err := s.relink(ctx, l, func() error { return s.merges.WriteMerges(ctx, set, nil) }); err != nil {
			return Entity{}, fmt.Errorf("%s: %w", op, err)
		}
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.ix.entityValue(s.ix.entByID[root]), nil
}

// Split undoes the merge of entity id, an analyst's (Merge) or an
// automatic link (a short form, see Entity.AutoMerged): it becomes an
// entity of its own again, with exactly the documents, names and relations
// it had before, and the entity it was merged into loses them. The split
// is stored as a decision that id is not that entity, so no automatic link
// joins them again (an analyst's Merge still can). Entities merged into id
// before id was merged went with it and stay where they are (merges are
// flat); split them one by one. ok is false when id is not merged; an ID
// that names no entity and no merge is ErrNotFound.
func (s *Service) Split(ctx context.Context, id string) (ok bool, err error) {
	const op = "query.Split"
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	ix := s.ix
	into, merged := ix.alias[id]
	if !merged {
		if _, known := ix.entByID[id]; !known {
			return false, fmt.Errorf("%s: entity %s: %w", op, id, ErrNotFound)
		}
		return false, ctx.Err()
	}
	_, manual := ix.links.manual[id]
	l := links{manual: ix.links.manual, apart: maps.Clone(ix.links.apart)}
	if manual {
		l.manual = maps.Clone(ix.links.manual)
		delete(l.manual, id)
	}
	if !slices.Contains(l.apart[id], into) {
		l.apart[id] = append(slices.Clone(l.apart[id]), into)
	}
	l.auto = ix.autoLinks(l.manual, l.apart)
	write := func() error {
		if err := s.merges.WriteApart(ctx, id, into); err != nil {
			return err
		}
		if !manual {
			return nil
		}
		return s.merges.WriteMerges(ctx, nil, []string{id})
	}
	if err := s.relink(ctx, l, write); err != nil {
		return false, fmt.Errorf("%s %s: %w", op, id, err)
	}
	return true, nil
}

// ReloadMerges reads the stored merges again and applies what changed
// since the index last read or made them: for a process that shares its
// store with another that merges (the other serve processes on one
// PostgreSQL). Only the documents of the entities whose merge changed are
// read again.
func (s *Service) ReloadMerges(ctx context.Context) error {
	const op = "query.ReloadMerges"
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	l, err := s.readLinks(ctx)
	if err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	l.auto = s.ix.autoLinks(l.manual, l.apart)
	if err := s.relink(ctx, l, nil); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	return nil
}

// readLinks reads the analyst's merges and apart records from the store.
func (s *Service) readLinks(ctx context.Context) (links, error) {
	stored, err := kg.ReadMerges(ctx, s.qs)
	if err != nil {
		return links{}, err
	}
	apart, err := kg.ReadApart(ctx, s.qs)
	if err != nil {
		return links{}, err
	}
	manual, bad := flatten(stored)
	if len(bad) > 0 {
		s.log.Warn("stored merges ignored", "err", errors.Join(bad...))
	}
	return links{manual: manual, apart: apart}, nil
}

// relink puts the links l in force: the documents of the IDs whose merge
// changes are read again, write stores the analyst's change (nil: none),
// and they are indexed again. The caller holds writeMu.
func (s *Service) relink(ctx context.Context, l links, write func() error) error {
	ix := s.ix
	alias := l.effective()
	docs := map[int32]struct{}{}
	changed := 0
	note := func(id string) {
		if old, ok := ix.alias[id]; ok && old == alias[id] {
			return
		}
		changed++
		for di := range ix.aliasDocs[id] { // named under its old target
			docs[di] = struct{}{}
		}
		if ei, ok := ix.entByID[id]; ok { // named as itself
			for di := range ix.ents[ei].docs {
				docs[di] = struct{}{}
			}
		}
	}
	for id := range ix.alias {
		note(id)
	}
	for id := range alias {
		if _, ok := ix.alias[id]; !ok {
			note(id)
		}
	}
	if write == nil && changed == 0 {
		s.lockIndex()
		ix.links = l // the same merges; apart records may be new
		s.mu.Unlock()
		return ctx.Err()
	}
	level := slog.LevelInfo
	if write == nil {
		level, write = slog.LevelDebug, func() error { return nil }
	}
	return s.applyMerges(ctx, l, docs, write, level)
}

// relinkShort recomputes the automatic links of the short IDs keys
// (shortKeys of a document just indexed or removed) and applies what
// changed (Service.index, UnindexDocument). The caller holds writeMu. A
// failure is logged: the next Reload repairs it.
func (s *Service) relinkShort(ctx context.Context, keys []string) {
	ix := s.ix
	auto, changed := ix.relinked(ix.links, keys)
	if !changed {
		return
	}
	l := ix.links
	l.auto = auto
	if err := s.relink(ctx, l, nil); err != nil {
		s.log.ErrorContext(ctx, "short-form links not updated", "err", err)
	}
}

// Merges returns the merges in force, merged ID -> the entity it is
// merged into.
func (s *Service) Merges(ctx context.Context) (map[string]string, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make(map[string]string, len(s.ix.alias))
	for k, v := range s.ix.alias {
		out[k] = v
	}
	return out, ctx.Err()
}

// applyMerges reads the documents docs again from the store, calls write
// (which stores the merge) and then swaps in the new alias map and indexes
// the documents again under it. The caller holds writeMu. Nothing changes
// when a read or write fails.
func (s *Service) applyMerges(ctx context.Context, l links, docs map[int32]struct{}, write func() error, level slog.Level) error {
	start := time.Now()
	ix := s.ix
	ids := make([]string, 0, len(docs))
	for di := range docs {
		if d := ix.docs[di]; d != nil {
			ids = append(ids, d.id)
		}
	}
	sort.Strings(ids)
	data := make([]*docData, 0, len(ids))
	for _, id := range ids {
		d, err := loadDocument(ctx, s.qs, id)
		if err != nil {
			return fmt.Errorf("read document %s: %w", id, err)
		}
		data = append(data, d)
	}
	if err := write(); err != nil {
		return err
	}
	s.lockIndex()
	ix.setLinks(l)
	for _, d := range data {
		if d.complete {
			ix.add(d)
		} else {
			ix.remove(d.id) // deleted from the store since it was indexed
		}
	}
	s.mu.Unlock()
	s.maintainSearch()
	s.log.Log(ctx, level, "entity merges applied", "merges", len(ix.links.manual), "automatic", len(ix.links.auto),
		"documents", len(data), "took", time.Since(start))
	return nil
}

// setLinks puts the merges in force (before the documents are indexed
// under them).
func (ix *index) setLinks(l links) {
	ix.version++
	ix.links = l
	ix.alias = l.effective()
	ix.members = map[string][]string{}
	for id, into := range ix.alias {
		ix.members[into] = append(ix.members[into], id)
	}
	for _, m := range ix.members {
		sort.Strings(m)
	}
}

// canon returns the entity an ID stands for: the entity it is merged
// into, or itself.
func (ix *index) canon(id string) string {
	if c, ok := ix.alias[id]; ok {
		return c
	}
	return id
}

// lookup finds the entity an ID asked for by a client stands for.
func (ix *index) lookup(id string) (int32, bool) {
	ei, ok := ix.entByID[ix.canon(id)]
	return ei, ok
}

// flatten resolves chains in stored merges (another writer's, or an older
// version's) to their ends, and drops the merges caught in a cycle and of
// an entity into itself, so that canon needs one lookup.
func flatten(stored map[string]string) (map[string]string, []error) {
	out := make(map[string]string, len(stored))
	var errs []error
	for id := range stored {
		c, seen := id, map[string]bool{id: true}
		for {
			next, ok := stored[c]
			if !ok {
				break
			}
			if seen[next] {
				c = ""
				break
			}
			seen[next] = true
			c = next
		}
		if c == "" || c == id {
			errs = append(errs, fmt.Errorf("merge of %s: a cycle", id))
			continue
		}
		out[id] = c
	}
	return out, errs
}

// canonical returns the document as the index sees it under the merges:
// every merged entity ID replaced by the ID it is merged into. A merged
// entity's contribution adds its name as an alias (it does not vote for
// the name of the entity it is merged into), its aliases, type and
// mentions. merged lists the merged IDs the document names. d is not
// changed.
func (ix *index) canonical(d *docData) (out *docData, merged []string) {
	if len(ix.alias) == 0 {
		return d, nil
	}
	hit := false
	for id := range d.ents {
		if _, ok := ix.alias[id]; ok {
			hit = true
			break
		}
	}
	if !hit {
		return d, nil
	}
	out = &docData{id: d.id, complete: d.complete, title: d.title, source: d.source, published: d.published,
		ents: make(map[string]*entContrib, len(d.ents)), evs: make(map[string]*evData, len(d.evs)),
		direct: make(map[triple]bool, len(d.direct))}
	ids := make([]string, 0, len(d.ents))
	for id := range d.ents {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	// Own contributions first, so that they keep the name and type.
	for _, id := range ids {
		if _, ok := ix.alias[id]; !ok {
			c := *d.ents[id]
			c.aliases = append([]string(nil), c.aliases...)
			out.ents[id] = &c
		}
	}
	for _, id := range ids {
		into, ok := ix.alias[id]
		if !ok {
			continue
		}
		merged = append(merged, id)
		c := d.ents[id]
		t := out.ents[into]
		if t == nil {
			t = &entContrib{typ: c.typ}
			out.ents[into] = t
		}
		if c.name != "" {
			t.aliases = append(t.aliases, c.name)
		}
		t.aliases = append(t.aliases, c.aliases...)
		t.mentions += c.mentions
	}
	for n, e := range d.evs {
		c := *e
		c.s, c.o = ix.canon(c.s), ix.canon(c.o)
		if c.attribution != "" {
			c.attribution = ix.canon(c.attribution)
		}
		out.evs[n] = &c
	}
	for t := range d.direct {
		out.direct[triple{ix.canon(t.s), t.p, ix.canon(t.o)}] = true
	}
	return out, merged
}
