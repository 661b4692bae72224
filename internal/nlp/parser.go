package nlp

import (
	"io"
	"math/rand"
	"slices"
	"sort"
)

// Parser is an arc-hybrid transition parser (Kuhlmann et al. 2011) with an
// averaged perceptron, trained greedily with the dynamic oracle and error
// exploration of Goldberg and Nivre (2013); it parses greedily with a little
// selectional branching (parse). The root sits at the end of the
// buffer and may take one dependent. Feature templates follow Zhang and
// Nivre (2011), adapted to arc-hybrid. Its classes are "S" (shift), "L:rel"
// and "R:rel". A Parser is read-only and safe for concurrent use.
type Parser struct {
	m      *model
	labels []string // per class; "" for shift
	hlabel []uint64 // hashed labels per label index
	nlab   int
	// parse branches from at most branches calls whose runner-up came
	// within margin of the best (0: greedy)
	branches int
	margin   float32
}

const (
	shift = 0
)

func isLeft(c int) bool { return c > 0 && c%2 == 1 }
func labelOf(c int) int { return (c - 1) / 2 }

func newParser(m *model) *Parser {
	p := &Parser{m: m, nlab: (len(m.classes) - 1) / 2, branches: branches, margin: branchMargin}
	p.labels = make([]string, p.nlab)
	p.hlabel = make([]uint64, p.nlab)
	for c := 1; c < len(m.classes); c += 2 {
		p.labels[labelOf(c)] = m.classes[c][2:]
		p.hlabel[labelOf(c)] = hashString(m.classes[c][2:])
	}
	return p
}

// ReadParser reads a parser model written by (*Parser).Write.
func ReadParser(r io.Reader) (*Parser, error) {
	m, err := readModel(r)
	if err != nil {
		return nil, err
	}
	return newParser(m), nil
}

// Write writes the model.
func (p *Parser) Write(w io.Writer) error { return p.m.write(w) }

// pstate is a parser configuration over n tokens; token n is the root.
type pstate struct {
	n      int
	stack  []int
	b      int
	head   []int // -1 unassigned; n for the root
	rel    []int
	l1, l2 []int // two leftmost children
	r1, r2 []int // two rightmost children
	nl, nr []int
	// per token: hashes of the word and tag; index n is the root
	w, t, shp, suf []uint64
	c2, c3         []uint64 // word clusters (clusters.go)
	pv, pp         []int    // verbs and punctuation before each token
	ints           []int    // head to nr in one block
	steps          int      // transitions made
	ah             uint64   // hash of the set of attached tokens
}

func newPState(n int) *pstate {
	s := &pstate{n: n}
	s.stack = make([]int, 0, n)
	s.setInts(make([]int, 8*(n+1)))
	s.reset()
	h := make([]uint64, 6*(n+1))
	s.w, s.t, s.shp, s.suf = h[:n+1], h[n+1:2*n+2], h[2*n+2:3*n+3], h[3*n+3:4*n+4]
	s.c2, s.c3 = h[4*n+4:5*n+5], h[5*n+5:]
	pc := make([]int, 2*(n+2))
	s.pv, s.pp = pc[:n+2], pc[n+2:]
	return s
}

// setInts lays head to nr out in ints (8(n+1) long).
func (s *pstate) setInts(ints []int) {
	n := s.n
	s.ints = ints
	s.head, s.rel = ints[0:n+1], ints[n+1:2*n+2]
	s.l1, s.l2, s.r1, s.r2 = ints[2*n+2:3*n+3], ints[3*n+3:4*n+4], ints[4*n+4:5*n+5], ints[5*n+5:6*n+6]
	s.nl, s.nr = ints[6*n+6:7*n+7], ints[7*n+7:8*n+8]
}

func (s *pstate) terminal() bool { return s.b == s.n && len(s.stack) == 0 }

