package nlp

import (
	"io"
	"math/rand"
	"strings"
)

// Tagger assigns Penn Treebank and Universal POS tags: a greedy
// left-to-right averaged perceptron over word, affix, shape and context
// features (Collins 2002; the feature set follows Honnibal's "A good
// part-of-speech tagger in about 200 lines of Python", with shapes and
// more affixes). Its classes are "XPOS UPOS" pairs as the treebanks use
// them. A second pass, whose weights share the model's table under their own
// template numbers, tags the sentence again seeing the first pass's tags of
// the next two words (the right context a left-to-right tagger lacks).
// A Tagger is read-only and safe for concurrent use.
type Tagger struct {
	m       *model
	xpos    []string // per class
	upos    []string
	tmpl    []uint64 // hashed class names for the previous-tag features
	twoPass bool     // the model has second-pass weights
}

func newTagger(m *model) *Tagger {
	t := &Tagger{m: m, twoPass: m.lookup(feat1(twoPassTemplate, 0)) != nil}
	for _, c := range m.classes {
		x, u, _ := strings.Cut(c, " ")
		t.xpos = append(t.xpos, x)
		t.upos = append(t.upos, u)
		t.tmpl = append(t.tmpl, hashString(c))
	}
	return t
}

// ReadTagger reads a tagger model written by (*Tagger).Write.
func ReadTagger(r io.Reader) (*Tagger, error) {
	m, err := readModel(r)
	if err != nil {
		return nil, err
	}
	return newTagger(m), nil
}

// Write writes the model.
func (t *Tagger) Write(w io.Writer) error { return t.m.write(w) }

var hStart, hStart2, hEnd = hashString("-START-"), hashString("-START2-"), hashString("-END-")

// tagFeatures appends the features of token i given the hashes of the two
// previous classes. The second pass (right != nil) numbers its templates
// from pass2 and adds the first pass's classes of the next words, right.
func tagFeatures(fs []uint64, ws []wordInfo, i int, p1, p2 uint64, right []uint64) []uint64 {
	off := 0
	if right != nil {
		off = pass2
	}
	w := &ws[i]
	at := func(k int) *wordInfo {
		if k < 0 || k >= len(ws) {
			return nil
		}
		return &ws[k]
	}
	lower := func(k int) uint64 {
		if x := at(k); x != nil {
			return x.lower
		}
		if k < 0 {
			return hStart
		}
		return hEnd
	}
	suf3 := func(k int) uint64 {
		if x := at(k); x != nil {
			return x.suf3
		}
		return 0
	}
	shp := func(k int) uint64 {
		if x := at(k); x != nil {
			return x.shape
		}
		return 1
	}
	b := func(v bool) uint64 {
		if v {
			return 1
		}
		return 2
	}
	cl := func(k int) uint64 {
		if x := at(k); x != nil {
			return x.cl2
		}
		return 1
	}
	fs = append(fs,
		feat1(off+1, 0),
		feat1(off+2, w.lower),
		feat1(off+3, w.suf3),
		feat1(off+4, w.pre1),
		feat1(off+5, p1),
		feat1(off+6, p2),
		feat2(off+7, p1, p2),
		feat2(off+8, p1, w.lower),
		feat1(off+9, lower(i-1)),
		feat1(off+10, suf3(i-1)),
		feat1(off+11, lower(i-2)),
		feat1(off+12, lower(i+1)),
		feat1(off+13, suf3(i+1)),
		feat1(off+14, lower(i+2)),
		feat1(off+15, w.shape),
		feat1(off+16, w.suf2),
		feat1(off+17, w.suf4),
		feat1(off+18, w.pre3),
		feat1(off+19, w.norm),
		feat2(off+20, lower(i-1), w.lower),
		feat2(off+21, w.lower, lower(i+1)),
		feat2(off+22, shp(i-1), w.shape),
		feat2(off+23, w.shape, shp(i+1)),
		feat2(off+24, b(w.first), w.shape),
		feat2(off+25, p1, w.suf3),
		feat3(off+26, b(w.capital), b(w.first), b(w.upper)),
		feat2(off+27, b(w.hyphen), b(w.digit)),
		feat2(off+28, p1, lower(i+1)),
		feat2(off+29, lower(i-1), lower(i+1)),
		feat2(off+30, suf3(i-1), w.suf3),
		feat2(off+31, w.suf3, suf3(i+1)),
		feat3(off+32, p1, w.lower, lower(i+1)),
		feat2(off+33, p2, w.lower),
		feat2(off+34, w.pre3, w.suf3),
		feat1(off+35, shp(i+2)),
		feat1(off+36, w.cl3), feat1(off+37, w.cl2), feat2(off+38, p1, w.cl2), feat1(off+39, cl(i+1)),
	)
	if right == nil {
		return fs
	}
	r := func(k int) uint64 {
		if k >= len(right) {
			return hEnd
		}
		return right[k]
	}
	r0, r1, r2 := right[i], r(i+1), r(i+2)
	return append(fs,
		feat1(off+40, r0), feat1(off+41, r1), feat2(off+42, r1, r2), feat2(off+43, p1, r1),
		feat3(off+44, p1, r0, r1), feat2(off+45, w.lower, r1), feat2(off+46, w.suf3, r1),
		feat2(off+47, r0, r1), feat2(off+48, w.lower, r0), feat3(off+49, w.lower, r1, r2),
		feat2(off+50, lower(i+1), r1), feat1(off+51, r2),
	)
}

