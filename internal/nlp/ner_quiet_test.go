package nlp

import (
	"os"
	"strings"
	"testing"
)

// TestQuietAt: a plain word with plain words two either side is quiet;
// a word near a capital, a digit or a web address is not ("Bank of the
// West" reaches "of" and "the"), and the ends of a sentence count as
// plain.
func TestQuietAt(t *testing.T) {
	r := &Recognizer{}
	for _, tc := range []struct {
		text  string
		quiet string // one letter per token: q quiet, - not
	}{
		{"the bank said on monday that it would", "qqqqqqqq"},
		{"he works at the Bank of the West in town", "qq--------"},
		{"prices rose 5 % in the year to march", "-----qqqq"},
		{"visit napster.no for the songs and more", "----qqq"},
		{"she said it was good", "qqqqq"},
	} {
		words := strings.Fields(tc.text)
		toks := make([]Token, len(words))
		for i, w := range words {
			toks[i] = Token{Text: w, Norm: w, Tag: "NN", Head: -1}
		}
		ws := r.infosBuf(toks, wordInfos(toks, nil), nil, &infoBuf{})
		var got strings.Builder
		for i := range ws {
			if quietAt(ws, i) {
				got.WriteByte('q')
			} else {
				got.WriteByte('-')
			}
		}
		if got.String() != tc.quiet {
			t.Errorf("%q: quiet %s, want %s", tc.text, got.String(), tc.quiet)
		}
	}
}

// TestQuietSkipKeepsLabels: labelling quiet words outside without
// scoring them gives the labels scoring them gives on held-out entity
// data: all of them on GUM dev (edited text), all but a few in 10,000 on
// UNER EWT test (web text, where a cased sentence may still name "iguazu"
// and "canada" in small letters: F1 0.7007 scoring every word, 0.6970
// skipping; CoNLL-2003 testa and the BBC corpus's output do not move).
func TestQuietSkipKeepsLabels(t *testing.T) {
	p, err := Load(nil)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { skipQuiet = true }()
	for file, most := range map[string]int{"testdata/uner-ewt-test-1000.bio": 3, "testdata/gum-dev.bio": 0} {
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		docs, err := ReadBIO(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		label := func(skip bool) (labels []string, quiet int) {
			skipQuiet = skip
			for _, doc := range docs {
				sents := make([][]Token, len(doc))
				for i, s := range doc {
					toks := make([]Token, len(s.Words))
					for k, w := range s.Words {
						toks[k] = Token{Text: w, Norm: w, Head: -1}
					}
					p.Tagger.Tag(toks)
					sents[i] = toks
					ws := p.Recognizer.infosBuf(toks, wordInfos(toks, nil), nil, &infoBuf{})
					for k := range ws {
						if casedSentence(ws) && quietAt(ws, k) {
							quiet++
						}
					}
				}
				p.Recognizer.Recognize(sents)
				for _, toks := range sents {
					for _, tok := range toks {
						labels = append(labels, tok.Ent)
					}
				}
			}
			return labels, quiet
		}
		var words []string
		for _, doc := range docs {
			for _, s := range doc {
				words = append(words, s.Words...)
			}
		}
		full, _ := label(false)
		skipped, quiet := label(true)
		diff := 0
		for i := range full {
			if full[i] != skipped[i] {
				t.Logf("%d %s %s %v", i, full[i], skipped[i], words[max(0, i-3):min(len(words), i+4)])
				diff++
			}
		}
		t.Logf("%s: %d words, %d quiet, %d labels differ", file, len(full), quiet, diff)
		if quiet*4 < len(full) {
			t.Errorf("%s: %d of %d words quiet, want a quarter or more", file, quiet, len(full))
		}
		if diff > most {
			t.Errorf("%s: %d labels differ when quiet words are not scored, want %d at most", file, diff, most)
		}
	}
}
