package extract

import (
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/internal/extract/gazetteer"
)

// Nominal relations: event nouns with their parties ("X's sanctions on Y").

// nominals: "X's sanctions on Y", "X's visit to Y", "sanctions on Y by X".
func (d *doc) nominals(si int) {
	s := &d.sents[si]
	for i := s.t0; i < s.t1; i++ {
		t := &d.toks[i]
		if m := t.mention; m >= 0 && !(d.mentions[m].kind == MentionDemonym && d.mentions[m].t1 == i+1 && d.mentions[m].t0 < i && forceNouns[t.lower]) {
			continue // (a demonym's mention may hold its noun: "the Israeli offensive")
		}
		v, ok := eventNouns[t.lower]
		if !ok && t.lower != "tie" && i+1 < s.t1 && d.toks[i+1].lower == "between" && (reciprocalLemmas[t.lower] || betweenNouns[t.lower] != "") {
			v, ok = t.lower, true // "the clash between Yukos and the Kremlin", "a row between X and Y" (not "the tie between Millwall and Liverpool", a match)
			if w := betweenNouns[t.lower]; w != "" {
				v = w
			}
		}
		p := i - 1
		if p > s.t0 {
			if _, planned := plannedWords[d.toks[p].lower]; planned {
				p-- // "Aviva's proposed purchase of X"
			}
		}
		if pv, po := possessedEventNouns[t.lower]; !ok && po && p > s.t0 && (d.toks[p].text == "'s" || d.toks[p].text == "'") {
			v, ok = pv, true // "Rosneft's purchase of Yugansk" (not "the purchase of WMC by Zurich and London-based Xstrata")
		}
		offer := !ok && t.lower == "offer" && i+1 < s.t1 && d.toks[i+1].lower == "for" && d.possessedBy(p, s)
		if offer {
			v, ok = "bid", true // "Verizon's $6.7bn offer for MCI": a bid (not "Iran's offer to the EU")
		}
		kill := killNouns[t.lower]
		exchange := t.lower == "fire" && i-2 >= s.t0 && i+1 < s.t1 && d.toks[i-1].lower == "of" && (d.toks[i-2].lower == "exchange" || d.toks[i-2].lower == "exchanges") && d.toks[i+1].lower == "between"
		if exchange {
			v, ok = "exchange fire", true // "an exchange of fire between X and Y"
		}
		if !ok && d.killingDeath(i) {
			v, ok, kill = "kill", true, true // "charged in the death of X", "the shooting death of X"
		}
		if !ok || !isNoun(t.tag) && !(t.lower == "offensive" && i+1 < s.t1 && eventNounPreps[d.toks[i+1].lower]) && !(t.lower == "fighting" && i+1 < s.t1 && d.toks[i+1].lower == "between") {
			continue // ("the Israeli offensive into Gaza": tagged an adjective)
		}
		if si > 0 && i+4 < s.t1 && d.toks[i+1].lower == "between" && d.reciprocalNoun(t.lower) && d.toks[i+2].lower == "the" && d.toks[i+3].lower == "two" && d.toks[i+4].mention < 0 {
			// "the recent clashes between the two countries": the two the
			// text has just named
			if kinds, ok := twoPartyNouns[d.toks[i+4].lower]; ok {
				if pair := d.twoParties(si, kinds, i); pair != nil {
					g := &vgroup{head: i, lemma: v, negated: d.nounNegated(i)}
					d.add(si, pair[0], v+" with", pair[1], d.nounEvent(t.lower), g, confNominal, false)
				}
			}
			continue
		}
		bw := i + 1
		if d.reciprocalNoun(t.lower) && bw+2 < s.t1 && (d.toks[bw].lower == "in" || d.toks[bw].lower == "at") {
			if p := d.toks[bw+1].mention; p >= 0 && d.mentions[p].t0 == bw+1 && d.isPlace(p) && d.mentions[p].t1 < s.t1 && d.toks[d.mentions[p].t1].lower == "between" {
				bw = d.mentions[p].t1 // "meetings in Nairobi between X and Y": where, then who
			}
		}
		if d.reciprocalNoun(t.lower) {
			bw = d.whenBeforeBetween(s, bw) // "will host talks next week between X and Y", "the first direct talks in more than four years between": when, then who
		}
		if bw+3 < s.t1 && (d.toks[bw].lower == "between" && (d.reciprocalNoun(t.lower) || exchange) || d.toks[bw].lower == "of" && bw == i+1 && mergerNouns[t.lower]) {
			// "talks between Iran and the US", "the merger of Glaxo
			// Wellcome and SmithKline Beecham"
			a := d.firstArg(si, bw+1, 3, false)
			if g := d.governmentOfAt(s, bw+1); g >= 0 {
				a = g // "between the government of Sudan and X": the state
			}
			if p := d.titledParty(si, bw+1); p >= 0 {
				a = p // "between Kenyan Foreign Minister Grace Wanjiru and": the minister, not Kenya
			}
			if a >= 0 {
				k := d.mentions[a].t1
				for k < s.t1 && k < d.mentions[a].t1+2 && d.toks[k].mention < 0 && (groupNouns[d.toks[k].lower] || troopNouns[d.toks[k].lower]) {
					k++ // "between Yemeni government forces and Houthi rebels"
				}
				if k < s.t1 && d.toks[k].lower == "and" {
					b := d.firstArg(si, k+1, 3, false)
					if g := d.governmentOfAt(s, k+1); g >= 0 {
						b = g
					}
					if p := d.titledParty(si, k+1); p >= 0 {
						b = p // "and her Ethiopian counterpart, Tesfaye Alemu"
					}
					if b >= 0 {
						g := &vgroup{head: i, lemma: v, negated: d.nounNegated(i), modality: d.pairNounMood(si, i, d.mentions[b].t1)}
						ev := d.nounEvent(t.lower)
						if c, ok := d.x.events.Lookup("exchange", "fire"); exchange && ok {
							ev = eventOf(c)
						}
						d.add(si, argument{ment: a}, v+" with", argument{ment: b}, ev, g, confNominal, false)
					}
				}
			}
			continue
		}
		if d.subjectOf(si, i, v, t.lower) {
			continue
		}
		if d.agentFirst(si, i, v) {
			continue
		}
		if kill && (i+1 >= s.t1 || d.toks[i+1].lower != "of") {
			d.possessedKilling(si, i, v)
			continue
		}
		if i+1 >= s.t1 || !eventNounPreps[d.toks[i+1].lower] {
			continue
		}
		if d.toks[i+1].lower == "with" && d.travelPurpose(si, i) {
			continue
		}
		if i+2 >= s.t1 {
			continue // (the sentence ends with the preposition)
		}
		obj := d.firstArg(si, i+2, 5, false)
		postBefore := obj >= 0 && d.lowerPostAfter(s, i+2) == d.mentions[obj].t0 // "the arrest of blogger X"
		if dm := d.toks[i+2].mention; siteVerbs[v] && dm >= 0 && d.mentions[dm].t0 == i+2 && d.stateSite(&d.mentions[dm]) {
			obj = dm // "Iran's attack on Saudi oil facilities": the state's
		}
		if kill && d.toks[i+1].lower == "of" {
			if o := d.titledPersonFrom(s, i+2); o >= 0 {
				obj = o // "the slaying of Sen. Robert Kennedy", "of Chicago Mayor Anton Cermak"
			}
		}
		if obj < 0 || d.toks[i+2].mention < 0 && d.toks[i+2].lower != "the" && !(d.toks[i+2].lower == "its" && d.isOrg(obj)) /* "its takeover of its rival X" */ && !(d.toks[i+2].tag == "CD" && d.mentions[obj].t0 == i+3) && !(kill && d.personMention(obj) && !d.mentions[obj].pronoun) && !postBefore {
			// ("the execution of 21 Egyptians": a number before the name;
			// "the assassination of Dr. Martin Luther King, was": a person
			// killed, whatever follows)
			continue
		}
		if offer && (!d.isOrg(obj) || d.nounAfter(obj, false)) {
			continue // "Mr Davis' offer for the US assets", "for Republic of Ireland international Reid"
		}
		if v == "investigate" && d.ofBetween(i+2, d.mentions[obj].t0) {
			continue // "the inquiry into the death of David Kelly": into a death, not the man
		}
		// "a takeover of Y by X", "talks with Y by X"
		om := &d.mentions[obj]
		bk := om.t1 + 1
		if bk+1 < s.t1 && d.toks[bk].lower == "the" {
			bk++ // "by the United States"
		}
		if f := d.pastFollowers(bk); f < s.t1 && d.toks[om.t1].lower == "by" && d.isOrg(d.toks[f].mention) {
			bk = f // "by supporters of the Islamic State"
		}
		if k := d.lowerRun(bk, 3); k > 0 && bk+k < s.t1 && d.toks[om.t1].lower == "by" && d.personAt(bk+k) {
			bk += k // "by nationalist Gavrilo Princip": the person named after the description
		}
		if bk < s.t1 && d.toks[om.t1].lower == "by" && d.toks[bk].mention >= 0 && d.nounAfter(d.toks[bk].mention, true) {
			// "by the US football magnate Malcolm Glazer": the person named
			// after the description
			k := d.mentions[d.toks[bk].mention].t1
			for k < s.t1 && k < bk+6 && d.toks[k].mention < 0 && !isCapital(d.toks[k].text) && (isNoun(d.toks[k].tag) || d.toks[k].tag == "JJ") {
				k++
			}
			if k < s.t1 && d.personAt(k) {
				bk = k
			}
		}
		if bk < s.t1 && d.toks[om.t1].lower == "by" && d.toks[bk].mention >= 0 {
			if pm := &d.mentions[d.toks[bk].mention]; pm.t1+1 < s.t1 && (d.toks[pm.t1].text == "'s" || d.toks[pm.t1].text == "'") && d.isOrg(d.toks[pm.t1+1].mention) {
				bk = pm.t1 + 1 // "by the United Nations' Committee Against Torture": the body of the possessor
			}
			if by := d.toks[bk].mention; d.mentions[by].ent >= 0 && (!d.mentions[by].modifier && !d.nounAfter(by, true) || d.countryRef(by) && (d.demonymBody(&d.mentions[by], -1, stateActors) || d.mentions[by].t1 < s.t1 && stateActors[d.toks[d.mentions[by].t1].lower])) {
				// ("the killing of X by Saudi agents": the state, through its agents)
				pred := v
				if p := d.toks[i+1].lower; p != "of" {
					pred += " " + p
				}
				d.add(si, argument{ment: by}, pred, argument{ment: obj}, d.nounEvent(t.lower), &vgroup{head: i, lemma: v, negated: d.nounNegated(i), modality: d.abandonedNoun(si, i)}, confNominal, false)
				continue
			}
		}
		// the possessor: "X's (adj)* noun"
		subj := -1
		modality := ""
		for k := i - 1; k >= s.t0 && k >= i-4; k-- {
			u := &d.toks[k]
			if m, ok := plannedWords[u.lower]; ok && u.mention < 0 {
				modality = m // "its planned takeover of X": not done yet
				continue
			}
			if u.text == "'s" && k > s.t0 && d.toks[k-1].mention >= 0 {
				subj = d.toks[k-1].mention
				break
			}
			if m := u.mention; m >= 0 && d.mentions[m].pronoun && (possPronouns[u.lower] || u.lower == "its") && d.mentions[m].ent >= 0 && pronounEventNouns[t.lower] {
				// "during his visit to India"; in an opening phrase the
				// pronoun is the subject after it ("Before her meeting with
				// Martinez, Davenport ...")
				subj = m
				if c, inside := d.openingPhraseSubject(s, k); inside {
					subj = c
					if d.toks[s.t0].lower == "before" && d.presentAfterOpening(s) {
						modality = "planned" // "Before her meeting with Martinez, Davenport believes": still to come
					}
				}
				break
			}
			if !(u.tag == "JJ" || isNoun(u.tag) || u.tag == "CD") || u.mention >= 0 {
				break
			}
		}
		if subj < 0 && forceNouns[t.lower] {
			subj = d.modifierAgent(s, i)
		}
		if subj < 0 {
			subj = d.claimedBy(si, i) // "The Houthis claimed responsibility for the attack on X"
		}
		if subj < 0 && d.warrantFor(si, i, obj) {
			continue // "Interpol issued a red notice for the arrest of X"
		}
		if modality == "" {
			modality = d.abandonedNoun(si, i)
		}
		g := &vgroup{head: i, lemma: v, negated: d.nounNegated(i), modality: modality}
		if subj < 0 && kill && d.toks[i+1].lower == "of" {
			// "James Earl Ray pleaded guilty to the assassination of X",
			// "Vasquez is charged with the slayings of X and Y"
			subj, g.modality, g.negated = d.accusedOf(s, i)
			if subj >= 0 && d.mentions[subj].ent >= 0 {
				for _, o := range d.coordRight(si, &d.mentions[obj]) {
					d.add(si, argument{ment: subj}, v, o, d.nounEvent(t.lower), g, confNominal, false)
				}
			}
		}
		if subj < 0 || d.mentions[subj].ent < 0 {
			continue
		}
		prep := d.toks[i+1].lower
		if t.lower == "case" && prep != "against" {
			continue // "Hassan's case on Twitter": a cause, not a lawsuit
		}
		pred := v
		if !objectPrep(v, prep) && prep != "by" {
			pred += " " + prep
		}
		d.add(si, argument{ment: subj}, pred, argument{ment: obj}, d.nounEvent(t.lower), g, confNominal, false)
	}
}

