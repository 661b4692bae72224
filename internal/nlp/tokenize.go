package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxSentenceTokens caps the length of a sentence: longer runs of text
// without sentence-final punctuation are cut into pieces of this size.
const maxSentenceTokens = 250

// Tokenize splits text into sentences and tokens following the conventions of
// the Universal Dependencies English treebanks (EWT, GUM) at the word level:
// clitics are split ("do" "n't", "China" "'s", "can" "not", "gon" "na"),
// punctuation, quotes, brackets, currency symbols and "%" are tokens of their
// own, hyphenated compounds are split ("all" "-" "girl") except after a small
// set of prefixes ("non-", "re-", "e-", ...) and in digit groups such as
// phone numbers and ISO dates, abbreviations keep their period ("Mr.",
// "U.S.", "etc."), and URLs, e-mail addresses, @handles and #hashtags are
// single tokens.
//
// Every line break ends a sentence; within a line, sentences end at ".",
// "!", "?" and "..." (plus any closing quotes and brackets) unless what
// follows cannot start a sentence, and after abbreviations only when the
// next word is a typical sentence opener. No sentence has more than 250
// tokens.
//
// Token offsets are byte offsets into text, text[Start:End] == Text, Head is
// -1 and the tag fields are empty. The sentences share one backing array of
// tokens. Tokenize runs in time linear in len(text).
func Tokenize(text string) []Sentence {
	if len(text) == 0 {
		return nil
	}
	tz := tokenizer{text: text, toks: make([]Token, 0, estimateTokens(text))}
	tz.run()
	sents := tz.sents
	for i := range sents {
		a, b := sents[i].Start, sents[i].End // token indices until now
		sents[i].Tokens = tz.toks[a:b:b]
		sents[i].Start = tz.toks[a].Start
		sents[i].End = tz.toks[b-1].End
	}
	return sents
}

// estimateTokens returns a cheap estimate, usually an upper bound, of the
// number of tokens in text: one per word start plus one per punctuation
// byte or non-ASCII character, so that the token slice rarely grows.
func estimateTokens(text string) int {
	n, space := 4, true
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c >= utf8.RuneSelf:
			if c >= 0xC0 {
				n++
			}
			space = false
		case asciiClass[c]&(cSpace|cBreak) != 0:
			space = true
		case asciiClass[c]&cWord != 0:
			if space {
				n++
			}
			space = false
		default:
			n++
			space = false
		}
	}
	return n
}

type tokenizer struct {
	text  string
	toks  []Token
	sents []Sentence // Start/End hold token indices until Tokenize fixes them
	space bool       // whitespace precedes the next token
	line  int        // index of the first token of the current line
}

// Byte classes for the ASCII fast paths.
const (
	cWord  = 1 << iota // letter or digit
	cDigit             // 0-9
	cUpper             // A-Z
	cLower             // a-z
	cSpace             // horizontal whitespace
	cBreak             // line break
)

var asciiClass = func() (t [128]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = cWord | cDigit
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = cWord | cUpper
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = cWord | cLower
	}
	t[' '], t['\t'] = cSpace, cSpace
	t['\n'], t['\r'], t['\v'], t['\f'] = cBreak, cBreak, cBreak, cBreak
	return t
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&cWord != 0
	}
	if r == utf8.RuneError {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == 0xAD // soft hyphen
}

// isInvisible reports format characters that separate tokens without being
// whitespace.
func isInvisible(r rune) bool {
	return r == 0x200B || r == 0x200E || r == 0x200F || r == 0x2060 || r == 0xFEFF
}

func isLineBreakRune(r rune) bool {
	return r == 0x85 || r == 0x2028 || r == 0x2029
}

// wordAt reports whether a word character starts at byte i (< len(text)).
func (tz *tokenizer) wordAt(i int) bool {
	c := tz.text[i]
	if c < utf8.RuneSelf {
		return asciiClass[c]&cWord != 0
	}
	r, _ := utf8.DecodeRuneInString(tz.text[i:])
	return isWordRune(r)
}

func (tz *tokenizer) run() {
	t := tz.text
	i := 0
	for i < len(t) {
		c := t[i]
		if c < utf8.RuneSelf {
			switch cl := asciiClass[c]; {
			case cl&cSpace != 0:
				tz.space = true
				i++
				continue
			case cl&cBreak != 0:
				tz.endLine()
				tz.space = true
				i++
				continue
			}
		} else {
			r, w := utf8.DecodeRuneInString(t[i:])
			if isLineBreakRune(r) {
				tz.endLine()
				tz.space = true
				i += w
				continue
			}
			if unicode.IsSpace(r) {
				tz.space = true
				i += w
				continue
			}
			if isInvisible(r) {
				i += w
				continue
			}
		}
		j := tz.chunkEnd(i)
		tz.chunk(i, j)
		i = j
	}
	tz.endLine()
}

