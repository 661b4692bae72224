package extract

// Clauses: subject-verb-object relations of one verb group, and copulas.

import (
	"slices"
	"strings"
)

// delegationNouns are a body's envoys abroad, whom someone leads for it.
var delegationNouns = set("delegation", "mission", "negotiators")

// delegationAt returns the delegation noun after a possessive at token e
// of sentence si ("'s delegation"), or "".
func (d *doc) delegationAt(si, e int) string {
	if e+1 >= d.sents[si].t1 || d.toks[e].text != "'s" && d.toks[e].text != "'" || !delegationNouns[d.toks[e+1].lower] {
		return ""
	}
	return d.toks[e+1].lower
}

// signingNounVerbs complete or announce a signing ("completed the signing
// of X"): the club signs X.
var signingNounVerbs = set("complete", "finalise", "finalize", "confirm", "announce", "seal", "secure", "wrap")

// signingOf returns the person named after "the signing of" from token
// j, past a demonym and a post ("the £60m signing of Brazilian forward
// X"), or -1.
func (d *doc) signingOf(si, j int) int {
	s := &d.sents[si]
	k := j
	for k < s.t1 && k < j+4 && d.toks[k].lower != "signing" && d.toks[k].mention < 0 && (determiners[d.toks[k].lower] || d.toks[k].tag == "JJ" || d.toks[k].tag == "CD" || d.toks[k].tag == "$" || d.toks[k].tag == "NN") {
		k++
	}
	if k+2 >= s.t1 || d.toks[k].lower != "signing" || d.toks[k+1].lower != "of" {
		return -1
	}
	return d.titledPersonFrom(s, k+2)
}

// toldVerbs say something to the one named after "to" ("said to
// Reuters"): they tell them.
var toldVerbs = set("say", "explain", "confide", "state")

// placeAfterFrom returns the place named in a "from" phrase at token e
// ("from Geneva", "from the UN offices in Geneva"), or -1.
func (d *doc) placeAfterFrom(si, e int) int {
	s := &d.sents[si]
	if e+1 >= s.t1 || d.toks[e].lower != "from" {
		return -1
	}
	for k := e + 1; k < s.t1 && k <= e+7; k++ {
		t := &d.toks[k]
		if m := t.mention; m >= 0 && d.mentions[m].t0 == k && d.mentions[m].ent >= 0 && d.isPlace(m) {
			return m
		}
		if isVerb(t.tag) && t.mention < 0 || t.text == "," || t.lower == "that" || t.text == "\"" {
			break
		}
	}
	return -1
}

// clause finds the subject and objects of one verb group.
func (d *doc) clause(si int, groups []vgroup, gi int) {
	g := &groups[gi]
	d.toldToLeave(si, groups, gi)
	if d.onTrial(si, g) {
		return
	}
	if beVerbs[d.toks[g.head].lower] || g.lemma == "be" || copulaVerbs[g.lemma] {
		d.copula(si, g)
		return
	}
	if g.lemma == "have" && g.head == g.g1-1 && !g.negated && d.sitesIn(si, g.g1, func() []argument { return d.subjects(si, g) }) {
		return // "Unilever has factories in India and Brazil"
	}
	if g.lemma == "have" && g.head == g.g1-1 && !d.eventObject(g) || d.toks[g.head].tag == "MD" || nonRelVerbs[g.lemma] || prepositions[g.lemma] {
		// (a preposition the tagger took for a verb: "start alongside/VB")
		return // "has" alone, or a modal without its verb ("Wales will Bradley ...")
	}
	if g.lemma == "do" && g.g0 > d.sents[si].t0 && (d.toks[g.g0-1].lower == "so" || d.toks[g.g0-1].lower == "nor" || d.toks[g.g0-1].lower == "neither") {
		return // "Britain cut taxes, and so did France": France's subject after the verb, the act elided
	}
	if (g.lemma == "star" || g.lemma == "co-star" || g.lemma == "feature") && g.g0 == g.head && strings.HasSuffix(d.toks[g.head].lower, "ing") {
		return // "Mississippi Masala, starring Denzel Washington": the film stars him, not the clause's subject
	}
	if d.appointed(si, g) && g.passive {
		return
	}
	if d.gerundSubject(si, g) {
		return // "Mr Letwin said voting for Labour meant higher taxes": a gerund as the subject, nobody's act
	}
	subs := d.subjects(si, g)
	if len(subs) > 0 && g.modality == "" && d.chargedWith(si, g, subs[0]) {
		g.modality = "alleged" // "accused Qatar of interfering in Libya": a charge, not a fact
	}
	if len(subs) > 0 && d.clearedOf(si, g, subs[0]) {
		g.negated = true // "was cleared of murdering X"
	}
	if len(subs) > 0 && d.conjWithoutSubject(g.head) && d.argsAfter(subs, d.toks[g.head].head) {
		// the parse says the verb is coordinated with an earlier one and
		// has no subject of its own: "Rochus beat Kiefer and will take on
		// Johansson" (Kiefer is the first verb's object)
		subs = nil
	}
	if len(subs) == 0 || d.afterConj(si, g) >= 0 {
		// "denied England and allowed Ireland": the second verb shares the first one's subject
		// ("Rochus beat Kiefer and will take on Johansson": Rochus takes him on)
		if sh, ok := d.sharedSubject(si, groups, gi); len(sh) > 0 || !g.finite || ok {
			// ("He joined X and worked with Y": an unknown "he", not X)
			subs = sh
		}
	}
	if len(subs) == 0 {
		subs = d.twoDescribed(si, g)
	}
	if len(subs) == 0 {
		subs = d.policeSubject(si, g)
	}
	if len(subs) == 0 {
		subs = d.parseSubject(si, g)
	}
	if len(subs) == 0 {
		subs = d.theyPair(si, g)
	}
	if len(subs) == 0 {
		subs = d.leadersOfPair(si, g)
	}
	subs = append(subs, d.alongWith(si, g, subs)...)
	subs = append(subs, d.joinedIn(si, groups, g, subs)...)
	d.wonOver(si, g, subs)
	if len(subs) == 0 && g.passive {
		subs = d.possessedSubject(si, g)
	}
	if len(subs) > 0 && d.announcedAct(si, g, subs) {
		return
	}
	d.reportedWrong(si, g, subs) // "Howard said Mr Blair had lied": Howard criticises Blair
	if d.coupleWed(si, g, subs) {
		return // "Paul McCartney and Heather Mills were married in 2002"
	}
	if len(subs) > 0 && !g.passive && !g.negated {
		if pred, p := d.gatheringPlace(si, g); p >= 0 {
			// "held a sit-in in Nouakchott", "organised a meeting at the
			// University of Matanzas": where the actor's gathering took
			// place (no CAMEO event: the place is no party to it)
			for _, sb := range subs {
				d.add(si, sb, pred, argument{ment: p}, nil, g, confSVO, false)
			}
			return
		}
	}
	if len(subs) > 0 && !g.passive && (g.lemma == "win" || g.lemma == "lose") {
		if p := d.electionPlace(si, g.g1); p >= 0 {
			// "Ahmadinejad has won the Iranian presidential election", "won
			// the election in Iran": where the election was
			for _, sb := range subs {
				if d.argType(sb) == TypePerson || d.argType(sb) == TypeOrg {
					d.add(si, sb, g.lemma+" election in", argument{ment: p}, nil, g, confSVO, false)
				}
			}
			return
		}
	}
	if len(subs) > 0 && !g.passive && !g.negated && citizenshipVerbs[g.lemma] {
		if cs := d.citizenships(si, g.g1); len(cs) > 0 {
			// "Mr Yucel, who holds both German and Turkish citizenship"
			for _, sb := range subs {
				if d.argType(sb) != TypePerson {
					continue
				}
				for _, c := range cs {
					d.add(si, sb, "citizen of", argument{ment: c}, nil, g, confSVO, false)
				}
			}
			return
		}
	}
	if len(subs) > 0 && !g.passive && !g.negated {
		if noun, prep, p := d.missionPlace(si, g); p >= 0 {
			// "Israel closed its embassy in Nouakchott" (161), "moved its
			// embassy to Jerusalem": the state's mission and where it is
			for _, sb := range subs {
				if d.mentions[sb.ment].ent != d.mentions[p].ent {
					d.emitCode(si, sb, g.lemma+" "+noun+" "+prep, argument{ment: p}, g, confSVO, false, g.lemma, "", noun, prep)
				}
			}
			return
		}
	}
	if g.passive && d.pairInNoun(si, g, subs) {
		return // "Greece and Turkey are locked in a dispute"
	}
	if len(subs) > 0 && !g.passive && (denyVerbs[g.lemma] || g.lemma == "rebuff" || g.lemma == "disagree") {
		d.deniedAccuser(si, g, subs)
	}
	if len(subs) > 0 && !g.passive && !g.negated && (sayVerbs[g.lemma] || clauseVerbs[g.lemma] || g.lemma == "hold") {
		if d.heldResponsible(si, g, subs) && g.lemma == "hold" {
			return // (no act of holding)
		}
	}
	if len(subs) > 0 && !g.passive && !g.negated && deathVerbs[g.lemma] {
		// "Qasem Soleimani died in a US airstrike": the striker kills him
		// (no "die in" the United States)
		if a := d.forceAgent(si, g); a >= 0 {
			for _, sb := range subs {
				if d.mentions[sb.ment].ent != d.mentions[a].ent && d.argType(sb) == TypePerson {
					d.emitCode(si, argument{ment: a}, "kill", sb, g, confPassive-0.15, false, "kill", "", "", "")
				}
			}
			return
		}
	}
	objs, prep, noun, far := d.objects(si, g)
	if g.passive && noun == "order" && prep == "of" && len(objs) > 0 && (harmVerbs[g.lemma] || violentVerbs[g.lemma]) {
		prep, noun = "by", "" // "was murdered on the orders of X": X had it done
	}
	if g.passive && (prep == "by" || prep == "") && len(objs) <= 1 && g.g1+1 < d.sents[si].t1 && d.toks[g.g1].lower == "by" {
		// "was replaced by the airline's finance director, X": X, not the
		// airline, is the agent
		if h := d.possessedPostHolder(d.skipThe(&d.sents[si], g.g1+1)); h >= 0 {
			objs, prep = []argument{{ment: h}}, "by"
		}
	}
	if (len(objs) == 0 || prep == "in" && noun != "") && d.businessIn(si, g, subs) {
		return // "Hyundai will build a new plant in India"
	}
	if j := g.g1; g.lemma == "get" && j+2 < d.sents[si].t1 && d.toks[j].lower == "the" && d.toks[j+1].lower == "better" && d.toks[j+2].lower == "of" {
		// "got the better of Hewitt": beat him (the group's lemma says so
		// for the rest of the clause)
		g.lemma, prep, noun = "beat", "", ""
	}
	if g.lemma == "leave" && prep == "" && len(objs) > 0 && d.kinBefore(d.mentions[objs[0].ment].title0) {
		return // "she leaves a son, Alan": survived by him, not leaving him
	}
	if prep == "with" && noun == "" && len(objs) > 0 && joinVerbs[g.lemma] && !g.passive && d.objectBeforeWith(si, g, objs[0]) {
		objs = nil // "merging it with NBC": what it stands for joins NBC, not the subject
	}
	if (prep == "with" || prep == "against") && noun == "" && len(objs) > 0 {
		if k := d.npStart(&d.sents[si], d.mentions[objs[0].ment].title0) - 2; k > g.g1 && gameNouns[d.toks[k].lower] && d.toks[k+1].lower == prep {
			objs = nil // "pull out of an exhibition match with Sharapova": the match's opponent, no act of pulling out with her
		}
	}
	if signingNounVerbs[g.lemma] && !g.passive && (noun == "signing" && prep == "of" && len(objs) > 0 || len(objs) == 0 && noun == "" && prep == "") {
		// "Chelsea completed the signing of (Brazilian forward) X": signed X
		if o := d.signingOf(si, g.g1); len(objs) > 0 || o >= 0 {
			if len(objs) == 0 {
				objs = []argument{{ment: o}}
			}
			g.lemma, noun, prep = "sign", "", ""
		}
	}
	if c := g.g0 - 1; (g.lemma == "lead" || g.lemma == "head") && prep == "by" && !g.finite && len(objs) == 1 && c-3 >= d.sents[si].t0 && d.toks[c].text == "," {
		// "China's delegation, led by Admiral Dong Jun,": he leads the
		// delegation, not China
		if n := d.delegationAt(si, c-2); n != "" {
			if p := d.toks[c-3].mention; p >= 0 && d.mentions[p].t1 == c-2 {
				d.add(si, objs[0], "lead "+n+" of", argument{ment: p}, nil, g, confSVO, far)
			}
			return
		}
	}
	if (g.lemma == "lead" || g.lemma == "head") && noun == "" && prep == "" && len(objs) == 1 && len(subs) > 0 && !g.negated {
		if n := d.delegationAt(si, d.mentions[objs[0].ment].t1); n != "" {
			// "Dong Jun led China's delegation": the delegation, not China
			for _, sb := range subs {
				d.add(si, sb, "lead "+n+" of", objs[0], nil, g, confSVO, far)
			}
			return
		}
	}
	if noun == "access" && prep == "to" && accessVerbs[g.lemma] && len(objs) > 0 {
		noun, prep = "", "" // "blocked access to Facebook": blocked Facebook
	}
	if prep == "of" && noun == "" && len(objs) > 0 {
		if k := d.npStart(&d.sents[si], d.mentions[objs[0].ment].title0) - 1; k-1 >= g.g1 && d.toks[k].lower == "of" && compassWords[d.toks[k-1].lower] && !isCapital(d.toks[k-1].text) {
			prep = "near" // "drowned about a mile northeast of Pinedale": near it, not "drown of"
		}
	}
	if prep == "of" && noun == "" && (g.lemma == "make" && g.particle == "up" || g.lemma == "compose" || g.lemma == "consist") {
		return // "made up of Brazil, Colombia and Canada": what the body is made of (memberStates)
	}
	if prep == "" && noun == "" && len(objs) == 1 && outOfVerbs[g.lemma] && d.argType(objs[0]) == TypeGPE {
		// "Trump pulled the United States out of the deal", "withdrew the
		// US from the Paris agreement": the country leaves; nothing is
		// done to it
		if e := d.mentions[objs[0].ment].t1; e+1 < d.sents[si].t1 && (d.toks[e].lower == "out" && d.toks[e+1].lower == "of" || d.toks[e].lower == "from" && g.lemma != "take" || (d.toks[e].lower == "to" || d.toks[e].lower == "into") && d.toks[e+1].lower == "war") {
			objs = nil // (also "took the UK to war": the country goes to war)
		}
	}
	if prep == "" && noun == "" && len(objs) == 1 && (g.lemma == "flee" || g.lemma == "leave") && d.isPlace(objs[0].ment) && len(subs) > 0 && !g.passive {
		// "Ghosn fled Japan for Lebanon": where he went, beside where he left
		if e := d.mentions[objs[0].ment].t1; e+1 < d.sents[si].t1 && d.toks[e].lower == "for" {
			if p := d.toks[e+1].mention; p >= 0 && d.mentions[p].t0 == e+1 && d.isPlace(p) {
				pred := "flee to"
				if g.lemma == "leave" {
					pred = "leave for"
				}
				for _, sb := range subs {
					d.emit(si, sb, pred, "", argument{ment: p}, g, confSVO, far)
				}
			}
		}
	}
	if prep == "" && noun == "" && len(objs) == 1 && listingVerbs[g.lemma] && len(subs) > 0 && !g.passive && !g.negated {
		// "Washington added Huawei to a trade blacklist", "put X on its
		// entity list": blacklisted
		if e := d.mentions[objs[0].ment].t1; e < d.sents[si].t1 && (d.toks[e].lower == "to" || d.toks[e].lower == "on") {
			for k := e + 1; k < d.sents[si].t1 && k <= e+5 && d.toks[k].mention < 0; k++ {
				if blacklistNouns[d.toks[k].lower] || d.toks[k].lower == "list" && k > e+1 && (d.toks[k-1].lower == "entity" || d.toks[k-1].lower == "sanctions") {
					for _, sb := range subs {
						d.emitCode(si, sb, "blacklist", objs[0], g, confSVO, far, "blacklist", "", "", "")
					}
					return
				}
				if !(determiners[d.toks[k].lower] || d.toks[k].tag == "PRP$" || isNoun(d.toks[k].tag) || d.toks[k].tag == "JJ") {
					break
				}
			}
		}
	}
	if conferVerbs[g.lemma] && !g.passive {
		if prep == "with" && noun != "" && len(objs) > 0 {
			noun = "" // "discussed the campaign with X": X is the party, not the topic
		} else if prep == "" && noun == "" && len(objs) == 1 {
			// "discussed Iraq with X": the partner, not the topic
			if w := d.mentions[objs[0].ment].t1; w+1 < d.sents[si].t1 && d.toks[w].lower == "with" {
				if p := d.firstArg(si, w+1, 4, true); p >= 0 && d.isActor(p) {
					objs, prep = []argument{{ment: p}}, "with"
				}
			}
		}
	}
	if len(objs) == 0 && prep == "" && noun == "" && gi+1 < len(groups) && transitiveShare(d, g, &groups[gi+1]) {
		// "Jack Ruby shot and mortally wounded Lee Harvey Oswald": the first
		// verb has the second one's object
		if o2, p2, n2, f2 := d.objects(si, &groups[gi+1]); len(o2) > 0 && p2 == "" && n2 == "" {
			objs, far = o2, f2
		}
	}
	if len(subs) > 0 && g.finite && !g.negated && !g.passive && !sayVerbs[g.lemma] && !judgeVerbs[g.lemma] && g.lemma != "have" && !d.mentions[subs[0].ment].pronoun && d.mentions[subs[0].ment].ent >= 0 {
		// what the next sentence may call "the decision" ("Trump withdrew
		// the troops"), even when its object names nobody
		if t := d.ents[d.mentions[subs[0].ment].ent].typ; t == TypeGPE || t == TypeOrg || t == TypePerson {
			d.lastDeed.sent, d.lastDeed.ment, d.lastDeed.end, d.lastDeed.lemma = si, subs[0].ment, g.g1, g.lemma
		}
	}
	if len(objs) == 0 && prep == "" && noun == "" && len(subs) > 0 && g.finite && !g.passive && !sayVerbs[g.lemma] {
		// "the G8, which Britain now chairs": the relative's antecedent
		if a := d.objectRelative(si, subs[0].ment); a >= 0 {
			objs = []argument{{ment: a}}
		}
	}
	if len(subs) > 0 && (!g.passive || seatAppointVerbs[g.lemma]) && !g.negated {
		// "sat on the board of Barclays", "joined the board of BP", "was
		// appointed to the board of X": a seat on its board
		if o, pred, partner := d.boardSeat(si, g); o >= 0 {
			for _, sa := range subs {
				d.add(si, sa, pred, argument{ment: o}, nil, g, confSVO, far)
			}
			if partner < 0 {
				return
			}
			// "worked with Chan on the board of X": both sit on it, and
			// the work with Chan is said below
			d.add(si, argument{ment: partner}, pred, argument{ment: o}, nil, g, confSVO, far)
		}
	}
	if (g.lemma == "tell" || g.lemma == "address" || g.lemma == "brief") && prep == "of" && summitNouns[noun] && len(objs) == 1 && !d.isPlace(objs[0].ment) {
		noun, prep = "", "" // "told a meeting of the Metropolitan Police Authority": the body told
	}
	if labelVerbs[g.lemma] && prep == "" && len(objs) > 0 && !g.passive {
		objs = d.labelled(si, g, objs)
	}
	if (labelVerbs[g.lemma] || g.lemma == "name") && g.g1 < d.sents[si].t1 && reflexives[d.toks[g.g1].lower] {
		objs = nil // "The piracy group called itself the Underground Network": its own name
	}
	if g.lemma == "leave" && prep == "" && noun == "" && len(objs) > 0 {
		if e := d.mentions[objs[len(objs)-1].ment].t1; e < d.sents[si].t1 && d.toks[e].lower == "with" {
			objs = nil // "leaving the Tories with just 163 MPs": what they are left with
		} else if e < d.sents[si].t1 && d.leftInState(e, objs[len(objs)-1].ment) {
			objs = nil // "leaving Spain 2-1 ahead", "left Ivanova trailing": a state they are left in
		}
	}
	if (prep == "to" || prep == "by") && !g.passive && statePassives[d.toks[g.head].lower] {
		// "is opposed to X" opposes X; "is opposed to any takeover by X":
		// opposing the act opposes its agent
		prep, noun = "", ""
	}
	if prep == "" && noun == "" && len(objs) > 0 && g.lemma != "quote" && g.lemma != "cite" && d.quotedAs(si, objs[len(objs)-1].ment) {
		objs = nil // "Reuters reported BaFin as saying": what BaFin said, not an act on it (quoting him is one)
	}
	if len(objs) == 0 && len(subs) == 2 && !g.passive && d.eachOther(si, g.g1) {
		// "Airbus and Boeing accuse each other": each the other (a
		// subject paired with itself gives nothing)
		objs, prep, noun = []argument{subs[1], subs[0]}, "", ""
	}
	if d.toks[g.head].tag == "VBN" && !g.finite && prep == "by" {
		noun = "" // "named coach of the century by Fifa": the noun is what X was named
	}
	if handVerbs[g.lemma] && !g.passive && (prep == "" && noun == "" || prep == "to") && !homageNouns[noun] && len(objs) > 0 && !d.handedThing(si, g, objs[0].ment) && !d.supportGiven(g, objs) && !d.leadGiven(objs[0].ment) {
		// "handed starts to Paul Scholes", "gives Nadal three break points",
		// "gave way to X", "giving evidence to the committee": nothing
		// handed over, no giving (money, a reward, tickets, a contract are;
		// support given and a lead given are read below)
		objs = nil
	}
	if noun != "" && prep == "to" && transferVerbs[g.lemma] && !homageNouns[noun] && noun != "asylum" {
		noun = "" // "lent billions of dollars to Caracas": the recipient
	}
	if prep == "of" && standingNouns[noun] && accountVerbs[g.lemma] && len(objs) > 0 {
		noun, prep = "", "" // "suspended the account of X", "the membership of X": X
	}
	if prep == "of" && siteNouns[noun] && siteVerbs[g.lemma] && len(objs) > 0 {
		// "raided the headquarters of X", "shelled the positions of X":
		// striking a party's site strikes the party
		noun, prep = "", ""
	}
	if prep == "of" && eventNouns[noun] != "" && judgeVerbs[g.lemma] && !g.passive && len(objs) == 1 {
		// "condemned the execution of 21 Egyptians by the Islamic State":
		// judging the act judges its agent
		if by := d.byAgent(d.mentions[objs[0].ment].t1); by >= 0 {
			objs, noun, prep = []argument{{ment: by}}, "", ""
		}
	}
	if len(objs) == 0 && prep == "" && deedNouns[noun] && judgeVerbs[g.lemma] && !g.passive {
		// "Trump withdrew the troops. McGurk criticized the decision": the
		// doer of the act just told
		if a := d.deedDoer(si, g); a >= 0 {
			objs, noun = []argument{{ment: a}}, ""
		}
	}
	judgedAgent := prep == "by" && noun != "" && !g.passive && judgeVerbs[g.lemma] && len(objs) > 0 ||
		prep == "between" && noun != "" && !g.passive && (judgeVerbs[g.lemma] || stopVerbs[g.lemma]) && len(objs) > 1 && d.reciprocalNoun(noun) // "denounced the memoranda between Turkey and Libya", "blocked the merger between X and Y": both parties
	if judgedAgent {
		// "McGurk criticized the decision by Trump": judging what X did
		// judges X
		noun, prep = "", ""
	}
	if prep == "for" && noun != "" && len(subs) > 0 && len(objs) == 1 && !g.passive && !g.negated && mediaWorkVerbs[g.lemma] && (g.lemma != "write" || writtenPieces[noun]) && d.argType(objs[0]) == TypeOrg && !d.argPossessive(objs[0]) && d.argType(subs[0]) == TypePerson {
		// "has covered education for the AP", "writes a column for The
		// Guardian": the person works for the organisation
		for _, s := range subs {
			d.emit(si, s, "work for", "", objs[0], g, confSVO, far)
		}
		return
	}
	if prep == "" && len(subs) > 0 && len(objs) == 1 && !g.passive && !g.negated && mediaWorkVerbs[g.lemma] && g.lemma != "write" && d.argType(subs[0]) == TypePerson {
		// "W. Dale Nelson covers the White House for The Associated Press":
		// the person works for the organisation after the beat
		if e := d.mentions[objs[0].ment].t1; e+1 < d.sents[si].t1 && d.toks[e].lower == "for" {
			if o := d.orgAfterThe(&d.sents[si], e+1); o >= 0 {
				for _, sa := range subs {
					d.emit(si, sa, "work for", "", argument{ment: o}, g, confSVO, far)
				}
			}
		}
	}
	if act := sideActs[noun]; prep == "for" && act.verbs[g.lemma] && !g.passive && (act.lemma == "score" || !g.negated && len(objs) > 0 && d.argType(objs[0]) != TypePerson) {
		// "scored a try for Wales", "kicked a penalty for Leeds": scored
		// for the side; "made his debut for Wales", "won 54 caps for
		// Wales": played for it (not "seven appearances for Luigi del
		// Neri's side": the manager's)
		g.lemma, noun = act.lemma, ""
	}
	legalStep := prep == "against" && againstNouns[noun] // "announced two complaints against Iran"
	envoyRecall := false                                 // "recalled its ambassador from Canada"
	if prep == "from" && recallVerbs[g.lemma] {
		c, _ := d.recalledEnvoy(si, g)
		envoyRecall = c >= 0
	}
	purchase := prep == "from" && purchaseVerbs[g.lemma] && len(objs) == 1 && (d.argType(objs[0]) == TypeOrg || d.argType(objs[0]) == TypeGPE) // "bought planes from Boeing", "buys oil from Saudi Arabia": the seller
	if prep == "by" && g.passive && d.amountThenBy(g.g1) {
		noun = "" // "was fined 1.1bn euros by X": the amount is the fine's, X the agent
	}
	// "completed his move to Bolton", "turned down a move to Stoke City": a club's
	transfer := transferNouns[noun] && prep == "to" && len(objs) > 0 && d.argType(objs[0]) == TypeOrg && len(subs) > 0 && (d.argType(subs[0]) == TypePerson || d.argType(subs[0]) == TypeOrg)
	if prep == "by" && !g.passive && assentVerbs[g.lemma] && !g.negated && g.modality == "" && len(objs) == 1 && d.isOrg(objs[0].ment) && d.buyoutBy(objs[0].ment) {
		// "MCI agreed to a buyout by Verizon": the bidder buys the
		// subject, as agreed
		ag := *g
		ag.modality = "agreed"
		for _, sb := range subs {
			if d.isOrg(sb.ment) {
				d.emitCode(si, objs[0], "buy", sb, &ag, confNominal, far, "buy", "", "", "")
			}
		}
		return
	}
	if scholarVerbs[g.lemma] && prep == "at" && noun != "" && len(objs) == 1 && d.argType(objs[0]) == TypeOrg {
		noun = "" // "studied engineering at Kallang University": the subject studied there
	}
	if noun != "" && prep != "" && !legalStep && !envoyRecall && !purchase && !transfer && (eventNouns[noun] == "" && !eventNounLemmas[noun] && !(givenNouns[noun] && prep == "to") && !(weaponNouns[noun] && targetPreps[prep]) && !(noun == "row" && prep == "with") && !(noun == "border" && prep == "with") && !((sharingVerbs[g.lemma] || raiseVerbs[g.lemma]) && prep == "with") && !(noun == "company" && prep == "with" && g.lemma == "part") && !(tradeMeasures[noun] && (prep == "on" || prep == "against")) && !(noun == "approach" && prep == "from") && !(noun == "release" && prep == "of" && releaseCallers[g.lemma]) && !(ousterNouns[noun] && prep == "of" && ousterCallers[g.lemma]) && !(strikeNouns[noun] && prep == "in") || prep == "by") {
		// ("sparked a row with Mauritania": a dispute, not a rugby "second row";
		// "closed its border with Venezuela": the border they share; "shared
		// intelligence with X", "traded oil with X": the partner)
		// "inspects a military site in X": X is where, not what
		objs = nil
	}
	if prep == "by" && !g.passive && !(d.toks[g.head].tag == "VBN" && !g.finite) {
		objs = nil // "called for an investigation by X": X is the noun's agent
	}
	if (g.lemma == "join" || g.lemma == "switch") && prep == "from" && noun == "" {
		objs = nil // "Lim joins from Selat Ports": what the person leaves (transfers), no "join from"
	}
	if lightVerbs[g.lemma] && prep == "" && noun == "" && g.particle == "" && !g.passive && len(objs) == 1 {
		// "turn McDonald's around", "got the All Blacks onslaught under
		// way", "kept Madonna in second place", "put Africa at the top":
		// what the act is lies in the words after the object
		if e := d.mentions[objs[0].ment].t1; e < d.sents[si].t1 && (d.toks[e].tag == "RP" || d.toks[e].tag == "IN" || d.toks[e].tag == "RB" || d.toks[e].tag == "JJ") && !d.scoredAhead(e) {
			objs = nil
		}
	}
	if g.lemma == "do" && noun == "" && g.particle == "" {
		objs = nil // "make do with the Sao Paulo State Championship", "what a similar policy did to Old Labour": "do" alone names no act
	}
	if prep == "with" && noun == "" && (g.passive || d.toks[g.head].tag == "VBN" && g.g0 == g.head && g.g0 > 0 && d.toks[g.g0-1].lower == "and") && !passiveWith[g.lemma] {
		objs = nil // "was arrested and beheaded with her brother": company, not a party
	}
	if (g.lemma == "write" || g.lemma == "blog") && (prep == "for" || prep == "at" || prep == "on" || prep == "in") && noun == "" && !g.passive && !g.negated && len(subs) > 0 && len(objs) == 1 && d.argType(objs[0]) == TypeOrg && !d.argPossessive(objs[0]) && d.argType(subs[0]) == TypePerson && !socialPlatforms[strings.ToLower(d.ents[d.mentions[objs[0].ment].ent].name)] {
		// "X writes for the Guardian", "wrote on TechCrunch", "writing in
		// the Guardian": the outlet X writes at (before circumstances drop
		// "at" and "in")
		pred := "write for"
		if prep != "for" {
			pred = "write at"
		}
		for _, sb := range subs {
			d.add(si, sb, pred, objs[0], nil, g, confSVO, far)
		}
		return
	}
	if (g.lemma == "write" || g.lemma == "run" || g.lemma == "edit" || g.lemma == "keep") && prep == "" && !g.passive && !g.negated && len(subs) > 0 && len(objs) == 1 && d.argType(objs[0]) == TypeOrg && d.argType(subs[0]) == TypePerson {
		if b := d.mentions[objs[0].ment].t0 - 1; b > d.sents[si].t0 && d.toks[b].lower == "blog" {
			// "Davron Rakhimov, who writes the popular blog Sadoi Shahr": its author
			for _, sb := range subs {
				d.add(si, sb, "author of", objs[0], nil, g, confSVO, far)
			}
			return
		}
	}
	if g.passive && prep == "in" && noun == "" && placedVerbs[g.lemma] == "" && !g.negated && d.stateJudged(si, g, subs, objs, far) {
		return // "Skripal had been convicted in Russia of spying" (the placed ones below: "was detained in Zambia")
	}
	if p := awayResults[g.lemma]; p != "" && prep == "at" && noun == "" && g.particle == "" && d.sport() && len(objs) == 1 && d.isOrg(objs[0].ment) && d.scoreBefore(g.g1, d.mentions[objs[0].ment].t0) {
		prep = p // "drew 1-1 at Union Berlin", "lost 2-1 at Everton": a match away at the club
	}
	if o := d.playsGameFor(si, g); o >= 0 && len(subs) > 0 {
		// "plays his domestic cricket for Kelani Valley", "plays her club
		// rugby for Saracens": the side he plays for
		d.addForPeople(si, subs, "play for", o, g, confSVO, far)
		return
	}
	if o := d.careerStart(si, g); o >= 0 && len(subs) > 0 {
		// "Ferraz began his career at Atletico Pernambucano", "started his
		// career with Santos": where he first played or worked
		d.addForPeople(si, subs, "start career at", o, g, confSVO, far)
		return
	}
	if nonArgPreps[prep] && !(prepTakers[prep][g.lemma] && (prep != "under" || g.particle == "") || prep == "between" && g.lemma == "host" && talkNouns[noun]) || (prep == "in" && (noun != "" && !possessionNouns[noun] && noun != "investment" && !(strikeNouns[noun] && (doVerbs[g.lemma] || g.lemma == "lead")) || noun == "" && (!inVerbs[g.lemma] && !((g.passive || d.reducedPlaced(g)) && placedVerbs[g.lemma] != "") || g.particle != "" && !inParticles[g.lemma+" "+g.particle]))) || (prep == "at" && !atVerbs[g.lemma]) {
		// "act despite X", "won a case in Beijing", "contest at the Court": circumstances, not parties
		objs = nil
	}
	if g.lemma == "report" && prep == "from" && noun == "" && !g.passive && len(subs) > 0 && len(objs) > 0 && d.isPlace(objs[0].ment) && d.argType(subs[0]) == TypePerson {
		// "VOA's X reports from Islamabad": where the correspondent files
		for _, sb := range subs {
			d.add(si, sb, "report from", objs[0], nil, g, confSVO, far)
		}
		return
	}
	if g.lemma == "report" && prep == "for" && noun == "" && !g.passive && !g.negated && len(subs) > 0 && len(objs) == 1 && d.argType(objs[0]) == TypeOrg && d.argType(subs[0]) == TypePerson && !d.argPossessive(objs[0]) {
		// "Lisa Hale reports for NPR from the Red Cross offices in Vienna":
		// the outlet the correspondent files for, and where from
		for _, sb := range subs {
			d.add(si, sb, "report for", objs[0], nil, g, confSVO, far)
		}
		if p := d.placeAfterFrom(si, d.mentions[objs[0].ment].t1); p >= 0 {
			for _, sb := range subs {
				d.add(si, sb, "report from", argument{ment: p}, nil, g, confSVO, far)
			}
		}
		return
	}
	if toldVerbs[g.lemma] && prep == "to" && !g.passive && len(subs) > 0 && len(objs) == 1 && (d.argType(objs[0]) == TypeOrg || d.argType(objs[0]) == TypePerson) && !d.argPossessive(objs[0]) {
		// "said to the Associated Press", "said in a statement to The
		// New York Times": told them
		g.lemma, prep, noun = "tell", "", ""
	}
	if g.lemma == "confirm" && prep == "" && noun == "" && len(objs) == 1 && !g.passive && d.argType(objs[0]) == TypePerson && d.mentions[objs[0].ment].t1 < d.sents[si].t1 && d.toks[d.mentions[objs[0].ment].t1].lower == "as" {
		// "the Senate confirmed X as defence secretary": an appointment
		// approved, no statement (and no CAMEO event)
		for _, sb := range subs {
			d.add(si, sb, "confirm", objs[0], nil, g, confSVO, far)
		}
	}
	if sayVerbs[g.lemma] && !(g.passive && prep == "by") && !legalStep && !(g.lemma == "argue" && prep == "with" && noun == "") /* "argued with the Finance Ministry": a quarrel */ && !(g.lemma == "announce" && eventNouns[noun] != "" && prep != "") && !(g.lemma == "write" && prep == "to" && (noun == "" || writtenToNouns[noun]) && !d.nominalArg(objs)) && (noun != "" || prep != "" || !objectSayVerbs[g.lemma]) {
		// "said Britain had to": the name starts a reported clause (but
		// "wrote (a letter) to X" addresses X, when named: "wrote to the
		// watchdog" is too often read as the writer's own party)
		objs = nil
	}
	if o := d.demandedOf(si, g); o >= 0 && len(objs) == 0 && prep == "" && noun == "" {
		objs = []argument{{ment: o}} // "demanded that Washington lift sanctions": of Washington
	}
	if len(objs) == 1 && demandVerbs[g.lemma] && prep == "" && noun == "" && d.quitAfter(objs[0]) {
		prep, noun = "of", "resignation" // "Liberals demanded Sir Edward Heath quit": his resignation
	}
	if !g.finite && g.g0 > 1 && d.toks[g.g0-1].tag == "TO" && g.modality == "" {
		// "in an attempt to stop", "plans to buy": intended, not done
		if m, ok := intentNouns[d.toks[g.g0-2].lower]; ok {
			g.modality = m
		}
	}
	if !g.finite && g.g0 > 1 && d.toks[g.g0-1].tag == "TO" && g.modality == "attempted" && d.failedAttempt(g.g0-2) {
		g.negated = true // "failed in its attempt to buy X", "a failed bid to buy X": not done
	}
	if !g.finite && d.toks[g.head].tag == "VBG" && g.head == g.g0 && g.g0 > d.sents[si].t0 && d.vetoedMotion(g.g0-1) {
		g.negated = true // "Russia vetoed a UN resolution condemning Syria": the UN does not condemn it
	}
	if !g.finite && g.g0 > 0 && d.toks[g.g0-1].tag == "TO" && gi > 0 && g.modality == "" {
		// "urged the EU to impose sanctions": asked for, not done
		if m, ok := modalVerbs[groups[gi-1].lemma]; ok {
			g.modality = m
		}
	}
	if !g.finite && g.g0 > 0 && d.toks[g.g0-1].tag == "TO" && gi > 0 && g.modality == "" && groups[gi-1].modality != "" && !d.commaBetween(groups[gi-1].g1, g.g0) {
		// "Arsenal must be at their best to beat Bayern": the purpose of
		// what must be is not done either
		g.modality = groups[gi-1].modality
	}
	if !g.finite && d.toks[g.head].tag == "VBG" && g.g0 > 0 && d.toks[g.g0-1].lower == "against" && gi > 0 && warnVerbs[groups[gi-1].lemma] {
		g.modality = "warned" // "warned Iran against attacking US forces": not done
	}
	if mood := d.clauseMood(si, g); g.modality == "" || mood == "denied" || mood == "conditional" {
		g.modality = mood // ("denied reports that Brown is preparing to oust X": denied, not only planned; "if Fox decided to go with X": a condition)
	}
	for k := gi - 1; k >= 0 && k >= gi-2; k-- {
		// "the move did not show that Libya had cut its ties": what a
		// denied implication says is denied too
		if p := &groups[k]; p.negated && implyVerbs[p.lemma] && p.g1 <= g.g0 && g.g0-p.g1 <= 3 {
			g.negated = true
		}
	}
	d.chained(si, groups, gi, objs, prep, noun, far)
	d.transfers(si, g, subs)
	if d.toks[g.head].tag == "VBN" && !g.finite && prep == "by" && d.toks[g.g0].lower != "being" && !finiteBe[d.toks[g.g0].lower] {
		// (not "Guaido, who heads the Assembly, was recognised by X": a
		// passive with its auxiliary, whose subject subjects found)
		// (not "after being charged by X": the main clause's subject, found by subjects)
		g.passive = true // "the institute, financed by George Soros,"
		// the name it describes must stand right before it
		b := g.g0 - 1
		apposed := false // b reached the name over an apposition
		if b >= 0 && d.toks[b].text == "," {
			b--
		}
		for b >= 0 && d.toks[b].inParen {
			b--
		}
		if b >= 0 && d.toks[b].mention < 0 && isNoun(d.toks[b].tag) && isLowerWord(d.toks[b].text) {
			// "Hato El Charcote, a large ranch owned by Agroflora":
			// the name the apposition describes
			k := b
			for k > d.sents[si].t0 && k > b-5 && (d.toks[k-1].mention < 0 && (isNoun(d.toks[k-1].tag) || d.toks[k-1].tag == "JJ") && isLowerWord(d.toks[k-1].text) || d.demonymModifier(k-1) || d.toks[k-1].mention < 0 && d.toks[k-1].tag == "JJ" && strings.Contains(d.toks[k-1].text, "-")) {
				k-- // ("Perrier, the iconic French mineral water owned by Nestle", "a Kurdish-led alliance backed by X")
			}
			if k-3 >= d.sents[si].t0 && determiners[d.toks[k-1].lower] && d.toks[k-2].text == "," && d.toks[k-3].mention >= 0 && !groupNouns[d.toks[b].lower] {
				b = k - 3
				apposed = true
			}
		}
		if q := b; q > 0 && d.toks[q].text == "\"" && d.toks[q-1].mention < 0 && isNoun(d.toks[q-1].tag) {
			if m := d.copulaSubjectOf(&d.sents[si], q-1); m >= 0 {
				b = d.mentions[m].t1 - 1 // 'MinaevLive is a live-streaming "internet-show" run by X'
			}
		} else if b >= 0 && d.toks[b].mention < 0 && isNoun(d.toks[b].tag) && isLowerWord(d.toks[b].text) {
			if m := d.copulaSubjectOf(&d.sents[si], b); m >= 0 {
				b = d.mentions[m].t1 - 1 // "Nashi is a youth group founded by X": what the copula describes
			}
		}
		if b >= 0 && d.toks[b].mention < 0 && (groupNouns[d.toks[b].lower] || d.toks[b].lower == "board") {
			// "Iraq's elected government, headed by X": the possessor
			// ("Nordpak's board, chaired by X", "the Nordpak board": a
			// company's)
			board := d.toks[b].lower == "board"
			for k := b - 1; k >= 0 && k >= b-4 && d.toks[k].sent == si; k-- {
				if d.toks[k].text == "'s" && k > 0 && d.toks[k-1].mention >= 0 && actsThrough(d.toks[b].lower, d.ents[d.mentions[d.toks[k-1].mention].ent].typ) {
					b = k - 1
					break
				}
				if pm := d.toks[k].mention; board && k == b-1 && pm >= 0 && d.isOrg(pm) && !d.mentions[pm].pronoun {
					b = k
					break
				}
				if d.toks[k].tag != "JJ" && d.toks[k].tag != "RB" && d.toks[k].tag != "VBN" && !isNoun(d.toks[k].tag) {
					break
				}
			}
		}
		if cp := d.conjParticipleNoun(g); cp != nil {
			b = d.mentions[cp[0].ment].t1 - 1 // "X, commanded by Y and armed by Iran,"
		}
		if fs := d.frontedPassiveSubject(si, g); len(fs) > 0 && b < d.sents[si].t0 {
			subs = fs // "Founded by Bill Gates in 1975, Microsoft is": the main clause's subject
		} else if b < 0 || d.toks[b].mention < 0 || d.mentions[d.toks[b].mention].ent < 0 {
			subs = nil
		} else if nb := d.npStart(&d.sents[si], d.mentions[d.toks[b].mention].title0); !apposed && nb > d.sents[si].t0 && (d.toks[nb-1].tag == "IN" || d.toks[nb-1].tag == "CC") && !(d.toks[g.g0-1].text == "," && d.isOrg(d.toks[b].mention)) {
			// "a police reform in England unveiled by Blunkett" (not "over
			// Perrier, the mineral water owned by Nestle", nor "low for the
			// opposition Alliance of Progressive Forces, led by X": a body
			// the comma closes)
			subs = nil
		} else {
			subs = []argument{{ment: d.toks[b].mention}}
		}
	}
	d.inPlaceOf(si, g, subs)
	objs = d.dropContainers(objs)
	if g.passive && !g.negated && fundVerbs[g.lemma] && prep == "by" && len(subs) == 0 && len(objs) > 0 {
		if w := d.workOf(si, g); w >= 0 {
			// "The Halvorsen Institute's work on borealin was funded by the
			// Wellcome Trust and the Research Council of Norway": they fund
			// the institute
			for _, o := range objs {
				if d.mentions[o.ment].ent != d.mentions[w].ent {
					d.emit(si, o, g.lemma, "", argument{ment: w}, g, confPassive-0.1, far)
				}
			}
			return
		}
	}
	if g.passive && !g.negated {
		if a := d.bodyInAgent(si, g); a >= 0 {
			// "Anas Fouda was detained by security personnel in the United
			// Arab Emirates": the state acts through its body
			d.agentDid(si, a, subs, g, confPassive-0.05, false)
		}
	}
	if g.passive && !g.negated && coerciveVerbs[g.lemma] && prep != "by" {
		if p := d.policeSaid(si, g); p >= 0 {
			// "X was detained in Makamba, police spokesman Y wrote": the
			// police who tell of it did it, for the story's country
			for _, sb := range subs {
				if d.argType(sb) == TypePerson {
					d.emit(si, argument{ment: p, weak: true}, g.lemma, "", sb, g, confPassive-0.1, false)
				}
			}
		}
	}
	if g.passive && g.lemma == "bear" && !g.negated && !(len(objs) > 0 && d.isPlace(objs[0].ment)) {
		// "was born in 1968 in an Alevi Kurdish family in the city of
		// Marash": past the year and the family, the first place after "in"
		if p := d.birthPlaceAfter(si, g.g1); p >= 0 {
			d.addForPeople(si, subs, "born in", p, g, confPassive-0.05, far)
			return
		}
	}
	if g.passive && g.lemma == "bear" && prep == "" && len(objs) > 0 && !g.negated {
		// "She was born Lilian Alicia Marks in London": the birth name,
		// then the place
		if n := &d.mentions[objs[0].ment]; n.t0 == g.g1 && !n.pronoun && n.t1+1 < d.sents[si].t1 && (d.toks[n.t1].lower == "in" || d.toks[n.t1].lower == "at") {
			if p := d.placeAt(n.t1 + 1); p >= 0 {
				for _, s := range subs {
					if d.isActor(s.ment) && d.mentions[s.ment].ent != d.mentions[p].ent {
						d.add(si, s, "born in", argument{ment: p}, nil, g, confPassive, far)
					}
				}
				return
			}
		}
	}
	if g.passive || d.reducedPlaced(g) {
		// ("CFB Petawawa located in Petawawa", "the Acme Institute,
		// located in Leeds,": a reduced relative places its name)
		if part := placedVerbs[g.lemma]; part != "" && (prep == "in" || prep == "at") && len(objs) > 0 && !g.negated {
			// "Brigham Young was born in Whitingham": where a person or
			// an organisation is, without an agent
			for _, s := range subs {
				if !d.isActor(s.ment) {
					continue
				}
				for _, o := range objs {
					if d.isPlace(o.ment) && !d.mentions[o.ment].modifier {
						d.add(si, s, part+" "+prep, o, nil, g, confPassive, far)
					}
				}
			}
			if prep == "in" {
				d.stateJudged(si, g, subs, objs, far) // "was jailed in Iran"
			}
			if coerceVerbs[g.lemma] || violentVerbs[g.lemma] || harmVerbs[g.lemma] || judgeVerbs[g.lemma] {
				// "was arrested in Malaga by the Guardia Civil": the agent
				// after the place
				if a := d.byAgentAfter(si, d.mentions[objs[len(objs)-1].ment].t1); a >= 0 {
					d.agentDid(si, a, subs, g, confPassive-0.05, far)
				}
			}
			return
		}
		if pred := passiveStates[g.lemma+" "+prep]; pred != "" && len(objs) > 0 && !g.negated && g.particle == "" {
			// "Diageo, which is listed on the London Stock Exchange",
			// "X was elected to the Senate", "a group linked to al-Qaida":
			// where the subject stands after what was done to it, with
			// no agent named (no event: the doer is unknown)
			for _, s := range subs {
				for _, o := range objs {
					if d.mentions[s.ment].ent != d.mentions[o.ment].ent && !d.mentions[o.ment].modifier {
						d.add(si, s, pred, o, nil, g, confPassive, far)
					}
				}
			}
			if agentStates[g.lemma] {
				// "was exiled to Gaza for three years by the Israeli
				// authorities": the agent after where the subject went
				if a := d.byAgentAfter(si, d.mentions[objs[len(objs)-1].ment].t1); a >= 0 {
					d.agentDid(si, a, subs, g, confPassive-0.1, true)
				}
			}
			return
		}
		if prep != "by" && harmVerbs[g.lemma] && !g.negated {
			// "Abu Mahdi al-Muhandis, who was also killed in the
			// airstrike": the doer of the strike named before
			if a := d.forceAgent(si, g); a >= 0 {
				d.agentDid(si, a, subs, g, confPassive-0.15, false)
			}
		}
		if (prep != "by" || len(objs) == 0) && (judgeVerbs[g.lemma] || accuseVerbs[g.lemma] || harmVerbs[g.lemma] || violentVerbs[g.lemma] || transferVerbs[g.lemma] || receivedVerbs[g.lemma]) && !g.negated {
			// "China has been accused of blocking the news site by
			// the media watchdog, Reporters Without Borders", "X was
			// granted asylum by Mexico", "Jesse
			// James was shot to death in St. Joseph, Mo., by Robert Ford":
			// the agent after the complement
			if a := d.farByAgent(si, g); a >= 0 {
				d.agentDid(si, a, subs, g, confPassive-0.1, true)
				return
			}
		}
		if n := g.g0 - 1; signVerbs[g.lemma] && n >= d.sents[si].t0 && reciprocalNouns[d.nounLemma(d.toks[n].lower)] && !g.negated && !(prep == "by" && len(objs) >= 2) {
			// "The agreement was signed in Jakarta by Toyota president X
			// and Rio Tinto chief executive Y": past the place, each
			// titled signer (not the body before the title)
			if as := d.signedByAgents(si, g); len(as) == 2 {
				noun := d.nounLemma(d.toks[n].lower)
				d.emitCode(si, as[0], g.lemma+" "+noun+" with", as[1], g, confPassive-0.05, far, g.lemma, "", noun, "with")
				return
			}
		}
		if n := g.g0 - 1; prep == "by" && len(objs) >= 2 && signVerbs[g.lemma] && n >= d.sents[si].t0 && reciprocalNouns[d.nounLemma(d.toks[n].lower)] && !g.negated {
			// "an agreement signed by the presidents of Bolivia and
			// Brazil": each agent signed it with the other
			noun := d.nounLemma(d.toks[n].lower)
			for _, o := range objs[1:] {
				d.emitCode(si, objs[0], g.lemma+" "+noun+" with", o, g, confPassive, far, g.lemma, "", noun, "with")
			}
			return
		}
		if prep == "by" && len(objs) > 0 {
			// "X was criticised by Y": Y criticised X
			pred := g.lemma
			if g.particle != "" {
				pred += " " + g.particle // "was taken over by"
			}
			st := &d.sents[si]
			for k, o := range objs {
				om := &d.mentions[o.ment]
				if k > 0 && om.t1+1 < st.t1 && d.toks[om.t1].lower == "by" && d.toks[om.t1+1].mention >= 0 {
					// "X was advised by A and Y by B": a gapped passive, B advised Y
					d.emit(si, argument{ment: d.toks[om.t1+1].mention}, pred, "", o, g, confPassive-0.1, far)
					continue
				}
				for _, s := range subs {
					d.emit(si, o, pred, "", s, g, confPassive, far)
				}
			}
		}
		return
	}
	if g.lemma == "join" && g.g1 < d.sents[si].t1 && d.toks[g.g1].lower == "forces" && len(objs) == 0 {
		noun = "force" // "X and Y joined forces to develop": the noun before "to"
	}
	if len(subs) >= 2 && (prep == "in" || prep == "off" || placePreps[prep]) && (reciprocalVerbs[g.lemma] || g.lemma == "exchange") && d.allPlaces(objs) {
		objs, prep = nil, "" // "Merkel and Macron met in Berlin", "clashed over drilling rights off Cyprus": with each other (where is no party)
	}
	if len(subs) >= 2 && len(objs) == 0 && reciprocalVerbs[g.lemma] && noun != "" && !d.objectNounAfter(g, noun) {
		noun = "" // "are to meet amid talk that": a noun after a preposition is no object
	}
	if len(subs) >= 2 && len(objs) == 0 && (reciprocalVerbs[g.lemma] && noun == "" && !d.commonObject(g) || (reciprocalNouns[noun] || d.jointNoun(g, noun)) && !opposeVerbs[g.lemma] && !outsiderVerbs[g.lemma] && !d.clauseSubjectNoun(g, noun) || g.lemma == "join" && (noun == "force" || noun == "forces") || g.lemma == "team" && g.particle == "up" || g.lemma == "discuss" && !g.passive || g.lemma == "work" && g.g1 < d.sents[si].t1 && d.toks[g.g1].lower == "together" || g.lemma == "exchange" && noun != "" && !g.passive) {
		// "China and Russia held talks", "Britain and France met", "India
		// and Russia are to work together": each with the other ("Abe and
		// Putin discussed a peace treaty": what they discussed is no party;
		// "X and Y attended the talks": others' talks)
		pred := g.lemma
		if g.particle == "up" {
			pred += " " + g.particle // "teamed up" (not "clashed over tax": a preposition)
		}
		if noun != "" && g.lemma != "discuss" && g.lemma != "work" {
			pred += " " + noun
		}
		if g.lemma != "meet" {
			pred += " with"
		}
		first := d.firstNamed(subs)
		for k, o := range subs {
			if k != first {
				d.emitCode(si, subs[first], pred, o, g, confNominal, false, g.lemma, g.particle, noun, "with")
			}
		}
		return
	}
	if len(subs) == 0 || len(objs) == 0 {
		return
	}
	if prep == "" && !steerVerbs[g.lemma] {
		// "Yachvili booted France to victory", "Gerrard fired Liverpool
		// into the last 16": the player's side, not what he did to it
		kept := objs[:0]
		for _, o := range objs {
			ahead := (leadVerbs[g.lemma] || shotVerbs[g.lemma]) && (d.sport() || d.sportSentence(si)) && d.sideAhead(o.ment)
			if !d.toVictory(o.ment) && !(g.lemma == "give" && d.leadGiven(o.ment)) && !ahead {
				kept = append(kept, o)
				continue
			}
			if shotVerbs[g.lemma] || g.lemma == "give" || ahead {
				// (a shot or a kick that takes the side there: he plays for it)
				for _, sb := range subs {
					if d.argType(sb) == TypePerson {
						d.add(si, sb, "play for", o, nil, g, confSVO-0.1, far)
					}
				}
			}
		}
		if objs = kept; len(objs) == 0 {
			return
		}
	}
	if prep == "" && noun != "" {
		noun = "" // "rival sector leader Omnicom": the noun describes the object
	}
	if killNouns[noun] && causeVerbs[g.lemma] {
		return // "served 20 years for the killing of X": the killing is the deed (nominals), not a serving
	}
	pred := g.lemma
	if g.particle != "" {
		pred += " " + g.particle
	}
	if g.lemma == "fall" && prep == "with" && g.g1+1 < d.sents[si].t1 && d.toks[g.g1].lower == "in" && d.toks[g.g1+1].lower == "love" {
		pred = "fall in love" // "falls in love with Baron von Trapp"
	}
	if (noun == "release" || ousterNouns[noun]) && g.particle == "" && g.g1 < d.sents[si].t1 && d.toks[g.g1].lower == "for" {
		pred += " for" // "called for the release of X", "called for the resignation of X"
	}
	if noun != "" {
		pred += " " + noun
	}
	if prep != "" {
		pred += " " + prep
	}
	if prep == "of" && noun == "" && g.particle == "" && len(objs) > 0 && d.nounsOf(si, g, objs[0].ment) {
		return // "compete as an equal with the growing economic giants of Asia": the "of" is the noun's
	}
	switch d.comeWay(si, g) {
	case "on", "in", "off":
		if prep != "for" {
			return // "came on against Newcastle", "coming on ... on the tour to New Zealand": a substitute's entry
		}
		pred = "replace" // "came on for Raul", "came in as a replacement for X", "came off the bench for X"
	case "through":
		if (prep == "against" || prep == "with") && (d.sport() || d.sportSentence(si)) {
			pred = "beat" // "came through 6-3 6-3 against X", "came through a five-set battle with X"
		}
	}
	if ev := d.evaluation(si, g, objs, prep, noun); ev != "" {
		// "Trump called Biden a liar", "described X's plan as a
		// disaster": a judgement, not a name given
		for _, s := range subs {
			for _, o := range objs {
				d.emitCode(si, s, ev, o, g, confSVO, far, ev, "", "", "")
			}
		}
		return
	}
	if (g.lemma == "see" || g.lemma == "make") && g.particle == "" && prep == "" && noun == "" && len(objs) > 0 && d.objectComplement(si, g, objs[len(objs)-1].ment) {
		return // "sees Owen as the ideal replacement", "has made Bening an award-winning actress": what X is seen as or made
	}
	if prep == "for" || prep == "against" || prep == "with" {
		kept := objs[:0]
		for _, o := range objs {
			if !(prep != "with" && d.prepOfEarlierNoun(g, o.ment, prep)) && !(prep == "with" && d.absoluteWith(o.ment)) {
				kept = append(kept, o)
			}
		}
		if objs = kept; len(objs) == 0 {
			return
		}
	}
	if len(subs) >= 2 && len(subs) == len(objs) && substitution(g, prep) {
		// "Heymans and Valbon come in for Rougerie and Grandclaude": each
		// for the one in the same place of the other list
		byPlace := func(as []argument) []argument {
			as = slices.Clone(as)
			slices.SortFunc(as, func(a, b argument) int { return d.mentions[a.ment].t0 - d.mentions[b.ment].t0 })
			return as
		}
		ss, ob := byPlace(subs), byPlace(objs)
		for k := range ss {
			d.emitCode(si, ss[k], pred, ob[k], g, confSVO, far, g.lemma, g.particle, noun, prep)
		}
		return
	}
	if (prep == "to" || prep == "") && supportGivers[g.lemma] && d.supportGiven(g, objs) {
		// "lent their backing to X", "gave his full support to X": they
		// back X (verbal support, CAMEO 05), no loan or gift
		for _, s := range subs {
			for _, o := range objs {
				d.emitCode(si, s, "support", o, g, confSVO, far, "support", "", "", "")
			}
		}
		return
	}
	if g.lemma == "host" && prep == "between" && talkNouns[noun] {
		// "Qatar hosted talks between Djibouti and Eritrea": a third
		// party's mediation (CAMEO 045), no visit hosted (043)
		for _, s := range subs {
			for _, o := range objs {
				d.emitCode(si, s, pred, o, g, confSVO, far, "mediate", "", noun, prep)
			}
		}
		return
	}
	if g.lemma == "order" && prep == "" && noun == "" && g.particle == "" && d.makerOfGoods(objs) {
		// "Vietnam Airlines has ordered 50 Boeing jets": a purchase from the
		// maker, no order given to it (CAMEO 10)
		for _, s := range subs {
			for _, o := range objs {
				d.emitCode(si, s, "order from", o, g, confSVO, far, "buy", "", "", "")
			}
		}
		return
	}
	if prep == "of" && supportReceivers[g.lemma] && supportNounVerbs[noun] != "" && g.particle == "" {
		// "Blair has the support of Brown", "won the backing of the
		// unions": the one named after "of" supports the subject
		v := supportNounVerbs[noun]
		for _, s := range subs {
			for _, o := range objs {
				if d.mentions[s.ment].ent != d.mentions[o.ment].ent {
					d.emitCode(si, o, v, s, g, confSVO, far, v, "", "", "")
				}
			}
		}
		return
	}
	for _, s := range subs {
		for _, o := range objs {
			d.emitCode(si, s, pred, o, g, confSVO, far, g.lemma, g.particle, noun, prep)
		}
	}
	if r := d.recipientAfter(si, g, objs, prep); r >= 0 {
		// "sold its stake in Rosneft to Glencore": Glencore too
		rpred := g.lemma + " to"
		if g.particle != "" {
			rpred = g.lemma + " " + g.particle + " to"
		}
		for _, s := range subs {
			if d.mentions[s.ment].ent != d.mentions[r].ent {
				d.emitCode(si, s, rpred, argument{ment: r}, g, confSVO-0.1, true, g.lemma, g.particle, "", "to")
			}
		}
	}
}