// warrantFor: the arrest (or extradition) at token i is what a warrant or
// notice asks for ("Interpol issued a red notice for the arrest of X",
// "prosecutors issued a warrant for the extradition of X"): the issuer
// seeks it, as when the warrant is "for X" itself. It reports whether it
// found the issuer.
func (d *doc) warrantFor(si, i, obj int) bool {
	s := &d.sents[si]
	t := d.toks[i].lower
	if t != "arrest" && t != "extradition" || obj < 0 {
		return false
	}
	k := i - 1
	if k > s.t0 && d.toks[k].lower == "the" {
		k--
	}
	if k-1 <= s.t0 || d.toks[k].lower != "for" || !warrantNouns[d.toks[k-1].lower] {
		return false
	}
	for v := k - 2; v > s.t0 && v >= k-5; v-- {
		if !isVerb(d.toks[v].tag) {
			continue
		}
		if l := d.lemma(&d.toks[v]); l != "issue" && l != "seek" && l != "request" {
			return false
		}
		g := d.groupEndingAt(s, v)
		found := false
		for _, sb := range d.subjects(si, &g) {
			if d.namesParty(sb.ment) && d.mentions[sb.ment].ent != d.mentions[obj].ent {
				d.emitCode(si, sb, "issue warrant for", argument{ment: obj}, &g, confNominal, false, "issue", "", "warrant", "for")
				found = true
			}
		}
		return found
	}
	return false
}

// warrantNouns ask a state to arrest someone.
var warrantNouns = set("warrant", "warrants", "notice", "request")

// stateSite: mention m names a state before a noun phrase that ends in
// its forces, sites or installations ("Saudi oil facilities", "Syrian
// army positions").
func (d *doc) stateSite(m *mention) bool {
	s := &d.sents[m.sent]
	if m.ent < 0 || d.ents[m.ent].typ != TypeGPE || m.t1 >= s.t1 {
		return false
	}
	h := d.possHead(m.t1)
	if h >= s.t1 || h == m.t1 && d.toks[h].mention >= 0 || !stateGroups[d.toks[h].lower] && !militarySites[d.toks[h].lower] {
		return false
	}
	for k := m.t1; k < h; k++ {
		if d.toks[k].mention >= 0 || isCapital(d.toks[k].text) {
			return false
		}
	}
	return true
}

// claimedBy: the event noun at token i is what its sentence's subject
// claimed responsibility for ("The Houthis claimed responsibility for the
// attack on X", "IS, which claimed responsibility for the bombing of X");
// it returns the subject's mention, or -1.
func (d *doc) claimedBy(si, i int) int {
	s := &d.sents[si]
	k := i - 1
	for n := 0; n < 2 && k > s.t0 && d.toks[k].mention < 0 && isLowerWord(d.toks[k].text) && (d.toks[k].tag == "JJ" || isNoun(d.toks[k].tag)); n++ {
		k-- // "the drone attacks", "Monday's suicide bombing"
	}
	if k > s.t0 && determiners[d.toks[k].lower] {
		k--
	}
	if k-2 >= s.t0 && d.toks[k].lower == "for" && d.toks[k-1].lower == "responsible" {
		return d.responsibleFor(si, k-2)
	}
	if k-2 < s.t0 || d.toks[k].lower != "for" || d.toks[k-1].lower != "responsibility" {
		return -1
	}
	v := k - 2
	if !isVerb(d.toks[v].tag) || d.lemma(&d.toks[v]) != "claim" && d.lemma(&d.toks[v]) != "accept" && d.lemma(&d.toks[v]) != "admit" {
		return -1
	}
	g := d.groupEndingAt(s, v)
	if subs := d.subjects(si, &g); len(subs) > 0 {
		return subs[0].ment
	}
	return -1
}

// responsibleFor: the subject of the finite "be" at or before token v
// that asserts "X was responsible for the attack on Y" ("Egypt and the UAE
// were also responsible for the air strikes on Tripoli"), or -1: not one
// denied, doubted or only supposed ("was not responsible", "may have been
// responsible", "is believed to be responsible", "denied being
// responsible"; heldResponsible reads who said so).
func (d *doc) responsibleFor(si, v int) int {
	s := &d.sents[si]
	if v > s.t0 && d.toks[v].tag == "RB" && !negators[d.toks[v].lower] {
		v-- // "was also responsible"
	}
	if !beVerbs[d.toks[v].lower] || d.toks[v].tag == "VBG" || d.toks[v].tag == "VB" {
		return -1
	}
	g := d.groupEndingAt(s, v)
	for k := g.g0; k <= v; k++ {
		if d.toks[k].tag == "MD" || negators[d.toks[k].lower] {
			return -1
		}
	}
	if subs := d.subjects(si, &g); len(subs) > 0 {
		return subs[0].ment
	}
	return -1
}

// departures: "the secession of South Sudan from Sudan", "the withdrawal
// of US troops from Iraq", "Britain's exit from the EU": the one that
// leaves, then the place or body it leaves; "the expulsion of Russian
// diplomats from Britain": the body left expels the ones leaving.
func (d *doc) departures(si int) {
	s := &d.sents[si]
	for i := s.t0; i+3 < s.t1; i++ {
		t := &d.toks[i]
		leave, out := departureNouns[t.lower], expulsionNouns[t.lower]
		if leave == "" && out == "" || t.mention >= 0 || !isNoun(t.tag) {
			continue
		}
		who, k := -1, i+1
		if d.toks[k].lower == "of" {
			if m := d.toks[k+1].mention; m >= 0 && d.mentions[m].t0 == k+1 && d.mentions[m].ent >= 0 && d.departingParty(&d.mentions[m]) {
				who = m
				k = d.possHead(d.mentions[m].t1)
				if d.mentions[m].t1 < s.t1 && d.toks[d.mentions[m].t1].lower == "from" {
					k = d.mentions[m].t1 - 1
				}
				k++
			}
		} else if out == "" && i-2 >= s.t0 && d.toks[i-1].text == "'s" {
			if m := d.toks[i-2].mention; m >= 0 && d.mentions[m].ent >= 0 && !d.mentions[m].pronoun {
				who = m // "Britain's exit from the EU"
			}
		}
		if who < 0 || k+1 >= s.t1 || d.toks[k].lower != "from" {
			continue
		}
		from := d.firstArg(si, k+1, 3, false)
		if from < 0 || d.mentions[from].ent == d.mentions[who].ent || d.mentions[from].t0 > k+2 {
			continue
		}
		g := &vgroup{head: i, negated: d.nounNegated(i)}
		if leave != "" {
			g.lemma = leave
			d.emitCode(si, argument{ment: who}, leave+" from", argument{ment: from}, g, confNominal, false, leave, "", "", "")
			continue
		}
		g.lemma = out
		d.emitCode(si, argument{ment: from}, out, argument{ment: who}, g, confNominal, false, out, "", "", "")
	}
}

// departingParty: mention m can leave or be sent away: a state, a body or
// a person named whole, or a state's troops or envoys ("US troops",
// "Russian diplomats").
func (d *doc) departingParty(m *mention) bool {
	if m.pronoun {
		return false
	}
	if m.kind == MentionDemonym && !m.modifier {
		return true // "Russian diplomats": the demonym took its group in
	}
	if m.modifier {
		return d.stateSite(m) // "US troops" (stateSite holds demonymBody's state groups)
	}
	return !d.modifiesNoun(m)
}

// departureNouns name leaving a place or a body; expulsionNouns sending
// someone away from one.
var departureNouns = map[string]string{"secession": "secede", "withdrawal": "withdraw", "pullout": "withdraw",
	"pull-out": "withdraw", "exit": "exit", "departure": "leave", "defection": "defect"}
var expulsionNouns = map[string]string{"expulsion": "expel", "deportation": "deport", "extradition": "extradite",
	"eviction": "evict"}

// unions: "her marriage to Kevin Federline", "Aniston's divorce from
// Brad Pitt": the possessor married, was engaged to or divorced the
// person after the noun (the verbs' predicates: "marry", "divorce").
func (d *doc) unions(si int) {
	s := &d.sents[si]
	for subj, k := range d.possessors(s) {
		for k < s.t1 && d.toks[k].tag == "JJ" && d.toks[k].mention < 0 {
			k++ // "his second marriage to"
		}
		if k+2 >= s.t1 {
			continue
		}
		u, ok := unionNouns[d.toks[k].lower]
		if !ok || d.toks[k+1].lower != u.prep {
			continue
		}
		o := d.toks[k+2].mention
		if o >= 0 && d.mentions[o].t0 == k+2 && d.personMention(o) && d.personMention(subj) {
			d.add(si, argument{ment: subj, weak: d.mentions[subj].pronoun}, u.pred, argument{ment: o}, nil, nil, confNominal, false)
		}
	}
}

// personMention: mention m is resolved to a person.
func (d *doc) personMention(m int) bool {
	return d.mentions[m].ent >= 0 && d.ents[d.mentions[m].ent].typ == TypePerson
}

// unionNouns are marriages and their ends, with the preposition before
// the partner and the predicate they give.
var unionNouns = map[string]struct{ prep, pred string }{
	"marriage": {"to", "marry"}, "engagement": {"to", "engaged to"}, "wedding": {"to", "marry"},
	"divorce": {"from", "divorce"}, "separation": {"from", "separate from"},
}

// objectPrep: prep marks the object of the event noun whose verb is v:
// "of" for any ("the capture of X"), "into" for an inquiry ("an
// investigation into X": X is investigated).
func objectPrep(v, prep string) bool {
	return prep == "of" || v == "investigate" && prep == "into"
}

// ofBetween: an "of" among tokens [a, b).
func (d *doc) ofBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if d.toks[k].lower == "of" {
			return true
		}
	}
	return false
}

// agentFirst: an event noun with its agent before its object ("the capture
// last month by Assad forces of the towns of Tel Hasel and Safira"): the
// agent did it to each object. It reports whether it found both.
func (d *doc) agentFirst(si, i int, v string) bool {
	s := &d.sents[si]
	j := i + 1
	for j < s.t1 && j <= i+3 && d.toks[j].lower != "by" && d.toks[j].mention < 0 && isLowerWord(d.toks[j].text) && (timeNouns[d.toks[j].lower] || d.toks[j].lower == "last" || d.toks[j].lower == "this") {
		j++ // "last month"
	}
	if j+2 >= s.t1 || d.toks[j].lower != "by" {
		return false
	}
	k := j + 1
	if d.toks[k].lower == "the" {
		k++
	}
	by := d.toks[k].mention
	if by < 0 || d.mentions[by].t0 != k || d.mentions[by].ent < 0 {
		return false
	}
	e := d.mentions[by].t1
	if e < s.t1 && troopNouns[d.toks[e].lower] {
		e++ // "by Assad forces": the forces act for him
	}
	if e+1 >= s.t1 || !objectPrep(v, d.toks[e].lower) {
		return false
	}
	obj := d.firstArg(si, e+1, 7, false)
	if obj < 0 {
		return false
	}
	g := &vgroup{head: i, lemma: v, negated: d.nounNegated(i)}
	objs := append([]argument{{ment: obj}}, d.coordRight(si, &d.mentions[obj])...)
	for _, o := range objs {
		d.add(si, argument{ment: by}, v, o, d.nounEvent(d.toks[i].lower), g, confNominal, false)
	}
	return true
}

