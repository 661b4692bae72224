package nlp

import "strings"

// Scores are accuracies of a tagger and parser against gold sentences.
type Scores struct {
	Tokens     int
	UPOS, XPOS float64 // tag accuracy
	UAS, LAS   float64 // attachment; LAS counts the universal part of the label ("nsubj" of "nsubj:pass")
	LASFull    float64 // LAS with the full label
}

// Evaluate tags (when t is not nil) and parses (when p is not nil) copies
// of gold's sentences and scores them against gold. Without a tagger the
// parser sees the gold tags.
func Evaluate(gold []TreeSentence, t *Tagger, p *Parser) Scores {
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