// chunkEnd returns the end of the whitespace-free run starting at i.
func (tz *tokenizer) chunkEnd(i int) int {
	t := tz.text
	for i < len(t) {
		c := t[i]
		if c < utf8.RuneSelf {
			if asciiClass[c]&(cSpace|cBreak) != 0 {
				return i
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(t[i:])
		if isLineBreakRune(r) || unicode.IsSpace(r) || isInvisible(r) {
			return i
		}
		i += w
	}
	return i
}

func (tz *tokenizer) emit(s, e int) {
	txt := tz.text[s:e]
	tz.toks = append(tz.toks, Token{Text: txt, Start: s, End: e, Norm: normalize(txt), SpaceBefore: tz.space, Head: -1})
	tz.space = false
}

// normalize returns the form the models see.
func normalize(t string) string {
	ascii := true
	for i := 0; i < len(t); i++ {
		if t[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		switch t {
		case "``", "''":
			return `"`
		case "_":
			// a lone underscore is the dash of wire copy typed on old
			// terminals ("Tom Selleck _ who was born in Detroit _ lives")
			return "--"
		case "ex-", "Ex-", "EX-":
			// the prefix split from a name ("ex-Labour leader") means
			// what the models know as "former"
			return "former"
		case "Mr", "Mrs", "Ms", "Dr":
			// British style drops the full stop; the treebanks are
			// American, and "Mr" alone at a sentence start read as a verb.
			return t + "."
		}
		return t
	}
	// The curly apostrophes below give what curlyApostrophes would, without
	// allocating, for the commonest tokens.
	switch t {
	case "“", "”", "„", "‟":
		return `"`
	case "‘", "’", "‚", "‛":
		return "'"
	case "’s":
		return "'s"
	case "n’t":
		return "n't"
	case "’re":
		return "'re"
	case "’ll":
		return "'ll"
	case "’ve":
		return "'ve"
	case "’m":
		return "'m"
	case "’d":
		return "'d"
	case "’S":
		return "'S"
	case "N’T":
		return "N'T"
	}
	if isDashRun(t) {
		return "--"
	}
	if strings.ContainsAny(t, "’‘") {
		return curlyApostrophes.Replace(t)
	}
	return t
}

var curlyApostrophes = strings.NewReplacer("’", "'", "‘", "'")

func isDash(r rune) bool { return r == '–' || r == '—' || r == '―' || r == '‒' }

func isDashRun(t string) bool {
	if t == "" {
		return false
	}
	for _, r := range t {
		if !isDash(r) {
			return false
		}
	}
	return true
}

// chunk tokenises the whitespace-free text[s:e] (which holds no invisible
// characters: chunkEnd stops at them).
func (tz *tokenizer) chunk(s, e int) {
	t := tz.text
	if e-s <= 4 && isEmoticon(t[s:e]) {
		tz.emit(s, e)
		return
	}
	p := s
	for p < e {
		c := t[p]
		var q int
		switch {
		case (c|0x20 == 'h' || c|0x20 == 'w' || c|0x20 == 'f') && urlPrefix(t[p:e]):
			q = tz.urlEnd(p, e)
		case c < utf8.RuneSelf && asciiClass[c]&cWord != 0:
			p = tz.word(p, s, e)
			continue
		case c < utf8.RuneSelf:
			q = tz.asciiEnd(p, s, e)
		default:
			r, w := utf8.DecodeRuneInString(t[p:])
			if isWordRune(r) {
				p = tz.word(p, s, e)
				continue
			}
			q = tz.runeEnd(p, p+w, e, r)
		}
		tz.emit(p, q)
		p = q
	}
}

// asciiEnd returns the end of the token that starts with the ASCII
// non-word byte at p in chunk [s,e).
func (tz *tokenizer) asciiEnd(p, s, e int) int {
	t := tz.text
	switch c := t[p]; c {
	case ':', ';':
		if k := emoticonAt(t[p:e]); k > 0 && (p+k == e || !tz.wordAt(p+k)) {
			return p + k
		}
	case '@', '#':
		if p+1 < e && tz.wordAt(p+1) && (c == '@' || !isDigitByte(t[p+1])) {
			return tz.scanWord(p+1, e)
		}
	case '\'':
		if q := tz.apostropheWord(p, p+1, e); q > 0 {
			return q
		}
		if p+1 < e && t[p+1] == '\'' {
			return p + 2
		}
	case '.':
		// ".5", ".com" at the start of a chunk.
		if p+1 < e && (isDigitByte(t[p+1]) || p == s && tz.wordAt(p+1)) {
			return tz.scanWord(p+1, e)
		}
		q := p + 1
		for q < e && t[q] == '.' {
			q++
		}
		if q == p+1 { // ".!", ".?"
			q = tz.stopsEnd(q, e)
		}
		return q
	case '!', '?':
		return tz.stopsEnd(p+1, e)
	case '`':
		if p+1 < e && t[p+1] == '`' {
			return p + 2
		}
	case '-', '=', '*', '_', '~', '+', '^', '|', '<', '>', '$':
		q := p + 1
		for q < e && t[q] == c {
			q++
		}
		return q
	}
	return p + 1
}

// stopsEnd returns the end of the run of ".", "!" and "?" starting at q.
func (tz *tokenizer) stopsEnd(q, e int) int {
	for q < e && (tz.text[q] == '.' || tz.text[q] == '!' || tz.text[q] == '?') {
		q++
	}
	return q
}

// runeEnd returns the end of the token that starts with the non-ASCII,
// non-word rune r at p, ending at a.
func (tz *tokenizer) runeEnd(p, a, e int, r rune) int {
	t := tz.text
	switch {
	case r == '’' || r == '‘':
		if q := tz.apostropheWord(p, a, e); q > 0 {
			return q
		}
		return a
	case r == '…':
		q := a
		for strings.HasPrefix(t[q:e], "…") {
			q += len("…")
		}
		return q
	case isDash(r):
		q := a
		for q < e {
			r2, w2 := utf8.DecodeRuneInString(t[q:e])
			if !isDash(r2) {
				break
			}
			q += w2
		}
		return q
	}
	return tz.symbolEnd(a, e, r)
}

var emoticons = map[string]bool{
	":)": true, ":-)": true, ":(": true, ":-(": true, ":D": true, ":-D": true,
	";)": true, ";-)": true, ":P": true, ":p": true, ":-P": true, ":-p": true,
	":/": true, ":-/": true, ":'(": true, "<3": true, ":o": true, ":O": true,
	"=)": true, "=(": true, ":]": true, ":[": true, "^_^": true, "-_-": true,
	":|": true, ";D": true, "=D": true,
}

func isEmoticon(s string) bool { return len(s) >= 2 && emoticons[s] }

// emoticonAt returns the length of the emoticon s starts with, or 0.
func emoticonAt(s string) int {
	for n := min(3, len(s)); n >= 2; n-- {
		if emoticons[s[:n]] {
			return n
		}
	}
	return 0
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// symbolEnd extends a symbol starting with r (ending at q) over emoji
// modifiers, variation selectors, zero-width joiner sequences, keycaps and
// regional-indicator pairs.
func (tz *tokenizer) symbolEnd(q, e int, r rune) int {
	t := tz.text
	ri := r >= 0x1F1E6 && r <= 0x1F1FF
	for q < e {
		r2, w2 := utf8.DecodeRuneInString(t[q:e])
		switch {
		case r2 == 0xFE0F || r2 == 0xFE0E || r2 == 0x20E3 || (r2 >= 0x1F3FB && r2 <= 0x1F3FF) || (r2 >= 0xE0020 && r2 <= 0xE007F):
			q += w2
		case r2 == 0x200D && q+w2 < e:
			r3, w3 := utf8.DecodeRuneInString(t[q+w2 : e])
			if r3 == utf8.RuneError || isWordRune(r3) || unicode.IsSpace(r3) || r3 < utf8.RuneSelf {
				return q
			}
			q += w2 + w3
		case ri && r2 >= 0x1F1E6 && r2 <= 0x1F1FF:
			q += w2
			ri = false
		default:
			return q
		}
	}
	return q
}

func urlPrefix(s string) bool {
	n := len(s)
	if n >= 8 && (s[0]|0x20) == 'h' && (s[1]|0x20) == 't' && (s[2]|0x20) == 't' && (s[3]|0x20) == 'p' {
		if s[4] == ':' && s[5] == '/' && s[6] == '/' {
			return true
		}
		return (s[4]|0x20) == 's' && s[5] == ':' && s[6] == '/' && s[7] == '/' && n > 8
	}
	if n >= 7 && (s[0]|0x20) == 'f' && (s[1]|0x20) == 't' && (s[2]|0x20) == 'p' && s[3] == ':' && s[4] == '/' && s[5] == '/' {
		return true
	}
	return n >= 6 && (s[0]|0x20) == 'w' && (s[1]|0x20) == 'w' && (s[2]|0x20) == 'w' && s[3] == '.' && (s[4] < utf8.RuneSelf && asciiClass[s[4]]&cWord != 0)
}

// urlEnd returns the end of the URL starting at p: the chunk end minus
// trailing punctuation (a closing bracket stays if the URL opened one).
func (tz *tokenizer) urlEnd(p, e int) int {
	t := tz.text
	depth := 0
	for i := p; i < e; i++ {
		switch t[i] {
		case '(':
			depth++
		case ')':
			depth--
		}
	}
	q := e
	for q > p+4 {
		c := t[q-1]
		switch c {
		case '.', ',', ';', ':', '!', '?', '\'', '"', ']', '}', '>':
			q--
			continue
		case ')':
			if depth < 0 {
				depth++
				q--
				continue
			}
		}
		if c >= utf8.RuneSelf {
			r, w := utf8.DecodeLastRuneInString(t[p:q])
			if r == '’' || r == '”' || r == '»' || r == '…' || isDash(r) {
				q -= w
				continue
			}
		}
		break
	}
	return q
}

// apostropheWord returns the end of a word that starts with an apostrophe
// at p ('90s, 'til, 'em, 's), or 0. a is the byte after the apostrophe.
func (tz *tokenizer) apostropheWord(p, a, e int) int {
	if a >= e || !tz.wordAt(a) {
		return 0
	}
	q := tz.scanWord(a, e)
	w := tz.text[a:q]
	if len(w) > 8 {
		return 0
	}
	if c := w[0]; c >= '0' && c <= '9' {
		n := 0
		for n < len(w) && w[n] >= '0' && w[n] <= '9' {
			n++
		}
		if n == 2 && (len(w) == 2 || w[2:] == "s") {
			return q
		}
		return 0
	}
	var buf [8]byte
	lw := lowerASCII(buf[:0], w)
	switch string(lw) {
	case "s", "re", "ll", "ve", "m", "d", "t", "til", "em", "cause", "cos", "cuz", "n", "tis", "twas", "bout", "round":
		return q
	}
	return 0
}

func lowerASCII(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// scanWord returns the end of the word that starts at p: word characters
// joined by connectors (. - / ' ’ & _ @, and , : between digits).
func (tz *tokenizer) scanWord(p, e int) int {
	t := tz.text
	q := p
	prevDigit := false
	for q < e {
		c := t[q]
		if c < utf8.RuneSelf {
			cl := asciiClass[c]
			if cl&cWord != 0 {
				prevDigit = cl&cDigit != 0
				q++
				continue
			}
			if q+1 >= e || q == p {
				break
			}
			n := t[q+1]
			if c == '.' && n == '.' {
				// "franz371...@gmail.com"
				k := q + 1
				for k < e && t[k] == '.' {
					k++
				}
				if k+1 < e && t[k] == '@' && tz.wordAt(k+1) {
					q = k
					continue
				}
				break
			}
			nextWord := n < utf8.RuneSelf && asciiClass[n]&cWord != 0 || n >= utf8.RuneSelf && tz.wordAt(q+1)
			if !nextWord {
				break
			}
			switch c {
			case '.', '-', '/', '&', '_', '@', '\'':
			case ':':
				if !prevDigit || n < '0' || n > '9' {
					return q
				}
			case ',':
				// Thousands separator: exactly three digits follow.
				if !prevDigit || q+4 > e || !allDigits(t[q+1:q+4]) || q+4 < e && t[q+4] >= '0' && t[q+4] <= '9' {
					return q
				}
			default:
				return q
			}
			q++
			continue
		}
		r, w := utf8.DecodeRuneInString(t[q:])
		if isWordRune(r) {
			prevDigit = unicode.IsDigit(r)
			q += w
			continue
		}
		if (r == '’' || r == 0x2010 || r == 0x2011) && q > p && q+w < e && tz.wordAt(q+w) {
			q += w
			continue
		}
		break
	}
	return q
}

// word tokenises the word starting at p in chunk [s,e) and returns its end.
func (tz *tokenizer) word(p, s, e int) int {
	t := tz.text
	q := tz.scanWord(p, e)
	// An abbreviation keeps its period (also before a second period, "Inc.."
	// but not before an ellipsis), except a single initial ending a line; a
	// list number opening a line keeps its period too.
	if q < e && t[q] == '.' && (q+1 == e || !tz.wordAt(q+1) && (t[q+1] != '.' || q+2 == e || t[q+2] != '.')) {
		switch abbrevClass(t[p:q]) {
		case abbrNone:
			if p == s && q+1 == e && len(tz.toks) == tz.line && isListNumber(t[p:q]) {
				q++
			}
		case abbrInitial:
			if q+1 < e || !tz.lineEndsAt(q+1) {
				q++
			}
		default:
			q++
		}
	}
	tz.piece(p, q)
	return q
}

// lineEndsAt reports whether only horizontal whitespace separates i from
// the end of the line.
func (tz *tokenizer) lineEndsAt(i int) bool {
	t := tz.text
	for ; i < len(t); i++ {
		switch t[i] {
		case ' ', '\t':
			continue
		case '\n', '\r', '\v', '\f':
			return true
		}
		return false
	}
	return true
}

// isListNumber reports list and section numbers: "1", "12", "2.1", "4.1.3".
func isListNumber(w string) bool {
	if len(w) > 8 || len(w) == 0 {
		return false
	}
	n := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			n++
			if n > 2 {
				return false
			}
		case c == '.' && n > 0 && i+1 < len(w):
			n = 0
		default:
			return false
		}
	}
	return true
}

// piece tokenises one scanned word text[p:q].
func (tz *tokenizer) piece(p, q int) {
	w := tz.text[p:q]
	joined := hasJoiner(w) // clitics hold neither "-" nor "/"
	if strings.IndexByte(w, '@') > 0 && strings.IndexByte(w, '/') < 0 || joined && isDomain(w) {
		tz.emit(p, q)
		return
	}
	if n := cliticLen(w); n > 0 {
		tz.compound(p, q-n, joined)
		tz.emit(q-n, q)
		return
	}
	tz.compound(p, q, joined)
}

// hasJoiner reports whether w holds a hyphen or a slash.
func hasJoiner(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] == '-' || w[i] == '/' {
			return true
		}
	}
	return false
}

// cliticLen returns the byte length of a clitic ending w, or 0.
func cliticLen(w string) int {
	n := len(w)
	if n < 3 {
		return 0
	}
	// n't, n’t
	if c := w[n-1]; c == 't' || c == 'T' {
		if w[n-2] == '\'' && n >= 4 && (w[n-3]|0x20) == 'n' && isASCIILetter(w[n-4]) {
			return 3
		}
		if n >= 6 && w[n-4:n-1] == "’" && (w[n-5]|0x20) == 'n' && isASCIILetter(w[n-6]) {
			return 5
		}
	}
	// 's 're 'll 've 'm 'd
	for k := 1; k <= 2 && k < n; k++ {
		suf := w[n-k:]
		var ok bool
		switch k {
		case 1:
			ok = suf == "s" || suf == "S" || suf == "m" || suf == "M" || suf == "d" || suf == "D"
		case 2:
			l0, l1 := suf[0]|0x20, suf[1]|0x20
			ok = l0 == 'r' && l1 == 'e' || l0 == 'l' && l1 == 'l' || l0 == 'v' && l1 == 'e'
		}
		if !ok {
			continue
		}
		if i := n - k - 1; i >= 1 && w[i] == '\'' && (letterBefore(w, i) || k == 1 && (suf == "s" || suf == "S") && numberPossessive(w[:i])) {
			return k + 1 // ("Radio 4's", "2004's": a number's possessive)
		}
		if i := n - k - 3; i >= 1 && w[i:i+3] == "’" && letterBefore(w, i) {
			return k + 3
		}
	}
	return 0
}

// letterBefore reports whether the character ending at byte i of w is a
// letter ("China's", "Compaoré's").
func letterBefore(w string, i int) bool {
	if c := w[i-1]; c < utf8.RuneSelf {
		return isASCIILetter(c)
	}
	r, _ := utf8.DecodeLastRuneInString(w[:i])
	return unicode.IsLetter(r)
}

func isASCIILetter(c byte) bool { return c < utf8.RuneSelf && asciiClass[c]&(cUpper|cLower) != 0 }

var tlds = map[string]bool{
	"com": true, "org": true, "net": true, "edu": true, "gov": true, "uk": true, "io": true,
	"info": true, "biz": true, "de": true, "fr": true, "ca": true, "au": true, "nz": true,
	"in": true, "us": true, "ly": true, "tv": true, "me": true, "html": true, "htm": true,
}

// isDomain reports whether w, which holds a hyphen or a slash, looks like
// a host name with a path or hyphen (smooth-on.com, bbc.co.uk/news), which
// must not be split.
func isDomain(w string) bool {
	// A dot followed by a known top-level domain and then "/" or the end.
	for i := 0; i < len(w); i++ {
		if w[i] != '.' {
			continue
		}
		j := i + 1
		for j < len(w) && w[j] >= 'a' && w[j] <= 'z' {
			j++
		}
		if (j == len(w) || w[j] == '/' || w[j] == '.') && tlds[w[i+1:j]] {
			return true
		}
	}
	return false
}

// compound tokenises text[p:q] at hyphens and slashes (joined reports
// whether it holds any) and splits a unit from a number.
func (tz *tokenizer) compound(p, q int, joined bool) {
	t := tz.text
	w := t[p:q]
	if ks := fusedSplit(w); ks != nil {
		a := p
		for _, k := range ks {
			tz.emit(a, p+k)
			a = p + k
		}
		tz.emit(a, q)
		return
	}
	if !joined {
		tz.number(p, q)
		return
	}
	if keepDigitGroups(w) {
		tz.emit(p, q)
		return
	}
	single := strings.Count(w, "-") == 1
	if single && len(w) > 4 && (w[0]|0x20) == 'e' && (w[1]|0x20) == 'x' && w[2] == '-' && w[3] >= 'A' && w[3] <= 'Z' {
		// "ex-Labour leader", "the ex-Yukos boss": the prefix is a word
		// of its own, as "former" would be, so the name after it stands
		// alone
		tz.emit(p, p+3)
		tz.number(p+3, q)
		return
	}
	start := p    // start of the pending token
	segStart := p // start of the current segment
	for i := p; i < q; i++ {
		c := t[i]
		if c != '-' && c != '/' {
			continue
		}
		left := t[segStart:i]
		j := i + 1
		for j < q && t[j] != '-' && t[j] != '/' {
			j++
		}
		right := t[i+1 : j]
		if !keepJoined(c, left, right, single) {
			tz.number(start, i)
			tz.emit(i, i+1)
			start = i + 1
		}
		segStart = i + 1
	}
	tz.number(start, q)
}

// fusedWords maps fused forms, lower-cased, to their split points (UD
// splits them into words): "can" "not", "gon" "na", and the unambiguous
// contractions written without an apostrophe, "do" "nt".
var fusedWords = map[string][]int{
	"cannot": {3}, "gonna": {3}, "wanna": {3}, "gotta": {3}, "outta": {3},
	"dunno": {2, 3}, "alot": {1}, "dont": {2}, "didnt": {3}, "doesnt": {4},
	"isnt": {2}, "wasnt": {3}, "werent": {4}, "arent": {3}, "havent": {4},
	"hasnt": {3}, "hadnt": {3}, "couldnt": {5}, "wouldnt": {5}, "shouldnt": {6},
	"thats": {4}, "theres": {5}, "ive": {1}, "im": {1}, "youre": {3}, "theyre": {4},
}

// fusedEnds[n][f] has bit l set when a fused form of n bytes starts with
// the letter 'a'+f and ends with 'a'+l: a cheap filter before the map.
var fusedEnds = func() (t [9][26]uint32) {
	for w := range fusedWords {
		t[len(w)][w[0]-'a'] |= 1 << (w[len(w)-1] - 'a')
	}
	return t
}()

// fusedSplit returns the split points of a fused form, or nil. "Ive", "Im"
// and "IM" are left alone; only lower-case "ive", "im" split.
func fusedSplit(w string) []int {
	n := len(w)
	if n < 2 || n > 8 {
		return nil
	}
	if n <= 3 && w[0] != 'i' {
		return nil
	}
	f, l := w[0]|0x20-'a', w[n-1]|0x20-'a' // lower case, 0-25 for letters
	if f >= 26 || l >= 26 || fusedEnds[n][f]&(1<<l) == 0 {
		return nil
	}
	var buf [8]byte
	return fusedWords[string(lowerASCII(buf[:0], w))]
}

var hyphenPrefixes = map[string]bool{
	"e": true, "non": true, "re": true, "pre": true, "co": true, "anti": true, "pro": true,
	"cross": true, "mid": true, "counter": true, "semi": true, "post": true, "pan": true,
	"mini": true, "inter": true, "ex": true, "sub": true, "super": true, "vice": true,
	"mis": true, "trans": true, "de": true, "proto": true, "socio": true, "un": true,
	"multi": true, "micro": true, "macro": true, "bi": true, "tri": true,
	"intra": true, "extra": true, "ultra": true, "hyper": true, "pseudo": true,
	"quasi": true, "over": true, "mega": true, "geo": true, "cyber": true, "euro": true,
	"afro": true, "sino": true, "intro": true, "retro": true,
}

// keepJoined reports whether left and right stay joined across sep; a
// hyphen after a prefix is kept only in a word with a single hyphen.
func keepJoined(sep byte, left, right string, single bool) bool {
	if left == "" || right == "" {
		return true
	}
	if sep == '/' {
		if allDigits(left) && allDigits(right) {
			return true
		}
		return len(left) == 1 && isASCIILetter(left[0])
	}
	if len(left) > 7 || !single {
		return false
	}
	var buf [8]byte
	return hyphenPrefixes[string(lowerASCII(buf[:0], left))]
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// keepDigitGroups reports hyphenated digit groups that stay one token:
// phone and zip numbers (853-7906, 78712-1179) and three or more groups
// starting with a number (1996-08-30, 01-Feb-02).
func keepDigitGroups(w string) bool {
	if w[0] < '0' || w[0] > '9' || strings.IndexByte(w, '/') >= 0 {
		return false
	}
	i := strings.IndexByte(w, '-')
	l, r := w[:i], w[i+1:]
	if j := strings.IndexByte(r, '-'); j >= 0 {
		// 1996-08-30, 732-657-3416, 01-Feb-02 (but not 4-for-5)
		m := r[:j]
		return allDigits(l) && (allDigits(m) || len(m) == 3 && m[0] >= 'A' && m[0] <= 'Z') && allDigitsOrHyphens(r[j+1:])
	}
	return allDigits(l) && allDigits(r) && len(r) == 4 && len(l) != 4
}

func allDigitsOrHyphens(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != '-' {
			return false
		}
	}
	return true
}

var units = map[string]bool{
	"m": true, "bn": true, "b": true, "k": true, "K": true, "M": true, "B": true, "mn": true, "tn": true, "trn": true,
	"km": true, "kg": true, "mm": true, "cm": true, "g": true, "mg": true, "lb": true, "lbs": true,
	"ft": true, "mph": true, "kph": true, "kmh": true, "am": true, "pm": true, "AM": true, "PM": true,
	"GB": true, "MB": true, "TB": true, "kb": true, "KB": true, "GHz": true, "MHz": true, "Hz": true,
	"kW": true, "MW": true, "GW": true, "kWh": true, "ml": true, "l": true, "oz": true, "mi": true,
	"yd": true, "yds": true, "sec": true, "min": true, "hr": true, "hrs": true, "pc": true, "pct": true,
	"x": true, "p": true, "c": true, "in": true,
}

// number emits text[p:q], splitting a unit or multiplier from a number
// ("4.5" "bn", "10" "am").
func (tz *tokenizer) number(p, q int) {
	t := tz.text
	if p >= q {
		return
	}
	if t[p] < '0' || t[p] > '9' {
		tz.emit(p, q)
		return
	}
	i := p + 1
	for i < q && (t[i] >= '0' && t[i] <= '9' || (t[i] == '.' || t[i] == ',' || t[i] == ':') && i+1 < q && t[i+1] >= '0' && t[i+1] <= '9') {
		i++
	}
	if i < q && i+4 >= q && units[t[i:q]] {
		tz.emit(p, i)
		tz.emit(i, q)
		return
	}
	tz.emit(p, q)
}

// Abbreviation classes.
const (
	abbrNone    = iota
	abbrTitle   // precedes a name or number: never ends a sentence
	abbrOther   // ends a sentence only before a typical sentence opener
	abbrInitial // single capital letter
)

var abbreviations = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, w := range strings.Fields(`Mr Mrs Ms Dr Prof Gen Sen Rep Gov Lt Col Capt Sgt Rev Hon Adm Maj
		Cmdr Cpl Pvt Pres Supt Messrs Mme Mlle Mt Ft Brig Atty Insp Det Amb Sens Reps Gens Drs Profs
		vs v No Nos Fig Figs Vol Vols Nr Op MR MRS MS DR PROF GEN SEN REP GOV ST`) {
		m[w] = abbrTitle
	}
	for _, w := range strings.Fields(`St Sts Jr Sr Inc Corp Ltd Co Bros Cos Plc Assn Dept Univ Ave Blvd Rd Sq Hwy
		etc al approx ext vol pp div ch ibid Cal est ca cf viz eds ed
		Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
		Mon Tue Tues Wed Thu Thur Thurs Fri
		Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo
		Mont Neb Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wyo
		INC CORP LTD CO JR SR`) {
		m[w] = abbrOther
	}
	return m
}()

