package query

import (
	"fmt"
	"reflect"
	"testing"
	"time"
)

// TestAggregateCacheFollowsChanges checks that the cached aggregates of a
// well supported relation, brought up to date by merging the evidence
// added since (or recomputed after a removal), equal a computation from
// scratch after every change, in every cached mode.
func TestAggregateCacheFollowsChanges(t *testing.T) {
	ix := newIndex()
	base := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	mkDoc := func(n int) *docData {
		d := newDocData(fmt.Sprintf("d%03d", n))
		d.complete = true
		if n%7 != 3 { // some undated
			p := base.Add(time.Duration((n*37)%50) * 24 * time.Hour) // dates out of order, some equal
			d.published = &p
		}
		d.ent("a").name, d.ent("b").name = "A", "B"
		for k := 0; k < 1+n%3; k++ {
			e := &evData{s: "a", p: "meet", o: "b", start: k, end: k + 1, conf: 0.5, hasConf: true,
				negated: n%5 == 0 && k == 0, code: fmt.Sprintf("0%d", 1+n%4), label: "x"}
			if n%2 == 0 {
				e.modality = "may"
			}
			d.evs[fmt.Sprintf("ev/%s/%d", d.id, k)] = e
		}
		return d
	}
	ri := int32(-1)
	check := func(step string) {
		t.Helper()
		cf, err := ix.compile(Filter{})
		if err != nil {
			t.Fatal(err)
		}
		r := ix.rels[ri]
		for _, mode := range []aggMode{aggFull, aggEdge, aggExport} {
			for range 2 { // the second answer comes from the cache
				got, gotOK := ix.aggregateMode(r, cf, mode)
				want, wantOK := ix.computeAggregate(r, cf, mode)
				if gotOK != wantOK || !reflect.DeepEqual(got, want) {
					t.Fatalf("%s, mode %d: got %v %+v, want %v %+v", step, mode, gotOK, got, wantOK, want)
				}
			}
		}
	}
	for n := range 40 {
		ix.add(mkDoc(n))
		if ri < 0 {
			ri = ix.relByKey[triple{"a", "meet", "b"}]
		}
		if n >= 20 {
			check(fmt.Sprintf("after adding d%03d", n))
		}
		if n == 30 {
			ix.remove("d007")
			check("after removing d007")
		}
	}
	if got := len(ix.rels[ri].sup); got < minCachedSupport {
		t.Fatalf("relation has %d evidence, want at least %d so that the cache is used", got, minCachedSupport)
	}
}