func (s *pstate) valid(v []bool) {
	for i := range v {
		v[i] = false
	}
	canShift := s.b < s.n
	canLeft := len(s.stack) > 0 && (s.b < s.n || len(s.stack) == 1)
	canRight := len(s.stack) > 1
	for c := range v {
		switch {
		case c == shift:
			v[c] = canShift
		case isLeft(c):
			v[c] = canLeft
		default:
			v[c] = canRight
		}
	}
}

func (s *pstate) arc(h, d, l int) {
	s.head[d], s.rel[d] = h, l
	s.ah ^= mix(uint64(d), 0x51ed27)
	if d < h {
		s.nl[h]++
		if s.l1[h] < 0 || d < s.l1[h] {
			s.l2[h], s.l1[h] = s.l1[h], d
		} else if s.l2[h] < 0 || d < s.l2[h] {
			s.l2[h] = d
		}
	} else {
		s.nr[h]++
		if d > s.r1[h] {
			s.r2[h], s.r1[h] = s.r1[h], d
		} else if d > s.r2[h] {
			s.r2[h] = d
		}
	}
}

func (s *pstate) apply(c int) {
	s.steps++
	switch {
	case c == shift:
		s.stack = append(s.stack, s.b)
		s.b++
	case isLeft(c):
		s0 := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.arc(s.b, s0, labelOf(c))
	default:
		s0, s1 := s.stack[len(s.stack)-1], s.stack[len(s.stack)-2]
		s.stack = s.stack[:len(s.stack)-1]
		s.arc(s1, s0, labelOf(c))
	}
}

// costs computes, for each valid class, how many gold arcs it makes
// unreachable (the arc-hybrid dynamic oracle); gold heads use n for the root.
func (s *pstate) costs(gold, goldRel []int, deps [][]int, valid []bool, cost []int) {
	ns := len(s.stack)
	var s0, s1 = -1, -1
	if ns > 0 {
		s0 = s.stack[ns-1]
	}
	if ns > 1 {
		s1 = s.stack[ns-2]
	}
	// dependents of s0 still in the buffer
	depsInBuf := 0
	if s0 >= 0 {
		for _, d := range deps[s0] {
			if d >= s.b {
				depsInBuf++
			}
		}
	}
	for c := range cost {
		if !valid[c] {
			cost[c] = 1 << 20
			continue
		}
		k := 0
		switch {
		case c == shift:
			b0 := s.b
			for i := 0; i < ns-1; i++ {
				if gold[b0] == s.stack[i] {
					k++
				}
			}
			for _, d := range deps[b0] {
				if s.head[d] < 0 && d < b0 && s.inStack(d) {
					k++
				}
			}
		case isLeft(c):
			h := gold[s0]
			if h == s1 && s1 >= 0 || h > s.b {
				k++
			}
			k += depsInBuf
			if h == s.b && goldRel[s0] != labelOf(c) {
				k++
			}
		default:
			h := gold[s0]
			if h >= s.b {
				k++
			}
			k += depsInBuf
			if h == s1 && goldRel[s0] != labelOf(c) {
				k++
			}
		}
		cost[c] = k
	}
}

func (s *pstate) inStack(x int) bool {
	// stack elements are increasing
	i := sort.SearchInts(s.stack, x)
	return i < len(s.stack) && s.stack[i] == x
}

var hNone, hRoot = hashString("-NONE-"), hashString("-ROOT-")

func dist(d int) uint64 {
	switch {
	case d <= 0:
		return 0
	case d < 5:
		return uint64(d)
	case d < 10:
		return 5
	}
	return 6
}