// abbrevClass classifies w (without its final period) as an abbreviation.
func abbrevClass(w string) uint8 {
	if len(w) == 0 || len(w) > 8 {
		if len(w) > 8 && strings.IndexByte(w, '.') > 0 && isAcronym(w) {
			return abbrOther
		}
		return abbrNone
	}
	if len(w) == 1 {
		switch c := w[0]; {
		case c >= 'A' && c <= 'Z' && c != 'I':
			return abbrInitial
		case c == 'p' || c == 'c' || c == 'b' || c == 'd' || c == 'v':
			return abbrOther // p. 12, c. 1818, b. 1961, d. 1990, v. (versus)
		}
		return abbrNone
	}
	if c, ok := abbreviations[w]; ok {
		return c
	}
	if strings.IndexByte(w, '.') > 0 && isAcronym(w) {
		return abbrOther
	}
	return abbrNone
}

// isAcronym reports whether w is letters in groups of one or two separated
// by periods (U.S, e.g, a.m, Ph.D).
func isAcronym(w string) bool {
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c == '.' {
			if n == 0 {
				return false
			}
			n = 0
			continue
		}
		if !isASCIILetter(c) {
			return false
		}
		n++
		if n > 2 {
			return false
		}
	}
	return n > 0
}

// Sentence splitting.

