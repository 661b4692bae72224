package extract

import (
	"context"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/internal/extract/gazetteer"
)

// mention is one place an entity is named: tokens [t0, t1).
type mention struct {
	t0, t1   int
	ent      int
	sent     int
	typ      string
	modifier bool   // a demonym used as an adjective ("Chinese banks"): not an argument
	pronoun  bool   // resolved pronoun ("he") or description ("the ministry"): not a name
	kind     string // Mention kind; "" for a name
	title    string // lower-case title before the name ("vice premier")
	title0   int    // first token of the title, or t0
	titleAff int    // mention of the country/organisation before the title, or -1
	titleTo  int    // entity after "to"/"of" inside the title ("ambassador to China"), or -1
	honor    bool   // preceded by an honorific
	// compound: the place or body before a compound's suffix
	// ("Iranian-backed", "UN-led"): an argument of backers only
	compound bool
	gaz      *gazetteer.Entry
}

// dent is an entity of the document.
type dent struct {
	typ     string
	name    string
	gaz     *gazetteer.Entry
	aliases map[string]bool
	words   []string // lower-case name words (people)
	ments   []int
	acronym string
	// capitalOf: a capital named as the city ("an airport in Tripoli"), the
	// country it is the capital of
	capitalOf *gazetteer.Entry
}

func (d *doc) findMentions(ctx context.Context) error {
	d.addStatePairs()
	for si := range d.sents {
		if err := ctx.Err(); err != nil {
			return err
		}
		if !d.sourceMentions(si) {
			d.sentMentions(si)
		}
	}
	d.addRecognised()
	d.stateInstitutions()
	d.datelinePlaces()
	d.addCompoundBackers()
	d.splitCompanyPlaces()
	d.splitPartyNames()
	d.numberedStations()
	d.namesBeforeAcronyms()
	d.sharedShortNames()
	d.sharedDemonyms()
	return nil
}

// sharedDemonyms: a demonym two states share ("Congolese": the Congo and
// the DR Congo) names the one of them the document names, if only one.
func (d *doc) sharedDemonyms() {
	for si := range d.sents {
		s := &d.sents[si]
		var words []string
		for i := s.t0; i < s.t1; i++ {
			if d.toks[i].mention >= 0 || !isCapital(d.toks[i].text) {
				continue
			}
			if words == nil {
				words = d.texts(s)
			}
			n, shared := d.x.gaz.SharedDemonym(words, i-s.t0)
			if n == 0 {
				continue
			}
			if e := d.oneNamedOf(shared); e != nil {
				i += d.addDemonym(si, i, gazetteer.Match{Entry: e, N: n, Kind: gazetteer.KindDemonym}) - 1
			}
		}
	}
}

// oneNamedOf returns the one entry of entries the document names by name,
// or nil.
func (d *doc) oneNamedOf(entries []*gazetteer.Entry) *gazetteer.Entry {
	var found *gazetteer.Entry
	for _, e := range entries {
		if d.namedByName(e) {
			if found != nil {
				return nil
			}
			found = e
		}
	}
	return found
}

// namedByName: a mention names gazetteer entry e by its name or an alias
// (not a demonym, not a pronoun).
func (d *doc) namedByName(e *gazetteer.Entry) bool {
	for mi := range d.mentions {
		if m := &d.mentions[mi]; m.gaz == e && m.kind == "" && !m.pronoun {
			return true
		}
	}
	return false
}

// sharedShortNames: a short name two states share stands for the one the
// document names in full ("Congo" in a story that names the Democratic
// Republic of Congo, whose government it then is; elsewhere the Republic
// of the Congo, as the gazetteer has it).
func (d *doc) sharedShortNames() {
	for short, full := range sharedShorts {
		fe, ok := d.x.gaz.Entry(TypeGPE, full)
		if !ok || !d.namedByName(fe) {
			continue
		}
		for mi := range d.mentions {
			if m := &d.mentions[mi]; m.gaz != nil && m.gaz.Name == short && m.gaz.Type == TypeGPE && m.t1-m.t0 == 1 && d.toks[m.t0].text == short {
				m.gaz = fe
			}
		}
	}
}

// sharedShorts map a short name two states share to the state it stands
// for when the document names that one in full.
var sharedShorts = map[string]string{"Congo": "DR Congo"}

// namesBeforeAcronyms: "the Brazilian National Bank for Economic and
// Social Development (BNDES)": the recogniser stops an organisation's
// name at "and"; capitalised words after it, up to an acronym in brackets
// that fits the whole, are the rest of the name.
func (d *doc) namesBeforeAcronyms() {
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.pronoun || m.kind != "" || m.gaz != nil || m.typ != TypeOrg || m.t1+3 >= len(d.toks) || d.toks[m.t1].lower != "and" {
			continue
		}
		j := m.t1 + 1
		for j < len(d.toks) && j < m.t1+4 && d.toks[j].sent == m.sent && d.toks[j].mention < 0 && isCapital(d.toks[j].text) && isProperTag(d.toks[j].tag) {
			j++
		}
		if j == m.t1+1 || !d.bracketedAcronymAt(j) {
			continue
		}
		caps := acronymCapitals(d.toks[j+1].text)
		if caps == "" || !acronymFits(caps, d.clean[d.toks[m.t0].start:d.toks[j-1].end]) {
			continue
		}
		for k := m.t1; k < j; k++ {
			d.toks[k].mention = mi
		}
		m.t1 = j
	}
}

// numberedStations: "BBC Radio 4", "Channel 4": a station's number is part
// of its name (the recogniser stops before it), not a count ("Radio 2
// minutes").
func (d *doc) numberedStations() {
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.pronoun || m.kind != "" || m.ent >= 0 || m.t1 >= len(d.toks) || m.typ != TypeOrg && m.typ != "" {
			continue
		}
		last, n := &d.toks[m.t1-1], &d.toks[m.t1]
		if n.sent != last.sent || n.mention >= 0 {
			continue
		}
		if (stationWords[last.lower] || broadcasters[last.lower]) && channelNumbers[n.text] {
			n.mention = mi // "BBC One", "Radio Four", "Channel Five": a channel (not the BBC itself)
			m.t1++
			m.gaz = nil
			if m.t1 < len(d.toks) && d.toks[m.t1].sent == n.sent && d.toks[m.t1].text == "Live" && d.toks[m.t1].mention < 0 {
				d.toks[m.t1].mention = mi // "Radio Five Live"
				m.t1++
			}
			continue
		}
		if !stationWords[last.lower] || n.tag != "CD" || len(n.text) > 2 || !isDigitWord(n.text) {
			continue
		}
		if k := m.t1 + 1; k < len(d.toks) && d.toks[k].sent == n.sent && countedUnits[d.toks[k].lower] {
			continue
		}
		n.mention = mi
		m.t1++
	}
}

// stationWords end broadcasters' names that take a number.
var stationWords = set("radio", "channel")

// broadcasters name their channels by a number word ("BBC One", "ITV
// Two"); channelNumbers are those words, capitalised.
var (
	broadcasters   = set("bbc", "itv")
	channelNumbers = set("One", "Two", "Three", "Four", "Five")
)

// countedUnits after a number make it a count, not a station's number.
var countedUnits = set("minutes", "minute", "hours", "hour", "days", "years", "times", "percent", "%", "per")

// datePreps open a date after a name ("on Tuesday", "last March").
var datePreps = set("on", "in", "at", "by", "last", "this", "next", "since", "until", "during")

// datelinePlaces: the town of a dateline in capitals that nothing named,
// before a comma and a state or country the gazetteer knows ("DES MOINES,
// Iowa (AP) _", "EAST LANSING, Mich."), is a place.
func (d *doc) datelinePlaces() {
	for si := range d.sents {
		s := &d.sents[si]
		if !d.lineStartsAt(s.t0) {
			continue
		}
		k := s.t0
		for k < s.t1 && k < s.t0+4 && d.toks[k].mention < 0 && capsWord(d.toks[k].text) {
			k++
		}
		if k > s.t0 && d.regionEndsDateline(s, k) {
			d.addMention(si, s.t0, k, TypeLoc, nil, false)
		}
	}
}

// capsWord: a word in capitals ("DES", "ST.", "STOCKTON-ON-TEES").
func capsWord(w string) bool {
	letters := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			letters++
		case c != '-' && c != '.' && c != '\'':
			return false
		}
	}
	return letters >= 2
}

// splitPartyNames: "Republican John McCain", read as one organisation's
// name, is a party's member and his name: the person, and the party when
// the gazetteer knows the word.
func (d *doc) splitPartyNames() {
	n := len(d.mentions)
	for mi := 0; mi < n; mi++ {
		m := &d.mentions[mi]
		if m.gaz != nil || m.ent >= 0 {
			continue
		}
		t0 := m.t0
		switch {
		case m.t1-m.t0 >= 3 && partyMembers[d.toks[t0].lower] && d.x.gaz.IsFirstName(d.toks[t0+1].text):
			d.toks[t0].mention = -1
			m.t0, m.title0, m.typ = t0+1, t0+1, TypePerson
		case m.t1-m.t0 >= 2 && t0 > d.sents[m.sent].t0 && d.toks[t0-1].mention < 0 && isCapital(d.toks[t0-1].text) && partyMembers[d.toks[t0-1].lower] && d.x.gaz.IsFirstName(d.toks[t0].text):
			t0-- // "Democrat Richard Celeste": the rules left the party word out
		case m.t1-m.t0 >= 3 && t0 > d.sents[m.sent].t0 && d.formerTitle(t0, -1) && !d.x.gaz.IsFirstName(d.toks[t0].text) && !d.isTitleWord(d.toks[t0].lower) && d.x.gaz.IsFirstName(d.toks[t0+1].text):
			// "former Wallaby John Eales", "ex-Wallaby John Eales": the word
			// after "former" is the team or party he was in, not a name (a
			// word the names list holds stays: "Ex-Yankee Randy Velarde")
			d.toks[t0].mention = -1
			m.t0, m.title0, m.typ = t0+1, t0+1, TypePerson
		default:
			continue
		}
		si := d.toks[t0].sent
		s := &d.sents[si]
		// (a modifier of the name, not an argument: "paid tribute to
		// Democrat John Kerry's campaign")
		if gm, ok := d.x.gaz.Lookup(d.texts(s), t0-s.t0); ok && gm.N == 1 && gm.Entry.Type == TypeOrg {
			d.addMention(si, t0, t0+1, TypeOrg, gm.Entry, true)
		} else if e, ok := d.x.gaz.Entry(TypeOrg, memberParties[d.toks[t0].lower]); ok {
			d.addMention(si, t0, t0+1, TypeOrg, e, true)
		}
	}
}

// memberParties are the parties of the US member words, which the
// gazetteer does not list as names ("Republican John McCain").
var memberParties = map[string]string{"republican": "Republican Party", "democrat": "Democratic Party"}

// institutionNouns name a state's civil institutions after its demonym or
// name ("the Afghan interior ministry", "the Nigerien embassy"; so does
// "central bank"): organisations of their own, not the state (whose
// officials, government, police and armed forces stand for it:
// "Zimbabwean security forces detained X" is Zimbabwe's act, as CAMEO
// codes it).
var institutionNouns = set("ministry", "embassy", "consulate")

// centralBankAt: token k is "bank" after "central".
func (d *doc) centralBankAt(k int) bool {
	return d.toks[k].lower == "bank" && k > 0 && d.toks[k-1].lower == "central"
}

// institutionAt returns the token of the institution noun that the
// lower-case words from token j end in ("interior ministry": at most two
// words before it), or -1.
func (d *doc) institutionAt(j int) int {
	s := &d.sents[d.toks[j].sent]
	for k := j; k < s.t1 && k < j+3; k++ {
		t := &d.toks[k]
		if t.mention >= 0 || !isLowerWord(t.text) || !(t.tag == "JJ" || isNoun(t.tag)) {
			return -1
		}
		if institutionNouns[t.lower] || k > j && d.centralBankAt(k) {
			if k+1 < s.t1 && (d.toks[k+1].lower == "of" || d.toks[k+1].text == "-") {
				return -1 // ("the Afghan ministry of defence": a name of its own; "embassy-style")
			}
			return k
		}
	}
	return -1
}

// stateInstitutions adds the institution a state's demonym or name stands
// before ("the Afghan interior ministry", "the US embassy", "the Nigerien
// embassy"): an organisation named with the state's word, a nominal
// mention (no name), whose state mention becomes its modifier; not after
// a capital ("the London embassy" is some state's embassy in London).
func (d *doc) stateInstitutions() {
	n := len(d.mentions)
	for mi := 0; mi < n; mi++ {
		m := &d.mentions[mi]
		if m.gaz == nil || m.gaz.Type != TypeGPE || m.pronoun || m.compound || m.t1 >= d.sents[m.sent].t1 || m.kind != "" && m.kind != MentionDemonym {
			continue
		}
		if m.kind == "" && d.x.gaz.IsCapital(d.mtext(m)) {
			continue
		}
		k := d.institutionAt(m.t1)
		if k < 0 {
			continue
		}
		var cb *gazetteer.Entry
		if d.centralBankAt(k) {
			cb = d.centralBankOf(m.gaz) // (asked only of a central bank: it reads the gazetteer)
		}
		if cb != nil {
			// "the Swiss central bank": the Swiss National Bank
			if b := d.addMention(m.sent, m.t1, k+1, TypeOrg, cb, false); b >= 0 {
				d.mentions[mi].modifier = true
				d.mentions[b].kind = MentionNominal
			}
			continue
		}
		b := d.addMention(m.sent, m.t1, k+1, TypeOrg, nil, false)
		if b < 0 {
			continue
		}
		d.mentions[mi].modifier = true
		d.mentions[b].kind = MentionNominal
		if d.stateBodies == nil {
			d.stateBodies = map[int]int{}
		}
		d.stateBodies[b] = mi
	}
}

// centralBankOf returns the curated central bank of country c, or nil.
func (d *doc) centralBankOf(c *gazetteer.Entry) *gazetteer.Entry {
	for name := range centralBanks {
		if e, ok := d.x.gaz.Entry(TypeOrg, name); ok && e.Affiliation == c.Name {
			return e
		}
	}
	return nil
}

// splitCompanyPlaces: "Pacific Marine Inc. of Houston" is the company and
// where it is, two names.
func (d *doc) splitCompanyPlaces() {
	n := len(d.mentions)
	for mi := 0; mi < n; mi++ {
		m := &d.mentions[mi]
		if m.typ != TypeOrg || m.gaz != nil || m.ent >= 0 {
			continue
		}
		k := d.companyOfPlace(m.t0, m.t1)
		if k < 0 {
			continue
		}
		t1 := m.t1
		for j := k; j < t1; j++ {
			d.toks[j].mention = -1
		}
		m.t1 = k
		si := d.toks[k].sent
		name := d.clean[d.toks[k+1].start:d.toks[t1-1].end]
		switch e, ok := d.x.gaz.Entry(TypeGPE, name); {
		case ok:
			d.addMention(si, k+1, t1, TypeGPE, e, false)
		default:
			e, _ := d.x.gaz.Entry(TypeLoc, name)
			d.addMention(si, k+1, t1, TypeLoc, e, false)
		}
	}
}

// demonymWord reports whether token i alone is a demonym ("British").
func (d *doc) demonymWord(i int) bool {
	gm, ok := d.x.gaz.Lookup(d.texts(&d.sents[d.toks[i].sent]), i-d.sents[d.toks[i].sent].t0)
	return ok && gm.N == 1 && gm.Kind == gazetteer.KindDemonym
}

// compoundNationality: w is a hyphenated word ending in a demonym
// ("Austro-Australian", "Franco-German").
func (d *doc) compoundNationality(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i == len(w)-1 {
		return false
	}
	gm, ok := d.x.gaz.Lookup([]string{w[i+1:]}, 0)
	return ok && gm.N == 1 && gm.Kind == gazetteer.KindDemonym
}

// texts returns the token texts of sentence s (a view of one slice for the
// whole document: callers must not append to it or change it).
func (d *doc) texts(s *sent) []string {
	if d.words == nil {
		d.words = make([]string, len(d.toks))
		for i := range d.toks {
			d.words[i] = d.toks[i].text
		}
	}
	return d.words[s.t0:s.t1:s.t1]
}

// capitalPreps are prepositions a body's title-case name capitalises.
var capitalPreps = set("Against", "On", "For", "In", "Of", "To", "Without")

// bodyOpeners are kinds of body whose names may open with the kind
// ("Committee Against Torture", "Commission for Racial Equality").
var bodyOpeners = set("committee", "commission", "council", "agency", "authority", "board", "tribunal", "court", "foundation", "institute", "office", "bureau", "fund",
	"campaign", "coalition", "alliance", "movement")

// anyTitleWord reports whether a token in [j, e) is a title word.
func (d *doc) anyTitleWord(j, e int) bool {
	for k := j; k < e; k++ {
		if titleHeads[d.toks[k].lower] || honorifics[d.toks[k].lower] {
			return true
		}
	}
	return false
}

// orgNamedBefore reports whether an earlier one-word mention, written w,
// was typed an organisation or stands where one does.
func (d *doc) orgNamedBefore(w string) bool {
	for i := range d.mentions {
		if m := &d.mentions[i]; m.t1-m.t0 == 1 && d.toks[m.t0].text == w && (m.typ == TypeOrg || m.typ == "" && (d.orgContext(m.t0) || d.nerType(m.t0, m.t1) == TypeOrg)) {
			return true // (typed later: "ride-hailing firm Grab")
		}
	}
	return false
}

// commonPlural: token i is tagged a plural common noun whose singular the
// dictionary knows ("Gamers", "Bloggers"), and the recogniser reads no
// name there.
func (d *doc) commonPlural(i int) bool {
	t := &d.toks[i]
	sing, ok := strings.CutSuffix(t.lower, "s")
	return ok && t.tag == "NNS" && len(sing) > 2 && d.x.lem.InDict(sing) && d.nerLabel(i, i+1) == ""
}

// proper reports whether token i can be part of a name.
func (d *doc) proper(i int) bool {
	t := &d.toks[i]
	if compoundWord(t.lower) {
		return false // "US-led", "Oscar-winning": a compound describes a noun
	}
	if romanSuffixes[t.text] && i > d.sents[t.sent].t0 && d.proper(i-1) {
		return true // "Grover Hartt III" (tagged a number), "Henry Ford II"
	}
	if particleName(t.text) && i > d.sents[t.sent].t0 && isCapital(d.toks[i-1].text) {
		return true // "Abdel Fattah el-Sissi", "Bashar al-Assad"
	}
	if t.text == "TV" && i > d.sents[t.sent].t0 && !isAcronymWord(d.toks[i-1].text) && d.proper(i-1) && isProperTag(d.toks[i-1].tag) && !d.demonymWord(i-1) {
		return true // "Mersey TV", "Sky TV" (not "BBC TV": the BBC's; not "British TV")
	}
	if !isCapital(t.text) || descriptionAcronyms[t.text] {
		return false // ("Greek NGO Hellenic League for Human Rights": a description before the name)
	}
	if i == d.sents[t.sent].t0 && d.properWords[t.text] && !nonNames[t.lower] {
		return true // "Madness singer ...": a name elsewhere in the text
	}
	if i > d.sents[t.sent].t0 && honorifics[d.toks[i-1].lower] && isCapital(d.toks[i-1].text) {
		return true // "Mrs May"
	}

	if nameMonths[t.lower] && i > d.sents[t.sent].t0 && isCapital(d.toks[i-1].text) && d.x.gaz.IsFirstName(d.toks[i-1].text) && (i+1 >= d.sents[t.sent].t1 || d.toks[i+1].tag != "CD") {
		return true // "Christine May", not "in May 2005"
	}
	if i == d.sents[t.sent].t0 && tradeOpener(t.lower) && i+1 < d.sents[t.sent].t1 && isCapital(d.toks[i+1].text) {
		return false // "Carmaker Toyota said", "Bookmakers Ladbrokes have": the trade describes the name
	}
	if i == d.sents[t.sent].t0 && t.lower == "new" && d.newPostHolder(i) {
		return false // "New Chelsea manager Jose Mourinho": the post's new holder, no "New Chelsea"
	}
	if (t.lower == "old" || t.lower == "new") && t.text != t.lower && i > d.sents[t.sent].t0 && i+1 < d.sents[t.sent].t1 && isCapital(d.toks[i+1].text) && !nonNames[d.toks[i+1].lower] {
		return true // "the Old Mutual insurance company", "New Labour": inside a name
	}
	if nameCompass[t.lower] && (i == d.sents[t.sent].t0 || d.toks[i-1].lower == "the" || !isCapital(d.toks[i-1].text) && !strings.Contains(d.toks[i-1].text, "-")) && i+1 < d.sents[t.sent].t1 && isCapital(d.toks[i+1].text) && isProperTag(d.toks[i+1].tag) && !nonNames[d.toks[i+1].lower] && !d.demonymWord(i+1) {
		return true // "South Yorkshire Police", "the North Wales Business Club": the compass point is the name's
	}
	if isProperTag(t.tag) {
		if nonNames[t.lower] && nameMonths[t.lower] && i+1 < d.sents[t.sent].t1 {
			// "June Carter Cash", not "June 2005"
			n := &d.toks[i+1]
			return isCapital(n.text) && isProperTag(n.tag) && !nonNames[n.lower]
		}
		return !nonNames[t.lower] || d.isTitleWord(t.lower)
	}
	// Capitalised mid-sentence words the tagger missed ("Emily/RB").
	if i > d.sents[t.sent].t0 && !nonNames[t.lower] && (isNoun(t.tag) || t.tag == "JJ" || d.x.gaz.IsFirstName(t.text)) {
		return true
	}
	// A sentence-initial word no dictionary knows: "Vodafone shares rose"
	// (the tagger may call it anything).
	if i == d.sents[t.sent].t0 && !nonNames[t.lower] && !isVerb(t.tag) && (isNameWord(t.text) || codeName(t.text)) && len(t.text) > 2 && !d.x.lem.InDict(t.lower) && !(t.tag == "RB" && strings.HasSuffix(t.lower, "ly")) && !d.commonPlural(i) {
		return true // (not "Separately, ...": an adverb the dictionary lacks; not "Gamers have bought")
	}
	// A sentence-initial name before a player's role and a name: "Queen
	// bassist John Deacon", "Wallabies captain George Gregan".
	// ("Inspirational flanker Serge Betsen": an adjective)
	if i == d.sents[t.sent].t0 && !nonNames[t.lower] && i+2 < d.sents[t.sent].t1 && playerRoles[d.toks[i+1].lower] && (d.properWords[t.text] || (isProperTag(t.tag) || !d.x.lem.InDict(t.lower)) && !adjectiveShape(t.lower)) {
		n := &d.toks[i+2]
		return isProperTag(n.tag) && isCapital(n.text) && !nonNames[n.lower]
	}
	// A sentence-initial word the recogniser calls a name, before a post
	// and a name: "Arsenal manager Arsene Wenger" (tagged an adjective).
	if i == d.sents[t.sent].t0 && !nonNames[t.lower] && i+2 < d.sents[t.sent].t1 && d.nerLabel(i, i+1) != "" && isLowerWord(d.toks[i+1].text) && (titleHeads[d.toks[i+1].lower] || playerRoles[d.toks[i+1].lower]) {
		n := &d.toks[i+2]
		return isProperTag(n.tag) && isCapital(n.text) && !nonNames[n.lower]
	}
	// A sentence-initial word before a name: "Real Madrid midfielder ...".
	if i == d.sents[t.sent].t0 && !nonNames[t.lower] && (isNoun(t.tag) || t.tag == "JJ") && i+1 < d.sents[t.sent].t1 {
		n := &d.toks[i+1]
		return isProperTag(n.tag) && isCapital(n.text) && !nonNames[n.lower]
	}
	return false
}

