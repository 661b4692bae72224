package nlp_test

import (
	"os"
	"sync"
	"testing"

	"github.com/aaaton/golem/v4"
	"github.com/aaaton/golem/v4/dicts/en"

	"github.com/newsgraph/newsgraph/internal/extract/gazetteer"
	"github.com/newsgraph/newsgraph/internal/nlp"
)

var (
	pipeOnce sync.Once
	pipe     *nlp.Pipeline
	pipeErr  error
)

// pipeline loads the embedded models with the extractor's lexicon, once.
func pipeline(t testing.TB) *nlp.Pipeline {
	t.Helper()
	pipeOnce.Do(func() {
		lem, err := golem.New(en.New())
		if err != nil {
			pipeErr = err
			return
		}
		lex, err := gazetteer.New(nlp.SplitWords, lem.InDict)
		if err != nil {
			pipeErr = err
			return
		}
		pipe, pipeErr = nlp.Load(lex)
	})
	if pipeErr != nil {
		t.Fatal(pipeErr)
	}
	return pipe
}

// Accuracy floors of the embedded models on held-out slices kept in
// testdata (ratchet: raise them with better models, never lower them).
// The full-split scores are printed by the train tool.
var (
	ewtFloors = map[string]float64{"UPOS": 0.96, "XPOS": 0.955, "UAS": 0.86, "LAS": 0.828}
	nerFloors = map[string]float64{"gum-dev.bio": 0.62, "uner-ewt-test-1000.bio": 0.69}
)

// TestParserAccuracy tags and parses the first 500 sentences of UD English
// EWT's test split (gold tokens) and fails below the floors.
func TestParserAccuracy(t *testing.T) {
	p := pipeline(t)
	f, err := os.Open("testdata/ewt-test-500.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := nlp.ReadCoNLLU(f)
	if err != nil {
		t.Fatal(err)
	}
	s := nlp.Evaluate(gold, p.Tagger, p.Parser)
	got := map[string]float64{"UPOS": s.UPOS, "XPOS": s.XPOS, "UAS": s.UAS, "LAS": s.LAS}
	t.Logf("EWT test, 500 sentences, %d tokens: UPOS %.4f XPOS %.4f UAS %.4f LAS %.4f", s.Tokens, s.UPOS, s.XPOS, s.UAS, s.LAS)
	for k, floor := range ewtFloors {
		if got[k] < floor {
			t.Errorf("%s = %.4f, want >= %.4f", k, got[k], floor)
		}
	}
}

// span is a name for scoring: tokens [start, end) of a sentence and the
// coarse type (nlp.CoarseType).
type span struct {
	start, end int
	typ        string
}

// readBIO reads a held-out entity file of testdata.
func readBIO(t *testing.T, path string) [][]nlp.BIOSentence {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := nlp.ReadBIO(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return docs
}

// TestRecognizerAccuracy labels held-out entity data (GUM dev, UNER EWT
// test; gold tokens) and fails when strict PER/ORG/LOC F1 is below the
// floor.
func TestRecognizerAccuracy(t *testing.T) {
	p := pipeline(t)
	for file, floor := range nerFloors {
		t.Run(file, func(t *testing.T) {
			var tp, fp, fn int
			for _, doc := range readBIO(t, "testdata/"+file) {
				sents := make([][]nlp.Token, len(doc))
				for i, s := range doc {
					toks := make([]nlp.Token, len(s.Words))
					for k, w := range s.Words {
						toks[k] = nlp.Token{Text: w, Norm: w, Head: -1}
					}
					p.Tagger.Tag(toks)
					sents[i] = toks
				}
				p.Recognizer.Recognize(sents)
				for i, s := range doc {
					gold := map[span]bool{}
					for _, sp := range nlp.BIOSpans(s.Tags) {
						if c := nlp.CoarseType(sp.Type); c != "" {
							gold[span{sp.Start, sp.End, c}] = true
						}
					}
					for _, sp := range nlp.Spans(sents[i]) {
						if c := nlp.CoarseType(sp.Type); c != "" {
							if gold[span{sp.Start, sp.End, c}] {
								tp++
								delete(gold, span{sp.Start, sp.End, c})
							} else {
								fp++
							}
						}
					}
					fn += len(gold)
				}
			}
			c := nlp.Counts{Matched: tp, Gold: tp + fn, Predicted: tp + fp}
			prec, rec, f1 := c.Precision(), c.Recall(), c.F1()
			t.Logf("%s: P %.4f R %.4f F1 %.4f (%d names)", file, prec, rec, f1, tp+fn)
			if f1 < floor {
				t.Errorf("F1 = %.4f, want >= %.4f", f1, floor)
			}
		})
	}
}
