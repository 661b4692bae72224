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

func (a *analysis) add(toks []nlp.Token, gold, pred []nlp.Span) {
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
		gt := g.Type
		if ct := nlp.CoarseType(gt); ct != "" {
			gt = ct
		}
		res := "missed"
		for _, p := range pred {
			if p.Start == g.Start && p.End == g.End {
				res = "same span " + p.Type
				break
			}
			if p.Start < g.End && g.Start < p.End {
				res = "overlap " + p.Type
			}
		}
		inc(a.gold, gt, res+cc)
		if res == "missed" && *flagNERMissed != "" && *flagNERMissed == gt {
			fmt.Printf("MISSED %s: %s || %s\n", gt, text(toks, g.Start, g.End), text(toks, 0, len(toks)))
		}
	}
	for _, p := range pred {
		pt := nlp.CoarseType(p.Type)
		if pt == "" {
			continue
		}
		res := "no gold"
		for _, g := range gold {
			if p.Start == g.Start && p.End == g.End {
				res = "same span gold " + g.Type
				break
			}
			if p.Start < g.End && g.Start < p.End {
				res = "overlap gold " + g.Type
			}
		}
		if res == "same span gold "+pt {
			continue
		}
		inc(a.fp, p.Type, res+cc)
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
			sort.Slice(rs, func(i, j int) bool {
				if m[k][rs[i]] != m[k][rs[j]] {
					return m[k][rs[i]] > m[k][rs[j]]
				}
				return rs[i] < rs[j]
			})
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