// newPostHolder: "New" opening sentence s at token i before capitalised
// words, a post and a name ("New Chelsea manager Jose Mourinho", "New
// Metropolitan Police Commissioner Sir Ian Blair") says the holder is new
// to the post; not when the gazetteer knows a name opening with it ("New
// York", "New Zealand", "New Labour").
func (d *doc) newPostHolder(i int) bool {
	s := &d.sents[d.toks[i].sent]
	if m, ok := d.x.gaz.Lookup(d.texts(s), i-s.t0); ok && m.N > 1 {
		return false
	}
	k := i + 1
	for k < s.t1 && k < i+5 && isCapital(d.toks[k].text) && !d.isTitleWord(d.toks[k].lower) {
		k++
	}
	if k == i+1 || k >= s.t1 || !d.isTitleWord(d.toks[k].lower) {
		return false
	}
	for k < s.t1 && d.isTitleWord(d.toks[k].lower) {
		k++
	}
	return k < s.t1 && isCapital(d.toks[k].text) && (isProperTag(d.toks[k].tag) || honorifics[d.toks[k].lower])
}

// tradeOpener: a sentence-initial word that describes the company named
// after it ("Carmaker", "Bookmakers", "Retailer").
func tradeOpener(w string) bool {
	w = strings.TrimSuffix(w, "s")
	return strings.HasSuffix(w, "maker") || openerTrades[w]
}

// openerTrades are the trades a sentence opens with before a company's name.
var openerTrades = set("firm", "company", "retailer", "broadcaster", "insurer", "lender", "publisher", "brewer",
	"supermarket", "regulator", "watchdog", "carrier", "distributor", "manufacturer", "conglomerate", "miner",
	"builder", "housebuilder", "airline", "bookie", "chain", "outfit", "operator", "developer", "rival")

func (d *doc) isTitleWord(w string) bool {
	if rest, ok := strings.CutPrefix(w, "ex-"); ok && rest != "" {
		w = rest // "ex-foreign secretary": the former post
	}
	return titleHeads[w] || titleMods[w] || honorifics[w]
}

func (d *doc) sentMentions(si int) {
	s := &d.sents[si]
	words := d.texts(s)
	i := s.t0
	for i < s.t1 {
		n := d.chunkAt(si, words, i)
		if n <= 0 {
			n = 1
		}
		i += n
	}
}

// chunkAt recognises the names starting at token i and returns how many
// tokens it consumed.
func (d *doc) chunkAt(si int, words []string, i int) int {
	s := &d.sents[si]
	if e := d.paperNameEnd(s, i); e > i {
		// "the Herald newspaper", "the Sun tabloid": a paper named by
		// common words
		d.addMention(si, i, e, TypeOrg, d.orgSpanEntry(s, i, e), false)
		return e - i
	}
	if n := d.apposedTitle(s, i); n > 0 {
		return n // "David Higdon, Vice President of the ATP,": a post, not a name
	}
	if e := d.saintsPlaceEnd(s, i); e > i {
		typ := TypeLoc // "St Peter's Basilica", "St Paul's Cathedral": a site
		if orgHeads[d.toks[e-1].lower] || d.toks[e-1].lower == "hospital" {
			typ = TypeOrg // "St. Mary's Hospital", "St John's College"
		}
		d.addMention(si, i, e, typ, d.spanEntry(s, i, e), false)
		return e - i
	}
	if e := d.screenTitleEnd(s, words, i); e > i {
		// "Lord of the Rings director Peter Jackson": the film's whole
		// title, not its last words
		d.addMention(si, i, e, TypeOrg, nil, false)
		return e - i
	}
	if e := d.facilityEnd(s, i); e > i {
		// "Wixom Assembly Plant", "Michigan Truck Plant": a site (FAC,
		// written LOC), not the place or company it is named after
		d.addMention(si, i, e, TypeLoc, nil, false)
		return e - i
	}
	if e := d.joinedSeatEnd(s, words, i); e > i {
		// "MP for Hornsey and Wood Green", "the Folkestone & Hythe seat":
		// one constituency named after two places
		if m := d.addMention(si, i, e, TypeLoc, nil, false); m >= 0 {
			d.mentions[m].typ = TypeLoc // (not a firm for its "&")
		}
		return e - i
	}
	if e := d.joinedBodyEnd(s, words, i); e > i {
		// "the Pew Internet and American Life Project": one body whose
		// name joins two fields with "and"
		d.addMention(si, i, e, TypeOrg, d.orgSpanEntry(s, i, e), false)
		return e - i
	}
	if e := d.unnamedOrgEnd(s, i); e > i {
		// "told Global Voices that", "the Lahore-based Digital Freedom
		// Collective": capitalised words where a body's name stands,
		// which the recogniser left unnamed
		d.addMention(si, i, e, TypeOrg, d.orgSpanEntry(s, i, e), false)
		return e - i
	}
	if e := d.possessiveNameEnd(s, i); e > i {
		// "Sainsbury's, the UK's second-largest supermarket,",
		// "McDonald's said": a company named with its founder's "'s"
		d.addMention(si, i, e, TypeOrg, d.orgSpanEntry(s, i, e), false)
		return e - i
	}
	if i+1 < s.t1 && d.nerType(i, i+2) == TypeOrg && d.placeThenDemonym(words, i-s.t0) {
		// "Wasps beat London Irish": a club named by a city and a
		// nationality, which the recogniser reads whole
		d.addMention(si, i, i+2, TypeOrg, nil, false)
		return 2
	}
	if n := d.regionDemonym(si, words, i); n > 0 {
		return n
	}
	if i+1 < s.t1 && isCapital(d.toks[i].text) {
		if e := d.programmeAt(i + 1); e > 0 {
			d.addMention(si, i, e, TypeOrg, nil, false) // "English to Africa reporter X"
			return e - i
		}
	}
	if e := d.lawNameEnd(s, i); e > i {
		return e - i // "the Commonwealth Electoral Act": a law, not the Commonwealth
	}
	if postNominals[d.toks[i].text] && i-2 >= s.t0 && d.toks[i-1].text == "," && isCapital(d.toks[i-2].text) && i+1 < s.t1 && d.toks[i+1].text == "," {
		return 1 // "Kevin Borick, QC,": his rank at the bar, not Quebec
	}
	if e := d.awardNameEnd(s, i); e > i {
		return e - i // "the PEN/Barbara Goldsmith Freedom to Write Award": a prize, no one's name
	}
	if e := d.nicknamedEnd(s, i); e > i {
		d.addMention(si, i, e, TypePerson, nil, false) // `Perceval "Perry" Christie`
		return e - i
	}
	// The proper-noun run from i, with connectors inside.
	k := i
	for k < s.t1 {
		if d.proper(k) {
			if gm, ok := d.x.gaz.Lookup(words, k-s.t0); ok && gm.N > 1 && gm.Kind == gazetteer.KindName && !d.proper(k+gm.N-1) {
				k += gm.N // "Middle East Broadcasting Network": a known name whose last word is no name alone
				continue
			}
			k++
			continue
		}
		if l := d.toks[k].lower; k > i && k+2 < s.t1 && (l == "of" || l == "for") && d.toks[k+1].lower == "the" && d.proper(k+2) && d.orgHeadAt(k-1) {
			k += 2 // "the UN Office for the Coordination of Humanitarian Affairs": one body's name
			continue
		}
		if k > i && k+1 < s.t1 && d.proper(k+1) {
			if d.toks[k].lower == "of" && companyHeads[d.toks[k-1].lower] && d.countryNameAt(words, k+1-s.t0) {
				break // "Hyundai Motor of South Korea": the company, then its country
			}
			if d.toks[k].lower == "for" && d.joinedSeatEnd(s, words, k+1) > k+1 {
				break // "Labour MP for Hornsey and Wood Green": the seat is a name of its own
			}
			if d.toks[k].lower == "and" && d.ampersandFirm(i, k) {
				// "Ogilvy & Mather and Cordiant Communications": "&" joins
				// one name, "and" two
				d.addMention(si, i, k, TypeOrg, d.orgSpanEntry(s, i, k), false)
				return k - i
			}
			if l := d.toks[k].lower; l == "of" || l == "&" || l == "for" || l == "and" || l == "the" || nameParticles[l] {
				k++
				continue
			}
			if d.toks[k].lower == "in" && d.inNameEnd(words, i, k) > k {
				k++ // "the Crisis in Zimbabwe Coalition": one body's name
				continue
			}
			if d.programmeAt(k) > 0 {
				k-- // "VOA English to Africa reporter X": the programme's name is a chunk of its own
				break
			}
			if capitalPreps[d.toks[k].text] && k == i+1 && bodyOpeners[d.toks[i].lower] {
				k++ // "the Committee Against Torture": a preposition capitalised inside a body's name
				continue
			}
			if (d.toks[k].text == "'s" || d.toks[k].text == "'") && collectiveOwners[d.toks[k-1].lower] && d.orgHeadAhead(k+1, s.t1) {
				k++ // "the Croatian People's Party", "the Workers' Party", "the Tigray People's Liberation Front"
				continue
			}
		}
		if k > i && k+2 < s.t1 && orgHeads[d.toks[k-1].lower] && d.toks[k].lower == "of" && d.toks[k+1].lower == "the" && d.proper(k+2) {
			k += 2 // "International Federation of the Phonographic Industry"
			continue
		}
		if k > i && k <= i+3 && k+2 < s.t1 && d.titleRun(i, k) && d.ofTheBody(k, s.t1) > 0 {
			k += 2 // "Chancellor of the Exchequer Gordon Brown"
			continue
		}
		if k > i && k+2 < s.t1 && nameParticles[d.toks[k].lower] && nameParticles[d.toks[k+1].lower] && d.proper(k+2) {
			k += 2 // "Ursula von der Leyen", "Joost van der Westhuizen"
			continue
		}
		break
	}
	for k > i && !d.proper(k-1) {
		k--
	}
	if k > i && (shipPrefixes[d.toks[i].text] || i > s.t0 && shipPrefixes[d.toks[i-1].text]) {
		return k - i // "HMS Belfast", "the USS Cole": a ship, not the city or a person
	}
	if k > i && k < s.t1 && compoundWord(d.toks[k].lower) && isCapital(d.toks[k].text) {
		return k + 1 - i // "a Janet Jackson-style controversy": the name describes a noun
	}
	if k-i >= 2 && d.eventName(i, k) {
		return k - i // "the U.S. Open", "the Hong Kong Open": an event, not the place
	}
	gm, gok := d.x.gaz.Lookup(words, i-s.t0)
	if gok && gm.N == 1 && k <= i+1 && contestWords[d.toks[i].lower] && i+1 < s.t1 && contestNouns[d.toks[i+1].lower] {
		return 1 // "Commonwealth champion Morgan": the Games, not the Commonwealth of Nations
	}
	if gok && gm.Entry.Type != TypeOrg && gm.Entry.Type != TypePerson && i+gm.N == k-1 && sportBodies[d.toks[k-1].lower] && isCapital(d.toks[k-1].text) {
		// "UK Athletics", "British Cycling", "Scottish Rugby": a country's
		// governing body of a sport, not the country
		d.addMention(si, i, k, TypeOrg, d.orgSpanEntry(s, i, k), false)
		return k - i
	}
	if gok && gm.Kind == gazetteer.KindDemonym && i+gm.N < k && k-i-gm.N <= 3 && k < s.t1 && indexNouns[d.toks[k].lower] {
		// "the German DAX index": the nationality, then the market
		// index's name (marketIndex relates them)
		n := d.addDemonym(si, i, gm)
		if i+n < k {
			d.addMention(si, i+n, k, TypeOrg, nil, false)
		}
		return k - i
	}
	if gok && gm.Kind == gazetteer.KindDemonym && i+gm.N < k && !d.titleAhead(i+gm.N, k) && !d.isTitleWord(d.toks[i+gm.N].lower) && gm.N < k-i && !d.x.gaz.IsFirstName(d.toks[i+gm.N].text) && (k-i-gm.N == 1 || orgHeads[d.toks[k-1].lower] || d.orgContext(i)) {
		// "European Championships": a demonym inside a longer name ("leader
		// of the Ukrainian Popular Rukh")
		if _, known := d.x.gaz.Lookup(words, i+gm.N-s.t0); !known {
			d.nameCandidate(si, i, k, -1, nil, -1, false)
			return k - i
		}
	}
	if k == i {
		if l := d.toks[i].lower; (l == "north" || l == "south") && isCapital(d.toks[i].text) && i > s.t0 && d.toks[i-1].lower == "the" && !gok {
			d.addPending(si, i, i+1) // "the North", resolved if the document names North Korea
			return 1
		}
		if gok && gm.Kind == gazetteer.KindDemonym {
			return d.addDemonym(si, i, gm)
		}
		if gok {
			d.addMention(si, i, i+gm.N, gm.Entry.Type, gm.Entry, false)
			return gm.N
		}
		return 1
	}
	if d.portfolioAfterTitle(s, words, i, k) {
		return k - i // "Federal Minister for Foreign Affairs", "Minister for Information Technology": a post, no name
	}
	return d.splitRun(si, words, i, k)
}

// compassPlace: the run [p, e) opens with a compass word and the
// recogniser reads it as no person ("West Ham", "London's West End").
func (d *doc) compassPlace(p, e int) bool {
	t := d.nerType(p, e)
	return nameCompass[d.toks[p].lower] && t != "" && t != TypePerson
}

// companyHeads end a company's name that "of" and its country may follow
// ("LG Electronics of South Korea"), unlike bodies named after their country
// ("Bank of Korea", "University of East Anglia"): company words but those
// such bodies and groups also end in ("Group of Eight").
var companyHeads = union(without(companyTails, "group", "company", "corporation", "limited", "bank", "gas", "power",
	"communications", "networks", "pharma", "resources", "computer"), set("telecoms", "brewing", "breweries", "beverages",
	"metals", "semiconductors"))

// countryNameAt: the gazetteer names a country at word w of words.
func (d *doc) countryNameAt(words []string, w int) bool {
	gm, ok := d.x.gaz.Lookup(words, w)
	return ok && gm.Kind != gazetteer.KindDemonym && gm.Entry.Type == TypeGPE
}

// listedPortfolioEnd returns where a person's name the recogniser reads
// starts inside the run [p, e) after capitalised dictionary plurals that end
// a listed portfolio ("Minister for Children, Young People and Families
// Margaret Hodge"), or p.
func (d *doc) listedPortfolioEnd(p, e int) int {
	q := p
	for q < e && q < p+2 && d.toks[q].tag == "NNPS" && d.x.lem.InDict(d.toks[q].lower) && !d.x.gaz.IsFirstName(d.toks[q].text) {
		q++
	}
	if q == p || e-q < 2 || d.nerLabel(q, e) != "PERSON" || !d.x.gaz.IsFirstName(d.toks[q].text) {
		return p
	}
	return q
}

// postAdjectives open posts ("Federal Minister", "Junior Minister").
var postAdjectives = set("federal", "junior", "acting", "interim", "provincial", "regional", "national", "union", "state")

// portfolioAfterTitle: the capitalised run [i, k) is a post, title words
// and a portfolio after "for" or "of" ("Minister for Information
// Technology"): common words the gazetteer names nothing by.
func (d *doc) portfolioAfterTitle(s *sent, words []string, i, k int) bool {
	for f := i + 1; f+1 < k; f++ {
		if l := d.toks[f].lower; (l == "for" || l == "of") && titleHeads[d.toks[f-1].lower] {
			if _, known := d.x.gaz.Lookup(words, f+1-s.t0); known {
				return false
			}
			for j := i; j < f; j++ {
				_, named := d.x.gaz.Lookup(words, j-s.t0)
				if !d.isTitleWord(d.toks[j].lower) && !postAdjectives[d.toks[j].lower] && (named || isAcronymWord(d.toks[j].text) || !d.x.lem.InDict(d.toks[j].lower)) {
					return false // ("US Secretary of State": the country's name opens the run; "Federal Minister" does not)
				}
			}
			for j := f + 1; j < k; j++ {
				if t := &d.toks[j]; !(isCapital(t.text) && d.x.lem.InDict(t.lower) || t.lower == "and") {
					return false
				}
			}
			return true
		}
	}
	return false
}

// demonymOrgEnd returns the end of an organisation's name that opens with
// a demonym of n tokens at p inside the run [p, k): the recogniser reads
// the whole as one organisation, the rest is no name the gazetteer knows
// and ends in a capitalised plural ("Canadian Auto Workers",
// "American Federation of Teachers"); or p.
func (d *doc) demonymOrgEnd(s *sent, words []string, p, k, n int) int {
	for _, nm := range d.namesAt(p) {
		e := nm.t1
		if nm.typ != "ORG" || e > k || e-p < n+2 || d.toks[e-1].tag != "NNPS" && d.toks[e-1].tag != "NNS" {
			continue
		}
		if _, known := d.x.gaz.Lookup(words, p+n-s.t0); known {
			continue
		}
		return e
	}
	return p
}

// adjectivesBeforeDemonym: the run [p, k) is dictionary words or adjectives before a
// demonym that a common noun follows ("Nationalist Chinese media",
// "Conservative Iranian clerics"): the people, described, not a name.
func (d *doc) adjectivesBeforeDemonym(p, k int) bool {
	if k-p < 2 || k >= d.sents[d.toks[p].sent].t1 || !isLowerWord(d.toks[k].text) || !isNoun(d.toks[k].tag) || !d.demonymWord(k-1) {
		return false
	}
	for j := p; j < k-1; j++ {
		if l := d.toks[j].lower; !d.x.lem.InDict(l) && d.toks[j].tag != "JJ" || d.isTitleWord(l) {
			return false
		}
	}
	return true
}

// regionDemonym reads a compass word before a demonym ("North American
// production", "Latin American leaders"): a region, not the country of the
// demonym ("South African" and "North Korean" are the gazetteer's own). A
// name going on after it is one name ("North American Free Trade
// Agreement"). It returns the tokens consumed, or 0.
func (d *doc) regionDemonym(si int, words []string, i int) int {
	s := &d.sents[si]
	if l := d.toks[i].lower; !compassWords[l] && l != "latin" || !isCapital(d.toks[i].text) || i+1 >= s.t1 || !d.demonymWord(i+1) {
		return 0
	}
	if gm, ok := d.x.gaz.Lookup(words, i-s.t0); ok && gm.N > 1 {
		return 0
	}
	k := i + 2
	for k < s.t1 && d.proper(k) {
		k++
	}
	if k > i+2 {
		d.nameCandidate(si, i, k, -1, nil, -1, false)
	}
	return k - i
}

// awardNameEnd returns the end of a prize's name with "to" inside ("the
// Freedom to Write Award", "the PEN/Barbara Goldsmith Freedom to Write
// Award") starting at token i, or i.
func (d *doc) awardNameEnd(s *sent, i int) int {
	k := i
	for k < s.t1 && k < i+8 && (isCapital(d.toks[k].text) || d.toks[k].text == "/" && k > i) {
		k++
	}
	if k == i || k+2 >= s.t1 || d.toks[k].lower != "to" || !isCapital(d.toks[k+1].text) || !awardWords[d.toks[k+2].lower] {
		return i
	}
	return k + 3
}

// insideAwardName: tokens [t0, t1) lie inside a prize's name (awardNameEnd).
func (d *doc) insideAwardName(s *sent, t0, t1 int) bool {
	for r := max(s.t0, t0-10); r <= t0; r++ {
		if e := d.awardNameEnd(s, r); e > r && e >= t1 {
			return true
		}
	}
	return false
}

// lawNameEnd returns the end of a law's name after "the" starting at token
// i ("the Commonwealth Electoral Act", "the Children Bill"), or i. A name
// that opens with a country keeps it ("the UK Data Protection Act").
func (d *doc) lawNameEnd(s *sent, i int) int {
	if i == s.t0 || !determiners[d.toks[i-1].lower] {
		return i
	}
	k := i
	for k < s.t1 && k < i+6 && d.proper(k) && d.toks[k].text != "Act" && d.toks[k].text != "Bill" {
		k++
	}
	if k == i || k >= s.t1 || d.toks[k].text != "Act" && d.toks[k].text != "Bill" {
		return i
	}
	if g, ok := d.x.gaz.Lookup(d.texts(s), i-s.t0); ok && g.Entry.Type == TypeGPE {
		return i
	}
	return k + 1
}

// placeOpened: tokens [p, e) are two words, the first one that opens
// places' names, after no other capitalised word ("Santa Fé", "Port
// Talbot"; not "GTA San Andreas", a game, nor Santa Claus).
func (d *doc) placeOpened(p, e int) bool {
	return e == p+2 && placeOpeners[d.toks[p].text] && (p == d.sents[d.toks[p].sent].t0 || !isCapital(d.toks[p-1].text)) && d.toks[p+1].text != "Claus"
}

// placeOpeners open the names of places ("San", "Santa", "Port", "Lake").
var placeOpeners = set("San", "Santa", "Santo", "São", "Sao", "Los", "Las", "Puerto", "Porto", "Port", "Fort", "Mount", "Lake", "Cape")

// postNominals follow a person's name between commas ("X, QC,").
var postNominals = set("QC", "KC", "SC", "OBE", "MBE", "CBE", "KBE", "DBE")

// awardWords end the names of prizes.
var awardWords = set("award", "awards", "prize", "medal", "trophy")

// nicknamedEnd returns the end of a person's name with a nickname in
// quotes inside (`Perceval "Perry" Christie`, `Earvin "Magic" Johnson`)
// starting at token i, or i: a known first name, a quoted capitalised
// word, then one or two capitalised words.
func (d *doc) nicknamedEnd(s *sent, i int) int {
	if i+4 >= s.t1 || !d.x.gaz.IsFirstName(d.toks[i].text) || !isQuote(d.toks[i+1].text) || !d.proper(i+2) || !isQuote(d.toks[i+3].text) || !d.proper(i+4) {
		return i
	}
	if d.toks[i+2].mention >= 0 || d.toks[i+4].mention >= 0 {
		return i
	}
	e := i + 5
	if e < s.t1 && d.proper(e) && !d.isTitleWord(d.toks[e].lower) {
		e++ // `Perceval "Perry" Gladstone Christie`
	}
	return e
}