func (p *Parser) features(fs []uint64, s *pstate) []uint64 {
	get := func(i int) (w, t uint64) {
		if i < 0 {
			return hNone, hNone
		}
		return s.w[i], s.t[i]
	}
	lab := func(i int) uint64 {
		if i < 0 || s.rel[i] < 0 {
			return hNone
		}
		return p.hlabel[s.rel[i]]
	}
	ns := len(s.stack)
	s0, s1, s2 := -1, -1, -1
	if ns > 0 {
		s0 = s.stack[ns-1]
	}
	if ns > 1 {
		s1 = s.stack[ns-2]
	}
	if ns > 2 {
		s2 = s.stack[ns-3]
	}
	b0 := s.b
	b1, b2 := -1, -1
	if b0+1 <= s.n {
		b1 = b0 + 1
	}
	if b0+2 <= s.n {
		b2 = b0 + 2
	}
	kid := func(arr []int, i int) int {
		if i < 0 {
			return -1
		}
		return arr[i]
	}
	s0l1, s0l2, s0r1, s0r2 := kid(s.l1, s0), kid(s.l2, s0), kid(s.r1, s0), kid(s.r2, s0)
	s1l1, s1r1 := kid(s.l1, s1), kid(s.r1, s1)
	b0l1, b0l2 := kid(s.l1, b0), kid(s.l2, b0)
	s0w, s0t := get(s0)
	s1w, s1t := get(s1)
	_, s2t := get(s2)
	b0w, b0t := get(b0)
	b1w, b1t := get(b1)
	b2w, b2t := get(b2)
	s0l1w, s0l1t := get(s0l1)
	s0r1w, s0r1t := get(s0r1)
	_, s1l1t := get(s1l1)
	_, s1r1t := get(s1r1)
	b0l1w, b0l1t := get(b0l1)
	d, d2 := uint64(7), uint64(7)
	if s0 >= 0 {
		d = dist(b0 - s0)
	}
	if s1 >= 0 {
		d2 = dist(s0 - s1)
	}
	val := func(arr []int, i int) uint64 {
		if i < 0 {
			return 9
		}
		return uint64(min(arr[i], 4))
	}
	s0wt, s1wt, b0wt, b1wt := mix(s0w, s0t), mix(s1w, s1t), mix(b0w, b0t), mix(b1w, b1t)
	fs = append(fs,
		feat1(1, s0w), feat1(2, s0t), feat1(3, s0wt),
		feat1(4, s1w), feat1(5, s1t), feat1(6, s1wt),
		feat1(7, b0w), feat1(8, b0t), feat1(9, b0wt),
		feat1(10, b1w), feat1(11, b1t), feat1(12, b1wt),
		feat1(13, b2w), feat1(14, b2t), feat1(15, s2t),
		feat2(16, s0wt, b0wt), feat2(17, s0wt, b0w), feat2(18, s0w, b0wt),
		feat2(19, s0wt, b0t), feat2(20, s0t, b0wt), feat2(21, s0w, b0w), feat2(22, s0t, b0t),
		feat2(23, b0t, b1t), feat2(24, s0w, s1w), feat2(25, s0t, s1t), feat2(26, s1wt, s0t), feat2(27, s1t, s0wt),
		feat3(28, b0t, b1t, b2t), feat3(29, s0t, b0t, b1t), feat3(30, s1t, s0t, b0t),
		feat3(31, s0t, s0l1t, b0t), feat3(32, s0t, s0r1t, b0t), feat3(33, s0t, b0t, b0l1t),
		feat3(34, s1t, s0t, s0l1t), feat3(35, s1t, s0t, s0r1t), feat3(36, s2t, s1t, s0t),
		feat3(37, s1t, s1r1t, s0t), feat3(38, s1t, s1l1t, s0t),
		feat2(39, s0w, d), feat2(40, s0t, d), feat2(41, b0w, d), feat2(42, b0t, d), feat3(43, s0t, b0t, d),
		feat3(44, s1t, s0t, d2), feat2(45, s1w, d2), feat2(46, s0w, d2),
		feat2(47, s0w, val(s.nl, s0)), feat2(48, s0t, val(s.nl, s0)), feat2(49, s0w, val(s.nr, s0)),
		feat2(50, s0t, val(s.nr, s0)), feat2(51, b0w, val(s.nl, b0)), feat2(52, b0t, val(s.nl, b0)),
		feat2(53, s1t, val(s.nr, s1)), feat2(54, s1t, val(s.nl, s1)),
		feat2(55, s0t, lab(s0l1)), feat2(56, s0t, lab(s0r1)), feat2(57, b0t, lab(b0l1)),
		feat3(58, s0t, lab(s0l1), lab(s0l2)), feat3(59, s0t, lab(s0r1), lab(s0r2)), feat3(60, b0t, lab(b0l1), lab(b0l2)),
		feat2(61, s1t, lab(s1r1)), feat2(62, s1t, lab(s1l1)),
		feat1(63, s0l1w), feat1(64, s0r1w), feat1(65, b0l1w), feat1(66, s0l1t), feat1(67, s0r1t), feat1(68, b0l1t),
		feat2(69, s0t, b1w), feat2(70, b0w, b1w),
	)
	if s0 >= 0 {
		fs = append(fs, feat2(71, s.shp[s0], b0t), feat2(73, s.suf[s0], b0t))
	}
	if b0 < s.n {
		fs = append(fs, feat2(72, s.shp[b0], s0t), feat2(74, s.suf[b0], s0t))
	}
	fs = append(fs, feat2(75, s1w, b0w), feat3(76, s1t, b0t, d2), feat3(77, s0t, s1t, lab(s1r1)),
		feat3(78, s0w, b0t, b1t), feat3(79, s0t, b0w, b1t), feat2(80, s0wt, b1t))
	// Word clusters stand in for words the treebanks rarely show (Koo,
	// Carreras and Collins 2008).
	cl := func(arr []uint64, i int) uint64 {
		if i < 0 {
			return hNone
		}
		return arr[i]
	}
	s0c2, s0c3, s1c2 := cl(s.c2, s0), cl(s.c3, s0), cl(s.c2, s1)
	b0c2, b0c3, b1c2 := cl(s.c2, b0), cl(s.c3, b0), cl(s.c2, b1)
	fs = append(fs, feat1(81, s0c3), feat1(82, b0c3), feat2(83, s0c2, b0c2), feat2(84, s0c3, b0t),
		feat2(85, s0t, b0c3), feat3(86, s0c2, b0c2, d), feat2(87, s1c2, s0c2), feat2(88, b0c2, b1c2))
	// verbs and punctuation between s1, s0 and b0
	if s0 >= 0 {
		nv, np := uint64(min(s.pv[b0]-s.pv[s0+1], 2)), uint64(min(s.pp[b0]-s.pp[s0+1], 2))
		fs = append(fs, feat3(89, s0t, b0t, nv), feat3(90, s0t, b0t, np), feat3(91, s0t, b0t, nv*3+np), feat2(92, d, nv*3+np))
		if s1 >= 0 {
			nv2, np2 := uint64(min(s.pv[s0]-s.pv[s1+1], 2)), uint64(min(s.pp[s0]-s.pp[s1+1], 2))
			fs = append(fs, feat3(93, s1t, s0t, nv2*3+np2))
		}
	}
	return fs
}