// supportGivers give support as a thing ("lent their backing to X").
var supportGivers = set("lend", "give", "offer", "throw", "pledge", "express")

// supportGiven: "support" or "backing" and "to" stand between verb group g
// and its first object ("lent their backing to", "gave his full support
// to").
func (d *doc) supportGiven(g *vgroup, objs []argument) bool {
	if len(objs) == 0 {
		return false
	}
	for k := g.g1; k+1 < d.mentions[objs[0].ment].t0 && k < g.g1+5; k++ {
		if l := d.toks[k].lower; (l == "support" || l == "backing") && d.toks[k+1].lower == "to" {
			return true
		}
	}
	return false
}

// jointNoun: the object noun of verb group g is held jointly ("held a
// joint news conference", "issued a joint statement"): the subjects act
// together.
func (d *doc) jointNoun(g *vgroup, noun string) bool {
	if noun == "" {
		return false
	}
	s := &d.sents[d.toks[g.head].sent]
	for k := g.g1; k < s.t1 && k < g.g1+4; k++ {
		if d.toks[k].lower == "joint" {
			return true
		}
		if d.toks[k].lower == noun || d.toks[k].mention >= 0 {
			break
		}
	}
	return false
}

// clauseSubjectNoun: noun, the first such noun after verb group g, is the
// subject of a clause of its own ("Oxfam and Christian Aid said the deal
// was poor": no deal between the two).
func (d *doc) clauseSubjectNoun(g *vgroup, noun string) bool {
	s := &d.sents[d.toks[g.head].sent]
	for k := g.g1; k < s.t1 && k < g.g1+6; k++ {
		if d.nounLemma(d.toks[k].lower) == noun {
			return (d.toks[k].rel == "nsubj" || d.toks[k].rel == "nsubj:pass") && d.toks[k].head > k
		}
	}
	return false
}

// evaluation: verb group g calls its object something ("called Biden a
// liar", "described X's efforts as totally insufficient", "branded the
// plan a disaster"): "criticize" when the words after the object, up to the
// phrase's end, judge it badly, "praise" when they judge it well, else "".
func (d *doc) evaluation(si int, g *vgroup, objs []argument, prep, noun string) string {
	referTo := g.lemma == "refer" && prep == "to" // "referred to Lords members as brigands"
	if !evalVerbs[g.lemma] && !referTo || g.negated || g.passive || prep != "" && !referTo || noun != "" || len(objs) == 0 || g.particle != "" {
		return ""
	}
	s := &d.sents[si]
	e := d.mentions[objs[len(objs)-1].ment].t1
	k := e
	if referTo {
		if e+2 < s.t1 && isNoun(d.toks[e].tag) && isLowerWord(d.toks[e].text) && d.toks[e+1].lower == "as" {
			e++ // "Lords members as brigands"
		}
		if e+1 >= s.t1 || d.toks[e].lower != "as" {
			return ""
		}
		k = e + 1
	}
	if k < s.t1 && d.toks[k].text == "'s" {
		k++ // "called Biden's plan a disaster": past the possessed noun
		for k < s.t1 && k < e+4 && d.toks[k].mention < 0 && (isNoun(d.toks[k].tag) || d.toks[k].tag == "JJ" && k+1 < s.t1 && isNoun(d.toks[k+1].tag)) {
			k++
		}
	}
	for j := k; !referTo && j < s.t1 && j < k+8; j++ {
		if t := &d.toks[j]; t.lower == "as" {
			k = j + 1 // "branded the UK government's response to the tsunami as poor": the judgement after "as"
			break
		} else if t.text == "," || t.mention >= 0 || isVerb(t.tag) || t.tag == "MD" {
			break
		}
	}
	return d.verdictFrom(s, k)
}

