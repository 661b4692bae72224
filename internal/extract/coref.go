package extract

import (
	"slices"
	"strings"
)

// Coreference of definite descriptions and pronouns (run by resolve after
// names are grouped into entities):
//
//   - "the ministry" after "Somalia's foreign ministry" is Somalia (the
//     possessor of the same head noun); "the commission" after "the European
//     Commission" is that organisation (a name ending in the head noun);
//   - "the company", "the club", "the country" are the one organisation
//     (country) of a fitting kind named in the sentence or the one before;
//   - "the president", "the Oklahoma senator", "the minister" are the person
//     last named with that title ("President Joe Biden"; "Jane Doe, the
//     foreign minister"), never one whose title was "former";
//   - he/she/his/her: the person of fitting gender in reach, or, when
//     several are, the most salient one (recent, in subject position, often
//     named) when it clearly leads; never the speaker of a quote the
//     pronoun stands in.

// corefMaxBack is how many sentences back a definite description or a
// pronoun looks for its entity.
const corefMaxBack = 2

// definite resolves definite descriptions to entities by adding pronoun
// mentions for them.
func (d *doc) definite() {
	titles := newTitleHolders(d)
	for i := range d.toks {
		t := &d.toks[i]
		if d.demonymPerson(i) {
			continue
		}
		if e, dem := d.demonymDescribed(i); e >= 0 {
			d.addReference(i, -1, e, MentionNominal)
			d.epithets = append(d.epithets, epithet{ment: t.mention, country: dem})
			continue
		}
		if e, side, post := d.sideDescribed(i); e >= 0 {
			// "Wayne Rooney was hurt. The Manchester United striker will
			// miss the game": the side's striker, the one person named
			d.addReference(i, -1, e, MentionNominal)
			d.epithets = append(d.epithets, epithet{ment: t.mention, country: -1, post: post, side: side})
			continue
		}
		if e := d.agedSubject(i); e >= 0 {
			d.addReference(i, i-1, e, MentionNominal)
			continue
		}
		if t.mention >= 0 || !isNoun(t.tag) || isCapital(t.text) {
			continue
		}
		if e := d.apposedPerson(i); e >= 0 {
			// "Sirhan Sirhan, the man convicted of killing Robert Kennedy,"
			// (its title starts at the determiner, so the apposition's
			// comma stands before it)
			d.addReference(i, i-1, e, MentionNominal)
			d.mentions[t.mention].title0 = i - 1
			continue
		}
		if blocNouns[t.lower] {
			// "The EU criticised Iran. The bloc then imposed sanctions":
			// the one international body named just before
			if det := d.definiteStart(i); det >= 0 && !d.nameAfterNoun(i) {
				if e := d.onlyBefore(i, d.isBloc); e >= 0 {
					d.addReference(i, det, e, MentionNominal)
				}
			}
			continue
		}
		typ, class := definiteNouns[t.lower]
		personal := !class && titleHeads[t.lower] && !relationNouns[t.lower] && !kinNouns[t.lower] && t.lower != "seed" // ("the 10th seed": one of many)
		// any other noun that ends a body's name named just before ("the
		// National Portrait Gallery ... the gallery")
		head := class || personal || groupHeads[t.lower] || !notNameHeads[t.lower] && d.namedHeadOnly(i)
		trade := !class && professionNouns[t.lower] && t.lower != "seed" && t.lower != "national" && t.lower != "citizen"
		if trade {
			if e := d.describedSubject(i); e >= 0 {
				d.addReference(i, d.definiteStart(i), e, MentionNominal)
				continue
			}
		}
		if !head {
			continue
		}
		det := d.definiteStart(i)
		if det < 0 {
			continue
		}
		if n := i + 1; n < len(d.toks) && d.toks[n].sent == t.sent {
			nt := &d.toks[n]
			if isNoun(nt.tag) && !isCapital(nt.text) && !d.intentReadAsNoun(&d.sents[t.sent], n) || nt.mention >= 0 || class && isNameWord(nt.text) || nt.lower == "of" && !d.accusedOfAt(det) || nt.lower == "'s" && !(class && (typ == TypeOrg && d.possessedPost(n+1) || typ == TypeGPE)) && !(!class && !personal && d.namedHeadOnly(i) && d.possessedPost(n+1)) || personal && nt.text == "," && n+1 < len(d.toks) && d.toks[n+1].mention >= 0 || class && d.apposedOfType(n, typ) {
				// ("by the media watchdog, Reporters Without Borders": the name apposed;
				// "the commission's chairwoman, X": the body named before, whose post)
				continue // "the company chairman", "the country Kenya", "the anti-war party Respect" (unrecognised), "the president of X", "the minister, Jane Doe"
			}
		}
		e := -1
		if !personal {
			e = d.modifiedName(det, i)
		}
		if e < 0 && !personal {
			// ("Tottenham manager Jacques Santini ... the former France
			// manager" is the man, not the club)
			e = d.possessorOf(i)
		}
		if e < 0 && !personal {
			e = d.apposedOrg(det, i)
		}
		if e < 0 {
			e = d.namedHead(i)
		}
		if e < 0 && class {
			e = d.onlyKind(i, typ, t.lower)
		}
		if bm := d.descriptionMention(det, i, TypeOrg); e < 0 && personal && bm >= 0 {
			// "the Tory leader": the last person named before whose title
			// names the party, not the last leader of anything
			if e = d.bodyHolder(det, d.mentions[bm].ent, d.titlePhrase(det, i), titles.titles); e >= 0 {
				d.addReference(i, det, e, MentionTitle)
			}
			continue
		}
		if e < 0 && personal {
			e = titles.last(i, d.titlePhrase(det, i))
			if c := d.descriptionCountry(det, i); e >= 0 && c >= 0 && d.othersCountry(e, c, i) {
				// "Opposition leader Morgan Tsvangirai ... Jordan's Foreign
				// Minister Ayman Safadi. The Jordanian leader": not
				// Tsvangirai (the country is another man's)
				e = -1
			}
		}
		if e < 0 && personal && t.lower == "leader" {
			e = d.leaderBefore(det, i, titles.titles)
		}
		if e < 0 && personal {
			// "Gerhard Schroeder met Jacques Chirac. The German chancellor
			// said": the one person named just before whom the gazetteer
			// places in the description's country (and no other post of
			// it): he holds the post
			if phrase, cm := d.titlePhrase(det, i), d.descriptionMention(det, i, TypeGPE); cm >= 0 && d.ents[d.mentions[cm].ent].gaz != nil && stateHeadPost(phrase) {
				if e = d.affiliatedPerson(det, d.mentions[cm].ent, phrase, titles.titles); e >= 0 {
					d.addReference(i, det, e, MentionTitle)
					d.epithets = append(d.epithets, epithet{ment: t.mention, country: -1, post: phrase, side: cm})
					continue
				}
			}
		}
		if e < 0 {
			continue
		}
		kind := MentionNominal
		if personal {
			kind = MentionTitle
		}
		d.addReference(i, det, e, kind)
	}
}

// blocNouns refer back to an international body: a union of states, an
// alliance or a cartel.
var blocNouns = set("bloc", "alliance", "cartel")

// isBloc: mention m names an international body (the EU, Nato, Opec,
// Asean), not a country nor a company.
func (d *doc) isBloc(m *mention) bool {
	if m.pronoun || m.modifier {
		return false
	}
	g := d.ents[m.ent].gaz
	return intergovernmental(g) || g != nil && (g.Type == TypeGPE && g.Affiliation == "" && strings.HasSuffix(g.Name, " Union") || blocNames[g.Name])
}

// blocNames are international bodies whose gazetteer names hold no body's
// word (Opec's and Ecowas's full names do: intergovernmental).
var blocNames = set("NATO")

// nameAfterNoun: the noun at token i is followed by a name or another
// noun ("the alliance partner", "the bloc's Iran envoy" is the bloc's).
func (d *doc) nameAfterNoun(i int) bool {
	n := i + 1
	if n >= len(d.toks) || d.toks[n].sent != d.toks[i].sent {
		return false
	}
	nt := &d.toks[n]
	return nt.mention >= 0 || isNoun(nt.tag) && !isCapital(nt.text) || nt.lower == "of"
}

// describedSubject: a trade at token i, opening its sentence as "the"
// and its clause's subject, stands for the one person the sentence before
// named ("Philip Green made an offer for M&S. The billionaire owns Bhs"),
// when this sentence names none before it; or -1.
func (d *doc) describedSubject(i int) int {
	si := d.toks[i].sent
	det := d.definiteStart(i)
	if si == 0 || det < 0 || det != d.sents[si].t0 || i+1 >= d.sents[si].t1 {
		return -1
	}
	switch n := &d.toks[i+1]; {
	case n.tag == "VBD" || n.tag == "VBZ" || n.tag == "VBP" || n.tag == "MD" || n.tag == "RB":
	case n.tag == "NNS" && strings.HasSuffix(n.lower, "s") && d.x.lem.InDict(n.lower[:len(n.lower)-1]) && i+2 < d.sents[si].t1 && d.toks[i+2].mention >= 0:
		// "The billionaire owns/NNS Bhs": the tagger's noun
	default:
		return -1 // (not "the singer Madonna", "the actor Tom Hanks")
	}
	for j := det; j < i; j++ {
		if m := d.toks[j].mention; m >= 0 && d.mentions[m].ent >= 0 && d.ents[d.mentions[m].ent].typ == TypePerson {
			return -1
		}
	}
	return d.onePersonIn(si-1, d.toks[i].lower)
}

// epithetSubjectAfter: "Chelsea praised Robin van Persie, saying the
// Dutchman had been superb", "Henry scored and the Frenchman now leads":
// a people's noun after "the" (token det, after a comma, a conjunction or
// "saying") inside the sentence, the subject of a verb, stands for the one
// person named before it in the sentence (not one inside a prepositional
// phrase; no "he" or "she", and no proper noun the recogniser left
// unnamed, before it); or -1.
func (d *doc) epithetSubjectAfter(i, det int) int {
	s := &d.sents[d.toks[i].sent]
	if det <= s.t0 || !d.verbAfter(s, i, false) {
		return -1
	}
	if p := d.toks[det-1]; p.lower != "," && p.lower != "and" && p.lower != "but" && p.lower != "that" && p.lower != "saying" && p.lower != "as" && p.lower != "while" {
		return -1 // (not "beat the Spaniard", an object)
	}
	e := -1
	for j := s.t0; j < det; j++ {
		if l := d.toks[j].lower; l == "he" || l == "she" || l == d.toks[i].lower {
			return -1
		}
		m := d.toks[j].mention
		if j > s.t0 && isProperTag(d.toks[j].tag) && (m < 0 || d.mentions[m].ent < 0) {
			return -1 // ("Bondarenko raced into a lead and though Mirza hauled herself level, the Ukrainian": a name the recogniser missed)
		}
		if m < 0 || d.mentions[m].ent < 0 || d.mentions[m].modifier || d.ents[d.mentions[m].ent].typ != TypePerson || d.mentions[m].pronoun {
			continue
		}
		if d.inPrepPhrase(s, d.mentions[m].t0) {
			return -1 // ("Reacting to a comment by X, the American said": the speaker is someone else)
		}
		if e >= 0 && e != d.mentions[m].ent {
			return -1
		}
		e = d.mentions[m].ent
		j = d.mentions[m].t1 - 1
	}
	return e
}

// verbAfter: token i of sentence s is followed by a finite verb, or an
// adverb and a verb ("the Frenchman now leads"); loose also takes a past
// the tagger read as a noun or an adjective ("The former Real Madrid
// striker cost/NN £6m", "The 23-year-old beat/NN Andy Roddick", "The
// 29-year-old joined/JJ Hibernian").
func (d *doc) verbAfter(s *sent, i int, loose bool) bool {
	if i+1 >= s.t1 {
		return false
	}
	switch n := &d.toks[i+1]; {
	case n.tag == "VBD" || n.tag == "VBZ" || n.tag == "VBP" || n.tag == "MD" || n.tag == "RB" && i+2 < s.t1 && isVerb(d.toks[i+2].tag):
		return true
	case n.text == "," && i+2 < s.t1 && d.toks[i+2].lower == "who":
		return true // "The 24-year-old, who was born in Rijeka, broke": the subject of a relative clause too
	case loose && ((n.tag == "NN" || n.tag == "JJ") && irregularPast[n.lower] || n.tag == "JJ" && strings.HasSuffix(n.lower, "ed") && verbStem(d, n.lower) != n.lower):
		return true
	}
	return false
}

// onePersonIn returns the one person sentence si names, or -1 when it
// names none or several ("Madonna met Tony Blair. The singer": which
// one?) or uses the description's word w for someone unnamed ("Mr Lee
// did not know the rapper had filmed it. The rapper ...": another).
func (d *doc) onePersonIn(si int, w string) int {
	prev := &d.sents[si]
	e := -1
	// (a "he" or "she" before the one named is someone named before: "...
	// as he battled past Mario Ancic. The Russian", unless the name has
	// the description's own word: "he will face Russian Mikhail Youzhny.
	// The Russian")
	heBefore, described := false, false
	for j := prev.t0; j < prev.t1; j++ {
		if d.toks[j].lower == w && d.toks[j].mention < 0 {
			return -1
		}
		if (d.toks[j].lower == "he" || d.toks[j].lower == "she") && e < 0 {
			heBefore = true
		}
		m := d.toks[j].mention
		if m < 0 || d.mentions[m].ent < 0 || d.mentions[m].modifier || d.ents[d.mentions[m].ent].typ != TypePerson {
			continue
		}
		if e >= 0 && e != d.mentions[m].ent {
			return -1
		}
		e = d.mentions[m].ent
		described = described || d.mentions[m].t0 > prev.t0 && d.toks[d.mentions[m].t0-1].lower == w
	}
	if heBefore && !described {
		return -1
	}
	return e
}

