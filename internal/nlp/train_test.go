package nlp

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strings"
	"testing"
)

func readTiny(t *testing.T) []TreeSentence {
	t.Helper()
	sents := readTreebank(t, "testdata/tiny.conllu")
	if len(sents) != 6 {
		t.Fatalf("ReadCoNLLU(tiny.conllu): %d sentences, want 6", len(sents))
	}
	return sents
}

// tinyLexicon is a dictionary of a few names for the recogniser tests.
type tinyLexicon map[string]string

func (l tinyLexicon) Match(words []string, i int) (int, string) {
	for n := 3; n >= 1; n-- {
		if i+n <= len(words) {
			if c, ok := l[strings.Join(words[i:i+n], " ")]; ok {
				return n, c
			}
		}
	}
	return 0, ""
}

func (l tinyLexicon) IsFirstName(w string) bool { return w == "Donald" || w == "Rex" }

func readTinyNER(t *testing.T) []NERDocument {
	t.Helper()
	b, err := os.ReadFile("testdata/tiny.bilou")
	if err != nil {
		t.Fatal(err)
	}
	var doc NERDocument
	var cur []Token
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		if line == "" {
			if len(cur) > 0 {
				doc = append(doc, cur)
			}
			cur = nil
			continue
		}
		w, tag, _ := strings.Cut(line, "\t")
		cur = append(cur, Token{Text: w, Norm: w, Ent: tag, Head: -1})
	}
	if len(cur) > 0 {
		doc = append(doc, cur)
	}
	return []NERDocument{doc}
}