// saintsPlaceEnd returns the end of a place or body named after a saint
// from token i ("St. Mary's Hospital", "St Peter's Basilica", "St.
// Nicholas Hospital"), else i:
// the saint is not a person mentioned there.
func (d *doc) saintsPlaceEnd(s *sent, i int) int {
	if i+2 >= s.t1 || d.toks[i].text != "St." && d.toks[i].text != "St" && d.toks[i].text != "Saint" || !d.proper(i+1) {
		return i
	}
	if isCapital(d.toks[i+2].text) && saintsPlaceHeads[d.toks[i+2].lower] {
		return i + 3 // "St. Nicholas Hospital"
	}
	if d.toks[i+2].text == "," && i+3 < s.t1 {
		if g, ok := d.x.gaz.Lookup(d.texts(s), i+3-s.t0); ok && (g.Entry.Type == TypeGPE || g.Entry.Type == TypeLoc) && g.Kind == gazetteer.KindName {
			return i + 2 // "St. Paul, Minnesota": a town before its state
		}
	}
	if a := d.toks[i+2].text; i+3 >= s.t1 || a != "'s" && a != "'" || !isCapital(d.toks[i+3].text) || !saintsPlaceHeads[d.toks[i+3].lower] {
		return i
	}
	return i + 4
}

// facilityEnd returns the end of a facility's name starting at token i,
// or i: up to four capitalised words of a name ending in a capitalised
// facilityHeads word ("Wixom Assembly Plant", "River Rouge Plant",
// "Bagram Air Base"), the gazetteer knowing no name in it and no given
// name before the head ("Robert Plant").
func (d *doc) facilityEnd(s *sent, i int) int {
	if !isCapital(d.toks[i].text) || !d.proper(i) || facilityHeads[d.toks[i].lower] != "" {
		return i
	}
	for k := i + 1; k < s.t1 && k <= i+4 && isCapital(d.toks[k].text); k++ {
		if d.facilityHead(k) {
			if k == i+1 && d.x.gaz.IsFirstName(d.toks[i].text) {
				return i // "Robert Plant": a man
			}
			if gm, ok := d.x.gaz.Lookup(d.texts(s), i-s.t0); ok && gm.Kind == gazetteer.KindName && i+gm.N > k {
				return i // a known name runs past the head ("Tate Modern", a known airport)
			}
			return k + 1
		}
		if !d.proper(k) && !isProperTag(d.toks[k].tag) {
			return i // ("Truck" of "Michigan Truck Plant" is tagged a proper noun, not read as a name)
		}
	}
	return i
}

// screenTitleEnd returns the end of a film's or show's title with "of"
// inside ("Lord of the Rings", "The Phantom of the Opera") that starts at
// token i and a crew or cast noun and a name follow ("Lord of the Rings
// director Peter Jackson"), in a story about films or shows (three or more
// of screenWords), or i. Not a title the gazetteer knows from its words
// ("Bank of England director X"), nor one whose part after "of" is a known
// place or body ("University of Manchester").
func (d *doc) screenTitleEnd(s *sent, words []string, i int) int {
	if !isCapital(d.toks[i].text) || i > s.t0 && isCapital(d.toks[i-1].text) && d.toks[i-1].lower != "the" {
		return i
	}
	k := i
	for k < s.t1 && k < i+3 && isCapital(d.toks[k].text) && d.toks[k].lower != "of" {
		k++
	}
	if k == i || k+2 >= s.t1 || d.toks[k].lower != "of" {
		return i
	}
	o := k + 1
	if d.toks[o].lower == "the" {
		o++
	}
	e := o
	for e < s.t1 && e < o+3 && isCapital(d.toks[e].text) {
		e++
	}
	if e == o || e+1 >= s.t1 || !screenCrew[d.toks[e].lower] || !isLowerWord(d.toks[e].text) || !isCapital(d.toks[e+1].text) {
		return i
	}
	if gm, ok := d.x.gaz.Lookup(words, o-s.t0); ok && gm.N >= e-o {
		return i // "University of Manchester", "Bank of England": of a known place or body
	}
	if gm, ok := d.x.gaz.Lookup(words, i-s.t0); ok && i+gm.N >= k {
		return i
	}
	if !d.screenStory() {
		return i
	}
	return e
}

// screenStory: three or more of screenWords tell a story about films or
// screen comedy and drama.
func (d *doc) screenStory() bool {
	n := 0
	for i := range d.toks {
		if screenWords[d.toks[i].lower] {
			if n++; n >= 3 {
				return true
			}
		}
	}
	return false
}

// facilityHead: token k, capitalised, ends a facility's name begun before
// it (facilityHeads).
func (d *doc) facilityHead(k int) bool {
	q := facilityHeads[d.toks[k].lower]
	return q != "" && k > d.sents[d.toks[k].sent].t0 && isCapital(d.toks[k].text) && (q == "*" || strings.Contains(q, "|"+d.toks[k-1].lower+"|"))
}

// facilityHeads end a facility's name: "*" after any word of the name, or
// only after one of the words listed between bars ("Power Station", not
// "Victoria Station").
var facilityHeads = map[string]string{"plant": "*", "refinery": "*", "smelter": "*", "shipyard": "*", "factory": "*",
	"reactor": "*", "mine": "*", "dam": "*", "barracks": "*", "station": "|power|nuclear|", "base": "|air|naval|military|"}

// possessiveNameEnd returns the end of a one-word company name with its
// "'s" starting at token i ("Sainsbury's", "McDonald's", "Sotheby's"), or
// i: the recogniser reads the word as an organisation (or the gazetteer
// knows the name with "'s", not the word alone) and no noun is possessed:
// a comma opening an apposition or a verb of speech follows.
func (d *doc) possessiveNameEnd(s *sent, i int) int {
	if i+2 >= s.t1 || d.toks[i+1].text != "'s" || !isCapital(d.toks[i].text) || !d.proper(i) || i > s.t0 && d.proper(i-1) {
		return i
	}
	if d.nerLabel(i, i+1) != TypeOrg && d.orgSpanEntry(s, i, i+2) == nil || d.spanEntry(s, i, i+1) != nil {
		return i // (not "Labour's", a known name whose "'s" is a possessive)
	}
	n := &d.toks[i+2]
	if n.text == "," && i+3 < s.t1 && determiners[d.toks[i+3].lower] || sayVerbs[d.lemma(n)] && isVerb(n.tag) && n.rel != "amod" {
		return i + 2
	}
	return i
}

// runOpeners, capitalised at a sentence's start, only describe the name
// after them ("Senior U.S. officials", "Top Chinese diplomats").
var runOpeners = set("senior", "top", "junior", "leading", "veteran", "prominent", "prospective", "would-be", "outgoing", "incoming", "acting")

// saintsPlaceHeads end the names of places and bodies named after saints.
var saintsPlaceHeads = set("hospital", "church", "cathedral", "basilica", "abbey", "chapel", "college", "school", "academy",
	"university", "square", "park", "hall", "infirmary", "priory", "monastery", "parish")

// spanEntry returns the gazetteer entry whose name covers exactly tokens
// [t0, t1) of sentence s, or nil.
func (d *doc) spanEntry(s *sent, t0, t1 int) *gazetteer.Entry {
	if gm, ok := d.x.gaz.Lookup(d.texts(s), t0-s.t0); ok && t0+gm.N == t1 && gm.Kind == gazetteer.KindName {
		return gm.Entry
	}
	return nil
}

// orgSpanEntry is spanEntry for an organisation's entry only.
func (d *doc) orgSpanEntry(s *sent, t0, t1 int) *gazetteer.Entry {
	if e := d.spanEntry(s, t0, t1); e != nil && e.Type == TypeOrg {
		return e
	}
	return nil
}

// dictionaryWords: every token of [t0, t1) is a dictionary word ("Public
// Prosecutions"), so the tokens may be a portfolio rather than a name.
func (d *doc) dictionaryWords(t0, t1 int) bool {
	for j := t0; j < t1; j++ {
		if !d.x.lem.InDict(d.toks[j].lower) {
			return false
		}
	}
	return true
}

// apposedHolderAfter: token k is a comma and a person's name follows it,
// closed by a comma or the sentence's end ("..., Demian Kudriavtsev,").
func (d *doc) apposedHolderAfter(si, k int) bool {
	s := &d.sents[si]
	if k+2 >= s.t1 || d.toks[k].text != "," || !d.proper(k+1) || !d.proper(k+2) || d.isTitleWord(d.toks[k+1].lower) {
		return false
	}
	e := k + 1
	for e < s.t1 && d.proper(e) {
		e++
	}
	return e-k-1 <= 4 && (e >= s.t1 || d.toks[e].text == "," || d.toks[e].text == ".")
}

// paperNameEnd: after "the", capitalised words (at most three, even common
// ones) and a paper's noun ("the Herald newspaper", "the Sunday Times
// newspaper", "the Sun tabloid"): where the name ends, or i.
func (d *doc) paperNameEnd(s *sent, i int) int {
	b := i - 1
	for b > s.t0 && compoundWord(d.toks[b].lower) {
		b-- // "the state-controlled Herald newspaper"
	}
	if i == s.t0 || d.toks[b].lower != "the" || d.toks[i].mention >= 0 {
		return i
	}
	e := i
	for e < s.t1 && e < i+3 && isCapital(d.toks[e].text) && isProperTag(d.toks[e].tag) && !isAcronymWord(d.toks[e].text) {
		e++
	}
	if e == i || e >= s.t1 || !paperNouns[d.toks[e].lower] || e+1 < s.t1 && isCapital(d.toks[e+1].text) && isProperTag(d.toks[e+1].tag) {
		return i // ("the Swiss daily Le Matin": the noun describes the name after it)
	}
	if gm, ok := d.x.gaz.Lookup(d.texts(s), i-s.t0); ok && (gm.Kind == gazetteer.KindDemonym || placeEntry(gm.Entry)) {
		return i // ("the Zimbabwean daily"): a people's or place's paper, no name
	}
	return e
}

// paperNouns name a newspaper after its name.
var paperNouns = set("newspaper", "daily", "tabloid", "weekly", "broadsheet")

// allTitleWords: tokens [t0, t1) are all title words ("Vice President").
func (d *doc) allTitleWords(t0, t1 int) bool {
	for j := t0; j < t1; j++ {
		if !d.isTitleWord(d.toks[j].lower) {
			return false
		}
	}
	return t1 > t0
}

// apposedTitle returns how many capitalised title words open an
// apposition to a person's name at token i and are followed by no name
// ("David Higdon, Vice President of the ATP,", "X, Chief Executive of
// Tesco, said", "X, the Chief Executive Officer of GM,"), or 0.
func (d *doc) apposedTitle(s *sent, i int) int {
	c := i - 1 // the comma
	if c > s.t0 && d.toks[c].lower == "the" {
		c-- // "Fritz Henderson, the Chief Executive Officer of GM,"
	}
	if c-1 < s.t0 || d.toks[c].text != "," {
		return 0
	}
	pm := d.toks[c-1].mention
	if pm < 0 || d.mentions[pm].t1 != c || d.mentions[pm].typ != TypePerson && d.mentions[pm].typ != "" {
		return 0
	}
	n := 0
	for i+n < s.t1 && d.proper(i+n) && (d.isTitleWord(d.toks[i+n].lower) || n == 0 && d.toks[i].lower == "group") {
		n++ // ("X, Group Economist at Halifax,": the company's group-wide post)
	}
	if n == 0 || !titleHeads[d.toks[i+n-1].lower] {
		return 0
	}
	if e := i + n; e < s.t1 && d.proper(e) {
		return 0 // "said X, President George Bush": a title before a name
	}
	if _, known := d.x.gaz.Lookup(d.texts(s), i-s.t0); known {
		return 0
	}
	return n
}

// splitRun walks the run [i, k) of capitalised tokens: titles, the country
// or organisation that qualifies a title, and names.
func (d *doc) splitRun(si int, words []string, i, k int) int {
	s := &d.sents[si]
	p := i
	aff := -1
	titleStart := -1
	var title []string
	honor := false
	named := func(e int, typ string, g *gazetteer.Entry) { // a name [p, e) with the title read before it
		m := d.addMention(si, p, e, typ, g, false)
		d.setTitle(m, titleStart, title, aff, honor)
		titleStart, title, aff, honor = -1, nil, -1, false
		p = e
	}
	for p < k {
		low := d.toks[p].lower
		if !d.proper(p) && !d.isTitleWord(low) {
			p++ // a connector between two names: "Angela Merkel and Emmanuel Macron"
			continue
		}
		if p > i && len(title) == 0 && !honor && d.saintsPlaceEnd(s, p) > p {
			return p - i // "Illinois and St. Paul, Minnesota": the place starts a run of its own
		}
		gm, gok := d.x.gaz.Lookup(words, p-s.t0)
		if !gok && nameCompass[low] && len(title) == 0 && p+1 < k {
			if pm, ok := d.x.gaz.Lookup(words, p+1-s.t0); ok && pm.Kind != gazetteer.KindDemonym && p+1+pm.N == k && (pm.Entry.Type == TypeGPE || pm.Entry.Type == TypeLoc) {
				d.addMention(si, p, k, TypeLoc, nil, false) // "East Jerusalem", "South China": part of a place
				return k - i
			}
		}
		// A whole organisation name ending in an organisation word beats
		// the gazetteer ("Korea Herald", "China Central Bank").
		if e := d.orgEnd(p, k); e > p && (!gok || p+gm.N < e) && !(gok && gm.Entry.Type == "ORG" && p+gm.N == e) && !d.postApposedAfter(p, e, s.t1) {
			if d.degreeBefore(p) {
				return k - i
			}
			e = d.lowerComplementEnd(p, e)
			e = d.stationPlaceEnd(s, words, p, e, k)
			d.addMention(si, p, e, TypeOrg, nil, false)
			return e - i
		}
		if gok && gm.Entry.Type == "ORG" && aff >= 0 && len(title) == 0 && p+gm.N < k && d.titleAhead(p+gm.N, k) {
			// "Lib Dem Treasury spokesman": the second name is the portfolio
			if titleStart < 0 {
				titleStart = p
			}
			for j := p; j < p+gm.N; j++ {
				title = append(title, d.toks[j].lower)
			}
			p += gm.N
			continue
		}
		if gok && (gm.Entry.Type == "GPE" || gm.Entry.Type == "ORG") && p+gm.N < k && d.titleAhead(p+gm.N, k) {
			// "US Secretary of State", "Chinese Vice Premier"
			// The qualifier of a title is a modifier, not an argument.
			if m := d.addMention(si, p, p+gm.N, gm.Entry.Type, gm.Entry, true); m >= 0 {
				aff = m
				if gm.Kind == gazetteer.KindDemonym {
					d.mentions[m].kind = MentionDemonym
				}
			}
			p += gm.N
			continue
		}
		if n := k; !gok && p == i && k == i+1 && n < s.t1 && d.unknownAcronym(p) && len(d.namesAt(p)) == 0 && isLowerWord(d.toks[n].text) && isNoun(d.toks[n].tag) && (titleHeads[d.toks[n].lower] || d.personNounLike(d.toks[n].lower)) && !orgCues[d.toks[n].lower] && d.toks[n].mention < 0 {
			// "a former CBOT trader", "an IBM engineer": an acronym that
			// neither the gazetteer nor the recogniser knows, before a
			// trade, is the organisation the person works at (not two
			// letters: "a PR strategist", "a PE teacher"; not "the
			// Paris-based IEA watchdog", a body)
			d.addMention(si, p, p+1, TypeOrg, nil, true)
			return 1
		}
		if party := usPartyAdjectives[low]; party != "" && !gok && p == i && aff < 0 && len(title) == 0 && (p+2 < k && d.titleAhead(p+1, k) && d.proper(k-1) || k == p+1 && k+1 < s.t1 && isLowerWord(d.toks[k].text) && legislatorTitles[d.toks[k].lower]) {
			// "Republican Senator Susan Collins", "Democratic leader Chuck
			// Schumer": the US party qualifies the post
			if ge, ok := d.x.gaz.Entry(TypeOrg, party); ok {
				d.addMention(si, p, p+1, TypeOrg, ge, true) // (no post of the party's: "Democratic Gov. X of Virginia" governs Virginia)
				p++
				continue
			}
		}
		if !gok && aff < 0 && len(title) == 0 && p+2 < k && d.unknownAcronym(p) && d.titleAhead(p+1, k) && d.proper(k-1) {
			// "FAA Administrator Allan McArtor": an acronym the gazetteer
			// does not know qualifies the title as an organisation
			if m := d.addMention(si, p, p+1, TypeOrg, nil, true); m >= 0 {
				aff = m
			}
			p++
			continue
		}
		if nm, known := d.x.gaz.Lookup(words, p+1-s.t0); p == i && !gok && low == "new" && p+1 < k && known && nm.Entry.Type != TypeLoc && p+1+nm.N < s.t1 && isLowerWord(d.toks[p+1+nm.N].text) && d.isTitleWord(d.toks[p+1+nm.N].lower) {
			p++ // "New EU trade commissioner Peter Mandelson": the post is new, the body known (not "New Providence")
			continue
		}
		if p == i && !gok && (low == "former" || low == "late" || runOpeners[low] && !d.titleAhead(p, k)) && p+1 < k {
			p++ // "Former US President Barack Obama": the country and title follow; "Senior US officials"
			continue
		}
		if low == "general" && p == i && p+2 < k && !gok && p > s.t0 && d.toks[p-1].lower == "the" && d.x.lem.InDict(d.toks[p+1].lower) {
			if e := d.orgEnd(p+1, k); e > p+2 {
				// "the General Accounting Office", "the General Medical
				// Council": a body whose name opens with "General", no officer
				d.addMention(si, p, e, TypeOrg, d.orgSpanEntry(s, p, e), false)
				return e - i
			}
		}
		if d.isTitleWord(low) && p+1 < k && !gok && (titleHeads[low] || honorifics[low] || d.titleAhead(p, k)) {
			if titleStart < 0 {
				titleStart = p
			}
			if honorifics[low] {
				honor = true
			}
			title = append(title, low)
			p++
			if p+1 < k && d.toks[p].lower == "of" && titleStart == i && aff < 0 && d.apposedHolderAfter(si, k) && !d.isTitleWord(d.toks[p+1].lower) {
				// "General Director of Kommersant, Demian Kudriavtsev,": the
				// body; its officer is named in the apposition
				typ, entry := TypeOrg, d.spanEntry(s, p+1, k)
				if entry != nil {
					typ = entry.Type
				}
				if entry != nil || !d.dictionaryWords(p+1, k) {
					d.addMention(si, p+1, k, typ, entry, false)
					return k - i
				}
			}
			// "Secretary of State", "Minister of Defence"
			if p+1 < k && (d.toks[p].lower == "of" || d.toks[p].lower == "for" && isCapital(d.toks[p+1].text)) && d.isTitleWord(d.toks[p+1].lower) {
				// ("Minister for Trade Alan Johnson")
				title = append(title, d.toks[p].lower, d.toks[p+1].lower)
				p += 2
				for q := d.portfolioTail(p, k); p < q; p++ {
					title = append(title, d.toks[p].lower)
				}
			} else if e := d.ofTheBody(p, k); e > 0 && aff < 0 {
				// "Chancellor of the Exchequer Gordon Brown", "Speaker of
				// the House Nancy Pelosi": the body the post serves, then
				// the holder
				typ := TypeOrg
				gm, gok := d.x.gaz.Lookup(words, p+2-s.t0)
				var entry *gazetteer.Entry
				if gok && p+2+gm.N == e && gm.Kind == gazetteer.KindName {
					typ, entry = gm.Entry.Type, gm.Entry
				}
				aff = d.addMention(si, p+2, e, typ, entry, true)
				p = e
			}
			continue
		}
		if gok && gm.N == 1 && (gm.Entry.Type == "GPE" || gm.Entry.Type == "LOC" && gm.Entry.Affiliation != "" && d.x.gaz.IsFirstName(d.toks[p].text)) && gm.Kind == gazetteer.KindName && (p+2 == k || p+3 < k && d.toks[p+2].lower == "of" && d.x.gaz.IsFirstName(d.toks[p].text) && !d.isTitleWord(d.toks[p+1].lower)) && d.unknownName(words, p+1-s.t0) && (p == s.t0 || d.toks[p-1].tag != "IN" && d.toks[p-1].tag != "TO" || p+2 < k) {
			// "Jordan Bratman", "Georgia Smith", "Virginia Hill": a first
			// name, not the country or the state ("according to Victoria
			// Levy of Yahoo": the person, then her employer)
			gok = false
		}
		if gok && gm.N == 1 && p+2 == k && d.x.gaz.IsFirstName(d.toks[p].text) && d.x.gaz.IsCapital(d.toks[p].text) && d.x.gaz.IsCapital(d.toks[p+1].text) {
			// "Victoria Hamilton": a first name and a surname that are both
			// capitals name a person, not the Seychelles and Bermuda
			d.addMention(si, p, k, TypePerson, nil, false)
			return k - i
		}
		if gok && !gm.Entry.Curated && (gm.Entry.Type == "LOC" || gm.Entry.Type == "GPE") && gm.Kind == gazetteer.KindName && p+gm.N < k && (d.unknownName(words, p+gm.N-s.t0) || gm.N == 1 && k-p >= 3 && isCapital(d.toks[p+1].text) && !d.isTitleWord(d.toks[p+1].lower)) && (k-p >= 3 || !d.x.gaz.IsFirstName(d.toks[p+gm.N].text)) && extractType(d.nerLabel(p, p+gm.N)) == "" && !d.personAfterPlace(p+gm.N, k) {
			// "Tampa Bay Buccaneers", "Dubai Duty Free": a longer name that starts with a place
			// (unless the recogniser reads the place alone: "ROMANIA BEAT LITHUANIA")
			d.nameCandidate(si, p, k, titleStart, title, aff, honor)
			return k - i
		}
		if gok && gm.N == 1 && gm.Kind == gazetteer.KindName && (gm.Entry.Type == "GPE" || gm.Entry.Type == "LOC") && p > s.t0 && (plainHonorifics[d.toks[p-1].lower] || peerTitles[d.toks[p-1].lower]) {
			gok = false // "Lord Hamilton", "Mr Washington": a surname, not the capital
		}
		if gok {
			if gm.Kind == gazetteer.KindDemonym {
				if e := d.demonymOrgEnd(s, words, p, k, gm.N); e > p {
					// "the Canadian Auto Workers union": the demonym opens
					// the organisation's own name
					named(e, TypeOrg, nil)
					continue
				}
				n := d.addDemonym(si, p, gm)
				p += n
				continue
			}
			if e := p + gm.N; (gm.Entry.Type == TypeGPE || gm.Entry.Type == TypeLoc) && gm.Kind == gazetteer.KindName && e < k && provinceNouns[d.toks[e].lower] && isCapital(d.toks[e].text) {
				// "Moscow Oblast", "Kunar Province": the region named after
				// the city or people, not the city
				named(e+1, TypeLoc, nil)
				continue
			}
			if e := p + gm.N; gm.Entry.Type == TypePerson && e < k && nameSuffixes[d.toks[e].lower] {
				// "Joseph Smith Jr.": the son, not the gazetteer's Joseph Smith
				named(e+1, TypePerson, nil)
				continue
			}
			named(p+gm.N, gm.Entry.Type, gm.Entry)
			continue
		}
		if d.adjectivesBeforeDemonym(p, k) {
			p = k - 1 // "Nationalist Chinese media": the words describe the people
			continue
		}
		// A name: up to the next connector, title or known name.
		e := p
		for e < k {
			l := d.toks[e].lower
			if e > p && (l == "of" || l == "and" || l == "for" || l == "the") {
				break
			}
			if nameParticles[l] && !isCapital(d.toks[e].text) && e+1 < k {
				e++ // "Nick Van den Brul", "Valery Giscard d'Estaing"
				continue
			}
			if e == p+1 && titleStart >= 0 && d.toks[p-1].lower == "of" && k-e >= 2 && d.x.gaz.IsFirstName(d.toks[e].text) && !d.x.gaz.IsFirstName(d.toks[p].text) && d.proper(e+1) {
				break // "Archbishop of Canterbury Rowan Williams": the see, then the person
			}
			if e > p && (titleHeads[l] || honorifics[l]) && e+1 < k && !(e == p+1 && titleStart >= 0 && (l == "sheikh" || l == "bin" || l == "abu")) && !nameSuffixes[d.toks[e+1].lower] {
				break // ("President Hassan Sheikh Mohamud": part of the name; so is "King" in "Martin Luther King Jr.")
			}
			if e > p {
				// ("Stade de France", "Banque de France": the place ends a longer name)
				if _, ok := d.x.gaz.Lookup(words, e-s.t0); ok && !d.proper(e-1) && !nameParticles[d.toks[e-1].lower] {
					break
				}
			}
			e++
		}
		for e > p && !d.proper(e-1) {
			e--
		}
		if e == p {
			p++
			continue
		}
		if e == p+1 && len(title) == 1 && title[0] == "lord" && lordPosts[d.toks[p].lower] {
			p = e // "the Lord Chancellor", "the Lord Mayor": a post, no person
			titleStart, title, aff, honor = -1, nil, -1, false
			continue
		}
		d.nameCandidate(si, p, e, titleStart, title, aff, honor)
		titleStart, title, aff, honor = -1, nil, -1, false
		p = e
	}
	return k - i
}