func (tz *tokenizer) endLine() {
	a, b := tz.line, len(tz.toks)
	tz.line = b
	if a == b {
		return
	}
	toks := tz.toks
	start := a
	for i := a; i < b; i++ {
		if i-start >= maxSentenceTokens {
			tz.addSentence(start, i)
			start = i
		}
		kind := endKind(&toks[i], i == a)
		if kind == endNone {
			continue
		}
		j := i + 1
		for j < b && j-start < maxSentenceTokens && isCloser(&toks[j]) {
			j++
		}
		if j >= b {
			break
		}
		if breakBefore(kind, &toks[j]) {
			tz.addSentence(start, j)
			start = j
		}
		i = j - 1
	}
	tz.addSentence(start, b)
}

func (tz *tokenizer) addSentence(a, b int) {
	if a < b {
		tz.sents = append(tz.sents, Sentence{Start: a, End: b})
	}
}

const (
	endNone     = iota
	endStrong   // . ! ?
	endEllipsis // ... …
	endAbbr     // abbreviation or acronym with period
)

func endKind(tok *Token, lineStart bool) int {
	t := tok.Text
	c := t[len(t)-1]
	switch {
	case c == '.' || c == '!' || c == '?':
	case strings.HasSuffix(t, "…"):
		if allRune(t, '…') {
			return endEllipsis
		}
		return endNone
	default:
		return endNone
	}
	dots, other := 0, 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '.':
			dots++
		case '!', '?':
		default:
			other++
		}
	}
	if other == 0 {
		if dots >= 2 && dots == len(t) {
			return endEllipsis
		}
		return endStrong
	}
	if c != '.' {
		return endNone
	}
	w := t[:len(t)-1]
	if lineStart && isListNumber(w) {
		return endNone
	}
	switch abbrevClass(w) {
	case abbrTitle:
		return endNone
	case abbrOther, abbrInitial:
		return endAbbr
	}
	return endNone
}

