package nlp

import (
	"io"
	"slices"
	"strings"
	"unicode"
)

// EntityTypes are the types the recogniser assigns.
var EntityTypes = []string{"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "MISC"}

// Lexicon supplies dictionary knowledge to the recogniser as features, so
// that a gazetteer informs names without being their only source. The same
// lexicon must be used in training and use.
type Lexicon interface {
	// Match returns the length of the longest entry starting at words[i]
	// and its category ("GPE", "ORG", "PERSON", "NORP", ...), or 0.
	Match(words []string, i int) (n int, category string)
	// IsFirstName reports whether w is a known given name.
	IsFirstName(w string) bool
}

// Recognizer finds names: a greedy left-to-right BILOU tagger over words,
// shapes, affixes, POS tags, lexicon matches and the labels the same word
// received earlier in the document (Ratinov and Roth 2009). A second stage,
// when the model has one, labels the document again knowing the first
// stage's labels of every mention in the whole document (prediction
// aggregation, ibid.). It is read-only and safe for concurrent use.
type Recognizer struct {
	m     *model
	lex   Lexicon
	hcls  []uint64
	trans [][]bool // trans[prev][next]: allowed BILOU successions
	etype []string // per class: the type, or "" for O
	ttype []int    // per class: the index of its type in EntityTypes, or -1
	two   bool     // the model has a second stage (see ner_stage2.go)
	out   int      // the class O, or -1
	// gazHash holds, per lexicon category, the hashes of "B-", "I-", "L-"
	// and "U-" + category: the lexicon features, without building the
	// strings for every word the lexicon knows
	gazHash map[string][4]uint64
}

// gazPositions are the BILOU positions in gazHash order.
var gazPositions = [4]string{"B", "I", "L", "U"}

func newRecognizer(m *model, lex Lexicon) *Recognizer {
	r := &Recognizer{m: m, lex: lex, gazHash: map[string][4]uint64{}}
	for _, t := range EntityTypes {
		var h [4]uint64
		for k, p := range gazPositions {
			h[k] = hashString(p + "-" + t)
		}
		r.gazHash[t] = h
	}
	n := len(m.classes)
	r.trans = make([][]bool, n+1) // index n: sentence start
	for _, c := range m.classes {
		r.hcls = append(r.hcls, hashString(c))
		_, t, _ := strings.Cut(c, "-")
		r.etype = append(r.etype, t)
	}
	for p := 0; p <= n; p++ {
		r.trans[p] = make([]bool, n)
		pc := "O"
		if p < n {
			pc = m.classes[p]
		}
		for q, qc := range m.classes {
			r.trans[p][q] = bilouAllowed(pc, qc)
		}
	}
	r.ttype = make([]int, n)
	r.out = slices.Index(m.classes, "O")
	for c := range m.classes {
		r.ttype[c] = -1
		for t, et := range EntityTypes {
			if et == r.etype[c] {
				r.ttype[c] = t
			}
		}
	}
	if len(m.slots) > 0 {
		r.two = m.lookup(stage2(feat1(1, 0))) != nil
	}
	return r
}

func bilouAllowed(prev, next string) bool {
	pb, pt, _ := strings.Cut(prev, "-")
	nb, nt, _ := strings.Cut(next, "-")
	open := pb == "B" || pb == "I"
	if open {
		return (nb == "I" || nb == "L") && nt == pt
	}
	return nb == "O" || nb == "B" || nb == "U"
}

// ReadRecognizer reads a model written by (*Recognizer).Write; lex must be
// the lexicon it was trained with.
func ReadRecognizer(rd io.Reader, lex Lexicon) (*Recognizer, error) {
	m, err := readModel(rd)
	if err != nil {
		return nil, err
	}
	return newRecognizer(m, lex), nil
}

// Write writes the model.
func (r *Recognizer) Write(w io.Writer) error { return r.m.write(w) }

// nerInfo is what the recogniser knows of a token before labelling.
type nerInfo struct {
	wordInfo
	tag, gaz uint64
	fname    bool
	num      bool // digits and no letters: a score, a count, a date
	// plain: no capital letter, no digit, no gazetteer entry and no web
	// address ("said", "the", ","; not "napster.no"): with plain words all
	// around it, a plain word is no part of a name (quietAt)
	plain  bool
	letter bool // it has a letter
}

// nerTypes bounds the number of entity types history counts track.
const nerTypes = 8

// histEntry is what the document said earlier about one (lower-cased) word:
// how often it was part of a name of each type, in running text and in
// all-capitals sentences, and the class it received last.
type histEntry struct {
	n, caps [nerTypes]int32
	last    int // class + 1, 0 for none
}

type docHistory map[uint64]*histEntry

func argmaxType(n *[nerTypes]int32) uint64 {
	best := -1
	var bn int32
	for t, c := range n {
		if c > bn {
			best, bn = t, c
		}
	}
	return uint64(best + 1)
}

func (r *Recognizer) infos(toks []Token, out []nerInfo) []nerInfo {
	var b infoBuf
	return r.infosBuf(toks, wordInfos(toks, nil), out, &b)
}

// infoBuf holds scratch slices that infosBuf reuses from one sentence to
// the next.
type infoBuf struct {
	words []string
	gz    []uint64
}

// infosBuf builds the recogniser's view of toks, whose word infos are ws.
func (r *Recognizer) infosBuf(toks []Token, ws []wordInfo, out []nerInfo, b *infoBuf) []nerInfo {
	out = out[:0]
	words := b.words[:0]
	for i := range toks {
		words = append(words, toks[i].norm())
	}
	b.words = words
	gz := b.gz[:0]
	for range toks {
		gz = append(gz, 0)
	}
	b.gz = gz
	if r.lex != nil {
		for i := 0; i < len(words); {
			n, cat := r.lex.Match(words, i)
			if n <= 0 {
				i++
				continue
			}
			h, ok := r.gazHash[cat]
			if !ok { // a category that is no entity type
				for k, p := range gazPositions {
					h[k] = hashString(p + "-" + cat)
				}
			}
			for k := 0; k < n; k++ {
				pos := 1 // I
				switch {
				case n == 1:
					pos = 3 // U
				case k == 0:
					pos = 0 // B
				case k == n-1:
					pos = 2 // L
				}
				gz[i+k] = h[pos]
			}
			i += n
		}
	}
	for i := range toks {
		ni := nerInfo{wordInfo: ws[i], tag: hashString(toks[i].Tag), gaz: gz[i]}
		if r.lex != nil {
			ni.fname = r.lex.IsFirstName(words[i])
		}
		ni.letter = hasLetter(words[i])
		ni.num = ni.digit && !ni.letter
		ni.plain = gz[i] == 0 && !ni.digit && !hasUpper(words[i]) && (len(words[i]) < 2 || !strings.ContainsAny(words[i][1:], ".@"))
		out = append(out, ni)
	}
	return out
}

// hasUpper reports whether s has an upper-case letter ("eBay", "iPod").
func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// skipQuiet turns the labelling of quiet words without scoring on (a test
// turns it off to compare).
var skipQuiet = true

// casedSentence reports whether the sentence is cased as edited text is:
// its first word with letters opens with a capital ("good food in iguazu"
// does not, and its names may be in small letters too).
func casedSentence(w []nerInfo) bool {
	for i := range w {
		if w[i].letter {
			return w[i].capital
		}
	}
	return false
}

// quietAt reports whether token i is plain, with plain words two either
// side: in a cased sentence (casedSentence) no name reaches it ("Bank of
// the West" does through "of the"), so it is labelled outside without
// scoring, about half the words of news text.
func quietAt(w []nerInfo, i int) bool {
	for k := max(0, i-2); k <= i+2 && k < len(w); k++ {
		if !w[k].plain {
			return false
		}
	}
	return true
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// caseClass buckets how a sentence is capitalised: headlines in capitals or
// title case read differently from running text; 4 is added for sentences
// of mostly numbers (results tables, market reports).
func caseClass(ws []nerInfo) uint64 {
	caps, upper, words, nums := 0, 0, 0, 0
	for i := range ws {
		if ws[i].num {
			nums++
		}
		if ws[i].shape == 0 {
			continue
		}
		words++
		if ws[i].capital {
			caps++
		}
		if ws[i].upper {
			upper++
		}
	}
	var cc uint64 = 1
	switch {
	case words > 2 && upper*10 >= words*7:
		cc = 3
	case words > 3 && caps*10 >= words*7:
		cc = 2
	}
	if len(ws) > 2 && nums*3 >= len(ws) {
		cc += 4
	}
	return cc
}

// isCaps reports whether a case class is that of an all-capitals sentence.
func isCaps(cc uint64) bool { return cc&3 == 3 }

func (r *Recognizer) features(fs []uint64, ws []nerInfo, i int, p1, p2 uint64, cc uint64, hist docHistory) []uint64 {
	w := &ws[i]
	get := func(k int) *nerInfo {
		if k < 0 || k >= len(ws) {
			return nil
		}
		return &ws[k]
	}
	lower := func(k int) uint64 {
		if x := get(k); x != nil {
			return x.lower
		}
		if k < 0 {
			return hStart
		}
		return hEnd
	}
	shp := func(k int) uint64 {
		if x := get(k); x != nil {
			return x.shape
		}
		return 1
	}
	tag := func(k int) uint64 {
		if x := get(k); x != nil {
			return x.tag
		}
		return 1
	}
	gaz := func(k int) uint64 {
		if x := get(k); x != nil {
			return x.gaz
		}
		return 1
	}
	b := func(v bool) uint64 {
		if v {
			return 1
		}
		return 2
	}
	fn := func(k int) uint64 {
		if x := get(k); x != nil {
			return b(x.fname)
		}
		return 3
	}
	num := func(k int) uint64 {
		if x := get(k); x != nil {
			return b(x.num)
		}
		return 3
	}
	cl := func(k int) uint64 {
		if x := get(k); x != nil {
			return x.cl2
		}
		return 1
	}
	var hc, hn, hl uint64
	if h := hist[w.lower]; h != nil && w.capital {
		var all [nerTypes]int32
		for t := range all {
			all[t] = h.n[t] + h.caps[t]
		}
		hc = argmaxType(&all)
		hn = argmaxType(&h.n)
		if h.last > 0 {
			hl = r.hcls[h.last-1]
		}
	}
	fs = append(fs,
		feat1(1, 0),
		feat1(2, w.lower), feat1(3, w.norm), feat1(4, w.shape), feat1(5, w.pre3), feat1(6, w.suf3), feat1(7, w.suf4),
		feat1(9, lower(i-1)), feat1(10, lower(i+1)), feat1(11, lower(i-2)), feat1(12, lower(i+2)),
		feat2(13, lower(i-1), w.lower), feat2(14, w.lower, lower(i+1)),
		feat3(15, shp(i-1), w.shape, shp(i+1)), feat1(16, shp(i-1)), feat1(17, shp(i+1)),
		feat1(18, w.tag), feat1(19, tag(i-1)), feat1(20, tag(i+1)), feat3(21, tag(i-1), w.tag, tag(i+1)),
		feat1(22, p1), feat2(23, p1, p2), feat2(24, p1, w.shape), feat2(25, p1, w.lower), feat2(26, p1, w.tag),
		feat1(27, gaz(i)), feat1(28, gaz(i-1)), feat1(29, gaz(i+1)), feat2(30, gaz(i), w.shape), feat2(31, gaz(i), p1),
		feat2(32, fn(i), w.shape), feat3(33, fn(i-1), b(w.capital), p1),
		feat1(34, hc), feat2(35, hc, w.shape),
		feat3(36, b(w.capital), b(w.first), b(w.upper)),
		feat2(37, cc, w.shape), feat3(38, cc, w.tag, w.lower),
		feat2(39, w.suf3, w.tag), feat2(40, lower(i+1), w.shape), feat2(41, lower(i-1), w.shape),
		feat3(42, num(i+1), w.shape, cc), feat3(43, num(i-1), num(i+1), p1),
		feat3(44, hn, b(isCaps(cc)), w.shape), feat1(45, hl), feat2(46, hl, w.shape),
		feat3(47, gaz(i), num(i+1), cc),
		feat1(48, w.cl2), feat1(49, w.cl3), feat2(50, w.cl2, w.shape), feat2(51, p1, w.cl2),
		feat2(52, cl(i-1), w.cl1), feat2(53, w.cl1, cl(i+1)),
	)
	return fs
}

func (r *Recognizer) remember(hist docHistory, w *nerInfo, c int, cc uint64) {
	t := r.ttype[c]
	if !w.capital || t < 0 || t >= nerTypes {
		return
	}
	h := hist[w.lower]
	if h == nil {
		h = &histEntry{}
		hist[w.lower] = h
	}
	if isCaps(cc) {
		h.caps[t]++
	} else {
		h.n[t]++
	}
	h.last = c + 1
}

// Recognize sets Ent of every token of the sentences of one document, in
// order (earlier labels inform later ones).
func (r *Recognizer) Recognize(sents [][]Token) {
	ws := make([][]wordInfo, len(sents))
	for s, toks := range sents {
		ws[s] = wordInfos(toks, nil)
	}
	r.recognize(sents, ws, nil)
}

// recognize labels sents, whose word infos are words.
// recognize labels the sentences, whose word infos are words; it gives up,
// returning false, when stop (if not nil) says so before a sentence.
func (r *Recognizer) recognize(sents [][]Token, words [][]wordInfo, stop func(int) bool) bool {
	// one backing array for each kind of per-token data of the document
	n := 0
	for _, toks := range sents {
		n += len(toks)
	}
	infos := make([]nerInfo, 0, n)
	ints := make([]int, 2*n)
	var buf infoBuf
	ws := make([][]nerInfo, len(sents))
	for s, toks := range sents {
		ws[s] = r.infosBuf(toks, words[s], infos[len(infos):len(infos):cap(infos)], &buf)
		infos = infos[:len(infos)+len(ws[s])]
	}
	newLabels := func() [][]int {
		out := make([][]int, len(sents))
		for s := range sents {
			out[s], ints = ints[:len(sents[s]):len(sents[s])], ints[len(sents[s]):]
		}
		return out
	}
	labels := newLabels()
	if !r.tagDoc(r.m, ws, nil, labels, nil, nil, stop) {
		return false
	}
	if r.two {
		s1 := labels
		labels = newLabels()
		if !r.tagDoc(r.m, ws, r.aggregate(ws, s1), labels, nil, nil, stop) {
			return false
		}
	}
	for s, toks := range sents {
		for i := range toks {
			toks[i].Ent = r.m.classes[labels[s][i]]
		}
	}
	return true
}

// scorer is a model or a trainer.
type scorer interface {
	score(feats []uint64, scores []float32)
}

// tagDoc labels a document greedily into labels, in the first stage (agg
// nil) or the second. In training (tr set), gold holds the gold classes:
// the tagger learns from each token and follows the gold path.
//
// stop, when not nil, is asked before each sentence whether to give up
// (with the sentence's index); tagDoc then returns false.
func (r *Recognizer) tagDoc(m scorer, ws [][]nerInfo, agg *docAgg, labels [][]int, gold [][]int, tr *trainer, stop func(int) bool) bool {
	hist := docHistory{}
	nc := len(r.m.classes)
	scores := make([]float32, nc)
	fs := make([]uint64, 0, 96)
	for s := range ws {
		if stop != nil && stop(s) {
			return false
		}
		w := ws[s]
		cc := caseClass(w)
		prev := nc
		p1, p2 := hStart, hStart2
		cased := tr == nil && skipQuiet && casedSentence(w)
		for i := range w {
			if cased && r.out >= 0 && r.trans[prev][r.out] && quietAt(w, i) {
				// (what the model says there, but for a few doubtful
				// words: see quietAt)
				labels[s][i] = r.out
				prev = r.out
				p2, p1 = p1, r.hcls[r.out]
				continue
			}
			fs = r.features(fs[:0], w, i, p1, p2, cc, hist)
			if agg != nil {
				fs = r.stage2Features(fs, agg, s, i, cc)
			}
			m.score(fs, scores)
			c := argmax(scores, r.trans[prev])
			if tr != nil {
				g := gold[s][i]
				tr.tick()
				tr.update(fs, g, c)
				labels[s][i] = c
				prev = g
				p2, p1 = p1, r.hcls[g]
				// remember predictions as they will be remembered in use
				r.remember(hist, &w[i], c, cc)
				continue
			}
			c = r.closeAtEnd(c, i == len(w)-1, scores, prev)
			labels[s][i] = c
			prev = c
			p2, p1 = p1, r.hcls[c]
			r.remember(hist, &w[i], c, cc)
		}
	}
	return true
}

// closeAtEnd replaces B/I at the sentence's end with the best U/L/O.
func (r *Recognizer) closeAtEnd(c int, last bool, scores []float32, prev int) int {
	if !last {
		return c
	}
	cl := r.m.classes[c]
	if !strings.HasPrefix(cl, "B-") && !strings.HasPrefix(cl, "I-") {
		return c
	}
	best := -1
	for q, qc := range r.m.classes {
		if !r.trans[prev][q] || strings.HasPrefix(qc, "B-") || strings.HasPrefix(qc, "I-") {
			continue
		}
		if best < 0 || scores[q] > scores[best] {
			best = q
		}
	}
	return best
}

// NERDocument is a training document: sentences of tokens with Tag set
// (predicted tags) and Ent set to the gold BILOU labels.
type NERDocument [][]Token

// TrainRecognizer trains a recogniser on documents with gold BILOU labels,
// with the default options (DefaultNEROptions) but for iters and seed.
func TrainRecognizer(docs []NERDocument, lex Lexicon, iters int, seed int64, progress func(int)) *Recognizer {
	o := DefaultNEROptions()
	o.Iters, o.Seed = iters, seed
	return TrainRecognizerOptions(docs, lex, o, progress)
}

// Span is a name found by the recogniser: tokens [Start, End) of a
// sentence, with its type.
type Span struct {
	Start, End int
	Type       string
}

// Spans decodes the BILOU labels of a sentence into spans.
func Spans(toks []Token) []Span {
	var out []Span
	start := -1
	for i, t := range toks {
		p, typ, _ := strings.Cut(t.Ent, "-")
		switch p {
		case "U":
			out = append(out, Span{i, i + 1, typ})
			start = -1
		case "B":
			start = i
		case "L":
			if start >= 0 {
				out = append(out, Span{start, i + 1, typ})
			}
			start = -1
		case "I":
		default:
			start = -1
		}
	}
	return out
}

// Pruned returns a copy of the recogniser without weights of magnitude below th.
func (r *Recognizer) Pruned(th float32) *Recognizer { return newRecognizer(r.m.prune(th), r.lex) }

// Size returns the number of features and weights of the model.
func (r *Recognizer) Size() (feats, weights int) { return r.m.size() }
