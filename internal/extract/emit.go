package extract

// Emitting relations: CAMEO typing, confidence, evidence and attribution.

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/internal/extract/cameo"
)

// emitCode adds a relation typed by the CAMEO tables.
func (d *doc) emitCode(si int, s argument, pred string, o argument, g *vgroup, conf float64, far bool, verb, particle, noun, prep string) {
	var next []string
	if particle != "" {
		next = append(next, particle)
	}
	if noun != "" {
		next = append(next, noun)
	}
	if prep != "" {
		next = append(next, prep)
	}
	var ev *Event
	if noEvent(verb, particle) && !tradeMeasures[noun] || verb == "ask" && d.questionAfter(o.ment) || verb == "host" && d.hostedEvent(o.ment) || verb == "take" && prep == "on" && noun == "" || roleNouns[noun] || prep == "past" || d.pastAfter(g) || verb == "come" && noun == "" && d.isPlace(o.ment) || d.kinObject(o.ment) || displaceVerbs[verb] && d.offAfter(o.ment) || verb == "refer" && prep == "to" && d.asAfter(o.ment) || d.moneyMoved(g) {
		// "Federer beat Roddick": a match, not a military assault (CAMEO
		// 190); "came to England as a young man": a move, not talks (040);
		// "met his future wife Glenys", "supporting her husband X": a
		// family's life, no state's act; "pushed Japan off the top of the
		// chart": a ranking; "refers to Jeremiah as him": a name for X, no
		// word to X; "withdrew $1bn in assets from the US": money moved, no
		// withdrawal from the country (08x)
	} else if c, ok := d.x.events.Noun(noun); ok && doVerbs[verb] && !d.x.events.HasPattern(verb, next...) {
		ev = eventOf(c) // "conducted airstrikes against X": the noun is the event, not the light verb's own code (060)
	} else if c, ok := d.x.events.Lookup(verb, next...); ok && !sayVerbs[verb] {
		ev = eventOf(c)
	} else if ok && verb == "tell" {
		ev = eventOf(c)
	} else if c, ok := d.x.events.Noun(noun); ok && doVerbs[verb] {
		ev = eventOf(c) // "carried out airstrikes on Tripoli": the noun is the event
	}
	if ev != nil && yieldToVerbs[verb] && d.demandsOf(o.ment) {
		ev = d.codeEvent("080") // "Viacom agreed to the FCC's demands": it yields to the regulator
	}
	if ev != nil && strings.HasPrefix(ev.Code, "18") && (verb == "kill" || verb == "wound" || verb == "injure") {
		if c := d.warfareCode(si, o.ment); c != "" {
			ev = d.codeEvent(c) // "bombing their positions and killing nine French soldiers": military force (19), not an assault (18)
		}
	}
	d.add(si, s, pred, o, ev, g, conf, far)
}

// roleVerbPosts are verbs of holding a post, with the post.
var roleVerbPosts = map[string]string{"lead": "leader of", "play for": "player of", "manage": "manager of",
	"coach": "coach of", "captain": "captain of"}

// endedSpan: verb group g is in the simple past, affirmed, and a span of
// years that ended follows its object mention o in the clause (endedSpanAt:
// "between 1983 and 1992", "from 1994-96").
func (d *doc) endedSpan(g *vgroup, o *mention) bool {
	if g == nil || g.negated || g.modality != "" || g.passive || !(d.toks[g.head].tag == "VBD" || d.toks[g.head].tag == "VBN" && g.g0 == g.head) {
		// (the past tagged a participle after an apposition: "X, the
		// former Wales centre, played for")
		return false
	}
	s := &d.sents[o.sent]
	for k := o.t1; k < s.t1 && k < o.t1+4; k++ {
		if l := d.toks[k].lower; l == "," || l == "and" && k == o.t1 {
			return false
		}
		if d.endedSpanAt(k, s.t1) {
			return true
		}
	}
	return false
}

// warfareCode returns the CAMEO code of the military force sentence si
// tells of around a killing of mention o: aerial weapons (195) for
// bombing and airstrikes, artillery (194) for shelling, rockets and
// missiles, conventional force (190) when the dead are soldiers; or "".
func (d *doc) warfareCode(si, o int) string {
	s := &d.sents[si]
	code := ""
	for k := s.t0; k < s.t1; k++ {
		switch l := d.toks[k].lower; {
		case aerialWords[l] || l == "air" && k+1 < s.t1 && (d.toks[k+1].lower == "strike" || d.toks[k+1].lower == "strikes" || d.toks[k+1].lower == "raid" || d.toks[k+1].lower == "raids"):
			return "195"
		case artilleryWords[l]:
			code = "194"
		}
	}
	if code != "" {
		return code
	}
	if m := &d.mentions[o]; m.t1 < s.t1 && (d.toks[m.t1].lower == "soldiers" || d.toks[m.t1].lower == "troops") {
		return "190" // ("killing the nine French soldiers")
	}
	return ""
}

// aerialWords and artilleryWords name the weapons of CAMEO 195 and 194.
var (
	aerialWords    = set("bombing", "bombings", "bombed", "bombers", "airstrike", "airstrikes", "air-strike", "air-strikes", "warplanes", "warplane", "helicopter", "helicopters", "drone", "drones")
	artilleryWords = set("shelling", "shells", "shelled", "artillery", "mortar", "mortars", "rocket", "rockets", "missile", "missiles", "tank", "tanks")
)

// kinObject: a kinsman's noun stands in the few words before mention m
// ("his future wife Glenys", "her director husband Matthew Vaughn").
func (d *doc) kinObject(m int) bool {
	mm := &d.mentions[m]
	s := &d.sents[mm.sent]
	for k := mm.t0 - 1; k >= s.t0 && k >= mm.t0-3; k-- {
		t := &d.toks[k]
		if kinNouns[t.lower] && isLowerWord(t.text) {
			return true
		}
		if t.mention >= 0 && t.mention != m || !isLowerWord(t.text) && t.titleOf != m {
			return false
		}
	}
	return false
}

// displaceVerbs with "off" after their object move it from a place in a
// ranking or a table: "pushed Japan off the top of the chart".
var displaceVerbs = set("push", "knock", "bump", "nudge", "shove")

// asAfter: "as" follows mention m, maybe past a noun ("Lords members as").
func (d *doc) asAfter(m int) bool {
	k := d.mentions[m].t1
	if k+1 < len(d.toks) && isNoun(d.toks[k].tag) && isLowerWord(d.toks[k].text) {
		k++
	}
	return k < len(d.toks) && d.toks[k].sent == d.mentions[m].sent && d.toks[k].lower == "as"
}

// offAfter: "off" or "out" follows mention m.
func (d *doc) offAfter(m int) bool {
	k := d.mentions[m].t1
	return k < len(d.toks) && d.toks[k].sent == d.mentions[m].sent && (d.toks[k].lower == "off" || d.toks[k].lower == "out")
}

// questionAfter: mention m, the object of "ask", is followed by the
// question asked ("asked Mr Brown whether", "asked Mr Sullivan: "If
// ..."): a question, not an appeal (CAMEO 02).
func (d *doc) questionAfter(m int) bool {
	k := d.mentions[m].t1
	if k < len(d.toks) && d.toks[k].text == ":" {
		return true
	}
	return k < len(d.toks) && d.toks[k].sent == d.mentions[m].sent && questionWords[d.toks[k].lower]
}

// hostedEvent: mention m, the object of "host", names a show or an event
// ("hosting The John Peel Show"): no visit hosted (CAMEO 043).
func (d *doc) hostedEvent(m int) bool {
	if e := d.mentions[m].ent; e >= 0 {
		w := strings.ToLower(lastWord(d.ents[e].name))
		return showWords[w] || eventHeads[w]
	}
	return false
}

// showWords end the names of programmes and performances (eventHeads
// those of events).
var showWords = set("show", "programme", "program", "ceremony", "concert", "quiz", "podcast")

// questionWords open the question put after "asked X".
var questionWords = set("whether", "if", "why", "how", "what", "when", "where", "who", "which")

// doVerbs carry out the event their object noun names: "carried out
// airstrikes on X", "waged war on X", "stepped up pressure on X".
var doVerbs = set("carry", "conduct", "stage", "mount", "wage", "launch", "step", "intensify", "resume", "begin", "start", "continue",
	"order", "make", "impose", "hold", "reiterate", "repeat", "renew", "level", "file", "bring", "lodge", "announce")

func (d *doc) emit(si int, s argument, pred, _ string, o argument, g *vgroup, conf float64, far bool) {
	var ev *Event
	if g != nil && g.head >= 0 && strings.HasPrefix(pred, g.lemma) && !noEvent(g.lemma, g.particle) && !d.pastAfter(g) {
		if c, ok := d.x.events.Lookup(g.lemma); ok && !sayVerbs[g.lemma] {
			ev = eventOf(c)
		}
	}
	d.add(si, s, pred, o, ev, g, conf, far)
}

// demandsOf: mention m owns the demands or terms after it ("the FCC's
// demands", "the union's conditions").
func (d *doc) demandsOf(m int) bool {
	mm := &d.mentions[m]
	if !d.possessiveAt(mm.t1) || mm.t1+1 >= d.sents[mm.sent].t1 {
		return false
	}
	h := d.possHead(mm.t1 + 1)
	return h < d.sents[mm.sent].t1 && demandNouns[d.toks[h].lower]
}

