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
