package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
)

// entityTypes are the tags a .bio file may use (nerlib.py TYPES).
var entityTypes = set("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "MISC")

func set(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// --- Python string semantics used by the original converters ---

// pyIsSpace is Python's str.isspace for one character: Unicode White_Space
// plus the information separators U+001C..U+001F.
func pyIsSpace(r rune) bool { return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f) }

func pyStrip(s string) string { return strings.TrimFunc(s, pyIsSpace) }

func pyIsUpper(r rune) bool { return unicode.IsUpper(r) || unicode.Is(unicode.Other_Uppercase, r) }

func pyIsLower(r rune) bool { return unicode.IsLower(r) || unicode.Is(unicode.Other_Lowercase, r) }

// pyIsDigit approximates str.isdigit for one character: decimal digits
// plus the common superscript, subscript and circled digits.
func pyIsDigit(r rune) bool {
	switch {
	case unicode.IsDigit(r), r == 0xb2, r == 0xb3, r == 0xb9, r == 0x2070,
		r >= 0x2074 && r <= 0x2079, r >= 0x2080 && r <= 0x2089,
		r >= 0x2460 && r <= 0x2468, r >= 0x2474 && r <= 0x247c, r >= 0x2488 && r <= 0x2490,
		r == 0x24ea, r >= 0x24f5 && r <= 0x24fd, r == 0x24ff,
		r >= 0x2776 && r <= 0x277e, r >= 0x2780 && r <= 0x2788, r >= 0x278a && r <= 0x2792:
		return true
	}
	return false
}

// first returns the first character of s (Python s[:1]), or -1 when s is empty.
func first(s string) rune {
	for _, r := range s {
		return r
	}
	return -1
}

func firstUpper(s string) bool { r := first(s); return r >= 0 && pyIsUpper(r) }
func firstLower(s string) bool { r := first(s); return r >= 0 && pyIsLower(r) }
func firstDigit(s string) bool { r := first(s); return r >= 0 && pyIsDigit(r) }

// allDigits is Python's str.isdigit.
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !pyIsDigit(r) {
			return false
		}
	}
	return true
}

// readLines reads a text file the way Python's `for line in open(path)`
// does (universal newlines) and returns the lines without terminators.
func readLines(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	s := strings.ReplaceAll(string(b), "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	if s == "" {
		return nil, nil
	}
	s = strings.TrimSuffix(s, "\n")
	return strings.Split(s, "\n"), nil
}

// --- tag conversion ---

// iob1ToBIO turns IOB1 (or mixed) tags with already-mapped types into BIO:
// an I-X that does not continue an X entity becomes B-X (nerlib.iob1_to_bio).
func iob1ToBIO(tags []string) []string {
	out := make([]string, 0, len(tags))
	prev := "O"
	for _, t := range tags {
		if t == "O" {
			out = append(out, "O")
			prev = "O"
			continue
		}
		pre, typ, _ := strings.Cut(t, "-")
		if pre == "B" {
			out = append(out, "B-"+typ)
		} else {
			_, ptyp, _ := strings.Cut(prev, "-")
			if prev != "O" && ptyp == typ {
				out = append(out, "I-"+typ)
			} else {
				out = append(out, "B-"+typ)
			}
		}
		prev = out[len(out)-1]
	}
	return out
}

// mapTags maps the types of prefixed tags with m (unknown types become O)
// and repairs the result with iob1ToBIO (conv_more.py maptags).
func mapTags(tags []string, m map[string]string) ([]string, error) {
	out := make([]string, 0, len(tags))
	for _, t := range tags {
		if t == "O" {
			out = append(out, "O")
			continue
		}
		p, typ, ok := strings.Cut(t, "-")
		if !ok {
			return nil, fmt.Errorf("bad tag %q", t)
		}
		if mt, ok := m[typ]; ok {
			out = append(out, p+"-"+mt)
		} else {
			out = append(out, "O")
		}
	}
	return iob1ToBIO(out), nil
}

// joinAtMentions repairs a BTC artefact: "@" and the handle are two tokens
// both tagged B-X; the handle becomes I-X so that they form one entity.
// tags is changed in place.
func joinAtMentions(toks, tags []string) {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i] == "@" && strings.HasPrefix(tags[i], "B-") && tags[i+1] == tags[i] {
			tags[i+1] = "I-" + tags[i][2:]
		}
	}
}

// --- writer (nerlib.Writer plus the counts nerlib.verify prints) ---

type bioWriter struct {
	path                string
	f                   *os.File
	w                   *bufio.Writer
	docs, sents, tokens int
	invalid             int
	ents                map[string]int
}

func newBIOWriter(path string) (*bioWriter, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	return &bioWriter{path: path, f: f, w: bufio.NewWriter(f), ents: map[string]int{}}, nil
}

func (w *bioWriter) doc() {
	w.w.WriteString("-DOCSTART-\n\n")
	w.docs++
}