// verdictFrom reads the judging words of the phrase from token k (up to six
// words, to a comma, a name, a verb, "for" or "to"): "criticize" when one
// judges badly, else "praise" when one judges well, else "" (also when the
// phrase is negated: "was not corrupt"; "a disaster for Y" judges the
// subject only up to "for").
func (d *doc) verdictFrom(s *sent, k int) string {
	verdict := ""
	for j := k; j < s.t1 && j < k+6; j++ {
		t := &d.toks[j]
		if t.text == "," || t.text == "." || t.text == ";" || t.mention >= 0 || isVerb(t.tag) && t.tag != "VBN" || t.lower == "for" || t.lower == "to" {
			break
		}
		if negators[t.lower] {
			return ""
		}
		if badWords[t.lower] {
			verdict = "criticize"
		} else if goodWords[t.lower] && verdict == "" {
			verdict = "praise"
		}
	}
	return verdict
}

// reportedVerdict: a copula reported by a verb of speech right before its
// subject ("Roy Hatch said Ada Brill was a liar", "said that Brill's plan
// was a disaster") whose complement judges the subject: the speaker
// criticises or praises it. It reports whether it found one.
func (d *doc) reportedVerdict(si int, g *vgroup, subs []argument) bool {
	s := &d.sents[si]
	if g.negated || g.lemma != "be" || g.modality != "" {
		return false
	}
	m := &d.mentions[subs[0].ment]
	if !d.reportable(m) {
		return false
	}
	speakers, ruling := d.reporters(si, m)
	if len(speakers) == 0 {
		return false
	}
	verdict := d.verdictFrom(s, g.g1)
	if ruling && verdict == "" && d.foundAgainst(s, g.g1) {
		verdict = "criticize" // "found that X was guilty of fraud", "ruled that X was in breach of"
	}
	if verdict == "" || ruling && verdict != "criticize" {
		return false
	}
	for _, sp := range speakers {
		if d.mentions[sp.ment].ent >= 0 && d.mentions[sp.ment].ent != m.ent {
			for _, sb := range subs {
				if ruling {
					d.emitCode(si, sp, "rule against", sb, g, confCopula, false, "rule", "", "", "against")
					continue
				}
				d.emitCode(si, sp, verdict, sb, g, confCopula, false, verdict, "", "", "")
			}
		}
	}
	return true
}

// reportable: mention m names a person, a body or a state, whom a
// reported clause can judge (not a pronoun).
func (d *doc) reportable(m *mention) bool {
	if m.pronoun || m.ent < 0 {
		return false
	}
	t := d.ents[m.ent].typ
	return t == TypePerson || t == TypeOrg || t == TypeGPE
}

// reporters returns who reports the clause whose subject is mention m:
// the subjects of a verb of speech (or of a ruling: ruling is true) right
// before it ("Roy Hatch said (that) Ada Brill ..."), or the speaker of the
// quotation it opens ("'Ada Brill is a hypocrite,' said Roy Hatch").
func (d *doc) reporters(si int, m *mention) (speakers []argument, ruling bool) {
	s := &d.sents[si]
	b := d.npStart(s, m.title0) - 1
	if b > s.t0 && d.toks[b].lower == "that" {
		b--
	}
	if b > s.t0 && isVerb(d.toks[b].tag) && (sayVerbs[d.lemma(&d.toks[b])] || rulingVerbs[d.lemma(&d.toks[b])]) {
		mg := d.groupEndingAt(s, b)
		return d.subjects(si, &mg), rulingVerbs[d.lemma(&d.toks[b])]
	}
	if sp := d.quoteSpeaker(si, b+1); sp >= 0 {
		return []argument{{ment: sp}}, false
	}
	return nil, false
}

// reportedWrong: a clause reported by a verb of speech, or quoted, tells
// of a wrong its subject did ("Michael Howard said Mr Blair had lied",
// "'The minister misled the House,' said X"): the speaker criticises the
// subject. Not a negated, modal or planned act, nor a ruling's.
func (d *doc) reportedWrong(si int, g *vgroup, subs []argument) {
	if !wrongVerbs[g.lemma] || g.negated || g.modality != "" || g.passive || len(subs) == 0 {
		return
	}
	m := &d.mentions[subs[0].ment]
	if !d.reportable(m) {
		return
	}
	speakers, ruling := d.reporters(si, m)
	if ruling {
		return
	}
	for _, sp := range speakers {
		if d.mentions[sp.ment].ent < 0 || d.mentions[sp.ment].ent == m.ent {
			continue
		}
		for _, sb := range subs {
			d.emitCode(si, sp, "criticize", sb, g, confCopula, false, "criticize", "", "", "")
		}
	}
}

// wrongVerbs tell of a wrong done: reported of someone, they criticise
// them.
var wrongVerbs = set("lie", "betray", "mislead", "deceive", "cheat", "squander", "mismanage", "bungle", "botch",
	"sabotage", "abuse", "insult", "humiliate", "dupe", "hoodwink", "con", "swindle", "defraud")

// foundAgainst: a finding's complement from token k goes against its
// subject ("guilty of fraud", "in breach of the rules", "liable for").
func (d *doc) foundAgainst(s *sent, k int) bool {
	for j := k; j < s.t1 && j < k+3; j++ {
		switch l := d.toks[j].lower; {
		case negators[l]:
			return false
		case findingWords[l]:
			return true
		case l == "breach" && j > k && d.toks[j-1].lower == "in":
			return true
		}
	}
	return false
}

// findingWords are a ruling's findings against a party.
var findingWords = set("guilty", "liable", "negligent", "culpable", "responsible", "unlawful", "unconstitutional")

// rulingVerbs give a court's or a referee's finding: "the WTO ruled that
// X was in breach", "the court found that X was negligent".
var rulingVerbs = set("rule", "find")

// quoteSpeaker: token k opens a quotation ("Ada Brill is a hypocrite,"
// said Roy Hatch; Roy Hatch said: "Ada ...") whose speaker the attribution
// found: the speaker's mention in the sentence, or -1.
func (d *doc) quoteSpeaker(si, k int) int {
	s := &d.sents[si]
	if s.speaker < 0 || k < s.scope0 || k >= s.scope1 || k > s.t0 && d.toks[k-1].text != "\"" && k != s.scope0 {
		return -1
	}
	for j := s.t0; j < s.t1; j++ {
		if m := d.toks[j].mention; m >= 0 && d.mentions[m].ent == s.speaker && !d.mentions[m].pronoun && (j < s.scope0 || j >= s.scope1) {
			return m
		}
	}
	return -1
}

// evalVerbs call their object something.
var evalVerbs = set("call", "describe", "label", "brand", "dub", "term", "deem", "declare")

// badWords and goodWords judge what they describe.
var badWords = set("liar", "liars", "failure", "disaster", "disastrous", "weak", "insufficient", "inadequate", "incompetent",
	"corrupt", "dangerous", "irresponsible", "disgrace", "disgraceful", "shameful", "unacceptable", "racist", "hypocrite",
	"hypocritical", "naive", "outrageous", "ridiculous", "absurd", "appalling", "pathetic", "criminal", "dictator",
	"puppet", "clown", "idiot", "fool", "crook", "thug", "traitor", "coward", "bully", "loser", "fraud", "farce", "sham",
	"illegal", "illegitimate", "reckless", "provocative", "unjust", "unfair", "misguided", "wrong", "terrible", "threat",
	"menace", "deplorable", "lamentable", "derisory", "laughable", "baseless", "unworkable", "nonsense", "rogue", "arrogant",
	"unprofessional", "incompetence", "shambles", "mess", "hopeless", "useless", "dishonest", "cynical", "scandalous",
	"gangster", "gangsters", "brigand", "brigands", "mugger", "muggers", "criminals", "thugs", "crooks", "traitors",
	"fascist", "fascists", "bandit", "bandits", "stupid", "foolish", "idiotic", "crass", "insensitive", "offensive", "inept",
	"misleading", "piecemeal", "shoddy", "woeful", "dreadful", "awful", "abysmal", "atrocious")
var goodWords = set("great", "excellent", "brave", "courageous", "hero", "heroes", "friend", "wise", "visionary", "outstanding",
	"remarkable", "inspiration", "inspirational", "genius", "champion", "exemplary", "historic", "brilliant", "fantastic",
	"superb", "admirable", "honest", "capable", "successful", "legend", "giant")

// prepOfEarlierNoun: preposition prep ("for", "against") before object
// mention o follows a noun inside an earlier phrase of verb group g's
// clause, an "as" phrase or another preposition's ("comes as bad news for
// BAT", "view him as a replacement for X", "reflects on the future for
// Liverpool", "marked it with a goal against Portsmouth"), which the
// preposition belongs to; a post, a stand-in or a match is the verb's
// ("acting as an adviser for Labour", "came in as a replacement for X",
// "play in the doubles against Israel").
func (d *doc) prepOfEarlierNoun(g *vgroup, o int, prep string) bool {
	f := d.mentions[o].t0 - 1
	for f > g.g1 && f >= d.mentions[o].t0-3 && d.toks[f].lower != prep && isLowerWord(d.toks[f].text) && (isNoun(d.toks[f].tag) || d.toks[f].tag == "JJ" || d.toks[f].tag == "DT") {
		f-- // "for compatriot Ronaldo", "for the injured X"
	}
	if f <= g.g1 || d.toks[f].lower != prep {
		return false
	}
	n := &d.toks[f-1]
	if !isNoun(n.tag) || isCapital(n.text) || n.mention >= 0 || (d.isTitleWord(n.lower) || standInNouns[n.lower]) && !regardVerbs[g.lemma] {
		return false // ("came in as a replacement for X", "worked as a contractor for X"; not "view him as a replacement for X")
	}
	if prep == "against" && matchNouns[n.lower] {
		return false // "will play in the doubles against Israel", "games against France": the match is the subject's
	}
	for k := g.g1; k < f-1; k++ {
		switch d.toks[k].lower {
		case "as", "about", "on", "despite", "in", "of":
			return true
		case "with", "to":
			if prep == "against" && d.toks[k].tag == "IN" {
				return true // "marked it with a goal against Portsmouth", "fell behind to an early try against Fiji"
			}
		}
	}
	return false
}

// absoluteWith: the name after "with" at mention o is the subject of an
// absolute phrase ("with Cech still organising his wall", "with Rovers
// boss Mark Hughes claiming", "with John Oster in midfield"), no party of
// the verb.
func (d *doc) absoluteWith(o int) bool {
	m := &d.mentions[o]
	s := &d.sents[m.sent]
	k := m.t1
	for k < s.t1 && d.toks[k].mention >= 0 || k < s.t1 && d.toks[k].lower == "and" && k+1 < s.t1 && d.toks[k+1].mention >= 0 {
		k++ // ("with Devine and Steve Flack seeing plenty of the ball")
	}
	adverb := false
	for k < s.t1 && absoluteAdverbs[d.toks[k].lower] {
		k, adverb = k+1, true // "with Cech still organising"
	}
	if k >= s.t1 {
		return false
	}
	t := &d.toks[k]
	if adverb && t.tag == "VBD" && k+1 < s.t1 && d.toks[k+1].lower == "to" {
		return true // "with Kevin Phillips also scheduled to start" (the participle tagged a past)
	}
	if t.tag == "VBG" && sayVerbs[d.lemma(t)] && !(m.ent >= 0 && d.ents[m.ent].typ == TypePerson) {
		return false // ("pursuing talks with North Korea saying they were a waste of time": the subject's words; not "with Rovers boss Mark Hughes claiming")
	}
	return t.tag == "VBG" || t.tag == "VBN" && t.lower != "based" || (t.lower == "in" || t.lower == "at") && k+1 < s.t1 && isLowerWord(d.toks[k+1].text) && isNoun(d.toks[k+1].tag)
}

// absoluteAdverbs stand between the subject and the participle of an
// absolute phrase.
var absoluteAdverbs = set("still", "also", "now", "already", "just", "both", "all", "then", "again", "once")

// matchNouns are contests a side plays against another: gameNouns, their
// plurals, and a match's parts and runs.
var matchNouns = union(gameNouns, set("games", "matches", "ties", "clashes", "fixtures", "doubles", "singles", "rubber",
	"rubbers", "display", "performance", "encounter", "friendly", "test", "tests", "campaign", "opener"))

// regardVerbs see their object as something: "view him as a replacement".
var regardVerbs = set("view", "see", "regard", "consider", "describe", "treat", "hail", "tip", "name")

// standInNouns hold a place or a job for someone, as a post does.
var standInNouns = set("replacement", "substitute", "stand-in", "understudy", "contractor", "subcontractor", "consultant",
	"volunteer", "supplier", "agent")

// joinVerbs join their object with what follows "with": "merged the unit
// with NBC" joins the unit, not the subject, with NBC.
var joinVerbs = set("merge", "combine", "integrate", "fuse", "amalgamate", "pair", "link", "connect", "replace", "compare")

// objectBeforeWith reports whether "it" or "them" stands between verb
// group g and the "with" before argument a ("merging it with NBC": what it
// bought); not a possessed unit ("merging its lighting business with
// Osram": the subject merges).
func (d *doc) objectBeforeWith(si int, g *vgroup, a argument) bool {
	s := &d.sents[si]
	w := d.npStart(s, d.mentions[a.ment].title0) - 1
	if w <= g.g1 || d.toks[w].lower != "with" {
		return false
	}
	for k := g.g1; k < w; k++ {
		if l := d.toks[k].lower; l == "it" || l == "them" {
			return true
		}
	}
	return false
}

// objectComplement: the object of mention m, of a verb group of "see" or
// "make", has a complement after it: what it is seen as or doing ("sees
// Giggs as a long-term option", "saw him attempting"), what it is made
// ("made Bening an award-winning actress", "make Ukraine more
// transparent", "make the Lions team").
func (d *doc) objectComplement(si int, g *vgroup, m int) bool {
	s := &d.sents[si]
	k := d.mentions[m].t1
	if k >= s.t1 {
		return false
	}
	t := &d.toks[k]
	if g.lemma == "see" {
		return t.lower == "as" || t.tag == "VBG"
	}
	return determiners[t.lower] || t.tag == "PRP$" || t.tag == "JJ" || t.tag == "JJR" || t.tag == "RBR" || t.lower == "more" || t.lower == "less" || squadNouns[t.lower]
}

// nounsOf: the "of" before the object of mention m, past the words of
// verb group g, follows a common noun the relation does not name
// ("competes with the economic giants of Asia").
func (d *doc) nounsOf(si int, g *vgroup, m int) bool {
	k := d.mentions[m].t0 - 1
	if k > g.g1 && determiners[d.toks[k].lower] {
		k--
	}
	if k <= g.g1 || d.toks[k].lower != "of" {
		return false
	}
	t := &d.toks[k-1]
	return isNoun(t.tag) && t.mention < 0 && isLowerWord(t.text)
}

// comeWay returns the particle or adverb right after a verb group of
// "come" ("came on for X", "came through against X"), or "".
func (d *doc) comeWay(si int, g *vgroup) string {
	if g.lemma != "come" {
		return ""
	}
	if g.particle != "" {
		return g.particle
	}
	if g.g1 < d.sents[si].t1 {
		return d.toks[g.g1].lower
	}
	return ""
}

// substitution: verb group g with preposition prep puts one player or
// holder in another's place ("come in for", "replace", "succeed", "stand
// in for"), which two lists of names do pair by pair.
func substitution(g *vgroup, prep string) bool {
	switch g.lemma {
	case "replace", "succeed":
		return prep == ""
	case "come", "stand", "step":
		return prep == "for"
	}
	return false
}

// recipientAfter returns the party after "to" that verb group g hands its
// object to, the object named first ("sold its stake in Rosneft to
// Glencore", "extradited Julian Assange's associate X to the US"); or -1.
func (d *doc) recipientAfter(si int, g *vgroup, objs []argument, prep string) int {
	if !transferVerbs[g.lemma] || g.negated || prep == "to" || len(objs) == 0 {
		return -1
	}
	s := &d.sents[si]
	k := 0
	for _, o := range objs {
		k = max(k, d.mentions[o.ment].t1)
	}
	for n := 0; k < s.t1 && n < 3 && d.toks[k].lower != "to"; k, n = k+1, n+1 {
		if t := &d.toks[k]; t.mention >= 0 || t.text == "," || isVerb(t.tag) || t.tag == "IN" || t.tag == "CC" {
			return -1
		}
	}
	if k+1 >= s.t1 || d.toks[k].lower != "to" {
		return -1
	}
	r := d.partyAt(k + 1)
	if r < 0 {
		r = d.describedParty(k + 1) // "to a little-known firm, Baikal Finance Group"
	}
	if r < 0 || d.mentions[r].t1 < s.t1 && isNoun(d.toks[d.mentions[r].t1].tag) && !isCapital(d.toks[d.mentions[r].t1].text) {
		return -1 // ("to Chinese banks": a modifier)
	}
	return r
}

// describedParty returns the organisation named after an indefinite
// description of it and a comma from token j ("a little-known firm,
// Baikal Finance Group"), when the description ends in a noun for a body;
// or -1.
func (d *doc) describedParty(j int) int {
	if d.toks[j].lower != "a" && d.toks[j].lower != "an" {
		return -1
	}
	r := d.apposedAfterPossessed(j + 1)
	if r < 0 || d.ents[d.mentions[r].ent].typ != TypeOrg || d.toks[d.mentions[r].t0-1].text != "," {
		return -1
	}
	if h := d.toks[d.mentions[r].t0-2].lower; !orgCues[h] && !describedOrgCues[h] {
		return -1
	}
	return r
}

// partyAt returns the mention of a country, organisation or person named
// (not by a pronoun) from token j on, past "the"; or -1.
func (d *doc) partyAt(j int) int {
	s := &d.sents[d.toks[j].sent]
	if d.toks[j].lower == "the" && j+1 < s.t1 {
		j++
	}
	r := d.toks[j].mention
	if r < 0 || d.mentions[r].t0 != j || d.mentions[r].ent < 0 || d.mentions[r].modifier || d.mentions[r].pronoun {
		return -1
	}
	if t := d.ents[d.mentions[r].ent].typ; t != TypeGPE && t != TypeOrg && t != TypePerson {
		return -1
	}
	return r
}

// commonObject: the parse gives verb group g a direct object, or a partner
// after "with", that names nothing ("carmakers ... to meet demand",
// "Siemens and Volkswagen have been negotiating with unions"): the verb is
// not reciprocal.
func (d *doc) commonObject(g *vgroup) bool {
	s := &d.sents[d.toks[g.head].sent]
	for k := g.g1; k < s.t1 && k < g.g1+6; k++ {
		t := &d.toks[k]
		if t.head == g.head && t.rel == "obj" {
			if slices.ContainsFunc(d.toks[g.g1:k], func(u tok) bool { return prepositions[u.lower] }) {
				return false // "meet amid/JJ talk": the parse's object after a preposition
			}
			return t.mention < 0 && isNoun(t.tag)
		}
		if t.head == g.head && t.rel == "obl" && t.mention < 0 && isNoun(t.tag) {
			for c := g.head + 1; c < k; c++ {
				if d.toks[c].head == k && d.toks[c].rel == "case" && d.toks[c].lower == "with" {
					return true
				}
			}
		}
	}
	return false
}

// sideActs: what a player does "for" a side, by the noun after the verb
// ("scored a try for", "made 50 appearances for"): the verbs that take the
// noun and the lemma the relation gets ("score for", "play for").
var sideActs = func() map[string]sideAct {
	score := sideAct{"score", set("score", "kick", "grab", "net", "bag", "add", "slot", "convert", "hit", "notch", "claim", "strike")}
	play := sideAct{"play", set("make", "win", "earn", "collect", "play", "gain")}
	m := map[string]sideAct{}
	for _, n := range []string{"try", "tries", "goal", "goals", "penalty", "penalties", "hat-trick", "brace", "century", "winner",
		"equaliser", "equalizer", "header", "conversion", "point", "points", "drop-goal", "touchdown", "half-century"} {
		m[n] = score
	}
	for _, n := range []string{"debut", "appearance", "appearances", "cap", "caps", "start", "starts", "game", "games", "match", "matches", "outing"} {
		m[n] = play
	}
	return m
}()

// sideAct is a kind of act for a side (sideActs).
type sideAct struct {
	lemma string
	verbs map[string]bool
}

// gatherNouns are gatherings an actor holds somewhere, with holdVerbs:
// "held a sit-in in Nouakchott", "staged a rally at Trafalgar Square",
// "organised a seminar in Windhoek": where the event took place is a
// relation of the actor's.
var (
	gatherNouns = set("rally", "protest", "demonstration", "sit-in", "march", "vigil", "seminar", "conference", "summit",
		"meeting", "workshop", "forum", "concert", "ceremony", "festival", "gathering", "assembly",
		"convention", "congress", "exhibition", "show", "tour", "camp", "rallies", "protests", "demonstrations", "concerts",
		"meetings", "seminars", "conferences")
	holdVerbs = set("hold", "stage", "organise", "organize", "host", "convene", "lead", "mount", "begin", "start", "launch",
		"call", "open", "play")
)

// coupleWed: two people as the subjects of "were married", "married" or
// "divorced" with no object ("X and Y were married in 2002", "X and Y
// divorced last year") married, or divorced, each other. It reports
// whether it added the relation.
func (d *doc) coupleWed(si int, g *vgroup, subs []argument) bool {
	pred := map[string]string{"marry": "marry", "wed": "marry", "divorce": "divorce"}[g.lemma]
	if pred == "" || g.negated || len(subs) != 2 || d.argType(subs[0]) != TypePerson || d.argType(subs[1]) != TypePerson {
		return false
	}
	if e := g.g1; e < d.sents[si].t1 {
		if m := d.toks[e].mention; m >= 0 || d.toks[e].lower == "to" {
			return false // ("X and Y married Z", "were married to"): another's
		}
	}
	a, b := subs[0], subs[1]
	if d.mentions[b.ment].t0 < d.mentions[a.ment].t0 {
		a, b = b, a // the one named first is the subject
	}
	d.add(si, a, pred, b, nil, g, confSVO, false)
	return true
}

// receivedVerbs take a visitor: "Modi was received at the Alvorada Palace
// by President Lula" (the agent after the place).
var receivedVerbs = set("receive", "welcome", "greet", "host", "meet")

// chargeVerbs charge a party, as the police or prosecutors do (accuseVerbs
// without the criticism that needs no office).
var chargeVerbs = set("accuse", "blame", "suspect", "charge", "convict")

// stateJudged: a person arrested, convicted, sentenced or executed "in" a
// country (the objects of passive group g) with no agent named was so by
// that state, its courts or its police ("Skripal had been convicted in
// Russia", "was jailed in Iran"). It reports whether the verb is one of
// those acts.
func (d *doc) stateJudged(si int, g *vgroup, subs, objs []argument, far bool) bool {
	if !stateJudicialVerbs[g.lemma] || len(objs) == 0 || d.farByAgent(si, g) >= 0 {
		return false
	}
	for _, s := range subs {
		for _, o := range objs {
			if d.argType(s) == TypePerson && d.countryRef(o.ment) && !d.mentions[o.ment].modifier {
				d.emit(si, o, g.lemma, "", s, g, confPassive-0.15, far)
			}
		}
	}
	return true
}

// stateJudicialVerbs are acts of a state's police, courts or prisons.
var stateJudicialVerbs = set("arrest", "detain", "jail", "imprison", "convict", "sentence", "try", "indict", "execute", "deport", "hang")

// makerOfGoods: the objects are companies named as the makers of goods
// after them ("50 Boeing jets").
func (d *doc) makerOfGoods(objs []argument) bool {
	for _, o := range objs {
		m := &d.mentions[o.ment]
		if m.ent < 0 || d.ents[m.ent].typ != TypeOrg || m.t1 >= d.sents[m.sent].t1 {
			return false
		}
		if n := &d.toks[m.t1]; !(isNoun(n.tag) && isLowerWord(n.text) || isCapital(n.text) && n.mention < 0 || n.tag == "CD") {
			return false
		}
	}
	return len(objs) > 0
}

// supportReceivers have, win or keep support; supportNounVerbs map the
// support's noun to the act of its giver ("won the backing of X": X backs).
var (
	supportReceivers = set("have", "win", "enjoy", "gain", "get", "secure", "receive", "retain", "keep", "earn", "attract")
	supportNounVerbs = map[string]string{"support": "support", "backing": "back", "endorsement": "endorse", "blessing": "endorse",
		"approval": "approve"}
)

// gatheringPlace reads "held a rally in X", "staged a sit-in at X",
// "went on a hunger strike at X" after verb group g: the predicate ("hold
// rally in") and the place or organisation (a site: "at the University of
// Matanzas") that follows the gathering's noun, or -1.
func (d *doc) gatheringPlace(si int, g *vgroup) (string, int) {
	s := &d.sents[si]
	k := g.g1
	verb := g.lemma
	if g.lemma == "go" && k < s.t1 && d.toks[k].lower == "on" {
		verb, k = "go on", k+1 // "went on a hunger strike"
	} else if !holdVerbs[g.lemma] {
		return "", -1
	}
	for n := 0; k < s.t1 && n < 3 && d.toks[k].mention < 0 && (d.toks[k].tag == "DT" || d.toks[k].tag == "PRP$" || d.toks[k].tag == "JJ" || d.toks[k].tag == "CD"); n++ {
		k++ // "a large", "their first", "two"
	}
	if k+1 >= s.t1 || d.toks[k].mention >= 0 {
		return "", -1
	}
	var noun string
	switch l := d.toks[k].lower; {
	case l == "hunger" && d.toks[k+1].lower == "strike":
		noun, k = "hunger strike", k+2
	case gatherNouns[l]:
		noun, k = d.nounLemma(l), k+1
	default:
		return "", -1
	}
	if k+1 >= s.t1 || d.toks[k].lower != "in" && d.toks[k].lower != "at" {
		return "", -1
	}
	p := d.siteAt(s, k+1)
	if p < 0 {
		return "", -1
	}
	return verb + " " + noun + " " + d.toks[k].lower, p
}

// electionPlace reads an election from token k ("the Iranian
// presidential election", "the general election in Iran"): the state it
// was held in, or -1.
func (d *doc) electionPlace(si, k int) int {
	s := &d.sents[si]
	place := -1
	for n := 0; k < s.t1 && n < 5; n, k = n+1, k+1 {
		t := &d.toks[k]
		if m := t.mention; m >= 0 && d.mentions[m].t0 == k && d.mentions[m].kind == MentionDemonym && d.ents[d.mentions[m].ent].typ == TypeGPE {
			place, k = m, d.mentions[m].t1-1
			continue
		}
		if votedNouns[t.lower] {
			if k+2 < s.t1 && d.toks[k+1].lower == "in" {
				if p := d.placeAt(d.skipThe(s, k+2)); p >= 0 && (d.countryRef(p) || d.knownRegion(p)) {
					return p
				}
			}
			return place
		}
		if t.mention >= 0 || !(t.tag == "DT" || t.tag == "JJ" || t.tag == "PRP$" || t.tag == "CD" || isNoun(t.tag) && isLowerWord(t.text)) {
			return -1
		}
	}
	return -1
}

// votedNouns name a vote held in a place: electionNouns but a race, which
// sport runs too ("won the race in Monaco").
var votedNouns = union(without(electionNouns, "race"), set("presidency", "referendum"))

// citizenships reads the states' demonyms before "citizenship",
// "nationality" or "passport" from token k ("both German and Turkish
// citizenship"): their mentions, or none.
func (d *doc) citizenships(si, k int) []int {
	s := &d.sents[si]
	var cs []int
	for k < s.t1 && (d.toks[k].lower == "both" || d.toks[k].tag == "DT" || d.toks[k].tag == "PRP$" || d.toks[k].lower == "dual") {
		k++
	}
	for k < s.t1 {
		m := d.toks[k].mention
		if m < 0 || d.mentions[m].t0 != k || d.mentions[m].kind != MentionDemonym || d.mentions[m].ent < 0 || d.ents[d.mentions[m].ent].typ != TypeGPE {
			break
		}
		cs = append(cs, m)
		k = d.mentions[m].t1
		if k < s.t1 && (d.toks[k].lower == "and" || d.toks[k].text == ",") {
			k++
		}
	}
	if k >= s.t1 || !citizenshipNouns[d.toks[k].lower] {
		return nil
	}
	return cs
}

// citizenshipVerbs have or gain a state's citizenship; citizenshipNouns
// name it.
var (
	citizenshipVerbs = set("have", "hold", "take", "acquire", "obtain", "gain", "receive", "carry", "possess")
	citizenshipNouns = set("citizenship", "nationality", "passport", "passports", "citizenships", "nationalities")
)

// missionPlace reads "closed its embassy in X", "reopened the British
// embassy in X", "moved its embassy to X" after verb group g: the
// mission's noun, the preposition and the place, or -1.
func (d *doc) missionPlace(si int, g *vgroup) (string, string, int) {
	s := &d.sents[si]
	if !missionVerbs[g.lemma] {
		return "", "", -1
	}
	k := g.g1
	for n := 0; k < s.t1 && n < 3 && (d.toks[k].tag == "DT" || d.toks[k].tag == "PRP$" || d.toks[k].tag == "JJ" || d.toks[k].mention >= 0 && d.mentions[d.toks[k].mention].kind == MentionDemonym); n++ {
		k++ // "its", "the British"
	}
	if k+2 >= s.t1 || !missionNouns[d.toks[k].lower] {
		return "", "", -1
	}
	prep := d.toks[k+1].lower
	if prep != "in" && !(prep == "to" && g.lemma == "move" || prep == "from" && g.lemma == "move") {
		return "", "", -1
	}
	p := d.placeAt(d.skipThe(s, k+2))
	if p < 0 || !d.isPlace(p) {
		return "", "", -1
	}
	return d.toks[k].lower, prep, p
}

// missionVerbs open, close or move a state's mission; missionNouns name
// one.
var (
	missionVerbs = set("open", "close", "reopen", "shut", "move", "relocate")
	missionNouns = set("embassy", "consulate", "mission")
)

// siteAt returns the place or organisation named at token k of sentence
// s, past a "the" that is no part of its name ("The Hague" holds its
// own), or -1.
func (d *doc) siteAt(s *sent, k int) int {
	if k < s.t1 && d.toks[k].lower == "the" && d.toks[k].mention < 0 && k+1 < s.t1 {
		k++
	}
	if k >= s.t1 {
		return -1
	}
	p := d.toks[k].mention
	if p < 0 || d.mentions[p].t0 != k || d.mentions[p].modifier || !(d.isPlace(p) || d.isOrg(p)) {
		return -1
	}
	return p
}

// strikeNouns are military strikes: the place they are launched or
// carried out "in" is where they strike ("launched an offensive in
// northern Syria"; not "suffered a heart attack in Peru").
var strikeNouns = set("offensive", "airstrike", "strike", "attack", "raid", "bombing", "shelling", "incursion", "assault", "airstrikes", "strikes", "attacks", "raids")

