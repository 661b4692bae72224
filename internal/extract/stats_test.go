package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/testenv"
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

// TestSampleRelations prints n relations drawn at random (fixed seed) from
// the whole BBC corpus, for review by hand (skipped unless EXTRACT_SAMPLE
// is set to the seed).
func TestSampleRelations(t *testing.T) {
	seed := os.Getenv("EXTRACT_SAMPLE")
	if seed == "" {
		t.Skip("set EXTRACT_SAMPLE to a seed")
	}
	x := newTestExtractor(t)
	type item struct{ rel, sent string }
	var all []item
	shared := testenv.SharedDir(t)
	files, err := filepath.Glob(filepath.Join(shared, "corpus", "bbc", "*", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skip("no BBC corpus")
	}
	dev := devBBCFiles(t, shared)
	for _, f := range files {
		if dev[f] {
			continue // the dev set is scored by TestDevScores
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		res := x.Extract(article.Normalize(string(b)))
		name := map[string]string{}
		for _, e := range res.Entities {
			name[e.ID] = e.Name
		}
		for _, r := range res.Relations {
			ev := r.Evidence[0]
			q := ""
			if r.Negated {
				q += " NEG"
			}
			if ev.Modality != "" {
				q += " mod=" + ev.Modality
			}
			if ev.Attribution != "" {
				q += " attr=" + ev.Attribution
			}
			code := ""
			if r.Event != nil {
				code = "/" + r.Event.Code
			}
			all = append(all, item{fmt.Sprintf("%s -%s%s-> %s (c=%.2f%s)", name[r.Subject], r.Predicate, code, name[r.Object], r.Confidence, q), ev.Sentence})
		}
	}
	var h uint64 = 1469598103934665603
	for _, c := range seed {
		h = (h ^ uint64(c)) * 1099511628211
	}
	for i := 0; i < 20 && len(all) > 0; i++ {
		h = h*6364136223846793005 + 1442695040888963407
		k := int(h>>33) % len(all)
		fmt.Printf("%2d. %s\n    | %s\n", i+1, all[k].rel, all[k].sent)
		all = append(all[:k], all[k+1:]...)
	}
}
