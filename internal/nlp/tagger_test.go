package nlp

import (
	"bytes"
	"strings"
	"testing"
)

// TestClosedClassLexicon trains a tagger on the tiny treebank and checks
// that a closed class (IN, DT, ...) goes only to the words training gave
// it: a word the scores would make a preposition falls back to its best
// open class, a preposition training saw stays one. The lexicon survives
// writing and reading the model.
func TestClosedClassLexicon(t *testing.T) {
	tg := TrainTagger(readTiny(t), 20, 1)
	var buf bytes.Buffer
	if err := tg.Write(&buf); err != nil {
		t.Fatal(err)
	}
	read, err := ReadTagger(&buf)
	if err != nil {
		t.Fatal(err)
	}
	class := func(tg *Tagger, xpos string) int {
		for c := range tg.xpos {
			if tg.xpos[c] == xpos {
				return c
			}
		}
		t.Fatalf("no class %s", xpos)
		return -1
	}
	for _, tg := range []*Tagger{tg, read} {
		if !tg.lexicon {
			t.Fatal("trained tagger has no closed-class lexicon")
		}
		in, vbd, nnp := class(tg, "IN"), class(tg, "VBD"), class(tg, "NNP")
		scores := make([]float32, len(tg.xpos))
		scores[in], scores[vbd], scores[nnp] = 3, 2, 1
		tests := []struct {
			word string
			want int
		}{
			{"accuse", vbd}, // never IN in training: the best open class
			{"on", in},      // IN in training ("on Monday")
			{"With", in},    // lower-cased ("with Iran")
		}
		for _, tc := range tests {
			if got := tg.openArgmax(scores, in, tc.word); got != tc.want {
				t.Errorf("openArgmax(IN best, %q) = %s, want %s", tc.word, tg.xpos[got], tg.xpos[tc.want])
			}
		}
	}
	// a model without the lexicon (written before it) keeps the best class
	old := newTagger(read.m.prune(2)) // the lexicon's weights are 1
	if old.lexicon {
		t.Fatal("pruned at 2, the lexicon is still there")
	}
	scores := make([]float32, len(old.xpos))
	in := class(old, "IN")
	scores[in] = 3
	if got := old.openArgmax(scores, in, "accuse"); got != in {
		t.Errorf("without a lexicon: %s, want IN", old.xpos[got])
	}
}

// TestShippedTaggerClosedClasses tags news sentences whose rare present-tense
// verb sits between two names, where the shipped tagger's scores favour a
// preposition: the verb must come out as a verb.
func TestShippedTaggerClosedClasses(t *testing.T) {
	b, err := modelFiles.ReadFile("models/tagger.model.gz")
	if err != nil {
		t.Fatal(err)
	}
	tg, err := ReadTagger(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		i    int // the verb
	}{
		{"The Tories accuse Labour of lying .", 2},
		{"The Conservatives accuse Labour of lying .", 2},
		{"Chester were bottom of League Two .", 2}, // a noun, not IN
	}
	tag := func(text string) []Token {
		var toks []Token
		for _, w := range strings.Fields(text) {
			toks = append(toks, Token{Text: w})
		}
		tg.Tag(toks)
		return toks
	}
	for _, tc := range tests {
		toks := tag(tc.text)
		if tg := toks[tc.i].Tag; closedClass(tg, toks[tc.i].UPOS) {
			t.Errorf("%q: %q tagged %s %s, a closed class it never had in training", tc.text, toks[tc.i].Text, tg, toks[tc.i].UPOS)
		}
	}
	// a misspelling is no word of the cluster vocabulary: held to nothing
	if toks := tag("I was thinking aboout you ."); toks[3].Tag != "IN" {
		t.Errorf("%q tagged %s, want IN (a misspelt preposition keeps its class)", toks[3].Text, toks[3].Tag)
	}
}