// orgEnd returns the end of an organisation name starting at p inside
// [p, k): the last token that is an organisation word, or p.
func (d *doc) orgEnd(p, k int) int {
	if d.personOfOrg(p, k) {
		return p // "Phillip Lieberman of Brown University": a person, then the organisation
	}
	end := p
	for j := p; j < k; j++ {
		if j > p && d.clubEndsBefore(j) {
			break // "left Leeds United for Bolton Wanderers": a club's name ends in its club word
		}
		if j > p && d.toks[j].lower == "and" && j+1 < k {
			// "Emily Eavis and BBC Radio": two names, not one organisation;
			// so "Amazon and Whole Foods", the first known whole (not "Marks
			// and Spencer", known whole itself)
			s := &d.sents[d.toks[p].sent]
			words := d.texts(s)
			if _, known := d.x.gaz.Lookup(words, j+1-s.t0); known || d.x.gaz.IsFirstName(d.toks[p].text) || companySuffixes[d.toks[j-1].lower] {
				break // ("Acme Corp and Widget Inc": a company's suffix ends its name)
			}
			if j-p >= 2 && companyTails[d.toks[j-1].lower] && companyTails[d.toks[k-1].lower] && k-(j+1) >= 2 {
				break // "Sino Pacific Tanker Holdings and Bright Harbour Logistics": two companies, each with its trade word
			}
			if gm, ok := d.x.gaz.Lookup(words, p-s.t0); ok && p+gm.N == j {
				break
			}
			if j-p >= 2 && j+2 < k && orgHeads[d.toks[j+1].lower] && (d.toks[j+2].lower == "of" || d.toks[j+2].lower == "for") {
				break // "Banque du Caire and Bank of Alexandria": a second body opens with its head
			}
		}
		if j > p && d.orgHeadAt(j) && d.proper(j) && !(d.toks[j].lower == "press" && j+1 < k && titleHeads[d.toks[j+1].lower]) && !(d.toks[j].lower == "executive" && d.toks[j-1].lower == "chief") {
			// (not "Press" of "the White House Press Secretary": the
			// title's first word; nor "Executive" of "Microsoft Chief
			// Executive Steve Ballmer", a post, not the Scottish Executive)
			end = j + 1
		}
	}
	if end > p && end < k && (d.toks[end].text == "Act" || d.toks[end].text == "Bill") {
		return p // "Germany's Securities Trading Act": a law's name, no body's
	}
	if end > p && end+1 == k && armRegions[d.toks[end].lower] {
		end = k // "Sony Computer Entertainment America", "Toyota Motor Europe": the firm's regional arm
	}
	if end > p && end < k && (d.toks[end].lower == "of" || d.toks[end].lower == "for") && !d.clubEndsBefore(end) {
		end = d.complementEnd(end+1, k) // "Bank of England", "Ministry of Defence", "Citizens Coalition for Change"
	}
	// "Ministry of Commerce", "Commission for Racial Equality" start with the
	// head word; so does "the Association of Chief Police Officers", whose
	// complement holds an organisation word before its end.
	if orgHeads[d.toks[p].lower] && p+1 < k && (d.toks[p+1].lower == "of" || d.toks[p+1].lower == "for" || d.toks[p+1].lower == "on" || d.toks[p+1].lower == "against" || d.toks[p+1].lower == "without") {
		end = max(end, d.complementEnd(p+2, k))
	}
	if end == p {
		end = d.acronymedEnd(p, k) // "Transport for London (TfL)": no organisation word, but its acronym
	}
	// A title run like "Secretary of State" is not an organisation, nor is
	// "Former Cabinet minister".
	if end > p && (titleHeads[d.toks[p].lower] || honorifics[d.toks[p].lower] || notOrgStart[d.toks[p].lower]) && !orgHeads[d.toks[p].lower] {
		return p
	}
	return end
}

// armRegions close the name of a firm's regional arm.
var armRegions = set("america", "europe", "asia", "africa", "international", "worldwide")

// titleCased: w is a word with only its first letter capital ("Welfare",
// not "UN" or "McCain").
func titleCased(w string) bool {
	return len(w) > 1 && isCapital(w) && isLowerWord(w[1:])
}

// acronymedEnd: a capitalised run [p, k) with a connector inside, closed
// by an acronym in brackets that spells its initials, is one name
// ("Transport for London (TfL)"); it returns k, or p.
func (d *doc) acronymedEnd(p, k int) int {
	if k-p < 3 || k+2 >= len(d.toks) || d.toks[k].text != "(" || d.toks[k+2].text != ")" || !d.proper(p) || !d.proper(k-1) {
		return p
	}
	words := make([]string, 0, k-p)
	for j := p; j < k; j++ {
		words = append(words, d.toks[j].text)
	}
	if caps := acronymCapitals(d.toks[k+1].text); caps == "" || nameInitials(strings.Join(words, " ")) != caps {
		return p
	}
	return k
}

// portfolioTail: "and" at token p, inside a capitalised run ending at k
// after a post's portfolio, goes on with the portfolio's second part up
// to a first name and its surname ("Minister of Information and
// Broadcasting Mutahi Kagwe"); it returns where the name starts, or p.
func (d *doc) portfolioTail(p, k int) int {
	if p+3 >= k || d.toks[p].lower != "and" {
		return p
	}
	q := p + 1
	for q < k && q < p+4 && isCapital(d.toks[q].text) && !d.x.gaz.IsFirstName(d.toks[q].text) {
		q++
	}
	if q == p+1 || q+1 >= k || !d.x.gaz.IsFirstName(d.toks[q].text) {
		return p
	}
	return q
}

// inNameEnd: "in" at token k inside a capitalised run from i joins one
// body's name when the run after it ends, within three words, in an
// organisation word and the words before it name nothing known ("the
// Crisis in Zimbabwe Coalition"; not "Barclays in London"). It returns
// the name's end, or k.
func (d *doc) inNameEnd(words []string, i, k int) int {
	s := &d.sents[d.toks[k].sent]
	if _, known := d.x.gaz.Lookup(words, i-s.t0); known {
		return k
	}
	for e := k + 1; e < s.t1 && e <= k+3 && d.proper(e); e++ {
		if orgHeads[d.toks[e].lower] && e > k+1 {
			return e + 1
		}
	}
	return k
}

// lowerComplementEnd: an organisation's name [p, e) whose complement ends
// in a capitalised adjective goes on with the lower-case noun it
// describes ("National Association of Non-Governmental organizations");
// it returns the name's end.
func (d *doc) lowerComplementEnd(p, e int) int {
	if e >= len(d.toks) || d.toks[e].sent != d.toks[p].sent || d.toks[e].mention >= 0 || !lowerOrgNouns[d.toks[e].text] {
		return e
	}
	of := false
	for j := p; j < e; j++ {
		of = of || d.toks[j].lower == "of"
	}
	if l := d.toks[e-1].lower; !of || !(d.toks[e-1].tag == "JJ" || strings.HasSuffix(l, "al") || strings.HasSuffix(l, "ent")) {
		return e
	}
	return e + 1
}

// lowerOrgNouns are the nouns a body's name may end in lower case.
var lowerOrgNouns = set("organizations", "organisations", "unions", "associations", "enterprises", "industries")

// complementEnd returns the end of the proper words from token e inside
// [e, k) after an organisation word and its preposition, an opening "the"
// skipped ("Organisation of the Islamic Conference", "Ministry of the
// Interior").
func (d *doc) complementEnd(e, k int) int {
	if e+1 < k && d.toks[e].lower == "the" {
		e++
	}
	start := e
	for e < k && d.toks[e].lower != "and" && d.proper(e) {
		if e > start && e+1 < k && d.proper(e+1) && d.x.gaz.IsFirstName(d.toks[e].text) && !orgHeads[d.toks[e+1].lower] {
			break // "governor of the Bank of England Mervyn King": a person after the name
		}
		if e > start && e+1 < k && titleHeads[d.toks[e].lower] && !titleMods[d.toks[e-1].lower] && d.proper(e+1) {
			break // "Bank of England Governor Mervyn King": the holder's post after the name
		}
		e++
		if e+1 < k && e-start == 1 && d.toks[e].lower == "of" && d.proper(e+1) && titleCased(d.toks[e-1].text) && !d.isPlace(d.toks[e+1].mention) {
			// "Office for the Coordination of Humanitarian Affairs",
			// "Society for the Protection of Birds": an activity and
			// what it is of (not "Ministry of Defence of Ukraine")
			e++
		}
	}
	if e > start && e+2 <= k && k-e <= 3 && d.toks[e].lower == "and" && d.proper(e+1) && !d.x.gaz.IsFirstName(d.toks[e+1].text) {
		// "Coalition for Unity and Democracy", "Movement for Justice and
		// Development", "Department of Water and Environmental
		// Regulation": a word or two more end the complement (not "the
		// Institute for Fiscal Studies and Barclays", a name of its own)
		s := &d.sents[d.toks[e].sent]
		last := k - 1
		if e+2 == k && d.knownPlaceAt(s, start, e) && d.knownPlaceAt(s, e+1, k) {
			return k // "the Police Federation of England and Wales": the two places it covers
		}
		if _, known := d.x.gaz.Lookup(d.texts(s), e+1-s.t0); !known && (d.nerEnd(e+1) == e+1 || d.commonWords(e+1, k)) && d.proper(last) && (last == e+1 || !orgHeads[d.toks[e+1].lower] && !d.x.gaz.IsFirstName(d.toks[last-1].text)) {
			return k // (also "Ministry of Energy and Mines", whose "Mines" the recogniser named apart)
		}
	}
	return e
}

// knownPlaceAt: the tokens [a, b) of sentence s are the whole name of a
// country or a region the gazetteer knows.
func (d *doc) knownPlaceAt(s *sent, a, b int) bool {
	m, ok := d.x.gaz.Lookup(d.texts(s), a-s.t0)
	return ok && m.Kind == gazetteer.KindName && a+m.N == b && placeEntry(m.Entry)
}

// clubEndsBefore: the "for" at token j follows a club's word ("Leeds United
// for Bolton Wanderers") or a race's or a racing team's ("won the
// Hungarian Grand Prix for Valkyrie Racing"), which ends the name.
func (d *doc) clubEndsBefore(j int) bool {
	return d.toks[j].lower == "for" && (clubWords[d.toks[j-1].lower] || raceEnds[d.toks[j-1].lower])
}

// townSeat: a town's name at token p and a compass word after it name a
// constituency in a story about seats ("Dunfermline East", "Leicester
// South"; not "Kanye West", "Michael East"): a town the gazetteer knows, a
// word with a town's ending, or a word that is no given name.
func (d *doc) townSeat(s *sent, p int) bool {
	if !seatCompass[d.toks[p+1].text] || !d.seatStory() {
		return false
	}
	w := d.toks[p].text
	if gm, ok := d.x.gaz.Lookup(d.texts(s), p-s.t0); ok && gm.N == 1 && gm.Kind == gazetteer.KindName && gm.Entry.Type == TypeLoc {
		return true
	}
	return !d.x.gaz.IsFirstName(w) || townEnding(strings.ToLower(w))
}

// joinedSeatEnd: capitalised words, "and" or "&", and capitalised words
// are one constituency after "MP for" ("Labour MP for Hornsey and Wood
// Green") or between "the" and "seat" ("won the Folkestone & Hythe
// seat"); not where a body the gazetteer knows stands on either side
// ("MP for Meirionnydd Nant Conwy and Plaid Cymru's leader"). It returns
// the seat's end, or i.
func (d *doc) joinedSeatEnd(s *sent, words []string, i int) int {
	member := d.seatForBefore(i)
	if !member && (i-1 < s.t0 || d.toks[i-1].lower != "the") {
		return i
	}
	run := func(j int) int {
		e := j
		for e < s.t1 && e < j+3 && isNameWord(d.toks[e].text) && isProperTag(d.toks[e].tag) {
			if e == j {
				if gm, ok := d.x.gaz.Lookup(words, e-s.t0); ok && gm.Entry.Type == TypeOrg {
					return j // (a body the gazetteer knows opens the words)
				}
			}
			e++
		}
		return e
	}
	k := run(i)
	if k == i || k+1 >= s.t1 || d.toks[k].lower != "and" && d.toks[k].text != "&" {
		return i
	}
	e := run(k + 1)
	if e == k+1 || e < s.t1 && (isCapital(d.toks[e].text) || d.toks[e].text == "'s") {
		return i
	}
	if !member && (e == s.t1 || !constituencyNouns[d.toks[e].lower]) {
		return i
	}
	return e
}

// seatStory: the document speaks of constituencies ("constituency", "MP",
// "by-election").
func (d *doc) seatStory() bool {
	for i := range d.toks {
		if seatWords[d.toks[i].lower] {
			return true
		}
	}
	return false
}

var seatWords = set("constituency", "constituencies", "mp", "mps", "by-election", "seat", "seats")

