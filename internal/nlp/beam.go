package nlp

import "math/rand"

// Beam search over the parser's transitions, with a model trained for it
// globally (Zhang and Clark 2008; Zhang and Nivre 2011): a configuration's
// score is the sum of its transitions' scores, the beam keeps the width
// best configurations after each transition, and training updates the
// weights where the gold sequence of transitions fell furthest below the
// beam's best (max-violation, Huang, Fayong and Guo 2012). The greedy
// model's scores are not fit for this (beam search over them loses 5-8
// points: parse's comment): a beam parser is trained by TrainBeamParser.

// beamItem is a configuration in the beam.
type beamItem struct {
	s     *pstate
	score float32
	gold  bool // training: every transition so far was the gold one
}

// beamCand is a transition out of a configuration in the beam.
type beamCand struct {
	from  int // index of the configuration in the beam
	c     int
	score float32
	gold  bool
}

// beamBack says where a configuration of the beam came from: the
// configuration of the beam before it and the transition.
type beamBack struct{ from, c int }

// beamSearch holds a search's beams and scratch space; it is reused
// across the sentences of one parse or training run.
type beamSearch struct {
	width       int
	items, next []beamItem
	spare       []*pstate
	hist        [][]beamBack // per transition, per configuration of the beam after it
	cands       []beamCand
	fs          []uint64
	scores      []float32
	valid       []bool
}

func newBeamSearch(width, classes int) *beamSearch {
	return &beamSearch{width: width, scores: make([]float32, classes), valid: make([]bool, classes), fs: make([]uint64, 0, 96)}
}

// state returns a free state of the sentence of root.
func (b *beamSearch) state(root *pstate) *pstate {
	if n := len(b.spare); n > 0 {
		s := b.spare[n-1]
		b.spare = b.spare[:n-1]
		return s
	}
	return root.sibling()
}

// copyFrom makes s the configuration of o, a state of the same sentence.
func (s *pstate) copyFrom(o *pstate) {
	s.stack = append(s.stack[:0], o.stack...)
	copy(s.ints, o.ints)
	s.b, s.steps, s.ah = o.b, o.steps, o.ah
}

// offer keeps c if it is among the width best candidates so far (cands
// stays sorted, best first; a tie keeps the earlier one, so that the
// search does not depend on how the sort breaks ties).
func (b *beamSearch) offer(c beamCand) {
	n := len(b.cands)
	if n == b.width && c.score <= b.cands[n-1].score {
		return
	}
	if n < b.width {
		b.cands = append(b.cands, c)
	} else {
		n--
	}
	i := n
	for i > 0 && b.cands[i-1].score < c.score {
		b.cands[i] = b.cands[i-1]
		i--
	}
	b.cands[i] = c
}

// run searches from root (left in its initial configuration) with the
// scores score gives; when gold is not nil it is the gold sequence of
// transitions, and step is called after each transition with the beam
// (best first) and whether the gold configuration is still in it. The
// beam's final configurations are left in b.items, best first.
func (b *beamSearch) run(p *Parser, root *pstate, score func(fs []uint64, scores []float32), gold []int, step func(t int)) {
	// states are of one sentence: those of the last are dropped
	b.spare, b.items = b.spare[:0], b.items[:0]
	b.hist = b.hist[:0]
	first := b.state(root)
	first.copyFrom(root)
	b.items = append(b.items[:0], beamItem{s: first, gold: gold != nil})
	for t := 0; !b.items[0].s.terminal(); t++ {
		b.cands = b.cands[:0]
		for k, it := range b.items {
			if len(it.s.stack) == 0 {
				b.offer(beamCand{k, shift, it.score, it.gold && gold[t] == shift})
				continue
			}
			b.fs = p.features(b.fs[:0], it.s)
			score(b.fs, b.scores)
			it.s.valid(b.valid)
			for c, v := range b.scores {
				if b.valid[c] {
					b.offer(beamCand{k, c, it.score + v, it.gold && gold[t] == c})
				}
			}
		}
		var back []beamBack
		if t < len(b.hist) {
			back = b.hist[t][:0]
		}
		b.next = b.next[:0]
		for _, c := range b.cands {
			s := b.state(root)
			s.copyFrom(b.items[c.from].s)
			s.apply(c.c)
			b.next = append(b.next, beamItem{s: s, score: c.score, gold: c.gold})
			back = append(back, beamBack{c.from, c.c})
		}
		if t < len(b.hist) {
			b.hist[t] = back
		} else {
			b.hist = append(b.hist, back)
		}
		for _, it := range b.items {
			b.spare = append(b.spare, it.s)
		}
		b.items, b.next = b.next, b.items
		if step != nil {
			step(t)
		}
	}
}

// path returns the transitions that led to configuration k of the beam
// after transition t.
func (b *beamSearch) path(t, k int) []int {
	out := make([]int, t+1)
	for ; t >= 0; t-- {
		bk := b.hist[t][k]
		out[t], k = bk.c, bk.from
	}
	return out
}

