package extract

import (
	"slices"
	"strings"
)

// roles finds role, affiliation and family relations in one sentence:
//   - titles before names: "Chinese Vice Premier Liu Yandong" -> Liu -vice premier of-> China
//   - "U.S. ambassador to China Terry Branstad" -> Branstad -ambassador to-> China
//   - appositions: "Richard Fisher, a senior fellow with the X" -> Fisher -senior fellow with-> X
//   - possessives: "Menatep Group's managing director Tim Osborne", "Pyongyang's main trade partner China"
//   - family: "his son, Kim Jong-un" -> Kim Jong-un -son of-> (his)
func (d *doc) roles(si int) {
	s := &d.sents[si]
	d.speaksFor(si)
	d.speaksForApposed(si)
	d.onBehalfOf(si)
	d.speechAt(si)
	d.interviewedBy(si)
	d.asTitle(si)
	d.memberStates(si)
	d.marketIndex(si)
	d.electionWon(si)
	d.epithetOrigins(si)
	d.demonymGroupList(si)
	d.inNationalSquad(si)
	for i := s.t0; i < s.t1; i++ {
		mi := d.toks[i].mention
		if mi < 0 || d.mentions[mi].t0 != i {
			continue
		}
		m := &d.mentions[mi]
		if m.ent >= 0 && d.ents[m.ent].typ == TypeLoc && !m.pronoun {
			d.possessiveRole(si, mi) // "Ohio's governor, Richard Celeste"
			continue
		}
		if m.ent < 0 || d.ents[m.ent].typ != TypePerson && d.ents[m.ent].typ != TypeGPE && d.ents[m.ent].typ != TypeOrg {
			continue
		}
		if d.ents[m.ent].typ == TypePerson {
			d.tenureAs(si, mi)
			d.factionOf(si, mi)
			d.partyInParens(si, mi)
			d.partyTagMember(si, mi)
		}
		if m.pronoun {
			d.possessiveRole(si, mi)
			continue
		}
		d.titleRoles(si, mi)
		if d.ents[m.ent].typ == TypePerson {
			d.oneOfMembers(si, mi)
			d.apposition(si, mi)
		} else {
			d.groupApposition(si, mi)
		}
		d.possessiveRole(si, mi)
		d.orgLink(si, mi)
	}
}

// electionWon: "Emmanuel Macron won the French presidential election":
// the winner is the country's president (elected, not yet "former").
func (d *doc) electionWon(si int) {
	s := &d.sents[si]
	for v := s.t0 + 1; v+4 < s.t1; v++ {
		t := &d.toks[v]
		if t.tag != "VBD" && t.tag != "VBZ" && t.tag != "VBN" || d.lemma(t) != "win" {
			continue
		}
		k := v + 1
		if d.toks[k].lower == "the" || d.toks[k].lower == "a" {
			k++
		}
		c := d.toks[k].mention
		if c < 0 || d.mentions[c].t0 != k || !d.countryRef(c) {
			continue
		}
		k = d.mentions[c].t1
		if k+1 >= s.t1 || d.toks[k].lower != "presidential" || !electionNouns[d.toks[k+1].lower] {
			continue
		}
		g := d.groupEndingAt(s, v)
		for _, sb := range d.subjects(si, &g) {
			if m := &d.mentions[sb.ment]; m.ent >= 0 && d.ents[m.ent].typ == TypePerson && !g.negated && g.modality == "" {
				d.add(si, sb, "president of", argument{ment: c}, nil, nil, confTitle-0.1, false)
			}
		}
	}
}

// electionNouns name the contest a candidate wins.
var electionNouns = set("election", "elections", "vote", "race", "poll", "polls", "runoff", "run-off")

// indexNouns name a stock market index after its name ("the DAX index").
var indexNouns = set("index", "indices", "indexes")

// marketIndices are the curated gazetteer's stock market indices.
var marketIndices = set("FTSE 100", "FTSE 250", "DAX", "CAC 40", "Nikkei 225", "Dow Jones Industrial Average", "Hang Seng",
	"S&P 500", "Nasdaq Composite", "Shanghai Composite", "Sensex", "Kospi", "IBEX 35", "Bovespa")

// centralBanks are the curated gazetteer's national central banks (not the
// European Central Bank: the euro area's, no one state's).
var centralBanks = set("Federal Reserve", "Bank of England", "Bank of Japan", "Bank of Canada", "Swiss National Bank",
	"Sveriges Riksbank", "Bundesbank", "Banque de France", "Bank of Italy", "Central Bank of Russia", "People's Bank of China",
	"Reserve Bank of India", "Reserve Bank of Australia", "Reserve Bank of New Zealand", "Bank of Korea")

// unAgencies are the curated gazetteer's agencies and programmes of the
// United Nations (not its organs: "the UN Security Council" is the UN's
// by its name).
var unAgencies = set("World Health Organization", "International Atomic Energy Agency", "UNHCR", "UNICEF", "UNESCO",
	"World Food Programme", "Food and Agriculture Organization", "UNRWA")

// knownInstitutions: a stock market index, a central bank or a UN agency
// the curated gazetteer knows, named in a story that also names its
// country or the UN, is that country's or the UN's ("The Dow Jones
// Industrial Average fell" in a story on American stocks: index of the
// United States; "the Federal Reserve cut rates" beside "US growth":
// central bank of the United States; UNICEF beside the UN: agency of the
// United Nations), unless the text already relates the two. The evidence
// is a sentence naming both, else the institution's first mention. Other
// bodies the gazetteer gives a country (parties, ministries, news
// agencies) are left alone: the golds count such a fact only where the
// text states it.
func (d *doc) knownInstitutions() {
	for e, de := range d.ents {
		g := de.gaz
		if g == nil || !g.Curated || de.typ != TypeOrg || len(de.ments) == 0 {
			continue
		}
		pred, ownerType, owner := "", TypeGPE, g.Affiliation
		switch {
		case marketIndices[g.Name] && owner != "":
			pred = "index of"
		case centralBanks[g.Name] && owner != "":
			pred = "central bank of"
		case unAgencies[g.Name]:
			pred, ownerType, owner = "agency of", TypeOrg, "United Nations"
		default:
			continue
		}
		c := d.gazEntity(ownerType, owner)
		if c < 0 || d.relatedEntities(e, c) {
			continue
		}
		mi, ci := d.firstRealMention(e), d.firstRealMention(c)
	pair:
		for _, m := range de.ments {
			for _, cm := range d.ents[c].ments {
				if d.mentions[m].sent == d.mentions[cm].sent && !d.mentions[m].pronoun && !d.mentions[cm].pronoun {
					mi, ci = m, cm
					break pair
				}
			}
		}
		d.add(d.mentions[mi].sent, argument{ment: mi}, pred, argument{ment: ci}, nil, nil, confGazRole, false)
	}
}

// relatedEntities reports whether a relation found so far joins entities a
// and b, either way.
func (d *doc) relatedEntities(a, b int) bool {
	ia, ib := EntityID(d.ents[a].typ, d.ents[a].name), EntityID(d.ents[b].typ, d.ents[b].name)
	for _, r := range d.rels {
		if r.Subject == ia && r.Object == ib || r.Subject == ib && r.Object == ia {
			return true
		}
	}
	return false
}

// marketIndex: a market index named with its country ("the German DAX
// index", "Japan's Nikkei index", "the British share index FTSE 100") is
// that country's index.
func (d *doc) marketIndex(si int) {
	s := &d.sents[si]
	for k := s.t0 + 1; k < s.t1; k++ {
		// a known index after its country: "the French CAC 40", "Japan's Nikkei"
		o := d.toks[k].mention
		if o < 0 || d.mentions[o].t0 != k || d.mentions[o].gaz == nil || !marketIndices[d.mentions[o].gaz.Name] || d.mentions[o].t1 < s.t1 && indexNouns[d.toks[d.mentions[o].t1].lower] {
			continue
		}
		p := k - 1
		if d.toks[p].text == "'s" && p > s.t0 {
			p--
		}
		if c := d.toks[p].mention; d.countryRef(c) && d.mentions[c].t1 == p+1 {
			d.add(si, argument{ment: o}, "index of", argument{ment: c}, nil, nil, confPossess, false)
		}
	}
	for k := s.t0 + 1; k < s.t1; k++ {
		if !indexNouns[d.toks[k].lower] {
			continue
		}
		// name before the noun: "German DAX index", "Japan's Nikkei index"
		if o := d.toks[k-1].mention; o >= 0 && d.mentions[o].t1 == k && d.isOrg(o) {
			p := d.mentions[o].t0 - 1
			for n := 0; n < 2 && p > s.t0 && isLowerWord(d.toks[p].text) && (d.toks[p].tag == "JJ" || isNoun(d.toks[p].tag)) && d.toks[p].mention < 0; n++ {
				p-- // "Germany's benchmark Dax index"
			}
			if p > s.t0 && d.toks[p].text == "'s" {
				p--
			}
			if p >= s.t0 && d.countryRef(d.toks[p].mention) {
				d.add(si, argument{ment: o}, "index of", argument{ment: d.toks[p].mention}, nil, nil, confPossess, false)
			}
			continue
		}
		// name after the noun: "the British stock index FTSE 100"
		if k+1 < s.t1 {
			o := d.toks[k+1].mention
			p := k - 1
			for p > s.t0 && (d.toks[p].lower == "stock" || d.toks[p].lower == "share" || d.toks[p].lower == "market") {
				p--
			}
			if c := d.toks[p].mention; o >= 0 && d.mentions[o].t0 == k+1 && d.isOrg(o) && d.countryRef(c) {
				d.add(si, argument{ment: o}, "index of", argument{ment: c}, nil, nil, confPossess, false)
			}
		}
	}
}

// memberStates: states named as members of a body ("EU member Poland",
// "Nato members Poland and Hungary", "Poland, an EU member state,",
// "Poland, one of the largest EU member states,") are members of it.
func (d *doc) memberStates(si int) {
	s := &d.sents[si]
	for i := s.t0; i+1 < s.t1; i++ {
		b := d.toks[i].mention
		if b < 0 || d.mentions[b].t1 != i+1 || d.mentions[b].ent < 0 || d.mentions[b].kind != "" || !d.memberBody(b) {
			continue
		}
		if d.bodyIncludes(si, b, i+1) {
			continue
		}
		k := d.memberNounEnd(i + 1)
		if k < 0 {
			continue
		}
		// "EU member Poland", "Nato members Poland and Hungary"
		if m := d.mentionAt(k, s); m >= 0 && d.mentions[m].t0 == k && d.countryMember(m, b) {
			d.add(si, argument{ment: m}, "member of", argument{ment: b}, nil, nil, confApposit, false)
			for _, a := range d.subjectList(si, &d.mentions[m]) {
				if d.countryMember(a.ment, b) {
					d.add(si, a, "member of", argument{ment: b}, nil, nil, confApposit, false)
				}
			}
			continue
		}
		// "Poland, an EU member state,": the apposition before the body
		j := d.mentions[b].t0 - 1
		for j > s.t0 && (d.toks[j].tag == "JJ" || d.toks[j].tag == "JJS" || d.toks[j].tag == "RBS") && d.toks[j].mention < 0 {
			j--
		}
		switch {
		case j > s.t0 && (d.toks[j].lower == "a" || d.toks[j].lower == "an" || d.toks[j].lower == "fellow"):
			j--
		case j-2 > s.t0 && d.toks[j].lower == "the" && d.toks[j-1].lower == "of" && d.toks[j-2].lower == "one":
			j -= 3
		default:
			continue
		}
		if j <= s.t0 || d.toks[j].text != "," || !d.closesApposition(si, k) {
			continue
		}
		if m := d.mentionAt(j-1, s); m >= 0 && d.mentions[m].t1 == j && d.countryMember(m, b) {
			d.add(si, argument{ment: m}, "member of", argument{ment: b}, nil, nil, confApposit, false)
		}
	}
}

// bodyIncludes: "ASEAN includes Brunei, Cambodia and Laos", "the alliance
// now comprises Poland and Estonia": the states listed after the body's
// verb of inclusion at token j are its members.
func (d *doc) bodyIncludes(si, b, j int) bool {
	s := &d.sents[si]
	if j+2 < s.t1 && d.toks[j].text == "," {
		j++ // "the Lima Group, made up of", ", comprising"
		if d.toks[j].lower == "which" || d.toks[j].lower == "that" {
			j++ // "the Lima Group, which includes"
		}
	}
	for j < s.t1 && (d.toks[j].tag == "RB" || d.toks[j].tag == "MD" || d.toks[j].lower == "already") {
		j++ // "now includes", "will include"
	}
	if j+2 < s.t1 && madeOfWords[d.toks[j].lower] {
		k := j + 1
		if d.toks[k].lower == "up" {
			k++ // "made up of"
		}
		if k < s.t1 && d.toks[k].lower == "of" {
			j = k // (the list after "of", as after "includes")
		}
	}
	if j+1 >= s.t1 {
		return false
	}
	if listed := includeVerbs[d.toks[j].lower] || d.toks[j].lower == "of" && (madeOfWords[d.toks[j-1].lower] || d.toks[j-1].lower == "up"); !listed {
		return false
	}
	if k := j + 1; k+3 < s.t1 && d.toks[k].tag == "CD" {
		// "comprises 29 countries, including Germany and France": the
		// named ones
		for k++; k < s.t1 && k < j+5 && isNoun(d.toks[k].tag) && d.toks[k].mention < 0; k++ {
		}
		if k+1 < s.t1 && d.toks[k].text == "," && d.toks[k+1].lower == "including" {
			j = k + 1
		}
	}
	m := d.mentionAt(j+1, s)
	if m < 0 || d.mentions[m].t0 != j+1 || !d.countryMember(m, b) {
		return false
	}
	list := append([]argument{{ment: m}}, d.coordRight(si, &d.mentions[m])...)
	if len(list) < 2 {
		return false // one state alone may be what the body's decision includes
	}
	for _, a := range list {
		if d.countryMember(a.ment, b) {
			d.add(si, a, "member of", argument{ment: b}, nil, nil, confApposit, false)
		}
	}
	return true
}

// includeVerbs list a body's members.
var includeVerbs = set("includes", "included", "include", "comprises", "comprised", "comprise", "comprising", "including")

// madeOfWords list a body's members before "of" ("made up of", "composed
// of", "consisting of").
var madeOfWords = set("made", "composed", "consisting", "consists")

// memberBody: mention m names a body that has member states (an
// organisation, or the European Union, which the gazetteer lists as a
// political entity).
func (d *doc) memberBody(m int) bool {
	e := d.ents[d.mentions[m].ent]
	return e.typ == TypeOrg || e.typ == TypeGPE && e.name == "European Union"
}

// countryMember: mention m names a country other than body b.
func (d *doc) countryMember(m, b int) bool {
	mm := &d.mentions[m]
	return mm.ent >= 0 && mm.ent != d.mentions[b].ent && mm.kind == "" && !mm.modifier && d.ents[mm.ent].typ == TypeGPE && d.ents[mm.ent].name != "European Union"
}

// memberNounEnd returns the token after "member", "members", "member
// state(s)", "member country (countries)" or "member nation(s)" at token
// j, or -1.
func (d *doc) memberNounEnd(j int) int {
	s := &d.sents[d.toks[j].sent]
	if j >= s.t1 || d.toks[j].lower != "member" && d.toks[j].lower != "members" {
		return -1
	}
	if k := j + 1; k < s.t1 && memberKinds[d.toks[k].lower] {
		return k + 1
	}
	return j + 1
}

// memberKinds follow "member" in a member state's description.
var memberKinds = set("state", "states", "country", "countries", "nation", "nations")

// speechAt: an opening phrase about a speech at an organisation's event
// before the clause of its speaker ("In a speech delivered during the
// national congress of the Indonesian Board of Mosques, Vice President
// Boediono sparked a debate", "in a recent address at a Harvard University
// conference, Cardinal Ortega referred") -> the speaker speaks at it.
func (d *doc) speechAt(si int) {
	s := &d.sents[si]
	j := s.t0
	for ; j+2 < s.t1; j++ {
		if d.toks[j].lower == "in" && (j == s.t0 || d.toks[j-1].text == "," || d.toks[j-1].text == "-" || d.toks[j-1].text == "--" || d.toks[j-1].lower == "and") && speechNouns[d.toks[d.phraseHeadFrom(j+1)].lower] {
			break // "In a speech", ", in a recent address"
		}
	}
	if j+2 >= s.t1 {
		return
	}
	k := d.phraseHeadFrom(j + 1) // the speech noun
	org, comma := -1, -1
	for e := k + 1; e < s.t1 && e < k+25; e++ {
		t := &d.toks[e]
		if t.text == "," {
			comma = e
			break
		}
		if m := t.mention; m >= 0 && org < 0 && d.mentions[m].t0 == e && d.isOrg(m) && !d.mentions[m].modifier && (d.toks[e-1].lower == "at" || d.toks[e-1].lower == "of" || d.toks[e-1].lower == "to" || d.toks[e-1].lower == "a" || d.toks[e-1].lower == "the") {
			org = m
		}
	}
	if org < 0 || comma < 0 || comma+1 >= s.t1 {
		return
	}
	// the speaker: the main clause's subject right after the comma
	sp := -1
	for e := comma + 1; e < s.t1 && e < comma+6; e++ {
		if m := d.toks[e].mention; m >= 0 && d.mentions[m].ent >= 0 {
			if d.ents[d.mentions[m].ent].typ == TypePerson && e+1 < s.t1 && d.mentions[m].t1 < s.t1 && isVerb(d.toks[d.mentions[m].t1].tag) {
				sp = m
			}
			break
		}
	}
	if sp >= 0 {
		d.add(si, argument{ment: sp, weak: d.mentions[sp].pronoun}, "speak at", argument{ment: org}, nil, nil, confNominal, false)
	}
}

// interviewedBy: "In an interview with the BBC, X said", "Speaking to
// Reuters, X said", "X said in an interview with VOA": X told the outlet or
// the reporter.
func (d *doc) interviewedBy(si int) {
	s := &d.sents[si]
	tell := func(sp, to int) {
		var ev *Event
		if c, ok := d.x.events.Lookup("tell"); ok {
			ev = eventOf(c)
		}
		d.add(si, argument{ment: sp, weak: d.mentions[sp].pronoun}, "tell", argument{ment: to}, ev, nil, confNominal, false)
	}
	// the outlet or reporter after an opening phrase, then the speaker
	// after its comma
	j := s.t0
	if j+3 < s.t1 && d.toks[j].lower == "in" && d.toks[d.phraseHeadFrom(j+1)].lower == "interview" {
		j = d.phraseHeadFrom(j+1) + 1
	} else if j+2 < s.t1 && (d.toks[j].lower == "speaking" || d.toks[j].lower == "talking") && d.toks[j+1].lower == "to" {
		j += 1
	} else {
		j = -1
	}
	if j >= 0 && (d.toks[j].lower == "with" || d.toks[j].lower == "to") {
		if to := d.firstArg(si, j+1, 6, false); to >= 0 {
			if _, k := d.titleWords(d.mentions[to].t1, s.t1); k > d.mentions[to].t1 {
				if p := d.mentionAt(k, s); p >= 0 && d.mentions[p].t0 == k && d.ents[d.mentions[p].ent].typ == TypePerson {
					to = p // "with VOA reporter James Butty": the reporter
				}
			}
			c := d.mentions[to].t1
			for c < s.t1 && c < d.mentions[to].t1+6 && d.toks[c].text != "," {
				c++
			}
			k := c + 1 // the speaker after the comma
			if k+1 < s.t1 && honorifics[d.toks[k].lower] {
				k++ // ", Mr. Bereket accused"
			} else if _, e := d.titleWords(k, s.t1); e > k && e < s.t1 && d.toks[e].mention >= 0 {
				k = e // ", Information Minister X said"
			}
			if sp := d.mentionAt(k, s); c < s.t1 && d.toks[c].text == "," && sp >= 0 && d.mentions[sp].ent >= 0 && d.ents[d.mentions[sp].ent].typ == TypePerson && d.mentions[sp].t1 < s.t1 && isVerb(d.toks[d.mentions[sp].t1].tag) {
				tell(sp, to)
			}
		}
	}
	// "X said in an interview with Y"
	for i := s.t0; i+5 < s.t1; i++ {
		sp := d.toks[i].mention
		if sp < 0 || d.mentions[sp].t1 != i+1 || d.mentions[sp].ent < 0 || d.ents[d.mentions[sp].ent].typ != TypePerson {
			continue
		}
		v := i + 1
		if !sayVerbs[d.lemma(&d.toks[v])] || !isVerb(d.toks[v].tag) || d.toks[v+1].lower != "in" {
			continue
		}
		if h := d.phraseHeadFrom(v + 2); d.toks[h].lower == "interview" && h+2 < s.t1 && d.toks[h+1].lower == "with" {
			if to := d.firstArg(si, h+2, 6, false); to >= 0 {
				tell(sp, to)
			}
		}
	}
}

// phraseHeadFrom skips a determiner or possessive and adjectives from token
// j and returns the token after them.
func (d *doc) phraseHeadFrom(j int) int {
	s := &d.sents[d.toks[j].sent]
	if j < s.t1 && (determiners[d.toks[j].lower] || possPronouns[d.toks[j].lower]) {
		j++
	}
	for j < s.t1-1 && d.toks[j].tag == "JJ" {
		j++
	}
	return min(j, s.t1-1)
}

// speechNouns name a speech.
var speechNouns = set("speech", "address", "lecture", "talk", "keynote", "sermon")

// onBehalfOf: "Jean-Claude Juncker, speaking on behalf of eurozone finance
// ministers," -> Juncker -speak for-> eurozone; "X acted on behalf of Y" ->
// act for.
func (d *doc) onBehalfOf(si int) {
	s := &d.sents[si]
	for i := s.t0 + 1; i+3 < s.t1; i++ {
		if d.toks[i].lower != "on" || d.toks[i+1].lower != "behalf" || d.toks[i+2].lower != "of" || !isVerb(d.toks[i-1].tag) {
			continue
		}
		k := i + 3
		if d.toks[k].lower == "the" && k+1 < s.t1 {
			k++
		}
		om := d.toks[k].mention
		if om < 0 || d.mentions[om].t0 != k || d.mentions[om].ent < 0 || d.mentions[om].kind == MentionDemonym && !d.demonymBody(&d.mentions[om], -1, stateActors) {
			continue
		}
		v := i - 1
		b := v - 1
		for b > s.t0 && (d.toks[b].tag == "RB" || d.toks[b].tag == "MD" || isVerb(d.toks[b].tag) && d.toks[b].mention < 0) {
			b--
		}
		if b > s.t0 && d.toks[b].text == "," && d.toks[v].tag == "VBG" {
			b-- // "X, speaking on behalf of Y,"
		}
		sm := d.toks[b].mention
		if sm < 0 || d.mentions[sm].t1 != b+1 || d.mentions[sm].ent < 0 || d.mentions[sm].modifier || d.mentions[sm].ent == d.mentions[om].ent {
			continue
		}
		pred := "act for"
		if l := d.lemma(&d.toks[v]); l == "speak" || l == "talk" || sayVerbs[l] {
			pred = "speak for"
		}
		d.add(si, argument{ment: sm, weak: d.mentions[sm].pronoun}, pred, argument{ment: om}, nil, nil, confApposit, false)
	}
}

// speaksFor: "For the Liberal Democrats, Sir Menzies Campbell said ...",
// "Speaking for Apple Corps, manager Neil Aspinall said" -> Campbell
// -speak for-> Liberal Democrats.
func (d *doc) speaksFor(si int) {
	s := &d.sents[si]
	j := s.t0
	if j < s.t1 && d.toks[j].text == "\"" {
		j++
	}
	pred := "speak for"
	switch {
	case j+4 < s.t1 && d.toks[j].lower == "for":
		j++
	case j+5 < s.t1 && d.toks[j].lower == "speaking" && d.toks[j+1].lower == "for":
		j += 2 // "Speaking for Apple Corps, manager X said"
	case j+7 < s.t1 && d.toks[j].lower == "speaking" && d.toks[j+1].lower == "on" && d.toks[j+2].lower == "behalf" && d.toks[j+3].lower == "of":
		j += 4 // "Speaking on behalf of the union, X said"
	case j+5 < s.t1 && d.toks[j].lower == "speaking" && d.toks[j+1].lower == "on":
		pred = "speak on" // "Speaking on CNBC television, X said": an interview (a speaker "to" the BBC tells it, elsewhere)
		j += 2
	default:
		return
	}
	if d.toks[j].lower == "the" {
		j++
	}
	om := d.toks[j].mention
	if om < 0 || d.mentions[om].ent < 0 || d.ents[d.mentions[om].ent].typ != TypeOrg || d.mentions[om].t1 >= s.t1 {
		return
	}
	e := d.mentions[om].t1
	if pred != "speak for" && e+1 < s.t1 && broadcastNouns[d.toks[e].lower] {
		e++ // "on CNBC television"
	}
	if d.toks[e].text != "," {
		return
	}
	k := e + 1
	if k+1 < s.t1 && d.toks[k].lower == "the" {
		k++ // "the fund manager X"
	}
	for k < s.t1 && d.toks[k].titleOf >= 0 && d.toks[k].mention < 0 {
		k++
	}
	post := k
	k = d.lowerPostAfter(s, k) // "manager Neil Aspinall": the post is the organisation's
	if k >= s.t1 {
		return
	}
	pm := d.toks[k].mention
	if pm < 0 || d.mentions[pm].ent < 0 || d.ents[d.mentions[pm].ent].typ != TypePerson {
		return
	}
	for v := d.mentions[pm].t1; v < s.t1 && v < d.mentions[pm].t1+3; v++ {
		if isVerb(d.toks[v].tag) && sayVerbs[d.x.lem.Lemma(d.toks[v].lower)] {
			if pred != "speak for" {
				d.emitCode(si, argument{ment: pm}, pred, argument{ment: om}, nil, confApposit, false, "speak", "", "", "on")
				return
			}
			d.add(si, argument{ment: pm}, pred, argument{ment: om}, nil, nil, confApposit, false)
			if k > post {
				var words []string
				for _, t := range d.toks[post:k] {
					words = append(words, t.lower)
				}
				d.add(si, argument{ment: pm}, strings.Join(words, " ")+" of", argument{ment: om}, nil, nil, confApposit, false)
			}
			return
		}
	}
}

// affiliation: the predicate of a person named with organisation mention
// om ("X of Y", "X, from Y,"): one of a newspaper, magazine or blog writes
// for it ("Andreas Adriano of Latin Trade Magazine"); else a member.
func (d *doc) affiliation(om int) string {
	if e := d.mentions[om].ent; e >= 0 {
		for _, w := range strings.Fields(strings.ToLower(d.ents[e].name)) {
			if writtenOutletWords[w] {
				return "write for"
			}
		}
	}
	return "member of"
}

// writtenOutletWords name a written outlet: its people write for it.
var writtenOutletWords = set("magazine", "blog", "weblog", "newspaper", "journal", "gazette", "times", "daily", "herald",
	"tribune", "chronicle", "review", "telegraph", "post", "news")

// portfolioHeads follow a portfolio's name in a party's post ("the
// party's Treasury spokesman", "Labour's Home Office minister").
var portfolioHeads = set("spokesman", "spokeswoman", "spokesperson", "minister", "secretary")

// speaksForApposed: "Mark Oaten, for the Liberal Democrats, said ..."
// -> Oaten -speak for-> Liberal Democrats.
func (d *doc) speaksForApposed(si int) {
	s := &d.sents[si]
	for i := s.t0 + 1; i+4 < s.t1; i++ {
		if d.toks[i].text != "," || d.toks[i+1].lower != "for" {
			continue
		}
		pm := d.toks[i-1].mention
		if pm < 0 || d.mentions[pm].t1 != i || d.mentions[pm].ent < 0 || d.mentions[pm].pronoun || d.ents[d.mentions[pm].ent].typ != TypePerson {
			continue
		}
		k := i + 2
		if d.toks[k].lower == "the" {
			k++
		}
		om := d.toks[k].mention
		if om < 0 || d.mentions[om].t0 != k || d.mentions[om].ent < 0 || d.ents[d.mentions[om].ent].typ != TypeOrg {
			continue
		}
		e := d.mentions[om].t1
		if e+1 >= s.t1 || d.toks[e].text != "," {
			continue
		}
		v := e + 1
		if d.toks[v].tag == "RB" && v+1 < s.t1 {
			v++
		}
		if isVerb(d.toks[v].tag) && sayVerbs[d.lemma(&d.toks[v])] {
			d.add(si, argument{ment: pm}, "speak for", argument{ment: om}, nil, nil, confApposit, false)
		}
	}
}

// broadcastNouns follow a broadcaster's name: "on CNBC television".
var broadcastNouns = set("television", "tv", "radio", "channel")

// orgLink: "the Toyota subsidiary Lexus", "Toyota's luxury unit Lexus",
// "Toyota's brands include Lexus and Daihatsu" -> Lexus -subsidiary of->
// Toyota.
func (d *doc) orgLink(si, mi int) {
	s := &d.sents[si]
	m := &d.mentions[mi]
	if d.ents[m.ent].typ != TypeOrg {
		return
	}
	j := m.t1
	if j < s.t1 && (d.toks[j].text == "'s" || d.toks[j].text == "'") {
		j++
	}
	k := j
	for k < s.t1 && k < j+3 {
		if dm := d.toks[k].mention; dm >= 0 && j > m.t1 && d.mentions[dm].kind == MentionDemonym && d.mentions[dm].t1 == k+1 {
			k++ // "GM's European unit Opel": where the unit is, after a possessive
			continue
		}
		if d.toks[k].mention >= 0 || !(d.toks[k].tag == "JJ" || isNoun(d.toks[k].tag) || d.toks[k].tag == "VBZ" && orgLinkNouns[d.nounLemma(d.toks[k].lower)]) || isCapital(d.toks[k].text) {
			break // (the tagger reads "units" after "European" as a verb)
		}
		k++
	}
	link := k - 1
	if link-1 >= j && (d.toks[link].lower == "company" || d.toks[link].lower == "firm" || d.toks[link].lower == "group") {
		link-- // "Lexus's parent company Toyota"
	}
	listed := false // "Electrolux's brands include AEG and Zanussi"
	if k > j && k+1 < s.t1 && d.toks[k].mention < 0 && strings.HasSuffix(d.toks[link].lower, "s") {
		if d.toks[k].text == "," && d.toks[k+1].lower == "including" && k+2 < s.t1 {
			k, listed = k+2, true
		} else if includeVerbs[d.toks[k].lower] || d.toks[k].lower == "are" || d.toks[k].lower == "were" {
			k, listed = k+1, true
		}
	}
	if k == j || k >= s.t1 || d.toks[k].mention < 0 || link < j {
		return
	}
	noun, plural := d.toks[link].lower, false
	if !orgLinkNouns[noun] && orgLinkNouns[d.nounLemma(noun)] {
		noun, plural = d.nounLemma(noun), true // "GM's European units Opel and Saab"
	}
	if !orgLinkNouns[noun] || listed && !plural {
		return
	}
	om := d.toks[k].mention
	if o := &d.mentions[om]; o.ent < 0 || o.ent == m.ent || d.ents[o.ent].typ != TypeOrg {
		return
	}
	d.add(si, argument{ment: om}, noun+" of", argument{ment: mi}, nil, nil, confPossess, false)
	if !plural {
		return
	}
	for e := d.mentions[om].t1; e+1 < s.t1 && (d.toks[e].text == "," || d.toks[e].lower == "and"); {
		k := e + 1
		if d.toks[e].text == "," && d.toks[k].lower == "and" {
			k++
		}
		am := d.mentionAt(k, s)
		if am < 0 || d.mentions[am].t0 != k || !d.isOrg(am) || d.mentions[am].ent == m.ent || d.mentions[am].modifier {
			return
		}
		d.add(si, argument{ment: am}, noun+" of", argument{ment: mi}, nil, nil, confPossess, false)
		e = d.mentions[am].t1
	}
}