// yieldToVerbs give in to another's demands; demandNouns are what they
// give in to.
var (
	yieldToVerbs = set("agree", "accept", "meet", "bow", "concede", "yield", "accede", "submit")
	demandNouns  = set("demands", "demand", "conditions", "terms", "ultimatum", "requirements")
)

// moneyMoved: "has withdrawn $1bn in assets from the US": money moved, no
// withdrawal of forces or support (CAMEO 08x) from the country.
func (d *doc) moneyMoved(g *vgroup) bool {
	if g == nil || g.head < 0 || !moneyMoveVerbs[g.lemma] {
		return false
	}
	s := &d.sents[d.toks[g.head].sent]
	for k := g.g1; k < s.t1 && k < g.g1+6 && d.toks[k].mention < 0; k++ {
		if t := &d.toks[k]; amountToken(t) || moneyNouns[t.lower] {
			return true
		}
	}
	return false
}

var (
	moneyMoveVerbs = set("withdraw", "pull", "transfer", "move", "shift")
	moneyNouns     = set("assets", "funds", "money", "cash", "deposits", "investments", "savings", "capital", "reserves")
)

// secondTeam: mention m names a country's second team in a sports report
// ("England A", "Ireland A").
func (d *doc) secondTeam(m *mention) bool {
	return m.t1 < len(d.toks) && d.toks[m.t1].text == "A" && d.toks[m.t1].sent == m.sent && d.ents[m.ent].typ == TypeGPE && d.sport()
}

// passMove reports whether verb group g, in a sports report, moves the
// ball or the play from one player to another, or past one ("fed Stephen
// Carr on the right", "set Bowyer free", "played Easton in", "headed past
// keeper X"): moves of a game, no relation between the two.
func (d *doc) passMove(si int, g *vgroup, pred string, om *mention) bool {
	if g == nil || !(d.sport() || d.sportSentence(si)) {
		return false
	}
	switch {
	case pred == g.lemma && passVerbs[g.lemma]:
		return true
	case pred == g.lemma+" past" && pastMoves[g.lemma]:
		return true // (not "battled past Davenport": a win)
	case pred == g.lemma+" to" && (passVerbs[g.lemma] || toPasses[g.lemma]):
		return true // "Humphreys kicked to Tommy Bowe", "fed to X": a pass
	case pred == g.lemma && g.g1 < om.t0 && (d.toks[g.g1].lower == "round" || d.toks[g.g1].lower == "around"):
		return true // "Duff got round Ben Thatcher": past a defender
	case pred == "play" && d.sport() && om.t1+1 < d.sents[si].t1:
		// "played Easton in at the back post" (not "Roddick will play
		// Saulnier in the final": a match; nor an actor's part in a film)
		l, next := d.toks[om.t1].lower, &d.toks[om.t1+1]
		return (l == "in" || l == "through") && !isCapital(next.text) && next.tag != "DT" && next.tag != "CD"
	}
	return false
}

// givenName: mention om stands after an indefinite article or an opening
// quote, capitalised words between ("a 'New GM'", "an Iran"): a name
// given to something, as "called" gives it.
func (d *doc) givenName(om *mention) bool {
	k := om.t0 - 1
	for k > 0 && k >= om.t0-2 && isCapital(d.toks[k].text) && d.toks[k].mention < 0 {
		k--
	}
	return k >= 0 && (isQuote(d.toks[k].text) || d.toks[k].lower == "a" || d.toks[k].lower == "an")
}

// directionWords after a verb's object say where the subject moves it.
var directionWords = set("forward", "forwards", "backward", "backwards")

// passVerbs move the ball to a team-mate in a sports report; pastMoves
// take the ball past a player (a defender, the keeper).
var (
	passVerbs = set("feed", "set", "send", "release", "find", "slip", "show", "thread", "hold", "parry", "save")
	toPasses  = set("kick", "pass", "cross", "chip", "flick", "lay", "play", "square", "float", "loft", "head", "offload", "lob")
	pastMoves = set("head", "shoot", "fire", "slot", "curl", "drill", "dance", "slide", "chip", "lob", "tuck", "steer",
		"sweep", "weave", "skip", "sidestep", "side-step", "burst", "stroke", "place", "drive", "nod", "poke", "prod")
)

// pastAfter: "battled past Davenport", "cruised past X": a race or a game.
func (d *doc) pastAfter(g *vgroup) bool {
	return g != nil && g.g1 < len(d.toks) && d.toks[g.g1].lower == "past"
}

// settling: sentence si pays to settle something or to get out of it, or
// pays a penalty ("to settle charges", "to settle the claims", "to get out
// of a deal", "co-operate with continuing criminal investigations").
func (d *doc) settling(si int) bool {
	s := &d.sents[si]
	for k := s.t0; k < s.t1; k++ {
		if penaltyWords[d.toks[k].lower] {
			return true
		}
		if k+1 < s.t1 && d.toks[k].lower == "to" && settleVerbs[d.toks[k+1].lower] {
			return true
		}
		if k+3 < s.t1 && d.toks[k].lower == "to" && d.toks[k+1].lower == "get" && d.toks[k+2].lower == "out" && d.toks[k+3].lower == "of" {
			return true
		}
	}
	return false
}

// settleVerbs and penaltyWords make a payment a settlement or a penalty.
var (
	settleVerbs  = set("settle", "resolve", "end", "avoid", "escape", "exit")
	penaltyWords = set("penalty", "penalties", "fine", "fines", "investigation", "investigations", "damages", "compensation")
)

// apposedPersonAfter returns the person named in an apposition right after
// mention m ("the Archbishop of Cardiff, the Most Reverend Peter Smith,"),
// or -1.
func (d *doc) apposedPersonAfter(m *mention) int {
	s := &d.sents[m.sent]
	if m.t1 >= s.t1 || d.toks[m.t1].text != "," {
		return -1
	}
	for k := m.t1 + 1; k < s.t1 && k <= m.t1+5; k++ {
		if p := d.toks[k].mention; p >= 0 {
			if pm := &d.mentions[p]; pm.ent >= 0 && !pm.pronoun && d.ents[pm.ent].typ == TypePerson && pm.t1 < s.t1 && d.toks[pm.t1].text == "," {
				return p
			}
			return -1
		}
		if isVerb(d.toks[k].tag) {
			return -1
		}
	}
	return -1
}

// noEvent: games ("beat", "take on"), life events and posts get no CAMEO
// code; nor does keeping a thing ("hang on to", "hold on to") or walking
// up to someone ("marched up to him": not a protest march), nor quoting
// someone (the one quoted made the statement, not the paper).
func noEvent(verb, particle string) bool {
	return contestVerbs[verb] || lifeVerbs[verb] || verb == "take" && particle == "on" || verb == "play" || verb == "face" && particle == "" || particle == "past" ||
		particle == "on" && keepVerbs[verb] || verb == "march" && particle == "up" || verb == "quote"
}

// keepVerbs with "on to" keep a thing: "hang on to its main unit".
var keepVerbs = set("hang", "hold", "cling")

