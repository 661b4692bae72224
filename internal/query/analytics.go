package query

import (
	"context"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"time"
)

// Stats counts the visible graph: StatsFor with the zero Filter.
func (s *Service) Stats(ctx context.Context) (Stats, error) { return s.StatsFor(ctx, Filter{}) }

// StatsFor counts the visible graph, or the part of it the filter selects.
// Relation breakdowns count each relation once, by its most frequent
// event. Without a filter (the zero Filter) negated relations count too;
// with one, the filter's negation rule applies, the documents are those it
// selects (with evidence passing it, when it selects on relations too)
// and the entities those of the passing relations, or of the documents
// when it selects on documents only.
func (s *Service) StatsFor(ctx context.Context, f Filter) (Stats, error) {
	const op = "query.Stats"
	if !isZero(f) {
		f, err := s.resolveText(ctx, f)
		if err != nil {
			return Stats{}, fmt.Errorf("%s: %w", op, err)
		}
		s.mu.RLock()
		defer s.mu.RUnlock()
		cf, err := s.ix.compile(f)
		if err != nil {
			return Stats{}, fmt.Errorf("%s: %w", op, err)
		}
		return s.ix.filteredStats(cf), ctx.Err()
	}
	s.statsMu.Lock()
	defer s.statsMu.Unlock()
	s.mu.RLock()
	defer s.mu.RUnlock()
	ix := s.ix
	if c := s.stats; c != nil && c.version == ix.version {
		return c.st, ctx.Err()
	}
	st := ix.stats()
	s.stats = &cachedStats{version: ix.version, st: st}
	return st, ctx.Err()
}

// isZero reports whether f is the zero Filter.
func isZero(f Filter) bool { return reflect.ValueOf(f).IsZero() }

// cachedStats are the Stats of one index version.
type cachedStats struct {
	version uint64
	st      Stats
}

func (ix *index) stats() Stats {
	cf, _ := ix.compile(Filter{IncludeNegated: true})
	st := Stats{Documents: len(ix.docByID), Evidence: len(ix.evByID)}
	types := map[string]int{}
	for _, e := range ix.ents {
		if e.visible() {
			st.Entities++
			types[e.typ]++
		}
	}
	ix.relationStats(cf, &st, nil)
	st.EntitiesByType = counts(types)
	return st
}

// relationStats counts the relations passing the filter into st, and
// calls each (when not nil) with each of them.
func (ix *index) relationStats(cf *cfilter, st *Stats, each func(r *rel, rel Relation)) {
	preds, fams, classes := map[string]int{}, map[string]int{}, map[string]int{}
	for _, r := range ix.rels {
		rel, ok := ix.aggregate(r, cf)
		if !ok {
			continue
		}
		st.Relations++
		preds[r.p]++
		if rel.Event != nil {
			if f := Family(rel.Event.Code); f != "" {
				fams[f]++
			}
			if c := QuadClass(rel.Event.Code); c > 0 {
				classes[strconv.Itoa(c)]++
			}
		}
		if each != nil {
			each(r, rel)
		}
	}
	st.RelationsByPredicate = counts(preds)
	st.RelationsByFamily = counts(fams)
	for i := range st.RelationsByFamily {
		st.RelationsByFamily[i].Label = FamilyName(st.RelationsByFamily[i].Key)
	}
	st.RelationsByQuadClass = counts(classes)
	for i := range st.RelationsByQuadClass {
		c, _ := strconv.Atoi(st.RelationsByQuadClass[i].Key)
		st.RelationsByQuadClass[i].Label = QuadClassName(c)
	}
}

