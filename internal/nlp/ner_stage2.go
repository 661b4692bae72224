package nlp

// The second stage of the recogniser (Ratinov and Roth 2009, "prediction
// aggregation"): after the first stage has labelled the whole document, a
// second model labels it again with the first stage's features and labels
// plus what the first stage said about the same word anywhere in the
// document, before or after: the types its capitalised mentions received
// and its place in the longest name that contains it ("Lebed" after
// "Alexander Lebed"). Both stages live in one feature table: the second
// stage's features are the first's hashes mixed with a constant.

const stage2Salt = 0x6a09e667f3bcc909

func stage2(f uint64) uint64 { return mix(f, stage2Salt) }

// docAgg is the first stage's view of a whole document.
type docAgg struct {
	ws    [][]nerInfo
	s1    [][]int
	words map[uint64]*aggEntry
}

type aggEntry struct {
	n       [nerTypes]int32
	long    int    // length of the longest name containing the word
	longCls uint64 // the word's class in that name, hashed
}

// aggregate collects the first stage's labels s1 of a document.
func (r *Recognizer) aggregate(ws [][]nerInfo, s1 [][]int) *docAgg {
	a := &docAgg{ws: ws, s1: s1, words: map[uint64]*aggEntry{}}
	for s, w := range ws {
		start := -1
		for i := range w {
			c := s1[s][i]
			cl := r.m.classes[c]
			switch cl[0] {
			case 'B':
				start = i
				continue
			case 'I':
				continue
			case 'U':
				start = i
			case 'L':
				if start < 0 {
					start = i
				}
			default:
				start = -1
				continue
			}
			n := i + 1 - start
			for k := start; k <= i; k++ {
				x := &w[k]
				t := r.ttype[s1[s][k]]
				if !x.capital || t < 0 || t >= nerTypes {
					continue
				}
				e := a.words[x.lower]
				if e == nil {
					e = &aggEntry{}
					a.words[x.lower] = e
				}
				e.n[t]++
				if n > e.long {
					e.long, e.longCls = n, r.hcls[s1[s][k]]
				}
			}
			start = -1
		}
	}
	return a
}

// stage2Keep are the indices of the first stage's features (in the order
// features appends them) that the second stage uses.
var stage2Keep = []int{0, 1, 3, 7, 8, 11, 12, 13, 17, 21, 23, 26, 29, 33, 36, 41}

// stage2Features turns the first stage's features fs of token i of
// sentence s into the second stage's and adds those of the aggregate.
func (r *Recognizer) stage2Features(fs []uint64, a *docAgg, s, i int, cc uint64) []uint64 {
	// of the first stage's features, the second keeps the word, its
	// shape and neighbours, its tag, the previous label, lexicon, history
	// and sentence class: its own labels summarise the rest, and fewer
	// features keep it fast
	n := 0
	for _, k := range stage2Keep {
		if k < len(fs) {
			fs[n] = stage2(fs[k])
			n++
		}
	}
	fs = fs[:n]
	lab := a.s1[s]
	cls := func(k int) uint64 {
		if k < 0 {
			return hStart
		}
		if k >= len(lab) {
			return hEnd
		}
		return r.hcls[lab[k]]
	}
	cur := cls(i)
	var maj, cnt, long uint64
	if e := a.words[a.ws[s][i].lower]; e != nil {
		others := e.n
		if t := r.ttype[lab[i]]; t >= 0 && t < nerTypes && others[t] > 0 {
			others[t]--
		}
		maj = argmaxType(&others)
		if maj > 0 {
			var tot int32
			for _, x := range others {
				tot += x
			}
			frac := uint64(1)
			if others[maj-1]*4 >= tot*3 {
				frac = 2
			}
			cnt = frac*4 + uint64(min(others[maj-1], 3))
		}
		long = e.longCls
	}
	fs = append(fs,
		feat1(60, cur), feat2(61, cls(i-1), cur), feat2(62, cur, cls(i+1)), feat3(63, cls(i-1), cur, cls(i+1)),
		feat1(64, maj), feat2(65, maj, cur), feat2(66, maj, cnt), feat2(67, maj, cc),
		feat1(68, long), feat2(69, long, cur),
	)
	for k := n; k < len(fs); k++ {
		fs[k] = stage2(fs[k])
	}
	return fs
}