func (d *doc) titleRoles(si, mi int) {
	m := &d.mentions[mi]
	if d.ents[m.ent].typ != TypePerson {
		return
	}
	if b := m.title0 - 1; m.title0 < m.t0 && b >= d.sents[si].t0 && usPartyAdjectives[d.toks[b].lower] != "" {
		if pm := d.toks[b].mention; pm >= 0 && d.mentions[pm].t1 == b+1 && d.mentions[pm].ent >= 0 {
			// "Republican Senator Susan Collins": the party's member
			d.add(si, argument{ment: mi}, "member of", argument{ment: pm}, nil, nil, confTitle, false)
		}
	}
	title := m.title
	// Title words in lower case before the name ("North Korean dictator
	// Kim Jong-un", "U.S. ambassador to China Terry Branstad").
	s := &d.sents[si]
	j := m.t0 - 1
	if title == "" {
		j = d.portfolioBeforeName(s, j)
		var words []string
		for j >= s.t0 && d.toks[j].mention < 0 && !d.clauseVerb(j) && (d.isTitleWord(d.toks[j].lower) || d.toks[j].lower == "of" || d.toks[j].lower == "and" && len(words) > 0 && titleHeads[words[0]] && j > s.t0 && titleHeads[d.toks[j-1].lower] && d.toks[j-1].mention < 0) {
			// ("BIFA founder and director Elliot Grove": two posts; not
			// "Economist and blogger X", where the first post was read
			// as the newspaper)
			words = append([]string{d.toks[j].lower}, words...)
			j--
		}
		for len(words) > 0 && !titleHeads[words[len(words)-1]] && !honorifics[words[len(words)-1]] {
			words = nil
		}
		for len(words) > 0 && words[0] == "of" {
			words = words[1:]
		}
		if len(words) > 0 {
			m.title0 = j + 1
			words = dropLeading(words, sittingWords) // "the current president X": the post is the president's
			title = strings.Join(words, " ")
		}
	} else {
		j = m.title0 - 1
	}
	// "ambassador to China Terry Branstad", "governor of the Bank of England
	// Mervyn King", "Archbishop of Havana X": a country, organisation or
	// (after "of") place between title and name
	if title == "" && j >= s.t0+1 && d.toks[j].mention >= 0 {
		gm := &d.mentions[d.toks[j].mention]
		if gm.ent >= 0 && (d.ents[gm.ent].typ == TypeGPE || d.ents[gm.ent].typ == TypeOrg || d.ents[gm.ent].typ == TypeLoc) && gm.t0 > s.t0 && !gm.modifier && gm.t1 == m.t0 {
			p := gm.t0 - 1
			if d.toks[p].lower == "the" && d.ents[gm.ent].typ == TypeOrg && p > s.t0 {
				p-- // "president of the European Commission Jose Manuel Barroso"
			}
			if l := d.toks[p].lower; (l == "to" || l == "of") && p > s.t0 && titleHeads[d.toks[p-1].lower] && (l == "of" || d.ents[gm.ent].typ == TypeGPE) {
				words := []string{d.toks[p-1].lower}
				k := p - 2
				for k >= s.t0 && d.toks[k].mention < 0 && titleMods[d.toks[k].lower] {
					words = append([]string{d.toks[k].lower}, words...)
					k--
				}
				t := strings.Join(words, " ")
				d.add(si, argument{ment: mi}, t+" "+l, argument{ment: d.toks[j].mention}, nil, nil, confTitle, false)
				if k >= s.t0 && d.toks[k].mention >= 0 {
					am := d.toks[k].mention
					if a := &d.mentions[am]; a.ent >= 0 && (d.ents[a.ent].typ == TypeGPE || d.ents[a.ent].typ == TypeOrg) {
						d.add(si, argument{ment: mi}, t+" of", argument{ment: am}, nil, nil, confTitle-0.1, false)
					}
				}
				return
			}
		}
	}
	if (title == "" || peerTitles[title] || rankTitles[title] || reverendTitles[title] || plainHonorifics[title]) && d.commaTitle(si, mi) {
		return
	}
	d.nationalityBefore(si, mi)
	d.demonymApposed(si, mi)
	d.teamMate(si, mi)
	d.itsTitleBefore(si, mi, title)
	if title != "" {
		d.counterpartBefore(si, mi, title)
	}
	d.andKin(si, mi)
	d.localTradeBefore(si, mi)
	if title == "" {
		d.personOfCountry(si, mi)
	}
	if plainHonorifics[title] {
		d.untitledMember(si, mi) // "Labour's Mr Livingstone"
	}
	if honorifics[title] {
		d.titleForBefore(si, mi) // "The head of X, Dr. Russell Strong,"
	}
	if title == "" {
		d.titleForBefore(si, mi)
		d.untitledMember(si, mi)
		d.counterpartBefore(si, mi, "")
		d.originBefore(si, mi)
		return
	}
	title = expandTitle(title)
	pureHonor := true
	for _, w := range strings.Fields(title) {
		if !courtesyTitles[w] {
			pureHonor = false
		}
	}
	if pureHonor {
		// "spokesman Sir Menzies Campbell": the post before the honorific
		k := m.title0 - 1
		var words []string
		for k >= s.t0 && d.toks[k].mention < 0 && d.toks[k].titleOf < 0 && isLowerWord(d.toks[k].text) && d.isTitleWord(d.toks[k].lower) {
			words = append([]string{d.toks[k].lower}, words...)
			k--
		}
		if len(words) == 0 || !titleHeads[words[len(words)-1]] || k < s.t0 || d.toks[k].mention < 0 && !isLowerWord(d.toks[k].text) {
			return
		}
		if d.toks[k].mention < 0 {
			if am, _ := d.portfolioOrg(s, k); am < 0 {
				return // "and author Professor Stephen Hawking": no organisation
			}
		}
		title, m.title0 = strings.Join(words, " "), k+1
	}
	affMent := -1
	if m.titleAff >= 0 && d.mentions[m.titleAff].ent >= 0 {
		affMent = m.titleAff
	} else {
		// the word before the title: "US Secretary of State", "Chinese leader"
		k := m.title0 - 1
		if b := d.bracketBefore(s, k); b >= 0 && d.toks[b].mention >= 0 {
			k = b // "Labor Party (PT) candidate X", "PAN (National Action Party) candidate X": the name before its alias
		}
		// ("Democratic Gov. X of Virginia": the party's member, above; the
		// post as if no party were named)
		partyWord := k >= s.t0 && usPartyAdjectives[d.toks[k].lower] != "" && d.toks[k].mention >= 0 && d.mentions[d.toks[k].mention].t0 == k
		if !partyWord && k >= s.t0 && d.toks[k].mention >= 0 {
			am := &d.mentions[d.toks[k].mention]
			if am.ent >= 0 && (d.ents[am.ent].typ == TypeGPE || d.ents[am.ent].typ == TypeOrg || d.ents[am.ent].typ == TypeLoc && (clubTitle(title) || localTitle(title) || professionNouns[lastWord(title)] && !teamTrades[lastWord(title)] && !showTrades[lastWord(title)]) || d.ents[am.ent].typ == TypePerson && (agentTitle(title) || serviceTitles[lastWord(title)] && !am.pronoun && isLowerWord(d.toks[m.t0-1].text))) {
				affMent = d.toks[k].mention // "Birmingham manager X": a club named like its city; "Pittsburgh Mayor X"
			}
			if b := am.t0 - 1; am.kind == MentionDemonym && b-1 >= s.t0 && d.toks[b].text == "'s" && d.toks[b-1].mention >= 0 && d.mentions[d.toks[b-1].mention].ent >= 0 && d.ents[d.mentions[d.toks[b-1].mention].ent].typ == TypePerson {
				affMent = -1 // "Agassi's Australian coach X": the coach's nationality, not a national team's post
			}
			if b := am.t0 - 1; affMent >= 0 && placeType(d.ents[am.ent].typ) && b > s.t0 && (d.toks[b].text == "'s" || d.toks[b].text == "'") && (d.toks[b-1].mention < 0 || d.isOrg(d.toks[b-1].mention) && !localTitle(title)) {
				// "Screen International's US editor X": the US desk of a
				// body the rules did not name, no post of the US; "the
				// SNP's Holyrood leader X": the party's leader there (not
				// "Labour's London mayor X")
				affMent = -1
			}
		} else if k-1 >= s.t0 && d.toks[k].text == "'s" && d.toks[k-1].mention >= 0 {
			am := &d.mentions[d.toks[k-1].mention]
			if am.ent >= 0 {
				affMent = d.toks[k-1].mention
			}
		}
	}
	if affMent < 0 {
		if am, words := d.portfolioOrg(s, m.title0-1); am >= 0 && (d.ents[d.mentions[am].ent].typ == TypeOrg || officeHeads[lastWord(title)]) {
			// "Conservative local government spokesman Glyn Davies", "SEC
			// deputy enforcement director Linda Thomsen": an organisation,
			// then the post's portfolio; a place keeps the portfolio in the
			// title ("Norfolk police chief Andy Hayman")
			affMent = am
			if d.ents[d.mentions[am].ent].typ != TypeOrg {
				title = words + " " + title
			}
		}
	}
	if a := affMent; a >= 0 && d.ents[d.mentions[a].ent].typ == TypeGPE && d.mentions[a].t0 > s.t0 && d.toks[d.mentions[a].t0-1].lower == "its" && corporateTitles[lastWord(title)] {
		// "Vodafone has drafted in its UK chief executive X": the
		// company's post for that country
		if o := d.onlyOrgBefore(si, d.mentions[a].t0-1); o >= 0 {
			affMent = o
		}
	}
	if affMent >= 0 && d.mentions[affMent].gaz != nil && d.mentions[affMent].gaz.Type == TypeGPE && d.x.gaz.IsCapital(d.mtext(&d.mentions[affMent])) {
		affMent = -1 // "London mayor Ken Livingstone", "London race director": the city's post, not the country's
	}
	title = stripFormer(title)
	if affMent >= 0 {
		b := d.mentions[affMent].t0
		if r, nb := d.rankBefore(b); r != "" && !strings.Contains(title, r) {
			title, b = r+" "+title, nb // "Deputy Labour leader John Prescott": the deputy, not the leader
		}
		if d.formerTitle(b, -1) {
			title = asFormer(title) // "Former Labour leader Neil Kinnock"
		}
	}
	if affMent >= 0 && d.mentions[affMent].gaz != nil && d.mentions[affMent].t0 > s.t0 && !strings.EqualFold(d.mtext(&d.mentions[affMent]), d.mentions[affMent].gaz.Name) && d.ents[d.mentions[affMent].ent].typ == TypeGPE {
		// "London Irish coach": a demonym after another name is part of an
		// unknown name, not a nationality
		if p := &d.toks[d.mentions[affMent].t0-1]; isCapital(p.text) && (p.mention >= 0 || isProperTag(p.tag)) && p.titleOf < 0 && p.lower != "former" && p.lower != "late" && p.lower != "new" && !runOpeners[p.lower] {
			// (not "Former US President X", "New EU trade commissioner
			// X", "Senior EU official X" opening a sentence)
			if pm := p.mention; pm < 0 || d.mentions[pm].ent < 0 || d.ents[d.mentions[pm].ent].typ != TypeOrg {
				affMent = -1
			}
		}
	}
	if affMent >= 0 && d.mentions[affMent].t0 > s.t0 && d.ents[d.mentions[affMent].ent].typ == TypeOrg && !d.hasStateBody(affMent) {
		// "Lib Dem Treasury spokesman": the outer name is the affiliation,
		// the inner one the portfolio (not "Chinese foreign ministry
		// spokeswoman": the ministry's, named with its state's word)
		if om := d.toks[d.mentions[affMent].t0-1].mention; om >= 0 && d.mentions[om].ent >= 0 && d.mentions[om].ent != d.mentions[affMent].ent {
			if t := d.ents[d.mentions[om].ent].typ; t == TypeOrg || t == TypeGPE {
				title = strings.ToLower(d.mtext(&d.mentions[affMent])) + " " + title
				affMent = om
			}
		}
	} else if affMent >= 0 && d.mentions[affMent].t0 > s.t0 && d.ents[d.mentions[affMent].ent].typ == TypeGPE {
		// "Scottish National Party Holyrood leader X", "Labour London
		// spokesman": a party before a place is the affiliation, the place
		// where the post is held
		if om := d.toks[d.mentions[affMent].t0-1].mention; om >= 0 && d.mentions[om].ent >= 0 && d.ents[d.mentions[om].ent].typ == TypeOrg && !d.mentions[om].modifier {
			title = strings.ToLower(d.mtext(&d.mentions[affMent])) + " " + title
			affMent = om
		}
	}
	if a := affMent; a >= 0 && d.ents[d.mentions[a].ent].typ == TypeOrg && d.ents[d.mentions[a].ent].gaz == nil && portfolioNames[strings.ToLower(d.ents[d.mentions[a].ent].name)] {
		return // "Health spokesman Paul Burstow", "Home Affairs spokesman Mark Oaten": a portfolio the recogniser read as a body
	}
	if t, ok := strings.CutPrefix(title, "party "); ok && affMent < 0 && titleHeads[lastWord(t)] {
		// "..., party leader Charles Kennedy said": the one party named
		// in the sentence or the one before
		if p := d.onlyBefore(m.title0, func(pm *mention) bool {
			return d.ents[pm.ent].typ == TypeOrg && !pm.modifier && partyName(d.ents[pm.ent].name)
		}); p >= 0 {
			d.add(si, argument{ment: mi}, t+" of", argument{ment: d.firstRealMention(p)}, nil, nil, confTitle-0.1, false)
			return
		}
	}
	if k := m.title0 - 1; affMent < 0 && k-1 > s.t0 && d.toks[k].lower == "and" && d.toks[k-1].mention >= 0 && (teamRoles[lastWord(title)] || corporateTitles[lastWord(title)] || companyTitles[title]) {
		// "Kasabian guitarist Sergio Pizzorno and bassist Chris Edwards":
		// the second title shares the first one's organisation (not "Barca
		// boss X and referee Y": no post the club gives)
		if pm := &d.mentions[d.toks[k-1].mention]; pm.ent >= 0 && d.ents[pm.ent].typ == TypePerson && pm.title0 < pm.t0 && pm.title0 > s.t0 {
			if am := d.toks[pm.title0-1].mention; am >= 0 && d.mentions[am].ent >= 0 && d.ents[d.mentions[am].ent].typ == TypeOrg {
				affMent = am
			}
		}
	}
	if affMent < 0 && m.t1+1 < s.t1 && (d.toks[m.t1].text == "," || d.toks[m.t1].text == "(") && partyTagState(d.toks[m.t1+1].text) != "" {
		// "Sen. Chris Murphy, D-Conn.": the state the senator represents
		// (a House Speaker or a whip holds no post of the state: "from")
		if om := d.toks[m.t1+1].mention; om >= 0 && d.mentions[om].ent >= 0 {
			pred := title + " of"
			if !stateSeats[lastWord(title)] {
				pred = "from"
			}
			d.add(si, argument{ment: mi}, pred, argument{ment: om}, nil, nil, confTitle-0.05, false)
			return
		}
	}
	if affMent < 0 && m.t1+1 < s.t1 {
		// "analyst Ray Neidl at Calyon Securities", "Sen. James Lankford of
		// Oklahoma": the organisation (or, after "of", the place) after the name
		p := d.toks[m.t1].lower
		if p == "from" && m.title0 > s.t0 && isVerb(d.toks[m.title0-1].tag) {
			p = "" // "signed striker X from Chelsea": where he came from
		}
		if p == "of" || p == "at" || p == "with" || p == "for" || p == "from" {
			j := m.t1 + 1
			if d.toks[j].lower == "the" && j+1 < s.t1 {
				j = d.skipOrdinal(j + 1)
			}
			if om := d.toks[j].mention; om >= 0 && (d.mentions[om].t0 == j || d.mentions[om].kind == MentionNominal && d.mentions[om].t0 == m.t1+1) && d.mentions[om].ent >= 0 && !d.mentions[om].modifier {
				// (also "lawyer Mirtha Condori of the network": the body it refers to)
				if p == "at" && (govTitle(title) || d.modifiesNoun(&d.mentions[om])) {
					// "met Deputy Prime Minister John Prescott at the Labour
					// spring conference": where they met, no post's body
				} else if t := d.ents[d.mentions[om].ent].typ; t == TypeOrg || (p == "of" || p == "from") && (t == TypeGPE || t == TypeLoc) {
					pred := title + " " + p
					if p == "with" || p == "for" || p == "from" && t == TypeOrg {
						pred = title + " at" // ("analyst Tom Hart from Barclays")
					} else if p == "from" {
						pred = "from" // "striker Tom Hart from Brazil"
					}
					if p == "of" && t == TypeGPE && professionNouns[lastWord(title)] {
						pred = "from" // "sixth seed Filippo Volandri of Italy", "world champion X of the USA"
					}
					d.add(si, argument{ment: mi}, pred, argument{ment: om}, nil, nil, confTitle-0.05, false)
					return
				}
			}
		}
	}
	if affMent >= 0 && d.ents[d.mentions[affMent].ent].typ == TypeLoc && d.mentions[affMent].t0 > s.t0 {
		if o := d.toks[d.mentions[affMent].t0-1].mention; o >= 0 && d.mentions[o].t1 == d.mentions[affMent].t0 && d.isOrg(o) && !d.mentions[o].modifier {
			// "Diageo North America president X": the post is in the
			// company's regional arm, no post of the continent nor of the
			// whole company
			d.add(si, argument{ment: mi}, "member of", argument{ment: o}, nil, nil, confTitle-0.1, false)
			return
		}
	}
	if affMent >= 0 && (companyTitles[title] || d.statePossessorBefore(s, affMent)) && d.isPlace(affMent) && d.mentions[affMent].t0-1 > s.t0 {
		// "Nissan's European boss X": the company's regional head, no post
		// of the place nor of the whole company
		b := d.mentions[affMent].t0 - 1
		o := -1
		if d.toks[b].text == "'s" || d.toks[b].text == "'" {
			if p := d.toks[b-1].mention; p >= 0 && d.mentions[p].t1 == b {
				o = p
			}
		}
		if o >= 0 && (d.isOrg(o) || d.statePossessorBefore(s, affMent)) {
			// ("Britain's Europe Director X": the state's post for the
			// region, no post of Europe)
			d.add(si, argument{ment: mi}, strings.ToLower(d.mtext(&d.mentions[affMent]))+" "+title+" of", argument{ment: o}, nil, nil, confTitle-0.05, false)
			return
		}
	}
	if affMent >= 0 && successionNouns[lastWord(title)] && d.mentions[affMent].t0 > s.t0 && possPronouns[d.toks[d.mentions[affMent].t0-1].lower] {
		return // "his Anfield successor Rafael Benitez": the club names where, the possessor whom he succeeded
	}
	if affMent >= 0 {
		affs := []int{affMent}
		if b := d.mentions[affMent].t0; b-2 > s.t0 && d.toks[b-1].lower == "and" && d.formerBeforeSide(s, b-2) {
			title = asFormer(title) // "former Free and Bad Company singer Paul Rodgers": former of both
		}
		if b := d.mentions[affMent].t0; b-2 > s.t0 && d.toks[b-1].lower == "and" && sidePost(lastWord(title)) {
			// "former Spurs and England defender Gary Stevens": both sides'
			if o := d.toks[b-2].mention; o >= 0 && d.mentions[o].t1 == b-1 && d.mentions[o].ent >= 0 && d.mentions[o].ent != d.mentions[affMent].ent && d.mentions[o].kind == "" {
				if t := d.ents[d.mentions[o].ent].typ; t == TypeOrg || t == TypeGPE && d.ents[d.mentions[affMent].ent].typ == TypeGPE {
					affs = append(affs, o)
				}
			}
		}
		for _, a := range affs {
			for _, title := range splitPosts(title) {
				d.add(si, argument{ment: mi}, d.postOrOrigin(title, a), argument{ment: a}, nil, nil, confTitle, false)
			}
		}
		return
	}
	if d.stateSpokesman(m, title) {
		// "police spokesman Pierre Nkurikiye", "Government spokesman X"
		// in a story about one country: the state speaks through its
		// police and government
		d.storyPost(si, mi, title)
		return
	}
	// A government title and a gazetteer person with a known country.
	de := d.ents[m.ent]
	if (de.gaz == nil || de.gaz.Affiliation == "") && cabinetTitle(strings.TrimPrefix(title, "former ")) && !strings.Contains(title, "shadow") && m.title0 < m.t0 && (isCapital(d.toks[m.t0-1].text) && d.toks[m.t0-1].titleOf >= 0 || d.lowerPostAfterPrep(m, title) || d.sittingPost(m)) && (m.title0 == s.t0 || d.toks[m.title0-1].mention < 0 && !d.ownsTitle(m.title0-1)) {
		// "President Xanana Gusmao", "Foreign Minister Jose Ramos Horta",
		// "Health Minister Charity Ngilu" in a story about one country:
		// that country's (not "company president X", "its president X";
		// not "President Bush" in a story about Cuba, when the gazetteer
		// knows a Bush elsewhere; not a place's "New York Attorney
		// General", nor a party's "Shadow Foreign Secretary")
		if !d.surnamePost(si, mi, title) {
			d.storyPost(si, mi, title)
		}
		return
	}
	if t0, ok := strings.CutPrefix(title, "former "); ok && companyTitles[t0] && m.title0 < m.t0 && d.opensClause(m.title0) {
		// "Former chief executive Martin Winterkorn, who resigned": the
		// story's company's, no longer
		if c := d.mainOrg(); c >= 0 && c != m.ent && d.lastOrgBefore(m.title0, 3) == c {
			d.add(si, argument{ment: mi}, title+" of", argument{ment: d.firstRealMention(c)}, nil, nil, confGazRole-0.1, false)
			return
		}
	}
	if b := m.title0 - 1; b >= s.t0 && d.toks[b].mention < 0 && bodyKindBefore[d.toks[b].lower] && speakerNouns[lastWord(title)] {
		// "Ministry spokesperson Sadia Butt said": the one ministry named
		// before
		if e := d.onlyKind(b, TypeOrg, d.toks[b].lower); e >= 0 && e != m.ent {
			d.add(si, argument{ment: mi}, title+" of", argument{ment: d.firstRealMention(e)}, nil, nil, confGazRole-0.1, false)
			return
		}
	}
	if b := m.title0 - 1; b >= s.t0 && d.toks[b].mention < 0 && companyWords[d.toks[b].lower] && (companyTitles[title] || officerTitle(strings.Fields(title))) {
		// "company spokesman Gus Whitcomb said": the story's company's
		if c := d.mainOrg(); c >= 0 && c != m.ent {
			d.add(si, argument{ment: mi}, title+" of", argument{ment: d.firstRealMention(c)}, nil, nil, confGazRole-0.1, false)
			return
		}
	}
	sv := m.t1
	if sv+1 < s.t1 && (d.toks[sv].lower == "has" || d.toks[sv].lower == "had" || d.toks[sv].lower == "have") {
		sv++ // ", lead singer X has said"
	}
	saidAfter := m.title0 > s.t0 && d.toks[m.title0-1].text == "," && sv < s.t1 && sayVerbs[d.lemma(&d.toks[sv])]
	b := m.title0 - 1
	for b > s.t0 && b >= m.title0-2 && d.toks[b].tag == "NN" && isLowerWord(d.toks[b].text) && d.toks[b].mention < 0 {
		b-- // "said station chief X": the post's unit
	}
	saidBefore := b-1 > s.t0 && d.toks[b-1].text == "," && isVerb(d.toks[b].tag) && sayVerbs[d.lemma(&d.toks[b])] && d.closesApposition(si, m.t1)
	if (companyTitles[title] || officerTitle(strings.Fields(title))) && (saidAfter || saidBefore) {
		// "The Bank of Japan kept rates unchanged, Governor Haruhiko
		// Kuroda said", "The Coast Guard rescued seven people, said
		// station chief Kenneth Compton.": the officer of the body the
		// sentence opens with
		if o := d.openingOrg(s); o >= 0 && d.mentions[o].t1 < m.title0 {
			d.add(si, argument{ment: mi}, title+" of", argument{ment: o}, nil, nil, confGazRole, false)
			return
		}
	}
	if judgeTitles[title] && m.title0 < m.t0 {
		// "Justice Kenneth Hayne said" after "the High Court of
		// Australia": a judge of the court the story names
		if c := d.courtNamedBefore(m.title0); c >= 0 {
			d.add(si, argument{ment: mi}, title+" of", argument{ment: d.firstRealMention(c)}, nil, nil, confGazRole-0.1, false)
			return
		}
	}
	if companyTitles[title] && m.title0 < m.t0 && (d.opensClause(m.title0) || isQuote(d.toks[m.title0-1].text) || m.title0 > s.t0 && isVerb(d.toks[m.title0-1].tag) && sayVerbs[d.lemma(&d.toks[m.title0-1])]) {
		// "Chief executive Arun Sarin said" (", said chief executive Arun
		// Sarin") in a story about Vodafone: the story's company's
		if c := d.mainOrg(); c >= 0 && c != m.ent && d.lastOrgBefore(m.title0, 3) == c {
			d.add(si, argument{ment: mi}, title+" of", argument{ment: d.firstRealMention(c)}, nil, nil, confGazRole-0.1, false)
			return
		}
	}
	if de.gaz != nil && de.gaz.Affiliation != "" && govTitle(title) && !d.partyTitle(m) {
		d.gazCountryPost(si, mi, title)
	}
}

// gazCountryPost: person mention mi, whom the gazetteer affiliates to a
// country, holds the post title of that country when the document names
// it.
func (d *doc) gazCountryPost(si, mi int, title string) {
	d.countryPost(si, mi, title, d.ents[d.mentions[mi].ent].gaz.Affiliation, confGazRole)
}

// countryPost gives person mention mi the post title of the gazetteer's
// country of this name when the document names it; it reports whether it
// did.
func (d *doc) countryPost(si, mi int, title, country string, conf float64) bool {
	ci := d.gazEntity(TypeGPE, country)
	if ci < 0 {
		return false
	}
	d.add(si, argument{ment: mi}, title+" of", argument{ment: d.firstRealMention(ci)}, nil, nil, conf, false)
	return true
}

// judgeTitles name a court's judges.
var judgeTitles = set("justice", "judge", "chief justice", "associate justice")

// courtNamedBefore returns the entity of the court (an organisation named
// "... Court ..." or "... Tribunal ...") named most often before token t,
// the first named on a tie; or -1.
func (d *doc) courtNamedBefore(t int) int {
	count := map[int]int{}
	best := -1
	for k := 0; k < t; k++ {
		mi := d.toks[k].mention
		if mi < 0 || d.mentions[mi].t0 != k || d.mentions[mi].ent < 0 || d.mentions[mi].pronoun {
			continue
		}
		e := d.mentions[mi].ent
		if d.ents[e].typ != TypeOrg || !slices.ContainsFunc(strings.Fields(d.ents[e].name), func(w string) bool { return w == "Court" || w == "Tribunal" }) {
			continue
		}
		count[e]++
		if best < 0 || count[e] > count[best] {
			best = e
		}
	}
	return best
}

// splitPosts splits a title naming two posts ("president and chief
// executive"); "minister of trade and industry" is one post, whose
// portfolio has two parts.
func splitPosts(title string) []string {
	parts := strings.Split(title, " and ")
	for _, p := range parts {
		if !titleHeads[lastWord(p)] {
			return []string{title}
		}
	}
	return parts
}

// clauseVerb: token k is a verb (or a participle or adjective) the parse
// gives a subject, not a title's modifier ("Sudan's army ousted president
// X": "ousted" is the verb, whatever its tag; not "England prop X").
func (d *doc) clauseVerb(k int) bool {
	t := &d.toks[k]
	if !isVerb(t.tag) && t.tag != "JJ" || titleHeads[t.lower] || orgCues[t.lower] {
		return false // (a title word or company noun the parse took for a verb: "England prop X", "BMW's group chief")
	}
	if (t.tag == "JJ" || t.tag == "VBN") && t.rel != "root" || k > 0 && d.toks[k-1].text == "," {
		return false // "James Earl Ray, convicted assassin of King": a modifier
	}
	s := &d.sents[t.sent]
	for j := max(s.t0, k-6); j < k; j++ {
		if d.toks[j].head == k && strings.HasPrefix(d.toks[j].rel, "nsubj") {
			return true
		}
	}
	return false
}

// portfolioBeforeName skips back from token j, the last word before a
// name, over a post's portfolio after "for" ("Liberal Democrat spokeswoman
// for women Sandra Gidley", "Tory spokesman for home affairs X") to the
// title word before it; without one it returns j.
func (d *doc) portfolioBeforeName(s *sent, j int) int {
	k := j
	for k >= s.t0 && k > j-2 && d.toks[k].mention < 0 && isLowerWord(d.toks[k].text) && (isNoun(d.toks[k].tag) || d.toks[k].tag == "JJ" && k < j) {
		k--
	}
	if k == j || k-1 < s.t0 || d.toks[k].lower != "for" || !titleHeads[d.toks[k-1].lower] || d.toks[k-1].mention >= 0 {
		return j
	}
	return k - 1
}

// portfolioOrg looks back from token k, the last word before a title, over
// one to three lower-case portfolio words ("local government", "housing",
// "foreign affairs") for the organisation or place the post belongs to. It
// returns that mention and the words, or -1.
func (d *doc) portfolioOrg(s *sent, k int) (int, string) {
	var words []string
	j := k
	for ; j >= s.t0 && len(words) < 3; j-- {
		t := &d.toks[j]
		if t.mention >= 0 || t.titleOf >= 0 || !isLowerWord(t.text) || !(isNoun(t.tag) || t.tag == "JJ") || nonPortfolio[t.lower] {
			break
		}
		words = append([]string{t.lower}, words...)
	}
	if len(words) == 0 || j < s.t0 || d.toks[j].mention < 0 {
		return -1, ""
	}
	am := d.toks[j].mention
	a := &d.mentions[am]
	if a.ent < 0 || a.t1 != j+1 || a.pronoun {
		return -1, ""
	}
	if t := d.ents[a.ent].typ; t != TypeOrg && t != TypeGPE && t != TypeLoc {
		return -1, ""
	}
	if a.t0 > s.t0 && d.toks[a.t0-1].tag == "IN" && d.toks[a.t0-1].lower != "from" && d.toks[a.t0-1].lower != "by" {
		return -1, "" // "in Britain house prices analyst X": the name belongs to the phrase before
	}
	return am, strings.Join(words, " ")
}

// serviceTitles are posts that serve a person: "a lawyer for X, Y,".
var serviceTitles = set("lawyer", "attorney", "adviser", "advisor", "aide", "spokesman", "spokeswoman", "spokesperson",
	"secretary", "bodyguard", "doctor", "physician", "agent", "manager", "biographer", "deputy", "assistant", "coach", "trainer")

// publicPost: title t is a government post or ends in a public office's
// head ("minister", "high court judge").
func publicPost(t string) bool { return govTitle(t) || officeHeads[lastWord(t)] }

// officeHeads end a public post a place's portfolio word can precede
// ("Norfolk police chief", "Indian oil minister"); an occupation after a
// place ("Chicago actress", "Malaysia entrepreneur") names no post of it.
var officeHeads = set("chief", "commissioner", "minister", "secretary", "official", "officer", "constable", "superintendent",
	"spokesman", "spokeswoman", "spokesperson", "judge", "prosecutor", "regulator", "envoy", "ambassador")

// lastWord is a title's head: its last word.
func lastWord(s string) string {
	w := strings.Fields(s)
	if len(w) == 0 {
		return ""
	}
	return w[len(w)-1]
}

// nonPortfolio are lower-case words before a title that are no portfolio:
// "its former chief", "every other spokesman".
var nonPortfolio = set("former", "other", "new", "then", "current", "acting", "interim", "outgoing", "incoming",
	"own", "first", "last", "next", "same", "only", "top", "late")

// titleForBefore: "a spokesman for Hamas, Fawzi Barhoum," -> Barhoum
// -spokesman for-> Hamas.
func (d *doc) titleForBefore(si, mi int) {
	s := &d.sents[si]
	m := &d.mentions[mi]
	j := m.t0 - 1
	for j > s.t0 && honorifics[d.toks[j].lower] && d.toks[j].mention < 0 {
		j-- // "The head of Queensland Liver Transplant Service, Dr. Russell Strong,"
	}
	if j-3 < s.t0 || d.toks[j].text != "," || d.toks[j-1].mention < 0 {
		return
	}
	om := d.toks[j-1].mention
	o := &d.mentions[om]
	if o.ent < 0 || o.modifier || o.t1 != j {
		return
	}
	p := o.t0 - 1
	if o.title0 < o.t0 && courtesyTitles[d.toks[o.title0].lower] {
		p = o.title0 - 1 // "a lawyer for Mr. Tsvangirai"
	}
	if p > s.t0 && d.toks[p].lower == "the" && o.pronoun {
		p-- // "the group": the definite mention covers its article
	}
	if o.pronoun && d.toks[o.t0].lower == "the" {
		p = o.t0 - 1
	}
	if p > s.t0 && d.toks[p].lower == "the" && !o.pronoun {
		p-- // "a spokesman for the Movement for Democratic Change, X"
	}
	if p-3 > s.t0 && d.toks[p].lower == "of" && factionNouns[d.toks[p-1].lower] && d.toks[p-2].text == "'s" && d.toks[p-3].mention >= 0 {
		// "a spokesman for Morgan Tsvangirai's faction of the Movement for
		// Democratic Change, X": the post is in the movement
		p = d.mentions[d.toks[p-3].mention].t0 - 1
	}
	seat := p > s.t0 && d.toks[p].lower == "from" && d.isPlace(om) && stateSeats[d.toks[p-1].lower]
	if p <= s.t0 || !rolePreps[d.toks[p].lower] && !seat || d.toks[p].lower == "in" {
		return
	}
	var words []string
	for k := p - 1; k >= s.t0 && d.toks[k].mention < 0 && (titleHeads[d.toks[k].lower] || titleMods[d.toks[k].lower]); k-- {
		words = append([]string{d.toks[k].lower}, words...)
	}
	if len(words) == 0 || !titleHeads[words[len(words)-1]] {
		return
	}
	if k := p - len(words) - 1; k-1 >= s.t0 && determiners[d.toks[k].lower] && cityPreps[d.toks[k-1].lower] {
		return // "a country in the centre of Europe, Mr Nattrass said": a place, not a post
	}
	if d.ents[o.ent].typ == TypePerson && !serviceTitles[words[len(words)-1]] {
		return // "a lawyer for Mr. Tsvangirai, Job Sibanda,": only a post that serves a person
	}
	prep := d.toks[p].lower
	if seat {
		prep = "of" // "a Republican senator from Kansas, Sam Brownback,"
	}
	d.add(si, argument{ment: mi}, strings.Join(dropLeading(words, stanceMods), " ")+" "+prep, argument{ment: om, weak: o.pronoun}, nil, nil, confApposit, false)
}

// dropLeading drops the words in mods that open a post, keeping its last
// word: its holder's politics or habit (stanceMods: "the longtime Governor
// of Moscow Oblast, X": the governor) or tenure (sittingWords: "the
// current president X", "Outgoing President X": the president).
func dropLeading(words []string, mods map[string]bool) []string {
	for len(words) > 1 && mods[words[0]] {
		words = words[1:]
	}
	return words
}

// factionOf: "Morgan Tsvangirai's faction of the Movement for Democratic
// Change": the person leads (a part of) the movement.
func (d *doc) factionOf(si, mi int) {
	s := &d.sents[si]
	m := &d.mentions[mi]
	k := m.t1
	if m.pronoun || k+3 >= s.t1 || d.toks[k].text != "'s" || d.toks[k+1].lower != "faction" || d.toks[k+2].lower != "of" {
		return
	}
	k += 3
	if d.toks[k].lower == "the" {
		k++
	}
	if om := d.toks[k].mention; om >= 0 && d.mentions[om].t0 == k && !d.mentions[om].modifier && d.isOrg(om) {
		d.add(si, argument{ment: mi}, "leader of", argument{ment: om}, nil, nil, confPossess, false)
	}
}

// partyInParens: "Ivan Petrov (Civic Union Party) said", "Tomislav
// Nikolic (the Serbian Progressive Party, or SNS, the opposition)": a
// party in brackets right after a person's name is the person's party.
func (d *doc) partyInParens(si, mi int) {
	s := &d.sents[si]
	m := &d.mentions[mi]
	k := m.t1
	if m.pronoun || k+2 >= s.t1 || d.toks[k].text != "(" {
		return
	}
	k++
	if d.toks[k].lower == "the" {
		k++
	}
	om := d.toks[k].mention
	if om < 0 || d.mentions[om].t0 != k || d.mentions[om].modifier || !d.partyName(&d.mentions[om]) {
		return
	}
	if e := d.mentions[om].t1; e < s.t1 && (d.toks[e].text == ")" || d.toks[e].text == "," || d.toks[e].lower == "or") {
		d.add(si, argument{ment: mi}, "member of", argument{ment: om}, nil, nil, confApposit, false)
	}
}

