package extract

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/nlp"
)

// tok is one token of the document. start and end are offsets into the
// straightened copy of the text (see straighten); the document maps them
// back to the original text.
type tok struct {
	text, lower, tag string
	start, end       int
	sent             int
	head             int    // dependency head (index into doc.toks), -1 for the root
	rel              string // Universal Dependencies relation to the head
	mention          int    // index into doc.mentions, or -1
	titleOf          int    // the mention whose title this token is part of, or -1
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
	body       int // the first token after a dateline opening the sentence (t0 without one), set by findRelations
}

type doc struct {
	x        *Extractor
	orig     string
	clean    string
	off      []int32 // clean offset -> original offset; nil when identical
	toks     []tok
	words    []string // token texts, filled by texts on first use
	sents    []sent
	mentions []mention
	// sex: people -> 'm' or 'f', the gender a courtesy title or a pronoun
	// resolved to them gave them (genderFits asks it when the first
	// names do not know theirs)
	sex map[int]byte
	// mainCountryEnt is 1 + mainCountry's answer once computed (0: not yet)
	mainCountryEnt int
	// mainOrgEnt is 1 + mainOrg's answer once computed (0: not yet)
	mainOrgEnt int
	ents       []*dent
	rels       map[string]*Relation
	order      []string
	evidence   map[evidenceKey]bool // evidence recorded in rels
	notP       map[string]float64   // rels key -> product of (1 - evidence confidence)
	asserted   map[string]bool      // rels key -> its event code comes from a sentence that asserts the act
	names      []nameSpan           // names the recogniser found, in text order
	sources    []sourceLine         // the source lines of monitoring services
	nameAt     []int32              // per token: the index in names of the name starting there, or -1
	// properWords are words tagged as proper nouns inside a sentence
	properWords map[string]bool
	domain      string // "sport" or "general", set by sport()
	sportShare  int    // sport words per 1,000 words, set by sport()
	// lastForce is the last act of force asserted so far (CAMEO 18x-19x):
	// its sentence and its doer's mention, for "X, who was also killed
	// in the airstrike"; sent is -1 before the first
	lastForce struct{ sent, ment int }
	// pairs maps a token naming two states joined by a hyphen ("US-China",
	// "Saudi-Iranian") to the mention of the second; the token's own
	// mention is the first
	pairs map[int]int
	// lastDeed is the last clause so far whose subject is an actor and
	// whose verb acts (not a saying, a judging, a copula), with or without
	// a named object, for "McGurk criticized the decision"; sent is -1
	// before the first; lemma is its verb's, end the token after its
	// verb group
	lastDeed struct {
		sent, ment, end int
		lemma           string
	}
	// lastDetained is the mention of the last person asserted so far to
	// be arrested, detained, jailed or abducted (-1 before the first),
	// for "called for his release" a sentence later
	lastDetained int
	// epithets are the people a demonym stood for ("The Swede reached
	// the final"): the reference's mention and the demonym's own, which
	// says where the person is from
	epithets []epithet
	// stateBodies maps the mention of a state's institution named by a
	// common noun ("interior ministry" of "the Afghan interior ministry")
	// to the state's mention before it ("Afghan")
	stateBodies map[int]int
}

// epithet: mention ment refers to a person by a demonym; country is the
// demonym's mention, or -1 when ment replaced it and gone is the demonym's
// mention as it was; or by a side's post (post, side).
type epithet struct {
	ment, country int
	gone          mention
	// post and side: "The former Real Madrid striker" gives the person
	// the post ("former striker") of the side's mention; post is "" else
	post string
	side int
}

// nameSpan is a name the language core's recogniser found: tokens [t0, t1)
// of doc.toks and its type (nlp.EntityTypes).
type nameSpan struct {
	t0, t1 int
	typ    string
}

