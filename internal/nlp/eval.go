package nlp

import "strings"

// Scores are accuracies of a tagger and parser against gold sentences.
type Scores struct {
	Tokens     int
	UPOS, XPOS float64 // tag accuracy
	UAS, LAS   float64 // attachment; LAS counts the universal part of the label ("nsubj" of "nsubj:pass")
	LASFull    float64 // LAS with the full label
}

// A DepParser sets Head and Rel of every token of a tagged sentence
// (*Parser, *Ensemble).
type DepParser interface{ Parse(toks []Token) }

// Evaluate tags (when t is not nil) and parses (when p is not nil) copies
// of gold's sentences and scores them against gold. Without a tagger the
// parser sees the gold tags.
func Evaluate(gold []TreeSentence, t *Tagger, p DepParser) Scores {
	var s Scores
	var upos, xpos, uas, las, lasFull int
	for _, g := range gold {
		toks := make([]Token, len(g.Tokens))
		for i, tk := range g.Tokens {
			toks[i] = Token{Text: tk.Text, Norm: tk.Norm, Tag: tk.Tag, UPOS: tk.UPOS, Head: -1}
		}
		if t != nil {
			t.Tag(toks)
		}
		if p != nil {
			p.Parse(toks)
		}
		for i, tk := range toks {
			gt := g.Tokens[i]
			s.Tokens++
			if tk.UPOS == gt.UPOS {
				upos++
			}
			if tk.Tag == gt.Tag {
				xpos++
			}
			if p != nil && tk.Head == gt.Head {
				uas++
				if universal(tk.Rel) == universal(gt.Rel) {
					las++
				}
				if tk.Rel == gt.Rel {
					lasFull++
				}
			}
		}
	}
	n := float64(max(s.Tokens, 1))
	s.UPOS, s.XPOS = float64(upos)/n, float64(xpos)/n
	s.UAS, s.LAS, s.LASFull = float64(uas)/n, float64(las)/n, float64(lasFull)/n
	return s
}

func universal(rel string) string {
	r, _, _ := strings.Cut(rel, ":")
	return r
}

// Counts compares predicted items with gold ones.
type Counts struct{ Matched, Gold, Predicted int }

// F1 is the harmonic mean of precision and recall (0 with nothing to count).
func (c Counts) F1() float64 { return ratio(2*c.Matched, c.Gold+c.Predicted) }

// Precision is the share of predicted items that are right.
func (c Counts) Precision() float64 { return ratio(c.Matched, c.Predicted) }

// Recall is the share of gold items found.
func (c Counts) Recall() float64 { return ratio(c.Matched, c.Gold) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// SentenceAgreement joins each document's gold sentences with spaces,
// splits the text with Tokenize and counts the sentence ends it finds.
func SentenceAgreement(docs [][]UDText) Counts {
	var c Counts
	for _, d := range docs {
		var b strings.Builder
		ends := map[int]bool{}
		for i, s := range d {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(s.Text)
			ends[b.Len()] = true
		}
		c.Gold += len(ends)
		for _, se := range Tokenize(b.String()) {
			c.Predicted++
			if ends[se.End] {
				c.Matched++
			}
		}
	}
	return c
}