func (s *pstate) load(toks []Token, ws []wordInfo) {
	for i := range toks {
		s.w[i] = ws[i].lower
		// the tagger's class, "VBZ AUX": UD's relations follow UPOS (AUX
		// or VERB, SCONJ or ADP)
		s.t[i] = mix(hashString(toks[i].Tag), hashString(toks[i].UPOS))
		s.shp[i] = ws[i].shape
		s.suf[i] = ws[i].suf3
		s.c2[i], s.c3[i] = ws[i].cl2, ws[i].cl3
		s.pv[i+1], s.pp[i+1] = s.pv[i], s.pp[i]
		switch toks[i].UPOS {
		case "VERB", "AUX":
			s.pv[i+1]++
		case "PUNCT":
			s.pp[i+1]++
		}
	}
	s.w[s.n], s.t[s.n], s.shp[s.n], s.suf[s.n] = hRoot, hRoot, hRoot, hRoot
	s.c2[s.n], s.c3[s.n] = hRoot, hRoot
	s.pv[s.n+1], s.pp[s.n+1] = s.pv[s.n], s.pp[s.n]
}

// Parse sets Head and Rel of every token; the tokens must be tagged.
func (p *Parser) Parse(toks []Token) { p.parse(toks, wordInfos(toks, nil), nil) }

