package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/token"
)

// tok is one token of the document. start and end are offsets into the
// straightened copy of the text (see straighten); the document maps them
// back to the original text.
type tok struct {
	text, lower, tag string
	start, end       int
	sent             int
	mention          int // index into doc.mentions, or -1
	titleOf          int // the mention whose title this token is part of, or -1
	inParen          bool
}

type sent struct {
	start, end int // offsets into the straightened text
	t0, t1     int // token range
	headline   bool
	furniture  bool
	quoteStart bool
	speaker    int // entity index of who says this sentence, or -1
	scope0     int // tokens [scope0, scope1) are what the speaker says
	scope1     int
}

type doc struct {
	x        *Extractor
	orig     string
	clean    string
	off      []int32 // clean offset -> original offset; nil when identical
	toks     []tok
	sents    []sent
	mentions []mention
	ents     []*dent
	rels     map[string]*Relation
	order    []string
}

// straighten replaces curly quotes, dashes and non-breaking spaces with
// ASCII so that prose tokenizes "China’s" as "China" + "'s". It returns the
// new text and a map from its byte offsets to those of the original, or nil
// when nothing changed.
func straighten(s string) (string, []int32) {
	changed := false
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			changed = true
			break
		}
	}
	if !changed {
		return s, nil
	}
	var b strings.Builder
	b.Grow(len(s))
	off := make([]int32, 0, len(s)+1)
	for i, r := range s {
		var rep string
		switch r {
		case '’', '‘', '′', '`':
			rep = "'"
		case '“', '”', '″', '„':
			rep = "\""
		case '—', '–', '―':
			rep = " - "
		case '\u00a0', '\u2009', '\u202f', '\u200b':
			rep = " "
		case '…':
			rep = "..."
		}
		if rep == "" {
			_, n := utf8.DecodeRuneInString(s[i:])
			b.WriteString(s[i : i+n])
			for k := 0; k < n; k++ {
				off = append(off, int32(i+k))
			}
			continue
		}
		b.WriteString(rep)
		for k := 0; k < len(rep); k++ {
			off = append(off, int32(i))
		}
	}
	off = append(off, int32(len(s)))
	return b.String(), off
}

// origOff maps an offset in the clean text to the original text.
func (d *doc) origOff(i int) int {
	if d.off == nil {
		return i
	}
	return int(d.off[i])
}

// origEnd maps an exclusive end offset: the end of the original rune that
// produced clean[i-1].
func (d *doc) origEnd(i int) int {
	if d.off == nil || i == 0 {
		return i
	}
	s := int(d.off[i-1])
	_, n := utf8.DecodeRuneInString(d.orig[s:])
	return s + n
}

func (x *Extractor) analyse(text string) *doc {
	clean, off := straighten(text)
	d := &doc{x: x, orig: text, clean: clean, off: off, rels: map[string]*Relation{}}
	pos := 0
	for pos < len(clean) {
		nl := strings.IndexByte(clean[pos:], '\n')
		end := len(clean)
		if nl >= 0 {
			end = pos + nl
		}
		if end > pos {
			d.addLine(pos, end)
		}
		pos = end + 1
	}
	return d
}

