package main

import (
	"fmt"
	"sort"

	"github.com/newsgraph/newsgraph/internal/nlp"
)

// analysis counts, for each gold CoNLL type, what the recogniser made of
// its spans, and for each predicted type, what its false positives were.
type analysis struct {
	gold map[string]map[string]int
	fp   map[string]map[string]int
}

func newAnalysis() *analysis {
	return &analysis{gold: map[string]map[string]int{}, fp: map[string]map[string]int{}}
}

func inc(m map[string]map[string]int, a, b string) {
	if m[a] == nil {
		m[a] = map[string]int{}
	}
	m[a][b]++
}

func (a *analysis) add(toks []nlp.Token, gold, pred []span) {
	allCaps := true
	for _, t := range toks {
		for _, r := range t.Text {
			if r >= 'a' && r <= 'z' {
				allCaps = false
			}
		}
	}
	cc := ""
	if allCaps {
		cc = " (caps)"
	}
	for _, g := range gold {
		gt := g.typ
		if ct := nlp.CoarseType(gt); ct != "" {
			gt = ct
		}
		res := "missed"
		for _, p := range pred {
			if p.start == g.start && p.end == g.end {
				res = "same span " + p.typ
				break
			}
			if p.start < g.end && g.start < p.end {
				res = "overlap " + p.typ
			}
		}
		inc(a.gold, gt, res+cc)
		if res == "missed" && *flagNERMissed != "" && *flagNERMissed == gt {
			fmt.Printf("MISSED %s: %s || %s\n", gt, text(toks, g.start, g.end), text(toks, 0, len(toks)))
		}
	}
	for _, p := range pred {
		pt := nlp.CoarseType(p.typ)
		if pt == "" {
			continue
		}
		res := "no gold"
		for _, g := range gold {
			if p.start == g.start && p.end == g.end {
				res = "same span gold " + g.typ
				break
			}
			if p.start < g.end && g.start < p.end {
				res = "overlap gold " + g.typ
			}
		}
		if res == "same span gold "+pt || (pt == "PER" && res == "same span gold PER") || (pt == "LOC" && res == "same span gold LOC") {
			continue
		}
		inc(a.fp, p.typ, res+cc)
	}
}

func (a *analysis) print() {
	dump := func(title string, m map[string]map[string]int) {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			var rs []string
			for r := range m[k] {
				rs = append(rs, r)
			}
			sort.Slice(rs, func(i, j int) bool { return m[k][rs[i]] > m[k][rs[j]] })
			fmt.Printf("%s %s:", title, k)
			for _, r := range rs {
				fmt.Printf(" [%s %d]", r, m[k][r])
			}
			fmt.Println()
		}
	}
	dump("gold", a.gold)
	dump("pred", a.fp)
}