// add records one relation with its evidence.
func (d *doc) add(si int, sa argument, pred string, oa argument, ev *Event, g *vgroup, conf float64, far bool) {
	if pred == "part of" && d.partOnSale(si, sa.ment) {
		return // "the auction of its Yugansk division", "seized and sold Yukos' main production arm, Yugansk": a part changing hands
	}
	if rest, ok := strings.CutPrefix(pred, "bear "); ok && g != nil && g.head >= 0 && d.toks[g.head].lower == "born" {
		pred = "born " + rest // "Christiane Taubira, born in French Guiana,": a birthplace, not "bear in"
	}
	if post := roleVerbPosts[pred]; post != "" && d.endedSpan(g, &d.mentions[oa.ment]) {
		// "Lord Kinnock led Labour between 1983 and 1992", "played for St
		// Helens from 1994-96": a post held and left, not an act
		pred, ev = "former "+post, nil
	}
	if o := d.namedSide(oa.ment); o >= 0 && g != nil {
		oa = argument{ment: o} // "turned out for English side Saracens": the club, not England
	}
	sm, om := &d.mentions[sa.ment], &d.mentions[oa.ment]
	if d.sents[si].headline && d.sport() && !headlineTrips[pred] && (d.eventPlace(sm) || d.eventPlace(om)) {
		return // "London hope over Chepkemei", "Capriati to miss Melbourne", "Tomlinson stays focused on Europe": a race or a championship named by its place
	}
	if post, ok := strings.CutSuffix(pred, " of"); ok && g == nil && sm.sent == si && !sm.pronoun && sm.ent >= 0 && d.ents[sm.ent].typ == TypePerson && !slices.Contains(strings.Fields(post), "former") && hasHead(strings.Fields(post)) && (d.departedHolder(sa.ment, post) || d.heldUntil(oa.ment) || d.leftByNoun(sa.ment, post) || d.signedAway(sa.ment, oa.ment)) {
		pred = asFormer(post) + " of" // "Shell chairman Phil Watts quit on Monday", "X, the head of Y until last year,", "the resignation of its chairman, X": no longer in post
	}
	if sm.ent < 0 || om.ent < 0 || sm.ent == om.ent || sm.compound && !sa.compound || om.compound && !oa.compound {
		return // ("Iranian-backed rebels attacked": not Iran)
	}
	if mate, ok := strings.CutSuffix(pred, " of"); ok && teamMateNouns[mate] && d.ents[om.ent].typ != TypePerson {
		return // "his injured Newport-Gwent Dragons colleague X": a colleague of someone at the club (a player of it, said apart), not of the club
	}
	if g != nil && d.seeOf(sm) {
		// "The Archbishop of Cardiff, the Most Reverend Peter Smith, told
		// X": the archbishop acts, not his see
		p := d.apposedPersonAfter(sm)
		if p < 0 {
			return
		}
		sa, sm = argument{ment: p}, &d.mentions[p]
	}
	if b := d.sents[si].body; b > d.sents[si].t0 && sm.sent == si && om.sent == si && sm.t0 < b && om.t0 >= b {
		return // "TRENTON, N.J. (AP) _ The storm hit Trenton": the dateline is no subject
	}
	se, oe := d.ents[sm.ent], d.ents[om.ent]
	if oe.typ == TypePerson && detentionPreds[pred] && (g == nil || !g.negated && g.modality == "") && !om.pronoun {
		d.lastDetained = oa.ment
	}
	if g != nil && lifeVerbs[g.lemma] && sm.kind == MentionDemonym && placeType(se.typ) {
		return // "Mexican labourers living in the US": the people live there, not their state
	}
	if kin, ok := strings.CutSuffix(strings.TrimPrefix(pred, "former "), " of"); ok && kinNouns[kin] && (se.typ == TypeGPE || oe.typ == TypeGPE) {
		return // "her British husband X": kin of a person, not of the UK
	}
	if d.secondTeam(sm) || d.secondTeam(om) {
		return // "England A beat France A": the countries' second teams, not the countries
	}
	if se.typ == TypePerson && oe.typ == TypePerson && d.passMove(si, g, pred, om) {
		return // "Luis Garcia fed Hamann", "Henson sent Luscombe away": a pass, not a relation between the two
	}
	if d.clubGround(om, pred) {
		return // "Cech's move to Stamford Bridge", "Anfield boss Rafa Benitez", "left Fratton Park for rivals Saints": the club, not its ground
	}
	if g != nil && answerVerbs[pred] && pred == g.lemma {
		if n := d.possessedSaying(om); n != "" {
			pred += " " + n + " of" // "the Lords rejected Lord Falconer's plea": his plea, not the man
		}
	}
	if post, ok := strings.CutSuffix(pred, " of"); ok && placeOffices[lastWord(post)] && partyEntity(oe) {
		// "London's Labour mayor Ken Livingstone": the city's mayor, of the party's ranks
		pred = "member of"
		if strings.HasPrefix(post, "former ") {
			pred = "former member of"
		}
	}
	if d.inNickname(sm) || d.inNickname(om) {
		return // "Ellen Simonetti, known as Queen of the Sky,", "dubbed Britain's Guantanamo Bay": a nickname's words, no relation of theirs
	}
	if deprivedPreds[pred] && g != nil && (g.passive || d.toks[g.head].tag == "VBN" && g.g0 == g.head) {
		return // "Chelsea - deprived of Arjen Robben through injury": the subject lost the object, nobody took it
	}
	if pred == "call" && d.givenName(om) {
		return // "what he called a 'New GM'": a name given, not a call made
	}
	if g != nil && pred == g.lemma && om.t1 < d.sents[si].t1 && directionWords[d.toks[om.t1].lower] {
		return // "to take Britain forward": where the subject leads it, not an act on it
	}
	if p, ok := placedPredicates[pred]; ok {
		pred = p // "X, based in Y": the participle's lemma is the locative rules' predicate
	}
	if residencePreds[pred] && se.typ == TypePerson || pred == "based in" && se.typ == TypeOrg {
		if st := d.regionAfter(om); st >= 0 {
			// "Norman Vaughan, 83, of Trapper Creek, Alaska,": of the state
			// too; so "Pepperell, based in West Point, Ga.,"
			defer d.add(si, sa, pred, argument{ment: st}, ev, g, conf-0.05, far)
		}
	}
	if pred == "from" && om.kind == MentionDemonym && oe.name == "European Union" {
		return // "former European champion Borussia Dortmund": European, not of the Union
	}
	if (pred == "leave" || pred == "join" || pred == "quit") && seatMetonyms[strings.ToLower(d.mtext(om))] {
		return // "Campbell, who left Downing Street": a job, not the country
	}
	if pred == "join" && g != nil && g.lemma == "join" && d.joinedInAct(om) {
		return // "He joins Wilkinson and Grayson in reaching 1,000 points": they did it too, no tie between them (joinedIn)
	}
	if se.typ == TypePerson && oe.typ == TypePerson && (pred == "come on for" || pred == "come for" && g != nil && g.g1 < om.t0 && d.toks[g.g1].lower == "on") {
		pred = "replace" // "Pattison, who had come on for the injured Morton": a substitute replaces the player
	}
	if pred == "win" && (oe.typ == TypePerson || placeType(oe.typ) && !d.seatAfter(om)) {
		return // "won Best Actress for Million Dollar Baby", "has won the Boston and London marathons": a prize or a race, not a person or place (a seat is won)
	}
	if pred == "lose" && oe.typ == TypePerson && d.lostToInjury(om) {
		return // "has lost winger Arjen Robben to a serious injury": the player is out, no relation
	}
	if v, alleged := agentVerb(pred); v != "" && se.typ == TypePerson {
		// "Booth, the assassin of Lincoln": Booth assassinated Lincoln
		pred = v
		if c, ok := d.x.events.Lookup(v); ok && ev == nil {
			ev = eventOf(c)
		}
		if alleged {
			conf -= 0.1
		}
	}
	if next := om.t1; next+1 < d.sents[si].t1 && d.toks[next].lower == "to" {
		switch {
		case demandForPreds[pred] && next+2 < d.sents[si].t1 && (d.toks[next+1].lower == "be" || d.toks[next+1].lower == "get") && grantedWords[d.toks[next+2].lower]:
			// "called for the National Audit Office to be given a free
			// hand": a call on its behalf, not on it (but "asking for
			// British troops to be pulled out" asks it of the UK)
			return
		case demandForPreds[pred] && d.toks[next+1].tag == "VB" && d.toks[next+1].lower != "be" && d.toks[next+1].lower != "get":
			// "called for Commons leader Peter Hain to make a statement":
			// a call on him, not for him; "called for Mr Blair to resign":
			// for his resignation
			if d.quitsAt(si, next+1) {
				pred, ev = pred+" resignation of", d.codeEvent("1041")
			} else {
				pred = demandOnPreds[pred]
				if c, ok := d.x.events.Lookup(pred); ok {
					ev = eventOf(c)
				}
			}
		case pred == "tell" && d.toks[next+1].tag == "VB":
			ev = d.codeEvent("100") // "told England to stop whingeing": a demand (10), not a statement
		}
	}
	ev = d.eventInContext(ev, pred, se, oe, si)
	if g == nil || !strings.HasPrefix(pred, g.lemma+" ") {
		pred = rolePredicate(pred) // (not a verb's: "headed for Brazil" is no post)
	}
	if pred == "counterpart of" || pred == "counterparts of" {
		if t := d.counterpartTitle(si, oe.typ == TypeOrg); t != "" {
			pred = t + " of" // "his French counterpart, Jean-Yves Le Drian": France's foreign minister ("Euronext chief X met his LSE counterpart Y": the LSE's chief)
		} else if oe.typ == TypeGPE && se.typ == TypePerson {
			pred = "from" // "Mr Straw and his Spanish counterpart X": from Spain, whatever the post
		}
	}
	if sa.weak || sm.modifier {
		conf -= penaltyWeak
	}
	if oa.weak || om.modifier {
		conf -= penaltyWeak
	}
	if far {
		conf -= penaltyFar
	}
	s := &d.sents[si]
	negated, modality := false, ""
	if g != nil {
		negated, modality = g.negated, g.modality
		if (modality == "" || modality == "future" || modality == "planned") && (d.alternative(om) || d.alternative(sm)) {
			modality = "possible" // "Mirza plays Farina Elia or Jankovic next", "partnered by either A, B or C": one of them, not all
		}
	}
	attr := ""
	if s.speaker >= 0 && s.speaker != sm.ent && g != nil && g.head >= s.scope0 && g.head < s.scope1 {
		attr = EntityID(d.ents[s.speaker].typ, d.ents[s.speaker].name)
		conf -= 0.05
	}
	if modality != "" {
		conf -= 0.1
	}
	if modality == "refused" && ev != nil {
		// "refused to support X": a rejection (CAMEO 12), not support;
		// "refused to refer to X by name", "declined to comment to X":
		// a statement not made, no act towards X; "Cole refuses to blame
		// van Persie": one person's blame held back, no rejection (a state
		// that "refused to condemn Russia" rejects the call to)
		if c, ok := d.x.events.Get("120"); ok && !strings.HasPrefix(ev.Code, "01") && !(ev.Code >= "10" && se.typ == TypePerson && oe.typ == TypePerson) {
			ev = eventOf(c)
		} else {
			ev = nil
		}
	}
	factual := ev // the code the act gets where a sentence asserts it
	ev = d.intendedEvent(ev, modality)
	if negated {
		ev, factual = nil, nil // "did not attend", "will not now merge": no act to code
	}
	if conf > confMaxLimit {
		conf = confMaxLimit
	}
	if ev != nil && !negated && modality == "" && si >= d.lastForce.sent {
		if strings.HasPrefix(ev.Code, "18") || strings.HasPrefix(ev.Code, "19") {
			d.lastForce.sent, d.lastForce.ment = si, sa.ment
		}
	}
	subj := EntityID(se.typ, se.name)
	obj := EntityID(oe.typ, oe.name)
	pred = strings.TrimSpace(pred)
	key := subj + "\x00" + pred + "\x00" + obj + "\x00"
	if negated {
		key += "neg"
	}
	r, ok := d.rels[key]
	if !ok {
		r = &Relation{Subject: subj, Predicate: pred, Object: obj, Event: ev, Negated: negated}
		d.rels[key] = r
		d.order = append(d.order, key)
		d.asserted[key] = modality == ""
	} else if modality == "" && factual != nil && !d.asserted[key] {
		r.Event = factual // "X will meet Y ... X met Y": the meeting took place
		d.asserted[key] = true
	}
	start, end := d.origOff(s.start), d.origEnd(s.end)
	ek := evidenceKey{rel: key, start: start, modality: modality, attribution: attr}
	if d.evidence[ek] {
		return // this sentence already supports the relation
	}
	d.evidence[ek] = true
	e := Evidence{Sentence: d.orig[start:end], Start: start, End: end, Confidence: round2(conf),
		Modality: modality, Attribution: attr}
	r.Evidence = append(r.Evidence, e)
	// Relation confidence: at least one sentence supports it; more support
	// raises it (noisy-or), asserted evidence counts fully. notP[key] is
	// the product of (1 - confidence) over the evidence so far.
	c := e.Confidence
	if e.Modality != "" {
		c *= 0.6
	}
	p, ok := d.notP[key]
	if !ok {
		p = 1.0
	}
	p *= 1 - c
	d.notP[key] = p
	r.Confidence = round2(min(1-p, 0.99))
}

