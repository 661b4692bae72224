package extract

// Verb groups: retagging, grouping auxiliaries/adverbs/particles with the main verb, and their modality.

import "strings"

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
// participleAdverbs make the participle after them an adjective of the
// name or title that follows ("the newly elected president"; "recently"
// only after a determiner: "the recently appointed minister", not
// "Ciara, who recently beat Elvis Presley").
var participleAdverbs = set("newly", "democratically", "popularly", "freshly")

// auxVBZ are the auxiliaries tagged VBZ before a participle ("has
// merged", "is expected").
var auxVBZ = set("has", "is", "does", "'s", "was", "gets", "becomes", "seems", "remains", "looks", "comes", "goes", "stays", "appears", "sounds", "feels", "stands", "lies", "sits")

// auxHave are the forms of "have" before a perfect participle.
var auxHave = set("has", "have", "had", "having", "'ve")

// vbnAfterAnd: a past participle at token k, maybe after an adverb
// ("and wounded", "and mortally wounded").
func (d *doc) vbnAfterAnd(k, end int) bool {
	if k+1 < end && d.toks[k].tag == "RB" {
		k++
	}
	return k < end && d.toks[k].tag == "VBN"
}

// nounParticiples are past participles the tagger may read as nouns.
var nounParticiples = set("shot", "hit", "cut", "beat", "struck")

// coordinatedPastVerb: token i, an "-ed" word the tagger read as an
// adjective right after "and", is an event verb in the past coordinated
// with an earlier verb in the past of the same clause: it has a noun
// after it, and no finite verb follows that noun's phrase (not "Police
// arrested protesters and injured people were taken away").
func (d *doc) coordinatedPastVerb(s *sent, i int) bool {
	t := &d.toks[i]
	if i-2 < s.t0 || i+1 >= s.t1 || d.toks[i-1].lower != "and" || !strings.HasSuffix(t.lower, "ed") || t.mention >= 0 {
		return false
	}
	l := d.lemma(t)
	if l == t.lower || adjectivalParticiples[t.lower] {
		return false
	}
	if i-3 >= s.t0 && d.toks[i-2].tag == "JJ" && d.toks[i-3].tag == "DT" {
		return false // "securing a stable and unified Iraq": two adjectives of one noun
	}
	if _, ok := d.x.events.Lookup(l); !ok {
		return false
	}
	if n := &d.toks[i+1]; !(isNoun(n.tag) || n.tag == "DT" || n.tag == "PRP$" || n.mention >= 0) {
		return false
	}
	past := false
	for k := i - 2; k >= s.t0; k-- {
		u := &d.toks[k]
		if u.text == ";" || u.text == ":" || subordinators[u.lower] || u.tag == "WDT" || u.tag == "WP" {
			break
		}
		if u.tag == "VBD" && u.mention < 0 {
			past = true
			break
		}
	}
	if !past {
		return false
	}
	for k := i + 1; k < s.t1; k++ {
		u := &d.toks[k]
		if u.text == "," || u.text == ";" || u.text == "." || u.lower == "and" || u.lower == "but" {
			break
		}
		if (u.tag == "VBD" || u.tag == "VBZ" || u.tag == "VBP" || u.tag == "MD") && u.mention < 0 {
			return false
		}
	}
	return true
}

// whetherClause: group g's clause opens with "whether" before its
// subject ("decide whether they will take action", "asked whether the
// government had lied").
func (d *doc) whetherClause(g *vgroup) bool {
	s := &d.sents[d.toks[g.head].sent]
	k := d.beforeSubject(s, g, false)
	return k >= s.t0 && k < g.g0-1 && d.toks[k].lower == "whether"
}

// beforeSubject returns the token before the short subject phrase (up to
// six words: names, nouns, determiners, adjectives, pronouns, with numbers)
// that group g's verb follows.
func (d *doc) beforeSubject(s *sent, g *vgroup, numbers bool) int {
	k := g.g0 - 1
	for n := 0; k > s.t0 && n < 6; n++ {
		t := &d.toks[k]
		if t.mention < 0 && t.tag != "DT" && t.tag != "JJ" && !isNoun(t.tag) && t.tag != "POS" && t.tag != "PRP" && !(numbers && t.tag == "CD") {
			break
		}
		k--
	}
	return k
}

// timeClauseModality: the finite group g opens, after its subject, a time
// clause ("when Italy come", "once the deal closes", "until they visited")
// of a clause told in the future ("will") or as possible ("would",
// "could"): that modality, or "".
func (d *doc) timeClauseModality(g *vgroup) string {
	s := &d.sents[d.toks[g.head].sent]
	if h := d.toks[g.head].tag; h != "VBZ" && h != "VBP" && h != "VBD" || g.head != g.g0 {
		return ""
	}
	k := d.beforeSubject(s, g, true)
	if k <= s.t0 || k >= g.g0-1 || !timeOpeners[d.toks[k].lower] {
		return ""
	}
	for j := k - 1; j >= s.t0 && j >= k-15; j-- {
		t := &d.toks[j]
		if t.text == ";" || t.text == ":" || isQuote(t.text) || t.text == "." {
			return ""
		}
		if t.tag == "MD" {
			if modalAux[t.lower] == "future" {
				return "future" // will, shall, 'll
			}
			switch t.lower {
			case "would", "'d":
				for e := s.t0; e < s.t1; e++ {
					if d.toks[e].tag == "VBD" && sayVerbs[d.lemma(&d.toks[e])] {
						return "future" // "would be the key themes when the UK took over the EU's chairmanship, said Mr Straw": his "will"
					}
				}
				return "possible"
			case "could", "might":
				return "possible"
			}
			return ""
		}
	}
	return ""
}

// nextStopVerbs, in the present after "now", tell the next trip or match
// ("now goes to Madrid", "now faces Spain").
var nextStopVerbs = set("go", "head", "travel", "face", "meet", "play", "fly")

// timeOpeners open a clause that times another.
var timeOpeners = set("when", "once", "until", "till", "whenever")

// backingNouns are what "backing" describes in music rather than does:
// "backing singers", "backing vocals", "backing band".
var backingNouns = set("singer", "vocal", "vocalist", "band", "group", "track", "dancer", "musician")

// adjectivalParticiples are "-ed" words news uses as adjectives before a
// noun after "and" ("armed groups", "increased pressure").
var adjectivalParticiples = set("armed", "advanced", "increased", "reduced", "limited", "detailed", "renewed", "continued",
	"sustained", "coordinated", "concerted", "heightened", "improved", "expanded", "elected", "appointed", "organised",
	"organized", "alleged", "suspected", "wanted", "wounded", "injured", "displaced", "united", "related", "disputed",
	"occupied", "unidentified", "unexpected", "unprecedented", "talented", "experienced", "qualified", "skilled", "fixed")

// lyAfterDeterminer: token k is an "-ly" adverb after a determiner or a
// possessive ("the recently appointed", "the beautifully talented").
func (d *doc) lyAfterDeterminer(s *sent, k int) bool {
	return d.toks[k].tag == "RB" && strings.HasSuffix(d.toks[k].lower, "ly") && k-1 >= s.t0 && (d.toks[k-1].tag == "DT" || d.toks[k-1].tag == "PRP$")
}

