package nlp

import (
	"math/rand"
)

// NEROptions are the recogniser's training options.
type NEROptions struct {
	Iters int   // passes over the documents (each stage)
	Seed  int64 // shuffles the documents
	// Stages is 1 for the first stage alone, 2 to add the second stage.
	Stages int
	// Folds is the number of jackknife folds whose first-stage models
	// label the second stage's training documents.
	Folds int
}

// DefaultNEROptions returns the options TrainRecognizer uses.
func DefaultNEROptions() NEROptions {
	return NEROptions{Iters: 10, Seed: 1, Stages: 2, Folds: 4}
}

// TrainRecognizerOptions trains a recogniser on documents with gold BILOU
// labels. progress, if set, is called after every training pass.
func TrainRecognizerOptions(docs []NERDocument, lex Lexicon, o NEROptions, progress func(int)) *Recognizer {
	classes := []string{"O"}
	for _, t := range EntityTypes {
		for _, p := range []string{"B", "I", "L", "U"} {
			classes = append(classes, p+"-"+t)
		}
	}
	r := newRecognizer(&model{classes: classes}, lex)
	index := map[string]int{}
	for i, c := range classes {
		index[c] = i
	}
	ws := make([][][]nerInfo, len(docs))
	gold := make([][][]int, len(docs))
	for d, doc := range docs {
		ws[d] = make([][]nerInfo, len(doc))
		gold[d] = make([][]int, len(doc))
		for s, toks := range doc {
			ws[d][s] = r.infos(toks, nil)
			g := make([]int, len(toks))
			for i := range toks {
				g[i] = index[toks[i].Ent] // unknown: 0, "O"
			}
			gold[d][s] = g
		}
	}
	pass := 0
	prog := func() {
		if progress != nil {
			progress(pass)
		}
		pass++
	}
	all := make([]int, len(docs))
	for i := range all {
		all[i] = i
	}
	m1 := r.trainStage(classes, all, ws, gold, nil, o.Iters, o.Seed, prog)
	if o.Stages < 2 {
		return newRecognizer(m1, lex)
	}
	// jackknifed first-stage labels for the second stage to learn from
	folds := max(o.Folds, 2)
	s1 := make([][][]int, len(docs))
	for k := 0; k < folds; k++ {
		var train, test []int
		for d := range docs {
			if d%folds == k {
				test = append(test, d)
			} else {
				train = append(train, d)
			}
		}
		mk := r.trainStage(classes, train, ws, gold, nil, o.Iters, o.Seed+int64(k)+1, prog)
		rk := newRecognizer(mk, lex)
		for _, d := range test {
			s1[d] = newLabels(ws[d])
			rk.tagDoc(mk, ws[d], nil, s1[d], nil, nil, nil)
		}
	}
	aggs := make([]*docAgg, len(docs))
	for d := range docs {
		aggs[d] = r.aggregate(ws[d], s1[d])
	}
	m2 := r.trainStage(classes, all, ws, gold, aggs, o.Iters, o.Seed+100, prog)
	return newRecognizer(mergeModels(m1, m2), lex)
}

func newLabels(ws [][]nerInfo) [][]int {
	out := make([][]int, len(ws))
	for s := range ws {
		out[s] = make([]int, len(ws[s]))
	}
	return out
}

// trainStage trains one stage's averaged perceptron on the documents idx.
func (r *Recognizer) trainStage(classes []string, idx []int, ws [][][]nerInfo, gold [][][]int, aggs []*docAgg, iters int, seed int64, prog func()) *model {
	tr := newTrainer(classes)
	order := append([]int(nil), idx...)
	rng := rand.New(rand.NewSource(seed))
	labels := make([][][]int, len(ws))
	for _, d := range idx {
		labels[d] = newLabels(ws[d])
	}
	for it := 0; it < iters; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, d := range order {
			var a *docAgg
			if aggs != nil {
				a = aggs[d]
			}
			r.tagDoc(tr, ws[d], a, labels[d], gold[d], tr, nil)
		}
		prog()
	}
	return tr.average()
}

// mergeModels returns one model holding the features of both (whose
// hashes must not collide: the second stage's are salted).
func mergeModels(ms ...*model) *model {
	feats := map[uint64][]classWeight{}
	for _, m := range ms {
		m.each(func(k uint64, cws []classWeight) {
			feats[k] = append([]classWeight(nil), cws...)
		})
	}
	return newModel(ms[0].classes, feats)
}