// troopNouns after a name are its armed men ("Assad forces").
var troopNouns = set("forces", "troops", "loyalists", "fighters", "militias", "army")

// killingDeath: a death the sentence blames on someone: "the shooting
// death of X", or "in/for/with the death of X" ("charged in the death of").
func (d *doc) killingDeath(i int) bool {
	s := &d.sents[d.toks[i].sent]
	if l := d.toks[i].lower; l != "death" && l != "deaths" || i+1 >= s.t1 || d.toks[i+1].lower != "of" || i-2 < s.t0 {
		return false
	}
	if killManners[d.toks[i-1].lower] {
		return true
	}
	p := i - 1
	if d.toks[p].lower == "the" {
		p--
	}
	return p > s.t0 && (d.toks[p].lower == "in" || d.toks[p].lower == "for" || d.toks[p].lower == "with")
}

// killManners before "death" say it was a killing.
var killManners = set("shooting", "stabbing", "beating", "strangling", "strangulation", "bludgeoning")

// killNouns name a killing: the one tried for it did it.
var killNouns = set("assassination", "killing", "killings", "murder", "murders", "slaying", "slayings", "shooting")

// titledPersonFrom: the person named from token j after titles and
// descriptions: a killing's victim after "of" ("the 1968 slaying of Sen.
// Robert Kennedy", "of Chicago Mayor Anton Cermak", "of U.S. citizens John
// Walker"), a meeting's party after "with" ("talks with Egyptian
// President X"); or -1.
func (d *doc) titledPersonFrom(s *sent, j int) int {
	for k := j; k < s.t1 && k < j+9; k++ {
		t := &d.toks[k]
		if d.personAt(k) {
			return t.mention
		}
		switch {
		case t.mention >= 0 && d.mentions[t.mention].t0 == k:
			m := &d.mentions[t.mention]
			if p := d.titledPersonAfter(m); p >= 0 {
				return d.toks[p].mention // "Chicago Mayor Anton Cermak"
			}
			if m.modifier && m.t1 < s.t1 && d.toks[m.t1].titleOf >= 0 {
				k = m.t1 - 1 // "U.S. Sen. Robert Kennedy": the title's country
				continue
			}
			if e := m.t1; e+2 < s.t1 && (d.toks[e].text == "'s" || d.toks[e].text == "'") && (d.isTitleWord(d.toks[e+1].lower) || d.toks[e+1].tag == "JJ" && d.isTitleWord(d.toks[e+2].lower)) && !m.pronoun {
				k = e // "talks with Saudi Arabia's foreign minister, Prince X": the possessor's post
				continue
			}
			if e := m.t1; e >= s.t1 || d.toks[e].mention >= 0 || !(isNoun(d.toks[e].tag) && isLowerWord(d.toks[e].text)) {
				return -1
			}
			k = m.t1 - 1 // "U.S. citizens John Walker"
		case t.text == "," && k > j && d.isTitleWord(d.toks[k-1].lower) && k+1 < s.t1 && (d.personAt(k+1) || honorifics[d.toks[k+1].lower] || d.isTitleWord(d.toks[k+1].lower)):
			// "foreign minister, Prince Faisal": the post apposed to its holder
		case t.tag == "JJ" && isLowerWord(t.text) && k+1 < s.t1 && d.isTitleWord(d.toks[k+1].lower):
			// "foreign" of "foreign minister"
		case t.mention < 0 && (t.lower == "the" || t.tag == "CD" || d.isTitleWord(t.lower) || honorifics[t.lower] || isNoun(t.tag) && isLowerWord(t.text)):
		default:
			return -1
		}
	}
	return -1
}

// possessedKilling: "convicted of Kennedy's killing", "sentenced for King's
// assassination", "jailed over the Khashoggi murder": the possessor (or the
// person named before the noun) was killed; the one tried for it killed.
func (d *doc) possessedKilling(si, i int, v string) {
	s := &d.sents[si]
	k := i - 1
	for k > s.t0 && (d.toks[k].tag == "CD" || d.toks[k].tag == "JJ") && d.toks[k].mention < 0 {
		k-- // "Kennedy's 1968 slaying"
	}
	victim := -1
	if k < s.t0 {
		return // (the noun opens its sentence: "Murder sentences should not be reduced")
	}
	if k > s.t0 && d.toks[k].text == "'s" {
		victim = d.toks[k-1].mention
	} else if m := d.toks[k].mention; m >= 0 && d.mentions[m].t1 == k+1 && d.mentions[m].t0-1 >= s.t0 && d.toks[d.mentions[m].t0-1].lower == "the" {
		victim = m // "convicted in the Khashoggi killing"
	}
	if victim < 0 {
		return
	}
	if !d.personAt(d.mentions[victim].t0) {
		return
	}
	subj, modality, negated := d.accusedOf(s, i)
	if subj < 0 || subj == victim || d.mentions[subj].ent < 0 || d.mentions[subj].ent == d.mentions[victim].ent {
		return
	}
	g := &vgroup{head: i, lemma: v, negated: negated, modality: modality}
	d.add(si, argument{ment: subj}, v, argument{ment: victim}, d.nounEvent(d.toks[i].lower), g, confNominal, false)
}

// legalCue is what a legal cue before a killing noun says of the one it
// names: the modality ("" guilty, "alleged", "denied", "cleared": negated),
// and whether, as an active verb, it acts on the accused ("police arrested
// X for the murder of Y", "the judge sentenced X to life for the killing of
// Y": the person after the verb, not its subject).
type legalCue struct {
	modality string
	acts     bool
}

// legalCues before a killing noun say what the sentence's subject (or the
// object of an acting cue) is to it.
var legalCues = map[string]legalCue{"guilty": {}, "convicted": {acts: true}, "sentenced": {acts: true}, "sentence": {},
	"jailed": {acts: true}, "imprisoned": {acts: true}, "executed": {acts: true}, "charged": {"alleged", true},
	"indicted": {"alleged", true}, "accused": {"alleged", true}, "arrested": {"alleged", true}, "tried": {"alleged", true},
	"trial": {modality: "alleged"}, "suspect": {modality: "alleged"}, "suspected": {"alleged", true},
	"suspicion": {modality: "alleged"}, "acquitted": {"cleared", true}, "cleared": {"cleared", true}, "admitted": {},
	"confessed": {}, "denied": {modality: "denied"}, "detained": {"alleged", true}}

// servingTime: token k is "serving" (or "serves", "served") a prison term
// ("is serving life", "served 20 years", "serving a life sentence"), a
// legal cue.
func (d *doc) servingTime(k int) bool {
	if l := d.toks[k].lower; l != "serving" && l != "serves" && l != "served" {
		return false
	}
	s := &d.sents[d.toks[k].sent]
	for j := k + 1; j < s.t1 && j <= k+3; j++ {
		if termNouns[d.toks[j].lower] {
			return true
		}
	}
	return false
}

// termNouns name a prison term.
var termNouns = set("life", "years", "months", "sentence", "term")

// accusedOf returns the person a legal cue between the sentence's start and
// killing noun i names as its doer: the first name of the sentence when it
// is a person ("James Earl Ray pleaded guilty to the assassination of"),
// with the modality and negation the cue gives; or -1.
func (d *doc) accusedOf(s *sent, i int) (int, string, bool) {
	cue := -1
	for k := i - 1; k > s.t0; k-- {
		if _, ok := legalCues[d.toks[k].lower]; ok || d.servingTime(k) {
			cue = k
			break
		}
		if d.toks[k].text == ";" || d.toks[k].lower == "who" || d.toks[k].lower == "which" {
			break
		}
	}
	if cue < 0 {
		return -1, "", false
	}
	c := legalCues[d.toks[cue].lower]
	verdict := func(m int) (int, string, bool) {
		modality, negated := c.modality, c.modality == "cleared"
		if negated {
			modality = ""
		}
		if d.toks[i-1].lower == "attempted" {
			modality = "attempted" // "convicted of the attempted murder of X": X lives
		}
		return m, modality, negated
	}
	if c.acts && (d.toks[cue].tag == "VBD" || d.toks[cue].tag == "VBZ" || d.toks[cue].tag == "VBP" || d.toks[cue].tag == "VBN" && (cue-1 >= s.t0 && (d.toks[cue-1].lower == "have" || d.toks[cue-1].lower == "has" || d.toks[cue-1].lower == "had") || d.toks[cue].rel == "root")) {
		// (a past tense the tagger read as a participle, the parse's root: "A court sentenced X")
		// "police arrested X for the murder of Y": the one acted on
		k := cue + 1
		for k < i && k < cue+5 && d.toks[k].mention < 0 && isLowerWord(d.toks[k].text) && (d.isTitleWord(d.toks[k].lower) || titleMods[d.toks[k].lower] || d.toks[k].tag == "JJ" || d.toks[k].tag == "NN") {
			k++ // "sentenced former army officer X": past the post
		}
		if a := d.firstArg(d.toks[cue].sent, k, 3, true); a >= 0 {
			if d.mentions[a].t1 < i && d.mentions[a].ent >= 0 && d.ents[d.mentions[a].ent].typ == TypePerson {
				return verdict(a)
			}
			return -1, "", false
		}
	}
	if b := cue - 2; b >= s.t0 && d.toks[cue-1].text == "," && d.toks[cue].tag == "VBN" && d.toks[b].mention >= 0 && d.mentions[d.toks[b].mention].t1 == b+1 && d.personMention(d.toks[b].mention) {
		return verdict(d.toks[b].mention) // "the capture in London of X, suspected of the murder of Y": the one the participle describes
	}
	from := s.t0
	for k := cue - 1; k > s.t0; k-- {
		if isVerb(d.toks[k].tag) && d.toks[k].mention < 0 && sayVerbs[d.lemma(&d.toks[k])] {
			// "Judge X said Y was guilty of the murder of Z": Y ("said the
			// man was guilty": nobody named; "X, who told police he was
			// innocent, was convicted": X)
			named, comma := false, false
			for j := k + 1; j < cue; j++ {
				named = named || d.toks[j].mention >= 0
				comma = comma || d.toks[j].text == ","
			}
			if named {
				from = k + 1
			} else if !comma {
				return -1, "", false
			}
			break
		}
	}
	for k := from; k < cue; k++ {
		m := d.toks[k].mention
		if m < 0 {
			continue
		}
		if d.mentions[m].ent < 0 || d.ents[d.mentions[m].ent].typ != TypePerson {
			return -1, "", false
		}
		if e := d.mentions[m].t1; e < cue && (d.toks[e].text == "'s" || d.toks[e].text == "'") {
			// "Pereira's father, rancher Darly Silva, was convicted": the
			// one apposed to what the possessor has, if named
			m = -1
			for j := e + 1; j < cue; j++ {
				if d.toks[j].text == "," && j+1 < cue {
					if a := d.firstArg(d.toks[j].sent, j+1, 3, true); a >= 0 && d.mentions[a].ent >= 0 && d.ents[d.mentions[a].ent].typ == TypePerson {
						m = a
					}
					break
				}
			}
			if m < 0 {
				return -1, "", false
			}
		}
		return verdict(m)
	}
	return -1, "", false
}

// abandonedNoun: the event noun at token i heads the noun phrase opening
// its sentence, whose verb then says it was stopped or failed ("The
// takeover of Arm by Nvidia was abandoned", "the merger collapsed"): only
// attempted ("attempted"), else "".
func (d *doc) abandonedNoun(si, i int) string {
	s := &d.sents[si]
	b := s.t0
	if b < i && (d.toks[b].lower == "the" || d.toks[b].lower == "a" || d.toks[b].tag == "PRP$") {
		b++
	}
	for b < i && d.toks[b].mention < 0 && (d.toks[b].tag == "JJ" || d.toks[b].tag == "CD" || isAmount(d.toks[b].text) || isNoun(d.toks[b].tag) && !isCapital(d.toks[b].text)) {
		b++ // "the proposed $40bn takeover"
	}
	if b != i {
		return ""
	}
	for k := i + 1; k < s.t1 && k <= i+12; k++ {
		t := &d.toks[k]
		if t.text == "," || t.lower == "which" || t.lower == "that" {
			return ""
		}
		if t.tag != "VBD" && t.tag != "VBZ" && t.tag != "VBP" && t.tag != "MD" {
			continue
		}
		h := k
		for h+1 < s.t1 && (isVerb(d.toks[h+1].tag) || d.toks[h+1].tag == "RB" || d.toks[h+1].tag == "RP") {
			h++ // "was abandoned", "has fallen through": the group's last verb
		}
		l := d.lemma(&d.toks[h])
		if stopVerbs[l] && d.toks[h].tag == "VBN" || collapseVerbs[l] {
			return "attempted"
		}
		return ""
	}
	return ""
}