// cleanToken removes tabs and whitespace from a token as nerlib.Writer does.
func cleanToken(tok string) string {
	tok = pyStrip(strings.ReplaceAll(tok, "\t", " "))
	if tok == "" || strings.IndexFunc(tok, pyIsSpace) >= 0 {
		tok = strings.Join(strings.FieldsFunc(tok, pyIsSpace), "")
		if tok == "" {
			tok = "_"
		}
	}
	return tok
}

func (w *bioWriter) sent(toks, tags []string) error {
	if len(toks) != len(tags) || len(toks) == 0 {
		return fmt.Errorf("%s: sentence with %d tokens and %d tags", w.path, len(toks), len(tags))
	}
	prev := "O"
	for i, tok := range toks {
		t := tags[i]
		if t != "O" && !((strings.HasPrefix(t, "B-") || strings.HasPrefix(t, "I-")) && entityTypes[t[2:]]) {
			return fmt.Errorf("%s: bad tag %q", w.path, t)
		}
		if strings.HasPrefix(t, "B-") {
			w.ents[t[2:]]++
		} else if strings.HasPrefix(t, "I-") && (prev == "O" || prev[2:] != t[2:]) {
			w.invalid++
		}
		prev = t
		w.w.WriteString(cleanToken(tok))
		w.w.WriteByte('\t')
		w.w.WriteString(t)
		w.w.WriteByte('\n')
	}
	w.w.WriteByte('\n')
	w.sents++
	w.tokens += len(toks)
	return nil
}

func (w *bioWriter) close() error {
	if err := w.w.Flush(); err != nil {
		w.f.Close()
		return err
	}
	if err := w.f.Close(); err != nil {
		return err
	}
	n := 0
	var types []string
	for k, v := range w.ents {
		n += v
		types = append(types, k)
	}
	sort.Slice(types, func(i, j int) bool {
		if w.ents[types[i]] != w.ents[types[j]] {
			return w.ents[types[i]] > w.ents[types[j]]
		}
		return types[i] < types[j]
	})
	var per []string
	for _, k := range types {
		per = append(per, fmt.Sprintf("%s %d", k, w.ents[k]))
	}
	fmt.Printf("%s: docs=%d sentences=%d tokens=%d entities=%d invalid_I=%d (%s)\n",
		w.path, w.docs, w.sents, w.tokens, n, w.invalid, strings.Join(per, ", "))
	if w.invalid > 0 {
		return fmt.Errorf("%s: %d I- tags without a preceding entity of the same type", w.path, w.invalid)
	}
	return nil
}

// --- column corpora (conv_more.py read_cols) ---

type colSent struct {
	newDoc     bool // a "# newdoc" marker, no tokens
	toks, tags []string
}

// readCols reads a token-per-line file: token in column tokCol, tag in
// column tagCol (negative: from the end), columns separated by tabs.
// With comments, lines starting with "#" and holding no tab are skipped;
// "# newdoc" lines are always reported as document starts.
func readCols(path string, tokCol, tagCol int, comments bool) ([]colSent, error) {
	lines, err := readLines(path)
	if err != nil {
		return nil, err
	}
	var out []colSent
	var cur colSent
	flush := func() {
		if len(cur.toks) > 0 {
			out = append(out, cur)
			cur = colSent{}
		}
	}
	for n, line := range lines {
		if strings.HasPrefix(line, "# newdoc") {
			flush()
			out = append(out, colSent{newDoc: true})
			continue
		}
		if comments && strings.HasPrefix(line, "#") && !strings.Contains(line, "\t") {
			continue
		}
		if pyStrip(line) == "" {
			flush()
			continue
		}
		parts := strings.Split(line, "\t")
		tc := tagCol
		if tc < 0 {
			tc += len(parts)
		}
		if tokCol >= len(parts) || tc < 0 || tc >= len(parts) {
			return nil, fmt.Errorf("%s:%d: too few columns", path, n+1)
		}
		cur.toks = append(cur.toks, parts[tokCol])
		cur.tags = append(cur.tags, pyStrip(parts[tc]))
	}
	flush()
	return out, nil
}

