package query

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"time"
)

// Stats counts the visible graph. Relation breakdowns count each relation
// once, by its most frequent event.
func (s *Service) Stats(ctx context.Context) (Stats, error) {
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

// cachedStats are the Stats of one index version.
type cachedStats struct {
	version uint64
	st      Stats
}

func (ix *index) stats() Stats {
	cf, _ := ix.compile(Filter{IncludeNegated: true})
	st := Stats{Documents: len(ix.docByID), Evidence: len(ix.evByID)}
	types, preds, fams, classes := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	for _, e := range ix.ents {
		if e.visible() {
			st.Entities++
			types[e.typ]++
		}
	}
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
	}
	st.EntitiesByType = counts(types)
	st.RelationsByPredicate = counts(preds)
	st.RelationsByFamily = counts(fams)
	st.RelationsByQuadClass = counts(classes)
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

// TopEntities ranks visible entities (of one type when typ is set) by
// degree or mentions, ties by ID.
func (s *Service) TopEntities(ctx context.Context, by Rank, typ string, first int) ([]Ranked, error) {
	const op = "query.TopEntities"
	if err := checkPage(Page{First: first}, s.limits.MaxPage); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	ix := s.ix
	score := func(e *entity) int {
		if by == ByMentions {
			return e.mentions
		}
		return e.degree
	}
	var all []int32
	for ei, e := range ix.ents {
		if e.visible() && (typ == "" || e.typ == typ) {
			all = append(all, int32(ei))
		}
	}
	sort.Slice(all, func(a, b int) bool {
		ea, eb := ix.ents[all[a]], ix.ents[all[b]]
		if sa, sb := score(ea), score(eb); sa != sb {
			return sa > sb
		}
		return ea.id < eb.id
	})
	if len(all) > first {
		all = all[:first]
	}
	out := make([]Ranked, len(all))
	for i, ei := range all {
		out[i] = Ranked{Entity: ix.entityValue(ei), Score: score(ix.ents[ei])}
	}
	return out, ctx.Err()
}

// maxBuckets bounds a timeline.
const maxBuckets = 5000

// Timeline counts, per interval, the (relation, document) pairs of the
// entity's relations passing the filter, by the document's publication
// date, with GDELT quad classes. Undated documents are not counted. Empty
// intervals between the first and the last are included.
func (s *Service) Timeline(ctx context.Context, id string, iv Interval, f Filter) ([]Bucket, error) {
	const op = "query.Timeline"
	if iv < Day || iv > Month {
		return nil, fmt.Errorf("%s: unknown interval %d: %w", op, iv, ErrBadInput)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	ix := s.ix
	cf, err := ix.compile(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	ei, ok := ix.lookup(id)
	if !ok || !ix.ents[ei].visible() {
		return nil, fmt.Errorf("%s %s: %w", op, id, ErrNotFound)
	}
	type acc struct {
		b    Bucket
		gsum float64
		gn   int
	}
	buckets := map[time.Time]*acc{}
	e := ix.ents[ei]
	for _, list := range [2][]int32{e.out, e.in} {
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
					continue
				}
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
	if len(buckets) == 0 {
		return []Bucket{}, ctx.Err()
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
	var out []Bucket
	for t := first; !t.After(last); t = bucketEnd(t, iv) {
		if len(out) >= maxBuckets {
			return nil, fmt.Errorf("%s: more than %d buckets, use a wider interval: %w", op, maxBuckets, ErrLimit)
		}
		if a := buckets[t]; a != nil {
			if a.gn > 0 {
				g := a.gsum / float64(a.gn)
				a.b.Goldstein = &g
			}
			out = append(out, a.b)
		} else {
			out = append(out, Bucket{Start: t, End: bucketEnd(t, iv)})
		}
	}
	return out, ctx.Err()
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