// pairNounMood is the modality of an event noun between two parties at
// token i whose phrase ends before token end: a planning word before it
// ("a planned merger between X and Y"), a collapse after it, or a future
// that its relative clause or its own verb gives it ("a merger between X
// and Y which authorities have said will go ahead", "talks between X and
// Y are expected next week"); "" when it happened.
func (d *doc) pairNounMood(si, i, end int) string {
	s := &d.sents[si]
	for k := i - 1; k >= s.t0 && k >= i-3; k-- {
		if m, ok := plannedWords[d.toks[k].lower]; ok && d.toks[k].mention < 0 {
			return m
		}
		if !(d.toks[k].tag == "JJ" || isNoun(d.toks[k].tag) && !isCapital(d.toks[k].text)) {
			break
		}
	}
	if m := d.abandonedNoun(si, i); m != "" {
		return m
	}
	if m := d.modalVerbBefore(s, i); m != "" {
		return m // "Kenya will host talks between X and Y": still to come
	}
	k := end
	if k < s.t1 && d.toks[k].text == "," {
		k++
	}
	relative := k < s.t1 && (d.toks[k].lower == "which" || d.toks[k].lower == "that")
	for j := k; j < s.t1 && j < k+8; j++ {
		t := &d.toks[j]
		if t.text == "," || t.text == ";" || t.lower == "but" {
			break
		}
		if j > k && !relative && t.tag != "MD" && !beVerbs[t.lower] && t.tag != "RB" {
			break // the noun's own verb comes first (not "... and said X will")
		}
		if m := nounModalMood(t.lower); t.tag == "MD" && m != "" {
			return m
		}
		if beVerbs[t.lower] && j+1 < s.t1 && (d.toks[j+1].lower == "expected" || d.toks[j+1].lower == "due" || d.toks[j+1].lower == "planned" || d.toks[j+1].lower == "scheduled") {
			return "planned"
		}
	}
	return ""
}

// modalVerbBefore returns the mood a modal gives the bare verb whose
// object the noun at token i heads ("will host talks", "could hold
// talks"), or "".
func (d *doc) modalVerbBefore(s *sent, i int) string {
	k := i - 1
	for k > s.t0 && k >= i-3 && (d.toks[k].tag == "JJ" || d.toks[k].tag == "DT") && d.toks[k].mention < 0 {
		k--
	}
	if k-1 < s.t0 || d.toks[k].tag != "VB" || d.toks[k-1].tag != "MD" {
		return ""
	}
	return nounModalMood(d.toks[k-1].lower)
}

// nounModalMood returns the mood modal l gives an event noun: a plan after
// "will", a possibility after "could", or "".
func nounModalMood(l string) string {
	switch l {
	case "will", "would", "'ll", "shall":
		return "planned"
	case "could", "may", "might":
		return "possible"
	}
	return ""
}

// collapseVerbs say a deal did not come about ("the merger collapsed").
var collapseVerbs = set("collapse", "fail", "founder", "unravel")

// nounNegated: "there was no treaty between": the event noun is denied.
func (d *doc) nounNegated(i int) bool {
	s := &d.sents[d.toks[i].sent]
	for j := i - 1; j >= s.t0 && j >= i-3; j-- {
		if l := d.toks[j].lower; l == "no" || l == "without" || l == "never" {
			return true
		}
		if j-2 >= s.t0 && d.toks[j].lower == "to" && d.toks[j-1].lower == "end" && d.toks[j].mention < 0 {
			return true // "an end to its alliance with X"
		}
		if isVerb(d.toks[j].tag) && endingVerbs[d.lemma(&d.toks[j])] {
			return true // "ended his partnership with X", "scrapped its merger with X"
		}
		if d.toks[j].mention >= 0 && d.toks[j].tag != "PRP$" || isVerb(d.toks[j].tag) {
			break
		}
	}
	return false
}

// reciprocalNoun: an event noun between two parties ("talks", "war").
func (d *doc) reciprocalNoun(noun string) bool {
	l := d.x.lem.Lemma(noun)
	return reciprocalNouns[l] || reciprocalNouns[noun] || reciprocalLemmas[l] || betweenNouns[noun] != ""
}

// betweenNouns are nouns of a quarrel between two parties "between"
// follows, with the predicate's noun.
var betweenNouns = map[string]string{"row": "dispute", "rift": "dispute", "quarrel": "dispute", "battle": "battle"}

// reciprocalLemmas are event nouns between two parties that are no
// reciprocal verb's noun: "war between", "fighting between".
var reciprocalLemmas = set("war", "relation", "tie", "clash", "dispute", "conflict", "fighting", "fight", "hostility", "tension")

func (d *doc) nounEvent(noun string) *Event {
	if c, ok := d.x.events.Noun(noun); ok {
		return eventOf(c)
	}
	if c, ok := d.x.events.Noun(d.nounLemma(noun)); ok {
		return eventOf(c) // "meetings between X and Y"
	}
	return nil
}

// subjectOf: "Iran has been the subject of US sanctions", "X became the
// target of Russian attacks": the party before the event noun acts on the
// subject of the clause.
func (d *doc) subjectOf(si, i int, v, noun string) bool {
	s := &d.sents[si]
	// the party: "US sanctions", "Russia's attacks"
	k := i - 1
	if k > s.t0 && d.toks[k].text == "'s" {
		k--
	}
	if k <= s.t0+2 || d.toks[k].mention < 0 {
		return false
	}
	by := d.toks[k].mention
	bm := &d.mentions[by]
	of := bm.t0 - 1
	if of-1 < s.t0 || d.toks[of].lower != "of" || !(d.toks[of-1].lower == "subject" || d.toks[of-1].lower == "target") {
		return false
	}
	// back over "has been the", "is also the", "became a"
	j := of - 2
	for j >= s.t0 && d.toks[j].mention < 0 && copulaWords[d.toks[j].lower] {
		j--
	}
	if j < s.t0 || d.toks[j].mention < 0 || !copulaWords[d.toks[j+1].lower] {
		return false
	}
	subj := d.toks[j].mention
	if d.mentions[subj].ent < 0 || bm.ent < 0 {
		return false
	}
	d.add(si, argument{ment: by}, v, argument{ment: subj}, d.nounEvent(noun), &vgroup{head: i, lemma: v, negated: d.nounNegated(i)}, confNominal, false)
	return true
}

// copulaWords join a subject to "the subject of ...".
var copulaWords = set("is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "become", "became",
	"becomes", "remain", "remains", "remained", "also", "now", "long", "repeatedly", "often", "already", "the", "a", "an",
	"frequent", "main", "latest", "new")

// nounAfter reports whether a lower-case noun (or, with adj, an adjective)
// follows mention m, which then only describes it ("by the US football
// magnate", "the UK's G8 presidency", "the SEC's Washington DC
// headquarters", which the tagger reads as a verb).
func (d *doc) nounAfter(m int, adj bool) bool {
	e := d.mentions[m].t1
	if e >= len(d.toks) || d.toks[e].sent != d.mentions[m].sent {
		return false
	}
	t := &d.toks[e]
	return !isCapital(t.text) && (t.tag == "NN" || t.tag == "NNS" || t.lower == "headquarters" || adj && (isNoun(t.tag) || t.tag == "JJ"))
}

// forceNouns take a nationality before them as their doer: "the Israeli
// offensive into the Gaza Strip", "the US invasion of Iraq", "Russian
// sanctions on Georgia".
var forceNouns = set("attack", "attacks", "invasion", "offensive", "airstrike", "airstrikes", "strikes", "raid", "raids",
	"bombing", "bombings", "assault", "sanctions", "embargo")

// modifierAgent returns the mention of a nationality or a country's short
// name (a demonym, or an acronym such as "US") right before event noun i,
// past adjectives; or -1. A country's full name there is as often the
// target ("the Iraq war", "the Gaza offensive").
func (d *doc) modifierAgent(s *sent, i int) int {
	if m := d.toks[i].mention; m >= 0 && d.mentions[m].ent >= 0 && d.mentions[m].kind == MentionDemonym {
		return m // "the Israeli offensive" as one mention
	}
	k := i - 1
	for k > s.t0 && d.toks[k].tag == "JJ" && d.toks[k].mention < 0 {
		k--
	}
	if k < s.t0 {
		return -1 // ("Attacks on Bosnia" opening the text)
	}
	m := d.toks[k].mention
	if m < 0 || d.mentions[m].ent < 0 || d.mentions[m].t1 != k+1 {
		return -1
	}
	mm := &d.mentions[m]
	if t := d.ents[mm.ent].typ; t != TypeGPE && t != TypeOrg {
		return -1
	}
	if mm.kind == MentionDemonym || mm.t1-mm.t0 == 1 && isAcronymWord(d.toks[mm.t0].text) {
		return m
	}
	return -1
}

// results: sports results told by a noun ("Everton's 3-1 win over Aston
// Villa", "Henman slumped to a defeat against Ljubicic", "Chelsea's
// defeat by Newcastle", "a draw with Italy"): the winner beat the loser.
func (d *doc) results(si int) {
	s := &d.sents[si]
	for i := s.t0; i+2 < s.t1; i++ {
		t := &d.toks[i]
		kind, ok := resultNouns[t.lower]
		if !ok || t.mention >= 0 || !isNoun(t.tag) && t.lower != "win" {
			continue
		}
		prep := d.toks[i+1].lower
		if !resultPreps[kind][prep] {
			continue
		}
		b := d.firstArg(si, i+2, 2, true)
		if b < 0 || !d.contestant(b) {
			continue
		}
		a := d.resultHolder(si, i)
		if a < 0 || !d.contestant(a) || d.mentions[a].ent == d.mentions[b].ent {
			continue
		}
		g := &vgroup{head: i, lemma: "beat", negated: d.nounNegated(i)}
		switch {
		case kind == "draw":
			d.add(si, argument{ment: a}, "draw with", argument{ment: b}, nil, g, confNominal, false)
		case kind == "win" || prep == "of":
			d.add(si, argument{ment: a}, "beat", argument{ment: b}, nil, g, confNominal, false)
		default:
			d.add(si, argument{ment: b}, "beat", argument{ment: a}, nil, g, confNominal, false)
		}
	}
}

// resultNouns name a result: a win for its holder, or a loss, or a draw.
var resultNouns = map[string]string{"win": "win", "victory": "win", "triumph": "win", "thrashing": "win", "rout": "win",
	"wins": "win", "victories": "win", "defeat": "loss", "loss": "loss", "defeats": "loss", "draw": "draw"}

// resultPreps name the other side after a result noun.
var resultPreps = map[string]map[string]bool{"win": set("over", "against"), "loss": set("against", "to", "by", "of"),
	"draw": set("with", "against")}

// contestant: mention m names a team, a country's side or a player.
func (d *doc) contestant(m int) bool {
	if d.mentions[m].ent < 0 || d.mentions[m].modifier {
		return false
	}
	typ := d.ents[d.mentions[m].ent].typ
	return typ == TypeOrg || typ == TypePerson || typ == TypeGPE
}

// resultHolder returns whose result noun i is: the possessor before it
// ("Everton's 3-1 win"), or the subject of the verb it is the object of
// ("Henman slumped to a defeat", "Wales secured a win"); or -1.
func (d *doc) resultHolder(si, i int) int {
	s := &d.sents[si]
	for k := i - 1; k >= s.t0 && k >= i-5; k-- {
		u := &d.toks[k]
		if u.text == "'s" || u.text == "'" {
			if k > s.t0 && d.toks[k-1].mention >= 0 {
				return d.toks[k-1].mention
			}
			return -1
		}
		if u.mention >= 0 || !(u.tag == "JJ" || u.tag == "JJS" || u.tag == "CD" || u.tag == "NN" || u.tag == "HYPH" || u.text == "-" || u.tag == "RB") {
			break
		}
	}
	v := d.toks[i].head
	if v < s.t0 || v >= s.t1 || !isVerb(d.toks[v].tag) || d.toks[i].rel != "obj" && d.toks[i].rel != "obl" {
		return -1
	}
	if l := d.lemma(&d.toks[v]); !resultVerbs[l] {
		return -1
	}
	for k := s.t0; k < v; k++ {
		if d.toks[k].head == v && (d.toks[k].rel == "nsubj" || d.toks[k].rel == "nsubj:pass") {
			return d.toks[k].mention // the subject's name, or -1
		}
	}
	return -1
}