// partyTagMember: "Sen. Chris Murphy, D-Conn.", "Rep. X (R-Texas)": the
// tag's letter names the person's party, which the document names too
// ("the Democrats"): a member of it.
func (d *doc) partyTagMember(si, mi int) {
	s := &d.sents[si]
	m := &d.mentions[mi]
	k := m.t1
	if m.pronoun || k+1 >= s.t1 || d.toks[k].text != "," && d.toks[k].text != "(" || partyTagState(d.toks[k+1].text) == "" {
		return
	}
	party := tagParties[d.toks[k+1].text[0]]
	if party == "" {
		return
	}
	if e := d.gazEntity(TypeOrg, party); e >= 0 && e != m.ent {
		d.add(si, argument{ment: mi}, "member of", argument{ment: d.firstRealMention(e)}, nil, nil, confGazRole, false)
	}
}

// tagParties are the parties of a US party tag's letter.
var tagParties = map[byte]string{'D': "Democratic Party", 'R': "Republican Party"}

// residencePred: "X of Kansas" is a resident of the state or town; "X of
// France" (a tennis draw's "Nathalie Dechy of France") is from the country,
// a nationality.
func (d *doc) residencePred(p int) string {
	if d.ents[d.mentions[p].ent].typ == TypeGPE {
		return "from"
	}
	return "resident of"
}

// factionNouns name a part of a party or movement led by someone.
var factionNouns = set("faction", "wing", "branch")

// withPhraseEnd returns where a "with" phrase from token k ends inside an
// apposition ("Valmorel's largest shareholder with a stake of about 9 per
// cent,": common words and numbers, no name, no verb), or k.
func (d *doc) withPhraseEnd(s *sent, k int) int {
	if k >= s.t1 || d.toks[k].lower != "with" {
		return k
	}
	for j := k + 1; j < s.t1 && j <= k+9; j++ {
		t := &d.toks[j]
		if t.text == "," {
			return j
		}
		if t.mention >= 0 || isVerb(t.tag) || t.tag == "MD" || !(isLowerWord(t.text) || t.tag == "CD" || t.text == "%" || t.text == "$") {
			return k
		}
	}
	return k
}

// endsPhrase reports whether the noun phrase ending before token e closes
// an apposition or is followed by its verb.
func (d *doc) endsPhrase(si, e int) bool {
	return d.closesApposition(si, e) || d.verbAt(si, e)
}

// governedList reports whether mention mi, maybe the last of a list
// ("Davies and Speed"), is the object of a preposition or verb before it
// ("involving Kevin Davies and Gary Speed"): an apposition after it must be
// closed, since a verb after the comma starts the main clause.
func (d *doc) governedList(mi int) bool {
	s := &d.sents[d.mentions[mi].sent]
	k := d.mentions[mi].t0 - 1
	for k > s.t0 && (d.toks[k].lower == "and" || d.toks[k].text == ",") && d.toks[k-1].mention >= 0 {
		k = d.mentions[d.toks[k-1].mention].t0 - 1 // past "Kevin Davies and"
	}
	return k >= s.t0 && (d.toks[k].tag == "IN" || d.toks[k].tag == "TO" || d.toks[k].tag == "VBG" || d.toks[k].tag == "VBN")
}

// verbAt reports whether token e of sentence si is a verb.
func (d *doc) verbAt(si, e int) bool { return e < d.sents[si].t1 && isVerb(d.toks[e].tag) }

// placedEnd skips "in" or "at" and a place after token e ("the Red Cross in
// Khartoum") and returns where the phrase ends.
func (d *doc) placedEnd(si, e int) int {
	if e+1 < d.sents[si].t1 && (d.toks[e].lower == "in" || d.toks[e].lower == "at") {
		if pl := d.placeAt(e + 1); pl >= 0 {
			return d.mentions[pl].t1
		}
	}
	return e
}

// untitledMember: a person named with an organisation and no title:
// "Yang Jianbai of the Economic Research Institute", "the FBI's John
// Smith" are members of it; "NFL placekicker Mark Moseley" holds the role
// the words between them name.
func (d *doc) untitledMember(si, mi int) {
	s := &d.sents[si]
	m := &d.mentions[mi]
	if m.pronoun || m.kind != "" || d.isTitleWord(d.toks[m.t0].lower) {
		return // (not "Vice President" read as a name)
	}
	if d.nounAfter(mi, false) {
		return // a name before a noun describes it ("the SEC's Washington DC headquarters")
	}
	org := func(k int) int {
		if k < s.t0 || k >= s.t1 {
			return -1
		}
		om := d.toks[k].mention
		if om < 0 || d.mentions[om].ent < 0 || d.mentions[om].modifier || d.mentions[om].pronoun || d.ents[d.mentions[om].ent].typ != TypeOrg || d.mentions[om].ent == m.ent {
			return -1
		}
		return om
	}
	j := m.t1
	if j+2 < s.t1 && d.toks[j].text == "," && d.toks[j+1].lower == "at" {
		if om := org(j + 2); om >= 0 && d.mentions[om].t0 == j+2 && d.closesApposition(si, d.mentions[om].t1) {
			j++ // "said Mark Miller, at HBOS Treasury Services."
		}
	}
	if j+3 < s.t1 && d.toks[j].text == "," && d.toks[j+1].tag == "CD" && d.toks[j+1].mention < 0 && d.toks[j+2].text == "," && d.toks[j+3].lower == "of" {
		j += 3 // "Ulf Merbold, 47, of the European Space Agency": the age, then the body
	} else if j+1 < s.t1 && d.toks[j].text == "," && d.toks[j+1].lower == "of" {
		j++ // "Stephanie Powell, of the DEM's division of groundwater,"
	}
	if j+1 < s.t1 && (d.toks[j].lower == "of" || d.toks[j].lower == "at") {
		k := j + 1
		if d.toks[k].lower == "the" {
			k++
		}
		k = d.pastRuling(s, k) // "Mahamudu Bawumia of the ruling New Patriotic Party"
		if c := d.cueAfter(k, false); org(k) < 0 && c > k {
			for c < s.t1 && describedOrgCues[d.toks[c].lower] {
				c++ // ("consultancy firm": two company nouns)
			}
			k = c // "John Smith of consultancy firm Accenture"
		}
		k = d.skipOrdinal(k) // "Ralph Moss of the 3rd Circuit Court of Appeals"
		om := org(k)
		unit := -1 // "of Yale University's School of Medicine": a part of it
		if om >= 0 && d.mentions[om].t0 == k {
			if e := d.mentions[om].t1; e+1 < s.t1 && d.toks[e].text == "'s" {
				if u := org(e + 1); u >= 0 && d.mentions[u].t0 == e+1 {
					unit = u
				}
			}
		}
		frame := om
		if unit >= 0 {
			frame = unit
		}
		if om >= 0 && d.mentions[om].t0 == k && d.memberFrame(si, m, j, frame) {
			// (also "Wang Ziqiang at the Institute of Mechanics has made",
			// "said Jason Daw at Merrill Lynch.", not "met John Smith at Barclays.")
			for _, p := range append([]int{mi}, d.coordinatedPerson(si, mi)...) {
				d.add(si, argument{ment: p}, d.affiliation(om), argument{ment: om}, nil, nil, confApposit-0.05, false)
				if unit >= 0 {
					d.add(si, argument{ment: p}, "member of", argument{ment: unit}, nil, nil, confApposit-0.05, false)
				}
			}
			return
		}
		// "Bob Dole of Kansas threatened": where the person is from
		if p := d.placeAt(j + 1); d.toks[j].lower == "of" && p >= 0 && d.mentions[p].kind == "" &&
			d.originEnds(si, d.mentions[p].t1) {
			d.add(si, argument{ment: mi}, d.residencePred(p), argument{ment: p}, nil, nil, confApposit-0.05, false)
			return
		}
	}
	if om := d.fromOrg(si, mi); om >= 0 && d.ents[m.ent].typ == TypePerson {
		d.add(si, argument{ment: mi}, d.affiliation(om), argument{ment: om}, nil, nil, confApposit-0.05, false)
		return
	}
	if k := m.t0 - 1; k >= s.t0 && m.t1-m.t0 >= 2 && d.ents[m.ent].typ == TypePerson {
		// "Tory Michael Howard", "Republican John McCain": a party's
		// name right before a person's full name
		if pm := d.toks[k].mention; pm >= 0 && d.mentions[pm].t1 == m.t0 && d.mentions[pm].ent >= 0 && d.mentions[pm].ent != m.ent && d.ents[d.mentions[pm].ent].typ == TypeOrg && partyName(d.ents[d.mentions[pm].ent].name) {
			d.add(si, argument{ment: mi}, "member of", argument{ment: pm}, nil, nil, confApposit-0.05, false)
			return
		}
	}
	j = m.t0 - 1
	honored := plainHonorifics[m.title] && m.title0 >= s.t0 && m.title0 < m.t0 // "Labour's Mr Livingstone"
	if honored {
		j = m.title0 - 1
	}
	if j-1 >= s.t0 && (d.toks[j].text == "'s" || d.toks[j].text == "'" && strings.HasSuffix(d.toks[j-1].lower, "s")) {
		// (a person by full name: "Sony's Qrio Robot" is a product; in a
		// sports report any person: "Aston Villa's Carlton Cole",
		// "Arsenal's Edu")
		if om := org(j - 1); om >= 0 && d.mentions[om].t1 == j && !notPersonWords[d.toks[m.t1-1].lower] && (honored || m.t1-m.t0 >= 2 && (d.x.gaz.IsFirstName(d.toks[m.t0].text) || d.speaks(si, m)) || d.sport() && d.ents[m.ent].typ == TypePerson) {
			d.add(si, argument{ment: mi}, "member of", argument{ment: om}, nil, nil, confPossess-0.05, false)
		}
		return
	}
	// "NFL placekicker Mark Moseley": one or two lower-case nouns;
	// "Greenpeace activists X and Y", "Labour MPs X and Y": a plural one
	// for each person named
	var words []string
	plural := false
	// (the tagger may read "players" as a verb, "MPs" as a name)
	if j < s.t0 {
		return
	}
	if j-1 > s.t0 && d.toks[j].text == "," && d.toks[j-1].mention < 0 && strings.HasSuffix(d.toks[j-1].lower, "s") && d.ents[m.ent].typ == TypePerson && d.apposedList(si, m) {
		j-- // "two former Labour ministers, Helen Marchbank and Gareth Pryce,": the names apposed to the plural post
	}
	if h := &d.toks[j]; h.mention < 0 && strings.HasSuffix(h.lower, "s") && (h.tag == "NNS" || h.tag == "NNPS" || h.tag == "VBZ" || h.tag == "NNP") && d.toks[m.t0].titleOf < 0 {
		if sg := strings.ToLower(strings.TrimSuffix(h.text, "s")); (!isCapital(h.text) || isAcronymWord(strings.TrimSuffix(h.text, "s"))) && (titleHeads[sg] || titleHeads[d.nounLemma(h.lower)] || playerRoles[sg]) && !notRoleNouns[d.nounLemma(h.lower)] {
			if !titleHeads[sg] {
				sg = d.nounLemma(h.lower)
			}
			words, plural = []string{sg}, true
			j--
			for j >= s.t0 && len(words) < 3 && d.toks[j].mention < 0 && isLowerWord(d.toks[j].text) && titleMods[d.toks[j].lower] && !postModifiers[d.toks[j].lower] {
				words = append([]string{d.toks[j].lower}, words...) // "Enron chief executives X and Y"
				j--
			}
		}
	}
	for !plural && j >= s.t0 && len(words) < 2 && d.toks[j].mention < 0 && (d.toks[j].tag == "NN" || d.toks[j].tag == "JJ" && len(words) > 0) && !isCapital(d.toks[j].text) && !notRoleNouns[d.toks[j].lower] {
		words = append([]string{d.toks[j].lower}, words...)
		j--
	}
	if len(words) == 0 || !plural && d.toks[m.t0-1].tag != "NN" || eventNouns[words[len(words)-1]] != "" || eventNounLemmas[words[len(words)-1]] {
		return
	}
	if om := org(j); om >= 0 && d.mentions[om].t1 == j+1 {
		if plural && d.formerTitle(d.mentions[om].t0, -1) {
			words = append([]string{"former"}, words...) // "former Enron chief executives X and Y"
		}
		d.add(si, argument{ment: mi}, strings.Join(words, " ")+" of", argument{ment: om}, nil, nil, confTitle-0.1, false)
		if plural {
			for _, a := range d.subjectList(si, m) {
				if pm := &d.mentions[a.ment]; pm.ent >= 0 && d.ents[pm.ent].typ == TypePerson && !pm.pronoun {
					d.add(si, a, strings.Join(words, " ")+" of", argument{ment: om}, nil, nil, confTitle-0.1, false)
				}
			}
		}
	}
}

// memberFrame: "X of (at) <organisation om>" after person m, where the
// preposition is token j, ends the phrase and says X belongs to it:
// "of", a verb after it ("Wang Ziqiang at the Institute of Mechanics has
// made"), a speech verb before X ("said Jason Daw at Merrill Lynch.") or
// a parallel "and Y at" (not "met John Smith at Barclays.").
func (d *doc) memberFrame(si int, m *mention, j, om int) bool {
	s := &d.sents[si]
	e := d.mentions[om].t1
	if d.parallelAt(si, e) {
		return true
	}
	told := m.t0 > s.t0 && isVerb(d.toks[m.t0-1].tag) && objectSayVerbs[d.lemma(&d.toks[m.t0-1])]
	if e+1 < s.t1 && d.toks[e].text == "'s" && (d.toks[e+1].tag == "IN" || d.closesApposition(si, e+1) || d.verbAt(si, e+1)) {
		e++ // "David Wyss of Standard & Poor's in New York": the name's own "'s"
	}
	if e = d.placedEnd(si, d.cueEnd(e)); told && d.toks[j].lower == "of" && e < s.t1 && d.toks[e].lower == "that" {
		return true // "told Mary Dlamini of the BBC that": the reported clause follows
	}
	e = d.pastWhen(si, e) // "said David Anders at Merrill Lynch on Thursday."
	if e+1 < s.t1 && d.toks[e].tag == "RB" && d.verbAt(si, e+1) {
		e++ // "Angel Gambino of the BBC also drew": the verb after an adverb
	}
	return d.endsPhrase(si, e) &&
		(d.toks[j].lower == "of" || d.verbAt(si, e) || m.t0 > s.t0 && isVerb(d.toks[m.t0-1].tag) && sayVerbs[d.lemma(&d.toks[m.t0-1])])
}

// pastWhen skips a time phrase at token e ("on Thursday", "last week",
// "yesterday", "earlier this month") and returns the token after it, else e.
func (d *doc) pastWhen(si, e int) int {
	s := &d.sents[si]
	k := e
	if k < s.t1 && (d.toks[k].lower == "on" || d.toks[k].lower == "last" || d.toks[k].lower == "this" || d.toks[k].lower == "earlier" || d.toks[k].lower == "in") {
		k++
		if k < s.t1 && d.toks[k-1].lower == "earlier" && (d.toks[k].lower == "this" || d.toks[k].lower == "last") {
			k++
		}
	}
	if k < s.t1 && d.toks[k].mention < 0 && (timeNouns[d.toks[k].lower] || monthWords[d.toks[k].lower]) && d.toks[k].lower != "time" && d.toks[k].lower != "times" {
		return k + 1
	}
	return e
}

// skipOrdinal returns the token after an ordinal at k ("the 3rd Circuit
// Court", "the Fifth Fleet" keeps "Fifth" in the name), else k.
func (d *doc) skipOrdinal(k int) int {
	if k+1 < len(d.toks) && d.toks[k].mention < 0 && d.toks[k+1].mention >= 0 && isOrdinalNumber(d.toks[k].lower) {
		return k + 1
	}
	return k
}

// isOrdinalNumber: "3rd", "21st", "5th".
func isOrdinalNumber(w string) bool {
	n := len(w)
	if n < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch w[n-2:] {
	case "st", "nd", "rd", "th":
		return strings.Trim(w[:n-2], "0123456789") == ""
	}
	return false
}

// coordinatedPerson: "Ann Vole and Peter Marsh of Yale": the full name
// joined by "and" right before mention mi, which shares what follows it.
func (d *doc) coordinatedPerson(si, mi int) []int {
	s := &d.sents[si]
	m := &d.mentions[mi]
	k := m.t0 - 1
	if k-1 < s.t0 || d.toks[k].lower != "and" || m.pronoun || d.ents[m.ent].typ != TypePerson {
		return nil
	}
	p := d.toks[k-1].mention
	if p < 0 || p == mi || d.mentions[p].t1 != k || d.mentions[p].pronoun || d.mentions[p].kind != "" || d.mentions[p].ent < 0 ||
		d.mentions[p].ent == m.ent || d.ents[d.mentions[p].ent].typ != TypePerson || d.mentions[p].t1-d.mentions[p].t0 < 2 {
		return nil
	}
	if b := d.mentions[p].t0 - 1; b >= s.t0 && (d.toks[b].lower == "of" || d.toks[b].lower == "at") {
		return nil // "the sons of Tom Hart and Ann Vole of Leeds"
	}
	return []int{p}
}

// parallelAt: token e, after "X at <organisation>", goes on with "and Y
// at" (or "of") another ("Fang Kaitai at the Institute of Applied
// Mathematics and Wang Yuan at the Institute of Mathematics won"): the same
// frame, a person and the body they work at.
func (d *doc) parallelAt(si, e int) bool {
	s := &d.sents[si]
	if e+2 >= s.t1 || d.toks[e].lower != "and" {
		return false
	}
	n := d.toks[e+1].mention
	if n < 0 || d.mentions[n].t0 != e+1 || d.mentions[n].ent < 0 || d.ents[d.mentions[n].ent].typ != TypePerson {
		return false
	}
	k := d.mentions[n].t1
	return k < s.t1 && (d.toks[k].lower == "at" || d.toks[k].lower == "of")
}

// cueEnd skips one company noun after an organisation's name ending before
// token e ("Junya Tanase of JPMorgan Chase bank in Tokyo").
func (d *doc) cueEnd(e int) int {
	if e < len(d.toks) && d.toks[e].mention < 0 && isLowerWord(d.toks[e].text) && orgCues[d.toks[e].lower] {
		return e + 1
	}
	return e
}

// oneOfMembers: "Mr Sullivan, one of six WorldCom executives," -> member of
// WorldCom; "X and other leaders of Y" -> leader of Y.
func (d *doc) oneOfMembers(si, mi int) {
	s := &d.sents[si]
	j := d.mentions[mi].t1
	if j+4 < s.t1 && d.toks[j].lower == "and" && d.toks[j+1].lower == "other" && d.toks[j+3].lower == "of" {
		// "detained Aung San Suu Kyi and other leaders of the NLD": one of them
		n := d.x.lem.Lemma(d.toks[j+2].lower)
		k := j + 4
		if d.toks[k].lower == "the" && k+1 < s.t1 {
			k++
		}
		if om := d.mentionAt(k, s); om >= 0 && d.mentions[om].t0 == k && d.isOrg(om) && d.toks[j+2].tag == "NNS" && (titleHeads[n] || n == "member") {
			d.add(si, argument{ment: mi}, n+" of", argument{ment: om}, nil, nil, confApposit-0.05, false)
		}
		return
	}
	if j+3 >= s.t1 || d.toks[j].text != "," || d.toks[j+1].lower != "one" || d.toks[j+2].lower != "of" {
		return
	}
	k := j + 3
	if d.toks[k].tag == "CD" || d.toks[k].lower == "the" {
		k++
	}
	om := d.mentionAt(k, s)
	if om < 0 || d.mentions[om].t0 != k || !d.isOrg(om) || d.mentions[om].t1 >= s.t1 {
		return
	}
	e := d.mentions[om].t1
	for e < s.t1 && e < d.mentions[om].t1+2 && d.toks[e].tag == "JJ" {
		e++
	}
	if e < s.t1 && d.toks[e].tag == "NNS" && (titleHeads[d.x.lem.Lemma(d.toks[e].lower)] || d.toks[e].lower == "members" || d.toks[e].lower == "staff") {
		d.add(si, argument{ment: mi}, "member of", argument{ment: om}, nil, nil, confApposit-0.05, false)
	}
}

// fromOrg returns the organisation mention a person mention mi is "from"
// ("said Graham Cluley from anti-virus firm Sophos", "Birgit Kuhlhoff, from
// Sal Oppenheim investment bank, told"), up to three words of description
// before or after its name, when the phrase ends there; else -1.
func (d *doc) fromOrg(si, mi int) int {
	s := &d.sents[si]
	j := d.mentions[mi].t1
	comma := j < s.t1 && d.toks[j].text == ","
	if comma {
		j++
	}
	if j+1 >= s.t1 || d.toks[j].lower != "from" && !(comma && d.toks[j].lower == "of") {
		return -1 // ("Andrew Beh, of brokers ING, said")
	}
	if t0 := d.mentions[mi].title0; !comma && t0 > s.t0 && isVerb(d.toks[t0-1].tag) && !sayVerbs[d.lemma(&d.toks[t0-1])] && !signingVerbs[d.lemma(&d.toks[t0-1])] {
		return -1 // "recaptured Mosul from the Islamic State group": the verb's source (not "said X from Y", "signed X from Arsenal")
	}
	k := j + 1
	if d.toks[k].lower == "the" {
		k++
	}
	described := false
	for n := 0; n < 3 && k < s.t1 && d.toks[k].mention < 0 && isLowerWord(strings.ReplaceAll(d.toks[k].text, "-", "")) && (isNoun(d.toks[k].tag) || d.toks[k].tag == "JJ"); n++ {
		described = orgCues[d.toks[k].lower]
		k++
	}
	if k >= s.t1 || d.toks[k].mention < 0 {
		return -1
	}
	om := d.toks[k].mention
	o := &d.mentions[om]
	if o.t0 != k || o.ent < 0 || o.modifier || o.pronoun || d.ents[o.ent].typ != TypeOrg {
		return -1
	}
	e := o.t1
	if !described {
		for n := 0; n < 3 && e < s.t1 && d.toks[e].mention < 0 && isLowerWord(d.toks[e].text) && isNoun(d.toks[e].tag); n++ {
			e++
			if orgCues[d.toks[e-1].lower] {
				described = true
				break
			}
		}
		if !described {
			e = o.t1
		}
	}
	if comma && !d.closesApposition(si, e) || !comma && !d.endsPhrase(si, e) {
		return -1
	}
	return om
}

// signingVerbs take a person from the body he was with ("signed Ashley
// Cole from Arsenal").
var signingVerbs = set("sign", "buy", "hire", "poach", "recruit", "lure", "acquire", "borrow", "loan", "sell", "release")

// counterpartBefore: "his French counterpart, Michel Barnier," is the
// counterpart of France; "his Kyrgyz counterpart, Defence Minister Bakyt
// Osmonaliev," holds the post titled before the name (title) of Kyrgyzstan.
func (d *doc) counterpartBefore(si, mi int, title string) {
	s := &d.sents[si]
	j, pred := d.mentions[mi].t0-1, "counterpart of"
	if title != "" {
		if courtesyTitles[title] {
			return
		}
		j, pred = d.mentions[mi].title0-1, expandTitle(stripFormer(title))+" of"
	}
	if j-2 < s.t0 || d.toks[j].text != "," || d.toks[j-1].lower != "counterpart" {
		return
	}
	if g := d.toks[j-2].mention; g >= 0 && d.mentions[g].ent >= 0 && d.ents[d.mentions[g].ent].typ == TypeGPE && d.mentions[g].t1 == j-1 {
		d.add(si, argument{ment: mi}, pred, argument{ment: g}, nil, nil, confApposit, false)
	}
}

// portfolioEnd: token k is "for" and capitalised portfolio words follow
// ("for Health", "for Information and Technology"); it returns where they
// end, or k.
func (d *doc) portfolioEnd(k int) int {
	if k+1 >= len(d.toks) {
		return k
	}
	s := &d.sents[d.toks[k].sent]
	if k+1 >= s.t1 || d.toks[k].lower != "for" || !isCapital(d.toks[k+1].text) {
		return k
	}
	e := k + 1
	for e < s.t1 && e < k+5 && (isCapital(d.toks[e].text) && d.portfolioWords(e, e+1) || d.toks[e].lower == "and") {
		e++
	}
	if e == k+1 || !d.portfolioWords(k+1, e) {
		return k
	}
	return e
}

// portfolioLink: token k is "for" or "of" between a post and
// the portfolio words read after it ("Minister for Health", "Secretary of
// State for Trade").
func (d *doc) portfolioLink(k int, words []string) bool {
	l := d.toks[k].lower
	return (l == "for" || l == "of") && len(words) > 0 && k-1 >= d.sents[d.toks[k].sent].t0 && (titleHeads[d.toks[k-1].lower] || isCapital(d.toks[k-1].text) && d.isTitleWord(d.toks[k-1].lower)) && (cabinetPortfolios[words[0]] || words[0] == "state")
}

// originBefore: "Modesto native George Lucas": where the person named
// after the place and the origin noun comes from.
func (d *doc) originBefore(si, mi int) {
	s := &d.sents[si]
	m := &d.mentions[mi]
	j := m.t0 - 1
	if j-1 < s.t0 || !originNouns[d.toks[j].lower] || d.ents[m.ent].typ != TypePerson {
		return
	}
	if p := d.toks[j-1].mention; p >= 0 && d.mentions[p].t1 == j && d.isPlace(p) && !d.mentions[p].modifier {
		d.add(si, argument{ment: mi}, d.toks[j].lower+" of", argument{ment: p}, nil, nil, confApposit, false)
	}
}

// placeOfOrigin: "X, a native of Edinburgh,", "X, a Fargo native,", "X, a
// resident of Boothbay": where the person comes from or lives, in an
// apposition starting at token j.
func (d *doc) placeOfOrigin(si, mi, j int) bool {
	s := &d.sents[si]
	if d.ents[d.mentions[mi].ent].typ != TypePerson {
		return false
	}
	if j < s.t1 && (d.toks[j].lower == "a" || d.toks[j].lower == "an" || d.toks[j].lower == "the") {
		j++
	}
	if noun, p := d.originAt(s, j, true); p >= 0 {
		d.add(si, argument{ment: mi}, noun+" of", argument{ment: p}, nil, nil, confApposit, false)
		return true
	}
	if p := d.placeAt(j); p >= 0 && d.mentions[p].kind == "" && j > s.t0 && (d.toks[j-1].lower == "a" || d.toks[j-1].lower == "an") {
		// "Jane Roe, a Leeds solicitor,", "X, a Dallas, Texas, lawyer,":
		// the town before the trade
		k := d.mentions[p].t1
		if k+2 < s.t1 && d.toks[k].text == "," && d.isPlace(d.toks[k+1].mention) && d.mentions[d.toks[k+1].mention].t0 == k+1 {
			if e := d.mentions[d.toks[k+1].mention].t1; e < s.t1 && d.toks[e].text == "," {
				k = e + 1
			}
		}
		e := k
		for e < s.t1 && e < k+3 && d.toks[e].mention < 0 && isLowerWord(d.toks[e].text) && (isNoun(d.toks[e].tag) || d.toks[e].tag == "JJ") {
			e++
		}
		if w := d.toks[e-1].lower; e > k && d.personNounLike(w) && !playerRoles[w] && !govTitle(w) && !seatTitles[w] && !stateSeats[w] && !cityPosts[w] && d.closesApposition(si, e) {
			// (not "a London councillor", "a Texas senator": the place's post)
			d.add(si, argument{ment: mi}, "from", argument{ment: p}, nil, nil, confApposit, false)
			return true
		}
	}
	// "X, a lawyer from Chicago,", "X, an electronics technician from North
	// Wales, Pa.,", "X, a Republican from Chicago who", "X, LGBT blogger
	// from Uganda,": up to three words
	// of description, the last a person's noun or a party's member, then
	// "from" and a place
	if j+4 < s.t1 && d.toks[j].tag == "CD" && d.toks[j+1].text == "-" && d.toks[j+2].lower == "year" && d.toks[j+3].text == "-" && d.toks[j+4].lower == "old" {
		j += 5 // "a 45-year-old nurse from Leeds"
	}
	k := j
	for k < s.t1 && k < j+3 && d.toks[k].lower != "from" && (d.toks[k].mention < 0 && (isLowerWord(d.toks[k].text) || strings.HasSuffix(d.toks[k].lower, "-year-old") || isAcronymWord(d.toks[k].text) && k+1 < s.t1 && isLowerWord(d.toks[k+1].text)) && (isNoun(d.toks[k].tag) || d.toks[k].tag == "JJ") || partyMembers[d.toks[k].lower]) {
		k++
	}
	if k == j && k+1 < s.t1 && d.toks[k].lower == "from" && d.toks[k-1].text == "," {
		// "wrote Charles MacIntyre, from England.": the apposition is the place
		if p := d.placeAt(k + 1); p >= 0 && d.mentions[p].kind == "" && d.closesApposition(si, d.mentions[p].t1) {
			d.add(si, argument{ment: mi}, "from", argument{ment: p}, nil, nil, confApposit, false)
			return true
		}
	}
	if w := d.toks[k-1].lower; k > j && k+1 < s.t1 && d.toks[k].lower == "from" && (d.personNounLike(w) || partyMembers[w]) && !playerRoles[w] {
		// ("a teacher from Leeds"; not a player's club: "a striker from Chelsea")
		if p := d.placeAt(k + 1); p >= 0 && d.mentions[p].kind == "" {
			d.add(si, argument{ment: mi}, "from", argument{ment: p}, nil, nil, confApposit, false)
			return true
		}
	}
	return false
}

// copulaOrigin: "Miller is a Wilmington native", "X was a native of
// Boothbay": the copula's person comes from or lives in the place.
func (d *doc) copulaOrigin(si int) {
	s := &d.sents[si]
	for i := s.t0 + 1; i+2 < s.t1; i++ {
		if !beVerbs[d.toks[i].lower] {
			continue
		}
		m := d.toks[i-1].mention
		if m < 0 || d.mentions[m].t1 != i || d.mentions[m].ent < 0 || d.mentions[m].pronoun || d.ents[d.mentions[m].ent].typ != TypePerson {
			continue
		}
		j := i + 1
		if d.toks[j].lower != "a" && d.toks[j].lower != "an" {
			continue
		}
		if noun, p := d.originAt(s, j+1, false); p >= 0 {
			d.add(si, argument{ment: m}, noun+" of", argument{ment: p}, nil, nil, confCopula, false)
		}
	}
}

// originAt reads an origin phrase at token j: "native of Edinburgh" or
// "Fargo native" (also "resident", "citizen"); it returns the origin noun
// and the place's mention, or -1. A demonym counts as the place only when
// demonyms is set.
func (d *doc) originAt(s *sent, j int, demonyms bool) (string, int) {
	if j+2 < s.t1 && originNouns[d.toks[j].lower] && d.toks[j+1].lower == "of" {
		if p := d.placeAt(j + 2); p >= 0 && (demonyms || d.mentions[p].kind == "") {
			return d.toks[j].lower, p
		}
	}
	if p := d.placeAt(j); p >= 0 && (demonyms || d.mentions[p].kind == "") && d.mentions[p].t1 < s.t1 && originNouns[d.toks[d.mentions[p].t1].lower] {
		return d.toks[d.mentions[p].t1].lower, p
	}
	return "", -1
}

// partyMembers name a member of a party by the party.
var partyMembers = set("republican", "democrat", "tory", "conservative", "socialist", "communist", "liberal", "nationalist")

// originNouns say where a person is from.
var originNouns = set("native", "resident", "citizen")

// controllerSubject returns the mention of the subject of the verb the
// infinitive at token v completes ("Keegan has decided to step down",
// "Kirchner is expected to travel"), or -1.
func (d *doc) controllerSubject(s *sent, v int) int {
	h := d.toks[v].head
	if h < s.t0 || h >= s.t1 || d.toks[v].rel != "xcomp" {
		return -1
	}
	for k := s.t0; k < v; k++ {
		if d.toks[k].head == h && strings.HasPrefix(d.toks[k].rel, "nsubj") && d.toks[k].mention >= 0 {
			return d.toks[k].mention
		}
	}
	return -1
}

// apposedOrigins map an origin noun apposed with a nationality to its
// predicate ("X, a German national,": citizen of Germany).
var apposedOrigins = map[string]string{"native": "native of", "resident": "resident of", "citizen": "citizen of", "national": "citizen of"}

// localTrades are trades whose practitioners a town or a state before
// them places ("Texas oilman X", "Tempe plastic surgeon X"); not the media
// ("Washington correspondent": posted there) nor sport ("Leeds striker":
// a club).
var localTrades = set("lawyer", "solicitor", "barrister", "surgeon", "doctor", "physician", "dentist",
	"businessman", "businesswoman", "oilman", "rancher", "farmer", "tycoon", "banker", "millionaire", "billionaire",
	"entrepreneur", "developer", "restaurateur", "jeweller", "jeweler", "architect", "accountant", "pastor", "priest",
	"teacher", "shopkeeper", "landlord", "philanthropist", "magnate", "industrialist")

// localTradeBefore: a town's or a state's name, then a trade, then the
// person ("Texas oilman John Smith", "the Tempe plastic surgeon X"): the
// person is from there.
func (d *doc) localTradeBefore(si, mi int) {
	s := &d.sents[si]
	m := &d.mentions[mi]
	if d.ents[m.ent].typ != TypePerson || d.sport() {
		return
	}
	k := m.t0 - 1
	if k < s.t0 || !localTrades[d.toks[k].lower] || d.toks[k].mention >= 0 {
		return
	}
	for k--; k >= s.t0 && k >= m.t0-3 && d.toks[k].mention < 0 && isLowerWord(d.toks[k].text) && (d.toks[k].tag == "JJ" || isNoun(d.toks[k].tag)); k-- {
		// "plastic surgeon", "property developer"
	}
	if k < s.t0 || d.toks[k].mention < 0 {
		return
	}
	pm := d.toks[k].mention
	p := &d.mentions[pm]
	if p.t1 != k+1 || p.ent < 0 || p.kind != "" || p.pronoun || !d.isPlace(pm) || p.t0 > s.t0 && (d.toks[p.t0-1].text == "'s" || d.toks[p.t0-1].mention >= 0) {
		return
	}
	d.add(si, argument{ment: mi}, "from", argument{ment: pm}, nil, nil, confTitle-0.1, false)
}