// straighten replaces curly quotes, dashes and non-breaking spaces with
// ASCII, the forms the rules compare against, and decodes HTML character
// references left in plain text ("Bryn F&#244;n", "AT&amp;T"). It returns
// the new text and a map from its byte offsets to those of the original, or
// nil when nothing changed.
func straighten(s string) (string, []int32) {
	changed := false
	for i := 0; i < len(s) && !changed; i++ {
		if s[i] >= 0x80 {
			changed = true
		} else if s[i] == '&' {
			_, n := charRef(s[i:]) // (a bare "&", "M&S", changes nothing)
			changed = n > 0
		}
	}
	if !changed {
		return s, nil
	}
	var b strings.Builder
	b.Grow(len(s))
	off := make([]int32, 0, len(s)+1)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		decoded := false
		if s[i] == '&' {
			if c, m := charRef(s[i:]); m > 0 {
				r, n, decoded = c, m, true
			}
		}
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
		default:
			if !decoded {
				b.WriteString(s[i : i+n])
				for k := 0; k < n; k++ {
					off = append(off, int32(i+k))
				}
				i += n
				continue
			}
			rep = string(r)
		}
		b.WriteString(rep)
		for k := 0; k < len(rep); k++ {
			off = append(off, int32(i))
		}
		i += n
	}
	off = append(off, int32(len(s)))
	return b.String(), off
}

// charRef decodes the HTML character reference s opens with ("&#244;",
// "&#xF4;", "&amp;", "&quot;", "&nbsp;"): the character and the
// reference's length, or 0.
func charRef(s string) (rune, int) {
	end := strings.IndexByte(s, ';')
	if end < 3 || end > 9 {
		return 0, 0
	}
	body := s[1:end]
	switch body {
	case "amp":
		return '&', end + 1
	case "quot":
		return '"', end + 1
	case "apos":
		return '\'', end + 1
	case "nbsp":
		return '\u00a0', end + 1
	}
	if body[0] != '#' {
		return 0, 0
	}
	base, digits := 10, body[1:]
	if digits != "" && (digits[0] == 'x' || digits[0] == 'X') {
		base, digits = 16, digits[1:]
	}
	v, err := strconv.ParseUint(digits, base, 32)
	if err != nil || v < 0x20 || v > unicode.MaxRune || !utf8.ValidRune(rune(v)) {
		return 0, 0
	}
	return rune(v), end + 1
}

// origOff maps an offset in the clean text to the original text.
func (d *doc) origOff(i int) int {
	if d.off == nil {
		return i
	}
	return int(d.off[i])
}

// origEnd maps an exclusive end offset: the end of the original text that
// produced clean[i-1] (a rune, or a character reference: "Pap&#233;").
func (d *doc) origEnd(i int) int {
	if d.off == nil || i == 0 {
		return i
	}
	s := d.off[i-1]
	for k := i; k < len(d.off); k++ {
		if d.off[k] != s {
			return int(d.off[k])
		}
	}
	return len(d.orig)
}