// evidenceKey identifies one piece of evidence of a relation (rel: its key
// in doc.rels).
type evidenceKey struct {
	rel         string
	start       int
	modality    string
	attribution string
}

func round2(f float64) float64 {
	if f < 0.05 {
		f = 0.05
	}
	return float64(int(f*100+0.5)) / 100
}

// attribution finds "X said" in the sentence and marks it as the speaker;
// quoted sentences without their own speaker inherit the previous one.
func (d *doc) attribution(si int, groups []vgroup) {
	s := &d.sents[si]
	for gi := range groups {
		g := &groups[gi]
		if !sayVerbs[g.lemma] || g.lemma == "report" || !g.finite || d.toks[g.head].tag == "VBG" {
			continue
		}
		subs := d.subjects(si, g)
		if len(subs) == 0 {
			// "..., said Tillerson" / "..., he said"
			if g.g1 < s.t1 && d.toks[g.g1].mention >= 0 && d.endsClause(d.timeTailEnd(d.mentions[d.toks[g.g1].mention].t1)) {
				subs = []argument{{ment: d.toks[g.g1].mention}}
			} else if g.g0 > s.t0 && d.toks[g.g0-1].mention >= 0 && !d.mentions[d.toks[g.g0-1].mention].modifier {
				subs = []argument{{ment: d.toks[g.g0-1].mention}}
			}
		}
		if len(subs) > 0 && d.mentions[subs[0].ment].ent >= 0 {
			sm := &d.mentions[subs[0].ment]
			if b := sm.title0 - 1; b >= s.t0 && subordinators[d.toks[b].lower] {
				continue // "As Mr Brown announced the date, ...": not what the sentence reports
			}
			s.speaker = sm.ent
			d.resolveIt(s, g, sm.ent)
			if b := g.g0 - 1; d.ents[sm.ent].typ == TypePerson && b > sm.t1 && d.isOrg(d.toks[b].mention) && !d.mentions[d.toks[b].mention].modifier {
				// "X, spokeswoman for the Disaster Emergency Committee said
				// it was aware": the organisation she speaks for
				d.resolveIt(s, g, d.mentions[d.toks[b].mention].ent)
			}
			switch {
			case sm.t0 > g.g0:
				// "..., said Tillerson": what was said comes before
				s.scope0, s.scope1 = s.t0, g.g0
			case sm.title0 > s.t0 && (d.toks[sm.title0-1].text == "," || d.toks[sm.title0-1].text == "\""):
				// "..., Tillerson said."
				s.scope0, s.scope1 = s.t0, sm.title0
			default:
				// "Tillerson said (that) ..."
				s.scope0, s.scope1 = g.g1, s.t1
			}
			return
		}
	}
	// "according to X, ..."
	for j := s.t0; j+2 < s.t1; j++ {
		if d.toks[j].lower == "according" && d.toks[j+1].lower == "to" {
			k := j + 2
			for k < s.t1 && d.toks[k].mention < 0 && (d.toks[k].tag == "DT" || d.toks[k].titleOf >= 0 || d.isTitleWord(d.toks[k].lower)) {
				k++
			}
			if k < s.t1 && d.toks[k].mention >= 0 && d.mentions[d.toks[k].mention].ent >= 0 {
				s.speaker = d.mentions[d.toks[k].mention].ent
				s.scope0, s.scope1 = s.t0, s.t1
				return
			}
		}
	}
	if si > 0 && s.quoteStart && d.sents[si-1].speaker >= 0 && d.toks[s.t1-1].text == "\"" {
		s.speaker = d.sents[si-1].speaker
		s.scope0, s.scope1 = s.t0, s.t1
	}
}

// resolveIt: "China announced that it had instructed...": "it" right
// after the speech verb (and "that") is the organisation or country that
// spoke.
func (d *doc) resolveIt(s *sent, g *vgroup, e int) {
	if t := d.ents[e].typ; t != TypeOrg && t != TypeGPE {
		return
	}
	j := g.g1
	// skip a short phrase before "that": "said on Friday that it ..."
	for k := j; k < s.t1 && k < j+5; k++ {
		if d.toks[k].lower == "that" {
			j = k
			break
		}
		if isVerb(d.toks[k].tag) || d.toks[k].mention >= 0 || d.toks[k].text == "," {
			break
		}
	}
	if j < s.t1 && d.toks[j].lower == "that" {
		j++
	}
	if j >= s.t1 || d.toks[j].lower != "it" || d.toks[j].mention >= 0 || j+1 >= s.t1 || !(isVerb(d.toks[j+1].tag) || d.toks[j+1].tag == "MD") {
		return
	}
	d.addReference(j, -1, e, MentionPronoun)
}

// timeTailEnd returns the end of a phrase of time from token j ("on
// Sunday", "last week", "yesterday", "on 3 May"), or j.
func (d *doc) timeTailEnd(j int) int {
	k := j
	if k < len(d.toks) && (datePreps[d.toks[k].lower] || d.toks[k].lower == "earlier") {
		k++
	}
	e := k
	for e < len(d.toks) && e < k+3 && d.toks[e].sent == d.toks[j].sent && d.toks[e].mention < 0 && (timeNouns[d.toks[e].lower] || weekdays[d.toks[e].lower] || monthWords[d.toks[e].lower] || d.toks[e].tag == "CD") {
		e++
	}
	if e == k {
		return j
	}
	return e
}

// endsClause: token j ends the clause ("said Tillerson." / "said Tillerson,").
func (d *doc) endsClause(j int) bool {
	if j >= len(d.toks) || d.toks[j].sent != d.toks[j-1].sent {
		return true
	}
	switch d.toks[j].text {
	case ".", ",", ";", ":", "\"", "!", "?":
		return true
	}
	return false
}