// resultVerbs take a result as their object: the subject holds it.
var resultVerbs = set("slump", "suffer", "secure", "earn", "claim", "record", "clinch", "seal", "grab", "snatch", "post",
	"notch", "register", "slip", "crash", "fall", "go", "sink", "inflict", "achieve", "pull", "deserve", "celebrate", "mastermind",
	"cling", "hang", "hold", "battle", "fight", "ease", "stroll", "cruise", "power", "romp", "race", "head", "steer", "lead", "inspire")

// governmentOfAt returns the state of "the government of X" from token k
// (X a country the gazetteer knows), or -1.
func (d *doc) governmentOfAt(s *sent, k int) int {
	if k+3 >= s.t1 || d.toks[k].lower != "the" || d.toks[k+1].lower != "government" && d.toks[k+1].lower != "governments" || d.toks[k+2].lower != "of" {
		return -1
	}
	c0 := d.skipThe(s, k+3) // ("the government of the Democratic Republic of Congo")
	if c := d.toks[c0].mention; c >= 0 && d.mentions[c].t0 == c0 && d.mentions[c].ent >= 0 && d.ents[d.mentions[c].ent].typ == TypeGPE {
		return c
	}
	return -1
}

// travelPurpose: meeting noun i, followed by "with", is the purpose of a
// journey ("Blinken travelled to Cairo for talks with Egyptian President
// X", "Modi arrived in Washington for a meeting with the Taliban") or the
// time of a clause ("Merkel said after a meeting with Putin", "During
// talks with X, Y agreed"): the noun, after "for" or a preposition of
// time and its article, attaches to a verb (of travel, after "for") in
// the parse, whose subject then meets the party after "with". It reports
// whether it added the meeting.
func (d *doc) travelPurpose(si, i int) bool {
	s := &d.sents[si]
	if !meetingNouns[d.toks[i].lower] || d.toks[i].rel != "obl" && d.toks[i].rel != "nmod" || i+2 >= s.t1 {
		return false
	}
	k := i - 1
	for k > s.t0 && k >= i-3 && (determiners[d.toks[k].lower] || possPronouns[d.toks[k].lower] || d.toks[k].tag == "JJ" && d.toks[k].mention < 0) {
		k-- // "after a lengthy meeting with", "during their talks with"
	}
	v := d.toks[i].head
	if k < s.t0 || v < s.t0 || v >= s.t1 || v == i || !isVerb(d.toks[v].tag) && d.toks[v].mention < 0 {
		return false
	}
	if !(d.toks[k].lower == "for" && v < k && (travelVerbs[d.lemma(&d.toks[v])] || d.lemma(&d.toks[v]) == "visit") || meetingTimePreps[d.toks[k].lower]) {
		return false
	}
	subj := -1
	for j := s.t0; j < s.t1; j++ { // (also after the verb: "said the minister X, after a meeting with Y")
		if d.toks[j].head == v && d.toks[j].rel == "nsubj" {
			subj = d.toks[j].mention
		}
	}
	if a := d.toks[v].mention; !isVerb(d.toks[v].tag) && a >= 0 && d.toks[k].lower != "for" && d.toks[i].rel == "nmod" && d.isActor(a) {
		subj = a // "X, after a meeting with Y, said": the parse hangs the phrase on the name
	}
	if subj < 0 && d.toks[k].lower == "for" {
		subj = d.controllerSubject(s, v) // "Kirchner is expected to travel to Caracas for talks with X"
	}
	obj := d.titledPersonFrom(s, i+2) // a person after titles ("Egyptian President X")
	if obj < 0 {
		obj = d.counterpartFrom(s, i+2) // "with his German counterpart X"
	}
	if obj < 0 {
		if obj = d.firstArg(si, i+2, 3, false); obj >= 0 && d.mentions[obj].t0 != d.skipThe(s, i+2) {
			obj = -1
		}
	}
	if subj < 0 || obj < 0 || d.mentions[subj].ent < 0 || d.mentions[obj].ent < 0 {
		return false
	}
	lemma := eventNouns[d.toks[i].lower]
	pred := lemma + " with"
	if lemma == "meet" {
		pred = lemma // as the verb's reciprocal ("Britain and France met")
	}
	mg := d.groupEndingAt(s, v) // "will fly to Washington for talks": to be held
	d.fillGroup(&mg)
	d.add(si, argument{ment: subj}, pred, argument{ment: obj}, d.nounEvent(d.toks[i].lower), &vgroup{head: i, lemma: lemma, negated: d.nounNegated(i), modality: mg.modality}, confNominal, false)
	return true
}

// counterpartFrom returns the person named after a possessive and a post
// from token j ("his German counterpart X", "her Japanese opposite number
// X"), or -1.
func (d *doc) counterpartFrom(s *sent, j int) int {
	if j >= s.t1 || !possPronouns[d.toks[j].lower] {
		return -1
	}
	k := j + 1
	for k < s.t1 && k < j+5 {
		if m := d.toks[k].mention; m >= 0 && d.mentions[m].kind == MentionDemonym {
			k = max(k+1, d.mentions[m].t1)
			continue
		}
		if !d.postWord(k) {
			break
		}
		k++
	}
	if k >= s.t1 {
		return -1
	}
	if m := d.mentionAt(k, s); k > j+1 && m >= 0 && d.mentions[m].t0 == k && titleHeads[d.toks[k-1].lower] && d.personAt(k) {
		return m
	}
	return -1
}

// meetingNouns are the meetings a journey is for; travelVerbs make the
// journey; meetingTimePreps put a clause at the time of a meeting.
var (
	meetingTimePreps = set("after", "following", "during", "at")
	meetingNouns     = set("talks", "meeting", "meetings", "negotiations", "consultations")
	travelVerbs      = set("travel", "fly", "arrive", "go", "come", "head", "return", "jet", "land", "sail", "drive")
	// harbourNouns are where ships and aircraft come in; portNouns are
	// where a journey ends ("arrived at the Manila airport").
	harbourNouns = set("airport", "airbase", "port", "harbour", "harbor")
	portNouns    = union(harbourNouns, set("station"))
)

// endingVerbs end the relation their object names.
var endingVerbs = set("end", "terminate", "dissolve", "scrap", "cancel", "abandon", "sever")

// pronounEventNouns are acts a possessive pronoun before them does ("his
// visit to", "her meeting with", "his takeover of").
var pronounEventNouns = set("visit", "trip", "meeting", "talks", "takeover", "partnership", "dispute", "feud", "row",
	"alliance", "merger", "match", "clash", "call", "conversation", "acquisition", "bid", "offer")

// plannedWords between a possessive and an event noun say it is not done
// yet ("its planned takeover of X", "its proposed acquisition of X").
var plannedWords = map[string]string{"planned": "planned", "proposed": "planned", "contemplated": "planned",
	"intended": "planned", "attempted": "planned", "mooted": "possible", "rumoured": "possible", "rumored": "possible",
	"possible": "possible", "potential": "possible", "likely": "possible"}

// openingPhraseSubject reports whether token k is inside a sentence's
// opening phrase ("Before her meeting with Martinez, Davenport ..."), and
// returns the person named right after the phrase's comma, or -1.
func (d *doc) openingPhraseSubject(s *sent, k int) (int, bool) {
	if d.toks[s.t0].tag != "IN" {
		return -1, false
	}
	c := d.openingComma(s)
	if k >= c {
		return -1, false
	}
	if c+1 >= s.t1 {
		return -1, true
	}
	m := d.toks[c+1].mention
	if m < 0 || d.mentions[m].ent < 0 || d.ents[d.mentions[m].ent].typ != TypePerson || d.mentions[m].modifier {
		return -1, true
	}
	return m, true
}

// presentAfterOpening: the main clause after a sentence's opening phrase
// speaks in the present or the future ("Before her meeting with X,
// Davenport believes", "..., she will"): its first verb after the comma.
func (d *doc) presentAfterOpening(s *sent) bool {
	c := d.openingComma(s)
	for k := c + 1; k < s.t1 && k < c+8; k++ {
		switch t := &d.toks[k]; {
		case t.tag == "VBZ" || t.tag == "VBP" || t.lower == "will" || t.lower == "'ll":
			return true
		case isVerb(t.tag) || t.tag == "MD":
			return false
		}
	}
	return false
}

// openingComma returns the first comma of sentence s, which ends its
// opening phrase, or s.t1.
func (d *doc) openingComma(s *sent) int {
	c := s.t0
	for c < s.t1 && d.toks[c].text != "," {
		c++
	}
	return c
}

// stakes: "Malcolm Glazer's stake in Manchester United", "Clearnet, in
// which Euronext has a quarter stake", "Solidere, in which Mr Hariri was a
// major shareholder": the holder has a stake in (or is a shareholder in)
// the company. A stake that is a verb's object ("increased his stake in
// X") is the verb's (clause).
func (d *doc) stakes(si int) {
	s := &d.sents[si]
	for hm, k := range d.possessors(s) {
		h := &d.mentions[hm]
		if b := h.t0 - 1; b >= s.t0 && (isVerb(d.toks[b].tag) && !sayVerbs[d.lemma(&d.toks[b])] && !clauseVerbs[d.lemma(&d.toks[b])] || d.toks[b].tag == "RP") {
			continue // "increased his stake in X": the verb's object (not "say Turkcell's stake in X should be cut")
		}
		for k < s.t1 && (d.toks[k].tag == "JJ" || d.toks[k].tag == "VBG" || d.toks[k].tag == "CD" || d.toks[k].text == "%") {
			k++ // "his controlling 28% stake"
		}
		if k+2 >= s.t1 || !stakeNouns[d.toks[k].lower] || d.toks[k+1].lower != "in" {
			continue
		}
		if c := d.stakeCompany(s, k+2); c >= 0 && d.mentions[c].ent != h.ent {
			d.add(si, argument{ment: hm, weak: h.pronoun}, "have stake in", argument{ment: c}, nil, nil, confPossess, false)
		}
	}
	for i := s.t0; i+4 < s.t1; i++ {
		cm := d.toks[i].mention
		if cm < 0 || d.mentions[cm].t1 != i+1 || d.mentions[cm].ent < 0 || d.ents[d.mentions[cm].ent].typ != TypeOrg ||
			d.toks[i+1].text != "," || d.toks[i+2].lower != "in" || d.toks[i+3].lower != "which" {
			continue
		}
		hm := d.toks[i+4].mention
		if hm < 0 || d.mentions[hm].t0 != i+4 || d.mentions[hm].ent < 0 || d.mentions[hm].modifier {
			continue
		}
		k := d.mentions[hm].t1
		if k >= s.t1 || !(d.toks[k].tag == "VBZ" || d.toks[k].tag == "VBD" || d.toks[k].tag == "VBP" || d.toks[k].tag == "MD") {
			continue
		}
		for end := k + 6; k < s.t1 && k < end && d.toks[k].mention < 0 && d.toks[k].text != ","; k++ {
			w := d.toks[k].lower
			if stakeNouns[w] {
				d.add(si, argument{ment: hm}, "have stake in", argument{ment: cm}, nil, nil, confPossess, false)
				break
			}
			if ownerNouns[w] {
				d.add(si, argument{ment: hm}, strings.TrimSuffix(w, "s")+" in", argument{ment: cm}, nil, nil, confPossess, false)
				break
			}
		}
	}
}

// possessedBy: token p, before an event noun and perhaps a sum ("$6.7bn"),
// ends a possessive ("Verizon's", "Verizon's $6.7bn").
func (d *doc) possessedBy(p int, s *sent) bool {
	for k := 0; k < 3 && p > s.t0 && (d.toks[p].tag == "CD" || d.toks[p].tag == "$" || d.toks[p].text == "-"); k++ {
		p-- // "Verizon's $6.7bn offer", "its $5bn-a-year offer"
	}
	return p > s.t0 && (d.toks[p].text == "'s" || d.toks[p].text == "'")
}

// possessedEventNouns are event nouns only after their agent's possessive
// ("Rosneft's purchase of Yugansk"): after "the" their "by" phrase and
// their objects mislead.
var possessedEventNouns = map[string]string{"purchase": "buy", "sale": "sell", "sell-off": "sell"}

