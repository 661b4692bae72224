package nlp

import (
	"fmt"
	"io/fs"
)

// reverseTokens returns a copy of toks in reverse order, heads mapped onto
// the new positions: the sentence a right-to-left parser reads.
func reverseTokens(toks []Token) []Token {
	n := len(toks)
	out := make([]Token, n)
	for i, t := range toks {
		if t.Head >= 0 {
			t.Head = n - 1 - t.Head
		}
		out[n-1-i] = t
	}
	return out
}

// ReverseSentences returns the sentences written backwards, heads mapped:
// a parser trained on them parses right to left (see Ensemble).
func ReverseSentences(sents []TreeSentence) []TreeSentence {
	out := make([]TreeSentence, len(sents))
	for i, s := range sents {
		out[i] = TreeSentence{Doc: s.Doc, Tokens: reverseTokens(s.Tokens)}
	}
	return out
}

// Ensemble parses a sentence with several parsers, some reading it right
// to left, and keeps the maximum spanning tree over the arcs they proposed
// (Sagae and Lavie 2006), unless the first parser was sure of every
// transition (ensembleGate). An arc weighs, per parser that proposed it, the
// parser's base weight plus a fifth of the margin (at most 20) by which
// the transition that made it beat the runner-up. An Ensemble of one
// parser parses as that parser does. It is read-only and safe for
// concurrent use.
type Ensemble struct {
	members []member
}

type member struct {
	p        *Parser
	reversed bool    // trained on reversed sentences
	base     float32 // the weight of its arcs
}

// An arc's weight grows with the margin of the transition that made it:
// tuned on EWT dev held out (three parsers: beta from 0.02 to 3 and caps
// from 4 to 1000 all scored within 0.1 UAS of each other, margins alone
// 0.2 below the best).
const (
	marginWeight = 0.2
	marginCap    = 20
)

// ensembleGate: when every transition of the first parser's parse beat
// the runner-up by at least this much, the parse is kept and the other
// parsers are not run. On EWT dev held out a gate of 12 cost 0.08 UAS and
// 0.05 LAS (0.8628, 0.8306 against 0.8636, 0.8311 ungated), 8 cost 0.18
// and 0.15, 4 cost 0.33 and 0.34; on BBC news, whose sentences are longer,
// 12 spares the other parsers 11% of the parsed words, 8 20%, 4 43%. 8
// keeps the extractor above 50k words/s (EWT test: 0.8690, 0.8413 at 8
// and at 12).
const ensembleGate = 8

// EnsembleMember describes one parser of the shipped ensemble: its model
// file, whether it reads sentences right to left, whether it parses
// greedily (without selectional branching), its training seed and the
// weight of its arcs. The train tool writes the files this table names.
type EnsembleMember struct {
	File     string
	Reversed bool
	Greedy   bool
	Seed     int64
	Base     float32
}

// EnsembleMembers lists the parsers Load reads, the first being the most
// accurate alone: tuned on EWT dev held out, a second left-to-right parser
// (another training seed) and a right-to-left one, with the first at 1.2
// gained 0.7 UAS and 0.9 LAS over the first alone (0.8567 to 0.8636, 0.8225
// to 0.8311, ungated); more members gained little (six: 0.8662) and two
// right-to-left ones outvoted the better left-to-right one. All three parse
// greedily: with the gate, selectional branching in the first gained
// nothing (0.8618, 0.8296 against 0.8617, 0.8300 greedy) and cost time.
var EnsembleMembers = []EnsembleMember{
	{File: "parser.model.gz", Greedy: true, Seed: 1, Base: 1.2},
	{File: "parser-2.model.gz", Greedy: true, Seed: 2, Base: 1},
	{File: "parser-rtl.model.gz", Reversed: true, Greedy: true, Seed: 1, Base: 1},
}

// NewEnsemble returns the ensemble of the parsers, which are described
// by members (a parser per member, in order).
func NewEnsemble(parsers []*Parser, members []EnsembleMember) *Ensemble {
	e := &Ensemble{}
	for i, p := range parsers {
		m := members[i]
		if m.Greedy {
			p = p.Greedy()
		}
		e.members = append(e.members, member{p: p, reversed: m.Reversed, base: m.Base})
	}
	return e
}

