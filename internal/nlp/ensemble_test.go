package nlp

import (
	"bytes"
	"io"
	"io/fs"
	"math/rand"
	"os"
	"slices"
	"testing"
)

// bruteTree returns the best tree by trying every head assignment.
func bruteTree(w [][]float64, n int) (best []int, bs float64) {
	bs = negInf
	h := make([]int, n)
	var rec func(d int)
	rec = func(d int) {
		if d == n {
			// check acyclic
			for s := 0; s < n; s++ {
				v, k := s, 0
				for v != n && k <= n {
					v = h[v]
					k++
				}
				if v != n {
					return
				}
			}
			var t float64
			for i := range h {
				t += w[h[i]][i]
			}
			if t > bs {
				bs, best = t, append([]int(nil), h...)
			}
			return
		}
		for x := 0; x <= n; x++ {
			if x != d && w[x][d] > negInf {
				h[d] = x
				rec(d + 1)
			}
		}
	}
	rec(0)
	return
}

// TestMaxArborescence compares the Chu-Liu-Edmonds tree with the best of
// all trees on 3,000 random sparse graphs of up to five words, where
// cycles are frequent.
func TestMaxArborescence(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for it := 0; it < 3000; it++ {
		n := 1 + rng.Intn(5)
		w := make([][]float64, n+1)
		for h := range w {
			w[h] = make([]float64, n)
			for d := range w[h] {
				w[h][d] = negInf
				if h != d && rng.Float64() < 0.7 {
					w[h][d] = float64(rng.Intn(10))
				}
			}
		}
		for d := 0; d < n; d++ {
			w[n][d] = float64(rng.Intn(10)) - 5
		}
		_, bs := bruteTree(w, n)
		got := maxArborescence(w, n)
		var gs float64
		for d, h := range got {
			gs += w[h][d]
		}
		if gs != bs {
			t.Fatalf("it %d n %d: got %v score %v, brute %v", it, n, got, gs, bs)
		}
	}
}

// TestEnsembleTiny trains a left-to-right and a right-to-left parser on
// the tiny treebank: each and their ensemble must learn it (gold tags), and
// reversing a sentence twice must give it back.
func TestEnsembleTiny(t *testing.T) {
	sents := readTiny(t)
	for _, s := range sents {
		if back := reverseTokens(reverseTokens(s.Tokens)); !slices.Equal(back, s.Tokens) {
			t.Fatalf("reversed twice: %v, want %v", back, s.Tokens)
		}
	}
	members := []EnsembleMember{{Seed: 1, Base: 1.2}, {Seed: 2, Base: 1, Greedy: true}, {Reversed: true, Seed: 1, Base: 1, Greedy: true}}
	var parsers []*Parser
	for _, m := range members {
		in := sents
		if m.Reversed {
			in = ReverseSentences(sents)
		}
		parsers = append(parsers, TrainParser(in, 30, m.Seed, nil))
	}
	for i, m := range members {
		e := NewEnsemble(parsers[i:i+1], members[i:i+1])
		if s := Evaluate(sents, nil, e); s.UAS < 0.99 || s.LASFull < 0.99 {
			t.Errorf("parser %d (reversed %v) on its training data: UAS %.3f LAS %.3f, want 1", i, m.Reversed, s.UAS, s.LASFull)
		}
	}
	if s := Evaluate(sents, nil, NewEnsemble(parsers, members)); s.UAS < 0.99 || s.LASFull < 0.99 {
		t.Errorf("ensemble on the training data: UAS %.3f LAS %.3f, want 1", s.UAS, s.LASFull)
	}
}