// notRoleNouns stand between an organisation and a name without naming a
// role ("a Reuters report, Smith said" has a comma; "the Apple store").
var notRoleNouns = set("report", "statement", "store", "shop", "website", "office", "building", "headquarters", "plant",
	"factory", "deal", "bid", "offer", "plan", "move", "decision", "announcement", "source", "sources", "team", "side",
	"squad", "club", "game", "match", "win", "defeat", "victory", "loss", "star", "fan", "fans", "supporter", "stadium",
	"series", "programme", "program", "show", "film", "movie", "album", "single", "song", "book", "novel", "brand",
	"model", "drama", "sitcom", "comedy", "duo", "band", "group", "man", "woman", "product", "robot", "character")

func (d *doc) firstRealMention(e int) int {
	for _, mi := range d.ents[e].ments {
		if !d.mentions[mi].pronoun {
			return mi
		}
	}
	return d.ents[e].ments[0]
}

func stripFormer(t string) string {
	for _, p := range []string{"current ", "then "} {
		t = strings.TrimPrefix(t, p)
	}
	return t
}

// courtesyTitles are honorifics that state no office ("Mr", "Sir").
var courtesyTitles = set("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "lady",
	"rev.", "st.", "father", "brother", "sister", "baron", "baroness", "prof", "prof.", "professor")

// asFormer puts "former" on post title once, without a creed word
// ("former Chinese communist leader Jiang Zemin": the former leader,
// whatever his creed).
func asFormer(title string) string {
	if strings.HasPrefix(title, "former ") {
		return title
	}
	var ws []string
	for _, w := range strings.Fields(title) {
		if !creedWords[w] || len(ws) == 0 && w == lastWord(title) {
			ws = append(ws, w)
		}
	}
	return "former " + strings.Join(ws, " ")
}

// creedWords describe the holder's creed or kind of rule, not the post
// ("former communist leader", "former military ruler").
var creedWords = set("communist", "socialist", "military", "political", "marxist", "fascist", "islamist")

// stateSeats are the posts a US state's party tag names ("Sen. X,
// D-Conn." is senator of Connecticut).
var stateSeats = set("senator", "sen.", "representative", "rep.", "congressman", "congresswoman", "governor", "gov.",
	"delegate", "lawmaker", "legislator")

// seatTitles are posts held for a constituency ("MP for West Ham",
// "candidate for Enfield Southgate"): the name after "for" is a seat.
var seatTitles = set("mp", "mep", "msp", "mla", "candidate", "councillor", "councilor")

// plainHonorifics name no post: "Labour's Mr Livingstone" is a member of
// the party (unlike "Lord Nicholls of Birkenhead", "King Abdullah of
// Jordan").
var plainHonorifics = set("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "professor")

// titleAbbrev spells out abbreviated titles ("Sen." -> "senator").
var titleAbbrev = map[string]string{"sen.": "senator", "sen": "senator", "rep.": "representative", "gov.": "governor",
	"gen.": "general", "col.": "colonel", "capt.": "captain", "lt.": "lieutenant", "sgt.": "sergeant", "prof.": "professor"}

func expandTitle(t string) string {
	w := strings.Fields(t)
	for i, x := range w {
		if r, ok := titleAbbrev[x]; ok {
			w[i] = r
		}
	}
	return strings.Join(w, " ")
}

// clubTitle: titles held in a club or company, so that a city before them
// names the club ("Birmingham manager").
func clubTitle(t string) bool {
	return corporateTitles[lastWord(t)]
}

// agentTitle: "King assassin James Earl Ray": the person before the title
// is who the act was done to.
func agentTitle(t string) bool {
	_, ok := agentNouns[lastWord(t)]
	return ok
}

// localTitle: offices of a city, county or state, so that the place before
// them is where they are held ("Pittsburgh Mayor", "Texas Governor").
func localTitle(t string) bool {
	switch lastWord(t) {
	case "mayor", "governor", "senator", "sheriff", "congressman", "congresswoman", "councillor", "councilman",
		"councilwoman", "constable", "commissioner", "assemblyman", "assemblywoman", "legislator", "lawmaker", "representative",
		"premier", "treasurer", "comptroller", "judge", "prosecutor":
		return true
	}
	for _, p := range localOffices {
		if t == p || strings.HasSuffix(t, " "+p) {
			return true // "Ohio attorney general X", "Dallas police chief X"
		}
	}
	return false
}

// localOffices are the posts of several words a state, province or city
// gives.
var localOffices = []string{"attorney general", "solicitor general", "secretary of state", "police chief", "chief of police", "fire chief", "district attorney"}

// portfolioNames are portfolios' names, no bodies' ("Health", "Home
// Affairs", "Education"), lower-cased: portfolioMods and more.
var portfolioNames = union(portfolioMods, set("health", "education", "defence", "defense", "transport", "environment",
	"home affairs", "foreign affairs", "culture", "trade", "agriculture", "justice", "finance", "energy", "home",
	"health and social care"))

func govTitle(t string) bool {
	t, _, _ = strings.Cut(t, " of ") // "secretary of state": the secretary
	switch lastWord(t) {
	case "president", "premier", "taoiseach", "tanaiste", "minister", "leader", "king", "queen", "chancellor", "dictator", "ruler", "emperor", "secretary", "ambassador", "envoy", "diplomat", "official":
		return true
	}
	return false
}

// newlyAppointed: token j is part of "newly appointed" or "recently
// elected" before a post ("X, the newly appointed Metropolitan Police
// commissioner,").
func (d *doc) newlyAppointed(s *sent, j int) bool {
	soon := func(k int) bool { l := d.toks[k].lower; return l == "newly" || l == "recently" }
	if soon(j) {
		return j+1 < s.t1 && d.toks[j+1].tag == "VBN" && appointVerbs[d.lemma(&d.toks[j+1])]
	}
	return j > s.t0 && soon(j-1) && d.toks[j].tag == "VBN" && appointVerbs[d.lemma(&d.toks[j])]
}

// postModifiers may stand between an apposition's article and the
// organisation whose post follows ("X, a former Labour MP,", "X, a senior
// Tory backbencher", "X, the new Nissan chief executive,").
var postModifiers = set("former", "ex-", "then", "prospective", "senior", "veteran", "leading", "prominent", "sitting", "backbench", "rebel", "fellow",
	"new", "current", "present", "incumbent", "newly-appointed", "newly-elected", "newly-installed", "recently-appointed", "long-serving", "longtime", "long-time")

// cabinetTitle: a head of state's title or a minister's ("home
// secretary", "culture minister", "Lord Chancellor"): the story's
// country's when no country is named with it.
func cabinetTitle(t string) bool {
	if headOfState(t) || t == "lord chancellor" || t == "attorney general" {
		return true
	}
	w := strings.Fields(t)
	last := w[len(w)-1]
	return len(w) >= 2 && (last == "minister" || last == "secretary" && cabinetPortfolios[w[len(w)-2]])
}

// cabinetPortfolios name a secretary of state's department ("home
// secretary"; not "general secretary").
var cabinetPortfolios = union(portfolioMods, set("home", "foreign", "defence", "defense", "health", "education", "culture", "transport",
	"trade", "environment", "interior", "justice", "energy", "finance", "agriculture"))

// lowerPostAfterPrep: a head of state's title in lower case right after
// a preposition ("paid to president Ricardo Martinelli"), or a minister's
// after a preposition or a comma ("according to tourism minister X"), where no
// company or possessor can own it.
func (d *doc) lowerPostAfterPrep(m *mention, title string) bool {
	p := m.title0 - 1
	if p < d.sents[m.sent].t0 {
		return false
	}
	if w := strings.Fields(title); len(w) == 2 && w[1] == "minister" && (d.toks[p].text == "," || d.toks[p].tag == "TO" || d.toks[p].tag == "IN" && d.toks[p].lower != "of") {
		return true // "according to tourism minister X", ", finance minister X said"
	}
	return headOfState(title) && (d.toks[p].tag == "IN" || d.toks[p].tag == "TO") && d.toks[p].lower != "of"
}

// headOfState titles belong to a country's government: an untied one is
// the story's country's (mainCountry).
func headOfState(t string) bool {
	switch t {
	case "president", "vice president", "prime minister", "deputy prime minister", "foreign minister", "defence minister",
		"defense minister", "interior minister", "finance minister", "king", "emperor", "chancellor":
		return true
	}
	return false
}

// mainCountry returns the country a story is about: the country (GPE
// with a gazetteer entry) named most often, at least three times (twice if
// once in the first sentence) and at least twice as often as any other; or
// -1.
func (d *doc) mainCountry() int {
	if d.mainCountryEnt != 0 {
		return d.mainCountryEnt - 1
	}
	best, bestN, secondN := d.mostNamed(func(m *mention) int {
		e := d.ents[m.ent]
		if e.typ == TypeGPE && e.gaz != nil {
			return m.ent
		}
		if e.gaz != nil && e.gaz.Affiliation != "" && (seatMetonyms[strings.ToLower(e.name)] || e.typ == TypePerson || e.typ == TypeOrg && lastWord(strings.ToLower(e.name)) == "party") {
			// "the Kremlin" names Russia's government; a politician or a
			// party the gazetteer places votes for its country ("Boris
			// Johnson", "the Labour Party"; not "the BBC", named in
			// every story of its own)
			return d.gazEntity(TypeGPE, e.gaz.Affiliation)
		}
		return -1
	})
	if bestN < 2*secondN && !d.headlineCountry(best, bestN, secondN) || bestN < 3 && !(bestN == 2 && d.namedFirst(best)) {
		best = -1
	}
	d.mainCountryEnt = best + 1
	return best
}

// headlineCountry: country entity best, named bestN times against the
// runner-up's secondN, is the story's though the runner-up is named more
// than half as often, because the headline names it and no other country
// ("Zambia: Tensions Continue Over Fuel Shortages", then Malawi, which
// Zambia gave fuel, named nearly as often).
func (d *doc) headlineCountry(best, bestN, secondN int) bool {
	if best < 0 || bestN <= secondN || len(d.sents) == 0 || !d.sents[0].headline {
		return false
	}
	named := false
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.sent != 0 || m.ent < 0 || m.pronoun {
			continue
		}
		if m.ent != best && d.ents[m.ent].typ == TypeGPE {
			return false
		}
		named = named || m.ent == best
	}
	return named
}

// mostNamed counts the mentions (not pronouns) by the entity key gives
// them (-1: not counted) and returns the one named most often (the first
// on a tie), its count and the runner-up's count.
func (d *doc) mostNamed(key func(m *mention) int) (best, bestN, secondN int) {
	count := map[int]int{}
	for i := range d.mentions {
		if m := &d.mentions[i]; m.ent >= 0 && !m.pronoun {
			if e := key(m); e >= 0 {
				count[e]++
			}
		}
	}
	best = -1
	for e, n := range count {
		if n > bestN || n == bestN && e < best {
			best, bestN, secondN = e, n, bestN
		} else {
			secondN = max(secondN, n)
		}
	}
	return best, bestN, secondN
}

// lastOrgBefore returns the entity of the last organisation named before
// token t within n sentences, or -1.
func (d *doc) lastOrgBefore(t, n int) int {
	si := d.toks[t].sent
	for k := t - 1; k >= 0 && d.toks[k].sent >= si-n; k-- {
		if mi := d.toks[k].mention; mi >= 0 && d.mentions[mi].ent >= 0 && !d.mentions[mi].modifier && d.ents[d.mentions[mi].ent].typ == TypeOrg {
			return d.mentions[mi].ent
		}
	}
	return -1
}

// bodyOfficers speak for the organisation a sentence opens with.
var bodyOfficers = set("governor", "spokesman", "spokeswoman", "spokesperson", "president", "director", "secretary-general",
	"director-general", "head", "chief")

// stanceApposed: "X, a fierce critic of the Kremlin,", "X, a supporter of
// Donald Trump,": the apposition from token j (after its article) names
// X's stance towards the name after "of", as its verb would (not towards a
// place).
func (d *doc) stanceApposed(si, mi, j int) bool {
	s := &d.sents[si]
	for n := 0; n < 2 && j+1 < s.t1 && (d.toks[j].tag == "JJ" || d.toks[j].tag == "NN" && stanceNouns[d.toks[j+1].lower] != "") && d.toks[j].mention < 0 && isLowerWord(d.toks[j].text); n++ {
		j++ // "a fierce/NN critic", "a longtime vocal"
	}
	verb := ""
	if j < s.t1 {
		verb = stanceNouns[d.toks[j].lower]
	}
	if verb == "" || j+2 >= s.t1 || d.toks[j+1].lower != "of" {
		return false
	}
	k := d.pastRuling(s, d.skipThe(s, j+2)) // "a critic of the ruling Georgian Dream party"
	o := d.toks[k].mention
	if o >= 0 && d.mentions[o].t0 == k && d.mentions[o].t1+1 < s.t1 && d.toks[d.mentions[o].t1].lower == "party" && !d.partyName(&d.mentions[o]) && d.isOrg(o) {
		// ("the Georgian Dream party": the name, then its kind)
		if e := d.mentions[o].t1 + 1; d.closesApposition(si, e) {
			d.add(si, argument{ment: mi}, verb, argument{ment: o}, d.x.Event(verb), nil, confApposit, false)
			return true
		}
	}
	if o < 0 || d.mentions[o].ent < 0 || d.mentions[o].modifier || d.mentions[o].ent == d.mentions[mi].ent || d.ents[d.mentions[o].ent].typ == TypeLoc || !d.closesApposition(si, d.mentions[o].t1) {
		return false
	}
	d.add(si, argument{ment: mi}, verb, argument{ment: o}, d.x.Event(verb), nil, confApposit, false)
	return true
}

// stanceNouns name a stance towards someone by the verb it stands for.
var stanceNouns = map[string]string{"critic": "criticize", "opponent": "oppose", "supporter": "support", "backer": "support",
	"admirer": "praise"}

// saidBy: person mention m speaks right there: a verb of speech stands
// right before the name ("..., said Linda Schmitt, a manager").
func (d *doc) saidBy(si int, m *mention) bool {
	b := m.title0 - 1
	return b > d.sents[si].t0 && isVerb(d.toks[b].tag) && sayVerbs[d.lemma(&d.toks[b])]
}

// epithetOrigins: "The Swede reached the final", "The Dutch striker will
// miss" after a sentence naming one person: that person is from the
// country the demonym names (a demonym's mention that the reference
// replaced is added back as the country's).
func (d *doc) epithetOrigins(si int) {
	for _, ep := range d.epithets {
		if d.mentions[ep.ment].sent != si {
			continue
		}
		if ep.post != "" {
			d.add(si, argument{ment: ep.ment}, ep.post+" of", argument{ment: ep.side}, nil, nil, confTitle-0.1, false)
			continue
		}
		if ep.country < 0 {
			if ep.gone.ent < 0 || d.ents[ep.gone.ent].typ != TypeGPE {
				continue
			}
			d.mentions = append(d.mentions, ep.gone)
			ep.country = len(d.mentions) - 1
			d.ents[ep.gone.ent].ments = append(d.ents[ep.gone.ent].ments, ep.country)
		}
		d.add(si, argument{ment: ep.ment}, "from", argument{ment: ep.country}, nil, nil, confTitle-0.1, false)
	}
}

// speaks: person mention m (typed a person) says something right there: a
// verb of speech before it ("said Yahoo's Yonca Brunini") or after it,
// maybe past an auxiliary ("Plaid Cymru's Elfyn Llwyd has suggested"); a
// product does not speak.
func (d *doc) speaks(si int, m *mention) bool {
	if m.ent < 0 || d.ents[m.ent].typ != TypePerson || d.x.lem.InDict(d.toks[m.t0].lower) || d.x.lem.InDict(d.toks[m.t1-1].lower) {
		return false // (a name of words, "Matrix Chambers says", is no person's)
	}
	if d.saidBy(si, m) {
		return true
	}
	e := m.t1
	s := &d.sents[si]
	if e < s.t1 && (d.toks[e].tag == "VBZ" || d.toks[e].tag == "VBD") && (d.toks[e].lower == "has" || d.toks[e].lower == "had") {
		e++
	}
	return e < s.t1 && isVerb(d.toks[e].tag) && sayVerbs[d.lemma(&d.toks[e])]
}

// officerTitle: a post's last word names an officer of a body
// (spokeswoman, manager, official), not a trade of one's own nor one who
// watches the body (an analyst).
func officerTitle(words []string) bool {
	l := words[len(words)-1]
	return bodyOfficers[l] || officerNouns[l]
}

// officerNouns are a body's staff, unnamed by their body, beside its
// bodyOfficers; a band's members too ("Snow Patrol had no choice, lead
// singer X has said").
var officerNouns = set("manager", "official", "officer", "executive",
	"singer", "guitarist", "drummer", "bassist", "frontman", "frontwoman", "vocalist")

// openingOrg returns the organisation named at the start of sentence s
// (maybe after "the"), the subject of its first clause, or -1.
func (d *doc) openingOrg(s *sent) int {
	k := s.t0
	if d.toks[k].lower == "the" {
		k++
	}
	m := d.mentionAt(k, s)
	if m < 0 || d.mentions[m].t0 != k || d.mentions[m].modifier || d.mentions[m].pronoun || !d.isOrg(m) || d.mentions[m].t1 >= s.t1 || d.toks[d.mentions[m].t1].text == "'s" {
		return -1
	}
	return m
}

// companyTitles are a company's posts, named without the company when
// the story is about it.
var companyTitles = set("chief executive", "chairman", "chairwoman", "finance director", "managing director", "chief operating officer",
	"chief financial officer", "chief executive officer", "executive chairman", "deputy chairman", "boss")

// mainOrg returns the organisation a story is about: the one named in
// most sentences, at least three and twice as many as any other, or -1.
func (d *doc) mainOrg() int {
	if d.mainOrgEnt != 0 {
		return d.mainOrgEnt - 1
	}
	seen := map[[2]int]bool{} // entity, sentence: counted once ("the Federal Aviation Administration (FAA)")
	best, bestN, secondN := d.mostNamed(func(m *mention) int {
		if (m.kind == "" || m.kind == MentionNominal) && d.ents[m.ent].typ == TypeOrg && !seen[[2]int{m.ent, m.sent}] {
			seen[[2]int{m.ent, m.sent}] = true
			return m.ent // (also "the company", "the firm": the story's company named again)
		}
		return -1
	})
	if bestN < 3 || bestN < 2*secondN {
		best = -1
	}
	d.mainOrgEnt = best + 1
	return best
}

// namedFirst reports whether entity e is named in the document's first
// sentence (its headline or lead): "Burkina Faso coup ends" names the
// story's country even if the text then says "the country".
func (d *doc) namedFirst(e int) bool {
	for _, mi := range d.ents[e].ments {
		if d.mentions[mi].sent == 0 && !d.mentions[mi].pronoun {
			return true
		}
	}
	return false
}

// apposition: "X, a senior fellow with Y", "X, Y's managing director",
// "his son, X" (handled in possessiveRole via kin).
func (d *doc) apposition(si, mi int) {
	s := &d.sents[si]
	m := &d.mentions[mi]
	j := m.t1
	// "X, a composer", "X - a composer -", "X (former Wales coach)"
	if j >= s.t1 || d.toks[j].text != "," && d.toks[j].text != "-" && d.toks[j].text != "(" {
		return
	}
	if d.openingPhrase(m) {
		return
	}
	j++
	if d.toks[j-1].text == "," && j+2 < s.t1 && partyTagState(d.toks[j].text) != "" {
		// "Sen. Donald Riegle, D-Mich., chairman of the Senate Banking Committee,"
		k := j + 1
		if d.toks[k].text == "." {
			k++
		}
		if k+1 < s.t1 && d.toks[k].text == "," {
			j = k + 1
		}
	}
	if j+2 < s.t1 && d.toks[j-1].text == "," && (d.toks[j].tag == "CD" && d.toks[j].mention < 0 || postNominals[d.toks[j].text]) && d.toks[j+1].text == "," {
		j += 2 // "Ann Vole, 44, chief executive of Tesco,", "Kevin Borick, QC, the president of X,": the age or rank, then the post
	}
	if j+1 < s.t1 && apposAdverbs[d.toks[j].lower] {
		j++ // "Phil Redmond, now chairman of Mersey TV,"
	}
	plural := false // "X, one of Ghana's top lawyers,": one of the trade
	if j+2 < s.t1 && d.toks[j].lower == "one" && d.toks[j+1].lower == "of" {
		j, plural = j+2, true
	}
	if j < s.t1 && (d.toks[j].lower == "a" || d.toks[j].lower == "an" || d.toks[j].lower == "the" || d.toks[j].lower == "another") {
		j++
	}
	if !plural && d.itsPostApposed(si, mi, j) {
		return
	}
	if d.placeOfOrigin(si, mi, j) || d.stanceApposed(si, mi, j) {
		return
	}
	former := j
	keep := "" // "a former Labour MP", "a prospective Labour MP": kept on the post
	for j < s.t1 && d.toks[j].mention < 0 && (postModifiers[d.toks[j].lower] || d.newlyAppointed(s, j)) {
		switch l := d.toks[j].lower; l {
		case "former", "ex-":
			keep = "former"
		case "prospective":
			keep = l
		}
		j++
	}
	if j+1 < s.t1 && d.toks[j].mention < 0 && apposedRanks[d.toks[j].lower] && d.toks[j+1].mention >= 0 && d.mentions[d.toks[j+1].mention].t0 == j+1 && d.mentions[d.toks[j+1].mention].ent >= 0 && d.ents[d.mentions[d.toks[j+1].mention].ent].typ == TypeGPE {
		keep = d.toks[j].lower // "Christopher Wray, the assistant US attorney general,": the rank, then the state
		j++
	}
	if j < s.t1 && d.toks[j].mention < 0 {
		j, keep = former, ""
	}
	if j+1 < s.t1 && d.toks[j].mention < 0 && (d.toks[j].tag == "JJ" || strings.Contains(d.toks[j].text, "-")) && !isCapital(d.toks[j].text) && !d.isTitleWord(d.toks[j].lower) {
		if n := d.toks[j+1].mention; n >= 0 && d.mentions[n].t0 == j+1 && d.demonymWord(j+1) {
			j++ // "X, an award-winning American journalist,": the praise, then the demonym
		}
	}
	if j+2 < s.t1 && courtesyTitles[d.toks[j].lower] && d.toks[j].mention < 0 {
		if pm := d.toks[j+1].mention; pm >= 0 && d.mentions[pm].t0 == j+1 && d.possessiveAt(d.mentions[pm].t1) {
			j++ // "Viktor Pinchuk, Mr Kuchma's son-in-law,": the possessor after its courtesy title
		}
	}
	// "X, Y's managing director,", "X, the UN secretary general,"
	if j < s.t1 && !d.titleToken(j) {
		om := &d.mentions[d.toks[j].mention]
		if om.ent < 0 {
			return
		}
		k0 := om.t1
		possessive := k0 < s.t1 && (d.toks[k0].text == "'s" || d.toks[k0].text == "'")
		if possessive {
			k0++
		}
		region := "" // "Sony's European president": the company's post for a region
		if cm := d.mentionAt(k0, s); possessive && cm >= 0 && d.mentions[cm].t0 == k0 && d.mentions[cm].ent >= 0 && (d.ents[d.mentions[cm].ent].typ == TypeGPE || d.ents[om.ent].typ == TypeOrg && d.isPlace(cm)) {
			k0 = d.mentions[cm].t1 // "Tesco's UK chief executive": the country of the post
			if d.ents[om.ent].typ == TypeOrg && d.mentions[cm].t1 < s.t1 && isLowerWord(d.toks[d.mentions[cm].t1].text) {
				region = strings.ToLower(d.mtext(&d.mentions[cm])) + " "
			}
		} else if cm >= 0 && !possessive && d.mentions[cm].t0 == k0 && d.isPlace(cm) && d.ents[om.ent].typ == TypeOrg && d.mentions[cm].t1 < s.t1 && isLowerWord(d.toks[d.mentions[cm].t1].text) && d.isTitleWord(d.toks[d.mentions[cm].t1].lower) {
			k0 = d.mentions[cm].t1 // "Monica Chadha, BBC Delhi reporter,": the post's place
		} else if possessive && cm >= 0 && d.mentions[cm].t0 == k0 && d.mentions[cm].ent >= 0 && d.ents[d.mentions[cm].ent].typ == TypeOrg && d.mentions[cm].ent != om.ent && d.mentions[cm].t1 < s.t1 && portfolioHeads[d.toks[d.mentions[cm].t1].lower] {
			k0 = d.mentions[cm].t1 // "the party's Treasury spokesman": the portfolio, then the post
		}
		if !possessive && k0+1 < s.t1 && d.toks[k0].tag == "CD" && d.toks[k0].mention < 0 && isLowerWord(d.toks[k0+1].text) {
			k0++ // "Carol Walker, BBC News 24 political correspondent,": the channel's number
		}
		second := -1 // "X, the Tesla and SpaceX founder,": the post at each
		if cm := d.mentionAt(k0+1, s); !possessive && k0+1 < s.t1 && d.toks[k0].lower == "and" && cm >= 0 && d.mentions[cm].t0 == k0+1 && d.mentions[cm].ent >= 0 && d.ents[d.mentions[cm].ent].typ == d.ents[om.ent].typ && d.ents[om.ent].typ == TypeOrg {
			second, k0 = cm, d.mentions[cm].t1
		}
		words, k := d.titleWordsOf(k0, s.t1, plural)
		if len(words) == 0 && !possessive && second < 0 && j-1 > m.t1 && (d.toks[j-1].lower == "a" || d.toks[j-1].lower == "an") && d.closesApposition(si, k0) && d.partyName(om) {
			// "Mr Smith, a Conservative, said": a member of the party
			d.add(si, argument{ment: mi}, "member of", argument{ment: d.toks[j].mention}, nil, nil, confApposit, false)
			return
		}
		if len(words) == 0 && !possessive && k0 < s.t1 && apposedOrigins[d.toks[k0].lower] != "" {
			// "Deniz Yucel, a German citizen,", "X, a British national,":
			// the state whose citizen the person is
			if om.kind == MentionDemonym && d.ents[om.ent].typ == TypeGPE && d.ents[d.mentions[mi].ent].typ == TypePerson && (d.closesApposition(si, k0+1) || d.verbAt(si, k0+1) || k0+1 < s.t1 && d.toks[k0+1].lower == "who") {
				d.add(si, argument{ment: mi}, apposedOrigins[d.toks[k0].lower], argument{ment: d.toks[j].mention}, nil, nil, confApposit, false)
			}
			return
		}
		if len(words) == 0 {
			d.secondPost(si, mi, k0) // "Otis Ferry, a former Eton pupil and joint leader of the South Shropshire Hunt,"
			return
		}
		title := region + strings.Join(words, " ")
		if d.actsFor(si, mi, k) {
			return // "X, the New York attorney representing Acme,": for Acme, not of New York
		}
		if k+1 < s.t1 && d.toks[k].lower == "and" && !plural {
			// "Ann Vole, Acme's chairman and chief executive,": both posts
			w2, k2 := d.titleWords(k+1, s.t1)
			if len(w2) > 0 && d.endsPhrase(si, k2) {
				posts := []string{title, strings.Join(w2, " ")}
				if professionNouns[w2[len(w2)-1]] && !seniorMods[w2[0]] {
					posts = posts[:1] // "PTC president and conservative activist": a trade of his own (not "chief software architect")
				}
				for _, t := range posts {
					d.add(si, argument{ment: mi}, d.apposedPost(t, keep, d.toks[j].mention), argument{ment: d.toks[j].mention}, nil, nil, confApposit, false)
				}
				return
			}
			if len(w2) == 0 && possessive && d.ents[om.ent].typ == TypeOrg && k+2 < s.t1 && (d.toks[k+1].lower == "the" || d.toks[k+1].lower == "a" || d.toks[k+1].lower == "an") && isLowerWord(d.toks[k+2].text) && isNoun(d.toks[k+2].tag) {
				// "Ingrid Lund, Halvorsen Energy's chief executive and the
				// granddaughter of its founder,": the post, then a second
				// description of the person
				d.add(si, argument{ment: mi}, d.apposedPost(title, keep, d.toks[j].mention), argument{ment: d.toks[j].mention}, nil, nil, confApposit, false)
				return
			}
			if len(w2) > 0 && k2+1 < s.t1 && rolePreps[d.toks[k2].lower] {
				// "Jeb Boone, an American journalist and former managing
				// editor of the Yemen Times,": the first description, then
				// the post at the organisation named after it
				if o := d.firstArg(si, k2+1, 4, true); o >= 0 && d.mentions[o].ent >= 0 && d.ents[d.mentions[o].ent].typ == TypeOrg && d.closesApposition(si, d.mentions[o].t1) {
					d.add(si, argument{ment: mi}, d.apposedPost(title, keep, d.toks[j].mention), argument{ment: d.toks[j].mention}, nil, nil, confApposit, false)
					d.add(si, argument{ment: mi}, strings.Join(w2, " ")+" "+d.toks[k2].lower, argument{ment: o}, nil, nil, confApposit, false)
					return
				}
			}
		}
		if d.closesApposition(si, k) || d.verbAt(si, k) && !d.governedList(mi) || k < s.t1 && d.toks[k].lower == "who" && !plural || d.closesApposition(si, d.withPhraseEnd(s, k)) {
			// (not "after passes involving Davies and Speed, the Greek
			// striker found the corner": a new clause's subject; "X, his
			// wife who is also a journalist,", "X, the Tory backbencher who
			// challenged Y": the post before a relative clause)
			d.add(si, argument{ment: mi}, d.apposedPost(title, keep, d.toks[j].mention), argument{ment: d.toks[j].mention}, nil, nil, confApposit, false)
			if second >= 0 {
				d.add(si, argument{ment: mi}, d.apposedPost(title, keep, second), argument{ment: second}, nil, nil, confApposit, false)
			}
			return
		}
		if n := d.lowerRun(k+1, 3); possessive && d.toks[k].lower == "of" && n > 0 && isNoun(d.toks[k+n].tag) && (d.endsPhrase(si, k+1+n) || d.fieldAfter(si, k+1+n)) {
			// "Aidan O'Carroll, E&Y's head of tax": a post with its portfolio
			for p := k; p <= k+n; p++ {
				title += " " + d.toks[p].lower
			}
			prep := " at"
			if d.ents[om.ent].typ == TypePerson && strings.HasSuffix(title, " of staff") {
				prep = " to" // "Jonathan Powell, Mr Blair's chief of staff": the person's
			}
			d.add(si, argument{ment: mi}, title+prep, argument{ment: d.toks[j].mention}, nil, nil, confApposit, false)
			return
		}
		if d.ents[om.ent].typ == TypeOrg && !seatTitles[words[len(words)-1]] && d.fieldAfter(si, k) {
			// "Mark LaNeve, GM's vice president for North American sales,",
			// "X, Capgemini's principal consultant on RFID,": the post at
			// the body, whatever its field
			d.add(si, argument{ment: mi}, d.apposedPost(title, keep, d.toks[j].mention), argument{ment: d.toks[j].mention}, nil, nil, confApposit, false)
			return
		}
		if d.toks[k].lower == "of" && !possessive && om.kind == MentionDemonym && k+1 < s.t1 {
			// "Rainer Hertrich, the German co-head of EADS,": a post in an
			// organisation, held by a national of the country
			if o := d.entityAfterThe(s, k+1, TypeOrg); o >= 0 && d.endsPhrase(si, d.mentions[o].t1) {
				d.add(si, argument{ment: mi}, d.apposedPost(title, keep, o), argument{ment: o}, nil, nil, confApposit, false)
				if !officeHeads[lastWord(title)] {
					// (not "Welsh secretary of the BMA": the body's office
					// for the country)
					d.add(si, argument{ment: mi}, "from", argument{ment: d.toks[j].mention}, nil, nil, confApposit-0.1, false)
				}
				return
			}
		}
		if d.toks[k].lower == "of" && !possessive && om.kind == "" && d.ents[om.ent].typ == TypeGPE && !govTitle(title) && k+1 < s.t1 {
			// "David Stanley, UK managing director of filtering firm
			// Ciphertrust,": the company's post in the country
			o := d.firstArg(si, k+1, 4, true)
			if o < 0 || d.mentions[o].kind == MentionDemonym {
				o = d.describedOrgAt(si, k+1)
			}
			if n := d.namedAfterDescription(k + 1); o < 0 && n >= 0 {
				o = d.toks[n].mention // "of filtering firm Ciphertrust"
			}
			if o >= 0 && d.ents[d.mentions[o].ent].typ == TypeOrg && d.endsPhrase(si, d.mentions[o].t1) {
				d.add(si, argument{ment: mi}, title+" of", argument{ment: o}, nil, nil, confApposit, false)
			}
			return
		}
		// "X, the US ambassador to Germany,", "X, Britain's envoy to the UN,"
		if prep := d.toks[k].lower; (prep == "to" || prep == "in" || prep == "at" || prep == "for") && k+1 < s.t1 {
			if e := d.unnamedSeatEnd(si, k+1); prep == "for" && !possessive && d.ents[om.ent].typ == TypeOrg && e >= 0 {
				// "Tony Banks, Labour MP for West Ham,": the party's MP for
				// a seat the text does not name as a place
				d.add(si, argument{ment: mi}, d.apposedPost(title, keep, d.toks[j].mention), argument{ment: d.toks[j].mention}, nil, nil, confApposit-0.05, false)
				if d.toks[e].lower == "and" {
					d.postAfterAnd(si, mi, e, false) // "and chairman of the Forest Trust,"
				}
				return
			}
			if obj := d.firstArg(si, k+1, 4, true); obj >= 0 && d.mentions[obj].ent != om.ent {
				if t := d.ents[om.ent].typ; t == TypeOrg || t == TypeGPE && govTitle(title) { // not "Marley's head of press at Island Records", "a US economist at Barclays"
					d.add(si, argument{ment: mi}, title+" of", argument{ment: d.toks[j].mention}, nil, nil, confApposit, false)
				}
				if prep == "for" && d.ents[d.mentions[obj].ent].typ == TypeOrg {
					if seatTitles[lastWord(title)] {
						return // "the Labour candidate for Enfield Southgate": a seat, whatever it was typed
					}
					prep = "at" // "Paul Dales, UK economist for Capital Economics"
				}
				d.add(si, argument{ment: mi}, title+" "+prep, argument{ment: obj}, nil, nil, confApposit, false)
				if e := d.mentions[obj].t1; seatTitles[lastWord(title)] && e < s.t1 && d.toks[e].lower == "and" {
					d.postAfterAnd(si, mi, e, false) // "the Labour MP for Bristol East and chairman of the Forest Trust,"
				}
			}
		}
		return
	}
	words, k := d.titleWordsOf(j, s.t1, plural)
	if len(words) == 0 && !plural && d.secondPost(si, mi, j) {
		return // "X, a former pupil and leader of Y,"
	}
	if cm := d.mentionAt(k, s); cm >= 0 && d.mentions[cm].t0 == k && d.mentions[cm].ent >= 0 && d.ents[d.mentions[cm].ent].typ == TypeGPE {
		// "Min Jae Park, chief US economist for Wells Fargo Bank": a
		// country inside the title
		if w2, k2 := d.titleWords(d.mentions[cm].t1, s.t1); len(w2) > 0 {
			words, k = append(words, w2...), k2
		}
	}
	if trade, e := d.tradeRun(s, j); (len(words) == 0 || len(words) == 1 && scienceTrades[words[0]]) && trade != "" && e+1 < s.t1 && (d.toks[e].lower == "at" || d.toks[e].lower == "with") {
		// "David Pimentel, an ecologist at Cornell University,", "a plant
		// physiologist with the USDA", "an ecologist and entomologist at
		// X": a trade at a named organisation is a post there
		if o := d.entityAfterThe(s, e+1, TypeOrg); o >= 0 && d.endsPhrase(si, d.placedEnd(si, d.mentions[o].t1)) {
			d.add(si, argument{ment: mi}, trade+" at", argument{ment: o}, nil, nil, confApposit-0.05, false)
			d.postAfterAnd(si, mi, d.mentions[o].t1, true)
			return
		}
	}
	var first []string // "chairman and chief executive of X": both posts
	if len(words) > 0 && k+1 < s.t1 && d.toks[k].lower == "and" {
		// "a composer and leading interpreter of Bach", "a keen golfer and
		// the chairman of X"
		a := k + 1
		if a+1 < s.t1 && (d.toks[a].lower == "the" || d.toks[a].lower == "a") {
			a++
		}
		if w2, k2 := d.titleWords(a, s.t1); len(w2) > 0 {
			if corporateTitles[words[len(words)-1]] {
				first = words
			}
			words, k = w2, k2
		}
	}
	if len(words) > 0 && d.actsFor(si, mi, k) {
		return
	}
	if len(words) > 0 && !plural && d.saidBy(si, m) && d.closesApposition(si, k) && officerTitle(words) {
		// "Becton Dickinson may develop a container, said Linda Schmitt,
		// an assistant product manager.": the officer of the body the
		// sentence opens with
		if o := d.openingOrg(s); o >= 0 && d.mentions[o].t1 < m.t0 && d.mentions[o].ent != m.ent {
			post := words
			for len(post) > 1 && orgCues[post[0]] {
				post = post[1:] // "a company official": the official
			}
			d.add(si, argument{ment: mi}, strings.Join(post, " ")+" of", argument{ment: o}, nil, nil, confGazRole, false)
			return
		}
	}
	if e := d.portfolioEnd(k); len(words) > 0 && !plural && keep == "" && e > k && d.closesApposition(si, e) && cabinetTitle(lastWord(strings.Join(words, " "))+" minister") && isCapital(d.toks[j].text) {
		// "Tom Khan, Minister for Health, said", "X, Federal Minister for
		// Information and Technology": the story's country's post with
		// its portfolio
		title := strings.Join(words, " ") + " for"
		for q := k + 1; q < e; q++ {
			title += " " + d.toks[q].lower
		}
		if de := d.ents[m.ent]; de.gaz != nil && de.gaz.Affiliation != "" {
			d.gazCountryPost(si, mi, title)
			return
		}
		d.storyPost(si, mi, title)
		return
	}
	if title := strings.Join(words, " "); len(words) > 0 && !plural && keep == "" && d.closesApposition(si, k) && cabinetTitle(title) && (d.toks[j-1].lower == "the" || isCapital(d.toks[j].text)) {
		// "Rehman Malik, the interior minister, said", "X, Interior
		// Minister, said": the post of the person's country in the
		// gazetteer, or of the story's country
		if de := d.ents[m.ent]; de.gaz != nil && de.gaz.Affiliation != "" {
			d.gazCountryPost(si, mi, title)
			return
		}
		d.storyPost(si, mi, title)
		return
	}
	if len(words) == 0 || k >= s.t1 || !rolePreps[d.toks[k].lower] && d.toks[k].lower != "from" {
		return
	}
	prep := d.toks[k].lower
	if k+1 >= s.t1 {
		return // (the sentence ends with the preposition)
	}
	if prep == "of" && d.toks[k+1].tag == "CD" && d.toks[k+1].mention < 0 {
		return // "a mother of two from Leeds": her children, not a place
	}
	obj := d.firstArg(si, k+1, 8, true)
	if n := d.namedAfterDescription(k + 1); obj < 0 && n >= 0 && d.isOrg(d.toks[n].mention) && d.endsPhrase(si, d.mentions[d.toks[n].mention].t1) {
		obj = d.toks[n].mention // "news editor of trade weekly Screen International"
	}
	if u := d.unitThenAt(s, k+1); obj < 0 && (prep == "of" || prep == "for") && u >= 0 {
		obj, prep = u, "at" // "head of the threat laboratory at security firm Clearswift": the post at the company
	}
	if obj >= 0 && d.isPlace(obj) && d.basedAfter(d.mentions[obj].t1-1) {
		obj = -1 // "a spokeswoman for the North Carolina-based bank": the bank's, unnamed
	}
	if obj < 0 && !plural {
		d.secondPost(si, mi, k+1)
	}
	if obj < 0 || d.mentions[obj].kind == MentionDemonym {
		// "the chief financial officer of Chinese telecoms giant Huawei":
		// the company the description names, past its nationality
		if o := d.describedOrgAt(si, k+1); o >= 0 {
			obj = o
		}
	}
	if obj < 0 || d.mentions[obj].kind == MentionDemonym && !d.stateGroupMention(obj) {
		return // (not "head of strategy for Latin American emerging markets")
	}
	if prep == "for" && k-1 > j && !titleHeads[d.toks[k-1].lower] && d.isOrg(obj) {
		prep = "at" // "head of UK equities for Standard Life Investments": a post at the company (its portfolio read), not its head
	}
	e := d.mentions[obj].t1 // the "'s" of a possessive after the name
	if d.toks[e-1].text == "'s" {
		e-- // "head of McDonald's UK arm": a name read with its "'s" possesses as "Intel's" does
	}
	if e < s.t1 && d.toks[e].text == "'s" && !d.nameEndsInS(s, e) && d.ents[d.mentions[obj].ent].typ == TypeOrg && (prep == "of" || prep == "for" || prep == "in") {
		prep = "at" // "director of Intel's photonics technology lab", "chief executive for BT's wireless broadband": a post at the company, in its unit
	}
	if prep == "in" && d.ents[d.mentions[obj].ent].typ == TypeOrg && !ownerNouns[words[len(words)-1]] {
		prep = "at" // "senior manager in Symantec's security response group": a post at the company (a "shareholder in" it holds shares)
	}
	if prep == "from" {
		if d.ents[d.mentions[obj].ent].typ != TypeOrg || d.mentions[obj].t0 > k+2 {
			return // "a student from Hong Kong": where the person comes from (hometowns)
		}
		prep = "at" // "Wang Yan, an official from the Beijing Municipal Commission,"
	}
	if plural && d.mentions[obj].t0 > k+2 {
		return // "one of the stars of Sunday's Barclays Premiership victory": of the victory
	}
	if e := d.mentions[obj].t1; d.ents[d.mentions[obj].ent].typ == TypePerson && e < s.t1 && isNoun(d.toks[e].tag) && d.toks[e].mention < 0 && !isCapital(d.toks[e].text) {
		return // "a former senior official in the Clinton administration": the government's, not the person's
	}
	if prep == "for" && seatTitles[words[len(words)-1]] && d.mentions[obj].t0 > k+1 && isCapital(d.toks[k+1].text) && d.toks[k+1].mention != obj {
		return // "MP for Wantage in Oxfordshire": the seat, then where it is
	}
	for j := k + 1; j < d.mentions[obj].title0; j++ {
		if t := &d.toks[j]; isNoun(t.tag) && !isCapital(t.text) && d.toks[j+1].lower == "of" {
			return // "skipper in the absence of Brian O'Driscoll": the name belongs to the noun
		}
	}
	if d.inclusionList(m, d.mentions[obj].t1) {
		return // "dignitaries including Bill Clinton, the King of Belgium as well as X": a list
	}
	if f := d.toks[k+1].mention; f >= 0 && f != obj && d.inclusionList(m, d.mentions[f].t1) {
		return // (and when X, not Belgium, was read as the post's body)
	}
	objs := []int{obj}
	if o2 := d.coordinatedBody(si, obj); o2 >= 0 {
		objs = append(objs, o2) // "the chief executive of Renault and Nissan": of both
	}
	if e := d.mentions[obj].t1; prep == "of" && d.isOrg(obj) && e+1 < s.t1 && d.toks[e].lower == "at" {
		// "Director of the Washington-based International Programs at the
		// Economic Policy Institute": the unit's post is a post at the body
		k := d.skipThe(s, e+1)
		if o2 := d.toks[k].mention; o2 >= 0 && d.mentions[o2].t0 == k && d.isOrg(o2) && !d.mentions[o2].modifier && d.mentions[o2].ent != d.mentions[obj].ent {
			d.add(si, argument{ment: mi}, strings.Join(words, " ")+" at", argument{ment: o2}, nil, nil, confApposit-0.05, false)
		}
	}
	for _, o := range objs {
		d.add(si, argument{ment: mi}, strings.Join(words, " ")+" "+prep, argument{ment: o}, nil, nil, confApposit, false)
		if first != nil {
			d.add(si, argument{ment: mi}, strings.Join(first, " ")+" "+prep, argument{ment: o}, nil, nil, confApposit, false)
		}
	}
	d.postAfterAnd(si, mi, d.mentions[objs[len(objs)-1]].t1, true) // "an economist at X and now a scholar with Y"
}