// boardSeat returns the organisation whose board (or other governing
// body) verb group g sits on, serves on or joins ("sat on the board of
// Barclays", "joined the board of BP", "sits on the executive of X"), or
// -1, the predicate, and the mention of the one who sits there with the
// subject ("served with Chan on the board of X") or -1.
func (d *doc) boardSeat(si int, g *vgroup) (int, string, int) {
	s := &d.sents[si]
	j := g.g1
	partner := -1
	switch g.lemma {
	case "sit", "serve", "work", "remain", "stay":
		if j+1 < s.t1 && (d.toks[j].lower == "with" || d.toks[j].lower == "alongside") && d.personNamed(j+1) {
			partner = d.toks[j+1].mention
			j = d.mentions[partner].t1
		}
		if j >= s.t1 || d.toks[j].lower != "on" {
			return -1, "", -1
		}
		j++
	case "join":
		if g.passive {
			return -1, "", -1
		}
	default:
		if !g.passive || !seatAppointVerbs[g.lemma] || j >= s.t1 || d.toks[j].lower != "to" {
			return -1, "", -1
		}
		j++ // "was appointed to the board of X"
	}
	if m := d.toks[j].mention; m >= 0 && d.mentions[m].t0 == j && d.isOrg(m) && !d.mentions[m].pronoun {
		// "sits on Barclays' board", "has joined Lumora's board", "sits
		// on the museum's board"
		if e := d.mentions[m].t1; e+1 < s.t1 && (d.toks[e].text == "'s" || d.toks[e].text == "'") && d.toks[e+1].lower == "board" {
			return m, "board member of", partner
		}
		return -1, "", -1
	}
	if j+3 >= s.t1 || d.toks[j].lower != "the" || !seatBodies[d.toks[j+1].lower] || d.toks[j+2].lower != "of" {
		return -1, "", -1
	}
	pred := "board member of"
	if d.toks[j+1].lower != "board" {
		pred = "member of" // "sits on the executive of the Association of Police Authorities"
	}
	o := d.orgAfterThe(s, j+3)
	if o < 0 {
		// "the board of Ukrainian gas company Burisma": named after its
		// description, past a nationality
		k := d.skipThe(s, j+3)
		if k < s.t1 && d.demonymModifier(k) {
			k++
		}
		if k = d.namedAfterDescription(k); k >= 0 && d.isOrg(d.toks[k].mention) {
			o = d.toks[k].mention
		}
	}
	if o < 0 {
		partner = -1
	}
	return o, pred, partner
}

// seatAppointVerbs put someone on a board in the passive: "was appointed
// to the board of X".
var seatAppointVerbs = set("appoint", "elect", "name", "vote", "nominate", "co-opt", "promote")

// personNamed: a mention of a person starts at token j.
func (d *doc) personNamed(j int) bool {
	m := d.toks[j].mention
	return m >= 0 && d.mentions[m].t0 == j && d.personMention(m)
}

// seatBodies are an organisation's governing bodies, on which a member
// sits.
var seatBodies = set("board", "executive", "council", "committee", "panel", "presidium", "politburo")

// orgAfterThe returns the organisation named from token k of sentence s,
// past a "the" ("the board of the BBC", "for The Associated Press"), or
// -1.
func (d *doc) orgAfterThe(s *sent, k int) int {
	k = d.skipThe(s, k)
	if k < s.t1 && d.isOrg(d.toks[k].mention) && d.mentions[d.toks[k].mention].t0 == k && !d.mentions[d.toks[k].mention].modifier {
		return d.toks[k].mention
	}
	return -1
}

// objectRelative returns the name a relative clause opened by "which" or
// "whom" right before its subject mention m stands for ("the G8,
// which Britain now chairs"), or -1.
func (d *doc) objectRelative(si, m int) int {
	s := &d.sents[si]
	b := d.mentions[m].t0
	if d.mentions[m].pronoun || b-1 <= s.t0 {
		return -1
	}
	if r := d.toks[b-1].lower; r != "which" && r != "whom" {
		return -1 // ("told the FT that News Corp was": a reported clause)
	}
	a := d.antecedent(s, b-1)
	if a < 0 || d.mentions[a].ent < 0 || d.mentions[a].modifier || d.mentions[a].ent == d.mentions[m].ent || d.mentions[a].t1 != b-1 && !(d.toks[b-2].text == "," && d.mentions[a].t1 == b-2) {
		return -1
	}
	if p := d.npStart(s, d.mentions[a].t0); p > s.t0 && (placePreps[d.toks[p-1].lower] || d.toks[p-1].lower == "at") {
		return -1 // "the game at Bolton, which Arsenal lost": the game
	}
	if e := d.mentions[m].t1; e+1 < s.t1 && sayVerbs[d.lemma(&d.toks[e])] && d.finiteAt(e+1) {
		return -1 // "Gulfstar Maritime, which Treasury said managed a fleet": "which" is the reported verb's subject
	}
	return a
}

// toVictory: a team's mention m is followed by where a player took it
// ("to victory", "to a 2-1 win", "into the last 16", "into the final").
func (d *doc) toVictory(m int) bool {
	s := &d.sents[d.mentions[m].sent]
	k := d.mentions[m].t1
	if k+1 >= s.t1 || d.toks[k].lower != "to" && d.toks[k].lower != "into" {
		return false
	}
	for j := k + 1; j < s.t1 && j <= k+5; j++ {
		if w := d.toks[j].lower; victoryNouns[w] && !(isVerb(d.toks[j].tag) && (w == "win" || w == "draw" || w == "lead")) {
			return true // (not "tipped Swank to win"; "to victory" may be tagged a verb)
		}
		if d.toks[j].mention >= 0 || isVerb(d.toks[j].tag) || d.toks[j].text == "," {
			return false
		}
	}
	return false
}

// sideAhead: a side's mention m is followed by where a score leaves it
// ("put Newcastle ahead", "put England in front", "got Ireland on the
// board", "put Spain 2-0 up", "brought Wales level").
func (d *doc) sideAhead(m int) bool {
	s := &d.sents[d.mentions[m].sent]
	k := d.mentions[m].t1
	if k < s.t1 && d.toks[k].lower == "back" {
		k++ // "put Charlton back in front"
	}
	if k >= s.t1 {
		return false
	}
	switch l := d.toks[k].lower; {
	case l == "ahead" || l == "level":
		return true
	case l == "in" || l == "on" || l == "into":
		return k+2 < s.t1 && (d.toks[k+1].lower == "front" || d.toks[k+1].lower == "the" && (d.toks[k+2].lower == "lead" || d.toks[k+2].lower == "board" || d.toks[k+2].lower == "scoreboard"))
	case d.toks[k].tag == "CD" && strings.Contains(l, "-"):
		return k+1 < s.t1 && d.toks[k+1].lower == "up" // "put Spain 2-0 up"
	}
	return false
}

// leadVerbs take a side to a lead or level ("put X ahead", "got X on the
// board").
var leadVerbs = set("put", "get", "send", "bring", "edge", "nudge", "move", "take")

// leadGiven: a side's mention m is followed by the lead or the win a
// player gave it ("gave Liverpool the lead", "gave Arsenal a 2-0 lead").
func (d *doc) leadGiven(m int) bool {
	s := &d.sents[d.mentions[m].sent]
	k := d.mentions[m].t1
	if k < s.t1 && (d.toks[k].lower == "the" || d.toks[k].lower == "a" || d.toks[k].lower == "an") {
		k++
	}
	for n := 0; k < s.t1 && n < 3 && (d.toks[k].tag == "JJ" || d.toks[k].tag == "CD" || d.toks[k].text == "-"); n++ {
		k++ // "an early", "a 2-0"
	}
	return k < s.t1 && (d.toks[k].lower == "lead" || d.toks[k].lower == "victory" || d.toks[k].lower == "win" || d.toks[k].lower == "advantage") && (d.sport() || d.sportSentence(d.mentions[m].sent))
}

// handedThing: what verb group g ("give", "hand") hands to the party of
// mention m is a thing one owns or a paper one delivers: money, a reward,
// tickets, a contract, a protest note (handedGoods); read between the
// verb and "to" ("gave £500,000 to the party") or after the party ("gave
// him a $125,000 reward").
func (d *doc) handedThing(si int, g *vgroup, m int) bool {
	s := &d.sents[si]
	k0, k1 := d.mentions[m].t1, min(s.t1, d.mentions[m].t1+6)
	to := d.mentions[m].t0 - 1
	if to > g.g1 && determiners[d.toks[to].lower] {
		to-- // ("to the party")
	}
	if to >= g.g1 && d.toks[to].lower == "to" {
		k0, k1 = g.g1, to
	}
	head := ""
	for k := k0; k < k1; k++ {
		t := &d.toks[k]
		if t.tag == "$" || isCurrency(t.text) || isAmount(t.text) || moneyWords[t.lower] && !amountUnits[t.lower] {
			return true
		}
		switch {
		case isNoun(t.tag) && t.mention < 0 && isLowerWord(t.text):
			head = t.lower
		case head != "" || t.mention >= 0 || t.text == "," || t.tag == "IN" || t.tag == "CC" || isVerb(t.tag):
			k = k1 // (the noun run ended: "a put option to sell")
		}
	}
	return handedGoods[head]
}

// handVerbs hand a thing over; handedThing asks what.
var handVerbs = set("give", "hand")

// handedGoods are the things handedThing counts as handed over.
var handedGoods = set("money", "cash", "sum", "sums", "donation", "donations", "gift", "gifts", "present", "presents",
	"loan", "loans", "grant", "grants", "fund", "funds", "funding", "reward", "rewards", "bonus", "bonuses", "payment",
	"payments", "cheque", "check", "ticket", "tickets", "ring", "rings", "contract", "contracts", "job", "award", "medal",
	"prize", "trophy", "share", "shares", "stake", "option", "options", "licence", "license", "rights", "aid", "weapons",
	"arms", "car", "house", "asylum", "passport", "citizenship", "pension", "compensation", "damages", "visa", "copy",
	"note", "notes", "letter", "letters", "petition", "dossier", "document", "documents", "file", "files")

// victoryNouns are what a player takes a side to ("victory", "the final").
var victoryNouns = set("victory", "win", "glory", "title", "triumph", "final", "semi-final", "semi-finals", "quarter-final",
	"quarter-finals", "16", "eight", "four", "draw", "success", "safety", "promotion", "lead")

// shotVerbs are a player's shots and kicks ("fired Liverpool into the
// last 16", "headed Celtic into the lead").
var shotVerbs = set("fire", "head", "boot", "kick", "shoot", "power", "drive", "volley", "drill", "curl", "slot", "nod",
	"blast", "stroke", "putt", "ace", "sweep", "lob", "prod", "poke", "tap", "steer", "bundle", "scramble", "glance", "flick", "chip", "rifle", "smash", "crash", "thump", "hammer", "slam", "sidefoot", "stab", "toe", "tuck", "squeeze", "bend", "whip")

// steerVerbs keep their meaning with a side taken to victory: a captain
// or a manager leads it there, a rival beats it to the title.
var steerVerbs = set("lead", "guide", "steer", "coach", "captain", "manage", "inspire", "beat", "pip", "edge", "defeat",
	"help", "hold")

// underVerbs take the one someone works for after "under" ("served
// under President Clinton", "played under Wenger").
var underVerbs = set("serve", "work", "play", "study", "train")

// prepTakers are, per preposition that otherwise tells a circumstance
// (nonArgPreps), the verbs that take a party after it: "mediate between",
// "testify before", "served under".
var prepTakers = map[string]map[string]bool{"between": mediateVerbs, "before": beforeVerbs, "under": underVerbs}

// passiveStates are passives with a preposition that say where their
// subject stands, whoever acted: the predicate they give.
var passiveStates = map[string]string{"list on": "listed on", "elect to": "elected to", "appoint to": "appointed to",
	"admit to": "admitted to", "expel from": "expelled from", "suspend from": "suspended from", "ban from": "banned from",
	"link to": "linked to", "tie to": "tied to", "affiliate with": "affiliated with", "ally with": "allied with",
	"deport to": "deported to", "extradite to": "extradited to", "invite to": "invited to", "recall to": "recalled to",
	"merge into": "merged into", "draft into": "drafted into", "exile to": "exiled to", "accredit to": "accredited to"}

// agentStates are the passiveStates whose agent, when one is named after
// the place ("expelled from the party by its leader"), acted on the subject.
var agentStates = set("expel", "suspend", "ban", "deport", "extradite", "invite", "recall", "exile", "appoint", "draft")

// amountThenBy: an amount of money runs from token k to a "by" ("1.1bn
// euros by", "£10m by").
func (d *doc) amountThenBy(k int) bool {
	s := &d.sents[d.toks[k].sent]
	num := false
	for ; k < s.t1 && amountToken(&d.toks[k]); k++ {
		num = num || d.toks[k].tag == "CD"
	}
	return num && k < s.t1 && d.toks[k].lower == "by"
}

// amountToken: a token of an amount of money ("$", "1.1", "bn", "euros").
func amountToken(t *tok) bool {
	return t.tag == "CD" || t.tag == "$" || isCurrency(t.text) || moneyWords[t.lower]
}

// moneyWords are the units and currencies of an amount (with isCurrency's
// symbols).
var moneyWords = union(amountUnits, set("euros", "euro", "dollars", "dollar", "pounds", "pound", "yen", "yuan", "rupees",
	"roubles", "rubles", "francs"))

// byAgentAfter returns the agent of a "by" phrase within a few words after
// token k ("to Gaza for three years by the Israeli authorities"), or -1.
func (d *doc) byAgentAfter(si, k int) int {
	s := &d.sents[si]
	for j := k; j < s.t1 && j < k+6; j++ {
		t := &d.toks[j]
		if t.lower == "by" {
			return d.byAgent(j)
		}
		if t.mention >= 0 || t.text == "," || t.lower == "and" || isVerb(t.tag) || t.tag == "MD" || t.tag == "WDT" || t.tag == "WP" {
			return -1
		}
	}
	return -1
}

// passiveWith are verbs whose passive takes a party after "with"
// ("was charged with", "was linked with", "was replaced with").
var passiveWith = set("charge", "link", "connect", "associate", "replace", "credit", "pair", "match", "draw", "merge",
	"compare", "confront", "present", "face", "meet", "join", "ally", "partner", "sign", "tie", "team")

// nationalityComplement returns the nationality in a copula's complement
// from token j that names a trade ("a former Scottish international rugby
// player", "a British citizen"), or -1.
func (d *doc) nationalityComplement(si, j int) int {
	s := &d.sents[si]
	if j >= s.t1 || d.toks[j].lower != "a" && d.toks[j].lower != "an" {
		return -1
	}
	j++
	for j < s.t1 && d.toks[j].mention < 0 && (d.toks[j].tag == "JJ" || d.toks[j].tag == "RB") && isLowerWord(d.toks[j].text) {
		j++
	}
	if j >= s.t1 {
		return -1
	}
	c := d.toks[j].mention
	if c < 0 || d.mentions[c].kind != MentionDemonym || !d.countryRef(c) {
		return -1
	}
	k := d.mentions[c].t1
	for k < s.t1 && k < d.mentions[c].t1+4 && d.toks[k].mention < 0 && isLowerWord(d.toks[k].text) && (d.toks[k].tag == "JJ" || isNoun(d.toks[k].tag)) {
		if professionNouns[d.toks[k].lower] || d.toks[k].lower == "citizen" || d.toks[k].lower == "national" {
			if k+1 >= s.t1 || !isNoun(d.toks[k+1].tag) {
				return c
			}
		}
		k++
	}
	return -1
}

// homageNouns make an act toward the one after "to" ("paid tribute to X"),
// not a gift.
var homageNouns = set("tribute", "homage", "respect", "respects", "compliment", "compliments", "visit", "attention", "heed", "interview")

// inParticles are particle verbs whose "in" names a place of the subject's
// life ("grew up in Leicester"); others' "in" is a circumstance ("live up to
// expectations in Athens").
var inParticles = set("grow up", "settle down", "set up", "bring up", "stay on")

// eachOther: "each other" or "one another" opens the words after the verb
// group ending before token j.
func (d *doc) eachOther(si, j int) bool {
	s := &d.sents[si]
	return j+1 < s.t1 && (d.toks[j].lower == "each" && d.toks[j+1].lower == "other" || d.toks[j].lower == "one" && d.toks[j+1].lower == "another") &&
		!(j+2 < s.t1 && (d.toks[j+2].text == "'s" || d.toks[j+2].text == "'")) // not "buying each other's engines"
}

// allPlaces reports whether every argument names a place.
func (d *doc) allPlaces(args []argument) bool {
	for _, a := range args {
		if !d.isPlace(a.ment) {
			return false
		}
	}
	return len(args) > 0
}

// dropContainers leaves out of a list of objects a place that only says
// where the place before it lies: "born in Whitingham, Vt." is born in
// Whitingham (Whitingham is located in Vermont), not in both; "charges
// against S.A. Healy Co. of McCook, Ill." are not against Illinois.
func (d *doc) dropContainers(objs []argument) []argument {
	out := objs[:0:0]
	for k, o := range objs {
		if k > 0 {
			p := &d.mentions[objs[k-1].ment]
			m := &d.mentions[o.ment]
			if m.t0 == p.t1+1 && d.toks[p.t1].text == "," && (d.isCity(objs[k-1].ment) || d.isOrg(objs[k-1].ment)) && d.knownRegion(o.ment) && !d.placeList(d.toks[p.t0].sent, p.t1-1) {
				continue
			}
		}
		out = append(out, o)
	}
	return out
}

// eventObject reports whether an event noun follows the verb group within
// a short noun phrase ("had a phone conversation with", "has talks with").
func (d *doc) eventObject(g *vgroup) bool {
	s := &d.sents[d.toks[g.head].sent]
	for j := g.g1; j < s.t1 && j < g.g1+5; j++ {
		t := &d.toks[j]
		if isNoun(t.tag) && !isCapital(t.text) {
			if eventNouns[t.lower] != "" || eventNounLemmas[d.nounLemma(t.lower)] {
				return true
			}
			continue
		}
		if t.tag != "DT" && t.tag != "JJ" && t.tag != "PRP$" && t.tag != "CD" {
			return false
		}
	}
	return false
}

// describedPeopleEnd returns where a person's name starts after a plural
// description from token k ("former Google researchers", "two Swedish
// engineers"; lower-case words and a modifying name, closed by a plural
// trade or title, not by a tie like "colleagues"), or k.
func (d *doc) describedPeopleEnd(k int) int {
	s := &d.sents[d.toks[k].sent]
	j := k
	for j < s.t1 && j < k+5 {
		t := &d.toks[j]
		if m := t.mention; m >= 0 && d.mentions[m].t0 == j && d.mentions[m].ent >= 0 && d.ents[d.mentions[m].ent].typ != TypePerson && d.mentions[m].t1 < s.t1 && isLowerWord(d.toks[d.mentions[m].t1].text) {
			j = d.mentions[m].t1 // "Google" of "former Google researchers"
			continue
		}
		if t.mention >= 0 || !isLowerWord(t.text) || !(t.tag == "JJ" || t.tag == "CD" || isNoun(t.tag)) {
			break
		}
		j++
	}
	if j == k || j >= s.t1 || d.toks[j-1].tag != "NNS" || teamMateNouns[d.nounLemma(d.toks[j-1].lower)] {
		return k // (not "joined by Ulster colleagues A and B": company, described by their tie)
	}
	if m := d.toks[j].mention; m >= 0 && d.mentions[m].t0 == j && d.mentions[m].ent >= 0 && !d.mentions[m].modifier && d.ents[d.mentions[m].ent].typ == TypePerson {
		return j
	}
	return k
}

// byAgent returns the mention of a "by (the) X" phrase starting at token k,
// or -1.
func (d *doc) byAgent(k int) int {
	if k+1 >= len(d.toks) || d.toks[k].lower != "by" || d.toks[k].sent != d.toks[k+1].sent {
		return -1
	}
	k++
	if d.toks[k].lower == "the" && k+1 < len(d.toks) && d.toks[k+1].sent == d.toks[k].sent {
		k++
	}
	if f := d.pastFollowers(k); f != k {
		if m := d.toks[f].mention; m < 0 || !d.isOrg(m) {
			return -1
		}
		k = f
	}
	m := d.toks[k].mention
	if m >= 0 && d.mentions[m].t0 == k && d.mentions[m].ent >= 0 && (d.mentions[m].modifier || d.mentions[m].kind == MentionDemonym) && d.demonymBody(&d.mentions[m], -1, stateActors) {
		return m // "released by UK police", "by Zimbabwean security forces"
	}
	if p := d.describedPeopleEnd(k); p > k {
		return d.toks[p].mention // "founded by former Google researchers A and B": the people named after their description
	}
	if m < 0 || d.mentions[m].ent < 0 || d.mentions[m].modifier || d.mentions[m].t0 != k {
		return -1
	}
	return m
}

// possessedPostHolder returns the person named after a possessed post in
// lower case from token k ("the airline's finance director, Alan Sleep",
// "its chief executive, X"), or -1.
func (d *doc) possessedPostHolder(k int) int {
	s := &d.sents[d.toks[k].sent]
	q := k
	for q < s.t1 && q < k+3 && d.toks[q].text != "'s" && !possPronouns[d.toks[q].lower] {
		q++
	}
	if q >= s.t1 || d.toks[q].text != "'s" && !possPronouns[d.toks[q].lower] {
		return -1
	}
	e := d.lowerPostAfter(s, q+1)
	if e == q+1 || e+1 >= s.t1 || d.toks[e].text != "," || !d.personAt(e+1) {
		return -1
	}
	return d.toks[e+1].mention
}

// pastFollowers skips "supporters of (the)" (members, fighters, ...) from
// token k: "the execution of 21 Christians by supporters of the Islamic
// State" is the body's act. It returns where the body's name should
// start, or k.
func (d *doc) pastFollowers(k int) int {
	if k+2 >= len(d.toks) || !followerNouns[d.toks[k].lower] || d.toks[k+1].lower != "of" || d.toks[k+2].sent != d.toks[k].sent {
		return k
	}
	f := k + 2
	if f+1 < len(d.toks) && d.toks[f].lower == "the" && d.toks[f+1].sent == d.toks[f].sent {
		f++
	}
	return f
}

// beforeVerbs take a body "before" them as their party ("testified before
// Congress", "pleaded before the court"), not a time.
var beforeVerbs = set("testify", "plead", "appear", "argue", "stand")

// objectNounAfter reports whether noun (a lemma) heads the phrase right
// after verb group g: its object ("held talks", "signed a deal"), not a
// noun after a preposition, whatever its tag ("meet amid/JJ talk").
func (d *doc) objectNounAfter(g *vgroup, noun string) bool {
	s := &d.sents[d.toks[g.head].sent]
	j := g.g1
	for j < s.t1 && (d.toks[j].tag == "DT" || d.toks[j].tag == "JJ" || d.toks[j].tag == "CD" || d.toks[j].tag == "PRP$") && !prepositions[d.toks[j].lower] {
		j++
	}
	for ; j < s.t1 && isNoun(d.toks[j].tag) && d.toks[j].mention < 0 && !prepositions[d.toks[j].lower]; j++ {
		if d.nounLemma(d.toks[j].lower) == noun {
			return true
		}
	}
	return false
}

// parseSubject: where no rule found the subject, the parse's own: a name
// the parse makes the finite verb's subject, before it ("The Northern
// Alliance, led by X and supported by Y, has been fighting the Taliban":
// the window scan stops at the participles between).
func (d *doc) parseSubject(si int, g *vgroup) []argument {
	if a := d.conjParticipleNoun(g); a != nil {
		return a
	}
	if !g.finite || g.passive || !mainClauseRels[d.toks[g.head].rel] {
		return nil // (not a relative clause: "the comments he made to X")
	}
	advcl := d.toks[g.head].rel == "advcl"
	if advcl && d.toks[g.head].tag == "VB" {
		return nil // an adverbial clause has a tense ("the day that X met Y"; not "to popular US TV show/VB")
	}
	st := &d.sents[si]
	for k := st.t0; k < g.g0; k++ {
		if d.toks[k].head != g.head || d.toks[k].rel != "nsubj" {
			continue
		}
		mi := d.toks[k].mention
		if mi < 0 || d.mentions[mi].ent < 0 || d.mentions[mi].modifier || d.mentions[mi].pronoun || d.mentions[mi].t1 >= g.g0 && d.toks[g.g0].tag != "VBD" || d.mentions[mi].t1 < g.g0 && d.modifiesNoun(&d.mentions[mi]) {
			// (a pronoun's antecedent is the window scan's to judge; a
			// name right before the verb too: "US TV show/VB X")
			return nil
		}
		if b := d.mentions[mi].title0; b > st.t0 && d.toks[b-1].tag == "IN" {
			return nil // in a prepositional phrase ("a touch by X gave Y")
		}
		for k2 := d.mentions[mi].t1; k2 < g.g0; k2++ {
			if advcl && isNoun(d.toks[k2].tag) {
				return nil // (not "to popular US TV show/VBP The Beverly Hillbillies")
			}
			if d.toks[k2].head == g.head && strings.HasPrefix(d.toks[k2].rel, "nsubj") {
				// a second subject: the parse is wrong ("Jose Lopez, whose
				// daughter criticized X": the daughter)
				return nil
			}
		}
		return []argument{{ment: mi}}
	}
	return nil
}

// conjParticipleNoun: the second of two participles describing a name
// describes it too ("X, commanded by Y and armed by Iran,": Iran arms X).
func (d *doc) conjParticipleNoun(g *vgroup) []argument {
	h := &d.toks[g.head]
	if g.finite || h.tag != "VBN" || h.rel != "conj" || h.head < 0 {
		return nil
	}
	first := &d.toks[h.head]
	if first.tag != "VBN" || first.rel != "acl" || first.head < 0 {
		return nil
	}
	mi := d.toks[first.head].mention
	if mi < 0 || d.mentions[mi].ent < 0 || d.mentions[mi].modifier || d.mentions[mi].pronoun || d.mentions[mi].t1 >= h.head {
		return nil
	}
	return []argument{{ment: mi}}
}

// theyPair: "France and Germany signed a treaty. They criticized Russia.":
// "They" opening a sentence, before a verb of action or speech, is the two
// countries or organisations the sentence before opened with as its
// subject.
func (d *doc) theyPair(si int, g *vgroup) []argument {
	s := &d.sents[si]
	i := s.t0
	if si == 0 || !g.finite || g.passive || d.toks[i].lower != "they" || d.toks[i].mention >= 0 || s.headline || d.sents[si-1].headline {
		return nil
	}
	if !d.adverbsOnly(i+1, g.g0) {
		return nil // "They" right before the verb group (adverbs aside)
	}
	if _, ok := d.x.events.Lookup(g.lemma); !ok && !sayVerbs[g.lemma] {
		return nil
	}
	prev := &d.sents[si-1]
	a := d.toks[d.skipThe(prev, prev.t0)].mention
	if a < 0 || d.mentions[a].t1 >= prev.t1 || d.toks[d.mentions[a].t1].lower != "and" {
		return nil
	}
	pair := append([]argument{{ment: a}}, d.subjectList(si-1, &d.mentions[a])...)
	if len(pair) != 2 {
		return nil
	}
	for i := range pair {
		m := &d.mentions[pair[i].ment]
		if m.ent < 0 || m.modifier || m.pronoun || d.ents[m.ent].typ != TypeGPE && d.ents[m.ent].typ != TypeOrg {
			return nil
		}
		pair[i].weak = true
	}
	k := d.mentions[pair[1].ment].t1
	if k >= prev.t1 || !(isVerb(d.toks[k].tag) || d.toks[k].tag == "MD") || d.mentions[pair[0].ment].ent == d.mentions[pair[1].ment].ent {
		return nil // ("Siemens and Alstom announced": the pair is the sentence's subject)
	}
	return pair
}

// adverbsOnly: tokens [a, b) are adverbs, or none.
func (d *doc) adverbsOnly(a, b int) bool {
	for k := a; k < b; k++ {
		if d.toks[k].tag != "RB" {
			return false
		}
	}
	return true
}

// twoDescribed: "Venezuela signed a deal with China. The two countries
// also strengthened ties", "..., the two leaders signed": "the two" and a
// plural noun opening the sentence (or after a comma) before its verb
// stand for the two states (companies, sides, leaders) the text has just
// named, when it names exactly two of that kind (a state by its people's
// word too: "Chinese firms"); or nil.
func (d *doc) twoDescribed(si int, g *vgroup) []argument {
	s := &d.sents[si]
	n := g.g0 - 1
	for n > s.t0 && d.toks[n].tag == "RB" {
		n-- // the noun right before the verb group (adverbs aside)
	}
	i := n - 2
	if si == 0 || i < s.t0 || d.toks[i].lower != "the" || d.toks[i+1].lower != "two" || i != s.t0 && d.toks[i-1].text != "," || s.headline || d.sents[si-1].headline {
		return nil
	}
	kinds, ok := twoPartyNouns[d.toks[n].lower]
	if !ok || d.toks[n].mention >= 0 {
		return nil
	}
	return d.twoParties(si, kinds, i)
}

// twoParties returns the two entities of the given kinds that the sentence
// before si and sentence si up to token end name, as weak arguments, or
// nil when they name more or fewer. Names inside a relative aside are
// asides, not parties ("Southcorp, whose brands include Penfolds,
// dismissed the offer. The two companies held talks": not Penfolds); when
// that leaves one, and the lede names it and exactly one other of the
// kind, that is the other ("Southcorp has rejected an offer from Foster's
// Group": Foster's).
func (d *doc) twoParties(si int, kinds []string, end int) []argument {
	var pair []argument
	seen := map[int]bool{}
	collect := func(from, to int) {
		for k := from; k < to; k++ {
			mi := d.toks[k].mention
			if mi < 0 || d.mentions[mi].t0 != k {
				continue
			}
			m := &d.mentions[mi]
			if m.ent < 0 || m.pronoun || m.modifier && d.ents[m.ent].typ != TypeGPE || seen[m.ent] || !slices.Contains(kinds, d.ents[m.ent].typ) || d.inRelativeAside(k) {
				continue
			}
			seen[m.ent] = true
			pair = append(pair, argument{ment: mi, weak: true})
		}
	}
	collect(d.sents[si-1].t0, end)
	if li := d.ledeSent(); len(pair) == 1 && li >= 0 && li < si-1 {
		// the lede names this one and exactly one other of the kind
		one := d.mentions[pair[0].ment].ent
		pair = nil
		clear(seen)
		collect(d.sents[li].t0, d.sents[li].t1)
		if !slices.ContainsFunc(pair, func(a argument) bool { return d.mentions[a.ment].ent == one }) {
			pair = nil
		}
	}
	if len(pair) != 2 {
		return nil
	}
	return pair
}

// ledeSent returns the index of the lede, the first sentence that is no
// headline, or -1.
func (d *doc) ledeSent() int {
	for li := range d.sents {
		if !d.sents[li].headline {
			return li
		}
	}
	return -1
}

// inRelativeAside: token k follows ", who (whose, which)" with no comma
// between them that hands back to a finite verb ("Southcorp, whose brands
// include Penfolds, Rosemount and Lindemans, dismissed the offer": the
// three are in the aside, the offer is not).
func (d *doc) inRelativeAside(k int) bool {
	s := &d.sents[d.toks[k].sent]
	for j := k - 1; j > s.t0; j-- {
		switch t := &d.toks[j]; {
		case t.text == "," && d.finiteAt(j+1):
			return false
		case (t.lower == "who" || t.lower == "whose" || t.lower == "which") && d.toks[j-1].text == ",":
			return true
		}
	}
	return false
}

// twoPartyNouns after "the two" name a pair of parties, and the entity types
// they may be.
var twoPartyNouns = func() map[string][]string {
	states, firms, people := []string{TypeGPE}, []string{TypeOrg}, []string{TypePerson}
	return map[string][]string{"countries": states, "nations": states, "states": states, "governments": states,
		"neighbours": states, "neighbors": states,
		"companies": firms, "firms": firms, "groups": firms, "banks": firms, "airlines": firms, "carriers": firms,
		"clubs": firms, "parties": firms,
		"sides": {TypeGPE, TypeOrg}, "leaders": people, "men": people, "women": people, "presidents": people,
		"ministers": people, "politicians": people, "players": people}
}()

