package nlp

import (
	"bufio"
	"bytes"
	"math"
	"os"
	"sort"
	"strings"
	"testing"
)

func readTiny(t *testing.T) []TreeSentence {
	t.Helper()
	f, err := os.Open("testdata/tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadCoNLLU(f)
	if err != nil {
		t.Fatal(err)
	}
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
