package main

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/nlp"
)

// retokenize joins a corpus sentence's words with spaces and tokenises the
// text as the extractor would, carrying the spans over by character offsets.
// A span whose edge falls inside a token is dropped.
func retokenize(words []string, spans []span) ([]nlp.Token, []span) {
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
	var out []span
	for _, sp := range spans {
		a, ok1 := byStart[starts[sp.start]]
		e, ok2 := byEnd[starts[sp.end]-1]
		if ok1 && ok2 && e > a {
			out = append(out, span{a, e, sp.typ})
		}
	}
	return toks, out
}