// eventInContext corrects a CAMEO code that the words alone get wrong:
// in a sports report, force, coercion and reduced relations are contests
// ("Spain dominated England", "Liverpool may launch a bid for X"), so they
// get no event; a named person's "attack" on anything but a place is words
// (111, criticize or denounce), not force ("Trump attacked the EU").
func (d *doc) eventInContext(ev *Event, pred string, se, oe *dent, si int) *Event {
	if ev == nil && oe.typ == TypePerson && (pred == "release" || pred == "free") && se.typ == TypeGPE {
		// "Iran released X": a person set free by a state (0841), not a film
		// a studio released
		ev = d.codeEvent("0841")
	}
	if ev == nil {
		return nil
	}
	root := ev.Code
	if len(root) > 2 {
		root = root[:2]
	}
	conflict := root == "16" || root == "17" || root == "18" || root == "19" || root == "20"
	if conflict && (d.sport() || d.sportSentence(si)) {
		return nil
	}
	if d.sport() && !sportCodes[root] {
		// a sports report's meetings, arrivals, challenges and transfers
		// are games and moves ("Nadal meets Puerta", "arriving at
		// Liverpool"); what is said, asked, criticised or denied stays
		return nil
	}
	words := strings.Fields(pred)
	if words[0] == "pay" && d.settling(si) {
		return nil // "had to pay the SEC $250m to settle charges": a penalty, no cooperation (061)
	}
	if conflict && slices.ContainsFunc(words, func(w string) bool { return dealNouns[w] }) {
		return nil // "launch a bid for X", "make an offer for X": business, not a rupture
	}
	if slices.ContainsFunc(words, func(w string) bool { return transferNouns[w] }) {
		return nil // "rejected a move to Southampton": a transfer, no event between states
	}
	verb := words[0]
	if (verb == "dismiss" || verb == "send") && oe.typ == TypePerson && (d.sport() || d.sportSentence(si)) {
		return nil // "referee X, who later dismissed Didier Drogba": a sending-off, not disapproval (110)
	}
	if (root == "14" || root == "15" || root == "04" && gatherVerbs[verb]) && len(words) == 2 && words[1] == "in" && (oe.typ == TypeLoc || oe.typ == TypeGPE) {
		// "Hamas rallied in Gaza", "the two sides met in Kabul": where the
		// protest or the meeting was, not whom it was against (14), a show
		// of force (15) or a consultation with the place (04)
		return nil
	}
	if (verb == "arrive" || pred == "leave for") && oe.typ != TypeGPE {
		return nil // "arrived at Spain's High Court", "at Manchester High School", "left for Barclays": not a state visit (042)
	}
	if root == "19" && disputeVerbs[verb] && (se.typ == TypeOrg || se.typ == TypePerson) && !d.forceSentence(si) {
		return nil // "Yukos has been battling the Russian authorities", "the European Parliament clashed with": a dispute
	}
	if root == "19" && verb == "target" && !d.forceSentence(si) {
		return nil // "the government targeted Chan due to her heritage", "Tesco targets shoppers": aims, not force (190)
	}
	if verb == "support" && !politicalActor(se) && !politicalActor(oe) && d.sentenceHas(si, gigWords) {
		return nil // "Snow Patrol will support U2 on their European tour": an opening act, no policy support (05)
	}
	if (root == "05" || root == "06") && slices.Contains(words, "support") && se.typ == TypeGPE && d.sentenceCurrency(si) {
		// "the US had increased support for Africa from $1.1bn to $4.6bn":
		// money a state gives is aid (070), not policy support or
		// cooperation
		return d.codeEvent("070")
	}
	if root == "07" && (verb == "fund" || verb == "finance") && se.typ == TypeOrg && oe.typ == TypeOrg && d.sentenceHas(si, investWords) {
		// "persuaded venture capitalists Sequoia Capital to fund Yahoo": an
		// investment (061), not aid (071)
		return d.codeEvent("061")
	}
	if (ev.Code == "042" || ev.Code == "057" || root == "05" && choiceVerbs[verb]) && se.typ == TypePerson && !d.politicalPerson(se) &&
		(ev.Code == "042" || oe.typ != TypeGPE && !(oe.typ == TypePerson && d.politicalPerson(oe))) {
		// "Eminem arrived in the UK", "Cuaron has signed a three-year deal
		// with Warner Brothers", "his mother inspired him": a private
		// person's trip, contract or preference, no visit (042), treaty
		// (057) or endorsement (051) between political actors
		return nil
	}
	if root == "17" && (verb == "sack" || verb == "fire" || verb == "dismiss") && se.typ == TypeOrg && oe.typ == TypePerson && !d.politicalPerson(oe) {
		return nil // "Boeing sacked Mr Sears": an employer's act, no state's sanction (172)
	}
	if ev.Code == "057" && se.typ == TypeOrg && (!politicalActor(se) || d.sentenceHas(si, commodityNouns)) && slices.ContainsFunc(words, func(w string) bool { return dealNouns[w] }) {
		return d.codeEvent("061") // "Rosneft signed a long-term oil supply deal with China": trade, no treaty
	}
	if ev.Code == "036" && se.typ == TypePerson && placeType(oe.typ) && !d.politicalPerson(se) {
		return nil // "She planned a trip to Norfolk": a private journey, no intended visit between actors
	}
	if ev.Code == "112" && verb == "charge" && oe.typ == TypePerson && (se.typ == TypeGPE || d.sentenceHas(si, legalChargeWords)) {
		// "X was charged by the Greek authorities and awaits trial",
		// "police charged him with murder": a charge at law (173), not
		// words of blame (112)
		return d.codeEvent("173")
	}
	if root == "17" && strings.HasSuffix(pred, "action against") && se.typ == TypePerson && !d.politicalPerson(se) {
		// "Austin Aitken is taking action against NBC over its programme": a
		// private person's action is at law (115), no coercion (170)
		return d.codeEvent("115")
	}
	if root == "17" && verb == "grab" && oe.typ == TypePerson && !d.forceSentence(si) {
		return nil // "The actor grabbed co-star Meryl Streep and whisked her around": no seizure (171)
	}
	if root == "07" && verb == "defend" && (oe.typ == TypePerson || !d.forceSentence(si)) {
		// "Mr Brown defended President Bush", "he defended the UK's current
		// regime", "the EFF is defending StreamCast": words or a lawyer's
		// work, not military protection (074)
		return nil
	}
	if root == "04" && len(words) > 1 && words[len(words)-1] == "about" {
		return nil // "to talk about Turkey entering the EU": a topic, not a partner in talks
	}
	if verb == "host" && oe.typ != TypePerson && oe.typ != TypeGPE {
		return nil // "hosting The John Peel Show": a show, not a visit (043)
	}
	if verb == "withdraw" && se.typ != TypeGPE && !politicalActor(se) {
		return nil // "the OSI has withdrawn from Uzbekistan": a charity closing its office, no state yielding (080)
	}
	if (verb == "collaborate" || pred == "give up on" || pred == "give up") && se.typ == TypePerson && oe.typ != TypeGPE && !politicalActor(se) && !politicalActor(oe) {
		// "collaborating on the script with Peter Briggs", "did not give
		// up on the Slayer": people at work, not diplomacy (05) or a
		// state's concession (08)
		return nil
	}
	if (root == "18" || root == "19") && (verbalAttackVerbs[verb] || doVerbs[verb] && slices.Contains(words, "attack")) && (se.typ == TypePerson && oe.typ != TypeLoc || se.typ == TypeOrg && (oe.typ == TypePerson || partyEntity(se) || partyEntity(oe)) && !d.forceSentence(si)) {
		// (an organisation attacking a named person: "the BBC attacked Mr
		// Campbell", or a party's attack: "the EPP attacking the European
		// Commission", unless the sentence tells of weapons or wounds)
		return d.codeEvent("111")
	}
	return ev
}

// clubGround: in a sports report, object mention om names a club's
// ground (a name ending in Park, Road, Lane, Bridge, or one of
// groundNames) where pred moves a person to, from or into a post at the
// club (groundMoves, groundRoles): the ground stands for the club, which
// the relation would miss. A ground left with its article is the place
// ("leave the Millennium Stadium before the match").
func (d *doc) clubGround(om *mention, pred string) bool {
	if om.ent < 0 || !d.sport() || d.ents[om.ent].typ == TypePerson || d.ents[om.ent].typ == TypeGPE {
		return false
	}
	if !groundName(d.ents[om.ent].name) {
		return false
	}
	switch {
	case groundMoves[pred], strings.HasSuffix(pred, " of") && groundRoles[lastWord(strings.TrimSuffix(pred, " of"))]:
		return true
	case pred == "leave":
		return om.t0 == 0 || d.toks[om.t0-1].lower != "the"
	}
	return false
}

// groundName: a name of a club's ground (ending in Park, Road, Lane,
// Bridge, or one of groundNames).
func groundName(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	return len(ws) > 0 && (groundNames[strings.Join(ws, " ")] || len(ws) >= 2 && groundHeads[ws[len(ws)-1]])
}

var (
	groundHeads = set("park", "road", "lane", "bridge", "trafford")
	groundNames = set("anfield", "ibrox", "parkhead", "highbury", "goodison", "bernabeu", "nou camp", "pittodrie", "tynecastle", "hampden")
	groundMoves = set("move to", "return to", "arrive at", "linked to", "play at", "take to", "join", "sign for")
	groundRoles = set("manager", "boss", "coach", "successor", "predecessor", "chairman", "captain", "player", "striker",
		"defender", "midfielder", "keeper", "goalkeeper", "winger")
)

// choiceVerbs code an endorsement (051) that a private person's choice
// or influence is not ("preferred GM's offer", "favouring Boeing",
// "inspired him to become an actor").
var choiceVerbs = set("prefer", "favour", "favor", "inspire")

// politicalPerson: person entity e holds a public role: the gazetteer
// knows it with a country, or the document gives it a political post
// ("Foreign Secretary Jack Straw", "Crown Prince Frederik"). It reads
// the titles (personTitles) each time, as it is asked seldom.
func (d *doc) politicalPerson(e *dent) bool {
	if e.gaz != nil && e.gaz.Affiliation != "" {
		return true
	}
	i := slices.Index(d.ents, e)
	for _, t := range d.personTitles()[i] {
		for _, w := range strings.Fields(t) {
			if politicalPosts[w] {
				return true
			}
		}
	}
	return false
}

// politicalPosts are words of a post in public life (not a company's
// director, head or spokesman).
var politicalPosts = set("minister", "president", "secretary", "chancellor", "leader", "mp", "senator", "governor", "mayor",
	"ambassador", "envoy", "prince", "princess", "king", "queen", "premier", "general", "commissioner", "diplomat", "lord",
	"baroness", "peer", "mep", "congressman", "congresswoman", "candidate", "councillor")

// sentenceHas: a word of sentence si is in words.
func (d *doc) sentenceHas(si int, words map[string]bool) bool {
	s := &d.sents[si]
	for i := s.t0; i < s.t1; i++ {
		if words[d.toks[i].lower] {
			return true
		}
	}
	return false
}

