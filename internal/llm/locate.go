package llm

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/nlp"
)

// folded is a text folded for matching a model's quote (lower case,
// straight quotes and dashes, one space for any run of white space) with
// a map from each folded byte back to its byte in the text.
type folded struct {
	s   string
	off []int // folded byte -> original byte offset; len(s)+1 entries
}

func fold(text string) folded {
	var b strings.Builder
	off := make([]int, 0, len(text)+1)
	space := false
	for i, r := range text {
		if unicode.IsSpace(r) {
			if !space && b.Len() > 0 {
				b.WriteByte(' ')
				off = append(off, i)
			}
			space = true
			continue
		}
		space = false
		r = foldRune(r)
		n := b.Len()
		b.WriteRune(r)
		for range b.Len() - n {
			off = append(off, i)
		}
	}
	s := b.String()
	if strings.HasSuffix(s, " ") {
		s = s[:len(s)-1]
		off = off[:len(off)-1]
	}
	off = append(off, len(text))
	return folded{s: s, off: off}
}

func foldRune(r rune) rune {
	switch r {
	case '‘', '’', '‚', '‛', '`', '´':
		return '\''
	case '“', '”', '„', '‟':
		return '"'
	case '‐', '‑', '‒', '–', '—', '―', '−':
		return '-'
	}
	return unicode.ToLower(r)
}

// span is a byte range of the text.
type span struct{ start, end int }

// doc is a document's text as the locator sees it.
type doc struct {
	text  string
	f     folded
	sents []span // sentence spans, in order
}

func newDoc(text string) *doc {
	d := &doc{text: text, f: fold(text)}
	for _, s := range nlp.Tokenize(text) {
		if len(s.Tokens) == 0 {
			continue
		}
		d.sents = append(d.sents, span{s.Tokens[0].Start, s.Tokens[len(s.Tokens)-1].End})
	}
	return d
}

// minQuote is the shortest quote taken as evidence, in bytes once folded:
// a few words, not a name that is everywhere.
const minQuote = 12

// evidence finds the model's quote in the text within [from, to) (the
// chunk it was asked about) and returns the sentences it spans, as the
// text has them. ok is false when the quote is not in the text.
func (d *doc) evidence(quote string, from, to int) (span, bool) {
	q := fold(quote).s
	q = strings.Trim(q, " ")
	if len(q) < minQuote {
		return span{}, false
	}
	// The folded range of the chunk.
	lo := sort.SearchInts(d.f.off, from)
	hi := sort.SearchInts(d.f.off, to)
	if hi > len(d.f.s) {
		hi = len(d.f.s)
	}
	i := strings.Index(d.f.s[lo:hi], q)
	if i < 0 {
		// A quote without its final punctuation, or with one the text
		// does not have.
		q2 := strings.TrimRight(q, ".!?\"' ")
		if len(q2) < minQuote {
			return span{}, false
		}
		if i = strings.Index(d.f.s[lo:hi], q2); i < 0 {
			return span{}, false
		}
		q = q2
	}
	// off maps a folded byte to the start of its rune in the text: the
	// match ends after the rune of its last byte.
	start, end := d.f.off[lo+i], d.f.off[lo+i+len(q)-1]
	_, n := utf8.DecodeRuneInString(d.text[end:])
	end += n
	return d.sentencesOver(span{start, end}), true
}

// sentencesOver widens sp to the sentences it overlaps.
func (d *doc) sentencesOver(sp span) span {
	out := sp
	for _, s := range d.sents {
		if s.end <= sp.start || s.start >= sp.end {
			continue
		}
		out.start = min(out.start, s.start)
		out.end = max(out.end, s.end)
	}
	return out
}

// occurrences returns the spans where name is written in the text as a
// whole word, case as given.
func (d *doc) occurrences(name string) []span {
	if name == "" {
		return nil
	}
	var out []span
	for i := 0; ; {
		j := strings.Index(d.text[i:], name)
		if j < 0 {
			return out
		}
		s, e := i+j, i+j+len(name)
		if wordEdge(d.text, s, true) && wordEdge(d.text, e, false) {
			out = append(out, span{s, e})
		}
		i = s + 1
		for i < len(d.text) && !utf8.RuneStart(d.text[i]) {
			i++
		}
	}
}

// wordEdge reports whether offset i of text is a word boundary (before
// the word when start, after it otherwise); "'s" after a name is an edge.
func wordEdge(text string, i int, start bool) bool {
	if start {
		if i == 0 {
			return true
		}
		r, _ := utf8.DecodeLastRuneInString(text[:i])
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}
	if i >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}