// parse parses toks, whose word infos are ws, with selectional branching
// (Choi and McCallum 2013): the greedy parse notes the calls where the
// runner-up transition scored within p.margin of the best; from the
// closest p.branches of them the runner-up is taken and the parse goes on
// greedily until it has rejoined the greedy parse (the same stack and
// buffer) for branchLookahead transitions. A branch whose transitions up
// to there score higher in total than the greedy parse's replaces the arcs
// the greedy parse made between the two points; branches over stretches
// that do not overlap all count. Every parse makes 2n transitions, so the
// totals compare. When conf is not nil, conf[i] is set to how far the
// transition that attached token i scored above the runner-up (the
// branch's gain for an arc a branch replaced).
func (p *Parser) parse(toks []Token, ws []wordInfo, conf []float32) {
	n := len(toks)
	if n == 0 {
		return
	}
	s := newPState(n)
	s.load(toks, ws)
	nc := len(p.m.classes)
	sc := &parseScratch{scores: make([]float32, nc), valid: make([]bool, nc), fs: make([]uint64, 0, 96)}
	bs := branchSet{max: p.branches}
	tr := &trace{c: make([]int, 0, 2*n), b: make([]int, 1, 2*n+1), ah: make([]uint64, 1, 2*n+1), total: make([]float32, 1, 2*n+1), at: make([]int, n), margin: conf}
	total := p.run(s, 0, &bs, sc, tr, nil)
	var wins []branchWin
	var b *pstate // the branches' state, replayed from the greedy parse's transitions
	for _, bp := range bs.pts {
		if b == nil {
			b = s.sibling()
		}
		b.reset()
		for _, c := range tr.c[:bp.step] {
			b.apply(c)
		}
		b.apply(bp.alt)
		to := -1
		bt := p.run(b, bp.total, nil, sc, nil, &rejoin{tr: tr, at: &to})
		if to >= 0 {
			bt += total - tr.total[to]
		} else { // never rejoined: the branch differs to the end
			to = len(tr.c)
		}
		if bt > total {
			w := branchWin{from: bp.step, to: to, gain: bt - total}
			for i := range n {
				if tr.at[i] > w.from && tr.at[i] <= to {
					w.arcs = append(w.arcs, [3]int{i, b.head[i], b.rel[i]})
				}
			}
			wins = append(wins, w)
		}
	}
	sort.SliceStable(wins, func(i, j int) bool { return wins[i].gain > wins[j].gain })
	var taken []branchWin
	for _, w := range wins {
		free := true
		for _, x := range taken {
			if w.from < x.to && x.from < w.to {
				free = false
			}
		}
		if !free {
			continue
		}
		taken = append(taken, w)
		for _, a := range w.arcs {
			s.head[a[0]], s.rel[a[0]] = a[1], a[2]
			if conf != nil {
				conf[a[0]] = w.gain
			}
		}
	}
	for i := range toks {
		h := s.head[i]
		if h == n {
			toks[i].Head, toks[i].Rel = -1, "root"
			continue
		}
		toks[i].Head, toks[i].Rel = h, p.labels[s.rel[i]]
	}
}

// Selectional branching's settings, tuned on EWT dev (held out): on the
// parser trained without dev, 8 branches within 4 (weights are in units of
// perceptron updates, so the scale carries over to models trained alike)
// gained 0.47 UAS and 0.44 LAS over greedy parsing (0.8520 to 0.8567,
// 0.8180 to 0.8224; on a second training seed 0.54 and 0.53), scoring 1.38
// times as many states (1.45 on BBC news; parsing takes about 1.3 times as
// long there, 1.4 on EWT text); 2 branches gained 0.29, 16 no more
// than 8, a margin of 6 or 10 little more at more cost; running the
// branches to the end instead of to where they rejoin gained 0.07 more at
// 1.2 times the cost. Beam search over the same scores (beam 2 to 8)
// lost 5 to 8 points: the model is trained greedily.
const (
	branches        = 8
	branchMargin    = 4
	branchLookahead = 4
)

type parseScratch struct {
	scores []float32
	valid  []bool
	fs     []uint64
}

