package nlp

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// TreeSentence is a sentence of a treebank: its words with gold tags and
// arcs, plus the entity tags (BIO) when the corpus has them.
type TreeSentence struct {
	Doc    string // document id ("# newdoc id"), when given
	Tokens []Token
}

// ReadCoNLLU reads sentences in CoNLL-U format. Multiword token lines and
// empty nodes are skipped (the words are kept); Head is converted to a
// 0-based index, -1 for the root.
func ReadCoNLLU(r io.Reader) ([]TreeSentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var out []TreeSentence
	var cur TreeSentence
	doc := ""
	line := 0
	flush := func() {
		if len(cur.Tokens) > 0 {
			cur.Doc = doc
			out = append(out, cur)
		}
		cur = TreeSentence{}
	}
	for sc.Scan() {
		line++
		l := sc.Text()
		if l == "" {
			flush()
			continue
		}
		if strings.HasPrefix(l, "#") {
			if v, ok := strings.CutPrefix(l, "# newdoc id ="); ok {
				doc = strings.TrimSpace(v)
			}
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("nlp.ReadCoNLLU: line %d: %d fields, want 10", line, len(f))
		}
		if strings.ContainsAny(f[0], "-.") {
			continue
		}
		head, err := strconv.Atoi(f[6])
		if err != nil && f[6] != "_" {
			return nil, fmt.Errorf("nlp.ReadCoNLLU: line %d: head %q", line, f[6])
		}
		t := Token{Text: f[1], Norm: normWord(f[1]), UPOS: f[3], Tag: f[4], Head: head - 1, Rel: f[7], SpaceBefore: true}
		out := cur.Tokens
		if n := len(out); n > 0 && strings.Contains(out[n-1].misc, "SpaceAfter=No") {
			t.SpaceBefore = false
		}
		t.misc = f[9]
		cur.Tokens = append(cur.Tokens, t)
	}
	flush()
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("nlp.ReadCoNLLU: %w", err)
	}
	return out, nil
}

// normWord is the form models see for a treebank word.
func normWord(s string) string {
	switch s {
	case "“", "”", "``", "''", "„":
		return "\""
	case "‘", "’", "`":
		return "'"
	case "—", "–":
		return "--"
	}
	if strings.ContainsRune(s, '’') {
		return strings.ReplaceAll(s, "’", "'")
	}
	return s
}
