package extract

import (
	"sort"
	"strings"
)

// vgroup is a verb group: auxiliaries, adverbs, "to", the main verb and
// its particle ("has not been able to", "set off").
type vgroup struct {
	g0, g1   int // token range
	head     int // main verb token
	lemma    string
	particle string
	negated  bool
	modality string
	passive  bool
	finite   bool
}

// confidence of each kind of rule: higher for direct patterns.
const (
	confSVO      = 0.8
	confPassive  = 0.75
	confTitle    = 0.85
	confApposit  = 0.8
	confPossess  = 0.7
	confNominal  = 0.6
	confCopula   = 0.6
	confChained  = 0.45
	confGazRole  = 0.5
	penaltyWeak  = 0.15 // an argument is a pronoun or a demonym
	penaltyFar   = 0.1  // object far from the verb
	confMaxLimit = 0.95
)

func (d *doc) findRelations() {
	for si := range d.sents {
		s := &d.sents[si]
		d.roles(si)
		if s.furniture && !d.hasVerb(s) {
			continue
		}
		if s.headline {
			continue
		}
		d.retag(si)
		groups := d.verbGroups(si)
		d.attribution(si, groups)
		for gi := range groups {
			d.clause(si, groups, gi)
		}
		d.nominals(si)
	}
}

// conjWithoutSubject reports whether the parse makes verb v a conjunct of
// an earlier verb and gives it no subject of its own.
func (d *doc) conjWithoutSubject(v int) bool {
	t := &d.toks[v]
	if t.rel != "conj" || t.head < 0 || t.head >= v || !isVerb(d.toks[t.head].tag) {
		return false
	}
	s := &d.sents[t.sent]
	cc := false
	for k := s.t0; k < s.t1; k++ {
		if d.toks[k].head != v {
			continue
		}
		if strings.HasPrefix(d.toks[k].rel, "nsubj") {
			return false
		}
		cc = cc || d.toks[k].rel == "cc" // "and", "but": a coordination the parser did not invent
	}
	return cc
}

// argsAfter reports whether every argument starts after token k.
func (d *doc) argsAfter(args []argument, k int) bool {
	for _, a := range args {
		if d.mentions[a.ment].t0 <= k {
			return false
		}
	}
	return true
}