// analyse reads text with the language core. The core tags and recognises
// the whole text in one pass and parses sentence by sentence; ctx is
// checked before each parse (a done ctx skips the remaining parses) and
// between the sentences added to the document.
func (x *Extractor) analyse(ctx context.Context, text string) (*doc, error) {
	clean, off := straighten(text)
	d := &doc{x: x, orig: text, clean: clean, off: off, rels: map[string]*Relation{},
		evidence: map[evidenceKey]bool{}, notP: map[string]float64{}, asserted: map[string]bool{}}
	d.lastForce.sent, d.lastDeed.sent, d.lastDetained = -1, -1, -1
	parses := newParseCache()
	sents := x.nlp.AnnotateSelect(clean, func(s *nlp.Sentence) nlp.Depth {
		if ctx.Err() != nil {
			return nlp.NoParse
		}
		depth := x.parseDepth(s)
		if depth != nlp.NoParse && !parses.needs(s) {
			return nlp.NoParse
		}
		return depth
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	parses.fill(sents)
	n := 0
	for i := range sents {
		n += len(sents[i].Tokens)
	}
	d.toks = make([]tok, 0, n)
	d.sents = make([]sent, 0, len(sents))
	lineStart, lineEnd, headline := -1, -1, false
	for i := range sents {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		s := &sents[i]
		if s.Start >= lineEnd {
			lineStart = strings.LastIndexByte(clean[:s.Start], '\n') + 1
			lineEnd = len(clean)
			if nl := strings.IndexByte(clean[s.Start:], '\n'); nl >= 0 {
				lineEnd = s.Start + nl
			}
			headline = isHeadline(clean[lineStart:lineEnd])
		}
		d.addSentence(s, headline)
	}
	d.possessiveNames()
	d.nameAt = make([]int32, len(d.toks))
	for i := range d.nameAt {
		d.nameAt[i] = -1
	}
	for i := len(d.names) - 1; i >= 0; i-- {
		d.nameAt[d.names[i].t0] = int32(i) // the first name starting there
	}
	// words tagged as names inside sentences: a sentence-initial word the
	// tagger read as a common noun ("Madness singer X") is a name there too
	d.properWords = map[string]bool{}
	for si := range d.sents {
		s := &d.sents[si]
		for i := s.t0 + 1; i < s.t1; i++ {
			if t := &d.toks[i]; isProperTag(t.tag) && isCapital(t.text) && !s.headline {
				d.properWords[t.text] = true
			}
		}
	}
	return d, nil
}

// parseDepth says how deep the rules need a sentence's parse: only
// sentences with two or more possible arguments (names the recogniser or
// the gazetteer finds, pronouns) can give a relation the parse decides.
// The parsers of the ensemble all run only where the first was unsure how
// a name attaches (nlp.NamesParse), and a sentence with fewer than two
// names gets the first parser alone.
func (x *Extractor) parseDepth(s *nlp.Sentence) nlp.Depth {
	names, pronouns := 0, 0
	var texts []string
	for i := 0; i < len(s.Tokens); i++ {
		t := &s.Tokens[i]
		switch {
		case strings.HasPrefix(t.Ent, "B-") || strings.HasPrefix(t.Ent, "U-"):
			names++
		case t.Ent == "O" && isCapital(t.Text) && x.gaz != nil:
			// a name the recogniser missed and the gazetteer knows
			// ("Siemens and Volkswagen have been negotiating")
			if texts == nil {
				texts = make([]string, len(s.Tokens))
				for k := range s.Tokens {
					texts[k] = s.Tokens[k].Text
				}
			}
			if m, ok := x.gaz.Lookup(texts, i); ok {
				names++
				i += m.N - 1
			}
		case argPronouns[strings.ToLower(t.Text)]:
			pronouns++
		}
		if names >= 2 {
			return nlp.NamesParse
		}
	}
	if names+pronouns >= 2 {
		return nlp.QuickParse
	}
	return nlp.NoParse
}

// parseCache parses each distinct sentence once. The parser reads only the
// words (Token.Norm, else Text) and tags of a sentence, so a sentence with
// the same words and tags as one parsed before gets the same parse: it is
// copied instead of computed (boilerplate lines, and documents of repeated
// paragraphs, which would otherwise cost a parse per copy).
type parseCache struct {
	first map[string]int // key -> Start of the first sentence with it
	dupOf map[int]int    // Start of a sentence not parsed -> Start of the one to copy
}

func newParseCache() *parseCache {
	return &parseCache{first: map[string]int{}, dupOf: map[int]int{}}
}

// needs reports whether s must be parsed: false when a sentence with the
// same key was parsed before.
func (c *parseCache) needs(s *nlp.Sentence) bool {
	var b strings.Builder
	for i := range s.Tokens {
		t := &s.Tokens[i]
		if t.Norm != "" {
			b.WriteString(t.Norm)
		} else {
			b.WriteString(t.Text)
		}
		b.WriteByte(0)
		b.WriteString(t.Tag)
		b.WriteByte(1)
	}
	k := b.String()
	if src, ok := c.first[k]; ok {
		c.dupOf[s.Start] = src
		return false
	}
	c.first[k] = s.Start
	return true
}

// fill copies the parses of the sentences needs skipped.
func (c *parseCache) fill(sents []nlp.Sentence) {
	if len(c.dupOf) == 0 {
		return
	}
	byStart := make(map[int]int, len(c.first))
	for _, start := range c.first {
		byStart[start] = -1
	}
	for i := range sents {
		s := &sents[i]
		if _, ok := byStart[s.Start]; ok {
			byStart[s.Start] = i
			continue
		}
		src, ok := c.dupOf[s.Start]
		if !ok {
			continue
		}
		from := sents[byStart[src]].Tokens
		for j := range s.Tokens {
			s.Tokens[j].Head, s.Tokens[j].Rel = from[j].Head, from[j].Rel
		}
	}
}

// argPronouns can stand for an argument of a relation.
var argPronouns = set("he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "we", "us", "our")

// addSentence appends a sentence of the language core to the document. The
// rules see hyphenated words whole ("Jong-un", "state-owned"; not
// "Chicago-based", whose place stays a word of its own); each token
// keeps its dependency head and relation (mapped onto the joined tokens) and
// the recogniser's names become spans over them.
func (d *doc) addSentence(s *nlp.Sentence, headline bool) {
	text := d.clean[s.Start:s.End]
	furniture := isFurniture(text)
	ss := sent{start: s.Start, end: s.End, t0: len(d.toks), headline: headline, furniture: furniture, speaker: -1}
	ts := s.Tokens
	joined := make([]int, len(ts)) // language-core token -> index in d.toks
	depth := 0
	for i := 0; i < len(ts); {
		j := compoundEnd(ts, i)
		t := tok{text: ts[i].Norm, tag: ts[i].Tag, start: ts[i].Start, end: ts[j-1].End,
			sent: len(d.sents), mention: -1, titleOf: -1, head: -1}
		if j > i+1 {
			t.text, t.tag = normJoin(ts[i:j]), joinedTag(ts[i:j])
		}
		if t.text == "'" && t.tag == "POS" && j < len(ts) && !isCapital(ts[j].Text) {
			// "Yukos' founder": a possessive like any other (not inside a
			// name: "the Workers' Educational Association")
			t.text = "'s"
		}
		t.lower = strings.ToLower(t.text)
		for k := i; k < j; k++ {
			joined[k] = len(d.toks)
		}
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
		d.toks = append(d.toks, t)
		i = j
	}
	// heads and relations: a joined word takes those of its piece whose
	// head lies outside it
	for i := range ts {
		ti := joined[i]
		h := ts[i].Head
		if h >= 0 && joined[h] == ti {
			continue
		}
		t := &d.toks[ti]
		if h < 0 {
			t.head = -1
		} else {
			t.head = joined[h]
		}
		t.rel = ts[i].Rel
	}
	for _, sp := range nlp.Spans(ts) {
		start := sp.Start
		for k := sp.Start; k+2 < sp.End; k++ {
			if ts[k+1].Text == "-" && slices.Contains(compoundSuffixes, "-"+strings.ToLower(ts[k+2].Text)) {
				// "the Geneva-based World Health Organization" read as one
				// name: the name after the compound, the place left to the
				// rules
				sp.Start = k + 3
			}
		}
		if sp.Start >= sp.End || sp.Start != start && (!isCapital(ts[sp.Start].Text) || sp.End-sp.Start == 1 && orgHeads[strings.ToLower(ts[sp.Start].Text)]) {
			continue // ("the Frankfurt-based exchange", "the Brazilian-supported Initiative for ...": no whole name after the compound)
		}
		if c := placeComma(ts, sp); c > 0 {
			// "of Digby, Nova Scotia" read as one place: a town and the
			// region it lies in, two names
			d.names = append(d.names, nameSpan{t0: joined[sp.Start], t1: joined[c-1] + 1, typ: sp.Type}, nameSpan{t0: joined[c+1], t1: joined[sp.End-1] + 1, typ: sp.Type})
			continue
		}
		d.names = append(d.names, nameSpan{t0: joined[sp.Start], t1: joined[sp.End-1] + 1, typ: sp.Type})
	}
	ss.t1 = len(d.toks)
	d.verbless(&ss)
	for i := ss.t0; i+1 < ss.t1; i++ {
		// "Chicago-based": an adjective, not a verb
		if t := &d.toks[i+1]; (basedWords[t.lower] || t.lower == "born") && d.toks[i].text == "-" {
			t.tag = "JJ" // (and "Glasgow-born")
		}
		// "against the YPG": an acronym in running text is a name
		if t := &d.toks[i]; (t.tag == "NN" || t.tag == "NNS" || t.tag == "JJ") && isAcronymWord(t.text) && !headline && len(t.text) <= 5 {
			t.tag = "NNP"
		}
		// "Rochus beat Kiefer": a base form right after its subject is a
		// finite verb (a bare infinitive needs a modal or "to" first)
		if t := &d.toks[i]; t.tag == "VB" && i > ss.t0 && (isProperTag(d.toks[i-1].tag) || d.toks[i-1].tag == "PRP" && d.toks[i-1].lower != "it" && d.toks[i-1].lower != "them") {
			t.tag = "VBP"
		}
		// "Arsenal play Bayern Munich", "Wales host Italy": a name opening
		// the sentence, a fixture's verb the tagger read as a noun, a name
		if t := &d.toks[i]; i == ss.t0+1 && i+1 < ss.t1 && (t.tag == "NN" || t.tag == "NNS") && fixtureVerbs[t.lower] && isCapital(d.toks[i-1].text) && isCapital(d.toks[i+1].text) && d.nameEndsAt(ss.t0, i-1, i) && d.nameEndsAt(ss.t0, i+1, -1) {
			d.toks[i-1].tag, t.tag = "NNP", "VBP"
		}
		// "Olivier Rochus beat": a capitalised first word before a name is
		// part of it, whatever its suffix suggests
		if t := &d.toks[i]; i == ss.t0 && isCapital(t.text) && (t.tag == "JJR" || t.tag == "JJS" || t.tag == "RBR" || t.tag == "RBS") && isProperTag(d.toks[i+1].tag) {
			t.tag = "NNP"
		}
		// "Secretary of State Rex Tillerson said": a capitalised title
		// before a name is part of a proper-noun run
		if t := &d.toks[i]; (t.tag == "NN" || t.tag == "NNS" || t.tag == "JJ") && isCapital(t.text) && (d.isTitleWord(t.lower) || orgHeads[t.lower]) {
			n := &d.toks[i+1]
			if isCapital(n.text) || (n.lower == "of" || n.lower == "for") && i+2 < ss.t1 && isCapital(d.toks[i+2].text) ||
				n.lower == "of" && i+3 < ss.t1 && d.toks[i+2].lower == "the" && isCapital(d.toks[i+3].text) && d.isTitleWord(t.lower) {
				t.tag = "NNP"
			}
		}
		// "replaced the injured Sutton": a participle after a determiner,
		// before a name or hung on the next word as its modifier, is an
		// adjective; so after a number ("arrested 15 suspected members")
		if t := &d.toks[i]; (t.tag == "VBN" || t.tag == "VBD") && i > ss.t0 && (d.toks[i-1].tag == "DT" && (t.rel == "amod" && t.head == i+1 || isProperTag(d.toks[i+1].tag)) || d.toks[i-1].tag == "CD" && t.rel == "amod" && t.head == i+1 ||
			d.toks[i-1].tag == "IN" && t.rel == "amod" && (titleMods[d.toks[i+1].lower] || d.isTitleWord(d.toks[i+1].lower))) {
			// ("founded by assassinated former prime minister X": before a title)
			t.tag = "JJ"
		}
		// "drawings and engineering details of X": a gerund between a
		// determiner, adjective or conjunction and a noun with "of" is
		// the noun's modifier, not a verb
		if t := &d.toks[i]; t.tag == "VBG" && i > ss.t0 && i+2 < ss.t1 && isNoun(d.toks[i+1].tag) && !isProperTag(d.toks[i+1].tag) && d.toks[i+2].lower == "of" {
			if p := d.toks[i-1].tag; p == "CC" || p == "DT" || p == "JJ" || p == "PRP$" || p == "POS" || p == "," {
				t.tag = "JJ"
			}
		}
		// "launched an offensive against X": an adjective after an article
		// and before a preposition is the noun
		if t := &d.toks[i]; t.tag == "JJ" && i > ss.t0 && isLowerWord(t.text) && (d.toks[i-1].lower == "an" || d.toks[i-1].lower == "a" || d.toks[i-1].lower == "the") && d.toks[i+1].tag == "IN" && d.eventNoun(t.lower) {
			t.tag = "NN"
		}
		// "sporting director", "opposing skipper": a title, not a verb
		if t := &d.toks[i]; isVerb(t.tag) && (titleMods[t.lower] || t.tag == "VBG") && (titleHeads[d.toks[i+1].lower] || titleMods[t.lower] && titleMods[d.toks[i+1].lower] && i+2 < ss.t1 && titleHeads[d.toks[i+2].lower]) {
			t.tag = "JJ"
		}
		// "received pushback from": a long word no dictionary knows,
		// between a verb and a preposition, is its object, not an
		// adverb (unless it ends in -ly)
		if t := &d.toks[i]; t.tag == "RB" && !strings.HasSuffix(t.lower, "ly") && len(t.lower) >= 6 && isLowerWord(t.text) && !d.x.lem.InDict(t.lower) && i > ss.t0 && isVerb(d.toks[i-1].tag) && d.toks[i+1].tag == "IN" {
			t.tag = "NN"
		}
		// "Tillerson set off for Beijing": only a verb takes a particle
		if t := &d.toks[i]; (t.tag == "NN" || t.tag == "NNS") && d.toks[i+1].tag == "RP" && isLowerWord(t.text) {
			t.tag = "VBP"
			if i > ss.t0 && (isProperTag(d.toks[i-1].tag) || d.toks[i-1].tag == "PRP") {
				t.tag = "VBD"
			}
		}
		// "take over the chairmanship", "set up a fund": a particle
		// before the object, not a preposition (verbs of motion aside:
		// "jumped over the fence")
		if t := &d.toks[i]; t.tag == "IN" && i > ss.t0 && i+2 < ss.t1 && phrasalParticles[t.lower] && isVerb(d.toks[i-1].tag) && !motionVerbs[d.lemma(&d.toks[i-1])] {
			if n := d.toks[i+1].tag; n == "DT" || n == "PRP$" || n == "CD" {
				t.tag = "RP"
			}
		}
		// "will take on Johansson": a preposition the parser attached
		// to the verb as a particle
		if t := &d.toks[i]; t.tag == "IN" && t.rel == "compound:prt" && t.head == i-1 {
			t.tag = "RP"
		}
		// "Wales coach Mike Ruddock": a title between two names, not a verb
		if t := &d.toks[i]; isVerb(t.tag) && titleNotVerb[t.lower] && i > ss.t0 && isProperTag(d.toks[i-1].tag) {
			// ("Factory Workers Union secretary general Billy Macaefa":
			// title words may follow)
			n := i + 1
			for n+1 < ss.t1 && d.isTitleWord(d.toks[n].lower) && isLowerWord(d.toks[n].text) {
				n++
			}
			if isCapital(d.toks[n].text) && isProperTag(d.toks[n].tag) {
				t.tag = "NN"
			}
		}
		// "The United States today imposed sanctions": a past form after a
		// name and a time adverb is the verb, not an adjective
		if t := &d.toks[i]; (t.tag == "JJ" || t.tag == "VBN") && i-2 >= ss.t0 && timeAdverbs[d.toks[i-1].lower] && (isProperTag(d.toks[i-2].tag) || d.toks[i-2].tag == "PRP") && (irregularParticiples[t.lower] || strings.HasSuffix(t.lower, "ed")) {
			t.tag = "VBD"
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
		if t := &d.toks[i]; (t.tag == "VBN" || t.tag == "VBD") && i > ss.t0 && !sayVerbs[d.lemma(t)] {
			// (not "X, Lloyd's chief executive/JJ said.": a saying)
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

// verbless repairs a sentence the tagger left without a verb: a lower-case
// noun between a name and a name, a determiner or a number is the verb
// ("Ruby shot Oswald", "Trump fires Comey", "Renault owns 43% of Nissan").
func (d *doc) verbless(ss *sent) {
	for i := ss.t0; i < ss.t1; i++ {
		if isVerb(d.toks[i].tag) || d.toks[i].tag == "MD" {
			return
		}
	}
	for i := ss.t0 + 1; i+1 < ss.t1; i++ {
		t, p, n := &d.toks[i], &d.toks[i-1], &d.toks[i+1]
		if (t.tag == "NN" || t.tag == "NNS") && isLowerWord(t.text) && (isProperTag(p.tag) || p.tag == "PRP") && (isProperTag(n.tag) || n.tag == "DT" || n.tag == "PRP$" || n.tag == "CD") {
			plural := t.tag == "NNS" || strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss")
			t.tag = "VBD"
			if plural {
				t.tag = "VBZ"
			}
			return
		}
	}
}

// isLowerWord reports whether w is made of lower-case ASCII letters.
func isLowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// isLowerCompound reports whether w is a lower-case word or lower-case
// words joined by hyphens ("second-largest", "state-owned").
func isLowerCompound(w string) bool {
	for p := range strings.SplitSeq(w, "-") {
		if !isLowerWord(p) {
			return false
		}
	}
	return true
}

// joinedTag is the tag of a hyphenated word: that of its last piece, except
// that a participle or verb there makes an adjective ("China-based",
// "state-owned"), a particle a noun ("start-up") and a capitalised word a
// proper noun ("Jong-un").
func joinedTag(ts []nlp.Token) string {
	last := ts[len(ts)-1]
	switch {
	case isCurrency(ts[0].Text):
		return "CD"
	case isVerb(last.Tag):
		return "JJ"
	case (last.Tag == "RP" || last.Tag == "IN") && len(ts) == 3 && !isCapital(ts[0].Text):
		return "NN" // "start-up", "spin-off", "shake-up": a noun whose last piece is a particle
	case strings.EqualFold(last.Text, "back") && len(ts) == 3 && !isCapital(ts[0].Text):
		return "NN" // "full-back", "left-back", "fight-back": a player or a rally, not an adverb
	case isCapital(ts[0].Text) && (last.Tag == "NNP" || ts[0].Tag == "NNP" || isCapital(last.Text)):
		return "NNP"
	}
	return last.Tag
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
	// a short line is furniture ("Share", "Image caption"), unless it is a
	// sentence: "Ruby shot Oswald."
	f := strings.Fields(line)
	if len(f) >= 4 {
		return false
	}
	last := strings.TrimRight(line, " \"'")
	return len(f) < 3 || !strings.HasSuffix(last, ".") && !strings.HasSuffix(last, "!") && !strings.HasSuffix(last, "?")
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

// isProperTag reports whether tag is a proper noun's, singular (NNP) or
// plural (NNPS: "the Houthis").
func isProperTag(tag string) bool { return tag == "NNP" || tag == "NNPS" }

func isNoun(tag string) bool { return len(tag) >= 2 && tag[0] == 'N' && tag[1] == 'N' }

func isCapital(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func (d *doc) lemma(t *tok) string {
	w := t.lower
	if v := shareParticiple(w); v != "" && t.tag == "VBN" {
		w = v // "46%-owned by": own
	}
	if isVerb(t.tag) || t.tag == "MD" {
		switch w {
		case "'s":
			return "be"
		case "left":
			return "leave"
		case "shot":
			return "shoot" // golem knows "shot" only as a noun
		case "slew":
			return "slay"
		case "found":
			return "find" // "founded" is the past of "found"
		case "broke":
			return "break" // golem reads these as adjectives or nouns
		case "fell":
			return "fall"
		case "felt":
			return "feel"
		case "rose":
			return "rise"
		case "bore":
			return "bear"
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
	if i := strings.LastIndexByte(w, '-'); l == w && isVerb(t.tag) && i > 0 && i+1 < len(w) {
		rest := *t
		rest.lower = w[i+1:]
		return w[:i+1] + d.lemma(&rest) // "co-founded": co-found
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

// possessiveNames drops the possessive and the final punctuation the
// recogniser took into a name
// ("Borussia Dortmund's largest investor", "Deutsche's chairman"), unless
// the document uses the form with "'s" as a name: before a verb, a
// punctuation mark or "and" ("McDonald's announced", "Foster's and
// Southcorp").
func (d *doc) possessiveNames() {
	var named map[string]bool
	ends := func(n nameSpan) bool {
		return n.t1-1 > n.t0 && (d.toks[n.t1-1].text == "'s" || d.toks[n.t1-1].text == "'")
	}
	for _, n := range d.names {
		if !ends(n) {
			continue
		}
		if n.t1 >= len(d.toks) || d.toks[n.t1].sent != d.toks[n.t0].sent {
			continue // (the sentence's end)
		}
		if nt := &d.toks[n.t1]; isVerb(nt.tag) || nt.tag == "MD" || nt.tag == "CC" || nt.tag == "," || nt.tag == "." || nt.tag == ":" {
			if named == nil {
				named = map[string]bool{}
			}
			named[d.clean[d.toks[n.t0].start:d.toks[n.t1-1].end]] = true
		}
	}
	for i := range d.names {
		n := &d.names[i]
		if ends(*n) && !named[d.clean[d.toks[n.t0].start:d.toks[n.t1-1].end]] {
			n.t1--
		}
		for n.t1-1 > n.t0 && isPunct(d.toks[n.t1-1].text) {
			n.t1-- // "a win over Aberdeen.": the full stop is no part of the name
		}
	}
}

// isPunct: w is punctuation only (".", ",", ")"), but not an exclamation
// mark that ends a name ("Yahoo!", "Kerrang!").
func isPunct(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '!' {
			return false
		}
	}
	return w != ""
}

// shareParticiple returns the participle of a compound that says how much
// of a company someone holds ("46%-owned", "majority-owned",
// "wholly-owned", "state-controlled"), or "".
func shareParticiple(w string) string {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 {
		return ""
	}
	pre, v := w[:i], w[i+1:]
	if !shareVerbs[v] {
		return ""
	}
	switch {
	case shareAmounts[pre], strings.HasSuffix(pre, "%") && isNumber(strings.TrimSuffix(pre, "%")):
		return v
	}
	return ""
}

// shareVerbs are the participles of shareParticiple.
var shareVerbs = set("owned", "controlled", "backed", "funded", "run")

// shareAmounts say how much of a company a holder owns.
var shareAmounts = set("majority", "minority", "wholly", "partly", "jointly", "part", "fully", "half", "privately")

// eventNoun reports whether the CAMEO tables type word w as an event noun
// ("offensive", "visit").
func (d *doc) eventNoun(w string) bool {
	_, ok := d.x.events.Noun(w)
	return ok
}

// placeComma returns the token of the one comma inside the recogniser's
// place name sp with a capitalised word on each side ("Digby, Nova
// Scotia"), or -1.
func placeComma(ts []nlp.Token, sp nlp.Span) int {
	if sp.Type != "LOC" && sp.Type != "GPE" {
		return -1
	}
	c := -1
	for k := sp.Start + 1; k+1 < sp.End; k++ {
		if ts[k].Text == "," {
			if c >= 0 {
				return -1
			}
			c = k
		}
	}
	if c < 0 || !isCapital(ts[c-1].Text) || !isCapital(ts[c+1].Text) {
		return -1
	}
	return c
}

// fixtureVerbs name a match between two sides in the present ("Arsenal
// play Bayern Munich", "Wales host Italy").
var fixtureVerbs = set("play", "face", "host", "meet", "entertain", "visit", "welcome", "beat", "lead", "trail")

// nameEndsAt reports whether the recogniser found a name of the sentence
// starting at token t0 that starts at token a and ends before token e (-1:
// anywhere).
func (d *doc) nameEndsAt(t0, a, e int) bool {
	for k := len(d.names) - 1; k >= 0 && d.names[k].t0 >= t0; k-- {
		if d.names[k].t0 == a && (e < 0 || d.names[k].t1 == e) {
			return true
		}
	}
	return false
}
