package nlp

import (
	"bufio"
	"io"
	"strings"
)

// BIOSentence is a sentence of an entity corpus: words and their BIO (or
// IOB1) tags.
type BIOSentence struct {
	Words, Tags []string
}

// ReadBIO reads an entity corpus: TOKEN<TAB>TAG lines (or CoNLL-2003 lines,
// space-separated, tag last), blank lines between sentences, -DOCSTART-
// between documents. It returns the documents as read, with no sentence
// and no document left empty.
func ReadBIO(r io.Reader) ([][]BIOSentence, error) {
	var docs [][]BIOSentence
	var doc []BIOSentence
	var cur BIOSentence
	flushS := func() {
		if len(cur.Words) > 0 {
			doc = append(doc, cur)
		}
		cur = BIOSentence{}
	}
	flushD := func() {
		flushS()
		if len(doc) > 0 {
			docs = append(docs, doc)
		}
		doc = nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			flushS()
			continue
		}
		fields := strings.Fields(line)
		if strings.Contains(line, "\t") {
			fields = strings.Split(line, "\t")
		}
		if fields[0] == "-DOCSTART-" {
			flushD()
			continue
		}
		if len(fields) < 2 {
			continue
		}
		cur.Words = append(cur.Words, fields[0])
		cur.Tags = append(cur.Tags, fields[len(fields)-1])
	}
	flushD()
	return docs, sc.Err()
}

// BIOSpans decodes BIO or IOB1 tags into spans: a span starts at a B tag,
// or at an I tag whose type differs from the tag before; it ends at the
// next tag that does not continue it.
func BIOSpans(tags []string) []Span {
	var out []Span
	start, typ := -1, ""
	for i, t := range tags {
		p, ty, _ := strings.Cut(t, "-")
		if p == "B" || p == "I" && ty != typ {
			if start >= 0 {
				out = append(out, Span{start, i, typ})
			}
			start, typ = i, ty
			continue
		}
		if p == "I" {
			continue
		}
		if start >= 0 {
			out = append(out, Span{start, i, typ})
		}
		start, typ = -1, ""
	}
	if start >= 0 {
		out = append(out, Span{start, len(tags), typ})
	}
	return out
}

// CoarseType maps an entity type to PER, ORG or LOC, the distinction every
// corpus makes (CoNLL-2003): PERSON is PER, GPE, LOC and FAC are LOC. It
// returns "" for every other type.
func CoarseType(t string) string {
	switch t {
	case "PERSON", "PER":
		return "PER"
	case "ORG":
		return "ORG"
	case "GPE", "LOC", "FAC":
		return "LOC"
	}
	return ""
}