// sentenceCurrency: sentence si names an amount of money by its currency
// sign ("$1.1bn", "£5m").
func (d *doc) sentenceCurrency(si int) bool {
	s := &d.sents[si]
	for i := s.t0; i < s.t1; i++ {
		if t := d.toks[i].text; isAmount(t) || isCurrency(t) && i+1 < s.t1 && d.toks[i+1].tag == "CD" {
			return true
		}
	}
	return false
}

// investWords tell of investors: funding a firm is buying into it.
var investWords = set("venture", "investor", "investors", "invested", "invest", "investment", "capitalist", "capitalists", "stake", "shares", "equity")

// legalChargeWords make a charge one at law.
var legalChargeWords = set("trial", "court", "courts", "offence", "offences", "offense", "offenses", "murder", "manslaughter",
	"fraud", "theft", "assault", "prosecutor", "prosecutors", "police", "counts", "bail", "magistrates", "conspiracy",
	"corruption", "bribery", "terrorism", "indicted", "custody", "jail", "prison", "sentence")

// gigWords tell of live music: a band supporting another opens its shows.
var gigWords = set("tour", "tours", "gig", "gigs", "concert", "concerts", "band", "bands", "album", "single", "chart", "charts", "festival")

// forceSentence: the sentence tells of physical force ("shot", "bomb").
func (d *doc) forceSentence(si int) bool {
	return d.sentenceHas(si, forceWords)
}

// forceWords name weapons, wounds and violence.
var forceWords = set("shot", "shooting", "gun", "gunmen", "gunman", "bomb", "bombing", "bomber", "knife", "stabbed",
	"stabbing", "wounded", "injured", "killed", "dead", "beaten", "assault", "assaulted", "militants", "troops",
	"soldiers", "fighters", "rocket", "rockets", "missile", "missiles", "grenade", "explosive", "explosives", "armed")

// sportCodes are the CAMEO roots a sports report keeps: statements,
// appeals, disapproval, rejection, threats and investigations.
var sportCodes = set("01", "02", "11", "12", "13", "09")

// dealNouns in a predicate make it a business or transfer deal.
var dealNouns = set("bid", "offer", "takeover", "stake", "deal", "contract", "shares", "merger")

// sportSentence: the sentence itself is about a game ("Spain dominated
// England in the Davis Cup tie"), whatever the rest of the document.
func (d *doc) sportSentence(si int) bool {
	s := &d.sents[si]
	for i := s.t0; i < s.t1; i++ {
		if gameWords[d.toks[i].lower] && !d.inBodyName(i) {
			return true
		}
	}
	return false
}

// inBodyName: token i is inside a name joined by "for" or "of", a body's
// rather than a competition's ("the National League for Democracy").
func (d *doc) inBodyName(i int) bool {
	m := d.toks[i].mention
	if m < 0 || d.mentions[m].pronoun {
		return false
	}
	for j := d.mentions[m].t0 + 1; j < d.mentions[m].t1-1; j++ {
		if l := d.toks[j].text; l == "for" || l == "of" {
			return true
		}
	}
	return false
}

// gameWords name a game outright; sportWords also count words that only
// lean that way ("win", "title", "manager").
var gameWords = set("match", "tie", "cup", "league", "tournament", "championship", "semi-final", "quarter-final",
	"innings", "wicket", "wickets", "goal", "goals", "striker", "midfielder", "goalkeeper", "premiership", "grand slam",
	"set", "sets", "fixture", "referee", "penalty", "olympics", "playoff", "play-off", "derby")

// verbalAttackVerbs are attacks that a person usually makes with words.
// disputeVerbs name fights that are disputes unless arms are in the sentence.
var disputeVerbs = set("battle", "clash", "fight", "feud", "war")

var verbalAttackVerbs = set("attack", "assail", "savage", "lambast", "blast", "slam", "hit", "round", "lash", "tear")

// sport reports whether the document is a sports report: sports words make
// up a clear share of its words (computed once).
func (d *doc) sport() bool {
	if d.domain == "" {
		n, words := 0, 0
		for i := range d.toks {
			if isNameWord(d.toks[i].text) || isLowerWord(d.toks[i].text) {
				words++
				if sportWords[d.toks[i].lower] {
					n++
				}
			}
		}
		d.domain = "general"
		if n >= 3 && n*100 >= words {
			d.domain = "sport"
			if n >= 5 {
				d.sportShare = n * 1000 / words
			}
		}
	}
	return d.domain == "sport"
}

// sportReport: the document is a sports report by a stricter measure than
// sport(): five sport words or more, at least one in fifty words (on the
// BBC corpus 477 of 511 sports articles, 10-57 of each other section's
// 386-510, against 84-160 for sport()).
func (d *doc) sportReport() bool {
	return d.sport() && d.sportShare >= 20
}

// namedSide returns the organisation named right after mention m when m is
// a people's side ("English side Saracens", "French club Toulouse"), else
// -1.
func (d *doc) namedSide(m int) int {
	mm := &d.mentions[m]
	if mm.ent < 0 || d.ents[mm.ent].typ != TypeGPE || mm.t1-mm.t0 < 2 || !teamNouns[d.toks[mm.t1-1].lower] && d.toks[mm.t1-1].lower != "club" || mm.t1 >= len(d.toks) {
		return -1
	}
	n := d.toks[mm.t1].mention
	if n < 0 || d.mentions[n].t0 != mm.t1 || d.mentions[n].ent < 0 || d.ents[d.mentions[n].ent].typ != TypeOrg || d.mentions[n].sent != mm.sent {
		return -1
	}
	return n
}

// seatAfter: "seat" or "constituency" follows place mention m within
// three words ("won the Folkestone & Hythe seat").
func (d *doc) seatAfter(m *mention) bool {
	return d.anyOf(m.t1, min(m.t1+3, d.sents[m.sent].t1), constituencyNouns)
}

// lostToInjury: person mention m, the object of "lose", is followed by "to"
// or "with" and an injury within four words ("lost X to a serious
// injury", "lost X with a head knock").
func (d *doc) lostToInjury(m *mention) bool {
	s := &d.sents[m.sent]
	return m.t1 < s.t1 && (d.toks[m.t1].lower == "to" || d.toks[m.t1].lower == "with") && d.anyOf(m.t1+1, min(m.t1+5, s.t1), injuryNouns)
}

var constituencyNouns = set("seat", "constituency")

// deprivedPreds take something from their object; in the passive the
// subject is the one that lost it ("deprived of X"), no agent's act.
var deprivedPreds = set("deprive of", "strip of", "rob of", "relieve of", "rid of")

var injuryNouns = set("injury", "injuries", "knock", "illness", "suspension", "ban")

// sportWords mark a sports report.
var sportWords = set("match", "matches", "goal", "goals", "striker", "midfielder", "defender", "goalkeeper", "coach",
	"manager", "league", "cup", "championship", "tournament", "season", "final", "semi-final", "quarter-final", "game",
	"games", "team", "squad", "player", "players", "win", "won", "victory", "defeat", "draw", "score", "scored", "set",
	"sets", "seed", "wicket", "wickets", "innings", "try", "tries", "rugby", "football", "soccer", "tennis", "cricket",
	"golf", "athletics", "olympic", "olympics", "premiership", "fixture", "referee", "penalty", "title", "champion",
	"champions", "race", "lap", "medal", "club", "clubs", "transfer", "signing", "kick-off", "half-time", "stadium")

// signedAway: the holder named by mention mi has been signed or bought
// by another than the body of his post, named by mention oi ("Bolton boss
// Sam Allardyce has signed Roma defender Vincent Candela": no longer
// Roma's; not "will sign", nor "on loan").
func (d *doc) signedAway(mi, oi int) bool {
	m := &d.mentions[mi]
	s := &d.sents[m.sent]
	v := -1
	for k := m.t0; k < m.t1; k++ {
		t := &d.toks[k]
		if t.head >= m.t0 && t.head < m.t1 || t.head < 0 {
			continue
		}
		if h := &d.toks[t.head]; t.rel == "obj" {
			v = t.head
		} else if (t.rel == "appos" || t.rel == "compound") && h.rel == "obj" && h.head >= 0 {
			v = h.head // "signed Roma defender Vincent Candela": the name apposed to the post the verb takes
		}
	}
	if v < s.t0 || v >= s.t1 || !signedVerbs[d.lemma(&d.toks[v])] {
		return false
	}
	a := v - 1
	if a > s.t0 && d.toks[a].tag == "RB" {
		a-- // "has now signed"
	}
	if tag := d.toks[v].tag; tag != "VBD" && !(tag == "VBN" && a >= s.t0 && (d.toks[a].lower == "has" || d.toks[a].lower == "have" || d.toks[a].lower == "had")) {
		return false
	}
	for k := s.t0; k < s.t1; k++ {
		if d.toks[k].lower == "loan" {
			return false
		}
		if t := &d.toks[k]; t.head == v && t.rel == "nsubj" && t.mention >= 0 && d.mentions[t.mention].ent == d.mentions[oi].ent {
			return false // (the post's own body signed him again)
		}
	}
	return true
}

// signedVerbs take a player from another club for good (signingVerbs
// also lend and sell).
var signedVerbs = set("sign", "buy", "capture", "recruit", "land", "hire", "poach", "lure")