// deniedAccuser: "Ethiopia rejected allegations by Human Rights Watch
// that ...", "Iran dismissed Amnesty International's claims": the one
// who made them accused the subject that denies them (whatever the
// denial says of the accusation's truth).
// heldResponsible: "X said Y was responsible for (behind, involved in)
// the attacks", "X holds Y responsible for the killing": X accuses Y.
func (d *doc) heldResponsible(si int, g *vgroup, subs []argument) bool {
	s := &d.sents[si]
	j := g.g1
	if j < s.t1 && d.toks[j].lower == "that" {
		j++
	}
	if j+1 < s.t1 && d.toks[j].lower == "the" && d.toks[j+1].mention >= 0 {
		j++ // "said the UAE was"
	}
	if j >= s.t1 {
		return false
	}
	m := d.toks[j].mention
	if m < 0 || d.mentions[m].t0 != j || d.mentions[m].ent < 0 || d.mentions[m].modifier || d.mentions[m].pronoun {
		return false
	}
	// (not coordRight: it stops before a name a verb follows, "Egypt and the
	// UAE were", which is this list's end)
	accused := []argument{{ment: m}}
	k := d.mentions[m].t1
	for k+1 < s.t1 && (d.toks[k].lower == "and" || d.toks[k].text == ",") {
		n := k + 1
		if d.toks[n].lower == "and" && n+1 < s.t1 {
			n++
		}
		if d.toks[n].lower == "the" && n+1 < s.t1 {
			n++
		}
		c := d.toks[n].mention
		if c < 0 || d.mentions[c].t0 != n || d.mentions[c].ent < 0 || d.mentions[c].modifier {
			break
		}
		accused = append(accused, argument{ment: c}) // "Egypt and the UAE were"
		k = d.mentions[c].t1
	}
	if g.lemma == "hold" {
		// "holds Tehran responsible for the attack"
		if k >= s.t1 || d.toks[k].lower != "responsible" {
			return false
		}
	} else {
		// "said Egypt and the UAE were responsible for", "were behind",
		// "were involved in"
		if k < s.t1 && beVerbs[d.toks[k].lower] {
			k++ // (a headline drops it: "US says Egypt responsible for")
		}
		if k < s.t1 && d.toks[k].tag == "RB" {
			k++ // "was also behind"
		}
		if k < s.t1 && d.toks[k].text == "\"" {
			k++ // 'was "culpable"'
		}
		if k >= s.t1 || d.toks[k].lower != "responsible" && d.toks[k].lower != "culpable" && d.toks[k].lower != "behind" && d.toks[k].lower != "involved" {
			return false
		}
		if k+1 < s.t1 && d.toks[k+1].text == "\"" {
			k++
		}
	}
	harm := false
	for e := k + 1; e < s.t1 && e < k+7 && !harm; e++ {
		harm = strikeNouns[d.toks[e].lower] || blamedActs[d.toks[e].lower]
	}
	if !harm {
		return false
	}
	for _, sb := range subs {
		for _, a := range accused {
			if d.mentions[sb.ment].ent != d.mentions[a.ment].ent {
				d.emitCode(si, sb, "accuse", a, g, confSVO-0.1, false, "accuse", "", "", "")
			}
		}
	}
	return true
}

// blamedActs are the harms one side is said to be responsible for (beside
// strikeNouns).
var blamedActs = set("killing", "killings", "deaths", "death", "murder", "murders", "violence", "shooting", "explosion",
	"explosions", "blast", "blasts", "massacre", "kidnapping", "abduction", "hack", "hacking", "cyberattack", "cyber-attack",
	"assassination", "bombings", "shootings", "poisoning", "downing", "sinking")

func (d *doc) deniedAccuser(si int, g *vgroup, subs []argument) {
	s := &d.sents[si]
	j := g.g1
	if j < s.t1 && d.toks[j].lower == "with" && g.lemma == "disagree" {
		j++ // "disagreed with allegations by the CPJ"
	}
	if j < s.t1 && (determiners[d.toks[j].lower] || d.toks[j].lower == "these") {
		j++
	}
	if j >= s.t1 {
		return
	}
	a := -1
	if m := d.toks[j].mention; m >= 0 && d.mentions[m].t0 == j {
		// "Amnesty International's claims"
		if e := d.mentions[m].t1; e+1 < s.t1 && (d.toks[e].text == "'s" || d.toks[e].text == "'") && accusationNouns[d.toks[e+1].lower] {
			a = m
		}
	} else if j+2 < s.t1 && accusationNouns[d.toks[j].lower] && d.toks[j+1].lower == "by" {
		a = d.firstArg(si, j+2, 4, true) // "allegations by (the media watchdog) X"
	}
	if a < 0 && accusationNouns[d.toks[j].lower] && (j+1 >= s.t1 || d.toks[j+1].lower != "by" && d.toks[j+1].lower != "of" && d.toks[j+1].lower != "that") && (g.lemma == "deny" || g.lemma == "reject" || g.lemma == "dismiss" || g.lemma == "refute") {
		// "Britain accused Russia of the attack. Moscow rejected the
		// accusation": the accused denies the accuser's charge
		for _, sb := range subs {
			if acc := d.recentAccuser(si, d.mentions[sb.ment].ent); acc >= 0 {
				var ev *Event
				if c, ok := d.x.events.Lookup(g.lemma, d.toks[j].lower); ok {
					ev = eventOf(c) // (016: "deny" is also a verb of saying, which emitCode leaves uncoded)
				}
				d.add(si, sb, g.lemma, argument{ment: acc}, ev, g, confNominal, true)
			}
		}
		return
	}
	if a < 0 || d.mentions[a].ent < 0 || d.mentions[a].pronoun || d.mentions[a].modifier {
		return
	}
	if t := d.ents[d.mentions[a].ent].typ; t != TypeOrg && t != TypePerson && t != TypeGPE {
		return
	}
	var ev *Event
	if c, ok := d.x.events.Lookup("accuse"); ok {
		ev = eventOf(c)
	}
	for _, sb := range subs {
		if d.mentions[sb.ment].ent != d.mentions[a].ent && d.namesParty(sb.ment) {
			d.add(si, argument{ment: a}, "accuse", sb, ev, &vgroup{head: g.head, lemma: "accuse"}, confNominal, false)
		}
	}
}

// recentAccuser returns the mention of who, in the two sentences before
// sentence si, accused entity e ("Britain accused Russia of ..."), or -1.
func (d *doc) recentAccuser(si, e int) int {
	for k := si - 1; k >= 0 && k >= si-2; k-- {
		s := &d.sents[k]
		for v := s.t0 + 1; v+1 < s.t1; v++ {
			if !isVerb(d.toks[v].tag) || d.toks[v].tag == "VBN" || !accuseVerbs[d.lemma(&d.toks[v])] {
				continue
			}
			o := d.toks[v+1].mention
			if o < 0 || d.mentions[o].ent != e {
				continue
			}
			for b := v - 1; b >= s.t0 && b >= v-3; b-- {
				if m := d.toks[b].mention; m >= 0 && d.mentions[m].ent >= 0 && d.mentions[m].ent != e && !d.mentions[m].modifier && d.namesParty(m) {
					return m
				}
			}
		}
	}
	return -1
}

// inSupportOf: "France sent warships to the region in support of Greece",
// "Germany spoke out in solidarity with Ukraine": the subject of the verb
// the phrase follows backs the party named after it.
func (d *doc) inSupportOf(si int, groups []vgroup) {
	s := &d.sents[si]
	for i := s.t0 + 1; i+3 < s.t1; i++ {
		if d.toks[i].lower != "in" || !(d.toks[i+1].lower == "support" && d.toks[i+2].lower == "of" || d.toks[i+1].lower == "solidarity" && d.toks[i+2].lower == "with") {
			continue
		}
		a := d.firstArg(si, i+3, 2, true)
		if a < 0 || d.mentions[a].ent < 0 || d.mentions[a].modifier || !d.namesParty(a) {
			continue
		}
		var g *vgroup
		for gi := range groups {
			if groups[gi].g1 <= i && groups[gi].finite {
				g = &groups[gi] // the last finite verb before the phrase
			}
		}
		if g == nil || g.negated || g.passive {
			continue
		}
		for k := g.g1; k < i; k++ {
			if l := d.toks[k].lower; l == "," && k+1 < i && (d.toks[k+1].lower == "who" || d.toks[k+1].lower == "which") || l == ";" || l == "but" {
				g = nil // (a clause in between)
				break
			}
		}
		if g == nil {
			continue
		}
		for _, sb := range d.subjects(si, g) {
			if d.mentions[sb.ment].ent != d.mentions[a].ent && d.namesParty(sb.ment) {
				d.emitCode(si, sb, "support", argument{ment: a}, &vgroup{head: g.head, g0: g.g0, g1: g.g1, lemma: "support", modality: g.modality}, confNominal, false, "support", "", "", "")
			}
		}
	}
}

// pairInNoun: "Greece and Turkey are locked in a dispute over gas", "the
// two sides are engaged in talks", "A and B have been at war": two
// parties, the subjects of a verb of state, in what the noun after "in"
// (or "at") says they do with each other.
func (d *doc) pairInNoun(si int, g *vgroup, subs []argument) bool {
	s := &d.sents[si]
	if len(subs) == 0 || g.negated || !(g.lemma == "be" || inStateVerbs[g.lemma]) {
		return false
	}
	if len(subs) > 1 {
		for k := g.g0; k < g.g1; k++ {
			if l := d.toks[k].lower; l == "is" || l == "was" || l == "has" || d.toks[k].tag == "VBZ" {
				return false // a singular verb: "carriers such as X and the Thai state is in talks" is one party's
			}
		}
	}
	j := g.g1
	if j >= s.t1 || d.toks[j].lower != "in" && !(d.toks[j].lower == "at" && j+1 < s.t1 && d.toks[j+1].lower == "war") {
		return false
	}
	for k := j + 1; k < s.t1 && k < j+5 && d.toks[k].mention < 0; k++ {
		pred, ok := pairNouns[d.toks[k].lower]
		if ok {
			g2 := &vgroup{head: k, g0: k, g1: k + 1, lemma: strings.Fields(pred)[0], modality: g.modality}
			first := d.firstNamed(subs)
			others := slices.Delete(slices.Clone(subs), first, first+1)
			if len(subs) == 1 && k+2 < s.t1 && d.toks[k+1].lower == "with" {
				// "Greece is in a dispute with Turkey"
				if o := d.firstArg(si, k+2, 2, true); o >= 0 {
					others = []argument{{ment: o}}
				}
			}
			found := false
			for _, o := range others {
				if d.namesParty(subs[first].ment) && d.namesParty(o.ment) && d.mentions[subs[first].ment].ent != d.mentions[o.ment].ent {
					d.add(si, subs[first], pred, o, d.nounEvent(d.toks[k].lower), g2, confNominal, false)
					found = true
				}
			}
			return found // (one party alone, "Acme is in talks to buy X", leaves the clause to the other rules)
		}
		if t := d.toks[k].tag; !(t == "DT" || t == "JJ" || isNoun(t)) || isCapital(d.toks[k].text) {
			return false
		}
	}
	return false
}

// firstNamed returns the index of the subject named first in the sentence.
func (d *doc) firstNamed(subs []argument) int {
	first := 0
	for k := range subs {
		if d.mentions[subs[k].ment].t0 < d.mentions[subs[first].ment].t0 {
			first = k
		}
	}
	return first
}

// inStateVerbs put their subjects in a state with each other ("locked in
// a dispute", "engaged in talks").
var inStateVerbs = set("lock", "embroil", "engage", "involve", "mire", "entangle", "caught")

// pairOfficers name the officers of two states or bodies acting together
// ("the presidents of Bolivia and Brazil signed").
var pairOfficers = set("presidents", "leaders", "ministers", "heads", "governments", "representatives", "delegations",
	"officials", "envoys", "delegates", "negotiators")

// leadersOfPair: "The presidents of Bolivia and Brazil signed an
// agreement": the two states act (through their officers).
func (d *doc) leadersOfPair(si int, g *vgroup) []argument {
	s := &d.sents[si]
	if !g.finite || g.passive {
		return nil
	}
	// "of" A "and" B right before the verb group
	e := g.g0
	if e-1 < s.t0 {
		return nil
	}
	b := d.toks[e-1].mention
	if b < 0 || d.mentions[b].t1 != e || d.mentions[b].ent < 0 || d.mentions[b].modifier || d.mentions[b].pronoun {
		return nil
	}
	k := d.mentions[b].t0 - 1
	if k > s.t0 && d.toks[k].lower == "the" {
		k--
	}
	if k <= s.t0 || d.toks[k].lower != "and" {
		return nil
	}
	a := d.toks[k-1].mention // (k > s.t0)
	if a < 0 || d.mentions[a].t1 != k || d.mentions[a].ent < 0 || d.mentions[a].modifier || d.mentions[a].ent == d.mentions[b].ent {
		return nil
	}
	k = d.mentions[a].t0 - 1
	if k > s.t0 && d.toks[k].lower == "the" {
		k--
	}
	if k-1 < s.t0 || d.toks[k].lower != "of" {
		return nil
	}
	n := k - 1
	for n > s.t0 && (d.toks[n].tag == "JJ" || isNoun(d.toks[n].tag)) && d.toks[n].mention < 0 && !pairOfficers[d.toks[n].lower] {
		n-- // "the foreign ministers of"
	}
	if !pairOfficers[d.toks[n].lower] || d.toks[n].mention >= 0 {
		return nil
	}
	for _, m := range []int{a, b} {
		if t := d.ents[d.mentions[m].ent].typ; t != TypeGPE && t != TypeOrg {
			return nil
		}
	}
	return []argument{{ment: a, weak: true}, {ment: b, weak: true}}
}

// socialPlatforms carry anyone's posts: writing on them is no work for
// them ("wrote on Facebook").
var socialPlatforms = set("facebook", "twitter", "youtube", "instagram", "weibo", "tiktok", "reddit", "linkedin", "whatsapp", "telegram", "vkontakte", "tumblr", "myspace")

// mainClauseRels are the relations of a verb heading a clause of its own.
var mainClauseRels = set("root", "conj", "ccomp", "parataxis", "advcl")

// possessedSubject: "Ancram's claims were denied by Straw", "His remarks
// were criticised by X": the possessor is what the passive is about.
func (d *doc) possessedSubject(si int, g *vgroup) []argument {
	st := &d.sents[si]
	j := g.g0 - 1
	if m := d.mentionAt(j, st); m >= 0 && d.mentions[m].t1 == j+1 {
		k := d.mentions[m].t0 - 1
		if k > st.t0 && d.toks[k].lower == "the" {
			k--
		}
		if k > st.t0 && d.toks[k].lower == "of" {
			j = k - 1 // "Turkey's invasion of Syria was condemned by France": the act's own object passed
		}
	}
	if j-1 < st.t0 || !actionNouns[d.toks[j].lower] && !(judgedNouns[d.toks[j].lower] && (opinionVerbs[g.lemma] || judgeVerbs[g.lemma])) {
		return nil // ("X's tenure was criticised": judged, so X's)
	}
	p := j - 1
	for p > st.t0 && d.toks[p].tag == "JJ" && d.toks[p].mention < 0 {
		p-- // "Pack's short tenure"
	}
	if d.toks[p].text == "'s" && p-1 >= st.t0 {
		p--
	}
	if mi := d.toks[p].mention; mi >= 0 && d.mentions[mi].ent >= 0 && (d.toks[p+1].text == "'s" || d.mentions[mi].pronoun && possPronouns[d.toks[p].lower]) {
		return []argument{{ment: mi, weak: true}}
	}
	return nil
}

// inPlaceOf: "Jones came on in place of Thomas" -> Jones -replace-> Thomas;
// after a verb of picking, the one picked replaces ("may use Gavin Henson
// as his kicker in place of Stephen Jones" -> Henson -replace-> Jones).
func (d *doc) inPlaceOf(si int, g *vgroup, subs []argument) {
	s := &d.sents[si]
	for j := g.g1; j+3 < s.t1 && j < g.g1+10; j++ {
		t := d.toks[j].lower
		if isVerb(d.toks[j].tag) || t == "," || t == ";" {
			return
		}
		if m := d.toks[j].mention; m >= 0 && pickVerbs[g.lemma] && !g.passive && d.mentions[m].ent >= 0 && !d.mentions[m].pronoun && d.ents[d.mentions[m].ent].typ == TypePerson && d.mentions[m].t1 < s.t1 && d.toks[d.mentions[m].t1].text != "'s" {
			subs = []argument{{ment: m}}
			j = d.mentions[m].t1 - 1
			continue
		}
		if t != "in" || d.toks[j+1].lower != "place" || d.toks[j+2].lower != "of" {
			continue
		}
		om := d.toks[j+3].mention
		if om < 0 || d.mentions[om].ent < 0 || d.ents[d.mentions[om].ent].typ != TypePerson {
			return
		}
		for _, sb := range subs {
			if sm := &d.mentions[sb.ment]; sm.ent >= 0 && d.ents[sm.ent].typ == TypePerson {
				d.add(si, sb, "replace", argument{ment: om}, nil, g, confNominal, false)
			}
		}
		return
	}
}

// pickVerbs put the one they pick in a side or a post ("named X in place
// of Y").
var pickVerbs = set("use", "pick", "select", "name", "choose", "bring", "field", "start", "recall", "include", "hand", "give", "draft")

// factualOpeners open a clause that tells what happened even inside a
// condition ("if he had not acted after X accused him").
var factualOpeners = set("after", "because", "since")

// clauseMood: "If China sanctions Iran, ..." is conditional; a question
// asserts nothing.
func (d *doc) clauseMood(si int, g *vgroup) string {
	s := &d.sents[si]
	for j := g.g0 - 1; j >= s.t0; j-- {
		t := &d.toks[j]
		if t.text == "," || t.text == ";" || t.text == "\"" {
			break
		}
		if factualOpeners[t.lower] && t.tag == "IN" && j < g.g0-1 {
			break // "if he had not taken a hard line after Bellamy accused him": the reason happened
		}
		if t.lower == "if" || t.lower == "unless" {
			return "conditional"
		}
		if reportNouns[t.lower] && g.g0-j <= 4 && !(d.toks[j+1].tag == "IN" && d.toks[j+1].lower != "that") {
			// (not "awaiting the referee's report before acting": a
			// subordinator opens another clause)
			if k := j - 1; k >= s.t0 && denyVerbs[d.toks[k].lower] || k-1 >= s.t0 && denyVerbs[d.toks[k-1].lower] {
				if !denyVerbs[d.toks[k].lower] {
					k--
				}
				if d.denialNegated(s, k) {
					return "reported" // "failed to deny claims he had told Mr Blair": the claims stand
				}
				return "denied" // "rejected the idea X posed a threat"
			}
			return "reported" // "dismissed reports he told Brown"
		}
		if claimForms[t.lower] && isVerb(t.tag) && d.bookBefore(s, j) {
			return "reported" // "Mr Peston's book claimed that Mr Brown told Mr Blair"
		}
		if denyVerbs[t.lower] && isVerb(t.tag) && j+1 < g.g0 && d.toks[j+1].lower == "that" && !d.denialNegated(s, j) {
			return "denied" // "Russia denied that it had attacked Ukraine"
		}
		if (t.lower == "that" || isVerb(t.tag) && sayVerbs[d.lemma(t)]) && d.calledFalse(s, j) {
			return "denied" // "it was untrue that X", "they were wrong when they said X"
		}
		if m := mandativeVerbs[d.lemma(t)]; m != "" && isVerb(t.tag) && j+1 < g.g0 && (d.toks[j+1].lower == "that" || d.toks[g.g0].tag == "VB" || d.toks[g.g0].tag == "VBP") && d.toks[g.head].tag != "VBD" && d.toks[g.head].tag != "VBN" {
			return m // "The EU demanded (that) Turkey recognise Cyprus": asked for, not done
		}
		if isVerb(t.tag) && d.lemma(t) == "deny" && j+1 == g.g0 && d.toks[g.head].tag == "VBG" && !d.denialNegated(s, j) {
			return "denied" // "he denied accusing Germany"
		}
		if t.lower == "and" || t.lower == "but" {
			break
		}
	}
	if last := &d.toks[s.t1-1]; (last.text == "?" || s.t1 >= 2 && last.text == "\"" && d.toks[s.t1-2].text == "?") && !d.quoteAsked(s, g) {
		return "question"
	}
	if d.bookClaim(s) {
		return "reported"
	}
	return ""
}

// quoteAsked: the question mark that ends sentence s closes a quotation
// opened after verb group g ("asked Mr Sullivan: \"..., isn't that
// right?\""): the quote is the question, the asking is told.
func (d *doc) quoteAsked(s *sent, g *vgroup) bool {
	if d.toks[s.t1-1].text != "\"" {
		return false
	}
	for k := s.t1 - 2; k >= g.g1; k-- {
		if d.toks[k].text == "\"" {
			return true
		}
	}
	return false
}

// bookClaim: the sentence is what a book claims ("According to a new
// book, X", "X, a new book about the chancellor claims."): the author's
// account, not the news's.
func (d *doc) bookClaim(s *sent) bool {
	if s.t1-s.t0 < 6 {
		return false
	}
	if d.toks[s.t0].lower == "according" && d.toks[s.t0+1].lower == "to" {
		for k := s.t0 + 2; k < s.t1 && k < s.t0+8 && d.toks[k].text != ","; k++ {
			if bookNouns[d.toks[k].lower] {
				return true
			}
		}
		return false
	}
	e := s.t1 - 1
	if d.toks[e].text == "." || d.toks[e].text == "\"" {
		e--
	}
	if e <= s.t0 || !claimForms[d.toks[e].lower] {
		return false
	}
	for k := e - 1; k > s.t0 && k >= e-8; k-- {
		switch {
		case d.toks[k].text == ",":
			return false
		case bookNouns[d.toks[k].lower]:
			return true
		}
	}
	return false
}

// bookBefore: a book names the subject of the verb at token j ("Mr
// Peston's book claimed", "a new biography of Mr Brown says").
func (d *doc) bookBefore(s *sent, j int) bool {
	for k := j - 1; k >= s.t0 && k >= j-6; k-- {
		switch t := &d.toks[k]; {
		case t.text == "," || isVerb(t.tag):
			return false
		case bookNouns[t.lower]:
			return true
		}
	}
	return false
}

// bookNouns are written accounts whose claims a report keeps at arm's
// length; claimForms the verbs they make them with, ending a sentence.
var (
	bookNouns  = set("book", "biography", "memoir", "memoirs", "autobiography", "diary", "diaries")
	claimForms = set("claims", "claimed", "alleges", "alleged", "suggests", "suggested", "says", "said", "reveals", "revealed")
)

// vetoedMotion: token n is a motion's noun ("resolution", "bill") that a
// verb before it vetoes, blocks or defeats ("vetoed a UN resolution").
func (d *doc) vetoedMotion(n int) bool {
	s := &d.sents[d.toks[n].sent]
	if n <= s.t0 || !motionNouns[d.toks[n].lower] {
		return false
	}
	for k := n - 1; k >= s.t0 && k >= n-5; k-- {
		t := &d.toks[k]
		switch {
		case isVerb(t.tag):
			return vetoVerbs[d.lemma(t)]
		case t.tag == "DT" || t.tag == "JJ" || t.tag == "CD" || t.mention >= 0 || isProperTag(t.tag) || t.tag == "PRP$" || t.text == "'s":
		default:
			return false
		}
	}
	return false
}

// motionNouns are texts put to a vote; vetoVerbs stop them.
var (
	motionNouns = set("resolution", "motion", "bill", "amendment", "draft", "measure", "proposal")
	vetoVerbs   = set("veto", "block", "defeat", "reject", "scupper", "kill", "sink", "torpedo", "quash")
)

// failedAttempt: the attempt noun at token n failed ("failed in its
// attempt", "a failed bid", "an unsuccessful attempt").
func (d *doc) failedAttempt(n int) bool {
	s := &d.sents[d.toks[n].sent]
	for k := n - 1; k >= s.t0 && k >= n-4; k-- {
		switch l := d.toks[k].lower; {
		case l == "failed" || l == "unsuccessful" || l == "abortive" || l == "vain" || isVerb(d.toks[k].tag) && failVerbs[d.lemma(&d.toks[k])]:
			return true
		case l == "," || l == ";" || isVerb(d.toks[k].tag):
			return false
		}
	}
	return false
}

// calledFalse: the words before token k (a "that" or a verb of saying)
// call what follows false: a word of falsehood after a copula ("it was
// untrue that", "it is not true that", "they were wrong when they said",
// "was wrong to suggest"; "wrong" before "that" judges what happened).
func (d *doc) calledFalse(s *sent, k int) bool {
	for j := k - 1; j > s.t0 && j >= k-5; j-- {
		l := d.toks[j].lower
		if l == "," || l == ";" {
			return false
		}
		falsehood := falseWords[l] && !(l == "wrong" && d.toks[k].lower == "that") || l == "true" && negators[d.toks[j-1].lower]
		if !falsehood {
			continue // (not "it was wrong that X": a judgement of what happened)
		}
		b := j - 1
		if l == "true" {
			b-- // "not true"
		}
		return b >= s.t0 && beVerbs[d.toks[b].lower] && !(b+1 < j && negators[d.toks[b+1].lower] && l != "true")
	}
	return false
}

// falseWords call a claim false ("untrue", "wrong").
var falseWords = set("untrue", "false", "wrong", "incorrect", "inaccurate", "nonsense", "baseless", "groundless", "unfounded")

// denialNegated: the verb of denial at token k is itself negated ("did
// not deny", "failed to deny", "refused to deny").
func (d *doc) denialNegated(s *sent, k int) bool {
	for j := k - 1; j >= s.t0 && j >= k-3; j-- {
		l := d.toks[j].lower
		if negators[l] || failVerbs[d.lemma(&d.toks[j])] || l == "refused" || l == "declined" {
			return true
		}
		if l != "to" && d.toks[j].tag != "RB" && d.toks[j].tag != "MD" && !(isVerb(d.toks[j].tag) && d.lemma(&d.toks[j]) == "do") {
			return false
		}
	}
	return false
}

// sharedSubject: "Trump pushed for sanctions, but received pushback" -
// the second verb shares the subject of the first.
func (d *doc) sharedSubject(si int, groups []vgroup, gi int) ([]argument, bool) {
	g := &groups[gi]
	c := d.afterConj(si, g)
	if c < 0 {
		return nil, false
	}
	for k := gi - 1; k >= 0; k-- {
		p := &groups[k]
		if p.finite && d.toks[p.head].tag != "VBG" {
			if r := p.g0 - 1; c > 0 && d.toks[c-1].text == "," && r >= 0 && (d.toks[r].lower == "who" || d.toks[r].lower == "which") && r > 0 && d.toks[r-1].text == "," {
				// "X paid tribute to Ray Charles, who died last year, and
				// thanked Y": the relative clause is closed; X thanked
				continue
			}
			subs := d.subjects(si, p)
			if len(subs) == 0 {
				subs = d.policeSubject(si, p) // "Myanmar's military seized power and detained X": the state
			}
			if d.toks[c].lower == "but" || d.toks[c].lower == "and" && (opinionVerbs[g.lemma] || accuseVerbs[g.lemma] || judgeVerbs[g.lemma]) {
				// ("Tony Blair said Labour would set out plans and attacked
				// the Tory plans": the speaker attacks)
				if sp := d.speakerOver(si, groups, k, subs); sp != nil {
					// "Mr Brown said America needed to act but defended
					// President George Bush": the speaker defends
					return sp, true
				}
			}
			return subs, true
		}
	}
	return nil, false
}

// speakerOver: group k is a clause reported by an earlier verb of speech
// whose subject is a person while the reported clause's is not; it
// returns the speaker, or nil.
func (d *doc) speakerOver(si int, groups []vgroup, k int, subs []argument) []argument {
	h := d.toks[groups[k].head]
	for n := 0; n < 3 && h.rel == "xcomp" && h.head >= 0; n++ {
		h = d.toks[h.head] // "needed to take": the finite verb
	}
	if h.rel == "cop" && h.head >= 0 {
		h = d.toks[h.head] // "said the strike was illegal": the predicate heads the clause
	}
	if h.rel != "ccomp" || len(subs) > 0 && (d.mentions[subs[0].ment].ent < 0 || d.ents[d.mentions[subs[0].ment].ent].typ == TypePerson) {
		// (no name as the reported clause's subject: "said the strike was
		// illegal and accused Riyadh", the speaker accuses)
		return nil
	}
	for j := k - 1; j >= 0; j-- {
		if groups[j].head == h.head && sayVerbs[groups[j].lemma] {
			sp := d.subjects(si, &groups[j])
			if len(sp) > 0 && d.mentions[sp[0].ment].ent >= 0 && d.ents[d.mentions[sp[0].ment].ent].typ == TypePerson {
				return sp
			}
		}
	}
	return nil
}

// scoredAhead: the words from token e put a side in the lead ("put
// Liverpool ahead", "put England in front", "got Ireland on the board"),
// which the rules read as the scorer playing for the side.
func (d *doc) scoredAhead(e int) bool {
	s := &d.sents[d.toks[e].sent]
	switch d.toks[e].lower {
	case "ahead", "level", "back":
		return true
	case "in", "on":
		return e+1 < s.t1 && (d.toks[e+1].lower == "front" || d.toks[e+1].lower == "the" && e+2 < s.t1 && d.toks[e+2].lower == "board")
	}
	return false
}

// lightVerbs say little by themselves; a particle, a phrase or an
// adjective after their object makes the act ("turn X around", "keep X
// off top spot").
var lightVerbs = set("get", "turn", "put", "keep", "bring", "take", "set", "have", "let")

// statementVerbs put out a statement, whose participle says what it does
// ("issued statements congratulating Brenes").
var statementVerbs = set("issue", "release", "publish")

// transfers: a club's signing or sale of a player and a person's move
// between two bodies say what the person joins and what they leave
// ("Chelsea signed Robben from PSV": Robben joins Chelsea and leaves PSV;
// "Arsenal sold Vieira to Juventus"; "joined Halden in 2019 from
// Skovgaard"; "left Arsenal for Juventus"; "moved to Juventus from
// Arsenal"), as told (the group's modality).
func (d *doc) transfers(si int, g *vgroup, subs []argument) {
	if g.negated || g.passive || len(subs) != 1 {
		return
	}
	s := &d.sents[si]
	sub := subs[0]
	add := func(p argument, pred string, o int) {
		if o >= 0 && d.mentions[o].ent != d.mentions[p.ment].ent {
			d.add(si, p, pred, argument{ment: o}, nil, g, confSVO-0.05, false)
		}
	}
	switch g.lemma {
	case "sign", "buy", "recruit", "sell", "loan":
		p := d.signedPlayer(s, g.g1)
		if p < 0 || d.argType(sub) != TypeOrg {
			return
		}
		player := argument{ment: p}
		if g.lemma == "sell" || g.lemma == "loan" {
			if o := d.orgAfterWord(s, d.mentions[p].t1, "to"); o >= 0 {
				add(player, "join", o)
				add(player, "leave", sub.ment)
			}
			return
		}
		add(player, "join", sub.ment)
		add(player, "leave", d.orgAfterWord(s, d.mentions[p].t1, "from"))
	case "join", "move", "switch", "transfer":
		if d.argType(sub) == TypePerson {
			add(sub, "leave", d.orgAfterWord(s, g.g1, "from"))
		}
	case "leave", "quit":
		if d.argType(sub) == TypePerson {
			add(sub, "join", d.orgAfterWord(s, g.g1, "for"))
		}
	}
}