func (ix *index) filteredStats(cf *cfilter) Stats {
	var st Stats
	docs := map[string]bool{}
	ents := map[int32]bool{}
	relSel := cf.relSel()
	ix.relationStats(cf, &st, func(r *rel, rel Relation) {
		st.Evidence += len(rel.Evidence)
		for _, d := range rel.Documents {
			docs[d] = true
		}
		if relSel {
			ents[r.s], ents[r.o] = true, true
		}
	})
	if relSel {
		st.Documents = len(docs)
	} else {
		for di, d := range ix.docs {
			if d == nil || !cf.docPass(ix, int32(di)) {
				continue
			}
			st.Documents++
			for _, ei := range d.ents {
				ents[ei] = true
			}
		}
	}
	types := map[string]int{}
	for ei := range ents {
		if e := ix.ents[ei]; e.visible() {
			st.Entities++
			types[e.typ]++
		}
	}
	st.EntitiesByType = counts(types)
	return st
}

// counts sorts a breakdown by count, largest first, then by key.
func counts(m map[string]int) []Count {
	out := make([]Count, 0, len(m))
	for k, n := range m {
		out = append(out, Count{Key: k, Count: n})
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].Count != out[b].Count {
			return out[a].Count > out[b].Count
		}
		return out[a].Key < out[b].Key
	})
	return out
}

// TopQuery asks TopEntities for a ranking.
type TopQuery struct {
	By     Rank
	Type   string // only entities of this type, when set
	First  int
	Filter Filter // rank within the part of the graph the filter selects
}

