package main

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/nlp"
)

// retokenize joins a corpus sentence's words with spaces and tokenises the
// text as the extractor would, carrying the spans over by character offsets.
// A span whose edge falls inside a token is dropped.
func retokenize(words []string, spans []nlp.Span) ([]nlp.Token, []nlp.Span) {
	starts := make([]int, len(words)+1)
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		b.WriteString(w)
	}
	starts[len(words)] = b.Len() + 1
	text := b.String()
	var toks []nlp.Token
	for _, s := range nlp.Tokenize(text) {
		toks = append(toks, s.Tokens...)
	}
	byStart := map[int]int{}
	byEnd := map[int]int{}
	for i, t := range toks {
		byStart[t.Start] = i
		byEnd[t.End] = i + 1
	}
	var out []nlp.Span
	for _, sp := range spans {
		a, ok1 := byStart[starts[sp.Start]]
		e, ok2 := byEnd[starts[sp.End]-1]
		if ok1 && ok2 && e > a {
			out = append(out, nlp.Span{Start: a, End: e, Type: sp.Type})
		}
	}
	return toks, out
}
