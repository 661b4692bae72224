package query

import (
	"slices"
	"sort"
	"strings"
	"sync/atomic"
	"time"
)

// index is the in-memory picture of the visible graph. It is derived from
// the store and can always be rebuilt from it. Callers hold Service.mu.
type index struct {
	version uint64

	ents    []*entity
	entByID map[string]int32

	docs    []*doc // nil once deleted
	docByID map[string]int32

	rels     []*rel
	relByKey map[triple]int32
	predRels map[string][]int32 // predicate -> relations ever created with it

	evByID map[string]*evidence

	// alias maps each merged entity ID to the entity it is merged into
	// (flat: a target is never merged). Replaced whole, never changed in
	// place. aliasDocs lists, for each merged ID, the documents that name
	// it, so that Split reads only those again.
	alias     map[string]string
	aliasDocs map[string]map[int32]struct{}
	members   map[string][]string // target -> the IDs merged into it, sorted
	// links are the merges alias is made of: the analyst's and the
	// automatic short-form links (shortform.go), read from names.
	links links
	names *nameTally

	search *searchIndex // nil while Reload adds documents in bulk

	strs   map[string]string // interned strings
	events map[Event]*Event  // interned events
}

type entity struct {
	id       string
	name     string
	typ      string
	aliases  []string
	mentions int
	docs     map[int32]struct{} // documents naming it; their contributions are in doc.contribs
	names    map[string]int     // name -> documents giving it
	types    map[string]int     // type -> documents giving it
	aliasN   map[string]int     // alias -> documents giving it
	out, in  []int32            // relations, including ones no longer visible
	degree   int                // visible distinct relations
}

func (e *entity) visible() bool { return len(e.docs) > 0 }

type doc struct {
	idx       int32
	id        string
	title     string
	source    string
	published *time.Time
	ents      []int32
	contribs  []entContrib // what the document says of each of ents, in order
	rels      []int32
	evs       []*evidence
	merged    []string  // the merged entity IDs it names (index.aliasDocs)
	raw       []string  // the entity IDs it names as extracted (index.names)
	acr       []acronym // the acronyms it gives for organisations (index.names)
}

type rel struct {
	idx  int32
	id   string
	s, o int32
	p    string
	sup  []*evidence // evidence of visible documents, including synthetic ones
	pos  int         // how many of sup are not negated

	// ver counts the changes of sup; the writer bumps it under
	// Service.mu. agg caches the relation's aggregates under the default
	// filter, one per aggMode, each stamped with the ver it was computed
	// at; readers fill it under the read lock. (aggExport, the edges of
	// neighbourhoods and exports, sorts the documents: cached, a hub's
	// neighbourhood at 10M quads no longer sorts thousands of IDs per edge
	// and request.)
	ver uint64
	agg [3]atomic.Pointer[relAgg]
	// cut counts the removals from sup: while it stays, sup only grows at
	// its end, and a cached aggregate is brought up to date from the
	// evidence appended since (see aggregateMode).
	cut uint64
}

// relAgg is a cached aggregate of one relation version.
type relAgg struct {
	ver uint64
	cut uint64 // rel.cut it was computed at
	n   int    // len(rel.sup) it was computed at
	// sel is the evidence that passed, in aggFull order (aggFull only), so
	// that the next version merges the new evidence in instead of sorting
	// everything again.
	sel []*evidence
	rel Relation
}

// evidence is one support of a relation by one document. Synthetic
// evidence (id "") stands for a direct edge without an evidence node.
type evidence struct {
	id          string
	doc         int32
	rel         int32
	start, end  int
	conf        float64
	negated     bool
	modality    string
	attribution string
	extractor   string
	event       *Event
}

func newIndex() *index {
	return &index{
		entByID:   map[string]int32{},
		docByID:   map[string]int32{},
		relByKey:  map[triple]int32{},
		predRels:  map[string][]int32{},
		evByID:    map[string]*evidence{},
		aliasDocs: map[string]map[int32]struct{}{},
		names:     newNameTally(),
		search:    newSearchIndex(),
		strs:      map[string]string{},
		events:    map[Event]*Event{},
	}
}

// RelationID is the ID of the relation Subject -Predicate-> Object.
func RelationID(subject, predicate, object string) string {
	return subject + "|" + predicate + "|" + object
}

// ParseRelationID is the inverse of RelationID.
func ParseRelationID(id string) (subject, predicate, object string, ok bool) {
	parts := strings.Split(id, "|")
	if len(parts) != 3 || parts[0] == "" || parts[1] == "" || parts[2] == "" {
		return "", "", "", false
	}
	return parts[0], parts[1], parts[2], true
}

func (ix *index) entityIdx(id string) int32 {
	if i, ok := ix.entByID[id]; ok {
		return i
	}
	i := int32(len(ix.ents))
	ix.ents = append(ix.ents, &entity{id: id, docs: map[int32]struct{}{}})
	ix.entByID[id] = i
	return i
}