// answerVerbs take or refuse what someone said or offered; sayingNouns
// name it.
var (
	answerVerbs = set("reject", "accept", "deny", "dismiss", "welcome")
	sayingNouns = set("offer", "plea", "claim", "claims", "comment", "comments", "remarks", "promise", "proposal",
		"proposals", "request", "demand", "demands", "suggestion", "idea", "announcement", "statement", "allegation",
		"allegations", "argument", "arguments", "assertion", "appeal", "bid", "call", "calls", "invitation")
)

// possessedSaying returns the noun of what mention m's owner said or
// offered when m is its possessor ("Lord Falconer's plea", "Mr Davis'
// offer for the assets"), or "".
func (d *doc) possessedSaying(m *mention) string {
	s := &d.sents[m.sent]
	k := m.t1
	if m.pronoun || k >= s.t1 || d.toks[k].text != "'s" && d.toks[k].text != "'" {
		return ""
	}
	h := d.possHead(k + 1)
	if h >= s.t1 || !sayingNouns[d.toks[h].lower] {
		return ""
	}
	return d.nounLemma(d.toks[h].lower)
}

// placeOffices are held in a place, not in the party a title names
// beside them.
var placeOffices = set("mayor", "governor", "mayor-elect", "governor-elect")

// nicknameCues introduce a nickname ("known as", "dubbed").
var nicknameCues = set("dubbed", "nicknamed", "christened")

// inNickname reports whether mention m is a part, not the whole, of a
// nickname: the capitalised phrase after "known as", "dubbed" or
// "nicknamed" ("known as Queen of the Sky", "dubbed Britain's Guantanamo
// Bay"). A name that is the whole nickname ("Dagalo, known as Hemedti")
// is the named one's other name (knownAs) and keeps its relations.
func (d *doc) inNickname(m *mention) bool {
	s := &d.sents[m.sent]
	if m.pronoun || m.t0 <= s.t0 {
		return false
	}
	i := m.t0 - 1
	for ; i > s.t0 && (isQuote(d.toks[i].text) || d.toks[i].lower == "the" || d.toks[i].lower == "of" || d.toks[i].tag == "POS" || isCapital(d.toks[i].text)); i-- {
	}
	if !nicknameCues[d.toks[i].lower] && !(d.toks[i].lower == "as" && i > s.t0 && d.toks[i-1].lower == "known") {
		return false
	}
	e := m.t1
	for ; e < s.t1 && (d.toks[e].lower == "of" || d.toks[e].lower == "the" || d.toks[e].tag == "POS" || isCapital(d.toks[e].text)); e++ {
	}
	first := i + 1
	for first < m.t0 && (isQuote(d.toks[first].text) || d.toks[first].lower == "the") {
		first++
	}
	return first < m.t0 || e > m.t1
}

// residencePreds say where a person lives: a town's state holds the person
// too ("X, 83, of Trapper Creek, Alaska,"). Not "born in" or "from": a
// birthplace's state is a derived fact the town's "located in" gives.
var residencePreds = set("resident of", "native of", "from")

// regionAfter returns the region named right after place mention m, past
// a comma, when it closes the phrase ("Trapper Creek, Alaska,"), or -1.
func (d *doc) regionAfter(m *mention) int {
	s := &d.sents[m.sent]
	e := m.t1
	if !placeType(d.ents[m.ent].typ) || e+1 >= s.t1 || d.toks[e].text != "," {
		return -1
	}
	st := d.toks[e+1].mention
	if st < 0 || d.mentions[st].t0 != e+1 || d.mentions[st].ent == m.ent || !d.knownRegion(st) || d.mentions[st].kind != "" {
		return -1
	}
	if !d.closesApposition(m.sent, d.mentions[st].t1) {
		return -1
	}
	return st
}

// rolePredicate writes a role one way: "spokesman for X" is "spokesman of
// X", as are "director for" and "minister for" (a title's "for" names
// whom the post serves, like "of"), but an envoy "for" a country is sent
// to it; "ex-president of" is "former president
// of"; "new chief executive of" is "chief executive of".
func rolePredicate(pred string) string {
	if t, ok := strings.CutPrefix(pred, "ex-"); ok && strings.HasSuffix(t, " of") {
		pred = "former " + t // "the ex-president of Bank of China": as "former president of"
	}
	if t, ok := strings.CutPrefix(pred, "new "); ok && (strings.HasSuffix(t, " of") || strings.HasSuffix(t, " at")) {
		pred = t // "its new chief executive": the post itself
	}
	if c, t, ok := strings.Cut(pred, " "); ok && compassWords[c] && (strings.HasPrefix(t, "mp ") || strings.HasPrefix(t, "msp ") || strings.HasPrefix(t, "mep ")) {
		pred = t // "the Manchester Central MP": the city's MP, its constituency's compass no post
	}
	if t, ok := strings.CutSuffix(pred, " for"); ok {
		switch w := t[strings.LastIndexByte(t, ' ')+1:]; {
		case envoyTitles[w] && w != "charge": // (not the verb "charge for")
			return t + " to" // "the UN envoy for Syria": sent to it, not its envoy
		case titleHeads[w]:
			return t + " of"
		}
	}
	return pred
}

// counterpartTitle returns the office of the person whose counterparts
// sentence si names ("Foreign Minister Nikos Dendias met his French
// counterpart": foreign minister), or ""; with body, also a post that is
// no state's ("Euronext chief X met his LSE counterpart": chief).
func (d *doc) counterpartTitle(si int, body bool) string {
	s := &d.sents[si]
	for j := s.t0; j < s.t1; j++ {
		if l := d.toks[j].lower; l != "counterpart" && l != "counterparts" {
			continue
		}
		for k := j - 1; k >= s.t0 && k >= j-6; k-- {
			m := d.toks[k].mention
			if m < 0 && possPronouns[d.toks[k].lower] {
				// "The foreign minister met his Greek counterpart": the
				// post of the unnamed subject
				if b := s.t0; b+1 < k && d.toks[b].lower == "the" {
					if w, _ := d.titleWords(b+1, k); len(w) > 0 && govTitle(strings.Join(w, " ")) {
						return strings.Join(w, " ")
					}
				}
				return ""
			}
			if m < 0 || !possPronouns[d.toks[k].lower] {
				continue
			}
			e := d.mentions[m].ent
			if e < 0 || d.ents[e].typ != TypePerson {
				return ""
			}
			titles := []string{}
			for _, mi := range d.ents[e].ments {
				titles = append(titles, d.mentions[mi].title)
			}
			// a post given as a relation ("Germany's foreign minister Heiko
			// Maas" puts no title on the mention)
			for _, p := range d.postsOf(e) {
				titles = append(titles, p.title)
			}
			for _, title := range titles {
				t := stripFormer(expandTitle(title))
				switch {
				case t == "secretary of state" || t == "foreign secretary":
					// the US secretary of state's and the British foreign
					// secretary's counterparts are foreign ministers
					return "foreign minister"
				case t != "" && govTitle(t):
					return t
				case body && t != "" && titleHeads[lastWord(t)]:
					return t // a company's post, for a counterpart at another company
				}
			}
			return ""
		}
	}
	return ""
}

// heldPost is a post a relation found so far gives a person: its title
// ("manager") and the entity ID of what it is of ("org/chelsea").
type heldPost struct{ title, of string }

// postsOf returns the posts the relations found so far give entity e
// ("Chelsea boss Jose Mourinho": boss of Chelsea), not negated, in order.
func (d *doc) postsOf(e int) []heldPost {
	id := EntityID(d.ents[e].typ, d.ents[e].name)
	var out []heldPost
	for _, key := range d.order {
		if r := d.rels[key]; r.Subject == id && !r.Negated && strings.HasSuffix(r.Predicate, " of") {
			out = append(out, heldPost{strings.TrimSuffix(r.Predicate, " of"), r.Object})
		}
	}
	return out
}

// eventOf is the Event of a CAMEO code.
func eventOf(c cameo.Code) *Event {
	return &Event{Code: c.Code, Label: c.Label, Goldstein: c.Goldstein}
}

// codeEvent returns the event of a CAMEO code the tables hold, or nil.
func (d *doc) codeEvent(code string) *Event {
	if c, ok := d.x.events.Get(code); ok {
		return eventOf(c)
	}
	return nil
}

// gatherVerbs meet at a place: "met in Kabul" says where, not with whom
// (an arrival in a country is still a visit, 042).
var gatherVerbs = set("meet", "gather", "convene", "confer", "talk", "assemble")

// partyEntity: entity e is a political party ("Labour Party", "Liberal
// Democrats", "European People's Party").
func partyEntity(e *dent) bool {
	return strings.Contains(e.name, "Party") || strings.HasSuffix(e.name, "Democrats") || strings.HasSuffix(e.name, "Republicans")
}

// politicalActor: an entity the gazetteer knows as a state, a politician
// or an organisation of government.
func politicalActor(e *dent) bool {
	return e.typ == TypeGPE || e.gaz != nil && (e.typ == TypeOrg || e.gaz.Affiliation != "")
}

// detentionPreds put a person in someone's hands ("arrest", "detain").
var detentionPreds = set("arrest", "detain", "jail", "imprison", "abduct", "kidnap", "seize", "hold", "capture", "take hostage")

// placedPredicates are verb lemmas whose participle names where something
// is: the same predicate as the locative rules write.
var placedPredicates = map[string]string{"base in": "based in", "locate in": "located in", "headquarter in": "headquartered in"}