// unitThenAt returns the organisation named after a unit or portfolio of
// a post from token j: "the threat laboratory at security firm
// Clearswift", "emerging technologies at analyst firm Gartner" (a few
// lower-case words ending in a noun, "at" or "for", and the organisation,
// maybe described); or -1.
func (d *doc) unitThenAt(s *sent, j int) int {
	j = d.skipThe(s, j)
	k := j
	for k < s.t1 && k < j+5 && d.toks[k].mention < 0 && isLowerWord(strings.ReplaceAll(d.toks[k].text, "-", "")) && (isNoun(d.toks[k].tag) || d.toks[k].tag == "JJ" || d.toks[k].tag == "VBG" || d.toks[k].tag == "VBN" || d.toks[k].lower == "and" || d.toks[k].text == "-") {
		// ("anti-virus research", "e-democracy": hyphened words too)
		k++
	}
	if k == j || k+1 >= s.t1 || d.toks[k].lower != "at" && d.toks[k].lower != "for" || !isNoun(d.toks[k-1].tag) {
		return -1 // ("vice president of emerging technologies at analyst firm Gartner": a portfolio of any words)
	}
	k = d.skipThe(s, k+1)
	if o := d.toks[k].mention; o >= 0 && d.mentions[o].t0 == k && d.isOrg(o) && !d.mentions[o].modifier {
		return o
	}
	if n := d.namedAfterDescription(k); n >= 0 && d.isOrg(d.toks[n].mention) {
		return d.toks[n].mention
	}
	return -1
}

// secondPost: "Ernest Boyer, a national spokesman for reform and
// president of the Carnegie Foundation,": after a first post whose
// complement from j names nothing (a few lower-case words), "and" and a
// second post at a named body: the person holds the second. It reports
// whether it found one.
func (d *doc) secondPost(si, mi, j int) bool {
	s := &d.sents[si]
	a := j
	for a < s.t1 && a < j+4 && d.toks[a].mention < 0 && isLowerWord(d.toks[a].text) && (isNoun(d.toks[a].tag) || d.toks[a].tag == "JJ" || d.toks[a].tag == "DT") {
		a++
	}
	if a == j {
		return false
	}
	return d.postAfterAnd(si, mi, a, false)
}

// postAfterAnd: "and" at token a starts a second post at a named body
// ("X, a keen golfer and the chairman of Y,", "X, an economist at Y and
// now a resident scholar with Z,"), which the person holds; with trades,
// the post may be a trade ("scholar": after a first post's organisation,
// where no shared trade is left to read). It reports whether it found one.
func (d *doc) postAfterAnd(si, mi, a int, trades bool) bool {
	s := &d.sents[si]
	if a+1 >= s.t1 || d.toks[a].lower != "and" {
		return false
	}
	if a+2 < s.t1 && apposAdverbs[d.toks[a+1].lower] {
		a++ // "and now a resident scholar with X"
	}
	if a+2 < s.t1 && (d.toks[a+1].lower == "the" || d.toks[a+1].lower == "a" || d.toks[a+1].lower == "an") {
		a++ // "a keen golfer and the chairman of X"
	}
	w2, k2 := d.titleWords(a+1, s.t1)
	if len(w2) == 0 && trades {
		w2, k2 = d.tradeWords(s, a+1) // "and now a resident scholar with X"
	}
	if len(w2) == 0 || !titleHeads[w2[len(w2)-1]] && !d.personNounLike(w2[len(w2)-1]) || k2+1 >= s.t1 || !rolePreps[d.toks[k2].lower] {
		return false
	}
	o := d.firstArg(si, k2+1, 6, true)
	if o < 0 || d.mentions[o].kind == MentionDemonym || d.mentions[o].ent == d.mentions[mi].ent || !d.closesApposition(si, d.placedEnd(si, d.mentions[o].t1)) {
		return false
	}
	if t := d.ents[d.mentions[o].ent].typ; t != TypeOrg && t != TypeGPE {
		return false
	}
	d.add(si, argument{ment: mi}, strings.Join(w2, " ")+" "+d.toks[k2].lower, argument{ment: o}, nil, nil, confApposit, false)
	return true
}

// unnamedSeatEnd returns the token after the one to three capitalised words
// from token j, none of them a name, that close the apposition (the seat in
// "Labour MP for West Ham," or the portfolio in "Tory spokesman for
// Health,") or that a second post follows after "and"; or -1.
func (d *doc) unnamedSeatEnd(si, j int) int {
	s := &d.sents[si]
	for k := j; k < s.t1 && k < j+3; k++ {
		t := &d.toks[k]
		if t.mention >= 0 && d.mentions[t.mention].ent >= 0 || !isCapital(t.text) || isVerb(t.tag) {
			return -1
		}
		if d.closesApposition(si, k+1) {
			return k + 1
		}
		if a := k + 1; a+2 < s.t1 && d.toks[a].lower == "and" {
			// "the Labour MP for Bristol East and chair of the home affairs
			// committee,": a second post after the seat
			if b := a + 1; d.toks[b].lower == "the" || d.toks[b].lower == "a" {
				a = b
			}
			if w, e := d.titleWords(a+1, s.t1); len(w) > 0 && titleHeads[w[len(w)-1]] && e < s.t1 && (rolePreps[d.toks[e].lower] || d.closesApposition(si, e)) {
				return k + 1
			}
		}
		if k+2 < s.t1 && d.toks[k+1].lower == "in" {
			// "MP for Wantage in Oxfordshire,"
			if pl := d.placeAt(k + 2); pl >= 0 && d.closesApposition(si, d.mentions[pl].t1) {
				return d.mentions[pl].t1
			}
			return -1
		}
	}
	return -1
}

// coordinatedBody returns the organisation named after "and" right after
// organisation mention o when it closes the phrase ("chief executive of
// Renault and Nissan,"; not "president of Peru and Chile's trade
// council"), or -1.
func (d *doc) coordinatedBody(si, o int) int {
	s := &d.sents[si]
	m := &d.mentions[o]
	k := m.t1
	if m.ent < 0 || d.ents[m.ent].typ != TypeOrg || k+1 >= s.t1 || d.toks[k].lower != "and" {
		return -1
	}
	k++
	if d.toks[k].lower == "the" && k+1 < s.t1 {
		k++
	}
	o2 := d.toks[k].mention
	if o2 < 0 || d.mentions[o2].t0 != k || d.mentions[o2].ent < 0 || d.mentions[o2].modifier || d.mentions[o2].pronoun || d.ents[d.mentions[o2].ent].typ != TypeOrg || !d.endsPhrase(si, d.mentions[o2].t1) {
		return -1
	}
	if m2 := &d.mentions[o2]; !orgHeads[d.toks[m.t1-1].lower] && orgHeads[d.toks[m2.t1-1].lower] {
		return -1 // "director of the Pew Internet and American Life Project": one name the rules split
	}
	return o2
}

// inclusionList: mention m opens a list after "including" or "such as"
// and the phrase after its comma ends in "as well as", "and" or "or" at
// token e: the phrase is the list's next item, not m's apposition.
func (d *doc) inclusionList(m *mention, e int) bool {
	s := &d.sents[m.sent]
	p := m.title0 - 1
	if p < s.t0 || e >= s.t1 || !(d.toks[p].lower == "including" || d.toks[p].lower == "as" && p > s.t0 && d.toks[p-1].lower == "such") {
		return false
	}
	switch d.toks[e].lower {
	case "and", "or":
		return true
	case "as":
		return e+2 < s.t1 && d.toks[e+1].lower == "well" && d.toks[e+2].lower == "as"
	}
	return false
}

// apposedPost is the predicate of a post an apposition gives with the body
// or place of mention aff: "former" or "prospective" kept (keep), a trade
// after a nationality says where the person is from ("Bana, an Australian
// actor,": from Australia).
func (d *doc) apposedPost(title, keep string, aff int) string {
	if d.postOrOrigin(title, aff) == "from" {
		return "from"
	}
	switch keep {
	case "former":
		return asFormer(title) + " of"
	case "prospective":
		return "prospective " + title + " of"
	}
	if keep != "" && !strings.HasPrefix(title, keep+" ") {
		return keep + " " + title + " of" // a rank: "deputy trade representative of"
	}
	return title + " of"
}

// apposedRanks before a state in an apposition make its post another:
// "the deputy US trade representative".
var apposedRanks = set("deputy", "assistant", "vice", "junior", "acting", "interim")

// actsFor: an apposed post goes on with "representing" or "advising" a
// named party at token k ("X, a lawyer representing Acme Paper,"): the
// person of mention mi acts for it. It reports whether it added that.
func (d *doc) actsFor(si, mi, k int) bool {
	s := &d.sents[si]
	if k+1 >= s.t1 || d.toks[k].lower != "representing" && d.toks[k].lower != "advising" {
		return false
	}
	o := d.firstArg(si, k+1, 2, true)
	if o < 0 || d.mentions[o].kind == MentionDemonym || d.mentions[o].ent == d.mentions[mi].ent || !d.closesApposition(si, d.mentions[o].t1) {
		return false
	}
	d.add(si, argument{ment: mi}, d.lemma(&d.toks[k]), argument{ment: o}, nil, nil, confApposit, false)
	return true
}

// tenureAs: a person's tenure, term or time as a post ("Pack's short
// tenure as head of USAGM", "his time as chairman of Barclays"): the person
// held it.
func (d *doc) tenureAs(si, mi int) {
	s := &d.sents[si]
	m := &d.mentions[mi]
	k := m.t1
	switch {
	case m.pronoun && (d.toks[m.t0].lower == "his" || d.toks[m.t0].lower == "her"):
	case !m.pronoun && k < s.t1 && d.toks[k].text == "'s":
		k++
	default:
		return
	}
	for n := 0; n < 2 && k < s.t1 && d.toks[k].tag == "JJ"; n++ {
		k++ // "short", "first"
	}
	if k+2 >= s.t1 || !tenureNouns[d.toks[k].lower] || d.toks[k+1].lower != "as" {
		return
	}
	words, e := d.titleWords(k+2, s.t1)
	if len(words) == 0 || e+1 >= s.t1 || !rolePreps[d.toks[e].lower] {
		return
	}
	obj := d.firstArg(si, e+1, 4, true)
	if obj < 0 || d.mentions[obj].kind == MentionDemonym || d.mentions[obj].ent == m.ent {
		return
	}
	d.add(si, argument{ment: mi, weak: m.pronoun}, strings.Join(words, " ")+" "+d.toks[e].lower, argument{ment: obj}, nil, nil, confPossess, false)
}

// tenureNouns name a time in a post.
var tenureNouns = set("tenure", "term", "time", "stint", "spell", "reign", "years", "days", "career")

// seniorMods make a trade a post in a body ("chief software architect").
var seniorMods = set("chief", "senior", "lead", "principal", "head")

// gradeWords grade the adjective after them ("most senior", "best
// known"), which is praise, not part of a post.
var gradeWords = set("most", "best", "least", "well", "highly", "widely", "very")

// closeWords say how close or old a tie is, not what it is ("his closest
// aide", "one of her oldest advisers").
var closeWords = set("closest", "oldest", "longest-serving", "newest", "latest", "trusted")

// apposAdverbs open an apposition without changing what it says of the
// name before it.
var apposAdverbs = set("now", "currently", "also", "still", "formerly", "previously", "once")

// titleWords reads a title ("senior fellow", "managing director") from j.
func (d *doc) titleWords(j, end int) ([]string, int) { return d.titleWordsOf(j, end, false) }

// nounsBeforeTitle returns how many lower-case common nouns (at most
// three) run from k to a title head ("bond market strategist"), or 0.
func (d *doc) nounsBeforeTitle(k, end int) int {
	for n := 0; n < 3 && k+n+1 < end; n++ {
		if t := &d.toks[k+n]; !isNoun(t.tag) || !isLowerWord(t.text) || t.mention >= 0 {
			return 0
		}
		if titleHeads[d.toks[k+n+1].lower] && d.titleToken(k+n+1) {
			return n + 1
		}
	}
	return 0
}