// signedPlayer returns the person named right after token j, past a
// determiner, a nationality and a position ("signed Brazilian forward X"),
// or -1 ("signed a deal with X" names no signing).
func (d *doc) signedPlayer(s *sent, j int) int {
	for k := j; k < s.t1 && k < j+5; k++ {
		t := &d.toks[k]
		if d.personAt(k) {
			return t.mention
		}
		switch {
		case t.mention >= 0 && d.mentions[t.mention].kind == MentionDemonym:
			k = d.mentions[t.mention].t1 - 1
		case t.mention < 0 && (determiners[t.lower] || t.tag == "JJ" || t.tag == "CD" || playerRoles[t.lower] || t.lower == "striker" || t.lower == "international"):
		default:
			return -1
		}
	}
	return -1
}

// orgAfterWord returns the organisation named after the preposition word
// found from token j on, before the clause ends, past a description
// ("from Danish brewer Skovgaard", "to Turkish club Bosphorus SK"), or -1.
func (d *doc) orgAfterWord(s *sent, j int, word string) int {
	for k := j; k < s.t1 && k < j+10; k++ {
		t := &d.toks[k]
		if t.text == "," || t.text == ";" || t.lower == "and" || t.lower == "but" || t.lower == "who" || t.lower == "which" || d.finiteAt(k) {
			return -1
		}
		if t.lower != word || t.mention >= 0 {
			continue
		}
		for q := k + 1; q < s.t1 && q <= k+5; q++ {
			u := &d.toks[q]
			if m := u.mention; m >= 0 && d.mentions[m].t0 == q {
				if d.mentions[m].kind == MentionDemonym {
					q = d.mentions[m].t1 - 1
					continue
				}
				if (d.isOrg(m) || d.sport() && d.argType(argument{ment: m}) == TypeLoc) && !d.mentions[m].modifier && d.mentions[m].kind == "" {
					return m // (in a sports report also a club named like its town: "joined from Parma")
				}
				return -1
			}
			if !(determiners[u.lower] || u.tag == "JJ" || isNoun(u.tag) && isLowerWord(u.text)) {
				return -1
			}
		}
		return -1
	}
	return -1
}

// scholarVerbs take a subject of study before the place of study ("taught
// history at X").
var scholarVerbs = set("study", "teach", "lecture", "research")

// afterConj returns the "and"/"but" right before the verb group (adverbs
// between allowed: "and also worked"), or -1.
func (d *doc) afterConj(si int, g *vgroup) int {
	s := &d.sents[si]
	j := g.g0 - 1
	for j >= s.t0 && j >= g.g0-2 && d.toks[j].tag == "RB" && d.toks[j].lower != "not" && d.toks[j].lower != "n't" {
		j--
	}
	if j >= s.t0 && d.toks[j].text == "," && j+1 < g.g0 && thenAdverbs[d.toks[j+1].lower] {
		return j // "saw off the Scots, then needed England": a second verb of the same subject
	}
	if j < s.t0 || (d.toks[j].lower != "and" && d.toks[j].lower != "but") {
		return -1
	}
	return j
}

// thenAdverbs after a comma join a second verb to the first one's subject.
var thenAdverbs = set("then", "later", "subsequently")

// chained: a participle after a noun that is the object of another verb:
// "China backed resolutions sanctioning Pyongyang" -> China sanction
// Pyongyang (weaker).
func (d *doc) chained(si int, groups []vgroup, gi int, objs []argument, prep, noun string, far bool) {
	g := &groups[gi]
	if len(objs) == 0 || d.toks[g.head].tag != "VBG" || g.g0 != g.head || gi == 0 {
		return
	}
	if b := &d.toks[g.g0-1]; !isNoun(b.tag) || b.mention >= 0 {
		return
	}
	prev := &groups[gi-1]
	if prev.passive || prev.negated || g.g0-prev.g1 > 6 || !chainVerbs[prev.lemma] || !prev.finite {
		return
	}
	if g.lemma == "call" && statementVerbs[prev.lemma] {
		return // "issued a statement calling Davis an icon": words about him, no call
	}
	for j := prev.g1; j < g.g0; j++ {
		if l := d.toks[j].text; l == "," || l == "that" || l == "which" {
			return
		}
	}
	subs := d.subjects(si, prev)
	pred := g.lemma
	if prep != "" && noun == "" {
		pred += " " + prep
	}
	for _, s := range subs {
		for _, o := range objs {
			d.emitCode(si, s, pred, o, g, confChained, far, g.lemma, g.particle, noun, prep)
		}
	}
}

// toldToLeave: "Libya asked the Sudanese military attache to leave",
// "ordered two Israeli diplomats to leave the country": the subject of the
// asking expels the diplomats' state. g is the group of "leave".
func (d *doc) toldToLeave(si int, groups []vgroup, gi int) {
	s := &d.sents[si]
	g := &groups[gi]
	if g.lemma != "leave" || gi == 0 || g.g0-1 <= s.t0 || d.toks[g.g0-1].tag != "TO" && d.toks[g.g0].tag != "TO" {
		return
	}
	prev := &groups[gi-1]
	if prev.negated || !expelAskVerbs[prev.lemma] {
		return
	}
	dem := -1
	for j := prev.g1; j < g.g0; j++ {
		if m := d.toks[j].mention; m >= 0 && d.mentions[m].kind == MentionDemonym && d.ents[d.mentions[m].ent].typ == TypeGPE {
			dem = m
			j = d.mentions[m].t1 - 1
			continue
		}
		if t := &d.toks[j]; t.mention < 0 && (t.tag == "DT" || t.tag == "CD" || t.tag == "JJ" || t.tag == "TO" || isNoun(t.tag) && !isCapital(t.text)) {
			continue
		}
		return
	}
	if dem < 0 || !diplomatNouns[d.toks[d.mentions[dem].t1-1].lower] && !diplomatNouns[d.toks[d.possHead(d.mentions[dem].t1)].lower] {
		return
	}
	for _, sb := range d.subjects(si, prev) {
		if d.mentions[sb.ment].ent == d.mentions[dem].ent {
			continue
		}
		d.emitCode(si, sb, "expel", argument{ment: dem}, prev, confChained, false, "expel", "", "", "")
	}
}

// expelAskVerbs ask someone to leave.
var expelAskVerbs = set("ask", "order", "tell", "give", "instruct")

// diplomatNouns name a state's envoys.
var diplomatNouns = set("attache", "attaché", "ambassador", "diplomat", "diplomats", "envoy", "envoys", "consul", "charge",
	"chargé", "d'affaires", "staff")

// wonOver: an election result that sets the winner's share beside a
// rival's ("Mugabe won a new five-year term with 61 percent of the vote,
// compared to 34 percent for his longtime rival, Morgan Tsvangirai"): the
// winner defeated the rival.
func (d *doc) wonOver(si int, g *vgroup, subs []argument) {
	s := &d.sents[si]
	if g.lemma != "win" || g.negated || g.passive || len(subs) == 0 {
		return
	}
	pct := false
	for j := g.g1; j+1 < s.t1 && j < g.g1+30; j++ {
		l := d.toks[j].lower
		if l == "percent" || l == "%" || l == "per" && d.toks[j+1].lower == "cent" {
			pct = true
		}
		if !pct || l != "for" {
			continue
		}
		k := j + 1
		for k < s.t1 && k < j+8 && (d.toks[k].mention < 0 || d.mentions[d.toks[k].mention].pronoun) && (d.toks[k].tag == "PRP$" || d.toks[k].tag == "JJ" || isNoun(d.toks[k].tag) && !isCapital(d.toks[k].text) || d.toks[k].text == ",") {
			k++ // "his longtime rival, opposition leader"
		}
		for k < s.t1 && k < j+10 && d.toks[k].mention < 0 && (d.toks[k].titleOf >= 0 || d.isTitleWord(d.toks[k].lower)) {
			k++ // "Prime Minister Morgan Tsvangirai": the title
		}
		if k < s.t1 && d.toks[k].mention >= 0 && d.mentions[d.toks[k].mention].ent >= 0 && !d.mentions[d.toks[k].mention].modifier {
			o := d.toks[k].mention
			if t := d.ents[d.mentions[o].ent].typ; t == TypePerson || t == TypeOrg {
				for _, sb := range subs {
					d.add(si, sb, "defeat", argument{ment: o}, nil, g, confNominal, false)
				}
			}
		}
		return
	}
}

// policeSubject: "police released Mr. Tsvangirai", "the authorities
// detained X" with no country named for them: in a story about one country
// (mainCountry) its police act for it, for verbs of coercion only. It adds
// a mention of the country on the noun and returns it as the subject.
func (d *doc) policeSubject(si int, g *vgroup) []argument {
	s := &d.sents[si]
	pastRead := d.toks[g.head].tag == "VBN" && g.g0 == g.head && g.g1 < s.t1 && (d.toks[g.g1].mention >= 0 || honorifics[d.toks[g.g1].lower])
	if !coerciveVerbs[g.lemma] && !chargeVerbs[g.lemma] || g.passive && !pastRead || !g.finite && !pastRead {
		return nil // ("police released Mr. Tsvangirai": a past tense the tagger read as a participle)
	}
	j := g.g0 - 1
	if j < s.t0 {
		return nil // ("Questioned about the disaster, he said": the verb opens the document)
	}
	for j > s.t0 && d.toks[j].tag == "RB" {
		j--
	}
	if p := d.toks[j].mention; j-2 >= s.t0 && p >= 0 && d.mentions[p].t1 == j+1 && d.isPlace(p) && d.toks[d.mentions[p].t0-1].lower == "in" {
		// "Police in Moscow detained X": the state the city lies in
		if k := d.mentions[p].t0 - 2; k >= s.t0 && d.toks[k].mention < 0 && (d.toks[k].lower == "police" || d.toks[k].lower == "authorities" || d.toks[k].lower == "prosecutors") {
			// (also "Prosecutors in New York accuse him of")
			if c := d.cityCountry(p); c >= 0 {
				d.addReference(k, -1, c, MentionNominal)
				return []argument{{ment: d.toks[k].mention, weak: true}}
			}
		}
		return nil
	}
	if j < s.t0 || d.toks[j].mention >= 0 || d.toks[j].lower != "police" && d.toks[j].lower != "authorities" {
		return nil
	}
	if b := j - 1; b >= s.t0 && (d.toks[b].mention >= 0 || isCapital(d.toks[b].text) && b > s.t0 || d.toks[b].text == "'s" || d.toks[b].tag == "JJ") {
		return nil // "Zimbabwe police", "Britain's police", "local police": said or unsaid otherwise
	}
	p := d.storyPolice(s, j) // (not "Police arrested Assange at the Ecuadorian embassy in London": not the story's country's)
	if p < 0 {
		return nil
	}
	return []argument{{ment: p, weak: true}}
}

// storyPolice links the unqualified "police" (or "authorities") at token j
// of sentence s to the story's country (storyCountryIn) and returns that
// mention, or -1.
func (d *doc) storyPolice(s *sent, j int) int {
	c := d.storyCountryIn(s)
	if c < 0 {
		return -1
	}
	d.addReference(j, -1, c, MentionNominal)
	return d.toks[j].mention
}

// storyCountryIn returns the story's country (mainCountry) when sentence s
// names no place or nationality of another one, or -1.
func (d *doc) storyCountryIn(s *sent) int {
	if c := d.mainCountry(); c >= 0 && !d.otherCountryNear(s, c, nil) {
		return c
	}
	return -1
}

// policeSaid: sentence si tells after verb group g that the police said
// it ("..., police said", "..., police spokesman X wrote"), in a story
// about one country named nowhere else in the sentence: a mention of that
// country on "police", or -1.
func (d *doc) policeSaid(si int, g *vgroup) int {
	s := &d.sents[si]
	for j := g.g1; j+1 < s.t1; j++ {
		t := &d.toks[j]
		if t.lower != "police" || t.mention >= 0 || d.toks[j-1].text != "," {
			continue
		}
		n := &d.toks[j+1]
		if !(isVerb(n.tag) && sayVerbs[d.lemma(n)] || n.lower == "spokesman" || n.lower == "spokeswoman" || n.lower == "spokesperson") {
			continue
		}
		return d.storyPolice(s, j)
	}
	return -1
}

// cityCountry returns the country entity of place mention p: the place
// itself when it is a state, the country a capital is the capital of, or
// the story's main country; -1 when none is known.
func (d *doc) cityCountry(p int) int {
	de := d.ents[d.mentions[p].ent]
	switch {
	case de.typ == TypeGPE:
		return d.mentions[p].ent
	case de.capitalOf != nil:
		if c := d.entOfGaz(de.capitalOf); c >= 0 {
			return c
		}
	}
	return d.mainCountry()
}

// coerciveVerbs are what a state's police do to people.
var coerciveVerbs = set("arrest", "detain", "release", "free", "hold", "raid", "jail", "deport", "question", "charge", "seize", "beat")

// bodyInAgent returns the country a passive's agent is a state body of
// ("by (security) police in Zimbabwe", "by the authorities of Iran"), or
// -1.
func (d *doc) bodyInAgent(si int, g *vgroup) int {
	s := &d.sents[si]
	j := g.g1
	for j < s.t1 && j < g.g1+3 && d.toks[j].tag == "RB" {
		j++
	}
	if j+3 >= s.t1 || d.toks[j].lower != "by" {
		return -1
	}
	k := j + 1
	if determiners[d.toks[k].lower] {
		k++
	}
	for k < s.t1 && k < j+5 && d.toks[k].mention < 0 && isLowerWord(d.toks[k].text) && (d.toks[k].tag == "JJ" || isNoun(d.toks[k].tag)) && !actingBodies[d.toks[k].lower] {
		k++
	}
	if k+2 >= s.t1 || !actingBodies[d.toks[k].lower] {
		return -1
	}
	for k+1 < s.t1 && actingBodies[d.toks[k+1].lower] {
		k++ // "security personnel"
	}
	if l := d.toks[k+1].lower; l != "in" && l != "of" {
		return -1
	}
	return d.entityAfterThe(s, k+2, TypeGPE)
}

// chargedWith reports whether participle group g follows "of" or "for" and
// its subject sub is the object of a verb of accusing ("accused Qatar of
// sending planes", "blamed Sudan for arming the rebels").
func (d *doc) chargedWith(si int, g *vgroup, sub argument) bool {
	s := &d.sents[si]
	b := g.g0 - 1
	if d.toks[g.head].tag == "VBG" && b > s.t0 && d.toks[b].lower == "by" {
		// "accused Qatar of interfering in Libya by sending planes": the
		// means of the act charged are charged too
		for k := b - 1; k > s.t0 && k >= b-15; k-- {
			if t := &d.toks[k]; t.tag == "VBG" && d.toks[k-1].lower == "of" {
				mg := d.groupEndingAt(s, k)
				return d.chargedWith(si, &mg, sub)
			} else if t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD" {
				break
			}
		}
	}
	if d.toks[g.head].tag != "VBG" || b <= s.t0 || d.toks[b].lower != "of" && d.toks[b].lower != "for" && d.toks[b].lower != "with" {
		return false
	}
	if am := d.toks[b-1].mention; am >= 0 && d.mentions[am].t1 == b {
		// "was accused by Britain of poisoning X": past the accuser
		k := d.mentions[am].title0 - 1
		if k > s.t0 && d.toks[k].lower == "the" {
			k--
		}
		if k > s.t0 && d.toks[k].lower == "by" && (d.toks[k-1].tag == "VBN" || d.toks[k-1].tag == "VBD") && allegeVerbs[d.lemma(&d.toks[k-1])] {
			return true
		}
	}
	if v := &d.toks[b-1]; v.lower == "suspicion" || (v.tag == "VBN" || v.tag == "VBD") && allegeVerbs[d.lemma(v)] {
		// "was accused of killing X", "was charged with murdering X",
		// "arrested on suspicion of killing X": the subject is charged
		// with the act, not shown to have done it
		return true
	}
	m := &d.mentions[sub.ment]
	if m.t1 != b {
		return false
	}
	t0 := m.t0
	if left := d.coordLeft(si, m); len(left) > 0 {
		t0 = d.mentions[left[len(left)-1].ment].t0 // "accused Poland and Lithuania of interfering": before the list's first
	}
	if t0-1 < s.t0 {
		return false
	}
	v := &d.toks[t0-1]
	if d.toks[b].lower == "with" {
		return isVerb(v.tag) && allegeVerbs[d.lemma(v)] // "charged X with murdering Y"
	}
	if d.toks[b].lower == "for" && isVerb(v.tag) && arrestVerbs[d.lemma(v)] {
		return true // "arrested X for killing Y"
	}
	return isVerb(v.tag) && accuseVerbs[d.lemma(v)]
}

// arrestVerbs hold or pursue their object for what follows "for": a
// suspicion, not a finding ("police arrested X for killing Y").
var arrestVerbs = set("arrest", "detain", "indict", "prosecute", "investigate")

// clearVerbs find their subject (or object) not to have done the act
// after "of" ("was cleared of murdering X", "acquitted X of killing Y").
var clearVerbs = set("clear", "acquit", "exonerate", "absolve")

// clearedOf reports whether participle group g follows "of" after a verb
// of acquittal whose subject or object is sub: the act is denied.
func (d *doc) clearedOf(si int, g *vgroup, sub argument) bool {
	s := &d.sents[si]
	b := g.g0 - 1
	if d.toks[g.head].tag != "VBG" || b <= s.t0 || d.toks[b].lower != "of" {
		return false
	}
	v := b - 1
	if m := &d.mentions[sub.ment]; m.t1 == b && m.t0-1 >= s.t0 {
		v = m.t0 - 1 // "acquitted Tom Harris of murdering"
	}
	return (d.toks[v].tag == "VBN" || d.toks[v].tag == "VBD") && clearVerbs[d.lemma(&d.toks[v])]
}

// allegeVerbs, in the passive, charge their subject with the act after
// "of" or "with" ("was accused of", "was charged with"; not "was convicted
// of", a finding).
var allegeVerbs = set("accuse", "charge", "suspect", "indict", "allege")

// accuseVerbs charge their object with what follows "of" or "for".
var accuseVerbs = set("accuse", "blame", "suspect", "charge", "convict", "condemn", "criticise", "criticize")

// copula: "X is a lifeline for Y", "X is the editor of Y".
func (d *doc) copula(si int, g *vgroup) {
	if d.refusedInfinitive(si, g) {
		return // "rejected the chance to become Portsmouth's new boss"
	}
	if d.invertedCopula(si, g) {
		return
	}
	subs := d.subjects(si, g)
	if len(subs) == 0 {
		return
	}
	if d.reportedVerdict(si, g, subs) {
		return // "Roy Hatch said Ada Brill was a liar"
	}
	if d.possessiveCopula(si, g, subs) {
		return
	}
	if d.pairInNoun(si, g, subs) {
		return // "the two countries are in talks", "A and B have been at war"
	}
	for k := g.g1; k < d.sents[si].t1 && k < g.g1+8 && d.toks[k].mention < 0 && !g.negated; k++ {
		if d.toks[k].lower == "with" && d.sitesIn(si, k+1, func() []argument { return subs }) {
			return // "Xstrata is a mining giant with operations in Australia"
		}
	}
	if c := d.nationalityComplement(si, g.g1); c >= 0 && !g.negated {
		// "Mr Gammell is a former Scottish international rugby player"
		for _, sb := range subs {
			if d.mentions[sb.ment].ent >= 0 && d.ents[d.mentions[sb.ment].ent].typ == TypePerson {
				d.add(si, sb, "from", argument{ment: c}, nil, g, confCopula, false)
			}
		}
		return
	}
	if d.fromPlace(si, g, subs) {
		return
	}
	if d.inPlaceFor(si, g, subs) {
		return
	}
	if j := g.g1; !g.negated && j+1 < d.sents[si].t1 && d.toks[j].lower == "in" && d.isPlace(subs[0].ment) && d.mentions[subs[0].ment].kind == "" {
		// "Perugia is in Umbria province", "Bolzano is in northern Italy":
		// a place lies in the place after
		a := j + 1
		for n := 0; n < 2 && a+1 < d.sents[si].t1 && (compassWords[d.toks[a].lower] || d.toks[a].lower == "the" && n == 0) && isLowerWord(d.toks[a].text); n++ {
			a++
		}
		if p := d.placeAt(a); p >= 0 && d.mentions[p].kind == "" && d.mentions[p].ent != d.mentions[subs[0].ment].ent {
			for _, sb := range subs {
				if d.isPlace(sb.ment) && d.argType(sb) == TypeLoc {
					// (not a country, nor a capital that stands for it: "Rome is in Lazio")
					d.add(si, sb, "located in", argument{ment: p}, nil, g, confCopula, false)
				}
			}
			return
		}
	}
	if d.copulaAt(si, g, subs) {
		return
	}
	if aff, title := d.orgTitleComplement(si, g.g1); aff >= 0 && !g.negated {
		// "Tom Hart is a Hamas leader", "is a Labour MP": the post the
		// organisation gives
		if r := d.raisedObject(g); r != nil {
			subs = r // "found Tom Hart to be a Hamas leader": Tom Hart is
		}
		pred := d.postOrOrigin(title, aff)
		if d.pastPost(g, pred, aff) {
			pred = asFormer(pred) // "Lord Roberts was a Welsh Office minister at the time"
		}
		for _, sb := range subs {
			if d.mentions[sb.ment].ent >= 0 && d.ents[d.mentions[sb.ment].ent].typ == TypePerson {
				d.add(si, sb, pred, argument{ment: aff}, nil, g, confCopula, false)
			}
		}
		return
	}
	pred, also, obj := d.complement(si, g.g1)
	if obj < 0 || pred == "hometown of" || pred == "birthplace of" || strings.HasSuffix(pred, " with") && d.absoluteWith(obj) {
		return // ("Gori is the hometown of Stalin": Stalin is from Gori, said by hometowns; "are likely replacements with X also scheduled to start")
	}
	if d.pastPost(g, pred, obj) {
		// "Prof Aynsley-Green was a lecturer at Oxford University": a post
		// held once, told in the past
		pred = asFormer(pred)
		if also != "" {
			also = asFormer(also)
		}
	}
	for _, sb := range subs {
		d.emit(si, sb, pred, "", argument{ment: obj}, g, confCopula, false)
		if also != "" {
			d.emit(si, sb, also, "", argument{ment: obj}, g, confCopula, false)
		}
		if kin, ok := strings.CutSuffix(pred, " of"); ok && (kin == "son" || kin == "daughter" || kin == "child") {
			if o2 := d.parentAfter(obj); o2 >= 0 {
				// "was the daughter of Dusan Markovic, a railway engineer,
				// and Vera Petrovic": of both parents
				d.emit(si, sb, pred, "", argument{ment: o2}, g, confCopula-0.05, false)
			}
		}
	}
	if e := d.mentions[obj].t1; e+2 < d.sents[si].t1 && (d.toks[e].text == "," || d.toks[e].lower == "and") && !g.negated {
		// "is a former commander in the Revolutionary Guard, former
		// governor of Maku": a second post of the list
		if p2, _, o2 := d.complement(si, e+1); o2 >= 0 && o2 != obj && d.isTitleWord(lastWordBefore(p2)) {
			for _, sb := range subs {
				d.emit(si, sb, p2, "", argument{ment: o2}, g, confCopula-0.05, false)
			}
		}
	}
}

// pastPost: the copula of group g is a plain past ("was", "were"; not
// "has been", nor "became": a start) and its complement pred a post
// ("lecturer at"): the post is a former one, also in a sentence that ties
// it to a time of its own ("was head of the bank when the scandal broke",
// "at the time"), but for a year ("was a member of the Roma squad in
// 2001": that year's squad, which may still be his) unless the post ended
// after its holder obj ("until 2021").
func (d *doc) pastPost(g *vgroup, pred string, obj int) bool {
	if l := d.toks[g.head].lower; g.negated || g.head != g.g0 || l != "was" && l != "were" || strings.HasPrefix(pred, "former ") || !titleHeads[lastWordBefore(pred)] && pred != "part of" {
		return false // ("Ukraine was part of the Soviet Union": no longer, as a post)
	}
	if d.heldUntil(obj) {
		return true // "Kinnock was vice-president of the Commission until last year"
	}
	s := &d.sents[d.toks[g.head].sent]
	for k := s.t0; k < s.t1; k++ {
		if d.toks[k].tag == "CD" && yearNumber(d.toks[k].lower) {
			return false // "He was a member of the Roma squad in 2001": a year's side, maybe his still
		}
	}
	return true
}

// lastWordBefore returns the word of predicate p before its preposition
// ("governor" of "former governor of").
func lastWordBefore(p string) string {
	ws := strings.Fields(p)
	if len(ws) < 2 {
		return p
	}
	return ws[len(ws)-2]
}

// inPlaceFor: "X was in Pakistan for talks (a visit, a summit)": X
// visits the place (042). It reports whether it found one.
func (d *doc) inPlaceFor(si int, g *vgroup, subs []argument) bool {
	s := &d.sents[si]
	j := g.g1
	if g.negated || j+3 >= s.t1 || d.toks[j].lower != "in" || d.isPlace(subs[0].ment) {
		return false
	}
	p := d.placeAt(j + 1)
	if p < 0 || d.mentions[p].kind != "" {
		return false
	}
	k := d.mentions[p].t1
	if k+1 >= s.t1 || d.toks[k].lower != "for" {
		return false
	}
	k++
	for k < s.t1 && k < d.mentions[p].t1+7 && (determiners[d.toks[k].lower] || d.toks[k].tag == "JJ" || d.toks[k].tag == "CD" || timeNouns[d.toks[k].lower] && k+1 < s.t1 && d.toks[k+1].lower == "of" || d.toks[k].lower == "of" && timeNouns[d.toks[k-1].lower]) {
		k++ // ("for two days of talks")
	}
	if k >= s.t1 || !visitPurposes[d.toks[k].lower] {
		return false
	}
	for _, sb := range subs {
		if d.isActor(sb.ment) && d.mentions[sb.ment].ent != d.mentions[p].ent {
			d.emitCode(si, sb, "visit", argument{ment: p}, g, confCopula, false, "visit", "", "", "")
		}
	}
	return true
}

// transferNouns move a player (or a firm) to an organisation: "a move to
// Celtic", "his switch to Atletico Madrid".
var transferNouns = set("move", "switch", "transfer")

// signVerbs conclude an agreement between the parties that do it.
var signVerbs = set("sign", "conclude", "ink", "seal", "reach", "negotiate")

// visitPurposes are what a visitor is somewhere for.
var visitPurposes = set("talks", "meetings", "meeting", "visit", "summit", "consultations", "negotiations", "discussions")

// reducedPlaced: group g is a bare participle that places what it follows
// ("located in", "headquartered in", "stationed in"; "based in" has rules
// of its own).
func (d *doc) reducedPlaced(g *vgroup) bool {
	if !g.finite && g.head == g.g0 && g.g0 == d.sents[d.toks[g.head].sent].t0 && originParticiples[d.toks[g.head].lower] {
		return true // "Born in Enugu, Okonkwo studied": the main clause's subject was born there
	}
	return !g.finite && g.head == g.g0 && d.toks[g.head].tag == "VBN" && (g.lemma == "locate" || g.lemma == "headquarter" || g.lemma == "station")
}

// frontedPassiveSubject: the participle group g opens its sentence ("Founded
// by Bill Gates in 1975, Microsoft is", "Owned by Rupert Murdoch, The Sun
// backed Labour"): the subjects of the main clause after the comma
// (mainAfterComma), or nil.
func (d *doc) frontedPassiveSubject(si int, g *vgroup) []argument {
	s := &d.sents[si]
	if g.g0 != s.t0 {
		return nil
	}
	mg, ok := d.mainAfterComma(s, g.g1)
	if !ok {
		return nil
	}
	return d.subjects(si, &mg)
}

// raisedObject: an infinitive copula right after a name ("found Tom Hart
// to be a Hamas leader") has that name for its subject, not the
// sentence's: the name's mention (none for a pronoun), or nil.
func (d *doc) raisedObject(g *vgroup) []argument {
	k := g.g0 - 1
	if k <= d.sents[d.toks[g.g0].sent].t0 || d.toks[k].lower != "to" {
		return nil
	}
	if m := d.toks[k-1].mention; m >= 0 && d.mentions[m].t1 == k {
		return []argument{{ment: m}}
	}
	if objectPronouns[d.toks[k-1].lower] {
		return []argument{}
	}
	return nil
}

// orgTitleComplement reads a copula's complement from token j that is an
// organisation's name and a post ("a Hamas leader", "a senior Microsoft
// executive", "Home Office permanent secretary"; not "the Hamas leader's
// son"): the organisation's mention
// and the title, or -1.
func (d *doc) orgTitleComplement(si, j int) (int, string) {
	s := &d.sents[si]
	if j >= s.t1 {
		return -1, ""
	}
	if l := d.toks[j].lower; l == "a" || l == "an" || l == "the" {
		j++
	} else if !d.isOrg(d.toks[j].mention) || d.mentions[d.toks[j].mention].t0 != j {
		return -1, "" // (with no article: "was Home Office permanent secretary")
	}
	former := false
	for j < s.t1 && (d.toks[j].tag == "JJ" && d.toks[j].mention < 0 && !d.isTitleWord(d.toks[j].lower) || d.toks[j].lower == "senior" || d.toks[j].lower == "leading" || d.toks[j].lower == "former") {
		// (not "a Tory MP": the party is tagged an adjective)
		former = former || d.toks[j].lower == "former"
		j++
	}
	if j >= s.t1 || !d.isOrg(d.toks[j].mention) || d.mentions[d.toks[j].mention].t0 != j || d.mentions[d.toks[j].mention].kind == MentionDemonym {
		return -1, ""
	}
	aff := d.toks[j].mention
	var words []string
	k := d.mentions[aff].t1
	for k < s.t1 && d.toks[k].mention < 0 && (isLowerWord(d.toks[k].text) || seatTitles[d.toks[k].lower] && d.toks[k].text == strings.ToUpper(d.toks[k].text)) && d.isTitleWord(d.toks[k].lower) {
		words = append(words, d.toks[k].lower)
		k++
	}
	if len(words) == 0 || !titleHeads[words[len(words)-1]] || k < s.t1 && (d.toks[k].lower == "of" && !d.fieldOfPost(k) || d.toks[k].lower == "'s" || d.toks[k].mention >= 0) {
		return -1, "" // (not "a Hamas leader's son", "the Labour leader of the council")
	}
	if former {
		words = append([]string{"former"}, words...) // "is a former Tory MP"
	}
	return aff, strings.Join(words, " ")
}

// fieldOfPost: "of" at token k names the field of the post before it, a
// bare lower-case noun or two ("a University of Iowa professor of
// economics", not "the Labour leader of the council").
func (d *doc) fieldOfPost(k int) bool {
	n := d.lowerRun(k+1, 3)
	if n == 0 || determiners[d.toks[k+1].lower] {
		return false
	}
	e := k + 1 + n
	s := &d.sents[d.toks[k].sent]
	return e >= s.t1 || d.toks[e].mention < 0 && d.toks[e].lower != "of" && !isProperTag(d.toks[e].tag)
}

// copulaAt: "Mike Tindall has been at Bath for eight years": a person who
// is at an organisation (for a time, or since a date) is a member of it. It
// reports whether it found one.
func (d *doc) copulaAt(si int, g *vgroup, subs []argument) bool {
	s := &d.sents[si]
	j := g.g1
	if g.negated || j+1 >= s.t1 || d.toks[j].lower != "at" || !d.perfectOrLasting(si, g) {
		return false
	}
	k := j + 1
	if d.toks[k].lower == "the" {
		k++
	}
	o := d.mentionAt(k, s)
	if !d.isOrg(o) || d.mentions[o].t0 != k || d.mentions[o].modifier {
		return false
	}
	if e := d.mentions[o].t1; !d.endsPhrase(si, e) && !(e < s.t1 && (d.toks[e].lower == "for" || d.toks[e].lower == "since")) {
		return false
	}
	for _, sb := range subs {
		if d.argType(sb) == TypePerson {
			d.add(si, sb, "member of", argument{ment: o}, nil, g, confCopula, false)
		}
	}
	return true
}