// stakeNouns are what a holder has in a company.
var stakeNouns = set("stake", "stakes", "holding", "shareholding", "shares")

// stakeCompany returns the organisation named from token j ("the club",
// "oil giant Yukos", "the Russian firm Yukos"), or -1.
func (d *doc) stakeCompany(s *sent, j int) int {
	for k := j; k < s.t1 && k < j+4; k++ {
		if m := d.toks[k].mention; m >= 0 {
			if d.mentions[m].t0 == k && d.mentions[m].ent >= 0 && !d.mentions[m].modifier && d.ents[d.mentions[m].ent].typ == TypeOrg {
				return m
			}
			return -1
		}
		if !(d.toks[k].lower == "the" || d.toks[k].tag == "JJ" || isNoun(d.toks[k].tag) && isLowerWord(d.toks[k].text)) {
			return -1
		}
	}
	return -1
}

// stateBodiesOf: "the Afghan interior ministry" is the ministry of
// Afghanistan, "the Nigerien embassy" the embassy of Niger
// (stateInstitutions).
func (d *doc) stateBodiesOf(si int) {
	s := &d.sents[si]
	for k := s.t0; k < s.t1; k++ {
		b := d.toks[k].mention
		if b < 0 || d.mentions[b].t0 != k {
			continue
		}
		st, ok := d.stateBodies[b]
		if !ok {
			continue
		}
		pred := d.toks[d.mentions[b].t1-1].lower + " of"
		if d.centralBankAt(d.mentions[b].t1 - 1) {
			pred = "central bank of" // "the Libyan central bank"
		}
		d.add(si, argument{ment: b}, pred, argument{ment: st}, nil, nil, confApposit, false)
	}
}

// bodiesOf: "the Bank of England's Monetary Policy Committee", "Sony's
// Computer Entertainment Division": an organisation's named committee,
// board or division is part of it.
func (d *doc) bodiesOf(si int) {
	s := &d.sents[si]
	for i := s.t0 + 1; i+1 < s.t1; i++ {
		if d.toks[i].text != "'s" && d.toks[i].text != "'" {
			continue
		}
		om, bm := d.toks[i-1].mention, d.toks[i+1].mention
		if om < 0 || bm < 0 || d.mentions[om].t1 != i || d.mentions[bm].t0 != i+1 || !d.isOrg(om) || !d.isOrg(bm) || d.mentions[om].ent == d.mentions[bm].ent {
			continue
		}
		if o := &d.mentions[om]; o.t1-o.t0 > 1 && o.gaz == nil && !orgHeads[d.toks[o.t1-1].lower] {
			continue // "the Black Gay Men's Advisory Group": one name the rules split
		}
		if b := &d.mentions[bm]; b.t1-b.t0 >= 2 && orgBodies[d.toks[b.t1-1].lower] {
			d.add(si, argument{ment: bm}, "part of", argument{ment: om}, nil, nil, confPossess, false)
		}
	}
}

// orgBodies end the names of an organisation's parts.
var orgBodies = set("committee", "board", "council", "division", "unit", "department", "bureau", "panel", "directorate", "secretariat",
	"group", "institute", "laboratory", "laboratories", "labs", "school", "faculty", "college", "organisation", "organization",
	"agency")

// scoreLine: a line that is a result, "Italy 17-28 Ireland", "Man City
// 0-2 Man Utd": the side with more points beat the other (a draw is a draw).
func (d *doc) scoreLine(si int) {
	s := &d.sents[si]
	a := d.toks[s.t0].mention
	if a < 0 || d.mentions[a].t0 != s.t0 || !d.contestant(a) {
		return
	}
	k := d.mentions[a].t1
	if k+1 >= s.t1 {
		return
	}
	x, y, ok := score(d.toks[k].text)
	if !ok {
		return
	}
	b := d.toks[k+1].mention
	if b < 0 || d.mentions[b].t0 != k+1 || !d.contestant(b) || d.mentions[a].ent == d.mentions[b].ent {
		return
	}
	if e := d.mentions[b].t1; e < s.t1 && !(e+1 == s.t1 && d.toks[e].tag == ".") {
		return // the whole line, nothing after the second side
	}
	g := &vgroup{head: k, lemma: "beat"}
	switch {
	case x == y:
		d.add(si, argument{ment: a}, "draw with", argument{ment: b}, nil, g, confNominal, false)
	case x > y:
		d.add(si, argument{ment: a}, "beat", argument{ment: b}, nil, g, confNominal, false)
	default:
		d.add(si, argument{ment: b}, "beat", argument{ment: a}, nil, g, confNominal, false)
	}
}

// score reads "17-28" as 17 and 28.
func score(w string) (int, int, bool) {
	l, r, ok := strings.Cut(w, "-")
	if !ok {
		return 0, 0, false
	}
	x, err1 := strconv.Atoi(l)
	y, err2 := strconv.Atoi(r)
	if err1 != nil || err2 != nil || x > 200 || y > 200 || len(l) > 3 || len(r) > 3 {
		return 0, 0, false
	}
	return x, y, true
}

// fixtures: a sports report's list of matches, "France v Israel; Cyprus v
// Faroe Islands.", "Ireland v USA (Sat)": the sides are to play each other
// (modality "planned"; a side with "or", a draw not yet decided, is left
// out).
func (d *doc) fixtures(si int) {
	s := &d.sents[si]
	if !d.sport() {
		return
	}
	for k := s.t0 + 1; k+1 < s.t1; k++ {
		if !matchVs[d.toks[k].lower] {
			continue
		}
		a, b := d.toks[k-1].mention, d.toks[k+1].mention
		if a < 0 || b < 0 || d.mentions[a].t1 != k || d.mentions[b].t0 != k+1 || !d.contestant(a) || !d.contestant(b) || d.mentions[a].ent == d.mentions[b].ent {
			continue
		}
		if p := d.mentions[a].t0; p > s.t0 && !fixtureBounds[d.toks[p-1].text] {
			continue // ("Man Utd or Exeter v Middlesbrough")
		}
		if e := d.mentions[b].t1; e < s.t1 && !fixtureBounds[d.toks[e].text] {
			continue // ("Southampton v Brentford or Hartlepool")
		}
		if strings.Contains(d.mtext(&d.mentions[a]), "/") || strings.Contains(d.mtext(&d.mentions[b]), "/") {
			continue // ("Swindon/Notts Co v Middlesbrough": either)
		}
		g := &vgroup{head: k, lemma: "play", modality: "planned"}
		d.add(si, argument{ment: a}, "play", argument{ment: b}, nil, g, confNominal, false)
	}
}

// fixtureBounds end or open one match of a list of fixtures.
var fixtureBounds = set(";", ".", ",", "(", ":", "-")

// backerSuffixes end a compound that names who backs what follows
// ("Iranian-backed Houthi rebels", "the UN-led mission"), with the verb.
var backerSuffixes = map[string]string{"-backed": "back", "-supported": "support", "-led": "lead", "-funded": "fund",
	"-sponsored": "sponsor", "-armed": "arm", "-trained": "train", "-allied": "ally with", "-aligned": "ally with",
	"-installed": "install"}

// backerVerb returns the verb of a backing compound with one hyphen
// ("Iranian-backed": back), or "".
func backerVerb(w string) string { return backerSuffixes[hyphenSuffix(w)] }

// hyphenSuffix returns the lower-cased part from the one hyphen of a
// compound after its first letter ("-backed" of "Iranian-backed"), or "".
func hyphenSuffix(w string) string {
	i := strings.IndexByte(w, '-')
	if i <= 0 || strings.Count(w, "-") != 1 {
		return ""
	}
	return strings.ToLower(w[i:])
}

// flagCompound: w names the state a ship or aircraft is registered in
// ("British-flagged", "Panama-registered").
func flagCompound(w string) bool {
	h := hyphenSuffix(w)
	return h == "-flagged" || h == "-registered"
}

// coalitionNouns after a backing compound name a body the backer leads or
// backs ("the Saudi-led coalition", "the US-backed alliance").
var coalitionNouns = set("coalition", "alliance", "mission", "bloc")

// addCompoundBackers makes the place or body a backing compound opens a
// mention of its own ("Iranian-backed": Iran), for backers; so does a
// flag ("British-flagged": Britain).
func (d *doc) addCompoundBackers() {
	for i := range d.toks {
		t := &d.toks[i]
		flag := flagCompound(t.text)
		if t.mention >= 0 || backerVerb(t.text) == "" && !flag {
			continue
		}
		prefix := t.text[:strings.IndexByte(t.text, '-')]
		gm, ok := d.x.gaz.Lookup([]string{prefix}, 0)
		if !ok || gm.N != 1 || gm.Entry.Type == TypePerson {
			continue
		}
		if m := d.addMention(t.sent, i, i+1, gm.Entry.Type, gm.Entry, true); m >= 0 {
			// (a flag is the state's own: "seized a British-flagged
			// tanker" seized Britain's, as "a British tanker")
			d.mentions[m].compound = !flag
			if gm.Kind == gazetteer.KindDemonym || flag && gm.Entry.Type == TypeGPE {
				d.mentions[m].kind = MentionDemonym // ("Saudi-flagged": the state's adjective)
			}
			if n := i + 1; n < d.sents[t.sent].t1 && coalitionNouns[d.toks[n].lower] && d.toks[n].mention < 0 {
				// "the Saudi-led coalition": a body of its own, named with
				// its compound (resolve), that the compound's state leads
				d.addMention(t.sent, n, n+1, TypeOrg, nil, false)
			}
		}
	}
}

// backers: "Iranian-backed Houthi rebels" -> Iran -back-> Houthis; "the
// Brazilian-supported Initiative for X" -> Brazil -support-> the initiative.
func (d *doc) backers(si int) {
	s := &d.sents[si]
	for i := s.t0; i+1 < s.t1; i++ {
		c := d.toks[i].mention
		if c < 0 || !d.mentions[c].compound || d.mentions[c].ent < 0 {
			continue
		}
		v := backerVerb(d.toks[i].text)
		at := i + 1
		if m := d.toks[at].mention; m >= 0 && d.mentions[m].t0 == at && d.mentions[m].modifier && d.mentions[m].t1 < s.t1 {
			at = d.mentions[m].t1 // "the Iranian-backed Lebanese group": the group
		}
		n := d.toks[at].mention
		if n < 0 || d.mentions[n].t0 != at || d.mentions[n].ent < 0 || d.mentions[n].modifier || d.mentions[n].pronoun && d.mentions[n].kind != MentionNominal {
			continue // (a description resolved to a named body counts: "the Iranian-backed rebels")
		}
		var ev *Event
		if code, ok := d.x.events.Lookup(strings.Fields(v)[0]); ok {
			ev = eventOf(code)
		}
		g := &vgroup{head: i, lemma: v}
		d.add(si, argument{ment: c, compound: true}, v, argument{ment: n, weak: d.mentions[n].pronoun}, ev, g, confNominal, false)
	}
}

// accusationsBy: "allegations by Human Rights Watch that Egypt tortured
// prisoners", "accusations from Amnesty that its police killed
// protesters": the accuser accuses the subject of the claim.
func (d *doc) accusationsBy(si int) {
	s := &d.sents[si]
	for i := s.t0; i+4 < s.t1; i++ {
		if !accusationNouns[d.toks[i].lower] || d.toks[i+1].lower != "by" && d.toks[i+1].lower != "from" {
			continue
		}
		a := d.mentionAt(d.skipThe(s, i+2), s)
		if a < 0 || d.mentions[a].modifier || !d.namesParty(a) {
			continue
		}
		e := d.mentions[a].t1
		if e+1 >= s.t1 || d.toks[e].lower != "that" {
			continue
		}
		k := d.skipThe(s, e+1)
		o := d.mentionAt(k, s)
		if o >= 0 && d.toks[k].lower == "its" && k+1 < s.t1 && groupNouns[d.toks[k+1].lower] {
			// "that its police killed": the state, through its body
		} else if o < 0 || d.mentions[o].t0 != k || d.mentions[o].modifier || d.mentions[o].t1 >= s.t1 || !isVerb(d.toks[d.mentions[o].t1].tag) && d.toks[d.mentions[o].t1].tag != "MD" {
			continue
		}
		if !d.namesParty(o) || d.mentions[o].ent == d.mentions[a].ent {
			continue
		}
		var ev *Event
		if c, ok := d.x.events.Lookup("accuse"); ok {
			ev = eventOf(c)
		}
		g := &vgroup{head: i, lemma: "accuse"}
		d.add(si, argument{ment: a}, "accuse", argument{ment: o, weak: d.mentions[o].pronoun}, ev, g, confNominal, false)
	}
}