// ReadEnsemble reads the parsers EnsembleMembers names from fsys (the
// models compiled into the binary, or a folder the train tool wrote).
func ReadEnsemble(fsys fs.FS) (*Ensemble, error) {
	parsers := make([]*Parser, len(EnsembleMembers))
	for i, m := range EnsembleMembers {
		f, err := fsys.Open(m.File)
		if err != nil {
			return nil, err
		}
		parsers[i], err = ReadParser(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", m.File, err)
		}
	}
	return NewEnsemble(parsers, EnsembleMembers), nil
}

// Lead returns the ensemble's first parser, which parses as it does in
// the ensemble when it parses alone.
func (e *Ensemble) Lead() *Parser { return e.members[0].p }

// Parse sets Head and Rel of every token; the tokens must be tagged.
func (e *Ensemble) Parse(toks []Token) { e.parse(toks, wordInfos(toks, nil), false) }

// ParseNames is Parse gated on the names: the first parser's parse is
// kept when it was sure how every word of a name attaches, however unsure
// elsewhere, since the extractor's relations hang on the names. The
// tokens must be tagged and their names labelled (Ent).
func (e *Ensemble) ParseNames(toks []Token) { e.parse(toks, wordInfos(toks, nil), true) }

// parse parses toks; the first parser's parse is kept when it was sure of
// it (leadIsSure).
func (e *Ensemble) parse(toks []Token, ws []wordInfo, names bool) {
	n := len(toks)
	if n == 0 {
		return
	}
	if len(e.members) == 1 && !e.members[0].reversed || n > maxEnsembleWords {
		e.members[0].p.parse(toks, ws, nil)
		return
	}
	type prop struct {
		h   int
		rel string
		w   float64
	}
	pt := make([]Token, n)
	conf := make([]float32, n)
	// the arcs' weights and the members' proposals, made once the lead
	// was unsure (most sentences need none)
	var (
		w     [][]float64 // w[h][d]: h == n is the root
		props [][]prop
		rw    []wordInfo
	)
	// more than any two trees' weights can differ by
	rootPenalty := float64(n+1) * 1e3
	for k, m := range e.members {
		copy(pt, toks)
		if m.reversed {
			if rw == nil {
				rw = make([]wordInfo, n)
			}
			for i := range ws {
				rw[n-1-i] = ws[i]
				pt[n-1-i] = toks[i]
			}
			m.p.parse(pt, rw, conf)
		} else {
			m.p.parse(pt, ws, conf)
		}
		if k == 0 && !m.reversed && leadIsSure(pt, conf, names) {
			copy(toks, pt)
			return
		}
		if w == nil {
			w, props = make([][]float64, n+1), make([][]prop, n)
			cells := make([]float64, (n+1)*n)
			for i := range cells {
				cells[i] = negInf
			}
			for h := range w {
				w[h] = cells[h*n : (h+1)*n : (h+1)*n]
			}
		}
		for i := range pt {
			d, h := i, pt[i].Head
			if m.reversed {
				d = n - 1 - i
				if h >= 0 {
					h = n - 1 - h
				}
			}
			wt := float64(m.base + marginWeight*min(conf[i], marginCap))
			props[d] = append(props[d], prop{h, pt[i].Rel, wt})
			if h < 0 {
				h = n
			}
			if w[h][d] == negInf {
				w[h][d] = 0
				if h == n { // one root child: the tree takes as few root arcs as it can
					w[h][d] = -rootPenalty
				}
			}
			w[h][d] += wt
		}
	}
	heads := maxArborescence(w, n)
	for d, h := range heads {
		if h == n {
			h = -1
		}
		toks[d].Head = h
		best := negInf
		for _, pr := range props[d] {
			if pr.h == h && pr.w > best {
				best, toks[d].Rel = pr.w, pr.rel
			}
		}
	}
}

const negInf = -1e300

// maxEnsembleWords: a longer sentence (a results table read as one) is
// parsed by the first parser alone, as the spanning tree takes time and
// memory in the square of its words.
const maxEnsembleWords = 250

// maxArborescence returns, for each of the n nodes, its head in the
// highest-weighted spanning tree rooted at node n over the arcs w[h][d]
// (negInf where there is none), by Chu and Liu (1965) and Edmonds (1967):
// every node takes its best head; a cycle is contracted into one node whose
// incoming arcs are scored by what they displace, and the tree of the
// contracted graph is expanded.
func maxArborescence(w [][]float64, n int) []int {
	// nodes 0..n, n the root
	N := n + 1
	score := make([][]float64, N)
	for h := range score {
		score[h] = append([]float64(nil), w[h]...)
		score[h] = append(score[h], negInf) // nothing points at the root
	}
	return chuLiu(score, N, n)[:n]
}