// TestTrainTiny trains every model on a handful of sentences: each must
// learn its training data, and a written model must read back to the same
// predictions.
func TestTrainTiny(t *testing.T) {
	sents := readTiny(t)
	tagger := TrainTagger(sents, 20, 1)
	if s := Evaluate(sents, tagger, nil); s.XPOS < 0.99 || s.UPOS < 0.99 {
		t.Errorf("tagger on its training data: XPOS %.3f UPOS %.3f, want 1", s.XPOS, s.UPOS)
	}
	parser := TrainParser(sents, 30, 1, nil)
	if s := Evaluate(sents, nil, parser); s.UAS < 0.99 || s.LASFull < 0.99 {
		t.Errorf("parser on its training data (gold tags): UAS %.3f LAS %.3f, want 1", s.UAS, s.LASFull)
	}
	var buf bytes.Buffer
	if err := parser.Write(&buf); err != nil {
		t.Fatal(err)
	}
	p2, err := ReadParser(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if a, b := Evaluate(sents, tagger, parser), Evaluate(sents, tagger, p2); a.UAS != b.UAS || a.LASFull != b.LASFull {
		t.Errorf("parser read back: UAS %.3f LAS %.3f, want %.3f %.3f", b.UAS, b.LASFull, a.UAS, a.LASFull)
	}
	buf.Reset()
	if err := tagger.Write(&buf); err != nil {
		t.Fatal(err)
	}
	t2, err := ReadTagger(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if a, b := Evaluate(sents, tagger, nil), Evaluate(sents, t2, nil); a.XPOS != b.XPOS {
		t.Errorf("tagger read back: XPOS %.3f, want %.3f", b.XPOS, a.XPOS)
	}

	lex := tinyLexicon{"China": "GPE", "North Korea": "GPE", "Geneva": "GPE", "United Nations": "ORG", "Chinese": "NORP"}
	docs := readTinyNER(t)
	for _, d := range docs {
		for _, s := range d {
			tagger.Tag(s)
		}
	}
	rec := TrainRecognizer(docs, lex, 20, 1, nil)
	buf.Reset()
	if err := rec.Write(&buf); err != nil {
		t.Fatal(err)
	}
	r2, err := ReadRecognizer(&buf, lex)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []*Recognizer{rec, r2} {
		for _, d := range docs {
			test := make([][]Token, len(d))
			for i, s := range d {
				test[i] = append([]Token(nil), s...)
			}
			r.Recognize(test)
			for i := range d {
				for j := range d[i] {
					if got, want := test[i][j].Ent, d[i][j].Ent; got != want {
						t.Errorf("recogniser on its training data: %q = %s, want %s", d[i][j].Text, got, want)
					}
				}
			}
		}
	}
}

func TestReadModelRejectsGarbage(t *testing.T) {
	for _, in := range []string{"", "not gzip", "\x1f\x8b\x08\x00\x00\x00\x00\x00"} {
		if _, err := ReadParser(strings.NewReader(in)); err == nil {
			t.Errorf("ReadParser(%q): no error", in)
		}
	}
}

func TestSpans(t *testing.T) {
	toks := []Token{{Ent: "B-PERSON"}, {Ent: "L-PERSON"}, {Ent: "O"}, {Ent: "U-GPE"}, {Ent: "I-ORG"}, {Ent: "B-ORG"}, {Ent: "I-ORG"}, {Ent: "L-ORG"}}
	got := Spans(toks)
	want := []Span{{0, 2, "PERSON"}, {3, 4, "GPE"}, {5, 8, "ORG"}}
	if len(got) != len(want) {
		t.Fatalf("Spans: got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Spans[%d] = %v, want %v", i, got[i], want[i])
		}
	}
}

// TestRefitParser prunes a parser trained on the tiny treebank hard and
// refits it: the refit learns no weight that the pruned model lacks, and
// parses its training data at least as well as the pruned model.
func TestRefitParser(t *testing.T) {
	sents := readTiny(t)
	parser := TrainParser(sents, 30, 1, nil)
	_, full := parser.Size()
	// keep the larger third of the weights
	var mags []float64
	parser.m.each(func(_ uint64, cws []classWeight) {
		for _, x := range cws {
			mags = append(mags, math.Abs(float64(x.w)))
		}
	})
	sort.Float64s(mags)
	th := float32(mags[len(mags)*2/3])
	keep := parser.Pruned(th)
	_, kept := keep.Size()
	refit := RefitParser(sents, 30, 1, nil, keep)
	// greedy parses: selectional branching's margin is set for the scale
	// of weights of a parser trained on a treebank
	keep.branches, refit.branches = 0, 0
	refit.m.each(func(f uint64, cws []classWeight) {
		for _, x := range cws {
			if !keep.m.has(f, int(x.c)) {
				t.Errorf("refit has a weight for feature %x class %d that the pruned model lacks", f, x.c)
			}
		}
	})
	pk, pr := Evaluate(sents, nil, keep), Evaluate(sents, nil, refit)
	t.Logf("weights: %d, pruned at %g %d; UAS/LAS on the training data: pruned %.3f/%.3f, refit %.3f/%.3f", full, th, kept, pk.UAS, pk.LASFull, pr.UAS, pr.LASFull)
	if kept == 0 || kept >= full {
		t.Fatalf("pruning at %g kept %d of %d weights: the test proves nothing", th, kept, full)
	}
	if pr.UAS < pk.UAS || pr.LASFull < pk.LASFull {
		t.Errorf("refit UAS %.3f LAS %.3f, want at least the pruned model's %.3f %.3f", pr.UAS, pr.LASFull, pk.UAS, pk.LASFull)
	}
}

// TestSelectionalBranching parses held-out EWT sentences with the shipped
// parser, greedily and with branching (the shipped settings, and many
// branches with a wide margin, so that branches rejoin and replace
// stretches of the greedy parse often): every parse must be one projective
// tree under a single root, and branching must change some parses.
func TestSelectionalBranching(t *testing.T) {
	tagger := embeddedModel(t, "tagger.model.gz", ReadTagger)
	parser := embeddedModel(t, "parser.model.gz", ReadParser)
	gold := ewtTestSlice(t)
	parse := func(toks []Token, branches int, margin float32) []Token {
		p := *parser
		p.branches, p.margin = branches, margin
		out := append([]Token(nil), toks...)
		p.Parse(out)
		return out
	}
	changed := map[string]int{}
	for si, g := range gold {
		toks := append([]Token(nil), g.Tokens...)
		tagger.Tag(toks)
		greedy := parse(toks, 0, 0)
		for _, c := range []struct {
			name     string
			branches int
			margin   float32
		}{{"shipped", branches, branchMargin}, {"wide", 32, 40}} {
			got := parse(toks, c.branches, c.margin)
			if err := checkTree(got); err != nil {
				t.Errorf("sentence %d, %s branching: %v", si, c.name, err)
			}
			for i := range got {
				if got[i].Head != greedy[i].Head || got[i].Rel != greedy[i].Rel {
					changed[c.name]++
					break
				}
			}
		}
	}
	t.Logf("%d sentences; changed by branching: %v", len(gold), changed)
	for _, name := range []string{"shipped", "wide"} {
		if changed[name] < len(gold)/50 {
			t.Errorf("%s branching changed %d of %d parses, want at least 2%%", name, changed[name], len(gold))
		}
	}
}

// checkTree reports why the heads of toks are not one projective tree
// with a single root.
func checkTree(toks []Token) error {
	roots := 0
	for i, tk := range toks {
		if tk.Head < -1 || tk.Head >= len(toks) || tk.Head == i {
			return fmt.Errorf("token %d: head %d", i, tk.Head)
		}
		if tk.Head == -1 {
			roots++
		}
		// the walk up from i reaches the root within n steps
		h, steps := i, 0
		for h != -1 && steps <= len(toks) {
			h, steps = toks[h].Head, steps+1
		}
		if h != -1 {
			return fmt.Errorf("token %d: a cycle", i)
		}
	}
	if roots != 1 {
		return fmt.Errorf("%d roots", roots)
	}
	for i, a := range toks {
		for j, b := range toks {
			if a.Head < 0 || b.Head < 0 {
				continue
			}
			al, ar := min(i, a.Head), max(i, a.Head)
			bl, br := min(j, b.Head), max(j, b.Head)
			if al < bl && bl < ar && ar < br {
				return fmt.Errorf("arcs %d-%d and %d-%d cross", i, a.Head, j, b.Head)
			}
		}
	}
	return nil
}

// TestShippedModelsFindEveryFeature: a slot keeps 16 bits of its key and
// the table 7 more, so two features of one probe run that agree on those
// 23 bits would shadow each other. Every shipped feature must be
// found at its own slot, with its own weights.
func TestShippedModelsFindEveryFeature(t *testing.T) {
	models := map[string]*model{
		"tagger.model.gz": embeddedModel(t, "tagger.model.gz", ReadTagger).m,
		"ner.model.gz":    embeddedModel(t, "ner.model.gz", func(r io.Reader) (*Recognizer, error) { return ReadRecognizer(r, nil) }).m,
	}
	for _, m := range EnsembleMembers {
		models[m.File] = embeddedModel(t, m.File, ReadParser).m
	}
	for name, m := range models {
		n := 0
		for i := range m.slots {
			if m.fp[i] == 0 {
				continue
			}
			n++
			if sl := m.lookup(m.keys[i]); sl != &m.slots[i] {
				t.Errorf("%s: feature %x is not found at its slot %d", name, m.keys[i], i)
			}
		}
		if feats, _ := m.size(); n != feats || n == 0 {
			t.Errorf("%s: %d slots in use, size says %d", name, n, feats)
		}
	}
}