// trace records the greedy parse: its transitions; after each, the buffer front,
// the hash of the set of attached tokens (with the buffer front, it
// fixes the stack) and the total score so far; per token, the transition
// that attached it.
type trace struct {
	c     []int // the transitions
	b     []int
	ah    []uint64
	total []float32
	at    []int
	// when not nil, per token: the margin of the transition that attached it
	margin []float32
}

// noRival is the margin of a transition that had no valid runner-up.
const noRival = 1e4

// rejoin stops a branch once it has been in the greedy parse's
// configuration for branchLookahead transitions, and says where in at.
type rejoin struct {
	tr *trace
	at *int
}

// branchWin is a branch that scored higher than the greedy parse: the
// transitions from and to which it differs, by how much, and the arcs
// (dependent, head, label) it made in between.
type branchWin struct {
	from, to int
	gain     float32
	arcs     [][3]int
}

// run parses greedily from s and returns the total score of the
// transitions, starting from total. When bs is not nil, it offers bs the
// calls where the runner-up came within p.margin of the best; when tr is
// not nil, it records the parse; when rj is not nil, it stops where the
// branch rejoins the greedy parse.
func (p *Parser) run(s *pstate, total float32, bs *branchSet, sc *parseScratch, tr *trace, rj *rejoin) float32 {
	scores, valid := sc.scores, sc.valid
	since := -1 // in the greedy parse's configuration since
	for !s.terminal() {
		if rj != nil {
			if t := s.steps; rj.tr.b[t] == s.b && rj.tr.ah[t] == s.ah {
				if since < 0 {
					since = t
				}
				if t-since >= branchLookahead {
					*rj.at = t
					return total
				}
			} else {
				since = -1
			}
		}
		c := shift
		if len(s.stack) > 0 { // else shifting is the only move
			sc.fs = p.features(sc.fs[:0], s)
			p.m.score(sc.fs, scores)
			s.valid(valid)
			second := -1
			c = -1
			for k, v := range scores {
				if !valid[k] {
					continue
				}
				if c < 0 || v > scores[c] {
					c, second = k, c
				} else if second < 0 || v > scores[second] {
					second = k
				}
			}
			if bs != nil && second >= 0 {
				if gap := scores[c] - scores[second]; gap < p.margin {
					bs.offer(branchPoint{s.steps, second, gap, total + scores[second]})
				}
			}
			total += scores[c]
			if tr != nil && c != shift {
				d := s.stack[len(s.stack)-1]
				tr.at[d] = s.steps + 1
				if tr.margin != nil {
					tr.margin[d] = noRival
					if second >= 0 {
						tr.margin[d] = scores[c] - scores[second]
					}
				}
			}
		}
		s.apply(c)
		if tr != nil {
			tr.c = append(tr.c, c)
			tr.b, tr.ah, tr.total = append(tr.b, s.b), append(tr.ah, s.ah), append(tr.total, total)
		}
	}
	return total
}

// branchSet keeps the max branch points with the smallest gaps.
type branchSet struct {
	max int
	pts []branchPoint
}

type branchPoint struct {
	step  int     // transitions made before it
	alt   int     // the runner-up transition
	gap   float32 // how far below the best it scored
	total float32 // the parse's score with alt
}

func (bs *branchSet) offer(bp branchPoint) {
	if bs.max == 0 {
		return
	}
	if len(bs.pts) < bs.max {
		bs.pts = append(bs.pts, bp)
		return
	}
	worst := 0
	for i := range bs.pts {
		if bs.pts[i].gap > bs.pts[worst].gap {
			worst = i
		}
	}
	if bp.gap < bs.pts[worst].gap {
		bs.pts[worst] = bp
	}
}

// sibling returns a state of the same sentence that shares s's word
// hashes; reset it before use.
func (s *pstate) sibling() *pstate {
	b := *s
	b.stack = make([]int, 0, s.n)
	b.setInts(make([]int, len(s.ints)))
	return &b
}