// pass2 is the first template number of the second pass; twoPassTemplate
// marks a model that has one.
const (
	pass2           = 200
	twoPassTemplate = 98
)

func wordInfos(toks []Token, ws []wordInfo) []wordInfo {
	ws = ws[:0]
	for i := range toks {
		ws = append(ws, makeWordInfo(toks[i].norm(), i == 0))
	}
	return ws
}

func (t *Token) norm() string {
	if t.Norm != "" {
		return t.Norm
	}
	return t.Text
}

// Tag sets Tag and UPOS of every token.
func (t *Tagger) Tag(toks []Token) { t.tag(toks, wordInfos(toks, nil)) }

// tag tags toks, whose word infos are ws.
func (t *Tagger) tag(toks []Token, ws []wordInfo) {
	cls := make([]int, len(toks))
	scores := make([]float32, len(t.m.classes))
	fs := make([]uint64, 0, 64)
	var right []uint64
	if t.twoPass {
		t.pass(ws, nil, cls, scores, fs)
		right = make([]uint64, len(toks))
		for i, c := range cls {
			right[i] = t.tmpl[c]
		}
	}
	t.pass(ws, right, cls, scores, fs)
	for i, c := range cls {
		toks[i].Tag, toks[i].UPOS = t.xpos[c], t.upos[c]
	}
}

// pass tags the words ws left to right into cls; the second pass sees the
// first's classes, right.
func (t *Tagger) pass(ws []wordInfo, right []uint64, cls []int, scores []float32, fs []uint64) {
	p1, p2 := hStart, hStart2
	for i := range ws {
		c, ok := t.known(ws[i].norm)
		if !ok {
			fs = tagFeatures(fs[:0], ws, i, p1, p2, right)
			t.m.score(fs, scores)
			c = argmax(scores, nil)
		}
		cls[i] = c
		p2, p1 = p1, t.tmpl[c]
	}
}

// The tag dictionary (Honnibal's trick): words frequent in training and
// (nearly) always of one class get it without scoring. It is stored in
// the model as one feature per word, keyed by template tagDictTemplate, whose
// single weight names the class.
const (
	tagDictTemplate = 99
	tagDictMinFreq  = 20
	tagDictMinShare = 0.97
)

func (t *Tagger) known(norm uint64) (int, bool) {
	sl := t.m.lookup(feat1(tagDictTemplate, norm))
	if sl == nil || sl.n != 1 {
		return 0, false
	}
	return int(sl.c[0]), true
}

// tagDict returns the classes of the words that qualify for the tag
// dictionary, keyed by the hash of the word.
func tagDict(sents []TreeSentence, index map[string]int) map[uint64]int {
	counts := map[string]map[int]int{}
	for _, s := range sents {
		for _, tk := range s.Tokens {
			w := tk.norm()
			if counts[w] == nil {
				counts[w] = map[int]int{}
			}
			counts[w][index[tk.Tag+" "+tk.UPOS]]++
		}
	}
	out := map[uint64]int{}
	for w, cs := range counts {
		n, best, bc := 0, 0, -1
		for c, k := range cs {
			n += k
			if k > best || k == best && c < bc {
				best, bc = k, c
			}
		}
		if n >= tagDictMinFreq && float64(best) >= tagDictMinShare*float64(n) {
			out[hashString(w)] = bc
		}
	}
	return out
}