// perfectOrLasting: verb group g is a perfect ("has been at") or a time
// span follows its clause ("was at Barclays for ten years", "since 1998"):
// a stay, not a visit ("was at the BBC yesterday").
func (d *doc) perfectOrLasting(si int, g *vgroup) bool {
	for k := g.g0; k < g.head; k++ {
		if l := d.toks[k].lower; l == "has" || l == "have" || l == "had" || l == "'s" && d.toks[g.head].lower == "been" {
			return true
		}
	}
	s := &d.sents[si]
	for k := g.g1; k+1 < s.t1 && k < g.g1+8; k++ {
		if l := d.toks[k].lower; l == "since" || l == "for" && (d.toks[k+1].tag == "CD" || d.toks[k+1].lower == "many" || d.toks[k+1].lower == "several") {
			return true
		}
	}
	return false
}

// fromPlace: "Mrs Smith is (originally) from Leeds": a person is from the
// place after the copula. It reports whether it found one.
func (d *doc) fromPlace(si int, g *vgroup, subs []argument) bool {
	s := &d.sents[si]
	j := g.g1
	if j < s.t1 && d.toks[j].tag == "RB" {
		j++
	}
	if j+1 >= s.t1 || d.toks[j].lower != "from" || g.negated {
		return false
	}
	p := d.placeAt(j + 1)
	if p < 0 {
		return false
	}
	found := false
	for _, sb := range subs {
		if e := d.mentions[sb.ment].ent; e >= 0 && d.ents[e].typ == TypePerson {
			d.add(si, sb, "from", argument{ment: p}, nil, g, confCopula, false)
			found = true
		}
	}
	return found
}

// complement reads a noun complement and its organisation or place from
// token j ("chief executive of Ford" after "became", "was appointed" or
// "named X"): the predicate ("chief executive of"), a second post joined
// by "and" ("managing director and chief executive of": "managing director
// of", or "") and the object mention, or -1.
func (d *doc) complement(si, j int) (string, string, int) {
	s := &d.sents[si]
	var words, also []string
	j0 := j
	former := false
	for ; j < s.t1 && j-j0 < 10; j++ {
		t := &d.toks[j]
		if (t.lower == "former" || t.lower == "ex-") && len(words) == 0 {
			former = true // "is a former provincial governor of Herat": no longer
		}
		if t.lower == "and" && also == nil && len(words) > 0 && titleHeads[words[len(words)-1]] && j+1 < s.t1 && d.isTitleWord(d.toks[j+1].lower) {
			also, words = words, nil // "managing director and chief executive of X": both posts
			continue
		}
		// (a title word the tagger read as an adjective after the title's
		// first word stays: "is chief/JJ executive/JJ of Metrojaya")
		if t.lower == "a" || t.lower == "an" || t.lower == "the" || t.lower == "as" && j == j0 || t.tag == "JJ" && !(titleAdjectives[t.lower] && len(words) == 0 && j+1 < s.t1 && d.isTitleWord(d.toks[j+1].lower)) && !(len(words) > 0 && d.isTitleWord(t.lower) && d.isTitleWord(words[len(words)-1])) || t.tag == "RB" && len(words) == 0 {
			continue
		}
		if t.tag == "JJS" && len(words) == 0 && j+1 < s.t1 && ownerNouns[d.toks[j+1].lower] {
			continue // "the largest shareholder in X" (not "the best striker in Europe")
		}
		if (isNoun(t.tag) || t.tag == "JJ") && t.mention < 0 {
			words = append(words, t.lower)
			continue
		}
		if len(words) == 0 && t.mention >= 0 && d.isPlace(t.mention) && d.mentions[t.mention].t1 < s.t1 && d.placeQualifies(d.mentions[t.mention].t1) {
			j = d.mentions[t.mention].t1 - 1 // "is Middle East correspondent for Reuters": the post's region
			continue
		}
		break
	}
	if len(words) == 0 || j >= s.t1 || !rolePreps[d.toks[j].lower] {
		return "", "", -1
	}
	prep := d.toks[j].lower
	obj := d.firstArg(si, j+1, 8, true)
	if obj < 0 || timeNouns[strings.ToLower(d.ents[d.mentions[obj].ent].name)] {
		return "", "", -1 // (not "Player of the Year")
	}
	for k := j + 1; k < d.mentions[obj].t0; k++ {
		if _, ev := eventNouns[d.toks[k].lower]; ev && isNoun(d.toks[k].tag) {
			return "", "", -1 // "Sarajevo is the site of the assassination of X": of the act, not of X
		}
	}
	head := words[len(words)-1]
	pred := strings.Join(words, " ") + " " + prep
	if !d.isTitleWord(head) {
		if !relationHead(head) && !relationHead(strings.TrimSuffix(head, "s")) {
			return "", "", -1 // "was the final hope for X", "a big name in Brazil", "the operators in the UK": no relation the noun names
		}
		pred = head + " " + prep
	}
	second := ""
	if also != nil && d.isTitleWord(head) {
		second = strings.Join(also, " ") + " " + prep
	}
	if former && d.isTitleWord(head) {
		pred = asFormer(pred)
		if second != "" {
			second = asFormer(second)
		}
	}
	return pred, second, obj
}

// relationHead: noun w names a relation between a copula's subject and
// the object of its complement (complementHeads, relationNouns, kinNouns).
func relationHead(w string) bool {
	return complementHeads[w] || relationNouns[w] || kinNouns[w]
}

// complementHeads are the nouns other than posts (isTitleWord),
// relationNouns and kinNouns whose complement after a copula relates the
// subject to the object ("is part of X", "was the winner of X", "is a
// sequel to X").
var complementHeads = set("part", "winner", "runner-up", "successor", "predecessor", "sequel", "prequel", "parody",
	"re-creation", "remake", "work", "recipient", "division", "label", "brainchild", "brand", "front", "victim", "friend",
	"colleague", "fan", "home", "birthplace", "hometown", "clerk", "gp", "native", "resident", "citizen", "puppet", "stooge",
	"protege", "follower", "disciple", "lifeline")

// appointed: a post given by an appointing verb ("was appointed chief
// executive of Barclays", "named Larry Jinks publisher of the San Jose
// Mercury News", "made Emile Jonassaint provisional president of Haiti",
// "was made captain of England") is held by the one appointed. It reports
// whether it found one.
func (d *doc) appointed(si int, g *vgroup) bool {
	if !appointVerbs[g.lemma] && g.lemma != "make" || g.negated {
		return false
	}
	s := &d.sents[si]
	var holders []argument
	j := g.g1
	if g.passive {
		holders = d.subjects(si, g)
	} else if j < s.t1 {
		if m := d.toks[j].mention; m >= 0 && d.mentions[m].t0 == j && d.mentions[m].ent >= 0 && d.ents[d.mentions[m].ent].typ == TypePerson {
			holders = []argument{{ment: m}}
			j = d.mentions[m].t1
		}
	}
	if len(holders) == 0 {
		return false
	}
	pred, also, obj := d.complement(si, j)
	if obj < 0 {
		return d.appointedBySubject(si, g, holders, j)
	}
	words := strings.Fields(pred)
	if head := words[len(words)-2]; !titleHeads[head] || d.ents[d.mentions[obj].ent].typ != TypeOrg && d.ents[d.mentions[obj].ent].typ != TypeGPE && !(d.ents[d.mentions[obj].ent].typ == TypeLoc && regionTitles[head]) {
		return false // (not "named World Player of the Year"; "governor of Moscow Oblast" is a region's)
	}
	found := false
	for _, h := range holders {
		if d.mentions[h.ment].ent >= 0 && d.ents[d.mentions[h.ment].ent].typ == TypePerson {
			d.add(si, h, pred, argument{ment: obj}, nil, g, confCopula, false)
			if also != "" {
				d.add(si, h, also, argument{ment: obj}, nil, g, confCopula, false)
			}
			found = true
		}
	}
	return found
}

// onTrial reads "X is on trial in Richmond", "X will stand trial in The
// Hague", "X went on trial at the Old Bailey": where the subjects are
// tried, a city or a court. It reports whether it found one.
func (d *doc) onTrial(si int, g *vgroup) bool {
	s := &d.sents[si]
	k := g.g1
	switch {
	case g.negated || g.passive || k+2 >= s.t1:
		return false
	case (beVerbs[d.toks[g.head].lower] || g.lemma == "be" || g.lemma == "go") && d.toks[k].lower == "on" && d.toks[k+1].lower == "trial":
		k += 2
	case (g.lemma == "stand" || g.lemma == "face") && d.toks[k].lower == "trial":
		k++
	default:
		return false
	}
	if k+1 >= s.t1 || d.toks[k].lower != "in" && d.toks[k].lower != "at" {
		return false
	}
	p := d.siteAt(s, k+1)
	if p < 0 {
		return false
	}
	found := false
	for _, sb := range d.subjects(si, g) {
		if d.argType(sb) == TypePerson || d.argType(sb) == TypeOrg {
			d.add(si, sb, "on trial in", argument{ment: p}, nil, g, confSVO, false)
			found = true
		}
	}
	return found
}

// regionTitles are posts a region, state or city has ("appointed governor
// of Moscow Oblast", "elected mayor of Leeds").
var regionTitles = set("governor", "mayor", "premier", "prefect", "president", "minister", "leader", "administrator", "head")

// appointedBySubject: a post named with no organisation after it is the
// appointing organisation's or country's ("Vodafone named Arun Sarin chief
// executive", "the club has appointed X its new manager", "Russia named X
// ambassador"): the one subject of the active verb group g, whose holders
// stand before token j.
func (d *doc) appointedBySubject(si int, g *vgroup, holders []argument, j int) bool {
	s := &d.sents[si]
	if g.passive || j >= s.t1 {
		return false
	}
	subs := d.subjects(si, g)
	if len(subs) != 1 || !d.postHolder(subs[0].ment) || d.mentions[subs[0].ment].modifier {
		return false
	}
	if j+3 < s.t1 && d.toks[j].lower == "to" && (d.toks[j+1].lower == "succeed" || d.toks[j+1].lower == "replace") {
		// "named X to succeed Y as chief executive": past the predecessor
		if m := d.toks[j+2].mention; m >= 0 && d.mentions[m].t0 == j+2 {
			j = d.mentions[m].t1
		}
	}
	if j+1 < s.t1 && d.toks[j].lower == "as" {
		j++ // "appointed X as chief executive"
	}
	if j >= s.t1 {
		return false // ("named X to succeed Y" ending the text)
	}
	if l := d.toks[j].lower; l == "its" || l == "their" {
		if m := d.toks[j].mention; m >= 0 && d.mentions[m].ent >= 0 && d.mentions[m].ent != d.mentions[subs[0].ment].ent {
			return false // ("named X their chairman" with "their" another's)
		}
		j++
	}
	var words []string
	for ; j < s.t1 && d.toks[j].mention < 0 && isLowerCompound(d.toks[j].text) && d.isTitleWord(d.toks[j].lower); j++ {
		words = append(words, d.toks[j].lower)
	}
	if len(words) == 0 || !titleHeads[words[len(words)-1]] || courtesyTitles[words[len(words)-1]] {
		return false
	}
	if j < s.t1 && !d.appointedPostEnds(j) {
		return false // ("named X player of the year", "appointed X manager until the end of the season" stays)
	}
	found := false
	for _, h := range holders {
		if d.mentions[h.ment].ent >= 0 && d.ents[d.mentions[h.ment].ent].typ == TypePerson {
			d.add(si, h, strings.Join(words, " ")+" of", subs[0], nil, g, confCopula-0.05, false)
			found = true
		}
	}
	return found
}

// appointedPostEnds: the post an appointing verb gives ends before token j
// (punctuation, a conjunction, an adverb, a time or a clause opener; not
// endsPhrase's apposition end or verb).
func (d *doc) appointedPostEnds(j int) bool {
	t := &d.toks[j]
	switch {
	case t.tag == "," || t.tag == "." || t.tag == ":" || t.tag == "CC" || t.tag == "RB" || t.tag == "WDT" || t.tag == "WP" || t.text == "(":
		return true
	case t.lower == "on" || t.lower == "in" || t.lower == "last" || t.lower == "this" || t.lower == "after" || t.lower == "to" && j+1 < d.sents[t.sent].t1 && isVerb(d.toks[j+1].tag):
		// "named X chief executive on Monday", "in March", "to succeed Y"
		return !rolePreps[t.lower] || j+1 < d.sents[t.sent].t1 && (timeNouns[d.toks[j+1].lower] || monthWords[d.toks[j+1].lower] || d.toks[j+1].tag == "CD")
	}
	return false
}

// againstNouns are legal and hostile steps whose target follows
// "against": "announced two forfeiture complaints against Iran", "brought
// charges against X" (not "a win against Portsmouth").
var againstNouns = set("complaint", "lawsuit", "suit", "case", "proceeding", "proceedings", "charge", "charges", "action",
	"measure", "measures", "allegation", "accusation", "claim", "injunction", "indictment", "warrant", "appeal", "petition",
	"crackdown", "resolution", "motion", "restriction", "restrictions", "tariff", "tariffs", "duty", "duties", "boycott", "campaign",
	"arm", "arms", "weapon", "weapons", "violence", "war", "offensive", "operation", "sanction", "sanctions", "protest", "threat", "bias",
	"insurgency", "rebellion", "uprising", "insurrection", "revolt", "jihad", "struggle")

// titleAdjectives are the adjectives a post's name keeps after a copula:
// "became chief executive of Ford" (not "the new boss").
var titleAdjectives = set("chief", "deputy", "vice", "acting", "interim", "managing", "assistant", "associate", "prime", "foreign")

// possessiveCopula: "Diendéré was previously Compaoré's chief of staff",
// "Michael Cohen is Donald Trump's lawyer": the subject holds the post of
// the possessor.
func (d *doc) possessiveCopula(si int, g *vgroup, subs []argument) bool {
	s := &d.sents[si]
	j := g.g1
	for j < s.t1 && d.toks[j].tag == "RB" {
		j++
	}
	if j < s.t1 && (d.toks[j].lower == "the" || d.toks[j].lower == "a") {
		j++
	}
	if j >= s.t1 {
		return false // (the sentence ends: "he was")
	}
	pm := d.toks[j].mention
	if pm < 0 || d.mentions[pm].t0 != j || d.mentions[pm].ent < 0 || d.mentions[pm].modifier {
		return false
	}
	k := d.mentions[pm].t1
	if k+1 >= s.t1 || d.toks[k].text != "'s" {
		return false
	}
	var words []string
	for k++; k < s.t1 && d.toks[k].mention < 0 && isLowerWord(strings.ReplaceAll(d.toks[k].text, "-", "")) && (isNoun(d.toks[k].tag) || d.toks[k].tag == "JJ" || d.toks[k].tag == "JJS"); k++ {
		words = append(words, d.toks[k].lower)
	}
	if k+1 < s.t1 && d.toks[k].lower == "of" && d.toks[k+1].lower == "staff" {
		words, k = append(words, "of", "staff"), k+2
	}
	for len(words) > 1 && !titleHeads[words[0]] && !titleAdjectives[words[0]] && !serviceTitles[words[0]] {
		words = words[1:] // "Microsoft's first female chief executive"
	}
	if len(words) == 0 {
		return false
	}
	head := words[len(words)-1]
	if head == "staff" && len(words) >= 3 {
		head = words[len(words)-3]
	}
	if !titleHeads[head] && !serviceTitles[head] || k < s.t1 && d.toks[k].mention >= 0 {
		return false
	}
	pred := d.postOrOrigin(strings.Join(words, " "), pm) // ("France's best-paid actor": from; "the Labour Party's longest-serving prime minister": a member)
	for _, sb := range subs {
		d.emit(si, sb, pred, "", argument{ment: pm}, g, confCopula, false)
	}
	return true
}

// businessIn: a company builds, opens, sells or makes something in a place
// ("Hyundai will build a new plant in India", "BMW sold 95,000 cars in
// Asia", "began assembling sedans in China"): the company does so there
// ("build plant in"). It reports whether it found one.
func (d *doc) businessIn(si int, g *vgroup, subs []argument) bool {
	s := &d.sents[si]
	if !businessVerbs[g.lemma] || g.passive || g.negated || len(subs) == 0 || !d.isOrg(subs[0].ment) {
		return false
	}
	h, p := d.nounsInPlace(s, g.g1, 3)
	if h < 0 || !d.isPlace(p) {
		return false
	}
	if _, event := eventNouns[d.toks[h].lower]; event || eventNounLemmas[d.nounLemma(d.toks[h].lower)] {
		return false // "opened talks in Poland": where the talks are, no business there
	}
	pred := g.lemma + " " + d.nounLemma(d.toks[h].lower) + " in"
	for _, sb := range subs {
		if d.isOrg(sb.ment) && d.mentions[sb.ment].ent != d.mentions[p].ent {
			d.add(si, sb, pred, argument{ment: p}, nil, g, confSVO-0.1, false)
		}
	}
	return true
}

// businessVerbs are what a company does with plants, goods and services
// somewhere.
var businessVerbs = set("build", "open", "close", "shut", "sell", "make", "produce", "assemble", "manufacture", "launch",
	"operate", "run", "employ", "hire", "cut", "create", "expand")

// sitesIn: the noun phrase from token j names sites or staff in places
// ("factories in India and Brazil", "400 staff in Poland", "operations in
// Australia"): the holders (asked for only then) operate in each place. It
// reports whether it found one.
func (d *doc) sitesIn(si, j int, holders func() []argument) bool {
	h, p := d.nounsInPlace(&d.sents[si], j, 1)
	if h < 0 || !businessSites[d.toks[h].lower] {
		return false
	}
	places := append([]argument{{ment: p}}, d.coordRight(si, &d.mentions[p])...)
	for _, h := range holders() {
		if !d.isOrg(h.ment) {
			continue
		}
		for _, pl := range places {
			if d.isPlace(pl.ment) {
				d.add(si, h, "operate in", pl, nil, nil, confCopula, false)
			}
		}
	}
	return true
}

// nounsInPlace reads a noun phrase from token j of sentence s: modifiers
// (determiners, possessive pronouns, adjectives, numbers), then one to n
// lower-case nouns, "in" and a place's name ("a new plant in India", "3,000
// staff in Poland"). It returns the last noun and the place's mention, or
// -1, -1.
func (d *doc) nounsInPlace(s *sent, j, n int) (int, int) {
	for j < s.t1 && d.toks[j].mention < 0 && (determiners[d.toks[j].lower] || possPronouns[d.toks[j].lower] || d.toks[j].lower == "its" || d.toks[j].lower == "some" || d.toks[j].tag == "JJ" || d.toks[j].tag == "CD") {
		j++
	}
	k := j
	for k < s.t1 && k < j+n && d.toks[k].mention < 0 && isNoun(d.toks[k].tag) && isLowerWord(d.toks[k].text) {
		k++
	}
	if k == j || k+1 >= s.t1 || d.toks[k].lower != "in" {
		return -1, -1
	}
	p := d.placeAt(k + 1)
	if p < 0 || d.mentions[p].kind != "" {
		return -1, -1
	}
	return k - 1, p
}

// businessSites are a company's sites and staff, which it has in places.
var businessSites = set("operations", "offices", "office", "factories", "factory", "plants", "plant", "mines", "stores", "shops",
	"branches", "subsidiaries", "subsidiary", "employees", "staff", "workers", "outlets", "refineries", "warehouses", "businesses")

// invertedCopula: "Tesco's chief executive is Terry Leahy", "The new head
// of the IMF is Rodrigo Rato": a post that opens the sentence, named with
// the body that gives it, held by the person named right after "is"; an
// organisation may hold a stake ("The party's largest donor was the X
// Trust"). It reports whether it found one.
func (d *doc) invertedCopula(si int, g *vgroup) bool {
	s := &d.sents[si]
	if g.negated || g.lemma != "be" || g.modality != "" {
		return false
	}
	j := g.g1
	if j < s.t1 && d.toks[j].lower == "the" {
		j++
	}
	hm := d.mentionAt(j, s)
	if hm < 0 || d.mentions[hm].t0 != j || d.mentions[hm].ent < 0 || d.mentions[hm].kind != "" || !d.endsPhrase(si, d.mentions[hm].t1) {
		return false
	}
	k := s.t0
	if s.body > k {
		k = s.body
	}
	if k < g.g0 && d.toks[k].lower == "the" {
		k++
	}
	body, prep := -1, "of"
	var words []string
	if pm := d.mentionAt(k, s); pm >= 0 && d.mentions[pm].t0 == k && d.possessiveAt(d.mentions[pm].t1) {
		// "Tesco's chief executive", "The Liberal Democrats' largest donor"
		body = pm
		k = d.mentions[pm].t1 + 1
		for k < g.g0 && (d.toks[k].tag == "JJS" || d.toks[k].tag == "JJ" && !titleAdjectives[d.toks[k].lower] && !titleHeads[d.toks[k].lower]) {
			k++ // "the party's largest donor", "Tesco's new chief executive"
		}
		for ; k < g.g0 && d.toks[k].mention < 0 && isLowerWord(strings.ReplaceAll(d.toks[k].text, "-", "")) && (isNoun(d.toks[k].tag) || d.toks[k].tag == "JJ"); k++ {
			words = append(words, d.toks[k].lower)
		}
	} else {
		// "The (new) head of the IMF"
		words, k = d.titleWords(k, g.g0)
		if k+1 < g.g0 && rolePreps[d.toks[k].lower] {
			prep = d.toks[k].lower
			k++
			if d.toks[k].lower == "the" {
				k++
			}
			if om := d.mentionAt(k, s); om >= 0 && d.mentions[om].t0 == k {
				body, k = om, d.mentions[om].t1
			}
		}
	}
	if body < 0 || len(words) == 0 || k != g.g0 || d.mentions[body].ent < 0 || d.mentions[body].ent == d.mentions[hm].ent {
		return false
	}
	head := words[len(words)-1]
	holder := d.ents[d.mentions[hm].ent].typ
	if !(holder == TypePerson && titleHeads[head]) && !(holder == TypeOrg && backerNouns[head]) {
		return false
	}
	title := strings.Join(words, " ")
	pred := title + " " + prep
	if prep == "of" {
		pred = d.postOrOrigin(title, body)
	}
	d.add(si, argument{ment: hm}, pred, argument{ment: body}, nil, g, confCopula, false)
	return true
}

// backerNouns are what an organisation may be to another: a holder of a
// stake or a giver of money.
var backerNouns = set("shareholder", "investor", "owner", "stakeholder", "creditor", "lender", "donor", "backer", "sponsor")

// warnVerbs warn a party against doing something it has not done.
var warnVerbs = set("warn", "caution", "advise", "counsel", "deter")

// targetPreps name a weapon's target: "fired missiles at US bases",
// "dropped bombs on Gaza".
var targetPreps = set("at", "on", "into", "toward", "towards")

// bodyHead: the noun phrase from token j is a group that acts for its
// possessor ("Vivendi's board", "Israel's armed forces").
func (d *doc) bodyHead(j int) bool {
	h := d.possHead(j)
	return h < d.sents[d.toks[j].sent].t1 && (groupNouns[d.toks[h].lower] || d.toks[h].lower == "board")
}

// violentVerbs take their agent after a place or a manner in the passive
// ("was shot to death in St. Joseph, Mo., by Robert Ford").
var violentVerbs = set("shoot", "murder", "assassinate", "stab", "kidnap", "abduct", "attack", "execute", "behead", "strangle", "poison")

// harmVerbs are what an attack does to people: "killed in the airstrike".
var harmVerbs = set("kill", "injure", "wound", "hurt", "maim", "destroy", "damage")

// gameNouns are games a player pulls out of, or plays, with an opponent.
var gameNouns = set("match", "game", "tie", "final", "semi-final", "clash", "bout", "fight", "fixture", "showdown", "rematch")

// deathVerbs tell a death whose cause may follow ("died in a US
// airstrike").
var deathVerbs = set("die", "perish")

// forceAgent finds the doer of the attack a passive of harm names after
// "in" or "during": its modifier ("killed in a US airstrike", "wounded in
// an Israeli raid") or, for "the airstrike", the doer of the last act of
// force asserted in this sentence or the two before. It returns a mention
// or -1.
func (d *doc) forceAgent(si int, g *vgroup) int {
	s := &d.sents[si]
	j := g.g1
	for j < s.t1 && j < g.g1+3 && (d.toks[j].tag == "RB" || d.toks[j].lower == "also") {
		j++
	}
	if j+2 >= s.t1 || d.toks[j].lower != "in" && d.toks[j].lower != "during" {
		return -1
	}
	j++
	det := d.toks[j].lower
	if det == "the" || det == "a" || det == "an" {
		j++
	}
	agent := -1
	if m := d.toks[j].mention; m >= 0 && d.mentions[m].ent >= 0 && d.mentions[m].t0 == j {
		agent, j = m, d.mentions[m].t1
		if e := d.mentions[m].t1 - 1; e > d.mentions[m].t0 && assaultNouns[d.toks[e].lower] {
			return agent // "an Israeli air strike": the demonym's mention took the noun in
		}
	}
	for n := 0; j+1 < s.t1 && n < 3 && d.toks[j].mention < 0 && (d.toks[j].tag == "JJ" || isNoun(d.toks[j].tag) && isLowerWord(d.toks[j].text) && !assaultNouns[d.toks[j].lower]); n++ {
		j++ // "a US drone strike"
	}
	if j >= s.t1 || !assaultNouns[d.toks[j].lower] && d.toks[j].lower != "shooting" {
		return -1
	}
	if agent >= 0 {
		return agent
	}
	// "killed in a drone strike ordered by Trump", "... carried out by X"
	k := j + 1
	for k < s.t1 && k <= j+3 && (d.toks[k].tag == "VBN" || d.toks[k].tag == "RP" || d.toks[k].tag == "RB") {
		k++
	}
	if k+1 < s.t1 && d.toks[k].lower == "by" {
		if k+2 < s.t1 && determiners[d.toks[k+1].lower] {
			k++
		}
		if m := d.toks[k+1].mention; m >= 0 && d.mentions[m].t0 == k+1 && d.isActor(m) || m >= 0 && d.mentions[m].t0 == k+1 && d.mentions[m].ent >= 0 && d.ents[d.mentions[m].ent].typ == TypeGPE {
			return m
		}
	}
	if det == "the" && d.lastForce.sent >= 0 && d.lastForce.sent >= si-2 && d.lastForce.sent <= si {
		return d.lastForce.ment
	}
	return -1
}

// deedNouns name an act already told: "criticized the decision".
var deedNouns = set("decision", "move", "step", "action", "withdrawal", "killing", "attack", "strike", "airstrike", "invasion",
	"annexation", "deployment", "announcement", "order", "ban", "sanction", "sanctions", "expulsion", "arrest", "detention", "execution",
	"offensive", "incursion", "crackdown", "raid", "raids", "bombing", "blockade", "airstrikes", "strikes", "attacks", "intervention",
	"occupation", "seizure", "shelling", "tariff", "tariffs", "embargo")

// deedDoer returns the doer of the last act told in this sentence or the one
// before when the verb group's object is "the/this/that" + a deed noun, or
// -1.
func (d *doc) deedDoer(si int, g *vgroup) int {
	s := &d.sents[si]
	j := g.g1
	if j+1 >= s.t1 {
		return -1
	}
	if l := d.toks[j].lower; l != "the" && l != "this" && l != "that" && l != "these" {
		return -1
	}
	if !deedNouns[d.toks[j+1].lower] || j+2 < s.t1 && (d.toks[j+2].lower == "of" || d.toks[j+2].lower == "by" || d.toks[j+2].lower == "to") {
		return -1 // ("the decision to", "the attack by X": their own rules)
	}
	if d.lastDeed.sent < 0 || d.lastDeed.sent < si-1 {
		return -1
	}
	if n := d.toks[j+1].lower; !anyDeedNouns[n] {
		// "approved the plan ... condemned the attack": an attack must
		// have been told as one (a verb of the same CAMEO root, the
		// noun's verb: "annexed ... the annexation", or the verb's
		// object: "launched an offensive ... the offensive")
		nc, ok := d.x.events.Noun(d.nounLemma(n))
		vc, ok2 := d.x.events.Lookup(d.lastDeed.lemma)
		if !(ok && ok2 && len(nc.Code) >= 2 && len(vc.Code) >= 2 && nc.Code[:2] == vc.Code[:2]) && commonPrefix(n, d.lastDeed.lemma) < min(4, len(d.lastDeed.lemma)) && !d.deedNounAfter(d.nounLemma(n)) {
			return -1
		}
	}
	return d.lastDeed.ment
}

// deedNounAfter reports whether noun (a lemma) is the object of the last
// deed's verb, within four words: "launched an offensive", "imposed
// tariffs".
func (d *doc) deedNounAfter(noun string) bool {
	st := &d.sents[d.lastDeed.sent]
	for k := d.lastDeed.end; k < st.t1 && k < d.lastDeed.end+4; k++ {
		if d.nounLemma(d.toks[k].lower) == noun {
			return true
		}
	}
	return false
}

// demonymModifier: token k is a one-word demonym describing a noun
// ("the French mineral water").
func (d *doc) demonymModifier(k int) bool {
	m := d.toks[k].mention
	return m >= 0 && d.mentions[m].kind == MentionDemonym && d.mentions[m].modifier && d.mentions[m].t0 == k && d.mentions[m].t1 == k+1
}

// kinBefore: a kinsman's noun stands just before token k, maybe with a
// comma between ("one son, Alan"); a kinsman's noun the name took in as
// its title ("her husband Tom Jones") is not seen, and leaving him stays.
func (d *doc) kinBefore(k int) bool {
	s := &d.sents[d.toks[k].sent]
	j := k - 1
	if j > s.t0 && d.toks[j].text == "," {
		j--
	}
	return j >= s.t0 && kinNouns[d.toks[j].lower]
}

// accessVerbs act on what access to which they stop or limit.
var accessVerbs = set("block", "restrict", "limit", "cut", "ban", "curb", "suspend", "halt", "shut")

// mandativeVerbs take a "that" clause of what should be done.
var mandativeVerbs = map[string]string{"demand": "requested", "request": "requested", "ask": "requested", "urge": "urged",
	"order": "requested", "require": "requested", "recommend": "proposed", "propose": "proposed"}

// commonPrefix returns the length of the longest common prefix of a and b.
func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// anyDeedNouns name any act: "the decision", "the move".
var anyDeedNouns = set("decision", "move", "step", "action", "announcement", "order")

// transitiveShare: verb group g is followed by "and"/"or" and verb group n
// with nothing else between (adverbs aside): "shot and mortally wounded".
func transitiveShare(d *doc, g, n *vgroup) bool {
	j := g.g1
	if j >= n.g0 || d.toks[j].lower != "and" && d.toks[j].lower != "or" {
		return false
	}
	// (not "accused Japan of lying and warned Korea": a gerund and a
	// finite verb are no pair)
	return d.adverbsOnly(j+1, n.g0) && !g.passive && !n.passive && (d.toks[g.head].tag == "VBG") == (d.toks[n.head].tag == "VBG")
}