// namesParty: mention m names a person, an organisation or a state.
func (d *doc) namesParty(m int) bool {
	if m < 0 || d.mentions[m].ent < 0 {
		return false
	}
	t := d.ents[d.mentions[m].ent].typ
	return t == TypeOrg || t == TypePerson || t == TypeGPE
}

// accusationNouns name what an accuser says another did.
var accusationNouns = set("allegation", "allegations", "accusation", "accusations", "charge", "charges", "claim", "claims")

// skipThe returns token k of sentence s, past a "the" before more words.
func (d *doc) skipThe(s *sent, k int) int {
	if k+1 < s.t1 && d.toks[k].lower == "the" {
		return k + 1
	}
	return k
}

// custody: "Muhareb and Saud are in Kuwaiti custody", "X was taken into
// US custody": the state holds the people the clause opens with.
func (d *doc) custody(si int) {
	s := &d.sents[si]
	for i := s.t0 + 3; i < s.t1; i++ {
		if d.toks[i].lower != "custody" {
			continue
		}
		k := i - 1
		if d.toks[k].text == "'s" {
			k--
		}
		c := d.toks[k].mention
		if c < 0 || d.mentions[c].ent < 0 || d.ents[d.mentions[c].ent].typ != TypeGPE || d.mentions[c].t1 != k+1 {
			continue
		}
		p := d.mentions[c].t0 - 1
		if p-1 <= s.t0 || d.toks[p].lower != "in" && d.toks[p].lower != "into" {
			continue
		}
		if v := &d.toks[p-1]; !beVerbs[v.lower] && !custodyVerbs[d.lemma(v)] {
			continue
		}
		// the people listed from the sentence's start to the verb:
		// "Muhareb and Saud are"
		for k := s.t0; k < p-1; {
			m := d.toks[k].mention
			if m < 0 || !d.isActor(m) || d.mentions[m].t0 != k {
				break
			}
			g := &vgroup{head: i, lemma: "hold"}
			d.add(si, argument{ment: c}, "hold", argument{ment: m}, nil, g, confNominal, false)
			k = d.mentions[m].t1
			if k < p-1 && (d.toks[k].text == "," || d.toks[k].lower == "and") {
				k++
			}
			if k < p-1 && d.toks[k].lower == "and" {
				k++
			}
		}
	}
}

// custodyVerbs put or keep people in a state's custody.
var custodyVerbs = set("remain", "take", "hold", "keep", "place", "put", "transfer")

// mergerNouns join the two bodies "of" them names ("the merger of A and
// B").
var mergerNouns = set("merger", "alliance", "partnership", "union", "combination")

// reactionNouns are what one side says or does about another; "X drew
// criticism from Y", "signed the bill despite criticism from Y": Y
// criticizes X. Value: the verb lemma the noun stands for.
var reactionNouns = map[string]string{"criticism": "criticize", "condemnation": "condemn", "praise": "praise",
	"backing": "back", "opposition": "oppose", "protests": "protest against", "objections": "object to",
	"warnings": "warn", "rebuke": "rebuke", "censure": "censure"}

// reactionsFrom adds, in sentence si, "Y -criticize-> X" for a reaction
// noun followed by "from" and Y: X is the subject of the clause the noun
// is in ("Duda signed the bill despite criticism from the European
// Commission", "The plan drew condemnation from Germany").
func (d *doc) reactionsFrom(si int) {
	s := &d.sents[si]
	for i := s.t0 + 1; i+2 < s.t1; i++ {
		t := &d.toks[i]
		v, ok := reactionNouns[t.lower]
		if !ok || t.mention >= 0 || !isNoun(t.tag) || d.toks[i+1].lower != "from" {
			continue
		}
		y := d.firstArg(si, i+2, 4, false)
		if y < 0 || !d.reactor(y) || d.mentions[y].t0 > i+3 {
			continue
		}
		k := i - 1 // the verb of the clause: before the noun and its modifiers, "despite" or "amid"
		for k > s.t0 && d.toks[k].mention < 0 && (d.toks[k].tag == "JJ" || d.toks[k].tag == "DT" || d.toks[k].tag == "RB" || d.toks[k].tag == "PRP$" || reactionOpeners[d.toks[k].lower]) {
			k--
		}
		vk := d.lastFiniteBefore(s, k+1)
		if vk < 0 || d.toks[vk].mention >= 0 {
			continue
		}
		mg := d.groupEndingAt(s, vk)
		d.fillGroup(&mg)
		if mg.passive || mg.negated {
			continue
		}
		subs := d.subjects(si, &mg)
		if len(subs) == 0 {
			subs = d.parseSubject(si, &mg) // "Tait, given little chance to shine, received praise from X"
		}
		if len(subs) == 0 && drawVerbs[mg.lemma] {
			subs = d.possessedSubject(si, &mg) // "Trump's decision drew criticism from Germany": the decision's maker
		}
		if len(subs) == 0 && drawVerbs[mg.lemma] {
			subs = d.actAgentBefore(si, mg.g0) // "The killing of X by Saudi agents drew condemnation from Turkey"
		}
		for _, ya := range append([]argument{{ment: y}}, d.coordRight(si, &d.mentions[y])...) {
			for _, x := range subs {
				if m := &d.mentions[x.ment]; m.ent < 0 || m.ent == d.mentions[ya.ment].ent || !d.reactor(x.ment) || !d.reactor(ya.ment) {
					continue
				}
				g := &vgroup{head: i, g0: i, g1: i + 1, lemma: v, negated: d.nounNegated(i)}
				d.emit(si, ya, v, "", argument{ment: x.ment, weak: true}, g, confNominal, false)
			}
		}
	}
}

// drawVerbs bring a reaction on an act ("drew criticism from X",
// "prompted condemnation from X"; not "follow criticism from X").
var drawVerbs = set("draw", "prompt", "spark", "provoke", "trigger", "attract", "bring", "earn", "receive", "meet", "face", "win")

// actAgentBefore: the words before token v end in an event noun's "by"
// agent ("the killing of X by Saudi agents"): the agent, or nil.
func (d *doc) actAgentBefore(si, v int) []argument {
	s := &d.sents[si]
	j := v - 1
	for j > s.t0 && d.toks[j].mention < 0 && isNoun(d.toks[j].tag) && isLowerWord(d.toks[j].text) {
		j-- // "Saudi agents": past the body's noun
	}
	a := d.mentionAt(j, s)
	if a < 0 || d.mentions[a].ent < 0 || !d.reactor(a) && !d.countryRef(a) {
		return nil
	}
	b := d.mentions[a].t0 - 1
	if b > s.t0 && d.toks[b].lower == "the" {
		b--
	}
	if b <= s.t0 || d.toks[b].lower != "by" {
		return nil
	}
	for k := b - 1; k >= s.t0 && k >= b-6; k-- {
		if t := &d.toks[k]; t.mention < 0 && (eventNouns[t.lower] != "" || eventNounLemmas[d.nounLemma(t.lower)]) {
			return []argument{{ment: a, weak: true}}
		}
	}
	return nil
}

// reactor: mention m names a person, an organisation or a country, one
// that can criticise or be criticised.
func (d *doc) reactor(m int) bool {
	return d.isActor(m) || m >= 0 && !d.mentions[m].modifier && d.mentions[m].ent >= 0 && d.ents[d.mentions[m].ent].typ == TypeGPE
}

// reactionOpeners come between a clause's verb and a reaction noun
// ("despite criticism from", "amid protests from", "drew fierce
// criticism from").
var reactionOpeners = set("despite", "amid", "amidst", "after", "to", "with")

// winCompletes: the token p before a win's phrase is "with" or "after"
// ("maintained their hopes with an impressive victory over Scotland"):
// the subjects of the last finite clause before it won, with its group.
func (d *doc) winCompletes(si int, groups []vgroup, p int) ([]argument, *vgroup) {
	if p < d.sents[si].t0 || d.toks[p].lower != "with" && d.toks[p].lower != "after" {
		return nil, nil
	}
	return d.clauseBefore(si, groups, p)
}

// clauseBefore returns the subjects of the last finite verb group ending
// by token p, with the group, or nil, nil.
func (d *doc) clauseBefore(si int, groups []vgroup, p int) ([]argument, *vgroup) {
	for gi := len(groups) - 1; gi >= 0; gi-- {
		if groups[gi].g1 <= p && groups[gi].finite {
			return d.subjects(si, &groups[gi]), &groups[gi]
		}
	}
	return nil, nil
}

// winsOver reads a sports report's "win over Y": its winner beat Y (and
// "a defeat to Y": Y beat the loser, found the same way). The
// winner is the possessor ("Boro's 2-1 Uefa Cup win over Graz AK"), the
// subject of a verb that claims the win ("Ireland claimed only their
// second ever win over South Africa") or of the clause the win completes
// ("Ireland maintained their hopes with an impressive victory over
// Scotland"), or whom a verb gives it ("gave Liverpool a 3-1 win over
// Olympiakos"). Not a win hoped for ("seek the required victory over
// Rosenborg", "a win over England would"), nor the verb "win over".
func (d *doc) winsOver(si int, groups []vgroup) {
	s := &d.sents[si]
	if !d.sport() && !d.sportSentence(si) {
		return
	}
	for k := s.t0 + 1; k+2 < s.t1; k++ {
		won := winNounsOver[d.toks[k].lower] && d.toks[k+1].lower == "over"
		// "Wasps' 12-9 loss to Bath", "their 18-17 defeat to France": the
		// other way round
		lost := lossNouns[d.toks[k].lower] && (d.toks[k+1].lower == "to" || d.toks[k+1].lower == "by" || d.toks[k+1].lower == "against")
		if !won && !lost || !isNoun(d.toks[k].tag) || d.toks[k].mention >= 0 {
			continue
		}
		other := d.firstArg(si, k+2, 3, true)
		if other < 0 || !d.isActor(other) {
			continue
		}
		// the phrase's start: scores, adjectives, nouns, "ever", an
		// ordinal, the competition ("Boro's 2-1 Uefa Cup win": a name
		// before a capitalised word)
		b := k - 1
		for b >= s.t0 {
			t := &d.toks[b]
			if t.mention < 0 && (t.tag == "CD" || t.tag == "JJ" || t.tag == "JJS" || t.tag == "RB" || isNoun(t.tag) || strings.Contains(t.text, "-") && isNumber(strings.ReplaceAll(t.text, "-", "")) || t.text == "-" && b > s.t0 && d.toks[b-1].tag == "CD" && d.toks[b+1].tag == "CD") {
				b--
				continue
			}
			if m := t.mention; m >= 0 && !d.mentions[m].pronoun && d.mentions[m].t1 == b+1 && b+1 < k && d.toks[b+1].mention < 0 && isCapital(d.toks[b+1].text) {
				b = d.mentions[m].t0 - 1
				continue
			}
			break
		}
		if b < s.t0 {
			continue
		}
		var winner []argument
		var g *vgroup
		switch t := &d.toks[b]; {
		case (t.text == "'s" || t.text == "'") && b > s.t0:
			if m := d.toks[b-1].mention; m >= 0 && d.mentions[m].t1 == b && d.isActor(m) {
				winner = []argument{{ment: m}}
			}
		case t.tag == "PRP$":
			if m := t.mention; m >= 0 && d.mentions[m].ent >= 0 && d.isActor(m) && d.argType(argument{ment: m}) != TypePerson {
				winner = []argument{{ment: m, weak: true}} // "their second ever win": the team's
			} else if (m < 0 || d.mentions[m].ent < 0) && (t.lower == "their" || t.lower == "its") {
				// "Liverpool followed up their derby defeat against
				// Everton": an unresolved "their", the team that is the
				// clause's subject
				subs, _ := d.clauseBefore(si, groups, b)
				for _, sb := range subs {
					if d.reactor(sb.ment) && d.argType(sb) != TypePerson {
						winner = append(winner, argument{ment: sb.ment, weak: true})
					}
				}
			}
		case t.lower == "a" || t.lower == "an" || t.lower == "the":
			p := b - 1
			if p >= s.t0 && d.toks[p].mention >= 0 && p-1 >= s.t0 {
				// "gave Liverpool a 3-1 win": the one given it
				m := d.toks[p].mention
				if gi := d.groupIndexEndingAt(groups, d.mentions[m].t0-1); won && gi >= 0 && giveVerbs[groups[gi].lemma] && d.isActor(m) {
					winner, g = []argument{{ment: m}}, &groups[gi]
				}
				break
			}
			if gi := d.groupIndexEndingAt(groups, p); gi >= 0 && (won && claimWinVerbs[groups[gi].lemma] || lost && sufferVerbs[groups[gi].lemma]) {
				g = &groups[gi]
				winner = d.subjects(si, g)
				break
			}
			winner, g = d.winCompletes(si, groups, p)
		case t.lower == "with" || t.lower == "after":
			winner, g = d.winCompletes(si, groups, b) // "Arsenal moved second with victory over Everton"
		}
		if len(winner) == 0 || g != nil && (g.negated || g.modality != "") {
			continue
		}
		if d.hopedWin(s) {
			continue
		}
		wg := &vgroup{head: k, g0: k, g1: k + 1, lemma: "beat", finite: true}
		for _, w := range winner { // (for a loss, w is the loser)
			if d.mentions[w.ment].ent < 0 || d.mentions[w.ment].ent == d.mentions[other].ent || !d.isActor(w.ment) {
				continue
			}
			if won {
				d.add(si, w, "beat", argument{ment: other}, nil, wg, confNominal, false)
			} else {
				d.add(si, argument{ment: other}, "beat", w, nil, wg, confNominal, false)
			}
		}
	}
}

