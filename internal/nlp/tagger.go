package nlp

import (
	"io"
	"math/rand"
	"sort"
	"strings"
)

// Tagger assigns Penn Treebank and Universal POS tags: a greedy
// left-to-right averaged perceptron over word, affix, shape and context
// features (Collins 2002; the feature set follows Honnibal's "A good
// part-of-speech tagger in about 200 lines of Python", with shapes and
// more affixes). Its classes are "XPOS UPOS" pairs as the treebanks use
// them. A Tagger is read-only and safe for concurrent use.
type Tagger struct {
	m      *model
	xpos   []string // per class
	upos   []string
	tmpl   []uint64 // hashed class names for the previous-tag features
	closed []bool   // per class: a closed class (closedClass)
	// lexicon: the model lists the words that training gave each closed
	// class (closedLexTemplate); models written before it have none
	lexicon bool
}

func newTagger(m *model) *Tagger {
	t := &Tagger{m: m}
	for _, c := range m.classes {
		x, u, _ := strings.Cut(c, " ")
		t.xpos = append(t.xpos, x)
		t.upos = append(t.upos, u)
		t.tmpl = append(t.tmpl, hashString(c))
		t.closed = append(t.closed, closedClass(x, u))
	}
	t.lexicon = m.lookup(feat1(closedLexTemplate, 0)) != nil
	return t
}

// Closed classes are the function-word tags, whose words a treebank lists
// in full: prepositions and subordinators, determiners, conjunctions,
// pronouns, modals and auxiliaries, particles, "to" and the possessive
// ending (Penn's IN, DT, CC, PRP, PRP$, WDT, WP, WP$, WRB, TO, MD, POS, EX,
// PDT; UD's ADP, AUX, CCONJ, DET, PART, PRON, SCONJ). Punctuation is left
// open: its symbols vary without end. The tagger gives a word a closed
// class only if the training data gave that word that class: a rare verb
// between two names ("The Tories accuse/IN Labour of") falls back to its
// best open class. Only words of the cluster vocabulary (clusters.go) are
// held to it: a misspelling ("aboout") or a web token may be anything.
func closedClass(xpos, upos string) bool {
	switch xpos {
	case "IN", "DT", "CC", "PRP", "PRP$", "WDT", "WP", "WP$", "WRB", "TO", "MD", "POS", "EX", "PDT":
		return true
	}
	switch upos {
	case "ADP", "AUX", "CCONJ", "DET", "PART", "PRON", "SCONJ":
		return true
	}
	return false
}

// closedLexTemplate keys the closed-class lexicon: one feature per
// lower-cased word, with a weight of 1 for each closed class training gave
// it; the feature of word hash 0 marks a model that has the lexicon.
const closedLexTemplate = 98

// openArgmax returns the best class for a word whose best class c is
// closed: c itself when the lexicon lists it for the word, else the best
// open class or closed class listed for it.
func (t *Tagger) openArgmax(scores []float32, c int, norm string) int {
	if !t.lexicon {
		return c
	}
	f := feat1(closedLexTemplate, hashString(strings.ToLower(norm)))
	if t.m.has(f, c) {
		return c
	}
	best := -1
	for k, s := range scores {
		if t.closed[k] && !t.m.has(f, k) {
			continue
		}
		if best < 0 || s > scores[best] {
			best = k
		}
	}
	return best
}

