package extract

import (
	"fmt"
	"os"
	"sort"
	"testing"
)

// TestCorpusStats prints the most frequent predicates and entity types
// over the BBC corpus (a review aid, skipped unless EXTRACT_STATS is set).
func TestCorpusStats(t *testing.T) {
	if os.Getenv("EXTRACT_STATS") == "" {
		t.Skip("set EXTRACT_STATS=1")
	}
	x := newTestExtractor(t)
	preds := map[string]int{}
	types := map[string]int{}
	nrel, ndoc := 0, 0
	for _, text := range bbcTexts(t, 0) {
		res := x.Extract(text)
		ndoc++
		for _, e := range res.Entities {
			types[e.Type]++
		}
		for _, r := range res.Relations {
			preds[r.Predicate]++
			nrel++
		}
	}
	fmt.Printf("docs %d relations %d types %v\n", ndoc, nrel, types)
	type kv struct {
		k string
		v int
	}
	var list []kv
	for k, v := range preds {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].v > list[j].v })
	for i, p := range list {
		if i >= 80 {
			break
		}
		fmt.Printf("%5d %s\n", p.v, p.k)
	}
}

// TestMissed prints sentences with two or more named entities and no
// relation (a review aid, skipped unless EXTRACT_MISSED is set).
func TestMissed(t *testing.T) {
	if os.Getenv("EXTRACT_MISSED") == "" {
		t.Skip("set EXTRACT_MISSED=1")
	}
	x := newTestExtractor(t)
	n := 0
	for i, text := range bbcTexts(t, 0) {
		if i%37 != 0 {
			continue
		}
		d := x.analyse(text)
		d.findMentions()
		d.resolve()
		d.findRelations()
		used := map[int]bool{}
		for _, r := range d.rels {
			for _, e := range r.Evidence {
				used[e.Start] = true
			}
		}
		for si, s := range d.sents {
			ents := map[int]bool{}
			for j := s.t0; j < s.t1; j++ {
				if m := d.toks[j].mention; m >= 0 && d.mentions[m].ent >= 0 && !d.mentions[m].modifier {
					ents[d.mentions[m].ent] = true
				}
			}
			if len(ents) >= 2 && !used[d.origOff(s.start)] && !s.headline {
				var names []string
				for e := range ents {
					names = append(names, d.ents[e].name)
				}
				fmt.Printf("%d %v | %s\n", si, names, d.clean[s.start:s.end])
				n++
			}
		}
	}
	fmt.Println("sentences:", n)
}