func (d *doc) addLine(lstart, lend int) {
	line := d.clean[lstart:lend]
	if strings.TrimSpace(line) == "" {
		return
	}
	headline := isHeadline(line)
	for _, s := range d.x.seg.Segment(line) {
		furniture := isFurniture(s.Text)
		ss := sent{start: lstart + s.Start, end: lstart + s.Start + len(s.Text), t0: len(d.toks), headline: headline, furniture: furniture, speaker: -1}
		ptoks := d.x.tok.Tokenize(s.Text)
		ptoks = splitPossessive(ptoks)
		ptoks = joinApostropheNames(ptoks)
		d.x.tagger.TagTokens(ptoks)
		depth := 0
		for _, pt := range ptoks {
			t := tok{text: pt.Text, lower: strings.ToLower(pt.Text), tag: pt.Tag, start: ss.start + pt.Start,
				end: ss.start + pt.End(), sent: len(d.sents), mention: -1, titleOf: -1}
			if t.text == "(" || t.text == "[" {
				depth++
			}
			t.inParen = depth > 0
			if (t.text == ")" || t.text == "]") && depth > 0 {
				depth--
			}
			fixTag(&t)
			if strings.Contains(t.lower, "/") {
				// "songwriter/guitarist": a double title reads as its last part
				parts := strings.Split(t.lower, "/")
				all := true
				for _, p := range parts {
					all = all && titleHeads[p]
				}
				if all {
					t.lower, t.tag = parts[len(parts)-1], "NN"
				}
			}
			if n := len(d.toks); n > ss.t0 && isVerb(t.tag) && isCapital(t.text) && !strings.HasSuffix(t.text, "'") {
				if p := d.toks[n-1].text; p != "\"" && p != ":" && p != "(" && p != "-" {
					t.tag = "NNP" // "talking to Real Madrid": a name the tagger took for a verb
				}
			}
			d.toks = append(d.toks, t)
		}
		ss.t1 = len(d.toks)
		for i := ss.t0; i+1 < ss.t1; i++ {
			// "sporting director", "opposing skipper": a title, not a verb
			if t := &d.toks[i]; isVerb(t.tag) && (titleMods[t.lower] || t.tag == "VBG") && (titleHeads[d.toks[i+1].lower] || titleMods[t.lower] && titleMods[d.toks[i+1].lower] && i+2 < ss.t1 && titleHeads[d.toks[i+2].lower]) {
				t.tag = "JJ"
			}
			// "Wales coach Mike Ruddock": a title between two names, not a verb
			if t := &d.toks[i]; isVerb(t.tag) && titleNotVerb[t.lower] && i > ss.t0 && (d.toks[i-1].tag == "NNP" || d.toks[i-1].tag == "NNPS") && isCapital(d.toks[i+1].text) && d.toks[i+1].tag == "NNP" {
				t.tag = "NN"
			}
			// "Moscow has lent billions": a participle after "have" the tagger missed
			if t := &d.toks[i]; (t.tag == "JJ" || t.tag == "NN" || t.tag == "VBD") && i > ss.t0 {
				if p := d.toks[i-1].lower; (p == "has" || p == "have" || p == "had" || p == "'ve") && (irregularParticiples[t.lower] || strings.HasSuffix(t.lower, "ed")) {
					t.tag = "VBN"
				}
			}
			// "a paid adviser": a participle before a noun is an adjective
			if t := &d.toks[i]; (t.tag == "VBN" || t.tag == "VBD") && i > ss.t0 && (d.toks[i-1].tag == "DT" || d.toks[i-1].tag == "PRP$") && (d.toks[i+1].tag == "NN" || d.toks[i+1].tag == "NNS" || d.toks[i+1].tag == "JJ") {
				t.tag = "JJ"
			}
			// "dropped a tight first set against": a noun after an adjective
			if t := &d.toks[i]; (t.tag == "VBN" || t.tag == "VBD") && i > ss.t0 {
				p, n := d.toks[i-1].tag, d.toks[i+1].tag
				if (p == "JJ" || p == "DT" || p == "CD" || p == "PRP$" || p == "JJS") && (n == "IN" || n == "." || n == "," || n == "CC" || n == "TO") {
					t.tag = "NN"
				}
			}
		}
		if ss.t1 > ss.t0 && d.toks[ss.t0].text == "\"" {
			ss.quoteStart = true
		}
		d.sents = append(d.sents, ss)
	}
}

// splitPossessive splits "China's" into "China" + "'s" when the tokenizer
// left them together.
func splitPossessive(ts []token.Token) []token.Token {
	need := false
	for _, t := range ts {
		if len(t.Text) > 2 && (strings.HasSuffix(t.Text, "'s") || strings.HasSuffix(t.Text, "s'")) {
			need = true
			break
		}
	}
	if !need {
		return ts
	}
	out := make([]token.Token, 0, len(ts)+4)
	for _, t := range ts {
		if len(t.Text) > 2 && strings.HasSuffix(t.Text, "'s") {
			out = append(out, token.Token{Text: t.Text[:len(t.Text)-2], Start: t.Start},
				token.Token{Text: "'s", Start: t.Start + len(t.Text) - 2})
			continue
		}
		if len(t.Text) > 2 && strings.HasSuffix(t.Text, "s'") {
			out = append(out, token.Token{Text: t.Text[:len(t.Text)-1], Start: t.Start},
				token.Token{Text: "'", Start: t.Start + len(t.Text) - 1})
			continue
		}
		out = append(out, t)
	}
	return out
}