// closedLexicon returns the closed-class lexicon's features (see
// closedLexTemplate) for sentences whose classes are indexed by index.
func closedLexicon(sents []TreeSentence, index map[string]int) map[uint64][]classWeight {
	seen := map[string]map[int]bool{}
	for _, s := range sents {
		for _, tk := range s.Tokens {
			if !closedClass(tk.Tag, tk.UPOS) {
				continue
			}
			w := strings.ToLower(tk.norm())
			if seen[w] == nil {
				seen[w] = map[int]bool{}
			}
			seen[w][index[tk.Tag+" "+tk.UPOS]] = true
		}
	}
	out := map[uint64][]classWeight{feat1(closedLexTemplate, 0): {{c: 0, w: 1}}}
	for w, cs := range seen {
		var cws []classWeight
		for c := range cs {
			cws = append(cws, classWeight{c: uint8(c), w: 1})
		}
		sort.Slice(cws, func(i, j int) bool { return cws[i].c < cws[j].c })
		out[feat1(closedLexTemplate, hashString(w))] = cws
	}
	return out
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
// previous classes.
func tagFeatures(fs []uint64, ws []wordInfo, i int, p1, p2 uint64) []uint64 {
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
		feat1(1, 0),
		feat1(2, w.lower),
		feat1(3, w.suf3),
		feat1(4, w.pre1),
		feat1(5, p1),
		feat1(6, p2),
		feat2(7, p1, p2),
		feat2(8, p1, w.lower),
		feat1(9, lower(i-1)),
		feat1(10, suf3(i-1)),
		feat1(11, lower(i-2)),
		feat1(12, lower(i+1)),
		feat1(13, suf3(i+1)),
		feat1(14, lower(i+2)),
		feat1(15, w.shape),
		feat1(16, w.suf2),
		feat1(17, w.suf4),
		feat1(18, w.pre3),
		feat1(19, w.norm),
		feat2(20, lower(i-1), w.lower),
		feat2(21, w.lower, lower(i+1)),
		feat2(22, shp(i-1), w.shape),
		feat2(23, w.shape, shp(i+1)),
		feat2(24, b(w.first), w.shape),
		feat2(25, p1, w.suf3),
		feat3(26, b(w.capital), b(w.first), b(w.upper)),
		feat2(27, b(w.hyphen), b(w.digit)),
		feat2(28, p1, lower(i+1)),
		feat2(29, lower(i-1), lower(i+1)),
		feat2(30, suf3(i-1), w.suf3),
		feat2(31, w.suf3, suf3(i+1)),
		feat3(32, p1, w.lower, lower(i+1)),
		feat2(33, p2, w.lower),
		feat2(34, w.pre3, w.suf3),
		feat1(35, shp(i+2)),
		feat1(36, w.cl3), feat1(37, w.cl2), feat2(38, p1, w.cl2), feat1(39, cl(i+1)),
	)
	return fs
}

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
	scores := make([]float32, len(t.m.classes))
	fs := make([]uint64, 0, 32)
	p1, p2 := hStart, hStart2
	for i := range toks {
		c, ok := t.known(ws[i].norm)
		if !ok {
			fs = tagFeatures(fs[:0], ws, i, p1, p2)
			t.m.score(fs, scores)
			c = argmax(scores, nil)
			if t.closed[c] && ws[i].cl1 != 0 {
				c = t.openArgmax(scores, c, toks[i].norm())
			}
		}
		toks[i].Tag, toks[i].UPOS = t.xpos[c], t.upos[c]
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
	if sl == nil || t.m.count(sl) != 1 {
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
	dict := tagDict(sents, tr.index)
	var fs []uint64
	var ws []wordInfo
	for it := 0; it < iters; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			toks := sents[si].Tokens
			ws = wordInfos(toks, ws)
			p1, p2 := hStart, hStart2
			for i := range toks {
				if c, ok := dict[ws[i].norm]; ok {
					p2, p1 = p1, hc[c]
					continue
				}
				fs = tagFeatures(fs[:0], ws, i, p1, p2)
				tr.score(fs, scores)
				guess := argmax(scores, nil)
				gold := tr.index[toks[i].Tag+" "+toks[i].UPOS]
				tr.tick()
				tr.update(fs, gold, guess)
				p2, p1 = p1, hc[guess]
			}
		}
	}
	m := tr.average()
	feats := map[uint64][]classWeight{}
	m.each(func(k uint64, cws []classWeight) { feats[k] = append([]classWeight(nil), cws...) })
	for w, c := range dict {
		feats[feat1(tagDictTemplate, w)] = []classWeight{{c: uint8(c), w: 1}}
	}
	for k, cws := range closedLexicon(sents, tr.index) {
		feats[k] = cws
	}
	return newTagger(newModel(classes, feats))
}

// Pruned returns a copy of the tagger without weights of magnitude below th.
func (t *Tagger) Pruned(th float32) *Tagger { return newTagger(t.m.prune(th)) }

// Size returns the number of features and weights of the model.
func (t *Tagger) Size() (feats, weights int) { return t.m.size() }
