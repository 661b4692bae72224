package nlp_test

import (
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/nlp"
)

// benchText is held-out EWT text (the 500 test sentences in testdata),
// joined into one document.
func benchText(b *testing.B) (string, int) {
	f, err := os.Open("testdata/ewt-test-500.conllu")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	sents, err := nlp.ReadCoNLLU(f)
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	words := 0
	for _, s := range sents {
		for i, t := range s.Tokens {
			if i > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(t.Text)
			words++
		}
		sb.WriteByte('\n')
	}
	return sb.String(), words
}

// BenchmarkPipeline measures each stage of the language core on one
// goroutine and reports words per second.
func BenchmarkPipeline(b *testing.B) {
	p := pipeline(b)
	text, words := benchText(b)
	stages := []struct {
		name string
		run  func(sents []nlp.Sentence)
	}{
		{"tokenize", func([]nlp.Sentence) {}},
		{"tag", func(s []nlp.Sentence) {
			for i := range s {
				p.Tagger.Tag(s[i].Tokens)
			}
		}},
		{"parse", func(s []nlp.Sentence) {
			for i := range s {
				p.Parser.Parse(s[i].Tokens)
			}
		}},
		{"recognize", func(s []nlp.Sentence) {
			toks := make([][]nlp.Token, len(s))
			for i := range s {
				toks[i] = s[i].Tokens
			}
			p.Recognizer.Recognize(toks)
		}},
	}
	for _, st := range stages {
		b.Run(st.name, func(b *testing.B) {
			sents := nlp.Tokenize(text)
			for i := range sents {
				p.Tagger.Tag(sents[i].Tokens)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if st.name == "tokenize" {
					nlp.Tokenize(text)
					continue
				}
				st.run(sents)
			}
			b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
		})
	}
	b.Run("all", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			p.Annotate(text)
		}
		b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	})
}

// BenchmarkLoad measures reading the embedded models.
func BenchmarkLoad(b *testing.B) {
	pipeline(b) // the lexicon is built once, outside the timing
	for i := 0; i < b.N; i++ {
		if _, err := nlp.Load(nil); err != nil {
			b.Fatal(err)
		}
	}
}