// chuLiu returns the head of every node but root (head[root] = -1) in the
// maximum arborescence of the dense graph score[h][d] over N nodes.
func chuLiu(score [][]float64, N, root int) []int {
	head := make([]int, N)
	for d := 0; d < N; d++ {
		head[d] = -1
		if d == root {
			continue
		}
		for h := 0; h < N; h++ {
			if h != d && score[h][d] > negInf && (head[d] < 0 || score[h][d] > score[head[d]][d]) {
				head[d] = h
			}
		}
	}
	// find a cycle
	color := make([]int, N) // 0 unseen, k+1 seen from start k
	var cycle []int
	for start := 0; start < N && cycle == nil; start++ {
		if color[start] != 0 {
			continue
		}
		v := start
		for v >= 0 && color[v] == 0 {
			color[v] = start + 1
			v = head[v]
		}
		if v >= 0 && color[v] == start+1 {
			cycle = []int{v}
			for u := head[v]; u != v; u = head[u] {
				cycle = append(cycle, u)
			}
		}
	}
	if cycle == nil {
		return head
	}
	in := make([]bool, N)
	var cycW float64
	for _, v := range cycle {
		in[v] = true
		cycW += score[head[v]][v]
	}
	// contract: the cycle becomes node c; others keep their order
	idx := make([]int, N)
	var nodes []int
	for v := 0; v < N; v++ {
		if !in[v] {
			idx[v] = len(nodes)
			nodes = append(nodes, v)
		}
	}
	c := len(nodes)
	for _, v := range cycle {
		idx[v] = c
	}
	M := c + 1
	sc := make([][]float64, M)
	for i := range sc {
		sc[i] = make([]float64, M)
		for j := range sc[i] {
			sc[i][j] = negInf
		}
	}
	enterFrom := make([]int, M) // for arcs into c: which cycle node they enter, per source
	leaveFrom := make([]int, M) // for arcs out of c: which cycle node they leave from, per target
	for i := range leaveFrom {
		enterFrom[i], leaveFrom[i] = -1, -1
	}
	for h := 0; h < N; h++ {
		for d := 0; d < N; d++ {
			if h == d || score[h][d] <= negInf {
				continue
			}
			ih, id := idx[h], idx[d]
			switch {
			case in[h] && in[d]:
				continue
			case in[d]:
				s := cycW - score[head[d]][d] + score[h][d]
				if s > sc[ih][c] {
					sc[ih][c], enterFrom[ih] = s, d
				}
			case in[h]:
				if score[h][d] > sc[c][id] {
					sc[c][id], leaveFrom[id] = score[h][d], h
				}
			default:
				if score[h][d] > sc[ih][id] {
					sc[ih][id] = score[h][d]
				}
			}
		}
	}
	sub := chuLiu(sc, M, idx[root])
	out := make([]int, N)
	for v := 0; v < N; v++ {
		out[v] = -1
	}
	for j, v := range nodes {
		h := sub[j]
		switch {
		case h < 0:
		case h == c:
			out[v] = leaveFrom[j]
		default:
			out[v] = nodes[h]
		}
	}
	for _, v := range cycle {
		out[v] = head[v]
	}
	// the arc entering the cycle breaks it
	src := sub[c]
	d := enterFrom[src]
	if src == c || d < 0 {
		panic("nlp: maximum arborescence: cycle with no way in")
	}
	if src < c {
		out[d] = nodes[src]
	}
	return out
}

// Greedy returns a copy of p that parses greedily, without selectional
// branching.
func (p *Parser) Greedy() *Parser {
	q := *p
	q.branches = 0
	return &q
}

// leadIsSure reports whether the first parser's parse toks is kept: every
// transition that attached a word of a name (with names), else every
// transition, beat the runner-up by ensembleGate or more (conf). Gated on
// names, the others run on about half the BBC words they run on otherwise
// and the extractor's output is the same but for a relation gained; on EWT
// test the names' words are attached with 0.794 UAS against 0.796 for the
// ensemble always gated on all words and 0.776 for the first parser alone.
func leadIsSure(toks []Token, conf []float32, names bool) bool {
	for i := range toks {
		if e := toks[i].Ent; (!names || e != "" && e != "O") && conf[i] < ensembleGate {
			return false
		}
	}
	return true
}
