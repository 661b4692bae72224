package extract

// Arguments: finding the subjects and objects of a verb group.

import "strings"

// subjects scans left from the verb group for the nearest argument.
func (d *doc) subjects(si int, g *vgroup) []argument {
	s := &d.sents[si]
	if side := d.changedSide(si, g); side >= 0 {
		return []argument{{ment: side}} // "Wales have made two changes from the team that beat Italy": Wales beat Italy
	}
	crossed := false
	sawNoun := false
	nonFinite := !g.finite
	j := g.g0 - 1
	if nonFinite && j >= s.t0 {
		// "called on Zimbabwe officials to immediately release him": a
		// split infinitive
		k := j
		for k > s.t0 && d.toks[k].tag == "RB" {
			k--
		}
		if d.toks[k].tag == "TO" {
			j = k
		}
	}
	if nonFinite && j > s.t0 && g.head == g.g0 && d.toks[g.head].tag == "VBN" && d.toks[j].text == "," && placedVerbs[g.lemma] != "" {
		// "invest in ride-hailing firm Grab, based in Singapore": a
		// reduced relative describes the noun before the comma (or, when
		// that names nothing, nobody the rules know)
		e := j
		if e-3 >= s.t0 && d.toks[e-1].tag == "CD" && d.toks[e-2].text == "," {
			e -= 2 // "Gordon Parks, 76, born in Fort Scott": the age between
		}
		if m := d.toks[e-1].mention; m >= 0 && d.mentions[m].t1 == e && d.mentions[m].ent >= 0 && !d.mentions[m].modifier {
			return []argument{{ment: m, weak: d.mentions[m].pronoun}}
		}
		return nil
	}
	if nonFinite && j > s.t0 && d.reducedPlaced(g) {
		// "from CFB Petawawa located in Petawawa": a reduced relative right
		// after the organisation it places
		if m := d.toks[j].mention; m >= 0 && d.mentions[m].t1 == j+1 && d.mentions[m].ent >= 0 && !d.mentions[m].modifier && !d.mentions[m].pronoun && d.isOrg(m) {
			return []argument{{ment: m}}
		}
	}
	if j >= s.t0 && !nonFinite {
		if m := d.toks[j].mention; m >= 0 && d.mentions[m].t1 == j+1 && d.mentions[m].t0-1 == s.t0 && d.toks[s.t0].tag == "VBG" && d.toks[s.t0].mention < 0 {
			return nil // "Selling Opel would help GM": the sale helps, not Opel
		}
	}
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
	if j >= s.t0 && g.g0 < g.head && d.toks[g.g0].lower == "being" && d.toks[g.head].tag == "VBN" && d.toks[j].mention >= 0 {
		// "reported on Goldman Sachs being hired by X": the name right
		// before a passive gerund is its subject
		if m := &d.mentions[d.toks[j].mention]; m.ent >= 0 && !m.modifier && m.t1 == j+1 {
			return []argument{{ment: d.toks[j].mention, weak: m.pronoun}}
		}
	}
	if nonFinite && j > s.t0 {
		// "a plot by al-Qaeda to attack", "Iran's plan to enrich" whatever
		// the parse attached the infinitive to
		if a, n := d.intentAgentBefore(s, j); a >= 0 {
			if g.modality == "" {
				g.modality = intentNouns[d.toks[n].lower]
			}
			return []argument{{ment: a}}
		}
	}
	if h := d.toks[g.head].head; nonFinite && j >= s.t0 && d.toks[j].tag == "TO" && d.toks[g.head].rel == "acl" && h >= s.t0 && h < g.g0 && isNoun(d.toks[h].tag) && d.toks[h].mention < 0 && agentIntentNouns[d.toks[h].lower] {
		// "criticized the decision by Trump to withdraw", "Iran's plan to
		// enrich": the infinitive belongs to the noun, whose agent (if
		// named) acts; a plan that is judged or stopped ("urged Israel to
		// halt the plan to annex") is someone else's
		if a := d.nounAgent(h); a >= 0 {
			if g.modality == "" {
				g.modality = intentNouns[d.toks[h].lower]
			}
			return []argument{{ment: a}}
		}
		if v := d.toks[h].head; d.toks[h].rel == "obj" && v >= 0 && (judgeVerbs[d.lemma(&d.toks[v])] || stopVerbs[d.lemma(&d.toks[v])]) {
			return nil
		}
	}
	if b := d.inTalksBefore(j - 1); nonFinite && j > s.t0 && b >= s.t0 && d.toks[j].tag == "TO" && beVerbs[d.toks[b].lower] {
		// "Deutsche Bank is in talks to merge with X": the copula's subject
		mg := d.groupEndingAt(s, b)
		return d.subjects(si, &mg)
	}
	if nonFinite && j > s.t0 && d.toks[j].tag == "TO" && intentNoun(d.toks[j-1].lower) {
		// "lied to a court in an attempt to stop Russia": the main subject attempts
		if p := j - 2; p-1 >= s.t0 && (d.toks[p].tag == "PRP$" || d.toks[p].lower == "its") && undoVerbs[d.lemma(&d.toks[p-1])] {
			// "called on the court to overturn its decision to provide Yukos
			// with protection": a decision undone is an authority's, not
			// the main subject's
			return nil
		}
		for k := j - 2; k >= s.t0; k-- {
			if t := &d.toks[k]; (t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD") && t.mention < 0 {
				mg := d.groupEndingAt(s, k)
				return d.subjects(si, &mg)
			}
			if d.toks[k].text == "," || d.toks[k].text == ";" || d.toks[k].lower == "that" && d.toks[k].tag == "IN" {
				break // ("He confirmed that a renewed drive to reform X would come": not his)
			}
		}
	}
	if nonFinite && j >= s.t0 && d.toks[j].tag == "TO" {
		// "met Berlusconi to talk about Turkey", "sent troops to fight the
		// Taliban": the main subject talks, or fights through its troops,
		// unless the verb hands its object the action ("urged the EU to impose")
		start := j - 1
		for start > s.t0 && d.toks[start].tag == "RB" && d.toks[start].mention < 0 {
			start--
		}
		if start < j-1 && start > s.t0 && d.toks[start].text == "," {
			start-- // "left the club in January, ironically to join Newcastle": past the aside
		} else {
			start = j - 1
		}
		for k := start; k >= s.t0; k-- {
			t := &d.toks[k]
			if t.text == "," && k == j-1 {
				if o := d.appositionStart(s, k, false); o > s.t0 {
					k = o // "outbid favourite Gazprom, the state-controlled gas monopoly, to buy": past the aside
					continue
				}
			}
			if t.text == "," || t.text == ";" || t.text == "\"" {
				break
			}
			if (isVerb(t.tag) || t.tag == "MD") && t.mention < 0 {
				if a := d.byAgentBetween(s, k, j); t.tag == "VBN" && a >= 0 && k > s.t0 && (beVerbs[d.toks[k-1].lower] || d.toks[k-1].lower == "been" || d.toks[k-1].lower == "being") {
					if objectControl[d.lemma(t)] {
						// "Goldman Sachs was hired by Spain to evaluate
						// Bankia": the one hired acts, the passive's subject
						mg := d.groupEndingAt(s, k)
						return d.subjects(si, &mg)
					}
					return []argument{{ment: a}} // "It was sold by the Russian authorities to recover taxes": the agent acts
				}
				if l := d.lemma(t); objectControl[l] && d.betweenHasArg(k, j) {
					// "called on Zimbabwe to release him": the one called on acts
					// ("asked the US court to": the court, unnamed, acts)
					c, e := j-1, j
					if o := d.appositionStart(s, c, false); d.toks[c].text == "," && o > s.t0 {
						c, e = o-1, o // "hired Lazard, the French bank, to advise it"
					}
					if groupNouns[d.toks[c].lower] && d.toks[c].mention < 0 {
						c-- // "Zimbabwe officials"
					}
					if m := d.toks[c].mention; m >= 0 && d.mentions[m].ent >= 0 && d.mentions[m].t1 == c+1 && (c == e-1) != d.mentions[m].modifier {
						return append([]argument{{ment: m}}, d.coordLeft(si, &d.mentions[m])...)
					}
					return nil
				}
				if l := d.lemma(t); !objectControl[l] && !beVerbs[t.lower] && (t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "VBN") && (d.betweenHasArg(k, j) || k+2 == j && deployVerbs[l] && groupNouns[d.toks[k+1].lower] || deployVerbs[l] && d.plainObject(k+1, j) || purposeMotions[l] && k+1 < j) {
					// ("came off the bench to replace X", "stepped in to
					// save X": one moves to do it)
					mg := d.groupEndingAt(s, k)
					if c := d.afterConj(si, &mg); c > s.t0 && d.toks[c-1].text != "," {
						if v := d.lastFiniteBefore(s, c); v >= 0 {
							mg = d.groupEndingAt(s, v) // "bought a revolver and used it to shoot Oswald": the first verb's subject
						}
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
		if h := d.toks[g.head].head; d.toks[g.head].rel == "advcl" && h >= s.t0 && h < j && isVerb(d.toks[h].tag) && d.toks[h].mention < 0 && g.head == g.g0 && (sayVerbs[g.lemma] || objectSayVerbs[g.lemma] || judgeVerbs[g.lemma] || appealVerbs[g.lemma]) {
			// "has written to the watchdog accusing Labour": the parse
			// makes a participle of speech the verb's adverbial, not the
			// noun's (not "posters featuring Mr Howard": the parse says
			// advcl there too)
			mg := d.groupEndingAt(s, h)
			return d.subjects(si, &mg)
		}
		if k := j - 1; d.toks[k].mention >= 0 {
			m := &d.mentions[d.toks[k].mention]
			if m.ent >= 0 && d.ents[m.ent].typ != TypeLoc {
				// "UN resolutions sanctioning", not "a Cardiff gig starring"
				return []argument{{ment: d.toks[k].mention}}
			}
		}
		return nil
	}
	if nonFinite && d.toks[g.head].tag == "VBG" && g.head == g.g0 && j-2 > s.t0 && (d.toks[j].lower == "of" || d.toks[j].lower == "to") && d.toks[j-1].lower == "guilty" {
		// "a jury found Jack Ruby guilty of murdering Oswald": the one found guilty
		if pm := d.toks[j-2].mention; pm >= 0 && d.mentions[pm].ent >= 0 && d.mentions[pm].t1 == j-1 && d.ents[d.mentions[pm].ent].typ == TypePerson {
			return []argument{{ment: pm}}
		}
	}
	if nonFinite && d.toks[g.head].tag == "VBG" && g.head == g.g0 && j-2 >= s.t0 && d.toks[j].lower == "of" && d.toks[j-1].lower == "guilty" && d.toks[j-2].tag == "VBN" && d.toks[j-2].mention < 0 {
		// "X was found guilty of killing Y", "who has been found guilty
		// of": the subject of the finding's passive
		mg := d.groupEndingAt(s, j-2)
		for k := mg.g0; k < j-2; k++ {
			if beVerbs[d.toks[k].lower] {
				return d.subjects(si, &mg)
			}
		}
	}
	if nonFinite && d.toks[g.head].tag == "VBG" && g.head == g.g0 && j-2 >= s.t0 && d.toks[j].lower == "of" && d.toks[j-1].tag == "VBN" && d.toks[j-1].mention < 0 {
		// "X, who was convicted of murdering Y": the subject of the
		// charge's passive (an accusation keeps its modality)
		if m, charged := chargeParticiples[d.toks[j-1].lower]; charged {
			mg := d.groupEndingAt(s, j-1)
			for k := mg.g0; k < j-1; k++ {
				if beVerbs[d.toks[k].lower] {
					if m != "" && g.modality == "" {
						g.modality = m
					}
					return d.subjects(si, &mg)
				}
			}
		}
	}
	if nonFinite && d.toks[g.head].tag == "VBG" && g.head == g.g0 && j-3 >= s.t0 && d.toks[j].lower == "of" && d.toks[j-2].text == "," {
		// "the sentence of John Adamson, convicted of murdering X": the
		// one the participle describes, whatever phrase holds the name
		pm := d.toks[j-3].mention
		if m, charged := chargeParticiples[d.toks[j-1].lower]; charged && pm >= 0 && d.mentions[pm].ent >= 0 && d.mentions[pm].t1 == j-2 && d.ents[d.mentions[pm].ent].typ == TypePerson {
			if m != "" && g.modality == "" {
				g.modality = m
			}
			return []argument{{ment: pm}}
		}
	}
	// "After meeting Mr Putin, Mr Schroeder criticised the EU", "Having
	// lost to Spain, England must beat France": a participle opening the
	// sentence takes the subject of the main clause after its comma.
	if nonFinite && d.frontedParticiple(s, g, j) {
		if mg, ok := d.mainAfterComma(s, g.g1); ok {
			return d.subjects(si, &mg)
		}
	}
	// "Ferguson surprised everyone by selling Stam", "..., leaving Williams
	// to battle": an adverbial participle takes the subject of the main clause.
	if nonFinite && (d.toks[g.head].tag == "VBG" && g.head == g.g0 || g.passive && d.toks[g.g0].lower == "being") && j >= s.t0 && (adverbialPreps[d.toks[j].lower] || d.toks[j].text == "," || d.toks[j].lower == "to" && d.toks[j].tag == "IN" && j > s.t0 && gerundToHeads[d.toks[j-1].lower] || d.toks[j].lower == "for" && d.causeFor(s, j)) {
		// (also "after being charged by the USADA": a passive participle)
		for k := j - 1; k >= s.t0; k-- {
			if t := &d.toks[k]; t.tag == "VBN" && k > s.t0 && isNoun(d.toks[k-1].tag) && k+1 < s.t1 && (d.toks[k+1].mention >= 0 || honorifics[d.toks[k+1].lower]) {
				// "said police released Mr. Tsvangirai after holding him":
				// the police (a past tense the tagger read as a participle),
				// the country's if policeSubject made them so
				if pm := d.toks[k-1].mention; pm >= 0 && d.mentions[pm].kind == MentionNominal && d.mentions[pm].t1 == k {
					return []argument{{ment: pm, weak: true}}
				}
				if d.toks[k-1].mention < 0 {
					return nil
				}
			}
			if t := &d.toks[k]; t.tag == "VBG" && t.mention < 0 && d.absoluteSubject(s, k) {
				// "despite his team lying in second place after beating
				// Liverpool": the participle before holds its own subject,
				// a phrase with no name
				return nil
			}
			if t := &d.toks[k]; t.tag == "VBG" && k-1 > s.t0 && d.toks[k-1].lower == "of" && d.toks[j].lower == "by" && t.mention < 0 {
				// "accused Qatar of interfering ... by sending planes": the
				// means of the act charged, whose subject is the accused
				mg := d.groupEndingAt(s, k)
				if sb := d.subjects(si, &mg); len(sb) > 0 {
					return sb
				}
			}
			if t := &d.toks[k]; (t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD") && t.mention < 0 {
				mg := d.groupEndingAt(s, k)
				if c := d.afterConj(si, &mg); c >= 0 {
					k = c // "approached Dr Dre, who ..., and appeared to ask ... before punching him": the first verb's subject
					continue
				}
				if b := mg.g0 - 1; b >= s.t0 && (d.toks[b].lower == "who" || d.toks[b].lower == "which") && d.commaBetween(k, j) {
					k = b // (not a relative clause's verb once the clause is closed)
					continue
				}
				return d.subjects(si, &mg)
			}
		}
	}
	for a := g.g0 - 3; g.finite && a >= g.g0-5 && a > s.t0; a-- {
		if d.toks[a].lower == "as" && (d.toks[a-1].lower == "who" || d.toks[a-1].lower == "which") && d.fillerBetween(a, g.g0) {
			j = a - 1 // "who as a Perth policeman shot X": the role, then the relative's verb
			break
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
			// "his side can upset England": the side, not the coach
			// ("his side must be at their best to beat Bayern": the side's group, crossed)
			if m.pronoun && m.t1 < g.g0 && (d.toks[m.t0].lower == "his" || d.toks[m.t0].lower == "her") && isNoun(d.toks[m.t1].tag) && (d.npUpTo(m.t1, g.g0) || crossed) {
				return nil
			}
			if b := m.t0 - 1; d.isPlace(t.mention) && b-1 > s.t0 && (d.toks[b].lower == "in" || d.toks[b].lower == "at") && d.toks[b-1].mention >= 0 && d.isOrg(d.toks[b-1].mention) && d.mentions[d.toks[b-1].mention].t1 == b && d.onlyTimeBetween(m.t1, g.g0) {
				// "The International Criminal Court in The Hague on Monday
				// sentenced X": the court, not the city it sits in
				j = b - 1
				continue
			}
			// possessive: "China's leaders" = China; "China's cooperation" = nothing
			hEnd := g.g0 - 1
			for hEnd > m.t1+1 && d.toks[hEnd].tag == "RB" && d.toks[hEnd].mention < 0 {
				hEnd-- // "Kenya's government again accused": past the adverb
			}
			if m.t1 < len(d.toks) && d.toks[m.t1].text == "'s" && m.t1 < hEnd {
				h := d.toks[hEnd].lower
				if actionNouns[h] && d.possHead(m.t1+1) == hEnd {
					// "Washington's military drills were provoking": what Washington does (weak)
					return []argument{{ment: t.mention, weak: true}}
				}
				if stateOfficers[h] && d.ents[m.ent].typ == TypeGPE && d.possHead(m.t1+1) == hEnd && !d.namedAfter(hEnd) {
					// "Ethiopia's foreign minister accused Eritrea": an
					// unnamed officer acts for the state (weak)
					return []argument{{ment: t.mention, weak: true}}
				}
				if d.personsTeam(m.ent, h) && d.possHead(m.t1+1) == hEnd {
					if team := d.ledSide(m.ent); team >= 0 {
						return []argument{{ment: team, weak: true}} // "Mourinho's side beat Newcastle": Chelsea, whose boss he is
					}
				}
				if !actsThrough(h, d.ents[m.ent].typ) || d.personsTeam(m.ent, h) {
					return nil // (a person's side is a club: "Tom Hale's side beat Wales")
				}
			}
			if m.modifier {
				if d.demonymBody(m, g.g0, stateActors) || d.demonymBody(m, g.g0, stateOfficers) {
					// "Zimbabwean security forces detained X", "the Turkish
					// president criticized X": the state acts
					return []argument{{ment: t.mention}}
				}
				j = m.t0 - 1
				continue
			}
			if h := d.possHead(m.t1); m.t1 < g.g0 && h == g.g0-1 && d.ents[m.ent].typ == TypeGPE && stateActors[d.toks[h].lower] && d.x.gaz.IsCapital(d.mtext(m)) {
				// "A Moscow court jailed X", "the Beijing government
				// said": a body in the capital acts for the state
				return []argument{{ment: t.mention}}
			}
			// a name modifying a noun: "US officials" = US, "US sanctions" = not US
			if m.t1 < g.g0 && d.modifiesNoun(m) {
				if b := d.npStart(s, m.title0); b-1 > s.t0 && placePreps[d.toks[b-1].lower] {
					j = b - 2 // "A US airstrike near Baghdad airport killed": where it was, then the subject
					continue
				}
				return nil
			}
			// "a movie starring James Stewart, is being turned": the name belongs to the participle
			if b := m.title0 - 1; b > s.t0 && (d.toks[b].tag == "VBG" || d.toks[b].tag == "VBN") && d.toks[b].mention < 0 && b < g.g0 && isNoun(d.toks[b-1].tag) && d.toks[b-1].mention < 0 {
				j = b - 1
				continue
			}
			// "The firm that bought Skype sued Google", "The man who
			// attacked Tony Blair praised Saddam": the name is the object of
			// a relative clause, whose antecedent (if named) is the subject
			// (not "officials who said Blair resigned": said's clause)
			if r := d.relativeOver(s, m, g); r >= 0 {
				if a := d.antecedent(s, r); a >= 0 && d.mentions[a].ent >= 0 && !d.mentions[a].modifier {
					return []argument{{ment: a, weak: d.mentions[a].pronoun}}
				}
				return nil
			}
			// "Police in Zimbabwe arrested X", "Authorities in Moscow
			// said": a state body in a country acts for it
			if b := d.npStart(s, m.title0); b-2 >= s.t0 && d.ents[m.ent].typ == TypeGPE && (d.toks[b-1].lower == "in" || d.toks[b-1].lower == "of") && actingBodies[d.toks[b-2].lower] && !d.inPrepPhrase(s, b-2) && !d.bodyOfState(s, b-2) {
				// (not "Turkish troops in northern Syria": the demonym's state's)
				return []argument{{ment: t.mention}}
			}
			// "The leaders of the Economic Community of West African States
			// met", "officials of the IMF said", "Member states of the
			// eurozone have offered": the body acts through them
			// ("An envoy from the Foreign Ministry sent", "Supporters of
			// Hamas attacked")
			// ("The leaders of France and Germany met": each body)
			if b := d.npStart(s, m.title0); (d.ents[m.ent].typ == TypeOrg || d.ents[m.ent].typ == TypeGPE) && d.envoysOf(s, b) {
				return append([]argument{{ment: t.mention}}, d.coordLeft(si, m)...)
			}
			// "the African country of Mauritania has cut ties": the place
			// the noun before "of" names
			if b := d.npStart(s, m.title0); b-2 >= s.t0 && d.toks[b-1].lower == "of" && placeKindNouns[d.toks[b-2].lower] && d.isPlace(t.mention) && !d.inPrepPhrase(s, b-2) {
				return []argument{{ment: t.mention}}
			}
			// "Victor Hale, 38, of Digby, Nova Scotia said": a home town and
			// its region after an age; the person before them is the subject
			if b := d.npStart(s, m.title0); b-2 > s.t0 && d.toks[b-1].text == "," && d.isPlace(t.mention) && d.toks[b-2].mention >= 0 && d.isPlace(d.toks[b-2].mention) {
				if c := d.mentions[d.toks[b-2].mention].title0; c-4 >= s.t0 && d.toks[c-1].lower == "of" && d.toks[c-2].text == "," && d.toks[c-3].tag == "CD" && d.toks[c-4].text == "," {
					j = c - 2
					continue
				}
			}
			// "recent airstrikes in Tripoli, Libya were": the larger place of
			// a place in a prepositional phrase
			if b := d.npStart(s, m.title0); b-2 > s.t0 && d.toks[b-1].text == "," && d.isPlace(t.mention) && d.isPlace(d.toks[b-2].mention) && !d.startsClause(t.mention) {
				if pm := &d.mentions[d.toks[b-2].mention]; d.inPrepPhrase(s, pm.t0) {
					j = pm.t0 - 1
					continue
				}
			}
			// "Forces loyal to Khalifa Haftar attacked Tripoli": the one the
			// forces are loyal to acts
			if b := d.npStart(s, m.title0); b-3 >= s.t0 && d.toks[b-1].lower == "to" && loyalWords[d.toks[b-2].lower] && loyalForces[d.toks[b-3].lower] && d.isActor(t.mention) && !d.inPrepPhrase(s, b-3) {
				return []argument{{ment: t.mention, weak: true}}
			}
			// inside a prepositional phrase: keep looking left (not "deputy
			// minister for women Jacqui Smith": a post's portfolio, then
			// the person holding it)
			if b := d.npStart(s, m.title0); !d.subjectPronoun(m) && b > s.t0 && (d.toks[b-1].tag == "IN" || d.toks[b-1].tag == "TO") && d.toks[b-1].lower != "that" && !subordinators[d.toks[b-1].lower] && d.toks[b-1].lower != "unless" && !(b-2 >= s.t0 && titleHeads[d.toks[b-2].lower] && d.ents[m.ent].typ == TypePerson && m.title0 > b && !d.inPrepPhrase(s, b-2)) {
				j = b - 2
				continue
			}
			if b := d.npStart(s, m.title0); b-3 >= s.t0 && d.toks[b-1].tag == "VB" && d.intentTo(b-2) {
				return nil // "The plan to sell Opel has angered Germany": the plan, not Opel
			}
			args := []argument{{ment: t.mention, weak: m.pronoun}}
			return append(args, d.coordLeft(si, m)...)
		}
		if personPronouns[t.lower] || t.lower == "it" || t.lower == "they" || t.lower == "we" || t.lower == "i" || t.lower == "you" {
			return nil
		}
		switch {
		case isVerb(t.tag) && j > s.t0 && !nonFinite && j+2 < g.g0 && d.reducedRelative(j):
			// "M23 rebels backed by Rwanda have captured Goma": a participle
			// describing the subject, with its agent, before the verb
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
		case (t.lower == "which" || t.lower == "who" || t.lower == "that") && (j == g.g0-1 || d.fillerBetween(j+1, g.g0)):
			// "a list which leaves Robinson short", "Reliance Industries
			// which in turn is run by X": the relative's antecedent
			if a := d.antecedent(s, j); a >= 0 {
				if m := &d.mentions[a]; m.ent >= 0 && !m.modifier {
					return []argument{{ment: a, weak: m.pronoun}}
				}
			}
			if v := d.weaponFired(s, j); v >= 0 && j == g.g0-1 {
				// "Oswald fired the shots that killed Kennedy": the one who
				// fired does what the weapon did
				mg := d.groupEndingAt(s, v)
				return d.subjects(si, &mg)
			}
			if j == g.g0-1 {
				return nil
			}
		case t.lower == "whose" && j+2 == g.g0 && groupNouns[d.toks[j+1].lower]:
			// "Khalifa Haftar, whose forces control eastern Libya": the
			// antecedent acts through its forces
			if a := d.antecedent(s, j); a >= 0 {
				if m := &d.mentions[a]; m.ent >= 0 && !m.modifier && !d.personsTeam(m.ent, d.toks[j+1].lower) {
					return []argument{{ment: a, weak: true}} // (not "Jose Lopez, whose team beat Chelsea")
				}
			}
			return nil
		case dashes[t.text] && j == g.g0-1:
			// "Tom Selleck - who was born in Detroit - lives in": an aside
			// between dashes after the subject
			for k := j - 1; k > s.t0 && k > j-30; k-- {
				if dashes[d.toks[k].text] {
					if d.toks[k-1].mention >= 0 && (d.toks[k+1].lower == "who" || d.toks[k+1].lower == "which" || d.toks[k+1].tag == "DT") {
						j = k
					}
					break
				}
			}
		case t.text == ";" || t.text == ":" || t.lower == "that" || t.text == "\"":
			return nil
		case t.text == ",":
			// apposition or relative clause between commas: skip it
			if j == g.g0-1 {
				if a := d.strikeOrderedBy(s, j); a >= 0 {
					return []argument{{ment: a}} // "The airstrike, which was ordered by Trump, killed X"
				}
			}
			if k := d.appositionStart(s, j, g.finite && j == g.g0-1); k >= 0 {
				j = k
			} else if pm := d.mentionAt(j-1, s); sawNoun && (g.lemma == "tell" || g.lemma == "say" || g.lemma == "add") && !g.passive && j+1 < g.g0 && pm >= 0 && d.mentions[pm].ent >= 0 && !d.mentions[pm].pronoun && d.ents[d.mentions[pm].ent].typ == TypePerson && (determiners[d.toks[j+1].lower] || d.isTitleWord(d.toks[j+1].lower)) {
				// "Marc Ostwald, a strategist at Monument Securities told
				// Reuters": an apposition whose closing comma is missing
			} else if sawNoun {
				// "..., the singer's agent has confirmed": a common noun is the subject
				return nil
			}
		case subordinators[t.lower] && g.finite:
			return nil
		case isNoun(t.tag) && !timeNouns[t.lower] && !nonNames[t.lower] && t.titleOf < 0:
			sawNoun = true // includes "the Queen": a title not followed by a name is a noun
		case d.quantitySubject(s, j, g.g0):
			sawNoun = true // "just one in 10 recognised X", "fewer recognised X": a share of people, no name
		}
		j--
	}
	// Sentence-initial participle: "Speaking in Beijing, Tillerson said".
	return nil
}

// causeFor: the "for" at token j gives the cause of a sentence, a
// punishment or a judgement whose object names no one ("was sentenced to
// death for killing X", "received a life sentence for killing X", "won
// praise for helping X"): the gerund after it is the main subject's deed.
func (d *doc) causeFor(s *sent, j int) bool {
	for k := j - 1; k >= s.t0 && k >= j-6; k-- {
		t := &d.toks[k]
		if t.mention >= 0 || t.text == "," || personPronouns[t.lower] || d.personNounLike(t.lower) || groupNouns[t.lower] {
			return false
		}
		if isVerb(t.tag) {
			return causeVerbs[d.lemma(t)]
		}
	}
	return false
}

// causeVerbs punish, judge or reward someone for a deed.
var causeVerbs = set("sentence", "jail", "imprison", "convict", "arrest", "detain", "charge", "punish", "fine", "ban", "suspend", "execute",
	"hang", "try", "receive", "serve", "win", "earn", "face", "praise", "criticise", "criticize", "blame", "reward", "honour", "honor")

// destNouns are sites a move or a shipment goes to: "sent planes to an
// airport in Tripoli" goes to Tripoli.
var destNouns = set("airport", "airbase", "base", "port", "harbour", "harbor", "camp", "border", "city", "town", "capital",
	"region", "province", "area", "hospital", "island", "village", "summit", "conference", "meeting")

// loadEnd returns the end of a load's common noun phrase from token k
// ("weapons", "arms and ammunition") when "to" or "into" follows it, or -1.
func (d *doc) loadEnd(s *sent, k int) int {
	for e := k; e < s.t1 && e < k+5; e++ {
		t := &d.toks[e]
		if (t.lower == "to" || t.lower == "into") && e > k {
			return e
		}
		if t.mention >= 0 || !(isNoun(t.tag) && !isCapital(t.text) || t.tag == "JJ" || t.lower == "and") {
			return -1
		}
	}
	return -1
}

// teamVerbs are what a player or performer does for a side or a band.
var teamVerbs = set("play", "perform", "score", "appear", "star", "feature", "start", "captain", "sign", "debut", "turn")

// stationedNouns are forces a state has somewhere.
var stationedNouns = set("troops", "forces", "soldiers", "bases", "base", "peacekeepers", "personnel")

// topicVerbs take what they talk about as their object: "discussed ONGC's
// plans" discusses the plans, with someone else, not ONGC.
var topicVerbs = set("discuss", "debate", "consider", "outline", "explain", "detail", "unveil", "announce", "present")

// sendVerbs move goods or forces somewhere.
var sendVerbs = set("send", "ship", "deliver", "deploy", "dispatch", "transfer", "airlift", "smuggle", "fly", "move")

// attackSites are places an attack on which, in a named town or region,
// strikes that place ("attacked a hotel in Mogadishu", "struck targets in
// Gaza"); with siteNouns.
var attackSites = set("targets", "hotel", "hotels", "mosque", "mosques", "church", "churches", "market", "markets", "school",
	"schools", "hospital", "hospitals", "checkpoint", "checkpoints", "convoy", "convoys", "village", "villages",
	"barracks", "airport", "airbase", "port", "station", "outpost", "outposts")

// goodsFrom: the common nouns from token j on are goods and "from" and
// a country follow ("solar panels from China"); it returns the "from", or
// -1.
func (d *doc) goodsFrom(s *sent, j int) int {
	k := j
	for k < s.t1 && k < j+3 && (isNoun(d.toks[k].tag) || d.toks[k].tag == "JJ") && !isCapital(d.toks[k].text) && d.toks[k].mention < 0 {
		k++
	}
	if k == j || k+2 >= s.t1 || d.toks[k].lower != "from" {
		return -1
	}
	if c := k + 1; d.countryRef(d.toks[c].mention) || d.toks[c].lower == "the" && d.countryRef(d.toks[c+1].mention) {
		return k
	}
	return -1
}

// tradeMeasures are measures a state takes on another's goods or firms;
// tradedGoods what they fall on ("tariffs on Chinese goods").
var (
	tradeMeasures = set("tariff", "tariffs", "sanction", "sanctions", "duty", "duties", "levy", "levies", "ban", "embargo", "restriction", "restrictions", "quota", "quotas",
		"curb", "curbs", "control", "controls")
	tradedGoods = set("goods", "imports", "exports", "products", "steel", "aluminium", "aluminum", "cars", "firms", "companies",
		"banks", "entities", "individuals", "oil", "gas", "airlines", "vessels", "ships", "technology", "businesses")
)

// otherNationality reports whether token k is a capitalised adjective of
// nationality or region that does not name entity e: "a summit of African
// leaders in Cairo" are not Egypt's leaders.
func (d *doc) otherNationality(k, e int) bool {
	if k < 0 || d.toks[k].tag != "JJ" || !isCapital(d.toks[k].text) {
		return false
	}
	m := d.toks[k].mention
	return m < 0 || d.mentions[m].ent != e
}

// relativeOver returns the relative pronoun of a clause whose verb takes
// mention m as its object before verb group g ("the firm that bought
// Skype sued", "the man who had attacked Blair praised"), or -1. A verb of
// saying or thinking takes a clause, whose subject m may be ("officials
// who said Blair resigned").
func (d *doc) relativeOver(s *sent, m *mention, g *vgroup) int {
	b := d.npStart(s, m.title0)
	v := b - 1
	if v-1 >= s.t0 && b < g.g0 && d.toks[v].mention < 0 && !isVerb(d.toks[v].tag) && isLowerWord(d.toks[v].text) && (d.toks[v-1].lower == "who" || d.toks[v-1].lower == "that") && (d.toks[v].tag == "RB" || d.toks[v].tag == "NN" || d.toks[v].tag == "NNS") {
		return v - 1 // "councillors who back/RB Mr Flight met": the word after "who" is the relative's verb
	}
	if v-1 < s.t0 || b >= g.g0 || d.toks[v].mention >= 0 || !isVerb(d.toks[v].tag) {
		return -1
	}
	if l := d.lemma(&d.toks[v]); sayVerbs[l] || clauseVerbs[l] || beVerbs[d.toks[v].lower] {
		return -1
	}
	r := v - 1
	for r > s.t0 && d.toks[r].mention < 0 && (d.toks[r].tag == "RB" || d.toks[r].tag == "MD" || isVerb(d.toks[r].tag)) {
		r--
	}
	if l := d.toks[r].lower; l == "who" || l == "which" || l == "that" {
		return r
	}
	return -1
}

// npUpTo reports whether tokens [j, e) are only nouns, adjectives and
// numbers: one noun phrase right before token e.
func (d *doc) npUpTo(j, e int) bool {
	for ; j < e; j++ {
		if t := &d.toks[j]; !isNoun(t.tag) && t.tag != "JJ" && t.tag != "CD" || t.mention >= 0 {
			return false
		}
	}
	return true
}

// frontedParticiple: the non-finite group g opens its sentence as a
// participle of time ("After meeting Mr Putin,", "Before visiting
// Israel,", "Having lost to Spain,") or of speech to someone ("Speaking to
// BBC Radio Scotland,"; not "By selling X, Russia is able to": the means
// shares the main clause's mood; not "Speaking in London,": where).
func (d *doc) frontedParticiple(s *sent, g *vgroup, j int) bool {
	switch {
	case d.toks[g.g0].lower == "having" && g.g0 == s.t0:
		return true
	case g.g0 == s.t0 && g.head == g.g0 && originParticiples[d.toks[g.head].lower]:
		return true // "Born in Enugu, Okonkwo studied at X"
	case d.toks[g.head].tag != "VBG" || g.head != g.g0:
		return false
	case j == s.t0 && frontedPreps[d.toks[j].lower]:
		return true
	}
	return g.g0 == s.t0 && (g.lemma == "speak" || g.lemma == "talk" || g.lemma == "write") && g.g1 < s.t1 && (d.toks[g.g1].lower == "to" || d.toks[g.g1].lower == "on")
}

// absoluteSubject: the participle at token k follows the common noun phrase
// that is its own subject, after "despite", "with" or "without" ("despite
// his team lying", "with the club facing").
func (d *doc) absoluteSubject(s *sent, k int) bool {
	j := k - 1
	if j <= s.t0 || !isNoun(d.toks[j].tag) || d.toks[j].mention >= 0 || isProperTag(d.toks[j].tag) {
		return false
	}
	for j--; j > s.t0 && j >= k-4 && (d.toks[j].tag == "PRP$" || d.toks[j].mention < 0 && (d.toks[j].tag == "DT" || d.toks[j].tag == "JJ" || d.toks[j].tag == "NN")); j-- {
	}
	return j >= s.t0 && (d.toks[j].lower == "despite" || d.toks[j].lower == "with" || d.toks[j].lower == "without")
}

// originParticiples opening a sentence tell where the main clause's
// subject comes from ("Born in Enugu,", "Raised in Lagos,").
var originParticiples = set("born", "raised", "educated")

// frontedPreps open a participle of time before the main clause.
var frontedPreps = set("after", "before", "while", "since", "upon", "on", "when", "despite", "without")

// mainAfterComma returns the finite verb group of the main clause that
// follows the comma closing the opening phrase of sentence s (at most
// thirteen tokens after token from, no quote between), when a name or a
// pronoun stands before its verb (within half a dozen).
func (d *doc) mainAfterComma(s *sent, from int) (vgroup, bool) {
	k := d.openingComma(s)
	if k-from > 13 {
		return vgroup{}, false
	}
	for q := from; q < k; q++ {
		if isQuote(d.toks[q].text) {
			return vgroup{}, false
		}
	}
	named := false
	for q := k + 1; q < s.t1 && q <= k+7; q++ {
		t := &d.toks[q]
		switch {
		case t.text == "," || t.text == ";" || t.tag == "WDT" || t.tag == "WP":
			return vgroup{}, false
		case t.mention >= 0:
			named = true
		case d.finiteAt(q):
			if !named {
				return vgroup{}, false
			}
			h := q
			for h+1 < s.t1 && (isVerb(d.toks[h+1].tag) && d.toks[h+1].tag != "VBG" || d.toks[h+1].tag == "RB" && h+2 < s.t1 && isVerb(d.toks[h+2].tag)) {
				h++ // "must beat", "has already agreed"
			}
			return d.groupEndingAt(s, h), true
		}
	}
	return vgroup{}, false
}

// groupEndingAt is the finite verb group whose head is token k, with the
// verbs, modals and adverbs before it ("has already agreed"), ending
// after k.
func (d *doc) groupEndingAt(s *sent, k int) vgroup {
	g := vgroup{g0: k, g1: k + 1, head: k, finite: true}
	for g.g0 > s.t0 && (isVerb(d.toks[g.g0-1].tag) || d.toks[g.g0-1].tag == "MD" || d.toks[g.g0-1].tag == "RB") {
		g.g0--
	}
	return g
}

// weaponFired: the relative pronoun at j follows a weapon that a verb
// before it fired, planted or threw ("fired the shots that", "planted the
// bomb which"); it returns that verb's token, or -1.
func (d *doc) weaponFired(s *sent, j int) int {
	k := j - 1
	if k <= s.t0 || !weaponNouns[d.toks[k].lower] {
		return -1
	}
	for k--; k >= s.t0 && d.toks[k].mention < 0 && (d.toks[k].tag == "DT" || d.toks[k].tag == "JJ" || d.toks[k].tag == "CD" || d.toks[k].tag == "PRP$"); k-- {
	}
	if k < s.t0 || !isVerb(d.toks[k].tag) || !fireVerbs[d.lemma(&d.toks[k])] {
		return -1
	}
	return k
}

// weaponNouns and fireVerbs: what is fired and firing it.
var (
	weaponNouns = set("shot", "shots", "bullet", "bullets", "bomb", "bombs", "missile", "missiles", "rocket", "rockets",
		"grenade", "grenades", "round", "rounds", "shell", "shells", "shotgun", "rifle", "gun", "pistol", "revolver", "weapon")
	fireVerbs = set("fire", "plant", "throw", "launch", "detonate", "drop", "hurl", "lob", "set")
)

// copulaSubjectOf: token j ends a predicate noun phrase ("is a
// live-streaming show") whose copula follows a name: the name's mention,
// or -1.
func (d *doc) copulaSubjectOf(s *sent, j int) int {
	k := j
	for k > s.t0 && k > j-7 && d.toks[k].mention < 0 && (isNoun(d.toks[k].tag) && isLowerWord(d.toks[k].text) || d.toks[k].tag == "JJ" || d.toks[k].tag == "HYPH" || d.toks[k].tag == "VBG" || d.toks[k].text == "\"") {
		k--
	}
	if k <= s.t0 || !determiners[d.toks[k].lower] {
		return -1
	}
	k--
	if !beVerbs[d.toks[k].lower] && d.toks[k].lower != "became" && d.toks[k].lower != "becomes" {
		return -1
	}
	if k-1 >= s.t0 && d.toks[k-1].lower == "been" {
		k-- // "has been a group founded by"
		if k-1 >= s.t0 && (d.toks[k-1].lower == "has" || d.toks[k-1].lower == "have" || d.toks[k-1].lower == "had") {
			k--
		}
	}
	if k-1 < s.t0 {
		return -1
	}
	m := d.toks[k-1].mention
	if m < 0 || d.mentions[m].t1 != k || d.mentions[m].ent < 0 || d.mentions[m].modifier {
		return -1
	}
	return m
}

// partitiveNouns take a part of what follows "of": acting on the part acts
// on the whole ("controls large parts of Afghanistan").
var partitiveNouns = set("part", "parts", "swathe", "swathes", "swath", "swaths", "much", "most", "half", "chunk", "chunks",
	"portion", "portions", "areas", "stretches", "stretch", "territory", "all")

// listParticiples open a list, not a participle's phrase ("including X").
var listParticiples = set("including", "excluding", "starring", "featuring", "involving")

// antecedent returns the mention right before relative pronoun j (past a
// comma): "a list which", "Robert Reilly, whom"; or -1.
func (d *doc) antecedent(s *sent, j int) int {
	k := j - 1
	if k > s.t0 && (d.toks[k].text == "," || dashes[d.toks[k].text] || d.toks[k].text == "(") {
		k-- // ("Group Menatep - which controls Yukos -")
	}
	if k-2 > s.t0 && d.toks[k].tag == "CD" && d.toks[k-1].text == "," {
		k -= 2 // "Mrs. Higgins, 37, who is": past the age
	}
	if k < s.t0 {
		return -1
	}
	m := d.toks[k].mention
	if m < 0 && k == j-1 && isNoun(d.toks[k].tag) && (isLowerWord(d.toks[k].text) || d.isTitleWord(d.toks[k].lower) && d.toks[j].lower == "who") && !groupNouns[d.toks[k].lower] {
		// "X was a jealous clerk who killed Y": what the copula says X is
		c := d.copulaSubjectOf(s, k)
		if c < 0 && (d.toks[j].lower == "that" || d.toks[j].lower == "which") {
			// "Corvane Capital, the London-based activist fund that owns 6
			// per cent of X,": the body the noun describes
			return d.apposedOrgOf(s, k)
		}
		if c >= 0 || d.toks[j].lower != "who" {
			return c
		}
		// "Tom Reid, a British banker who advised Porto,": the person the
		// noun describes
		return d.apposedPersonOf(s, k)
	}
	if m >= 0 && d.isCity(m) && d.mentions[m].t0 > s.t0 && (d.toks[d.mentions[m].t0-1].lower == "in" || d.toks[d.mentions[m].t0-1].lower == "at") {
		if b := d.mentions[m].t0 - 2; b >= s.t0 && isNoun(d.toks[b].tag) && d.toks[b].mention < 0 {
			return -1 // "a battle in Athens which ended with X": the battle ended, not Athens
		}
	}
	if w := d.toks[j].lower; m >= 0 && (w == "who" || w == "whom") && d.mentions[m].ent >= 0 && d.ents[d.mentions[m].ent].typ != TypePerson {
		p := d.mentions[m].t0 - 1
		if p-1 > s.t0 && d.toks[p].lower == "the" {
			p-- // "Jessica Harlan of the United States, who beat X"
		}
		if pm := d.apposedPersonBefore(s, m); pm >= 0 && d.isOrg(m) {
			return pm // "Sunita Rao, previously deputy finance director at Marks & Spencer, who joined X": the person the post describes
		}
		if p > s.t0 && (d.toks[p].lower == "of" || d.toks[p].lower == "from" || d.toks[p].lower == "in") {
			// "Conchita Martinez of Spain, who ousted X", "Tom Hale, a
			// Democrat from Boston who served": the person, not the place
			// (after a body's name only when a person's comes right before
			// it: "John Smith of the BBC, who"; not "the head of Adriano, who")
			if pm := d.personBeforePlace(s, p); pm >= 0 || d.isPlace(m) {
				return pm
			}
		}
	}
	return m
}

// personsTeam: noun (a team noun: "side", "team") of entity e's is a club
// when e is a person ("Tom Hale's side", "Jose Lopez, whose team"), not e;
// a country's side stands for the country.
func (d *doc) personsTeam(e int, noun string) bool {
	return teamNouns[noun] && d.ents[e].typ == TypePerson
}

// ledSide returns a mention of the side person e leads, as a relation the
// text gave before says ("Chelsea boss Jose Mourinho": Chelsea), or -1
// when it gives none or several.
func (d *doc) ledSide(e int) int {
	side := ""
	for _, p := range d.postsOf(e) {
		if !sideLeaders[p.title] {
			continue
		}
		if side != "" && side != p.of {
			return -1
		}
		side = p.of
	}
	if side == "" {
		return -1
	}
	for oe, de := range d.ents {
		if EntityID(de.typ, de.name) == side {
			return d.firstRealMention(oe)
		}
	}
	return -1
}

// sideLeaders are the posts whose holder's "side" is the side he leads.
var sideLeaders = set("manager", "coach", "boss", "head coach", "captain", "skipper", "caretaker boss", "caretaker manager")

// apposedPersonOf: the common noun at k ends an apposition to a person
// named right before it ("Tom Reid, a British banker"): that person's
// mention, or -1 (also "Tony Wilson, the music mogul who established X",
// "X, the Tory backbencher who challenged Y", "X, the Labour MP who").
func (d *doc) apposedPersonOf(s *sent, k int) int {
	pm := d.describedNameBefore(s, k, 5, func(t *tok) bool {
		return t.tag == "JJ" || isNoun(t.tag) && isLowerWord(t.text) || t.mention >= 0 && (d.mentions[t.mention].kind == MentionDemonym || d.mentions[t.mention].modifier || d.isOrg(t.mention) && !d.mentions[t.mention].pronoun) || postModifiers[t.lower] || d.isTitleWord(t.lower)
	})
	if pm < 0 || d.ents[d.mentions[pm].ent].typ != TypePerson {
		return -1
	}
	return pm
}

// apposedOrgOf returns the organisation an apposition ending with the
// noun at token k describes ("Corvane Capital, the London-based activist
// fund"), or -1.
func (d *doc) apposedOrgOf(s *sent, k int) int {
	om := d.describedNameBefore(s, k, 7, func(t *tok) bool {
		return t.tag == "JJ" || t.tag == "HYPH" || t.lower == "based" || isNoun(t.tag) && isLowerWord(t.text) || t.mention >= 0 && (d.mentions[t.mention].kind == MentionDemonym || d.mentions[t.mention].modifier || d.isPlace(t.mention))
	})
	if om < 0 || !d.isOrg(om) {
		return -1
	}
	return om
}

// describedNameBefore walks back from the noun at token k, at most reach words,
// over the words a description may hold (word), to its article after a
// comma; it returns the named mention right before that comma, or -1.
func (d *doc) describedNameBefore(s *sent, k, reach int, word func(t *tok) bool) int {
	for b := k - 1; b > s.t0+1 && b >= k-reach; b-- {
		t := &d.toks[b]
		if t.lower == "a" || t.lower == "an" || t.lower == "the" {
			if d.toks[b-1].text != "," {
				return -1
			}
			m := d.toks[b-2].mention
			if m < 0 || d.mentions[m].t1 != b-1 || d.mentions[m].ent < 0 || d.mentions[m].pronoun {
				return -1
			}
			return m
		}
		if !word(t) {
			return -1
		}
	}
	return -1
}

// loyalWords and loyalForces: "forces loyal to X", "militias allied to X".
var (
	loyalWords  = set("loyal", "allied", "affiliated", "linked", "close")
	loyalForces = set("forces", "troops", "fighters", "militias", "militiamen", "militants", "soldiers", "units", "rebels", "gunmen", "supporters")
)

// strikeOrderedBy: the comma at j closes a relative clause that opens with
// a comma k after a strike or attack noun at k-1 ("The airstrike, which
// was ordered by President Trump,"), whose agent ordered or carried it
// out: that agent's mention, or -1.
func (d *doc) strikeOrderedBy(s *sent, j int) int {
	k := d.commaBefore(s, j)
	if k < 0 || k-1 < s.t0 || !strikeNouns[d.toks[k-1].lower] || d.toks[k-1].mention >= 0 || k+1 >= j || d.toks[k+1].lower != "which" && d.toks[k+1].lower != "that" {
		return -1
	}
	for b := k + 2; b+1 < j; b++ {
		v := b - 1
		if d.toks[v].tag == "RP" || d.toks[v].lower == "out" {
			v-- // "carried out by"
		}
		if d.toks[b].lower != "by" || d.toks[v].tag != "VBN" || !strikeOrderVerbs[d.lemma(&d.toks[v])] {
			continue
		}
		c := b + 1
		for c < j && d.toks[c].mention < 0 && (d.toks[c].titleOf >= 0 || determiners[d.toks[c].lower]) {
			c++ // "by President Trump", "by the Pentagon"
		}
		if c < j && d.toks[c].mention >= 0 && d.isActor(d.toks[c].mention) {
			return d.toks[c].mention
		}
	}
	return -1
}

// commaBefore returns the comma before token j within 15 tokens of its
// sentence, or -1.
func (d *doc) commaBefore(s *sent, j int) int {
	for k := j - 1; k > s.t0 && k >= j-15; k-- {
		if d.toks[k].text == "," {
			return k
		}
	}
	return -1
}

// strikeOrderVerbs give an attack its author ("ordered by", "carried out
// by", "launched by").
var strikeOrderVerbs = set("order", "carry", "launch", "conduct", "authorize", "authorise", "approve", "direct")

// personBeforePlace: "who" after a place or body named after the
// preposition at token p describes the person the phrase is about: the
// person named right before p ("Conchita Martinez of Spain, who"), or
// before the comma opening the phrase ("Tom Hale, a Democrat from Boston
// who"); else -1.
func (d *doc) personBeforePlace(s *sent, p int) int {
	person := func(k int) int {
		if pm := d.toks[k].mention; pm >= 0 && d.mentions[pm].ent >= 0 && !d.mentions[pm].modifier && d.ents[d.mentions[pm].ent].typ == TypePerson {
			return pm
		}
		return -1
	}
	if pm := person(p - 1); pm >= 0 {
		return pm
	}
	for k := p - 1; k > s.t0 && k >= p-6; k-- {
		t := &d.toks[k]
		if t.text == "," {
			return person(k - 1)
		}
		if isVerb(t.tag) || t.tag == "MD" || t.mention >= 0 && d.mentions[t.mention].ent >= 0 && d.ents[d.mentions[t.mention].ent].typ == TypePerson {
			return -1
		}
	}
	return -1
}

// intentAgentBefore: the infinitive marker at token j follows an intent
// noun with its agent: "a plot by al-Qaeda to", "Iran's plan to". It
// returns the agent's mention and the noun's token, or -1.
func (d *doc) intentAgentBefore(s *sent, j int) (int, int) {
	if d.toks[j].tag != "TO" {
		return -1, -1
	}
	k := j - 1
	if c := d.toks[k].text; (c == "]" || c == ")") && k > s.t0 {
		// "schemes by the IRGC [Islamic Revolutionary Guard Corps] to"
		for k--; k > s.t0 && d.toks[k].text != "[" && d.toks[k].text != "("; k-- {
		}
		k--
	}
	if k < s.t0 {
		return -1, -1
	}
	if m := d.toks[k].mention; m >= 0 && d.mentions[m].ent >= 0 && !d.mentions[m].modifier {
		// "a plot by al-Qaeda to"
		b := d.mentions[m].t0 - 1
		if b > s.t0 && d.toks[b].lower == "the" {
			b--
		}
		if b-1 >= s.t0 && d.toks[b].lower == "by" && agentIntentNouns[d.toks[b-1].lower] {
			return m, b - 1
		}
		if b-1 >= s.t0 && d.toks[b].lower == "for" && intentNoun(d.toks[b-1].lower) {
			return m, b - 1 // "its call for the UK to leave the EU": the UK would leave, as called for
		}
		return -1, -1
	}
	if agentIntentNouns[d.toks[k].lower] && k-2 >= s.t0 && d.toks[k-1].text == "'s" {
		// "Iran's plan to"
		if m := d.toks[k-2].mention; m >= 0 && d.mentions[m].ent >= 0 && !d.mentions[m].pronoun {
			return m, k
		}
	}
	return -1, -1
}

// nounAgent returns the mention the parse gives noun h as its agent: a
// possessor ("Iran's plan") or a "by" phrase ("the decision by Trump"), or
// -1.
func (d *doc) nounAgent(h int) int {
	s := &d.sents[d.toks[h].sent]
	for k := s.t0; k < s.t1; k++ {
		t := &d.toks[k]
		if t.head != h || t.mention < 0 || d.mentions[t.mention].ent < 0 || d.mentions[t.mention].modifier {
			continue
		}
		if t.rel == "nmod:poss" {
			return t.mention
		}
		if t.rel == "nmod" {
			for c := s.t0; c < k; c++ {
				if d.toks[c].head == k && d.toks[c].rel == "case" && d.toks[c].lower == "by" {
					return t.mention
				}
			}
		}
	}
	return -1
}

// possHead returns the head noun of the phrase after a possessive "'s",
// skipping adjectives and numbers.
func (d *doc) possHead(j int) int {
	s := &d.sents[d.toks[j-1].sent]
	for j < s.t1 && (d.toks[j].tag == "JJ" || d.toks[j].tag == "CD" || d.toks[j].tag == "JJS" || d.toks[j].tag == "RB" ||
		d.toks[j].tag == "VBN" && d.toks[j].mention < 0 && j+1 < s.t1 && isNoun(d.toks[j+1].tag) && d.toks[j+1].mention < 0) {
		j++ // ("Deutsche Boerse's proposed offer")
	}
	for j+1 < s.t1 && isNoun(d.toks[j].tag) && isNoun(d.toks[j+1].tag) && d.toks[j+1].mention < 0 && !timeNouns[d.toks[j+1].lower] {
		j++ // (not "Zimbabwe's government Wednesday": the day is no part of the noun)
	}
	return j
}

// thingAfterPlace: place mention m modifies a common noun after it, past
// numbers and adjectives ("US top 10 albums", "UK assets", "British
// bonds"): the noun phrase names things of the place.
func (d *doc) thingAfterPlace(m *mention) bool {
	s := &d.sents[m.sent]
	if r := d.toks[m.t1-1].rel; r == "iobj" || r == "obj" {
		return false // "offered to give Greece thirty billion euro": the place is the first of two objects
	}
	n := &d.toks[m.t1]
	if !isLowerWord(n.text) && n.tag != "CD" || !d.nounish(m.t1) && n.tag != "CD" && n.tag != "JJ" {
		return false
	}
	h := d.possHead(m.t1)
	if h >= s.t1 || !d.nounish(h) || !isLowerWord(d.toks[h].text) || d.toks[h].mention >= 0 || timeNouns[d.toks[h].lower] || d.toks[h].lower == "seat" || d.eventNoun(d.toks[h].lower) || d.eventNoun(d.toks[h-1].lower) {
		return false // (a seat is won: "won the Eton and Slough seat"; an event is the place's: "covering the Astrakhan hunger strike")
	}
	for k := h + 1; k < s.t1 && k <= h+2; k++ {
		if d.toks[k].mention >= 0 {
			return false // "Irish rock band U2", "Bath prop Matt Stevens": a title before a name
		}
		if d.toks[k].text != "-" && d.toks[k].text != "," && d.toks[k].tag != "DT" {
			break
		}
	}
	return true
}

// nounish: token j is a noun, or a plural the tagger read as a verb that
// the parse still made a nominal ("runs the Amsterdam and Paris
// exchanges": exchanges/VBZ, the verb's object).
func (d *doc) nounish(j int) bool {
	t := &d.toks[j]
	return isNoun(t.tag) || t.tag == "VBZ" && (t.rel == "obj" || t.rel == "obl" || t.rel == "nmod")
}

// placeListLast returns the last place of the list place mention m opens
// ("the Amsterdam, Brussels, Lisbon and Paris exchanges": Paris), or m.
func (d *doc) placeListLast(m *mention) *mention {
	s := &d.sents[m.sent]
	for k := m.t1; k+1 < s.t1; k = m.t1 {
		if d.toks[k].text == "," && (d.toks[k+1].lower == "and" || d.toks[k+1].lower == "or") && k+2 < s.t1 {
			k++ // (a serial comma: "Lisbon, and Paris")
		}
		if l := d.toks[k].text; l != "," && l != "and" && l != "or" {
			break
		}
		n := d.toks[k+1].mention
		if n < 0 || d.mentions[n].t0 != k+1 || !d.isPlace(n) || d.mentions[n].pronoun {
			break
		}
		m = &d.mentions[n]
	}
	return m
}

// placeOfKindAfter: place mention m (a name or a demonym) is followed by a
// kind of place and "of" with a place's name ("Mexico's southern state of
// Chiapas", "the Syrian province of Idlib", "struck the West Bank city of
// Jenin"): that place's mention, or -1.
func (d *doc) placeOfKindAfter(m *mention) int {
	if m.ent < 0 || !d.isPlace(d.toks[m.t0].mention) {
		return -1
	}
	s := &d.sents[m.sent]
	k := m.t1
	if k < s.t1 && (d.toks[k].text == "'s" || d.toks[k].text == "'") {
		k++
	}
	if k >= s.t1 {
		return -1
	}
	if k = d.possHead(k); k+2 >= s.t1 || !placeKindNouns[d.toks[k].lower] || d.toks[k+1].lower != "of" {
		return -1 // (the kind after adjectives and compass words: "southern state", "West Bank port city")
	}
	p := d.toks[k+2].mention
	if p < 0 || d.mentions[p].t0 != k+2 || d.mentions[p].ent < 0 || !d.isPlace(p) || d.mentions[p].ent == m.ent {
		return -1
	}
	return p
}

// productAfter: token j is a common noun that a name and its org cue
// modify ("Honda brand motorbikes"), not another cue ("AP news agency").
func (d *doc) productAfter(j int) bool {
	t := &d.toks[j]
	return isNoun(t.tag) && !isCapital(t.text) && !orgCues[t.lower] && !timeNouns[t.lower] && !orgHeads[t.lower] && !adverbParticles[t.lower]
}

// regulatorNouns act for the state that they regulate for ("the French
// regulator", "Luxembourg's data protection regulator").
var regulatorNouns = set("regulator", "regulators", "watchdog", "authority")

// partyName: mention m names a political party ("Labour rebels" are the
// party's dissidents, not the party; "the FARC rebels" are the FARC).
func (d *doc) partyName(m *mention) bool {
	return m.ent >= 0 && partyEntity(d.ents[m.ent])
}

// summitVerbs take a body's meeting as the body ("hosted the G7 summit");
// summitNouns are those meetings.
var summitVerbs = set("host", "attend", "chair", "address", "boycott", "skip", "open")
var summitNouns = set("summit", "summits", "meeting", "meetings", "conference", "congress", "assembly", "session", "gathering")

// chargeParticiples describe a person by a crime ("X, convicted of
// murdering Y"); value: the modality of the crime ("" for a conviction).
var chargeParticiples = map[string]string{"convicted": "", "accused": "alleged", "suspected": "alleged", "charged": "alleged"}

// dealVerbs buy, sell or own companies ("bought firms such as X").
var dealVerbs = set("buy", "acquire", "purchase", "sell", "own", "sue", "take", "absorb", "swallow")

// orgNamedAfter: an organisation is named right after token k, a noun
// describing organisations, maybe after "the" ("US stock market regulator
// the SEC", "the UK regulator Ofcom"): the noun describes it.
func (d *doc) orgNamedAfter(k int) bool {
	s := &d.sents[d.toks[k].sent]
	if !regulatorNouns[d.toks[k].lower] && !orgCues[d.toks[k].lower] {
		return false // (not "told Labour members the Tories offered")
	}
	n := k + 1
	if n+1 < s.t1 && d.toks[n].lower == "the" && d.toks[n].mention < 0 {
		n++
	}
	return n < s.t1 && d.toks[n].mention >= 0 && d.mentions[d.toks[n].mention].t0 >= k+1 && d.isOrg(d.toks[n].mention)
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
		if caption := d.captionNoun(j) || t.text == "HQ"; (isNoun(t.tag) || relationNouns[t.lower] && t.tag == "JJ" || caption) && (!isCapital(t.text) || caption) {
			// ("the party's London HQ": the headquarters, not London)
			if timeNouns[t.lower] || (orgCues[t.lower] && m.typ == TypeOrg || t.lower == "news" && m.typ == TypeOrg) && !(j+1 < s.t1 && (d.toks[j+1].mention >= 0 || d.proper(j+1) || titleHeads[d.toks[j+1].lower] || d.productAfter(j+1))) {
				return false // "AP news agency", "Menatep group" describe the name itself ("MMS firm Adamind", "Honda brand motorbikes" do not)
			}
			if !noun && m.typ == TypeOrg && craftNouns[t.lower] {
				return false // "a Ukraine International Airlines flight was shot down": the airline's
			}
			if (actsThrough(t.lower, m.typ) || speakerNouns[t.lower]) && !noun && !(j+1 < s.t1 && isNoun(d.toks[j+1].tag) && !isCapital(d.toks[j+1].text)) && !d.x.gaz.IsCapital(d.mtext(m)) && !d.orgNamedAfter(j) && !(t.lower == "rebels" && d.partyName(m)) {
				return false // "US officials", "a Sony representative" stand for the US, Sony; "US government networks", "Glazer bid team", "the Lisbon targets" do not
			}
			if !noun && d.strikeCompound(j) && !d.x.gaz.IsCapital(d.mtext(m)) {
				return false // "a US drone strike": the US's strike
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

// boughtNouns are what is bought in a place named before them ("UK
// infrastructure assets").
var boughtNouns = set("assets", "asset", "interests", "facilities", "sites", "plants", "businesses", "operations", "property",
	"properties", "holdings", "stakes", "companies", "firms", "utilities", "infrastructure")

// seatVerbs take a constituency as their object ("won the Hythe seat").
var seatVerbs = set("win", "hold", "lose", "contest", "take", "gain", "retain", "keep", "defend", "capture", "represent", "fight")

// recallVerbs bring a country's own envoys home from where they are
// posted.
var recallVerbs = set("recall", "withdraw", "pull")

// recalledEnvoy: verb group g recalls its subject's own envoy or forces
// from a country ("recalled its ambassador from Canada", "withdrew the
// diplomats from Qatar", "withdrew US troops from northern Syria"); it
// returns the country's mention and the envoy's noun ("troop" for forces),
// or -1.
func (d *doc) recalledEnvoy(si int, g *vgroup) (int, string) {
	s := &d.sents[si]
	if !recallVerbs[g.lemma] || g.particle != "" && g.particle != "out" {
		return -1, ""
	}
	j := g.g1
	if j < s.t1 && (d.toks[j].lower == "its" || d.toks[j].lower == "their" || d.toks[j].lower == "the") {
		j++
	}
	if j >= s.t1 {
		return -1, ""
	}
	if m := d.toks[j].mention; m >= 0 && d.mentions[m].t0 == j && d.mentions[m].ent >= 0 && d.ents[d.mentions[m].ent].typ == TypeGPE && d.mentions[m].t1 < s.t1 && troopNouns[d.toks[d.mentions[m].t1].lower] {
		j = d.mentions[m].t1 // "withdrew US troops from Syria"
	} else if m >= 0 && d.mentions[m].t0 == j && d.mentions[m].t1-1 > j && troopNouns[d.toks[d.mentions[m].t1-1].lower] && d.countryRef(m) {
		j = d.mentions[m].t1 - 1 // "British troops": the demonym's mention holds the noun
	}
	for j < s.t1 && d.toks[j].tag == "JJ" && d.toks[j].mention < 0 {
		j++ // "its top diplomat"
	}
	if j+2 >= s.t1 {
		return -1, ""
	}
	if m := d.toks[j].mention; (m < 0 || d.mentions[m].t1 == j+1 && d.mentions[m].t0 < j) && (troopNouns[d.toks[j].lower] || d.toks[j].lower == "soldiers") {
		// "withdrew its troops from Afghanistan", "pulled its forces out
		// of Syria": the subject's forces leave the place
		k := j + 1
		if d.toks[k].lower == "out" && k+2 < s.t1 && d.toks[k+1].lower == "of" {
			k++
		}
		if d.toks[k].lower != "from" && d.toks[k].lower != "of" {
			return -1, ""
		}
		k++
		if compassWords[d.toks[k].lower] && k+1 < s.t1 {
			k++ // "from northern Syria"
		}
		if c := d.toks[k].mention; c >= 0 && d.mentions[c].t0 == k && (d.countryRef(c) || d.isPlace(c) && d.mentions[c].kind == "") {
			return c, "troop"
		}
		return -1, ""
	}
	if d.toks[j].mention >= 0 || !envoyTitles[d.toks[j].lower] && !envoyNouns[d.toks[j].lower] || d.toks[j+1].lower != "from" && !(d.toks[j+1].lower == "to" && envoyTitles[d.toks[j].lower]) {
		return -1, "" // ("recalled its ambassador to Italy": from the country he is sent to)
	}
	c := d.toks[j+2].mention
	if !d.countryRef(c) || d.mentions[c].t0 != j+2 {
		return -1, ""
	}
	return c, d.nounLemma(d.toks[j].lower)
}

// lineageVerbs take a kinsman as their object ("succeeded his father X").
var lineageVerbs = set("succeed", "replace", "follow", "oust", "depose", "overthrow", "kill", "murder", "sue", "accuse", "criticize",
	"praise", "defend", "meet", "visit", "thank", "appoint", "name", "nominate", "promote", "hire", "fire", "sack", "dismiss",
	"pardon", "arrest", "detain", "release", "free", "support", "back", "endorse", "marry", "divorce")

// mergeVerbs join two parties' businesses.
var mergeVerbs = set("merge", "combine", "integrate")

// mergedWith: "Sony is merging its music business with Bertelsmann": the
// subject's own unit, then the partner after "with" (up to five words on);
// it returns the partner's mention, or -1.
func (d *doc) mergedWith(si int, g *vgroup) int {
	s := &d.sents[si]
	j := g.g1
	if !mergeVerbs[g.lemma] || j+2 >= s.t1 || d.toks[j].lower != "its" && d.toks[j].lower != "their" {
		return -1
	}
	for k := j + 1; k < s.t1 && k <= j+6; k++ {
		t := &d.toks[k]
		if t.lower == "with" && k+1 < s.t1 {
			if o := d.toks[k+1].mention; o >= 0 && d.mentions[o].t0 == k+1 && d.isOrg(o) {
				return o
			}
			return -1
		}
		if t.mention >= 0 && d.mentions[t.mention].kind != MentionDemonym || isVerb(t.tag) || t.text == "," {
			return -1
		}
	}
	return -1
}

// appositeNoun: noun w describes a person the name after it, in
// apposition, says: "a British citizen, Ali Ansari", "a Taliban commander,
// Mullah Omar".
func (d *doc) appositeNoun(w string) bool { return d.personNounLike(w) || appositeNouns[w] }

var appositeNouns = set("citizen", "national", "tourist", "civilian", "hostage", "detainee", "cleric", "dissident", "aide",
	"predecessor", "successor", "rival", "opponent", "deputy", "ally", "adversary", "foe", "gunman", "suspect",
	"accomplice", "victim", "man", "woman", "teenager", "boy", "girl")

// namedInApposition: a person's name opens at token j (or after a post in
// lower case there) and is no clause's
// subject: no finite verb follows it, at once or after a comma ("a senior
// aide, Tom Fenn said", "the show's star, Tom Hart, was keen").
func (d *doc) namedInApposition(j int) bool {
	if e := d.lowerPostAfter(&d.sents[d.toks[j].sent], j); e > j && d.personAt(e) {
		j = e // "his rival, militia chief Peter Lokwang"
	}
	if tm := d.toks[j].titleOf; tm >= 0 && d.mentions[tm].title0 == j && d.mentions[tm].t0 > j {
		j = d.mentions[tm].t0 // "captured a pilot, Wing Commander X": the title, then the name
	}
	if !d.personAt(j) {
		return false
	}
	m := &d.mentions[d.toks[j].mention]
	e := m.t1
	return e >= d.sents[m.sent].t1 || !(isVerb(d.toks[e].tag) && d.toks[e].tag != "VBG" && d.toks[e].tag != "VBN" || d.toks[e].tag == "MD")
}

// strikeCompound: token j opens a compound of arms ending in a strike
// ("drone strike", "missile attack", "air raid", "artillery shelling").
func (d *doc) strikeCompound(j int) bool {
	s := &d.sents[d.toks[j].sent]
	k := j
	for k+1 < s.t1 && k < j+2 && armsNouns[d.toks[k].lower] && d.toks[k+1].mention < 0 {
		k++
	}
	return k > j && strikeNouns[d.toks[k].lower] && isNoun(d.toks[k].tag)
}

// armsNouns name the arms of a strike in a compound before it.
var armsNouns = set("drone", "missile", "rocket", "air", "artillery", "helicopter", "tank", "mortar", "naval", "cruise",
	"bomber", "gunship", "ballistic", "cluster")

// npStart walks left from token j over noun-phrase material (determiners,
// adjectives, nouns, names, possessives) and returns where the phrase starts.
// startsSentencePhrase: token k ends a phrase that opens sentence s with a
// preposition ("In a speech", "At the summit", "In her first address").
func (d *doc) startsSentencePhrase(s *sent, k int) bool {
	b := s.body
	if b < s.t0 || b > k {
		b = s.t0
	}
	if d.toks[b].tag != "IN" || k-b > 5 {
		return false
	}
	for i := b + 1; i < k; i++ {
		if t := &d.toks[i]; t.mention >= 0 && t.tag != "PRP$" || !(t.tag == "DT" || t.tag == "PRP$" || t.tag == "JJ" || t.tag == "CD" || t.tag == "NN" || t.tag == "NNS") {
			return false
		}
	}
	return true
}

func (d *doc) npStart(s *sent, j int) int {
	if j < s.t1 && d.toks[j].tag == "PRP" && d.toks[s.t0].tag == "VBG" && !d.commaBetween(s.t0, j) {
		// "Speaking to reporters he urged": the opening participle's phrase
		// ends before the pronoun (not "the comments he made": a relative)
		return j
	}
	for j > s.t0 {
		t := &d.toks[j-1]
		if t.mention < 0 && (timeNouns[t.lower] || monthWords[t.lower] || t.tag == "CD" && yearNumber(t.text) && d.startsSentencePhrase(s, j-1)) {
			break // "On Monday Trump criticized", "In 2003 Xstrata acquired": the date ends the phrase before the name
		}
		if t.mention < 0 && (t.tag == "NN" || t.tag == "NNS") && !isCapital(t.text) && j < s.t1 && d.toks[j].mention >= 0 && d.mentions[d.toks[j].mention].title0 == j && !d.isTitleWord(t.lower) && !orgCues[t.lower] && !kinNouns[t.lower] && !relationNouns[t.lower] && !groupNouns[t.lower] && d.startsSentencePhrase(s, j-1) {
			break // "In a speech Joyce Banda told": the opening phrase ends before the name
		}
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

// inPrepPhrase reports whether the noun phrase ending at token j follows a
// preposition ("the offices of police").
func (d *doc) inPrepPhrase(s *sent, j int) bool {
	k := d.npStart(s, j)
	return k > s.t0 && (d.toks[k-1].tag == "IN" || d.toks[k-1].tag == "TO")
}

// plainObject reports whether tokens [a, b) are a short noun phrase that
// names nobody ("a revolver", "it", "3,000 troops"): what a deploy verb
// uses, whose subject then does what the infinitive after it says ("used a
// revolver to shoot Oswald").
func (d *doc) plainObject(a, b int) bool {
	if b <= a || b-a > 4 {
		return false
	}
	for k := a; k < b; k++ {
		t := &d.toks[k]
		if t.mention >= 0 && t.tag != "PRP" || isProperTag(t.tag) || !(t.tag == "DT" || t.tag == "JJ" || t.tag == "CD" || t.tag == "PRP$" || t.tag == "PRP" && k == a && b == a+1 || isNoun(t.tag)) {
			// (a pronoun stays plain whatever it was resolved to: "used it to shoot")
			return false
		}
	}
	return true
}

// byAgentBetween returns the name after "by" between tokens a and b of
// sentence s (a passive's agent), or -1.
func (d *doc) byAgentBetween(s *sent, a, b int) int {
	for k := a + 1; k+1 < b; k++ {
		if d.toks[k].lower != "by" {
			continue
		}
		n := k + 1
		if d.toks[n].lower == "the" && n+1 < b {
			n++
		}
		for n < b && d.toks[n].mention < 0 && d.toks[n].tag == "JJ" {
			n++
		}
		// a name, or a demonym standing for its state ("by the Russian authorities")
		if m := d.mentionAt(n, s); m >= 0 && d.mentions[m].ent >= 0 && (!d.mentions[m].modifier || d.mentions[m].kind == MentionDemonym) {
			return m
		}
	}
	return -1
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
// mention (or, when participle is set, a participle's phrase), return the
// earlier comma's index.
func (d *doc) appositionStart(s *sent, j int, participle bool) int {
	verb := false
	for k := j - 1; k > s.t0 && j-k < 30; k-- {
		t := &d.toks[k]
		if t.text == "," {
			if k+1 < j {
				f := k + 1
				if apposAdverbs[d.toks[f].lower] && f+1 < j {
					f++ // ", now chairman of X,"
				}
				first := d.toks[f].lower
				prevM := d.toks[k-1].mention
				if prevM >= 0 && (first == "who" || first == "which" || first == "whose" || participle && d.toks[f].tag == "VBG" && f == k+1 && !listParticiples[first]) {
					return k // a relative clause, or a participle's phrase right before a finite verb, may hold verbs ("Oswald, acting alone, fired")
				}
				if prevM >= 0 && !verb && (first == "a" || first == "an" || first == "the" || d.isTitleWord(first) || d.toks[f].tag == "CD") {
					return k
				}
			}
			return -1
		}
		if t.text == ";" || t.text == "\"" {
			return -1
		}
		if isVerb(t.tag) && d.toks[k].lower != "is" && d.toks[k].lower != "was" && !(t.tag == "VB" && d.toks[k-1].tag == "TO") && !d.reducedRelative(k) {
			verb = true // (not an infinitive: "X, the first Indian woman to win a WTA title,")
		}
		if (t.lower == "who" || t.lower == "which") && isNoun(d.toks[k-1].tag) {
			verb = false // "X, the mayor of Leeds who backs the plan,": the verbs are the relative's
		}
	}
	return -1
}

// bodyOfState: the body's noun at token k has a state of its own before
// it ("Turkish troops", "US forces"), which it acts for wherever it is.
func (d *doc) bodyOfState(s *sent, k int) bool {
	if m := d.toks[k].mention; m >= 0 && d.mentions[m].ent >= 0 && d.ents[d.mentions[m].ent].typ == TypeGPE {
		return true // the demonym's mention took the noun in ("Turkish troops")
	}
	if k-1 < s.t0 {
		return false
	}
	m := d.toks[k-1].mention
	return m >= 0 && d.mentions[m].t1 == k && d.mentions[m].ent >= 0 && d.ents[d.mentions[m].ent].typ == TypeGPE
}

// nounInfinitive: verb group g is an infinitive after an intent noun
// ("Iran's plan to attack Israel failed"): a verb right after its object
// is the main clause's, not one of which the object is the subject.
func (d *doc) nounInfinitive(g *vgroup) bool {
	return !g.finite && d.intentTo(g.g0-1)
}

// intentTo: token j is the "to" of an infinitive after an intent noun in
// its sentence ("plan to", "bid to").
func (d *doc) intentTo(j int) bool {
	return j-1 >= 0 && d.toks[j].tag == "TO" && intentNoun(d.toks[j-1].lower) && d.toks[j-1].sent == d.toks[j].sent
}

// dashes set off a clause or an aside.
var dashes = set("-", "--", "–", "—")

// counterpartNouns name an office held in another state: unnamed after
// its demonym, the holder stands for that state.
var counterpartNouns = set("counterpart", "counterparts")

// reducedRelative: token k is a participle right after a common noun
// with its agent after it ("an alliance backed by Washington"), which
// describes the noun and is no verb of a clause.
func (d *doc) reducedRelative(k int) bool {
	t, p := &d.toks[k], &d.toks[k-1]
	return t.tag == "VBN" && isNoun(p.tag) && p.mention < 0 && !isCapital(p.text) && k+1 < len(d.toks) && d.toks[k+1].lower == "by"
}

// forceMembers are the men of an armed or police body, which acts through
// them ("officers from the Rapid Intervention Unit arrested X").
var forceMembers = set("officers", "soldiers", "troops", "agents", "investigators", "detectives", "commandos", "gunmen", "guards", "marines")

// bossNouns head bodies, which act through them ("Bosses of Deutsche
// Boerse and the LSE are to meet").
var bossNouns = set("bosses", "heads", "chiefs", "executives")

// envoysOf: the noun phrase starting at token b follows envoys' "of" or
// "from" ("officials of", "leaders from", "supporters of", "member states
// of"), outside a prepositional phrase: the body named acts through them.
func (d *doc) envoysOf(s *sent, b int) bool {
	if b-2 < s.t0 || d.inPrepPhrase(s, b-2) {
		return false
	}
	n := d.toks[b-2].lower
	switch d.toks[b-1].lower {
	case "of":
		return envoyNouns[n] || followerNouns[n] || bossNouns[n] || forceMembers[n] || n == "states" && b-3 >= s.t0 && d.toks[b-3].lower == "member"
	case "from":
		return envoyNouns[n] || followerNouns[n] || forceMembers[n] // "fighters from the Ahlu Sahil Movement killed X"
	case "for":
		// "a spokesman for Hamas criticised", "an official for the rebel
		// movement X told": the body speaks through them
		return speakerNouns[n]
	}
	return speakerNouns[n] && d.toks[b-1].lower == "of"
}

// speakerNouns speak for a body named after "for" or "of".
var speakerNouns = set("spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "official", "officials",
	"representative", "representatives")

// coordLeft: "China and Russia", "X, Y and Z" before a verb.
func (d *doc) coordLeft(si int, m *mention) []argument {
	s := &d.sents[si]
	var out []argument
	j := m.title0 - 1
	if k := d.possessedPostBefore(s, d.lowerPostBefore(s, j), j); k < j && k > s.t0 && d.toks[k].lower == "and" && d.personAt(m.t0) {
		j = k // "President Salva Kiir and rebel commander Riek Machar signed", "X and his Korean counterpart Y met"
	}
	if j > s.t0 && d.toks[j].lower == "the" {
		j-- // "Saudi Arabia and the UAE"
	}
	first := true
	commaAnd := -1 // where a ", and" link starts in out
	for j > s.t0 {
		c := d.toks[j].lower
		asWellAs := j-2 > s.t0 && d.asWellAs(s, j-2)
		if c != "and" && c != "," && c != "or" && !asWellAs || first && c == "," {
			// "X, Y and Z said": the last link is "and"; a bare comma
			// before the subject ends an earlier phrase
			break
		}
		first = false
		k := j - 1
		if asWellAs {
			k = j - 3 // "France as well as Germany criticised"
		}
		if c == "and" && k > s.t0 && d.toks[k].text == "," {
			commaAnd = len(out)
			k--
			if k-2 >= s.t0 && d.toks[k].tag == "CD" && d.toks[k-1].text == "," {
				k -= 2 // "Tom Jones, 64, and his wife Linda": an age
			}
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
	if commaAnd >= 0 && len(out) > commaAnd {
		// "opened offices in Vienna and Prague, and John Smith criticized",
		// "X, from Birmingham, and Y were held": what ", and" joins to a
		// list after a preposition or a verb is another clause's object
		if b := d.npStart(s, d.mentions[out[len(out)-1].ment].title0); b > s.t0 && d.commaAndAfter(b-1) {
			out = out[:commaAnd]
		}
	}
	return out
}

// tellVerbs take the one told as object and what is told as a clause.
var tellVerbs = set("tell", "assure", "inform", "warn", "remind", "promise")

// commaAndAfter: token p, before a list that ", and" joins to a subject,
// makes the list another clause's object: a preposition or a finite verb.
func (d *doc) commaAndAfter(p int) bool {
	t := &d.toks[p]
	return t.mention < 0 && (t.tag == "IN" && !subordinators[t.lower] && t.lower != "that" || t.tag == "TO" || t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "VB")
}

// lowerPostBefore walks left from token j over a post in lower case
// ("rebel commander", "opposition leader") and returns the token before it
// (j itself when no post ends there; the post's head may be the title
// after j).
func (d *doc) lowerPostBefore(s *sent, j int) int {
	head := j+1 < s.t1 && titleHeads[d.toks[j+1].lower] && d.toks[j+1].mention < 0
	k := j
	for k > s.t0 && k > j-3 && d.postWord(k) {
		head = head || titleHeads[d.toks[k].lower]
		k--
	}
	if k == j || !head {
		return j
	}
	return k
}

// heldFor returns the mention whose release a possessive pronoun at
// mention m asks for: the last person held (arrested, detained, jailed,
// abducted) within three sentences, when the pronoun was read as someone
// never held and not named in the pronoun's own sentence ("Moazzam Begg's
// MP welcomed his release" is Begg's), and the pronoun's sex does not rule
// the held person out; else m.
func (d *doc) heldFor(m int) int {
	h := d.lastDetained
	pm := &d.mentions[m]
	if !pm.pronoun || h < 0 || pm.ent < 0 || d.mentions[h].ent == pm.ent || d.mentions[h].ent < 0 || d.detainedEnt(pm.ent) {
		return m
	}
	hm := &d.mentions[h]
	if pm.sent-hm.sent > 3 || d.namedInSentence(pm.ent, pm.sent) {
		return m // ("Moazzam Begg's MP welcomed his release": Begg's, named right there)
	}
	g := d.x.gaz.Gender(d.toks[hm.t0].text)
	if p := d.toks[pm.t0].lower; p == "his" && g == 'f' || p == "her" && g == 'm' {
		return m
	}
	return h
}

// namedInSentence: entity e has a mention in sentence si other than a
// pronoun.
func (d *doc) namedInSentence(e, si int) bool {
	for _, mi := range d.ents[e].ments {
		if m := &d.mentions[mi]; m.sent == si && !m.pronoun {
			return true
		}
	}
	return false
}

// detainedEnt: entity e is a person held in an asserted relation so far.
func (d *doc) detainedEnt(e int) bool {
	id := EntityID(d.ents[e].typ, d.ents[e].name)
	for _, r := range d.rels {
		if r.Object == id && detentionPreds[r.Predicate] && !r.Negated {
			return true
		}
	}
	return false
}

// postAt: token h is a post's head in lower case naming nothing ("the
// mayor").
func (d *doc) postAt(h int) bool {
	return titleHeads[d.toks[h].lower] && isLowerWord(d.toks[h].text) && d.toks[h].mention < 0
}

// possessedPostBefore walks left from token k, before a post in lower
// case that ends at token j (or j itself), over demonyms and a possessive
// pronoun ("his South Korean counterpart", "his wife"), and returns the
// token before them (k itself when there are none).
func (d *doc) possessedPostBefore(s *sent, k, j int) int {
	if j <= s.t0 || k <= s.t0 {
		return k
	}
	b := k
	if k == j && counterpartNouns[d.toks[j].lower] && d.toks[j].mention < 0 {
		b = j - 1 // "his counterpart": read as no post of its own
	}
	for b > s.t0 && d.toks[b].mention >= 0 && d.mentions[d.toks[b].mention].kind == MentionDemonym {
		b = d.mentions[d.toks[b].mention].t0 - 1
	}
	if b > s.t0 && possPronouns[d.toks[b].lower] {
		return b - 1
	}
	return k
}

// lowerPostAfter walks right from token j over a post in lower case
// ("militia chief", "opposition leader") and returns the token after it
// (j itself when no post starts there).
func (d *doc) lowerPostAfter(s *sent, j int) int {
	k := j
	for k < s.t1 && k < j+3 && d.postWord(k) {
		k++
	}
	if k == j || k >= s.t1 || !titleHeads[d.toks[k-1].lower] {
		return j
	}
	return k
}

// postWord: token k can be a word of a post written in lower case.
func (d *doc) postWord(k int) bool {
	t := &d.toks[k]
	return t.mention < 0 && !isCapital(t.text) && (titleHeads[t.lower] || titleMods[t.lower] || postModifiers[t.lower] || isNoun(t.tag) || t.tag == "JJ")
}

var timeNouns = set("weekend", "week", "month", "year", "day", "today", "morning", "afternoon", "evening", "night",
	"time", "times", "period", "years", "months", "weeks", "days", "hours", "minutes", "moment", "decade", "season",
	"yesterday", "tomorrow", "tonight", "now", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"midweek")

// standingNouns are a party's standing: acting on them acts on the party
// ("suspended the country's membership", "revoked his visa").
var standingNouns = set("membership", "accreditation", "visa", "visas", "licence", "license", "passport", "citizenship", "funding",
	"account", "accounts", "profile")

// accountVerbs shut a party's account, which stands for the party
// ("Twitter suspended Trump's account"; not "froze Yukos's accounts").
var accountVerbs = set("suspend", "ban", "block", "delete", "remove", "lock", "restrict", "reinstate", "restore", "close")

// listModifier: mention mi is a place that opens a list of places which
// together describe the common noun after the last ("the Paris, Amsterdam
// and Lisbon stock exchanges", "the London and Frankfurt bourses").
func (d *doc) listModifier(mi int) bool {
	if !d.isPlace(mi) {
		return false
	}
	m := &d.mentions[mi]
	s := &d.sents[m.sent]
	k := m.t1
	listed := false
	for k+1 < s.t1 && (d.toks[k].text == "," || d.toks[k].lower == "and" || d.toks[k].lower == "or") {
		n := d.toks[k+1].mention
		if n < 0 || d.mentions[n].t0 != k+1 || !d.isPlace(n) {
			return false
		}
		k, listed = d.mentions[n].t1, true
	}
	return listed && k < s.t1 && isLowerWord(d.toks[k].text) && isNoun(d.toks[k].tag) && d.toks[k].mention < 0 && !constituencyNouns[d.toks[k].lower] // (not "won the Folkestone and Hythe seat")
}

// reasonEnds follow a passive's "for" phrase and open what the passive
// takes after it: the agent or the place.
var reasonEnds = set("by", "in", "at")

// legacyNouns stand for the person whose they are after a homage noun
// ("paid tribute to the legacy of Ray Charles").
var legacyNouns = set("legacy", "memory", "work", "achievements", "life", "efforts", "contribution", "career", "courage", "record")

// subjectPronoun: mention m is a pronoun in the subject's case ("he",
// "they") right after a year or a time word, which closes the phrase
// before it ("After leaving Cardiff in 2001 he taught"; not "the comments
// he made", a relative clause).
func (d *doc) subjectPronoun(m *mention) bool {
	switch d.toks[m.t0].lower {
	case "he", "she", "they", "we":
		p := &d.toks[m.t0-1]
		return m.pronoun && m.t1-m.t0 == 1 && m.t0 > d.sents[m.sent].t0 && (p.tag == "CD" && yearNumber(p.lower) || timeNouns[p.lower] || weekdays[p.lower])
	}
	return false
}

// purposeMotions are moves made to do what the infinitive after them says
// ("came off the bench to replace X", "stepped in to rescue X").
var purposeMotions = set("come", "go", "step", "fly", "travel", "move", "return", "arrive", "rush", "head")

// unknownNameEnd returns the end of a run of two or more capitalised
// proper nouns from token j that name nothing the rules know and hold no
// title word ("Jan Hernych"), or j.
func (d *doc) unknownNameEnd(s *sent, j int) int {
	e := j
	for e < s.t1 && d.toks[e].mention < 0 && d.toks[e].titleOf < 0 && isProperTag(d.toks[e].tag) && isCapital(d.toks[e].text) && !d.isTitleWord(d.toks[e].lower) {
		e++
	}
	if e-j < 2 {
		return j
	}
	return e
}

// complexPrepHeads end a compound preposition with "to": "in response to",
// "according to", "due to", "thanks to", "prior to", "in addition to".
var complexPrepHeads = set("response", "reply", "reaction", "according", "due", "thanks", "prior", "addition", "owing", "relation", "regard", "contrast", "preparation")

// ownPossessive: possessive pronoun mention p after verb group g names the
// clause's subject ("Blair expressed his support for X").
func (d *doc) ownPossessive(si int, g *vgroup, p int) bool {
	e := d.mentions[p].ent
	if e < 0 {
		return false
	}
	for _, sb := range d.subjects(si, g) {
		if d.mentions[sb.ment].ent == e {
			return true
		}
	}
	return false
}

// objects scans right from the verb group for the first argument and the
// ones coordinated with it. It returns the preposition before it and a
// noun between the verb and that preposition ("impose sanctions on").
func (d *doc) objects(si int, g *vgroup) (args []argument, prep, noun string, far bool) {
	s := &d.sents[si]
	if c, envoy := d.recalledEnvoy(si, g); c >= 0 {
		return []argument{{ment: c}}, "from", envoy, false
	}
	if o := d.mergedWith(si, g); o >= 0 {
		return []argument{{ment: o}}, "with", "", false
	}
	if g.lemma == "tell" && g.g1+2 < s.t1 && d.toks[g.g1].lower == "the" && isCapital(d.toks[g.g1+1].text) && d.toks[g.g1+1].mention < 0 && !g.passive {
		k := g.g1 + 1
		for k < s.t1 && isCapital(d.toks[k].text) && d.toks[k].mention < 0 {
			k++
		}
		if k < s.t1 && d.toks[k].mention < 0 && d.toks[k].lower == "the" {
			return nil, "", "", false // "told the Independent the Tories' plans were": an addressee the recogniser missed, not the Tories (not "the South Wales Evening Post": a name going on; nor "the Arab TV channel Sky News")
		}
	}
	nouns := 0
	nounAt := -1 // the token that set noun
	skipped := 0 // tokens of a "(UAE)-based" phrase, not counted in the reach
	for j := g.g1; j < s.t1 && j-g.g1-skipped <= 10; j++ {
		t := &d.toks[j]
		if t.inParen && !d.toks[g.head].inParen {
			continue
		}
		if t.mention < 0 && timeNouns[t.lower] && j > g.g1 {
			// "signed an agreement Friday night with X": a time said on the
			// way does not count against the reach
			skipped++
		}
		if g.lemma == "play" && prep == "" && noun == "" && (titleHeads[t.lower] || honorifics[t.lower]) && j+1 < s.t1 && d.toks[j+1].lower == "of" && !d.sport() {
			return nil, "", "", false // "playing the Emperor of Morocco in a pantomime": a part, not the country
		}
		if t.titleOf >= 0 && t.titleOf != t.mention {
			// "with US Secretary of State Rex Tillerson": the title is part of the name
			continue
		}
		if t.mention >= 0 && t.tag == "PRP$" && (prep == "with" || prep == "for" && teamVerbs[g.lemma]) && j+1 < s.t1 && (orgCues[d.toks[j+1].lower] || teamNouns[d.toks[j+1].lower]) {
			if k := d.nounRunEnd(s, j+1); k < s.t1 && d.toks[k].mention >= 0 && d.mentions[d.toks[k].mention].t0 == k && !d.mentions[d.toks[k].mention].pronoun {
				j = k - 1 // "plays for his club Brive": the club named after its noun
				continue
			}
		}
		if t.mention >= 0 {
			m := &d.mentions[t.mention]
			if m.ent < 0 {
				continue
			}
			if prep == "" && noun == "" && !m.pronoun && d.isPlace(t.mention) && m.t1 < s.t1 {
				// "buy UK infrastructure assets", "has enjoyed six US top 10
				// albums": the things, not the country (a coded act stays:
				// "attacked US troops")
				last := d.placeListLast(m)
				if h := d.possHead(last.t1); (purchaseVerbs[g.lemma] || g.lemma == "snap") && h < s.t1 && boughtNouns[d.toks[h].lower] && isNoun(d.toks[m.t1].tag) {
					return nil, "", "", false
				}
				if _, coded := d.x.events.Lookup(g.lemma); !coded && d.thingAfterPlace(last) {
					return nil, "", "", false
				}
			}
			if d.describesTitled(m) {
				continue // "accused the Tory leader": the man the description names, not his party
			}
			if p := d.describedPeopleEnd(j); prep == "by" && p > j {
				j = p - 1 // "founded by former Google researchers A and B": the people the description names
				continue
			}
			if (g.lemma == "enter" || g.lemma == "return") && prep == "" && noun == "" && parliamentSeats[strings.ToLower(d.mtext(m))] {
				return nil, "", "", false // "his first attempt to enter Westminster": to become an MP, not to go to the UK
			}
			if (prep == "in" || prep == "under" || prep == "within") && d.ents[m.ent].typ == TypePerson && !m.pronoun && m.t1 < s.t1 && administrationNouns[d.toks[m.t1].lower] && m.t0 > s.t0 && d.toks[m.t0-1].lower == "the" {
				// "served in the Attlee government": a government the
				// leader's name only dates (not "overruled the Bush
				// administration", acting on his)
				return nil, "", "", false
			}
			if m.kind == MentionDemonym && m.t1 == m.t0+1 && m.t0 > s.t0 && d.toks[m.t0-1].tag == "CD" && (m.t1 >= s.t1 || !isNoun(d.toks[m.t1].tag)) {
				if d.violentVerb(g.lemma) && prep == "" && noun == "" {
					// "Israeli troops killed two Palestinians": violence
					// against a country's people is against the country
					return append(args, argument{ment: t.mention}), prep, noun, j-g.g1 > 5
				}
				j = m.t1 - 1 // "gave legal protection to two Britons": people counted, not their state
				continue
			}
			if n, p := d.dealModifier(g, t.mention); n != "" && prep == "" && noun == "" {
				// "agreed a $25bn Guidant deal", "makes $5.4bn Fox offer":
				// the name before the deal is its other party
				return append(args, argument{ment: t.mention}), p, n, j-g.g1 > 5
			}
			if s.headline && d.headlineModifier(m) {
				// "Straw praises Kashmir moves", "Spurs to sign Iceland U21
				// star": in a headline's clipped grammar a name before a
				// noun describes it
				nouns++
				if nouns > 1 {
					return nil, "", "", false
				}
				j = m.t1 - 1
				continue
			}
			if (prep == "at" || prep == "in" || prep == "into") && noun == "" && travelVerbs[g.lemma] && d.isPlace(t.mention) && m.t1 < s.t1 && portNouns[d.toks[m.t1].lower] {
				// "arrived at the Manila airport", "landed at Heathrow
				// airport": the journey's end is the place
				return append(args, argument{ment: t.mention}), prep, noun, j-g.g1 > 5
			}
			if k := d.placeOfKindAfter(m); k >= 0 {
				j = d.mentions[k].t0 - 1 // "in Mexico's southern state of Chiapas": the state
				continue
			}
			if n := m.t1; d.isPlace(t.mention) && n < s.t1 && d.toks[n].mention >= 0 && d.eventAfter(d.toks[n].mention) {
				return nil, "", "", false // "won the Brussels IAAF cross-country race": the race
			}
			// a modifier before a common noun, not before another name
			// ("Sudanese diplomats", "Chinese goods")
			bare := m.modifier && !(m.t1 < s.t1 && d.toks[m.t1].mention >= 0) || d.listModifier(t.mention)
			if bare && prep == "" && noun == "" {
				switch {
				case d.demonymBody(m, -1, stateGroups) || d.unnamedEnvoy(m):
					// "expelled Sudanese diplomats", "entered Libyan
					// airspace": the group stands for its country
					return append(args, argument{ment: t.mention}), prep, noun, j-g.g1 > 5
				case siteVerbs[g.lemma] && d.demonymBody(m, -1, militarySites):
					// "attacked an Israeli army post", "shelled Syrian
					// positions": a state's military site stands for it
					return append(args, argument{ment: t.mention}), prep, noun, j-g.g1 > 5
				case d.violentVerb(g.lemma) && d.demonymBody(m, -1, victimNouns):
					// "killed Palestinian protesters", "shot two Afghan
					// civilians": violence against a country's people
					return append(args, argument{ment: t.mention}), prep, noun, j-g.g1 > 5
				case coerceVerbs[g.lemma] && d.demonymBody(m, -1, seafarers):
					// "expelled Philippine fishermen", "seized Vietnamese
					// fishing boats": a state's seafarers stand for it when
					// another state coerces them
					return append(args, argument{ment: t.mention}), prep, noun, j-g.g1 > 5
				case opinionVerbs[g.lemma] && d.demonymBody(m, -1, actionNouns) && d.possHead(m.t1) == m.t1:
					// "backed the American position", "criticised the
					// Chinese move": the state, through its act (as "the US
					// position")
					return append(args, argument{ment: t.mention, weak: true}), prep, noun, j-g.g1 > 5
				}
			}
			if prep == "" && noun == "" && siteVerbs[g.lemma] && m.kind == "" && d.isOrg(t.mention) && m.t1 < s.t1 && militarySites[d.toks[d.possHead(m.t1)].lower] {
				// "stormed an African Union base", "attacked a Somali
				// National Army base": the force whose site it is
				return append(args, argument{ment: t.mention}), prep, noun, j-g.g1 > 5
			}
			if bare && (prep == "on" || prep == "against") && tradeMeasures[noun] && d.demonymBody(m, -1, tradedGoods) {
				// "imposed tariffs on Chinese goods", "sanctions against
				// Russian banks": the measure targets the country
				return append(args, argument{ment: t.mention}), prep, noun, j-g.g1 > 5
			}
			if b := d.basedAt(m.t1 - 1); m.modifier && b >= 0 {
				// "told the United Arab Emirates (UAE)-based Arab TV channel
				// Sky News": the place says where the object is based
				skipped += b + 1 - j
				j = b
				continue
			}
			if k := d.apposedOrgAfterNoun(m); k >= 0 {
				j = k - 1 // "with the German firm, Siemens", "with the US firm, Qualcomm": the organisation apposed
				continue
			}
			if bare {
				if k := d.namedAfterDescription(m.t1); k >= 0 && d.actorAt(k) {
					j = k - 1 // "told the Arab TV channel Sky News": the name the description belongs to
					continue
				}
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
			if k := d.titledPersonAfter(m); k >= 0 {
				j = k - 1 // "criticized Chicago Mayor Anton Cermak": the mayor, not Chicago
				continue
			}
			if k := d.describedOrgAfter(m); k >= 0 {
				j = k - 1 // "a trip to Conference leaders Yeading", "beat Microsoft rival Google": the one described
				continue
			}
			if d.isPlace(t.mention) && m.t1 < s.t1 && outletNouns[d.toks[m.t1].lower] && d.toks[m.t1].mention < 0 {
				// "told US TV show 60 Minutes", "told Israeli army radio":
				// the country's outlet, not the country
				nouns++
				if nouns > 1 {
					return nil, "", "", false
				}
				j = m.t1 - 1
				continue
			}
			if k := d.companyAfterPossessive(m); k >= 0 {
				j = k - 1 // "agreed to buy its former parent AT&T": the company named
				continue
			}
			weak := m.pronoun
			if n := m.t1; n < s.t1 {
				nt := &d.toks[n]
				switch {
				case nt.text == "'s" && n+1 == s.t1 && !m.pronoun && !d.sents[si].headline:
					// "Myskina now plays France's" and the line breaks: the
					// possessed is cut off, the possessor no party
					return nil, "", "", false
				case nt.text == "'s" && n+1 < s.t1 && !m.pronoun && (d.toks[n+1].tag == "CC" || d.toks[n+1].text == "," || d.toks[n+1].text == "." || d.toks[n+1].lower == "in"):
					// "owns Tetley's and Kronenbourg": a name ending in 's, not a possessive
				case nt.text == "'s" || nt.text == "'" || possPronouns[d.toks[m.t0].lower] && m.pronoun && m.kind != MentionNominal && !d.objectHer(m):
					// ("defended her country against the charges": "her
					// country" is a reference of its own, no possessor)
					// "Idi Amin's Uganda" -> Uganda; "China's move" -> China (weak); "his ankle" -> none
					hn := n
					if d.toks[n].text == "'s" && m.kind == MentionNominal && n+1 < s.t1 {
						hn = n + 1 // "in his country's affairs"
					}
					if h := d.possHead(n + boolInt(d.possessiveAt(n))); h < s.t1 && m.ent >= 0 && d.ents[m.ent].typ == TypePerson {
						switch {
						case releaseCallers[g.lemma] && d.toks[h].lower == "release":
							// "demanded Navalny's release", "called for his immediate
							// release": the one to be freed (a pronoun's: the last
							// person held, when it named someone else)
							args = append(args, argument{ment: d.heldFor(t.mention), weak: weak})
							return args, "of", "release", j-g.g1 > 5
						case ousterCallers[g.lemma] && (g.lemma != "call" || prep == "for") && ousterNouns[d.toks[h].lower]:
							// "demanded Heath's resignation", "called for Blunkett's
							// sacking": the one to go, as "the resignation of X"
							return append(args, argument{ment: t.mention, weak: weak}), "of", d.toks[h].lower, j-g.g1 > 5
						}
					}
					if h := d.possHead(hn); m.pronoun && (d.toks[n].text != "'s" || hn > n) && h < s.t1 && sovereignNouns[d.toks[h].lower] && m.ent >= 0 && d.ents[m.ent].typ == TypeGPE {
						weak = true // "interfering in its internal affairs": the state itself
						break
					}
					if h := d.possHead(m.t1); m.pronoun && g.passive && (placePreps[prep] || prep == "at") && h < s.t1 {
						// "was arrested at his home (in Pretoria) on Wednesday by
						// X": past the place to the agent
						k := h + 1
						if k+1 < s.t1 && d.toks[k].lower == "in" {
							if pm := d.toks[k+1].mention; pm >= 0 && d.mentions[pm].t0 == k+1 && d.isPlace(pm) {
								k = d.mentions[pm].t1
							}
						}
						if d.byAgentAfter(si, k) >= 0 {
							j, prep, noun = k-1, "", ""
							continue
						}
					}
					if m.pronoun && m.kind != MentionNominal {
						// "met his Russian counterpart Sergei Lavrov": the name after the title
						k := n
						if d.toks[k].text == "'s" {
							k++
						}
						for k < s.t1 && k < n+5 && d.toks[k].mention < 0 && (d.toks[k].tag == "JJ" || isNoun(d.toks[k].tag) && !isCapital(d.toks[k].text)) {
							k++
						}
						if k > n && k < s.t1 && d.toks[k].mention >= 0 && (titleHeads[d.toks[k-1].lower] || kinNouns[d.toks[k-1].lower] && k == n+1 && lineageVerbs[g.lemma]) {
							// ("succeeded his father Kim Jong-il": the father)
							if om := &d.mentions[d.toks[k].mention]; om.ent >= 0 && d.ents[om.ent].typ == TypePerson {
								j = k - 1
								continue
							}
						}
						if k > n && k+1 < s.t1 && prep != "of" && d.toks[k].text == "," && (d.personNoun(d.toks[k-1].lower) || appositeNouns[d.toks[k-1].lower]) && d.titledPersonAt(k+1) {
							j = k // "criticized his top diplomat, Rex Tillerson"
							continue
						}
						if k < s.t1 && d.toks[k].mention >= 0 && d.mentions[d.toks[k].mention].modifier {
							// "his Russian counterpart Sergei Lavrov": skip the demonym too
							k2 := d.mentions[d.toks[k].mention].t1
							for k2 < s.t1 && k2 < k+8 {
								if t2 := &d.toks[k2]; t2.mention < 0 && (t2.tag == "JJ" || isNoun(t2.tag) && !isCapital(t2.text) || t2.lower == "and" || t2.text == "," && k2+1 < s.t1 && d.toks[k2+1].mention >= 0 && d.mentions[d.toks[k2+1].mention].modifier) {
									k2++
								} else if t2.mention >= 0 && d.mentions[t2.mention].modifier && (d.toks[k2-1].lower == "and" || d.toks[k2-1].text == ",") {
									k2 = d.mentions[t2.mention].t1 // "his Cypriot and French counterparts", "his Greek, Cypriot and French counterparts"
								} else {
									break
								}
							}
							if k2 < s.t1 && d.toks[k2].mention >= 0 && titleHeads[d.toks[k2-1].lower] {
								if om := &d.mentions[d.toks[k2].mention]; om.ent >= 0 && d.ents[om.ent].typ == TypePerson {
									j = k2 - 1
									continue
								}
							}
							if k2+1 < s.t1 && prep != "of" && d.toks[k2].text == "," && (d.personNoun(d.toks[k2-1].lower) || appositeNouns[d.toks[k2-1].lower]) && d.titledPersonAt(k2+1) {
								j = k2 // "met his French counterpart, Jean-Yves Le Drian"
								continue
							}
							if dm := &d.mentions[d.toks[k].mention]; k2 == k+2 && counterpartNouns[d.toks[k2-1].lower] && dm.ent >= 0 && d.ents[dm.ent].typ == TypeGPE && !d.namedAfter(k2-1) {
								// "held talks with his Turkish counterpart": unnamed, the
								// counterpart stands for the state
								return append(args, argument{ment: d.toks[k].mention, weak: true}), prep, noun, j-g.g1 > 5
							}
						}
						if k > n && k+1 < s.t1 && prep == "" && noun == "" && possessionNouns[d.toks[k-1].lower] && d.toks[k].lower == "in" {
							j = n - 1 // "increased his stake in Manchester United": the stake's company
							continue
						}
						if k > n && k+1 < s.t1 && prep == "" && noun == "" && transferNouns[d.toks[k-1].lower] && d.toks[k].lower == "to" {
							j = n - 1 // "completed his move to Bolton": the club moved to
							continue
						}
						if k > n && k+1 < s.t1 && prep == "" && noun == "" && isNoun(d.toks[k-1].tag) && (d.toks[k].tag == "IN" || d.toks[k].tag == "TO") && d.toks[k].lower != "of" && d.toks[k].lower != "from" && d.ownPossessive(si, g, t.mention) {
							j = n - 1 // "expressed his support for X", "offered her condolences to X": the subject's own act
							continue
						}
						if h := d.possHead(n); prep == "" && noun == "" && opinionVerbs[g.lemma] && h < s.t1 && (actionNouns[d.toks[h].lower] || judgedNouns[d.toks[h].lower]) && m.ent >= 0 && !d.ownPossessive(si, g, t.mention) {
							// "Labour and the Tories attacked his policies": the
							// one whose policies they are, another than the subject
							return append(args, argument{ment: t.mention, weak: true}), prep, noun, j-g.g1 > 5
						}
						return nil, "", "", false
					}
					if k := n + 1; k < s.t1 && d.toks[k].mention >= 0 && d.mentions[d.toks[k].mention].ent >= 0 && !d.mentions[d.toks[k].mention].modifier {
						j = k - 1
						continue
					}
					if k := n + 1; k < s.t1 && d.toks[k].titleOf >= 0 && d.toks[k].mention < 0 && d.mentions[d.toks[k].titleOf].ent >= 0 && d.mentions[d.toks[k].titleOf].t0 > k {
						// "sanctions against Iran's Supreme Leader Ali
						// Khamenei": the titled person
						j = d.mentions[d.toks[k].titleOf].t0 - 1
						continue
					}
					if k := d.namedAfterDescription(n + 1); k >= 0 {
						j = k - 1 // "a stake in South Africa's leading retail bank Absa": the bank
						continue
					}
					if k := d.apposedAfterPost(n + 1); k >= 0 && d.ents[m.ent].typ != TypePerson {
						j = k - 1 // "held talks with Kenya's Foreign Minister, Joseph Mutai,": the minister
						continue
					}
					if k := d.apposedAfterPossessed(n + 1); k >= 0 {
						j = d.mentions[k].t0 - 1 // "acquired Australia's largest copper miner - MIM Holdings": the miner
						continue
					}
					if k := n + 1; k < s.t1 && possessionNouns[d.toks[k].lower] && !(accountVerbs[g.lemma] && standingNouns[d.toks[k].lower]) {
						// "buy Alfa-Eco's stake": not Alfa-Eco itself (but
						// "Twitter suspended Trump's account": Trump)
						return nil, "", "", false
					}
					if k := d.possHead(n + 1); k < s.t1 && d.toks[n].text == "'s" && m.ent >= 0 && d.personsTeam(m.ent, d.toks[k].lower) {
						if team := d.ledSide(m.ent); team >= 0 {
							// "Newcastle beat Mourinho's side": Chelsea, whose boss he is
							return append(args, argument{ment: team, weak: true}), prep, noun, j-g.g1 > 5
						}
						return nil, "", "", false // (a side the text names no leader's post for: not the person)
					}
					if k := d.possHead(n + 1); k < s.t1 && !actsThrough(d.toks[k].lower, d.ents[d.mentions[t.mention].ent].typ) && !standingNouns[d.toks[k].lower] && !d.centralBank(t.mention, k) && !(envoyTitles[d.toks[k].lower] && (k == n+1 || k == n+2 && d.toks[n+1].lower == "charge") && !d.namedAfter(k)) && !(g.lemma == "tell" && d.isOrg(t.mention)) {
						// ("told VOA's Studio-7": the broadcaster)
						if !(actionNouns[d.toks[k].lower] && !motionVerbs[g.lemma] && !travelVerbs[g.lemma] && !topicVerbs[g.lemma] && !amountVerbs[g.lemma]) && !(opinionVerbs[g.lemma] && (meritNouns[d.toks[k].lower] || judgedNouns[d.toks[k].lower])) && !sovereignNouns[d.toks[k].lower] && !(prep != "" && (eventNounLemmas[noun] || eventNouns[noun] != "")) && !(probeVerbs[g.lemma] && conductNouns[d.toks[k].lower]) {
							// "bring Finnan's cross down": the object is the cross
							// (but "sanctions on Venezuela's oil industry" target
							// Venezuela; an act stands for its doer unless one
							// moves to it: "return to O'Neill's first-team plans";
							// nor one who changes its amount: "cut Labour's spending plans")
							return nil, "", "", false
						}
						weak = true // "welcomed China's move"
					}
				case (clauseVerbs[g.lemma] || g.lemma == "want" || g.lemma == "like") && (nt.tag == "TO" || d.listThenTo(s, n)) && prep == "" && noun == "":
					// "expected Sony to sell": the name is the subject of what is
					// expected (also "wants Roddick and the rest of his team to play")
					return nil, prep, noun, false
				case clauseVerbs[g.lemma] && prep == "" && d.clauseSubjectPhrase(s, n):
					// "hoped other G8 and European countries would follow
					// suit": the name in the subject of what is hoped
					return nil, prep, noun, false
				case transferVerbs[g.lemma] && prep == "" && noun == "" && (m.pronoun && objectPronouns[d.toks[m.t0].lower] || d.ents[m.ent].typ == TypePerson && !m.pronoun && m.t0 == g.g1 && m.t1-m.t0 >= 2) && d.bareNounAt(n) >= 0:
					// "granted him (political) asylum", "granted Evo Morales
					// asylum": the recipient, then what is given (a name
					// right after the verb, whole: not "selling Rossignol
					// skis", "sold its Christian Lacroix clothing label")
					args = append(args, argument{ment: t.mention, weak: weak})
					return args, "to", d.nounLemma(d.toks[d.bareNounAt(n)].lower), j-g.g1 > 5
				case transferVerbs[g.lemma] && prep == "" && noun == "" && !m.pronoun && (m.t0 == g.g1 || m.t0 == g.g1+1 && honorifics[d.toks[g.g1].lower]) && d.isActor(t.mention) && (determiners[nt.lower] || nt.tag == "PRP$") && d.themeAfter(n) >= 0 && !matchGifts[d.toks[d.themeAfter(n)].lower]:
					// "ESPN sold EA the rights to its branding", "sent
					// Mr Bush his congratulations": the recipient, then the
					// thing given after its article or possessive (not
					// "Fortune gave United the lead": a goal for them)
					args = append(args, argument{ment: t.mention, weak: weak})
					return args, "to", d.nounLemma(d.toks[d.themeAfter(n)].lower), j-g.g1 > 5
				case d.modifiesNoun(m):
					// "talking to Real Madrid sporting director Emilio Butragueno": the person
					k := m.t1
					for k < s.t1 && k < m.t1+4 && d.toks[k].mention < 0 && !isCapital(d.toks[k].text) && (titleMods[d.toks[k].lower] || titleHeads[d.toks[k].lower] || orgCues[d.toks[k].lower] || d.toks[k].tag == "JJ" || isNoun(d.toks[k].tag)) {
						k++ // ("told fellow WorldCom board member Bert Roberts", "Wolves caretaker boss Stuart Gray")
					}
					if k > m.t1 && k < s.t1 && (titleHeads[d.toks[k-1].lower] || orgCues[d.toks[k-1].lower]) && d.toks[k].mention >= 0 {
						// ("bought US rival Grey Global": the rival)
						if pm := &d.mentions[d.toks[k].mention]; pm.ent >= 0 && (d.ents[pm.ent].typ == TypePerson || d.ents[pm.ent].typ == TypeOrg && (relationNouns[d.toks[k-1].lower] || orgCues[d.toks[k-1].lower])) {
							j = k - 1
							continue
						}
					}
					if h := d.possHead(m.t1); h < s.t1 && summitVerbs[g.lemma] && prep == "" && summitNouns[d.toks[h].lower] && d.ents[m.ent].typ == TypeOrg {
						break // "hosted the G7 summit", "attended the NATO summit": the body's meeting
					}
					if h := d.possHead(m.t1); h < s.t1 && siteVerbs[g.lemma] && prep == "" && militarySites[d.toks[h].lower] && d.ents[m.ent].typ == TypeGPE && !d.x.gaz.IsCapital(d.mtext(m)) {
						break // "attacked an Israeli army checkpoint", "a US military convoy": the state's
					}
					if h := d.possHead(m.t1); h < s.t1 && d.orgNamedAfter(h) {
						j = h // "by US stock market regulator the SEC": the body named
						continue
					}
					if h := d.possHead(m.t1); h < s.t1 && (actsThrough(d.toks[h].lower, d.ents[m.ent].typ) || envoyTitles[d.toks[h].lower] && d.ents[m.ent].typ == TypeGPE && !d.namedAfter(h)) && d.ents[m.ent].typ != TypePerson && !d.x.gaz.IsCapital(d.mtext(m)) {
						break // "met Houthi negotiators", "shelled Israeli positions", "summoned the US ambassador": the group or envoy stands for its side (not "the Lisbon targets")
					}
					if h := d.possHead(m.t1); h < s.t1 && actionNouns[d.toks[h].lower] && (opinionVerbs[g.lemma] && prep == "" || doVerbs[g.lemma] && prep == "on" && opinionVerbs[noun]) && d.ents[m.ent].typ != TypePerson {
						weak = true // "attacked Tory plans": the Tories, through their plans
						break
					}
					if h := d.possHead(m.t1); h+2 < s.t1 && prep == "" && d.toks[h+1].text == "," && d.appositeNoun(d.nounLemma(d.toks[h].lower)) && d.namedInApposition(h+2) {
						j = h + 1 // "killed a Taliban commander, Mullah Omar": the person
						continue
					}
					if h := d.possHead(m.t1); h+1 < s.t1 && tellVerbs[g.lemma] && prep == "" && noun == "" && d.finiteAt(h+1) {
						break // "told the BBC progress had been made": the BBC is told; the noun starts what
					}
					if h := d.possHead(m.t1); h < s.t1 && constituencyNouns[d.toks[h].lower] && seatVerbs[g.lemma] && prep == "" && placeType(d.ents[m.ent].typ) && (h+1 == s.t1 || d.toks[h+1].lower != "of") {
						break // "won the Folkestone & Hythe seat": the constituency named (not "holds the western Sydney seat of Carrington")
					}
					// "the EU budget": the object is the budget
					return nil, "", "", false
				case (isVerb(nt.tag) && nt.tag != "VBG" && nt.tag != "VBN" || nt.tag == "MD") && nt.mention < 0 && !d.nounInfinitive(g) && (clauseVerbs[g.lemma] || sayVerbs[g.lemma] || nt.tag == "MD" || nt.tag == "VBZ" || nt.tag == "VBP" || m.t0 == g.g1 || m.title0 > s.t0 && reportNouns[d.toks[m.title0-1].lower] || prep == "" && d.relativeAfterNoun(m)):
					// ("rejected the idea Mr X posed a threat": the subject of the idea;
					// "inherit the problems Vogts had": of a relative clause)
					// "said Britain had to", "hoped China would": subject of a clause
					// (but "a proposal from the US aimed at": a reduced relative)
					return nil, "", "", false
				case nt.text == "," && (clauseVerbs[g.lemma] || sayVerbs[g.lemma] || denyVerbs[g.lemma]) && d.verbAfterApposition(s, n):
					// "denied Mr Yeo, his transport spokesman, said the plans
					// stink": the subject of the denied clause
					return nil, "", "", false
				}
			}
			if prep == "" && noun != "" && nounAt == m.t0-1 && (describedOrgCues[noun] || d.personNoun(noun) || professionNouns[noun]) && !eventNounLemmas[noun] {
				noun = "" // "told the Arab TV channel Sky News": the noun describes the name
			}
			args = append(args, argument{ment: t.mention, weak: weak})
			args = append(args, d.coordRight(si, m)...)
			if m.kind == MentionDemonym {
				args = append(args, d.includedNames(si, m.t1)...)
			}
			if last := &d.mentions[args[len(args)-1].ment]; len(args) > 1 && d.modifiesNoun(last) {
				// "operates the Amsterdam, Brussels and Paris exchanges": all modify the noun
				return nil, prep, noun, false
			}
			return args, prep, noun, j-g.g1 > 5
		}
		switch {
		case t.lower == "set" && j > g.g1 && j+1 < s.t1 && d.toks[j+1].lower == "in":
			// "star in a film about a robbery set in India": the story's
			// setting, whatever the tagger made of "set"
			return nil, "", "", false
		case (t.tag == "VBN" || t.tag == "VBD") && prep == "" && noun != "" && nounAt == j-1 && judgeVerbs[g.lemma] && !g.passive && d.doneBy(j) > j:
			// "criticized the bill passed by the US Congress", "condemned
			// the raid carried out by X": the act's doer (judgedAgent)
			j = d.doneBy(j) - 1
		case isVerb(t.tag) && !(t.tag == "VBN" || t.tag == "VBG") || t.tag == "MD":
			return nil, "", noun, false
		case t.tag == "VBN" && prep == "" && noun != "" && nounAt == j-1 && sendVerbs[g.lemma] && j+2 < s.t1 && d.toks[j+1].lower == "with" && d.loadEnd(s, j+2) > 0:
			// "sending planes loaded with weapons to an airport in Tripoli":
			// the load describes what is sent, the destination follows
			j = d.loadEnd(s, j+2) - 1
		case t.lower == "such" && j+1 < s.t1 && d.toks[j+1].lower == "as" && prep == "" && noun != "" && (orgCues[noun] || describedOrgCues[noun]) && dealVerbs[g.lemma] && !g.passive:
			// "bought firms such as Ogilvy & Mather": the named ones
			j++
			noun, nouns = "", 0
			continue
		case t.text == "," && j+2 < s.t1 && d.toks[j+1].lower == "including" && prep == "" && tradeMeasures[noun] && d.personNounLike(d.nounLemma(d.toks[j-1].lower)) && d.prepBefore(s, j-1, g.g1) != "":
			// "imposed sanctions on three officials, including X and Y":
			// the measure on each named member
			prep = d.prepBefore(s, j-1, g.g1)
			j++
			nouns = 0
			continue
		case (t.text == "," && j+1 < s.t1 && d.toks[j+1].lower == "including" || t.lower == "including") && (prep == "" || prep == "by" && g.passive) && noun != "" && (d.personNoun(noun) || crowdNouns[noun] || plainPersonNouns[noun]):
			// "detained several opposition leaders, including Morgan
			// Tsvangirai": the named members of the group; "recognised by
			// fifty countries, including the United States": its named
			// members did it
			if t.text == "," {
				j++
			}
			noun, nouns = "", 0
			continue
		case t.text == "," && j > g.g1 && placeNouns[d.toks[j-1].lower] && j+1 < s.t1 && d.toks[j+1].mention >= 0 && prep == "":
			// "captured the capital, Sanaa": the place named after the noun
			noun = ""
			continue
		case t.text == "," && j > g.g1 && describedOrgCues[d.toks[j-1].lower] && j+1 < s.t1 && d.isOrg(d.toks[j+1].mention) && d.mentions[d.toks[j+1].mention].t0 == j+1 && !d.ownedBetween(d.phraseStart(g.g1, j), j):
			// "urging telecoms regulator, Ofcom, to", "settled its dispute
			// with the German firm, Siemens": the organisation named after
			// the noun (not "its regulator, Ofcom")
			if prep == "" {
				noun = ""
			}
			continue
		case t.text == "," && j > g.g1 && prep != "of" && (d.personNoun(d.toks[j-1].lower) && !isCapital(d.toks[j-1].text) || prep == "" && noun != "" && nounAt == j-1 && d.appositeNoun(noun)) && j+1 < s.t1 && d.namedInApposition(j+1):
			// "criticized his top diplomat, Rex Tillerson", "met his
			// counterparts, A, B and C", "executed a British citizen, Ali
			// Ansari": the people named after the noun (not "met a senior
			// aide, Tom Fenn said")
			noun, nouns = "", 0
			continue
		case t.text == "," && (prep == "on" || prep == "in" || prep == "") && noun == "" && j+1 < s.t1 && (d.toks[j+1].tag == "IN" || d.toks[j+1].tag == "CD") && d.dateBefore(g.g1, j):
			// "was born on Feb. 5, 1907, in Portland": past the date to
			// the place
			prep = ""
			continue
		case t.text == "," || t.text == ";" || t.text == ":" || t.text == "." || t.lower == "that" || t.lower == "which" || t.lower == "who" || t.lower == "because" || t.lower == "while" || t.lower == "if" || concessives[t.lower] || t.tag == "WRB" || t.tag == "WP" || t.tag == "WDT" || t.lower == "whether" || dashes[t.text] && j+1 < s.t1 && (subordinators[d.toks[j+1].lower] || d.toks[j+1].tag == "CC"):
			// "recalls how Bill Clinton advised him", "backed the plans although
			// Michael Howard was forced to": a clause, not an object ("to end terror attacks - though he acknowledged")
			return nil, prep, noun, false
		case dashes[t.text] && j > g.g1 && j+1 < s.t1 && t.start > d.toks[j-1].end && d.toks[j+1].start > t.end && d.clauseAfterDash(s, j+1):
			// "decide whether to start entry talks - Turkey's economic
			// leaders have", "drove home their advantage - Thompson
			// whipped in a corner": a new clause after a spaced dash (not
			// "suing four companies - Gazprom, ...": the list it names)
			return nil, prep, noun, false
		case (t.lower == "both" || t.lower == "either") && prep != "" && j+1 < s.t1 && d.toks[j+1].mention >= 0:
			// "talks with both Iraq and Afghanistan"
		case t.tag == "CC":
			return nil, "", noun, false // ("signed an agreement on trade and agreed": the noun stays for reciprocals)
		case (t.tag == "IN" || t.tag == "TO") && prepositions[t.lower] && t.lower == "of" && j > g.g1 && (d.toks[j-1].lower == "instead" || d.toks[j-1].lower == "because" || d.toks[j-1].lower == "ahead" || d.toks[j-1].lower == "regardless"):
			// "instead of Ian Gough": not the other party
			return nil, prep, noun, false
		case t.lower == "to" && j > g.g1 && complexPrepHeads[d.toks[j-1].lower]:
			// "cut ties in response to the Israeli offensive", "according
			// to X": a circumstance, not the other party
			return nil, prep, noun, false
		case t.lower == "of" && prep == "" && nounAt == j-1 && (noun == "%" || noun == "percent" || noun == "cent") && stakeVerbs[g.lemma]:
			// "owns 8% of Google": a stake in it
			if m := d.toks[d.skipThe(s, j+1)].mention; m >= 0 && d.possessiveAt(d.mentions[m].t1) && d.toks[d.mentions[m].t1+1].mention < 0 {
				h := d.possHead(d.mentions[m].t1 + 1)
				if h >= s.t1 || !stakeNouns[d.toks[h].lower] && !unitNouns[d.toks[h].lower] && d.toks[h].lower != "stock" && d.toks[h].lower != "equity" || d.wordBetween(d.mentions[m].t1, h, "former") {
					// "buys 90 per cent of Iran's exported crude": a share of
					// its goods (not "of Fiat's auto division"; "of Yukos'
					// former oil production unit" is no longer Yukos')
					return nil, prep, noun, false
				}
			}
			noun, prep = "stake", "in"
		case (t.tag == "CD" || isAmount(t.text)) && (prep == "on" || prep == "against") && tradeMeasures[noun] && j+1 < s.t1 && (d.toks[j+1].lower == "of" || d.toks[j+1].lower == "worth" && j+2 < s.t1 && d.toks[j+2].lower == "of"):
			// "raised tariffs on $200bn (worth) of Chinese goods": past the amount
			j++
			if d.toks[j].lower == "worth" {
				j++
			}
		case t.lower == "of" && prep == "" && nounAt == j-1 && quantityNouns[noun]:
			// "detained dozens of MDC leaders": the count is no object
			noun, nouns = "", 0
		case t.lower == "of" && prep == "" && nounAt == j-1 && memberNouns[noun] && j+1 < s.t1 && d.isOrg(d.toks[d.skipThe(s, j+1)].mention) && !d.ownedBetween(d.phraseStart(g.g1, j), j):
			// "arrested 15 suspected members of the Islamic State group":
			// the group through its members (not "its members of staff")
			noun, nouns = "", 0
		case t.lower == "of" && prep == "" && nounAt == j-1 && placeKindNouns[noun] && j+1 < s.t1 && d.isPlace(d.toks[j+1].mention):
			// "captured the village of Qusair": the place itself
			noun, nouns = "", 0
		case (t.lower == "one" || t.tag == "CD") && prep == "" && noun == "" && j == g.g1 && j+1 < s.t1 && d.toks[j+1].lower == "of" && t.mention < 0:
			// "lost one of its two London Assembly members": a member of
			// what follows, not the whole
			return nil, "", "", false
		case partitiveNouns[t.lower] && prep == "" && (noun == "" || nounAt == j-1 && d.toks[j-1].tag == "JJ") && j+1 < s.t1 && d.toks[j+1].lower == "of" && t.mention < 0:
			// "controls large parts of Afghanistan", "seized much of
			// Crimea": the place itself
			noun, nouns = "", 0
			j++
		case t.lower == "than" && prep != "" && noun == "" && j > g.g1 && (d.toks[j-1].lower == "more" || d.toks[j-1].lower == "fewer" || d.toks[j-1].lower == "less"):
			// "by more than fifty countries": a count, the preposition stays
		case t.lower == "from" && (prep == "on" || prep == "against") && tradeMeasures[noun] && j > g.g1 && d.goodsFrom(s, j-1) == j:
			// the goods' country, after the goods (above)
		case (t.tag == "IN" || t.tag == "TO") && prepositions[t.lower]:
			prep = t.lower
			if prep == "over" && j > g.g1 && winNouns[d.toks[j-1].lower] {
				prep = "against" // "played in the FA Cup win over Colchester": the side played against
			}
		case t.tag == "IN" || t.tag == "TO":
			// a word the tagger took for a preposition ("winner/IN")
		case isNoun(t.tag):
			if d.amountWord(g.g1, j) && prep == "" && noun == "" {
				continue // "invest 2bn euros in X": an amount, no noun of the relation
			}
			if d.isTitleWord(t.lower) && isCapital(t.text) || titleHeads[t.lower] && j+1 < s.t1 && (d.toks[j+1].mention >= 0 || d.proper(j+1)) {
				// "met music executive Jordan Bratman": part of the name's title
				continue
			}
			if e := d.lowerPostAfter(s, j); e > j+1 && d.personAt(e) {
				j = e - 1 // "with his rival, militia chief Peter Lokwang": the post's holder
				continue
			}
			if t.lower == "time" && j == g.g1 && (g.lemma == "call" || g.lemma == "run") {
				return nil, "", "", false // "called time on England": retired from it; "ran out of time"
			}
			if e := d.unknownNameEnd(s, j); prep == "" && noun == "" && e > j+1 && e+1 < s.t1 && d.toks[e].lower == "of" {
				return nil, "", "", false // "defeated Jan Hernych of the Czech Republic": a name the recogniser missed, not the place
			}
			if timeNouns[t.lower] && !d.describedTime(j) || isProperTag(t.tag) {
				continue
			}
			if (prep == "to" || prep == "into") && destNouns[t.lower] && j+2 < s.t1 && (d.toks[j+1].lower == "in" || d.toks[j+1].lower == "near") && (sendVerbs[g.lemma] || motionVerbs[g.lemma] || travelVerbs[g.lemma]) {
				// "sending planes to an airport in Tripoli", "flew to a base
				// near Kabul": the place the site is in
				if p := d.placeAt(d.skipThe(s, j+2)); p >= 0 && d.mentions[p].kind == "" && (d.ents[d.mentions[p].ent].typ == TypeGPE || d.ents[d.mentions[p].ent].typ == TypeLoc) {
					return append(args, argument{ment: p}), prep, "", j-g.g1 > 5
				}
			}
			pl := j + 2 // the place after the preposition, past "the" and a compass word ("in northern Iraq")
			site := (siteNouns[t.lower] || attackSites[t.lower]) && siteVerbs[g.lemma] && prep == ""
			if site && pl+1 < s.t1 && d.toks[j+1].lower == "in" {
				if d.toks[pl].lower == "the" {
					pl++
				}
				if compassWords[d.toks[pl].lower] && pl+1 < s.t1 {
					pl++
				}
				if pl+2 < s.t1 && placeKindNouns[d.toks[pl].lower] && d.toks[pl+1].lower == "of" {
					pl += 2 // "a hospital in the city of Kunduz"
				}
			}
			if om := d.envoysBody(s, j); om >= 0 {
				// "will meet officials from Cricket Ireland", "met
				// representatives of Hamas", "officials from the IMF": the
				// body's envoys stand for it
				args = append(args, argument{ment: om})
				args = append(args, d.coordRight(si, &d.mentions[om])...)
				return args, prep, noun, j-g.g1 > 5
			}
			if pl < s.t1 && (groupNouns[t.lower] && (d.toks[j+1].lower == "in" || d.toks[j+1].lower == "of") || envoyNouns[t.lower] && d.toks[j+1].lower == "from" || site && d.toks[j+1].lower == "in") && d.toks[pl].mention >= 0 {
				// ("met with officials from China": China's officials; not
				// "withdraw troops from Syria")
				// "pressure on the regime in Pyongyang": the regime stands for the place
				if gm := &d.mentions[d.toks[pl].mention]; gm.ent >= 0 && (d.ents[gm.ent].typ == TypeGPE || d.ents[gm.ent].typ == TypeLoc && site) && !d.otherNationality(j-1, gm.ent) {
					// ("struck targets in Gaza": a region's sites too;
					// "expelled diplomats from Sweden, Poland and Germany":
					// each)
					args = append(args, argument{ment: d.toks[pl].mention})
					args = append(args, d.coordRight(si, gm)...)
					if prep == "" && strikeNouns[t.lower] && d.toks[j+1].lower == "in" {
						return args, "in", d.nounLemma(t.lower), j-g.g1 > 5 // "led airstrikes in Yemen": where they strike
					}
					if prep == "" && stationedNouns[t.lower] && d.toks[j+1].lower == "in" && (g.lemma == "have" || g.lemma == "keep" || g.lemma == "maintain") {
						return args, "in", t.lower, j-g.g1 > 5 // "Ethiopia, which has troops in Somalia": where its forces are, not Somalia had
					}
					return args, prep, noun, j-g.g1 > 5
				}
			}
			if k := d.nounRunEnd(s, j); prep != "" && (!eventNounLemmas[d.x.lem.Lemma(t.lower)] || k > j+1 && (orgCues[d.toks[k-1].lower] || describedOrgCues[d.toks[k-1].lower])) {
				// ("a stake in power firm NTPC": a description ending in a
				// company noun, whatever its first word)
				if k < s.t1 && (d.toks[k].mention >= 0 || d.proper(k)) {
					if m := d.toks[k].mention; m >= 0 && d.mentions[m].t0 == k && d.mentions[m].t1 < s.t1 && d.finiteAt(d.mentions[m].t1) {
						// "as he bore down on goal Linvoy Primus got in a
						// tackle": the name opens the next clause
						return nil, "", "", false
					}
					j = k - 1
					continue // "worked with javelin thrower Steve Backley": a description of the name
				}
			}
			if prep == "" && envoyTitles[t.lower] && j+2 < s.t1 && d.toks[j+1].lower == "of" && d.countryRef(d.toks[j+2].mention) && d.mentions[d.toks[j+2].mention].t0 == j+2 && !d.namedAfter(d.mentions[d.toks[j+2].mention].t1-1) {
				// "summoned the ambassador of Israel": the state's envoy
				// stands for the state
				return append(args, argument{ment: d.toks[j+2].mention}), prep, "", j-g.g1 > 5
			}
			if prep == "by" && noun == "" && j+2 < s.t1 && (d.pastFollowers(j) != j || envoyNouns[t.lower] && (d.toks[j+1].lower == "of" || d.toks[j+1].lower == "from")) {
				j++ // "was kidnapped by members of the Taliban": the body's act
				continue
			}
			if prep == "by" && g.passive && j+2 < s.t1 && (d.toks[j+1].text == "," && d.toks[j+2].lower == "including" || d.toks[j+1].lower == "including") && (d.personNoun(d.nounLemma(t.lower)) || crowdNouns[d.nounLemma(t.lower)]) {
				noun, nounAt = d.nounLemma(t.lower), j // "recognised by fifty countries, including X"
				continue
			}
			if k := d.goodsFrom(s, j); (prep == "on" || prep == "against") && tradeMeasures[noun] && k > 0 {
				j = k - 1 // "imposed tariffs on steel from Canada": the goods' country
				continue
			}
			if placePreps[prep] && placeKindNouns[t.lower] && j+2 < s.t1 && d.toks[j+1].lower == "of" && d.isPlace(d.toks[j+2].mention) {
				j++ // "was born in the city of Marash": the place itself
				continue
			}
			if placePreps[prep] && noun == "" && (t.tag == "JJ" || t.tag == "NN") && t.mention < 0 && j+3 < s.t1 && placeKindNouns[d.toks[j+1].lower] && d.toks[j+2].lower == "of" && d.isPlace(d.toks[j+3].mention) {
				continue // "born in the lakeside city of Pokhara": the place's epithet
			}
			if prep == "for" && noun == "" && g.passive {
				k := j
				for k+1 < s.t1 && (isNoun(d.toks[k+1].tag) || d.toks[k+1].tag == "JJ") && d.toks[k+1].mention < 0 && !isCapital(d.toks[k+1].text) {
					k++
				}
				if k+1 < s.t1 && reasonEnds[d.toks[k+1].lower] {
					// "was sued for libel by X", "was arrested for drug
					// offences in Chiapas": the reason, then the agent or the
					// place
					prep, j = "", k
					continue
				}
			}
			if prep != "" && prep != "for" && j+1 < s.t1 && (d.toks[j+1].text == "'s" || d.toks[j+1].text == "'" && strings.HasSuffix(t.lower, "s") || homageNouns[noun] && legacyNouns[t.lower] && d.toks[j+1].lower == "of") {
				j++ // "paid tribute to the film's director X", "to the legacy of X": the phrase goes on to the one honoured
				continue
			}
			if k := j + 1; prep == "by" && k+1 < s.t1 && d.toks[k].tag == "NN" && d.toks[k].mention < 0 && isLowerWord(d.toks[k].text) && d.toks[k+1].text == "'s" {
				j = k + 1 // "by world football's governing body Fifa": a compound possessor, the phrase goes on to the agent
				continue
			}
			if prep != "" && prep != "for" && !eventNounLemmas[d.x.lem.Lemma(t.lower)] {
				// "spoke by phone with X": a manner phrase, not the object;
				// but "based his comments on the months of X": X belongs to the noun
				if j+1 < s.t1 && (d.toks[j+1].lower == "of" || d.toks[j+1].lower == "with" && (t.lower == "border" || t.lower == "borders")) {
					return nil, "", "", false // (nor "massed on the border with Ukraine")
				}
				if j+1 < s.t1 && prep == "with" && (d.toks[j+1].lower == "from" || d.toks[j+1].lower == "by" && !g.passive) {
					return nil, "", "", false // "won with a goal from X": X scored it
				}
				if j+1 < s.t1 && journeyNouns[d.nounLemma(t.lower)] && (d.toks[j+1].lower == "from" || d.toks[j+1].lower == "to") {
					return nil, "", "", false // "fell ill on a flight from Tomsk": the journey's places
				}
				if prep == "against" && noun != "" {
					return nil, "", "", false // "launched action against a venture from Easyjet's founder": the target goes unnamed
				}
				prep = ""
				for j+1 < s.t1 && (isNoun(d.toks[j+1].tag) || d.toks[j+1].tag == "JJ") && d.toks[j+1].mention < 0 && !isCapital(d.toks[j+1].text) && d.toks[j+1].lower != "set" {
					j++ // the rest of that phrase ("on cross-border trade")
				}
				continue
			}
			if prep == "" && noun != "" && j > g.g1 && nounAt == j-1 && d.toks[j-1].mention < 0 {
				noun = d.nounLemma(t.lower) // "joint air drills": the last noun heads the phrase
				nounAt = j
				continue
			}
			if prep == "by" && noun == "" && (t.tag == "NNS" || professionNouns[t.lower]) && !teamMateNouns[d.nounLemma(t.lower)] && d.personAt(j+1) {
				continue // "founded by former Google researchers A and B", "by the late businessman X": the agents' description
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
			if prep == "" && noun != "" && nounAt == j-1 && (t.tag == "VBG" || t.tag == "VBN") && reciprocalNouns[noun] {
				return nil, "", noun, false // "signed five agreements covering energy": the noun, then what describes it
			}
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

// envoysBody returns the organisation whose envoys the plural noun at
// token j names ("officials from the IMF", "representatives of Hamas"),
// or -1.
func (d *doc) envoysBody(s *sent, j int) int {
	t := &d.toks[j]
	if !envoyNouns[t.lower] || t.tag != "NNS" || j+2 >= s.t1 || d.toks[j+1].lower != "from" && d.toks[j+1].lower != "of" {
		return -1
	}
	k := d.skipThe(s, j+2)
	if om := d.mentionAt(k, s); om >= 0 && d.mentions[om].t0 == k && d.isOrg(om) && !d.mentions[om].modifier {
		return om
	}
	return -1
}

// includedNames: after a people's group that ends before token k ("six
// Russian officials"), ", including X (and Y)" names members the act
// reaches too ("sanctions on six Russian officials, including Alexander
// Bortnikov"); their arguments, or none.
func (d *doc) includedNames(si, k int) []argument {
	s := &d.sents[si]
	for k < s.t1 && d.toks[k].mention < 0 && (isNoun(d.toks[k].tag) || d.toks[k].tag == "JJ") && !isCapital(d.toks[k].text) {
		k++
	}
	if k+2 >= s.t1 || d.toks[k].text != "," || d.toks[k+1].lower != "including" {
		return nil
	}
	mi := d.toks[k+2].mention
	if mi < 0 || d.mentions[mi].t0 != k+2 || d.mentions[mi].ent < 0 || d.mentions[mi].modifier || d.ents[d.mentions[mi].ent].typ != TypePerson {
		return nil
	}
	return append([]argument{{ment: mi}}, d.coordRight(si, &d.mentions[mi])...)
}

// amountWord: token j, after token g1, is a word of an amount of money: a
// currency after a number or a unit ("2bn euros"), a unit before a
// currency or after a currency's number ("$500m"; not "landed 17.30m").
func (d *doc) amountWord(g1, j int) bool {
	t := &d.toks[j]
	if j <= g1 || !moneyWords[t.lower] {
		return false
	}
	prev := &d.toks[j-1]
	if !amountUnits[t.lower] {
		return prev.tag == "CD" || amountUnits[prev.lower]
	}
	if prev.tag != "CD" {
		return false
	}
	if n := j + 1; n < len(d.toks) && d.toks[n].sent == t.sent && moneyWords[d.toks[n].lower] && !amountUnits[d.toks[n].lower] {
		return true // "260bn roubles"
	}
	return j-2 >= g1 && (d.toks[j-2].tag == "$" || isCurrency(d.toks[j-2].text))
}

// dealModifier: mention mi, a company or a person, stands right before a
// deal or an offer that verb group g makes ("agreed a Guidant deal",
// "made a Fox offer") or a warning it issues ("issues Lehmann warning"):
// the noun and the preposition of its other party ("deal", "with";
// "offer", "for"; "warning", "to"), or "".
func (d *doc) dealModifier(g *vgroup, mi int) (string, string) {
	m := &d.mentions[mi]
	if !makeDealVerbs[g.lemma] && !issueVerbs[g.lemma] || g.passive || m.pronoun || m.t1 >= d.sents[m.sent].t1 {
		return "", ""
	}
	if t := d.argType(argument{ment: mi}); t != TypeOrg && t != TypePerson {
		return "", ""
	}
	n := d.nounLemma(d.toks[m.t1].lower)
	if k := m.t1 + 1; k < d.sents[m.sent].t1 && (isNoun(d.toks[k].tag) || d.toks[k].mention >= 0) {
		return "", "" // ("a Fox offer document")
	}
	if issueVerbs[g.lemma] {
		if n == "warning" || n == "ultimatum" {
			return n, "to" // "Klinsmann issues Lehmann warning"
		}
		return "", ""
	}
	switch n {
	case "deal", "merger", "partnership", "alliance", "tie-up":
		return n, "with"
	case "offer", "bid", "takeover", "approach":
		return n, "for"
	}
	return "", ""
}

// issueVerbs give a warning or an ultimatum to its addressee.
var issueVerbs = set("issue", "give", "send", "deliver")

// makeDealVerbs make, agree or improve a deal or an offer.
var makeDealVerbs = set("agree", "sign", "make", "launch", "table", "seal", "strike", "clinch", "complete", "finalise", "finalize", "announce", "submit", "lodge", "raise", "improve", "sweeten", "unveil", "close")

// journeyNouns go from one place to another: the places after them are
// the journey's, not the verb's.
var journeyNouns = set("flight", "journey", "trip", "voyage", "train", "bus", "ferry", "drive", "ride", "route")

// nounRunEnd returns the token after the lower-case nouns from token j,
// at most four.
func (d *doc) nounRunEnd(s *sent, j int) int {
	k := j + 1
	for k < s.t1 && k < j+4 && isNoun(d.toks[k].tag) && !isCapital(d.toks[k].text) && d.toks[k].mention < 0 {
		k++
	}
	return k
}

// doneBy returns the "by" after the participle at token j, maybe past a
// particle ("passed by", "carried out by"), or -1.
func (d *doc) doneBy(j int) int {
	s := &d.sents[d.toks[j].sent]
	k := j + 1
	if k < s.t1 && adverbParticles[d.toks[k].lower] {
		k++
	}
	if k+1 < s.t1 && d.toks[k].lower == "by" {
		return k
	}
	return -1
}

// bareNounAt returns the common noun at token k, maybe after an
// adjective, with no article ("asylum", "political asylum"), or -1.
func (d *doc) bareNounAt(k int) int {
	s := &d.sents[d.toks[k].sent]
	if k+1 < s.t1 && (d.toks[k].tag == "JJ" || d.toks[k].tag == "JJS" || d.toks[k].tag == "JJR") && d.toks[k].mention < 0 {
		k++
	}
	if t := &d.toks[k]; isNoun(t.tag) && !isCapital(t.text) && t.mention < 0 && !prepositions[t.lower] && !nonArgPreps[t.lower] {
		return k // (not "sell Steven Gerrard amid/NN reports")
	}
	return -1
}

// themeAfter returns the bare noun after the article or possessive at
// token n, past an opening quote ("his \"warmest congratulations\""), or
// -1.
func (d *doc) themeAfter(n int) int {
	s := &d.sents[d.toks[n].sent]
	k := n + 1
	if k < s.t1 && isQuote(d.toks[k].text) {
		k++
	}
	if k >= s.t1 {
		return -1
	}
	return d.bareNounAt(k)
}

// matchGifts are what a player's goal gives a side ("gave United the
// lead"), no thing handed over.
var matchGifts = set("lead", "start", "lifeline", "chance", "advantage", "win", "victory", "penalty", "edge", "cushion", "boost")

// appealVerbs ask something of someone: "wrote to X demanding".
var appealVerbs = set("demand", "call", "ask", "urge", "request", "seek", "appeal", "beg")

// nounLemma is the singular of a noun; a noun in -ing stays a noun
// ("meeting", not "meet").
func (d *doc) nounLemma(w string) string {
	if strings.HasSuffix(w, "ings") && len(w) > 6 {
		return w[:len(w)-1]
	}
	if strings.HasSuffix(w, "ing") && len(w) > 5 || pluralOnly[w] {
		return w
	}
	return d.x.lem.Lemma(w)
}

// pluralOnly nouns mean something else in the singular ("goods", not "good").
var pluralOnly = set("goods", "damages", "earnings", "savings", "proceeds")

// centralBank: the noun at token k, after country mention m's
// possessive, is its central bank, which stands for the state ("sanctioned
// Iran's central bank").
func (d *doc) centralBank(m, k int) bool {
	return d.mentions[m].ent >= 0 && d.ents[d.mentions[m].ent].typ == TypeGPE && d.toks[k].lower == "bank" && d.toks[k-1].lower == "central"
}

// probeVerbs examine a party's conduct; conductNouns are the conduct
// ("investigating Fannie Mae's accounting": Fannie Mae is investigated).
var (
	probeVerbs   = set("investigate", "probe", "examine", "audit", "scrutinise", "scrutinize", "review", "question")
	conductNouns = set("accounting", "accounts", "books", "finances", "dealings", "conduct", "practices", "activities",
		"role", "spending", "records", "lending", "trading", "bookkeeping", "payments", "transactions", "affairs")
)

// sovereignNouns after a possessive stand for the state that owns them:
// "interfering in Libya's internal affairs", "violated Pakistan's airspace".
var sovereignNouns = set("affairs", "airspace", "territory", "waters", "sovereignty", "soil", "borders", "border")

// memberNouns are a group's people, who stand for it after "of".
var memberNouns = set("member", "members", "supporter", "supporters", "militant", "militants", "fighter", "fighters", "activist", "activists")

// quantityNouns count what follows "of" (as nounLemma gives them).
var quantityNouns = set("dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores", "number",
	"handful", "couple", "million", "millions", "billion", "billions", "tonne", "tonnes", "ton", "tons", "barrel",
	"barrels", "worth", "amount", "amounts", "quantity", "quantities", "volume", "volumes")

// actorAt reports whether the name starting at token k is an
// organisation's or a person's.
func (d *doc) actorAt(k int) bool {
	t := d.ents[d.mentions[d.toks[k].mention].ent].typ
	return t == TypeOrg || t == TypePerson
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
		if c != "and" && c != "," && c != "or" && !d.asWellAs(s, j) {
			break
		}
		if e := d.appositionEnd(s, j); c == "," && e > j && e+1 < s.t1 && d.toks[e+1].lower == "and" {
			j = e // "Kestrel Maritime, a Limassol-based shipping company, and its chairman X": past the description
			continue
		}
		if c == "," && len(out) == 0 && j+1 < s.t1 && (d.toks[j+1].lower == "and" || d.toks[j+1].lower == "or" || d.asWellAs(s, j+1)) && d.inCommaRelative(s, m.t0) {
			break // "Jack Ruby, who killed Oswald, and Jim Bakker": the comma closes the clause
		}
		k := j + 1
		switch {
		case d.asWellAs(s, j):
			k = j + 3 // "Japan as well as South Korea"
		case d.asWellAs(s, k):
			k += 3 // "Aung San Suu Kyi, as well as President Win Myint"
		case k < s.t1 && (d.toks[k].lower == "and" || d.toks[k].lower == "or"):
			k++
		}
		if k+1 < s.t1 && d.toks[k].lower == "the" && d.toks[k+1].mention >= 0 {
			k++ // "Egypt and the United Arab Emirates"
			if e := d.mentions[d.toks[k].mention].t1; c == "," && k == j+2 && e < s.t1 && isNoun(d.toks[e].tag) && isLowerWord(d.toks[e].text) {
				break // "the Tax Office, the U.S. agency involved in": an apposition, no second party
			}
		}
		if k+2 < s.t1 && (d.toks[k].lower == "its" || d.toks[k].lower == "their") && d.toks[k+1].mention < 0 && d.isTitleWord(d.toks[k+1].lower) {
			k++ // "sanctions on Kestrel Maritime and its chairman Andreas Petrakis": the holder, not the possessor again
		}
		// skip the title of the next name
		for k < s.t1 && d.toks[k].mention < 0 && d.isTitleWord(d.toks[k].lower) {
			k++
		}
		if k+1 < s.t1 && d.toks[k].lower == "the" {
			// "Iran and the shipping company Sinokor": the organisation
			// described before its name
			if n := d.namedAfterDescription(k + 1); n >= 0 && orgCues[d.toks[n-1].lower] && d.isOrg(d.toks[n].mention) {
				k = n
			}
		}
		if k >= s.t1 || d.toks[k].mention < 0 {
			break
		}
		mm := &d.mentions[d.toks[k].mention]
		if mm.ent < 0 || mm.modifier || mm.t1 < s.t1 && d.toks[mm.t1].text == "'s" || d.modifiesNoun(mm) {
			break
		}
		if c == "," && k == j+1 && d.apposedNationality(m, mm) {
			break // "bomber X, Saudi, to the mosque": his nationality, no second party
		}
		n := mm.t1
		for n < s.t1 && n < mm.t1+3 && (isNoun(d.toks[n].tag) || d.toks[n].tag == "JJ") && d.toks[n].mention < 0 {
			n++ // "..., and Chinese state banks have financed"
		}
		if n < s.t1 && (isVerb(d.toks[n].tag) || d.toks[n].tag == "MD") && d.toks[n].tag != "VBG" && d.toks[n].tag != "VBN" {
			break // "invest in Liverpool, and Parry has kept": a new clause
		}
		if c == "," && n < s.t1 && (d.toks[n].lower == "which" || d.toks[n].lower == "who") {
			break // "Bharti, which has allied itself with Singapore Telecom, Essar which is linked with X": the next item of another list
		}
		if e := d.appositionEnd(s, n); n < s.t1 && d.toks[n].text == "," && e > n && e+1 < s.t1 && d.finiteAt(e+1) {
			break // "brought down Ortega, and Marco Bellandi, the substitute, sealed the win": a new clause's subject
		}
		out = append(out, argument{ment: d.toks[k].mention, weak: mm.pronoun})
		j = mm.t1
	}
	return out
}

// coordList returns coordRight's names after mention m and the list's last
// mention (m itself when none follows).
func (d *doc) coordList(si int, m *mention) ([]argument, *mention) {
	out := d.coordRight(si, m)
	if len(out) == 0 {
		return out, m
	}
	return out, &d.mentions[out[len(out)-1].ment]
}

// subjectList is coordRight for a list that is a clause's subject: its
// last name, after "and" with no comma, may stand before the verb
// ("activists Nils Bemer and Tomas Nilsen have gained"), which coordRight
// reads as a new clause.
func (d *doc) subjectList(si int, m *mention) []argument {
	s := &d.sents[si]
	out, last := d.coordList(si, m)
	j := last.t1
	if j+1 >= s.t1 || d.toks[j].lower != "and" || d.toks[j-1].text == "," {
		return out
	}
	n := d.toks[j+1].mention
	if n < 0 || d.mentions[n].t0 != j+1 || d.mentions[n].ent < 0 || d.mentions[n].modifier || d.mentions[n].pronoun {
		return out
	}
	if e := d.mentions[n].t1; e < s.t1 && (isVerb(d.toks[e].tag) || d.toks[e].tag == "MD") {
		out = append(out, argument{ment: n})
	}
	return out
}

// titledPersonAfter: a name that is not a person's, then a title and a
// person ("Chicago Mayor Anton Cermak", "Dallas Police Officer J.D.
// Tippit", "Huawei executive Meng Wanzhou"): where the person starts, or
// -1.
func (d *doc) titledPersonAfter(m *mention) int {
	if m.ent < 0 || d.ents[m.ent].typ == TypePerson {
		return -1
	}
	s := &d.sents[m.sent]
	k := m.t1
	for k < s.t1 && k < m.t1+4 && d.toks[k].mention < 0 && (isCapital(d.toks[k].text) || isLowerCompound(d.toks[k].text)) && d.isTitleWord(d.toks[k].lower) {
		k++
	}
	if k == m.t1 || k >= s.t1 || !titleHeads[d.toks[k-1].lower] || !d.personAt(k) && !d.agentPersonAt(s, m, k) {
		return -1
	}
	return k
}

// agentPersonAt: a person's name at token k, after a title that a name
// before it opens, is a passive's agent ("chaired by former Volvo executive
// Lars Engström, has recommended"), whatever follows its comma.
func (d *doc) agentPersonAt(s *sent, m *mention, k int) bool {
	b := d.npStart(s, m.t0)
	for b > s.t0 && postModifiers[d.toks[b-1].lower] {
		b--
	}
	pm := d.toks[k].mention
	return b > s.t0 && d.toks[b-1].lower == "by" && pm >= 0 && d.mentions[pm].t0 == k && d.mentions[pm].ent >= 0 && !d.mentions[pm].pronoun && d.ents[d.mentions[pm].ent].typ == TypePerson
}

// inCommaRelative: token k stands in a relative clause opened by a comma
// and "who" or "which" ("Jack Ruby, who killed Oswald").
func (d *doc) inCommaRelative(s *sent, k int) bool {
	for j := k - 1; j > s.t0; j-- {
		if d.toks[j].text == "," || d.toks[j].text == ";" {
			n := d.toks[j+1].lower
			return n == "who" || n == "which" || n == "whom"
		}
	}
	return false
}

// nameEndsInS: the "'s" at token k of sentence s ends a name ("McDonald's,",
// "Sainsbury's and Tesco", "Wendy's in Ohio"): nothing it could possess
// follows.
func (d *doc) nameEndsInS(s *sent, k int) bool {
	if k+1 >= s.t1 {
		return true
	}
	n := &d.toks[k+1]
	return n.tag == "," || n.tag == "." || n.tag == ":" || n.tag == "CC" || n.text == ")" || n.text == ";" || n.tag == "IN" && n.lower != "of"
}

// firstArg returns the first argument mention from token j within n tokens,
// preferring an organisation over a country in an "of" chain when orgFirst.
func (d *doc) firstArg(si, j, n int, orgFirst bool) int {
	s := &d.sents[si]
	found := -1
	for k := j; k < s.t1 && k < j+n; k++ {
		t := &d.toks[k]
		if found < 0 && k+1 < s.t1 && d.toks[k+1].text == "," {
			if a := d.describedThenNamed(j, k+1); a >= 0 {
				return a // "leader of the main opposition party, the Movement for Democratic Change"
			}
		}
		if t.text == "," || t.text == ";" || isVerb(t.tag) && t.mention < 0 {
			break
		}
		if t.mention < 0 && (t.tag == "WRB" || subordinators[t.lower] && t.lower != "as") {
			break // "head of League Two when Rush took over": a new clause
		}
		if t.lower == "and" && found < 0 && k > j && k+1 < s.t1 && d.postAt(d.phraseHeadFrom(k+1)) {
			break // "a member of the Border Guard and the mayor of Herat": a second post, not this one's
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
		if b := d.basedAt(m.t1 - 1); found < 0 && b >= 0 {
			k, n = b, n+b-k // "and Bristol-based rival Westfold Kitchens": the place is the named body's
			continue
		}
		if m.t1 < s.t1 && d.toks[m.t1].text == "'s" && d.ents[m.ent].typ == TypeOrg && d.nameEndsInS(s, m.t1) {
			return t.mention // "former head of fast-food giant McDonald's,": the company's name ends in 's
		}
		if m.t1 < s.t1 && d.toks[m.t1].text == "'s" {
			a := m.t1 + 1
			for a < s.t1 && d.toks[a].mention >= 0 && (d.mentions[d.toks[a].mention].kind == MentionDemonym || !d.isPlace(d.toks[a].mention) && d.mentions[d.toks[a].mention].t1 < s.t1 && isLowerWord(d.toks[d.mentions[d.toks[a].mention].t1].text) && isNoun(d.toks[d.mentions[d.toks[a].mention].t1].tag)) {
				// "Toshiba's European storage device division", "Microsoft's
				// MSN internet division": a unit's own name, then its kind
				a = d.mentions[d.toks[a].mention].t1
			}
			for a < s.t1 && a < m.t1+4 && d.toks[a].mention < 0 && isProperTag(d.toks[a].tag) && a+1 < s.t1 && (isNoun(d.toks[a+1].tag) || isProperTag(d.toks[a+1].tag)) {
				a++ // ("TI's Voip business": a unit's name the recogniser left alone)
			}
			if h := d.phraseHead(a); h >= 0 && d.ents[m.ent].typ == TypeOrg {
				if orgPartNouns[d.toks[h].lower] {
					return t.mention // "head of Telekom Austria's fixed line division": a part of the organisation
				}
				if d.postPrepUnitEnds(s, j, h) && !d.personNounLike(strings.TrimSuffix(d.toks[h].lower, "s")) && !collectiveOwners[d.toks[h].lower] && !fanNouns[d.toks[h].lower] {
					return t.mention // "chief executive for BT's wireless broadband,": a post in the company's business (not "a spokesman for Yukos' lawyers")
				}
			}
			if n := d.apposedAfterPossessed(a); n >= 0 {
				return n // "chairman of Spain's biggest bank, Santander Central Hispano,"
			}
			// "director of Venice's La Fenice Theatre": the possessed thing
			k = m.t1
			continue
		}
		if d.modifiesNoun(m) {
			if h := d.possHead(m.t1); h < s.t1 && h == m.t1 && orgSuffixNouns[d.toks[h].lower] && d.ents[m.ent].typ == TypeOrg {
				return t.mention // "chairman of the Mozilla foundation": the foundation is Mozilla
			}
			if h := d.possHead(m.t1); h < s.t1 && d.toks[h].lower == "board" && d.ents[m.ent].typ == TypeOrg {
				return t.mention // "a member of the BMW management board": the company's board
			}
			if h := d.phraseHead(m.t1); h >= 0 && m.t0 == j && d.ents[m.ent].typ == TypeOrg && d.postPrepUnitEnds(s, j, h) {
				return t.mention // "senior manager at Symantec security response,": a unit of the company it works at
			}
			if d.isPlace(t.mention) && d.regionNamed(t.mention) {
				return t.mention // "governor of the Upper Nile region": the region is Upper Nile
			}
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

// describedThenNamed: tokens [j, c) describe an organisation ("the main
// opposition party") and the comma at c opens an apposition naming it; it
// returns the organisation's mention, or -1.
func (d *doc) describedThenNamed(j, c int) int {
	s := &d.sents[d.toks[c].sent]
	if c-j < 2 || !determiners[d.toks[j].lower] || !describedOrgCues[d.toks[c-1].lower] {
		return -1
	}
	for k := j + 1; k < c; k++ {
		if t := &d.toks[k]; t.mention >= 0 || !isLowerWord(t.text) {
			return -1
		}
	}
	n := d.entityAfterThe(s, c+1, TypeOrg)
	if n < 0 {
		return -1
	}
	if e := d.mentions[n].t1; e < s.t1 && d.toks[e].text != "," && d.toks[e].text != "." && d.toks[e].text != "(" {
		return -1
	}
	return n
}

// entityAfterThe returns the mention of an entity of type typ that starts
// at token k of sentence s, past a "the", or -1.
func (d *doc) entityAfterThe(s *sent, k int, typ string) int {
	k = d.skipThe(s, k)
	if k >= s.t1 || d.toks[k].mention < 0 {
		return -1
	}
	m := d.toks[k].mention
	if d.mentions[m].t0 != k || d.mentions[m].ent < 0 || d.ents[d.mentions[m].ent].typ != typ {
		return -1
	}
	return m
}

// clauseSubjectPhrase: from token n a noun phrase goes on (coordinated
// modifiers and nouns) to a modal or a finite verb: the phrase before it
// is a clause's subject ("G8 and European countries would").
func (d *doc) clauseSubjectPhrase(s *sent, n int) bool {
	for k := n; k < s.t1 && k < n+6; k++ {
		t := &d.toks[k]
		if t.tag == "MD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "VBD" {
			return k > n
		}
		if !(t.lower == "and" || t.tag == "JJ" || isNoun(t.tag) || t.mention >= 0) {
			return false
		}
	}
	return false
}

// personNoun reports whether w names people by their office or relation
// ("diplomat", "counterparts", "ministers", "son").
func (d *doc) personNoun(w string) bool {
	if titleHeads[w] || kinNouns[w] || w == "counterpart" {
		return true
	}
	if b, ok := strings.CutSuffix(w, "s"); ok && (titleHeads[b] || kinNouns[b] || b == "counterpart") {
		return true
	}
	return false
}

// winNouns name a result over the other side ("the win over Colchester").
var winNouns = set("win", "wins", "victory", "victories", "triumph")

// dateBefore: the tokens from the verb group's end g1 to token j are a
// preposition and a date ("on Feb. 5, 1907", "in 1907", "on Monday").
func (d *doc) dateBefore(g1, j int) bool {
	p := j - 1
	for p >= g1 && d.toks[p].tag != "IN" {
		p--
	}
	if p < g1 || p == j-1 {
		return false
	}
	for k := p + 1; k < j; k++ {
		t := &d.toks[k]
		if t.tag != "CD" && t.text != "," && !monthWords[strings.TrimSuffix(t.lower, ".")] && !timeNouns[t.lower] {
			return false
		}
	}
	return true
}

// titledPersonAt: a person's name starts at token j, or after the post
// that opens there ("his rival, opposition leader Riek Machar", "his top
// diplomat, Secretary of State Rex Tillerson").
func (d *doc) titledPersonAt(j int) bool {
	if d.toks[j].mention >= 0 {
		return d.personAt(j)
	}
	if t := d.toks[j].titleOf; t >= 0 && d.mentions[t].t0 > j {
		return d.personAt(d.mentions[t].t0)
	}
	for k := j; k < j+4 && k+1 < len(d.toks) && d.toks[k+1].sent == d.toks[j].sent && d.isTitleWord(d.toks[k].lower); k++ {
		if d.toks[k+1].mention >= 0 {
			return d.personAt(k + 1)
		}
	}
	if e := d.lowerPostAfter(&d.sents[d.toks[j].sent], j); e > j {
		return d.personAt(e) // "militia chief Peter Lokwang"
	}
	return false // (personAt needs a mention at j)
}

// personAt reports whether a person's name (not a pronoun) starts at token
// j in an apposition that closes before the clause goes on ("discovered her
// husband, Edward Addison, had ..." names the subject of what was
// discovered).
func (d *doc) personAt(j int) bool {
	m := d.toks[j].mention
	if m < 0 || d.mentions[m].t0 != j || d.mentions[m].ent < 0 || d.mentions[m].pronoun || d.ents[d.mentions[m].ent].typ != TypePerson {
		return false
	}
	s := &d.sents[d.mentions[m].sent]
	e := d.mentions[m].t1
	if e+1 < s.t1 && d.toks[e].text == "," && (isVerb(d.toks[e+1].tag) && d.toks[e+1].tag != "VBG" && d.toks[e+1].tag != "VBN" || d.toks[e+1].tag == "MD") {
		return false
	}
	return true
}

// verbAfterApposition: the comma at token c opens an apposition closed by
// a comma within eight tokens, and a finite verb follows it.
func (d *doc) verbAfterApposition(s *sent, c int) bool {
	for k := c + 1; k < s.t1 && k <= c+8; k++ {
		if d.toks[k].text == "," {
			return k+1 < s.t1 && d.toks[k+1].mention < 0 && (d.toks[k+1].tag == "VBD" || d.toks[k+1].tag == "VBZ" || d.toks[k+1].tag == "VBP" || d.toks[k+1].tag == "MD")
		}
		if isVerb(d.toks[k].tag) || d.toks[k].text == ";" {
			return false
		}
	}
	return false
}

// describedTime: time noun j is the head of an object with an article and
// a describing adjective ("completed a miserable day for France"), not a
// circumstance ("met last week with X").
func (d *doc) describedTime(j int) bool {
	s := &d.sents[d.toks[j].sent]
	if j-2 < s.t0 || d.toks[j-1].tag != "JJ" || timeAdjectives[d.toks[j-1].lower] {
		return false
	}
	l := d.toks[j-2].lower
	return l == "a" || l == "an" || l == "the"
}

// timeAdjectives place a time noun in time ("last week", "the same day").
var timeAdjectives = set("last", "this", "next", "previous", "same", "early", "late", "following", "coming", "past", "first", "final", "whole", "entire")

// namedAfter: a person is named right after token k, or after a comma
// ("Israel's ambassador, Tom Hart,").
func (d *doc) namedAfter(k int) bool {
	s := &d.sents[d.toks[k].sent]
	return k+1 < s.t1 && (d.personAt(k+1) || d.toks[k+1].text == "," && k+2 < s.t1 && d.personAt(k+2))
}

// followerNouns are a body's people who act for it when the sentence
// names no one else ("Supporters of Hamas attacked").
var followerNouns = set("supporters", "members", "fighters", "militants", "loyalists", "followers")

// violentVerb: the verb codes coercion or violence (CAMEO 17-20).
func (d *doc) violentVerb(lemma string) bool {
	c, ok := d.x.events.Lookup(lemma)
	return ok && c.Code >= "17"
}

// victimNouns are a country's people that violence against stands for
// violence against the country ("killed Palestinian protesters").
var victimNouns = set("civilians", "protesters", "demonstrators", "villagers", "workers", "children", "women", "men", "people",
	"journalists", "students", "fishermen", "pilgrims", "migrants", "refugees", "prisoners", "hostages", "nationals", "citizens",
	"tourists", "farmers", "residents", "worshippers", "activists")

// stateGroups are the groups a nationality before them makes its state's
// as an object ("expelled Sudanese diplomats"); not its people ("represent
// British citizens").
var stateGroups = func() map[string]bool {
	m := union(groupNouns)
	for _, w := range []string{"citizens", "nationals", "members"} {
		delete(m, w)
	}
	m["defences"], m["defenses"] = true, true // "Iranian air defences" (demonymBody)
	return m
}()

// unnamedEnvoy: demonym mention m is a state's envoy that no name follows
// ("summoned the Turkish ambassador over the offensive"): the envoy stands
// for the state; "the Turkish ambassador, Ahmet Yildiz" is the person.
func (d *doc) unnamedEnvoy(m *mention) bool {
	return d.demonymBody(m, -1, envoyTitles) && !d.namedAfter(d.possHead(m.t1))
}

// envoyTitles are a state's single envoys.
var envoyTitles = set("ambassador", "envoy", "consul", "charge", "d'affaires")

// stateOfficers speak and act for their state when unnamed ("Turkey's
// president condemned").
var stateOfficers = set("minister", "president", "premier", "chancellor", "spokesman", "spokeswoman", "spokesperson", "king", "emir")

// stateActors are the nouns for which a nationality before them names the
// state that acts ("Zimbabwean police", "Israeli warplanes").
var stateActors = union(actingBodies, regulatorNouns, set("navy", "warplanes", "jets", "drones", "warships", "boats", "gunboats", "diplomats", "ministers",
	"envoys", "negotiators", "officers", "agents", "intelligence", "coastguard", "guard", "guards", "ministry", "force"))

// airDefences: token j is "defences" after "air" or "missile" (a
// state's air defences shoot, as its forces do; "its defences against
// hackers" are no actor).
func (d *doc) airDefences(j int) bool {
	l := d.toks[j].lower
	return (l == "defences" || l == "defenses") && j > 0 && (d.toks[j-1].lower == "air" || d.toks[j-1].lower == "missile")
}

// craftNouns after a company's name stand for the company ("a Ukraine
// International Airlines flight was shot down", "a Maersk tanker was
// seized").
var craftNouns = set("flight", "flights", "jet", "jets", "airliner", "plane", "planes", "aircraft", "tanker", "tankers",
	"ship", "ships", "vessel", "vessels", "freighter")

// demonymBody: demonym m is a country's nationality (or its short name:
// "UK police") and the noun phrase it opens ends in one of nouns (past
// adjectives and other nouns), right before token end (-1: anywhere),
// time adverbs aside.
func (d *doc) demonymBody(m *mention, end int, nouns map[string]bool) bool {
	if m.kind != MentionDemonym && !(m.modifier && m.t1-m.t0 == 1 && isAcronymWord(d.toks[m.t0].text)) || m.ent < 0 || d.ents[m.ent].typ != TypeGPE || m.t1 >= d.sents[m.sent].t1 {
		return false
	}
	h := d.possHead(m.t1)
	if h >= d.sents[m.sent].t1 || !isNoun(d.toks[h].tag) || d.toks[h].mention >= 0 || !nouns[d.toks[h].lower] || d.orgNamedAfter(h) {
		return false // (not "US stock market regulator the SEC": the body named)
	}
	if l := d.toks[h].lower; (l == "defences" || l == "defenses") && !d.airDefences(h) {
		return false // ("improving US defences against hackers": no force)
	}
	for k := m.t1; k < h; k++ {
		if d.toks[k].mention >= 0 || isCapital(d.toks[k].text) {
			return false // "Chinese Foreign Ministry officials": a name of its own
		}
	}
	if end < 0 {
		return true
	}
	k := h + 1
	for k < end && (timeAdverbs[d.toks[k].lower] || timeNouns[d.toks[k].lower] || d.toks[k].tag == "RB") {
		k++
	}
	if k < end && placePreps[d.toks[k].lower] {
		// "A US airstrike near Baghdad airport killed X": where it struck
		for k++; k < end && (d.toks[k].mention >= 0 || isNoun(d.toks[k].tag) && !isCapital(d.toks[k].text) || d.toks[k].tag == "DT" || compassWords[d.toks[k].lower]); k++ {
		}
	}
	return k == end
}

// militarySites are a state's armed posts and units: attacking one
// attacks the state ("an Israeli army post", "a US military convoy").
var militarySites = set("post", "posts", "checkpoint", "checkpoints", "outpost", "outposts", "base", "bases", "airbase",
	"position", "positions", "convoy", "convoys", "patrol", "patrols", "barracks", "garrison", "warship", "warships",
	"embassy", "consulate")

// outletNouns after a place name a medium of it, not the place: "US TV",
// "Iranian state radio".
var outletNouns = set("tv", "television", "radio", "newspaper", "newspapers", "media", "broadcaster", "channel",
	"website", "magazine", "press")

// coerceVerbs are a state's force against another's people or vessels;
// seafarers the people and vessels ("fishermen", "fishing boats").
var (
	coerceVerbs = set("detain", "arrest", "expel", "seize", "capture", "board", "attack", "fire", "shoot", "ram", "chase", "harass", "intercept", "deport")
	seafarers   = set("fishermen", "fisherman", "boats", "boat", "trawlers", "trawler", "sailors", "crew", "crews", "seamen")
)

// crowdNouns name groups of people whose named members may follow
// ("detained dozens of people, including X"); singular, as nounLemma gives.
var crowdNouns = set("people", "person", "protester", "demonstrator", "journalist", "reporter", "blogger", "staff",
	"member", "supporter", "civilian", "prisoner", "hostage", "detainee", "student", "worker", "figure", "politician",
	"dissident", "opponent", "critic", "player", "athlete", "country", "nation", "company", "firm", "group", "organisation",
	"organization", "brand", "bank", "club", "label", "airline", "carmaker", "retailer", "insurer", "broadcaster",
	"newspaper", "business", "subsidiary", "team", "party", "agency", "entity")

// stakeVerbs take a share of a company as their object ("bought 33% of
// Changyu").
var stakeVerbs = set("buy", "sell", "own", "hold", "acquire", "take", "purchase", "control", "offload", "keep", "retain")

// postPrepUnitEnds: the phrase read from token j follows "at" or "for"
// (a post's) and its head h, a unit's noun, ends it (a comma or the
// sentence's end): "at Symantec security response,".
func (d *doc) postPrepUnitEnds(s *sent, j, h int) bool {
	return j-1 >= s.t0 && (d.toks[j-1].lower == "at" || d.toks[j-1].lower == "for") && h+1 < s.t1 && (d.toks[h+1].text == "," || d.toks[h+1].text == ".")
}

// fanNouns are people who follow, serve or back an organisation, beside
// collectiveOwners.
var fanNouns = set("fans", "supporters", "followers", "members", "staff", "employees", "customers", "users", "clients", "players", "advisers")

// periodicals name a newspaper or magazine by how often it appears.
var periodicals = set("weekly", "daily", "monthly", "quarterly")

// orgPartNouns name parts of an organisation.
var orgPartNouns = set("division", "unit", "department", "arm", "branch", "centre", "center", "office", "team", "board",
	"committee", "section", "operations", "business", "desk", "service", "wing", "subsidiary", "bureau", "programme", "program",
	"group", "lab", "laboratory", "practice")

// phraseHead returns the last noun of the unnamed noun phrase from token j
// ("fixed line division"), or -1.
func (d *doc) phraseHead(j int) int {
	if j >= len(d.toks) {
		return -1
	}
	s := &d.sents[d.toks[j].sent]
	h := -1
	for k := j; k < s.t1 && k < j+5 && d.toks[k].mention < 0; k++ {
		t := &d.toks[k]
		switch {
		case isNoun(t.tag) && !isProperTag(t.tag) || periodicals[t.lower]:
			h = k // ("trade weekly", read as an adjective)
		case t.tag == "JJ" || t.tag == "JJS" || t.tag == "VBN" || t.tag == "HYPH" || t.tag == "CD":
		case t.tag == "VBG" && k+1 < s.t1 && isNoun(d.toks[k+1].tag) && !isProperTag(d.toks[k+1].tag):
			// "filtering firm": a modifier in -ing
		default:
			return h
		}
	}
	return h
}

// companyAfterPossessive returns where an organisation's name starts after
// "its" or "their" and a relation or company noun ("its former parent
// AT&T", "their rival Qwest"), or -1. (A person's "his band Babyshambles"
// is left alone: "took his new band Fightstar to the stage".)
func (d *doc) companyAfterPossessive(m *mention) int {
	if !m.pronoun || m.t1 != m.t0+1 || d.toks[m.t0].lower != "its" && d.toks[m.t0].lower != "their" {
		return -1
	}
	s := &d.sents[m.sent]
	k := m.t1
	cued := false // "its former parent and phone trailblazer AT&T": the first of two descriptions
	for k < s.t1 && k < m.t1+7 && d.toks[k].mention < 0 && isLowerWord(d.toks[k].text) {
		if t := &d.toks[k]; t.lower == "and" {
			if k == m.t1 || !relationNouns[d.toks[k-1].lower] && !orgCues[d.toks[k-1].lower] {
				break
			}
			cued = true
		} else if t.tag != "JJ" && !isNoun(t.tag) {
			break
		}
		k++
	}
	if k == m.t1 || k >= s.t1 || d.toks[k-1].lower == "and" || !cued && !relationNouns[d.toks[k-1].lower] && !orgCues[d.toks[k-1].lower] {
		return -1
	}
	if om := d.toks[k].mention; om < 0 || d.mentions[om].t0 != k || d.mentions[om].modifier || !d.isOrg(om) {
		return -1
	}
	return k
}

// apposedAfterPossessed returns the organisation or person named between
// commas or after a dash right after a possessed (or indefinite)
// description from token a ("Spain's most powerful bank, Santander Central
// Hispano,", "Australia's largest copper miner - MIM Holdings", "a
// little-known firm, Baikal Finance Group"), or -1.
func (d *doc) apposedAfterPossessed(a int) int {
	if a <= 0 || a >= len(d.toks) || d.toks[a].sent != d.toks[a-1].sent {
		return -1 // (the sentence ends: "the US attacked his country.")
	}
	s := &d.sents[d.toks[a].sent]
	k := a
	for k < s.t1 && k < a+2 && (d.toks[k].tag == "RBS" || d.toks[k].tag == "JJS" || d.toks[k].tag == "RB") {
		k++ // "most powerful", "biggest"
	}
	h := d.phraseHead(k)
	if h < 0 || h+2 >= s.t1 || d.toks[h+1].text != "," && !dashes[d.toks[h+1].text] {
		return -1 // ("Australia's largest copper miner - MIM Holdings")
	}
	n := d.toks[h+2].mention
	if n < 0 || d.mentions[n].t0 != h+2 || d.mentions[n].ent < 0 || d.mentions[n].modifier {
		return -1
	}
	if typ := d.ents[d.mentions[n].ent].typ; typ != TypeOrg && typ != TypePerson {
		return -1
	}
	if e := d.mentions[n].t1; e < s.t1 && d.toks[e].text != "," && d.toks[e].text != "." && d.toks[e].text != ")" && !dashes[d.toks[e].text] {
		return -1
	}
	return n
}

// namedAfterDescription returns the token where a name starts after the
// lower-case description from token j ("leading retail bank Absa"), when
// the description ends in a noun; or -1.
func (d *doc) namedAfterDescription(j int) int {
	if j <= 0 || j >= len(d.toks) || d.toks[j].sent != d.toks[j-1].sent {
		return -1 // (the sentence ends: "the US attacked his country.")
	}
	h := d.phraseHead(j)
	if k := h + 1; h >= 0 && k+1 < d.sents[d.toks[j].sent].t1 && d.toks[k].text == "The" && d.toks[k].mention < 0 && d.toks[k+1].mention >= 0 {
		h = k // "research firm The Yankee Group": the name's own article
	}
	if k := h + 1; h >= 0 && k < d.sents[d.toks[j].sent].t1 {
		if m := d.toks[k].mention; m >= 0 && d.mentions[m].t0 == k && d.mentions[m].ent >= 0 && !d.mentions[m].modifier && !d.mentions[m].pronoun {
			return k // (not "told Channel 4's news programme he was": a new clause's subject)
		}
	}
	return -1
}

// apposedAfterPost returns the token where a person's name starts after a
// post from token j and a comma ("Foreign Minister, Joseph Mutai,"), the
// name closing its apposition, or -1.
func (d *doc) apposedAfterPost(j int) int {
	if j >= len(d.toks) {
		return -1
	}
	s := &d.sents[d.toks[j].sent]
	k := j
	for k < s.t1 && k < j+7 && d.toks[k].mention < 0 && (d.isTitleWord(d.toks[k].lower) || k > j && (d.toks[k].lower == "for" || d.toks[k].lower == "of") && k+1 < s.t1 && isCapital(d.toks[k+1].text) && d.isTitleWord(d.toks[k+1].lower)) {
		k++ // ("Cabinet Secretary for Foreign Affairs, X,")
	}
	if k == j || k+1 >= s.t1 || d.toks[k].text != "," || !d.anyTitleWord(j, k) || !d.namedInApposition(k+1) {
		return -1
	}
	if pm := d.toks[k+1].mention; pm >= 0 && d.mentions[pm].t0 == k+1 && d.personAt(k+1) {
		return k + 1
	}
	return -1
}

// captionNoun: token j is a short capitalised common noun before a
// lower-case one ("US TV show", "a UK PC maker") or a post written in
// capitals with no name after it ("the Edinburgh MSP"), no name.
func (d *doc) captionNoun(j int) bool {
	t := &d.toks[j]
	s := &d.sents[t.sent]
	if t.mention < 0 && t.titleOf < 0 && isAcronymWord(t.text) && d.isTitleWord(t.lower) && !(j+1 < s.t1 && (d.toks[j+1].mention >= 0 || d.proper(j+1))) {
		return true // "The Edinburgh MSP earns": a post, no name after it
	}
	return t.mention < 0 && isNoun(t.tag) && len(t.text) <= 3 && isAcronymWord(t.text) && j+1 < s.t1 && isNoun(d.toks[j+1].tag) && isLowerWord(d.toks[j+1].text)
}

// describedOrgAfter: organisation mention m and a common noun describe
// the organisation named right after them ("Conference leaders Yeading",
// "Microsoft rival Google"; not "the Associated Press news agency", nor
// before a possessive): its token, or -1.
func (d *doc) describedOrgAfter(m *mention) int {
	s := &d.sents[m.sent]
	if m.ent < 0 || d.ents[m.ent].typ != TypeOrg || m.t1 >= s.t1 || !isLowerWord(d.toks[m.t1].text) || !isNoun(d.toks[m.t1].tag) || outletNouns[d.toks[m.t1].lower] {
		return -1
	}
	k := d.namedAfterDescription(m.t1)
	if k < 0 || !d.isOrg(d.toks[k].mention) || d.possessiveAt(d.mentions[d.toks[k].mention].t1) {
		return -1
	}
	return k
}

// relativeAfterNoun: a common noun naming no person stands right before
// the name of mention m, which opens a relative clause without "that"
// ("the problems Vogts had"; not "Premiership leaders Chelsea was").
func (d *doc) relativeAfterNoun(m *mention) bool {
	p := m.title0 - 1
	if p < d.sents[m.sent].t0 {
		return false
	}
	if m.t1 < d.sents[m.sent].t1 && prepositions[d.toks[m.t1].lower] {
		return false // "its main donor Paul Sykes amid/VBD the row": the tagger's verb
	}
	t := &d.toks[p]
	return t.mention < 0 && isNoun(t.tag) && isLowerWord(t.text) && !d.isTitleWord(t.lower) && !d.personNoun(t.lower) && !professionNouns[t.lower] && !plainPersonNouns[t.lower]
}

// apposedOrgAfterNoun: mention m (a place or a people) modifies a noun
// describing an organisation, and that organisation is apposed after a
// comma ("the German firm, Siemens"): the token of its name, or -1.
func (d *doc) apposedOrgAfterNoun(m *mention) int {
	s := &d.sents[m.sent]
	if m.t1 >= s.t1 || !d.isPlace(d.toks[m.t0].mention) && !m.modifier {
		return -1
	}
	h := d.possHead(m.t1)
	if h+2 >= s.t1 || d.toks[h+1].text != "," || !describedOrgCues[d.toks[h].lower] {
		return -1
	}
	if k := h + 2; d.isOrg(d.toks[k].mention) && d.mentions[d.toks[k].mention].t0 == k {
		return k
	}
	return -1
}

// phraseStart returns the token after the last preposition between
// tokens a and b ("with the German firm" opens at "the"), or a.
func (d *doc) phraseStart(a, b int) int {
	for k := b - 1; k > a; k-- {
		if t := d.toks[k].tag; t == "IN" || t == "TO" {
			return k + 1
		}
	}
	return a
}

// apposedNationality: country mention n stands alone between commas
// after person mention m, and no list goes on after it ("driving bomber
// X, Saudi, to the mosque"; not "met X, Britain and France").
func (d *doc) apposedNationality(m, n *mention) bool {
	s := &d.sents[m.sent]
	if m.ent < 0 || d.ents[m.ent].typ != TypePerson || n.t1-n.t0 != 1 || !d.isPlace(d.toks[n.t0].mention) || n.t1+1 >= s.t1 || d.toks[n.t1].text != "," {
		return false
	}
	next := &d.toks[n.t1+1]
	return next.mention < 0 && next.tag != "CC" && !isCapital(next.text)
}

// possessiveAt: token j is a possessive ending ("Contrack's withdrawal").
func (d *doc) possessiveAt(j int) bool {
	return j < len(d.toks) && (d.toks[j].text == "'s" || d.toks[j].text == "'")
}

// commaBetween reports whether a comma stands between tokens a and b.
func (d *doc) commaBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if d.toks[k].text == "," {
			return true
		}
	}
	return false
}

// fillerBetween: tokens [a, b) are a short adverbial a relative pronoun's
// verb may come after ("which in turn is run by", "who also has").
func (d *doc) fillerBetween(a, b int) bool {
	if b-a >= 3 && b-a <= 5 && d.toks[a].lower == "as" {
		// "who as an Austin policeman shot X": the role in which the
		// antecedent acted
		for k := a + 1; k < b; k++ {
			t := &d.toks[k]
			if !(t.tag == "DT" || t.tag == "JJ" || isNoun(t.tag)) || t.mention >= 0 && d.mentions[t.mention].ent >= 0 && d.ents[d.mentions[t.mention].ent].typ == TypePerson {
				return false
			}
		}
		return true
	}
	if b <= a || b-a > 3 {
		return false
	}
	for k := a; k < b; k++ {
		if t := &d.toks[k]; t.tag != "RB" && !relativeFillers[t.lower] {
			return false
		}
	}
	return true
}

// onlyTimeBetween: tokens [a, b) are none, adverbs or a time ("on
// Monday", "last week").
func (d *doc) onlyTimeBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if t := &d.toks[k]; t.tag != "RB" && !timeWord(t.lower) {
			return false
		}
	}
	return b-a <= 4
}

// timeWord: w is a word of a short time phrase ("on Monday", "last week",
// "this morning", "yesterday").
func timeWord(w string) bool {
	return timeNouns[w] || w == "on" || w == "last" || w == "this"
}

// relativeFillers make up the adverbials of fillerBetween.
var relativeFillers = set("in", "turn", "fact", "effect", "part", "now", "also", "then", "later", "since")

// orgSuffixNouns follow an organisation's name as a lower-case part of it
// ("the Mozilla foundation", "the Tata group").
var orgSuffixNouns = set("foundation", "group", "company", "corporation", "trust", "institute", "charity", "campaign")

// ownedBetween: a possessive pronoun or "own" stands in tokens [a, b)
// ("fought back with its own budget airline, Jetstar": the subject's own).
func (d *doc) ownedBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if l := d.toks[k].lower; possPronouns[l] || l == "its" || l == "their" || l == "own" {
			return true
		}
	}
	return false
}

// headlineModifier: in a headline, mention m is followed by a noun, an
// adjective, a capitalised word that names nothing, or a verb form a
// headline uses as a noun ("Kashmir moves", "Iraq advice calls"): it
// describes that word rather than being an argument itself.
func (d *doc) headlineModifier(m *mention) bool {
	s := &d.sents[m.sent]
	if m.t1 >= s.t1 || m.modifier {
		return false
	}
	t := &d.toks[m.t1]
	if t.mention >= 0 || groupNouns[t.lower] || speakerNouns[t.lower] || modelCode(t.text) {
		return false // "Labour MPs" stand for Labour; "Airbus A320 jets" are the maker's
	}
	return isNoun(t.tag) || t.tag == "JJ" || t.tag == "VBZ" || t.tag == "VBG" || isCapital(t.text) && t.tag != "IN" && t.tag != "TO" && t.tag != "CC"
}

// modelCode: a word of capitals and digits naming a product model
// ("A320", "PS3", "747"; not the age group "U21").
func modelCode(w string) bool {
	letters, digits := 0, 0
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r >= 'A' && r <= 'Z':
			letters++
		default:
			return false
		}
	}
	return digits > 0 && letters <= 3 && !(w[0] == 'U' && len(w) == 3 && letters == 1) // (not an age group: "U21")
}

// yearNumber: w is a year of the last two centuries or this one ("2003").
func yearNumber(w string) bool {
	if len(w) != 4 || w[0] != '1' && w[0] != '2' {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w >= "1800" && w <= "2099"
}

// objectHer: pronoun mention m is "her" as an object ("Tom Hale shot
// her."), not the possessive before a noun ("her country"), and stands
// for a woman the first names know or an apposition calls one (an unknown
// name may be the wrong referent: "thanked her" is his mother, not Keanu
// Reeves).
func (d *doc) objectHer(m *mention) bool {
	t := &d.toks[m.t0]
	if t.lower != "her" || t.tag != "PRP" || m.ent < 0 {
		return false
	}
	if w := strings.Fields(d.ents[m.ent].name); (len(w) < 2 || d.x.gaz.Gender(w[0]) != 'f') && !d.calledWoman(m.ent) {
		return false
	}
	n := m.t0 + 1
	return n >= len(d.toks) || d.toks[n].sent != t.sent || !isNoun(d.toks[n].tag) && d.toks[n].tag != "JJ" && d.toks[n].tag != "CD"
}

// describesTitled: mention m, an organisation, stands before the head of
// a description resolved to a person ("the Tory leader": the party
// describes the man).
func (d *doc) describesTitled(m *mention) bool {
	if m.t1 >= d.sents[m.sent].t1 || m.pronoun || d.ents[m.ent].typ != TypeOrg {
		return false
	}
	n := d.toks[m.t1].mention
	return n >= 0 && d.mentions[n].kind == MentionTitle && d.mentions[n].ent >= 0 && d.ents[d.mentions[n].ent].typ == TypePerson
}

// asWellAs: tokens k, k+1, k+2 of sentence s are "as well as", which joins
// names as "and" does ("Japan as well as South Korea").
func (d *doc) asWellAs(s *sent, k int) bool {
	return k >= s.t0 && k+2 < s.t1 && d.toks[k].lower == "as" && d.toks[k+1].lower == "well" && d.toks[k+2].lower == "as"
}

// appositionEnd returns the comma that closes a description opened by "a",
// "an" or "the" after the comma at token j ("X, a Limassol-based shipping
// company,"), naming no one but places and names that describe its noun,
// or -1.
func (d *doc) appositionEnd(s *sent, j int) int {
	k := j + 1
	if k >= s.t1 || d.toks[k].lower != "a" && d.toks[k].lower != "an" && d.toks[k].lower != "the" {
		return -1
	}
	for k++; k < s.t1 && k < j+12; k++ {
		t := &d.toks[k]
		if t.text == "," {
			if k > j+2 {
				return k
			}
			return -1
		}
		if m := t.mention; m >= 0 && !d.isPlace(m) && !d.mentions[m].modifier && d.mentions[m].kind != MentionDemonym || isVerb(t.tag) && t.tag != "VBN" && t.tag != "VBG" || t.tag == "CC" || t.tag == "MD" {
			return -1 // (a name describing the noun stays: "a former Google engineer")
		}
	}
	return -1
}

// listThenTo: a list goes on from token n of sentence s ("and the rest of
// his team", "and Bolton") to "to" and a verb within eight words.
func (d *doc) listThenTo(s *sent, n int) bool {
	if n >= s.t1 || d.toks[n].lower != "and" {
		return false
	}
	for k := n + 1; k+1 < s.t1 && k < n+9; k++ {
		t := &d.toks[k]
		if t.tag == "TO" {
			return d.toks[k+1].tag == "VB"
		}
		if isVerb(t.tag) || t.tag == "MD" || t.text == "," || t.text == ";" {
			return false
		}
	}
	return false
}

// clauseAfterDash: a clause opens at token k after a dash: a name that owns
// the noun after it ("Turkey's economic leaders") or a name and a finite
// verb ("Thompson whipped in").
func (d *doc) clauseAfterDash(s *sent, k int) bool {
	m := d.toks[k].mention
	if m < 0 || d.mentions[m].t0 != k {
		return false
	}
	e := d.mentions[m].t1
	if e >= s.t1 {
		return false
	}
	return d.toks[e].text == "'s" || d.finiteAt(e)
}

// quantityHeads stand for a number of people or things without a noun:
// "few knew him", "most of them".
var quantityHeads = set("few", "fewer", "many", "most", "more", "several", "some", "none", "others")

// quantitySubject: the token at j heads a phrase of quantity that can be a
// clause's subject, right before the verb group starting at g0 or before
// "in"/"of" and a number or noun ("one in 10", "two of the four", "most
// of them"): a number not itself in a prepositional phrase, or a quantity
// word.
func (d *doc) quantitySubject(s *sent, j, g0 int) bool {
	t := &d.toks[j]
	if t.mention >= 0 || !quantityHeads[t.lower] && t.tag != "CD" {
		return false
	}
	if p := j - 1; t.tag == "CD" && p >= s.t0 && (d.toks[p].tag == "IN" || d.toks[p].tag == "TO" || d.toks[p].tag == "CD" || d.toks[p].tag == "$") {
		return false // a number in a phrase of its own ("in 10", "£15,000")
	}
	if j+1 == g0 {
		return true
	}
	if n := j + 1; n+1 < g0 && (d.toks[n].lower == "in" || d.toks[n].lower == "of") {
		// (not "fined £15,000 in December for accusing X": an amount, then a time)
		a := &d.toks[n+1]
		return a.tag == "CD" || a.tag == "DT" || a.tag == "PRP" || a.tag == "PRP$" || isNoun(a.tag) && !timeNouns[a.lower] && !monthWords[a.lower]
	}
	return false
}

// actsThrough: a group named by noun w acts for its possessor or the name
// before it ("Israel's forces", "US officials"), and a company's board,
// directors or bosses for the company ("Vodafone's board rejected the
// offer"; not "Chicago's school board").
func actsThrough(w, typ string) bool {
	return groupNouns[w] || companyLeadership[w] && typ == TypeOrg
}

// companyLeadership act for their company ("MCI's directors have backed
// Verizon": MCI).
var companyLeadership = set("board", "directors", "bosses")

// wordBetween: word w (lower case) stands between tokens a and b
// (exclusive).
func (d *doc) wordBetween(a, b int, w string) bool {
	for k := a + 1; k < b; k++ {
		if d.toks[k].lower == w {
			return true
		}
	}
	return false
}

// prepBefore returns "on" or "against" when it opens the noun phrase that
// ends at token e (after token from), or "".
func (d *doc) prepBefore(s *sent, e, from int) string {
	for k := e - 1; k >= from && k >= e-4; k-- {
		if l := d.toks[k].lower; l == "on" || l == "against" {
			return l
		}
		if t := &d.toks[k]; !(t.tag == "CD" || t.tag == "JJ" || t.tag == "DT" || isNoun(t.tag)) || t.mention >= 0 && !d.mentions[t.mention].modifier {
			return ""
		}
	}
	return ""
}

// apposedPersonBefore returns the person named before an apposition that
// ends with mention m ("Sunita Rao, previously deputy finance director at
// Marks & Spencer,": Sunita Rao), when the apposition's words are a post
// and a preposition, or -1.
func (d *doc) apposedPersonBefore(s *sent, m int) int {
	k := d.mentions[m].t0 - 1
	if k > s.t0 && d.toks[k].lower == "the" {
		k--
	}
	if k <= s.t0 || !rolePreps[d.toks[k].lower] {
		return -1
	}
	post := false
	for k--; k > s.t0 && k >= d.mentions[m].t0-9; k-- {
		t := &d.toks[k]
		if t.text == "," {
			if pm := d.toks[k-1].mention; post && pm >= 0 && d.mentions[pm].t1 == k && d.mentions[pm].ent >= 0 && !d.mentions[pm].pronoun && d.ents[d.mentions[pm].ent].typ == TypePerson {
				return pm
			}
			return -1
		}
		if t.mention >= 0 || !isLowerWord(t.text) && !isCapital(t.text) {
			return -1
		}
		if d.isTitleWord(t.lower) || d.personNounLike(t.lower) {
			post = true
		}
	}
	return -1
}

// amountVerbs change how much of a thing there is ("cut Labour's spending
// plans by 35bn"): the plans, not their author, take the act.
var amountVerbs = set("cut", "reduce", "raise", "increase", "double", "halve", "trim", "slash", "boost", "lower", "freeze", "match", "exceed")

// changedSide: verb group g opens a relative clause on the side a team
// changes ("Wales have made two changes from the team that beat Italy",
// "France coach Bernard Laporte has made four changes to the starting
// line-up that beat England"); it returns the mention of the team that
// makes them (the sentence's subject, or the side its coach is named
// for), or -1.
func (d *doc) changedSide(si int, g *vgroup) int {
	s := &d.sents[si]
	k := g.g0 - 1
	if !g.finite || k-4 < s.t0 || d.toks[k].lower != "that" && d.toks[k].lower != "which" || !sideNouns[d.toks[k-1].lower] {
		return -1
	}
	k -= 2
	if d.toks[k].lower == "starting" {
		k--
	}
	if k-2 < s.t0 || d.toks[k].lower != "the" || d.toks[k-1].lower != "to" && d.toks[k-1].lower != "from" || d.toks[k-2].lower != "changes" && d.toks[k-2].lower != "change" {
		return -1
	}
	team := -1 // "Wales coach X": the side whose coach makes them
	for j := s.t0; j < k-2; j++ {
		m := d.toks[j].mention
		if m < 0 || d.mentions[m].ent < 0 || d.mentions[m].t0 != j {
			continue
		}
		switch mm := &d.mentions[m]; {
		case d.ents[mm.ent].typ == TypeOrg || d.ents[mm.ent].typ == TypeGPE:
			if mm.t1 < s.t1 && d.isTitleWord(d.toks[mm.t1].lower) {
				team = m
				continue
			}
			return m
		case d.ents[mm.ent].typ == TypePerson && team >= 0:
			return team
		default:
			return -1
		}
	}
	return -1
}

// sideNouns name a team's line-up.
var sideNouns = set("team", "side", "line-up", "lineup", "xv", "squad")