// TestEnsembleTree parses held-out EWT sentences with the shipped
// ensemble: every parse must be a tree (no cycles) with one root, and the
// ensemble must differ from its first parser on some arcs.
func TestEnsembleTree(t *testing.T) {
	models, err := fs.Sub(modelFiles, "models")
	if err != nil {
		t.Fatal(err)
	}
	ens, err := ReadEnsemble(models)
	if err != nil {
		t.Fatal(err)
	}
	first := ens.Lead()
	tagger := embeddedModel(t, "tagger.model.gz", ReadTagger)
	gold := ewtTestSlice(t)
	differ := 0
	for _, g := range gold {
		toks := make([]Token, len(g.Tokens))
		for i, tk := range g.Tokens {
			toks[i] = Token{Text: tk.Text, Norm: tk.Norm, Head: -1}
		}
		tagger.Tag(toks)
		alone := append([]Token(nil), toks...)
		first.Parse(alone)
		ens.Parse(toks)
		roots := 0
		for i, tk := range toks {
			if tk.Head < 0 {
				roots++
			}
			if tk.Head != alone[i].Head {
				differ++
			}
			for v, k := i, 0; v >= 0; v, k = toks[v].Head, k+1 {
				if k > len(toks) {
					t.Fatalf("%q: a cycle through token %d", g.Tokens[0].Text, i)
				}
			}
			if tk.Rel == "" {
				t.Fatalf("%q: token %d has no relation", g.Tokens[0].Text, i)
			}
		}
		if roots != 1 {
			t.Errorf("%q: %d roots, want 1", g.Tokens[0].Text, roots)
		}
	}
	if differ == 0 {
		t.Error("the ensemble parsed every sentence as its first parser did")
	}
	// a run of words longer than maxEnsembleWords is the first parser's
	var long []Token
	for _, g := range gold {
		for _, tk := range g.Tokens {
			long = append(long, Token{Text: tk.Text, Norm: tk.Norm, Head: -1})
		}
		if len(long) > maxEnsembleWords {
			break
		}
	}
	tagger.Tag(long)
	alone := append([]Token(nil), long...)
	first.Parse(alone)
	ens.Parse(long)
	if !slices.Equal(long, alone) {
		t.Errorf("%d words: the ensemble's parse differs from its first parser's", len(long))
	}
}

// embeddedModel reads a model file compiled into the package.
func embeddedModel[M any](t *testing.T, name string, read func(io.Reader) (M, error)) M {
	t.Helper()
	b, err := modelFiles.ReadFile("models/" + name)
	if err != nil {
		t.Fatal(err)
	}
	m, err := read(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return m
}

// ewtTestSlice reads the 500 held-out EWT test sentences kept in testdata.
func ewtTestSlice(t *testing.T) []TreeSentence {
	t.Helper()
	return readTreebank(t, "testdata/ewt-test-500.conllu")
}

// readTreebank reads a CoNLL-U file.
func readTreebank(t *testing.T, path string) []TreeSentence {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadCoNLLU(f)
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

// TestEnsembleNames parses the held-out EWT slice, its names labelled by
// the recogniser, with ParseNames: a sentence whose names the first parser
// attached surely (ensembleGate) keeps the first parser's parse, any other the
// ensemble's, and the slice holds both kinds with the two parses differing.
func TestEnsembleNames(t *testing.T) {
	p, err := Load(nil)
	if err != nil {
		t.Fatal(err)
	}
	var sure, unsure int
	for _, g := range ewtTestSlice(t) {
		toks := make([]Token, len(g.Tokens))
		for i, tk := range g.Tokens {
			toks[i] = Token{Text: tk.Text, Norm: tk.Norm, Head: -1}
		}
		p.Tagger.Tag(toks)
		p.Recognizer.Recognize([][]Token{toks})
		if len(toks) > maxEnsembleWords {
			continue
		}
		lead := slices.Clone(toks)
		conf := make([]float32, len(toks))
		p.Parser.Lead().parse(lead, wordInfos(lead, nil), conf)
		full := slices.Clone(toks)
		p.Parser.Parse(full)
		got := slices.Clone(toks)
		p.Parser.ParseNames(got)
		want, kind := full, "unsure of a name"
		if leadIsSure(toks, conf, true) {
			want, kind = lead, "sure of its names"
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q (%s): ParseNames gave another parse", g.Tokens[0].Text, kind)
		}
		if !slices.Equal(lead, full) {
			if kind == "unsure of a name" {
				unsure++
			} else {
				sure++
			}
		}
	}
	t.Logf("sentences the ensemble parses otherwise than its first parser: %d sure of their names, %d unsure", sure, unsure)
	if sure == 0 || unsure == 0 {
		t.Errorf("sure %d, unsure %d: the slice must hold sentences of both kinds that the ensemble changes", sure, unsure)
	}
}
