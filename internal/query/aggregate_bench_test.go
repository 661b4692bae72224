package query

import (
	"fmt"
	"testing"
	"time"
)

// BenchmarkAggregateAfterAdd measures the default aggregate of a relation
// cited by 3,000 documents right after one more document cites it (what
// an entity's relations cost for every hub relation while an ingest
// runs): brought up to date from the cached one, and computed from
// scratch.
func BenchmarkAggregateAfterAdd(b *testing.B) {
	ix := newIndex()
	base := time.Date(2004, 1, 1, 0, 0, 0, 0, time.UTC)
	n := 0
	addDoc := func() {
		d := newDocData(fmt.Sprintf("doc%07d", n))
		d.complete = true
		p := base.Add(time.Duration(n%2000) * 8 * time.Hour)
		d.published = &p
		d.ent("a").name, d.ent("b").name = "A", "B"
		d.evs[fmt.Sprintf("ev/%s/0", d.id)] = &evData{s: "a", p: "meet", o: "b", conf: 0.8, hasConf: true, code: "040"}
		ix.add(d)
		n++
	}
	for range 3000 {
		addDoc()
	}
	r := ix.rels[ix.relByKey[triple{"a", "meet", "b"}]]
	cf, _ := ix.compile(Filter{})
	b.Run("cached-then-merged", func(b *testing.B) {
		ix.aggregateMode(r, cf, aggFull)
		for b.Loop() {
			b.StopTimer()
			addDoc()
			b.StartTimer()
			if _, ok := ix.aggregateMode(r, cf, aggFull); !ok {
				b.Fatal("no aggregate")
			}
		}
	})
	b.Run("from-scratch", func(b *testing.B) {
		for b.Loop() {
			if _, ok := ix.computeAggregate(r, cf, aggFull); !ok {
				b.Fatal("no aggregate")
			}
		}
	})
}