// TrainTagger trains a tagger on sentences with gold Tag and UPOS for the
// given number of passes, shuffling with seed.
func TrainTagger(sents []TreeSentence, iters int, seed int64) *Tagger {
	seen := map[string]bool{}
	var classes []string
	for _, s := range sents {
		for _, tk := range s.Tokens {
			c := tk.Tag + " " + tk.UPOS
			if !seen[c] {
				seen[c] = true
				classes = append(classes, c)
			}
		}
	}
	index := map[string]int{}
	for i, c := range classes {
		index[c] = i
	}
	dict := tagDict(sents, index)
	withDict := func(feats map[uint64][]classWeight) map[uint64][]classWeight {
		for w, c := range dict {
			feats[feat1(tagDictTemplate, w)] = []classWeight{{c: uint8(c), w: 1}}
		}
		return feats
	}
	feats := withDict(trainTagPass(sents, classes, dict, iters, seed, nil))
	// The second pass learns from first-pass tags as good as the ones it
	// will see: each fold's are predicted by a first pass trained on the
	// others.
	const folds = 4
	right := make([][]uint64, len(sents))
	for k := 0; k < folds; k++ {
		var train []TreeSentence
		for i, s := range sents {
			if i%folds != k {
				train = append(train, s)
			}
		}
		t := newTagger(newModel(classes, withDict(trainTagPass(train, classes, dict, iters, seed+int64(k)+1, nil))))
		scores := make([]float32, len(classes))
		for i, s := range sents {
			if i%folds != k {
				continue
			}
			cls := make([]int, len(s.Tokens))
			t.pass(wordInfos(s.Tokens, nil), nil, cls, scores, nil)
			right[i] = make([]uint64, len(cls))
			for j, c := range cls {
				right[i][j] = t.tmpl[c]
			}
		}
	}
	for k, cws := range trainTagPass(sents, classes, dict, iters, seed, right) {
		feats[k] = cws
	}
	feats[feat1(twoPassTemplate, 0)] = []classWeight{{c: 0, w: 1}}
	return newTagger(newModel(classes, feats))
}

// trainTagPass trains the weights of the first pass (right == nil) or of
// the second, whose right holds each sentence's first-pass classes.
func trainTagPass(sents []TreeSentence, classes []string, dict map[uint64]int, iters int, seed int64, right [][]uint64) map[uint64][]classWeight {
	tr := newTrainer(classes)
	hc := make([]uint64, len(classes))
	for i, c := range classes {
		hc[i] = hashString(c)
	}
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(seed))
	scores := make([]float32, len(classes))
	var fs []uint64
	var ws []wordInfo
	for it := 0; it < iters; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			toks := sents[si].Tokens
			ws = wordInfos(toks, ws)
			var r []uint64
			if right != nil {
				r = right[si]
			}
			p1, p2 := hStart, hStart2
			for i := range toks {
				if c, ok := dict[ws[i].norm]; ok {
					p2, p1 = p1, hc[c]
					continue
				}
				fs = tagFeatures(fs[:0], ws, i, p1, p2, r)
				tr.score(fs, scores)
				guess := argmax(scores, nil)
				gold := tr.index[toks[i].Tag+" "+toks[i].UPOS]
				tr.tick()
				tr.update(fs, gold, guess)
				p2, p1 = p1, hc[guess]
			}
		}
	}
	feats := map[uint64][]classWeight{}
	tr.average().each(func(k uint64, cws []classWeight) { feats[k] = append([]classWeight(nil), cws...) })
	return feats
}

// Pruned returns a copy of the tagger without weights of magnitude below th.
func (t *Tagger) Pruned(th float32) *Tagger { return newTagger(t.m.prune(th)) }

// Size returns the number of features and weights of the model.
func (t *Tagger) Size() (feats, weights int) { return t.m.size() }