func (ix *index) relIdx(t triple) int32 {
	if i, ok := ix.relByKey[t]; ok {
		return i
	}
	s, o := ix.entityIdx(t.s), ix.entityIdx(t.o)
	i := int32(len(ix.rels))
	ix.rels = append(ix.rels, &rel{idx: i, id: RelationID(t.s, t.p, t.o), s: s, o: o, p: t.p})
	ix.relByKey[t] = i
	ix.predRels[t.p] = append(ix.predRels[t.p], i)
	ix.ents[s].out = append(ix.ents[s].out, i)
	if o != s {
		ix.ents[o].in = append(ix.ents[o].in, i)
	}
	return i
}

// add makes a complete document visible, its entities seen through the
// merges (canonical). It returns the relations that gained evidence. A
// document already present is replaced.
func (ix *index) add(d *docData) []int32 {
	if _, ok := ix.docByID[d.id]; ok {
		ix.remove(d.id)
	}
	raw, acr := rawIDs(d), acronymsOf(d)
	d, merged := ix.canonical(d)
	di := int32(len(ix.docs))
	ix.names.count(raw, di, 1)
	ix.names.countAcronyms(acr, 1)
	dd := &doc{idx: di, id: d.id, title: d.title, source: d.source, published: d.published, merged: merged, raw: raw, acr: acr}
	ix.docs = append(ix.docs, dd)
	ix.docByID[d.id] = di
	for _, id := range merged {
		m := ix.aliasDocs[id]
		if m == nil {
			m = map[int32]struct{}{}
			ix.aliasDocs[id] = m
		}
		m[di] = struct{}{}
	}
	touched := map[int32]bool{}
	ids := make([]string, 0, len(d.ents))
	for id := range d.ents {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	dd.ents = make([]int32, len(ids))
	dd.contribs = make([]entContrib, len(ids))
	for i, id := range ids {
		ei := ix.entityIdx(id)
		c := d.ents[id]
		dd.ents[i] = ei
		dd.contribs[i] = entContrib{name: ix.intern(c.name), typ: ix.intern(c.typ), mentions: c.mentions}
		for _, a := range c.aliases {
			dd.contribs[i].aliases = append(dd.contribs[i].aliases, ix.intern(a))
		}
		ix.ents[ei].addContrib(di, &dd.contribs[i])
		touched[ei] = true
	}
	relSeen := map[int32]bool{}
	var changed []int32
	addSup := func(ri int32, ev *evidence) {
		r := ix.rels[ri]
		if !ev.negated {
			if r.pos == 0 {
				ix.ents[r.s].degree++
				if r.o != r.s {
					ix.ents[r.o].degree++
				}
			}
			r.pos++
		}
		r.sup = append(r.sup, ev)
		r.ver++
		if !relSeen[ri] {
			relSeen[ri] = true
			dd.rels = append(dd.rels, ri)
			changed = append(changed, ri)
		}
	}
	nodes := make([]string, 0, len(d.evs))
	for n := range d.evs {
		nodes = append(nodes, n)
	}
	sort.Strings(nodes)
	withEvidence := map[triple]bool{}
	// One allocation for the document's evidence, which lives and dies with
	// it: fewer objects for the garbage collector to visit.
	store := make([]evidence, 0, len(nodes)+len(d.direct))
	newEv := func(e evidence) *evidence {
		store = append(store, e)
		return &store[len(store)-1]
	}
	for _, n := range nodes {
		e := d.evs[n]
		t := triple{e.s, e.p, e.o}
		withEvidence[t] = true
		ri := ix.relIdx(t)
		ev := newEv(evidence{id: n, doc: di, rel: ri, start: e.start, end: e.end, conf: e.conf,
			negated: e.negated, modality: ix.intern(e.modality), attribution: ix.intern(e.attribution), extractor: ix.intern(e.extractor)})
		if !e.hasConf {
			ev.conf = 1
		}
		if e.code != "" {
			ev.event = ix.event(e)
		}
		ix.evByID[n] = ev
		dd.evs = append(dd.evs, ev)
		addSup(ri, ev)
	}
	direct := make([]triple, 0, len(d.direct))
	for t := range d.direct {
		if !withEvidence[t] {
			direct = append(direct, t)
		}
	}
	sort.Slice(direct, func(a, b int) bool {
		return RelationID(direct[a].s, direct[a].p, direct[a].o) < RelationID(direct[b].s, direct[b].p, direct[b].o)
	})
	for _, t := range direct {
		ri := ix.relIdx(t)
		ev := newEv(evidence{doc: di, rel: ri, conf: 1})
		dd.evs = append(dd.evs, ev)
		addSup(ri, ev)
	}
	for ei := range touched {
		ix.ents[ei].recompute()
		ix.syncSearch(ei)
	}
	ix.version++
	return changed
}

// remove makes a document invisible. It reports whether it was present.
func (ix *index) remove(id string) bool {
	di, ok := ix.docByID[id]
	if !ok {
		return false
	}
	dd := ix.docs[di]
	for _, ri := range dd.rels {
		r := ix.rels[ri]
		kept := r.sup[:0]
		hadPos := r.pos > 0
		for _, ev := range r.sup {
			if ev.doc != di {
				kept = append(kept, ev)
			} else if !ev.negated {
				r.pos--
			}
		}
		for i := len(kept); i < len(r.sup); i++ {
			r.sup[i] = nil
		}
		r.sup = kept
		r.ver++
		r.cut++
		if hadPos && r.pos == 0 {
			ix.ents[r.s].degree--
			if r.o != r.s {
				ix.ents[r.o].degree--
			}
		}
	}
	for _, ev := range dd.evs {
		if ev.id != "" {
			delete(ix.evByID, ev.id)
		}
	}
	for i, ei := range dd.ents {
		ix.ents[ei].removeContrib(di, &dd.contribs[i])
		ix.syncSearch(ei)
	}
	ix.names.count(dd.raw, di, -1)
	ix.names.countAcronyms(dd.acr, -1)
	for _, m := range dd.merged {
		delete(ix.aliasDocs[m], di)
		if len(ix.aliasDocs[m]) == 0 {
			delete(ix.aliasDocs, m)
		}
	}
	ix.docs[di] = nil
	delete(ix.docByID, id)
	ix.version++
	return true
}

// intern returns the index's copy of s, so that the values repeated by
// every document (names, types, modalities, attributions) are kept once.
func (ix *index) intern(s string) string {
	if s == "" {
		return ""
	}
	if c, ok := ix.strs[s]; ok {
		return c
	}
	ix.strs[s] = s
	return s
}

// event returns the index's shared copy of an evidence's event. Events
// are never changed in place: readers copy them.
func (ix *index) event(e *evData) *Event {
	ev := Event{Code: e.code, Label: e.label}
	if e.goldstein != nil {
		ev.Goldstein = *e.goldstein
	}
	if p, ok := ix.events[ev]; ok {
		return p
	}
	p := &ev
	if ev.Goldstein != ev.Goldstein { // NaN: not a usable key
		return p
	}
	ix.events[ev] = p
	return p
}

// syncSearch updates the search index for entity ei.
func (ix *index) syncSearch(ei int32) {
	if ix.search != nil {
		ix.search.sync(ei, ix.ents[ei])
	}
}

func (e *entity) addContrib(di int32, c *entContrib) {
	if e.names == nil {
		e.names, e.types, e.aliasN = map[string]int{}, map[string]int{}, map[string]int{}
	}
	e.docs[di] = struct{}{}
	e.count(c, 1)
}

func (e *entity) removeContrib(di int32, c *entContrib) {
	if _, ok := e.docs[di]; ok {
		delete(e.docs, di)
		e.count(c, -1)
		e.recompute()
	}
}

// count adds (d = 1) or removes (d = -1) a document's contribution to the
// entity's tallies.
func (e *entity) count(c *entContrib, d int) {
	bump := func(m map[string]int, k string) {
		if k == "" {
			return
		}
		if m[k] += d; m[k] <= 0 {
			delete(m, k)
		}
	}
	bump(e.names, c.name)
	bump(e.types, c.typ)
	for _, a := range c.aliases {
		bump(e.aliasN, a)
	}
	e.mentions += d * c.mentions
}

// recompute derives the entity's name, type and aliases from its tallies:
// the most frequent name and type win, ties go to the smallest string.
func (e *entity) recompute() {
	e.name = mostFrequent(e.names)
	if e.name == "" {
		e.name = e.id
	}
	e.typ = mostFrequent(e.types)
	e.aliases = e.aliases[:0]
	for a := range e.aliasN {
		if a != e.name {
			e.aliases = append(e.aliases, a)
		}
	}
	sort.Strings(e.aliases)
}

func mostFrequent(m map[string]int) string {
	best, n := "", 0
	for k, c := range m {
		if c > n || (c == n && k < best) {
			best, n = k, c
		}
	}
	return best
}

func (ix *index) entityValue(ei int32) Entity {
	e := ix.ents[ei]
	return Entity{
		ID: e.id, Name: e.name, Type: e.typ,
		Aliases:  append([]string(nil), e.aliases...),
		Mentions: e.mentions, Documents: len(e.docs), Degree: e.degree,
		Merged: slices.Clone(ix.members[e.id]), AutoMerged: ix.autoMembers(e.id),
	}
}

func (ix *index) docValue(d *doc) Document {
	n := 0
	for _, ev := range d.evs {
		if ev.id != "" {
			n++
		}
	}
	return Document{ID: d.id, Title: d.title, Source: d.source, Published: d.published,
		Entities: len(d.ents), Relations: len(d.rels), Evidence: n}
}

// pubUnix is the publication time of a document, ok false when undated.
func (ix *index) pubTime(di int32) (time.Time, bool) {
	d := ix.docs[di]
	if d == nil || d.published == nil {
		return time.Time{}, false
	}
	return *d.published, true
}