// farByAgent returns the agent of a passive named after its complement,
// within 15 tokens of the verb and before the clause ends: "by", maybe a
// description and a comma, then the name; or -1.
func (d *doc) farByAgent(si int, g *vgroup) int {
	s := &d.sents[si]
	for k := g.g1; k < s.t1 && k < g.g1+15; k++ {
		t := &d.toks[k]
		if t.text == "," && k > s.t0 && d.isPlace(d.toks[k-1].mention) {
			if k+1 >= s.t1 {
				return -1
			}
			if r := d.toks[k+1].mention; r >= 0 && d.knownRegion(r) && d.mentions[r].t1 < s.t1 && d.toks[d.mentions[r].t1].text == "," {
				k = d.mentions[r].t1 // "shot to death in St. Joseph, Mo., by Robert Ford": past the town's state
				continue
			}
		}
		if t.text == "," && (k > s.t0 && d.toks[k-1].tag == "CD" || k+1 < s.t1 && d.toks[k+1].tag == "CD" && yearNumber(d.toks[k+1].text)) {
			continue // "murdered on Dec. 8, 1980, by Mark David Chapman": a date's commas
		}
		if t.text == ";" || t.text == "," || t.text == "\"" || t.text == ":" || t.lower == "that" || t.lower == "which" || t.lower == "who" || t.tag == "MD" || (t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP") && t.mention < 0 {
			return -1
		}
		if t.lower != "by" || k+1 >= s.t1 {
			continue
		}
		j := k + 1
		if determiners[d.toks[j].lower] {
			j++
		}
		for n := 0; j < s.t1 && n < 4 && d.toks[j].mention < 0 && isLowerWord(d.toks[j].text) && (isNoun(d.toks[j].tag) || d.toks[j].tag == "JJ"); n++ {
			j++ // "by the media watchdog, X"
		}
		if j < s.t1 && d.toks[j].text == "," && j > k+1 {
			j++
		}
		for j < s.t1 && d.toks[j].mention < 0 && d.toks[j].titleOf >= 0 {
			j++ // "by President Luiz Inacio Lula da Silva": past the title
		}
		if j >= s.t1 {
			return -1
		}
		if m := d.toks[j].mention; m >= 0 && d.mentions[m].t0 == j && d.mentions[m].ent >= 0 && d.mentions[m].t1 < s.t1 && isLowerWord(d.toks[d.mentions[m].t1].text) {
			if k := d.namedAfterDescription(d.mentions[m].t1); k >= 0 && d.isOrg(d.toks[k].mention) {
				j = k // "by US publication Forbes": the body named after its description
			} else if d.modifiesNoun(&d.mentions[m]) {
				return -1 // (not the US itself)
			}
		}
		if m := d.toks[j].mention; m >= 0 && d.mentions[m].t0 == j && d.mentions[m].ent >= 0 && !d.mentions[m].modifier && d.reactor(m) {
			if e := d.mentions[m].t1; e+1 < s.t1 && (d.toks[e].text == "'s" || d.toks[e].text == "'") && !d.bodyHead(e+1) {
				return -1 // "by the Saints' midfield man": the possessor did not act ("by Vivendi's board" it did)
			}
			return m
		}
		return -1
	}
	return -1
}

// nominalArg: the first argument is a description ("the watchdog").
func (d *doc) nominalArg(args []argument) bool {
	return len(args) > 0 && d.mentions[args[0].ment].kind == MentionNominal
}

// talkNouns are talks a third party hosts between two others ("Qatar
// hosted talks between Djibouti and Eritrea": it mediates).
var talkNouns = set("talk", "talks", "negotiation", "negotiations", "dialogue", "meeting", "meetings")

// mediateVerbs stand between two parties named after "between": "Egypt
// mediated a truce between Israel and Hamas".
var mediateVerbs = set("mediate", "broker", "arbitrate", "facilitate")

// releaseCallers ask for someone's release ("demanded the release of X",
// "called for the release of X").
var releaseCallers = set("demand", "call", "urge", "seek", "press", "appeal", "push", "secure", "welcome", "order", "negotiate")

// ousterNouns are what a side demands be done to a leader: "demanded the
// resignation of X".
var ousterNouns = set("resignation", "removal", "dismissal", "sacking", "ouster", "impeachment", "arrest", "extradition",
	"prosecution")

// ousterCallers demand it (not "welcomed the arrest of X").
var ousterCallers = set("demand", "call", "urge", "seek", "press", "push", "appeal")

// purchaseVerbs buy what is named from a seller after "from".
var purchaseVerbs = set("buy", "order", "purchase", "acquire", "import", "lease", "rent", "source")

// writtenToNouns are what one writes to someone: "wrote a letter to X".
var writtenToNouns = set("letter", "note", "message", "email", "e-mail", "memo", "appeal", "plea")

// mediaWorkVerbs are work done for an employer named after "for" ("covered
// education for the AP").
var mediaWorkVerbs = set("write", "cover", "report", "present", "edit", "broadcast", "photograph", "review",
	"commentate", "anchor", "research", "analyse", "analyze")

// writtenPieces are what a journalist writes for a paper (not "a letter
// for Amnesty").
var writtenPieces = set("column", "columns", "article", "articles", "story", "stories", "piece", "pieces", "blog",
	"review", "reviews", "report", "reports", "feature", "features")

// argPossessive reports whether an argument's name is followed by "'s"
// ("for BBC One's Top of the Pops": the programme, not the channel).
func (d *doc) argPossessive(a argument) bool {
	e := d.mentions[a.ment].t1
	return e < len(d.toks) && (d.toks[e].text == "'s" || d.toks[e].text == "'")
}

// argType is the type of an argument's entity, or "".
func (d *doc) argType(a argument) string {
	if m := &d.mentions[a.ment]; m.ent >= 0 {
		return d.ents[m.ent].typ
	}
	return ""
}

// placeQualifies reports whether token e, after a place's name, is a
// lower-case noun the place qualifies ("Middle East correspondent").
func (d *doc) placeQualifies(e int) bool {
	t := &d.toks[e]
	return t.mention < 0 && isNoun(t.tag) && isLowerWord(t.text)
}

// refusedInfinitive: the infinitive group g follows a refusal, directly or
// through an offer ("refused to become X", "rejected the chance to become
// X", "turned down an offer to become X"): what it says did not happen.
func (d *doc) refusedInfinitive(si int, g *vgroup) bool {
	s := &d.sents[si]
	for k := g.g0; k+1 < g.head; k++ {
		if isVerb(d.toks[k].tag) && refuseVerbs[d.lemma(&d.toks[k])] && d.toks[k+1].tag == "TO" {
			return true // "has refused to become": one verb group
		}
	}
	k := g.g0 - 1
	if k <= s.t0 || d.toks[k].tag != "TO" {
		return false
	}
	k--
	if k > s.t0 && offerNouns[d.toks[k].lower] {
		k--
		if k > s.t0 && determiners[d.toks[k].lower] {
			k--
		}
	}
	if k > s.t0 && d.toks[k].tag == "RP" {
		k-- // "turned down"
	}
	return k >= s.t0 && isVerb(d.toks[k].tag) && refuseVerbs[d.lemma(&d.toks[k])]
}

// offerNouns and refuseVerbs: turning down a post.
var (
	offerNouns  = set("chance", "offer", "opportunity", "invitation", "job", "approach", "bid")
	refuseVerbs = set("refuse", "reject", "decline", "turn", "spurn", "snub", "rebuff")
)

// quitAfter: the person argument a is the subject of a verb of leaving a
// post right after it ("demanded Sir Edward Heath quit", "urged that he
// step down").
func (d *doc) quitAfter(a argument) bool {
	m := &d.mentions[a.ment]
	return m.ent >= 0 && d.ents[m.ent].typ == TypePerson && d.quitsAt(m.sent, m.t1)
}

// quitsAt: token i of sentence si is a verb of leaving a post ("quit", "resign", "step
// down").
func (d *doc) quitsAt(si, i int) bool {
	s := &d.sents[si]
	if i >= s.t1 {
		return false
	}
	v := &d.toks[i]
	l := d.lemma(v)
	return isVerb(v.tag) && resignVerbs[l] && (l != "step" && l != "stand" || i+1 < s.t1 && d.toks[i+1].lower == "down")
}

// resignVerbs leave a post ("quit", "resign", "step down").
var resignVerbs = set("quit", "resign", "step", "stand")

// demandVerbs ask something of the subject of a clause in the subjunctive
// after them.
var demandVerbs = set("demand", "ask", "request", "urge")

// demandedOf returns the mention of the party a demand is made of: the
// subject of a clause after a verb of demanding whose verb is a bare
// subjunctive or "should"/"must" ("demanded that Washington lift
// sanctions", "urged that Iran should stop"; not "demanded to know why Iran
// was silent"); or -1.
func (d *doc) demandedOf(si int, g *vgroup) int {
	if !demandVerbs[g.lemma] || !g.finite || g.passive || g.negated {
		return -1
	}
	s := &d.sents[si]
	j := g.g1
	if j < s.t1 && d.toks[j].lower == "that" {
		j++
	}
	if j >= s.t1 {
		return -1
	}
	r := d.partyAt(j)
	if r < 0 || d.mentions[r].t1 >= s.t1 {
		return -1
	}
	v := &d.toks[d.mentions[r].t1]
	if v.tag == "VB" || v.tag == "VBP" || v.tag == "MD" && (v.lower == "should" || v.lower == "must") {
		return r
	}
	return -1
}

// actNouns name an act by its verb; announceVerbs make their subject its
// doer: "announced the cancellation of the contract with OAS".
var actNouns = map[string]string{"cancellation": "cancel", "suspension": "suspend", "expulsion": "expel",
	"closure": "close", "withdrawal": "withdraw", "recall": "recall", "release": "release", "dismissal": "dismiss",
	"sacking": "sack", "appointment": "appoint", "nomination": "nominate", "termination": "terminate",
	"resumption": "resume", "restoration": "restore", "severing": "sever", "lifting": "lift", "imposition": "impose",
	"arrest": "arrest", "detention": "detain", "deportation": "deport", "extradition": "extradite", "deployment": "deploy"}
var announceVerbs = set("announce", "order", "approve", "confirm", "authorise", "authorize", "decree")

// announcedAct reads "announced the NOUN of X" and "announced the NOUN of
// the N with Y" after an announcing verb: the subject does the act named
// by the noun to X (or does it to the N with Y: "cancel contract with").
// It reports whether it found one.
func (d *doc) announcedAct(si int, g *vgroup, subs []argument) bool {
	s := &d.sents[si]
	j := g.g1
	if !announceVerbs[g.lemma] || g.passive || j+3 >= s.t1 || d.toks[j].lower != "the" || d.toks[j+2].lower != "of" {
		return false
	}
	verb, ok := actNouns[d.toks[j+1].lower]
	if !ok {
		return false
	}
	k := j + 3
	if l := d.toks[k].lower; l == "the" || l == "its" || l == "their" {
		k++
	}
	if k >= s.t1 {
		return false
	}
	act := &vgroup{g0: j + 1, g1: j + 2, head: j + 1, lemma: verb, negated: g.negated, modality: g.modality, finite: g.finite}
	if m := d.toks[k].mention; m >= 0 && d.mentions[m].t0 == k && d.mentions[m].ent >= 0 && !d.mentions[m].modifier {
		if d.mentions[m].t1 < s.t1 && d.toks[d.mentions[m].t1].text == "'s" {
			return false // "the release of Iran's nuclear data"
		}
		if t := d.mentions[m].t1; (verb == "withdraw" || verb == "deploy") && t < s.t1 && (troopNouns[d.toks[t-1].lower] || troopNouns[d.toks[t].lower]) {
			// "announced the withdrawal of American troops from Syria": the
			// state's troops move, the announcer acts on the place, not on
			// the state
			w := t
			if troopNouns[d.toks[w].lower] {
				w++
			}
			d.troopsMoved(si, subs, act, d.nounLemma(d.toks[w-1].lower), w)
			return true
		}
		for _, sb := range subs {
			d.emitCode(si, sb, verb, argument{ment: m}, act, confNominal, false, verb, "", "", "")
		}
		return true
	}
	if k+3 < s.t1 && d.toks[k].tag == "CD" && d.toks[k].mention < 0 && troopNouns[d.toks[k+1].lower] {
		k++ // "the deployment of 3,000 troops"
	}
	if k+2 >= s.t1 || !isNoun(d.toks[k].tag) || isCapital(d.toks[k].text) || d.toks[k].mention >= 0 {
		return false
	}
	noun := d.nounLemma(d.toks[k].lower)
	w := k + 1
	if l := d.toks[w].lower; (l == "for" || l == "on" || l == "over") && w+3 < s.t1 && d.toks[w+1].lower == "the" && isNoun(d.toks[w+2].tag) && d.toks[w+2].mention < 0 {
		w += 3 // "the contract for the road with OAS"
	}
	if troopNouns[d.toks[k].lower] && d.troopsMoved(si, subs, act, noun, w) {
		// "announced the deployment of 3,000 troops to Saudi Arabia", "the
		// withdrawal of its troops from Syria": as the verbs say it
		return true
	}
	if d.toks[w].lower != "with" {
		return false
	}
	p := d.skipThe(s, w+1)
	for p < s.t1 && d.toks[p].mention >= 0 && d.mentions[d.toks[p].mention].modifier {
		p = d.mentions[d.toks[p].mention].t1 // "with the Brazilian company OAS"
	}
	for p < s.t1 && d.toks[p].mention < 0 && isLowerWord(d.toks[p].text) && isNoun(d.toks[p].tag) {
		p++
	}
	m := -1
	if p < s.t1 {
		m = d.toks[p].mention
	}
	if m < 0 || d.mentions[m].t0 != p || d.mentions[m].ent < 0 || d.mentions[m].modifier {
		return false
	}
	for _, sb := range subs {
		d.emitCode(si, sb, verb+" "+noun+" with", argument{ment: m}, act, confNominal, false, verb, "", noun, "with")
	}
	return true
}

// quotedAs reports whether mention mi is followed by "as saying" (or
// "as having said", "as telling"): the verb before it quotes the speaker
// ("quoted the minister as saying", "reported BaFin as saying").
func (d *doc) quotedAs(si, mi int) bool {
	e := d.mentions[mi].t1
	if e+1 >= d.sents[si].t1 || d.toks[e].lower != "as" {
		return false
	}
	w := d.toks[e+1].lower
	if w == "having" && e+2 < d.sents[si].t1 {
		w = d.toks[e+2].lower
	}
	return strings.HasSuffix(w, "ing") && sayVerbs[d.lemma(&d.toks[e+1])] || w == "said" || w == "told" || w == "stated"
}

// alongWith: "X, along with Y, met Z": Y is a subject too, named in the
// phrase between the one subject and the verb ("together with",
// "accompanied by"); "The president, along with Y and Z, urged": with an
// unnamed subject opening the sentence, Y and Z are the named ones.
func (d *doc) alongWith(si int, g *vgroup, subs []argument) []argument {
	if len(subs) > 1 || g.passive {
		return nil
	}
	s := &d.sents[si]
	k := -1
	if len(subs) == 1 {
		k = d.mentions[subs[0].ment].t1
	} else {
		// "The president, along with X and Y, urged": an unnamed subject
		for j := g.g0 - 2; j > s.t0 && j > g.g0-16; j-- {
			if d.toks[j].text == "," {
				if isNoun(d.toks[j-1].tag) && d.toks[j-1].mention < 0 && d.npStart(s, j-1) == s.t0 {
					k = j
				}
				break
			}
		}
	}
	if k < 0 || k+3 >= g.g0 || d.toks[k].text != "," || d.toks[g.g0-1].text != "," {
		return nil
	}
	if w, w2 := d.toks[k+1].lower, d.toks[k+2].lower; !((w == "along" || w == "together") && w2 == "with" || w == "accompanied" && w2 == "by") {
		return nil
	}
	j := k + 3
	for j < g.g0 && d.toks[j].mention < 0 && (d.toks[j].tag == "DT" || d.toks[j].tag == "JJ" || d.toks[j].tag == "PRP$" || isNoun(d.toks[j].tag) && !isCapital(d.toks[j].text)) {
		j++ // "along with his deputy X"
	}
	y := d.mentionAt(j, s)
	if y < 0 && j < g.g0 && d.toks[j].titleOf >= 0 {
		y = d.toks[j].titleOf // "along with Secretary of State Mike Pompeo"
	}
	if y < 0 || !d.reactor(y) || d.mentions[y].t1 > g.g0-1 {
		return nil
	}
	return append([]argument{{ment: y}}, d.coordRight(si, &d.mentions[y])...)
}

// sharingVerbs take their partner after "with" past their object ("share
// intelligence with X", "trade oil with X").
var sharingVerbs = set("share", "trade", "exchange")

// listingVerbs put a party on a list; blacklistNouns are the lists that
// punish ("added Huawei to a trade blacklist").
var (
	listingVerbs   = set("add", "put", "place")
	blacklistNouns = set("blacklist", "blacklists", "watchlist", "watch-list")
)

// outOfVerbs take a country out of a deal or a body, or to war ("pulled
// the US out of", "withdrew the US from", "take the UK out of the EU",
// "took Britain to war").
var outOfVerbs = set("pull", "withdraw", "take", "lead", "remove")

// conferVerbs take the one they are done with as their party, whatever the
// topic ("discussed the campaign with X"); raiseVerbs keep their noun
// ("raised concerns with X", "settled the case with X").
var (
	conferVerbs = set("discuss", "debate", "negotiate")
	raiseVerbs  = set("raise", "settle")
)

// troopsMoved: the troops (noun) of an announced act move "to" or "from"
// the place at token w+1 ("announced the withdrawal of its troops from
// Syria"): each subject deploys them to it or withdraws them from it (the
// act's verb). It reports whether it found the place.
func (d *doc) troopsMoved(si int, subs []argument, act *vgroup, noun string, w int) bool {
	s := &d.sents[si]
	if w+1 >= s.t1 || d.toks[w].lower != "to" && d.toks[w].lower != "from" {
		return false
	}
	pl := d.placeAt(w + 1)
	if pl < 0 || d.mentions[pl].ent < 0 {
		return false
	}
	prep := d.toks[w].lower
	for _, sb := range subs {
		if d.mentions[sb.ment].ent != d.mentions[pl].ent {
			d.emitCode(si, sb, act.lemma+" "+noun+" "+prep, argument{ment: pl}, act, confNominal, false, act.lemma, "", noun, prep)
		}
	}
	return true
}

// joinedIn: "The United States and France joined Britain in blaming
// Russia": the act after "joined X in" is the joiners' too; it returns the
// subjects of "join" not already in subs.
func (d *doc) joinedIn(si int, groups []vgroup, g *vgroup, subs []argument) []argument {
	s := &d.sents[si]
	if d.toks[g.head].tag != "VBG" || g.g0-2 <= s.t0 || d.toks[g.g0-1].lower != "in" {
		return nil
	}
	m := d.toks[g.g0-2].mention
	if m < 0 || d.mentions[m].t1 != g.g0-1 || d.mentions[m].ent < 0 {
		return nil
	}
	for j := range groups {
		jg := &groups[j]
		if jg.lemma != "join" || !jg.finite || jg.passive || jg.negated || jg.g1 > d.mentions[m].t0 {
			continue
		}
		k := jg.g1
		for k < d.mentions[m].t0 && (d.toks[k].lower == "the" || d.toks[k].lower == "its" || d.toks[k].lower == "their") {
			k++
		}
		if k != d.mentions[m].t0 {
			continue
		}
		var out []argument
		for _, sb := range d.subjects(si, jg) {
			if !slices.ContainsFunc(subs, func(a argument) bool { return d.mentions[a.ment].ent == d.mentions[sb.ment].ent }) {
				out = append(out, sb)
			}
		}
		return out
	}
	return nil
}

// leftIn are words after the object of "leave" that tell the state the
// object is left in, not a place or body it is left by ("leaving Spain
// ahead", "left her trailing").
var leftIn = set("ahead", "trailing", "level", "stranded", "needing", "clear", "adrift", "short", "struggling", "fighting", "facing", "requiring", "waiting", "wondering")

// leftInState: token e, just after object mention m of "leave", opens
// the state the object is left in: a score ("leaving Spain 2-1 ahead"),
// a word of leftIn, or for a person an infinitive ("leaving Williams to
// battle for the place"; a club or a country left "to join Celtic" is
// the subject's purpose, and the leaving stays).
func (d *doc) leftInState(e, m int) bool {
	t := &d.toks[e]
	switch {
	case leftIn[t.lower]:
		return true
	case t.tag == "CD" && strings.Contains(t.text, "-"):
		return true
	case (t.tag == "CD" || t.lower == "one") && e+2 < d.sents[t.sent].t1 && isNoun(d.toks[e+1].tag) && leftIn[d.toks[e+2].lower]:
		return true // "leaving Leverkusen one point clear", "left them three points behind"
	case t.lower == "to" && e+1 < d.sents[t.sent].t1 && d.toks[e+1].tag == "VB":
		return d.personMention(m)
	}
	return false
}

// labelVerbs give their object a name in quotes ("branded Labour
// "two-bit Tories"").
var labelVerbs = set("brand", "label", "dub", "call", "term", "nickname")

// labelled: the object of a verb of labelling inside the quoted label is
// the label's word, not the one labelled ("branding the official No
// Campaign "two-bit Tories"": the campaign, not the Tories); the one
// labelled is a name between the verb and the quote, or there is no
// object.
func (d *doc) labelled(si int, g *vgroup, objs []argument) []argument {
	s := &d.sents[si]
	o := d.mentions[objs[0].ment].t0
	q := -1
	for k := g.g1; k < o && k < s.t1; k++ {
		if d.toks[k].text == "\"" {
			q = k
			break
		}
	}
	if q <= g.g1 {
		return objs
	}
	for k := g.g1; k < q; k++ {
		if m := d.toks[k].mention; m >= 0 && d.mentions[m].ent >= 0 && (!d.mentions[m].modifier || d.mentions[m].t1 == q) {
			return []argument{{ment: m}}
		}
	}
	return nil
}

// gerundSubject: group g is a bare gerund that opens a reported clause,
// right after a verb of saying or "that", and a finite verb follows its
// phrase before any comma ("said voting for Labour meant choosing higher
// taxes"): the gerund is that verb's subject, an act of nobody named.
func (d *doc) gerundSubject(si int, g *vgroup) bool {
	s := &d.sents[si]
	if d.toks[g.head].tag != "VBG" || g.head != g.g0 || g.g0 == s.t0 {
		return false
	}
	p := &d.toks[g.g0-1]
	if p.lower != "that" && !(sayVerbs[d.lemma(p)] && isVerb(p.tag)) {
		return false
	}
	for k := g.g1; k < s.t1 && k < g.g1+8; k++ {
		t := &d.toks[k]
		if t.text == "," || t.text == ";" || t.text == "\"" || t.lower == "and" || t.lower == "to" {
			return false
		}
		if d.finiteAt(k) {
			return true
		}
	}
	return false
}

// awayResults give the preposition of a side's result in a match away at
// the club named after "at" (with a score between).
var awayResults = map[string]string{"draw": "with", "lose": "to", "win": "against"}

// scoreBefore: a score ("1-1", "2-1") stands in [a, b) before "at".
func (d *doc) scoreBefore(a, b int) bool {
	if b-2 < a {
		return false
	}
	_, _, ok := score(d.toks[b-2].text)
	return ok && d.toks[b-1].lower == "at"
}

// buyoutBy: "a buyout by" (a takeover, an acquisition) stands right
// before mention m.
func (d *doc) buyoutBy(m int) bool {
	b := d.mentions[m].t0 - 1
	return b-1 >= d.sents[d.mentions[m].sent].t0 && d.toks[b].lower == "by" && buyoutNouns[d.toks[b-1].lower]
}

// buyoutNouns name a company's purchase by another; assentVerbs accept
// one ("agreed to a buyout by X").
var (
	buyoutNouns = set("buyout", "takeover", "acquisition", "purchase")
	assentVerbs = set("agree", "accept", "approve", "recommend", "back", "endorse", "welcome")
)

// reflexives name the subject again as the object.
var reflexives = set("itself", "themselves", "himself", "herself")

// addForPeople records pred from each person among subs to mention o
// (add drops a party that is the person itself).
func (d *doc) addForPeople(si int, subs []argument, pred string, o int, g *vgroup, conf float64, far bool) {
	for _, sb := range subs {
		if d.argType(sb) == TypePerson {
			d.add(si, sb, pred, argument{ment: o}, nil, g, conf, far)
		}
	}
}

// careerStart returns the organisation after "began (his) career at" or
// "started her playing career with" of verb group g, told as done, or -1.
func (d *doc) careerStart(si int, g *vgroup) int {
	s := &d.sents[si]
	if g.lemma != "begin" && g.lemma != "start" || g.negated || g.modality != "" || g.passive {
		return -1
	}
	k := g.g1
	if k < s.t1 && d.toks[k].tag == "PRP$" {
		k++
	}
	for n := 0; n < 2 && k < s.t1 && d.toks[k].lower != "career" && d.toks[k].mention < 0 && isLowerWord(d.toks[k].text) && (d.toks[k].tag == "JJ" || d.toks[k].tag == "NN" || d.toks[k].tag == "VBG"); n++ {
		k++ // "his professional career", "her playing career"
	}
	if k+2 >= s.t1 || d.toks[k].lower != "career" || d.toks[k+1].lower != "at" && d.toks[k+1].lower != "with" {
		return -1
	}
	if o := d.orgAfterThe(s, k+2); o >= 0 && d.isOrg(o) {
		return o
	}
	return -1
}

// playsGameFor returns the side after "plays his (domestic, club) cricket
// for" of verb group g, or -1.
func (d *doc) playsGameFor(si int, g *vgroup) int {
	s := &d.sents[si]
	if g.lemma != "play" || g.negated || g.passive {
		return -1
	}
	k := g.g1
	if k >= s.t1 || d.toks[k].tag != "PRP$" {
		return -1
	}
	k++
	for n := 0; n < 2 && k < s.t1 && !sportNouns[d.toks[k].lower] && d.toks[k].mention < 0 && isLowerWord(d.toks[k].text); n++ {
		k++ // "his domestic cricket", "her club rugby"
	}
	if k+2 >= s.t1 || !sportNouns[d.toks[k].lower] || d.toks[k+1].lower != "for" {
		return -1
	}
	j := d.skipThe(s, k+2)
	if o := d.toks[j].mention; o >= 0 && d.mentions[o].t0 == j && (d.isOrg(o) || d.argType(argument{ment: o}) == TypeGPE) {
		return o // (a country's side: "played his international football for Wales")
	}
	return -1
}

// sportNouns are sports a player plays for a side.
var sportNouns = set("cricket", "rugby", "football", "soccer", "hockey", "basketball", "baseball", "netball", "volleyball", "handball", "polo")

// parentAfter returns the person named after "and" that follows mention o,
// past an apposition ("Dusan Markovic, a railway engineer, and Vera
// Petrovic"), who opens no clause of her own; or -1.
func (d *doc) parentAfter(o int) int {
	m := &d.mentions[o]
	s := &d.sents[m.sent]
	k := m.t1
	if k < s.t1 && d.toks[k].text == "," {
		for k++; k < s.t1 && k < m.t1+8 && d.toks[k].text != "," && d.toks[k].mention < 0; k++ {
		}
		if k >= s.t1 || d.toks[k].text != "," {
			return -1
		}
		k++
	}
	if k+1 >= s.t1 || d.toks[k].lower != "and" {
		return -1
	}
	p := d.toks[k+1].mention
	if p < 0 || d.mentions[p].t0 != k+1 || !d.personMention(p) || d.mentions[p].pronoun {
		return -1
	}
	if e := d.mentions[p].t1; e < s.t1 && (isVerb(d.toks[e].tag) || d.toks[e].tag == "MD") {
		return -1 // ("the daughter of X, and Y said": a new clause)
	}
	return p
}

// signedByAgents returns the two parties after "by" that follows the
// passive group g, past a place or a day ("signed in Jakarta on Monday by
// A and B"), each a person after its title ("Toyota president Akio
// Toyoda") or a name; nil unless there are two.
func (d *doc) signedByAgents(si int, g *vgroup) []argument {
	s := &d.sents[si]
	k := g.g1
	for n := 0; n < 2 && k+1 < s.t1 && (d.toks[k].lower == "in" || d.toks[k].lower == "on" || d.toks[k].lower == "at"); n++ {
		if p := d.toks[k+1].mention; p >= 0 && d.mentions[p].t0 == k+1 && d.isPlace(p) {
			k = d.mentions[p].t1
		} else if weekdays[d.toks[k+1].lower] {
			k += 2
		} else {
			break
		}
	}
	if k+1 >= s.t1 || d.toks[k].lower != "by" {
		return nil
	}
	party := func(j int) int {
		m := d.toks[j].mention
		if m < 0 || d.mentions[m].t0 != j || d.mentions[m].ent < 0 {
			return -1
		}
		if p := d.titledPersonAfter(&d.mentions[m]); p >= 0 && d.toks[p].mention >= 0 {
			return d.toks[p].mention
		}
		return m
	}
	a := party(k + 1)
	if a < 0 {
		return nil
	}
	e := d.mentions[a].t1
	if e+1 >= s.t1 || d.toks[e].lower != "and" {
		return nil
	}
	b := party(e + 1)
	if b < 0 || d.mentions[b].ent == d.mentions[a].ent {
		return nil
	}
	return []argument{{ment: a}, {ment: b}}
}

// fundVerbs pay for what their object does.
var fundVerbs = set("fund", "finance", "sponsor", "bankroll", "underwrite")

// workOf returns the body or person whose work opens the clause of the
// passive group g ("The Halvorsen Institute's work on borealin was funded
// by"), or -1.
func (d *doc) workOf(si int, g *vgroup) int {
	s := &d.sents[si]
	for k := g.g0 - 1; k > s.t0 && k >= g.g0-8; k-- {
		if !workNouns[d.toks[k].lower] || d.toks[k-1].text != "'s" && d.toks[k-1].text != "'" {
			continue
		}
		if m := d.toks[k-2].mention; k-2 >= s.t0 && m >= 0 && d.mentions[m].t1 == k-1 && d.mentions[m].ent >= 0 && (d.isOrg(m) || d.personMention(m)) {
			for j := k + 1; j < g.g0; j++ {
				if isVerb(d.toks[j].tag) || d.toks[j].text == "," {
					return -1 // ("X's work, which Y praised, was funded": another clause)
				}
			}
			return m
		}
	}
	return -1
}

// workNouns are what a body or a person does that others may pay for.
var workNouns = set("work", "research", "project", "projects", "programme", "program", "study", "studies", "expedition", "excavation", "campaign", "activities")

// birthPlaceAfter returns the first place named after "in" from token k
// of sentence si, past a year and a family or a home ("in 1968 in an Alevi
// Kurdish family in the city of Marash"), within the clause; or -1.
func (d *doc) birthPlaceAfter(si, k int) int {
	s := &d.sents[si]
	for j := k; j < s.t1 && j < k+20; j++ {
		t := &d.toks[j]
		if t.text == "," || t.text == ";" || isVerb(t.tag) && t.tag != "VBN" || t.tag == "MD" {
			return -1
		}
		if t.lower != "in" || j+1 >= s.t1 {
			continue
		}
		q := d.skipThe(s, j+1)
		if q+1 < s.t1 && subPlaceNouns[d.toks[q].lower] && d.toks[q+1].lower == "of" {
			q = q + 2 // "in the city of Marash"
		}
		if p := d.toks[q].mention; p >= 0 && d.mentions[p].t0 == q && d.isPlace(p) && d.mentions[p].kind == "" {
			return p
		}
	}
	return -1
}

// agentDid records that agent mention a did group g's verb to each of
// subs, the passive's subjects, but itself.
func (d *doc) agentDid(si, a int, subs []argument, g *vgroup, conf float64, far bool) {
	for _, sb := range subs {
		if d.mentions[sb.ment].ent != d.mentions[a].ent {
			d.emit(si, argument{ment: a}, g.lemma, "", sb, g, conf, far)
		}
	}
}