// hopedWin: the win in sentence s is wanted, needed or foreseen, not won:
// a modal verb, a verb of wanting, "if" or a question in the sentence
// ("seek the required victory", "a win over England would put").
func (d *doc) hopedWin(s *sent) bool {
	for j := s.t0; j < s.t1; j++ {
		if d.toks[j].tag == "MD" || wishVerbs[d.lemma(&d.toks[j])] && isVerb(d.toks[j].tag) || d.toks[j].lower == "if" || d.toks[j].lower == "?" {
			return true
		}
	}
	return false
}

// groupIndexEndingAt returns the index of the verb group among groups
// whose last token is j, or -1 (groupEndingAt builds a group instead).
func (d *doc) groupIndexEndingAt(groups []vgroup, j int) int {
	for gi := range groups {
		if groups[gi].g1-1 == j {
			return gi
		}
	}
	return -1
}

var (
	winNounsOver  = set("win", "victory", "triumph")
	claimWinVerbs = set("claim", "secure", "record", "earn", "clinch", "seal", "notch", "register", "grab", "snatch", "achieve",
		"complete", "celebrate", "inspire", "mastermind", "post", "chalk", "pull", "collect", "gain", "land")
	giveVerbs   = set("give", "hand", "earn")
	lossNouns   = set("defeat", "loss")
	sufferVerbs = set("suffer", "slump", "crash", "slip", "fall", "succumb", "endure", "sustain", "concede", "go")
	wishVerbs   = set("seek", "need", "hope", "want", "require", "target", "aim", "chase", "expect", "believe", "predict", "dream")
)

// headlineInTalks reads a headline's clipped "A in talks with B", "A and
// B in energy talks", "Mitsubishi in Peugeot link talks", "Water firm Suez
// in Argentina row": the parties of the pair noun (pairNouns), which a
// headline writes without a verb.
func (d *doc) headlineInTalks(si int) {
	s := &d.sents[si]
	party := func(k int) int { // the party named from token k, or -1
		if k >= s.t1 {
			return -1
		}
		m := d.toks[k].mention
		if m < 0 || d.mentions[m].t0 != k || d.mentions[m].ent < 0 || d.mentions[m].pronoun || !d.namesParty(m) {
			return -1
		}
		return m
	}
	a := -1
	for k := s.t0; k < s.t1 && k < s.t0+4 && a < 0; k++ {
		if a = party(k); a < 0 && (d.toks[k].mention >= 0 || !isNoun(d.toks[k].tag) && d.toks[k].tag != "JJ") {
			return // ("Water firm Suez in Argentina row": a description first)
		}
	}
	if a < 0 {
		return
	}
	j := d.mentions[a].t1
	b := -1
	if j+1 < s.t1 && (d.toks[j].lower == "and" || d.toks[j].text == ",") { // ("Argentina, Venezuela in oil deal")
		if b = party(j + 1); b < 0 {
			return
		}
		j = d.mentions[b].t1
	}
	if j >= s.t1 || d.toks[j].lower != "in" {
		return
	}
	for k := j + 1; k < s.t1 && k < j+7; k++ {
		if c := party(k); c >= 0 && b < 0 {
			b = c // "Mitsubishi in Peugeot link talks": the other party as the talks' modifier
			k = d.mentions[c].t1 - 1
			continue
		}
		pred, ok := pairNouns[d.toks[k].lower]
		if !ok {
			if d.toks[k].mention >= 0 || !isLowerWord(d.toks[k].text) && !amountToken(&d.toks[k]) {
				return // ("Qatar and Shell in $6bn gas deal": an amount may come first)
			}
			continue
		}
		if b < 0 && k+2 < s.t1 && (d.toks[k+1].lower == "with" || d.toks[k+1].lower == "on" || d.toks[k+1].lower == "over") {
			b = party(k + 2) // "A in talks with B", "GM in crunch talks on Fiat future"
		}
		if b < 0 || d.mentions[a].ent == d.mentions[b].ent {
			return
		}
		g := &vgroup{head: k, g0: k, g1: k + 1, lemma: strings.Fields(pred)[0]}
		d.add(si, argument{ment: a}, pred, argument{ment: b}, d.nounEvent(d.toks[k].lower), g, confNominal, false)
		return
	}
}

// pairNouns after a pair of states ("US-China trade talks", "the
// Saudi-Iranian rivalry") say what the two do with each other. Value: the
// predicate.
var pairNouns = map[string]string{"talks": "talk with", "negotiations": "negotiate with", "summit": "meet",
	"war": "fight", "conflict": "fight", "fighting": "fight", "clashes": "clash with", "hostilities": "fight",
	"rivalry": "rival", "dispute": "dispute with", "row": "dispute with", "tensions": "dispute with", "standoff": "dispute with",
	"deal": "agree with", "agreement": "agree with", "accord": "agree with", "treaty": "agree with", "pact": "agree with",
	"ceasefire": "agree with", "truce": "agree with", "alliance": "ally with", "partnership": "partner with",
	"cooperation": "cooperate with", "relations": "relation with", "ties": "relation with", "rapprochement": "reconcile with"}

// statePairs: "the US-China trade talks", "the Israeli-Palestinian
// conflict": the first state does with the second what the noun says.
func (d *doc) statePairs(si int) {
	s := &d.sents[si]
	for i := s.t0; i < s.t1; i++ {
		b, ok := d.pairs[i]
		if !ok {
			continue
		}
		a := d.toks[i].mention
		j := d.pairNounAfter(i)
		if j < 0 || a < 0 || d.mentions[a].ent < 0 || d.mentions[b].ent < 0 {
			continue
		}
		pred := pairNouns[d.toks[j].lower]
		g := &vgroup{head: j, g0: j, g1: j + 1, lemma: strings.Fields(pred)[0], negated: d.nounNegated(i)}
		d.add(si, argument{ment: a, compound: true}, pred, argument{ment: b, compound: true}, d.nounEvent(d.toks[j].lower), g, confNominal, false)
	}
}

// pairNounAfter returns the pair noun after token i, past a few nouns
// ("US-China trade talks"), or -1.
func (d *doc) pairNounAfter(i int) int {
	s := &d.sents[d.toks[i].sent]
	for j := i + 1; j < s.t1 && j < i+4 && d.toks[j].mention < 0 && isNoun(d.toks[j].tag) && !isCapital(d.toks[j].text); j++ {
		if _, ok := pairNouns[d.toks[j].lower]; ok {
			return j
		}
	}
	return -1
}

// rivals: "Google faces competition from rivals such as Yahoo and
// Microsoft", "Boeing, in contrast to its European rival Airbus,", "it has a
// rival in Yahoo": the companies named are the rivals of the one
// organisation the sentence names before the noun ("its" refers to it).
func (d *doc) rivals(si int) {
	s := &d.sents[si]
	for i := s.t0 + 1; i+1 < s.t1; i++ {
		t := &d.toks[i]
		if t.mention >= 0 || !isNoun(t.tag) || !rivalNouns[t.lower] && !(t.tag == "NNS" && describedOrgCues[d.nounLemma(t.lower)] && d.toks[i-1].lower == "from" && i-2 >= s.t0 && d.toks[i-2].lower == "competition") {
			continue // ("competition from firms such as Google")
		}
		b := i - 1
		for b > s.t0 && (d.toks[b].tag == "JJ" && isLowerWord(d.toks[b].text) || d.toks[b].mention >= 0 && d.mentions[d.toks[b].mention].kind == MentionDemonym) {
			b-- // "its European rival", "its old rivals"
		}
		// "its European rival", "faces competition from rivals", "as old
		// rivals, such as", "trailing behind competitors like", "has a
		// rival in Yahoo": the rivals of the one organisation before
		switch l := d.toks[b].lower; {
		case l == "its", l == "as" || l == "behind" || l == "against":
		case l == "from" && b > s.t0 && d.toks[b-1].lower == "competition":
		case l == "a" && b > s.t0 && (d.toks[b-1].lower == "has" || d.toks[b-1].lower == "have") && d.toks[i+1].lower == "in":
		default:
			continue
		}
		owner := d.onlyOrgBefore(si, b)
		if owner < 0 {
			continue
		}
		j := i + 1
		if d.toks[j].text == "," && j+1 < s.t1 {
			j++
		}
		if d.toks[j].lower == "in" {
			j++
		} else if e := d.exampleStart(s, j); e >= 0 {
			j = e
		}
		rival := func(m int) bool {
			return d.isOrg(m) && !d.mentions[m].modifier && d.mentions[m].ent != d.mentions[owner].ent
		}
		for _, m := range d.listAfter(s, j, rival, nil) {
			d.add(si, argument{ment: m}, "rival of", argument{ment: owner}, nil, nil, confApposit-0.1, false)
		}
	}
}

// rivalNouns name a company's competitors.
var rivalNouns = set("rival", "rivals", "competitor", "competitors")

// titledParty returns the person named from token k of sentence si past a
// nationality and a title, maybe after a possessive and a comma ("Kenyan
// Foreign Minister Grace Wanjiru", "her Ethiopian counterpart, Tesfaye
// Alemu"), or -1 when no title stands there.
func (d *doc) titledParty(si, k int) int {
	s := &d.sents[si]
	j := k
	if j < s.t1 && (d.toks[j].tag == "PRP$" || d.toks[j].lower == "the") {
		j++
	}
	if m := d.toks[j].mention; j < s.t1 && m >= 0 && d.mentions[m].kind == MentionDemonym && d.mentions[m].t0 == j {
		j = d.mentions[m].t1
	}
	titled := false
	for j < s.t1 && j < k+6 && d.toks[j].mention < 0 && d.isTitleWord(d.toks[j].lower) {
		j, titled = j+1, true
	}
	if titled && j+1 < s.t1 && d.toks[j].text == "," {
		j++
	}
	if !titled || j >= s.t1 {
		return -1
	}
	if m := d.toks[j].mention; m >= 0 && d.mentions[m].t0 == j && d.personMention(m) {
		return m
	}
	return -1
}

// whenBeforeBetween: a phrase of time from token k ("next week", "in more
// than four years", "on Sunday", "since 2018") runs up to "between"; it
// returns that "between", or k.
func (d *doc) whenBeforeBetween(s *sent, k int) int {
	if k+2 >= s.t1 || !datePreps[d.toks[k].lower] {
		return k
	}
	time := false
	for j := k + 1; j < s.t1 && j < k+6; j++ {
		t := &d.toks[j]
		switch {
		case t.lower == "between":
			if time {
				return j
			}
			return k
		case timeNouns[t.lower] || timeNouns[strings.TrimSuffix(t.lower, "s")] || weekdays[t.lower] || monthWords[t.lower] || t.tag == "CD":
			time = true
		case t.mention >= 0 || isCapital(t.text) || isVerb(t.tag):
			return k
		}
	}
	return k
}
