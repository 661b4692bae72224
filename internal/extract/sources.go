package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/extract/gazetteer"
)

// Source lines: monitoring services (FBIS, BBC Monitoring) cite the outlet a
// report comes from after a reference code, as its city and its name, then
// the language, the time and the date:
//
//	OW1102132994 Beijing XINHUA in English 1313 GMT 11 Feb 94
//	Moscow ITAR-TASS
//
// The city is where the outlet is based.

// sourceLine is a source line found in sentence sent: the mentions of its
// place and its outlet.
type sourceLine struct {
	sent, place, outlet int
}

// sourceSpan finds a source line in sentence si: the token where its
// reference code or, without one, its place starts (the name chunker stops
// there), the place's gazetteer match and the outlet's tokens [o0, o1).
// ok is false when the sentence holds none.
func (d *doc) sourceSpan(si int) (cut int, place gazetteer.Match, o0, o1 int, ok bool) {
	s := &d.sents[si]
	p, cut := s.t0, s.t0
	code := false
	for i := s.t0; i < s.t1; i++ {
		if referenceCode(d.toks[i].text) {
			p, cut, code = i+1, i, true
			break
		}
	}
	if !code && !d.lineStartsAt(s.t0) {
		return 0, place, 0, 0, false // without a code the line opens with the place
	}
	words := d.texts(s)
	gm, found := d.x.gaz.Lookup(words, p-s.t0)
	if !found || gm.Kind != gazetteer.KindName || !placeEntry(gm.Entry) {
		return 0, place, 0, 0, false
	}
	o0 = p + gm.N
	o1 = o0
	caps, media := true, false
	for o1 < s.t1 && o1 < o0+6 {
		t := &d.toks[o1]
		if isCapital(t.text) && !(t.tag == "CD" || isDigitWord(t.text)) {
			caps = caps && upperWord(t.text)
			media = media || mediaWords[t.lower]
			o1++
			continue
		}
		if o1 > o0 && o1+1 < s.t1 && (t.lower == "de" || t.lower == "of" || t.text == "-") && isCapital(d.toks[o1+1].text) {
			o1++ // "O ESTADO DE SAO PAULO" in title case, "Radio Bosnia-Herzegovina"
			continue
		}
		break
	}
	if o1 == o0 {
		return 0, place, 0, 0, false
	}
	// what follows the outlet: nothing, the language, a bracket, or the
	// time and date
	language := false
	if o1 < s.t1 {
		t := &d.toks[o1]
		switch {
		case t.lower == "in" && o1+1 < s.t1 && d.languageAt(o1+1):
			language = true
		case code && (t.text == "(" || t.tag == "CD" || isDigitWord(t.text) || t.text == "--" || t.text == "-"):
		case t.text == "(" && d.toks[s.t1-1].text == ")": // "Beijing CHINA DAILY (SCIENCE MEDICINE)"
		default:
			return 0, place, 0, 0, false // "Manchester United 2 Arsenal 1": a result
		}
	}
	if !(code || language || caps && !upperWord(d.toks[p].text) || media) {
		return 0, place, 0, 0, false // "Paris Hilton": a line that names a person; "ROME TOP SCORERS": a headline
	}
	return cut, gm, o0, o1, true
}

// referenceCode: a monitoring service's reference code ("OW1102132994",
// "94WD0125D", "944E0738B", "40101006B").
func referenceCode(w string) bool {
	if len(w) == 12 && isUpperByte(w[0]) && isUpperByte(w[1]) && isDigitWord(w[2:]) {
		return true
	}
	if len(w) != 9 || !isUpperByte(w[8]) || !isDigitWord(w[4:8]) || !isDigitWord(w[:2]) {
		return false
	}
	for i := 2; i < 4; i++ {
		if !isUpperByte(w[i]) && !(w[i] >= '0' && w[i] <= '9') {
			return false
		}
	}
	return true
}

func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }

// upperWord: w has no lower-case letter ("ITAR-TASS", "IZVESTIYA").
func upperWord(w string) bool { return strings.ToUpper(w) == w }

// isDigitWord: a word of ASCII digits only.
func isDigitWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// mediaWords name a broadcaster or an agency.
var mediaWords = set("radio", "television", "tv", "network", "service", "agency", "news", "press", "broadcasting", "channel")

// sourceMentions finds the names of sentence si when it holds a source
// line, and reports whether it did: the names of the headline before the
// code as in any sentence, then the place and the outlet.
func (d *doc) sourceMentions(si int) bool {
	cut, place, o0, o1, ok := d.sourceSpan(si)
	if !ok {
		return false
	}
	s := &d.sents[si]
	if cut > s.t0 {
		end := s.t1
		s.t1 = cut // the chunker reads no further than the code
		d.sentMentions(si)
		s.t1 = end
	}
	p0 := o0 - place.N
	pm := d.addMention(si, p0, o0, place.Entry.Type, place.Entry, false)
	om := d.addMention(si, o0, o1, TypeOrg, d.orgSpanEntry(s, o0, o1), false) // "AFP": Agence France-Presse
	if pm >= 0 && om >= 0 {
		d.sources = append(d.sources, sourceLine{sent: si, place: pm, outlet: om})
	}
	return true
}

// sourceRelations: the outlet of a source line is based in its place.
func (d *doc) sourceRelations(si int) {
	for _, sl := range d.sources {
		if sl.sent == si {
			d.add(si, argument{ment: sl.outlet}, "based in", argument{ment: sl.place}, nil, nil, confApposit, false)
		}
	}
}

// sourcePlace: mention m is the place of a source line.
func (d *doc) sourcePlace(m *mention) bool {
	for _, sl := range d.sources {
		if &d.mentions[sl.place] == m {
			return true
		}
	}
	return false
}

// languageAt: token i names a language ("in Russian", "in Serbo-Croatian",
// "in Russia" as FBIS sometimes wrote it).
func (d *doc) languageAt(i int) bool {
	t := &d.toks[i]
	if !isCapital(t.text) {
		return false
	}
	if languages[t.lower] {
		return true
	}
	gm, ok := d.x.gaz.Lookup(d.texts(&d.sents[t.sent]), i-d.sents[t.sent].t0)
	return ok && gm.N == 1 && (gm.Kind == gazetteer.KindDemonym || gm.Entry.Type == TypeGPE)
}

// languages no demonym names.
var languages = set("english", "serbo-croatian", "arabic", "persian", "farsi", "hindi", "urdu", "swahili", "hebrew", "pashto", "dari", "tagalog", "bengali", "tamil", "hausa", "amharic", "kurdish", "uzbek")