// reset puts s back in the initial configuration.
func (s *pstate) reset() {
	s.stack, s.b, s.steps, s.ah = s.stack[:0], 0, 0, 0
	for i := 0; i <= s.n; i++ {
		s.head[i], s.rel[i], s.l1[i], s.l2[i], s.r1[i], s.r2[i], s.nl[i], s.nr[i] = -1, -1, -1, -1, -1, -1, 0, 0
	}
}

// TrainParser trains a parser on sentences with gold heads, relations and
// tags (use predicted tags for a parser that will see predicted tags).
func TrainParser(sents []TreeSentence, iters int, seed int64, progress func(iter int)) *Parser {
	return trainParser(sents, iters, seed, progress, nil)
}

// RefitParser trains a parser like TrainParser, but learns only the
// weights that keep (a pruned parser trained on the same sentences) has:
// the weights learnt without the
// pruned ones make up for them, where pruning a trained model just loses
// them. The refit is as small and as fast as keep.
func RefitParser(sents []TreeSentence, iters int, seed int64, progress func(iter int), keep *Parser) *Parser {
	return trainParser(sents, iters, seed, progress, keep.m)
}

func trainParser(sents []TreeSentence, iters int, seed int64, progress func(iter int), keep *model) *Parser {
	seen := map[string]int{}
	var labels []string
	for _, s := range sents {
		for _, tk := range s.Tokens {
			if _, ok := seen[tk.Rel]; !ok {
				seen[tk.Rel] = len(labels)
				labels = append(labels, tk.Rel)
			}
		}
	}
	classes := []string{"S"}
	for _, l := range labels {
		classes = append(classes, "L:"+l, "R:"+l)
	}
	tr := newTrainer(classes)
	if keep != nil {
		if !slices.Equal(classes, keep.classes) {
			panic("nlp.RefitParser: keep was trained on other sentences (its classes differ)")
		}
		tr.allow = keep.has
	}
	p := &Parser{nlab: len(labels), labels: labels, branches: branches, margin: branchMargin}
	for _, l := range labels {
		p.hlabel = append(p.hlabel, hashString(l))
	}
	nc := len(classes)
	scores := make([]float32, nc)
	valid := make([]bool, nc)
	cost := make([]int, nc)
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(seed))
	var fs []uint64
	for it := 0; it < iters; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			toks := sents[si].Tokens
			n := len(toks)
			gold := make([]int, n+1)
			goldRel := make([]int, n+1)
			deps := make([][]int, n+1)
			for i, tk := range toks {
				h := tk.Head
				if h < 0 {
					h = n
				}
				gold[i], goldRel[i] = h, seen[tk.Rel]
				deps[h] = append(deps[h], i)
			}
			gold[n] = -1
			s := newPState(n)
			s.load(toks, wordInfos(toks, nil))
			for !s.terminal() {
				if len(s.stack) == 0 {
					s.apply(shift)
					continue
				}
				fs = p.features(fs[:0], s)
				tr.score(fs, scores)
				s.valid(valid)
				s.costs(gold, goldRel, deps, valid, cost)
				guess := argmax(scores, valid)
				best := -1
				for c := range scores {
					if valid[c] && cost[c] == 0 && (best < 0 || scores[c] > scores[best]) {
						best = c
					}
				}
				if best < 0 { // non-projective gold: take the cheapest
					for c := range scores {
						if valid[c] && (best < 0 || cost[c] < cost[best] || cost[c] == cost[best] && scores[c] > scores[best]) {
							best = c
						}
					}
				}
				tr.tick()
				next := best
				if cost[guess] > cost[best] {
					tr.update(fs, best, guess)
					if it > 0 && rng.Float64() < 0.9 {
						next = guess
					}
				}
				s.apply(next)
			}
		}
		if progress != nil {
			progress(it)
		}
	}
	p.m = tr.average()
	return p
}

// Pruned returns a copy of the parser without weights of magnitude below th.
func (p *Parser) Pruned(th float32) *Parser { return newParser(p.m.prune(th)) }

// Size returns the number of features and weights of the model.
func (p *Parser) Size() (feats, weights int) { return p.m.size() }