// parseBeam parses toks (word infos ws) by beam search. When conf is not
// nil, conf[i] is set to how far the best parse scored above the best one
// in the final beam that attaches token i otherwise (noRival if none).
func (p *Parser) parseBeam(toks []Token, ws []wordInfo, conf []float32) {
	n := len(toks)
	root := newPState(n)
	root.load(toks, ws)
	b := newBeamSearch(p.beam, len(p.m.classes))
	b.run(p, root, p.m.score, nil, nil)
	best := b.items[0]
	for i := range toks {
		h := best.s.head[i]
		if conf != nil {
			conf[i] = noRival
			for _, it := range b.items[1:] {
				if it.s.head[i] != h || it.s.rel[i] != best.s.rel[i] {
					conf[i] = best.score - it.score
					break
				}
			}
		}
		if h == n {
			toks[i].Head, toks[i].Rel = -1, "root"
			continue
		}
		toks[i].Head, toks[i].Rel = h, p.labels[best.s.rel[i]]
	}
}

// Beam returns a copy of p that parses by beam search of the given width
// (a model trained by TrainBeamParser; 0: greedily with branching).
func (p *Parser) Beam(width int) *Parser {
	q := *p
	q.beam = width
	return &q
}

// goldSequence returns the transitions that build the gold tree (the
// cheapest by the dynamic oracle's costs where the tree is not projective,
// reducing before shifting when both cost nothing).
func goldSequence(s *pstate, gold, goldRel []int, deps [][]int, nc int) []int {
	valid := make([]bool, nc)
	cost := make([]int, nc)
	var seq []int
	for !s.terminal() {
		c := shift
		if len(s.stack) > 0 {
			s.valid(valid)
			s.costs(gold, goldRel, deps, valid, cost)
			c = -1
			for k := 1; k < nc; k++ {
				if valid[k] && (c < 0 || cost[k] < cost[c]) {
					c = k
				}
			}
			if valid[shift] && (c < 0 || cost[shift] < cost[c]) {
				c = shift
			}
		}
		s.apply(c)
		seq = append(seq, c)
	}
	return seq
}

// TrainBeamParser trains a parser for beam search of the given width
// (use it with Beam(width)), globally: a sentence is searched with the
// weights so far, and where its gold sequence fell furthest below the
// beam's best (max-violation), the gold transitions up to there are
// rewarded and the best's punished. progress, when not nil, is called
// after each pass with a function that returns the parser averaged so far.
// When keep is not nil, only the
// weights keep has are learnt (a refit after pruning, as RefitParser).
func TrainBeamParser(sents []TreeSentence, iters int, seed int64, width int, progress func(iter int, current func() *Parser), keep *Parser) *Parser {
	seen, labels, classes := parserClasses(sents)
	tr := newTrainer(classes)
	if keep != nil {
		tr.allow = keep.m.has
	}
	p := &Parser{nlab: len(labels), labels: labels, branches: branches, margin: branchMargin, beam: width}
	for _, l := range labels {
		p.hlabel = append(p.hlabel, hashString(l))
	}
	nc := len(classes)
	b := newBeamSearch(width, nc)
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(seed))
	gscores := make([]float32, nc)
	var fs []uint64
	for it := 0; it < iters; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			toks := sents[si].Tokens
			n := len(toks)
			gold, goldRel, deps := goldArcs(toks, seen)
			root := newPState(n)
			root.load(toks, wordInfos(toks, nil))
			gs := root.sibling()
			gs.reset()
			seq := goldSequence(gs, gold, goldRel, deps, nc)
			// the gold configuration's score, step by step
			gs.reset()
			var gscore float32
			worst, at := float32(-1), -1
			b.run(p, root, tr.score, seq, func(t int) {
				if len(gs.stack) > 0 {
					fs = p.features(fs[:0], gs)
					tr.score(fs, gscores)
					gscore += gscores[seq[t]]
				}
				gs.apply(seq[t])
				if best := b.items[0]; !best.gold {
					if v := best.score - gscore; v > worst || at < 0 {
						worst, at = v, t
					}
				}
			})
			tr.tick()
			if at < 0 {
				continue
			}
			pred := b.path(at, 0)
			d := 0
			for d <= at && pred[d] == seq[d] {
				d++
			}
			for _, side := range []struct {
				seq []int
				by  float64
			}{{seq, 1}, {pred, -1}} {
				gs.reset()
				for t := 0; t <= at; t++ {
					if t >= d && len(gs.stack) > 0 {
						fs = p.features(fs[:0], gs)
						tr.adjust(fs, side.seq[t], side.by)
					}
					gs.apply(side.seq[t])
				}
			}
		}
		if progress != nil {
			progress(it, func() *Parser {
				q := *p
				q.m = tr.average()
				return &q
			})
		}
	}
	p.m = tr.average()
	return p
}