// intendedEvent recodes event ev of an act the sentence does not assert
// (CAMEO codes what was said and done, not what may happen): an act the
// actor plans, promises, offers or wants, or only attempts to do with
// another party, is an intent (root 03: "is to hold talks with X" 036,
// "offered to supply X" 031, "is trying to sign a deal with X" 032); a
// threat is a threat (13); a hostile attempt or words tried, an agreement,
// a refusal or a report code the act; an act someone else expects, hopes
// for, asks for, alleges or denies, or one under a condition, codes
// nothing (nor does a negated one, see add). An investigation and a threat
// announced keep their codes.
func (d *doc) intendedEvent(ev *Event, modality string) *Event {
	if ev == nil || modality == "" {
		return ev
	}
	root := ev.Code[:2]
	switch modality {
	case "agreed", "reported", "refused":
		return ev
	case "attempted":
		if root >= "10" || root < "04" || ev.Code == "051" {
			return ev // "tried to kill X", "tried to reassure X": the attack, the words were made
		}
		fallthrough // "is trying to strike a deal with X": an intent, no deal yet
	case "planned", "future", "offered", "promised", "wanted":
		if intent, ok := intentCodes[root]; ok {
			if intent == "" {
				return ev
			}
			if c, ok := d.x.events.Get(intent); ok {
				return eventOf(c)
			}
		}
		return nil
	case "threatened":
		if root == "13" {
			return ev
		}
		code := "130"
		if root >= "18" {
			code = "138" // "threatened to totally destroy X": with military force
		}
		if c, ok := d.x.events.Get(code); ok && root >= "10" {
			return eventOf(c) // "threatened to sue X" (not a lawsuit filed)
		}
		return nil
	}
	return nil
}

// intentCodes: the CAMEO intent code (root 03) of a planned act by its
// root; "" keeps the act's own code (an investigation or a threat
// announced is the event).
var intentCodes = map[string]string{"03": "", "04": "036", "05": "032", "06": "031", "07": "033", "08": "035", "09": "", "13": ""}

// alternative: mention m is one of names joined by "or" ("Farina Elia or
// Jankovic", "Tait or Paul"): which one the act concerns is open.
func (d *doc) alternative(m *mention) bool {
	s := &d.sents[m.sent]
	if m.pronoun {
		return false
	}
	e := m.t1
	for e+1 < s.t1 && d.toks[e].text == "," && d.toks[e+1].mention >= 0 && !d.mentions[d.toks[e+1].mention].pronoun {
		e = d.mentions[d.toks[e+1].mention].t1 // "either A, B or C": past the list's commas
	}
	if e+1 < s.t1 && d.toks[e].lower == "or" && d.toks[e+1].mention >= 0 && d.toks[e+1].mention != d.toks[m.t0].mention {
		return true
	}
	b := m.t0 - 1
	for b-1 >= s.t0 && d.toks[b].text == "," && d.toks[b-1].mention >= 0 && !d.mentions[d.toks[b-1].mention].pronoun {
		b = d.mentions[d.toks[b-1].mention].t0 - 1
	}
	if b-1 >= s.t0 && d.toks[b].lower == "or" && d.toks[b-1].mention >= 0 && d.toks[b-1].mention != d.toks[m.t0].mention {
		return true
	}
	return false
}

// joinedInAct: object mention om of "join", with the names listed after
// it, is followed by "in" and a gerund ("joined Britain in blaming
// Russia").
func (d *doc) joinedInAct(om *mention) bool {
	s := &d.sents[om.sent]
	k := om.t1
	for k < s.t1 && (d.toks[k].mention >= 0 || d.toks[k].text == "," || d.toks[k].lower == "and") {
		k++
	}
	return k+1 < s.t1 && d.toks[k].lower == "in" && d.toks[k+1].tag == "VBG"
}

// demandForPreds ask for something for their object when a passive of
// grantedWords follows: "called for X to be given a free hand" asks it for
// X, of someone else.
var (
	demandForPreds = set("call for", "press for", "push for", "ask for", "appeal for", "campaign for", "lobby for")
	// demandOnPreds: a demandForPreds' predicate when a verb follows its
	// object ("called for X to make a statement" calls on X)
	demandOnPreds = map[string]string{"call for": "call on", "press for": "press", "push for": "press", "ask for": "ask",
		"appeal for": "appeal to", "campaign for": "urge", "lobby for": "lobby"}
	grantedWords = set("given", "granted", "allowed", "offered", "awarded", "handed", "permitted", "afforded", "paid")
)

// heldUntil: the words after mention o say a post in it ended: "until last
// year", "until recently", "until 2003", "until his death", "until he
// resigned" ("until the end of the season", "until his retirement" may be
// still to come).
func (d *doc) heldUntil(o int) bool {
	m := &d.mentions[o]
	s := &d.sents[m.sent]
	k := m.t1
	if k+1 >= s.t1 || d.toks[k].lower != "until" && d.toks[k].lower != "till" {
		return false
	}
	w := &d.toks[k+1]
	switch {
	case w.lower == "recently" || w.lower == "last" || w.lower == "earlier" || w.lower == "lately":
		return true
	case w.tag == "CD" && yearNumber(w.lower):
		return k+2 >= s.t1 || d.toks[k+2].lower != "when"
	case k+2 < s.t1 && (w.tag == "PRP$" && endedNouns[d.toks[k+2].lower] || w.tag == "PRP" && d.toks[k+2].tag == "VBD"):
		return true
	}
	return false
}

// endedNouns end a post held "until his death" (not "until his retirement",
// which may be to come).
var endedNouns = set("death", "dismissal", "sacking", "ouster", "removal")

// eventPlace: mention m names a place the gazetteer knows that is no
// country: a city, also one its country stands for ("London" for the
// United Kingdom), or a region or continent. In a sports story's headline
// (add asks only there) such a place names the event held there.
func (d *doc) eventPlace(m *mention) bool {
	if m.pronoun || m.ent < 0 || d.ents[m.ent].gaz == nil || eventCues[strings.ToLower(d.ents[m.ent].name)] != nil {
		return false // (a club the recogniser read as a place, "Celtic"; a tournament the output retypes, "Wimbledon")
	}
	switch d.ents[m.ent].typ {
	case TypeLoc:
		return true
	case TypeGPE:
		return d.x.gaz.IsCapital(d.mtext(m))
	}
	return false
}

// headlineTrips are the relations a sports headline tells of a place
// itself ("Isinbayeva heads for Birmingham").
var headlineTrips = set("head for", "go to", "travel to", "return to", "arrive in", "fly to", "move to", "visit", "leave", "stay in")

// leftByNoun: the holder at mention h, with the post named before it, is
// the one whose leaving a noun tells ("the resignation of its chairman, Sir
// Phil Watts", "the sacking of Chelsea manager X", "the sudden death of
// Harlequins lock X"); a death ends no kinship or partnership (post).
func (d *doc) leftByNoun(h int, post string) bool {
	m := &d.mentions[h]
	s := &d.sents[m.sent]
	k := min(m.t0, m.title0) - 1
	for n := 0; k > s.t0 && n < 8; n, k = n+1, k-1 {
		t := &d.toks[k]
		if t.lower == "of" {
			if !leftNouns[d.toks[k-1].lower] || deathNouns[d.toks[k-1].lower] && (kinNouns[lastWord(post)] || partnerNouns[lastWord(post)]) {
				return false // (a wife who died stays a wife, no former one)
			}
			for j := k - 2; j >= s.t0 && j >= k-6; j-- {
				if leaveWishVerbs[d.lemma(&d.toks[j])] || d.toks[j].tag == "MD" || d.toks[j].lower == "for" || d.toks[j].lower == "possible" {
					return false // ("called for the sacking of X", "demanded the resignation of X": not gone yet)
				}
			}
			return true
		}
		if isVerb(t.tag) || t.tag == "MD" || t.lower == "and" || t.text == ";" {
			return false
		}
	}
	return false
}

// leaveWishVerbs ask for a leaving that has not happened.
var leaveWishVerbs = set("demand", "urge", "seek", "want", "call", "press", "push", "propose", "threaten", "consider", "rule", "deny")

// leftNouns name a holder's leaving his post (a death ends it too:
// deathNouns).
var leftNouns = union(deathNouns, set("resignation", "departure", "sacking", "dismissal", "ouster", "removal", "exit", "firing", "retirement"))

// deathNouns name a holder's death.
var deathNouns = set("death", "deaths", "funeral", "murder", "killing", "assassination")

// partnerNouns are the partners kinNouns lack.
var partnerNouns = set("boyfriend", "girlfriend", "partner", "lover", "companion")

// partOnSale: sentence si tells the sale, auction or seizure of the part
// named by mention m: a word of sale up to seven words before it.
func (d *doc) partOnSale(si, m int) bool {
	s := &d.sents[si]
	for k := d.mentions[m].t0 - 1; k >= s.t0 && k >= d.mentions[m].t0-7; k-- {
		if saleWords[d.toks[k].lower] {
			return true
		}
		if d.toks[k].text == ";" || d.toks[k].text == "." {
			break
		}
	}
	return false
}

// saleWords tell a thing changing hands.
var saleWords = set("sale", "sold", "auction", "auctioned", "seized", "seizure", "forced") // (not "sell": "eBay wants to sell its PayPal unit", still its own)