// nextWord returns the token after j, skipping quotes ("to “totally
// destroy”"), or token j itself at the end of the sentence.
func (d *doc) nextWord(j int, s *sent) *tok {
	k := j + 1
	for k < s.t1-1 && d.toks[k].text == "\"" {
		k++
	}
	if k >= s.t1 {
		return &d.toks[j]
	}
	return &d.toks[k]
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// modalLike verbs take a gerund as part of their group ("stop providing",
// "start talking", "keep saying").
func modalLike(l string) bool {
	switch l {
	case "stop", "start", "begin", "keep", "continue", "finish", "quit", "avoid", "consider", "resume":
		return true
	}
	return false
}

// retag fixes a verb the tagger took for a plural noun right after a name:
// "Liu Yandong (left) shakes hands with", "China sanctions North Korea".
func (d *doc) retag(si int) {
	s := &d.sents[si]
	for i := s.t0; i < s.t1; i++ {
		t := &d.toks[i]
		if t.lower == "according" && i+1 < s.t1 && d.toks[i+1].lower == "to" {
			t.tag = "IN" // "according to X" is not a verb
			continue
		}
		if i == s.t0 {
			continue
		}
		if isVerb(t.tag) && (titleHeads[t.lower] || titleHeads[strings.TrimSuffix(t.lower, "s")]) && i+1 < s.t1 && (d.toks[i+1].mention >= 0 || d.proper(i+1)) {
			t.tag = "NN" // "centre Sonny Parker": a title before a name
			continue
		}
		if isVerb(t.tag) && isCapital(t.text) && t.mention < 0 && d.toks[i-1].text != "\"" && d.toks[i-1].text != ":" {
			t.tag = "NNP" // "Gotting for Rees": a name the tagger took for a verb
			continue
		}
		if t.tag == "VBG" && (d.toks[i-1].tag == "JJ" || d.toks[i-1].tag == "DT" || d.toks[i-1].tag == "PRP$" || d.toks[i-1].tag == "POS") {
			t.tag = "NN" // "global warming", "the meeting"
			continue
		}
	}
	for i := s.t0 + 2; i+1 < s.t1; i++ {
		// "Michels, named coach of the century by Fifa,": a participle, not a past tense
		t := &d.toks[i]
		if t.tag == "VBD" && d.toks[i-1].text == "," && d.toks[i-2].mention >= 0 {
			for k := i + 1; k < s.t1 && k < i+9 && d.toks[k].text != ","; k++ {
				if d.toks[k].lower == "by" {
					t.tag = "VBN"
					break
				}
			}
		}
	}
	for i := s.t0 + 1; i+1 < s.t1; i++ {
		t := &d.toks[i]
		if (t.tag == "NN" || t.tag == "JJ") && !strings.HasSuffix(t.lower, "ed") && t.mention < 0 && d.toks[i-1].mention >= 0 && !d.mentions[d.toks[i-1].mention].modifier {
			// "el-Sissi spoke by phone": an irregular past tense taken for a noun
			if n := &d.toks[i+1]; n.tag == "IN" || n.tag == "DT" || n.tag == "TO" || n.tag == "PRP" || n.tag == "PRP$" || n.mention >= 0 || n.tag == "JJ" || n.tag == "CD" || isProperTag(n.tag) {
				if irregularPast[t.lower] {
					t.tag = "VBD"
				}
			}
			continue
		}
		if t.tag == "JJ" && strings.HasSuffix(t.lower, "ed") && t.mention < 0 && d.toks[i-1].mention >= 0 && !d.mentions[d.toks[i-1].mention].modifier {
			// "China imposed sanctions": a past tense the tagger took for an adjective
			if n := &d.toks[i+1]; n.tag == "DT" || isNoun(n.tag) || n.mention >= 0 || n.tag == "PRP$" {
				if verbStem(d, t.lower) != t.lower {
					t.tag = "VBD"
				}
			}
			continue
		}
		if t.tag != "NNS" || t.mention >= 0 || !strings.HasSuffix(t.lower, "s") {
			continue
		}
		p := i - 1
		if d.toks[p].text == ")" {
			for p > s.t0 && d.toks[p].inParen {
				p--
			}
		}
		if d.toks[p].mention < 0 || d.mentions[d.toks[p].mention].modifier {
			continue
		}
		n := &d.toks[i+1]
		if !(n.tag == "DT" || n.tag == "NNS" || n.tag == "NN" || n.tag == "PRP$" || n.tag == "PRP" || n.mention >= 0) {
			continue
		}
		stem := strings.TrimSuffix(t.lower, "s")
		if strings.HasSuffix(t.lower, "es") && !d.x.lem.InDict(stem) {
			stem = strings.TrimSuffix(t.lower, "es")
		}
		if _, ok := d.x.events.Lookup(stem); ok {
			t.tag = "VBZ"
		}
	}
}

func (d *doc) hasVerb(s *sent) bool {
	for i := s.t0; i < s.t1; i++ {
		if isVerb(d.toks[i].tag) && d.toks[i].mention < 0 {
			return true
		}
	}
	return false
}

func (d *doc) verbGroups(si int) []vgroup {
	s := &d.sents[si]
	var out []vgroup
	i := s.t0
	for i < s.t1 {
		t := &d.toks[i]
		if !(isVerb(t.tag) || t.tag == "MD") || t.mention >= 0 || t.inParen {
			i++
			continue
		}
		g := vgroup{g0: i, head: -1}
		j := i
		for j < s.t1 {
			u := &d.toks[j]
			if u.mention >= 0 || u.inParen && !d.toks[i].inParen {
				break
			}
			switch {
			case u.tag == "VBG" && g.head >= 0 && g.head == j-1-boolInt(d.toks[j-1].tag == "RP") && !beVerbs[d.toks[g.head].lower] && d.toks[g.head].tag != "MD" && d.toks[g.head].tag != "TO" && !modalLike(d.lemma(&d.toks[g.head])):
				// "cut off financing": a gerund object, not part of the group
				goto done
			case isVerb(u.tag) || u.tag == "MD":
				g.head = j
			case u.tag == "RB" && adverbParticles[u.lower] && g.head >= 0 && g.head == j-1 && g.particle == "" && !beVerbs[d.toks[g.head].lower]:
				g.particle = u.lower // "put together", "set up"
			case u.tag == "RB" || negators[u.lower] || u.text == "\"":
				// adverbs, negation and quotes inside the group
			case u.tag == "TO" && j+1 < s.t1 && (d.nextWord(j, s).tag == "VB" || d.nextWord(j, s).tag == "RB") && g.particle == "":
				// ("lost out to luxury goods firm LVMH": after a particle, "to" is a preposition)
			case u.tag == "RP" && g.head == j-1 && g.particle == "":
				g.particle = u.lower
			case u.tag == "IN" && g.head == j-1 && g.particle == "" && adverbParticles[u.lower] && j+1 < s.t1 && (d.toks[j+1].tag == "IN" || d.toks[j+1].tag == "TO"):
				g.particle = u.lower // "takes over from", "stepped down from"
			default:
				goto done
			}
			j++
		}
	done:
		for j > i && (d.toks[j-1].tag == "RB" || d.toks[j-1].text == "\"") && j-1 > g.head {
			j--
		}
		if g.particle != "" {
			// keep
		}
		g.g1 = j
		if g.head < 0 {
			i = j + 1
			continue
		}
		d.fillGroup(&g)
		out = append(out, g)
		if j <= i {
			j = i + 1
		}
		i = j
	}
	return out
}

func (d *doc) fillGroup(g *vgroup) {
	h := &d.toks[g.head]
	g.lemma = d.lemma(h)
	be := false
	for j := g.g0; j < g.g1; j++ {
		u := &d.toks[j]
		if negators[u.lower] {
			g.negated = true
		}
		if u.tag == "MD" {
			if m, ok := modalAux[u.lower]; ok && g.modality == "" {
				g.modality = m
			}
			g.finite = true
		}
		if u.tag == "VBD" || u.tag == "VBZ" || u.tag == "VBP" {
			g.finite = true
		}
		if j < g.head && isVerb(u.tag) {
			l := d.lemma(u)
			if beVerbs[u.lower] || l == "be" || l == "get" {
				be = true
			}
			if m, ok := modalVerbs[l]; ok {
				g.modality = m
			}
			if u.tag == "VBN" && l == "expect" || u.lower == "expected" || u.lower == "scheduled" {
				g.modality = modalVerbs[l]
			}
		}
		if m, ok := hedges[u.lower]; ok && g.modality == "" {
			g.modality = m // "reportedly met", "allegedly paid"
		}
		if j < g.head && (u.lower == "due" || u.lower == "likely" || u.lower == "able") {
			g.modality = modalVerbs[u.lower]
		}
		if u.tag == "TO" && j > g.g0 && beVerbs[d.toks[j-1].lower] || u.tag == "TO" && j > g.g0+1 && beVerbs[d.toks[j-2].lower] && d.toks[j-1].tag == "RB" {
			if g.modality == "" {
				g.modality = "planned" // "England are (still) to meet Italy"
			}
		}
	}
	if h.tag == "VBN" && be {
		g.passive = true
	}
	// "Mr Johnson allegedly approached", "Mourinho never coached": an
	// adverb just before the group
	for j := g.g0 - 1; j >= 0 && j >= g.g0-2 && d.toks[j].sent == h.sent && (d.toks[j].tag == "RB" || negators[d.toks[j].lower]); j-- {
		if m, ok := hedges[d.toks[j].lower]; ok && g.modality == "" {
			g.modality = m
		}
		if negators[d.toks[j].lower] {
			g.negated = true
		}
	}
}

// argument is a mention used as subject or object.
type argument struct {
	ment int
	weak bool
}

// clause finds the subject and objects of one verb group.
func (d *doc) clause(si int, groups []vgroup, gi int) {
	g := &groups[gi]
	if beVerbs[d.toks[g.head].lower] || g.lemma == "be" || copulaVerbs[g.lemma] {
		d.copula(si, g)
		return
	}
	if g.lemma == "have" && g.head == g.g1-1 || d.toks[g.head].tag == "MD" || nonRelVerbs[g.lemma] || prepositions[g.lemma] {
		// (a preposition the tagger took for a verb: "start alongside/VB")
		return // "has" alone, or a modal without its verb ("Wales will Bradley ...")
	}
	subs := d.subjects(si, g)
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
		subs = d.twoSubjects(si, g)
	}
	if len(subs) == 0 && g.passive {
		subs = d.possessedSubject(si, g)
	}
	objs, prep, noun, far := d.objects(si, g)
	if d.toks[g.head].tag == "VBN" && !g.finite && prep == "by" {
		noun = "" // "named coach of the century by Fifa": the noun is what X was named
	}
	if noun != "" && prep == "to" && transferVerbs[g.lemma] {
		noun = "" // "lent billions of dollars to Caracas": the recipient
	}
	if noun != "" && prep != "" && (eventNouns[noun] == "" && !eventNounLemmas[noun] || prep == "by") {
		// "inspects a military site in X": X is where, not what
		objs = nil
	}
	if prep == "by" && !g.passive && !(d.toks[g.head].tag == "VBN" && !g.finite) {
		objs = nil // "called for an investigation by X": X is the noun's agent
	}
	if nonArgPreps[prep] || (prep == "in" && (noun != "" && !possessionNouns[noun] && noun != "investment" || noun == "" && !inVerbs[g.lemma])) || (prep == "at" && !atVerbs[g.lemma]) {
		// "act despite X", "won a case in Beijing", "contest at the Court": circumstances, not parties
		objs = nil
	}
	if sayVerbs[g.lemma] && !(g.passive && prep == "by") && (noun != "" || prep != "" || !objectSayVerbs[g.lemma]) {
		// "said Britain had to": the name starts a reported clause
		objs = nil
	}
	if !g.finite && g.g0 > 1 && d.toks[g.g0-1].tag == "TO" && g.modality == "" {
		// "in an attempt to stop", "plans to buy": intended, not done
		if m, ok := intentNouns[d.toks[g.g0-2].lower]; ok {
			g.modality = m
		}
	}
	if !g.finite && g.g0 > 0 && d.toks[g.g0-1].tag == "TO" && gi > 0 && g.modality == "" {
		// "urged the EU to impose sanctions": asked for, not done
		if m, ok := modalVerbs[groups[gi-1].lemma]; ok {
			g.modality = m
		}
	}
	if g.modality == "" {
		g.modality = d.clauseMood(si, g)
	}
	for k := gi - 1; k >= 0 && k >= gi-2; k-- {
		// "the withdrawal did not mean that Libya had cut its ties": what a
		// denied implication says is denied too
		if p := &groups[k]; p.negated && implyVerbs[p.lemma] && p.g1 <= g.g0 && g.g0-p.g1 <= 3 {
			g.negated = true
		}
	}
	d.chained(si, groups, gi, objs, prep, noun, far)
	if d.toks[g.head].tag == "VBN" && !g.finite && prep == "by" {
		g.passive = true // "the institute, financed by George Soros,"
		// the name it describes must stand right before it
		b := g.g0 - 1
		if b >= 0 && d.toks[b].text == "," {
			b--
		}
		for b >= 0 && d.toks[b].inParen {
			b--
		}
		if b >= 0 && d.toks[b].mention < 0 && groupNouns[d.toks[b].lower] {
			// "Iraq's elected government, headed by X": the possessor
			for k := b - 1; k >= 0 && k >= b-4 && d.toks[k].sent == si; k-- {
				if d.toks[k].text == "'s" && k > 0 && d.toks[k-1].mention >= 0 {
					b = k - 1
					break
				}
				if d.toks[k].tag != "JJ" && d.toks[k].tag != "RB" && d.toks[k].tag != "VBN" && !isNoun(d.toks[k].tag) {
					break
				}
			}
		}
		if b < 0 || d.toks[b].mention < 0 || d.mentions[d.toks[b].mention].ent < 0 {
			subs = nil
		} else if nb := d.npStart(&d.sents[si], d.mentions[d.toks[b].mention].title0); nb > d.sents[si].t0 && (d.toks[nb-1].tag == "IN" || d.toks[nb-1].tag == "CC") {
			subs = nil // "an overhaul of policing in England and Wales unveiled by Blunkett"
		} else {
			subs = []argument{{ment: d.toks[b].mention}}
		}
	}
	d.inPlaceOf(si, g, subs)
	if g.passive {
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
	if len(subs) >= 2 && len(objs) == 0 && (reciprocalVerbs[g.lemma] && noun == "" || reciprocalNouns[noun] || g.lemma == "join" && (noun == "force" || noun == "forces") || g.lemma == "team" && g.particle == "up") {
		// "China and Russia held talks", "Britain and France met": each with the other
		pred := g.lemma
		if g.particle != "" {
			pred += " " + g.particle
		}
		if noun != "" {
			pred += " " + noun
		}
		if g.lemma != "meet" {
			pred += " with"
		}
		first := 0
		for k := range subs {
			if d.mentions[subs[k].ment].t0 < d.mentions[subs[first].ment].t0 {
				first = k
			}
		}
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
	if prep == "" && noun != "" {
		noun = "" // "rival sector leader Omnicom": the noun describes the object
	}
	pred := g.lemma
	if g.particle != "" {
		pred += " " + g.particle
	}
	if noun != "" {
		pred += " " + noun
	}
	if prep != "" {
		pred += " " + prep
	}
	for _, s := range subs {
		for _, o := range objs {
			d.emitCode(si, s, pred, o, g, confSVO, far, g.lemma, g.particle, noun, prep)
		}
	}
}

// twoSubjects: "The two leaders signed an agreement" after a sentence
// naming exactly two people: both are the subject.
func (d *doc) twoSubjects(si int, g *vgroup) []argument {
	st := &d.sents[si]
	j := g.g0 - 1
	if j-2 < st.t0 || d.toks[j-1].lower != "two" || d.toks[j-2].lower != "the" || j-2 != st.t0 && d.toks[j-3].text != "," {
		return nil
	}
	typ, ok := twoNouns[d.toks[j].lower]
	if !ok || si == 0 {
		return nil
	}
	var out []argument
	seen := map[int]bool{}
	ps := &d.sents[si-1]
	for k := ps.t0; k < ps.t1; k++ {
		mi := d.toks[k].mention
		if mi < 0 || d.mentions[mi].t0 != k || d.mentions[mi].ent < 0 || d.mentions[mi].modifier || seen[d.mentions[mi].ent] || d.ents[d.mentions[mi].ent].typ != typ {
			continue
		}
		seen[d.mentions[mi].ent] = true
		out = append(out, argument{ment: mi, weak: true})
	}
	if len(out) != 2 {
		return nil
	}
	return out
}

// possessedSubject: "Ancram's claims were denied by Straw", "His remarks
// were criticised by X": the possessor is what the passive is about.
func (d *doc) possessedSubject(si int, g *vgroup) []argument {
	st := &d.sents[si]
	j := g.g0 - 1
	if j-1 < st.t0 || !actionNouns[d.toks[j].lower] {
		return nil
	}
	p := j - 1
	if d.toks[p].text == "'s" && p-1 >= st.t0 {
		p--
	}
	if mi := d.toks[p].mention; mi >= 0 && d.mentions[mi].ent >= 0 && (d.toks[p+1].text == "'s" || d.mentions[mi].pronoun && possPronouns[d.toks[p].lower]) {
		return []argument{{ment: mi, weak: true}}
	}
	return nil
}

// inPlaceOf: "Jones came on in place of Thomas" -> Jones -replace-> Thomas.
func (d *doc) inPlaceOf(si int, g *vgroup, subs []argument) {
	s := &d.sents[si]
	for j := g.g1; j+3 < s.t1 && j < g.g1+10; j++ {
		t := d.toks[j].lower
		if isVerb(d.toks[j].tag) || t == "," || t == ";" {
			return
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

// clauseMood: "If China sanctions Iran, ..." is conditional; a question
// asserts nothing.
func (d *doc) clauseMood(si int, g *vgroup) string {
	s := &d.sents[si]
	for j := g.g0 - 1; j >= s.t0; j-- {
		t := &d.toks[j]
		if t.text == "," || t.text == ";" || t.text == "\"" {
			break
		}
		if t.lower == "if" || t.lower == "unless" {
			return "conditional"
		}
		if reportNouns[t.lower] && g.g0-j <= 4 {
			if j > s.t0 && (denyVerbs[d.toks[j-1].lower] || j-1 > s.t0 && denyVerbs[d.toks[j-2].lower]) {
				return "denied" // "rejected the idea X posed a threat"
			}
			return "reported" // "dismissed reports he told Brown"
		}
		if denyVerbs[t.lower] && isVerb(t.tag) && j+1 < g.g0 && d.toks[j+1].lower == "that" {
			return "denied" // "Russia denied that it had attacked Ukraine"
		}
		if t.lower == "and" || t.lower == "but" {
			break
		}
	}
	if last := &d.toks[s.t1-1]; last.text == "?" || s.t1 >= 2 && last.text == "\"" && d.toks[s.t1-2].text == "?" {
		return "question"
	}
	return ""
}

// sharedSubject: "Trump pushed for sanctions, but received pushback" -
// the second verb shares the subject of the first.
func (d *doc) sharedSubject(si int, groups []vgroup, gi int) ([]argument, bool) {
	g := &groups[gi]
	if d.afterConj(si, g) < 0 {
		return nil, false
	}
	for k := gi - 1; k >= 0; k-- {
		p := &groups[k]
		if p.finite && d.toks[p.head].tag != "VBG" {
			return d.subjects(si, p), true
		}
	}
	return nil, false
}

// afterConj returns the "and"/"but" right before the verb group (adverbs
// between allowed: "and also worked"), or -1.
func (d *doc) afterConj(si int, g *vgroup) int {
	s := &d.sents[si]
	j := g.g0 - 1
	for j >= s.t0 && j >= g.g0-2 && d.toks[j].tag == "RB" && d.toks[j].lower != "not" && d.toks[j].lower != "n't" {
		j--
	}
	if j < s.t0 || (d.toks[j].lower != "and" && d.toks[j].lower != "but") {
		return -1
	}
	return j
}

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

// subjects scans left from the verb group for the nearest argument.
func (d *doc) subjects(si int, g *vgroup) []argument {
	s := &d.sents[si]
	crossed := false
	sawNoun := false
	nonFinite := !g.finite
	j := g.g0 - 1
	// A participle after a common noun ("companies doing business",
	// "resolutions sanctioning X") has that noun as subject: only a name
	// right before the noun stands for it ("UN resolutions sanctioning").
	if nonFinite && j >= s.t0 && d.toks[g.head].tag == "VBG" && g.head == g.g0 && d.toks[j].mention >= 0 {
		// "Turkey entering the EU": the name right before a gerund is its subject
		if m := &d.mentions[d.toks[j].mention]; m.ent >= 0 && !m.modifier && d.ents[m.ent].typ != TypeLoc {
			if b := d.npStart(s, m.title0); b == s.t0 || d.toks[b-1].tag != "IN" && d.toks[b-1].tag != "TO" || gerundPreps[d.toks[b-1].lower] {
				// not "a student from Hong Kong studying at Cornell"
				return []argument{{ment: d.toks[j].mention, weak: m.pronoun}}
			}
		}
	}
	if nonFinite && j > s.t0 && d.toks[j].tag == "TO" && intentNouns[d.toks[j-1].lower] != "" {
		// "lied to a court in an attempt to stop Russia": the main subject attempts
		for k := j - 2; k >= s.t0; k-- {
			if t := &d.toks[k]; (t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD") && t.mention < 0 {
				mg := vgroup{g0: k, head: k, finite: true}
				for mg.g0 > s.t0 && (isVerb(d.toks[mg.g0-1].tag) || d.toks[mg.g0-1].tag == "MD" || d.toks[mg.g0-1].tag == "RB") {
					mg.g0--
				}
				return d.subjects(si, &mg)
			}
			if d.toks[k].text == "," || d.toks[k].text == ";" {
				break
			}
		}
	}
	if nonFinite && j >= s.t0 && d.toks[j].tag == "TO" {
		// "met Berlusconi to talk about Turkey": the main subject talks,
		// unless the verb hands its object the action ("urged the EU to impose")
		for k := j - 1; k >= s.t0; k-- {
			t := &d.toks[k]
			if t.text == "," || t.text == ";" || t.text == "\"" {
				break
			}
			if (isVerb(t.tag) || t.tag == "MD") && t.mention < 0 {
				if l := d.lemma(t); !objectControl[l] && !beVerbs[t.lower] && (t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "VBN") && d.betweenHasArg(k, j) {
					mg := vgroup{g0: k, head: k, finite: true}
					for mg.g0 > s.t0 && (isVerb(d.toks[mg.g0-1].tag) || d.toks[mg.g0-1].tag == "MD" || d.toks[mg.g0-1].tag == "RB") {
						mg.g0--
					}
					return d.subjects(si, &mg)
				}
				break
			}
		}
	}
	if nonFinite && j > s.t0 && isNoun(d.toks[j].tag) && d.toks[j].mention < 0 && d.toks[g.head].tag == "VBN" && g.head == g.g0 {
		// "a sale forced by Russia", "the conference called in Jakarta"
		return nil
	}
	if nonFinite && j > s.t0 && isNoun(d.toks[j].tag) && d.toks[j].mention < 0 && d.toks[g.head].tag == "VBG" {
		if k := j - 1; d.toks[k].mention >= 0 {
			m := &d.mentions[d.toks[k].mention]
			if m.ent >= 0 && d.ents[m.ent].typ != TypeLoc {
				// "UN resolutions sanctioning", not "a Cardiff gig starring"
				return []argument{{ment: d.toks[k].mention}}
			}
		}
		return nil
	}
	// "Ferguson surprised everyone by selling Stam", "..., leaving Williams
	// to battle": an adverbial participle takes the subject of the main clause.
	if nonFinite && d.toks[g.head].tag == "VBG" && g.head == g.g0 && j >= s.t0 && (adverbialPreps[d.toks[j].lower] || d.toks[j].text == ",") {
		for k := j - 1; k >= s.t0; k-- {
			if t := &d.toks[k]; (t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD") && t.mention < 0 {
				mg := vgroup{g0: k, head: k, finite: true}
				for mg.g0 > s.t0 && (isVerb(d.toks[mg.g0-1].tag) || d.toks[mg.g0-1].tag == "MD" || d.toks[mg.g0-1].tag == "RB") {
					mg.g0--
				}
				return d.subjects(si, &mg)
			}
		}
	}
	for j >= s.t0 {
		t := &d.toks[j]
		if t.inParen && !d.toks[g.g0].inParen {
			j--
			continue
		}
		if t.mention >= 0 {
			m := &d.mentions[t.mention]
			if m.ent < 0 {
				j--
				continue
			}
			// possessive: "China's leaders" = China; "China's cooperation" = nothing
			if m.t1 < len(d.toks) && d.toks[m.t1].text == "'s" && m.t1 < g.g0-1 {
				h := d.toks[g.g0-1].lower
				if actionNouns[h] && d.possHead(m.t1+1) == g.g0-1 {
					// "Washington's military drills were provoking": what Washington does (weak)
					return []argument{{ment: t.mention, weak: true}}
				}
				if !groupNouns[h] {
					return nil
				}
			}
			if m.modifier {
				j = m.t0 - 1
				continue
			}
			// a name modifying a noun: "US officials" = US, "US sanctions" = not US
			if m.t1 < g.g0 && d.modifiesNoun(m) {
				return nil
			}
			// "a movie starring James Stewart, is being turned": the name belongs to the participle
			if b := m.title0 - 1; b > s.t0 && (d.toks[b].tag == "VBG" || d.toks[b].tag == "VBN") && d.toks[b].mention < 0 && b < g.g0 && isNoun(d.toks[b-1].tag) && d.toks[b-1].mention < 0 {
				j = b - 1
				continue
			}
			// inside a prepositional phrase: keep looking left
			if b := d.npStart(s, m.title0); b > s.t0 && (d.toks[b-1].tag == "IN" || d.toks[b-1].tag == "TO") && d.toks[b-1].lower != "that" && !subordinators[d.toks[b-1].lower] && d.toks[b-1].lower != "unless" {
				j = b - 2
				continue
			}
			args := []argument{{ment: t.mention, weak: m.pronoun}}
			return append(args, d.coordLeft(si, m)...)
		}
		if personPronouns[t.lower] || t.lower == "it" || t.lower == "they" || t.lower == "we" || t.lower == "i" || t.lower == "you" {
			return nil
		}
		switch {
		case isVerb(t.tag) || t.tag == "MD":
			if sawNoun {
				// "ask the Queen to dissolve": the noun in between is the subject
				return nil
			}
			if nonFinite && !crossed {
				crossed = true
				// skip the whole other group
				for j > s.t0 && (isVerb(d.toks[j-1].tag) || d.toks[j-1].tag == "MD" || d.toks[j-1].tag == "RB") {
					j--
				}
				break
			}
			return nil
		case (t.lower == "which" || t.lower == "who" || t.lower == "that") && j == g.g0-1:
			// "a list which leaves Robinson short": the relative's antecedent
			k := j - 1
			if k >= s.t0 && d.toks[k].text == "," {
				k--
			}
			if k >= s.t0 && d.toks[k].mention >= 0 {
				if m := &d.mentions[d.toks[k].mention]; m.ent >= 0 && !m.modifier {
					return []argument{{ment: d.toks[k].mention, weak: m.pronoun}}
				}
			}
			return nil
		case t.text == ";" || t.text == ":" || t.lower == "that" || t.text == "\"":
			return nil
		case t.text == ",":
			// apposition or relative clause between commas: skip it
			if k := d.appositionStart(s, j); k >= 0 {
				j = k
			} else if sawNoun {
				// "..., the singer's agent has confirmed": a common noun is the subject
				return nil
			}
		case subordinators[t.lower] && g.finite:
			return nil
		case isNoun(t.tag) && !timeNouns[t.lower] && !nonNames[t.lower] && t.titleOf < 0:
			sawNoun = true // includes "the Queen": a title not followed by a name is a noun
		}
		j--
	}
	// Sentence-initial participle: "Speaking in Beijing, Tillerson said".
	return nil
}

// possHead returns the head noun of the phrase after a possessive "'s",
// skipping adjectives and numbers.
func (d *doc) possHead(j int) int {
	s := &d.sents[d.toks[j-1].sent]
	for j < s.t1 && (d.toks[j].tag == "JJ" || d.toks[j].tag == "CD" || d.toks[j].tag == "JJS" || d.toks[j].tag == "RB") {
		j++
	}
	for j+1 < s.t1 && isNoun(d.toks[j].tag) && isNoun(d.toks[j+1].tag) && d.toks[j+1].mention < 0 {
		j++
	}
	return j
}

// modifiesNoun: the name is an adjective of a common noun after it ("the
// EU budget", "the Commons public accounts committee"), unless that noun
// stands for the named group ("US officials") or is a time ("last month").
func (d *doc) modifiesNoun(m *mention) bool {
	s := &d.sents[m.sent]
	noun := false
	for j := m.t1; j < s.t1 && j < m.t1+5; j++ {
		t := &d.toks[j]
		if t.text == "\"" {
			continue // "Janet Jackson 'wardrobe malfunction'"
		}
		if t.mention >= 0 || t.titleOf >= 0 || t.text == "'s" {
			break
		}
		if isNoun(t.tag) && !isCapital(t.text) {
			if timeNouns[t.lower] || (orgCues[t.lower] && m.typ == TypeOrg || t.lower == "news" && m.typ == TypeOrg) && !(j+1 < s.t1 && (d.toks[j+1].mention >= 0 || d.proper(j+1))) {
				return false // "AP news agency", "Menatep group" describe the name itself ("MMS firm Adamind" does not)
			}
			if groupNouns[t.lower] && !noun && !(j+1 < s.t1 && isNoun(d.toks[j+1].tag) && !isCapital(d.toks[j+1].text)) {
				return false // "US officials" stands for the US; "US government networks", "Glazer bid team" do not
			}
			noun = true
			continue
		}
		if (t.tag == "JJ" || t.tag == "VBN") && !noun && t.lower != "last" && t.lower != "next" {
			continue
		}
		break
	}
	return noun
}

// npStart walks left from token j over noun-phrase material (determiners,
// adjectives, nouns, names, possessives) and returns where the phrase starts.
func (d *doc) npStart(s *sent, j int) int {
	for j > s.t0 {
		t := &d.toks[j-1]
		if t.mention >= 0 || t.tag == "DT" || t.tag == "JJ" || t.tag == "JJS" || t.tag == "JJR" || isNoun(t.tag) || t.tag == "POS" || t.text == "'s" || t.tag == "CD" || t.tag == "PRP$" {
			j--
			continue
		}
		// "in the UK, France, Germany and the Netherlands": one coordinated phrase
		if (t.lower == "and" || t.lower == "or") && j-2 >= s.t0 && (d.toks[j-2].mention >= 0 || d.toks[j-2].text == ",") {
			j--
			continue
		}
		if t.text == "," && j-2 >= s.t0 && d.toks[j-2].mention >= 0 && d.toks[j].mention >= 0 {
			// only inside a list: the name after the comma goes on with "," or "and"
			if e := d.mentions[d.toks[j].mention].t1; e < s.t1 && (d.toks[e].text == "," || d.toks[e].lower == "and" || d.toks[e].lower == "or") {
				j--
				continue
			}
		}
		break
	}
	return j
}

// betweenHasArg: a name stands between tokens a and b (the object of the
// verb at a, before the infinitive at b).
func (d *doc) betweenHasArg(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if m := d.toks[k].mention; m >= 0 && d.mentions[m].ent >= 0 && !d.mentions[m].modifier {
			return true
		}
	}
	return false
}

// appositionStart: j is a comma; if the tokens before it back to an
// earlier comma form an apposition or relative clause that follows a
// mention, return the earlier comma's index.
func (d *doc) appositionStart(s *sent, j int) int {
	verb := false
	for k := j - 1; k > s.t0 && j-k < 30; k-- {
		t := &d.toks[k]
		if t.text == "," {
			if k+1 < j {
				first := d.toks[k+1].lower
				prevM := d.toks[k-1].mention
				if prevM >= 0 && (first == "who" || first == "which" || first == "whose") {
					return k // a relative clause may hold verbs
				}
				if prevM >= 0 && !verb && (first == "a" || first == "an" || first == "the" || d.isTitleWord(first) || d.toks[k+1].tag == "CD") {
					return k
				}
			}
			return -1
		}
		if t.text == ";" || t.text == "\"" {
			return -1
		}
		if isVerb(t.tag) && d.toks[k].lower != "is" && d.toks[k].lower != "was" {
			verb = true
		}
	}
	return -1
}

// coordLeft: "China and Russia", "X, Y and Z" before a verb.
func (d *doc) coordLeft(si int, m *mention) []argument {
	s := &d.sents[si]
	var out []argument
	j := m.title0 - 1
	if j > s.t0 && d.toks[j].lower == "the" {
		j-- // "Saudi Arabia and the UAE"
	}
	first := true
	for j > s.t0 {
		c := d.toks[j].lower
		if c != "and" && c != "," && c != "or" || first && c == "," {
			// "X, Y and Z said": the last link is "and"; a bare comma
			// before the subject ends an earlier phrase
			break
		}
		first = false
		k := j - 1
		if c == "and" && k > s.t0 && d.toks[k].text == "," {
			k--
		}
		if k < s.t0 || d.toks[k].mention < 0 {
			break
		}
		mm := &d.mentions[d.toks[k].mention]
		if mm.ent < 0 || mm.modifier {
			break
		}
		out = append(out, argument{ment: d.toks[k].mention, weak: mm.pronoun})
		j = mm.title0 - 1
		if j > s.t0 && d.toks[j].lower == "the" {
			j--
		}
	}
	return out
}

var timeNouns = set("weekend", "week", "month", "year", "day", "today", "morning", "afternoon", "evening", "night",
	"time", "times", "period", "years", "months", "weeks", "days", "hours", "minutes", "moment", "decade", "season")

// objects scans right from the verb group for the first argument and the
// ones coordinated with it. It returns the preposition before it and a
// noun between the verb and that preposition ("impose sanctions on").
func (d *doc) objects(si int, g *vgroup) (args []argument, prep, noun string, far bool) {
	s := &d.sents[si]
	nouns := 0
	nounAt := -1 // the token that set noun
	for j := g.g1; j < s.t1 && j-g.g1 <= 10; j++ {
		t := &d.toks[j]
		if t.inParen && !d.toks[g.head].inParen {
			continue
		}
		if t.titleOf >= 0 && t.titleOf != t.mention {
			// "with US Secretary of State Rex Tillerson": the title is part of the name
			continue
		}
		if t.mention >= 0 {
			m := &d.mentions[t.mention]
			if m.ent < 0 {
				continue
			}
			if m.modifier && !(m.t1 < s.t1 && d.toks[m.t1].mention >= 0) {
				// "Chinese banks": the object is the banks, not China
				nouns++
				if nouns > 1 {
					return nil, "", "", false
				}
				j = m.t1 - 1
				continue
			}
			if m.modifier {
				continue
			}
			if m.title0 < j && m.title0 >= g.g1 {
				// title tokens were passed as nouns: undo
			}
			weak := m.pronoun
			if n := m.t1; n < s.t1 {
				nt := &d.toks[n]
				switch {
				case nt.text == "'s" && n+1 < s.t1 && !m.pronoun && (d.toks[n+1].tag == "CC" || d.toks[n+1].text == "," || d.toks[n+1].text == "." || d.toks[n+1].lower == "in"):
					// "owns Tetley's and Kronenbourg": a name ending in 's, not a possessive
				case nt.text == "'s" || nt.text == "'" || possPronouns[d.toks[m.t0].lower] && m.pronoun:
					// "Idi Amin's Uganda" -> Uganda; "China's move" -> China (weak); "his ankle" -> none
					if m.pronoun {
						// "met his Russian counterpart Sergei Lavrov": the name after the title
						k := n
						if d.toks[k].text == "'s" {
							k++
						}
						for k < s.t1 && k < n+5 && d.toks[k].mention < 0 && (d.toks[k].tag == "JJ" || isNoun(d.toks[k].tag) && !isCapital(d.toks[k].text)) {
							k++
						}
						if k > n && k < s.t1 && d.toks[k].mention >= 0 && titleHeads[d.toks[k-1].lower] {
							if om := &d.mentions[d.toks[k].mention]; om.ent >= 0 && d.ents[om.ent].typ == TypePerson {
								j = k - 1
								continue
							}
						}
						if k < s.t1 && d.toks[k].mention >= 0 && d.mentions[d.toks[k].mention].modifier {
							// "his Russian counterpart Sergei Lavrov": skip the demonym too
							k2 := d.mentions[d.toks[k].mention].t1
							for k2 < s.t1 && k2 < k+4 && d.toks[k2].mention < 0 && (d.toks[k2].tag == "JJ" || isNoun(d.toks[k2].tag) && !isCapital(d.toks[k2].text)) {
								k2++
							}
							if k2 < s.t1 && d.toks[k2].mention >= 0 && titleHeads[d.toks[k2-1].lower] {
								if om := &d.mentions[d.toks[k2].mention]; om.ent >= 0 && d.ents[om.ent].typ == TypePerson {
									j = k2 - 1
									continue
								}
							}
						}
						return nil, "", "", false
					}
					if k := n + 1; k < s.t1 && d.toks[k].mention >= 0 && d.mentions[d.toks[k].mention].ent >= 0 && !d.mentions[d.toks[k].mention].modifier {
						j = k - 1
						continue
					}
					if k := n + 1; k < s.t1 && possessionNouns[d.toks[k].lower] {
						// "buy Alfa-Eco's stake": not Alfa-Eco itself
						return nil, "", "", false
					}
					if k := d.possHead(n + 1); k < s.t1 && !groupNouns[d.toks[k].lower] {
						if !actionNouns[d.toks[k].lower] && !(prep != "" && (eventNounLemmas[noun] || eventNouns[noun] != "")) {
							// "bring Finnan's cross down": the object is the cross
							// (but "sanctions on Venezuela's oil industry" target Venezuela)
							return nil, "", "", false
						}
						weak = true // "welcomed China's move"
					}
				case (clauseVerbs[g.lemma] || g.lemma == "want" || g.lemma == "like") && nt.tag == "TO" && prep == "" && noun == "":
					// "expected Sony to sell": the name is the subject of what is expected
					return nil, prep, noun, false
				case d.modifiesNoun(m):
					// "talking to Real Madrid sporting director Emilio Butragueno": the person
					k := m.t1
					for k < s.t1 && k < m.t1+4 && d.toks[k].mention < 0 && !isCapital(d.toks[k].text) && (titleMods[d.toks[k].lower] || titleHeads[d.toks[k].lower] || d.toks[k].tag == "JJ") {
						k++
					}
					if k > m.t1 && k < s.t1 && titleHeads[d.toks[k-1].lower] && d.toks[k].mention >= 0 {
						if pm := &d.mentions[d.toks[k].mention]; pm.ent >= 0 && d.ents[pm.ent].typ == TypePerson {
							j = k - 1
							continue
						}
					}
					if h := d.possHead(m.t1); h < s.t1 && groupNouns[d.toks[h].lower] && d.ents[m.ent].typ != TypePerson {
						break // "met Houthi negotiators", "shelled Israeli positions": the group stands for its side
					}
					// "the EU budget": the object is the budget
					return nil, "", "", false
				case (isVerb(nt.tag) && nt.tag != "VBG" && nt.tag != "VBN" || nt.tag == "MD") && nt.mention < 0 && (clauseVerbs[g.lemma] || sayVerbs[g.lemma] || nt.tag == "MD" || nt.tag == "VBZ" || nt.tag == "VBP" || m.t0 == g.g1 || m.title0 > s.t0 && reportNouns[d.toks[m.title0-1].lower]):
					// ("rejected the idea Mr X posed a threat": the subject of the idea)
					// "said Britain had to", "hoped China would": subject of a clause
					// (but "a proposal from the US aimed at": a reduced relative)
					return nil, "", "", false
				}
			}
			args = append(args, argument{ment: t.mention, weak: weak})
			args = append(args, d.coordRight(si, m)...)
			if last := &d.mentions[args[len(args)-1].ment]; len(args) > 1 && d.modifiesNoun(last) {
				// "operates the Amsterdam, Brussels and Paris exchanges": all modify the noun
				return nil, prep, noun, false
			}
			return args, prep, noun, j-g.g1 > 5
		}
		switch {
		case isVerb(t.tag) && !(t.tag == "VBN" || t.tag == "VBG") || t.tag == "MD":
			return nil, "", noun, false
		case t.text == "," && j > g.g1 && placeNouns[d.toks[j-1].lower] && j+1 < s.t1 && d.toks[j+1].mention >= 0 && prep == "":
			// "captured the capital, Sanaa": the place named after the noun
			noun = ""
			continue
		case t.text == "," || t.text == ";" || t.text == ":" || t.text == "." || t.lower == "that" || t.lower == "which" || t.lower == "who" || t.lower == "because" || t.lower == "while" || t.lower == "if" || t.tag == "WRB" || t.tag == "WP" || t.tag == "WDT" || t.lower == "whether":
			// "recalls how Bill Clinton advised him": a clause, not an object
			return nil, prep, noun, false
		case t.tag == "CC":
			return nil, "", noun, false // ("signed an agreement on trade and agreed": the noun stays for reciprocals)
		case (t.tag == "IN" || t.tag == "TO") && prepositions[t.lower] && t.lower == "of" && j > g.g1 && (d.toks[j-1].lower == "instead" || d.toks[j-1].lower == "because" || d.toks[j-1].lower == "ahead" || d.toks[j-1].lower == "regardless"):
			// "instead of Ian Gough": not the other party
			return nil, prep, noun, false
		case (t.tag == "IN" || t.tag == "TO") && prepositions[t.lower]:
			prep = t.lower
		case t.tag == "IN" || t.tag == "TO":
			// a word the tagger took for a preposition ("winner/IN")
		case isNoun(t.tag):
			if d.isTitleWord(t.lower) && isCapital(t.text) || titleHeads[t.lower] && j+1 < s.t1 && (d.toks[j+1].mention >= 0 || d.proper(j+1)) {
				// "met music executive Jordan Bratman": part of the name's title
				continue
			}
			if timeNouns[t.lower] || isProperTag(t.tag) {
				continue
			}
			if groupNouns[t.lower] && j+2 < s.t1 && (d.toks[j+1].lower == "in" || d.toks[j+1].lower == "of") && d.toks[j+2].mention >= 0 {
				// "pressure on the regime in Pyongyang": the regime stands for the place
				if gm := &d.mentions[d.toks[j+2].mention]; gm.ent >= 0 && d.ents[gm.ent].typ == TypeGPE {
					args = append(args, argument{ment: d.toks[j+2].mention})
					return args, prep, noun, j-g.g1 > 5
				}
			}
			if prep != "" && !eventNounLemmas[d.x.lem.Lemma(t.lower)] {
				k := j + 1
				for k < s.t1 && k < j+4 && isNoun(d.toks[k].tag) && !isCapital(d.toks[k].text) && d.toks[k].mention < 0 {
					k++
				}
				if k < s.t1 && (d.toks[k].mention >= 0 || d.proper(k)) {
					j = k - 1
					continue // "worked with javelin thrower Steve Backley": a description of the name
				}
			}
			if prep != "" && prep != "for" && !eventNounLemmas[d.x.lem.Lemma(t.lower)] {
				// "spoke by phone with X": a manner phrase, not the object;
				// but "based his comments on the months of X": X belongs to the noun
				if j+1 < s.t1 && d.toks[j+1].lower == "of" {
					return nil, "", "", false
				}
				prep = ""
				for j+1 < s.t1 && (isNoun(d.toks[j+1].tag) || d.toks[j+1].tag == "JJ") && d.toks[j+1].mention < 0 && !isCapital(d.toks[j+1].text) {
					j++ // the rest of that phrase ("on cross-border trade")
				}
				continue
			}
			if prep == "" && noun != "" && j > g.g1 && nounAt == j-1 && d.toks[j-1].mention < 0 {
				noun = d.nounLemma(t.lower) // "joint air drills": the last noun heads the phrase
				nounAt = j
				continue
			}
			if prep != "" && noun != "" {
				return nil, "", "", false
			}
			if prep == "" || noun == "" {
				if prep != "" {
					// "for talks with": the noun after a preposition heads it
					prep = ""
				}
				noun = d.nounLemma(t.lower)
				nounAt = j
			}
			nouns++
			if nouns > 2 {
				return nil, "", "", false
			}
		case isVerb(t.tag):
			// participle used as adjective, or a gerund object ("cut off financing to")
			if prep != "" || noun != "" {
				return nil, "", "", false
			}
			if t.tag == "VBG" && j == g.g1 {
				noun, nounAt = t.lower, j
				nouns++
			} else if t.tag == "VBG" && j+1 < s.t1 && (d.toks[j+1].tag == "DT" || d.toks[j+1].tag == "PRP$" || d.toks[j+1].mention >= 0) {
				return nil, prep, noun, false // "spend months debating Bush's proposal": a new verb
			}
		}
	}
	return nil, prep, noun, false
}

// nounLemma is the singular of a noun; a noun in -ing stays a noun
// ("meeting", not "meet").
func (d *doc) nounLemma(w string) string {
	if strings.HasSuffix(w, "ings") && len(w) > 6 {
		return w[:len(w)-1]
	}
	if strings.HasSuffix(w, "ing") && len(w) > 5 {
		return w
	}
	return d.x.lem.Lemma(w)
}

// coordRight: ", Y, and Z" after an object; skips relative clauses
// (", who is the country's ranking diplomat,") and titles before names.
func (d *doc) coordRight(si int, m *mention) []argument {
	s := &d.sents[si]
	var out []argument
	j := m.t1
	if j+1 < s.t1 && d.toks[j].text == "'s" && (d.toks[j+1].tag == "CC" || d.toks[j+1].text == ",") {
		j++ // "Tetley's and Holsten"
	}
	for j < s.t1 {
		// skip a relative clause
		if d.toks[j].text == "," && j+1 < s.t1 && (d.toks[j+1].lower == "who" || d.toks[j+1].lower == "which") {
			k := j + 1
			for k < s.t1 && d.toks[k].text != "," {
				k++
			}
			j = k
			continue
		}
		c := d.toks[j].lower
		if c != "and" && c != "," && c != "or" {
			break
		}
		k := j + 1
		if k < s.t1 && (d.toks[k].lower == "and" || d.toks[k].lower == "or") {
			k++
		}
		// skip the title of the next name
		for k < s.t1 && d.toks[k].mention < 0 && d.isTitleWord(d.toks[k].lower) {
			k++
		}
		if k >= s.t1 || d.toks[k].mention < 0 {
			break
		}
		mm := &d.mentions[d.toks[k].mention]
		if mm.ent < 0 || mm.modifier || mm.t1 < s.t1 && d.toks[mm.t1].text == "'s" || d.modifiesNoun(mm) {
			break
		}
		n := mm.t1
		for n < s.t1 && n < mm.t1+3 && (isNoun(d.toks[n].tag) || d.toks[n].tag == "JJ") && d.toks[n].mention < 0 {
			n++ // "..., and Chinese state banks have financed"
		}
		if n < s.t1 && (isVerb(d.toks[n].tag) || d.toks[n].tag == "MD") && d.toks[n].tag != "VBG" && d.toks[n].tag != "VBN" {
			break // "invest in Liverpool, and Parry has kept": a new clause
		}
		out = append(out, argument{ment: d.toks[k].mention, weak: mm.pronoun})
		j = mm.t1
	}
	return out
}

// copula: "X is a lifeline for Y", "X is the editor of Y".
func (d *doc) copula(si int, g *vgroup) {
	s := &d.sents[si]
	subs := d.subjects(si, g)
	if len(subs) == 0 {
		return
	}
	var words []string
	j := g.g1
	for ; j < s.t1 && j-g.g1 < 8; j++ {
		t := &d.toks[j]
		if t.lower == "a" || t.lower == "an" || t.lower == "the" || t.tag == "JJ" || t.tag == "RB" && len(words) == 0 {
			continue
		}
		if isNoun(t.tag) && t.mention < 0 {
			words = append(words, t.lower)
			continue
		}
		break
	}
	if len(words) == 0 || j >= s.t1 || !rolePreps[d.toks[j].lower] {
		return
	}
	prep := d.toks[j].lower
	obj := d.firstArg(si, j+1, 8, true)
	if obj < 0 {
		return
	}
	head := words[len(words)-1]
	pred := strings.Join(words, " ") + " " + prep
	if !d.isTitleWord(head) {
		pred = head + " " + prep
	}
	for _, sb := range subs {
		d.emit(si, sb, pred, "", argument{ment: obj}, g, confCopula, false)
	}
}

// firstArg returns the first argument mention from token j within n tokens,
// preferring an organisation over a country in an "of" chain when orgFirst.
func (d *doc) firstArg(si, j, n int, orgFirst bool) int {
	s := &d.sents[si]
	found := -1
	for k := j; k < s.t1 && k < j+n; k++ {
		t := &d.toks[k]
		if t.text == "," || t.text == ";" || isVerb(t.tag) && t.mention < 0 {
			break
		}
		if t.mention < 0 && isNoun(t.tag) && !isCapital(t.text) && k+1 < s.t1 && !isNoun(d.toks[k+1].tag) && d.toks[k+1].mention < 0 && d.toks[k+1].text != "'s" && d.toks[k+1].lower != "of" && !(t.inParen && !d.toks[j].inParen) {
			// "chancellor of the exchequer when Labour...": the noun is the object
			return found
		}
		if t.mention < 0 || t.inParen && !d.toks[j].inParen {
			continue
		}
		m := &d.mentions[t.mention]
		if m.ent < 0 {
			continue
		}
		if m.t1 < s.t1 && d.toks[m.t1].text == "'s" {
			// "director of Venice's La Fenice Theatre": the possessed thing
			k = m.t1
			continue
		}
		if d.modifiesNoun(m) {
			// "the Commons public accounts committee": not the Commons
			k = m.t1 - 1
			continue
		}
		if found < 0 {
			found = t.mention
		}
		if !orgFirst || d.ents[m.ent].typ == TypeOrg || d.ents[m.ent].typ == TypePerson {
			return t.mention
		}
		k = m.t1 - 1
	}
	return found
}

// nominals: "X's sanctions on Y", "X's visit to Y", "sanctions on Y by X".
func (d *doc) nominals(si int) {
	s := &d.sents[si]
	for i := s.t0; i < s.t1; i++ {
		t := &d.toks[i]
		if t.mention >= 0 {
			continue
		}
		v, ok := eventNouns[t.lower]
		if !ok || !isNoun(t.tag) {
			continue
		}
		if i+4 < s.t1 && d.toks[i+1].lower == "between" && d.reciprocalNoun(t.lower) {
			// "talks between Iran and the US"
			a := d.firstArg(si, i+2, 3, false)
			if a >= 0 {
				k := d.mentions[a].t1
				if k < s.t1 && d.toks[k].lower == "and" {
					if b := d.firstArg(si, k+1, 3, false); b >= 0 {
						g := &vgroup{head: i, lemma: v, negated: d.nounNegated(i)}
						d.add(si, argument{ment: a}, v+" with", argument{ment: b}, d.nounEvent(t.lower), g, confNominal, false)
					}
				}
			}
			continue
		}
		if i+1 >= s.t1 || !eventNounPreps[d.toks[i+1].lower] {
			continue
		}
		obj := d.firstArg(si, i+2, 5, false)
		if obj < 0 || d.toks[i+2].mention < 0 && d.toks[i+2].lower != "the" {
			continue
		}
		// "a takeover of Y by X", "talks with Y by X"
		if om := &d.mentions[obj]; om.t1+1 < s.t1 && d.toks[om.t1].lower == "by" && d.toks[om.t1+1].mention >= 0 {
			if by := d.toks[om.t1+1].mention; d.mentions[by].ent >= 0 && !d.mentions[by].modifier {
				pred := v
				if p := d.toks[i+1].lower; p != "of" {
					pred += " " + p
				}
				d.add(si, argument{ment: by}, pred, argument{ment: obj}, d.nounEvent(t.lower), &vgroup{head: i, lemma: v, negated: d.nounNegated(i)}, confNominal, false)
				continue
			}
		}
		// the possessor: "X's (adj)* noun"
		subj := -1
		for k := i - 1; k >= s.t0 && k >= i-4; k-- {
			u := &d.toks[k]
			if u.text == "'s" && k > s.t0 && d.toks[k-1].mention >= 0 {
				subj = d.toks[k-1].mention
				break
			}
			if !(u.tag == "JJ" || isNoun(u.tag) || u.tag == "CD") || u.mention >= 0 {
				break
			}
		}
		if subj < 0 || d.mentions[subj].ent < 0 {
			continue
		}
		prep := d.toks[i+1].lower
		pred := v
		if prep != "of" && prep != "by" {
			pred += " " + prep
		}
		d.add(si, argument{ment: subj}, pred, argument{ment: obj}, d.nounEvent(t.lower), &vgroup{head: i, lemma: v, negated: d.nounNegated(i)}, confNominal, false)
	}
}

// nounNegated: "there was no treaty between": the event noun is denied.
func (d *doc) nounNegated(i int) bool {
	s := &d.sents[d.toks[i].sent]
	for j := i - 1; j >= s.t0 && j >= i-3; j-- {
		if l := d.toks[j].lower; l == "no" || l == "without" || l == "never" {
			return true
		}
		if d.toks[j].mention >= 0 || isVerb(d.toks[j].tag) {
			break
		}
	}
	return false
}

// reciprocalNoun: an event noun between two parties ("talks", "war").
func (d *doc) reciprocalNoun(noun string) bool {
	l := d.x.lem.Lemma(noun)
	return reciprocalNouns[l] || reciprocalNouns[noun] || l == "war" || l == "relation" || l == "tie" || l == "clash" || l == "dispute" || l == "conflict"
}

func (d *doc) nounEvent(noun string) *Event {
	if c, ok := d.x.events.Noun(noun); ok {
		return &Event{Code: c.Code, Label: c.Label, Goldstein: c.Goldstein}
	}
	return nil
}

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
	if noEvent(verb, particle) || verb == "take" && prep == "on" && noun == "" || roleNouns[noun] || prep == "past" || d.pastAfter(g) {
		// "Federer beat Roddick": a match, not a military assault (CAMEO 190)
	} else if c, ok := d.x.events.Lookup(verb, next...); ok && !sayVerbs[verb] {
		ev = &Event{Code: c.Code, Label: c.Label, Goldstein: c.Goldstein}
	} else if ok && verb == "tell" {
		ev = &Event{Code: c.Code, Label: c.Label, Goldstein: c.Goldstein}
	}
	d.add(si, s, pred, o, ev, g, conf, far)
}

func (d *doc) emit(si int, s argument, pred, _ string, o argument, g *vgroup, conf float64, far bool) {
	var ev *Event
	if g != nil && g.head >= 0 && strings.HasPrefix(pred, g.lemma) && !noEvent(g.lemma, g.particle) && !d.pastAfter(g) {
		if c, ok := d.x.events.Lookup(g.lemma); ok && !sayVerbs[g.lemma] {
			ev = &Event{Code: c.Code, Label: c.Label, Goldstein: c.Goldstein}
		}
	}
	d.add(si, s, pred, o, ev, g, conf, far)
}

// pastAfter: "battled past Davenport", "cruised past X": a race or a game.
func (d *doc) pastAfter(g *vgroup) bool {
	return g != nil && g.g1 < len(d.toks) && d.toks[g.g1].lower == "past"
}

// noEvent: games ("beat", "take on"), life events and posts get no CAMEO code.
func noEvent(verb, particle string) bool {
	return contestVerbs[verb] || lifeVerbs[verb] || verb == "take" && particle == "on" || verb == "play" || verb == "face" && particle == "" || particle == "past"
}

// add records one relation with its evidence.
func (d *doc) add(si int, sa argument, pred string, oa argument, ev *Event, g *vgroup, conf float64, far bool) {
	sm, om := &d.mentions[sa.ment], &d.mentions[oa.ment]
	if sm.ent < 0 || om.ent < 0 || sm.ent == om.ent {
		return
	}
	se, oe := d.ents[sm.ent], d.ents[om.ent]
	if sa.weak || sm.modifier || sm.gaz != nil && d.isDemonymMention(sm) {
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
	}
	attr := ""
	if s.speaker >= 0 && s.speaker != sm.ent && g != nil && g.head >= s.scope0 && g.head < s.scope1 {
		attr = EntityID(d.ents[s.speaker].typ, d.ents[s.speaker].name)
		conf -= 0.05
	}
	if modality != "" {
		conf -= 0.1
	}
	if conf > confMaxLimit {
		conf = confMaxLimit
	}
	if conf > confMaxLimit {
		conf = confMaxLimit
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
	}
	start, end := d.origOff(s.start), d.origEnd(s.end)
	for _, e := range r.Evidence {
		if e.Start == start && e.Modality == modality && e.Attribution == attr {
			return
		}
	}
	r.Evidence = append(r.Evidence, Evidence{Sentence: d.orig[start:end], Start: start, End: end, Confidence: round2(conf),
		Modality: modality, Attribution: attr})
	// Relation confidence: at least one sentence supports it; more support
	// raises it (noisy-or), asserted evidence counts fully.
	p := 1.0
	for _, e := range r.Evidence {
		c := e.Confidence
		if e.Modality != "" {
			c *= 0.6
		}
		p *= 1 - c
	}
	r.Confidence = round2(min(1-p, 0.99))
}

func (d *doc) isDemonymMention(m *mention) bool {
	t := d.mtext(m)
	return m.gaz != nil && t != m.gaz.Name && !strings.EqualFold(t, m.gaz.Name) && strings.HasSuffix(strings.ToLower(t), "n") && false
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
			if g.g1 < s.t1 && d.toks[g.g1].mention >= 0 && d.endsClause(d.mentions[d.toks[g.g1].mention].t1) {
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
	d.mentions = append(d.mentions, mention{t0: j, t1: j + 1, ent: e, sent: d.toks[j].sent, typ: d.ents[e].typ, pronoun: true, kind: MentionPronoun,
		titleAff: -1, titleTo: -1, title0: j})
	d.toks[j].mention = len(d.mentions) - 1
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

func (d *doc) result() Result {
	res := Result{Entities: []Entity{}, Relations: []Relation{}}
	byID := map[string]int{}
	for _, de := range d.ents {
		id := EntityID(de.typ, de.name)
		ei, ok := byID[id]
		if !ok {
			res.Entities = append(res.Entities, Entity{ID: id, Name: de.name, Type: de.typ, Aliases: []string{}, Mentions: []Mention{}})
			ei = len(res.Entities) - 1
			byID[id] = ei
		}
		e := &res.Entities[ei]
		for _, mi := range de.ments {
			m := &d.mentions[mi]
			st, en := d.origOff(d.toks[m.t0].start), d.origEnd(d.mentionEnd(m))
			txt := d.orig[st:en]
			kind := m.kind
			if kind == "" {
				kind = MentionName
			}
			if m.pronoun && kind == MentionName {
				kind = MentionPronoun
			}
			e.Mentions = append(e.Mentions, Mention{Start: st, End: en, Text: txt, Kind: kind})
			if m.pronoun {
				continue
			}
			if txt != e.Name && !contains(e.Aliases, txt) {
				e.Aliases = append(e.Aliases, txt)
			}
		}
		if de.acronym != "" && !contains(e.Aliases, de.acronym) {
			e.Aliases = append(e.Aliases, de.acronym)
		}
	}
	// Entities only named in furniture or never named are dropped.
	kept := res.Entities[:0]
	for _, e := range res.Entities {
		if named(e.Mentions) {
			sort.Slice(e.Mentions, func(i, j int) bool { return e.Mentions[i].Start < e.Mentions[j].Start })
			sort.Strings(e.Aliases)
			kept = append(kept, e)
		}
	}
	res.Entities = kept
	sort.Slice(res.Entities, func(i, j int) bool { return res.Entities[i].ID < res.Entities[j].ID })
	for _, k := range d.order {
		res.Relations = append(res.Relations, *d.rels[k])
	}
	sort.SliceStable(res.Relations, func(i, j int) bool {
		a, b := res.Relations[i], res.Relations[j]
		if a.Subject != b.Subject {
			return a.Subject < b.Subject
		}
		if a.Object != b.Object {
			return a.Object < b.Object
		}
		if a.Predicate != b.Predicate {
			return a.Predicate < b.Predicate
		}
		return !a.Negated && b.Negated
	})
	return res
}

// named reports whether a mention names the entity (a name or demonym, not
// only a pronoun or description).
func named(ms []Mention) bool {
	for _, m := range ms {
		if m.Kind == MentionName || m.Kind == MentionDemonym {
			return true
		}
	}
	return false
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