func allRune(s string, r rune) bool {
	for _, x := range s {
		if x != r {
			return false
		}
	}
	return true
}

// isCloser reports tokens that close a sentence after its final punctuation.
func isCloser(tok *Token) bool {
	switch tok.Text {
	case ")", "]", "}", "”", "’", "»", "''":
		return true
	case `"`, "'":
		return !tok.SpaceBefore
	}
	return false
}

func breakBefore(kind int, next *Token) bool {
	t := next.Text
	r, _ := utf8.DecodeRuneInString(t)
	switch kind {
	case endStrong:
		if unicode.IsLower(r) {
			return false
		}
		switch r {
		case ',', ';', ':', ')', ']', '}', '%', '.', '!', '?', '-', '–', '—':
			return false
		}
		return true
	case endEllipsis:
		return unicode.IsUpper(r) || r == '"' || r == '“'
	case endAbbr:
		return sentenceStarters[t]
	}
	return false
}

var sentenceStarters = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`The A An He She It They We I You This That These Those There Here
		But And Or So Yet Nor In On At For From By With As If When While After Before Although Though
		Because Since However Meanwhile Still Also Then Now Last Earlier Later Today Yesterday
		What Who Why How Where Which His Her Its Their Our My Your Some Many Most All Both Each
		Several Such No Not Other Another One Mr. Mrs. Ms. Dr. Officials Police Asked Under
		During Despite Instead Thus Indeed Even Only Nevertheless Moreover Furthermore Overall`) {
		m[w] = true
	}
	return m
}()

// numberPossessive: digits w before "'s" make a possessive ("Radio 4's",
// "2004's figures"), not a decade ("the 80's", "the 1990's", one token in
// UD English).
func numberPossessive(w string) bool {
	return allDigits(w) && !((len(w) == 2 || len(w) == 4) && w[len(w)-1] == '0')
}