func (d *doc) retag(si int) {
	s := &d.sents[si]
	for i := s.t0; i < s.t1; i++ {
		t := &d.toks[i]
		if t.tag == "JJ" && t.lower == "offensive" && i > s.t0 && i+1 < s.t1 && (d.toks[i-1].tag == "DT" || d.toks[i-1].tag == "JJ" || d.toks[i-1].tag == "PRP$") && (d.toks[i+1].tag == "IN" || d.toks[i+1].tag == "." || d.toks[i+1].text == ",") {
			t.tag = "NN" // "launched a military offensive/JJ against X": the noun
			continue
		}
		if t.tag == "NNS" && i-4 >= s.t0 && d.toks[i-1].text == "," && d.toks[i-2].tag == "CD" && d.toks[i-3].text == "," && d.toks[i-4].mention >= 0 && d.mentions[d.toks[i-4].mention].t1 == i-3 && i+1 < s.t1 && (d.toks[i+1].tag == "IN" || d.toks[i+1].tag == "DT" || d.toks[i+1].mention >= 0) {
			t.tag = "VBZ" // "Lim, 47, joins/NNS from Selat Ports": the verb after the name and its age
			continue
		}
		if isVerb(t.tag) && (clubRoles[t.lower] || t.lower == "wing" || t.lower == "replacement" || t.lower == "substitute") && i > s.t0 && i+1 < s.t1 && d.toks[i-1].mention >= 0 && d.mentions[d.toks[i-1].mention].t1 == i && !d.mentions[d.toks[i-1].mention].pronoun && isCapital(d.toks[i+1].text) && d.toks[i+1].mention >= 0 && d.mentions[d.toks[i+1].mention].t0 == i+1 {
			t.tag = "NN" // "the withdrawal of Wales wing/VBP Rhys Williams", "Wales replacement/VBP X": the player's position, no act
			continue
		}
		if (t.lower == "neighbouring" || t.lower == "neighboring") && t.tag == "VBG" && i+1 < s.t1 && (d.toks[i+1].mention >= 0 || isNoun(d.toks[i+1].tag)) {
			t.tag = "JJ" // "accused neighbouring Rwanda of supplying the rebels": which Rwanda is, no act
			continue
		}
		if t.lower == "record" && t.tag == "VB" && i+1 < s.t1 && (orgCues[d.toks[i+1].lower] || d.toks[i+1].lower == "industry") {
			t.tag = "NN" // "selling Zomba to record giant BMG": the trade, no act of recording
			continue
		}
		if t.lower == "lives" && t.tag == "NNS" && i > s.t0 && i+1 < s.t1 && d.toks[i+1].lower == "in" && (d.toks[i-1].tag == "CC" || d.toks[i-1].tag == "RB" || d.toks[i-1].tag == "WP" || d.toks[i-1].tag == "PRP" || d.toks[i-1].mention >= 0 && d.mentions[d.toks[i-1].mention].t1 == i && !d.mentions[d.toks[i-1].mention].pronoun) {
			t.tag = "VBZ" // "was born in Rijeka and now lives/NNS in Monaco": the verb (not "lost their lives in")
			continue
		}
		if t.lower == "imposing" && t.tag == "JJ" && i+1 < s.t1 && (tradeMeasures[d.toks[i+1].lower] || i+2 < s.t1 && d.toks[i+1].tag == "JJ" && tradeMeasures[d.toks[i+2].lower]) {
			t.tag = "VBG" // "a resolution imposing (new) sanctions on X": the participle, not "imposing/JJ" (grand)
			continue
		}
		if t.lower == "struck" && t.tag == "JJ" && i > s.t0 && i+1 < s.t1 && d.toks[i-1].mention >= 0 && d.mentions[d.toks[i-1].mention].t1 == i && (isNoun(d.toks[i+1].tag) || d.toks[i+1].tag == "DT" || d.toks[i+1].mention >= 0) {
			t.tag = "VBD" // "Israel struck targets in Gaza": the verb after its subject, not "struck/JJ targets"
			continue
		}
		if t.lower == "backing" && t.tag == "VBG" && i+1 < s.t1 && backingNouns[strings.TrimSuffix(d.toks[i+1].lower, "s")] {
			t.tag = "JJ" // "ex-Wham! backing singers Pepsi and Shirlie": the band's singers, no act of backing
			continue
		}
		if shareParticiple(t.lower) != "" && i+1 < s.t1 && d.toks[i+1].lower == "by" {
			t.tag = "VBN" // "IPC is majority-owned by Reliance"
			continue
		}
		if t.tag == "VBN" && i-3 >= s.t0 && i+1 < s.t1 && d.toks[i+1].lower == "by" && d.toks[i-1].text == "-" && d.toks[i-2].text == "%" && isNumber(d.toks[i-3].text) && shareVerbs[t.lower] {
			// "IPC is 46%-owned by Reliance": the share is an adverb of the verb group
			for k := i - 3; k < i; k++ {
				d.toks[k].tag = "RB"
			}
			continue
		}
		if i+2 < s.t1 && d.toks[i+1].lower == "company" && d.toks[i+2].lower == "with" && partForms[t.lower] != "" {
			// "is parting/JJ company with its chief executive": the idiom's verb
			t.tag = partForms[t.lower]
			continue
		}
		if t.tag == "NN" && nounParticiples[t.lower] && i > s.t0 && i+1 < s.t1 && beVerbs[d.toks[i-1].lower] && d.toks[i-1].lower != "'s" && (d.toks[i+1].lower == "to" || d.toks[i+1].lower == "by" || d.toks[i+1].lower == "dead" || d.toks[i+1].lower == "and" && d.vbnAfterAnd(i+2, s.t1)) {
			// "Jesse James was shot to death by Robert Ford", "was shot and
			// wounded by X": a passive, not "a shot"
			t.tag = "VBN"
			continue
		}
		if t.tag == "NN" && nounParticiples[t.lower] && i > s.t0 && i+2 < s.t1 && d.toks[i+1].lower == "and" && (d.toks[i+2].tag == "VBD" || d.toks[i+2].tag == "VBN") && d.toks[i-1].tag != "DT" && d.toks[i-1].tag != "PRP$" && !(d.toks[i-1].tag == "JJ" && i-2 >= s.t0 && d.toks[i-2].tag == "DT") && !beVerbs[d.toks[i-1].lower] {
			// "X shot and killed Y": the verb coordinated with the next (not
			// "a shot and", "a good shot and")
			t.tag = d.toks[i+2].tag
			continue
		}
		if t.tag == "NN" && t.lower == "shot" && i+2 < s.t1 && d.toks[i+1].lower == "dead" && (d.toks[i+2].mention >= 0 || d.toks[i+2].tag == "DT" || d.toks[i+2].tag == "PRP") && (d.toks[i-1].text == "," || d.toks[i-1].mention >= 0) {
			t.tag = "VBD" // "X, a 20-year-old student, shot dead Y": the verb after the apposition
			continue
		}
		if t.tag == "JJ" && d.coordinatedPastVerb(s, i) {
			// "The US accused the RSF of genocide and imposed/JJ sanctions
			// on X": the second verb of the subject, not an adjective of
			// "sanctions"
			t.tag = "VBD"
			continue
		}
		if t.tag == "VBG" && (t.lower == "following" || t.lower == "regarding" || t.lower == "concerning") && t.rel == "case" {
			t.tag = "IN" // "resigned following the crash": the parse's preposition, no verb
			continue
		}
		if t.lower == "according" && i+1 < s.t1 && d.toks[i+1].lower == "to" {
			t.tag = "IN" // "according to X" is not a verb
			continue
		}
		if isVerb(t.tag) && matchVs[t.lower] {
			t.tag = "IN" // "Ipswich v Bolton": a match line's "versus", no verb
			continue
		}
		if t.tag == "VBZ" && i > s.t0 && i+1 < s.t1 && (d.toks[i+1].tag == "VBD" || d.toks[i+1].tag == "VBN") && !auxVBZ[t.lower] && strings.HasSuffix(t.lower, "s") && (d.toks[i-1].mention >= 0 || isProperTag(d.toks[i-1].tag)) && d.toks[i+1].mention < 0 {
			t.tag = "NNS" // "the Brussels, Paris and Amsterdam exchanges merged": a plural noun before the verb
			continue
		}
		if t.lower == "de" && i+1 < s.t1 && d.toks[i+1].lower == "facto" && t.mention < 0 {
			t.tag, d.toks[i+1].tag = "JJ", "JJ" // "the country's de facto leader X": adjectives of the post
			continue
		}
		if t.tag == "JJ" && (t.lower == "military" || t.lower == "army") && i > s.t0 && i+2 < s.t1 && d.toks[i-1].text == "'s" && (d.toks[i+1].tag == "VBN" || d.toks[i+1].tag == "VBD") && (isNoun(d.toks[i+2].tag) || d.toks[i+2].tag == "DT") {
			// "Myanmar's military seized power": the noun and its verb, not
			// an adjective and a participle
			t.tag, d.toks[i+1].tag = "NN", "VBD"
			continue
		}
		if t.tag == "VBZ" && !auxVBZ[t.lower] && strings.HasSuffix(t.lower, "s") && d.possessedNames(s, i) {
			t.tag = "NNS" // "sold its Ragu and Bertolli brands to Mizkan": the names modify a plural noun
			continue
		}
		// "newly elected French President Hollande met", "the recently
		// appointed chairman", "over the beautifully talented Kate Bush": a
		// participle after such an adverb, or after any "-ly" adverb and a
		// determiner, is an adjective of the title or name after it
		if (t.tag == "VBN" || t.tag == "VBD") && i > s.t0 && i+1 < s.t1 && (participleAdverbs[d.toks[i-1].lower] || d.lyAfterDeterminer(s, i-1)) && (isCapital(d.toks[i+1].text) || d.isTitleWord(d.toks[i+1].lower)) && !(i-2 >= s.t0 && (auxHave[d.toks[i-2].lower] || beVerbs[d.toks[i-2].lower])) {
			t.tag = "JJ"
			continue
		}
		if t.lower == "managing" && t.tag == "VBG" && i+1 < s.t1 && managedPosts[d.toks[i+1].lower] {
			t.tag = "JJ" // "has been managing director of X": a post
			continue
		}
		if t.lower == "to" && t.tag == "IN" && i > s.t0 && i+1 < s.t1 && d.toks[i+1].tag == "VB" && d.toks[i-1].lower != "according" && !(isNoun(d.toks[i-1].tag) && !isCapital(d.toks[i-1].text) && !intentNoun(d.toks[i-1].lower)) {
			// "pledged $500m to rebuild Gaza", "signed a deal to import":
			// an infinitive's marker (not "withdrew from the line-up to
			// face X": the noun's)
			t.tag = "TO"
			continue
		}
		if i == s.t0 {
			continue
		}
		if (t.tag == "NN" || t.tag == "NNS") && t.mention < 0 && i-2 >= s.t0 && d.toks[i-2].lower == "whose" && d.toks[i-1].tag == "NNS" && i+1 < s.t1 && (d.toks[i+1].tag == "JJ" || d.toks[i+1].tag == "DT" || d.toks[i+1].mention >= 0) {
			if d.actVerb(t.lower) {
				t.tag = "VBP" // "whose forces control/NN eastern Libya": the relative's verb
				continue
			}
		}
		if v := d.nounReadVerb(s, i); v != "" {
			t.tag = v // "The Lib Dems accuse/NN Mr Blair of": the verb after the subject
			continue
		}
		if d.possessedNameNoun(s, i) {
			t.tag = "NN" // "her Brexit deal/VB through Parliament": the possessed noun after a name
			continue
		}
		if d.intentReadAsNoun(s, i) {
			t.tag = "VBZ" // "The firm plans/NNS to buy X": the subject's verb of intent
			continue
		}
		if d.headlineVerbReadAsNoun(s, i) {
			t.tag = "VBZ" // "Kilroy-Silk quits/NNS 'shameful' UKIP": the headline's verb
			continue
		}
		if (t.tag == "NNS" || t.tag == "VBP") && holdingVerbs[strings.TrimSuffix(t.lower, "s")] && i+1 < s.t1 && (d.toks[i+1].mention >= 0 || d.proper(i+1)) && d.subjectBeforeVerbS(i) {
			t.tag = "VBZ" // "John Smith chairs/NNS Barclays", "who chairs/VBP X": the holder's verb
			continue
		}
		if isVerb(t.tag) && (titleHeads[t.lower] || titleHeads[strings.TrimSuffix(t.lower, "s")]) && i+1 < s.t1 && (d.toks[i+1].mention >= 0 || d.proper(i+1)) && !d.subjectBeforeVerbS(i) {
			t.tag = "NN" // "centre Sonny Parker": a title before a name
			continue
		}
		if t.tag == "VBZ" && i > s.t0 && d.toks[i-1].text == "," && i+1 < s.t1 && d.toks[i+1].mention >= 0 && d.x.lem.Lemma(t.lower) == t.lower && !d.x.lem.InDict(strings.TrimSuffix(t.lower, "s")) {
			t.tag = "NNS" // "Anna Kournikova, popstars/VBZ Britney Spears and": no verb the lemmatizer knows, a description before names
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
		if (t.tag == "VBD" || t.tag == "VBN") && t.mention < 0 && i+1 < s.t1 && isNoun(d.toks[i+1].tag) && d.toks[i+1].mention < 0 && d.afterArticle(s, i) {
			t.tag = "JJ" // "the Polish corrugated board producer X", "a renewed drive": a participle before its noun
			continue
		}
		if (t.lower == "set" || t.lower == "sets") && isVerb(t.tag) && (d.toks[i-1].tag == "JJ" || d.toks[i-1].tag == "CD" || setOrdinals[d.toks[i-1].lower]) {
			t.tag = "NN" // "dropped a tight first set against X": the tennis set
			continue
		}
		if t.tag == "VBG" && ingNouns[t.lower] && isProperTag(d.toks[i-1].tag) && i+1 < s.t1 && (d.toks[i+1].tag == "NN" || d.toks[i+1].tag == "NNS") {
			t.tag = "NN" // "the United Nations peacekeeping mission", "Microsoft's operating system": a noun's modifier
			continue
		}
		if t.tag == "VBN" && linkingVerbs[d.toks[i-1].lower] {
			t.tag = "JJ" // "he looked assured", "seemed determined": a state, no act
			continue
		}
		if t.tag == "VBG" && degreeAdverbs[d.toks[i-1].lower] {
			t.tag = "JJ" // "a rather dashing lover", "very moving": an adjective
			continue
		}
		if (t.tag == "JJ" || t.tag == "NN") && t.mention < 0 && gerundObjectPreps[d.toks[i-1].lower] && !participleAdjectives[t.lower] && i+1 < s.t1 && strings.HasSuffix(t.lower, "ing") && d.gerundObject(i+1) {
			// "convicted of murdering reporter Don Bolles": the tagger read
			// an adjective before the object's title
			if _, ok := d.x.events.Lookup(verbStem(d, t.lower)); ok {
				t.tag = "VBG"
				continue
			}
		}
		if isNoun(t.tag) && pastNounForms[t.lower] && t.mention < 0 && i+1 < s.t1 && (d.toks[i+1].mention >= 0 || objectPronouns[d.toks[i+1].lower] || d.toks[i-1].lower == "and" && d.nounThenNamed(i+1)) &&
			(d.toks[i-1].lower == "and" && d.pastBefore(s, i-1) || d.toks[i-1].text == "," && d.toks[s.t0].mention >= 0 && !d.finiteBefore(s, i)) {
			// ("expelled the ambassador and cut ties with Cuba")
			// "Booth entered the box and shot Lincoln", "Oswald, 24, shot
			// Kennedy": the tagger read a noun
			t.tag = "VBD"
			continue
		}
		if t.tag == "NN" && pastNounForms[t.lower] && t.mention < 0 && d.toks[i-1].mention >= 0 && d.lonePastShape(s, i) {
			t.tag = "VBD" // "Gazprom cut/NN gas supplies to Ukraine": the clause's only verb after a name
			continue
		}
		if (t.tag == "JJ" || t.tag == "VBN") && t.mention < 0 && (strings.HasSuffix(t.lower, "ed") || t.tag == "VBN" && sharedPastForms[t.lower]) && d.lonePastAt(s, i) {
			// "The police detained opposition leader X", "Thousands
			// protested in Moscow", "US warplanes struck Taliban
			// positions": the clause's only verb, read as an adjective or
			// a participle
			t.tag = "VBD"
			continue
		}
		if (t.tag == "NN" || t.tag == "NNS") && t.mention < 0 && d.lonePresentAt(s, i) {
			// "The Taliban control large parts of Afghanistan": the
			// clause's only verb, read as a noun after the name
			if t.tag == "NNS" {
				t.tag = "VBZ"
			} else {
				t.tag = "VBP"
			}
			continue
		}
		if (t.tag == "VBP" || t.tag == "VB") && t.mention < 0 && d.indefiniteBefore(s, i) {
			t.tag = "NN" // "imposed an arms embargo on Syria": the noun an article opened
			continue
		}
		if (t.lower == "doubt" || t.lower == "doubts") && !isNoun(t.tag) && isVerb(d.toks[i-1].tag) && d.lemma(&d.toks[i-1]) != "doubt" {
			t.tag = "NN" // "cast doubt on X", "raised doubts over X": the verb's noun
		}
		if (t.lower == "tribute" || t.lower == "tributes" || t.lower == "homage") && !isNoun(t.tag) {
			t.tag = "NN" // "paid tribute to X" (the tagger read a verb or an adverb)
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
			// ("Jack Ruby shot and wounded X": before "and" and a past tense)
			if n := &d.toks[i+1]; n.tag == "IN" || n.tag == "DT" || n.tag == "TO" || n.tag == "PRP" || n.tag == "PRP$" || n.mention >= 0 || n.tag == "JJ" || n.tag == "CD" || isProperTag(n.tag) || n.lower == "and" && d.pastAfterAdverbs(i+2, s.t1) {
				if irregularPast[t.lower] {
					t.tag = "VBD"
				}
			} else if t.lower == "cast" && (n.lower == "doubt" || n.lower == "doubts") {
				t.tag, n.tag = "VBD", "NN" // "Johnson cast doubt on X" (read as a noun and an adverb)
			}
			continue
		}
		if t.tag == "JJ" && strings.HasSuffix(t.lower, "ed") && t.mention < 0 && d.toks[i-1].mention >= 0 && !d.mentions[d.toks[i-1].mention].modifier && !d.afterArticle(s, i) {
			// "China imposed sanctions": a past tense the tagger took for
			// an adjective (not "the Polish corrugated board producer")
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

// gerundObjectPreps take a gerund whose object may open with a title;
// participleAdjectives are -ing words that mostly qualify a title
// ("clashed with opposing skipper Roy Keane", "of ruling party leader X").
var (
	gerundObjectPreps    = set("of", "by", "after", "before", "for", "about", "against")
	participleAdjectives = set("opposing", "ruling", "leading", "governing", "visiting", "defending", "reigning", "outgoing",
		"incoming", "acting", "managing", "founding", "presiding", "sitting", "serving", "retiring", "ailing", "rising",
		"winning", "losing", "competing", "striking", "touring", "travelling", "traveling", "ageing", "aging")
)

// gerundObject reports whether the tokens from i start an object that
// names someone: a name, or one title word before a name ("reporter Don
// Bolles").
func (d *doc) gerundObject(i int) bool {
	s := &d.sents[d.toks[i].sent]
	if d.toks[i].mention >= 0 || d.proper(i) {
		return true
	}
	return i+1 < s.t1 && isNoun(d.toks[i].tag) && !isProperTag(d.toks[i].tag) && titleHeads[d.toks[i].lower] && (d.toks[i+1].mention >= 0 || d.proper(i+1))
}

// pastNounForms are past tenses a tagger may read as nouns after "and".
var pastNounForms = set("shot", "hit", "struck", "beat", "cut", "led", "met", "fought", "sold", "bought", "sent", "hurt", "stabbed", "wounded")

// partForms tag the forms of "part" in "part company with".
var partForms = map[string]string{"parting": "VBG", "parted": "VBD", "part": "VBP", "parts": "VBZ"}

// managedPosts follow "managing" in a post's name.
var managedPosts = set("director", "editor", "partner")

// sharedPastForms are irregular verbs' past forms that are also their
// participles ("struck", not "taken").
var sharedPastForms = set("shot", "hit", "struck", "led", "met", "fought", "sold", "bought", "sent", "held", "caught",
	"told", "won", "lost", "left", "kept", "found", "brought", "built", "paid", "spent", "sought", "fled",
	"bound", "fed", "shut", "quit", "split", "upheld", "withheld")

// objectPronouns stand for a person as an object.
var objectPronouns = set("him", "her", "them")

// pastBefore: a past-tense verb before token k of sentence s, with no
// sentence-level break between ("Booth entered the box and ...").
func (d *doc) pastBefore(s *sent, k int) bool {
	for j := k - 1; j >= s.t0; j-- {
		if t := &d.toks[j]; t.tag == "VBD" && t.mention < 0 {
			return true
		} else if t.text == ";" || t.text == ":" {
			return false
		}
	}
	return false
}

// indefiniteBefore: "a" or "an" opens the noun phrase that token i ends,
// over nouns and adjectives only ("an arms embargo").
func (d *doc) indefiniteBefore(s *sent, i int) bool {
	for k := i - 1; k >= s.t0 && k >= i-4; k-- {
		t := &d.toks[k]
		if t.lower == "a" || t.lower == "an" {
			return k < i-1
		}
		if t.mention >= 0 || !(isNoun(t.tag) || t.tag == "JJ") {
			return false
		}
	}
	return false
}

// lonePastAt: token i, an -ed word after the subject's noun, is the only
// verb its sentence could have: no auxiliary before it, no finite verb
// anywhere else, and a verb the event dictionary knows.
func (d *doc) lonePastAt(s *sent, i int) bool {
	if !d.lonePastShape(s, i) {
		return false
	}
	// the verb's stem or its dictionary lemma ("struck": strike; "fired":
	// fire, not fir), maybe in a pattern with the next word ("fired rockets")
	w, next := d.toks[i].lower, d.nounLemma(d.toks[i+1].lower)
	for _, stem := range []string{verbStem(d, w), d.x.lem.Lemma(w)} {
		if _, ok := d.x.events.Lookup(stem, next); ok {
			return true
		}
	}
	return false
}

// lonePastShape: token i stands where lonePastAt's verb would, after a
// noun or name, with no other finite verb in the sentence and an object or
// a preposition after it.
func (d *doc) lonePastShape(s *sent, i int) bool {
	k := i - 1
	for k > s.t0 && (d.toks[k].tag == "RB" || d.toks[k].tag == "RBR") && d.toks[k].mention < 0 {
		k-- // "The group later sheltered X"
	}
	p := &d.toks[k]
	// (a group noun read as an adjective: "Myanmar's military/JJ detained")
	if !(isNoun(p.tag) || p.mention >= 0 || groupNouns[p.lower] || d.closesOpeningApposition(s, k)) || p.text == "'s" || i+1 >= s.t1 {
		return false
	}
	if d.finiteOtherThan(s, i) {
		return false
	}
	for j := s.t0; j < i; j++ {
		if l := d.toks[j].lower; beVerbs[l] && d.toks[j].tag != "POS" || l == "been" || l == "being" || l == "has" || l == "have" || l == "had" {
			return false // (not a possessive's "'s": "Myanmar's military detained")
		}
	}
	n := &d.toks[i+1]
	if n.lower == "by" && d.toks[i].tag == "VBN" {
		return false // "X, an alliance backed by Washington, accused Y": a participle's agent, not the clause's verb
	}
	return n.mention >= 0 || determiners[n.lower] || isNoun(n.tag) || n.tag == "IN" || n.tag == "RB" || n.tag == "PRP" || n.tag == "CD"
}

// closesOpeningApposition: the comma at token k closes an apposition to
// the name the sentence opens with ("Hezbollah, the Iranian-backed
// Lebanese group, fired rockets"), which holds no finite verb.
func (d *doc) closesOpeningApposition(s *sent, k int) bool {
	b := s.t0
	if d.toks[b].lower == "the" {
		b++ // "The Houthis, the ... movement,"
	}
	m := d.toks[b].mention
	if d.toks[k].text != "," || m < 0 || d.mentions[m].t0 != b || d.mentions[m].ent < 0 {
		return false
	}
	c := d.mentions[m].t1
	if c+2 >= k || k-c > 10 || d.toks[c].text != "," {
		return false
	}
	for j := c + 1; j < k; j++ {
		if t := &d.toks[j]; t.text == "," || d.finiteAt(j) || t.tag == "WP" || t.tag == "WDT" {
			return false
		}
	}
	return true
}

// lonePresentAt: token i, a noun right after a name that is no modifier,
// is the sentence's verb: no finite verb anywhere in the sentence, an
// object phrase after it, and a verb the event dictionary knows.
func (d *doc) lonePresentAt(s *sent, i int) bool {
	if i+1 >= s.t1 || s.headline {
		return false
	}
	p := d.toks[i-1].mention
	if p < 0 || d.mentions[p].t1 != i || d.mentions[p].modifier || d.mentions[p].ent < 0 || d.mentions[p].t0 != s.t0 && !(d.mentions[p].t0 == s.t0+1 && d.toks[s.t0].lower == "the") {
		return false
	}
	if n := &d.toks[i+1]; !(n.mention >= 0 || determiners[n.lower] || n.tag == "JJ" || n.tag == "CD") {
		return false
	}
	if d.finiteOtherThan(s, i) {
		return false
	}
	return d.actVerb(d.toks[i].lower)
}

// actVerb: word w, read as a noun, is a verb the event dictionary knows or
// one of holding ("The billionaire owns Bhs": no event, a relation).
func (d *doc) actVerb(w string) bool {
	l := d.x.lem.Lemma(w)
	_, ok := d.x.events.Lookup(l)
	return ok || holdingVerbs[l]
}

// banVerbs keep someone "from" doing something.
var banVerbs = set("ban", "bar", "stop", "prevent", "block", "prohibit", "preclude", "forbid", "restrain", "debar")

// setOrdinals count the sets of a match ("the first set").
var setOrdinals = set("first", "second", "third", "fourth", "fifth", "opening", "final", "deciding", "last")

// ingNouns are nouns in -ing that modify a noun after a name ("the UN
// peacekeeping mission", "the BBC broadcasting licence").
var ingNouns = set("peacekeeping", "marketing", "banking", "trading", "shipping", "manufacturing", "broadcasting",
	"publishing", "mining", "fishing", "housing", "spending", "funding", "training", "operating", "engineering",
	"accounting", "advertising", "lending", "farming", "policing", "polling", "recruiting", "gaming", "printing",
	"catering", "computing", "networking", "retailing", "clothing", "licensing", "lobbying", "monitoring", "nursing")

// subjectBeforeVerbS: token i, a verb in -s that is also a post's plural
// ("heads", "chairs"), follows a relative or personal pronoun or a
// person's name: the verb of a subject ("who heads ECOWAS", "Smith chairs
// Barclays"), not a title before a name.
func (d *doc) subjectBeforeVerbS(i int) bool {
	t := &d.toks[i]
	if t.tag != "VBZ" && t.tag != "VBP" && t.tag != "NNS" || !strings.HasSuffix(t.lower, "s") || i == d.sents[t.sent].t0 || !d.actVerb(strings.TrimSuffix(t.lower, "s")) {
		return false // ("Oscar hopefuls Mike Leigh": no verb)
	}
	p := &d.toks[i-1]
	switch p.lower {
	case "who", "which", "that", "he", "she", "it", "also", "now", "still", "currently":
		return true
	}
	return p.mention >= 0 && d.mentions[p.mention].t1 == i && d.mentions[p.mention].typ == TypePerson
}

// holdingVerbs relate a holder to what it holds or runs, no event.
var holdingVerbs = set("own", "run", "head", "chair", "operate", "manage", "employ", "control")

// finiteBefore: a finite verb before token k of sentence s.
func (d *doc) finiteBefore(s *sent, k int) bool {
	for j := s.t0; j < k; j++ {
		if d.finiteAt(j) {
			return true
		}
	}
	return false
}

// lastFiniteBefore returns the last finite verb before token k of
// sentence s, not past a comma or a semicolon, or -1.
func (d *doc) lastFiniteBefore(s *sent, k int) int {
	for j := k - 1; j >= s.t0 && d.toks[j].text != "," && d.toks[j].text != ";"; j-- {
		if d.finiteAt(j) {
			return j
		}
	}
	return -1
}

// finiteOtherThan: a finite verb in sentence s at any token but k.
func (d *doc) finiteOtherThan(s *sent, k int) bool {
	for j := s.t0; j < s.t1; j++ {
		if j != k && d.finiteAt(j) {
			return true
		}
	}
	return false
}

// finiteAt: token j is a finite verb or a modal, outside any name.
func (d *doc) finiteAt(j int) bool {
	t := &d.toks[j]
	return (t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD") && t.mention < 0
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
		if t.tag == "VBZ" && i > s.t0 && isCapital(d.toks[i-1].text) && d.namesThenCopula(s, i+1) {
			// "BBC hits Little Britain and Strictly Come Dancing are among":
			// a plural noun after a name, the list of names after it the
			// subject of a plural copula, no verb with its objects
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
			case (u.lower == "majority" || u.lower == "minority" || u.lower == "part") && g.head == j-1 && j+1 < s.t1 && d.toks[j+1].tag == "VBN":
				// "is majority owned by", "part funded by": a share, as an adverb
			case u.tag == "CD" && g.head == j-1 && j+2 < s.t1 && (d.toks[j+1].lower == "percent" || d.toks[j+1].text == "%") && d.toks[j+2].tag == "VBN" && beVerbs[d.toks[j-1].lower]:
				j++ // "is 40 percent owned by": the share, then the participle
			case u.tag == "TO" && j+1 < s.t1 && (d.nextWord(j, s).tag == "VB" || d.nextWord(j, s).tag == "RB") && g.particle == "":
				// ("lost out to luxury goods firm LVMH": after a particle, "to" is a preposition)
			case u.tag == "RP" && g.head == j-1 && g.particle == "":
				g.particle = u.lower
			case u.tag == "IN" && g.head == j-1 && g.particle == "" && adverbParticles[u.lower] && j+1 < s.t1 && (d.toks[j+1].tag == "IN" || d.toks[j+1].tag == "TO"):
				g.particle = u.lower // "takes over from", "stepped down from"
			case u.lower == "on" && g.head == j-1 && g.particle == "" && keepVerbs[d.lemma(&d.toks[g.head])] && j+1 < s.t1 && d.toks[j+1].lower == "to":
				g.particle = u.lower // "hang on to", "held on to"
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
		if n := len(out); n > 0 {
			d.sharedMood(&out[n-1], &g)
		}
		out = append(out, g)
		if j <= i {
			j = i + 1
		}
		i = j
	}
	return out
}

// sharedMood: a bare verb after "and" or "or" shares the mood of the
// group before it, whose "to", modal or "do" it stands under ("plans to
// shift production to China and export it to the UK": the export is
// planned too; "did not attack X or kill Y"), and so does a gerund of
// means the parse hangs on it ("would fund the deal by selling").
func (d *doc) sharedMood(prev, g *vgroup) {
	j := g.g0
	if j < 1 || g.head != j || g.modality != "" || g.negated {
		return
	}
	if h := d.toks[g.head].head; d.toks[g.head].tag == "VBG" && prev.modality != "" && (d.toks[j-1].lower == "by" || d.toks[j-1].text == ",") && h >= prev.g0 && h < prev.g1 {
		// "it would fund the deal by selling a stake in X", "wanted to
		// provide $10bn a year, using G7 backing": the means share the
		// mood of the act they serve
		g.modality = prev.modality
		return
	}
	if t := d.toks[g.head].tag; (t == "VBZ" || t == "VBP") && (prev.modality == "future" || prev.modality == "planned") {
		// "Serena will open against Pin, while Mauresmo plays Stosur": a
		// fixture beside the one to come is to come too
		k := j - 1
		if m := d.toks[k].mention; m >= 0 && d.mentions[m].t1 == j {
			k = d.mentions[m].t0 - 1
		}
		if k > prev.g1 && d.toks[k].sent == d.toks[j].sent && (d.toks[k].lower == "while" || d.toks[k].lower == "whereas") {
			g.modality = prev.modality
		}
		return
	}
	if d.toks[g.head].tag != "VB" || d.toks[prev.head].tag != "VB" {
		return
	}
	if c := d.toks[j-1].lower; c != "and" && c != "or" || d.toks[j-1].sent != d.toks[j].sent {
		return
	}
	g.modality, g.negated = prev.modality, prev.negated
}

// namesThenCopula: from token k, capitalised words (joined by "and" or
// commas) run to a plural "are" or "were".
func (d *doc) namesThenCopula(ss *sent, k int) bool {
	n := 0
	for ; k < ss.t1 && n < 10; k++ {
		t := &d.toks[k]
		switch {
		case t.lower == "are" || t.lower == "were":
			return n > 0 && isCapital(d.toks[k-1].text)
		case isCapital(t.text) && t.tag != "MD" || t.lower == "and" || t.text == ",":
			n++
		default:
			return false
		}
	}
	return false
}

// wouldWishes after "would" wish ("would love to", "would rather").
var wouldWishes = set("love", "like", "prefer", "rather", "want", "hope", "welcome")

// reportedWill: "would" at token j follows a past verb of saying and the
// clause's subject ("said it would", "announced that the bank would"): the
// speaker's "will", shifted into the past.
func (d *doc) reportedWill(j int) bool {
	s := &d.sents[d.toks[j].sent]
	k := j - 1
	for n := 0; k >= s.t0 && n < 5 && (d.toks[k].mention >= 0 || d.toks[k].tag == "PRP" || d.toks[k].tag == "DT" || isNoun(d.toks[k].tag) || isProperTag(d.toks[k].tag)); n++ {
		k--
	}
	if j+1 < s.t1 && wouldWishes[d.toks[j+1].lower] {
		return false // (not "would love X to come": a wish)
	}
	if k == j-1 && k > s.t0 && d.toks[k].lower == "and" {
		// "said he would consider the ruling and would return to
		// Parliament": the second "would" of the reported clause
		for w := k - 1; w >= s.t0 && w > k-15; w-- {
			if d.toks[w].lower == "would" {
				return d.reportedWill(w)
			}
		}
	}
	if k == j-1 {
		return false
	}
	if k >= s.t0 && d.toks[k].lower == "that" {
		k--
	}
	for k > s.t0 && (timeWord(d.toks[k].lower) || d.toks[k].lower == "in" && timeWord(d.toks[k+1].lower)) {
		k-- // "said last week it would", "confirmed in midweek that he would"
	}
	if k < s.t0 || d.toks[k].tag != "VBD" || !sayVerbs[d.lemma(&d.toks[k])] {
		return false
	}
	for e := j + 1; e < s.t1; e++ {
		if l := d.toks[e].lower; l == "if" || l == "unless" {
			return false // ("would buy X if prices fell": only on a condition)
		}
	}
	return true
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
				if u.lower == "would" && j == g.g0 && d.reportedWill(j) {
					g.modality = "future" // "the club said it would allow X": "will", reported
				}
				if u.lower == "could" && j+1 < g.g1 && d.toks[j+1].lower == "only" && d.toks[g.head].tag == "VB" && !d.conditionNear(g) {
					g.modality = "" // "Greene could only finish second to Scott", "Chelsea could only draw": what was done, no more
				}
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
				if l0 := d.toks[g.g0].lower; !(l0 == "may" || l0 == "might" || l0 == "could") {
					g.modality = m // (not after "may", "might", "could": "may offer to sell X" is only possible)
				}
			} else if l == "fit" && d.sents[h.sent].headline {
				g.modality = "planned" // a headline's "Wilkinson fit to face Edinburgh", "fit" read as a verb
			}
			if failVerbs[l] {
				g.negated = true // "failed to inform him": he was not informed
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
		if u.tag == "TO" && j > g.g0 && beVerbs[d.toks[j-1].lower] || u.tag == "TO" && j > g.g0+1 && beVerbs[d.toks[j-2].lower] && d.toks[j-1].tag == "RB" && !judgedActs[d.toks[j-1].lower] {
			if g.modality == "" {
				g.modality = "planned" // "England are (still) to meet Italy"
			}
		}
	}
	if h.tag == "VBN" && be && !(statePassives[h.lower] && g.g1 < len(d.toks) && d.toks[g.g1].lower == "to") {
		g.passive = true // (not "is opposed to any takeover": the subject opposes it)
	}
	if d.sents[h.sent].headline && !be && (h.tag == "VBN" || h.tag == "VBD") && g.lemma != h.lower && d.onlyAdverbsBefore(g) && g.g0 > d.sents[h.sent].t0 && d.toks[g.g0-1].mention >= 0 {
		// a headline's past participle is a passive without its "is":
		// "Giggs handed Wales leading role", "Tait picked for England"
		// (not "Chelsea hold/VBD Arsenal"; only right after a name)
		g.passive = true
		g.finite = true
	}
	if j := g.g0; h.tag == "VBN" && !be && g.head == j && j-3 >= 0 && (d.toks[j-1].lower == "and" || d.toks[j-1].lower == "or") && d.toks[j-2].tag == "VBN" && beVerbs[d.toks[j-3].lower] && d.toks[j-3].sent == h.sent {
		g.passive = true // "was tried and convicted for X": the second participle's "was" too
	}
	if j := g.g0; j-2 >= 0 && d.toks[j-1].lower == "longer" && d.toks[j-2].lower == "no" && d.toks[j-2].sent == h.sent {
		g.negated = true // "GM no longer wants to own the Fiat unit"
	}
	for k := max(g.g0-1, 1); k < g.head; k++ {
		if d.toks[k].lower == "to" && notYet[d.toks[k-1].lower] && d.toks[k-1].sent == h.sent {
			g.negated = true // "decided not to sue X", "was keen not to talk about X", "has yet to meet X"
		}
	}
	if h.tag == "VBG" && d.avoidedBefore(g.head) {
		g.negated = true // "avoided criticising X", "refrained from criticising X"
	}
	if j := g.g0; h.tag == "VBG" && j-2 >= 0 && d.toks[j-1].lower == "from" && d.toks[j-2].sent == h.sent {
		b := j - 2
		if m := d.toks[b].mention; m >= 0 && d.mentions[m].t0 > 0 {
			b = d.mentions[m].t0 - 1 // "stopped Bank of America from suing"
		}
		if banVerbs[d.lemma(&d.toks[b])] {
			g.negated = true // "has been banned from suing Parmalat", "stopped X from buying Y": not done
		}
	}
	if j := g.g0; j-2 >= 0 && d.toks[j-1].lower == "to" && d.toks[j-2].sent == h.sent && isVerb(h.tag) && (g.modality == "" || g.modality == "future") {
		// "was due to marry" ("due to" tagged a preposition), "is likely to
		// visit", "may be reluctant to pledge": not done
		if d.inTalksBefore(j-2) >= 0 {
			g.modality = "planned" // "is in talks to merge with X": not done yet
		} else if m, ok := modalAdjectives[d.toks[j-2].lower]; ok && !(j-3 >= 0 && (d.toks[j-2].lower == "fit" && d.lemma(&d.toks[j-3]) == "see" || d.lemma(&d.toks[j-3]) == "make")) {
			if m == "" {
				g.negated = true // "was unable to attend"
			} else {
				g.modality = m
			}
		} else if d.toks[j-2].lower == "whether" {
			g.modality = "possible" // "will decide whether to begin talks with Turkey": undecided
		} else if p := d.beforeQuote(j - 2); g.modality == "" && d.sents[h.sent].headline && (p.mention >= 0 || strings.HasPrefix(p.tag, "NN")) {
			g.modality = "planned" // a headline's "Wilkinson to lead England", "Benitez 'to launch Morientes bid'": announced, not done
		}
	}
	if g.finite && (g.modality == "" || g.modality == "future") && d.whetherClause(g) {
		g.modality = "possible" // "to decide whether they will take action against Jones": undecided
	}
	if g.finite && !g.negated && d.counterfactual(g) {
		// "had he still been a backbencher, he would have been giving Mr
		// Blair the same message": what would have been, and was not
		g.modality = "conditional"
		g.negated = true
	}
	if l := d.likelyClauseBefore(g); g.finite && l != "" && (g.modality == "" || g.modality == "future" || g.modality == "possible") {
		// "it was highly unlikely he would give Labour more money": likely
		// not; "it is likely that X will": may be
		g.modality = "possible"
		g.negated = g.negated || l == "unlikely"
	}
	if m := d.timeClauseModality(g); g.finite && g.modality == "" && m != "" {
		// "Scotland will try to win when Italy come to Edinburgh", "would
		// have no chance when they visited the UK": a time clause takes
		// the tense of the clause it times
		g.modality = m
	}
	if (h.tag == "VBZ" || h.tag == "VBP" || h.tag == "VB" || h.tag == "VBD" && h.lower == g.lemma) && g.head == g.g0 && g.modality == "" && d.comingTime(g) {
		// "they face the Seychelles in the Cosafa Cup next month": a
		// fixture, not played (a present verb with no auxiliary, maybe
		// tagged a bare one or a past: "Chelsea play/VBD Arsenal")
		g.modality = "planned"
	}
	if j := g.g0; j-1 >= 0 && (h.tag == "VBZ" || h.tag == "VBP") && g.head == g.g0 && d.toks[j-1].lower == "now" && d.toks[j-1].sent == h.sent && nextStopVerbs[g.lemma] && g.modality == "" && !(g.g1 < len(d.toks) && (d.toks[g.g1].lower == "for" || d.toks[g.g1].lower == "in")) {
		g.modality = "planned" // "Helen Clitheroe now goes to Madrid": the next trip, not made yet (not "now plays for Switzerland")
	}
	if j := g.g0; j-1 >= 0 && d.toks[j-1].lower == "to" && h.tag == "VB" && g.head == j && g.modality == "" && fixtureVerbs[g.lemma] && !outcomeVerbs[g.lemma] && d.presentPurpose(j-1) {
		g.modality = "planned" // "France have brought Betsen back into their squad to face England": the match to come
	}
	if j := g.g0; j-3 >= 0 && d.toks[j-1].lower == "to" && d.toks[j-2].lower == "on" && d.toks[j-3].sent == h.sent && (d.toks[j-3].lower == "goes" || d.toks[j-3].lower == "go") && g.modality == "" {
		g.modality = "planned" // "Rochus, who goes on to face Hernych": the next round, not played
	}
	if j := g.g0; j-1 >= 0 && h.tag == "VBG" && g.head == g.g0 && d.toks[j-1].lower == "before" && g.modality == "" && d.futureBefore(j-1) {
		g.modality = "future" // "He will visit Tanzania before chairing a meeting of X": as the main verb
	}
	if j := g.g0; j-1 >= 0 && d.toks[j-1].lower == "to" && g.modality == "" && d.enoughFor(g.head) {
		g.modality = "possible" // "enough students to take the Lib Dems from second place to beat Labour": what they would do
	}
	if j := g.g0; j-2 >= 0 && h.tag == "VBG" && d.toks[j-1].lower == "to" && d.toks[j-2].lower == "close" && d.toks[j-2].sent == h.sent && g.modality == "" {
		g.modality = "planned" // "was close to striking a deal with Barclays": not struck yet
	}
	if j := g.g0; j-1 >= 0 && d.toks[j-1].lower == "to" && (d.missedChance(j-1) || d.abandonedDeal(j-1)) {
		// "missed a glorious chance to throw Newcastle a lifeline", "GM
		// pulled out of an agreement to buy Fiat": not done
		g.negated = true
	}
	if j := g.g0; j-1 >= 0 && h.tag == "VBG" && d.toks[j-1].lower == "before" && d.toks[j-1].sent == h.sent && (g.modality == "" || g.modality == "reported") && d.waitsBefore(h) {
		g.modality = "planned" // "is awaiting the referee's report before acting against X": not yet done
	}
	if j := g.g0; j-2 >= 0 && h.tag == "VBG" && d.toks[j-1].lower == "on" && d.toks[j-2].sent == h.sent && g.modality == "" {
		if m, ok := intentOn[d.toks[j-2].lower]; ok {
			g.modality = m // "Pearce keen on succeeding Keegan"
		}
		if j-3 >= 0 && d.toks[j-2].lower == "in" && d.toks[j-3].sent == h.sent && d.lemma(&d.toks[j-3]) == "close" {
			g.modality = "planned" // "is closing in on signing X": not signed yet
		}
	}
	if k := g.head + 1; g.lemma == "close" && k+1 < len(d.toks) && d.toks[k+1].sent == h.sent && d.toks[k].lower == "in" && d.toks[k+1].lower == "on" && g.modality == "" {
		g.modality = "planned" // "are closing in on a deal for X": not struck yet
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

// judgedActs judge an act done ("Labour was right to reject X", "he was
// wrong to criticise Y"): the act is no plan.
var judgedActs = set("right", "wrong")

// counterfactual: verb group g is a past conditional ("would have
// given", "could have been giving") in a sentence with a condition of the
// past that did not hold ("had he still been", "if he had been").
func (d *doc) counterfactual(g *vgroup) bool {
	if !d.pastConditional(g) {
		return false
	}
	s := &d.sents[d.toks[g.head].sent]
	for k := s.t0; k+1 < s.t1; k++ {
		l := d.toks[k].lower
		if l == "had" && (k == s.t0 || d.toks[k-1].text == "," || d.toks[k-1].lower == "that") && (d.toks[k+1].tag == "PRP" || d.toks[k+1].mention >= 0) {
			return true // "had he still been"
		}
		if l == "if" {
			for j := k + 1; j < s.t1 && j < k+8; j++ {
				if d.toks[j].lower == "had" {
					return true // "if he had been"
				}
				if d.toks[j].text == "," {
					break
				}
			}
		}
	}
	return false
}

// pastConditional: verb group g holds "would have", "could have" or
// "might have".
func (d *doc) pastConditional(g *vgroup) bool {
	for k := g.g0; k < g.head; k++ {
		if l := d.toks[k].lower; (l == "would" || l == "could" || l == "might") && d.toks[k+1].lower == "have" {
			return true
		}
	}
	return false
}

// likelyClauseBefore returns "likely" or "unlikely" when verb group g
// opens the clause of "it is (highly) (un)likely (that)" ("it was highly
// unlikely he would give"), else "".
func (d *doc) likelyClauseBefore(g *vgroup) string {
	s := &d.sents[d.toks[g.head].sent]
	for k := g.g0 - 1; k >= s.t0+2 && k >= g.g0-8; k-- {
		t := &d.toks[k]
		if isVerb(t.tag) || t.tag == "MD" || t.text == "," || t.text == ";" {
			return ""
		}
		if t.lower != "likely" && t.lower != "unlikely" {
			continue
		}
		b := k - 1
		if d.toks[b].tag == "RB" {
			b-- // "highly", "very"
		}
		if b > s.t0 && beVerbs[d.toks[b].lower] && d.toks[b-1].lower == "it" {
			return t.lower
		}
		return ""
	}
	return ""
}

// modalAdjectives before "to" and a verb say the verb is not (yet) done:
// the modality they give, or "" where it is not done at all ("fit to
// face Edinburgh", but one who "saw fit to" act did; "is certain to
// punish X" tells what will be, one who "made sure to thank X" did).
var modalAdjectives = map[string]string{"due": "planned", "likely": "possible", "unlikely": "possible",
	"able": "possible", "ready": "planned", "poised": "planned", "keen": "wanted", "eager": "wanted",
	"willing": "offered", "determined": "planned", "reluctant": "possible", "hesitant": "possible",
	"unwilling": "refused", "unable": "", "fit": "planned", "certain": "future", "sure": "future", "set": "planned",
	"favourite": "possible", "favorite": "possible", "favourites": "possible", "favorites": "possible", "tipped": "expected"}

// comingTime: the clause of group g names a time to come after its verb
// ("next month", "tomorrow", "later this year"), before a comma, a colon
// or another verb ends it.
func (d *doc) comingTime(g *vgroup) bool {
	s := &d.sents[d.toks[g.head].sent]
	for k := g.g1; k < s.t1 && k < g.g1+15; k++ {
		t := &d.toks[k]
		if t.text == "," || t.text == ";" || t.text == ":" || t.text == "\"" || isVerb(t.tag) || t.tag == "MD" {
			return false
		}
		switch {
		case t.lower == "tomorrow":
			return true
		case t.lower == "next" && k+1 < s.t1 && (timeNouns[d.toks[k+1].lower] || roundNouns[d.toks[k+1].lower]):
			return true // ("plays Sprem in the next round")
		case t.lower == "in" && k+2 < s.t1 && d.toks[k+1].lower == "the" && stageNouns[d.toks[k+2].lower] && (d.toks[g.head].tag == "VBZ" || d.toks[g.head].tag == "VBP") && fixtureVerbs[g.lemma] && !pastAlike[d.toks[g.head].lower]:
			return true // "Davenport faces Sprem in the semi-finals": a present fixture
		case t.lower == "later" && k+2 < s.t1 && d.toks[k+1].lower == "this" && timeNouns[d.toks[k+2].lower]:
			return true
		case t.lower == "on" && k+1 < s.t1 && (d.toks[g.head].tag == "VBZ" || d.toks[g.head].tag == "VBP") && !sayVerbs[g.lemma] && !pastAlike[d.toks[g.head].lower] && !d.sents[t.sent].headline && d.dateAt(k+1):
			return true // "Ireland round off their campaign with games against France on 7 September": a fixture
		}
	}
	return false
}

// futureBefore: a "will" (or "shall") stands before token k in its
// sentence, at most 15 tokens back, with no semicolon, colon or quote
// between.
func (d *doc) futureBefore(k int) bool {
	s := &d.sents[d.toks[k].sent]
	for j := k - 1; j >= s.t0 && j >= k-15; j-- {
		if l := d.toks[j].lower; d.toks[j].tag == "MD" && (l == "will" || l == "'ll" || l == "shall" || l == "wo") {
			return true
		}
		if t := d.toks[j].text; t == ";" || t == ":" || isQuote(t) {
			return false
		}
	}
	return false
}

// roundNouns name a stage of a competition after "next" ("in the next
// round"), a time to come like "next week".
var roundNouns = union(gameNouns, set("round", "stage", "opponent"))

// stageNouns name a late round of a competition ("in the final").
var stageNouns = set("final", "finals", "semi-final", "semi-finals", "semifinal", "semifinals", "semis", "quarter-final", "quarter-finals", "quarterfinal", "quarterfinals", "quarters", "play-off", "play-offs", "playoff", "playoffs")

// pastAlike are verbs whose past is their present ("Leeds beat Bath 20-13
// on Saturday"): a date after them tells no fixture.
var pastAlike = set("beat", "put", "hit", "set", "cut", "let", "quit", "upset", "shut", "cost", "hurt", "bet", "read")

// presentPurpose: the infinitive's "to" at token j closes a clause in
// the present or the present perfect ("have brought X into their squad to
// face", "takes X to Rome to face"), whose purpose is still to come (not
// "came back to face").
func (d *doc) presentPurpose(j int) bool {
	s := &d.sents[d.toks[j].sent]
	for k := j - 1; k >= s.t0 && k >= j-15; k-- {
		t := &d.toks[k]
		if t.text == "," || t.text == ";" || t.text == ":" || isQuote(t.text) {
			return false // (not "who will become the seventh actor, including Niven, to play Bond")
		}
		switch t.tag {
		case "MD":
			return false // ("will travel to Plymouth to meet X": the future, as the main verb's)
		case "VBZ", "VBP":
			return true
		case "VBD":
			return false
		case "VBN":
			for b := k - 1; b >= s.t0 && b >= k-3; b-- {
				if l := d.toks[b].lower; l == "has" || l == "have" || l == "'ve" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// outcomeVerbs give a match's result, which an infinitive after a past
// or a perfect tells as done ("have come from behind to beat Wales").
var outcomeVerbs = set("beat", "lead", "trail")

// weekdays name the days of the week.
var weekdays = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// dateAt: a day of the week or of a month opens at token k ("Saturday",
// "7 September", "September 7").
func (d *doc) dateAt(k int) bool {
	s := &d.sents[d.toks[k].sent]
	t := &d.toks[k]
	switch {
	case weekdays[t.lower]:
		return true
	case t.tag == "CD" && k+1 < s.t1 && monthWords[d.toks[k+1].lower] && isCapital(d.toks[k+1].text):
		return true
	case monthWords[t.lower] && isCapital(t.text) && k+1 < s.t1 && d.toks[k+1].tag == "CD":
		return true
	}
	return false
}

// enoughFor: the infinitive at token h tells what "enough" of something
// would do ("there are enough students to beat Labour", "enough votes
// to take the Lib Dems from second place to beat Labour"): the parse's
// heads from h up through infinitives and the nouns that govern them reach
// a word "enough" modifies.
func (d *doc) enoughFor(h int) bool {
	s := &d.sents[d.toks[h].sent]
	for n, k := 0, h; n < 4 && k >= s.t0 && k < s.t1; n++ {
		for j := max(s.t0, k-3); j < k; j++ {
			if d.toks[j].lower == "enough" && d.toks[j].head == k {
				return true
			}
		}
		t := &d.toks[k]
		if t.tag == "VB" && k-1 > s.t0 && d.toks[k-1].lower == "to" {
			// "with enough young voters to lift X": the noun phrase
			// before "to", whatever the parse hung the infinitive on
			for j := k - 2; j > s.t0 && j >= k-5 && (isNoun(d.toks[j].tag) || d.toks[j].tag == "JJ"); j-- {
				if d.toks[j].lower == "enough" {
					return true
				}
			}
		}
		if !(t.tag == "VB" || isNoun(t.tag)) || t.rel != "acl" && t.rel != "obl" && t.rel != "xcomp" && t.rel != "advcl" {
			return false
		}
		k = t.head
	}
	return false
}

// missedChance: the "to" at token k follows a chance missed ("missed a
// glorious chance to", "squandered the opportunity to").
func (d *doc) missedChance(k int) bool {
	j := d.beforeNounOfTo(k, chanceNouns)
	return j >= 0 && isVerb(d.toks[j].tag) && missVerbs[d.lemma(&d.toks[j])]
}

// beforeNounOfTo: the "to" at token k follows a noun of nouns and its
// determiner, possessive or adjectives ("a glorious chance to", "an
// agreement to"); it returns the token before them, or -1.
func (d *doc) beforeNounOfTo(k int, nouns map[string]bool) int {
	s := &d.sents[d.toks[k].sent]
	j := k - 1
	if j <= s.t0 || !nouns[d.toks[j].lower] {
		return -1
	}
	for j--; j > s.t0 && j >= k-4 && (d.toks[j].tag == "JJ" || d.toks[j].tag == "DT" || d.toks[j].tag == "PRP$" || d.toks[j].tag == "RB" || d.toks[j].lower == "its" || d.hyphenated(j)); j-- {
	}
	return j
}

// hyphenated: token j is lower-case words a hyphen joins ("a
// second-half chance").
func (d *doc) hyphenated(j int) bool {
	w := d.toks[j].text
	return strings.Contains(w, "-") && isLowerCompound(w)
}

var (
	chanceNouns = set("chance", "opportunity", "opening")
	missVerbs   = set("miss", "squander", "waste", "spurn", "blow", "pass")
)

// abandonedDeal: the "to" at token k follows a deal or plan its party
// pulled out of or abandoned ("pulled out of an agreement to buy Fiat",
// "scrapped its plan to").
func (d *doc) abandonedDeal(k int) bool {
	j := d.beforeNounOfTo(k, dealPlanNouns)
	s0 := d.sents[d.toks[k].sent].t0
	switch {
	case j < s0:
		return false
	case j >= s0+2 && d.toks[j].lower == "of" && d.toks[j-1].lower == "out" && d.lemma(&d.toks[j-2]) == "pull",
		j >= s0+1 && d.toks[j].lower == "from" && d.lemma(&d.toks[j-1]) == "withdraw":
		return true
	case isVerb(d.toks[j].tag):
		return abandonVerbs[d.lemma(&d.toks[j])]
	}
	return false
}

var (
	dealPlanNouns = set("agreement", "deal", "plan", "plans", "bid", "offer", "option", "commitment", "pledge")
	abandonVerbs  = set("abandon", "scrap", "drop", "shelve", "cancel", "ditch", "axe")
)

// waitsBefore: the verb the gerund h after "before" hangs on waits in the
// present ("is awaiting the report before acting", "will wait before
// ruling"): the act after "before" is still to come (not "played for
// Rangers before joining Celtic").
func (d *doc) waitsBefore(h *tok) bool {
	v := h.head
	if v < 0 || d.toks[v].sent != h.sent {
		return false
	}
	if l := d.lemma(&d.toks[v]); l != "await" && l != "wait" && d.toks[v].lower != "awaiting" && d.toks[v].lower != "waiting" {
		return false // ("awaiting" may be tagged an adjective)
	}
	for k := v - 1; k >= d.sents[h.sent].t0 && k >= v-3; k-- {
		switch t := &d.toks[k]; {
		case t.tag == "VBZ" || t.tag == "VBP" || t.lower == "will" || t.lower == "'ll":
			return true
		case t.tag == "VBD":
			return false
		}
	}
	return d.toks[v].tag == "VBZ" || d.toks[v].tag == "VBP"
}

// intentOn: adjectives before "on" and a gerund that make the gerund a
// wish or a plan ("keen on buying", "intent on leaving").
var intentOn = map[string]string{"keen": "wanted", "intent": "planned", "bent": "planned", "set": "planned"}

// talksNouns after "in" and before "to" make what follows a plan ("in
// talks to buy", "in negotiations to sell").
var talksNouns = set("talks", "negotiations", "discussions")

// inTalksBefore: "in (advanced) talks" ends at token k, the "to" after
// it opening what is talked about; it returns the token before "in" (the
// copula of "is in talks to"), or -1.
func (d *doc) inTalksBefore(k int) int {
	if k-1 < 0 || !talksNouns[d.toks[k].lower] {
		return -1
	}
	i := k - 1
	if d.toks[i].tag == "JJ" && i > 0 {
		i-- // "in advanced talks", "in exclusive talks"
	}
	if d.toks[i].lower != "in" || i == 0 || d.toks[i-1].sent != d.toks[k].sent {
		return -1
	}
	return i - 1
}

// statePassives are participles that, after "be" and before "to", say
// the subject's stance: "is opposed to X" opposes X.
var statePassives = set("opposed")

// pastAfterAdverbs: a past tense at token j, past adverbs ("mortally
// wounded"), before end.
func (d *doc) pastAfterAdverbs(j, end int) bool {
	for j < end && d.toks[j].tag == "RB" {
		j++
	}
	return j < end && d.toks[j].tag == "VBD"
}

// nounReadVerb returns the verb tag for token i, a verb of judgement the
// tagger read as a noun right after the name that opens the sentence and
// before the one judged ("The Lib Dems accuse/NN Mr Blair"), or "". Unlike
// lonePresentAt it allows other verbs later in the sentence ("... a speech
// which will not help him") and an honorific after it.
func (d *doc) nounReadVerb(s *sent, i int) string {
	t := &d.toks[i]
	if t.tag != "NN" && t.tag != "NNS" || t.mention >= 0 || i+1 >= s.t1 {
		return ""
	}
	w := strings.TrimSuffix(t.lower, "s")
	if !nounVerbs[w] && !nounVerbs[t.lower] {
		return ""
	}
	pm := d.toks[i-1].mention
	if pm < 0 || d.mentions[pm].t1 != i || d.mentions[pm].modifier || d.mentions[pm].ent < 0 {
		return ""
	}
	b := d.mentions[pm].title0
	if b-2 >= s.t0 && d.toks[b-1].lower == "and" && d.toks[b-2].mention >= 0 {
		b = d.mentions[d.toks[b-2].mention].title0 // "Airbus and Boeing accuse/NN each other"
	}
	if b != s.t0 && !(b == s.t0+1 && d.toks[s.t0].lower == "the") {
		return ""
	}
	if n := &d.toks[i+1]; !(n.mention >= 0 && d.mentions[n.mention].t0 == i+1 || plainHonorifics[n.lower] || d.eachOther(d.toks[i].sent, i+1)) {
		return ""
	}
	if nounVerbs[t.lower] {
		return "VBP"
	}
	return "VBZ"
}

// nounVerbs are verbs of judgement the tagger may read as nouns after a
// name.
var nounVerbs = set("accuse", "urge", "blame", "criticise", "criticize", "condemn", "slam", "praise", "attack", "back",
	"reject", "warn", "hail", "denounce")

// nounThenNamed: a plural noun at token k, then a preposition and a name
// ("ties with Cuba", "links to Iran").
func (d *doc) nounThenNamed(k int) bool {
	s := &d.sents[d.toks[k].sent]
	return k+2 < s.t1 && d.toks[k].tag == "NNS" && d.toks[k].mention < 0 && d.toks[k+1].tag == "IN" && d.toks[k+2].mention >= 0
}

// onlyAdverbsBefore: nothing but adverbs comes before the main verb in
// group g.
func (d *doc) onlyAdverbsBefore(g *vgroup) bool {
	for j := g.g0; j < g.head; j++ {
		if d.toks[j].tag != "RB" && !negators[d.toks[j].lower] {
			return false
		}
	}
	return true
}

// headlineVerbReadAsNoun: in a headline with no verb, a verb's third
// person right after the subject's name, which the tagger read as a plural
// noun, before its object: a name, an article, a quoted word or a number
// ("Kilroy-Silk quits/NNS 'shameful' UKIP"; not "Yukos shares fall",
// "BA profits rise": a noun the name describes, then the verb).
func (d *doc) headlineVerbReadAsNoun(s *sent, i int) bool {
	t := &d.toks[i]
	if !s.headline || t.tag != "NNS" || i == s.t0 || i+1 >= s.t1 || t.mention >= 0 || headlineNounPlurals[t.lower] || !headlineVerb(d, t.lower) {
		return false
	}
	if m := d.toks[i-1].mention; m < 0 || d.mentions[m].t1 != i || d.mentions[m].t0 != s.t0 || d.mentions[m].modifier {
		return false
	}
	for k := s.t0; k < s.t1; k++ {
		if tg := d.toks[k].tag; tg == "VBZ" || tg == "VBD" || tg == "MD" || tg == "VBP" && k != i+1 {
			return false // the headline has its verb
		}
	}
	n := &d.toks[i+1]
	if n.tag == "IN" && n.mention < 0 {
		// "Roddick splits from coach Gilbert", "Santini resigns as Spurs
		// manager": a preposition, then a name within two words
		k := i + 2
		if k+1 < s.t1 && d.toks[k].mention < 0 && isNoun(d.toks[k].tag) && isLowerWord(d.toks[k].text) {
			k++ // ("from coach Gilbert"; not "marches on in Mexico")
		}
		return k < s.t1 && d.toks[k].mention >= 0
	}
	return n.mention >= 0 || n.tag == "DT" || n.tag == "PRP$" || n.tag == "CD" || isQuote(n.text) || n.tag == "POS" && strings.HasPrefix(n.text, "'")
}

// headlineNounPlurals follow a company's or a country's name in
// headlines as the noun it describes ("BA shares", "Yukos sales").
var headlineNounPlurals = set("shares", "profits", "sales", "talks", "plans", "hopes", "fears", "results", "stocks", "prices",
	"rates", "jobs", "losses", "figures", "costs", "deals", "fans", "exports", "imports", "markets", "earnings", "bonds",
	"staff", "workers", "troops", "forces", "rebels", "voters", "players", "officials", "leaders", "chiefs", "bosses", "stars",
	"nets", "wins", "gains", "falls", "rises", "cuts", "bids", "offers", "claims", "calls", "moves", "links", "ties")

// intentReadAsNoun: a verb of intent in -s at token i that the tagger read
// as a plural noun, then an infinitive, after a subject that can act: a
// name ("Vodafone plans to buy X") or a body or person named by its noun
// ("The firm plans to", "the Japanese government wants to"); not a
// possessed noun ("the firm's plans to", "its expansion plans to").
func (d *doc) intentReadAsNoun(s *sent, i int) bool {
	t := &d.toks[i]
	if t.tag != "NNS" || t.mention >= 0 || !intentVerbsS[t.lower] || i+2 >= s.t1 || d.toks[i+1].lower != "to" || d.toks[i+2].tag != "VB" {
		return false
	}
	p := &d.toks[i-1]
	k := i - 2 // the token before the subject
	if pm := p.mention; pm >= 0 {
		m := &d.mentions[pm]
		if m.t1 != i || m.modifier || m.ent < 0 {
			return false
		}
		k = m.t0 - 1
		if k >= s.t0 && d.toks[k].tag == "DT" {
			k-- // "The UN plans to"
		}
	} else {
		if p.tag != "NN" || isCapital(p.text) {
			return false
		}
		if _, ok := definiteNouns[p.lower]; !ok && !groupHeads[p.lower] && !titleHeads[p.lower] {
			return false
		}
		for k >= s.t0 && (d.toks[k].tag == "JJ" || d.toks[k].mention >= 0 && d.mentions[d.toks[k].mention].modifier) {
			k-- // "the Japanese firm", "the UK government"
		}
		if k < s.t0 || d.toks[k].tag != "DT" {
			return false
		}
		k--
	}
	// the subject opens a clause (not "attacked the Tory plans to cut")
	if k < s.t0 {
		return true
	}
	q := &d.toks[k]
	return q.tag == "," || q.tag == ":" || q.tag == "``" || q.tag == "''" || subjectOpeners[q.lower] || isVerb(q.tag) && sayVerbs[d.lemma(q)]
}

// subjectOpeners are the conjunctions after which a new clause's subject
// may come.
var subjectOpeners = set("that", "and", "but", "while", "as", "because", "since", "if", "when", "although", "though",
	"after", "before", "so", "whereas", "now")

// intentVerbsS are verbs of intent, in -s, that the tagger can read as
// plural nouns before an infinitive.
var intentVerbsS = set("plans", "wants", "needs", "aims", "hopes", "intends", "expects", "seeks", "promises",
	"threatens", "vows", "pledges", "offers", "refuses", "agrees", "decides", "tries", "fails")

// possessedNameNoun: a base verb at token i right after a possessive
// pronoun and a capitalised name ("their Iraq policy", "her Brexit deal
// through") is the possessed noun; after "her", only before a preposition
// or the end of the clause ("saw her Mum leave the house" keeps its verb).
func (d *doc) possessedNameNoun(s *sent, i int) bool {
	t := &d.toks[i]
	if t.tag != "VB" && t.tag != "VBP" || !isLowerWord(t.text) || i-2 < s.t0 || !isProperTag(d.toks[i-1].tag) {
		return false
	}
	k := i - 1
	for k > s.t0 && isProperTag(d.toks[k-1].tag) && k > i-3 {
		k--
	}
	if k == s.t0 {
		return false
	}
	switch d.toks[k-1].lower {
	case "his", "its", "their", "our", "my", "your":
		return true
	case "her":
		if i+1 >= s.t1 {
			return true
		}
		n := d.toks[i+1].tag
		return n == "IN" || n == "," || n == "." || n == "TO"
	}
	return false
}

// possessedNames: the tokens before token i are names (joined by "and" or
// commas) after a possessive determiner: "its Ragu and Bertolli brands",
// "their Ford and Volvo plants"; a verb's subject has no such determiner.
func (d *doc) possessedNames(s *sent, i int) bool {
	k, names := i-1, 0
	for k > s.t0 && (isProperTag(d.toks[k].tag) || d.toks[k].mention >= 0 && !possDeterminers[d.toks[k].lower] || d.toks[k].lower == "and" || d.toks[k].text == ",") {
		if isProperTag(d.toks[k].tag) {
			names++
		}
		k--
	}
	return names > 0 && k >= s.t0 && d.toks[k+1].lower != "and" && d.toks[k+1].text != "," && possDeterminers[d.toks[k].lower]
}

// matchVs are "versus" as match lines write it.
var matchVs = set("v", "vs", "v.", "vs.")

// possDeterminers are the possessive determiners ("its Ragu brands").
var possDeterminers = union(possPronouns, set("its", "their", "our"))

// beforeQuote returns token k, or the one before it when k is a quote mark
// opening what a headline quotes ("Benitez 'to launch Morientes bid'").
func (d *doc) beforeQuote(k int) *tok {
	if k > 0 && (isQuote(d.toks[k].text) || d.toks[k].text == "'" || d.toks[k].text == "`") && d.toks[k-1].sent == d.toks[k].sent {
		return &d.toks[k-1]
	}
	return &d.toks[k]
}

// avoidedBefore: the gerund at token j is what its subject keeps from
// doing ("avoided criticising", "refrained from criticising", "steered
// away from demonising", "ruled out meeting", "stopped short of
// criticising").
func (d *doc) avoidedBefore(j int) bool {
	s := &d.sents[d.toks[j].sent]
	k := j - 1
	if k < s.t0 {
		return false
	}
	if isVerb(d.toks[k].tag) && avoidVerbs[d.lemma(&d.toks[k])] {
		return true
	}
	if k-1 >= s.t0 && d.toks[k].lower == "out" && isVerb(d.toks[k-1].tag) && d.lemma(&d.toks[k-1]) == "rule" {
		return true // "ruled out meeting X"
	}
	if k-2 >= s.t0 && d.toks[k].lower == "of" && d.toks[k-1].lower == "short" && isVerb(d.toks[k-2].tag) && (d.lemma(&d.toks[k-2]) == "stop" || d.lemma(&d.toks[k-2]) == "fall") {
		return true // "stopped short of criticising X"
	}
	if d.toks[k].lower != "from" {
		return false
	}
	k--
	if k >= s.t0 && (d.toks[k].lower == "away" || d.toks[k].lower == "clear" || d.toks[k].lower == "back") {
		k-- // "steer away from", "shy away from"
	}
	return k >= s.t0 && isVerb(d.toks[k].tag) && refrainVerbs[d.lemma(&d.toks[k])]
}

// notYet before "to" leave its verb undone ("not to", "never to", "yet to").
var notYet = set("not", "never", "yet")

// avoidVerbs take the gerund of what is not done ("avoided criticising");
// refrainVerbs take it after "from" ("refrained from criticising").
var (
	avoidVerbs   = set("avoid", "evade", "shun", "resist", "escape")
	refrainVerbs = set("refrain", "abstain", "desist", "steer", "shy", "stay", "keep", "hold")
)

// conditionNear: an "if" or "unless" stands in the sentence of group g
// ("could only win if X lost"): a condition, not a result.
func (d *doc) conditionNear(g *vgroup) bool {
	s := &d.sents[d.toks[g.head].sent]
	for k := s.t0; k < s.t1; k++ {
		if l := d.toks[k].lower; l == "if" || l == "unless" {
			return true
		}
	}
	return false
}

// afterArticle: token i follows an article ("the", "a", "an") directly
// or past a nationality the article opens ("the Polish corrugated").
func (d *doc) afterArticle(s *sent, i int) bool {
	p := i - 1
	if p < s.t0 {
		return false
	}
	if t := &d.toks[p]; (t.tag == "JJ" || t.tag == "NNP" || t.tag == "NNPS") && isCapital(t.text) && d.demonymWord(p) {
		p-- // (a nationality between)
	}
	if p < s.t0 {
		return false
	}
	l := d.toks[p].lower
	return l == "the" || l == "a" || l == "an"
}