var (
	mapUNER  = map[string]string{"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
	mapWNUT  = map[string]string{"person": "PERSON", "location": "LOC", "corporation": "ORG", "group": "ORG", "product": "MISC", "creative-work": "MISC"}
	mapWikiG = map[string]string{"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
)

// convertUNER converts a current UNER .iob2 file (dev/test): documents from
// "# newdoc", PER/ORG/LOC kept.
func convertUNER(src, out string) error {
	sents, err := readCols(src, 1, 2, true)
	if err != nil {
		return err
	}
	w, err := newBIOWriter(out)
	if err != nil {
		return err
	}
	for _, s := range sents {
		if s.newDoc {
			w.doc()
			continue
		}
		tags, err := mapTags(s.tags, mapUNER)
		if err != nil {
			return fmt.Errorf("%s: %v", src, err)
		}
		if err := w.sent(s.toks, tags); err != nil {
			return err
		}
	}
	return w.close()
}

// convertColumnFiles converts BTC or WNUT17 files (token first, tag last),
// one -DOCSTART- per file; atJoin applies joinAtMentions (BTC).
func convertColumnFiles(srcs []string, out string, m map[string]string, atJoin bool) error {
	w, err := newBIOWriter(out)
	if err != nil {
		return err
	}
	for _, src := range srcs {
		w.doc()
		sents, err := readCols(src, 0, -1, false)
		if err != nil {
			return err
		}
		for _, s := range sents {
			if s.newDoc {
				continue // conv_more.py yields "DOC" here but its BTC/WNUT loops never see one
			}
			tags := append([]string(nil), s.tags...)
			if atJoin {
				joinAtMentions(s.toks, tags)
			}
			tags, err := mapTags(tags, m)
			if err != nil {
				return fmt.Errorf("%s: %v", src, err)
			}
			if err := w.sent(s.toks, tags); err != nil {
				return err
			}
		}
	}
	return w.close()
}

// unerOldTags maps the tags of the old (0c7ce0de) UNER train file:
// PER/ORG/LOC kept, OTH and the per-document "B-O" marker become O, and an
// I- that does not continue an entity of its type becomes B- (iob1ToBIO).
func unerOldTags(tags []string) []string {
	out := make([]string, len(tags))
	for i, t := range tags {
		out[i] = "O"
		if len(t) > 2 && mapUNER[t[2:]] != "" {
			p := "B-"
			if strings.HasPrefix(t, "I-") {
				p = "I-"
			}
			out[i] = p + mapUNER[t[2:]]
		}
	}
	return iob1ToBIO(out)
}

// lineConverter collects the sentences of a line-oriented corpus for
// convertLines and writes each, its tags passed through fix, on a blank
// line, a new document or the end of the file.
type lineConverter struct {
	w          *bioWriter
	fix        func([]string) []string
	toks, tags []string
}

func (c *lineConverter) add(tok, tag string) {
	c.toks = append(c.toks, tok)
	c.tags = append(c.tags, tag)
}

func (c *lineConverter) flush() error {
	if len(c.toks) > 0 {
		if err := c.w.sent(c.toks, c.fix(c.tags)); err != nil {
			return err
		}
	}
	c.toks, c.tags = nil, nil
	return nil
}

func (c *lineConverter) doc() error {
	if err := c.flush(); err != nil {
		return err
	}
	c.w.doc()
	return nil
}

// convertLines writes the .bio file out from src, calling line for each of
// its lines (n counts from 0).
func convertLines(src, out string, fix func([]string) []string, line func(c *lineConverter, n int, line string) error) error {
	lines, err := readLines(src)
	if err != nil {
		return err
	}
	w, err := newBIOWriter(out)
	if err != nil {
		return err
	}
	c := &lineConverter{w: w, fix: fix}
	for n, l := range lines {
		if err := line(c, n, l); err != nil {
			return err
		}
	}
	if err := c.flush(); err != nil {
		return err
	}
	return w.close()
}

// convertUNEROldTrain ports conv_uner_train_old.py.
func convertUNEROldTrain(src, out string) error {
	return convertLines(src, out, unerOldTags, func(c *lineConverter, n int, line string) error {
		switch {
		case strings.HasPrefix(line, "# newdoc id"):
			return c.doc()
		case strings.HasPrefix(line, "#"):
			return nil
		case line == "":
			return c.flush()
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 3 {
			return fmt.Errorf("%s:%d: too few columns", src, n+1)
		}
		c.add(cols[1], cols[2])
		return nil
	})
}

// wikigoldTag maps one wikigold tag ("I-PER", "B-LOC", "O") to newsgraph's types.
func wikigoldTag(tag string) (string, error) {
	if tag == "O" {
		return tag, nil
	}
	p := strings.Split(tag, "-")
	if len(p) != 2 {
		return "", fmt.Errorf("bad tag %q", tag)
	}
	t, ok := mapWikiG[p[1]]
	if !ok {
		return "", fmt.Errorf("unknown type in %q", tag)
	}
	return p[0] + "-" + t, nil
}

// convertWikigold ports conv_wikigold.py: space-separated "token tag" lines
// in IOB1, -DOCSTART- lines between documents.
func convertWikigold(src, out string) error {
	return convertLines(src, out, iob1ToBIO, func(c *lineConverter, n int, line string) error {
		if pyStrip(line) == "" {
			return c.flush()
		}
		i := strings.LastIndex(line, " ")
		if i < 0 {
			return fmt.Errorf("%s:%d: no tag", src, n+1)
		}
		tok, tag := line[:i], line[i+1:]
		if tok == "-DOCSTART-" {
			return c.doc()
		}
		tag, err := wikigoldTag(tag)
		if err != nil {
			return fmt.Errorf("%s:%d: %v", src, n+1, err)
		}
		c.add(tok, tag)
		return nil
	})
}
