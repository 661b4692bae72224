package nlp_test

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/extract/gazetteer"
	"github.com/newsgraph/newsgraph/internal/nlp"
)

// BenchmarkRecognize measures the recogniser alone, in ns per token, with
// the model in NER_MODEL (default /tmp/nermodels/ner.model.gz) over the
// sentences of NER_TEXT (default /work/corpora/ner/gum_dev.bio, a TOKEN<TAB>TAG
// file whose words are joined and retokenised). It skips when either is absent.
func BenchmarkRecognize(b *testing.B) {
	modelPath := envOr("NER_MODEL", "/tmp/nermodels/ner.model.gz")
	textPath := envOr("NER_TEXT", "/work/corpora/ner/gum_dev.bio")
	mf, err := os.Open(modelPath)
	if err != nil {
		b.Skip(err)
	}
	defer mf.Close()
	lex, err := gazetteer.New(nlp.SplitWords, func(string) bool { return false })
	if err != nil {
		b.Fatal(err)
	}
	rec, err := nlp.ReadRecognizer(mf, lex)
	if err != nil {
		b.Fatal(err)
	}
	docs, ntok := readBenchDocs(b, textPath)
	if tf, err := os.Open(strings.TrimSuffix(modelPath, "ner.model.gz") + "tagger.model.gz"); err == nil {
		if tg, err := nlp.ReadTagger(tf); err == nil {
			for _, d := range docs {
				for _, s := range d {
					tg.Tag(s)
				}
			}
		}
		tf.Close()
	}
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		for _, d := range docs {
			rec.Recognize(d)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*ntok), "ns/token")
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func readBenchDocs(b *testing.B, path string) ([][][]nlp.Token, int) {
	f, err := os.Open(path)
	if err != nil {
		b.Skip(err)
	}
	defer f.Close()
	var docs [][][]nlp.Token
	var doc [][]nlp.Token
	var words []string
	ntok := 0
	flush := func() {
		if len(words) > 0 {
			for _, s := range nlp.Tokenize(strings.Join(words, " ")) {
				doc = append(doc, s.Tokens)
				ntok += len(s.Tokens)
			}
		}
		words = words[:0]
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		w, _, _ := strings.Cut(line, "\t")
		if w == "-DOCSTART-" {
			flush()
			if len(doc) > 0 {
				docs = append(docs, doc)
			}
			doc = nil
			continue
		}
		words = append(words, w)
	}
	flush()
	if len(doc) > 0 {
		docs = append(docs, doc)
	}
	if ntok == 0 {
		b.Skip("no text")
	}
	return docs, ntok
}
