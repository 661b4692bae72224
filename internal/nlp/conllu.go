package nlp

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// TreeSentence is a sentence of a treebank: its words with gold tags and
// arcs.
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
	noSpaceAfter := false // the MISC column of the word before says SpaceAfter=No
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
		t := Token{Text: f[1], Norm: normWord(f[1]), UPOS: f[3], Tag: f[4], Head: head - 1, Rel: f[7],
			SpaceBefore: len(cur.Tokens) == 0 || !noSpaceAfter}
		noSpaceAfter = strings.Contains(f[9], "SpaceAfter=No")
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

// UDText is a sentence of a CoNLL-U file as running text: its "# text" line
// and the byte spans of its gold words in it ({-1, -1} where a word cannot
// be placed).
type UDText struct {
	Text  string
	Words [][2]int
}

// ReadUDTexts reads the documents ("# newdoc") of a CoNLL-U file, each a
// list of sentences with their gold word spans aligned to the "# text"
// line: the gold standard of the tokeniser.
func ReadUDTexts(r io.Reader) ([][]UDText, error) {
	var docs [][]UDText
	var text string
	var units [][]string // per token unit: surface form, then the word forms
	mwtEnd := 0
	flush := func() {
		if text == "" && len(units) == 0 {
			return
		}
		if len(docs) == 0 {
			docs = append(docs, nil)
		}
		docs[len(docs)-1] = append(docs[len(docs)-1], UDText{text, alignUD(text, units)})
		text, units, mwtEnd = "", nil, 0
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "":
			flush()
		case strings.HasPrefix(line, "# newdoc"):
			flush()
			docs = append(docs, nil)
		case strings.HasPrefix(line, "# text = "):
			text = line[len("# text = "):]
		case strings.HasPrefix(line, "#"):
		default:
			cols := strings.Split(line, "\t")
			if len(cols) < 2 || strings.Contains(cols[0], ".") {
				continue // empty node
			}
			if _, b, ok := strings.Cut(cols[0], "-"); ok {
				mwtEnd = atoi(b)
				units = append(units, []string{cols[1]})
				continue
			}
			if atoi(cols[0]) <= mwtEnd && len(units) > 0 {
				units[len(units)-1] = append(units[len(units)-1], cols[1])
				continue
			}
			units = append(units, []string{cols[1], cols[1]})
		}
	}
	flush()
	return docs, sc.Err()
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// alignUD places each unit's words in text; words of a multiword token
// whose forms do not spell its surface share no span ({-1,-1}) except the
// first, which gets the whole surface.
func alignUD(text string, units [][]string) [][2]int {
	var out [][2]int
	pos := 0
	for _, u := range units {
		surface, words := u[0], u[1:]
		for pos < len(text) && (text[pos] == ' ' || text[pos] == '\t') {
			pos++
		}
		if !strings.HasPrefix(text[pos:], surface) {
			// Resynchronise on the next occurrence.
			i := strings.Index(text[pos:], surface)
			if i < 0 {
				for range words {
					out = append(out, [2]int{-1, -1})
				}
				continue
			}
			pos += i
		}
		if strings.Join(words, "") == surface {
			p := pos
			for _, w := range words {
				out = append(out, [2]int{p, p + len(w)})
				p += len(w)
			}
		} else {
			out = append(out, [2]int{pos, pos + len(surface)})
			for range words[1:] {
				out = append(out, [2]int{-1, -1})
			}
		}
		pos += len(surface)
	}
	return out
}