// townEnding: w ends like an English town's name ("Leicester", "Oldham").
func townEnding(w string) bool {
	for _, suf := range []string{"cester", "chester", "ham", "ford", "field", "ton", "by", "bury", "borough", "mouth", "pool", "wich", "minster", "stoke", "don", "caster", "port", "ley", "wick"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// seatCompass close the names of constituencies after their towns.
var seatCompass = set("North", "South", "East", "West", "Central")

// racingTeamEnds close the names of racing teams; racingKinds before
// "racing" name a sport.
var racingTeamEnds = set("racing", "motorsport", "motorsports")
var racingKinds = set("motor", "horse", "greyhound", "car", "yacht", "powerboat", "harness", "drag", "formula", "sports")

// raceEnds close the names of races and racing teams.
var raceEnds = union(set("prix", "rally"), racingTeamEnds)

// commonWords: the tokens in [a, b) are dictionary words, capitalised as
// a name's ("Mines", "Trade and Industry"), no names of their own.
func (d *doc) commonWords(a, b int) bool {
	for j := a; j < b; j++ {
		if !d.x.lem.InDict(d.toks[j].lower) || d.x.gaz.IsFirstName(d.toks[j].text) {
			return false
		}
	}
	return a < b
}

// descriptionAcronyms are capitalised class words that describe the name
// after them ("Greek NGO Hellenic League for Human Rights").
var descriptionAcronyms = set("NGO", "NGOs")

// headlineVerb reports whether w is a verb's third person ("resigns",
// "visits", "accuses"), which in a headline follows the name.
func headlineVerb(d *doc, w string) bool {
	b, ok := strings.CutSuffix(w, "s")
	if !ok || len(b) < 3 || strings.HasSuffix(b, "s") {
		return false
	}
	if strings.HasSuffix(b, "e") && d.x.lem.InDict(strings.TrimSuffix(b, "e")) && !d.x.lem.InDict(b) {
		b = strings.TrimSuffix(b, "e") // "watches" -> "watche" is no word: "watch" is
	}
	return d.x.lem.InDict(b) && d.x.lem.Lemma(w) != w
}

// degreeBefore reports whether a degree word ("master's", "degree") stands
// within three tokens before p or at p ("a master's degree in Business
// Administration").
func (d *doc) degreeBefore(p int) bool {
	for j := p - 1; j >= 0 && j >= p-3; j-- {
		l := d.toks[j].lower
		if degreeWords[l] || l == "degree" {
			return true
		}
	}
	return degreeWords[d.toks[p].lower]
}

func (d *doc) titleAhead(p, k int) bool {
	if p >= k {
		return false
	}
	// title words up to a non-title word, at least one head
	head := false
	for j := p; j < k; j++ {
		l := d.toks[j].lower
		if titleHeads[l] || honorifics[l] {
			head = true
			continue
		}
		if titleMods[l] || l == "of" {
			continue
		}
		return head
	}
	return false
}

// nameCandidate types a run of capitalised words that no list knows.
func (d *doc) nameCandidate(si, p, e, titleStart int, title []string, aff int, honor bool) {
	s := &d.sents[si]
	n := e - p
	if n == 1 && len(title) == 0 && d.compoundNationality(d.toks[p].text) {
		return // "Austro-Australian actress": a compound nationality, no name
	}
	if n == 1 && len(title) == 0 && webName(d.toks[p].text) {
		d.addMention(si, p, e, TypeOrg, nil, false) // "Ustream.tv", "Amazon.com": a website's company
		return
	}
	if s.headline && len(title) == 0 {
		// Headlines capitalise everything: only names already known.
		d.addPending(si, p, e)
		return
	}
	if s.headline && d.x.lem.InDict(d.toks[p].lower) && !d.x.gaz.IsFirstName(d.toks[p].text) {
		// "Zimbabwe Minister Accuses NGOs Of ...": after a title a
		// headline's next capitalised word is its verb, not a name
		d.addPending(si, p, e)
		return
	}
	for s.headline && e-p >= 3 && headlineVerb(d, d.toks[e-1].lower) {
		e-- // "Minister Lucy Smith Resigns": the name, then the verb
	}
	if q := d.listedPortfolioEnd(p, e); q > p {
		d.nameCandidate(si, q, e, titleStart, title, aff, honor)
		return
	}
	if d.degreeBefore(p) || d.lawName(p, e) || d.poolName(p, e) {
		return
	}
	if j := d.orgThenPerson(p, e); len(title) == 0 && j > p {
		// "the commander of the Kenyan Navy Tom Mboya": the body, then
		// its officer's name
		d.addMention(si, p, j, TypeOrg, d.spanEntry(s, p, j), false)
		d.addMention(si, j, e, TypePerson, nil, false)
		return
	}
	if len(title) == 0 && n >= 2 && n <= 5 && orgHeads[d.toks[p].lower] && bodyOpeners[d.toks[p].lower] && !d.anyTitleWord(p+1, e) {
		// "the Committee Against Torture", "Council for Fair Trade": a
		// body named by its kind first
		d.addMention(si, p, e, TypeOrg, nil, false)
		return
	}
	if len(title) == 0 && (n >= 2 && n <= 3 && d.toks[p].text == "Air" && !d.anyTitleWord(p+1, e) || n == 2 && d.toks[e-1].text == "Air" && !d.anyTitleWord(p, e) || n == 3 && d.toks[p+1].text == "Air" && !d.anyTitleWord(p, e)) {
		// "Air Deccan", "Air Europe", "Lion Air", "Royal Air Maroc": an airline
		d.addMention(si, p, e, TypeOrg, d.spanEntry(s, p, e), false)
		return
	}
	if len(title) == 0 && n >= 2 && d.toks[p].tag == "JJ" {
		// "the Kurdish YPG militia": an adjective of a people before an
		// organisation the gazetteer knows is no part of its name
		if gm, ok := d.x.gaz.Lookup(d.texts(s), p+1-s.t0); ok && p+1+gm.N == e && gm.Entry.Type == TypeOrg {
			d.addMention(si, p+1, e, TypeOrg, gm.Entry, false)
			return
		}
	}
	if len(title) == 0 && n <= 3 && (e < s.t1 && indexNouns[d.toks[e].lower] || p > s.t0 && indexNouns[d.toks[p-1].lower] && d.toks[p-1].tag != "VBZ") {
		// "Japan's Nikkei index", "the stock index FTSE 100": a market index
		d.addMention(si, p, e, TypeOrg, nil, false)
		return
	}
	if n == 1 && len(title) == 0 && codeName(d.toks[p].text) && (e < s.t1 && armedGroupNouns[d.toks[e].lower] || p > s.t0 && d.toks[p-1].lower == "the" && p-1 > s.t0 && isVerb(d.toks[p-2].tag) && (e == s.t1 || d.toks[e].text == "." || d.toks[e].text == ",")) {
		// "M23 rebels", "the M23": a group named by letters and a number
		d.addMention(si, p, e, TypeOrg, nil, false)
		return
	}
	allAlpha := true
	acr := true
	for j := p; j < e; j++ {
		w := d.toks[j].text
		if nameParticles[d.toks[j].lower] && !isCapital(w) || w == "&" || (w == "'s" || w == "'") && j > p && collectiveOwners[d.toks[j-1].lower] {
			continue
		}
		if !isNameWord(w) {
			allAlpha = false
		}
		if strings.ToUpper(w) != w {
			acr = false
		}
	}
	if !allAlpha {
		return
	}
	for e-p >= 2 && titleHeads[d.toks[e-1].lower] && !orgHeads[d.toks[e-1].lower] && !((e-p == 2 || d.nerLabel(p, e) == TypePerson && !d.isTitleWord(d.toks[e-2].lower)) && !isAcronymWord(d.toks[e-1].text) && d.x.gaz.IsFirstName(d.toks[p].text)) {
		// ("Paul King", "John Major", "Martin Luther King": a surname that
		// is also a title, after a first name; the recogniser reads a
		// longer name whole)
		e-- // "the Glasgow Kelvin MP": the title is not part of the name
		n--
	}
	for p < e-1 && notOrgStart[d.toks[p].lower] {
		p++ // "Former Cabinet minister"
		n--
	}
	if n >= 2 && d.eventName(p, e) {
		return // "the World Cup", "the Australian Open": an event
	}
	if n >= 2 && d.toks[e-1].lower == "county" && !orgHeads[d.toks[e-2].lower] && !d.sport() {
		// "Dade County" outside a sports report: a place ("Derby County"
		// in one is a club)
		d.addMention(si, p, e, TypeLoc, nil, false)
		return
	}
	if n >= 2 && (orgHeads[d.toks[e-1].lower] || clubSuffixes[d.toks[e-1].lower]) && !d.postApposedAfter(p, e, s.t1) {
		// "Brit Awards", "Sale Sharks" are not people (but "Jim Press,
		// vice president and chief operating officer," is one)
		d.addMention(si, p, e, TypeOrg, nil, false)
		return
	}
	if n >= 2 && len(title) == 0 && d.tradePluralEnd(p, e) {
		// "Vandermeer Snacks", "Harwell Widgets": a name closed by the
		// plural of what a company makes is no person's
		d.addMention(si, p, e, TypeOrg, nil, false)
		return
	}
	if len(title) == 0 && (n >= 2 || !isAcronymWord(d.toks[p].text) && !basedNonPlaces[d.toks[p].lower]) && d.basedAfter(e-1) && !orgHeads[d.toks[e-1].lower] {
		// "Santa Monica-based Activision", "the Geneva-based WHO": where
		// something is based
		d.addMention(si, p, e, TypeLoc, nil, false)
		return
	}
	if len(title) == 0 && (d.placeKindBefore(p) && (!d.x.gaz.IsFirstName(d.toks[p].text) || n >= 2 && d.x.lem.InDict(d.toks[e-1].lower)) || n >= 2 && d.placeAppositionAt(s, e)) {
		// "the strategic towns of Tel Hasel and Safira", "Port Nolloth,
		// a town in", "the town of Marlow Creek" (a first name, then a
		// common word: no surname)
		d.addMention(si, p, e, TypeLoc, nil, false)
		return
	}
	if n >= 2 && len(title) == 0 && (d.theSite(p, e) || placeNameEnd(d.toks[e-1].lower) && (!d.x.gaz.IsFirstName(d.toks[p].text) || surelyPlaceEnds[d.toks[e-1].lower] && placeType(d.nerType(p, e)))) {
		// "the Caridad Church", "Mashtots Park": a place ("Pearl Harbor"
		// too: no one is named Harbor)
		d.addMention(si, p, e, TypeLoc, nil, false)
		return
	}
	if n == 1 && len(title) == 1 && title[0] == "general" && d.x.lem.InDict(d.toks[p].lower) {
		return // "General Election" (but "Gen. Lee", "President Bush")
	}
	if n == 1 && len(title) > 0 && d.isTitleWord(title[len(title)-1]) && !plainHonorifics[title[len(title)-1]] && !peerTitles[title[len(title)-1]] && titleHeads[d.toks[p].lower] && p+1 < s.t1 && !d.proper(p+1) {
		return // "David Frost, Director General of the BCC", "Justice Minister, X,": the rest of a title, no name
	}
	if p-1 > s.t0 && (d.toks[p-1].lower == "for" || d.toks[p-1].lower == "of") && (hasHead(title) || len(title) == 0 && titleHeads[d.toks[p-2].lower] && isCapital(d.toks[p-2].text)) && d.portfolioWords(p, e) && (e >= s.t1 || !d.proper(e)) {
		return // "Kenya's Secretary of State for Trade, X,", "X, Minister for Health,": the post's portfolio, no name
	}
	if n >= 2 {
		// "Tate Britain": a name that ends in a country is no person
		// (but a first name and a capital's name is a person: "Bob
		// Wellington"; so is a first name and a country's that is also a
		// surname: "Michael Jordan", "Jimmy Wales"; one an apposition
		// calls a person: "Valeska Paris, an Australian woman"; and a
		// first name after a person's title: "Foreign Minister Valeria
		// Montenegro")
		if m, ok := d.x.gaz.Lookup(d.texts(s), e-1-s.t0); ok && m.N == 1 && m.Entry.Type == "GPE" && m.Kind == gazetteer.KindName && !(d.x.gaz.IsFirstName(d.toks[p].text) && (d.x.gaz.IsCapital(d.toks[e-1].text) || surnameCountries[d.toks[e-1].lower] || len(title) > 0)) && !d.apposedHuman(e) {
			d.addMention(si, p, e, TypeOrg, nil, false)
			return
		}
	}
	switch {
	case n == 1 && newspaperWords[d.toks[p].lower] && p-1 > s.t0 && d.toks[p-1].text == "The":
		// "told The Sun": a newspaper's name is its title with "The"
		d.addMention(si, p-1, e, TypeOrg, nil, false)
	case n == 1 && orgHeads[d.toks[p].lower]:
		// "the Committee": a bare organisation word names nothing by itself
	case (n == 2 || n == 3 && (nameParticles[d.toks[p+1].lower] || !d.x.gaz.IsFirstName(d.toks[p+1].text))) && len(title) == 0 && d.listEntryInitial(p, e) && isNameWord(d.toks[p+1].text) && d.spanEntry(s, p+1, e) == nil:
		// "G Henson (Neath-Swansea),": a player named by an initial in a
		// team sheet, whatever the recogniser read; resolve joins the
		// surname to the one named in full with that initial, or keeps
		// the initial
		d.addMention(si, p+1, e, TypePerson, nil, false)
	case n >= 2 && n <= 3 && len(title) == 0 && d.toks[p].text == "Team":
		// "Team GB", "Team Sky": a team's name opens with "Team"
		d.addMention(si, p, e, TypeOrg, nil, false)
	case n >= 2 && foreignOrgStarts[d.toks[p].lower]:
		// "Banco Itau", "Grupo Televisa", "Partido Popular": a body's
		// name in another language opens with its kind
		d.addMention(si, p, e, TypeOrg, nil, false)
	case len(title) == 0 && e < s.t1 && d.teamRoleApposed(si, p, e):
		// "Gethin Rees, the Scarlets hooker, crossed": the side a player
		// of the person before is described as playing for
		d.addMention(si, p, e, TypeOrg, nil, false)
	case len(title) == 0 && e < s.t1 && d.teamRoleThenName(si, p, e):
		// "Crystal Palace striker Andy Johnson", "William Hill spokesman
		// Rupert Adams", "said Villa boss David O'Leary": only a team, band
		// or company has a striker, a frontman or a boss
		d.addMention(si, p, e, TypeOrg, nil, false)
	case len(title) == 0 && n == 1 && p == s.t0 && e < s.t1 && d.titleThenName(e) && d.orgNamedBefore(d.toks[p].text):
		// "Grab chief executive Anthony Tan" after "ride-hailing firm
		// Grab": an organisation the text named, opening the sentence
		d.addMention(si, p, e, TypeOrg, nil, false)
	case len(title) == 0 && n >= 2 && e < s.t1 && d.titleThenName(e) && !d.x.gaz.IsFirstName(d.toks[p].text) && !d.endsInDemonym(p, e):
		// "Real Madrid midfielder David Beckham", "Intel spokesman Bill Kircos"
		// ("Former Holby City actor": not "Former")
		for p < e-1 && notOrgStart[d.toks[p].lower] {
			p++
		}
		if e-p == 1 && contestWords[d.toks[p].lower] {
			break // "Double Olympic champion Kelly Holmes": where the title was won
		}
		d.addMention(si, p, e, TypeOrg, nil, false)
	case len(title) > 0 && n <= 4 && !acr && !d.compassPlace(p, e):
		// (not "Labour MP for West Ham": the seat)
		m := d.addMention(si, p, e, TypePerson, nil, false)
		d.setTitle(m, titleStart, title, aff, honor)
	case (d.orgContext(p) || e < s.t1 && orgCues[d.toks[e].lower] && !isCapital(d.toks[e].text) && n >= 2 && !d.appointedName(p) || n >= 2 && e+1 < s.t1 && isNoun(d.toks[e].tag) && d.cueAfter(e, false) == e+2) && !(n == 1 && d.x.lem.InDict(d.toks[p].lower) && !d.employerContext(p)):
		// ("the Old Mutual insurance company": a trade, then the company noun)
		// a lone dictionary word ("head of Distribution") is a department, not a name
		// "US firm X", "the Tampa Bay Buccaneers team"
		d.addMention(si, p, e, TypeOrg, nil, false)
	case n >= 2 && len(title) == 0 && d.foundedAfter(s, e) && !d.x.gaz.IsFirstName(d.toks[p].text):
		// "Lagune Cacao was founded in 1998 by X", "Vandermeer, which is
		// headquartered in Eindhoven": only a body is founded or
		// headquartered
		d.addMention(si, p, e, TypeOrg, nil, false)
	case n >= 2 && n <= 4 && len(title) == 0 && d.placeKindAt(s, e) && (d.nerType(p, e) == "" || placeType(d.nerType(p, e))):
		// "the Bab al Amr neighborhood", "the Kayanza district": a name
		// before the kind of place it is
		d.addMention(si, p, e, TypeLoc, nil, false)
	case n == 2 && len(title) == 0 && d.placeOpened(p, e) && (d.nerType(p, e) == "" || placeType(d.nerType(p, e))):
		// "Santa Fé", "Puerto Cortés", "Lake Kivu": a word that opens
		// places' names (not "GTA San Andreas", a game; not Santa Claus)
		d.addMention(si, p, e, TypeLoc, nil, false)
	case n == 2 && len(title) == 0 && d.townSeat(s, p):
		// "Dunfermline East", "Leicester South": a town's seat (resolve
		// retypes one the recogniser named)
		d.addMention(si, p, e, TypeLoc, nil, false)
	case n >= 2 && n <= 4 && racingTeamEnds[d.toks[e-1].lower] && !racingKinds[d.toks[e-2].lower]:
		// "Valkyrie Racing", "Halden Motorsport": a racing team (not
		// "MOTOR RACING", a sport's heading)
		d.addMention(si, p, e, TypeOrg, nil, false)
	case n >= 2 && n <= 4 && !acr && !d.innerCapHyphen(d.toks[p:e]) && (d.x.gaz.IsFirstName(d.toks[p].text) && !d.theWordName(p, e) && !d.wordOpensFirm(p, e) && !d.wordEndsBody(p, e) || d.personContext(p, e)) && !d.theSite(p, e) && !d.wordNamedSite(p, e) && !d.compassPlace(p, e) && !d.siteAfterPrep(p, e):
		// (not "West Ham", "London's West End": a compass point opens a place the recogniser read)
		d.addMention(si, p, e, TypePerson, nil, false)
	case n >= 2 && d.nerType(p, e) != "":
		// a name the recogniser typed, with no rule that knows it
		d.addMention(si, p, e, d.nerType(p, e), nil, false)
	case n >= 2 && n <= 4 && d.nerLabel(p, d.nerEnd(p)) == "PERSON" && d.nerEnd(p) < e && !d.knownInside(si, d.nerEnd(p), e):
		// "Jean-Yves Le Drian": the recogniser stopped inside a person's
		// name the rules read whole
		d.addMention(si, p, e, TypePerson, nil, false)
	case n >= 2 && d.namesInside(si, p, e):
		// "Wasim Akram Waqar Younis": the recogniser split the run
	default:
		d.addPending(si, p, e)
	}
}

// postApposedAfter: the name [p, e) of two words or more, not opened by
// an organisation's word, holds the post that a comma at e opens (its
// words joined by "and") when the post ends the apposition (a comma, "of",
// "at", "for" or the sentence's end follow it): "Jim Press, vice president
// and chief operating officer,", "X, managing director, of Y"; not a post
// whose holder's name follows ("the Financial Times, chief operating
// officer Peter Chernin"; "Speaking to Dunya TV, Minister for Information,
// Raja Ashraf said").
func (d *doc) postApposedAfter(p, e, end int) bool {
	if e-p < 2 || orgHeads[d.toks[p].lower] || e+1 >= end || d.toks[e].text != "," {
		return false
	}
	k, head := e+1, false
	for k < end {
		l := d.toks[k].lower
		switch {
		case titleHeads[l]:
			head = true
		case titleMods[l] || l == "and" && head:
		default:
			if !head || l != "," && l != "of" && l != "at" && l != "for" {
				return false
			}
			if l != "," { // the body or portfolio the post is of
				for k++; k < end && (d.proper(k) || d.toks[k].lower == "and" || d.toks[k].lower == "the"); k++ {
				}
			}
			return !(k+1 < end && d.toks[k].text == "," && d.proper(k+1))
		}
		k++
	}
	return head
}

// countryThenVerb: a country the gazetteer knows starts at token k and a
// finite verb follows it ("of the United States defeated").
func (d *doc) countryThenVerb(k int) bool {
	if k >= len(d.toks) {
		return false
	}
	s := &d.sents[d.toks[k].sent]
	gm, ok := d.x.gaz.Lookup(d.texts(s), k-s.t0)
	if !ok || gm.Entry.Type != TypeGPE || gm.Kind != gazetteer.KindName {
		return false
	}
	e := k + gm.N
	return e < s.t1 && (d.toks[e].tag == "VBD" || d.toks[e].tag == "VBZ")
}

// wordOpensFirm: the name [p, e) opens with a given name of no known
// gender that is also a word of the dictionary, and the recogniser reads
// the whole run as an organisation ("Sun Microsystems has launched"; not
// "Peter Sellers", a man's name, nor "Bill Gates said", nor "First Mark
// Cueto" before a given name): the word is the firm's, not a person's
// given name.
func (d *doc) wordOpensFirm(p, e int) bool {
	return d.x.gaz.Gender(d.toks[p].text) == 0 && d.x.lem.InDict(d.toks[p].lower) && !d.x.gaz.IsFirstName(d.toks[p+1].text) && d.nerLabel(p, e) == TypeOrg
}

// stationPlaceEnd returns where the organisation [p, e) ends when its last
// word is a broadcaster's and a place the recogniser reads inside the same
// name follows before k ("BBC Radio Wales", "BBC Radio Scotland": the
// station, not BBC Radio and the country), else e.
func (d *doc) stationPlaceEnd(s *sent, words []string, p, e, k int) int {
	if e >= k || !regionalStationWords[d.toks[e-1].lower] {
		return e
	}
	gm, ok := d.x.gaz.Lookup(words, e-s.t0)
	if !ok || gm.Kind != gazetteer.KindName || gm.Entry.Type != TypeGPE && gm.Entry.Type != TypeLoc || e+gm.N > k || d.nerLabel(p, e+gm.N) != TypeOrg {
		return e
	}
	return e + gm.N
}

// regionalStationWords end a broadcaster's name before its region's.
var regionalStationWords = set("radio", "tv", "television")

// wordEndsBody: the two-word name [p, e) is two words of the dictionary,
// the last one no known person is named by, and the recogniser reads the whole as an
// organisation ("Christian Aid condemned the move"; not "Jack Straw" or
// "Gordon Brown", surnames the gazetteer knows, nor "Peter Sellers", a
// plural): the given name opens a body's name.
func (d *doc) wordEndsBody(p, e int) bool {
	last := &d.toks[e-1]
	return e-p == 2 && d.nerLabel(p, e) == TypeOrg && d.x.lem.InDict(d.toks[p].lower) && d.x.lem.InDict(last.lower) && !strings.HasSuffix(last.lower, "s") && len(d.x.gaz.SurnameCountries(last.text)) == 0 && !d.x.gaz.IsFirstName(last.text)
}

// theWordName: the name [p, e) after "the" opens with a word of the
// dictionary the recogniser does not read as a person's ("joined the Sea
// Org"): a given name that is also a word ("Sea", "Grant") opens no
// person's name after the article.
func (d *doc) theWordName(p, e int) bool {
	return p > d.sents[d.toks[p].sent].t0 && d.toks[p-1].lower == "the" && d.x.lem.InDict(d.toks[p].lower) && d.nerType(p, e) != "" && d.nerType(p, e) != TypePerson
}

// wordNamedSite: the name [p, e) after "the" ends in a word of the
// dictionary no known person is named by, and the recogniser reads it as
// no person's ("the Lenin Shipyard", "the Rocky Flats plant"; not "Gordon
// Brown", nor "Gunter Grass" without the article).
func (d *doc) wordNamedSite(p, e int) bool {
	if p == d.sents[d.toks[p].sent].t0 || d.toks[p-1].lower != "the" {
		return false
	}
	t := d.nerType(p, e)
	last := &d.toks[e-1]
	return t != "" && t != TypePerson && d.x.lem.InDict(last.lower) && len(d.x.gaz.SurnameCountries(last.text)) == 0 && !d.x.gaz.IsFirstName(last.text)
}

// orgThenPerson returns where a person's name starts inside the run
// [p, e) after an organisation's head word ("Kenyan Navy Tom Mboya",
// "Soviet Navy Nikolai Kuznetsov", "group EADS Philippe Camus"): a known
// first name that is no word of the dictionary ("Radio Free Asia",
// "Battalion Royal Gurkha Rifles") and one or two more capitalised words
// after a head that is not the run's first word ("Bank Sal Oppenheim") or
// after an acronym; or p.
func (d *doc) orgThenPerson(p, e int) int {
	for j := p + 1; j+1 < e; j++ {
		head := orgHeads[d.toks[j-1].lower] && j-1 > p || isAcronymWord(d.toks[j-1].text) && len(d.toks[j-1].text) >= 3 && !d.isTitleWord(d.toks[j-1].lower)
		if !head || !isCapital(d.toks[j-1].text) || !d.x.gaz.IsFirstName(d.toks[j].text) || d.x.lem.InDict(d.toks[j].lower) || e-j > 3 || orgHeads[d.toks[e-1].lower] {
			continue
		}
		for k := j + 1; k < e; k++ {
			if !isCapital(d.toks[k].text) || d.isTitleWord(d.toks[k].lower) {
				return p
			}
		}
		return j
	}
	return p
}

// nerEnd returns the end of the recogniser's name starting at token t0,
// or t0.
func (d *doc) nerEnd(t0 int) int {
	if i := d.nameAt[t0]; i >= 0 {
		return d.names[i].t1
	}
	return t0
}

// knownInside reports whether a gazetteer name or another recognised name
// starts inside [p, e).
func (d *doc) knownInside(si, p, e int) bool {
	s := &d.sents[si]
	words := d.texts(s)
	for j := p; j < e; j++ {
		if _, ok := d.x.gaz.Lookup(words, j-s.t0); ok || d.nerEnd(j) > j {
			return true
		}
	}
	return false
}

// namesInside adds the names the recogniser found inside the capitalised
// run [p, e) when it split the run into several ("Wasim Akram Waqar
// Younis" in a results line); the words outside them are pending. It
// reports whether it found any.
func (d *doc) namesInside(si, p, e int) bool {
	var inside []nameSpan
	for j := p; j < e; j++ {
		for _, n := range d.namesAt(j) {
			if n.t1 <= e && extractType(n.typ) != "" {
				inside = append(inside, n)
			}
		}
	}
	if len(inside) < 2 {
		return false // one name and other words: the run may be one longer name ("Jean-Yves Le Drian")
	}
	k := p
	for _, n := range inside {
		if n.t0 > k {
			d.addPending(si, k, n.t0)
		}
		if n.t1-n.t0 == 1 {
			d.addPending(si, n.t0, n.t1) // typed in resolve()
		} else {
			d.addMention(si, n.t0, n.t1, extractType(n.typ), nil, false)
		}
		k = n.t1
	}
	if k < e {
		d.addPending(si, k, e)
	}
	return true
}

// nerType returns the extractor type of a name the recogniser found at
// exactly tokens [t0, t1), or "" (types without an extractor type, such as
// EVENT and MISC, also give "").
func (d *doc) nerType(t0, t1 int) string { return extractType(d.nerLabel(t0, t1)) }

// nerLabel returns the recogniser's type of a name at exactly [t0, t1),
// or "".
func (d *doc) nerLabel(t0, t1 int) string {
	for _, n := range d.namesAt(t0) {
		if n.t1 == t1 {
			return n.typ
		}
	}
	return ""
}

// namesAt returns the recogniser's names that start at token t (two can:
// "US-German" is one word of the rules).
func (d *doc) namesAt(t int) []nameSpan {
	i := d.nameAt[t]
	if i < 0 {
		return nil
	}
	j := int(i)
	for j < len(d.names) && d.names[j].t0 == t {
		j++
	}
	return d.names[i:j]
}

func extractType(nerType string) string {
	switch nerType {
	case "PERSON":
		return TypePerson
	case "ORG":
		return TypeOrg
	case "GPE":
		return TypeGPE
	case "LOC", "FAC":
		return TypeLoc
	}
	return ""
}

// nameEndPunct end no name: a recogniser's name that ends in one ends
// before it.
var nameEndPunct = set(",", ";", ":", "-", "–", "—", "(")

// addRecognised adds the names the recogniser found where the rules found
// nothing: whole multi-word names as mentions, single words as pending
// mentions that resolve() types with the recogniser's type. In headlines
// the recogniser is trusted where the rules are not (it learnt capitalised
// lines); page furniture gives no names.
func (d *doc) addRecognised() {
	pending := map[int]bool{}
	for _, m := range d.mentions {
		if m.ent < 0 && m.typ == "" {
			pending[m.t0] = true
		}
	}
	for _, n := range d.names {
		typ := extractType(n.typ)
		if typ == "" {
			continue
		}
		if n.t1 == n.t0+2 && compoundWord(d.toks[n.t0].lower) && coalitionNouns[d.toks[n.t0+1].lower] {
			continue // "the Saudi-led coalition": addCompoundBackers names it with its leader
		}
		if n.t1 == n.t0+1 && genreWords[d.toks[n.t0].lower] {
			continue // "R&B star Usher": a genre, not a name
		}
		if d.lowerSpan(n.t0, n.t1) {
			continue // "this bill is doomed": the recogniser carried "Bill" over to a common noun
		}
		if n.t1 == n.t0+1 && d.compoundNationality(d.toks[n.t0].text) {
			continue // "Austro-Australian actress": a compound nationality, no name
		}
		for n.t0+1 < n.t1 && compoundWord(d.toks[n.t0].lower) && isCapital(d.toks[n.t0+1].text) {
			n.t0++ // "US-backed Syrian Democratic Forces": the compound describes the name
		}
		for n.t1-1 > n.t0 && (isLowerWord(d.toks[n.t1-1].text) && (d.toks[n.t1-1].tag == "RB" || smallNameWords[d.toks[n.t1-1].lower] || functionTags[d.toks[n.t1-1].tag] || d.toks[n.t1-1].tag == "RP" || isVerb(d.toks[n.t1-1].tag)) || nameEndPunct[d.toks[n.t1-1].text]) {
			n.t1-- // "Houston-based Continental now has", "accused Titan of illegally paying", "talks with Borussia Dortmund over", "from Lucent, it": no part of the name
		}
		for j := n.t0 + 1; j+1 < n.t1; j++ {
			if datePreps[d.toks[j].text] && (timeNouns[d.toks[j+1].lower] || monthWords[d.toks[j+1].lower]) {
				n.t1 = j // "sued Airbus on Tuesday": the name ends before the date
				break
			}
			if t := &d.toks[j]; (t.text == "-" || t.text == "–" || t.text == "—") && t.start > d.toks[j-1].end {
				n.t1 = j // "by Tottenham - the club where he made his name": the name ends at the dash
				break
			}
		}
		if n.t0 == n.t1 {
			continue
		}
		// a pending word of a rule (an unknown name in a headline, say)
		// does not block a whole name; a single one is typed in resolve()
		free := true
		for j := n.t0; j < n.t1; j++ {
			if d.toks[j].mention >= 0 || d.toks[j].titleOf >= 0 || pending[j] && n.t1-n.t0 == 1 {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		si := d.toks[n.t0].sent
		if d.sents[si].furniture {
			continue // "Link copied", "Share this article"
		}
		if e := n.t1; e < d.sents[si].t1 && isCapital(d.toks[e].text) && d.eventName(n.t0, e+1) {
			continue // "the U.S. Open": the place names an event
		}
		if d.lawName(n.t0, n.t1) {
			continue // "the Children Bill"
		}
		if k := d.apposedTitle(&d.sents[si], n.t0); k > 0 && n.t0+k >= n.t1 {
			continue // "Tim Crawford, Group Economist at Halifax,": a post, not a name
		}
		if d.insideAwardName(&d.sents[si], n.t0, n.t1) {
			continue // "the Freedom to Write Award"
		}
		if n.t1-n.t0 == 1 && postNominals[d.toks[n.t0].text] && n.t0 > 0 && d.toks[n.t0-1].text == "," {
			continue // "Kevin Borick, QC,"
		}
		if d.poolName(n.t0, n.t1) {
			continue // "Group B rivals": a stage of a tournament
		}
		if compoundWord(d.toks[n.t1-1].lower) {
			continue // "the US-led coalition": a compound describes a noun
		}
		if n.t0 > d.sents[si].t0 && shipPrefixes[d.toks[n.t0-1].text] {
			continue // "HMS Belfast": a ship
		}
		if d.allTitleWords(n.t0, n.t1) {
			continue // "the MSP", "the CEO", "X, Vice President of the ATP": a title, not a name
		}
		if n.t1-n.t0 == 1 {
			d.addPending(si, n.t0, n.t1)
			continue
		}
		if d.eventName(n.t0, n.t1) {
			continue
		}
		if typ == TypePerson && d.orgWordInside(n.t0, n.t1) {
			typ = TypeOrg // "Soros Foundation Kazakhstan"
		}
		if l := &d.toks[n.t1-1]; isLowerWord(l.text) && !particleName(l.text) && d.x.lem.InDict(l.lower) && !(typ == TypeOrg && (orgHeads[l.lower] || orgCues[l.lower])) {
			continue // "a former Nobel Peace Prize winner": a description, not a name ("Interfax news agency" is one)
		}
		d.addMention(si, n.t0, n.t1, typ, nil, false)
	}
}

// apposedHuman: an apposition after a name ending before token e calls
// its bearer a person by trade or kind (", an Australian woman", ", a
// retired lawyer and"): the noun ends the apposition's phrase.
func (d *doc) apposedHuman(e int) bool { return d.apposedHumanNoun(e) != "" }

// apposedHumanNoun returns the noun apposedHuman finds after token e, or "".
func (d *doc) apposedHumanNoun(e int) string {
	s := &d.sents[d.toks[e-1].sent]
	if e+2 >= s.t1 || d.toks[e].text != "," || d.toks[e+1].lower != "a" && d.toks[e+1].lower != "an" {
		return ""
	}
	for k := e + 2; k < s.t1 && k <= e+5; k++ {
		t := &d.toks[k]
		if w := t.lower; isLowerWord(t.text) && (plainPersonNouns[w] || professionNouns[w]) {
			if k+1 == s.t1 || !isNoun(d.toks[k+1].tag) && d.toks[k+1].text != "'s" {
				return w
			}
			return ""
		}
		if !(t.tag == "JJ" || t.tag == "VBN" || t.mention >= 0 && d.mentions[t.mention].kind == MentionDemonym || d.demonymWord(k)) {
			return ""
		}
	}
	return ""
}

// calledWoman: an apposition calls person e a woman ("Valeska Paris, an
// Australian woman,"), whatever the first names know of her given name.
func (d *doc) calledWoman(e int) bool {
	return d.calledBy(e, func(noun string) bool { return femaleNouns[noun] })
}

// calledBy: an apposition after a name of entity e calls its bearer a
// person by a noun that fits (apposedHumanNoun).
func (d *doc) calledBy(e int, fits func(noun string) bool) bool {
	for mi := range d.mentions {
		if m := &d.mentions[mi]; m.ent == e && !m.pronoun && m.t1 < len(d.toks) {
			if n := d.apposedHumanNoun(m.t1); n != "" && fits(n) {
				return true
			}
		}
	}
	return false
}

// placeKindBefore: the name at token p follows "the towns of" (or
// "the city of"), maybe after other names of the list ("the towns of
// Tel Hasel, Tel Arn and Safira").
func (d *doc) placeKindBefore(p int) bool {
	s := &d.sents[d.toks[p].sent]
	for k := p - 1; k > s.t0 && k >= p-12; k-- {
		t := &d.toks[k]
		switch {
		case t.lower == "of":
			w := d.nounLemma(d.toks[k-1].lower)
			return placeKindNouns[w] && w != "state" // ("the state of Parmalat's finances")
		case t.text == "," || t.lower == "and" || isCapital(t.text) || t.mention >= 0 || t.tag == "RB" || t.tag == "RBS":
		default:
			return false
		}
	}
	return false
}

// poolName: "Group B", "Pool 4": a tournament's group, not an organisation.
func (d *doc) poolName(t0, t1 int) bool {
	if t1-t0 != 2 || d.toks[t0].lower != "group" && d.toks[t0].lower != "pool" {
		return false
	}
	w := d.toks[t0+1].text
	return len(w) == 1 && (w[0] >= 'A' && w[0] <= 'H' || w[0] >= '1' && w[0] <= '9')
}

// orgWordInside: a word of organisations stands inside the name [t0, t1)
// ("Soros Foundation Kazakhstan"), or ends it after a word that is no
// first name; "Margaret Court" is a person.
func (d *doc) orgWordInside(t0, t1 int) bool {
	for k := t0 + 1; k < t1; k++ {
		if d.orgHeadAt(k) && isCapital(d.toks[k].text) && (k < t1-1 || !d.x.gaz.IsFirstName(d.toks[t0].text)) {
			return true
		}
	}
	return false
}

// theSite: the name [p, e) after "the" or a possessive ends in a word of
// places ("the Caridad Church", "London's Leicester Square", not
// "Charlotte Church").
func (d *doc) theSite(p, e int) bool {
	return p > d.sents[d.toks[p].sent].t0 && (d.toks[p-1].lower == "the" || d.toks[p-1].text == "'s") && placeNameEnd(d.toks[e-1].lower)
}

// siteAfterPrep: the name [p, e), which the recogniser reads as a place
// or not at all, ends in a site's word after a preposition of place
// ("play at Weston Park", "move to Stanley Park", "in Leicester
// Square"): a site, whatever first name opens it.
func (d *doc) siteAfterPrep(p, e int) bool {
	if p == d.sents[d.toks[p].sent].t0 || !placePreps[d.toks[p-1].lower] && !siteReachPreps[d.toks[p-1].lower] || !sitePlaces[d.toks[e-1].lower] && d.toks[e-1].lower != "stadium" {
		return false
	}
	t := d.nerType(p, e)
	return t == "" || placeType(t)
}

// siteReachPreps lead to or from a site ("move to Stanley Park").
var siteReachPreps = set("at", "to", "from")

// surnameCountries are countries' names that are also surnames.
var surnameCountries = set("jordan", "chad", "israel", "wales", "holland", "england")

// worshipPlaces and sitePlaces end the names of places.
var (
	worshipPlaces = set("church", "cathedral", "mosque", "temple", "synagogue", "chapel", "monastery", "shrine", "basilica", "abbey")
	sitePlaces    = set("square", "park", "bridge", "airport", "avenue", "boulevard", "tower", "towers", "arena")
	regionWords   = union(provinceNouns, set("region", "district", "valley", "mountains", "desert", "river", "lake", "island",
		"islands", "sea", "gulf", "strait", "peninsula", "coast", "county", "street", "road", "prison", "camp", "base",
		"crossing", "stadium", "palace", "plaza", "heights", "hills", "bay", "canal", "dam", "mount", "forest",
		"municipality", "township", "parish", "territory", "canton", "borough", "harbor", "harbour"))
)

// surelyPlaceEnds end places' names and no one's: after a first name they
// still make a place of a name the recogniser reads as one ("Pearl Harbor";
// not "Charlotte Church", "Damon Hill").
var surelyPlaceEnds = set("harbor", "harbour", "island", "islands", "peninsula", "strait", "canal", "airport", "township")

// placeNameEnd: a name the recogniser reads as a place and no list knows
// is kept when its last word says what kind of place it is ("Mashtots
// Park", "Golan Heights"); other unknown "places" are as often misread
// organisations or nicknames.
func placeNameEnd(w string) bool {
	return worshipPlaces[w] || sitePlaces[w] || regionWords[w]
}

// companysPlace reports whether mention m follows "Ltd. of", naming where
// a company is.
func (d *doc) companysPlace(m *mention) bool {
	return m.t0 >= 2 && d.toks[m.t0-1].lower == "of" && companySuffixes[d.toks[m.t0-2].lower]
}

// companyOfPlace returns the "of" after a company suffix inside an
// organisation's name ("TSW Meats Ltd. of Liverpool"), or -1.
func (d *doc) companyOfPlace(t0, t1 int) int {
	for k := t0 + 1; k+2 < t1+1 && k+1 < t1; k++ {
		if d.toks[k].lower == "of" && companySuffixes[d.toks[k-1].lower] {
			for j := k + 1; j < t1; j++ {
				if !isCapital(d.toks[j].text) {
					return -1
				}
			}
			return k
		}
	}
	return -1
}

// companySuffixes end a company's legal name.
var companySuffixes = set("inc.", "inc", "co.", "corp.", "corp", "ltd.", "ltd", "llc", "plc", "co", "cos.", "l.p.", "ag", "gmbh", "n.v.", "s.a.",
	"ab", "nv", "bv", "spa", "s.p.a.", "oyj", "asa", "pte", "pty", "bhd")

// eventName: tokens [t0, t1) name an event ("the World Cup", "the
// Greater Milwaukee Open"): they end in an event word and the gazetteer
// does not list them as a whole.
func (d *doc) eventName(t0, t1 int) bool {
	if t1-t0 < 2 || !eventHeads[d.toks[t1-1].lower] {
		return false
	}
	s := &d.sents[d.toks[t0].sent]
	m, ok := d.x.gaz.Lookup(d.texts(s), t0-s.t0)
	return !ok || m.N != t1-t0
}

// innerCapHyphen: "China-North Korea" is two names joined, not a person.
func (d *doc) innerCapHyphen(ts []tok) bool {
	for _, t := range ts {
		if i := strings.IndexByte(t.text, '-'); i > 0 && i+1 < len(t.text) && isCapital(t.text[i+1:]) {
			if _, ok := d.x.gaz.Lookup([]string{t.text[:i]}, 0); ok {
				return true
			}
		}
	}
	return false
}

// personAfterPlace: the run's words from j to k after a place's name
// are a person's (a first name that is no dictionary word and a
// surname): "US ambassador to Ukraine William Miller" (not "Texas
// Christian University").
func (d *doc) personAfterPlace(j, k int) bool {
	if k-j < 2 || k-j > 3 || !d.x.gaz.IsFirstName(d.toks[j].text) || d.x.lem.InDict(d.toks[j].lower) || orgHeads[d.toks[k-1].lower] || d.isTitleWord(d.toks[k-1].lower) {
		return false
	}
	for i := j; i < k; i++ {
		if !isCapital(d.toks[i].text) {
			return false // ("Nasser Hussain and Peter Such": a list)
		}
	}
	return true
}

// unknownName: token j is a capitalised word no list knows.
func (d *doc) unknownName(words []string, j int) bool {
	w := words[j]
	if !isCapital(w) || d.isTitleWord(strings.ToLower(w)) || orgHeads[strings.ToLower(w)] {
		return false
	}
	_, ok := d.x.gaz.Lookup(words, j)
	return !ok
}

// basedNonPlaces come before "-based" without naming a place ("a
// Web-based service").
var basedNonPlaces = set("web", "internet", "cloud", "community", "faith", "science", "evidence", "market", "home", "office",
	"windows", "linux", "unix", "java", "android", "pc", "mac")

// compoundSuffixes end words like "Moscow-based" or "UN-backed", which
// are adjectives, not names.
var compoundSuffixes = []string{"-crowned", "-elected", "-appointed", "-winning", "-nominated", "-selling", "-owned", "-based", "-born", "-led", "-backed", "-run", "-made", "-bred", "-funded",
	"-supported", "-allied", "-aligned", "-affiliated", "-armed", "-trained", "-installed", "-dominated",
	"-style", "-era", "-listed", "-controlled", "-registered", "-sponsored", "-brokered", "-related", "-linked",
	"-friendly", "-bound", "-wide", "-focused", "-headquartered", "-speaking", "-inspired", "-raised"}

// particleName: "el-Sissi", "al-Assad", "bin-Laden", "d'Estaing".
func particleName(w string) bool {
	for _, p := range []string{"el-", "al-", "bin-", "d'", "ad-", "as-", "ash-", "abu-", "ibn-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) && isCapital(w[len(p):]) {
			return true
		}
	}
	return false
}

// hasHead: the title words contain a title head ("tory treasurer"), not
// only modifiers ("crown" of "Crown Prince").
func hasHead(words []string) bool {
	for _, w := range words {
		if titleHeads[w] {
			return true
		}
	}
	return false
}

// endsInDemonym: "Native American actress": a people, not an organisation.
func (d *doc) endsInDemonym(p, e int) bool {
	s := &d.sents[d.toks[p].sent]
	words := d.texts(s)
	m, ok := d.x.gaz.Lookup(words, e-1-s.t0)
	return ok && m.Kind == gazetteer.KindDemonym
}

// titleThenName: lower-case title words from token e end in a title head
// and are followed by a name ("... sporting director Emilio Butragueno").
func (d *doc) titleThenName(e int) bool {
	s := &d.sents[d.toks[e].sent]
	k := e
	for k < s.t1 && k < e+4 && !isCapital(d.toks[k].text) && (titleMods[d.toks[k].lower] || titleHeads[d.toks[k].lower]) {
		k++
	}
	return k > e && titleHeads[d.toks[k-1].lower] && k < s.t1 && (d.proper(k) || d.toks[k].mention >= 0)
}

// teamRoleThenName reports whether the unknown run [p, e) stands before a
// role only an organisation gives (teamRoles) and a name: its holder's
// team, band or company. A run the gazetteer knows or ending in a demonym
// does not count; a lone word only when it opens its sentence before a
// player's role ("Queen bassist John Deacon").
func (d *doc) teamRoleThenName(si, p, e int) bool {
	s := &d.sents[si]
	role := d.toks[e].lower
	orgRead := d.nerType(p, e) == TypeOrg // the recogniser reads an organisation ("Arsenal", tagged an adjective)
	clubRole := p == s.t0 && e-p == 1 && (role == "manager" || role == "coach") && (d.properWords[d.toks[p].text] || orgRead)
	if !teamRoles[role] && !clubRole || !d.titleThenName(e) || d.endsInDemonym(p, e) || notOrgStart[d.toks[p].lower] {
		return false
	}
	if _, known := d.x.gaz.Lookup(d.texts(s), p-s.t0); known {
		return false
	}
	if e-p == 1 {
		// (inside a sentence, resolve types a lone word by its context and
		// links it to the document's full name: "LSE boss", "Worldcom boss")
		w := d.toks[p].text
		// ("Arsenal manager Arsene Wenger" when the text names Arsenal elsewhere)
		return p == s.t0 && (playerRoles[role] || clubRole || d.companyLeadAt(e)) && !isAcronymWord(w) && (d.properWords[w] || orgRead || !adjectiveShape(d.toks[p].lower)) && !d.x.gaz.IsFirstName(w) && len(d.x.gaz.SurnameCountries(w)) == 0
	}
	return true
}

// teamRoleApposed: the name [p, e), which neither the gazetteer nor the
// recogniser knows, stands between "the" and a player's position in an
// apposition to a person ("Gethin Rees, the Scarlets hooker,"): a side.
// Not a people's word ("the Welsh hooker").
func (d *doc) teamRoleApposed(si, p, e int) bool {
	s := &d.sents[si]
	if e-p > 3 || !playerRoles[d.toks[e].lower] || e+1 < s.t1 && d.toks[e+1].text != "," && d.toks[e+1].text != "." || p-3 < s.t0 || d.toks[p-1].lower != "the" || d.toks[p-2].text != "," {
		return false
	}
	if m := d.toks[p-3].mention; m < 0 || d.mentions[m].typ != TypePerson || d.nerType(p, e) != "" || d.endsInDemonym(p, e) {
		return false
	}
	_, known := d.x.gaz.Lookup(d.texts(s), p-s.t0)
	return !known
}

// companyLeadAt: a company's head or voice, named in full, starts at
// token e ("chief executive Elon Musk", "founder Jack Ma", "chairman
// Bill Ford"): the lone word before it is a company.
func (d *doc) companyLeadAt(e int) bool {
	s := &d.sents[d.toks[e].sent]
	k := e
	switch d.toks[k].lower {
	case "chief":
		if k+1 >= s.t1 || !chiefOf[d.toks[k+1].lower] {
			return false
		}
		k += 2
	case "chairman", "chairwoman", "founder", "co-founder", "spokesman", "spokeswoman":
		k++
	default:
		return false
	}
	if k+1 >= s.t1 || !d.proper(k) || !d.proper(k+1) {
		return false
	}
	return d.x.gaz.IsFirstName(d.toks[k].text) || d.personNameAt(k) // (or a name the recogniser reads as a person's)
}

// chiefOf follow "chief" in a company's top posts.
var chiefOf = set("executive", "operating", "financial", "technology", "economist")

// adjectiveShape reports whether lower-case word w ends like an adjective
// ("inspirational", "experienced", "talented").
func adjectiveShape(w string) bool {
	for _, suf := range []string{"al", "ous", "ive", "ful", "ing", "ed", "ic", "ent", "ant", "ible", "able", "less"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// shipPrefixes name ships ("HMS Belfast", "USS Cole").
var shipPrefixes = set("HMS", "USS", "RMS", "HMAS", "HMCS", "INS")

// collectiveOwners own an organisation in its name ("People's Party").
var collectiveOwners = set("people", "workers", "women", "children", "citizens", "farmers", "peasants", "veterans",
	"correspondents", "correspondent", "journalists", "students", "teachers", "nurses", "miners", "soldiers", "pensioners",
	"writers", "consumers", "taxpayers", "doctors", "lawyers", "traders", "employers", "investors", "shareholders",
	"parents", "mothers", "seamen", "officers", "pilots", "drivers", "patients", "victims", "physicians", "engineers",
	"builders", "artists", "actors", "musicians", "scientists", "bankers", "editors", "publishers", "retailers",
	"athletes", "players", "footballers", "cricketers", "supporters", "members")

// peerTitles stand before a surname.
var peerTitles = set("lord", "lady", "sir", "dame", "baroness", "baron")

// portfolioWords: every word of [p, e) names a minister's portfolio
// ("Health", "Information and Technology", "Foreign Affairs").
func (d *doc) portfolioWords(p, e int) bool {
	for k := p; k < e; k++ {
		if l := d.toks[k].lower; !cabinetPortfolios[l] && !portfolioMods[l] && l != "affairs" && !(l == "and" && k > p && k+1 < e) {
			return false
		}
	}
	return e > p
}

// lordPosts follow "Lord" in the name of a post, not of a peer ("the Lord
// Chancellor", "the Lord Mayor"; not "Lord Archer").
var lordPosts = set("chancellor", "mayor", "provost", "advocate", "speaker", "president", "lieutenant", "chamberlain", "justice")

// compoundWord reports whether lower-case word w ends in a compound suffix
// ("us-led", "oscar-winning").
func compoundWord(w string) bool {
	if strings.IndexByte(w, '-') < 0 {
		return false // (every suffix starts with a hyphen)
	}
	return suffixIn(w, compoundSuffixes) != ""
}

// suffixIn returns the first of sufs that w ends with, or "".
func suffixIn(w string, sufs []string) string {
	for _, suf := range sufs {
		if strings.HasSuffix(w, suf) {
			return suf
		}
	}
	return ""
}

func isNameWord(w string) bool {
	if particleName(w) {
		return true
	}
	if w == "" || !isCapital(w) {
		return false
	}
	if compoundWord(strings.ToLower(w)) {
		return false
	}
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-' || r == '.' || r == '\'' || r > 0x7f) {
			return false
		}
	}
	return true
}

// appointedName: the run at p is a person an appointing verb names, so a
// trade after it is the post given ("named Larry Jinks publisher of the
// Mercury News", not the "Larry Jinks publisher").
func (d *doc) appointedName(p int) bool {
	s := &d.sents[d.toks[p].sent]
	return p > s.t0 && isVerb(d.toks[p-1].tag) && appointVerbs[d.lemma(&d.toks[p-1])] && d.x.gaz.IsFirstName(d.toks[p].text)
}

// orgContext: "US firm X", "organisers X", "president of X", "analyst at X"
// (not "assassin of X": a victim).
func (d *doc) orgContext(p int) bool {
	s := &d.sents[d.toks[p].sent]
	if p == s.t0 {
		return false
	}
	b := &d.toks[p-1]
	if personCues[b.lower] && !isCapital(b.text) && d.personAfterCue(p) {
		return false // "Chelsea owner Roman Abramovich", "beat Russian rival Svetlana Feofanova": a person
	}
	if orgCues[b.lower] && !isCapital(b.text) || p-1 == s.t0 && tradeOpener(b.lower) {
		return true // ("Carmaker Toyota said", "Bookmakers Ladbrokes have")
	}
	if b.lower == "producer" && p-2 >= s.t0 && commodityNouns[d.toks[p-2].lower] {
		return true // "India's largest power producer Bharat Power"
	}
	if b.text == "," && p-2 > s.t0 && orgCues[d.toks[p-2].lower] && !isCapital(d.toks[p-2].text) && d.toks[p-2].mention < 0 && !d.x.gaz.IsFirstName(d.toks[p].text) {
		// "the world's largest package delivery company, UPS,": a name
		// apposed to the noun, closed by a comma (not "joined the firm,
		// Tom Hale said")
		k := p
		for k < s.t1 && isCapital(d.toks[k].text) {
			k++
		}
		return k < s.t1 && d.toks[k].text == ","
	}
	if (b.lower == "of" || b.lower == "at" || b.lower == "for" || b.lower == "with") && p-2 >= s.t0 {
		h := d.toks[p-2].lower
		if b.lower == "for" && seatTitles[h] {
			return false // "the Labour candidate for Enfield Southgate": a seat, not an employer
		}
		if playerRoles[h] && p-3 >= s.t0 && d.toks[p-3].lower == "at" {
			return false // "play at right-back with John Oster in midfield": a position played, not a post
		}
		if titleHeads[h] && h != "king" && h != "queen" && h != "prince" && h != "president" && agentNouns[h] == "" {
			return true
		}
		if one := strings.TrimSuffix(h, "s"); one != h && titleHeads[one] && agentNouns[one] == "" && d.toks[p-2].mention < 0 && (b.lower == "of" || b.lower == "with") && !d.personOrOwner(p) {
			return true // "members of Save Your Voice", "activists with X" (not "members of Suu Kyi's party")
		}
		if b.lower == "with" && h == "interview" && !d.personOrOwner(p) {
			return true // "in an interview with Global Voices": an outlet
		}
	}
	if b.lower == "the" && p-2 >= s.t0 && (d.toks[p-2].lower == "of" || d.toks[p-2].lower == "at" || d.toks[p-2].lower == "for" || d.toks[p-2].lower == "with") && p-3 >= s.t0 && titleHeads[d.toks[p-3].lower] && agentNouns[d.toks[p-3].lower] == "" {
		return true
	}
	return false
}

// personOrOwner: the capitalised run from token p holds a name the
// recogniser reads as a person or a post before a name, or it owns what
// follows it ("Suu Kyi's party").
func (d *doc) personOrOwner(p int) bool {
	s := &d.sents[d.toks[p].sent]
	k := p
	for k < s.t1 && isCapital(d.toks[k].text) {
		k++
	}
	if k < s.t1 && (d.toks[k].text == "'s" || d.toks[k].text == "'") {
		return true
	}
	for j := p; j < k; j++ {
		if d.isTitleWord(d.toks[j].lower) && j > p || d.demonymWord(j) {
			return true // "an interview with Russian Atomic Energy Minister X": a post, then its holder
		}
		for _, n := range d.namesAt(j) {
			if n.typ == TypePerson {
				return true
			}
		}
	}
	return false
}

// employerContext: "architect at Cisco", "analyst with Apple": a
// capitalised word after a job title and "at"/"with" names an employer even
// when it is also a dictionary word (but "head of Distribution" does not).
func (d *doc) employerContext(p int) bool {
	s := &d.sents[d.toks[p].sent]
	if p-2 < s.t0 || !isProperTag(d.toks[p].tag) || titleMods[d.toks[p].lower] || orgHeads[d.toks[p].lower] || nonNames[d.toks[p].lower] {
		return false
	}
	b := d.toks[p-1].lower
	return (b == "at" || b == "with") && titleHeads[d.toks[p-2].lower] && !isCapital(d.toks[p-2].text)
}

// personContext: "X said", "said X", "X, a senior fellow", "X, 45,".
func (d *doc) personContext(p, e int) bool {
	s := &d.sents[d.toks[p].sent]
	if p > s.t0 {
		if l := d.toks[p-1].lower; l == "said" || l == "says" || l == "added" || l == "according" {
			return true
		}
		// "Australian Lynton Crosby": a nationality before a full name
		if pm := d.toks[p-1].mention; pm >= 0 && d.mentions[pm].modifier && e-p >= 2 && d.mentions[pm].gaz != nil && d.mentions[pm].gaz.Type == "GPE" {
			return true
		}
		// "Wembley chairman Claes Hultman", "music executive Jordan Bratman"
		if b := &d.toks[p-1]; titleHeads[b.lower] && !isCapital(b.text) && b.mention < 0 {
			return true
		}
		// "his daughter, Patti Davis", "the group's founder, Jane Doe"
		if d.toks[p-1].text == "," && p-2 >= s.t0 && (kinNouns[d.toks[p-2].lower] || titleHeads[d.toks[p-2].lower]) {
			return true
		}
	}
	if e-p >= 2 && (strings.HasPrefix(d.toks[e-1].text, "al-") || strings.HasPrefix(d.toks[e-1].text, "el-")) {
		return true // "Nouri al-Maliki": an Arabic family name
	}
	if e < s.t1 {
		l := d.toks[e].lower
		if l == "said" || l == "says" || l == "told" || l == "added" {
			return true
		}
		if l == "," && e+1 < s.t1 {
			n := d.toks[e+1].lower
			if n == "who" || titleHeads[n] || titleMods[n] && e+2 < s.t1 && titleHeads[d.toks[e+2].lower] || ((n == "a" || n == "the") && e+2 < s.t1 && d.isTitleWord(d.toks[e+2].lower)) || d.toks[e+1].tag == "CD" || d.apposedHuman(e) {
				return true
			}
		}
		if beVerbs[l] && e+2 < s.t1 && (d.toks[e+1].lower == "the" || d.toks[e+1].lower == "a") && d.isTitleWord(d.toks[e+2].lower) {
			return true
		}
		// "Unilever appointed Hein Schumacher as its new boss": an
		// appointing verb's object that takes a post is a person (not
		// "joined Chelsea as manager")
		if l == "as" && p > s.t0 && appointVerbs[d.lemma(&d.toks[p-1])] && d.postAfter(e+1, s.t1) {
			return true
		}
		// "The Sunday Telegraph quoted Majorie Orr as saying": the one quoted
		if l == "as" && e+1 < s.t1 && (d.toks[e+1].lower == "saying" || d.toks[e+1].lower == "telling") && p > s.t0 && d.lemma(&d.toks[p-1]) == "quote" {
			return true
		}
		// "found Fahad Farraj Muhareb to be an IS leader"
		if l == "to" && e+2 < s.t1 && d.toks[e+1].lower == "be" && d.postAfter(d.pastNameModifier(e+2, s.t1), s.t1) {
			return true
		}
		// "Coco Gauff of the United States defeated X": a player and
		// the country he or she plays for, then the verb
		if l == "of" && e-p == 2 && e+2 < s.t1 && d.countryThenVerb(d.skipThe(s, e+1)) {
			return true
		}
	}
	// "sentenced Fahad Farraj Muhareb to death": only people are jailed
	if p > s.t0 && isVerb(d.toks[p-1].tag) && personObjectVerbs[d.lemma(&d.toks[p-1])] && (e == s.t1 || !isNoun(d.toks[e].tag)) {
		return true
	}
	return false
}

// personObjectVerbs take only people as their objects.
var personObjectVerbs = set("sentence", "jail", "imprison", "execute", "extradite", "behead", "kidnap", "abduct", "assassinate")

// pastNameModifier returns where the post starting at j begins once a
// determiner and the name of its organisation are passed ("an IS leader",
// "an al-Shabab commander"), or j.
func (d *doc) pastNameModifier(j, end int) int {
	k := j
	if k < end && (d.toks[k].lower == "a" || d.toks[k].lower == "an" || d.toks[k].lower == "the") {
		k++
	}
	n := k
	for n < end && n < k+4 && (isCapital(d.toks[n].text) || particleName(d.toks[n].text)) {
		n++
	}
	if n > k && n < end && d.isTitleWord(d.toks[n].lower) {
		return n
	}
	return j
}

// postAfter: the tokens from j, before end, are a post with its
// determiner and modifiers ("its new boss", "interim chief executive").
func (d *doc) postAfter(j, end int) bool {
	if j < end && (determiners[d.toks[j].lower] || d.toks[j].tag == "PRP$") {
		j++
	}
	for j < end && (titleMods[d.toks[j].lower] || d.toks[j].lower == "new") {
		j++
	}
	return j < end && d.isTitleWord(d.toks[j].lower)
}

// pending single unknown words are resolved after all full names are known.
func (d *doc) addPending(si, p, e int) {
	if d.currencyPrefix(e) {
		return
	}
	for j := p; j < e; j++ {
		if t := &d.toks[j]; e-p == 1 && (t.tag == "JJ" && d.x.lem.InDict(t.lower) || contestWords[t.lower]) && j+1 < d.sents[si].t1 && isLowerWord(d.toks[j+1].text) {
			continue // "Olympic champions": an adjective before its noun names nothing
		}
		if e-p == 1 && d.hyphenedState(j) {
			continue // "China-UK tourism", "UK-issued": no state of that name (addStatePairs reads a pair)
		}
		d.mentions = append(d.mentions, mention{t0: j, t1: j + 1, ent: -1, sent: si, typ: "", titleAff: -1, titleTo: -1, title0: j})
	}
}

// postsAround splits the title words of tokens [t0, e) at their first
// "and" into the posts before and after it, both with a head ("The
// President and Prime Minister X", "President and Chief Executive Officer
// X"; not "Justice and Home Affairs Commissioner"); k is the "and", -1
// when there is none or a side has no head.
func (d *doc) postsAround(t0, e int) (first, last []string, k int) {
	for k = t0 + 1; k+1 < e; k++ {
		if d.toks[k].lower == "and" {
			break
		}
	}
	if k+1 >= e {
		return nil, nil, -1
	}
	for j := t0; j < k; j++ {
		first = append(first, d.toks[j].lower)
	}
	for j := k + 1; j < e; j++ {
		last = append(last, d.toks[j].lower)
	}
	if !hasHead(first) || !hasHead(last) {
		return nil, nil, -1
	}
	return first, last, k
}

// usPartyAdjectives name the US parties before a post ("Republican
// Senator X", "a Republican senator from Kansas"); legislatorTitles are
// the posts in lower case they qualify.
var (
	usPartyAdjectives = map[string]string{"republican": "Republican Party", "democratic": "Democratic Party"}
	legislatorTitles  = set("senator", "congressman", "congresswoman", "representative", "lawmaker", "leader", "governor",
		"candidate", "strategist", "senators", "lawmakers")
)

// codeName: w is capital letters then digits ("M23", "M-23"), the shape of
// an armed group's name.
func codeName(w string) bool {
	i := 0
	for i < len(w) && w[i] >= 'A' && w[i] <= 'Z' {
		i++
	}
	if i == 0 || i > 3 {
		return false
	}
	if i < len(w) && w[i] == '-' {
		i++
	}
	j := i
	for j < len(w) && w[j] >= '0' && w[j] <= '9' {
		j++
	}
	return j > i && j == len(w) && j-i <= 3
}

// armedGroupNouns follow an armed group's name ("M23 rebels").
var armedGroupNouns = set("rebels", "rebel", "militia", "militias", "fighters", "group", "movement", "insurgents", "guerrillas")

// unknownAcronym: token p is an acronym of three to six capitals that
// names no post and no cause or thing ("FAA", "CBOT"; not "CEO", "LGBT");
// callers check the gazetteer.
func (d *doc) unknownAcronym(p int) bool {
	low := d.toks[p].lower
	return len(low) > 2 && isAcronymWord(d.toks[p].text) && !d.isTitleWord(low) && !nonOrgAcronyms[low]
}

// nonOrgAcronyms name causes, things and kinds of body, not one
// organisation ("an LGBT activist", "an NGO worker", "a DVD maker").
var nonOrgAcronyms = set("lgbt", "lgbtq", "lgbti", "hiv", "aids", "gdp", "ngo", "ngos", "dvd", "dvds", "sms", "gps", "vat",
	"dna", "ict", "ivf", "mp3", "usb", "lcd", "hdtv", "rnb", "ceo", "cfo", "coo", "cto", "bbq", "diy", "faq", "atm", "suv")

// formerTitle: "former" (or "ex-") stands right before the title starting
// at token t0 or before its qualifier aff ("former US President X",
// "Former Labour MP X").
func (d *doc) formerTitle(t0, aff int) bool {
	k := t0
	if aff >= 0 && d.mentions[aff].t0 < k {
		k = d.mentions[aff].t0
	}
	if k < 1 || t0 < 0 || d.toks[k-1].sent != d.toks[t0].sent {
		return false
	}
	l := d.toks[k-1].lower
	if am := d.toks[k].mention; l == "and" && k-2 >= 0 && am >= 0 && d.mentions[am].t1 < len(d.toks) && sidePost(d.toks[d.mentions[am].t1].lower) {
		if pm := d.toks[k-2].mention; pm >= 0 && d.mentions[pm].t1 == k-1 && d.mentions[pm].t0 >= 1 && d.toks[d.mentions[pm].t0-1].sent == d.toks[t0].sent {
			l = d.toks[d.mentions[pm].t0-1].lower // "former Spurs and England defender X": former of both (not "former Olympian and BBC pundit X")
		}
	}
	// ("Then deputy Conservative chairman X", "the then Lord Chancellor,
	// X", "the late Joy Division singer X"; but "the late Microsoft
	// co-founder Paul Allen" founded it all the same)
	return l == "former" || l == "ex-" || l == "then" || l == "late" && k-2 >= 0 && (d.toks[k-2].lower == "the" || d.toks[k-2].lower == "of") && !d.foundingTitleFrom(k)
}

// foundingTitleFrom: a founder's title stands from token k before the
// name it titles ("Microsoft co-founder Paul Allen").
func (d *doc) foundingTitleFrom(k int) bool {
	for j := k; j < len(d.toks) && j < k+5 && !d.personAt(j); j++ {
		if foundingTitles[d.toks[j].lower] {
			return true
		}
	}
	return false
}

func (d *doc) setTitle(m, titleStart int, title []string, aff int, honor bool) {
	if m < 0 {
		return
	}
	mm := &d.mentions[m]
	mm.honor = honor
	mm.titleAff = aff
	if len(title) > 0 {
		// "Tory Treasurer Lord Ashcroft": the honorific is not part of the title
		// (not "Officer" of "Chief Operating Officer": the word before it is no post)
		for len(title) > 1 && honorifics[title[len(title)-1]] && !govHonorific[title[len(title)-1]] && hasHead(title[:len(title)-1]) && titleHeads[title[len(title)-2]] {
			title = title[:len(title)-1]
		}
		// "The President and Prime Minister X": X's post is the last one;
		// "Airbus President and Chief Executive Officer Tom Enders": one
		// holder of two capitalised posts, named by the first (not
		// "Egyptian journalist and blogger X": one person's, in lower case)
		if first, last, k := d.postsAround(titleStart, mm.t0); titleStart > 0 && k >= 0 {
			if d.toks[titleStart-1].lower == "the" {
				title, titleStart = last, k+1
			} else if isCapital(d.toks[titleStart].text) && isCapital(d.toks[k+1].text) && titleHeads[d.toks[k-1].lower] && len(first) < len(title) && slices.Equal(title[:len(first)], first) {
				title = title[:len(first)]
			}
		}
		title = dropLeading(title, sittingWords) // "Outgoing President Nana Akufo-Addo": still the president
		mm.title = strings.Join(title, " ")
		mm.title0 = titleStart
		if d.formerTitle(titleStart, aff) {
			mm.title = asFormer(mm.title) // "former US President Barack Obama": no longer in post
		}
	}
	if aff >= 0 && d.mentions[aff].t0 < mm.title0 {
		mm.title0 = d.mentions[aff].t0
	}
	for j := mm.title0; j < mm.t0; j++ {
		if d.toks[j].mention < 0 || d.toks[j].mention == aff {
			d.toks[j].titleOf = m
		}
	}
	if aff >= 0 && titleStart < 0 {
		mm.title0 = mm.t0
	}
}

// peopleAddressed: the demonym at tokens [i, e) names a people called on,
// urged or told, alone or in a list ("called on Sudanese and South
// Sudanese to", "urged Japanese to"), not a language ("speak English") nor
// a modifier in a list ("French and German pressure").
func (d *doc) peopleAddressed(s *sent, i, e int) bool {
	p := d.toks[i-1].lower
	if p == "and" && i-2 >= s.t0 {
		m := d.toks[i-2].mention
		if m < 0 || d.mentions[m].kind != MentionDemonym || d.mentions[m].modifier {
			return false
		}
	} else if !addressVerbs[p] {
		return false
	}
	k := e
	if k < s.t1 && d.toks[k].lower == "and" {
		for k++; k < s.t1 && isCapital(d.toks[k].text); k++ {
		}
	}
	return k < s.t1 && (d.toks[k].tag == "IN" || d.toks[k].tag == "TO" || d.toks[k].text == "," || d.toks[k].text == ".")
}

// addressVerbs (and "on" of "called on") take a people as object.
var addressVerbs = set("on", "urged", "urges", "urge", "asked", "asks", "told", "tells", "warned", "warns", "invited", "invites")

// addDemonym adds a demonym; "the Chinese" and "Chinese government" are
// arguments, "Chinese banks" is a modifier.
func (d *doc) addDemonym(si, i int, gm gazetteer.Match) int {
	s := &d.sents[si]
	e := i + gm.N
	if d.toks[i].lower == "pole" && e < s.t1 && strings.HasPrefix(d.toks[e].lower, "vault") {
		return gm.N // "Pole vaulter Yelena Isinbayeva": a sport, not Poland
	}
	// extend over adjectives + a group noun: "Chinese communist regime"
	j := e
	for j < s.t1 && j < e+3 && (d.toks[j].tag == "JJ" || isNoun(d.toks[j].tag)) && !isCapital(d.toks[j].text) {
		if d.institutionAt(j) >= 0 {
			break // "the Afghan interior ministry": a body of its own (stateInstitutions)
		}
		if stateGroups[d.toks[j].lower] {
			if m := d.addMention(si, i, j+1, gm.Entry.Type, gm.Entry, false); m >= 0 {
				d.mentions[m].kind = MentionDemonym
			}
			return j + 1 - i
		}
		j++
	}
	// "the Chinese", "North Koreans" name the nation; "the Russian" is a
	// person of that nation, "Chinese banks" is an adjective.
	mod := true
	if e >= s.t1 || !(isNoun(d.toks[e].tag) || d.toks[e].tag == "JJ" || isProperTag(d.toks[e].tag)) {
		w := d.toks[e-1].lower
		collective := strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish") || w == "french" || w == "dutch" || w == "swiss" || w == "welsh"
		if i > s.t0 && d.toks[i-1].lower == "the" && collective || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			mod = false
		}
		if collective && i > s.t0 && d.peopleAddressed(s, i, e) {
			mod = false // "called on Sudanese and South Sudanese to": the peoples
		}
	}
	if m := d.addMention(si, i, e, gm.Entry.Type, gm.Entry, mod); m >= 0 {
		d.mentions[m].kind = MentionDemonym
	}
	return gm.N
}

func (d *doc) addMention(si, t0, t1 int, typ string, g *gazetteer.Entry, modifier bool) int {
	for j := t0; j < t1; j++ {
		if d.toks[j].mention >= 0 {
			return -1
		}
	}
	if d.currencyPrefix(t1) {
		return -1
	}
	if t := &d.toks[t0]; t1-t0 == 1 && isAcronymWord(t.text) && functionTags[t.tag] && functionWords[t.lower] && d.capitalsLine(t0) {
		return -1 // "CHINA IS ANGRY": the verb in capitals, not the Islamic State
	}
	if g != nil && d.companyNamedLikeBody(t0, t1, g) {
		g = nil // "the Brazilian company OAS": not the Organization of American States
	}
	if g == nil && !(typ == TypeOrg && t1-t0 > 1 && d.toks[t1-1].lower == "party") && !(typ == TypeOrg && d.unnamedOrgEnd(&d.sents[si], t0) == t1) {
		// ("the Serbian Radical Party" the recogniser read as a work: a
		// party; so is "the Quetta-based Open Screens Trust" a body)
		switch d.nerLabel(t0, t1) {
		case "EVENT", "MISC", "NORP":
			// "the World Cup", "Kurdish": the recogniser reads an event,
			// a work or a people where a rule guessed an organisation
			return -1
		}
	}
	if (typ == TypePerson || typ == TypeLoc) && g == nil && d.ampersandName(t0, t1) {
		typ = TypeOrg // "Marsh & McLennan", "AG Edwards & Sons", "Shares in Procter & Gamble": a firm, not a person or a place
	}
	d.mentions = append(d.mentions, mention{t0: t0, t1: t1, ent: -1, sent: si, typ: typ, gaz: g, modifier: modifier,
		titleAff: -1, titleTo: -1, title0: t0})
	m := len(d.mentions) - 1
	for j := t0; j < t1; j++ {
		d.toks[j].mention = m
	}
	return m
}

// ampersandFirm: tokens [i, k) are two to five capitalised words with one
// "&" inside and no other connector or title ("Ogilvy & Mather"; not "Sir
// Stuart Rose of Marks & Spencer").
func (d *doc) ampersandFirm(i, k int) bool {
	if k-i < 3 || k-i > 5 || d.isTitleWord(d.toks[i].lower) || honorifics[d.toks[i].lower] {
		return false
	}
	amps := 0
	for j := i; j < k; j++ {
		switch t := &d.toks[j]; {
		case t.text == "&" && j > i && j < k-1:
			amps++
		case !isCapital(t.text):
			return false
		}
	}
	return amps == 1
}

// ampersandName: an "&" joins capitalised words inside tokens [t0, t1).
func (d *doc) ampersandName(t0, t1 int) bool {
	for j := t0 + 1; j+1 < t1; j++ {
		if d.toks[j].text == "&" && isCapital(d.toks[j-1].text) && isCapital(d.toks[j+1].text) {
			return true
		}
	}
	return false
}

// sportBodies name a country's governing body of a sport after its name
// or demonym ("UK Athletics", "British Cycling", "Scottish Rugby"), or a
// city's club ("Edinburgh Rugby").
var sportBodies = set("athletics", "cycling", "rugby", "hockey", "swimming", "rowing", "sailing", "gymnastics", "boxing",
	"tennis", "golf", "cricket", "netball", "triathlon", "badminton", "judo", "squash", "sport", "equestrian", "canoeing")

// functionWords, tagged with functionTags, name nothing, whatever their
// capitals ("IS", "IT", "US", "WHO" in a headline in capitals).
var functionTags = set("VBZ", "VBP", "VBD", "MD", "PRP", "PRP$", "IN", "DT", "CC", "TO", "WDT", "WP", "EX")
var functionWords = set("is", "it", "us", "who", "was", "am", "are", "be", "do", "does", "did", "has", "have", "had",
	"he", "she", "we", "me", "my", "our", "an", "as", "at", "by", "if", "in", "of", "on", "or", "so", "to", "up", "no",
	"and", "but", "for", "the", "its", "his", "her", "may", "can", "will", "what", "when", "why", "how", "all", "any")

// capitalsLine: a word next to token i in its sentence is written in
// capitals too ("WHY CHINA IS ANGRY"; not "IS still holds").
func (d *doc) capitalsLine(i int) bool {
	s := &d.sents[d.toks[i].sent]
	for _, j := range []int{i - 1, i + 1} {
		if j >= s.t0 && j < s.t1 && len(d.toks[j].text) > 1 && isAcronymWord(d.toks[j].text) {
			return true
		}
	}
	return false
}

// webName: w is a capitalised domain name ("Ustream.tv", "Amazon.com").
func webName(w string) bool {
	dot := strings.LastIndexByte(w, '.')
	if dot < 2 || !isCapital(w) {
		return false
	}
	switch w[dot+1:] {
	case "com", "net", "org", "tv", "ru", "uk", "fm", "io", "info": // ("Sky.co.uk" ends in "uk")
		return true
	}
	return false
}

// programmeAt: token k is "to" or "on" inside a programme's name, between
// capitalised words and before the post of one who works on it ("English to
// Africa reporter", "Focus on Africa presenter"): the end of the name, or 0.
func (d *doc) programmeAt(k int) int {
	s := &d.sents[d.toks[k].sent]
	if l := d.toks[k].lower; l != "to" && l != "on" || k == s.t0 || !d.proper(k-1) && !d.demonymWord(k-1) || k+1 >= s.t1 || !d.proper(k+1) {
		return 0
	}
	e := k + 1
	for e < s.t1 && d.proper(e) {
		e++
	}
	if e < s.t1 && isLowerWord(d.toks[e].text) && programmeTitles[d.toks[e].lower] {
		return e
	}
	return 0
}

// programmeTitles are the posts of those who make a programme.
var programmeTitles = set("reporter", "correspondent", "presenter", "host", "editor", "producer", "anchor")

// currencyPrefix: the name ending before token t1 is glued to a dollar
// sign ("US$25,000", "HK$3bn"): a currency, not the country.
func (d *doc) currencyPrefix(t1 int) bool {
	return t1 < len(d.toks) && strings.HasPrefix(d.toks[t1].text, "$") && d.toks[t1].start == d.toks[t1-1].end
}

// companyNamedLikeBody: an acronym right after a noun saying it is a
// company ("the Brazilian company OAS", "the construction firm WHO") that
// the gazetteer knows as an international body's: the company shares the
// letters, not the entry.
func (d *doc) companyNamedLikeBody(t0, t1 int, g *gazetteer.Entry) bool {
	return t1-t0 == 1 && isAcronymWord(d.toks[t0].text) && t0 > d.sents[d.toks[t0].sent].t0 && companyKinds[d.toks[t0-1].lower] && intergovernmental(g)
}

// intergovernmental: gazetteer entry g is an organisation with no country
// of its own and a body's name ("Organization of American States", "United
// Nations"; not a multinational company such as Toyota).
func intergovernmental(g *gazetteer.Entry) bool {
	if g == nil || g.Type != TypeOrg || g.Affiliation != "" {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(g.Name)) {
		if bodyHeads[w] {
			return true
		}
	}
	return false
}

// companyKinds say that the name after them is a company's.
var companyKinds = set("company", "firm", "carmaker", "automaker", "conglomerate", "contractor", "builder", "developer",
	"manufacturer", "retailer", "supplier", "operator", "insurer", "lender", "startup", "start-up")

// bodyHeads name intergovernmental and public bodies.
var bodyHeads = set("organization", "organisation", "nations", "union", "council", "agency", "fund", "court", "commission",
	"community", "association", "alliance", "league", "committee", "federation", "assembly", "parliament", "conference")

// foreignOrgStarts open the names of bodies in Spanish, Portuguese,
// French, Italian, German, the Nordic languages, Dutch and Japanese
// ("Deutsche Telekom", "Nippon Steel").
var foreignOrgStarts = set("banco", "banca", "banque", "grupo", "groupe", "gruppo", "compagnie", "compañía", "companhia",
	"société", "societe", "sociedad", "partido", "parti", "partito", "instituto", "institut", "istituto", "universidad",
	"universidade", "université", "universität", "fundación", "fundação", "fondation", "empresa", "empresas", "caja",
	"caisse", "editora", "editorial", "industrias", "petróleos", "aerolíneas", "movimiento", "frente", "ejército",
	"deutsche", "deutscher", "norske", "svenska", "compagnia", "nippon", "koninklijke", "museo", "museu", "musée", "galleria", "teatro", "théâtre",
	"atletico", "atlético", "deportivo", "dinamo", "dynamo", "olympique", "olympiacos", "sporting")

// unnamedOrgEnd returns the end of a run of two to four capitalised words
// from token i that the recogniser named nothing in, after "told" or a
// place's "-based" ("told Global Voices", "the Lahore-based Digital
// Freedom Collective"), the run ending before a word in lower case; or i.
// A run opening with a first name is a person's ("told John Smith").
func (d *doc) unnamedOrgEnd(s *sent, i int) int {
	if i-1 <= s.t0 || d.x.gaz.IsFirstName(d.toks[i].text) {
		return i
	}
	p := &d.toks[i-1]
	if !(p.lower == "told" || basedWords[p.lower] && i-2 > s.t0 && d.toks[i-2].text == "-") {
		return i
	}
	e := i
	for e < s.t1 && e < i+4 && isCapital(d.toks[e].text) && isNameWord(d.toks[e].text) && (isProperTag(d.toks[e].tag) || d.toks[e].tag == "JJ") {
		for _, n := range d.namesAt(e) {
			if extractType(n.typ) != "" {
				return i // (a name the recogniser typed; "Open Screens Trust" as MISC is none)
			}
		}
		e++
	}
	if e-i < 2 || e < s.t1 && (isCapital(d.toks[e].text) || d.toks[e].text == "'s" || isNoun(d.toks[e].tag) && isLowerWord(d.toks[e].text)) {
		return i // (not "the UAE-based Arab TV channel Sky News": words describing the noun after them)
	}
	return e
}

// joinedHeads end the name of an institution whose name joins two fields
// ("Track and Field Federation").
var joinedHeads = set("project", "centre", "center", "federation", "institute", "foundation", "association", "council",
	"society", "commission", "committee", "union", "authority", "board", "trust", "agency", "department", "ministry",
	"office", "organisation", "organization", "service", "services", "alliance", "forum", "programme", "program")

// joinedBodyEnd: after "the", capitalised words with no head of their own,
// "and" or "&", and capitalised words that end in an institution's head
// are one body ("the Pew Internet and American Life Project", "the Greek
// Track and Field Federation", "the Scottish Exhibition and Conference
// Centre"); the recogniser cuts them at "and". Not where the words before
// "and" name something on their own ("the BBC and Press Complaints
// Commission", "the Citizens Bank and Canal Bank", "the Greek and Cypriot
// Foreign Ministries"). It returns the body's end, or i.
func (d *doc) joinedBodyEnd(s *sent, words []string, i int) int {
	if i-1 < s.t0 || d.toks[i-1].lower != "the" || d.x.gaz.IsFirstName(d.toks[i].text) {
		return i
	}
	k := i
	for k < s.t1 && k < i+3 && isNameWord(d.toks[k].text) && (isProperTag(d.toks[k].tag) || d.toks[k].tag == "JJ") && !d.orgHeadAt(k) {
		k++
	}
	if k == i || k+2 >= s.t1 || d.toks[k].lower != "and" && d.toks[k].text != "&" {
		return i
	}
	if m, ok := d.x.gaz.Lookup(words, i-s.t0); ok && i+m.N >= k {
		return i // (a name the gazetteer knows: "the Treasury and Foreign Office", "the Greek and")
	}
	e := k + 1
	for e < s.t1 && e < k+5 && isNameWord(d.toks[e].text) && isProperTag(d.toks[e].tag) {
		e++
	}
	if e == k+1 || !joinedHeads[d.toks[e-1].lower] || e < s.t1 && (isCapital(d.toks[e].text) || d.toks[e].text == "-") {
		return i
	}
	return e
}

// text of a mention with its tokens' original spacing.
func (d *doc) mtext(m *mention) string {
	return d.clean[d.toks[m.t0].start:d.mentionEnd(m)]
}

// nameAbbrevs end names with their full stop: "Norwest Corp.", "Sammy
// Davis Jr.".
var nameAbbrevs = set("corp.", "inc.", "bros.", "ltd.", "jr.", "sr.", "cos.", "assn.", "dept.", "intl.", "mfg.")

// mentionEnd is the end offset of a mention in the clean text, without a
// full stop the tokenizer left on its last word ("Sandra Dee.").
func (d *doc) mentionEnd(m *mention) int {
	t := &d.toks[m.t1-1]
	if strings.HasSuffix(t.text, ".") && len(t.text) > 3 && strings.Count(t.text, ".") == 1 && strings.ToUpper(t.text) != t.text && !nameAbbrevs[t.lower] {
		return t.end - 1
	}
	return t.end
}

// personOfOrg reports whether the capitalised run [p, k) opens with a
// person's name of two or three words before "of" and the organisation
// words come after it ("John Smith of Oxford University"), unlike "Bank of
// England" or "Friends of the Earth".
func (d *doc) personOfOrg(p, k int) bool {
	honored := p > d.sents[d.toks[p].sent].t0 && plainHonorifics[d.toks[p-1].lower] // "Dr Jones of Oxford University"
	if plainHonorifics[d.toks[p].lower] {
		honored = true
		p++
	} else if p == d.sents[d.toks[p].sent].t0 && p+2 < k && d.toks[p].tag == "NN" && !d.x.gaz.IsFirstName(d.toks[p].text) && d.personNameAt(p+1) {
		p++ // "Anatomist Jeffrey Laitman of Harvard University": a trade opening the sentence, then the person
	}
	o := p
	for o < k && o-p <= 3 && d.toks[o].lower != "of" {
		if !d.proper(o) || d.orgHeadAt(o) || d.isTitleWord(d.toks[o].lower) {
			return false
		}
		o++
	}
	if o-p < 1 || o-p < 2 && !honored || o-p > 3 || o+1 >= k || d.toks[o].lower != "of" {
		return false
	}
	if !honored && !d.x.gaz.IsFirstName(d.toks[p].text) && extractType(d.nerLabel(p, o)) != TypePerson {
		return false
	}
	for j := o + 1; j < k; j++ {
		if d.orgHeadAt(j) {
			return true
		}
	}
	return false
}

// personNameAt: the recogniser reads a person's name starting at token t.
func (d *doc) personNameAt(t int) bool {
	for _, n := range d.namesAt(t) {
		if extractType(n.typ) == TypePerson {
			return true
		}
	}
	return false
}

// titleRun reports whether tokens [i, k) are all title words ("Acting
// Director", "Interim Chief Executive").
func (d *doc) titleRun(i, k int) bool {
	for j := i; j < k; j++ {
		if !d.isTitleWord(d.toks[j].lower) {
			return false
		}
	}
	return true
}

// ofTheBody returns the end of the body named after a title and "of the"
// at p ("Chancellor of the Exchequer Gordon Brown", "Acting CEO of the U.S.
// Agency for Global Media Kelu Chao"): capitalised words, maybe joined by
// "for", "of" or "and", followed by a person's name that opens with a known
// first name; or 0.
func (d *doc) ofTheBody(p, k int) int {
	if p+3 >= k || d.toks[p].lower != "of" || d.toks[p+1].lower != "the" {
		return 0
	}
	for e := p + 3; e < k-1 && e <= p+8; e++ {
		l := d.toks[e-1].lower
		if titleHeads[l] || honorifics[l] {
			return 0
		}
		if !d.proper(e - 1) {
			if e-1 == p+2 || l != "for" && l != "of" && l != "and" && l != "&" {
				return 0
			}
			continue
		}
		if (d.x.gaz.IsFirstName(d.toks[e].text) || d.personStarts(e)) && !d.isTitleWord(d.toks[e].lower) && d.proper(e+1) {
			return e
		}
		if orgHeads[l] && d.twoWordName(e, k) {
			return e // "... Global Media Kelu Chao": after the body's head word, the title's holder
		}
	}
	return 0
}

// twoWordName reports whether tokens e and e+1 (inside [e, k)) are two
// proper words that end the capitalised run and are no title or
// organisation words: a person's name after a body's name.
func (d *doc) twoWordName(e, k int) bool {
	if e+1 >= k || !d.proper(e) || !d.proper(e+1) || e+2 < k && d.proper(e+2) {
		return false
	}
	for _, j := range []int{e, e + 1} {
		l := d.toks[j].lower
		if orgHeads[l] || d.isTitleWord(l) || isAcronymWord(d.toks[j].text) || !isNameWord(d.toks[j].text) {
			return false
		}
	}
	return true
}

// personStarts reports whether the recogniser reads a person's name of two
// or more words from token e.
func (d *doc) personStarts(e int) bool {
	for _, n := range d.namesAt(e) {
		if n.t1-n.t0 >= 2 && extractType(n.typ) == TypePerson {
			return true
		}
	}
	return false
}

// lawName: "the Bill", "the Children Bill": a bill before parliament, not
// a person (unless "Bill" opens a name: "Bill Gates").
func (d *doc) lawName(p, e int) bool {
	if d.toks[e-1].lower != "bill" && d.toks[e-1].text != "Act" {
		return false
	}
	if e-p > 1 {
		return true
	}
	b := p - 1
	return b >= d.sents[d.toks[p].sent].t0 && (determiners[d.toks[b].lower] || isCapital(d.toks[b].text) && !d.isTitleWord(d.toks[b].lower))
}

// orgHeadAt: token k is an organisation word, alone or before a hyphen
// ("Soros Foundation-Kazakhstan").
func (d *doc) orgHeadAt(k int) bool {
	w := d.toks[k].lower
	if head, _, ok := strings.Cut(w, "-"); ok {
		w = head
	}
	return orgHeads[w]
}

// placeThenDemonym: words[w] is a town's or a state's name and words[w+1]
// a nationality, each a word of its own ("London Irish", "London Welsh").
func (d *doc) placeThenDemonym(words []string, w int) bool {
	a, oka := d.x.gaz.Lookup(words, w)
	b, okb := d.x.gaz.Lookup(words, w+1)
	return oka && okb && a.N == 1 && b.N == 1 && a.Kind == gazetteer.KindName && placeEntry(a.Entry) && b.Kind == gazetteer.KindDemonym
}

// lowerSpan: tokens t0..t1 are all lower-case words, which name nothing
// (the recogniser labels a document's words alike whatever their case).
func (d *doc) lowerSpan(t0, t1 int) bool {
	for k := t0; k < t1; k++ {
		if !isLowerWord(d.toks[k].text) {
			return false
		}
	}
	return t1 > t0
}

// hyphenedState: token k joins a state's name or demonym by a hyphen to
// another state's or to a lower-case word ("China-UK", "German-US",
// "UK-issued"), and the whole names no place the gazetteer knows
// ("Guinea-Bissau" does).
func (d *doc) hyphenedState(k int) bool {
	if _, _, ok := d.hyphenStates(k); ok {
		return true
	}
	a, b, ok := strings.Cut(d.toks[k].text, "-")
	if !ok || !isCapital(a) || !isLowerWord(b) {
		return false
	}
	if _, whole := d.x.gaz.Lookup([]string{d.toks[k].text}, 0); whole {
		return false
	}
	ga, oka := d.x.gaz.Lookup([]string{a}, 0)
	return oka && ga.N == 1 && ga.Entry.Type == TypeGPE
}

// hyphenStates returns the gazetteer's two states of a word that joins
// them by a hyphen ("US-China", "Saudi-Iranian"), when the whole is no
// place of its own ("Guinea-Bissau").
func (d *doc) hyphenStates(k int) (ga, gb gazetteer.Match, ok bool) {
	a, b, cut := strings.Cut(d.toks[k].text, "-")
	if !cut || a == "" || b == "" || strings.Contains(b, "-") || !isCapital(a) || !isCapital(b) {
		return ga, gb, false
	}
	if _, whole := d.x.gaz.Lookup([]string{d.toks[k].text}, 0); whole {
		return ga, gb, false // "Guinea-Bissau", "Bosnia-Herzegovina": one state
	}
	ga, oka := d.x.gaz.Lookup([]string{a}, 0)
	gb, okb := d.x.gaz.Lookup([]string{b}, 0)
	ok = oka && okb && ga.N == 1 && gb.N == 1 && ga.Entry.Type == TypeGPE && gb.Entry.Type == TypeGPE && ga.Entry != gb.Entry
	return ga, gb, ok
}

// addStatePairs gives a word joining two states by a hyphen ("US-China
// trade talks", "the Saudi-Iranian rivalry", "Israeli-Palestinian") a
// mention of each state, both modifiers: the pair is no entity of its own.
// The second mention has no token of its own; pairs finds it.
func (d *doc) addStatePairs() {
	for i := range d.toks {
		t := &d.toks[i]
		if t.mention >= 0 || !strings.Contains(t.text, "-") || d.pairNounAfter(i) < 0 {
			continue // (only before what two states do together: not "German-US car firm X")
		}
		ga, gb, ok := d.hyphenStates(i)
		if !ok {
			continue
		}
		ma := d.addMention(t.sent, i, i+1, TypeGPE, ga.Entry, true)
		if ma < 0 {
			continue
		}
		d.mentions = append(d.mentions, mention{t0: i, t1: i + 1, ent: -1, sent: t.sent, typ: TypeGPE, gaz: gb.Entry, modifier: true,
			titleAff: -1, titleTo: -1, title0: i})
		mb := len(d.mentions) - 1
		for m, gm := range map[int]gazetteer.Match{ma: ga, mb: gb} {
			d.mentions[m].compound = true // (no alias, no argument but of the pair's rule)
			if gm.Kind == gazetteer.KindDemonym {
				d.mentions[m].kind = MentionDemonym
			}
		}
		if d.pairs == nil {
			d.pairs = map[int]int{}
		}
		d.pairs[i] = mb
	}
}

// orgHeadAhead: a word of an organisation's name ends the one to three
// capitalised words from token j ("Party", "Liberation Front",
// "Democratic Alliance").
func (d *doc) orgHeadAhead(j, end int) bool {
	for k := j; k < end && k < j+3 && isCapital(d.toks[k].text); k++ {
		if orgHeads[d.toks[k].lower] {
			return true
		}
	}
	return false
}

// personCues are orgCues a person may hold: a club's owner, a runner's
// rival, a married publisher.
var personCues = set("owner", "rival", "publisher", "developer", "promoter", "supplier", "distributor")

// personAfterCue: the capitalised run at p, after a cue a person may hold,
// is a person's name: two or three words, a first name the names list
// knows, the recogniser reads a person there, and no company word ends it
// (not "rival Deutsche Boerse", "owner France Telecom", "rival Grey
// Global").
func (d *doc) personAfterCue(p int) bool {
	s := &d.sents[d.toks[p].sent]
	e := p
	for e < s.t1 && isCapital(d.toks[e].text) && d.toks[e].mention < 0 {
		e++
	}
	return e-p >= 2 && e-p <= 3 && d.x.gaz.IsFirstName(d.toks[p].text) && d.nerType(p, e) == TypePerson && !orgHeads[d.toks[e-1].lower] && !companyWords[d.toks[e-1].lower] && !nameTails[d.toks[e-1].lower]
}

// nameTails end companies' names that start with a first name ("Grey
// Global", "Virgin Direct").
var nameTails = set("global", "international", "worldwide", "direct", "online")

// tradePluralEnd: the name [p, e) ends in a capitalised plural of a
// dictionary noun ("Snacks", "Widgets") that names no kind of place
// ("Islands", "Heights"), after a first word no given name ("Roger
// Waters", "Tiger Woods" are people) the recogniser does not call a
// person's.
func (d *doc) tradePluralEnd(p, e int) bool {
	l := &d.toks[e-1]
	if !d.tradePlural(l.text) || d.x.gaz.IsFirstName(d.toks[p].text) || d.nerType(p, e) == TypePerson || d.nerType(p, e) == TypeLoc || d.nerType(p, e) == TypeGPE {
		return false
	}
	if strings.ToUpper(l.text) == l.text {
		return false // ("FINAL RESULTS": a headline in capitals)
	}
	s := &d.sents[l.sent]
	words := d.texts(s)
	if _, known := d.x.gaz.Lookup(words, e-1-s.t0); known {
		return false // ("Iraqis": a people)
	}
	for k := p; k < e-1; k++ {
		// the words before it coined or a family's ("Vandermeer"), none
		// a dictionary word or a known name ("American Catholics", "Global
		// Depositary Receipts", "Seven Iraqis", "Chicago Purchasing Managers")
		if t := &d.toks[k]; !isCapital(t.text) || t.mention >= 0 || d.x.lem.InDict(t.lower) || strings.ToUpper(t.text) == t.text || t.tag == "CD" || t.tag == "JJ" {
			return false
		}
		if _, known := d.x.gaz.Lookup(words, k-s.t0); known {
			return false
		}
	}
	return true
}

// tradePlural: w is a capitalised plural of a dictionary noun that names no
// kind of place ("Snacks", "Widgets"; not "Islands").
func (d *doc) tradePlural(w string) bool {
	l := strings.ToLower(w)
	if !isCapital(w) || !strings.HasSuffix(l, "s") || strings.HasSuffix(l, "ss") || len(l) < 5 || placePlurals[l] || placeNameEnd(l) {
		return false
	}
	sing := d.x.lem.Lemma(l)
	return sing != l && d.x.lem.InDict(sing)
}

// placePlurals close the names of places, not companies.
var placePlurals = set("islands", "isles", "mountains", "hills", "falls", "lakes", "heights", "springs", "dales", "highlands",
	"lowlands", "keys", "plains", "glades", "woods", "fields", "gardens", "downs", "moors", "marshes", "rapids", "straits",
	"flats", "sands", "rocks", "alps", "peaks", "valleys", "towers", "docks", "meadows", "banks", "lands", "states",
	"emirates", "territories", "provinces", "games", "olympics", "championships", "awards", "nations")

// foundedAfter: the name ending before token e is the subject of "was
// founded", "is headquartered", "was incorporated" ("X was founded in 1998
// by"), maybe past ", which".
func (d *doc) foundedAfter(s *sent, e int) bool {
	k := e
	if k+1 < s.t1 && d.toks[k].text == "," && d.toks[k+1].lower == "which" {
		k += 2
	}
	if k+1 >= s.t1 || !beVerbs[d.toks[k].lower] {
		return false
	}
	k++
	if k+1 < s.t1 && d.toks[k].lower == "been" {
		k++
	}
	return k < s.t1 && foundedWords[d.toks[k].lower]
}

// foundedWords say a body was set up or where it is seated.
var foundedWords = set("founded", "established", "incorporated", "headquartered", "co-founded", "cofounded")