// titleWordsOf reads a title from j; with plural, a plural head ends it in
// the singular ("one of Ghana's top lawyers": lawyer).
func (d *doc) titleWordsOf(j, end int, plural bool) ([]string, int) {
	var words []string
	head := false
	keep := 0 // words a portfolio after "of" ends: kept by the trim
	k := j
	for k < end {
		if head && d.toks[k].text == "(" {
			// "Deputy Director (Enforcement) at Pakistan Telecommunication
			// Authority": a bracketed part of the post, then where it is
			c := k + 1
			for c < end && c < k+5 && d.toks[c].inParen && d.toks[c].text != ")" && d.toks[c].mention < 0 {
				c++
			}
			if c+1 < end && c > k+1 && d.toks[c].text == ")" && (d.toks[c+1].lower == "at" || d.toks[c+1].lower == "of" || d.toks[c+1].lower == "for") {
				k = c + 1
				continue
			}
		}
		if !d.titleToken(k) || d.clauseVerb(k) {
			break
		}
		l := d.toks[k].lower
		if titleHeads[l] || kinNouns[l] {
			words = append(words, l)
			head = true
			k++
			continue
		}
		if plural && !head && d.toks[k].tag == "NNS" {
			if one := d.lemma(&d.toks[k]); one != l && titleHeads[one] {
				words = append(words, one)
				head = true
				k++
				break // ("one of the country's top lawyers and judges": the first)
			}
		}
		if !head && k+1 < end && gradeWords[l] && (d.toks[k+1].tag == "JJ" || d.toks[k+1].tag == "VBN") && isLowerWord(d.toks[k+1].text) && d.toks[k+1].mention < 0 {
			k += 2 // "Ghana's best known lawyer", "its most senior diplomat": the post without the praise
			continue
		}
		if !head && k+1 < end && closeWords[l] && d.toks[k+1].mention < 0 && isLowerWord(d.toks[k+1].text) {
			k++ // "Gordon Brown's closest aide": the post without the closeness (not "the best striker in Europe")
			continue
		}
		if l == "of" && head && k+2 < end {
			if n := d.portfolioRun(k + 1); n > 0 && (d.toks[k+1+n].text == "," || d.toks[k+1+n].mention >= 0 && d.plainPortfolio(k+1, k+1+n)) {
				// "Ethiopia's minister of information, Bereket Simon,":
				// the portfolio ends the post
				words = append(words, l)
				for j := k + 1; j <= k+n; j++ {
					words = append(words, d.toks[j].lower)
				}
				k += n + 1
				keep = len(words)
				continue
			}
		}
		if l == "of" && head && k+1 < end && !kinNouns[words[len(words)-1]] && (titleMods[d.toks[k+1].lower] && !portfolioMods[d.toks[k+1].lower] || titleHeads[d.toks[k+1].lower]) && d.toks[k+1].mention < 0 && !(k+2 < end && d.toks[k+2].mention >= 0 && (d.toks[k+1].lower == "the" || isCapital(d.toks[k+1].text))) && !(k+2 < end && orgCues[d.toks[k+2].lower] && isLowerWord(d.toks[k+2].text)) && !(titleMods[d.toks[k+1].lower] && !titleHeads[d.toks[k+1].lower] && k+2 < end && isNoun(d.toks[k+2].tag) && isLowerWord(d.toks[k+2].text) && !titleHeads[d.toks[k+2].lower]) {
			// (not "director of foreign exchange at X": a portfolio, below)
			// (not "the assassin of President Abraham Lincoln": his title;
			// not "son of former President X": kin have no portfolio)
			// "secretary of state", "minister of defence"
			words = append(words, l, d.toks[k+1].lower)
			k += 2
			continue
		}
		if l == "of" && head && k+2 < end {
			if n := d.portfolioLen(k + 1); n > 0 && !(k+1+n < end && orgCues[d.toks[k+1+n].lower] && isLowerWord(d.toks[k+1+n].text)) {
				// (not "director of security firm X": the firm's trade)
				// "president of distribution at Warner Bros.", "head of
				// research at Barclays", "director of corporate
				// responsibility at BT": a portfolio inside the post
				words = append(words, l)
				for j := k + 1; j <= k+n; j++ {
					words = append(words, d.toks[j].lower)
				}
				k += n + 1
				continue
			}
		}
		if d.toks[k].tag == "JJS" && !head && k+1 < end && ownerNouns[d.toks[k+1].lower] || !head && strings.HasSuffix(l, "-year-old") {
			k++ // "the largest shareholder in X", "18-year-old centre": the post without the rank or age
			continue
		}
		if !head && k+3 < end && govPortfolios[l] && d.toks[k+1].lower == "and" && govPortfolios[d.toks[k+2].lower] && d.toks[k+2].mention < 0 && (titleHeads[d.toks[k+3].lower] || govPortfolios[d.toks[k+3].lower]) {
			// "Peru's energy and mines minister", "trade and industry
			// secretary": a ministry of two portfolios
			words = append(words, l, "and")
			k += 2
			continue
		}
		if !head && isNoun(d.toks[k].tag) && isLowerWord(d.toks[k].text) && k+3 < end && d.toks[k+1].lower == "and" && isNoun(d.toks[k+2].tag) && isLowerWord(d.toks[k+2].text) && d.toks[k+2].mention < 0 && !titleMods[d.toks[k+2].lower] && titleHeads[d.toks[k+3].lower] {
			// "news and features editor of PC Pro": two portfolios of one
			// post (not "Labour's record and party leader X")
			words = append(words, l, "and")
			k += 2
			continue
		}
		if head && titleMods[words[len(words)-1]] && d.toks[k].tag == "JJ" && isLowerWord(d.toks[k].text) && k+3 < end && d.toks[k+1].lower == "and" && d.toks[k+2].tag == "JJ" && isLowerWord(d.toks[k+2].text) && d.toks[k+2].mention < 0 && titleHeads[d.toks[k+3].lower] && d.titleToken(k+3) {
			// "chief scientific and medical officer of X": two fields of one post
			words = append(words, l, "and", d.toks[k+2].lower)
			k += 3
			continue
		}
		if !head && stanceMods[l] {
			k++ // "Tehran's hardline conservative mayor": the post is the mayor's
			continue
		}
		if n := d.nounsBeforeTitle(k, end); head && n > 1 && seniorMods[words[len(words)-1]] {
			// "chief bond market strategist": nouns between two title words
			for j := k; j < k+n; j++ {
				words = append(words, d.toks[j].lower)
			}
			k += n
			continue
		}
		// "chief network architect": a noun between two title words;
		// "chief medical officer", "deputy political editor": an
		// adjective after a rank that is a title word itself
		if titleMods[l] || (d.toks[k].tag == "JJ" && !head) || !head && (l == "accused" || l == "alleged" || l == "suspected" || l == "convicted" || l == "would-be") || (isNoun(d.toks[k].tag) && !head && k+1 < end && (titleHeads[d.toks[k+1].lower] || titleMods[d.toks[k+1].lower])) ||
			isNoun(d.toks[k].tag) && !head && isLowerWord(d.toks[k].text) && k+2 < end && isNoun(d.toks[k+1].tag) && isLowerWord(d.toks[k+1].text) && titleHeads[d.toks[k+2].lower] || // "consumer electronics analyst"

			(isNoun(d.toks[k].tag) || d.toks[k].tag == "JJ" && titleMods[words[len(words)-1]]) && !isCapital(d.toks[k].text) && head && k+1 < end && titleHeads[d.toks[k+1].lower] && d.titleToken(k+1) {
			words = append(words, l)
			k++
			continue
		}
		break
	}
	if !head {
		return nil, j
	}
	// trim trailing modifiers and an honorific after the title ("supreme leader Ayatollah")
	for len(words) > keep && !titleHeads[words[len(words)-1]] && !kinNouns[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	// (only before a name: "chief financial officer at X" keeps "officer")
	// ("chief operating officer Jonathan Schwartz" keeps it: a title
	// word must come right before the honorific)
	for len(words) > 1 && k < end && d.toks[k].mention >= 0 && honorifics[words[len(words)-1]] && !govHonorific[words[len(words)-1]] && titleHeads[words[len(words)-2]] && !(kinNouns[words[len(words)-1]] && isLowerWord(d.toks[k-1].text)) {
		// (not "minister father John": a kinsman in lower case, no "Father")
		words = words[:len(words)-1]
	}
	return words, k
}

// govPortfolios name the portfolios of ministries ("energy", "mines",
// "trade and industry"), not the ranks of a post ("deputy", "chief").
var govPortfolios = union(portfolioMods, set("defence", "defense", "home", "finance", "trade", "commerce", "interior", "justice",
	"health", "education", "environment", "energy", "culture", "sports", "foreign", "agriculture", "transport", "labour", "labor",
	"treasury", "communications", "development", "security", "affairs", "commonwealth", "social", "rural", "urban", "local",
	"public", "works", "resources", "natural", "forestry", "forests", "mining", "food", "family", "women", "children"))

// stanceMods describe a post holder's politics, manner or habit, no part
// of the post ("a longtime contributor to").
var stanceMods = set("hardline", "hard-line", "conservative", "liberal", "moderate", "reformist", "populist", "outspoken",
	"controversial", "popular", "charismatic", "flamboyant", "maverick", "teenage", "youthful", "longtime", "long-time",
	"regular", "frequent", "occasional")

// titleToken: token k can be part of a title: it names nothing, or it is
// the head of a description that refers to a person ("X, the chief
// strategist at Y": "strategist" is X's title).
func (d *doc) titleToken(k int) bool {
	m := d.toks[k].mention
	return m < 0 || d.mentions[m].kind == MentionTitle || d.mentions[m].ent < 0 && titleHeads[d.toks[k].lower] && d.mentions[m].t1 == k+1
}

// possessiveRole: "Y's (title|kin) X" -> X -title of-> Y;
// "his son, X" -> X -son of-> (his).
func (d *doc) possessiveRole(si, mi int) {
	s := &d.sents[si]
	m := &d.mentions[mi]
	apostrophe := m.t1 < s.t1 && d.toks[m.t1].text == "'" && strings.HasSuffix(d.toks[m.t1-1].lower, "s") // "Evo Morales' party"
	whose := d.whoseAfter(m)
	if m.t1 >= s.t1 || d.toks[m.t1].text != "'s" && !apostrophe && whose < 0 && !(m.pronoun && (possPronouns[d.toks[m.t0].lower] || d.toks[m.t0].lower == "its")) {
		return // ("said its chairman, Sir Anthony Greener": the company's)
	}
	j := m.t1
	if d.toks[j].text == "'s" || apostrophe {
		j++
	}
	if whose >= 0 {
		j = whose + 1 // "SoftBank, whose founder Masayoshi Son": the company's founder
	}
	if d.partyOf(si, mi, j) || d.possessedRelation(si, mi, j) || d.succession(si, mi, j) || d.personsCompany(si, mi, j) {
		return
	}
	region := ""
	if pm := d.mentionAt(j, s); pm >= 0 && d.mentions[pm].t0 == j && d.isPlace(pm) && (!m.pronoun || d.toks[m.t0].lower == "its") && d.ents[m.ent].typ == TypeOrg {
		j = d.mentions[pm].t1 // "the BBC's Beijing correspondent Tom Smith": the post's city
		region = strings.ToLower(d.mtext(&d.mentions[pm]))
	} else if pm >= 0 && d.mentions[pm].t0 == j && d.isPlace(pm) {
		if b := d.bornAt(d.mentions[pm].t1 - 1); b >= 0 {
			j = b + 1 // "His British-born wife, Joan"
		}
	}
	words, k := d.titleWords(j, s.t1)
	if len(words) == 0 || k >= s.t1 {
		return
	}
	if region != "" && companyTitles[strings.Join(words, " ")] {
		// "Vodafone's UK chief executive William Morrow", "Nissan's
		// European boss": the region's head, not the whole company's
		words = append([]string{region}, words...)
	}
	comma := false
	if d.toks[k].text == "," {
		comma = true
		k++
		if k+1 < s.t1 && (d.toks[k].mention < 0 && d.toks[k].tag == "NN" && isLowerWord(d.toks[k].text) && d.personNounLike(d.toks[k].lower) ||
			partyMembers[d.toks[k].lower] && isCapital(d.toks[k].text) && d.toks[k+1].mention >= 0 && d.toks[k+1].mention != d.toks[k].mention) {
			k++ // "its technical manager, engineer X", "Ohio's governor, Democrat Richard Celeste"
		} else if e := d.describedNameAfter(s, k); e > k {
			k = e // "Verhoef's biggest shareholder, the Belgian holding company Brabant Invest"
		}
	}
	q := k
	if !comma && q+2 < s.t1 && (d.toks[q].lower == "in" || d.toks[q].lower == "to" || d.toks[q].lower == "for") {
		q++ // "Serbia's ambassador in Kosovo Oliver Ivanovic": the post's place, then the holder
	}
	if p := d.placeAt(q); !comma && p >= 0 && d.mentions[p].t0 == q && q > j && (d.toks[q-1].lower == "in" || d.toks[q-1].lower == "to" || d.toks[q-1].lower == "for") && d.mentions[p].t1 < s.t1 && d.personAt(d.mentions[p].t1) {
		k = d.mentions[p].t1
	}
	k = d.pastHonorifics(k, min(s.t1, j+8)) // "its chairman, Sir Anthony Greener"
	if k >= s.t1 || d.toks[k].mention < 0 {
		return
	}
	om := d.toks[k].mention
	o := &d.mentions[om]
	if o.ent < 0 || o.modifier || o.ent == m.ent || o.pronoun && o.kind != MentionNominal {
		return // (not "access to her son, he says": a pronoun is no name apposed)
	}
	head := words[len(words)-1]
	if head == "fellow" && len(words) == 1 && !comma && d.ents[o.ent].typ != TypePerson {
		return // "Gabbidon's fellow Cardiff defender Rhys Weston": the club of the next post, no fellow of it
	}
	if kinNouns[head] {
		if d.ents[o.ent].typ != TypePerson || d.ents[m.ent].typ != TypePerson {
			return
		}
		pred := head + " of"
		if slices.Contains(words[:len(words)-1], "former") {
			pred = "former " + pred // "Madonna's former husband X": no longer her husband
		}
		d.add(si, argument{ment: om}, pred, argument{ment: mi, weak: m.pronoun}, nil, nil, confPossess, false)
		return
	}
	if m.pronoun && !(serviceTitles[head] && d.ents[m.ent].typ == TypePerson && d.ents[o.ent].typ == TypePerson) && d.toks[m.t0].lower != "its" || comma && d.ents[o.ent].typ != TypePerson && !(ownerNouns[head] && d.ents[o.ent].typ == TypeOrg) {
		return // ("his personal physician, Boleslav Goldman": a person's own staff; "its chief executive X")
	}
	if d.ents[m.ent].typ == TypePerson && d.ents[o.ent].typ != TypePerson {
		return // "Pugh's fellow Ospreys player Sonny Parker": a person's title names a person
	}
	title := strings.Join(words, " ")
	pred := title + " of"
	if !m.pronoun && d.ents[m.ent].typ == TypeGPE && d.ents[o.ent].typ == TypePerson {
		pred = d.postOrOrigin(title, mi) // "Britain's defending champion X": from Britain
	}
	d.add(si, argument{ment: om}, pred, argument{ment: mi}, nil, nil, confPossess, false)
}

// describedNameAfter returns the token where a name starts after a
// description opened by "the" or "a" at token k ("the former banker Tom
// Hale", "the Belgian holding company Brabant Invest": lower-case words
// and a nationality, at most four), or -1.
func (d *doc) describedNameAfter(s *sent, k int) int {
	if k+2 >= s.t1 || d.toks[k].lower != "the" && d.toks[k].lower != "a" && d.toks[k].lower != "an" {
		return -1
	}
	e := k + 1
	for e < s.t1 && e <= k+4 {
		t := &d.toks[e]
		if t.mention < 0 && isLowerWord(t.text) && (isNoun(t.tag) || t.tag == "JJ" || t.tag == "VBG") || d.demonymModifier(e) {
			e++
			continue
		}
		break
	}
	if e == k+1 || e >= s.t1 || !isNoun(d.toks[e-1].tag) {
		return -1
	}
	if m := d.toks[e].mention; m < 0 || d.mentions[m].t0 != e || d.mentions[m].ent < 0 || d.mentions[m].modifier || d.mentions[m].pronoun {
		return -1
	}
	return e
}

// whoseAfter returns the token of "whose" right after name mention m, with
// a comma between ("SoftBank Group, whose founder Masayoshi Son"), or -1.
func (d *doc) whoseAfter(m *mention) int {
	s := &d.sents[m.sent]
	k := m.t1
	if m.pronoun || m.kind != "" || k+2 >= s.t1 || d.toks[k].text != "," {
		return -1
	}
	if d.toks[k+1].lower != "whose" {
		return -1
	}
	return k + 1
}

// succession: "his predecessor, Gloria Arroyo", "Blair's successor, Gordon
// Brown": the possessor succeeded the person named (or was succeeded by
// them). It reports whether it found one.
func (d *doc) succession(si, mi, j int) bool {
	s := &d.sents[si]
	m := &d.mentions[mi]
	for j < s.t1 && d.toks[j].tag == "JJ" && d.toks[j].mention < 0 {
		j++ // "his immediate predecessor"
	}
	if p := d.mentionAt(j, s); p >= 0 && d.mentions[p].t0 == j && d.mentions[p].t1 < s.t1 && successionNouns[d.toks[d.mentions[p].t1].lower] {
		j = d.mentions[p].t1 // "his Anfield successor": the post's place
	}
	if j+1 >= s.t1 || d.toks[j].lower != "predecessor" && d.toks[j].lower != "successor" || m.ent < 0 || d.ents[m.ent].typ != TypePerson {
		return false
	}
	k := j + 1
	if d.toks[k].lower == "as" {
		// "his predecessor as Cabinet Secretary, Lord Armstrong": the post
		// they held, then the name
		c := k + 1
		for c < s.t1 && c <= k+6 && d.toks[c].text != "," && d.toks[c].mention < 0 && (isNoun(d.toks[c].tag) || d.toks[c].tag == "JJ" || d.toks[c].lower == "of" || d.isTitleWord(d.toks[c].lower)) {
			c++
		}
		if c == k+1 || c >= s.t1 || d.toks[c].text != "," {
			return false
		}
		k = c
	}
	if d.toks[k].text == "," {
		k++
	}
	k = d.pastHonorifics(k, s.t1) // "his predecessor, President Joseph Estrada"
	o := d.mentionAt(k, s)
	if o < 0 || d.mentions[o].t0 != k || d.mentions[o].ent < 0 || d.mentions[o].ent == m.ent || d.ents[d.mentions[o].ent].typ != TypePerson {
		return false
	}
	if d.toks[j].lower == "predecessor" {
		d.add(si, argument{ment: mi, weak: m.pronoun}, "succeed", argument{ment: o}, nil, nil, confPossess, false)
	} else {
		d.add(si, argument{ment: o}, "succeed", argument{ment: mi, weak: m.pronoun}, nil, nil, confPossess, false)
	}
	return true
}

// reverendTitles are a cleric's title, written after "the" ("the Reverend
// Paul Okafor").
var reverendTitles = set("reverend", "rev", "rev.")

// pastHonorifics returns the first token from k (before end) that is no
// honorific and no part of a name's title ("Sir", "President").
func (d *doc) pastHonorifics(k, end int) int {
	if k+1 < end && d.toks[k].lower == "the" && reverendTitles[d.toks[k+1].lower] {
		k++ // "the trust's chair, the Reverend Paul Okafor"
	}
	for k < end && d.toks[k].mention < 0 && (honorifics[d.toks[k].lower] || d.toks[k].titleOf >= 0) {
		k++
	}
	return k
}

// possessedRelation: "his longtime rival, Prime Minister Morgan
// Tsvangirai", "Iran's main ally, Syria,": the name after the comma is the
// possessor's rival (ally, backer, ...).
func (d *doc) possessedRelation(si, mi, j int) bool {
	s := &d.sents[si]
	k := j
	for k < s.t1 && k < j+2 && d.toks[k].mention < 0 && d.toks[k].tag == "JJ" {
		k++
	}
	if k+2 >= s.t1 || !relationNouns[d.toks[k].lower] || d.toks[k+1].text != "," {
		return false
	}
	n := k + 2
	om := d.toks[n].mention
	if om < 0 {
		om = d.toks[n].titleOf
	}
	if om < 0 {
		// "his rival, opposition leader Riek Machar": a post in lower case
		// before the name
		if e := d.lowerPostAfter(s, n); e > n && d.personAt(e) {
			om, n = d.toks[e].mention, e
		}
	}
	if om < 0 || d.mentions[om].ent < 0 || d.mentions[om].ent == d.mentions[mi].ent || d.mentions[om].modifier {
		return false
	}
	if o := &d.mentions[om]; o.t0 != n && o.title0 != n || o.t1 < s.t1 && d.toks[o.t1].text != "," && d.toks[o.t1].text != "." {
		return false
	}
	d.add(si, argument{ment: om}, d.toks[k].lower+" of", argument{ment: mi, weak: d.mentions[mi].pronoun}, nil, nil, confPossess, false)
	return true
}

// personsCompany: "Williams' company Star Scientific", "John Smith's
// firm, Blue Harbor Holdings,": the company is the person's (named after
// the noun, at most after a comma).
func (d *doc) personsCompany(si, mi, j int) bool {
	s := &d.sents[si]
	m := &d.mentions[mi]
	if m.pronoun || d.ents[m.ent].typ != TypePerson || j+1 >= s.t1 || !ownCompanyNouns[d.toks[j].lower] {
		return false
	}
	n := j + 1
	if d.toks[n].text == "," && n+1 < s.t1 {
		n++
	}
	om := d.toks[n].mention
	if om < 0 || d.mentions[om].t0 != n || d.mentions[om].ent < 0 || d.mentions[om].modifier || d.ents[d.mentions[om].ent].typ != TypeOrg || d.partyName(&d.mentions[om]) {
		return false
	}
	if e := d.mentions[om].t1; e < s.t1 && d.toks[e].text != "," && d.toks[e].text != "." && !isVerb(d.toks[e].tag) {
		return false
	}
	d.add(si, argument{ment: om}, "company of", argument{ment: mi}, nil, nil, confPossess, false)
	return true
}

// ownCompanyNouns name the company a person has ("his company X").
var ownCompanyNouns = set("company", "firm", "business", "businesses", "companies")

// partyOf: "Tsvangirai's Movement for Democratic Change party", "Blair's
// Labour Party": the party a person owns is the one they lead.
func (d *doc) partyOf(si, mi, j int) bool {
	s := &d.sents[si]
	m := &d.mentions[mi]
	if m.pronoun && (m.kind == MentionNominal || !possPronouns[d.toks[m.t0].lower]) || d.ents[m.ent].typ != TypePerson || j >= s.t1 {
		return false
	}
	if r := d.pastRuling(s, j); m.pronoun && r > j && r+1 < s.t1 && d.toks[r].lower == "party" {
		j = r // "her ruling party, Chama Cha Mapinduzi"
	}
	partyFirst := j+1 < s.t1 && d.toks[j].lower == "party"
	if partyFirst {
		j++ // "Evo Morales' party MAS", "Morales's party, MAS,"
		if d.toks[j].text == "," && j+1 < s.t1 {
			j++
		}
		if d.toks[j].lower == "the" && j+1 < s.t1 {
			j++ // "her ruling party, the National Unity Party,"
		}
	}
	om := d.toks[j].mention
	if om < 0 || d.mentions[om].t0 != j || d.mentions[om].ent < 0 || d.ents[d.mentions[om].ent].typ != TypeOrg {
		return false
	}
	e := d.mentions[om].t1
	ruling := !partyFirst && !m.pronoun && e < s.t1 && (d.toks[e].lower == "government" || d.toks[e].lower == "administration") && (partyName(d.ents[d.mentions[om].ent].name) || isAcronymWord(d.mtext(&d.mentions[om])))
	if !partyFirst && !ruling && d.toks[e-1].lower != "party" && (e >= s.t1 || d.toks[e].lower != "party") {
		return false // (but "President Michael Sata's PF government", "Blair's Labour government": the leader's party governs)
	}
	if m.pronoun {
		// "his Chadema party", "her ruling party, X": the person's party
		d.add(si, argument{ment: mi, weak: true}, "member of", argument{ment: om}, nil, nil, confPossess, false)
		return true
	}
	d.add(si, argument{ment: mi}, "leader of", argument{ment: om}, nil, nil, confPossess, false)
	return true
}

// openingPhrase: mention m is all of a sentence's opening prepositional
// phrase before a comma ("In Argentina, Suez's subsidiary"), no apposition.
func (d *doc) openingPhrase(m *mention) bool {
	s := &d.sents[m.sent]
	return m.t0-1 == s.t0 && d.toks[s.t0].tag == "IN" && m.t1 < s.t1 && d.toks[m.t1].text == ","
}

// groupApposition: "Iran, a longtime backer of Hamas," -> Iran -backer of-> Hamas.
func (d *doc) groupApposition(si, mi int) {
	s := &d.sents[si]
	m := &d.mentions[mi]
	j := m.t1
	if j+2 >= s.t1 || d.toks[j].text != "," || d.openingPhrase(m) {
		return
	}
	j++
	// "China, North Korea's main ally," -> China -ally of-> North Korea
	if om := d.toks[j].mention; om >= 0 && d.mentions[om].ent >= 0 && d.mentions[om].t1+1 < s.t1 && d.toks[d.mentions[om].t1].text == "'s" {
		k := d.mentions[om].t1 + 1
		for k < s.t1 && (d.toks[k].tag == "JJ" || d.toks[k].tag == "JJS") && d.toks[k].mention < 0 {
			k++
		}
		if k < s.t1 && orgCues[d.toks[k].lower] && d.isOrg(mi) && d.isPlace(om) {
			return // "BT, Britain's biggest supplier,": a company based there (placedNames)
		}
		if k+1 < s.t1 && (relationNouns[d.toks[k].lower] || relationNouns[d.x.lem.Lemma(d.toks[k].lower)]) && (d.toks[k+1].text == "," || d.toks[k+1].tag == "VBZ" || d.toks[k+1].tag == "VBD" || d.withPhraseEnd(s, k+1) > k+1) {
			// (also "BlackRock, Valmorel's largest shareholder with a stake
			// of about 9 per cent,")
			for _, sb := range append([]argument{{ment: mi}}, d.coordLeft(si, m)...) {
				d.add(si, sb, d.x.lem.Lemma(d.toks[k].lower)+" of", argument{ment: om}, nil, nil, confApposit, false)
			}
		}
		return
	}
	if l := d.toks[j].lower; l == "a" || l == "an" || l == "the" {
		j++
	}
	if c, noun := d.stateRelationNoun(si, j); c >= 0 && d.mentions[c].ent != m.ent {
		// "The SDF, a key US ally in the fight against IS,", "Belarus, a
		// close Russian ally,": the state named before the noun
		for _, sb := range append([]argument{{ment: mi}}, d.coordLeft(si, m)...) {
			d.add(si, sb, noun+" of", argument{ment: c}, nil, nil, confApposit, false)
		}
		return
	}
	former := false // "Gazpromneft, a former unit of Gazprom,": no longer
	if n := d.mentionAt(j, s); n >= 0 && d.mentions[n].t0 == j && d.mentions[n].ent >= 0 && d.ents[d.mentions[n].ent].typ == TypeGPE && d.mentions[n].ent != m.ent {
		if e := d.mentions[n].t1; e+1 < s.t1 && d.toks[e].mention < 0 && relationNouns[d.toks[e].lower] && d.toks[e+1].lower == "of" {
			j = e // "Chrysler, the US unit of DaimlerChrysler,", "Vauxhall, the British arm of GM,": past the unit's country
		}
	}
	for j < s.t1 && (d.toks[j].tag == "JJ" || d.toks[j].tag == "JJS" || d.toks[j].tag == "RB" || d.toks[j].tag == "CD" || d.toks[j].text == "%" || d.toks[j].tag == "NN" && j+1 < s.t1 && isNoun(d.toks[j+1].tag)) && d.toks[j].mention < 0 {
		former = former || d.toks[j].lower == "former"
		j++
	}
	if j+1 >= s.t1 || !rolePreps[d.toks[j+1].lower] {
		return
	}
	noun := d.toks[j].lower
	if orgCues[noun] && j-1 > m.t1 && relationNouns[d.toks[j-1].lower] {
		noun = d.toks[j-1].lower // "DaimlerChrysler, parent company of Chrysler"
	}
	if !relationNouns[noun] {
		noun = d.x.lem.Lemma(noun) // "long-time rivals of Iran"
		if !relationNouns[noun] {
			return
		}
	}
	obj := d.firstArg(si, j+2, 6, false)
	if obj < 0 {
		return
	}
	subs := []argument{{ment: mi}}
	if d.toks[j].lower != noun {
		// "Saudi Arabia and the UAE, long-time rivals of Iran,"; not "Deutsche
		// Bank and Gazpromneft, a former unit of Gazprom,"
		subs = append(subs, d.coordLeft(si, m)...)
	}
	pred := noun + " " + d.toks[j+1].lower
	if former {
		pred = "former " + pred
	}
	for _, sb := range subs {
		d.add(si, sb, pred, argument{ment: obj}, nil, nil, confApposit, false)
	}
}

// agentVerb returns the verb of a role predicate built on an agent noun
// ("suspected killer of" -> "kill") and whether the act is only alleged.
func agentVerb(pred string) (verb string, alleged bool) {
	t, ok := strings.CutSuffix(pred, " of")
	if !ok {
		return "", false
	}
	w := strings.Fields(t)
	v, ok := agentNouns[w[len(w)-1]]
	if !ok {
		return "", false
	}
	for _, x := range w[:len(w)-1] {
		if x == "alleged" || x == "suspected" || x == "accused" || x == "would-be" {
			alleged = true
		}
	}
	return v, alleged
}

// appointVerbs give their object the post after "as": "named Kelley
// Sullivan as acting president of X"; servingVerbs their subject: "she
// served as director of X".
var (
	leavingVerbs = set("resign", "quit", "retire", "step")
	asParticles  = set("in", "down", "up", "on", "over") // "sworn in as", "stepped down as", "took over as"
	appointVerbs = set("appoint", "name", "install", "reinstall", "reinstate", "elect", "reelect", "nominate", "choose", "pick", "select", "confirm", "hire", "tap", "designate", "swear", "promote")
	servingVerbs = set("serve", "act", "work", "remain", "stay", "continue", "return", "resign", "step", "retire", "quit", "take", "join", "start")
	postNouns    = set("post", "role", "position", "job", "seat", "office", "duties", "tenure", "time", "stint",
		"appointment", "election", "nomination", "spell", "reign", "term")
)

// asTitle: "named Kelley Sullivan as acting president of the Middle East
// Broadcasting Network", "reinstalled Bay Fang to her post as president of
// Radio Free Asia", "Robert Reilly, whom Pack appointed as VOA director",
// "she served as head of the agency": the person the post is given to
// holds it at the organisation or country after "of" (or before the title).
func (d *doc) asTitle(si int) {
	s := &d.sents[si]
	for i := s.t0 + 1; i+2 < s.t1; i++ {
		if d.toks[i].lower != "as" {
			continue
		}
		j := i + 1
		if l := d.toks[j].lower; l == "a" || l == "an" || l == "the" {
			j++
		}
		if honorifics[d.toks[j].lower] && j+1 < s.t1 && d.toks[j+1].mention >= 0 {
			j++ // "serve as Mr Ghosn's deputy": the name after the honorific
		}
		org := -1
		if m := d.toks[j].mention; m >= 0 && d.mentions[m].t0 == j && d.postHolder(m) {
			org, j = m, d.mentions[m].t1 // "as VOA director"
			if j+1 < s.t1 && d.toks[j].text == "'s" {
				j++ // "sworn in as Pakistan's prime minister"
			}
		} else if m >= 0 && d.mentions[m].t0 == j && d.mentions[m].ent >= 0 && d.ents[d.mentions[m].ent].typ == TypePerson && d.mentions[m].t1+1 < s.t1 && d.toks[d.mentions[m].t1].text == "'s" && (serviceTitles[d.toks[d.mentions[m].t1+1].lower] || d.toks[d.mentions[m].t1+1].lower == "deputy") {
			org, j = m, d.mentions[m].t1+1 // "serve as Carlos Ghosn's deputy"
		}
		k := j
		var words []string
		var also []string // "as director and vice-chairman of X": both posts
		for k < s.t1 && (d.toks[k].mention < 0 || org >= 0 && d.titleToken(k)) && (isLowerCompound(d.toks[k].text) || org >= 0) && d.isTitleWord(d.toks[k].lower) {
			// ("his second term as US President": capitalised after the country)
			words = append(words, d.toks[k].lower)
			k++
			if k+1 < s.t1 && d.toks[k].lower == "and" && also == nil && titleHeads[words[len(words)-1]] && d.toks[k+1].mention < 0 && isLowerCompound(d.toks[k+1].text) && d.isTitleWord(d.toks[k+1].lower) {
				also, words = words, nil
				k++
			}
		}
		if len(words) == 0 || !titleHeads[words[len(words)-1]] || words[len(words)-1] == "champion" {
			continue
		}
		if k < s.t1 && (isVerb(d.toks[k].tag) || d.toks[k].tag == "MD") {
			continue // "as the Brazilian midfielder comes closer": a clause
		}
		prep := "of"
		conf := confTitle - 0.05
		title := strings.Join(words, " ")
		joined, joinVerb := d.joinedOrg(s, i)
		if org < 0 && k < s.t1 && (d.toks[k].lower == "of" || d.toks[k].lower == "at" || d.toks[k].lower == "for") && k+1 < s.t1 {
			prep = d.toks[k].lower
			k++
			if d.toks[k].lower == "the" && k+1 < s.t1 {
				k++
			}
			if m := d.toks[k].mention; m >= 0 && d.mentions[m].t0 == k && d.postHolder(m) {
				org = m // (a title's "for" is written "of" by rolePredicate)
			}
		} else if org < 0 && cabinetTitle(title) {
			// "Draghi was sworn in as prime minister", "resigned as home
			// secretary": the story's country
			if c := d.mainCountry(); c >= 0 {
				org, conf = d.firstRealMention(c), confGazRole
			}
		} else if org < 0 && joined >= 0 {
			org = joined // "joined Goldman Sachs in 1998 as chief economist"
		} else if org < 0 && companyTitles[title] {
			// "Stuart Rose, who took over as chief executive last month,"
			// in a story about M&S: the story's company's
			if c := d.mainOrg(); c >= 0 && d.lastOrgBefore(i, 3) == c {
				org, conf = d.firstRealMention(c), confGazRole-0.1
			}
		}
		if org < 0 {
			continue
		}
		posts := []string{title}
		if also != nil {
			posts = append(posts, strings.Join(also, " "))
		}
		h := d.asHolder(si, i)
		if h < 0 && joined >= 0 && joined == org {
			h = d.personSubjectOf(si, joinVerb) // "X joined Y in 1998 as": the joining verb's subject
		}
		if h < 0 {
			continue
		}
		left := d.leftPost(s, i) || d.servedOnce(s, i) // "resigned as chairman of Barclays", "stepped down as", "previously served as"
		if n := d.successor(si, h, i); n >= 0 {
			// "X succeeded Y as chairman of Z": X holds it, Y held it
			for _, post := range posts {
				d.add(si, argument{ment: h}, "former "+post+" "+prep, argument{ment: org}, nil, nil, conf, false)
			}
			h = n
		}
		for _, post := range posts {
			if left {
				post = "former " + post
			}
			d.add(si, argument{ment: h}, post+" "+prep, argument{ment: org}, nil, nil, conf, false)
		}
	}
}

// joinedOrg returns the organisation a verb of joining before the "as" at
// token i takes its subject into ("joined Goldman Sachs in 1998 as chief
// economist", "rejoined the BBC as") and the verb's token, or -1.
func (d *doc) joinedOrg(s *sent, i int) (int, int) {
	for k := i - 1; k > s.t0 && k >= i-8; k-- {
		t := &d.toks[k]
		if t.text == "," || t.lower == "and" || t.lower == "who" {
			return -1, -1
		}
		if !isVerb(t.tag) {
			continue
		}
		if l := d.lemma(t); l != "join" && l != "rejoin" {
			return -1, -1
		}
		j := k + 1
		if j < i && d.toks[j].lower == "the" {
			j++
		}
		if m := d.toks[j].mention; m >= 0 && d.mentions[m].t0 == j && d.isOrg(m) {
			return m, k
		}
		return -1, -1
	}
	return -1, -1
}

// personSubjectOf returns the first person among the subjects of the verb
// group ending at token v, or -1.
func (d *doc) personSubjectOf(si, v int) int {
	g := d.groupEndingAt(&d.sents[si], v)
	for _, sb := range d.subjects(si, &g) {
		if m := &d.mentions[sb.ment]; m.ent >= 0 && d.ents[m.ent].typ == TypePerson {
			return sb.ment
		}
	}
	return -1
}

// successor: "X succeeded Y as chairman", "X replaced Y as coach": Y
// (mention h, right before "as" at token i) was the object of a verb of
// succession whose subject X now holds the post; it returns X's mention,
// or -1.
func (d *doc) successor(si, h, i int) int {
	s := &d.sents[si]
	m := &d.mentions[h]
	if m.t1 != i || m.title0-1 < s.t0 {
		return -1
	}
	v := m.title0 - 1
	for k := 0; k < 3 && v > s.t0 && !successionVerbs[d.lemma(&d.toks[v])] && (d.toks[v].lower == "the" || d.toks[v].tag == "JJ" || d.toks[v].tag == "VBN" || d.toks[v].tag == "VBG" || titleMods[d.toks[v].lower]); k++ {
		v-- // "replaced the sacked Alun Jenkins as": past the object's article and epithet
	}
	if !isVerb(d.toks[v].tag) || !successionVerbs[d.lemma(&d.toks[v])] {
		return -1
	}
	if a := v - 2; a > s.t0 && d.toks[v-1].lower == "to" {
		// "X was appointed to succeed Y as Scotland manager", "named X to
		// replace Y as": Y held the post X was given
		x := -1
		if p := d.toks[a].mention; p >= 0 && d.mentions[p].t1 == v-1 && d.mentions[p].title0-1 > s.t0 {
			x, a = p, d.mentions[p].title0-1 // (the active's appointee)
		}
		if d.toks[a].tag != "VBN" && d.toks[a].tag != "VBD" || !appointVerbs[d.lemma(&d.toks[a])] {
			return -1 // "will replace Y as", "is set to succeed Y as": not yet
		}
		if x < 0 {
			x = d.personSubjectOf(si, a)
		}
		if x < 0 || d.mentions[x].ent < 0 || d.ents[d.mentions[x].ent].typ != TypePerson || d.mentions[x].ent == m.ent {
			return -1
		}
		return x
	}
	g := d.groupEndingAt(s, v)
	for k := g.g0; k < v; k++ {
		if d.toks[k].tag == "MD" || d.toks[k].lower == "to" {
			return -1 // "will replace Y as": not yet
		}
	}
	if d.toks[v].tag != "VBD" && d.toks[v].tag != "VBN" {
		return -1
	}
	subs := d.subjects(si, &g)
	if len(subs) != 1 || d.mentions[subs[0].ment].ent < 0 || d.ents[d.mentions[subs[0].ment].ent].typ != TypePerson || d.mentions[subs[0].ment].ent == m.ent {
		return -1
	}
	return subs[0].ment
}

// successionVerbs put their subject in their object's post.
var successionVerbs = set("succeed", "replace")

// postHolder: mention m names an organisation or a country that has posts.
func (d *doc) postHolder(m int) bool {
	if d.mentions[m].ent < 0 || d.mentions[m].modifier && d.mentions[m].kind != MentionDemonym {
		return false
	}
	t := d.ents[d.mentions[m].ent].typ
	return t == TypeOrg || t == TypeGPE
}

// asHolder finds who takes the post named after "as" at token i: the
// person just before it ("named X as"), the owner of "her post as", the
// object of an appointing verb or the subject of a serving verb (through
// "who"/"whom" to the person the clause describes); or -1.
// leftPost: the verb before "as" at token i says a post was left ("resigned
// as", "stepped down as"), in the past and not denied ("will not quit as"
// and "would step down as" keep the post).
func (d *doc) leftPost(s *sent, i int) bool {
	v := d.verbBeforeAs(s, i)
	if v <= s.t0 || !leavingVerbs[d.lemma(&d.toks[v])] || d.toks[v].tag != "VBD" && d.toks[v].tag != "VBN" {
		return false
	}
	for k := v - 1; k >= s.t0 && k >= v-3; k-- {
		if l := d.toks[k].lower; d.toks[k].tag == "MD" || l == "not" || l == "n't" || l == "never" {
			return false
		}
	}
	return true
}

// servedOnce: the past of a verb of serving before "as" at token i says
// the post is over: "previously", "formerly" or "once" before it ("who
// previously served as Djibouti's ambassador"), or a span of years that
// ended after it ("served as finance minister from 2015 to 2017", "until
// 2019").
func (d *doc) servedOnce(s *sent, i int) bool {
	v := i - 1
	for v > s.t0 && (d.toks[v].tag == "RB" || d.toks[v].tag == "RP") {
		v--
	}
	if v <= s.t0 || d.toks[v].tag != "VBD" && d.toks[v].tag != "VBN" || !servingVerbs[d.lemma(&d.toks[v])] {
		return false
	}
	for k := max(v-3, s.t0); k < i; k++ {
		if onceAdverbs[d.toks[k].lower] {
			return true // before the verb or between it and "as"
		}
	}
	for k := i + 1; k+1 < s.t1 && k < i+14; k++ {
		if d.toks[k].text == "," && k > i+4 {
			break
		}
		if d.endedSpanAt(k, s.t1) {
			return true
		}
	}
	return false
}

// endedSpanAt: the words from token k (before end) tell a span of time
// that ended: "until 2019", "from 2015 to 2017", "from 1983 until 1992",
// "from 1994-96", "between 1983 and 1992".
func (d *doc) endedSpanAt(k, end int) bool {
	num := func(j int) bool { return j < end && d.toks[j].tag == "CD" }
	word := func(j int) string {
		if j < end {
			return d.toks[j].lower
		}
		return ""
	}
	switch d.toks[k].lower {
	case "until", "till":
		return num(k + 1)
	case "from":
		if !num(k + 1) {
			return false
		}
		if strings.Contains(d.toks[k+1].text, "-") {
			return true // "1994-96"
		}
		n := word(k + 2)
		return (n == "to" || n == "until" || n == "till" || n == "-" || n == "–") && num(k+3)
	case "between":
		return num(k+1) && word(k+2) == "and" && num(k+3)
	}
	return false
}

// onceAdverbs put a post in the past ("previously served as").
var onceAdverbs = set("previously", "formerly", "once", "earlier")

// verbBeforeAs returns the token of the verb before "as" at token i, past
// an adverb or a particle ("sworn in as", "stepped down as"): i-1 or i-2.
func (d *doc) verbBeforeAs(s *sent, i int) int {
	v := i - 1
	if (d.toks[v].tag == "RB" || d.toks[v].tag == "RP" || asParticles[d.toks[v].lower]) && v-1 >= s.t0 {
		v--
	}
	return v
}

func (d *doc) asHolder(si, i int) int {
	s := &d.sents[si]
	person := func(m int) int {
		if m >= 0 && d.mentions[m].ent >= 0 && d.ents[d.mentions[m].ent].typ == TypePerson {
			return m
		}
		return -1
	}
	if m := d.toks[i-1].mention; m >= 0 && d.mentions[m].t1 == i {
		return person(m)
	}
	if i-2 >= s.t0 && postNouns[d.toks[i-1].lower] {
		// "to her post as", "in his new role as"
		k := i - 2
		if d.toks[k].tag == "JJ" && k-1 >= s.t0 {
			k--
		}
		if d.toks[k].tag != "PRP$" {
			return -1
		}
		if k-2 >= s.t0 && d.toks[k-1].lower == "to" && d.toks[k-2].mention >= 0 && d.mentions[d.toks[k-2].mention].t1 == k-1 {
			return person(d.toks[k-2].mention) // "reinstalled Bay Fang to her post as"
		}
		for v := s.t0; v < k; v++ {
			if isVerb(d.toks[v].tag) {
				return person(d.toks[k].mention)
			}
		}
		return -1 // "In his new role as chief executive, Smith": the subject after it
	}
	v := d.verbBeforeAs(s, i)
	t := &d.toks[v]
	if !isVerb(t.tag) {
		return -1
	}
	lem := d.lemma(t)
	var want []string
	switch {
	case appointVerbs[lem] && t.tag == "VBN" && v-1 >= s.t0 && (beVerbs[d.toks[v-1].lower] || d.toks[v-1].lower == "been" || d.toks[v-1].lower == "being"):
		want = []string{"nsubj:pass"}
	case appointVerbs[lem]:
		want = []string{"obj"}
	case servingVerbs[lem]:
		want = []string{"nsubj"}
	default:
		return -1
	}
	for k := s.t0; k < s.t1; k++ {
		if d.toks[k].head != v || !slices.Contains(want, d.toks[k].rel) {
			continue
		}
		if m := d.toks[k].mention; m >= 0 {
			return person(m)
		}
		if l := d.toks[k].lower; l == "who" || l == "whom" {
			// "Robert Reilly, whom Pack appointed as": the person the
			// clause describes, just before it
			if a := d.antecedent(s, k); a >= 0 {
				return person(a)
			}
		}
	}
	if c := d.controllerSubject(s, v); c >= 0 && want[0] == "nsubj" {
		return person(c) // "Keegan has decided to step down as City manager"
	}
	if d.toks[v].head < 0 && want[0] != "obj" {
		// an unparsed sentence (one name only: "Draghi was sworn in as
		// prime minister"): the name opening the verb's clause
		g := d.groupEndingAt(s, v)
		if b := g.g0 - 1; b >= s.t0 {
			if m := d.toks[b].mention; m >= 0 && d.mentions[m].t1 == b+1 {
				return person(m)
			}
			if l := d.toks[b].lower; l == "who" {
				return person(d.antecedent(s, b)) // "Stuart Rose, who took over as"
			}
		}
	}
	return -1
}

// commaTitle: "the Armenian President, Serzh Sargsyan, ordered",
// "Israel's prime minister, Benjamin Netanyahu.": a country or organisation,
// a title, a comma and the name, closed by a comma or the sentence's end.
func (d *doc) commaTitle(si, mi int) bool {
	s := &d.sents[si]
	m := &d.mentions[mi]
	e := m.t1
	if e < s.t1 && (postNominals[d.toks[e].text] || memberLetters[d.toks[e].text]) {
		e++ // "Scottish Finance Minister, Tom McCabe MSP, said"
	}
	n0 := m.t0
	if l := d.toks[max(n0-1, s.t0)].lower; n0-1 > s.t0 && (peerTitles[l] || rankTitles[l] || plainHonorifics[l]) && isCapital(d.toks[n0-1].text) {
		n0-- // "the Lord Chancellor, Lord Falconer,", "the service's commander, Colonel X,", "the trust's chief executive, Dr X,"
	}
	for _, r := range []int{n0, n0 - 1} {
		if r-1 <= s.t0 {
			break
		}
		if reverendTitles[d.toks[r].lower] && d.toks[r-1].lower == "the" {
			n0 = r - 1 // "the trust's chair, the Reverend Paul Okafor,"
			break
		}
	}
	if n0-3 < s.t0 || d.toks[n0-1].text != "," || e < s.t1 && d.toks[e].text != "," && d.toks[e].text != "." && d.toks[e].text != "(" {
		return false
	}
	k := n0 - 2
	host := -1
	if p := d.toks[k].mention; p >= 0 && d.mentions[p].t1 == k+1 && d.isPlace(p) && d.mentions[p].t0-2 > s.t0 && (d.toks[d.mentions[p].t0-1].lower == "in" || d.toks[d.mentions[p].t0-1].lower == "at") {
		k = d.mentions[p].t0 - 2 // "The BBC's correspondent in Jakarta, Rachel Harvey,", "the SNP's leader at Westminster, X,": the post's place
	} else if p >= 0 && d.mentions[p].t1 == k+1 && (d.isPlace(p) || d.isOrg(p)) {
		// "Japan's ambassador to China, Hideo Tarumi,", "China's envoy to
		// the United Nations, X,": the post's host (its own relation),
		// then the country that sends the envoy
		if b := d.skipTheBack(s, d.mentions[p].t0-1); b-1 > s.t0 && d.toks[b].lower == "to" && envoyTitles[d.toks[b-1].lower] {
			k, host = b-1, p
		} else if b-1 > s.t0 && d.toks[b].lower == "for" && envoyTitles[d.toks[b-1].lower] && d.isPlace(p) {
			k, host = b-1, p // "The African Union's special envoy for the Horn of Africa, X,"
		}
	}
	var words []string
	for k >= s.t0 && d.noEntityAt(k) && (d.isTitleWord(d.toks[k].lower) && (!courtesyTitles[d.toks[k].lower] || d.toks[k].lower == "lord" && len(words) == 1 && lordPosts[words[0]]) || d.portfolioLink(k, words)) {
		words = append([]string{d.toks[k].lower}, words...) // ("the Lord Chancellor, Lord Falconer,"; "Kenya's Minister for Health, X,")
		k--
	}
	if len(words) > 0 && titleHeads[words[len(words)-1]] && k > s.t0 {
		// "Zambian high court judge, Flugence Chisanga, ruled": lower-case
		// words of a public post between the country and its head (not
		// "by a US record executive, X")
		q := k
		for q > s.t0 && q > k-3 && d.noEntityAt(q) && isLowerWord(d.toks[q].text) && (d.toks[q].tag == "JJ" || d.toks[q].tag == "NN") {
			q--
		}
		if dm := d.mentionAt(q, s); q < k && dm >= 0 && d.mentions[dm].t1 == q+1 && d.mentions[dm].ent >= 0 && d.ents[d.mentions[dm].ent].typ == TypeGPE && officeHeads[words[len(words)-1]] {
			for j := k; j > q; j-- {
				words = append([]string{d.toks[j].lower}, words...)
			}
			k = q
		}
	}
	if len(words) > 0 && titleHeads[words[len(words)-1]] && k-1 > s.t0 && d.toks[k].lower == "and" && isCapital(d.toks[k+1].text) && titleHeads[d.toks[k-1].lower] && d.noEntityAt(k-1) {
		// "Airbus President and Chief Executive Officer, Tom Enders,": two
		// posts of one holder; the first names him
		var first []string
		q := k - 1
		for q >= s.t0 && d.noEntityAt(q) && d.isTitleWord(d.toks[q].lower) && !courtesyTitles[d.toks[q].lower] && isCapital(d.toks[q].text) {
			first = append([]string{d.toks[q].lower}, first...)
			q--
		}
		if am := d.mentionAt(q, s); len(first) > 0 && hasHead(first) && am >= 0 && d.mentions[am].t1 == q+1 && d.isOrg(am) {
			d.add(si, argument{ment: mi}, strings.Join(first, " ")+" of", argument{ment: am}, nil, nil, confTitle-0.05, false)
			return true
		}
		return false
	}
	if len(words) == 0 || !titleHeads[words[len(words)-1]] && !(hasHead(words) && (slices.Contains(words, "for") || slices.Contains(words, "of"))) {
		return false // ("Minister for Health": the head before the portfolio)
	}
	words = dropLeading(words, stanceMods)
	title := strings.Join(words, " ")
	if k < s.t0 {
		if cabinetTitle(title) && e < s.t1 && d.toks[e].text == "," && isCapital(d.toks[s.t0].text) {
			// "Justice Minister, Sebastian Zulu, issued a statement": a post
			// opening the sentence is the story's country's
			return d.storyPost(si, mi, title)
		}
		return false
	}
	if d.toks[k].lower == "the" && cabinetTitle(title) && e < s.t1 && d.toks[e].text == "," {
		// "the Foreign Minister, Jose Ramos Horta, resigned": the story's country's
		return d.storyPost(si, mi, title)
	}
	if q := k; professionNouns[words[len(words)-1]] {
		for q > s.t0 && d.toks[q].tag == "JJ" && isLowerWord(d.toks[q].text) && d.noEntityAt(q) {
			q-- // "independent journalist"
		}
		if q-1 > s.t0 && d.toks[q].lower == "and" && professionNouns[d.toks[q-1].lower] && d.noEntityAt(q-1) {
			q -= 2 // "Cuban blogger and independent journalist, X,"
		}
		if dm := d.mentionAt(q, s); dm >= 0 && d.mentions[dm].kind == MentionDemonym && d.mentions[dm].t1 == q+1 && d.mentions[dm].ent >= 0 && d.ents[d.mentions[dm].ent].typ == TypeGPE {
			// "Cuban blogger, Luis Felipe Rojas,": a trade's nationality
			d.add(si, argument{ment: mi}, "from", argument{ment: dm}, nil, nil, confTitle-0.05, false)
			return true
		}
	}
	am := d.toks[k].mention
	if d.toks[k].text == "'s" && k-1 >= s.t0 {
		am = d.toks[k-1].mention
	} else if am < 0 || !d.determinedName(d.mentions[am].t0) && !(d.mentions[am].ent >= 0 && d.ents[d.mentions[am].ent].typ == TypeOrg && !d.mentions[am].modifier && titleHeads[words[len(words)-1]]) && !(publicPost(title) && d.opensClause(d.mentions[am].t0)) {
		// "the" before the country: not "Trump praised Japanese leaders,
		// Abe" (but "LTA chief executive, John Crowther,", and a public
		// post that opens its clause: "Last week, Argentine Economy
		// Minister, Roberto Lavagna, said", "Zambian high court judge, X,
		// ruled")
		return false
	}
	if am < 0 || !d.postHolder(am) {
		return false
	}
	if !(d.mentions[am].t0 > s.t0 && d.toks[d.mentions[am].t0-1].lower == "the") && d.toks[k].text != "'s" && d.ents[d.mentions[am].ent].typ == TypeGPE && !govTitle(title) && !clubTitle(title) && !(publicPost(title) && d.opensClause(d.theBefore(s, d.mentions[am].t0))) {
		// (but a public post opening its clause: "Zambian high court
		// judge, X, ruled")
		return false // "A rare US nominee, Scarlett Johansson," (but "A crestfallen France coach, X,")
	}
	b := min(k+1, d.mentions[am].t0)
	if r, nb := d.rankBefore(b); r != "" && !strings.Contains(title, r) {
		title, b = r+" "+title, nb // "The deputy Labour leader, John Prescott,"
	}
	if d.formerTitle(b, -1) {
		title = asFormer(title) // "The former Barclays chief executive, X,"
	}
	d.add(si, argument{ment: mi}, title+" of", argument{ment: am}, nil, nil, confTitle-0.05, false)
	if host >= 0 && d.mentions[host].ent != d.mentions[am].ent {
		d.add(si, argument{ment: mi}, title+" to", argument{ment: host}, nil, nil, confTitle-0.05, false)
	}
	return true
}

// pastRuling returns the token after a party's "ruling" or "governing"
// at token k of sentence s ("the ruling New Patriotic Party"), or k.
func (d *doc) pastRuling(s *sent, k int) int {
	if k+1 < s.t1 && (d.toks[k].lower == "ruling" || d.toks[k].lower == "governing") && d.toks[k].mention < 0 {
		return k + 1
	}
	return k
}

// noEntityAt: token k names no entity (a title's own mention names none).
func (d *doc) noEntityAt(k int) bool {
	return d.toks[k].mention < 0 || d.mentions[d.toks[k].mention].ent < 0
}

// memberLetters follow a member's name: "Tom McCabe MSP".
var memberLetters = set("MP", "MSP", "MEP", "AM", "MLA", "TD")

// rankBefore returns the rank word right before token t, which qualifies
// the post named after the organisation that follows it ("deputy" of
// "deputy Labour leader", "Acting" of "Acting Tesco chairman"), and the
// rank's token; or "" and t.
func (d *doc) rankBefore(t int) (string, int) {
	if t < 1 || d.toks[t-1].sent != d.toks[t].sent || d.toks[t-1].mention >= 0 {
		return "", t
	}
	if r := strings.ToLower(d.toks[t-1].text); rankWords[r] {
		return r, t - 1
	}
	return "", t
}

// companyWords stand for the story's company before a post ("company
// spokesman X").
var companyWords = set("company", "firm")

// bodyKindBefore name the kind of a body named before, whose spokesman a
// post after them names ("Ministry spokesperson X", "council spokesman X").
var bodyKindBefore = set("ministry", "council", "court", "commission", "agency", "department", "group", "board", "authority")

// rankWords make a post a lesser or a temporary one.
var rankWords = set("deputy", "vice", "acting", "interim", "assistant", "joint")

// skipTheBack returns token k, or the token before it when k is "the".
func (d *doc) skipTheBack(s *sent, k int) int {
	if k-1 >= s.t0 && d.toks[k].lower == "the" {
		return k - 1
	}
	return k
}

// theBefore returns the "the" right before token t, or t.
func (d *doc) theBefore(s *sent, t int) int {
	if t > s.t0 && d.toks[t-1].lower == "the" {
		return t - 1
	}
	return t
}

// opensClause: token t opens its sentence or follows a comma.
func (d *doc) opensClause(t int) bool {
	return t == d.sents[d.toks[t].sent].t0 || d.toks[t-1].text == ","
}

// determinedName: the name at token t follows "the" or "a", maybe past
// adjectives ("the Armenian President", "A crestfallen France coach").
func (d *doc) determinedName(t int) bool {
	s := &d.sents[d.toks[t].sent]
	for k := t - 1; k >= s.t0 && k >= t-3; k-- {
		switch {
		case d.toks[k].lower == "the" || d.toks[k].lower == "a":
			return true
		case d.toks[k].tag == "JJ" && d.toks[k].mention < 0:
		default:
			return false
		}
	}
	return false
}

// personNounLike: w, a lower-case noun, names a person by a trade ("ecologist",
// "lecturer", "researcher"): an agent suffix or a known profession.
func (d *doc) personNounLike(w string) bool {
	if professionNouns[w] || d.personNoun(w) || plainPersonNouns[w] {
		return true
	}
	for _, suf := range []string{"ist", "er", "or", "ian"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 && !notPersonWords[w] {
			return true
		}
	}
	return false
}

// tradeRun reads a person's trade from token j: up to two lower-case
// words before a noun a person is named by ("plant physiologist"), or two
// such nouns joined by "and" ("ecologist and entomologist"). It returns the
// first trade's noun and the token after the run, or "".
func (d *doc) tradeRun(s *sent, j int) (string, int) {
	trade := ""
	for k := j; k < s.t1 && k < j+3; k++ {
		t := &d.toks[k]
		if t.mention >= 0 || !isLowerWord(t.text) || t.tag != "NN" && t.tag != "JJ" {
			break
		}
		if t.tag == "NN" && d.personNounLike(t.lower) {
			trade = t.lower
			if k+2 < s.t1 && d.toks[k+1].lower == "and" && d.toks[k+2].tag == "NN" && d.toks[k+2].mention < 0 && isLowerWord(d.toks[k+2].text) && d.personNounLike(d.toks[k+2].lower) {
				k += 2
			}
			return trade, k + 1
		}
	}
	return "", j
}

// tradeWords reads up to three lower-case nouns and adjectives from token
// j ending in a noun of a trade ("resident scholar", "senior fellow"),
// and returns them and the token after them; or nil.
func (d *doc) tradeWords(s *sent, j int) ([]string, int) {
	var words []string
	k := j
	for k < s.t1 && k < j+3 && d.toks[k].mention < 0 && isLowerWord(d.toks[k].text) && (d.toks[k].tag == "NN" || d.toks[k].tag == "JJ") {
		words = append(words, d.toks[k].lower)
		k++
	}
	if len(words) == 0 || d.toks[k-1].tag != "NN" || !d.personNounLike(words[len(words)-1]) {
		return nil, j
	}
	return words, k
}

// plainPersonNouns name people by age, sex or trade without an "-er":
// "a 45-year-old man from Leeds", "a nurse from Bolton".
var plainPersonNouns = set("man", "woman", "boy", "girl", "teenager", "youth", "pupil", "nurse", "mother", "father", "mum", "dad",
	"grandmother", "grandfather", "widow", "widower", "mechanic", "resident", "veteran", "chef", "pensioner")

// apposedList: person mention m opens a list of two or more people's names
// closed by a comma or the sentence's end ("..., Helen Marchbank and
// Gareth Pryce, said").
func (d *doc) apposedList(si int, m *mention) bool {
	s := &d.sents[si]
	out, last := d.coordList(si, m)
	list, e := len(out) > 0, last.t1
	if e+1 < s.t1 && d.toks[e].lower == "and" {
		n := d.toks[e+1].mention
		if n < 0 || d.mentions[n].t0 != e+1 || d.mentions[n].ent < 0 || d.mentions[n].pronoun || d.ents[d.mentions[n].ent].typ != TypePerson {
			return false
		}
		list, e = true, d.mentions[n].t1
	}
	return list && (e >= s.t1 || d.toks[e].text == "," || d.toks[e].text == "." || d.toks[e].text == ";")
}

// partyTitle: a party's word stands in or before mention m's title
// ("former Conservative leader Iain Duncan Smith"): the post is the
// party's, not the country's.
func (d *doc) partyTitle(m *mention) bool {
	s := &d.sents[m.sent]
	for k := max(s.t0, m.title0-2); k < m.t0; k++ {
		if partyMembers[d.toks[k].lower] && isCapital(d.toks[k].text) {
			return true
		}
	}
	return false
}

// sittingPost: a post in lower case before mention m's name is its
// present holder's, after "the current" and the like ("the current
// president Boris Tadic", "the incumbent prime minister X").
func (d *doc) sittingPost(m *mention) bool {
	b := m.title0
	if b-1 >= d.sents[m.sent].t0 && !sittingWords[d.toks[b].lower] {
		b-- // ("the incumbent prime minister X": the word read no part of the post)
	}
	return b-1 >= d.sents[m.sent].t0 && sittingWords[d.toks[b].lower] && d.toks[b-1].lower == "the" && isLowerWord(d.toks[b].text)
}

// sittingWords say a post's holder holds it now.
var sittingWords = set("current", "incumbent", "sitting", "outgoing")

// storyPost gives person mention mi, named with a government title and no
// country, that post in the story's country (mainCountry), unless the
// gazetteer places the surname in another country ("President Bush" in a
// story about Cuba). It reports whether it did.
func (d *doc) storyPost(si, mi int, title string) bool {
	m := &d.mentions[mi]
	last := d.toks[m.t1-1]
	c := d.mainCountry()
	if pc := d.paragraphCountry(si); pc >= 0 {
		c = pc // "In Austria, Chancellor X resigned. He was succeeded by Foreign Minister Y": Austria's, in a story about Germany
	}
	peer := m.t0 > d.sents[si].t0 && peerTitles[d.toks[m.t0-1].lower]
	if c < 0 || d.ents[c].gaz == nil || m.t1-m.t0 == 1 && !peer && (len(last.text) <= 3 || d.x.lem.InDict(last.lower)) {
		// (a short surname in a full name is one: "Awad Ibn Auf"; so is
		// a peer's: "Lord Falconer")
		return false
	}
	if de := d.ents[m.ent]; (title == "king" || title == "queen") && de.gaz == nil && !strings.Contains(de.name, " ") {
		return false // "King Kong": a crown needs a known monarch
	}
	other := d.ents[m.ent].gaz == nil && m.t1-m.t0 >= 2 && !d.x.gaz.SurnameShares(d.toks[m.t0].text, last.text)
	if cs := d.x.gaz.SurnameCountries(last.text); len(cs) != 0 && !d.x.gaz.SurnameHolds(last.text, d.ents[c].gaz.Name) && !other {
		// ("President Bush" in a story about Cuba, "Defence Secretary Geoff
		// Hoon" in one about Scotland; but "President Michael Sata", named
		// in full, is no Genichiro Sata of Japan)
		return false
	} else if (len(cs) == 0 || other) && d.otherCountryNear(&d.sents[si], c, m) {
		return false // "The Sudanese military ousted President Omar al-Bashir" in a story about the US
	}
	d.add(si, argument{ment: mi}, title+" of", argument{ment: d.firstRealMention(c)}, nil, nil, confGazRole-0.1, false)
	return true
}

// becomingPost: a sentence that opens with the post its subject took
// ("After becoming President, Vladimir Putin consolidated", "Since
// becoming chief executive of Tesco in 2011, X has") gives the subject the
// post: of the body named, or of the story's country for a government's
// post named alone.
func (d *doc) becomingPost(si int) {
	s := &d.sents[si]
	j := s.body
	if j+3 >= s.t1 || !becomingOpeners[d.toks[j].lower] || d.toks[j+1].lower != "becoming" {
		return
	}
	k := j + 2
	if l := d.toks[k].lower; l == "the" || l == "a" || l == "an" {
		k++
	}
	var words []string
	for ; k < s.t1 && d.toks[k].mention < 0 && d.isTitleWord(d.toks[k].lower); k++ {
		words = append(words, d.toks[k].lower)
	}
	if len(words) == 0 || k >= s.t1 {
		return
	}
	title := strings.Join(words, " ")
	body := -1
	if l := d.toks[k].lower; l == "of" || l == "for" {
		if body = d.firstArg(si, k+1, 6, true); body < 0 {
			return
		}
		k = d.mentions[body].t1
	}
	for k < s.t1 && d.toks[k].text != "," && (d.toks[k].tag == "IN" || d.toks[k].tag == "CD" || monthWords[d.toks[k].lower] || d.toks[k].lower == "the" || timeNouns[d.toks[k].lower]) {
		k++ // "in 2011", "last year"
	}
	if k+1 >= s.t1 || d.toks[k].text != "," {
		return
	}
	mi := d.toks[k+1].mention
	if mi < 0 || d.mentions[mi].ent < 0 || d.ents[d.mentions[mi].ent].typ != TypePerson || d.mentions[mi].title0 != k+1 && d.mentions[mi].t0 != k+1 {
		return
	}
	switch {
	case body >= 0:
		d.add(si, argument{ment: mi}, title+" of", argument{ment: body}, nil, nil, confApposit, false)
	case headOfState(title):
		d.storyPost(si, mi, title)
	}
}

// becomingOpeners open a clause of a post taken: "After becoming".
var becomingOpeners = set("after", "since", "upon", "on", "before")

// paragraphCountry returns the country a sentence of sentence si's
// paragraph, si or one before it, opens with ("In Austria, ..."), or -1.
func (d *doc) paragraphCountry(si int) int {
	for k := si; k >= 0 && k > si-4; k-- {
		s := &d.sents[k]
		if s.headline {
			return -1
		}
		if j := s.body; j+2 < s.t1 && d.toks[j].lower == "in" {
			if p := d.toks[j+1].mention; p >= 0 && d.mentions[p].t0 == j+1 && d.mentions[p].ent >= 0 && d.ents[d.mentions[p].ent].typ == TypeGPE && d.mentions[p].kind == "" && d.mentions[p].t1 < s.t1 && d.toks[d.mentions[p].t1].text == "," {
				return d.mentions[p].ent
			}
		}
		if k == 0 || d.lineStartsAt(s.t0) {
			return -1 // the paragraph starts here
		}
	}
	return -1
}

// otherCountryNear: sentence s names a place of a country other than c
// (a state, another state's capital, or a town of the story's country when
// c is not it); with person mention m, only before m's title ("The
// Sudanese military ousted President X") or where the person is ("met
// President X in Lusaka"): a country the person acts on after the name
// ("President X donated fuel to Malawi") says nothing of the post's.
func (d *doc) otherCountryNear(s *sent, c int, m *mention) bool {
	for k := s.t0; k < s.t1; k++ {
		p := d.toks[k].mention
		if p < 0 || d.mentions[p].t0 != k || !d.isPlace(p) || d.mentions[p].ent == c {
			continue
		}
		if cc := d.cityCountry(p); cc < 0 || cc == c {
			continue
		}
		if m == nil || k < m.title0 || k >= m.t1 && k > s.t0 && locativePreps[d.toks[k-1].lower] {
			return true
		}
	}
	return false
}

// locativePreps say where someone is: "in Lusaka", "at Camp David".
var locativePreps = set("in", "at", "from", "of", "near")

// surnamePost gives person mention mi, named with a government title and no
// country, that post in the one country the gazetteer knows the surname
// from, when the document names that country ("Chancellor Merkel met
// President Hollande" in a story naming Germany; "Chancellor Michael Merkel",
// whom the gazetteer does not know, is no one's). It reports whether it did.
func (d *doc) surnamePost(si, mi int, title string) bool {
	m := &d.mentions[mi]
	last := d.toks[m.t1-1]
	if len(last.text) <= 3 || d.x.lem.InDict(last.lower) || m.t1-m.t0 > 1 && !d.x.gaz.SurnameShares(d.toks[m.t0].text, last.text) {
		return false
	}
	cs := d.x.gaz.SurnameCountries(last.text)
	return len(cs) == 1 && d.countryPost(si, mi, title, cs[0], confGazRole-0.1)
}

// bracketBefore: token k closes brackets that open within five tokens
// ("(PT)", "(National Action Party)"): the token before them, or -1.
func (d *doc) bracketBefore(s *sent, k int) int {
	if k <= s.t0 || d.toks[k].text != ")" {
		return -1
	}
	for j := k - 1; j > s.t0 && j >= k-5; j-- {
		if d.toks[j].text == "(" {
			return j - 1
		}
	}
	return -1
}

// bracketed returns the name that fills the brackets opening at token j
// ("(Russia)", "(Sale Sharks)", a team sheet's "(Toulouse, capt)"), or -1.
func (d *doc) bracketed(s *sent, j int) int {
	if j+2 >= s.t1 || d.toks[j].text != "(" {
		return -1
	}
	c := d.toks[j+1].mention
	if c < 0 || d.mentions[c].t0 != j+1 || d.mentions[c].ent < 0 || d.mentions[c].t1 >= s.t1 {
		return -1
	}
	switch e := d.mentions[c].t1; {
	case d.toks[e].text == ")":
		return c
	case e+2 < s.t1 && d.toks[e].text == "," && captainMarks[d.toks[e+1].lower] && d.toks[e+2].text == ")":
		return c // "G Thomas (Toulouse, capt)": the captain's club
	}
	return -1
}

// captainMarks mark a team sheet's captain after the club.
var captainMarks = set("capt", "capt.", "captain", "c")

// mentionAt returns the mention at token k of sentence s, or -1 (also past
// the sentence's end).
func (d *doc) mentionAt(k int, s *sent) int {
	if k < s.t0 || k >= s.t1 {
		return -1
	}
	return d.toks[k].mention
}

// stateGroupMention: mention m is a nationality and the state's group it
// names ("the Rwandan government", "the Chinese authorities"): the state.
func (d *doc) stateGroupMention(m int) bool {
	dm := &d.mentions[m]
	return dm.kind == MentionDemonym && !dm.modifier && dm.t1-dm.t0 >= 2 && stateGroups[d.toks[dm.t1-1].lower]
}

// professionNouns are trades, not posts: a nationality before them says where
// the person is from ("Egyptian journalist Anas Fouda").
var professionNouns = set("rival", "journalist", "reporter", "correspondent", "commentator", "blogger", "supermodel", "model", "writer", "author", "novelist", "poet", "artist", "singer", "actor", "actress",
	"musician", "composer", "rapper", "comedian", "filmmaker", "photographer", "designer", "architect", "activist", "dissident",
	"businessman", "businesswoman", "financier", "tycoon", "billionaire", "millionaire", "entrepreneur", "investor", "economist",
	"scientist", "researcher", "academic", "professor", "lawyer", "doctor", "surgeon", "student", "citizen", "national",
	"cleric", "scholar", "historian", "sprinter", "runner", "athlete", "cyclist", "golfer", "boxer", "skier", "swimmer",
	"jumper", "thrower", "vaulter", "hurdler", "decathlete", "heptathlete", "marathoner", "rower", "sailor", "skater",
	"driver", "rider", "wrestler", "weightlifter", "fencer", "gymnast", "cricketer", "footballer", "player", "champion", "seed",
	"impresario", "dancer", "ballerina", "choreographer", "pianist", "violinist", "cellist", "guitarist", "drummer", "painter",
	"sculptor", "playwright", "screenwriter", "chef", "explorer", "mountaineer", "hostage",
	"tourist", "soldier", "pilot", "engineer", "inventor", "philosopher", "physicist", "chemist", "astronaut", "priest",
	"solicitor", "barrister", "teacher", "nurse", "farmer", "accountant", "banker", "dentist", "pharmacist", "pensioner")

// showTrades are entertainment trades, which a place before them often
// names as an industry or a show, not as where the person is from
// ("Hollywood actor Kevin Bacon", "Bollywood composer AR Rahman",
// "Brookside actress").
var showTrades = set("actor", "actress", "singer", "star", "composer", "rapper", "comedian", "filmmaker", "musician", "dancer",
	"model", "supermodel", "producer", "director", "presenter", "pianist", "guitarist", "drummer", "choreographer", "screenwriter",
	"playwright", "impresario", "ballerina")

// postOrOrigin is the predicate of a title held with the organisation or
// place of mention aff: a trade after a nationality or a country's name
// says where the person is from ("Egyptian journalist Anas Fouda", "US
// author Dan Brown"), unless it is a place in the national side ("England
// footballer X"); any other title is a post of it.
func (d *doc) postOrOrigin(title string, aff int) string {
	if l := lastWord(title); d.mentions[aff].kind == MentionDemonym && playerRoles[l] && l != "captain" && l != "skipper" {
		// "Italian striker Arturo Lupoli" of Arsenal is Italian ("Italy
		// striker", "Spanish captain": the national side)
		return "from"
	}
	if last := lastWord(title); (professionNouns[last] || last == "star" && !d.sport()) && (d.mentions[aff].kind == MentionDemonym || (d.ents[d.mentions[aff].ent].typ == TypeGPE || d.ents[d.mentions[aff].ent].typ == TypeLoc && (d.gazOf(aff) != nil || d.mentions[aff].t1-d.mentions[aff].t0 == 1)) && !teamTrades[last] && !strings.HasPrefix(title, "team ")) {
		return "from" // (also "Atlanta lawyer John Smith": from the city; not "Wales team physiotherapist X": the side's)
	}
	if boardPosts[strings.TrimPrefix(title, "former ")] && d.mentions[aff].kind == MentionDemonym {
		return "from" // "Dutch co-chairman Antony Burgmans" of Unilever: Dutch, no post of the Netherlands
	}
	if artsPosts[title] && (d.mentions[aff].kind == MentionDemonym || d.argType(argument{ment: aff}) == TypeGPE && d.mentions[aff].kind == "" && !d.sport() && lastWord(title) != "referee" && lastWord(title) != "umpire") {
		return "from" // "British director Sean McAllister", "Hong Kong director Wong Kar-Wai": a film-maker from there, no post of its state
	}
	if d.ents[d.mentions[aff].ent].typ == TypeOrg && partyName(d.ents[d.mentions[aff].ent].name) && (stateOffice(title) || lastWord(title) == "peer") {
		return "member of" // "Former Labour prime minister Lord Callaghan": the state's office, the party's man; "Tory peer Lord Tebbit"
	}
	if envoyTitles[lastWord(title)] && d.internationalBody(aff) {
		return title + " to" // "UN ambassador X": a state's envoy to the body
	}
	return title + " of"
}

// boardPosts lead a company, never a state.
var boardPosts = set("chairman", "chairwoman", "co-chairman", "co-chairwoman", "chief executive", "co-chief executive",
	"managing director", "finance director", "chief financial officer", "chief operating officer", "tycoon")

// successionNouns relate a person to whom he followed or will follow.
var successionNouns = set("successor", "predecessor", "replacement")

// artsPosts are posts a nationality before them describes the person by
// ("British director X", "French producer X"; "South African referee X":
// the official of a game).
var artsPosts = set("director", "producer", "film director", "film-maker", "film maker", "choreographer", "conductor",
	"referee", "umpire")

// partyName reports whether an organisation's name is a political party's.
func partyName(n string) bool {
	return strings.HasSuffix(n, " Party") || strings.HasSuffix(n, " Democrats") || strings.HasSuffix(n, " Republicans")
}

// stateOffice reports whether a title is an office of state, not of a
// party ("prime minister", "chancellor", "home secretary"; not "leader",
// "president", "general secretary", "shadow chancellor").
func stateOffice(title string) bool {
	title = strings.TrimPrefix(title, "former ")
	if strings.Contains(title, "shadow") || strings.Contains(title, "party") {
		return false // "Tory shadow chancellor": the party's own front bench
	}
	switch lastWord(title) {
	case "minister", "chancellor", "premier", "taoiseach", "tanaiste":
		return true
	case "secretary":
		return strings.Contains(title, " ") && !strings.Contains(title, "general")
	}
	return false
}

// teamTrades after a country's name are places in its national side
// ("England footballer Paul Gascoigne"), not a nationality.
var teamTrades = set("footballer", "player", "cricketer", "champion", "athlete", "sprinter", "runner", "swimmer",
	"cyclist", "boxer", "golfer", "jumper", "thrower", "hurdler", "rower", "gymnast")

// demonymGroupList: "British actors in attendance include X, Y and Z",
// "British hopefuls, including X and Y", "US artists such as X and Y",
// "Chinese portals such as Sina.com and Sohu.com": a people's adjective
// (or a country's name outside sport) before a plural of people (or of
// companies) that a list of names exemplifies: each named is from (based
// in) the country.
func (d *doc) demonymGroupList(si int) {
	s := &d.sents[si]
	for i := s.t0; i+3 < s.t1; i++ {
		dm := d.toks[i].mention
		if dm < 0 || d.mentions[dm].t0 != i || d.mentions[dm].ent < 0 || d.ents[d.mentions[dm].ent].typ != TypeGPE {
			continue
		}
		if d.mentions[dm].kind != MentionDemonym && !(d.mentions[dm].kind == "" && !d.sport() && d.countryRef(dm) && d.gazOf(dm) != nil) {
			continue // (a country's name too, "UK actors", "US firms", but no national side)
		}
		if d.toks[i].lower == "brit" {
			continue // "fellow Brit nominees": the Brit Awards'
		}
		k := d.mentions[dm].t1
		for k < s.t1 && k < d.mentions[dm].t1+2 && d.toks[k].mention < 0 && d.toks[k].tag == "JJ" && isLowerWord(d.toks[k].text) {
			k++ // "Famous Japanese directors", "British female singers"
		}
		if k >= s.t1 || d.toks[k].mention >= 0 || d.toks[k].tag != "NNS" || !isLowerWord(d.toks[k].text) {
			continue
		}
		sg := d.nounLemma(d.toks[k].lower)
		people := professionNouns[sg] || demonymPersonWords[sg] || groupPeopleNouns[sg]
		firms := describedOrgCues[sg] || companyGroupNouns[sg]
		if !people && !firms {
			continue
		}
		// the word that opens the list, within a few words
		j := k + 1
		for j < s.t1 && j < k+5 && !exampleOpeners[d.toks[j].lower] && d.toks[j].mention < 0 && (isLowerWord(d.toks[j].text) || d.toks[j].text == ",") {
			j++
		}
		if j = d.exampleStart(s, j); j < 0 {
			continue
		}
		fits := func(m int) bool {
			mm := &d.mentions[m]
			if mm.ent < 0 || mm.modifier || mm.pronoun {
				return false
			}
			typ := d.ents[mm.ent].typ
			return people && typ == TypePerson || firms && typ == TypeOrg
		}
		described := func(j int) bool { // "include nominees X", "and director Mike Leigh"
			return isLowerWord(d.toks[j].text) && (d.isTitleWord(d.toks[j].lower) || professionNouns[d.toks[j].lower] || d.toks[j].tag == "NNS")
		}
		for _, m := range d.listAfter(s, j, fits, described) {
			if d.ents[d.mentions[m].ent].typ == TypePerson {
				d.add(si, argument{ment: m}, "from", argument{ment: dm}, nil, nil, confApposit-0.1, false)
			} else {
				d.add(si, argument{ment: m}, "based in", argument{ment: dm}, nil, nil, confApposit-0.1, false)
			}
		}
		return
	}
}

// exampleStart returns the token after the words at token j that open a
// list of examples ("such as", "like", "including", "include"), or -1.
func (d *doc) exampleStart(s *sent, j int) int {
	if j >= s.t1 || !exampleOpeners[d.toks[j].lower] {
		return -1
	}
	if d.toks[j].lower == "such" {
		if j+1 >= s.t1 || d.toks[j+1].lower != "as" {
			return -1
		}
		j++
	}
	return j + 1
}

var (
	// groupPeopleNouns are plurals of people a nationality describes.
	groupPeopleNouns = set("nominee", "hopeful", "artist", "act", "performer", "celebrity", "filmmaker", "entertainer", "director")
	// companyGroupNouns are plurals of companies.
	companyGroupNouns = set("portal", "carmaker", "airline", "bank", "insurer", "retailer", "broadcaster")
	// exampleOpeners open a list of examples.
	exampleOpeners = set("include", "includes", "including", "such", "like")
)

// itsTitleBefore: "a house owned by its chief finance officer Bruce
// Misamore": a post of "its" before person mi's name, "its" the one
// organisation the sentence names before it.
func (d *doc) itsTitleBefore(si, mi int, title string) {
	m := &d.mentions[mi]
	if title == "" || m.title0-1 < d.sents[si].t0 || d.toks[m.title0-1].lower != "its" || d.ents[m.ent].typ != TypePerson {
		return
	}
	if o := d.onlyOrgBefore(si, m.title0-1); o >= 0 {
		d.add(si, argument{ment: mi}, title+" of", argument{ment: o}, nil, nil, confTitle-0.1, false)
	}
}

// itsPostApposed: "Carlos Ghosn, its highly successful boss,": a post of
// "its" apposed to person mi from token j, "its" the one organisation the
// sentence names before the person; it reports whether it added one.
func (d *doc) itsPostApposed(si, mi, j int) bool {
	s := &d.sents[si]
	if j+1 >= s.t1 || d.toks[j].lower != "its" || d.ents[d.mentions[mi].ent].typ != TypePerson {
		return false
	}
	o := d.onlyOrgBefore(si, d.mentions[mi].t0)
	if o < 0 {
		return false
	}
	k := j + 1
	for k < s.t1 && k < j+3 && d.toks[k].mention < 0 && isLowerWord(d.toks[k].text) && (d.toks[k].tag == "RB" || d.toks[k].tag == "JJ") && !d.isTitleWord(d.toks[k].lower) {
		k++ // "its highly successful boss"
	}
	words, e := d.titleWords(k, s.t1)
	if len(words) > 0 && e+2 < s.t1 && d.toks[e].lower == "of" {
		// "Rob Key, its managing director of men's cricket,": the post's
		// portfolio, lower-case words (and a possessive) up to the comma
		p := e + 1
		for p < s.t1 && p < e+6 && d.toks[p].mention < 0 && (isLowerWord(d.toks[p].text) && (isNoun(d.toks[p].tag) || d.toks[p].tag == "JJ") || d.toks[p].text == "'s" && p > e+1) {
			p++
		}
		if p > e+1 && isNoun(d.toks[p-1].tag) && d.closesApposition(si, p) {
			e = p
		}
	}
	if len(words) == 0 || !d.closesApposition(si, e) && !d.verbAt(si, e) {
		return false
	}
	d.add(si, argument{ment: mi}, strings.Join(words, " ")+" of", argument{ment: o}, nil, nil, confApposit-0.05, false)
	return true
}

// inNationalSquad: "Euan Murray has been named in the Scotland training
// squad", "Lehmann wants to keep his place in the Germany squad",
// "Fit-again Betsen in France squad": the person opening the sentence, the
// only one it names before, plays for the country's side.
func (d *doc) inNationalSquad(si int) {
	s := &d.sents[si]
	p := d.toks[s.t0].mention
	if p < 0 || d.mentions[p].ent < 0 || d.ents[d.mentions[p].ent].typ != TypePerson || d.mentions[p].pronoun {
		return
	}
	for i := d.mentions[p].t1; i+2 < s.t1; i++ {
		if m := d.toks[i].mention; m >= 0 && d.mentions[m].ent >= 0 && d.ents[d.mentions[m].ent].typ == TypePerson && d.mentions[m].ent != d.mentions[p].ent {
			return // someone else named first
		}
		if d.toks[i].lower != "in" {
			continue
		}
		k := d.skipThe(s, i+1)
		c := d.toks[k].mention
		if c < 0 || d.mentions[c].t0 != k || d.mentions[c].ent < 0 || d.ents[d.mentions[c].ent].typ != TypeGPE {
			return
		}
		e := d.mentions[c].t1
		for e < s.t1 && e < d.mentions[c].t1+2 && d.toks[e].mention < 0 && isLowerWord(d.toks[e].text) && !squadNouns[d.toks[e].lower] {
			e++ // "training", "provisional"
		}
		if e < s.t1 && squadNouns[d.toks[e].lower] && (e+1 >= s.t1 || d.toks[e+1].text != "'s" && d.toks[e+1].text != "'") {
			d.add(si, argument{ment: p}, "player of", argument{ment: c}, nil, nil, confApposit-0.1, false)
		}
		return
	}
}

// squadNouns name a national side's players.
var squadNouns = set("squad", "team", "side", "line-up", "xv")

// andKin: "Jennifer Lopez and husband Marc Anthony", "Richey Edwards's
// parents, Graham and Sherry Edwards,": a kin word between "and" and a name
// makes the person named the kin of the person before "and"; a plural kin
// word after a person's possessive and a comma, of each person listed.
func (d *doc) andKin(si, mi int) {
	s := &d.sents[si]
	m := &d.mentions[mi]
	k := m.t0 - 1
	if m.pronoun || m.title != "" || k-2 < s.t0 || d.ents[m.ent].typ != TypePerson {
		return
	}
	person := func(t int) int { // the person mention ending at token t, or -1
		if n := d.toks[t].mention; n >= 0 && d.mentions[n].t1 == t+1 && d.mentions[n].ent >= 0 && d.mentions[n].ent != m.ent && !d.mentions[n].pronoun && d.ents[d.mentions[n].ent].typ == TypePerson {
			return n
		}
		return -1
	}
	if w := d.toks[k].lower; kinNouns[w] && d.toks[k].mention < 0 && d.toks[k-1].lower == "and" {
		if p := person(k - 2); p >= 0 {
			d.add(si, argument{ment: mi}, w+" of", argument{ment: p}, nil, nil, confApposit-0.05, false)
		}
		return
	}
	if d.toks[k].text != "," || k-3 < s.t0 {
		return
	}
	kin := pluralKin[d.toks[k-1].lower]
	if kin == "" || d.toks[k-2].text != "'s" && d.toks[k-2].text != "'" {
		return
	}
	if p := person(k - 3); p >= 0 {
		for _, a := range append([]argument{{ment: mi}}, d.subjectList(si, m)...) {
			if am := &d.mentions[a.ment]; am.ent >= 0 && am.ent != d.mentions[p].ent && d.ents[am.ent].typ == TypePerson && !am.pronoun {
				d.add(si, a, kin+" of", argument{ment: p}, nil, nil, confApposit-0.05, false)
			}
		}
	}
}

// pluralKin maps a plural kin word to the kin each of its people is.
var pluralKin = map[string]string{"parents": "parent", "sons": "son", "daughters": "daughter", "children": "child",
	"brothers": "brother", "sisters": "sister"}

// teamMate: "his Arsenal team-mate Robert Pires", "Falcons' team-mate
// Jamie Noon", "Arsenal team-mate and Spanish international Jose Reyes":
// the person plays for the side named before the word.
func (d *doc) teamMate(si, mi int) {
	s := &d.sents[si]
	m := &d.mentions[mi]
	k := m.t0 - 1
	for k > s.t0 && k >= m.t0-4 && !teamMateNouns[d.toks[k].lower] && (d.toks[k].mention < 0 && isLowerWord(d.toks[k].text) || d.toks[k].mention >= 0 && d.mentions[d.toks[k].mention].kind == MentionDemonym) {
		k-- // past "and Spanish international"
	}
	if k-1 < s.t0 || !teamMateNouns[d.toks[k].lower] || d.ents[m.ent].typ != TypePerson || m.pronoun {
		return
	}
	if k < m.t0-1 && d.toks[k+1].lower != "and" {
		return
	}
	o := k - 1
	if (d.toks[o].text == "'" || d.toks[o].text == "'s") && o > s.t0 {
		o-- // "Falcons' team-mate"
	}
	om := d.toks[o].mention
	if om < 0 || d.mentions[om].t1 != o+1 || d.mentions[om].ent < 0 || d.mentions[om].modifier && d.ents[d.mentions[om].ent].typ != TypeGPE {
		return
	}
	pred := "player of"
	if b := d.mentions[om].t0 - 1; b >= s.t0 && (d.toks[b].lower == "former" || d.toks[b].lower == "ex-") {
		pred = "former player of" // "former Liverpool team-mate Mark Wright"
	}
	if t := d.ents[d.mentions[om].ent].typ; t == TypeOrg || t == TypeGPE && d.mentions[om].kind == "" {
		d.add(si, argument{ment: mi}, pred, argument{ment: om}, nil, nil, confTitle-0.1, false)
	}
}

// statePossessorBefore: a state's possessive stands right before place
// mention p ("Britain's Europe Director": the state's post for the
// region).
func (d *doc) statePossessorBefore(s *sent, p int) bool {
	b := d.mentions[p].t0 - 1
	if b-1 < s.t0 || d.toks[b].text != "'s" && d.toks[b].text != "'" {
		return false
	}
	o := d.toks[b-1].mention
	return o >= 0 && d.mentions[o].t1 == b && d.mentions[o].ent >= 0 && d.ents[d.mentions[o].ent].typ == TypeGPE && d.mentions[o].ent != d.mentions[p].ent
}

// formerBeforeSide: "former" opens the capitalised name of a side that
// ends at token k ("former Free and Bad Company singer": Free).
func (d *doc) formerBeforeSide(s *sent, k int) bool {
	for q := k; q >= s.t0 && q > k-4; q-- {
		if l := d.toks[q].lower; l == "former" || l == "ex" || l == "ex-" {
			return q < k
		}
		if !isCapital(d.toks[q].text) || d.isTitleWord(d.toks[q].lower) || d.demonymWord(q) || d.personNounLike(d.toks[q].lower) {
			return false // (not "former Olympian and BBC pundit X": the first is a post of its own)
		}
	}
	return false
}

// sidePost: w is a post in a side, which two sides named before it may
// share ("former Spurs and England defender X"; not "Microsoft and New
// York attorney general X").
func sidePost(w string) bool {
	return playerRoles[w] || teamRoles[w] || w == "coach" || w == "manager" || w == "boss"
}

// foundingTitles name what a person did once and for good.
var foundingTitles = set("founder", "co-founder", "cofounder", "creator", "co-creator", "inventor")

// teamMateNouns name a fellow player of a side.
var teamMateNouns = set("team-mate", "teammate", "team-mates", "teammates", "club-mate", "clubmate", "colleague")

// originTrade: a trade a nationality or a country's name before it says
// where its holder is from (professionNouns and a few posts of the media:
// "US literary critic X", "US TV presenter X").
func originTrade(w string) bool {
	return professionNouns[w] || w == "critic" || w == "presenter" || w == "songwriter" || w == "singer-songwriter"
}

// demonymPersonWords describe someone by their standing, which a demonym
// before them says where they are from ("British rival X", "Spanish
// international X", "Swedish gold medallist X"); pairWords describe the
// people of a list after them ("American duo X and Y").
var (
	demonymPersonWords = set("rival", "compatriot", "international", "qualifier", "teenager", "legend", "icon", "medallist",
		"medalist", "holder", "star", "athlete", "hope", "debutant", "veteran", "youngster", "heir", "heiress", "modernist",
		"impressionist", "expressionist", "surrealist", "minimalist", "realist", "nationalist", "dissident", "exile", "emigre")
	pairWords = set("pair", "duo", "trio", "twins", "brothers", "sisters")
)

// nationalityBefore: "Bahraini blogger Mohammed Hassan", "Egyptian
// journalist and blogger Anas Fouda", "Bahraini blogger and Global Voices
// author X": a nationality before a person's trades says where they are
// from.
func (d *doc) nationalityBefore(si, mi int) {
	s := &d.sents[si]
	m := &d.mentions[mi]
	trade, plural, team := false, false, false
	byDemonym := false // a word that says where someone is from only after a demonym ("British rival X")
	start := m.t0 - 1
	comma := start-2 >= s.t0 && d.toks[start].text == "," && d.closesApposition(si, m.t1)
	if comma {
		start-- // "the Russian impresario, Sergei Diaghilev,"
	}
	for k := start; k >= s.t0 && k >= start-7; k-- {
		t := &d.toks[k]
		if n := t.mention; n >= 0 {
			nm := &d.mentions[n]
			// (also "a U.S. citizen, Derrick Coetzee": a country's name
			// before "citizen", "resident" or "native"; "US literary critic
			// Harold Bloom", "US TV presenter Johnny Carson": a country's
			// name before a trade, not a place in its side, "England
			// footballer X", "England doctor X", nor a name's part, "BBC
			// Scotland political correspondent X", nor a capital standing
			// for its country, "Al Jazeera's Beijing correspondent X")
			countryTrade := nm.kind == "" && trade && nm.t1 == k+1 && k+1 <= start && (originNouns[d.toks[k+1].lower] || !team && !byDemonym && !d.sport() && d.countryRef(n) && d.gazOf(n) != nil && !d.x.gaz.IsCapital(d.mtext(nm)) && !(nm.t0 > s.t0 && isCapital(d.toks[nm.t0-1].text)))
			if nm.ent >= 0 && (nm.kind == MentionDemonym || countryTrade) && d.ents[nm.ent].typ == TypeGPE {
				if comma && !(trade && nm.t0 > s.t0 && determiners[d.toks[nm.t0-1].lower]) {
					return
				}
				if trade || nm.t1 == m.t0 && m.title == "" && d.personLike(m.ent) {
					// (also "Czech Jan Hernych", "Kenyan Bernard Lagat")
					d.add(si, argument{ment: mi}, "from", argument{ment: n}, nil, nil, confTitle-0.1, false)
					if plural {
						// "British actors Bob Hoskins and Brenda Blethyn": each
						for _, a := range d.subjectList(si, m) {
							if am := &d.mentions[a.ment]; am.ent >= 0 && d.ents[am.ent].typ == TypePerson && !am.pronoun {
								d.add(si, a, "from", argument{ment: n}, nil, nil, confTitle-0.1, false)
							}
						}
					}
				}
				return
			}
			if nm.ent >= 0 && d.ents[nm.ent].typ == TypeOrg && !trade {
				return // "Global Voices author X" with no trade after the organisation
			}
			if nm.t1 < start && d.toks[nm.t1].lower == "and" {
				return // "The American Red Cross and actor X": the demonym is the other name's
			}
			k = nm.t0
			continue
		}
		sg := strings.TrimSuffix(t.lower, "s")
		switch {
		case originTrade(t.lower) || t.lower == "star" && !d.sport():
			trade, team = true, team || teamTrades[t.lower]
		case k == start && sg != t.lower && t.tag == "NNS" && (originTrade(sg) || demonymPersonWords[sg]) && !teamTrades[sg]:
			trade, plural = true, true // "British actors X and Y", "Greek sprinters X and Y"
			byDemonym = byDemonym || demonymPersonWords[sg]
		case demonymPersonWords[t.lower] || k == start && pairWords[t.lower]:
			// "British rival X", "Spanish international X", "German
			// qualifier X", "Irish duo X and Y"
			trade, byDemonym = true, true
			plural = plural || pairWords[t.lower]
		case (t.lower == "one" || t.lower == "two" || t.lower == "three") && k-1 >= s.t0 && d.toks[k-1].lower == "number":
			trade, byDemonym = true, true // "British number one X"
		case t.lower == "and" || t.tag == "JJ" && isLowerWord(t.text):
		case trade && (isNoun(t.tag) && isLowerWord(t.text) || t.text == "TV") && d.toks[k+1].mention < 0:
			// "British triple jumper", "Swiss tennis player", "US TV presenter"
			// (but "Wales team physiotherapist X": the side's)
			team = team || t.lower == "team" || t.lower == "squad" || t.lower == "club"
		default:
			return
		}
	}
}

// demonymApposed: "Westbridge manager Tomas Lindgren, the Swede, said",
// "X, a Brazilian,": a nationality apposed alone says where the person is
// from.
func (d *doc) demonymApposed(si, mi int) {
	s := &d.sents[si]
	m := &d.mentions[mi]
	k := m.t1
	if d.ents[m.ent].typ != TypePerson || k+3 >= s.t1 || d.toks[k].text != "," || !(d.toks[k+1].lower == "the" || d.toks[k+1].lower == "a") {
		return
	}
	dm := d.toks[k+2].mention
	if dm < 0 || d.mentions[dm].t0 != k+2 || d.mentions[dm].t1 != k+3 || d.mentions[dm].kind != MentionDemonym || d.mentions[dm].ent < 0 || d.ents[d.mentions[dm].ent].typ != TypeGPE {
		return
	}
	if e := d.toks[k+3].lower; e == "," || e == "." || e == "who" {
		// (also "Tomas Lindgren, the Swede who took charge in 2023")
		d.add(si, argument{ment: mi}, "from", argument{ment: dm}, nil, nil, confApposit, false)
	}
}

// personOfCountry: "Mia Hamm of the United States", "Andy Roddick of the
// USA", "Nadia Petrova (Russia)": a person named without a title, then
// "of" and a country (or the country in brackets), is from there.
func (d *doc) personOfCountry(si, mi int) {
	s := &d.sents[si]
	m := &d.mentions[mi]
	j := m.t1
	if c := d.bracketed(s, j); c >= 0 {
		switch {
		case d.countryRef(c) && d.mentions[c].kind == "" && d.personLike(m.ent):
			// "Nadia Petrova (Russia)": a player's country in a draw or results
			d.add(si, argument{ment: mi}, "from", argument{ment: c}, nil, nil, confApposit-0.1, false)
		case d.ents[d.mentions[c].ent].typ == TypeOrg && d.sport() && (len(strings.Fields(d.ents[m.ent].name)) <= 2 || d.personLike(m.ent)) && !initialsOf(d.mtext(m), d.mtext(&d.mentions[c])):
			// "Julien Laharrague (Brive)": a team sheet's player and club
			d.add(si, argument{ment: mi}, "player of", argument{ment: c}, nil, nil, confApposit-0.1, false)
		}
		return
	}
	if j+1 >= s.t1 || d.toks[j].lower != "of" || !d.personLike(m.ent) {
		return
	}
	j++
	if d.toks[j].lower == "the" && j+1 < s.t1 {
		j++
	}
	c := d.toks[j].mention
	if c < 0 || d.mentions[c].t0 != j || !d.knownRegion(c) || d.ents[d.mentions[c].ent].typ != TypeGPE {
		return
	}
	if e := d.mentions[c].t1; e < s.t1 && !d.closesApposition(si, e) && d.toks[e].lower != "and" && d.toks[e].lower != "in" && !isVerb(d.toks[e].tag) {
		return
	}
	d.add(si, argument{ment: mi}, "from", argument{ment: c}, nil, nil, confApposit-0.1, false)
}

// lowerRun returns how many lower-case nouns and adjectives (and "and"
// between them) follow from token j, "most" at the most: a portfolio ("tax",
// "corporate affairs").
func (d *doc) lowerRun(j, most int) int {
	if j >= len(d.toks) {
		return 0
	}
	s := &d.sents[d.toks[j].sent]
	k := j
	for k < s.t1 && k < j+most && d.toks[k].mention < 0 && isLowerWord(d.toks[k].text) && (isNoun(d.toks[k].tag) || d.toks[k].tag == "JJ" || d.toks[k].lower == "and" && k > j) {
		k++
	}
	return k - j
}

// portfolioLen returns how many lower-case words from token j name a
// post's portfolio before "at", "for" or "with" ("research", "corporate
// responsibility", "sales and marketing"), or 0.
// portfolioRun: the number of tokens from j that name a portfolio
// ("information", "trade and industry"), before the token after them; 0
// when there is none.
func (d *doc) portfolioRun(j int) int {
	s := &d.sents[d.toks[j].sent]
	k := j
	for k < s.t1 && k < j+4 && d.toks[k].mention < 0 && (portfolioWord(d.toks[k].lower) || (k > j && d.toks[k].lower == "and" || (isNoun(d.toks[k].tag) || d.toks[k].tag == "JJ") && isLowerWord(d.toks[k].text) && !(k == j && fixedComplements[d.toks[k].lower]))) {
		k++
	}
	for k > j && d.toks[k-1].lower == "and" {
		k--
	}
	if k >= s.t1 {
		return 0
	}
	return k - j
}

// fixedComplements end a title of their own after "of" ("chief of staff",
// "head of state"), no portfolio.
var fixedComplements = set("staff", "state", "police", "mission", "government")

// portfolioWord: w names a portfolio or qualifies a title without heading
// one ("information", "foreign").
func portfolioWord(w string) bool {
	return portfolioMods[w] || titleMods[w] && !titleHeads[w]
}

// plainPortfolio: tokens [j, e) are portfolio words only ("information",
// "trade and industry"), not a description of the name after them
// ("chief of technology giant Hewlett Packard").
func (d *doc) plainPortfolio(j, e int) bool {
	for k := j; k < e; k++ {
		if l := d.toks[k].lower; !portfolioWord(l) && l != "and" {
			return false
		}
	}
	return true
}

func (d *doc) portfolioLen(j int) int {
	s := &d.sents[d.toks[j].sent]
	k0 := j
	if m := d.toks[j].mention; m >= 0 && d.mentions[m].t0 == j && d.isPlace(m) {
		k0 = d.mentions[m].t1 // "head of UK equities for Standard Life": the portfolio's country
	}
	k := k0 + d.lowerRun(k0, 4)
	if k == k0 {
		k = k0 + d.capitalUnits(k0)
	}
	if k == k0 || k >= s.t1 || !isNoun(d.toks[k-1].tag) || !portfolioPreps[d.toks[k].lower] {
		return 0
	}
	return k - j
}

// capitalUnits returns how many tokens from j name a firm's departments
// in capitals ("Distribution and Exhibition", "Sales & Marketing"), which
// the recogniser may read as a name, or 0.
func (d *doc) capitalUnits(j int) int {
	s := &d.sents[d.toks[j].sent]
	k := j
	for k < s.t1 && k < j+5 && (unitWords[d.toks[k].lower] && isCapital(d.toks[k].text) || k > j && (d.toks[k].lower == "and" || d.toks[k].text == "&")) {
		k++
	}
	for k > j && !unitWords[d.toks[k-1].lower] {
		k--
	}
	for i := j; i < k; i++ {
		if m := d.toks[i].mention; m >= 0 && (d.mentions[m].t0 < j || d.mentions[m].t1 > k) {
			return 0 // a longer name ("News International")
		}
	}
	return k - j
}

// unitWords name a firm's departments ("head of Distribution at X").
var unitWords = set("distribution", "exhibition", "marketing", "sales", "research", "operations", "finance", "development",
	"strategy", "production", "programming", "drama", "entertainment", "engineering", "design", "content", "investment",
	"equities", "trading", "risk", "compliance", "communications", "acquisitions", "advertising", "retail", "technology",
	"comedy", "events", "digital", "commercial", "partnerships", "innovation")

// portfolioPreps follow a post's portfolio and name its organisation
// ("head of research at Barclays").
var portfolioPreps = set("at", "for", "with")

// determiners open a description in an apposition ("the Russian
// impresario, X,").
var determiners = set("the", "a", "an")

// initialsOf reports whether acronym a is made of the initials of name
// ("Bay Area Laboratory Cooperative (Balco)", "... (BALC)"): the bracket
// names the same thing.
func initialsOf(name, a string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 || len(a) < 2 {
		return false
	}
	la := strings.ToLower(a)
	var ini strings.Builder
	for _, w := range ws {
		ini.WriteString(strings.ToLower(w[:1]))
	}
	return la[:2] == ini.String()[:2]
}

// isQuote: a quotation mark as the tokenizer leaves it.
func isQuote(w string) bool { return w == "\"" || w == "``" || w == "''" || w == "“" || w == "”" }

// fieldAfter: "for" or "on" at token k, then a post's field that closes
// the apposition (fieldClosesPost).
func (d *doc) fieldAfter(si, k int) bool {
	return k+1 < d.sents[si].t1 && (d.toks[k].lower == "for" || d.toks[k].lower == "on") && d.fieldClosesPost(si, k+1)
}

// fieldClosesPost: the one to five words from token j name a post's field
// and close the apposition ("for North American sales,", "on IT.", "for
// Europe and Asia,"): words in lower case, capitalised words naming
// nothing, demonyms and places, never another actor nor a verb.
func (d *doc) fieldClosesPost(si, j int) bool {
	s := &d.sents[si]
	for k := j; k < s.t1 && k < j+5; {
		t := &d.toks[k]
		if m := t.mention; m >= 0 && d.mentions[m].ent >= 0 {
			if d.mentions[m].kind != MentionDemonym && !d.isPlace(m) || d.mentions[m].t0 != k {
				return false
			}
			k = d.mentions[m].t1
		} else if isVerb(t.tag) || t.tag == "MD" || t.tag == "PRP" || t.tag == "CD" || t.text == "\"" || !(isNoun(t.tag) || isProperTag(t.tag) || t.tag == "JJ" || t.lower == "and" && k > j) {
			return false
		} else {
			k++
		}
		if d.closesApposition(si, k) {
			return d.toks[k-1].lower != "and"
		}
	}
	return false
}

// originEnds: the phrase "X of <place>" ends at token e: the apposition
// closes or a verb follows, or a score, a modal, a conjunction or a
// preposition starts what comes next ("beat Nicolas Kiefer of Germany
// 6-4 6-4", "Tirunesh Dibaba of Ethiopia will defend", "won by Christine
// Arron of France while"); not a noun going on with the place's name.
func (d *doc) originEnds(si, e int) bool {
	if d.endsPhrase(si, e) {
		return true
	}
	t := &d.toks[e]
	return t.mention < 0 && (t.tag == "CD" || t.tag == "MD" || t.tag == "CC" || t.tag == "IN" && t.lower != "of")
}

// describedOrgAt returns the organisation named after a nationality and a
// company's description from token j ("Chinese telecoms giant Huawei",
// "the German carmaker BMW"), or -1.
func (d *doc) describedOrgAt(si, j int) int {
	s := &d.sents[si]
	if j = d.skipThe(s, j); j >= s.t1 {
		return -1
	}
	n := d.toks[j].mention
	if n < 0 || d.mentions[n].t0 != j || d.mentions[n].kind != MentionDemonym && !(d.isPlace(n) && d.mentions[n].modifier) {
		return -1
	}
	c := d.orgCueAfter(d.mentions[n].t1)
	if c <= 0 || c >= s.t1 {
		return -1
	}
	if o := d.toks[c].mention; o >= 0 && d.mentions[o].t0 == c && d.isOrg(o) && !d.mentions[o].modifier {
		return o
	}
	return -1
}

// ownsTitle: token k, right before a title, makes it another's post or
// another rank: a possessive ("the Liberal Democrats' President X", "his
// shadow Chancellor X") or a rank word ("shadow", "deputy").
func (d *doc) ownsTitle(k int) bool {
	t := &d.toks[k]
	return t.text == "'s" || t.text == "'" || possPronouns[t.lower] || otherRanks[t.lower]
}

// otherRanks before a title make it another post ("shadow Chancellor X",
// "deputy Prime Minister X"); "former" keeps it (the rules read it).
var otherRanks = set("shadow", "deputy", "vice", "assistant", "junior")

// stateRelationNoun: from token j, adjectives, a state (its name or
// demonym) and a relation noun ("key US ally", "close Russian ally",
// "longtime Iranian backer") that ends the apposition or goes on with a
// preposition other than "of"; it returns the state's mention and the
// noun's lemma, or -1.
func (d *doc) stateRelationNoun(si, j int) (int, string) {
	s := &d.sents[si]
	for j < s.t1 && (d.toks[j].tag == "JJ" || d.toks[j].tag == "JJS" || d.toks[j].tag == "RB") && d.toks[j].mention < 0 {
		j++
	}
	c := d.mentionAt(j, s)
	if c < 0 || d.mentions[c].t0 != j || d.mentions[c].ent < 0 || d.ents[d.mentions[c].ent].typ != TypeGPE {
		return -1, ""
	}
	k := d.mentions[c].t1
	if k >= s.t1 || d.toks[k].mention >= 0 {
		return -1, ""
	}
	noun := d.x.lem.Lemma(d.toks[k].lower)
	if !relationNouns[noun] || orgCues[noun] {
		return -1, "" // (not "a US unit": a company's)
	}
	if e := k + 1; !d.closesApposition(si, e) && !(e < s.t1 && d.toks[e].tag == "IN" && d.toks[e].lower != "of") {
		return -1, ""
	}
	return c, noun
}

// stateSpokesman: person mention m is titled a spokesman and the word
// before the title names a state body and no state ("police spokesman",
// "Government spokeswoman"), with nothing before it that owns the post
// (not "Miami Beach police spokesman", "local government spokesman", "its
// police spokesman", "a police spokesman": a town's, a portfolio, a
// force's).
func (d *doc) stateSpokesman(m *mention, title string) bool {
	s := &d.sents[m.sent]
	b := m.title0 - 1
	if title != "spokesman" && title != "spokeswoman" && title != "spokesperson" || m.title0 >= m.t0 || b < s.t0 || d.toks[b].mention >= 0 {
		return false
	}
	switch d.toks[b].lower {
	case "government", "police", "army", "military":
	default:
		return false
	}
	if b == s.t0 {
		return true
	}
	p := &d.toks[b-1]
	return p.mention < 0 && !d.ownsTitle(b-1) && p.lower != "a" && p.lower != "an" && !isCapital(p.text) && !isNoun(p.tag) && !strings.HasPrefix(p.tag, "JJ")
}

// departedHolder: person mention mi, titled with post, is the subject of a
// verb of leaving a post, told as done ("resigned", "has quit", "stepped
// down", "has left the firm", "was sacked", "died"; not "will resign", "is
// to step down", "did not quit"): the post is a former one.
func (d *doc) departedHolder(mi int, post string) bool {
	m := &d.mentions[mi]
	s := &d.sents[m.sent]
	v := -1
	for k := m.t0; k < m.t1; k++ {
		if t := &d.toks[k]; (t.rel == "nsubj" || t.rel == "nsubj:pass") && (t.head < m.t0 || t.head >= m.t1) {
			v = t.head
		}
	}
	if v < 0 || v >= m.t0 && v < m.t1 || !isVerb(d.toks[v].tag) {
		// (the parse may hang the name elsewhere: "X chief executive Y
		// has left the firm"): the verb right after the name
		k := m.t1
		if k+2 < s.t1 && d.toks[k].lower == "and" && isLowerWord(d.toks[k+1].text) {
			// "Nortel's head Frank Dunn and two other executives were
			// fired": past the others named with the holder
			q := k + 1
			for q < s.t1 && q < k+5 && d.toks[q].mention < 0 && (d.toks[q].tag == "CD" || d.toks[q].tag == "JJ" || isNoun(d.toks[q].tag)) && !auxWords[d.toks[q].lower] {
				q++
			}
			if q > k+1 && q < s.t1 && auxWords[d.toks[q].lower] && d.toks[q-1].tag == "NNS" {
				k = q
			}
		}
		for lim := k + 3; k < s.t1 && k < lim && (d.toks[k].tag == "RB" || auxWords[d.toks[k].lower]); k++ {
		}
		v = k
	}
	if v < s.t0 || v >= s.t1 || !isVerb(d.toks[v].tag) || d.toks[v].tag == "VBG" || d.toks[v].tag == "VB" {
		return false
	}
	lemma, passive, down, object := d.lemma(&d.toks[v]), false, false, false
	if d.toks[v].tag == "VBN" && v-1 >= m.t1 && beVerbs[d.toks[v-1].lower] {
		passive = true // "X was sacked in March", unparsed: the "was" just before the participle
	}
	for k := s.t0; k < s.t1; k++ {
		t := &d.toks[k]
		if t.head != v {
			continue
		}
		switch {
		case t.rel == "aux" && (t.tag == "MD" || t.lower == "to"), t.rel == "advmod" && negators[t.lower], t.rel == "xcomp":
			return false
		case t.rel == "aux:pass":
			passive = true
		case t.rel == "compound:prt" && (t.lower == "down" || t.lower == "aside"):
			down = true
		case t.rel == "obj" && (t.mention >= 0 && d.isOrg(t.mention) || quitNouns[t.lower] || definiteNouns[t.lower] == TypeOrg):
			object = true
		}
	}
	if passive {
		return ousterVerbs[lemma]
	}
	switch {
	case leavingVerbs[lemma] && lemma != "step":
		return true // resign, quit, retire
	case lemma == "step" || lemma == "stand":
		return down
	case lemma == "leave":
		return object
	case lemma == "die":
		// "Legendary Dutch boss Michels dies": the post ended with him
		// (not "Former Labour prime minister Lord Callaghan has died": no
		// former member of the party, who never left it; nor a founder)
		return post != "member" && !foundingTitles[lastWord(post)]
	}
	return false
}

// ousterVerbs put a holder out of a post; quitNouns name what a holder
// leaves.
var (
	ousterVerbs = set("sack", "fire", "oust", "dismiss", "depose", "remove", "axe", "unseat", "topple")
	quitNouns   = set("post", "job", "role", "board", "position", "office", "cabinet", "government")
	auxWords    = set("has", "have", "had", "was", "were", "is", "are", "been")
)

// rankTitles are military and police ranks written before a name, which an
// apposed post may precede ("the service's commander, Colonel X,").
var rankTitles = set("colonel", "general", "gen.", "col.", "major", "maj.", "captain", "capt.", "lieutenant", "lt.", "commander",
	"brigadier", "admiral", "sergeant", "sgt.", "inspector", "superintendent")

// whosePosts: "Calderbrook Foods, whose largest shareholder is Aberlour
// Capital,", "the club, whose chairman is X,": the one named after the
// copula holds the post or relation the noun after "whose" names, of the
// one "whose" follows.
func (d *doc) whosePosts(si int) {
	s := &d.sents[si]
	for j := s.t0 + 2; j+3 < s.t1; j++ {
		if d.toks[j].lower != "whose" || d.toks[j-1].text != "," {
			continue
		}
		a := d.toks[j-2].mention
		if a < 0 || d.mentions[a].ent < 0 || d.mentions[a].t1 != j-1 || d.mentions[a].pronoun || !d.isOrg(a) && !d.personMention(a) {
			continue
		}
		k := j + 1
		for k < s.t1 && k < j+4 && d.toks[k].mention < 0 && (d.toks[k].tag == "JJ" || d.toks[k].tag == "JJS" || titleMods[d.toks[k].lower]) && !titleHeads[d.toks[k].lower] {
			k++ // "whose largest shareholder", "whose chief executive"
		}
		if k+2 >= s.t1 || d.toks[k].mention >= 0 || !(titleHeads[d.toks[k].lower] || relationNouns[d.toks[k].lower]) || !beVerbs[d.toks[k+1].lower] {
			continue
		}
		o := d.firstArg(si, k+2, 6, false) // (past "Singapore-based investment firm")
		if n := d.namedAfterDescription(k + 2); n >= 0 && (o < 0 || d.mentions[o].modifier || d.basedAfter(d.mentions[o].t1-1)) {
			o = d.toks[n].mention
		}
		if o < 0 || d.mentions[o].ent < 0 || d.mentions[o].pronoun || d.mentions[o].modifier || d.mentions[o].ent == d.mentions[a].ent || d.basedAfter(d.mentions[o].t1-1) {
			continue
		}
		post := d.toks[k].lower
		for q := k - 1; q > j && titleMods[d.toks[q].lower]; q-- {
			post = d.toks[q].lower + " " + post // "whose chief executive"
		}
		d.add(si, argument{ment: o}, post+" of", argument{ment: a}, nil, nil, confApposit, false)
	}
}
