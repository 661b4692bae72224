package query

import (
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"reflect"
	"sort"
	"testing"
	"time"
)

// searchDoc is a synthetic document naming entities: entity j is called
// by a name that depends on the document (so its most frequent name can
// change as documents come and go) and carries an alias in some.
func searchDoc(i int, r *rand.Rand, entities int) *docData {
	d := newDocData(fmt.Sprintf("doc-%04d", i))
	d.complete = true
	for range 1 + r.IntN(6) {
		j := r.IntN(entities)
		c := d.ent(fmt.Sprintf("person/p%d", j))
		c.typ = "PERSON"
		c.name = fmt.Sprintf("%s Ödegaard%d", []string{"Anna", "Bruno", "Chloé", "Dmitri"}[(j+i%3)%4], j)
		if r.IntN(3) == 0 {
			c.aliases = []string{fmt.Sprintf("A.%d", j+i%2)}
		}
		c.mentions = 1 + r.IntN(3)
	}
	return d
}

// liveKeys lists the live keys of a search index as entity|orig|alias.
func liveKeys(ix *index, si *searchIndex) []string {
	var out []string
	for _, k := range si.keys {
		if k.ent >= 0 {
			out = append(out, fmt.Sprintf("%s|%s|%v", ix.ents[k.ent].id, k.orig, k.alias))
		}
	}
	sort.Strings(out)
	return out
}

// prefixWords lists the live words starting with q in the order Search
// meets them.
func prefixWords(ix *index, si *searchIndex, q string) []string {
	var out []string
	si.prefix(q, func(w int32) bool {
		out = append(out, si.words[w].s+"="+ix.ents[si.keys[si.words[w].key].ent].id)
		return true
	})
	return out
}

// TestSearchIndexIncremental adds and removes documents one at a time and
// checks after each step that the maintained search index answers as one
// built from scratch, through the delta, dead keys and rebuilds.
func TestSearchIndexIncremental(t *testing.T) {
	tests := []struct {
		name     string
		docs     int
		entities int
	}{
		{"few entities, names change often", 300, 40},
		{"many entities, rebuilds on growth", 2500, 3000},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			r := rand.New(rand.NewPCG(1, uint64(tc.docs)))
			s := &Service{limits: DefaultLimits(), log: slog.New(slog.DiscardHandler), ix: newIndex()}
			var added []string
			queries := []string{"anna", "ödegaard1", "odegaard12", "chloe odegaard3", "a 1", "dmitri", "brno", "a 7"}
			check := func(step int) {
				t.Helper()
				fresh := buildSearch(s.ix)
				if got, want := liveKeys(s.ix, s.ix.search), liveKeys(s.ix, fresh); !reflect.DeepEqual(got, want) {
					t.Fatalf("step %d: maintained keys %v, want %v", step, got, want)
				}
				rebuilt := &Service{limits: s.limits, log: s.log, ix: &index{}}
				*rebuilt.ix = *s.ix
				rebuilt.ix.search = fresh
				for _, q := range queries {
					if got, want := prefixWords(s.ix, s.ix.search, normalize(q)), prefixWords(s.ix, fresh, normalize(q)); !reflect.DeepEqual(got, want) {
						t.Fatalf("step %d: prefix %q: got %v, want %v", step, q, got, want)
					}
					got, err1 := s.Search(ctx, q, nil, Page{First: 20})
					want, err2 := rebuilt.Search(ctx, q, nil, Page{First: 20})
					if err1 != nil || err2 != nil {
						t.Fatalf("step %d: Search(%q): %v, %v", step, q, err1, err2)
					}
					if !reflect.DeepEqual(got, want) {
						t.Fatalf("step %d: Search(%q): got %+v, want %+v", step, q, got, want)
					}
				}
			}
			rebuilds := 0
			for i := range tc.docs {
				d := searchDoc(i, r, tc.entities)
				before := s.ix.search
				s.lockIndex()
				s.ix.add(d)
				s.mu.Unlock()
				s.maintainSearch()
				added = append(added, d.id)
				if r.IntN(4) == 0 {
					victim := added[r.IntN(len(added))]
					if err := s.UnindexDocument(ctx, victim); err != nil {
						t.Fatal(err)
					}
				}
				if s.ix.search != before {
					rebuilds++
				}
				if i%50 == 0 || i == tc.docs-1 {
					check(i)
				}
			}
			if tc.entities > 1000 && rebuilds == 0 {
				t.Errorf("no rebuild of the search index after %d documents", tc.docs)
			}
			if len(s.ix.search.recent) == 0 && tc.entities <= 1000 {
				t.Errorf("delta empty: the maintained index was not exercised")
			}
		})
	}
}

// relDoc is a synthetic document stating "a -meet-> b" n times, dated day
// i, some statements negated.
func relDoc(i, n int) *docData {
	d := newDocData(fmt.Sprintf("rel-doc-%03d", i))
	d.complete = true
	pub := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, (i*37)%101)
	d.published = &pub
	d.ent("person/a").name = "A"
	d.ent("person/b").name = "B"
	for k := range n {
		g := float64(k%7) - 3
		d.evs[fmt.Sprintf("ng:ev/%s/%d", d.id, k)] = &evData{s: "person/a", p: "meet", o: "person/b",
			start: k, end: k + 1, conf: 0.5, hasConf: true, negated: (i+k)%5 == 0,
			code: fmt.Sprint(40 + k%3), label: "consult", goldstein: &g}
	}
	return d
}

// TestAggregateCache checks that the cached default aggregate of a well
// supported relation always equals a fresh computation, as documents come
// and go, and that callers cannot change the cached copy.
func TestAggregateCache(t *testing.T) {
	ix := newIndex()
	r := rand.New(rand.NewPCG(7, 7))
	var ids []string
	for i := range 120 {
		d := relDoc(i, 1+r.IntN(3))
		ix.add(d)
		ids = append(ids, d.id)
		if r.IntN(3) == 0 {
			ix.remove(ids[r.IntN(len(ids))])
		}
		cf, err := ix.compile(Filter{})
		if err != nil {
			t.Fatal(err)
		}
		ri, ok := ix.relByKey[triple{"person/a", "meet", "person/b"}]
		if !ok {
			continue
		}
		rl := ix.rels[ri]
		for _, mode := range []aggMode{aggFull, aggEdge, aggExport} {
			for range 2 { // the second time from the cache
				got, gotOK := ix.aggregateMode(rl, cf, mode)
				want, wantOK := ix.computeAggregate(rl, cf, mode)
				if gotOK != wantOK || !reflect.DeepEqual(got, want) {
					t.Fatalf("step %d mode %d (%d evidence): got %+v %v, want %+v %v", i, mode, len(rl.sup), got, gotOK, want, wantOK)
				}
				if got.Event != nil {
					got.Event.Code = "changed"
				}
				if got.FirstSeen != nil {
					*got.FirstSeen = time.Time{}
				}
			}
		}
		if len(rl.sup) >= minCachedSupport && rl.agg[aggFull].Load() == nil {
			t.Fatalf("step %d: %d evidence and no cached aggregate", i, len(rl.sup))
		}
	}
}