// agedSubject: "The 23-year-old beat X", "The 31-year-old said": an age
// alone opening the sentence as its subject stands for the one person the
// sentence before named; or -1. (The tagger often reads the verb after it
// as a noun; the mention lets the verb repair see it.)
func (d *doc) agedSubject(i int) int {
	t := &d.toks[i]
	si := t.sent
	s := &d.sents[si]
	if si == 0 || t.mention >= 0 || i != s.t0+1 || d.toks[s.t0].lower != "the" || i+2 >= s.t1 || !isAgeWord(t.lower) {
		return -1
	}
	if !d.verbAfter(s, i, true) {
		return -1 // (not "The 23-year-old striker", a trade's own rule)
	}
	if d.quoteIn(si - 1) {
		return -1 // a quote names whom its speaker talks about ("... if coach X will stick around." The 25-year-old)
	}
	return d.onePersonIn(si-1, t.lower)
}

// quoteIn reports whether sentence si quotes anyone.
func (d *doc) quoteIn(si int) bool {
	s := &d.sents[si]
	for k := s.t0; k < s.t1; k++ {
		if isQuote(d.toks[k].text) {
			return true
		}
	}
	return s.speaker >= 0
}

// isAgeWord: "23-year-old", "31-year-old".
func isAgeWord(w string) bool {
	n, ok := strings.CutSuffix(w, "-year-old")
	if !ok || n == "" {
		return false
	}
	for _, r := range n {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// demonymPerson: "The Swede reached the last four", "The Dane praised
// X": a singular people's noun opening the sentence as "the" and its
// subject is the one person the sentence before named; its mention then
// refers to that person, not to the country. It reports whether it made
// the reference.
func (d *doc) demonymPerson(i int) bool {
	mi := d.toks[i].mention
	det := i - 1 // "The Swede", "The 25-year-old Spaniard"
	if det > 0 && isAgeWord(d.toks[det].lower) {
		det--
	}
	if mi < 0 || det < 0 || d.toks[det].lower != "the" || d.toks[det].mention >= 0 || d.toks[i-1].mention >= 0 {
		return false
	}
	m := &d.mentions[mi]
	if m.kind != MentionDemonym || m.t0 != i || m.t1 != i+1 || m.ent < 0 || !singularDemonym(d.toks[i].lower) {
		return false
	}
	e := d.describedSubject(i)
	if e < 0 {
		e = d.epithetSubjectAfter(i, det)
	}
	if c := d.nationalsBefore(i, m.ent); e >= 0 && c >= 0 && c != e {
		// "signed Brazilian forward X ... Club chairman Y said ... The
		// Brazilian is expected to": the one person the story called
		// Brazilian, not the last one named
		e = c
	}
	if e < 0 {
		return false
	}
	d.epithets = append(d.epithets, epithet{ment: mi, country: -1, gone: *m})
	d.mentions[mi] = mention{t0: det, t1: i + 1, ent: e, sent: m.sent, typ: TypePerson, pronoun: true,
		kind: MentionNominal, titleAff: -1, titleTo: -1, title0: i}
	for j := det; j < i; j++ {
		d.toks[j].mention = mi
	}
	return true
}

// nationalsBefore returns the one person named before token i with the
// demonym of country entity c just before the name or its title
// ("Brazilian forward Rafael Nogueira"), or -1 (none, or more than one).
func (d *doc) nationalsBefore(i, c int) int {
	found := -1
	for mi := range d.mentions {
		pm := &d.mentions[mi]
		if pm.t0 >= i || pm.ent < 0 || pm.pronoun || pm.kind != "" || d.ents[pm.ent].typ != TypePerson {
			continue
		}
		s := &d.sents[pm.sent]
		for k := pm.title0 - 1; k >= s.t0 && k >= pm.title0-3; k-- {
			dm := d.toks[k].mention
			if dm < 0 {
				if !isLowerWord(d.toks[k].text) {
					break
				}
				continue // "Brazilian forward X": a trade between
			}
			if d.mentions[dm].kind == MentionDemonym && d.mentions[dm].ent == c && d.mentions[dm].t1 == k+1 {
				if found >= 0 && found != pm.ent {
					return -1
				}
				found = pm.ent
			}
			break
		}
	}
	return found
}

// demonymDescribed: "The Dutch striker will miss", "The British singer
// played": a people's adjective before a trade, opening the sentence as
// "the" and its subject, describes the one person the sentence before
// named; it returns that person and the demonym's mention, or -1s. (Not
// before a post: "The Libyan leader" holds the state's post, whose rules
// say so.)
func (d *doc) demonymDescribed(i int) (e, dem int) {
	t := &d.toks[i]
	if i == 0 || t.mention >= 0 || !isNoun(t.tag) || !isLowerWord(t.text) || !playerRoles[t.lower] && !professionNouns[t.lower] && t.lower != "star" {
		return -1, -1
	}
	dem = d.toks[i-1].mention
	if dem < 0 || d.mentions[dem].kind != MentionDemonym || d.mentions[dem].t0 != i-1 || d.mentions[dem].t1 != i || d.mentions[dem].ent < 0 || d.ents[d.mentions[dem].ent].typ != TypeGPE {
		return -1, -1
	}
	if e = d.describedSubject(i); e < 0 {
		return -1, -1
	}
	return e, dem
}

// sideDescribed: "The Manchester United striker will miss the game", "The
// former Real Madrid striker cost £6m": a sentence opening with "the", a
// side's or body's name and a player's role or a post (token i, in lower
// case) as the subject of a verb stands for the one person the sentence
// before named. It returns that person, the side's mention and the post
// ("former striker" after "former"), or -1.
func (d *doc) sideDescribed(i int) (e, side int, post string) {
	t := &d.toks[i]
	si := t.sent
	s := &d.sents[si]
	if si == 0 || t.mention >= 0 || !isLowerWord(strings.ReplaceAll(t.text, "-", "")) || !isNoun(t.tag) || !playerRoles[t.lower] && !teamRoles[t.lower] || i+1 >= s.t1 {
		return -1, -1, ""
	}
	side = d.toks[i-1].mention
	if side < 0 || d.mentions[side].t1 != i || d.mentions[side].ent < 0 || d.mentions[side].kind != "" || d.mentions[side].pronoun {
		return -1, -1, ""
	}
	if typ := d.ents[d.mentions[side].ent].typ; typ != TypeOrg && typ != TypeGPE && typ != TypeLoc {
		return -1, -1, ""
	}
	b := d.mentions[side].t0 - 1
	post = t.lower
	if b > s.t0 && (d.toks[b].lower == "former" || d.toks[b].lower == "ex-") {
		post, b = "former "+post, b-1
	}
	if b < s.t0 || d.toks[b].lower != "the" {
		return -1, -1, ""
	}
	if b > s.t0 {
		// "X scored but the Chelsea striker was then booked": the one
		// person named before it in the sentence
		if e = d.epithetSubjectAfter(i, b); e < 0 {
			return -1, -1, ""
		}
		return e, side, post
	}
	if !d.verbAfter(s, i, true) && d.toks[i+1].tag != "VBN" || d.quoteIn(si-1) {
		// ("The England fly-half played/VBN on Sunday")
		return -1, -1, ""
	}
	if e = d.onePersonIn(si-1, t.lower); e < 0 {
		return -1, -1, ""
	}
	return e, side, post
}

// singularDemonym: a demonym that names one person ("Swede", "Frenchman",
// "Australian"), not a people as a whole ("French", "Chinese", "Swiss",
// "Russians").
func singularDemonym(w string) bool {
	for _, suf := range []string{"s", "ish", "ese", "ch", "ss"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// apposedOrg: the description from det to head noun i is apposed to the
// organisation named right before it and closes with a comma or the
// sentence ("The Houthis, the Iranian-backed Yemeni movement,"): that
// organisation, or -1.
func (d *doc) apposedOrg(det, i int) int {
	s := &d.sents[d.toks[i].sent]
	if i+1 >= s.t1 || d.toks[i+1].text != "," && d.toks[i+1].text != "." {
		return -1
	}
	return d.orgBeforeComma(det)
}

// orgBeforeComma returns the entity of the organisation named right before
// the comma before token det (the start of a description apposed to it:
// "Reuters, the news agency", "X, a Moscow-led bloc"), or -1.
func (d *doc) orgBeforeComma(det int) int {
	s := &d.sents[d.toks[det].sent]
	if det-2 < s.t0 || d.toks[det-1].text != "," {
		return -1
	}
	m := d.toks[det-2].mention
	if m < 0 || d.mentions[m].ent < 0 || d.mentions[m].pronoun || d.mentions[m].modifier || d.mentions[m].t1 != det-1 || d.ents[d.mentions[m].ent].typ != TypeOrg {
		return -1
	}
	return d.mentions[m].ent
}

// apposedOfType: a comma at token n and then a name of type typ ("by the
// media watchdog, Reporters Without Borders"; not "a spokesman for the
// group, Fawzi Barhoum").
func (d *doc) apposedOfType(n int, typ string) bool {
	if n+1 >= len(d.toks) || d.toks[n].text != "," || d.toks[n+1].sent != d.toks[n].sent {
		return false
	}
	m := d.toks[n+1].mention
	return m >= 0 && d.mentions[m].t0 == n+1 && d.mentions[m].ent >= 0 && d.ents[d.mentions[m].ent].typ == typ
}

// addReference adds the mention of entity e that a pronoun at token i
// makes ("it", "they"), or a description with head noun i, starting at its
// determiner det when that stands right before the noun ("the company",
// "his country"; det -1 for none).
func (d *doc) addReference(i, det, e int, kind string) {
	t := &d.toks[i]
	d.mentions = append(d.mentions, mention{t0: i, t1: i + 1, ent: e, sent: t.sent, typ: d.ents[e].typ, pronoun: true,
		kind: kind, titleAff: -1, titleTo: -1, title0: i})
	t.mention = len(d.mentions) - 1
	if det >= 0 && det == i-1 {
		d.mentions[t.mention].t0 = det
		d.toks[det].mention = t.mention
	}
}

// describedNames resolves a definite description that an apposition gave
// a named organisation earlier in the text: after "the presidential guard
// unit involved in the coup, the Regiment of Presidential Security,", "the
// presidential guards" and "the guards" are that regiment.
func (d *doc) describedNames() {
	type desc struct{ ent, after int }
	described := map[string]desc{}             // noun lemma -> the organisation and where it was described
	describe := func(n0, n1 int, m *mention) { // the nouns n0..n1 describe m's organisation (the first one described keeps a noun)
		for j := n0; j < n1; j++ {
			if l := d.nounLemma(d.toks[j].lower); definiteNouns[l] == "" {
				if _, ok := described[l]; !ok {
					described[l] = desc{m.ent, m.t1}
				}
			}
		}
	}
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.pronoun || m.modifier || m.ent < 0 || d.ents[m.ent].typ != TypeOrg || d.toks[m.t0].mention != mi {
			continue
		}
		s := &d.sents[m.sent]
		if n0, n1 := d.descriptorBefore(m); n0 >= 0 {
			// "the opposition Coalition for Unity and Democracy ... asked
			// the opposition": the noun the text named it with
			describe(n0, n1, m)
			continue
		}
		c := m.t0 - 1
		if c > s.t0 && d.toks[c].lower == "the" {
			c--
		}
		if c <= s.t0 || d.toks[c].text != "," || m.t1 < s.t1 && d.toks[m.t1].text != "," && d.toks[m.t1].text != "." {
			continue
		}
		for b := c - 1; b >= s.t0 && b >= c-9; b-- {
			if d.toks[b].text == "," || d.toks[b].mention >= 0 {
				break
			}
			if d.toks[b].lower != "the" {
				continue
			}
			if b-2 >= s.t0 && d.toks[b-1].tag == "IN" && (d.toks[b-2].tag == "VBN" || d.toks[b-2].tag == "JJ") {
				continue // "involved in the coup": a reduced relative after the description
			}
			k := b + 1
			for k < c && d.toks[k].tag == "JJ" {
				k++
			}
			n0 := k
			for k < c && isNoun(d.toks[k].tag) && isLowerWord(d.toks[k].text) {
				k++
			}
			if k > n0 && (k == c || d.toks[k].tag == "VBN" || d.toks[k].tag == "JJ" && k+1 < c && d.toks[k+1].tag == "IN") {
				describe(n0, k, m)
			}
			break
		}
	}
	if len(described) == 0 {
		return
	}
	for i := range d.toks {
		t := &d.toks[i]
		if t.mention >= 0 || !isNoun(t.tag) || !isLowerWord(t.text) {
			continue
		}
		ds, ok := described[d.nounLemma(t.lower)]
		if !ok || i < ds.after || i+1 < len(d.toks) && isNoun(d.toks[i+1].tag) && d.toks[i+1].sent == t.sent {
			continue
		}
		det := d.definiteStart(i)
		if det < 0 {
			continue
		}
		d.addReference(i, det, ds.ent, MentionNominal)
	}
}

// descriptorBefore returns the lower-case nouns [n0, n1) that stand
// between "the" (and adjectives) and the name of mention m ("the
// opposition Coalition for Unity and Democracy", "the militant group
// Hamas"), or -1, -1.
func (d *doc) descriptorBefore(m *mention) (int, int) {
	s := &d.sents[m.sent]
	n1 := m.t0
	n0 := n1
	for n0-1 > s.t0 && isNoun(d.toks[n0-1].tag) && isLowerWord(d.toks[n0-1].text) && d.toks[n0-1].mention < 0 {
		n0--
	}
	k := n0
	for k-1 > s.t0 && d.toks[k-1].tag == "JJ" && isLowerWord(d.toks[k-1].text) {
		k--
	}
	if n0 == n1 || k-1 < s.t0 || d.toks[k-1].lower != "the" {
		return -1, -1
	}
	if e := m.t1; e < s.t1 && (isNoun(d.toks[e].tag) && isLowerWord(d.toks[e].text) || d.toks[e].titleOf >= 0) {
		return -1, -1 // "After the announcement WLGA finance spokesman X": not the name's description
	}
	for j := n0; j < n1; j++ {
		if l := d.nounLemma(d.toks[j].lower); eventNouns[l] != "" || eventNounLemmas[l] {
			return -1, -1
		}
	}
	return n0, n1
}

// hisCountries resolves "his (her) country" after the pronouns are
// resolved: "al-Thinni accused Qatar of interfering in his country's
// affairs" -> Libya.
func (d *doc) hisCountries() {
	for i := range d.toks {
		t := &d.toks[i]
		if t.mention >= 0 || definiteNouns[t.lower] != TypeGPE {
			continue
		}
		if e := d.hisCountry(i); e >= 0 {
			d.addReference(i, i-1, e, MentionNominal)
		}
	}
}

// hisCountry: "his (her) country" at token i, the pronoun resolved to a
// person whose title names a country ("Libyan Prime Minister Abdullah
// al-Thinni"): that country; else -1.
func (d *doc) hisCountry(i int) int {
	if i == 0 || d.toks[i-1].lower != "his" && d.toks[i-1].lower != "her" {
		return -1
	}
	pm := d.toks[i-1].mention
	if pm < 0 || d.mentions[pm].ent < 0 || d.ents[d.mentions[pm].ent].typ != TypePerson {
		return -1
	}
	country := -1
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.ent != d.mentions[pm].ent || m.t0 > i {
			continue
		}
		aff := m.titleAff
		if aff < 0 {
			aff = d.possessiveTitleCountry(m) // "Myanmar's leader Aung San Suu Kyi ... her country"
		}
		if aff < 0 {
			continue
		}
		a := &d.mentions[aff]
		if a.ent < 0 || d.ents[a.ent].typ != TypeGPE {
			continue
		}
		if country >= 0 && country != a.ent {
			return -1 // two countries: which one is his?
		}
		country = a.ent
	}
	return country
}

// possessiveTitleCountry returns the mention of the country whose
// possessive opens person mention m's lower-case title ("Myanmar's leader
// X", "Iraq's prime minister X"), or -1.
func (d *doc) possessiveTitleCountry(m *mention) int {
	s := &d.sents[m.sent]
	b := m.t0 - 1
	for b > s.t0 && b >= m.t0-3 && d.toks[b].mention < 0 && isLowerWord(d.toks[b].text) && d.isTitleWord(d.toks[b].lower) {
		b--
	}
	if b == m.t0-1 || b-1 < s.t0 || d.toks[b].text != "'s" {
		return -1
	}
	if c := d.toks[b-1].mention; c >= 0 && d.mentions[c].ent >= 0 && d.ents[d.mentions[c].ent].typ == TypeGPE {
		return c
	}
	return -1
}

// apposedPerson: "the man" (woman, person) at token i in an apposition
// right after a person's name is that person; it returns the entity or -1.
func (d *doc) apposedPerson(i int) int {
	if !humanNouns[d.toks[i].lower] || i < 3 || d.toks[i-1].lower != "the" || d.toks[i-2].text != "," || d.toks[i-1].mention >= 0 {
		return -1
	}
	p := d.toks[i-3].mention
	if p < 0 || d.toks[i-3].sent != d.toks[i].sent || d.mentions[p].t1 != i-2 || d.mentions[p].ent < 0 || d.mentions[p].pronoun || d.ents[d.mentions[p].ent].typ != TypePerson {
		return -1
	}
	return d.mentions[p].ent
}

// humanNouns name a person by sex or age alone.
var humanNouns = set("man", "woman", "person", "boy", "girl")

// possessedPost: a post word starts at token j, maybe after an adjective
// ("the company's chairman", "the firm's chief executive").
func (d *doc) possessedPost(j int) bool {
	for k := j; k < len(d.toks) && k < j+3 && d.toks[k].sent == d.toks[j-1].sent; k++ {
		if titleHeads[d.toks[k].lower] {
			return true
		}
		if !titleMods[d.toks[k].lower] && d.toks[k].tag != "JJ" {
			return false
		}
	}
	return false
}

// definiteStart returns the index of "the" opening the noun phrase headed
// by token i ("the ministry", "the Oklahoma senator", "the British soft
// drinks group", "the Seattle-based company"), or -1.
func (d *doc) definiteStart(i int) int {
	s := d.toks[i].sent
	for j := i - 1; j >= 0 && j >= i-4 && d.toks[j].sent == s; j-- {
		t := &d.toks[j]
		if t.lower == "the" {
			return j
		}
		if t.tag == "JJ" || t.tag == "VBN" && (j < i-1 || t.lower == "based") || t.tag == "HYPH" || (isNoun(t.tag) && !isCapital(t.text) && t.mention < 0) || t.mention >= 0 && d.mentions[t.mention].ent >= 0 && (d.mentions[t.mention].modifier || d.ents[d.mentions[t.mention].ent].typ == TypeGPE || d.ents[d.mentions[t.mention].ent].typ == TypeLoc) {
			continue
		}
		return -1
	}
	return -1
}

// possessorOf: the same head noun earlier with a possessor or a name
// before it ("Somalia's foreign ministry", "the Kenyan ministry") -> that
// entity.
func (d *doc) possessorOf(i int) int {
	s := d.toks[i].sent
	w := d.toks[i].lower
	for j := i - 1; j >= 0 && d.toks[j].sent >= s-corefMaxBack; j-- {
		if d.toks[j].lower != w {
			continue
		}
		if mi := d.toks[j].mention; mi >= 0 {
			// "Russian troops" ... "the troops": a group mention ending in the noun
			if m := &d.mentions[mi]; m.ent >= 0 && !m.pronoun && m.t1-1 == j && m.t0 < j {
				if typ := d.ents[m.ent].typ; typ == TypeGPE || typ == TypeOrg {
					return m.ent
				}
			}
			continue
		}
		for k := j - 1; k >= 0 && k >= j-4 && d.toks[k].sent == d.toks[j].sent; k-- {
			t := &d.toks[k]
			if t.text == "'s" || t.text == "'" || t.tag == "JJ" || isNoun(t.tag) && !isCapital(t.text) && t.mention < 0 {
				continue
			}
			if t.mention >= 0 && d.mentions[t.mention].ent >= 0 && !d.mentions[t.mention].pronoun {
				typ := d.ents[d.mentions[t.mention].ent].typ
				if e := d.apposedOrgAfter(j); typ == TypeGPE && e >= 0 && d.sameDescription(i, j) {
					return e // "UK firm Phytopharm" ... "the pharmaceutical firm": the company, not its country
				}
				if typ == TypeGPE || typ == TypeOrg {
					return d.mentions[t.mention].ent
				}
			}
			break
		}
	}
	return -1
}

// apposedOrgAfter returns the organisation named right after noun j ("UK
// firm Phytopharm"), or -1.
func (d *doc) apposedOrgAfter(j int) int {
	n := j + 1
	if n >= len(d.toks) || d.toks[n].sent != d.toks[j].sent || d.toks[n].mention < 0 {
		return -1
	}
	if nm := &d.mentions[d.toks[n].mention]; nm.t0 == n && nm.ent >= 0 && !nm.pronoun && d.ents[nm.ent].typ == TypeOrg {
		return nm.ent
	}
	return -1
}

// sameDescription: every place word describing head noun i after its
// determiner (capitalised, or "X-based") stands in the few words before the
// same noun at j: not "the Virginia-based firm" after "Boston-based private
// investment firm Highfields"; "the pharmaceutical firm" after "UK firm
// Phytopharm" may add what the text knows.
func (d *doc) sameDescription(i, j int) bool {
	det := d.definiteStart(i)
	for k := det + 1; det >= 0 && k < i; k++ {
		if !isCapital(d.toks[k].text) && !strings.HasSuffix(d.toks[k].lower, "-based") {
			continue
		}
		found := false
		for b := j - 1; b >= 0 && b >= j-5 && d.toks[b].sent == d.toks[j].sent; b-- {
			if d.toks[b].lower == d.toks[k].lower {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// accusedOfAt: the phrase opening at token det is the object of a verb of
// accusing, so an "of" after its noun is the charge ("accused the coalition
// of war crimes"), not part of the phrase.
func (d *doc) accusedOfAt(det int) bool {
	v := det - 1
	return v >= 0 && d.toks[v].sent == d.toks[det].sent && isVerb(d.toks[v].tag) && accuseVerbs[d.lemma(&d.toks[v])]
}

// namedHead: "the commission" after "the European Commission": the
// organisation last named in reach whose name ends in the head noun, or
// whose head before "of" or "for" it is ("the Institute for Marine Research").
func (d *doc) namedHead(i int) int {
	s := d.toks[i].sent
	w := d.toks[i].lower
	for j := i - 1; j >= 0 && d.toks[j].sent >= s-corefMaxBack; j-- {
		m := d.toks[j].mention
		if m < 0 || d.mentions[m].ent < 0 || d.mentions[m].pronoun || d.mentions[m].t1-1 != j {
			continue
		}
		de := d.ents[d.mentions[m].ent]
		if de.typ != TypeOrg || j == d.mentions[m].t0 && !strings.Contains(de.name, " ") {
			continue // (a one-word mention names the body only with its compound: "the Saudi-led coalition")
		}
		if d.toks[j].lower == w || d.ofHeadIs(m, w) {
			return d.mentions[m].ent
		}
	}
	return -1
}

// ofHeadIs: the word before the first "of" or "for" inside mention m is w
// ("the institute" after the Halvorsen Institute for Marine Research).
func (d *doc) ofHeadIs(m int, w string) bool {
	mm := &d.mentions[m]
	for k := mm.t0 + 1; k < mm.t1-1; k++ {
		if l := d.toks[k].lower; l == "of" || l == "for" {
			return d.toks[k-1].lower == w
		}
	}
	return false
}

// modifiedName: a capitalised word between the determiner at det and the
// head noun at i names, with the head, one organisation named before
// ("the Shizuoka institute" after the Shizuoka Institute of Ocean Science,
// not the Pacific Ocean Research Institute named last); it returns that
// organisation, or -1.
func (d *doc) modifiedName(det, i int) int {
	var mods []string
	for j := det + 1; j < i; j++ {
		if isCapital(d.toks[j].text) && isNameWord(d.toks[j].text) {
			mods = append(mods, d.toks[j].lower)
		}
	}
	if len(mods) == 0 {
		return -1
	}
	head := d.toks[i].lower
	found := -1
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.t1 > det || m.ent < 0 || m.ent == found || m.pronoun || m.kind != "" || d.ents[m.ent].typ != TypeOrg {
			continue
		}
		ws := strings.Fields(strings.ToLower(d.ents[m.ent].name))
		if !slices.Contains(ws, head) || !slices.ContainsFunc(mods, func(w string) bool { return slices.Contains(ws, w) }) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = m.ent
	}
	return found
}

// namedHeadOnly: the noun at token i ends the name of a body named just
// before (namedHead), and every word between its determiner and it is a
// word of that name ("the portrait gallery"; not "the Indonesian stock
// exchange" after the Bombay Stock Exchange).
func (d *doc) namedHeadOnly(i int) bool {
	e, det := d.namedHead(i), d.definiteStart(i)
	if e < 0 || det < 0 {
		return false
	}
	words := strings.Fields(strings.ToLower(d.ents[e].name))
	for j := det + 1; j < i; j++ {
		if !slices.Contains(words, d.toks[j].lower) {
			return false
		}
	}
	return true
}

// notNameHeads end bodies' names but seldom refer back to them in lower
// case ("the White House ... the house").
var notNameHeads = set("house", "times", "world", "day", "week", "year", "news", "home", "post", "street", "square",
	"cup", "games", "open", "show")

// onlyKind: the one organisation (country) named in the sentence before
// token i or in the one before whose name does not say it is of another
// kind ("the bank" is not "the Green Party").
func (d *doc) onlyKind(i int, typ, noun string) int {
	fits := func(m *mention) bool {
		return d.ents[m.ent].typ == typ && !m.pronoun && !m.modifier && kindFits(d.ents[m.ent].name, noun) && !d.localSubject(m, i)
	}
	e := d.onlyBefore(i, fits)
	if e < 0 && typ == TypeOrg {
		e = d.leadSubjectBefore(i, fits) // "Yukos sued Gazprom on Monday. The company also bought Rosneft": the subject goes on
	}
	if e < 0 && typ == TypeOrg && charityNouns[noun] {
		e = d.onlyFarBefore(i, fits) // "the Safe Harbour Trust ... (a sentence of other names) ... the charity's new chief executive"
	}
	if e >= 0 && typ == TypeOrg && d.objectOfIt(i, e) {
		return -1 // "It said it would buy Czech operator Oskar. The company also agreed": "it" is another company
	}
	if det := d.definiteStart(i); e >= 0 && typ == TypeOrg && det >= 0 {
		if c := d.descriptionCountry(det, i); c >= 0 && d.namesOtherCountry(e, c) {
			return -1 // "UK Athletics has agreed a deal with adidas. The German-based firm": not UK Athletics
		}
	}
	return e
}

// leadSubjectBefore returns, for a description opening its sentence at
// token i (after its determiner), the entity that fits and is the main
// subject of the sentence before, when several fit there ("Yukos sued
// Gazprom on Monday. The company ..."); else -1. A sentence opened by a
// quote, or one before that is, keeps its ambiguity.
func (d *doc) leadSubjectBefore(i int, fits func(m *mention) bool) int {
	si := d.toks[i].sent
	det := d.definiteStart(i)
	if si == 0 || det != d.sents[si].t0 || d.quoteIn(si) || d.quoteIn(si-1) {
		return -1
	}
	for j := d.sents[si-1].t0; j < d.sents[si-1].t1; j++ {
		if d.toks[j].lower == d.toks[i].lower && d.toks[j].mention < 0 {
			return -1 // ("Yugansk was sold to a little-known shell company. The shell company ...": that one)
		}
	}
	for j := d.sents[si-1].t0; j < d.sents[si-1].t1; j++ {
		if m := d.toks[j].mention; m >= 0 && d.mentions[m].t0 == j && d.mentions[m].ent >= 0 && fits(&d.mentions[m]) {
			if d.mainSubject(&d.mentions[m]) {
				return d.mentions[m].ent
			}
			return -1 // (the first fitting name is no subject: "Shares in Yukos fell as Gazprom ...")
		}
	}
	return -1
}

// namesOtherCountry: the name of entity e holds the name or an adjective
// of a country other than entity c ("UK Athletics" for Germany).
func (d *doc) namesOtherCountry(e, c int) bool {
	ws := strings.Fields(d.ents[e].name)
	for k := range ws {
		if g, ok := d.x.gaz.Lookup(ws, k); ok && g.Entry.Type == TypeGPE && g.Entry.Name != d.ents[c].name {
			return true
		}
	}
	return false
}

// localSubject reports whether mention m is, in the parse, the subject
// of the clause that token i is in: a description there is someone else
// ("The Pentagon fined the company", "Tesco agreed to buy the chain"; but
// "Boeing said the company would", another clause, may be Boeing).
func (d *doc) localSubject(m *mention, i int) bool {
	s := &d.sents[d.toks[i].sent]
	if m.sent != d.toks[i].sent || m.t1 > i {
		return false
	}
	if d.toks[i].rel == "" {
		// not parsed: the name, a verb group, then the description
		// ("The Pentagon has fined the Seattle-based company")
		k, verbs := m.t1, 0
		for ; k < i && (isVerb(d.toks[k].tag) || d.toks[k].tag == "MD" || d.toks[k].tag == "RB" || d.toks[k].tag == "TO"); k++ {
			if isVerb(d.toks[k].tag) {
				verbs++
			}
		}
		for ; k < i && (d.toks[k].tag == "DT" || d.toks[k].tag == "JJ" || d.toks[k].tag == "VBN" || d.toks[k].tag == "HYPH" || isNoun(d.toks[k].tag)); k++ {
		}
		return verbs > 0 && k == i
	}
	if r := d.toks[i].rel; r != "obj" && r != "iobj" {
		return false // ("JP Morgan, the US investment bank,": an apposition; "replaced the Tories as the party")
	}
	v := -1
	for j := m.t0; j < m.t1; j++ {
		if h := d.toks[j].head; (h < m.t0 || h >= m.t1) && strings.HasPrefix(d.toks[j].rel, "nsubj") {
			v = h
		}
	}
	if v < s.t0 || v >= s.t1 {
		return false
	}
	for k, hop := i, 0; k >= s.t0 && k < s.t1 && hop < 12; k, hop = d.toks[k].head, hop+1 {
		if k == v {
			return true
		}
		if clauseRels[d.toks[k].rel] && !(d.toks[k].rel == "conj" && !d.hasSubject(s, k)) {
			return false // ("revoked X and prohibited the company": the subject shared)
		}
	}
	return false
}

// hasSubject: token k has a subject among its dependents.
func (d *doc) hasSubject(s *sent, k int) bool {
	for j := s.t0; j < s.t1; j++ {
		if d.toks[j].head == k && strings.HasPrefix(d.toks[j].rel, "nsubj") {
			return true
		}
	}
	return false
}

// clauseRels attach a clause of its own to its head.
var clauseRels = set("ccomp", "advcl", "acl", "acl:relcl", "parataxis", "conj", "csubj", "advcl:relcl")

// objectOfIt reports whether the last name of entity e before token i
// is, in the parse, the object of a verb whose subject is "it" (not yet
// resolved: some other organisation acting on e).
func (d *doc) objectOfIt(i, e int) bool {
	for j := i - 1; j >= 0 && d.toks[j].sent >= d.toks[i].sent-1; j-- {
		m := d.toks[j].mention
		if m < 0 || d.mentions[m].ent != e || d.mentions[m].pronoun {
			continue
		}
		s := &d.sents[d.toks[j].sent]
		if strings.HasPrefix(d.toks[j].rel, "nsubj") {
			return false // "It is the first time Microsoft has launched": Microsoft acts
		}
		v := d.toks[j].head
		for hop := 0; hop < 4 && v >= s.t0 && v < s.t1; hop++ {
			for k := s.t0; k < v; k++ {
				if d.toks[k].head == v && d.toks[k].lower == "it" && d.toks[k].mention < 0 && strings.HasPrefix(d.toks[k].rel, "nsubj") {
					return true
				}
			}
			v = d.toks[v].head
		}
		return false
	}
	return false
}

// kindFits: an organisation whose name ends in a kind word ("Green Party",
// "Bank of England" starts with one) fits only a noun of that kind; a
// party ("Liberal Democrats") only a party's.
func kindFits(name, noun string) bool {
	if partyName(name) {
		return partyBackNouns[noun] // "the watchdog", "the company" is not the Liberal Democrats
	}
	if noun == "party" {
		return false // "gave £500,000 to the party": a political party, not his company PowderJect (a party's name fits above)
	}
	ws := strings.Fields(strings.ToLower(name))
	if noun == "union" {
		// "the union" is a union by its name, a trade's association, or
		// one of the unions known by a short name (not "Tesco ... the
		// union said")
		return slices.Contains(ws, "union") || tradesBody(ws) || len(ws) == 1 && unionNames[ws[0]]
	}
	if regulatorNouns[noun] && noun != "authority" {
		return publicBodyName(name) // "the US regulator" is the SEC, not Enron named just before
	}
	if stems, ok := institutionStems[noun]; ok {
		// "the museum" is a body whose name says it is one ("Museo
		// Castellana"; not "Blackpool Pleasure Beach")
		return slices.ContainsFunc(ws, func(w string) bool {
			return slices.ContainsFunc(stems, func(st string) bool { return strings.HasPrefix(w, st) })
		})
	}
	if len(ws) < 2 {
		return true
	}
	if charityNouns[noun] && companyTails[ws[len(ws)-1]] {
		return false // "Kestrel Developments" is no charity
	}
	if slices.ContainsFunc(ws, func(w string) bool { return mediaNameWords[w] }) {
		return mediaNouns[noun] // "China Daily", "the Times of India": a newspaper, not "the regulator"
	}
	heads := []string{ws[len(ws)-1], ws[0]}
	if i := slices.IndexFunc(ws, func(w string) bool { return w == "of" || w == "for" }); i > 0 {
		heads = append(heads, ws[i-1]) // "the UN Office for the Coordination of ...": an office
	}
	for _, w := range heads {
		if !orgHeads[w] || genericKinds[w] {
			continue
		}
		// ("Parsavand Aero Systems ... the company": a trade word's company;
		// "the Bureau for Civic Rights ... the group": a civic body's)
		return w == noun || sameKind[w] == noun || sameKind[noun] == w || companyTails[w] && (noun == "company" || noun == "firm") || civicHeads[w] && (noun == "group" || noun == "organisation" || noun == "organization")
	}
	return true
}

// publicBodyName: name reads as a public body's: a word of one
// (Commission, Authority, Office...), an acronym ("SEC", "FSA") or one of
// Britain's "Of-" regulators ("Ofcom", "Ofgem").
func publicBodyName(name string) bool {
	if isAcronymWord(name) || len(name) > 4 && strings.HasPrefix(name, "Of") && isLowerWord(name[2:]) {
		return true
	}
	return slices.ContainsFunc(strings.Fields(strings.ToLower(name)), func(w string) bool { return publicBodyWords[w] })
}

// publicBodyWords name public bodies.
var publicBodyWords = set("commission", "authority", "office", "agency", "board", "bureau", "council", "committee",
	"service", "regulator", "watchdog", "department", "ministry", "inspectorate", "ombudsman", "court", "tribunal",
	"administration", "directorate", "executive", "reserve")

// tradesBody: the lower-cased name words ws are a trade's association or
// federation, its members named in the plural before the head ("British
// Airline Pilots' Association", "National Federation of Teachers"), which
// "the union" refers back to (not "the Football Association").
func tradesBody(ws []string) bool {
	n := len(ws)
	if n < 2 || ws[n-1] != "association" && ws[n-1] != "federation" && ws[n-1] != "guild" && ws[0] != "association" && ws[0] != "federation" {
		return false
	}
	for _, w := range ws {
		if w = strings.TrimSuffix(strings.TrimSuffix(w, "'"), "'s"); len(w) > 3 && strings.HasSuffix(w, "ers") || strings.HasSuffix(w, "ists") || strings.HasSuffix(w, "ors") || w == "nurses" || w == "pilots" || w == "employees" || w == "staff" {
			return true
		}
	}
	return false
}

// unionNames are trade unions known by one word.
var unionNames = set("unite", "unison", "gmb", "rmt", "amicus", "aslef", "bectu", "nut", "nasuwt", "pcs", "usdaw", "cwu",
	"fbu", "tssa", "ucu", "rcn", "eis", "verdi", "teamsters", "cgt", "cfdt", "cosatu", "afl-cio")

// civicHeads end or open the names of civic bodies, which "the group"
// refers back to.
var civicHeads = set("bureau", "committee", "coalition", "alliance", "movement", "network", "association", "union",
	"collective", "foundation", "trust", "centre", "center", "institute", "league", "society", "front", "campaign",
	"watch", "forum", "initiative", "federation", "platform", "observatory")

// institutionStems open the words, in English and in the languages of
// Europe, that name a kind of institution in its name.
var institutionStems = map[string][]string{"museum": {"museu", "museo", "musée", "muzeum"}, "gallery": {"galler", "galerie", "galería"},
	"university": {"universit", "universidad", "université"}}

// charityNouns refer back to a charity, never to a company.
var charityNouns = set("charity", "foundation", "trust")

// mediaNameWords stand in the names of newspapers and news services
// ("China Daily", "the Times of India"); mediaNouns refer back to them.
var mediaNameWords = set("daily", "times", "post", "herald", "journal", "gazette", "telegraph", "tribune", "chronicle",
	"news", "mail", "mirror", "express", "standard", "observer", "courier", "independent", "inquirer", "examiner")
var mediaNouns = set("newspaper", "paper", "daily", "tabloid", "broadsheet", "magazine", "publication", "outlet",
	"broadcaster", "agency", "publisher", "title", "website", "network", "channel", "group", "company", "firm")

// partyBackNouns refer back to a political party.
var partyBackNouns = set("party", "opposition")

// genericKinds say nothing about what an organisation does.
var genericKinds = set("group", "holdings", "inc", "inc.", "ltd", "ltd.", "plc", "corp", "corp.", "co", "co.", "llc",
	"ag", "sa", "nv", "bv", "gmbh", "limited", "company", "corporation", "partners", "associates", "international")

// sameKind pairs a kind word in a name with the noun that refers back to it.
var sameKind = map[string]string{"airlines": "airline", "airways": "airline", "motors": "carmaker", "fc": "club",
	"rovers": "club", "united": "club", "athletic": "club", "wanderers": "club", "albion": "club", "city": "club",
	"organisation": "organization", "stores": "retailer", "supermarkets": "retailer", "ministry": "department",
	"department": "ministry", "council": "body", "commission": "body", "agency": "body", "authority": "body",
	"trust": "charity", "foundation": "charity"}

// personTitles lists, per person entity, the titles it is given: before
// its name ("President Joe Biden") or in an apposition ("Jane Doe, the
// foreign minister"). Former titles do not count.
func (d *doc) personTitles() map[int][]string {
	out := map[int][]string{}
	add := func(e int, t string) {
		if strings.Contains(t, "former") || strings.Contains(t, "ex-") || strings.Contains(t, "late") {
			return
		}
		if t = strings.TrimSpace(expandTitle(t)); t != "" {
			out[e] = append(out[e], t)
		}
	}
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.ent < 0 || m.pronoun || d.ents[m.ent].typ != TypePerson {
			continue
		}
		if m.title != "" {
			t := m.title
			if m.title0 >= 1 && (d.toks[m.title0-1].lower == "former" || d.toks[m.title0-1].lower == "ex-") {
				t = "former " + t
			}
			add(m.ent, t)
		} else if m.t0 >= 1 && titleHeads[d.toks[m.t0-1].lower] {
			add(m.ent, d.toks[m.t0-1].lower)
		}
		// "Jane Doe, the foreign minister,"
		s := &d.sents[m.sent]
		if j := m.t1; j+1 < s.t1 && d.toks[j].text == "," {
			if w, _ := d.titleWords(j+1+boolInt(d.toks[j+1].lower == "the" || d.toks[j+1].lower == "a"), s.t1); len(w) > 0 {
				add(m.ent, strings.Join(w, " "))
			}
		}
	}
	return out
}

// titlePhrase: the title words of a definite description ("the prime
// minister" -> "prime minister"; "the Oklahoma senator" -> "senator").
func (d *doc) titlePhrase(det, i int) string {
	var ws []string
	for j := det + 1; j <= i; j++ {
		if d.toks[j].mention < 0 && (titleMods[d.toks[j].lower] || titleHeads[d.toks[j].lower]) {
			ws = append(ws, d.toks[j].lower)
		} else {
			ws = nil
		}
	}
	return strings.Join(ws, " ")
}

// rankMods make a title another post: a deputy prime minister is not the
// prime minister.
var rankMods = set("deputy", "vice", "assistant", "shadow", "junior", "acting", "former", "associate", "under",
	"interim", "co", "senior")

// titleMatches: "prime minister" names a holder of "prime minister" or
// "British prime minister", not of "deputy prime minister".
func titleMatches(held, phrase string) bool {
	if held == phrase {
		return true
	}
	if !strings.HasSuffix(held, " "+phrase) {
		return false
	}
	for _, w := range strings.Fields(strings.TrimSuffix(held, " "+phrase)) {
		if rankMods[w] && !strings.Contains(phrase, w) {
			return false
		}
	}
	return true
}

// titleHolders answers "the person last named before token i who holds
// the title" for a forward pass over the tokens: it records the tokens
// naming people as the pass goes and keeps, per title phrase asked about,
// the last holder seen, so each question costs the same however long the
// document is.
type titleHolders struct {
	d      *doc
	titles map[int][]string // person entity -> its titles (personTitles)
	next   int              // tokens [0, next) are recorded
	seen   map[int]int      // person entity with titles -> last token naming it
	byPhr  map[string]*holder
	phrOf  map[int][]*holder // person entity -> the phrases its titles match
}

// holder is the last person seen holding a title: tok is the token that
// names them, -1 when none is.
type holder struct{ tok, ent int }

func newTitleHolders(d *doc) *titleHolders {
	return &titleHolders{d: d, titles: d.personTitles(), seen: map[int]int{}, byPhr: map[string]*holder{}, phrOf: map[int][]*holder{}}
}

// last returns the person last named before token i who holds the title
// phrase, or -1. Calls must come with i growing, and tokens before i must
// not be given a new mention after a call has passed them.
func (th *titleHolders) last(i int, phrase string) int {
	d := th.d
	for ; th.next < i; th.next++ {
		m := d.toks[th.next].mention
		if m < 0 || d.mentions[m].ent < 0 {
			continue
		}
		e := d.mentions[m].ent
		if len(th.titles[e]) == 0 {
			continue
		}
		th.seen[e] = th.next
		for _, h := range th.phrOf[e] {
			h.tok, h.ent = th.next, e
		}
	}
	if phrase == "" {
		return -1
	}
	h, ok := th.byPhr[phrase]
	if !ok {
		h = &holder{tok: -1, ent: -1}
		th.byPhr[phrase] = h
		for e, held := range th.titles {
			for _, t := range held {
				if titleMatches(t, phrase) {
					th.phrOf[e] = append(th.phrOf[e], h)
					if at, ok := th.seen[e]; ok && at > h.tok {
						h.tok, h.ent = at, e
					}
					break
				}
			}
		}
	}
	return h.ent
}

// salientPerson resolves a personal pronoun at token i when several people
// fit: each candidate scores for recency, subject position and how often
// it is named (named: entity -> number of name mentions), by the best of
// its mentions in reach (a subject two sentences back stays in focus
// though the latest mention is an object); a possessive's owner is most
// often the subject nearest before it in its sentence, and a subject
// "he" opening its sentence the main subject of the sentence before. The
// best must lead the next by a clear margin. People in bound (boundByPronoun) are
// not candidates. The speaker of a quote is never "he"
// inside it.
func (d *doc) salientPerson(i int, named map[int]int, bound map[int]bool) int {
	s := d.toks[i].sent
	pron := d.toks[i].lower
	speakers := d.quoteSpeakers(i)
	if e := d.speakerGoesOn(i); e >= 0 && d.genderFits(pron, e) {
		return e // '"He was shaken," said spokesman Ian Ross. He added: "..."': the speaker goes on
	}
	score := map[int]float64{}
	localSeen := false
	inQuote := d.quotedTokens(s)
	parallel := (pron == "he" || pron == "she") && (i == d.sents[s].t0 || d.speakerAfterQuote(i))
	sayer := -1 // "X has said he wants": the speaker of the clause the pronoun opens
	if v := i - 1; (pron == "he" || pron == "she") && v > d.sents[s].t0 {
		if d.toks[v].lower == "that" {
			v-- // (only "said he", "said that he": sayVerbBefore's wider reach takes "deny reports that he" for the denier's)
		}
		if v > d.sents[s].t0 && isVerb(d.toks[v].tag) && sayVerbs[d.x.lem.Lemma(d.toks[v].lower)] {
			for k := v - 1; k >= d.sents[s].t0 && k >= v-12; k-- {
				if mi := d.toks[k].mention; mi >= 0 && d.mentions[mi].ent >= 0 && d.subjectPosition(&d.mentions[mi]) && !d.mentions[mi].pronoun {
					sayer = d.mentions[mi].ent
					break
				}
			}
		}
	}
	for j := i - 1; j >= 0 && d.toks[j].sent >= s-corefMaxBack; j-- {
		mi := d.toks[j].mention
		if mi < 0 || d.mentions[mi].t0 != j && d.mentions[mi].t1-1 != j {
			continue
		}
		if d.toks[j].sent == s && inQuote[j] && !inQuote[i] {
			continue // '"Mr Yushchenko can ...," he told': he is not who is quoted about
		}
		m := &d.mentions[mi]
		if m.ent < 0 || d.ents[m.ent].typ != TypePerson || !d.genderFits(pron, m.ent) || speakers[m.ent] || bound[m.ent] {
			continue
		}
		sc := float64(corefMaxBack - (s - d.toks[j].sent))
		if m.ent == sayer && d.toks[j].sent == s {
			sc += 2
		}
		if d.subjectPosition(m) {
			sc += 1.5
			if parallel && d.toks[j].sent == s-1 && d.mainSubject(m) && !d.otherPersonActs(m) {
				// "X, who ..., branded Y's acts. He told ITV": a subject
				// pronoun opening its sentence, or speaking the quote just
				// closed, carries on the main subject of the sentence before
				sc++
			}
			if d.toks[j].sent == s && !localSeen && d.toks[i].tag == "PRP$" {
				// a possessive's owner is most often the subject nearest
				// before it in its sentence: "Sir Cliff recorded his part
				// in Barbados, while Boy George recorded his in New York"
				localSeen = true
				sc += 1
			}
		}
		if c := named[m.ent]; c > 1 {
			sc += minf(float64(c-1)*0.5, 1.5)
		}
		if old, seen := score[m.ent]; !seen || sc > old {
			score[m.ent] = sc // the best of its mentions in reach: recent, or a subject
		}
	}
	best, second := -1, -1.0
	for e, sc := range score {
		if best < 0 || sc > score[best] || sc == score[best] && e < best {
			if best >= 0 {
				second = maxf(second, score[best])
			}
			best = e
		} else {
			second = maxf(second, sc)
		}
	}
	if best < 0 || len(score) > 1 && score[best]-second < 1 {
		return -1
	}
	return best
}

// speakerAfterQuote: pronoun i speaks the quote just closed before it
// ('"...," he told BBC Sport').
func (d *doc) speakerAfterQuote(i int) bool {
	s := &d.sents[d.toks[i].sent]
	return i-1 > s.t0 && i+1 < s.t1 && d.toks[i-1].text == "\"" && isVerb(d.toks[i+1].tag) && sayVerbs[d.lemma(&d.toks[i+1])]
}

// otherPersonActs: another person in mention m's sentence, after "and"
// or "but", is followed by a finite verb ("X was forced off and Ronaldo
// came on"), the subject of a main clause of its own; not in a reported
// or subordinate clause ("said Mr Blair and Mr Brown could", "when he
// was").
func (d *doc) otherPersonActs(m *mention) bool {
	s := &d.sents[m.sent]
	for k := s.t0 + 1; k+1 < s.t1; k++ {
		o := d.toks[k].mention
		if o < 0 || d.mentions[o].t1 != k+1 || d.mentions[o].ent < 0 || d.mentions[o].ent == m.ent || d.ents[d.mentions[o].ent].typ != TypePerson || !d.startsClause(o) {
			continue
		}
		p := d.mentions[o].t0 - 1
		if t0 := d.mentions[o].title0; t0 >= 0 && t0 < d.mentions[o].t0 {
			p = t0 - 1 // "and Mr Brown could"
		}
		if p <= s.t0 || d.toks[p].lower != "and" && d.toks[p].lower != "but" {
			continue
		}
		for p > s.t0 && (d.toks[p].lower == "and" || d.toks[p].mention >= 0 || d.nameWordBefore(p)) {
			p-- // back over the first conjunct: "said Mr Blair and Mr Brown could"
		}
		if !isVerb(d.toks[p].tag) && d.toks[p].lower != "that" {
			return true
		}
	}
	return false
}

// subjectPosition: the mention opens its sentence or clause and a verb
// follows it before any other name.
func (d *doc) subjectPosition(m *mention) bool {
	_, ok := d.clauseSubject(m)
	return ok
}

// mainSubject: subjectPosition, and the clause is no "that" clause ("backed
// Gerrard's view that Benitez's team could").
func (d *doc) mainSubject(m *mention) bool {
	p, ok := d.clauseSubject(m)
	return ok && (p < d.sents[m.sent].t0 || d.toks[p].lower != "that")
}

// clauseSubject reports whether mention m is in subject position
// (subjectPosition), with the token before its clause (before the
// sentence: its first token - 1).
func (d *doc) clauseSubject(m *mention) (int, bool) {
	s := &d.sents[m.sent]
	p := m.t0 - 1
	for p >= s.t0 && d.nameWordBefore(p) {
		p--
	}
	if p > s.t0 && p+1 < m.t0 && (d.toks[p].text == "'s" || d.toks[p].text == "'") && d.toks[p-1].mention >= 0 {
		// "Adriano's agent Gilmar Rinaldi has insisted": the one the
		// possessed noun names opens the clause, as its possessor does
		p = d.mentions[d.toks[p-1].mention].t0 - 1
	}
	for p > s.t0 && (d.toks[p].lower == "and" || d.toks[p].text == "," && d.toks[p-1].mention >= 0) {
		// "X and Mr Brown said", "Duff, Robben and Drogba showed": the
		// first conjunct opens the clause too (not "accused the prime
		// minister and Mr Brown of squabbling")
		p--
		for p >= s.t0 && (d.toks[p].mention >= 0 || d.nameWordBefore(p)) {
			p--
		}
	}
	if p >= s.t0 && d.toks[p].text != "," && d.toks[p].text != "\"" && d.toks[p].lower != "but" && d.toks[p].lower != "that" {
		return p, false
	}
	if k := m.t1; k < s.t1 && (d.toks[k].text == "'s" || d.toks[k].text == "'") {
		k++
		for k < s.t1 && (d.toks[k].tag == "NN" || d.toks[k].tag == "JJ") && d.toks[k].mention < 0 {
			k++
		}
		if k > m.t1+1 && k+1 < s.t1 && d.toks[k].text == "," && d.toks[k+1].mention >= 0 && d.mentions[d.toks[k+1].mention].ent >= 0 && d.ents[d.mentions[d.toks[k+1].mention].ent].typ == TypePerson {
			return p, false // "Kenteris's lawyer, Gregory Ioannidis, reacted": the one apposed is the subject, not the possessor
		}
		if k > m.t1+1 && k < s.t1 && d.toks[k].mention >= 0 && d.mentions[d.toks[k].mention].t0 == k && d.mentions[d.toks[k].mention].ent >= 0 && d.ents[d.mentions[d.toks[k].mention].ent].typ == TypePerson {
			return p, false // "Adriano's agent Gilmar Rinaldi has insisted": so without the commas
		}
	}
	apposed := p >= s.t0 && d.toks[p].text == "," && d.possessedNounBefore(p)
	for k, n := m.t1, 0; k < s.t1 && n < 12; k, n = k+1, n+1 {
		if apposed && k == m.t1 && d.toks[k].text == "," {
			continue // the apposition's closing comma: "X's lawyer, Gregory Ioannidis, reacted"
		}
		// n counts the words read, an aside skipped as one
		if t := d.toks[k].tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			return p, true
		}
		if isVerb(d.toks[k].tag) {
			return p, false // "of squabbling": no finite verb of its own
		}
		if d.toks[k].text == "," {
			// skip an apposition or relative clause
			for k+1 < s.t1 && d.toks[k+1].text != "," {
				k++
			}
			k++
		}
	}
	return p, false
}

// possessedNounBefore: the comma at token c closes a noun owned by a name
// opening its clause ("Kenteris's lawyer,", "Mr Blair's spokesman,").
func (d *doc) possessedNounBefore(c int) bool {
	s := &d.sents[d.toks[c].sent]
	k := c - 1
	for k > s.t0 && (d.toks[k].tag == "NN" || d.toks[k].tag == "JJ") && d.toks[k].mention < 0 {
		k--
	}
	if k < c-1 && d.toks[k].tag == "PRP$" && d.opensClause(k) {
		return true // "His successor, Juan Manuel Santos, has said he"
	}
	if k == c-1 || k <= s.t0 || d.toks[k].text != "'s" && d.toks[k].text != "'" {
		return false
	}
	o := d.toks[k-1].mention
	return o >= 0 && d.opensClause(d.theBefore(s, d.mentions[o].t0))
}

// nameWordBefore: token p may stand in a name's phrase before it: a title
// word, an adjective, a determiner, a common or proper noun.
func (d *doc) nameWordBefore(p int) bool {
	t := &d.toks[p]
	return t.titleOf >= 0 || t.tag == "JJ" || t.tag == "DT" || t.tag == "NN" || isProperTag(t.tag)
}

// quoteSpeakers: the people who speak the quote token i stands in ("I
// will brief him," Smith said): a pronoun inside cannot be them.
func (d *doc) quoteSpeakers(i int) map[int]bool {
	s := &d.sents[d.toks[i].sent]
	quotes := 0
	for j := s.t0; j < i; j++ {
		if d.toks[j].text == "\"" {
			quotes++
		}
	}
	out := map[int]bool{}
	if quotes%2 == 0 && !(d.toks[i].sent > 0 && d.quoteOpen(d.toks[i].sent)) {
		return out
	}
	d.addSpeakers(s, out)
	if si := d.toks[i].sent; si > 0 && quotes%2 == 1 && d.toks[s.t0].text == "\"" && d.quotesIn(&d.sents[si-1])%2 == 1 {
		// 'He said: "We've had two U-turns. "It's not surprising Gordon
		// Brown told him ...': the quote goes on from the sentence before,
		// whose speaker is no "him" inside it either
		d.addSpeakers(&d.sents[si-1], out)
	}
	return out
}

// quotesIn counts the quotation marks of sentence s.
func (d *doc) quotesIn(s *sent) int {
	n := 0
	for j := s.t0; j < s.t1; j++ {
		if d.toks[j].text == "\"" {
			n++
		}
	}
	return n
}

// addSpeakers adds to out the entities named next to a verb of saying in
// sentence s.
func (d *doc) addSpeakers(s *sent, out map[int]bool) {
	for j := s.t0; j < s.t1; j++ {
		if !sayVerbs[d.x.lem.Lemma(d.toks[j].lower)] || !isVerb(d.toks[j].tag) {
			continue
		}
		after := j + 1
		for after < s.t1 && after < j+4 && d.toks[after].mention < 0 && (honorifics[d.toks[after].lower] || d.toks[after].titleOf >= 0) {
			after++ // "said Mr Blair", "said spokesman Ian Ross"
		}
		for _, k := range []int{j - 1, after} {
			if k >= s.t0 && k < s.t1 && d.toks[k].mention >= 0 {
				if m := &d.mentions[d.toks[k].mention]; m.ent >= 0 {
					out[m.ent] = true
				}
			}
		}
	}
}

// speakerGoesOn: "he" or "she" at token i opens its sentence as the
// subject of "added" or "continued" after a sentence whose quote one
// person is said to speak; it returns that person's entity, or -1.
func (d *doc) speakerGoesOn(i int) int {
	si := d.toks[i].sent
	if si == 0 || i != d.sents[si].t0 || i+1 >= d.sents[si].t1 || (d.toks[i].lower != "he" && d.toks[i].lower != "she") {
		return -1
	}
	if l := d.toks[i+1].lower; l != "added" && l != "continued" {
		return -1
	}
	prev := &d.sents[si-1]
	if d.quotesIn(prev) == 0 {
		return -1
	}
	e := -1
	for j := prev.t0; j < prev.t1; j++ {
		if !sayVerbs[d.x.lem.Lemma(d.toks[j].lower)] || !isVerb(d.toks[j].tag) {
			continue
		}
		// the person before the verb, or after it past a title ("said
		// Everton spokesman Ian Ross")
		k := -1
		if j > prev.t0 {
			if m := d.toks[j-1].mention; m >= 0 && d.personAt(d.mentions[m].t0) {
				k = d.mentions[m].t0 // "Ian Ross said"
			}
		}
		for q := j + 1; k < 0 && q < prev.t1 && q < j+6; q++ {
			if d.personAt(q) {
				k = q
			}
		}
		if k < 0 {
			continue
		}
		if n := d.mentions[d.toks[k].mention].ent; e >= 0 && n != e {
			return -1
		} else {
			e = n
		}
	}
	return e
}

// onlyQuoted: entity e is named in the sentence of pronoun i only inside
// a quote the pronoun is outside of (and not in the sentence before).
func (d *doc) onlyQuoted(i, e int) bool {
	si := d.toks[i].sent
	q := d.quotedTokens(si)
	if q[i] {
		return false
	}
	found := false
	for j := d.sents[si].t0; j < i; j++ {
		if m := d.toks[j].mention; m >= 0 && d.mentions[m].ent == e {
			if !q[j] {
				return false
			}
			found = true
		}
	}
	return found
}

// unknownNameBetween: between pronoun i and the last mention of person e
// stands a capitalised name no entity took ("Hassell says ... Juninho
// wants assurances that he will"): that unknown name may be "he".
func (d *doc) unknownNameBetween(i, e int) bool {
	for j := i - 1; j >= 0 && d.toks[j].sent >= d.toks[i].sent-corefMaxBack; j-- {
		t := &d.toks[j]
		if t.mention >= 0 && d.mentions[t.mention].ent == e {
			return false
		}
		if t.mention >= 0 && d.mentions[t.mention].ent >= 0 || !isCapital(t.text) || !isProperTag(t.tag) || nonNames[t.lower] || d.isTitleWord(t.lower) || t.titleOf >= 0 || !isNameWord(t.text) || len(t.text) < 3 {
			continue
		}
		st := &d.sents[t.sent]
		if j == st.t0 && d.x.lem.InDict(t.lower) {
			continue // a capitalised first word
		}
		if j > st.t0 && isCapital(d.toks[j-1].text) || j+1 < st.t1 && isCapital(d.toks[j+1].text) {
			continue // part of a longer capitalised run ("White Paper"): a title, not a person
		}
		if j+1 < st.t1 && (isVerb(d.toks[j+1].tag) || d.toks[j+1].text == "'s") {
			return true // an unknown name that acts or owns
		}
	}
	return false
}

// quotedTokens marks the tokens of sentence si that stand inside quotes.
func (d *doc) quotedTokens(si int) map[int]bool {
	out := map[int]bool{}
	in := d.quoteOpen(si)
	for j := d.sents[si].t0; j < d.sents[si].t1; j++ {
		if d.toks[j].text == "\"" {
			in = !in
			continue
		}
		if in {
			out[j] = true
		}
	}
	return out
}

// quoteOpen: sentence si continues a quote opened in an earlier sentence
// of the same paragraph line.
func (d *doc) quoteOpen(si int) bool {
	n := 0
	for k := si - 1; k >= 0 && k >= si-3; k-- {
		n += d.quotesIn(&d.sents[k])
	}
	return n%2 == 1
}

func minf(a, b float64) float64 {
	if a < b {
		return a
	}
	return b
}

func maxf(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

// itSubject: "The European Union imposed sanctions on Russia. It also
// criticized Belarus.": "It" (or "They" before a verb of action or
// speech: "The Taliban seized Kabul. They said ...") opening a sentence, before a verb that is not
// "be" or a verb of seeming, is the organisation or country that opened
// the sentence before as its subject.
func (d *doc) itSubject() {
	for si := 1; si < len(d.sents); si++ {
		s, prev := &d.sents[si], &d.sents[si-1]
		i := d.afterOpening(s)
		they := d.toks[i].lower == "they"
		if i+1 >= s.t1 || d.toks[i].lower != "it" && !they || d.toks[i].mention >= 0 || d.sents[si].headline || prev.headline {
			continue
		}
		j := d.itActs(i)
		if j < 0 {
			continue // "It is unclear", "It seems", "It emerged that"
		}
		if they {
			// "They" is an organisation only when it acts or speaks: "They
			// also warned Belarus", not "They are due in May" (sanctions)
			l := d.x.lem.Lemma(d.toks[j].lower)
			if _, ok := d.x.events.Lookup(l); !ok && !sayVerbs[l] {
				continue
			}
		}
		k := prev.t0
		if k < prev.t1 && d.toks[k].mention < 0 && d.toks[k].lower != "the" {
			// "In September, Shell said ...": the subject after an opening adverbial
			for c := k + 1; c < prev.t1 && c < k+7 && d.toks[c].mention < 0 && !isVerb(d.toks[c].tag); c++ {
				if d.toks[c].text == "," {
					k = c + 1
					break
				}
			}
		}
		if k < prev.t1 && d.toks[k].lower == "the" {
			k++
		}
		if k >= prev.t1 {
			continue
		}
		m := d.toks[k].mention
		if m < 0 || d.mentions[m].t0 != k && d.mentions[m].t0 != k-1 || d.mentions[m].ent < 0 || d.mentions[m].modifier {
			continue // (a name may take its "The": "The Taliban")
		}
		e := d.mentions[m].ent
		if t := d.ents[e].typ; t != TypeOrg && (t != TypeGPE || they) {
			continue // ("New Zealand ... They now face": a team named by its country)
		}
		if n := d.mentions[m].t1; n >= prev.t1 || !(isVerb(d.toks[n].tag) || d.toks[n].tag == "MD" || d.toks[n].tag == "RB") {
			continue // the subject of the sentence before, not "Russia's economy"
		}
		d.addReference(i, -1, e, MentionPronoun)
	}
}

// afterOpening returns the first token of sentence s after an opening
// adverbial that ends in a comma ("However, it plans", "In the US, it
// has") or is a time ("Last month it said"), or s.t0: no name, verb or
// quote in it.
func (d *doc) afterOpening(s *sent) int {
	onlyTime := true
	for k := s.t0; k < s.t1 && k < s.t0+6; k++ {
		t := &d.toks[k]
		if t.lower == "it" || t.lower == "they" {
			if k > s.t0 && (onlyTime || d.toks[k-1].text == ",") {
				return k
			}
			return s.t0
		}
		if t.mention >= 0 || isVerb(t.tag) || t.tag == "MD" || t.text == "\"" {
			return s.t0
		}
		onlyTime = onlyTime && (openingTimeWords[t.lower] || t.tag == "CD")
	}
	return s.t0
}

// outsideObservers speak about an organisation from outside it: "it"
// after their verb of speech is the organisation in reach ("Analysts said
// it could bid for X"), not a body of theirs.
var outsideObservers = set("analysts", "analyst", "experts", "observers", "economists", "commentators", "traders", "investors",
	"dealers", "insiders", "sources", "reports")

// openingTimeWords make an adverbial of time that opens a sentence without
// a comma ("Last month it said", "Earlier this year they").
var openingTimeWords = union(timeNouns, monthWords, set("last", "this", "next", "earlier", "later", "ago", "in", "on", "at", "by",
	"then", "recently", "previously"))

// itPronouns resolves, inside sentences, "it" after a verb of speech ("Time
// Warner said it would buy", "said that it") or opening a subordinate
// clause ("China opened its banks when it joined the WTO") and "its" before a post, a
// relation or a body ("its chief executive X", "its rival", "its troops")
// to the one organisation or country in reach: the only one named before
// it in the sentence (for "it", else the sentence's subject), or else the
// only one or the subject of the sentence before.
func (d *doc) itPronouns() {
	for i := range d.toks {
		t := &d.toks[i]
		if t.mention >= 0 || t.lower != "its" && t.lower != "it" {
			continue
		}
		s := &d.sents[t.sent]
		if s.headline || i == s.t0 && t.lower == "it" || i+1 >= s.t1 {
			continue
		}
		sv := -1
		if t.lower == "it" {
			p := &d.toks[i-1]
			if sv = d.sayVerbBefore(i); sv < 0 && !clauseOpeners[p.lower] {
				continue
			}
			if d.itActs(i) < 0 {
				continue
			}
		} else if !d.itsHead(i + 1) {
			continue
		}
		e := -2
		if sv >= 0 {
			e = d.sayerBefore(sv)
		}
		if e == -2 {
			e = d.itReferent(i)
		}
		if e < 0 || t.lower == "its" && d.ents[e].typ == TypeGPE && !d.stateHead(i+1) {
			continue // ("its star Laura Michelle Kelly" is no country's)
		}
		d.addReference(i, -1, e, MentionPronoun)
	}
}

// objectIts resolves "it" right after a verb, its object ("cut ties
// with Qatar, accusing it of supporting terrorism"), to the one
// organisation or country other than the sentence's subject named before
// it in its sentence; the subject itself would be "itself".
func (d *doc) objectIts() {
	for i := range d.toks {
		t := &d.toks[i]
		if t.mention >= 0 || t.lower != "it" {
			continue
		}
		s := &d.sents[t.sent]
		if s.headline || i-1 <= s.t0 || i+1 >= s.t1 || !isVerb(d.toks[i-1].tag) || !addresseeVerbs[d.lemma(&d.toks[i-1])] || d.toks[i+1].lower != "of" && d.toks[i+1].lower != "to" && d.toks[i+1].lower != "for" {
			continue // ("accusing it of", "urged it to", "blamed it for"; not "made it clear", "losing it to")
		}
		subject, e := -1, -1
		for k := s.t0; k < i; k++ {
			m := d.toks[k].mention
			if m < 0 || d.mentions[m].t0 != k || d.mentions[m].ent < 0 || d.mentions[m].pronoun || d.mentions[m].modifier || d.mentions[m].kind != "" {
				continue
			}
			if typ := d.ents[d.mentions[m].ent].typ; typ != TypeOrg && typ != TypeGPE {
				continue
			}
			switch ent := d.mentions[m].ent; {
			case subject < 0 && d.opensSentence(s, k):
				subject = ent
			case ent == subject || ent == e:
			case e >= 0:
				e = -2 // two others: either
			default:
				e = ent
			}
		}
		if subject >= 0 && e >= 0 {
			d.addReference(i, -1, e, MentionPronoun)
		}
	}
}

// addresseeVerbs take a party for object before "of", "to" or "for"
// (what it did, is to do, or is praised or blamed for).
var addresseeVerbs = set("accuse", "blame", "urge", "ask", "warn", "criticise", "criticize", "condemn", "praise", "thank",
	"sue", "fine", "punish", "charge", "reward", "invite", "press", "pressure", "encourage", "force", "allow", "congratulate")

// theyTeams resolves "they" opening a subordinate clause in a sports
// report ("Spain's only other title came in Valencia, when they beat
// Australia", "his Wales side after they came from behind to beat
// France") to the one team named before it in its sentence: a country or
// an organisation, also as a possessor or before "side", "team" or
// "squad". Teams take "they" in British English.
func (d *doc) theyTeams() {
	if !d.sport() {
		return
	}
	for i := range d.toks {
		t := &d.toks[i]
		if t.mention >= 0 || t.lower != "they" {
			continue
		}
		s := &d.sents[t.sent]
		if s.headline || i == s.t0 || !teamClauseOpeners[d.toks[i-1].lower] || d.itActs(i) < 0 {
			continue
		}
		if e := d.oneTeamBefore(s, i); e >= 0 {
			d.addReference(i, -1, e, MentionPronoun)
		}
	}
}

// oneTeamBefore returns the entity of the one team named in sentence s
// before token i (a country or an organisation, also as a possessor or
// before "side", "team" or "squad"), or -1 when none or two are.
func (d *doc) oneTeamBefore(s *sent, i int) int {
	e := -1
	for k := s.t0; k < i; k++ {
		m := d.toks[k].mention
		if m < 0 || d.mentions[m].t0 != k || d.mentions[m].ent < 0 || d.mentions[m].pronoun || d.mentions[m].kind == MentionDemonym {
			continue
		}
		mm := &d.mentions[m]
		if typ := d.ents[mm.ent].typ; typ != TypeOrg && typ != TypeGPE {
			continue
		}
		if mm.modifier && !(mm.t1 < s.t1 && teamNouns[d.toks[mm.t1].lower]) {
			continue
		}
		if e >= 0 && e != mm.ent {
			return -1 // two teams: either
		}
		e = mm.ent
	}
	return e
}

// theirTeams resolves "their" before a player's or a side leader's post
// and a name ("Sevilla took the lead when their captain, Ivan Morales,
// headed in", "Leeds have sacked their coach Tom Hale") in a sports report
// to the one team named before it in its sentence, as theyTeams does.
func (d *doc) theirTeams() {
	if !d.sport() {
		return
	}
	for i := range d.toks {
		t := &d.toks[i]
		if t.mention >= 0 || t.lower != "their" {
			continue
		}
		s := &d.sents[t.sent]
		k := i + 1
		if k < s.t1 && d.toks[k].tag == "JJ" {
			k++ // "their new coach"
		}
		if k+1 >= s.t1 || !playerRoles[d.toks[k].lower] && !sideLeaders[d.toks[k].lower] {
			continue
		}
		if k++; d.toks[k].text == "," {
			k++
		}
		if k >= s.t1 || !d.personAt(k) && !(d.toks[k].mention >= 0 && d.mentions[d.toks[k].mention].ent >= 0 && d.ents[d.mentions[d.toks[k].mention].ent].typ == TypePerson) {
			continue
		}
		if e := d.oneTeamBefore(s, i); e >= 0 {
			d.addReference(i, -1, e, MentionPronoun)
		}
	}
}

// teamClauseOpeners open a clause whose "they" may be the team before.
var teamClauseOpeners = set("when", "after", "before", "since", "until", "once", "as", "if")

// teamNouns follow a country or club that names a team ("his Wales side").
var teamNouns = set("side", "team", "squad", "xv", "xi")

// itsHead: the noun phrase from token j names a post, a relation or a body
// of its possessor ("chief executive", "main rival", "troops").
// theyGroups resolves "they" acting in a clause to the one group named in
// the plural that opened the sentence before or this one ("The Houthis
// seized Sanaa. They later attacked Aden."): outside sport, and only when
// no other group named in the plural, nor a plural noun, could be meant.
func (d *doc) theyGroups() {
	if d.sport() {
		return // (theyTeams)
	}
	for i := range d.toks {
		t := &d.toks[i]
		if t.mention >= 0 || t.lower != "they" {
			continue
		}
		s := &d.sents[t.sent]
		if s.headline || d.itActs(i) < 0 {
			continue
		}
		p := &d.toks[max(i-1, s.t0)]
		sv := d.sayVerbBefore(i)
		if i > s.t0 && !clauseOpeners[p.lower] && sv < 0 {
			continue // ("The Tories said (that) they would")
		}
		if sv >= 0 {
			// "The Taliban said they had captured Kunduz": the body that
			// spoke, whatever its name's number
			if e := d.sayerBefore(sv); e >= 0 && d.ents[e].typ == TypeOrg {
				d.addReference(i, -1, e, MentionPronoun)
				continue
			}
		}
		if e := d.pluralGroupBefore(i); e >= 0 {
			d.addReference(i, -1, e, MentionPronoun)
		}
	}
}

// pluralGroupBefore returns the organisation named in the plural
// ("the Houthis", "Democrats") that opens the sentence of token i or the
// one before, when it is the only plural there; else -1.
func (d *doc) pluralGroupBefore(i int) int {
	for s, end := range d.lookBack(i) {
		found := -1
		for k := s.t0; k < end; k++ {
			t := &d.toks[k]
			if m := t.mention; m >= 0 {
				mm := &d.mentions[m]
				// "The M23 rebels", "Houthi fighters": the group named by
				// its fighters, in the plural
				fighters := mm.t1 < end && loyalForces[d.toks[mm.t1].lower] && mm.ent >= 0 && d.ents[mm.ent].typ == TypeOrg
				if mm.t0 != k || mm.ent < 0 || mm.pronoun || (mm.modifier || mm.kind == MentionDemonym) && !fighters {
					continue
				}
				last := d.toks[mm.t1-1].lower
				if fighters {
					last = d.toks[mm.t1].lower
				}
				if d.ents[mm.ent].typ == TypeOrg && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && d.opensSentence(s, k) {
					if n := mm.t1; n+1 < end && d.toks[n].lower == "and" && d.toks[n+1].mention >= 0 {
						return -1 // "Siemens and Alstom": both (theyPair), not a group named in the plural
					}
					if found >= 0 && found != mm.ent {
						return -1
					}
					found = mm.ent
				}
				k = mm.t1 - 1
				if fighters {
					k++ // (the fighters' noun is no other plural that "they" may mean)
				}
				continue
			}
			if t.tag == "NNS" && isLowerWord(t.text) {
				return -1 // "the protesters": they may be meant
			}
		}
		if found >= 0 {
			return found
		}
	}
	return -1
}

func (d *doc) itsHead(j int) bool {
	s := &d.sents[d.toks[j].sent]
	for k, n := j, 0; k < s.t1 && n < 4; k++ {
		if pm := d.toks[k].mention; pm >= 0 {
			if k == j && d.mentions[pm].t1 < s.t1 && d.isPlace(pm) && d.mentions[pm].kind == "" && isNoun(d.toks[d.mentions[pm].t1].tag) && !isCapital(d.toks[d.mentions[pm].t1].text) {
				k = d.mentions[pm].t1 - 1 // "Its Sudan country director": the post's place
				continue
			}
			break
		}
		w := d.toks[k].lower
		if isAmount(d.toks[k].text) {
			continue // "its $10.3bn takeover of X": the price is no word of the phrase
		}
		n++
		if titleHeads[w] || relationNouns[w] || orgLinkNouns[w] || groupNouns[w] || relationNouns[strings.TrimSuffix(w, "s")] {
			return true
		}
		if ownDealNouns[w] && k+1 < s.t1 && d.toks[k+1].lower == "of" && isNoun(d.toks[k].tag) {
			return true // "its planned takeover of X": the owner buys
		}
		if agentIntentNouns[w] && k+1 < s.t1 && (d.toks[k+1].lower == "to" || d.toks[k+1].lower == "for") && isNoun(d.toks[k].tag) {
			// "approve its plan to buy the LSE", "its bid for Absa": the
			// owner's intent (not "overturn its decision to": an
			// authority's, whom the sentence may not name)
			return j-2 < s.t0 || !undoVerbs[d.lemma(&d.toks[j-2])]
		}
		if orgSites[w] && k+1 < s.t1 && d.toks[k+1].lower == "in" && j-2 >= s.t0 && (d.toks[j-2].lower == "has" || d.toks[j-2].lower == "have" || d.toks[j-2].lower == "had") {
			return true // "Standard Chartered has its headquarters in London" (not "shut its office in Moscow": the verb's)
		}
		if _, ok := plannedWords[w]; !ok && !(d.toks[k].tag == "JJ" || d.toks[k].tag == "JJS" || isNoun(d.toks[k].tag)) {
			return false
		}
	}
	return false
}

// ownDealNouns are a company's own deals: "its acquisition of X" is the
// company's.
var ownDealNouns = set("takeover", "acquisition", "purchase", "merger")

// sayVerbBefore returns the verb of speech that a pronoun at token i
// follows, right after it or before "that" and a short adverbial ("said
// it", "announced that it", "said on Friday that it"), or -1.
func (d *doc) sayVerbBefore(i int) int {
	s := &d.sents[d.toks[i].sent]
	if i-1 < s.t0 {
		return -1
	}
	if p := &d.toks[i-1]; sayVerbs[d.lemma(p)] && isVerb(p.tag) {
		return i - 1
	}
	if d.toks[i-1].lower != "that" {
		// "Siemens said on Monday it had agreed": a time between the verb
		// and the clause
		k := i - 1
		for k > s.t0 && k >= i-4 && timeWord(d.toks[k].lower) {
			k--
		}
		if k < i-1 && k >= s.t0 && sayVerbs[d.lemma(&d.toks[k])] && isVerb(d.toks[k].tag) && timeNouns[d.toks[i-1].lower] {
			return k
		}
		return -1
	}
	for k := i - 2; k >= s.t0 && k >= i-7; k-- {
		t := &d.toks[k]
		if sayVerbs[d.lemma(t)] && (k == i-2 || isVerb(t.tag)) {
			return k
		}
		if !(t.tag == "IN" || t.tag == "DT" || t.tag == "CD" || t.tag == "RB" || t.tag == "JJ" || t.text == "," || timeNouns[t.lower] || monthWords[t.lower] || speechFrames[t.lower]) {
			return -1 // ("said on Friday that it", "in a statement"; not "said the deal that it")
		}
	}
	return -1
}

// speechFrames are where something is said ("said in a statement that").
var speechFrames = set("statement", "interview", "filing", "letter", "release", "briefing", "conference", "report", "press")

// sayerBefore returns the organisation or country whose verb of speech at
// token v comes before a pronoun ("China's central bank announced that
// it": the bank); -1 when the speaker is someone else (a person, a
// nominal), -2 when no name is next to the verb.
func (d *doc) sayerBefore(v int) int {
	s := &d.sents[d.toks[v].sent]
	k := v - 1
	for k >= s.t0 && (d.toks[k].tag == "RB" || d.toks[k].tag == "MD" || isVerb(d.toks[k].tag) && d.toks[k].mention < 0) {
		k--
	}
	if k < s.t0 {
		return -2
	}
	m := d.toks[k].mention
	if m < 0 {
		if _, org := definiteNouns[d.toks[k].lower]; isNoun(d.toks[k].tag) && !org && !outsideObservers[d.toks[k].lower] {
			return -1 // "the minister said it": not the organisation before
		}
		return -2 // ("Analysts said it could bid": the one the story is about)
	}
	if mm := &d.mentions[m]; mm.ent >= 0 && !mm.modifier && mm.t1 == k+1 {
		if typ := d.ents[mm.ent].typ; typ == TypeOrg || typ == TypeGPE {
			return mm.ent
		}
	}
	return -1
}

// clauseOpeners open a subordinate clause whose subject "it" may be the
// main clause's organisation or country.
var clauseOpeners = set("when", "after", "before", "since", "while", "until", "once") // (not "because it avoided": the sale)

// stateHead: the noun phrase from token j names a country's post, body
// or relation ("its president", "its troops", "its neighbours").
func (d *doc) stateHead(j int) bool {
	s := &d.sents[d.toks[j].sent]
	for k := j; k < s.t1 && k < j+4 && d.toks[k].mention < 0; k++ {
		w := d.toks[k].lower
		if govTitle(w) || groupNouns[w] || relationNouns[strings.TrimSuffix(w, "s")] {
			return true
		}
	}
	return false
}

// itReferent returns the organisation or country entity "it"/"its" at
// token i stands for, or -1 (see itPronouns).
func (d *doc) itReferent(i int) int {
	for s, end := range d.lookBack(i) {
		back := s.t1 <= i // the sentence before (its own ends after i)
		var found []int
		subject := -1
		possessed := false // the sentence opens with a possessive's unnamed noun
		poster := -1       // the body whose post that noun is ("Vandermeer's chief executive")
		for k := s.t0; k < end; k++ {
			m := d.toks[k].mention
			if m < 0 || d.mentions[m].t0 != k {
				continue
			}
			mm := &d.mentions[m]
			if mm.ent < 0 || mm.modifier || mm.kind == MentionDemonym {
				continue
			}
			if mm.t1 < s.t1 && d.toks[mm.t1].text == "'s" {
				// "Zimbabwe's opposition party says its leader": the party
				if k == s.t0 {
					subject = -2
					possessed = true
					if t := d.ents[mm.ent].typ; (t == TypeOrg || t == TypeGPE) && d.possessedPost(mm.t1+1) {
						poster = mm.ent
					}
				}
				continue
			}
			if typ := d.ents[mm.ent].typ; typ != TypeOrg && typ != TypeGPE {
				if d.opensSentence(s, k) {
					subject = -2 // a person or place opens the sentence
				}
				continue
			}
			if !slices.Contains(found, mm.ent) {
				found = append(found, mm.ent)
			}
			if d.opensSentence(s, k) && subject == -1 && mm.t1 < s.t1 {
				if n := &d.toks[mm.t1]; isVerb(n.tag) || n.tag == "MD" || n.tag == "RB" || n.text == "," {
					subject = mm.ent
				}
			}
			if subject == -1 && d.rootSubject(mm) {
				subject = mm.ent // "Rival Skyhaven, which flies from Manchester Airport, said": the parse's subject
			}
		}
		switch {
		case len(found) == 1 && subject != -2:
			return found[0]
		case len(found) > 1 && subject >= 0 && (back || d.toks[i].lower == "it"):
			// ("Google bought YouTube, and its founder": either)
			return subject
		case len(found) > 0:
			return -1
		case !back && poster >= 0 && i > s.t0 && d.toks[i-1].lower == "and":
			return poster // "Vandermeer's chief executive, X, and its finance director, Y": the same body's
		case !back && possessed:
			return -1 // "Zimbabwe's opposition party says its leader": the unnamed party's, not a name before
		}
	}
	return -1
}

// rootSubject: the parse makes mention m, or the word it is flat with
// ("Rival Skyhaven"), the subject of its sentence's main verb.
func (d *doc) rootSubject(m *mention) bool {
	for k := m.t0; k < m.t1; k++ {
		t := &d.toks[k]
		if t.rel == "flat" && t.head == m.t0-1 && t.head >= d.sents[m.sent].t0 {
			t = &d.toks[t.head]
		}
		if t.rel == "nsubj" && t.head >= 0 && d.toks[t.head].rel == "root" {
			return true
		}
	}
	return false
}

// itActs returns the verb "it" (or "they") at token i is the subject of,
// past adverbs, modals and auxiliary "have", when that verb is not "be" or
// a verb of seeming ("It is unclear", "It emerged that"); or -1.
func (d *doc) itActs(i int) int {
	s := &d.sents[d.toks[i].sent]
	j := i + 1
	for j < s.t1 && (d.toks[j].tag == "RB" || d.toks[j].tag == "RBR" || d.toks[j].tag == "MD" || d.toks[j].lower == "has" || d.toks[j].lower == "had" || d.toks[j].lower == "have") {
		j++
	}
	if j >= s.t1 || !isVerb(d.toks[j].tag) {
		return -1
	}
	if beVerbs[d.toks[j].lower] {
		// "after it was sued by Yukos": a passive's subject
		k := j + 1
		for k < s.t1 && (d.toks[k].tag == "RB" || d.toks[k].lower == "being" || d.toks[k].lower == "been" || d.toks[k].tag == "PRP" && strings.HasSuffix(d.toks[k].lower, "self")) {
			k++
		}
		if k < s.t1 && d.toks[k].tag == "VBN" && !reportPassives[d.toks[k].lower] {
			return k
		}
	}
	if expletiveVerbs[d.x.lem.Lemma(d.toks[j].lower)] {
		return -1
	}
	return j
}

// opensSentence: token k opens sentence s, maybe after "the" and a
// hyphenated modifier or two ("The Taliban seized Kabul", "The
// Kurdish-led Syrian Democratic Forces said", "The US-backed rebels").
func (d *doc) opensSentence(s *sent, k int) bool {
	j := s.t0
	if j < k && d.toks[j].lower == "the" {
		j++
		for j < k && j < s.t0+3 && (d.toks[j].mention < 0 || d.mentions[d.toks[j].mention].modifier) && strings.Contains(d.toks[j].text, "-") && (d.toks[j].tag == "JJ" || d.toks[j].tag == "VBN") {
			j++
		}
	}
	return j == k
}

// reportPassives after "it is" or "they are" report or expect, and say
// nothing the pronoun's referent undergoes ("it is said", "they are
// reported to", "it is supposed to").
var reportPassives = set("said", "reported", "believed", "thought", "expected", "understood", "known", "supposed",
	"set", "due", "rumoured", "rumored", "alleged", "estimated", "feared", "hoped", "likely")

// expletiveVerbs follow an "it" that stands for nothing ("It is said",
// "It seems", "It emerged that", "It remains to be seen").
var expletiveVerbs = set("be", "seem", "appear", "emerge", "remain", "look", "take", "matter", "happen", "turn", "rain",
	"snow", "follow", "mean", "make", "cost", "feel", "sound")

// leaderTitles head a government: "the Libyan leader" after "Libyan Prime
// Minister Abdullah al-Thinni".
var leaderTitles = set("president", "minister", "premier", "taoiseach", "chancellor", "king", "queen", "emir", "leader", "ruler", "dictator", "emperor", "sultan")

// leaderBefore resolves "the leader" (token i, opened by det) to the person
// last named, in reach, with a leader's title (a prime minister or an
// opposition leader, not a foreign minister); a country before "leader"
// ("the Libyan leader") must be the one named with the title.
func (d *doc) leaderBefore(det, i int, titles map[int][]string) int {
	country := d.descriptionCountry(det, i)
	leads := func(t string) bool {
		ws := strings.Fields(t)
		last := ws[len(ws)-1]
		return leaderTitles[last] && (last != "minister" || strings.HasSuffix(t, "prime minister")) && !slices.ContainsFunc(ws, func(w string) bool { return rankMods[w] })
	}
	s := d.toks[i].sent
	for j := det - 1; j >= 0 && d.toks[j].sent >= s-corefMaxBack; j-- {
		mi := d.toks[j].mention
		if mi < 0 || d.mentions[mi].t0 != j {
			continue
		}
		m := &d.mentions[mi]
		if m.ent < 0 || m.pronoun || d.ents[m.ent].typ != TypePerson || !slices.ContainsFunc(titles[m.ent], leads) {
			continue
		}
		if country >= 0 && !d.titledBy(m, country) {
			continue
		}
		return m.ent
	}
	return -1
}

// descriptionCountry returns the country named inside a description from
// det to its head noun i ("the Jordanian leader"), or -1.
func (d *doc) descriptionCountry(det, i int) int {
	if m := d.descriptionMention(det, i, TypeGPE); m >= 0 {
		return d.mentions[m].ent
	}
	return -1
}

// othersCountry reports whether country entity c is in the title of
// another person named before token i and of no name of person entity e
// before it.
func (d *doc) othersCountry(e, c, i int) bool {
	other := false
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.ent < 0 || m.pronoun || m.t0 >= i || d.ents[m.ent].typ != TypePerson || !d.titledBy(m, c) {
			continue
		}
		if m.ent == e {
			return false
		}
		other = true
	}
	return other
}

// titledBy reports whether country entity c is named in person mention m's
// title ("Libyan Prime Minister X") or right before it ("Jordan's Foreign
// Minister X").
func (d *doc) titledBy(m *mention, c int) bool {
	if m.titleAff >= 0 && d.mentions[m.titleAff].ent == c {
		return true
	}
	from := m.title0 - 1
	if from > 0 && d.toks[from].text == "'s" {
		from-- // "Jordan's Foreign Minister X"
	}
	for j := max(from, d.sents[m.sent].t0); j < m.t0; j++ {
		if n := d.toks[j].mention; n >= 0 && d.mentions[n].ent == c {
			return true
		}
	}
	return false
}

// stateHeadPost: a post a state's head of state or government holds ("the
// German chancellor", "the French president").
func stateHeadPost(phrase string) bool {
	switch phrase {
	case "president", "prime minister", "chancellor", "premier", "leader", "king", "queen":
		return true
	}
	return false
}

// descriptionMention returns the mention of the (last) entity of type typ
// named inside a description from det to its head noun i ("the German
// chancellor", "the Tory leader"), or -1.
func (d *doc) descriptionMention(det, i int, typ string) int {
	found := -1
	for j := det + 1; j < i; j++ {
		if m := d.toks[j].mention; m >= 0 && d.mentions[m].ent >= 0 && d.ents[d.mentions[m].ent].typ == typ {
			found = m
		}
	}
	return found
}

// bodyHolder returns the person last named before token det with a
// title matching phrase that a name of theirs gives with organisation b
// ("Tory leader Michael Howard"), or -1.
func (d *doc) bodyHolder(det, b int, phrase string, titles map[int][]string) int {
	if phrase == "" {
		return -1
	}
	holds := map[int]bool{}
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.ent < 0 || m.pronoun || m.t0 >= det || d.ents[m.ent].typ != TypePerson {
			continue
		}
		if d.bodyTitled(m, b) && slices.ContainsFunc(titles[m.ent], func(t string) bool { return titleMatches(t, phrase) }) || d.bodyApposed(m, b, phrase) {
			holds[m.ent] = true
		}
	}
	for j := det - 1; j >= 0 && len(holds) > 0; j-- {
		if m := d.toks[j].mention; m >= 0 && holds[d.mentions[m].ent] {
			return d.mentions[m].ent
		}
	}
	return -1
}

// bodyApposed: person mention m's apposition names organisation b and
// ends in the title phrase ("Michael Howard, the Tory leader,").
func (d *doc) bodyApposed(m *mention, b int, phrase string) bool {
	s := &d.sents[m.sent]
	if m.t1 >= s.t1 || d.toks[m.t1].text != "," {
		return false
	}
	named := false
	for j := m.t1 + 1; j < s.t1 && j < m.t1+6; j++ {
		if d.toks[j].text == "," || d.toks[j].lower == "of" {
			return named && d.titlePhrase(m.t1, j-1) == phrase
		}
		if n := d.toks[j].mention; n >= 0 && d.mentions[n].ent == b {
			named = true
		}
	}
	return false
}

// bodyTitled: the words before person mention m name organisation b
// ("Tory leader Michael Howard", "Labour's chairman Ian McCartney").
func (d *doc) bodyTitled(m *mention, b int) bool {
	if m.titleAff >= 0 && d.mentions[m.titleAff].ent == b {
		return true
	}
	for j := m.t0 - 1; j >= d.sents[m.sent].t0 && j >= m.t0-5; j-- {
		if n := d.toks[j].mention; n >= 0 && d.mentions[n].ent == b {
			return true
		}
		if d.toks[j].text != "'s" && !d.nameWordBefore(j) {
			return false
		}
	}
	return false
}

// affiliatedPerson returns the one person named in the sentences before
// token det (corefMaxBack) whom the gazetteer places in country c or whose
// title names c, when that person holds no other post the text gave
// (titles); or -1 when none or several are.
func (d *doc) affiliatedPerson(det, c int, phrase string, titles map[int][]string) int {
	country := d.ents[c].gaz.Name
	s := d.toks[det].sent
	found := -1
	for j := det - 1; j >= 0 && d.toks[j].sent >= s-corefMaxBack; j-- {
		mi := d.toks[j].mention
		if mi < 0 || d.mentions[mi].t0 != j {
			continue
		}
		m := &d.mentions[mi]
		if m.ent < 0 || m.pronoun || m.kind != "" || d.ents[m.ent].typ != TypePerson || m.ent == found {
			continue
		}
		g := d.ents[m.ent].gaz
		if !(g != nil && g.Affiliation == country || d.titledBy(m, c)) {
			continue
		}
		if found >= 0 {
			return -1 // two of the country's people: which one?
		}
		for _, held := range titles[m.ent] {
			if !titleMatches(held, phrase) {
				return -1 // "Foreign Minister Joschka Fischer ... the German chancellor": someone else
			}
		}
		found = m.ent
	}
	return found
}

// onlyFarBefore returns the single entity among the resolved mentions that
// fit named in the three sentences before token i's, or -1 when none or
// several are.
func (d *doc) onlyFarBefore(i int, fits func(m *mention) bool) int {
	si := d.toks[i].sent
	if si == 0 {
		return -1
	}
	return max(d.oneFitting(d.sents[max(si-3, 0)].t0, d.sents[si-1].t1, fits), -1)
}