// joinApostropheNames rejoins "O" + "'Sullivan" and "D" + "'Arcy", which
// the tokenizer splits like a contraction.
func joinApostropheNames(ts []token.Token) []token.Token {
	out := ts[:0:0]
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		if i+1 < len(ts) && len(t.Text) == 1 && strings.ContainsAny(t.Text, "ODL") && ts[i+1].Start == t.End() {
			n := ts[i+1].Text
			if len(n) > 2 && n[0] == '\'' && n[1] >= 'A' && n[1] <= 'Z' {
				out = append(out, token.Token{Text: t.Text + n, Start: t.Start})
				i++
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

// fixTag corrects tags the perceptron gets wrong on news text.
func fixTag(t *tok) {
	switch t.lower {
	case "'s":
		if t.tag != "VBZ" {
			t.tag = "POS"
		}
	case "\"", "''", "``":
		t.tag = "``"
	}
}

func isFurniture(line string) bool {
	l := strings.ToLower(line)
	for _, b := range boilerplate {
		if strings.Contains(l, b) {
			return true
		}
	}
	return len(strings.Fields(line)) < 4
}

// isHeadline: a line in title case ("Sanctions on North Korea are Working
// Says Tillerson") or without a final full stop and short.
func isHeadline(line string) bool {
	words := strings.Fields(line)
	if len(words) < 3 {
		return true
	}
	capital, content := 0, 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		lw := strings.ToLower(w)
		if len(lw) <= 3 && (lw == "on" || lw == "of" || lw == "the" || lw == "a" || lw == "in" || lw == "and" || lw == "to" || lw == "for" || lw == "at" || lw == "by" || lw == "an") {
			continue
		}
		content++
		if unicode.IsUpper(r) {
			capital++
		}
	}
	if strings.Contains(line, ". ") {
		return false
	}
	last := strings.TrimRight(line, " ")
	end := last[len(last)-1]
	if end == '.' || end == '"' || end == '?' || end == '!' || end == ':' || end == ')' {
		return false
	}
	return content > 0 && capital*10 >= content*7 || len(words) < 15
}

// isVerb reports whether the tag is a verb tag.
func isVerb(tag string) bool { return len(tag) >= 2 && tag[0] == 'V' && tag[1] == 'B' }

func isNoun(tag string) bool { return len(tag) >= 2 && tag[0] == 'N' && tag[1] == 'N' }

func isCapital(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func (d *doc) lemma(t *tok) string {
	w := t.lower
	if isVerb(t.tag) || t.tag == "MD" {
		switch w {
		case "'s":
			return "be"
		case "left":
			return "leave"
		case "found":
			return "find" // "founded" is the past of "found"
		case "set", "cut", "put", "hit", "let", "shut", "cost", "spread", "quit", "bid", "hurt", "cast", "upset", "beset":
			return w
		}
	}
	l := d.x.lem.Lemma(w)
	if strings.HasSuffix(w, "ss") && l == w[:len(w)-1] {
		l = w // "discuss" is not a plural of "discus"
	}
	if t.tag == "VBZ" {
		// "leaves" is "leave" as a verb, not "leaf"
		switch w {
		case "does":
			l = "do"
		case "has":
			l = "have"
		case "is":
			l = "be"
		case "goes":
			l = "go"
		default:
			if st := strings.TrimSuffix(w, "s"); st != w && d.x.lem.InDict(st) && d.x.lem.Lemma(st) == st {
				l = st
			} else if st := strings.TrimSuffix(w, "es"); st != w && d.x.lem.InDict(st) && d.x.lem.Lemma(st) == st {
				l = st
			}
		}
	}
	if l == w && isVerb(t.tag) {
		l = verbStem(d, w)
	}
	if isVerb(t.tag) {
		l = americanSpelling(d, l)
	}
	return l
}

// americanSpelling maps "criticise" to "criticize" so that British and
// American articles share predicates.
func americanSpelling(d *doc, l string) string {
	if strings.HasSuffix(l, "ise") && len(l) > 5 {
		z := l[:len(l)-3] + "ize"
		if d.x.lem.InDict(z) && d.x.lem.Lemma(z) == z {
			return z
		}
	}
	return l
}

// verbStem undoes -ing, -ed and -s when the dictionary only knows the word
// as a noun ("taking", "saying").
func verbStem(d *doc, w string) string {
	var cands []string
	switch {
	case strings.HasSuffix(w, "ing") && len(w) > 4:
		b := w[:len(w)-3]
		if strings.ContainsAny(b[len(b)-1:], "vcuz") && d.x.lem.InDict(b+"e") {
			return b + "e" // English verbs do not end in v, c, u or z: "serving" -> "serve"
		}
		cands = []string{b, b + "e"}
		if n := len(b); n > 2 && b[n-1] == b[n-2] {
			cands = append(cands, b[:n-1])
		}
	case strings.HasSuffix(w, "ed") && len(w) > 3:
		b := w[:len(w)-2]
		if strings.ContainsAny(b[len(b)-1:], "vcuz") && d.x.lem.InDict(b+"e") {
			return b + "e"
		}
		cands = []string{b, b + "e"}
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		cands = []string{w[:len(w)-1]}
	}
	for _, c := range cands {
		// a verb's own third person leads back to it ("serves" -> "serve",
		// not "serv"; "sings" -> "sing", not "singe")
		if d.x.lem.InDict(c) && d.x.lem.Lemma(c) == c && d.x.lem.Lemma(c+"s") == c {
			return c
		}
	}
	for _, c := range cands {
		if d.x.lem.InDict(c) && d.x.lem.Lemma(c) == c {
			return c
		}
	}
	return w
}