// TopEntities ranks visible entities (of one type when set) by degree,
// mentions, documents or a centrality, ties by ID. Under a filter, degree
// counts the distinct relations passing it, mentions and documents count
// the documents passing its document part (Sources, Outlets, Text,
// publication range, Document), and centralities are computed over the
// graph of the passing relations (Analytics); an entity scoring 0 is left
// out then.
func (s *Service) TopEntities(ctx context.Context, q TopQuery) ([]Ranked, error) {
	const op = "query.TopEntities"
	if err := checkPage(Page{First: q.First}, s.limits.MaxPage); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	if q.By == ByPageRank || q.By == ByBetweenness {
		return s.topCentral(ctx, q)
	}
	f, err := s.resolveText(ctx, q.Filter)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	ix := s.ix
	cf, err := ix.compile(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	var scores []int // by entity index, when filtered
	if !isZero(q.Filter) {
		scores = make([]int, len(ix.ents))
		switch q.By {
		case ByDegree:
			for _, r := range ix.rels {
				if cf.passes(ix, r) {
					scores[r.s]++
					if r.o != r.s {
						scores[r.o]++
					}
				}
			}
		default:
			for di, d := range ix.docs {
				if d == nil || !cf.docPass(ix, int32(di)) {
					continue
				}
				for i, ei := range d.ents {
					if q.By == ByMentions {
						scores[ei] += d.contribs[i].mentions
					} else {
						scores[ei]++
					}
				}
			}
		}
	}
	score := func(ei int32) int {
		if scores != nil {
			return scores[ei]
		}
		e := ix.ents[ei]
		switch q.By {
		case ByMentions:
			return e.mentions
		case ByDocuments:
			return len(e.docs)
		}
		return e.degree
	}
	var all []int32
	for ei, e := range ix.ents {
		if e.visible() && (q.Type == "" || e.typ == q.Type) && (scores == nil || scores[ei] > 0) {
			all = append(all, int32(ei))
		}
	}
	sort.Slice(all, func(a, b int) bool {
		if sa, sb := score(all[a]), score(all[b]); sa != sb {
			return sa > sb
		}
		return ix.ents[all[a]].id < ix.ents[all[b]].id
	})
	if len(all) > q.First {
		all = all[:q.First]
	}
	out := make([]Ranked, len(all))
	for i, ei := range all {
		sc := score(ei)
		out[i] = Ranked{Entity: ix.entityValue(ei), Score: sc, Value: float64(sc)}
	}
	return out, ctx.Err()
}

// maxBuckets bounds a timeline.
const maxBuckets = 5000

// Timeline counts, per interval, the (relation, document) pairs of the
// entity's relations (of every relation when id is "") passing the filter,
// by the document's publication date, with GDELT quad classes. Undated
// documents are not counted in the buckets but in Undated and
// UndatedDocuments, so that an empty timeline says why. Empty intervals
// between the first and the last are included.
func (s *Service) Timeline(ctx context.Context, id string, iv Interval, f Filter) (Timeline, error) {
	const op = "query.Timeline"
	if iv < Day || iv > Month {
		return Timeline{}, fmt.Errorf("%s: unknown interval %d: %w", op, iv, ErrBadInput)
	}
	f, err := s.resolveText(ctx, f)
	if err != nil {
		return Timeline{}, fmt.Errorf("%s: %w", op, err)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	ix := s.ix
	cf, err := ix.compile(f)
	if err != nil {
		return Timeline{}, fmt.Errorf("%s: %w", op, err)
	}
	var lists [2][]int32
	if id != "" {
		ei, ok := ix.lookup(id)
		if !ok || !ix.ents[ei].visible() {
			return Timeline{}, fmt.Errorf("%s %s: %w", op, id, ErrNotFound)
		}
		lists = [2][]int32{ix.ents[ei].out, ix.ents[ei].in}
	} else {
		all := make([]int32, len(ix.rels))
		for i := range all {
			all[i] = int32(i)
		}
		lists[0] = all
	}
	type acc struct {
		b    Bucket
		gsum float64
		gn   int
	}
	var tl Timeline
	undatedDocs := map[int32]bool{}
	buckets := map[time.Time]*acc{}
	for _, list := range lists {
		for _, ri := range list {
			r := ix.rels[ri]
			if !cf.passRel(r) {
				continue
			}
			perDoc := map[int32]*evidence{}
			for _, ev := range r.sup {
				if cf.pass(ix, ev) {
					if prev, ok := perDoc[ev.doc]; !ok || prev.event == nil && ev.event != nil {
						perDoc[ev.doc] = ev
					}
				}
			}
			for di, ev := range perDoc {
				t, ok := ix.pubTime(di)
				if !ok {
					tl.Undated++
					undatedDocs[di] = true
					continue
				}
				tl.Dated++
				start := bucketStart(t, iv)
				a := buckets[start]
				if a == nil {
					a = &acc{b: Bucket{Start: start, End: bucketEnd(start, iv)}}
					buckets[start] = a
				}
				a.b.Relations++
				if ev.event != nil {
					a.b.QuadClasses[QuadClass(ev.event.Code)]++
					a.gsum += ev.event.Goldstein
					a.gn++
				} else {
					a.b.QuadClasses[0]++
				}
			}
		}
	}
	tl.UndatedDocuments = len(undatedDocs)
	tl.Buckets = []Bucket{}
	if len(buckets) == 0 {
		return tl, ctx.Err()
	}
	var first, last time.Time
	for t := range buckets {
		if first.IsZero() || t.Before(first) {
			first = t
		}
		if t.After(last) {
			last = t
		}
	}
	for t := first; !t.After(last); t = bucketEnd(t, iv) {
		if len(tl.Buckets) >= maxBuckets {
			return Timeline{}, fmt.Errorf("%s: more than %d buckets, use a wider interval: %w", op, maxBuckets, ErrLimit)
		}
		if a := buckets[t]; a != nil {
			if a.gn > 0 {
				g := a.gsum / float64(a.gn)
				a.b.Goldstein = &g
			}
			tl.Buckets = append(tl.Buckets, a.b)
		} else {
			tl.Buckets = append(tl.Buckets, Bucket{Start: t, End: bucketEnd(t, iv)})
		}
	}
	return tl, ctx.Err()
}

func bucketStart(t time.Time, iv Interval) time.Time {
	t = t.UTC()
	y, m, d := t.Date()
	switch iv {
	case Week:
		day := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		off := (int(day.Weekday()) + 6) % 7 // Monday = 0
		return day.AddDate(0, 0, -off)
	case Month:
		return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	default:
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
}

func bucketEnd(start time.Time, iv Interval) time.Time {
	switch iv {
	case Week:
		return start.AddDate(0, 0, 7)
	case Month:
		return start.AddDate(0, 1, 0)
	default:
		return start.AddDate(0, 0, 1)
	}
}
