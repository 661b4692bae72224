package extract

import (
	"iter"
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/internal/extract/gazetteer"
	"github.com/newsgraph/newsgraph/internal/fold"
)

// resolve groups mentions into document entities: gazetteer entries by
// their canonical name, people by their full name (surnames, first names
// and honorific forms join the full name they belong to), organisations by
// name, acronyms by the name they expand, pronouns by the nearest person.
func (d *doc) resolve() {
	byKey := map[string]int{}
	entFor := func(typ, name string) int {
		k := EntityID(typ, name)
		if e, ok := byKey[k]; ok {
			return e
		}
		d.ents = append(d.ents, &dent{typ: typ, name: name, aliases: map[string]bool{}})
		byKey[k] = len(d.ents) - 1
		return len(d.ents) - 1
	}
	// Surnames of the people named in full: a lone "Compaoré" in a company
	// context ("Compaoré's chief of staff") after "Blaise Compaoré" is the
	// person (not "the band Kasabian" after Linda Kasabian).
	surnames := map[string]bool{}
	firsts := map[string]bool{} // and the first words of those the gazetteer knows
	for mi := range d.mentions {
		if m := &d.mentions[mi]; m.typ == TypePerson && m.t1-m.t0 >= 2 {
			surnames[d.toks[m.t1-1].lower] = true
			if m.gaz != nil {
				firsts[d.toks[m.t0].lower] = true
			}
		}
	}
	// 1. gazetteer hits and multi-word names.
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.gaz == nil && m.kind == "" && !m.pronoun && m.t1-m.t0 == 1 && m.sent >= 0 {
			if e := d.spanEntry(&d.sents[m.sent], m.t0, m.t1); e != nil && d.shortNameOf(m, e) {
				// "the US People's Choice Awards", "Suffolk Coastal UKIP
				// members", "Vote Tory": a short name cut from a longer
				// one is the country or body it names (not "the Big
				// Apple", nor "the Brazilian company OAS")
				m.gaz, m.typ = e, e.Type
			}
		}
		body := d.namedBodyWord(m)
		foreignBody := d.otherStatesBody(m)
		switch short := d.knownWordOfBody(m); {
		case d.seeOf(m) && m.t1-m.t0 <= 3 && !m.pronoun && m.kind == "":
			// "the Archbishop of Westminster": the see, a city (not
			// Parliament, hence the UK)
			m.gaz, m.typ = nil, TypeLoc
			m.ent = entFor(TypeLoc, d.mtext(m))
		case m.gaz == nil && m.t1-m.t0 == 2 && !m.pronoun && m.kind == "" && d.townSeat(&d.sents[m.sent], m.t0):
			// "Dunfermline East", "Leicester South": a town's seat or
			// district, whatever the recogniser read
			m.typ = TypeLoc
			m.ent = entFor(TypeLoc, d.mtext(m))
		case short >= 0:
			// "the Commons" after "the Wikimedia Commons": the body the
			// text named, not the one the gazetteer knows by the word
			m.gaz, m.ent, m.typ = nil, short, TypeOrg
		case m.gaz != nil && m.gaz.Type == TypeOrg && m.t1-m.t0 == 1 && m.t0 > 0 && placePreps[d.toks[m.t0-1].lower] && !strings.EqualFold(d.mtext(m), m.gaz.Name) && !isAcronymWord(d.toks[m.t0].text) && !orgHeads[d.toks[m.t0].lower] && d.nerType(m.t0, m.t1) != TypeOrg:
			// "grew up in Leicester": the city, not the club named after it
			// (not "served in Congress": a body's own word; nor "a key
			// role in Labour's campaign", which the recogniser reads as
			// the party)
			m.gaz, m.typ = nil, TypeLoc
			m.ent = entFor(TypeLoc, d.mtext(m))
		case m.gaz != nil && m.gaz.Type == TypeLoc && !m.gaz.Curated && !m.modifier && d.nerType(m.t0, m.t1) == TypeOrg && !d.dateline(m) && !(d.opensLine(m) && d.regionEndsDateline(&d.sents[m.sent], m.t1)) && !d.companysPlace(m) && !d.sourcePlace(m) && !d.tradeBeforeName(m) && !d.meetingAfter(m):
			// "Leeds beat Chelsea": a club named after its city, as the
			// recogniser reads the context
			m.gaz, m.typ = nil, TypeOrg
			m.ent = entFor(TypeOrg, d.mtext(m))
		case (m.gaz != nil && m.gaz.Type == TypeLoc && !m.gaz.Curated || m.gaz == nil && m.typ == TypeLoc) && (d.teamSheetClub(m) || d.clubInSport(m) || d.sideBefore(m)):
			// "Dimitri Yachvili (Biarritz), Pierre Mignoni (Clermont)":
			// the clubs of a team sheet, named like their towns
			m.gaz, m.typ = nil, TypeOrg
			m.ent = entFor(TypeOrg, d.mtext(m))
		case m.gaz != nil && (d.cityOfItsCountry(m) || d.capitalCity(m)):
			// "Vienna, Austria", "an airport in Tripoli", "Libya's
			// capital, Tripoli": the city, which stands for its country
			// elsewhere ("Tripoli accused Doha")
			country := m.gaz
			m.gaz, m.typ = nil, TypeLoc
			m.ent = entFor(TypeLoc, d.placeName(m))
			d.ents[m.ent].capitalOf = country
		case m.gaz != nil && m.gaz.Type != TypePerson && m.t1-m.t0 == 1 && surnames[d.toks[m.t0].lower] && d.postFollows(m):
			// "Amsterdam is the lawyer of Thaksin" after "Robert
			// Amsterdam": a place holds no post, the person of that
			// surname does (below)
			m.gaz, m.typ = nil, TypePerson
		case foreignBody != "":
			// "the Scottish FA", "Egypt FA spokesman": that country's
			// body, not the one the gazetteer knows by the acronym
			m.gaz, m.typ = nil, TypeOrg
			m.ent = entFor(TypeOrg, foreignBody)
		case m.gaz != nil:
			m.ent = entFor(m.gaz.Type, m.gaz.Name)
			d.ents[m.ent].gaz = m.gaz
		case m.gaz == nil && d.companyByShape(m):
			m.typ = TypeOrg
			m.ent = entFor(TypeOrg, d.mtext(m))
		case (m.typ == TypePerson && m.t1-m.t0 >= 2 || m.typ == TypeLoc && m.gaz == nil && m.t0 > 0 && d.toks[m.t0-1].lower == "at") && d.firmOfPost(m):
			m.typ = TypeOrg // "Jim Cardwell, president of Warner Home Video", "director of community relations at Mindark": a firm, after its officer's post
			m.ent = entFor(TypeOrg, d.mtext(m))
		case m.typ == TypeLoc && (d.companysPlace(m) || m.t1-m.t0 >= 2 && (placeNameEnd(d.toks[m.t1-1].lower) || d.facilityHead(m.t1-1) || d.placeOpened(m.t0, m.t1) || d.facilityAfter(m)) || d.placeKindBefore(m.t0) || d.placeContext(m) || d.basedAfter(m.t1-1) || d.cityBeforeState(m) || d.nativeOf(m) || d.datelineCity(m) || d.placeApposition(m) || d.recognisedPlaceAfterPrep(m) || d.seatNamed(m) || d.seatAfter(m)):
			m.ent = entFor(TypeLoc, d.placeName(m)) // "Waste Disposal Co. of Randolph", "Mashtots Park", "Santa Monica-based"
		case m.typ == TypePerson && m.t1-m.t0 >= 2 && (d.placeContext(m) || d.hometownOf(m) || d.cityBeforeState(m) || d.seatNamed(m)):
			m.typ = TypeLoc // "lives in Rock Hill", "his hometown of Russell", "the Labour MP for Leeds Fenwick"
			m.ent = entFor(TypeLoc, d.mtext(m))
		case m.typ == TypePerson && m.t1-m.t0 >= 2:
			m.ent = entFor(TypePerson, d.mtext(m))
		case body >= 0:
			// "the Bank's governor" after "the Bank of England": a
			// capitalised organisation word is the organisation named
			// before with it
			m.ent, m.typ = body, TypeOrg
			d.toks[m.t0].mention = mi // (a pending word has no token link yet)
		case m.typ == TypeOrg && m.gaz == nil && (d.cityBeforeState(m) || d.datelineCity(m) || d.regionByNoun(m)):
			// "near Morgan City, La.", "TRENTON, N.J. (AP)": a town the
			// recogniser read as an organisation
			m.typ = TypeLoc
			m.ent = entFor(TypeLoc, d.placeName(m))
		case m.typ == TypeOrg && m.gaz == nil && d.describedPerson(m):
			// "Evan Mann, a senior bond analyst at Gimme Credit": a
			// given name and a surname the recogniser read as a company,
			// described as a person
			m.typ = TypePerson
			m.ent = entFor(TypePerson, d.mtext(m))
		case m.typ == TypeOrg && m.gaz == nil && d.givenNameAlone(m, firsts, surnames):
			// "Thaksin" after "Thaksin Shinawatra": the person (below)
			m.typ = ""
		case m.typ == TypeOrg && d.hasStateBody(mi):
			// "the Afghan interior ministry": named with its state's word
			m.ent = entFor(TypeOrg, d.mtext(&d.mentions[d.stateBodies[mi]])+" "+d.mtext(m))
		case m.typ == TypeOrg:
			name := d.mtext(m)
			name = strings.TrimPrefix(name, "the ")
			if b := m.t0 - 1; b >= 0 && m.t1 == m.t0+1 && coalitionNouns[d.toks[m.t0].lower] && d.toks[b].mention >= 0 && d.mentions[d.toks[b].mention].compound {
				name = d.toks[b].text + " " + name // "Saudi-led coalition"
				if b >= 1 && (d.toks[b-1].lower == "a" || d.toks[b-1].lower == "an") {
					if o := d.orgBeforeComma(b - 1); o >= 0 {
						m.ent = o // "The Collective Security Treaty Organization, a Moscow-led bloc,": the body named
						continue
					}
				}
			}
			m.ent = entFor(TypeOrg, name)
		}
	}
	// Person entities that are a longer form of another ("Kim Jong-un" vs
	// "Kim Jong Un" share a slug already; "Donald J. Trump" vs "Donald
	// Trump" share first and last word).
	persons := map[int]bool{}
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.ent >= 0 && d.ents[m.ent].typ == TypePerson {
			persons[m.ent] = true
		}
	}
	for e := range persons {
		d.ents[e].words = strings.Fields(strings.ToLower(strings.ReplaceAll(d.ents[e].name, "-", " ")))
	}
	merge := map[int]int{}
	plist := make([]int, 0, len(persons))
	for e := range persons {
		plist = append(plist, e)
	}
	sort.Ints(plist)
	// only names with the same first and last word merge: compare the
	// pairs within those groups, in entity order
	sameEnds := map[[2]string][]int{}
	for _, e := range plist {
		if ws := d.ents[e].words; len(ws) >= 2 {
			k := [2]string{ws[0], ws[len(ws)-1]}
			sameEnds[k] = append(sameEnds[k], e)
		}
	}
	for _, group := range sameEnds {
		for _, a := range group {
			for _, b := range group {
				if a == b || merge[a] != 0 || merge[b] != 0 {
					continue
				}
				if len(d.ents[a].words) > len(d.ents[b].words) {
					merge[b] = a + 1
				}
			}
		}
	}
	// "Juan Carlos" in a story about Juan Carlos Ferrero: given names that
	// begin one other person's longer name are that person
	byFirst := map[string][]int{}
	for _, e := range plist {
		if ws := d.ents[e].words; len(ws) >= 2 {
			byFirst[ws[0]] = append(byFirst[ws[0]], e)
		}
	}
	for _, group := range byFirst {
		for _, a := range group {
			if merge[a] != 0 {
				continue
			}
			longer := -1
			for _, b := range group {
				if aw, bw := d.ents[a].words, d.ents[b].words; b != a && len(bw) > len(aw) && slices.Equal(aw, bw[:len(aw)]) && d.givenNames(d.ents[a].name) && !d.x.lem.InDict(bw[len(bw)-1]) {
					// (only given names: not "John Peel" for "John Peel
					// Show", not the recogniser's "La Fenice" for a "La
					// Fenice Viotti")
					if longer >= 0 {
						longer = -2 // two people share the start: keep it apart
						break
					}
					longer = b
				}
			}
			if longer >= 0 && merge[longer] == 0 {
				merge[a] = longer + 1
			}
		}
	}
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.ent >= 0 {
			if t := merge[m.ent]; t != 0 {
				m.ent = t - 1
			}
		}
	}
	people := d.indexPeople(plist, merge)
	// A place or country named like the surname of a person of this
	// document is that person: "Andy Murray ... Murray won", "Michael
	// Jordan ... Jordan scored".
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.gaz == nil || m.gaz.Curated && !d.x.gaz.IsCapital(d.toks[m.t0].text) || m.t1-m.t0 != 1 || m.modifier || m.gaz.Type == TypePerson {
			continue // (a curated country's capital may be a surname: "Valeska Paris ... Paris claims")
		}
		if pe, ok := people.surname(d.toks[m.t0].lower); ok && !(m.gaz.Type == TypeGPE && d.unlikelyPerson(pe)) {
			m.ent, m.gaz, m.typ = pe, nil, TypePerson
		}
	}
	d.clubTownsAlike()
	// Acronyms in brackets after a name: "Chinese Communist Party (CCP)",
	// "Bank of England (BoE)".
	defined := map[string]int{} // acronym -> the entity it was defined for first
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if n := d.expansionAfter(m); n >= 0 {
			// "the PRD (Party of the Democratic Revolution)", "PAN
			// (National Action Party)": the acronym first, its name in
			// brackets, maybe in another language's word order
			a := d.toks[m.t0].text
			d.ents[d.mentions[n].ent].acronym = a
			if _, ok := defined[a]; !ok {
				defined[a] = d.mentions[n].ent
			}
		}
		if m.ent < 0 || m.t1+2 >= len(d.toks) {
			continue
		}
		k, name := m.t1, d.mtext(m)
		if p := d.toks[k+1].mention; d.toks[k].lower == "of" && p >= 0 && d.mentions[p].t0 == k+1 && d.ents[m.ent].typ == TypeOrg && d.isPlace(p) && d.bracketedAcronymAt(d.mentions[p].t1) {
			// "the Confederation of Indigenous Peoples of Bolivia (CIDOB)":
			// the body and its country, then its acronym
			k, name = d.mentions[p].t1, name+" of "+d.mtext(&d.mentions[p])
		}
		if d.bracketedAcronymAt(k) {
			a := d.toks[k+1].text
			if caps := acronymCapitals(a); caps != "" && (acronymFits(caps, name) || d.foreignAcronym(m, name, a)) {
				if k != m.t1 && m.gaz == nil {
					d.ents[m.ent].name = name // the name its acronym stands for, with its country
				}
				d.ents[m.ent].acronym = a
				if _, ok := defined[a]; !ok {
					defined[a] = m.ent
				}
			}
		}
	}
	// Lone unknown words take a type from any of their mentions' context
	// ("Yukos shares", "said Wenger"); all their mentions then share it.
	singleType := map[string]string{}
	companyWord := map[string]bool{} // typed by a company context, not a speech verb
	orgCued := map[string]bool{}     // after an organisation noun ("the band Kasabian")
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.ent >= 0 || m.typ != "" {
			continue
		}
		w := d.toks[m.t0].text
		if singleType[w] == "" && d.teamSheetClub(m) {
			singleType[w] = TypeOrg // "Pascal Pape (Bourgoin)": the town's club
		}
		if singleType[w] == "" && isAcronymWord(w) && m.t0 > 0 && d.toks[m.t0-1].lower == "the" && !d.x.lem.InDict(strings.ToLower(w)) && !d.isTitleWord(strings.ToLower(w)) && !d.sents[m.sent].headline {
			singleType[w] = TypeOrg // "the YPG", "the PKK": an acronym after "the" names an organisation
		}
		if singleType[w] == "" && d.seeOf(m) {
			singleType[w] = TypeLoc // "the Bishop of Durham": the see
		}
		if singleType[w] == "" && m.t0 > 0 && d.toks[m.t0-1].lower == "at" && d.firmOfPost(m) {
			singleType[w] = TypeOrg // "director of community relations at Mindark": a firm
		}
		if typ := d.nerType(m.t0, m.t1); typ != "" && singleType[w] == "" && !d.sents[m.sent].furniture && !d.isTitleWord(strings.ToLower(w)) {
			// the recogniser's type, unless a rule's context says otherwise
			singleType[w] = typ
		}
		company := d.companyContext(m) && !(d.meetingAfter(m) && placeType(d.nerType(m.t0, m.t1))) // (not "the Geneva deal": where it was made)
		if !d.singleName(m) && !(d.dictName(m) && company) && !(company && d.startsTitledName(m)) {
			continue
		}
		if !company && singleType[w] == "" && d.leaderSurname(m) {
			singleType[w] = TypePerson // "after Trump had"
		}
		switch {
		case company:
			singleType[w] = TypeOrg
			companyWord[w] = true
			if m.t0 > 0 && orgCues[d.toks[m.t0-1].lower] {
				orgCued[w] = true
			}
		case d.surnameShape(w) && !company:
			singleType[w] = TypePerson // "McGurk criticized the decision"
		case (d.hometownOf(m) || d.cityBeforeState(m) || d.nativeOf(m) || d.datelineCity(m) || d.facilityAfter(m)) && !company:
			singleType[w] = TypeLoc // "his hometown of Russell"
		case d.placeContext(m) && singleType[w] == "":
			singleType[w] = TypeLoc
		case d.personContext(m.t0, m.t1) && singleType[w] == "":
			// A person is first named in full; a lone word that speaks is
			// mostly a company ("Rosneft said"), unless it is a first name.
			if d.x.gaz.IsFirstName(w) || d.surnameShape(w) {
				singleType[w] = TypePerson // ("McGurk criticized": a Scottish or Irish surname)
			} else {
				singleType[w] = TypeOrg
			}
		}
	}
	// 2. single words: surnames, first names, acronyms, "the North".
	full := d.fullMentions()
	// each entity by its last definition only (unlike defined): a name merged
	// into another one ("Christian Fellowship (LCF)") takes the acronym over
	byAcronym := map[string]int{}
	for ei, de := range d.ents {
		if _, ok := byAcronym[de.acronym]; !ok && de.acronym != "" {
			byAcronym[de.acronym] = ei
		}
	}
	// "the Halvorsen Institute's work" after "the Halvorsen Institute for
	// Marine Research": a body's name up to its "for" or "of" is the one
	// body whose name goes on so.
	goesOn := map[int]int{} // entity -> bodyGoesOn, looked up once
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.ent < 0 || d.ents[m.ent].typ != TypeOrg || m.t1-m.t0 < 2 || m.pronoun || m.kind != "" || d.ents[m.ent].gaz != nil {
			continue
		}
		e, ok := goesOn[m.ent]
		if !ok {
			e = d.bodyGoesOn(m.ent)
			goesOn[m.ent] = e
		}
		if e >= 0 {
			m.ent = e
		}
	}
	// "Von der Leyen" after "Ursula von der Leyen": a surname with its
	// particles is the person's, whatever the case of "von".
	// So is "Suu Kyi" after "Aung San Suu Kyi": the last words of one
	// longer name, the first of them no given name.
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.ent < 0 || d.ents[m.ent].typ != TypePerson || m.t1-m.t0 < 2 {
			continue
		}
		tail := strings.Join(strings.Fields(strings.ReplaceAll(strings.ToLower(d.mtext(m)), "-", " ")), " ")
		if nameParticles[d.toks[m.t0].lower] {
			for _, pe := range people.tail(tail) {
				if pe != m.ent {
					m.ent = pe
					break
				}
			}
			continue
		}
		if d.x.gaz.IsFirstName(d.toks[m.t0].text) || m.title0 < m.t0 {
			continue
		}
		if cands := slices.DeleteFunc(slices.Clone(people.tail(tail)), func(pe int) bool { return pe == m.ent }); len(cands) == 1 && len(d.ents[cands[0]].words) > m.t1-m.t0 {
			if ws := d.ents[cands[0]].words; !slices.ContainsFunc(ws[:len(ws)-(m.t1-m.t0)], d.isTitleWord) {
				m.ent = cands[0] // (not "Snoop Dogg" into a "Rapper Snoop Dogg" the rules misread)
			}
		}
	}
	region := map[string]int{} // "north" -> the first country named "North ..."
	for ei, de := range d.ents {
		for _, lw := range []string{"north", "south"} {
			if _, ok := region[lw]; !ok && de.typ == TypeGPE && strings.HasPrefix(strings.ToLower(de.name), lw+" ") {
				region[lw] = ei
			}
		}
	}
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.ent >= 0 || m.typ == TypeOrg {
			continue
		}
		w := d.toks[m.t0].text
		lw := strings.ToLower(w)
		e := -1
		best := -1 << 30
		if oe, ok := byKey[EntityID(TypeOrg, w+"s")]; ok && !m.honor && m.typ != TypePerson && !strings.HasSuffix(lw, "s") {
			e = oe // "Houthi negotiators" after "the Houthis"
		}
		if oe, ok := byKey[EntityID(TypeOrg, w)]; ok && !m.honor && m.typ != TypePerson {
			companyWord[w] = true // "the band Kasabian" ... "Kasabian's singer"
			e = oe
		}
		_, orgNamed := byKey[EntityID(TypeOrg, w)]
		if full := d.sharedSurname(m); full != "" && !surnames[lw] {
			e = entFor(TypePerson, full) // "Bob and Maureen McDonnell": Bob McDonnell
		}
		if e < 0 && (!companyWord[w] || surnames[lw] && !orgCued[w] && !orgNamed) { // "the band Kasabian" is not Linda Kasabian
			ini := d.initialBefore(m)
			var cands []int
			firstOrg := -2 // the company the word opens, looked up at most once (orgOpenedBy)
			for _, pe := range people.tail(strings.Join(strings.Fields(strings.ReplaceAll(lw, "-", " ")), " ")) {
				// two people share the surname ("Tony Blair", "Ian Blair"):
				// the one named last before this mention
				if ini != 0 && d.ents[pe].name[0] != ini {
					continue // "S Jones (Clermont)" is not Ryan Jones
				}
				at := full[pe].last(d, m.t0)
				if at < 0 && m.typ != TypePerson && firstOrg == -2 {
					firstOrg = d.orgOpenedBy(lw, m.t0)
				}
				if at < 0 && firstOrg >= 0 && m.typ != TypePerson {
					continue // "Tata Steel agreed ... Tata, which ... Ratan Tata": the company named before, not the person named after
				}
				if at > best {
					e, best = pe, at
				}
				cands = append(cands, pe)
			}
			if tp := d.topicPerson(cands, full); tp >= 0 && tp != e && e >= 0 && !d.namedJustBefore(full[e], m) {
				// "Elena Markovic, who has died aged 84 ... the daughter of
				// Dusan Markovic ... Markovic attacked": the story's person
				// named in its lead, not a kinsman named in passing
				e = tp
			}
		}
		if e < 0 {
			// a first name alone is its person ("Donald" for Donald
			// Trump), a company word is not ("Carlsberg" for a
			// "Carlsberg Marston" the recogniser took for a person)
			if pe, ok := people.first(lw); ok && !m.honor && !d.otherFamily(m, pe) && (d.x.gaz.IsFirstName(w) || m.typ == TypePerson || singleType[w] == TypePerson || d.givenNameAlone(m, firsts, surnames) && d.ents[pe].gaz != nil) {
				e = pe
			} else if ok && m.honor && givenNameHonorifics[strings.TrimSuffix(m.title, ".")] {
				// "Bereket Simon ... Mr. Bereket", "Elton John ... Sir
				// Elton": an honorific before a given name that is nobody's
				// surname (not "Prince Charles" for Charles Kennedy)
				e = pe
			}
		}
		if k := m.t0 - 1; e < 0 && m.t1-m.t0 == 1 && m.gaz == nil && (m.typ == TypePerson || m.typ == "") && k >= 0 && d.toks[k].mention < 0 && d.listEntryInitial(k, m.t1) {
			// "S Jones (Clermont Auvergne), ... A Jones (Neath-Swansea)": a
			// player named by an initial in a team sheet, no one named in
			// full with it, is "S Jones" (not one "Jones" for both)
			if m.title0 == m.t0 {
				m.title0 = k // (no title before the initial)
			}
			m.t0 = k
			d.toks[k].mention = mi
			e = entFor(TypePerson, d.mtext(m))
		}
		if e < 0 && acronymCapitals(w) != "" {
			if ei, ok := byAcronym[w]; ok {
				e = ei
			}
		}
		if e < 0 && (lw == "north" || lw == "south") && m.t0 > 0 && d.toks[m.t0-1].lower == "the" && !d.sport() {
			// ("The South will be led by George Gregan": a sports side)
			if ei, ok := region[lw]; ok {
				e = ei
			}
		}
		if e < 0 && (m.typ == "" || m.typ == TypeOrg) && !m.honor && d.loneShortForm(m) {
			e = d.orgOpenedBy(lw, m.t0) // "Jet, which was founded by" after Jet Airways
		}
		if e < 0 && m.typ == TypePerson && m.honor {
			e = entFor(TypePerson, w)
		}
		if e < 0 && m.typ == "" {
			if typ := singleType[w]; typ != "" && (typ != TypePerson || !d.placeApposition(m)) {
				e = entFor(typ, w)
			} else if d.placeApposition(m) {
				e = entFor(TypeLoc, w) // "Mosul, Iraq's second largest city"
			}
		}
		if e < 0 {
			continue
		}
		if tm := d.toks[m.t0].mention; tm >= 0 && tm != mi {
			continue
		}
		m.ent = e
		m.typ = d.ents[e].typ
		d.toks[m.t0].mention = mi
		if m.t1-m.t0 >= 2 {
			full[e] = full[e].add(d, mi)
		}
	}
	// The acronym's mentions, which the recogniser or the single words made a name of their own
	// ("BoE"), are the organisation it was defined for.
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.ent < 0 || m.t1-m.t0 != 1 {
			continue
		}
		if e, ok := defined[d.toks[m.t0].text]; ok && e != m.ent && strings.EqualFold(d.ents[m.ent].name, d.toks[m.t0].text) && (d.ents[e].typ != TypePerson || d.ents[m.ent].typ == TypePerson) {
			// (not into a person: the name it stands for was mistyped,
			// "The Christian Medical Fellowship (CMF)")
			m.ent, m.typ, m.gaz = e, d.ents[e].typ, d.ents[e].gaz
		}
	}
	d.impliedAcronyms(defined)
	d.unifyNameTypes()
	d.clubAbbreviations()
	d.clubNicknames()
	d.clubShortForms()
	d.shortOrgNames()
	// Definite descriptions: "the company", "the ministry", "the president"
	// (coref.go).
	d.definite()
	d.describedNames()
	d.itSubject()
	d.itPronouns()
	d.objectIts()
	d.theyTeams()
	d.theirTeams()
	d.theyGroups()
	// US party and state tags: "Sen. Chris Murphy, D-Conn." names the state.
	for i := 1; i < len(d.toks); i++ {
		t := &d.toks[i]
		if (d.toks[i-1].text != "," && d.toks[i-1].text != "(") || i < 2 || d.toks[i-2].mention < 0 {
			continue
		}
		if n := t.mention; n >= 0 && (d.mentions[n].t0 != i || d.mentions[n].t1 != i+1 || d.mentions[n].gaz != nil) {
			continue // (a tag the recogniser read as a name of its own, "R-Texas", is the state)
		}
		if pm := d.toks[i-2].mention; d.mentions[pm].ent < 0 || d.ents[d.mentions[pm].ent].typ != TypePerson {
			continue
		}
		state := partyTagState(t.text)
		if state == "" {
			continue
		}
		ge, ok := d.x.gaz.Entry(TypeLoc, state)
		if !ok {
			continue
		}
		e := entFor(ge.Type, ge.Name)
		d.ents[e].gaz = ge
		if n := t.mention; n >= 0 {
			d.mentions[n].ent, d.mentions[n].typ, d.mentions[n].gaz = e, ge.Type, ge
			continue
		}
		d.mentions = append(d.mentions, mention{t0: i, t1: i + 1, ent: e, sent: t.sent, typ: ge.Type, gaz: ge, titleAff: -1, titleTo: -1, title0: i})
		t.mention = len(d.mentions) - 1
	}
	// "they" after "the Chinese" / "North Koreans": the one nation named
	// as a people in this sentence or the one before.
	for i := range d.toks {
		t := &d.toks[i]
		if t.mention >= 0 || t.lower != "they" {
			continue
		}
		if e := d.onlyPeople(i); e >= 0 {
			d.addReference(i, -1, e, MentionPronoun)
		}
	}
	// 3. pronouns: he/she/his/her -> the nearest person before, within two
	// sentences, when only that person is in reach.
	named := map[int]int{} // entity -> how often it is named (salientPerson)
	for mi := range d.mentions {
		if m := &d.mentions[mi]; m.ent >= 0 && !m.pronoun {
			named[m.ent]++
		}
	}
	d.titledSexes()
	for i := range d.toks {
		t := &d.toks[i]
		if t.mention >= 0 || !(personPronouns[t.lower] || possPronouns[t.lower]) {
			continue
		}
		bound := d.boundByPronoun(i)
		if a := d.apposedBefore(i); a >= 0 {
			// "Serkalem Fasil, his wife,": she is not her own wife
			if bound == nil {
				bound = map[int]bool{}
			}
			bound[a] = true
		}
		sayerState := d.describedSayer(i)
		e := d.onlyPerson(i, bound)
		only := e
		if e >= 0 && (d.quoteSpeakers(i)[e] || d.onlyQuoted(i, e) || d.unknownNameBetween(i, e)) {
			e = -1 // "He will brief the president," Smith said; "Mr X can go," he told
		}
		if e >= 0 && d.topicOverAside(i, e, named, bound) {
			e = -1 // "Placed under the care of a Dr Bailey, he was": the story's man, not Bailey
		}
		if e < 0 && possPronouns[t.lower] && i+2 < len(d.toks) && kinNouns[d.toks[i+1].lower] && d.toks[i+2].text == "," {
			// "his son, Kim Jong-un": the person just named
			e = d.nearestPerson(i)
		}
		if e < 0 && i > 0 && d.toks[i-1].mention < 0 {
			if e = d.salientPerson(i, named, bound); e >= 0 && d.unknownNameBetween(i, e) {
				e = -1
			}
		}
		if e >= 0 && sayerState >= 0 && d.otherStatesPerson(e, sayerState) {
			continue // "Ukraine's president said he had spoken with X": the president, unnamed, not the last man named
		}
		if e < 0 || d.afterDescribed(i, e) || d.afterOtherPost(i, e) || d.describedSaid(i) || d.humanSubject(i) {
			continue
		}
		if g := pronounGender(t.lower); e == only && d.sex[e] == 0 && !d.quotedTokens(t.sent)[i] {
			// the one person in reach, outside a quote ("President Trump
			// ... for him to withhold": not "her decision" later)
			d.sex[e] = g
		}
		d.addReference(i, -1, e, MentionPronoun)
	}
	d.hisCountries()
	d.foreignPartyWords()
	// "the Bush administration" after "George W Bush": the state whose
	// leader the gazetteer knows him as, described by his name
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.ent < 0 || m.pronoun || m.t0 == 0 || m.t1 >= len(d.toks) || d.toks[m.t0-1].lower != "the" || !administrationNouns[d.toks[m.t1].lower] || d.toks[m.t1].sent != m.sent {
			continue
		}
		g := d.ents[m.ent].gaz
		if d.ents[m.ent].typ != TypePerson || g == nil || g.Affiliation == "" {
			continue
		}
		if ce, ok := d.x.gaz.Entry(TypeGPE, g.Affiliation); ok {
			m.ent = entFor(TypeGPE, ce.Name)
			d.ents[m.ent].gaz = ce
			m.gaz, m.typ, m.pronoun, m.kind = ce, TypeGPE, true, MentionNominal
		}
	}
	d.knownAs()
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.ent >= 0 {
			d.ents[m.ent].ments = append(d.ents[m.ent].ments, mi)
		}
	}
	// Longest written form names a person ("Donald Trump" over "Trump").
	for _, de := range d.ents {
		if de.typ != TypePerson || de.gaz != nil {
			continue
		}
		for _, mi := range de.ments {
			m := &d.mentions[mi]
			if m.pronoun {
				continue
			}
			if t := d.mtext(m); len(strings.Fields(t)) > len(strings.Fields(de.name)) {
				de.name = t
			}
		}
	}
}

// titledSexes fills d.sex from the courtesy titles of people's names
// ("Mr Trump", "Mrs May", "Sir Cliff").
func (d *doc) titledSexes() {
	d.sex = map[int]byte{}
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.ent < 0 || m.pronoun || d.ents[m.ent].typ != TypePerson {
			continue
		}
		for k := m.title0; k < m.t0 && k >= 0; k++ {
			if g := titleSex[d.toks[k].lower]; g != 0 {
				d.sex[m.ent] = g
			}
		}
	}
}

// titleSex: the gender courtesy titles and ranks give.
var titleSex = map[string]byte{"mr": 'm', "mr.": 'm', "sir": 'm', "lord": 'm', "king": 'm', "prince": 'm', "baron": 'm',
	"mrs": 'f', "mrs.": 'f', "ms": 'f', "ms.": 'f', "miss": 'f', "dame": 'f', "lady": 'f', "queen": 'f', "princess": 'f', "baroness": 'f'}

// pronounGender: 'm' for he, him, his; 'f' for she, her; 0 for others.
func pronounGender(w string) byte {
	switch w {
	case "he", "him", "his", "himself":
		return 'm'
	case "she", "her", "hers", "herself":
		return 'f'
	}
	return 0
}

// otherFamily: a kin noun right before mention m ("his brother David",
// "her son Tom") names a relative of someone named before; person pe,
// whose first name m is, belongs to another family when no other person
// named before shares pe's surname ("Ed Miliband defeated
// his brother David" is not David Cameron; "Tony Blair ... His wife
// Cherie" is Cherie Blair).
func (d *doc) otherFamily(m *mention, pe int) bool {
	if !d.kinBefore(m.t0) {
		return false
	}
	surname := strings.ToLower(lastWord(d.ents[pe].name))
	for mi := range d.mentions {
		o := &d.mentions[mi]
		if o.t0 >= m.t0 || o.pronoun || o.t1-o.t0 < 2 || o.ent == pe || o.ent < 0 || d.ents[o.ent].typ != TypePerson {
			continue
		}
		if strings.ToLower(d.toks[o.t1-1].text) == surname {
			return false
		}
	}
	return true
}

// apposedBefore: token i is a possessive pronoun opening an apposition
// with a kin noun right after a person's name ("Serkalem Fasil, his
// wife,"): that person's entity, which the pronoun cannot stand for; or -1.
func (d *doc) apposedBefore(i int) int {
	if !possPronouns[d.toks[i].lower] || i < 2 || i+1 >= len(d.toks) || d.toks[i-1].text != "," || !kinNouns[d.toks[i+1].lower] {
		return -1
	}
	m := d.toks[i-2].mention
	if m < 0 || d.mentions[m].t1 != i-1 || d.mentions[m].ent < 0 || d.ents[d.mentions[m].ent].typ != TypePerson {
		return -1
	}
	return d.mentions[m].ent
}

// boundByPronoun returns the people named after the subject pronoun at
// token i ("he", "she") in its sentence, when the pronoun opens the
// sentence or is a subject inside it (embeddedSubject; then up to a
// comma): the pronoun cannot stand for them ("He urged O'Reilly to
// ...": not O'Reilly; Chomsky's binding condition C), up to a quote, a
// colon or a loose clause; a possessor binds nothing ("He was criticised
// by X, for Campbell's ..."), nor does a pronoun inside a clause that comes
// first ("When he arrived, Smith left"). For an object pronoun ("him",
// "her") it returns its verb's subject (boundObject).
func (d *doc) boundByPronoun(i int) map[int]bool {
	t := &d.toks[i]
	if t.lower == "him" || t.lower == "her" {
		return d.boundObject(i)
	}
	if t.lower != "he" && t.lower != "she" {
		return nil
	}
	s := &d.sents[t.sent]
	if q := d.quoteBefore(i); q >= 0 {
		// '"The issue the home secretary is dodging ...," he told BBC
		// News': the speaker is not whom the quote speaks of
		var bound map[int]bool
		for k := q; k < i; k++ {
			if m := d.toks[k].mention; m >= 0 && d.mentions[m].ent >= 0 && d.ents[d.mentions[m].ent].typ == TypePerson && !possPronouns[d.toks[k].lower] && !personPronouns[d.toks[k].lower] {
				if bound == nil {
					bound = map[int]bool{}
				}
				bound[d.mentions[m].ent] = true
			}
		}
		return bound
	}
	opens := true
	for k := s.t0; k < i; k++ {
		if w := d.toks[k].lower; w != "\"" && w != "but" && w != "and" && w != "yet" && w != "so" && w != "then" && w != "now" {
			opens = false
			break
		}
	}
	if !opens && !d.embeddedSubject(i) {
		return nil
	}
	var bound map[int]bool
	for k := i + 1; k < s.t1 && !clauseBreaks[d.toks[k].text] && (opens || d.toks[k].text != ","); k++ {
		if d.toks[k].text == "," && k+1 < s.t1 && looseClauses[d.toks[k+1].lower] {
			break // "He joins Norwich, but Stuart is confident": maybe Stuart
		}
		if m := d.toks[k].mention; m >= 0 && d.mentions[m].ent >= 0 && !d.mentions[m].pronoun && d.ents[d.mentions[m].ent].typ == TypePerson &&
			!(d.mentions[m].t1 < s.t1 && d.toks[d.mentions[m].t1].text == "'s") {
			if bound == nil {
				bound = map[int]bool{}
			}
			bound[d.mentions[m].ent] = true
		}
	}
	return bound
}

// embeddedSubject: the subject pronoun at token i stands inside its
// sentence with no comma, quote or colon before it and no subordinate
// clause opening the sentence ("it seems unlikely he will play for
// Newcastle as long as Souness remains"): the names after it in its
// clause are not it (a subordinator opening the sentence may put the
// name in the main clause: "When he arrived, Smith left").
func (d *doc) embeddedSubject(i int) bool {
	s := &d.sents[d.toks[i].sent]
	if i+1 >= s.t1 || !isVerb(d.toks[i+1].tag) && d.toks[i+1].tag != "MD" || subordinators[d.toks[s.t0].lower] {
		return false
	}
	k := s.t0
	if k+1 < i && d.toks[k].tag == "RB" && d.toks[k+1].text == "," {
		k += 2 // "However, it seems unlikely he will"
	}
	for ; k < i; k++ {
		if t := d.toks[k].text; t == "," || clauseBreaks[t] {
			return false
		}
	}
	return true
}

// teamSheetClub: mention m is bracketed after a player's name in a sports
// report's team sheet, a sentence with at least three "Name (X)" pairs
// ("Julien Bonnaire (Bourgoin), Yannick Nyanga (Beziers), ...").
func (d *doc) teamSheetClub(m *mention) bool {
	s := &d.sents[m.sent]
	if m.t0-2 < s.t0 || m.t1 >= s.t1 || d.toks[m.t0-1].text != "(" || !isCapital(d.toks[m.t0-2].text) || !d.sport() {
		return false
	}
	if e := d.toks[m.t1].text; e != ")" && e != "," && e != "/" {
		return false
	}
	for k := m.t0; k < m.t1; k++ {
		if isNumber(d.toks[k].text) {
			return false // "Tiago (Bridge 45)": a substitute and the minute
		}
	}
	pairs := 0
	for k := s.t0 + 1; k+1 < s.t1; k++ {
		if d.toks[k].text == "(" && isCapital(d.toks[k-1].text) && isCapital(d.toks[k+1].text) {
			pairs++
		}
	}
	return pairs >= 3
}

// sideBefore: a people's side or club stands right before mention m
// ("French side Toulouse", "Belgian club Genk"): m names the club.
func (d *doc) sideBefore(m *mention) bool {
	p := m.t0 - 1
	if p <= d.sents[m.sent].t0 || !teamNouns[d.toks[p].lower] && d.toks[p].lower != "club" {
		return false
	}
	if pm := d.toks[p].mention; pm >= 0 {
		return d.mentions[pm].t1 == m.t0 && d.mentions[pm].t0 < p && d.mentions[pm].typ == TypeGPE // ("Belgian side": one mention)
	}
	pm := d.toks[p-1].mention
	return pm >= 0 && d.mentions[pm].t1 == p && d.mentions[pm].kind == MentionDemonym && d.mentions[pm].typ == TypeGPE
}

// clubTownsAlike: in a sports report, a town's name the text once makes
// a club's ("from French club Lille", "Lille manager X") names the club
// wherever else it stands alone ("Lille had rejected", "He joined Lille"),
// but not after a place preposition ("born in Lille").
func (d *doc) clubTownsAlike() {
	if !d.sportReport() {
		return
	}
	clubs := map[string]int{}
	for mi := range d.mentions {
		if m := &d.mentions[mi]; m.ent >= 0 && m.typ == TypeOrg && m.gaz == nil && !m.pronoun && m.kind == "" && m.t1-m.t0 == 1 {
			clubs[d.mtext(m)] = m.ent
		}
	}
	for mi := range d.mentions {
		m := &d.mentions[mi]
		e, ok := clubs[d.mtext(m)]
		if !ok || m.typ != TypeLoc || m.modifier || m.pronoun || m.kind != "" || m.gaz != nil && m.gaz.Curated || d.dateline(m) {
			continue
		}
		if p := m.t0 - 1; p >= d.sents[m.sent].t0 && (placePreps[d.toks[p].lower] || d.toks[p].text == ",") || d.facilityHead(m.t1-1) {
			continue
		}
		m.gaz, m.typ, m.ent = nil, TypeOrg, e
	}
}

// clubShortForms: in a sports report, a one-word club ("Forest manager
// Gary Megson", "Forest played with men behind the ball") is the one club
// the report names in full with that last word ("Nottingham Forest"),
// which is a club whatever the recogniser read it as. Not a word clubs'
// names share ("United", "City", "Rovers").
func (d *doc) clubShortForms() {
	if !d.sportReport() {
		return
	}
	full := map[string]int{} // last word -> the entity named in full, -1 when two
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.ent < 0 || m.pronoun || m.kind != "" || m.t1-m.t0 < 2 || m.typ != TypeOrg && !(m.typ == TypeLoc && m.gaz == nil) {
			continue
		}
		w := d.toks[m.t1-1].text
		if !isCapital(w) || clubTails[strings.ToLower(w)] || sharedClubWords[strings.ToLower(w)] || !d.clubShaped(m) {
			continue
		}
		if e, ok := full[w]; ok && e != m.ent {
			full[w] = -1
		} else if !ok {
			full[w] = m.ent
		}
	}
	moved := map[int]int{}
	club := map[int]bool{} // the short forms' entities read as a club at least once
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.ent < 0 || m.pronoun || m.kind != "" || m.t1-m.t0 != 1 || m.gaz != nil || m.typ != TypeOrg && m.typ != TypeLoc {
			continue
		}
		if e, ok := full[d.toks[m.t0].text]; ok && e >= 0 && e != m.ent {
			moved[m.ent] = e
			club[m.ent] = club[m.ent] || d.clubInSport(m)
		}
	}
	for from, to := range moved {
		if !club[from] {
			continue
		}
		d.ents[to].typ = TypeOrg
		d.moveMentions(to, to) // (its own mentions take the type)
		d.moveMentions(from, to)
	}
}

// clubShaped: the words of mention m could name a club: capitalised
// words only, no given name among them ("Lleyton Hewitt"), no two sides
// ("Munster and Leinster", "Exeter v Middlesbrough") and no hyphenated
// modifier ("In-form Leicester").
func (d *doc) clubShaped(m *mention) bool {
	for k := m.t0; k < m.t1; k++ {
		w := d.toks[k].text
		if !isCapital(w) || strings.Contains(w, "-") || k < m.t1-1 && d.x.gaz.IsFirstName(w) {
			return false
		}
	}
	return true
}

// sharedClubWords end many clubs' names.
var sharedClubWords = set("city", "town", "county", "rangers", "celtic", "villa", "park", "fc", "afc")

// clubInSport: in a sports report, a town's name that holds a club's
// post or player ("Forest manager Gary Megson", "Birmingham's Gary
// Breen"), that a player joins or leaves ("transferred to Milan", "joined
// Milan from Torino"), that plays or is played ("Chelsea have not played
// Barcelona", "Basle fail to beat Feyenoord", "homered for Cleveland") is
// the town's club.
func (d *doc) clubInSport(m *mention) bool {
	if m.pronoun || m.kind != "" || !d.sportReport() || d.facilityHead(m.t1-1) || groundName(d.mtext(m)) || d.toks[m.t1-1].tag == "NNPS" || d.demonymWord(m.t1-1) {
		// (not a ground, "moving to Stamford Bridge"; nor people,
		// "the North Africans were held", "top South American players")
		return false
	}
	s := &d.sents[m.sent]
	if k := m.t1; k < s.t1 {
		if d.toks[k].text == "'s" && k+1 < s.t1 {
			if o := d.toks[k+1].mention; o >= 0 && d.mentions[o].t0 == k+1 && d.mentions[o].typ == TypePerson {
				return true // "Birmingham's Gary Breen"
			}
			k++
		}
		if clubRoles[d.toks[k].lower] && !(k+1 < s.t1 && d.toks[k+1].lower == "of") {
			return true // "Forest manager", "Surrey all-rounder"
		}
		for k < s.t1 && (d.toks[k].tag == "MD" || d.toks[k].tag == "RB" || (d.lemma(&d.toks[k]) == "have" || d.lemma(&d.toks[k]) == "be") && k+1 < s.t1 && isVerb(d.toks[k+1].tag)) {
			k++ // "Kent will also need", "Milwaukee has won"
		}
		if k < s.t1 && isVerb(d.toks[k].tag) && clubActs[d.lemma(&d.toks[k])] && !(m.t0 > s.t0 && isVerb(d.toks[m.t0-1].tag)) {
			return true // (not "besieging Turin were defeated": an object)
		}
	}
	p := m.t0 - 1
	if p <= s.t0 {
		return false
	}
	switch l := d.toks[p].lower; {
	case l == "for" && isVerb(d.toks[p-1].tag) && scoreVerbs[d.lemma(&d.toks[p-1])]:
		return true // "homered for Cleveland", "scored for Leeds"
	case l == "to" || l == "from":
		for q := p - 1; q >= s.t0 && q >= p-4; q-- {
			if isVerb(d.toks[q].tag) && moveVerbs[d.lemma(&d.toks[q])] {
				return true // "transferred to Milan", "joined Milan from Torino"
			}
		}
	case isVerb(d.toks[p].tag) && matchVerbs[d.lemma(&d.toks[p])]:
		return true // "played Barcelona", "beating Norwich"
	}
	return false
}

// clubRoles after a town's name in a sports report make it a club's.
var clubRoles = set("manager", "boss", "chairman", "coach", "defender", "striker", "midfielder", "goalkeeper", "keeper",
	"winger", "captain", "skipper", "full-back", "fly-half", "scrum-half", "centre", "flanker", "prop", "hooker", "lock",
	"all-rounder", "batsman", "bowler", "opener", "spinner", "pitcher", "fans", "supporters", "chief", "director",
	"owner", "team-mate", "caretaker", "assistant", "player", "players", "signing", "youngster", "forward")

// clubActs are what a club does in a sports report ("Celtic make bid",
// "Basle fail to beat Feyenoord"); matchVerbs take a club for object;
// scoreVerbs a club after "for"; moveVerbs a club after "to" or "from".
var (
	clubActs   = set("beat", "play", "face", "host", "visit", "meet", "defeat", "thrash", "edge", "hold", "sign", "recall", "bid", "knock", "appoint", "sack")
	matchVerbs = set("beat", "play", "face", "host", "visit", "meet", "defeat", "thrash", "edge", "hold", "knock", "entertain", "outclass", "overcome")
	scoreVerbs = set("score", "play", "homer", "hit", "pitch", "sign", "appear", "start")
	moveVerbs  = set("join", "transfer", "move", "sell", "sign", "loan", "switch", "leave", "return", "rejoin", "re-join")
)

// dateline reports whether mention m is the place of a dateline: it opens
// its line and a date or an agency follows ("NEW YORK 1996-08-30",
// "LONDON (Reuters) -", "WASHINGTON, Jan 5").
func (d *doc) dateline(m *mention) bool {
	s := &d.sents[m.sent]
	if !d.opensLine(m) || m.t1 >= s.t1 {
		return false
	}
	k := m.t1
	if d.toks[k].text == "," && k+1 < s.t1 {
		k++
	}
	n := &d.toks[k]
	return isISODate(n.text) || monthWords[strings.TrimSuffix(n.lower, ".")] || n.text == "(" && k+1 < s.t1 && isCapital(d.toks[k+1].text)
}

// regionByNoun: a name ending in "Province", or followed by a lower-case
// province noun ("the Aceh province"), is a place (not "Notts County" nor
// Welsh rugby's "Celtic Warriors region", clubs).
func (d *doc) regionByNoun(m *mention) bool {
	return d.nameEndsIn(m, provinceNouns) || d.wordAfter(m, provinceNouns) && isLowerWord(d.toks[m.t1].text)
}

// provinceNouns name only geographic divisions.
var provinceNouns = set("province", "prefecture", "governorate", "oblast")

// datelineCity: a name opening a line, then a comma and a state or
// country the gazetteer knows, then the wire's bracket or a dash ("TRENTON,
// N.J. (AP)", "KHARTOUM, Sudan -"): the town the story was filed from.
func (d *doc) datelineCity(m *mention) bool {
	return d.opensLine(m) && m.gaz == nil && d.regionEndsDateline(&d.sents[m.sent], m.t1)
}

// regionEndsDateline: token k of sentence s is a comma, then a state or
// country the gazetteer knows, then the wire's mark or the end of the line
// (", N.J. (AP)", ", Sudan -").
func (d *doc) regionEndsDateline(s *sent, k int) bool {
	if k+1 >= s.t1 || d.toks[k].text != "," {
		return false
	}
	n := d.toks[k+1].mention
	if n < 0 || d.mentions[n].t0 != k+1 || d.mentions[n].gaz == nil || !placeEntry(d.mentions[n].gaz) {
		return false
	}
	e := d.mentions[n].t1
	return e >= s.t1 || wireMarks[d.toks[e].text]
}

// datelineCredit: mention m is the agency credited in its sentence's
// dateline ("BRUSSELS (Reuters) -"), which the story never refers back to.
func (d *doc) datelineCredit(m *mention) bool {
	s := &d.sents[m.sent]
	return m.t0 > s.t0 && d.toks[m.t0].inParen && m.t1 <= d.datelineEnd(m.sent)
}

// datelineEnd returns the first token after the dateline that opens
// sentence si ("TRENTON, N.J. (AP) _", "BAGHDAD (Reuters) -"), or the
// sentence's first token when there is none.
func (d *doc) datelineEnd(si int) int {
	k, bracket := d.datelinePlaceEnd(si)
	s := &d.sents[si]
	if bracket && k < s.t1 && wireDashes[d.toks[k].text] && d.toks[k].start > d.toks[k-1].end {
		return k + 1 // (not "Munich-based")
	}
	return s.t0
}

// datelinePlaceEnd returns the end of a dateline's place and its agency's
// bracket ("BAGHDAD (Reuters)", "DAYTON, Ohio (AP)") opening sentence si,
// or of a town in capitals and its state filling the line ("HUNTINGTON,
// Ind."), and whether there was one; s.t0 when the sentence opens
// otherwise.
func (d *doc) datelinePlaceEnd(si int) (int, bool) {
	s := &d.sents[si]
	k := s.t0
	if !d.lineStartsAt(k) {
		return s.t0, false
	}
	for k < s.t1 && k < s.t0+4 && (capsWord(d.toks[k].text) || d.isPlace(d.toks[k].mention)) {
		k++ // (not "Joshua Bell - a violinist")
	}
	if k == s.t0 {
		return s.t0, false
	}
	region := false
	if k+1 < s.t1 && d.toks[k].text == "," && d.toks[k+1].mention >= 0 {
		k = max(k+2, d.mentions[d.toks[k+1].mention].t1) // the state or country
		region = true
	}
	if region && capsWord(d.toks[s.t0].text) && (k == s.t1 || k+1 == s.t1 && d.toks[k].text == ".") {
		// "HUNTINGTON, Ind.", "PURCHASE, N.Y.": a dateline alone on its
		// line, the agency left out
		return s.t1, true
	}
	if k < s.t1 && d.toks[k].text == "(" {
		c := k + 1
		for c < s.t1 && c < k+5 && d.toks[c].text != ")" {
			c++
		}
		if c >= s.t1 || d.toks[c].text != ")" {
			return s.t0, false
		}
		return c + 1, true
	}
	return s.t0, false
}

// datelineLine: sentence si is a dateline alone on its line ("DAYTON, Ohio
// (AP)"), the story below it.
func (d *doc) datelineLine(si int) bool {
	k, ok := d.datelinePlaceEnd(si)
	s := &d.sents[si]
	return ok && (k == s.t1 || k+1 == s.t1 && wireDashes[d.toks[k].text])
}

// wireDashes end a dateline before the story.
var wireDashes = set("-", "_", "—", "–", "--")

// placeName is the name of place mention m: a dateline's town in
// capitals is written as a name ("TRENTON, N.J." is Trenton).
func (d *doc) placeName(m *mention) string {
	t := d.mtext(m)
	if !d.opensLine(m) || !capsWord(strings.ReplaceAll(t, " ", "")) {
		return t
	}
	ws := strings.Fields(strings.ToLower(t))
	for i, w := range ws {
		parts := strings.Split(w, "-")
		for j, p := range parts {
			if j == 0 || len(p) > 2 {
				parts[j] = capitalised(p) // "Stockton-on-Tees"
			}
		}
		ws[i] = strings.Join(parts, "-")
	}
	return strings.Join(ws, " ")
}

// opensLine: mention m opens its sentence and a line of the text.
func (d *doc) opensLine(m *mention) bool {
	return m.t0 == d.sents[m.sent].t0 && d.lineStartsAt(m.t0)
}

// lineStartsAt: token i opens a line of the text.
func (d *doc) lineStartsAt(i int) bool {
	st := d.toks[i].start
	return st == 0 || d.clean[st-1] == '\n'
}

// wireMarks follow a dateline's place: the agency's bracket or a dash.
var wireMarks = set("(", "-", "_", "—", "–")

// isISODate: "1996-08-30".
func isISODate(w string) bool {
	if len(w) != 10 || w[4] != '-' || w[7] != '-' {
		return false
	}
	for i, c := range w {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// quoteBefore returns the first token of the quote that ends right before
// a pronoun at token i which a verb of speech follows ('"...," he told'),
// or -1.
func (d *doc) quoteBefore(i int) int {
	s := &d.sents[d.toks[i].sent]
	k := i - 1
	if k >= s.t0 && d.toks[k].text == "," {
		k--
	}
	if k < s.t0 || d.toks[k].text != "\"" || i+1 >= s.t1 || !sayVerbs[d.lemma(&d.toks[i+1])] {
		return -1
	}
	for j := k - 1; j >= s.t0; j-- {
		if d.toks[j].text == "\"" {
			return j
		}
	}
	return s.t0 // the quote opened in a sentence before
}

// clauseBreaks end the stretch a sentence-opening pronoun binds: a quote
// or what follows a colon or semicolon may name the pronoun's referent.
var clauseBreaks = set(";", ":", "\"")

// looseClauses open a clause after a comma that the subject pronoun before
// does not bind ("but Stuart is confident", "who cast doubt on").
var looseClauses = set("but", "and", "while", "whereas", "although", "though", "who", "whose", "which", "as", "after", "before", "when", "because")

// onlyPerson resolves a pronoun when exactly one person is named in its
// sentence before it, or, if none is, in the sentence before, leaving out
// the people the pronoun binds (boundByPronoun).
func (d *doc) onlyPerson(i int, bound map[int]bool) int {
	return d.onlyBefore(i, func(m *mention) bool {
		return d.ents[m.ent].typ == TypePerson && d.genderFits(d.toks[i].lower, m.ent) && !bound[m.ent]
	})
}

// topicOverAside: the subject pronoun at token i ("he", "she") has one
// person named in reach, e, but e's latest mention there is inside a
// prepositional phrase ("at the request of Washington. He", "Placed under
// the care of a Dr Bailey, he"), while another person of the pronoun's
// gender is who the story is about: named twice or more before i and
// more often than e is in the whole text (so not when e is the story's
// own: "a very encouraging evening's work for Kelly Holmes. She"), or the
// subject of the sentence before. The pronoun may well be that person's,
// so e is not taken for it.
func (d *doc) topicOverAside(i, e int, named map[int]int, bound map[int]bool) bool {
	if l := d.toks[i].lower; l != "he" && l != "she" {
		return false
	}
	latest := -1
	for sc, end := range d.lookBack(i) {
		for j := end - 1; j >= sc.t0 && latest < 0; j-- {
			if m := d.toks[j].mention; m >= 0 && d.mentions[m].ent == e && d.mentions[m].t0 == j {
				latest = m
			}
		}
		if latest >= 0 {
			break
		}
	}
	if latest < 0 || d.mentions[latest].pronoun || !d.insidePhrase(&d.mentions[latest]) {
		return false
	}
	seen := map[int]int{} // people named before i -> name mentions before i
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.t0 < i && !m.pronoun && m.kind == "" && m.ent >= 0 && m.ent != e && !bound[m.ent] && d.ents[m.ent].typ == TypePerson {
			seen[m.ent]++
		}
	}
	for p, n := range seen {
		if n >= 2 && n > named[e] && d.genderFits(d.toks[i].lower, p) {
			return true
		}
	}
	// the subject of the sentence before, another person of the
	// pronoun's gender: "Byron entered the school of Dr William Glennie.
	// Placed under the care of a Dr Bailey, he"
	if si := d.toks[i].sent; si > 0 && d.mentions[latest].sent == si {
		p := &d.sents[si-1]
		for j := p.t0; j < p.t1; j++ {
			m := d.toks[j].mention
			if m >= 0 && d.mentions[m].t0 == j && d.mentions[m].ent >= 0 && d.mentions[m].ent != e && !bound[d.mentions[m].ent] &&
				d.ents[d.mentions[m].ent].typ == TypePerson && d.genderFits(d.toks[i].lower, d.mentions[m].ent) && d.subjectPosition(&d.mentions[m]) {
				return true
			}
		}
	}
	return false
}

// insidePhrase: a preposition governs mention m, maybe across an article
// and its title ("of a Dr Bailey", "alongside Jean Gabin"); not a
// subordinator ("as", "if", "because"), not a passive's agent ("formed by
// Mr Kilroy-Silk after he quit": the doer), not a topic ("As for
// Kenenisa Bekele, he"), and not a possessor ("of Mr Smith's honour").
func (d *doc) insidePhrase(m *mention) bool {
	s := &d.sents[m.sent]
	k := m.title0 - 1
	for k >= s.t0 && (d.toks[k].tag == "DT" || d.toks[k].tag == "JJ") && k >= m.title0-2 {
		k--
	}
	if k < s.t0 || d.toks[k].tag != "IN" || subordinators[d.toks[k].lower] || d.toks[k].lower == "that" || d.toks[k].lower == "by" {
		return false
	}
	if k > s.t0 && d.toks[k].lower == "for" && d.toks[k-1].lower == "as" {
		return false
	}
	return m.t1 >= s.t1 || d.toks[m.t1].text != "'s"
}

// afterDescribed: the "He" or "She" at token i opens a sentence after one
// whose subject is a person described, not named, and that names person e
// further on ("The former France boss pulled out of the race to succeed
// Mark Hughes. He has been working for Uefa"): he is most likely the one
// described, whom no name gives; not Hughes.
func (d *doc) afterDescribed(i, e int) bool {
	si := d.toks[i].sent
	l := d.toks[i].lower
	if si == 0 || i != d.sents[si].t0 || l != "he" && l != "she" || !d.describedOpening(si-1) {
		return false
	}
	p := &d.sents[si-1]
	for j := p.t0; j < p.t1; j++ {
		if m := d.toks[j].mention; m >= 0 && d.mentions[m].ent == e && !d.mentions[m].pronoun {
			return true // (not "The chancellor is travelling ... his drive": his is the chancellor's)
		}
	}
	return false
}

// afterOtherPost: the "He" or "She" at token i opens a sentence (maybe
// after "And" or "But") after one whose subject is a person described by
// a post or trade no name resolved ("The prime minister on Sunday said
// ... But he rejected"), and person e holds other posts but not that one
// (Home Secretary Charles Clarke): he is the one described, not e. A
// person with no known post (only "Mr") may be the one described and is
// not blocked.
func (d *doc) afterOtherPost(i, e int) bool {
	si := d.toks[i].sent
	s := &d.sents[si]
	k := s.t0
	if k < i && (d.toks[k].lower == "and" || d.toks[k].lower == "but") {
		k++
	}
	if si == 0 || i != k || d.toks[i].lower != "he" && d.toks[i].lower != "she" {
		return false
	}
	post := d.describedPost(si - 1)
	if post == "" {
		return false
	}
	posts := 0
	for _, t := range d.personTitles()[e] { // (asked seldom: only after a described post)
		if courtesyTitles[t] {
			continue // "Mr Blair" holds no post
		}
		if titleMatches(t, post) {
			return false
		}
		posts++
	}
	return posts > 0
}

// describedPost: sentence si opens with a person described by a post or
// trade and no name ("The prime minister on Sunday said", "The
// businessman, whose firm ..., also voiced"), the subject of the verb that
// follows, maybe after a time ("on Sunday", "yesterday") or an aside
// between commas; it returns the post's words, or "".
func (d *doc) describedPost(si int) string {
	s := &d.sents[si]
	if s.t1-s.t0 < 4 || d.toks[s.t0].lower != "the" {
		return ""
	}
	k := s.t0 + 1
	for k < s.t1 && k < s.t0+5 && d.toks[k].mention < 0 && (titleMods[d.toks[k].lower] || titleHeads[d.toks[k].lower] || professionNouns[d.toks[k].lower]) {
		k++
	}
	h := k - 1
	if h == s.t0 || !titleHeads[d.toks[h].lower] && !professionNouns[d.toks[h].lower] {
		return ""
	}
	switch {
	case k+1 < s.t1 && d.toks[k].lower == "on" && timeNouns[d.toks[k+1].lower]:
		k += 2
	case k < s.t1 && (timeNouns[d.toks[k].lower] || d.toks[k].tag == "RB"):
		k++
	case k < s.t1 && d.toks[k].text == ",":
		for k++; k < s.t1 && k < h+25 && d.toks[k].text != ","; k++ {
		}
		k++
	}
	for k < s.t1 && d.toks[k].tag == "RB" {
		k++ // "also voiced"
	}
	if k >= s.t1 || !isVerb(d.toks[k].tag) && d.toks[k].tag != "MD" || d.toks[k].tag == "VBG" || d.toks[k].tag == "VBN" {
		return ""
	}
	if p := d.titlePhrase(s.t0, h); p != "" {
		return p
	}
	return d.toks[h].lower // a trade: "the businessman"
}

// humanSubject: "The woman waited two years to sue because she ..., her
// lawyer, X, said": a pronoun in a sentence opened by an unnamed man or
// woman of its gender as subject is that person.
func (d *doc) humanSubject(i int) bool {
	s := &d.sents[d.toks[i].sent]
	k := s.t0 + 1
	if k >= i || d.toks[k].mention >= 0 || d.toks[s.t0].lower != "the" || k+1 >= s.t1 || !isVerb(d.toks[k+1].tag) && d.toks[k+1].tag != "MD" {
		return false
	}
	switch pronounGender(d.toks[i].lower) {
	case 'f':
		return femaleNouns[d.toks[k].lower]
	case 'm':
		return maleNouns[d.toks[k].lower]
	}
	return false
}

var (
	femaleNouns = set("woman", "girl", "mother", "daughter", "wife", "widow", "sister", "actress", "grandmother")
	maleNouns   = set("man", "boy", "father", "son", "husband", "brother", "grandfather")
)

// describedSaid: "The 14-year-old said she was hoping to meet X": a "he"
// or "she" right after the verb of speech of a sentence that opens with an
// age no name resolved (agedSubject) is that unnamed person. (After a post
// or a trade, "The MEP said he", the salient person is meant as before.)
func (d *doc) describedSaid(i int) bool {
	si := d.toks[i].sent
	s := &d.sents[si]
	if l := d.toks[i].lower; l != "he" && l != "she" || s.t0+1 >= i || !isAgeWord(d.toks[s.t0+1].lower) || d.toks[s.t0+1].mention >= 0 || !d.describedOpening(si) {
		return false
	}
	k := i - 1
	if k > s.t0 && d.toks[k].lower == "that" {
		k--
	}
	return k > s.t0 && sayVerbs[d.lemma(&d.toks[k])]
}

// describedOpening: sentence si opens with a person described, not named
// ("The former France boss has been linked", "The 45-year-old said"): the
// determiner, words without a name, a post or trade, then its verb.
func (d *doc) describedOpening(si int) bool {
	s := &d.sents[si]
	if d.toks[s.t0].lower != "the" {
		return false
	}
	for k := s.t0 + 1; k+1 < s.t1 && k < s.t0+5; k++ {
		t := &d.toks[k]
		if t.mention >= 0 && d.mentions[t.mention].ent >= 0 && d.ents[d.mentions[t.mention].ent].typ == TypePerson {
			return false
		}
		if titleHeads[t.lower] || professionNouns[t.lower] || isAgeWord(t.lower) && t.mention < 0 {
			n := &d.toks[k+1]
			return isVerb(n.tag) || n.tag == "MD"
		}
		if t.mention < 0 && !isLowerWord(t.text) && !strings.Contains(t.text, "-") {
			return false
		}
	}
	return false
}

func (d *doc) nearestPerson(i int) int {
	s := d.toks[i].sent
	for j := i - 1; j >= 0 && d.toks[j].sent >= s-2; j-- {
		m := d.toks[j].mention
		if m < 0 {
			continue
		}
		mm := &d.mentions[m]
		if mm.ent >= 0 && d.ents[mm.ent].typ == TypePerson {
			return mm.ent
		}
	}
	return -1
}

func isAcronymWord(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if !(r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}

// acronymCapitals returns the capitals of an acronym ("CCP"; "BE" of
// "BoE", whose small letter stands for "of"), or "" when w is none.
func acronymCapitals(w string) string {
	if isAcronymWord(w) {
		return w
	}
	if len(w) < 3 || len(w) > 6 || w[0] < 'A' || w[0] > 'Z' || w[len(w)-1] < 'A' || w[len(w)-1] > 'Z' {
		return ""
	}
	var caps strings.Builder
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			caps.WriteByte(c)
		case c < 'a' || c > 'z':
			return ""
		}
	}
	if caps.Len() < 2 || caps.Len() < len(w)-1 {
		return "" // one small letter at most: "BoE", "DfT", not "Bank"
	}
	return caps.String()
}

// impliedAcronyms: an acronym the text never defines in brackets stands for
// the one organisation named before it whose initials it spells ("the Rapid
// Support Forces ... The RSF"), when the gazetteer does not know the
// acronym and no other name in the document has those initials.
func (d *doc) impliedAcronyms(defined map[string]int) {
	byInitials := map[string]int{} // initials -> the organisation, -1 when two share them
	first := map[int]int{}         // organisation -> its first mention's token
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.ent < 0 || d.ents[m.ent].typ != TypeOrg || m.t1-m.t0 < 3 {
			continue
		}
		if _, ok := first[m.ent]; !ok {
			first[m.ent] = m.t0
		}
		ini := nameInitials(d.ents[m.ent].name)
		if len(ini) < 3 {
			continue
		}
		if e, ok := byInitials[ini]; ok && e != m.ent {
			byInitials[ini] = -1
		} else {
			byInitials[ini] = m.ent
		}
	}
	for mi := range d.mentions {
		m := &d.mentions[mi]
		w := d.toks[m.t0].text
		word := titleCaseAcronym(w) && !d.x.lem.InDict(strings.ToLower(w)) // "Acpo", "Ampas": an acronym read as a word
		if m.ent < 0 || m.t1-m.t0 != 1 || !isAcronymWord(w) && !word || d.ents[m.ent].typ != TypeOrg || m.gaz == nil && d.ents[m.ent].name != w {
			continue
		}
		if _, ok := defined[w]; ok {
			continue
		}
		e, ok := byInitials[strings.ToUpper(w)]
		if !ok || e < 0 || e == m.ent {
			continue
		}
		if m.gaz != nil && (m.gaz.Name == w || sameBodyName(m.gaz.Name, d.ents[e].name)) {
			// "ONGC" known to the gazetteer and "Oil & Natural Gas Corp"
			// in the text: one body, under the gazetteer's name, the name
			// other documents give it (a gazetteer body of other words
			// is another one: the text's full name wins, below)
			if d.ents[e].gaz == nil {
				d.moveMentions(e, m.ent)
				byInitials[strings.ToUpper(w)] = m.ent
			}
			continue
		}
		if first[e] < m.t0 || d.sents[m.sent].headline {
			m.ent, m.typ, m.gaz = e, TypeOrg, nil
		}
	}
}

// sameBodyName: two spellings of one body's name ("Food and Agriculture
// Organization", "Food & Agriculture Organisation"): every word of the
// shorter, folded, stands in the other (not "World Tourism Organisation"
// for the World Trade Organization).
func sameBodyName(a, b string) bool {
	words := func(s string) map[string]bool {
		out := map[string]bool{}
		for _, w := range strings.Fields(bodyNameFolds.Replace(strings.ToLower(s))) {
			if w == "corp" || w == "corp." {
				w = "corporation"
			}
			if !smallNameWords[w] {
				out[w] = true
			}
		}
		return out
	}
	wa, wb := words(a), words(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	shared := 0
	for w := range wa {
		if wb[w] {
			shared++
		}
	}
	return len(wa) > 0 && shared == len(wa)
}

// bodyNameFolds fold the spellings of a body's name that sameBodyName
// takes as one.
var bodyNameFolds = strings.NewReplacer("-", " ", "&", " and ", "organisation", "organization")

// titleCaseAcronym: w is written like "Acpo" or "Nasa", a capital and three
// or four lower-case letters, as some outlets write acronyms said as words.
func titleCaseAcronym(w string) bool {
	if len(w) < 4 || len(w) > 5 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// nameInitials: the capital initials of a name's words, skipping the small
// words ("RSF" of "Rapid Support Forces", "CPJ" of "Committee to Protect
// Journalists"); "" when a word does not start with a capital.
func nameInitials(name string) string {
	var ini strings.Builder
	for i, w := range strings.Fields(strings.ReplaceAll(name, "-", " ")) {
		switch {
		case i == 0 && w == "The":
			// "The Wall Street Journal": WSJ
		case w[0] >= 'A' && w[0] <= 'Z':
			ini.WriteByte(w[0])
		case smallNameWords[w] || w == "&":
		default:
			return ""
		}
	}
	return ini.String()
}

// smallNameWords are the lower-case words inside an organisation's name.
var smallNameWords = set("of", "the", "and", "for", "to", "in", "on", "de", "la", "du", "des")

// acronymFits: the letters of a are the initials of the name's words.
func acronymFits(a, name string) bool {
	var ini strings.Builder
	for _, w := range strings.Fields(name) {
		if lw := strings.ToLower(w); lw == "of" || lw == "the" || lw == "and" || lw == "for" {
			continue
		}
		ini.WriteByte(w[0])
	}
	s := strings.ToUpper(ini.String())
	// (a name of one word fits no longer acronym for holding its initial:
	// not "Bolivia (CIDOB)"); a name of three words or more fits one of
	// three letters or more that opens with its first two initials, an
	// acronym of another language's words ("Brazilian National Bank for
	// Economic and Social Development (BNDES)")
	return strings.Contains(s, a) || len(s) > 1 && strings.Contains(a, s) || len(s) >= 3 && len(a) >= 3 && a[:2] == s[:2]
}

// foreignAcronym: acronym a, in brackets right after organisation m's
// name of three words or more, stands for the name in another language
// ("the Agency for Environmental Assessment and Enforcement (OEFA)"): an
// acronym of three letters or more the gazetteer does not know as
// something else.
func (d *doc) foreignAcronym(m *mention, name, a string) bool {
	if d.ents[m.ent].typ != TypeOrg || m.gaz != nil || len(strings.Fields(name)) < 3 || len(acronymCapitals(a)) < 3 {
		return false
	}
	_, known := d.x.gaz.Lookup([]string{a}, 0)
	return !known
}

// bracketedAcronymAt: tokens from k are an acronym in brackets ("(CIDOB)").
func (d *doc) bracketedAcronymAt(k int) bool {
	return k+2 < len(d.toks) && d.toks[k].text == "(" && d.toks[k+2].text == ")" && d.toks[k+2].sent == d.toks[k].sent && acronymCapitals(d.toks[k+1].text) != ""
}

// singleName: a lone capitalised word that can be a name: not the first
// word of its sentence, not an all-capital heading, not a common word.
func (d *doc) singleName(m *mention) bool {
	t := &d.toks[m.t0]
	if m.t1-m.t0 != 1 || d.sents[m.sent].headline || nonNames[t.lower] || d.isTitleWord(t.lower) || orgHeads[t.lower] {
		return false
	}
	if !isProperTag(t.tag) && m.t0 != d.sents[m.sent].t0 || !isNameWord(t.text) || len(t.text) < 3 {
		return false
	}
	if d.x.lem.InDict(t.lower) && !isAcronymWord(t.text) && !d.leaderSurname(m) {
		return false
	}
	return m.t0 > d.sents[m.sent].t0 || !isAcronymWord(t.text)
}

// leaderSurname: mention m is a lone capitalised word inside a sentence,
// tagged a proper noun, that is the surname of a person in the gazetteer's
// leaders and ministers and the subject of the finite verb after it ("after
// Trump had a phone conversation"), though also a dictionary word (not "the
// Power Inquiry", "on Christmas Day").
func (d *doc) leaderSurname(m *mention) bool {
	t := &d.toks[m.t0]
	if m.t1-m.t0 != 1 || m.t1 >= d.sents[m.sent].t1 || !isProperTag(t.tag) || !isCapital(t.text) || isAcronymWord(t.text) {
		return false
	}
	if n := d.toks[m.t1].tag; n != "VBD" && n != "VBZ" && n != "VBP" && n != "MD" || m.t0 > d.sents[m.sent].t0 && isCapital(d.toks[m.t0-1].text) && !timeNouns[d.toks[m.t0-1].lower] && !monthWords[d.toks[m.t0-1].lower] {
		return false // (a sentence may open with it: "Trump threatened to")
	}
	return len(d.x.gaz.SurnameCountries(t.text)) > 0 && !d.isTitleWord(t.lower) && !nonNames[t.lower]
}

// usStates maps AP and postal abbreviations of US states to their names.
var usStates = map[string]string{"ala": "Alabama", "al": "Alabama", "alaska": "Alaska", "ak": "Alaska", "ariz": "Arizona",
	"az": "Arizona", "ark": "Arkansas", "ar": "Arkansas", "calif": "California", "ca": "California", "colo": "Colorado",
	"co": "Colorado", "conn": "Connecticut", "ct": "Connecticut", "del": "Delaware", "de": "Delaware", "fla": "Florida",
	"fl": "Florida", "ga": "Georgia", "hawaii": "Hawaii", "hi": "Hawaii", "idaho": "Idaho", "id": "Idaho", "ill": "Illinois",
	"il": "Illinois", "ind": "Indiana", "in": "Indiana", "iowa": "Iowa", "ia": "Iowa", "kan": "Kansas", "ks": "Kansas",
	"ky": "Kentucky", "la": "Louisiana", "maine": "Maine", "me": "Maine", "md": "Maryland", "mass": "Massachusetts",
	"ma": "Massachusetts", "mich": "Michigan", "mi": "Michigan", "minn": "Minnesota", "mn": "Minnesota", "miss": "Mississippi",
	"ms": "Mississippi", "mo": "Missouri", "mont": "Montana", "mt": "Montana", "neb": "Nebraska", "ne": "Nebraska",
	"nev": "Nevada", "nv": "Nevada", "n.h": "New Hampshire", "nh": "New Hampshire", "n.j": "New Jersey", "nj": "New Jersey",
	"n.m": "New Mexico", "nm": "New Mexico", "n.y": "New York", "ny": "New York", "n.c": "North Carolina", "nc": "North Carolina",
	"n.d": "North Dakota", "nd": "North Dakota", "ohio": "Ohio", "oh": "Ohio", "okla": "Oklahoma", "ok": "Oklahoma",
	"ore": "Oregon", "or": "Oregon", "pa": "Pennsylvania", "r.i": "Rhode Island", "ri": "Rhode Island", "s.c": "South Carolina",
	"sc": "South Carolina", "s.d": "South Dakota", "sd": "South Dakota", "tenn": "Tennessee", "tn": "Tennessee",
	"texas": "Texas", "tx": "Texas", "utah": "Utah", "ut": "Utah", "vt": "Vermont", "va": "Virginia", "wash": "Washington",
	"wa": "Washington", "w.va": "West Virginia", "wv": "West Virginia", "wis": "Wisconsin", "wi": "Wisconsin",
	"wyo": "Wyoming", "wy": "Wyoming"}

// partyTagState reads a US party and state tag ("D-Conn", "R-Texas") and
// returns the state's name, or "".
func partyTagState(w string) string {
	if len(w) < 4 || w[1] != '-' || w[0] != 'D' && w[0] != 'R' && w[0] != 'I' {
		return ""
	}
	return usStates[strings.ToLower(strings.TrimSuffix(w[2:], "."))]
}

// dictName: a lone capitalised word inside a sentence that is also a
// dictionary word ("Arsenal", "Cisco"); a name only with strong context.
func (d *doc) dictName(m *mention) bool {
	t := &d.toks[m.t0]
	s := &d.sents[m.sent]
	return m.t1-m.t0 == 1 && !s.headline && m.t0 > s.t0 && isProperTag(t.tag) && isNameWord(t.text) && len(t.text) >= 3 &&
		!nonNames[t.lower] && !d.isTitleWord(t.lower) && !orgHeads[t.lower] && !isCapital(t.text[1:])
}

// companyTailed: name mention m of two or more words ends in a company's
// generic word ("Packaging", "Petrochemical", "AB") that is no surname,
// after a first word that is no given name.
func (d *doc) companyTailed(m *mention) bool {
	if m.t1-m.t0 < 2 || m.kind != "" {
		return false
	}
	last := d.toks[m.t1-1].text
	l := strings.ToLower(last)
	if !isCapital(last) || !companyTails[l] && !companySuffixes[l] || len(d.x.gaz.SurnameCountries(last)) > 0 || d.x.gaz.IsFirstName(d.toks[m.t0].text) {
		return false
	}
	return true
}

// seatNamed: mention m names the seat of an MP or a candidate ("the
// Labour MP for Leeds Fenwick"): a constituency, whatever names it holds.
func (d *doc) seatNamed(m *mention) bool { return d.seatForBefore(m.t0) }

// seatForBefore: a seat's holder and "for" stand right before token i
// ("MP for", "candidate for").
func (d *doc) seatForBefore(i int) bool {
	return i-2 >= d.sents[d.toks[i].sent].t0 && d.toks[i-1].lower == "for" && seatTitles[d.toks[i-2].lower]
}

// placeContext: "grew up in X", "was born in X", "moved to X".
func (d *doc) placeContext(m *mention) bool {
	s := &d.sents[m.sent]
	k := m.t0 - 1
	if k-1 < s.t0 || d.toks[k].lower != "in" && d.toks[k].lower != "to" {
		return false
	}
	k--
	if d.toks[k].lower == "up" && k-1 >= s.t0 {
		k--
	}
	return locVerbs[d.toks[k].lower] && (d.toks[m.t0-1].lower == "in" || d.toks[k].lower == "moved")
}

// otherStatesBody: mention m is an acronym the gazetteer knows as a
// national sports body of no stated country ("FA") right after a country
// or its adjective ("the Scottish FA", "Egypt FA"): that country's body,
// named with the country's word; else "".
func (d *doc) otherStatesBody(m *mention) string {
	if m.gaz == nil || m.gaz.Type != TypeOrg || m.gaz.Affiliation != "" || m.t1-m.t0 != 1 || m.t0 == 0 || !isAcronymWord(d.toks[m.t0].text) || !nationalSportsBody(m.gaz.Name) {
		return ""
	}
	p := d.toks[m.t0-1].mention
	if p < 0 || d.toks[m.t0-1].sent != m.sent || d.mentions[p].t1 != m.t0 || d.mentions[p].gaz == nil || d.mentions[p].gaz.Type != TypeGPE || homeOfBody[m.gaz.Name] == d.mentions[p].gaz.Name {
		return "" // (not "the English FA": the FA itself)
	}
	return d.mtext(&d.mentions[p]) + " " + d.mtext(m)
}

// homeOfBody: the country whose body the gazetteer's body is, where the
// gazetteer gives none.
var homeOfBody = map[string]string{"Football Association": "England"}

// nationalSportsBody: a body's name is a national sport's governing body's
// kind ("Football Association", "Rugby Football Union"), which every
// country has under the same acronym.
func nationalSportsBody(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	in := func(words map[string]bool) bool {
		return slices.ContainsFunc(ws, func(w string) bool { return words[w] })
	}
	return in(nationalSports) && !in(overNations)
}

// nationalSports are sports whose governing bodies each country has;
// overNations name bodies over them.
var nationalSports = set("football", "rugby", "olympic", "cricket", "athletics")
var overNations = set("international", "world", "european")

// recognisedPlaceAfterPrep: a name of two or more words the recogniser
// reads as a place, after "in", "at", "near" or "to" ("the summit at Lough
// Erne", "talks at Camp David", "flew to Loch Ness"), outside a sports
// report.
func (d *doc) recognisedPlaceAfterPrep(m *mention) bool {
	if m.t1-m.t0 < 2 || m.t0 == d.sents[m.sent].t0 || !placeType(d.nerType(m.t0, m.t1)) || d.sport() {
		return false // (in a sports report a town's name is often its club's: "invest in Sheffield Wednesday")
	}
	if d.x.gaz.IsFirstName(d.toks[m.t0].text) || len(d.x.gaz.SurnameCountries(d.toks[m.t1-1].text)) > 0 && !d.x.lem.InDict(d.toks[m.t0].lower) && !d.particleInside(m) {
		return false // "wrote to Monica Tapia", "talks with Yitzak Shamir": a person (not "Camp David", nor "Puerta del Sol", no given name before its "del")
	}
	if w := strings.ToLower(d.toks[m.t1-1].text); orgHeads[w] || companyTails[w] || w == "consolidated" {
		return false // "shares in Driefontein Consolidated": a company
	}
	common := true
	for k := m.t0; k < m.t1; k++ {
		common = common && d.x.lem.InDict(d.toks[k].lower)
	}
	if common {
		return false // "in the Oil Industry": common words capitalised
	}
	p := m.t0 - 1
	if d.toks[p].lower == "the" && p > d.sents[m.sent].t0 && d.particleInside(m) {
		p-- // "at the Plaza de Mayo"
	}
	switch d.toks[p].lower {
	case "in", "at", "near", "to", "outside":
		return true
	}
	return false
}

// particleInside: name m has a lower-case particle between its first and
// last words ("Puerta del Sol", "Plaza de Mayo").
func (d *doc) particleInside(m *mention) bool {
	for k := m.t0 + 1; k+1 < m.t1; k++ {
		if nameParticles[d.toks[k].text] {
			return true
		}
	}
	return false
}

// facilityAfter: a lone unknown name before a site noun in lower case
// ("Tripoli's Matiga airport", "Evin prison", "the Makamba region
// Wednesday") names the place.
func (d *doc) facilityAfter(m *mention) bool { return d.placeKindAt(&d.sents[m.sent], m.t1) }

// placeKindAt: token e of sentence s is a lower-case noun of the kind of
// place named before it, ending the phrase (or before a day).
func (d *doc) placeKindAt(s *sent, e int) bool {
	return e < s.t1 && facilityNouns[d.toks[e].text] && (e+1 == s.t1 || !isNoun(d.toks[e+1].tag) || timeNouns[d.toks[e+1].lower])
}

// facilityNouns name a place by the name before them.
var facilityNouns = union(harbourNouns, set("prison", "jail", "district", "province", "neighbourhood", "neighborhood", "region", "county",
	"governorate", "prefecture", "oblast", "municipality"))

// hometownOf: "his hometown of Russell", "the village of Rock Hill": the
// name is a place.
func (d *doc) hometownOf(m *mention) bool {
	s := &d.sents[m.sent]
	k := m.t0 - 1
	if m.t1-m.t0 >= 2 && d.x.gaz.IsFirstName(d.toks[m.t0].text) && k-2 >= s.t0 && d.toks[k-2].lower == "the" {
		return false // "Tampico, the hometown of Maria Lopez": whose hometown
	}
	return k-1 >= s.t0 && d.toks[k].lower == "of" && townNouns[d.toks[k-1].lower] && !(m.t1 < s.t1 && d.toks[m.t1].text == "'s")
}

// nativeOf: "a native of Fort Worth", "Modesto native George Lucas", "a
// Fargo native,": the name is a place someone comes from.
func (d *doc) nativeOf(m *mention) bool {
	s := &d.sents[m.sent]
	if m.kind == MentionDemonym || m.modifier {
		return false
	}
	if k := m.t0 - 1; k-1 >= s.t0 && d.toks[k].lower == "of" && (d.toks[k-1].lower == "native" || d.toks[k-1].lower == "natives") {
		return true
	}
	k := m.t1
	if k >= s.t1 || d.toks[k].lower != "native" && d.toks[k].lower != "natives" {
		return false
	}
	return k+1 == s.t1 || d.toks[k+1].text == "," || d.toks[k+1].text == "." || d.toks[k+1].lower == "who" || d.proper(k+1) || d.toks[k+1].mention >= 0
}

// townNouns before "of" and a name say it is a place (not "the state of
// Parmalat's finances").
var townNouns = set("hometown", "birthplace", "city", "town", "village", "suburb")

// cityBeforeState: "of Bethany, Conn.,", "in Kulm, N.D.": an unknown name
// before a comma and a state or country the gazetteer knows, closed by a
// comma or the sentence's end, is a town there.
func (d *doc) cityBeforeState(m *mention) bool {
	s := &d.sents[m.sent]
	k := m.t1
	saint := m.t1-m.t0 == 2 && (d.toks[m.t0].text == "St." || d.toks[m.t0].text == "St" || d.toks[m.t0].text == "Saint") // "St. Paul, Minnesota" wherever it stands
	if m.gaz != nil || k+1 >= s.t1 || d.toks[k].text != "," || !saint && (m.t0 == s.t0 || !placePreps[d.toks[m.t0-1].lower] && d.toks[m.t0-1].lower != "of" && d.toks[m.t0-1].lower != "from") {
		return false
	}
	n := d.toks[k+1].mention
	if n < 0 || d.mentions[n].t0 != k+1 || d.mentions[n].gaz == nil || !placeEntry(d.mentions[n].gaz) {
		return false
	}
	e := d.mentions[n].t1
	return e >= s.t1 || d.toks[e].text == "," || d.toks[e].text == "." || saint
}

// companyContext: "shares in X", "X's chief executive", "firm X".
func (d *doc) companyContext(m *mention) bool {
	s := &d.sents[m.sent]
	if d.orgContext(m.t0) || d.foundedAfter(s, m.t1) {
		return true // (also "Lumora was founded in 2020 by")
	}
	// p is where the name's phrase starts: before a country's possessive
	// ("shares in Germany's Siemens", "bought France's Arcelor")
	p := d.pastCountryPossessive(m)
	if p-2 >= s.t0 && d.toks[p-1].lower == "in" && (d.toks[p-2].lower == "shares" || d.toks[p-2].lower == "stake") {
		return true
	}
	if p-2 >= s.t0 && d.toks[p-1].lower == "at" && analystNouns[d.toks[p-2].lower] {
		return true // "analysts at Bernstein said": the analysts' firm
	}
	if p-1 >= s.t0 && acquireWords[d.toks[p-1].lower] {
		return true // "agreed to buy Mannesmann"
	}
	if p-1 >= s.t0 && ownedWord(d.toks[p-1].lower) {
		return true // "state-owned Rosneft", "Paris-listed Alstom"
	}
	if p-1 >= s.t0 && (p-1 == s.t0 || isLowerWord(d.toks[p-1].text)) && pluralOf(d.toks[p-1].lower, orgCues) {
		return true // "publishers Eidos", "rivals Carlsberg"
	}
	if p-1 >= s.t0 && d.toks[p-1].lower == "the" && m.gaz == nil && !placeType(d.nerType(m.t0, m.t1)) && !strings.Contains(d.toks[m.t0].text, "-") && m.t1 < s.t1 && theCompanyNouns[d.toks[m.t1].lower] && (m.t1+1 == s.t1 || !isNoun(d.toks[m.t1+1].tag)) {
		return true // "the Chrysler group whose returns"
	}
	if d.itsAfter(m) {
		return true // "Heineken is doing its own podcast"
	}
	if k := m.t1; k+1 < s.t1 && d.toks[k].text == "," && d.toks[k+1].lower == "which" && m.gaz == nil && m.t1-m.t0 == 1 && d.nerType(m.t0, m.t1) == TypePerson && !d.x.gaz.IsFirstName(d.toks[m.t0].text) {
		return true // "Bayer, which bought Monsanto": a person would be "who" (a work's title is no company either: "Beyond Borders, which starred")
	}
	if k := m.t1; k+2 < s.t1 && d.toks[k].text == "," && d.toks[k+1].lower == "which" && m.gaz == nil && m.t1-m.t0 == 1 && d.x.gaz.IsFirstName(d.toks[m.t0].text) && companyWhichVerbs[d.toks[k+2].lower] {
		return true // "Meta, which owns Instagram": a first name too, but a person would be "who"
	}
	if m.t0-2 >= s.t0 && d.toks[m.t0-1].lower == "based" && d.toks[m.t0-2].text == "-" {
		return true // "Santa Monica-based Activision": a place is not based anywhere
	}
	if k := m.t0 - 2; k-1 >= s.t0 && (d.toks[m.t0-1].lower == "and" || d.toks[m.t0-1].text == ",") {
		if d.toks[k].text == "'s" && k-2 >= s.t0 {
			k-- // "owns Tetley's and Holsten"
		}
		if isCapital(d.toks[k].text) && acquireWords[d.toks[k-1].lower] {
			return true // "owns Booker and Londis": the second of two companies
		}
	}
	if m.t0-2 >= s.t0 && (d.toks[m.t0-1].lower == "of" || d.toks[m.t0-1].lower == "for" || d.toks[m.t0-1].lower == "over" || d.toks[m.t0-1].lower == "with") && acquireWords[d.toks[m.t0-2].lower] {
		return true // "the takeover of Mannesmann", "a bid for Yukos", "merge with Glaxo"
	}
	if k := m.t1 + 1; k < s.t1 && d.toks[m.t1].text == "'s" {
		if k+1 < s.t1 && (d.toks[k].tag == "JJ" || d.toks[k].tag == "NN") && d.toks[k+1].mention < 0 && (companyNouns[d.toks[k+1].lower] || analystNouns[d.toks[k+1].lower]) {
			k++ // "Gartner's principal analyst"
		}
		if companyNouns[d.toks[k].lower] || corporateLinks[d.toks[k].lower] || analystNouns[d.toks[k].lower] {
			return true // ("Lexus's parent company Toyota")
		}
	}
	if k := m.t0 - 1; k-1 >= s.t0 && d.toks[k].lower == "of" && corporateLinks[d.toks[k-1].lower] || k-2 >= s.t0 && d.toks[k].lower == "of" && d.toks[k-1].lower == "company" && d.toks[k-2].lower == "parent" {
		return true // "a subsidiary of X", "the parent company of X"
	}
	if k := m.t1; k+1 < s.t1 && sayVerbs[d.x.lem.Lemma(d.toks[k].lower)] && isVerb(d.toks[k].tag) {
		j := k + 1
		if d.toks[j].lower == "that" {
			j++
		}
		if j < s.t1 && d.toks[j].lower == "its" {
			return true // "Diageo said its profits rose" (not "Mourinho said it would hurt": anyone's "it")
		}
	}
	if m.t1+1 < s.t1 && (m.t0 > s.t0 || d.startsTitledName(m)) && corporateTitles[d.toks[m.t1].lower] && len(d.toks[m.t0].text) > 2 && (d.proper(m.t1+1) || d.toks[m.t1+1].mention >= 0) {
		return true // "Wembley chairman Claes Hultman", "Healy president George Malina said"
	}
	for k := m.t1; k < s.t1 && k < m.t1+4; k++ {
		// "Carlsberg has agreed to buy X", "Tesco bought X": the buyer
		l := d.toks[k].lower
		if isVerb(d.toks[k].tag) && acquireWords[l] && l != "take" && l != "took" && l != "taken" {
			return true
		}
		if l != "has" && l != "have" && l != "had" && l != "agreed" && l != "agrees" && l != "to" && l != "will" && l != "would" && l != "is" && l != "was" && l != "also" && l != "plans" && l != "wants" {
			break
		}
	}
	if k := m.t1; k+2 < s.t1 && (d.toks[k].lower == "made" || d.toks[k].lower == "makes" || d.toks[k].lower == "launched" || d.toks[k].lower == "tabled") {
		// "Blackburn made a bid for X": a bidder
		if l := d.toks[k+2].lower; (d.toks[k+1].lower == "a" || d.toks[k+1].lower == "an") && (l == "bid" || l == "offer" || l == "takeover") {
			return true
		}
	}
	if m.t1+1 < s.t1 && d.toks[m.t1].lower == "which" && (d.toks[m.t1+1].tag == "VBZ" || d.toks[m.t1+1].tag == "VBD") {
		return true // "the likes of Intel which is also"
	}
	if m.t1+1 < s.t1 && companyNouns[d.toks[m.t1].lower] {
		return true // "Yukos shareholders", "Vodafone boss"
	}
	if k := m.t1; k+1 < s.t1 && (d.toks[k].lower == "political" || d.toks[k].lower == "armed" || d.toks[k].lower == "militant") && partyNouns[d.toks[k+1].lower] {
		return true // "Algeria's Ettahadi political party", "the Mahdi armed militia"
	}
	if m.t1 < s.t1 && partyNouns[d.toks[m.t1].lower] && (m.t1+1 == s.t1 || !isNoun(d.toks[m.t1+1].tag)) {
		return true // "Mugabe's ZANU-PF party", "the Fatah faction"
	}
	return d.describedAsCompany(m) || d.inCompanyList(m)
}

// pastCountryPossessive returns where lone name m's phrase starts: at the
// country whose possessive stands before it ("Germany's Siemens"), else
// at m.
func (d *doc) pastCountryPossessive(m *mention) int {
	s := &d.sents[m.sent]
	p := m.t0
	if p-2 >= s.t0 && d.toks[p-1].text == "'s" {
		if g := d.toks[p-2].mention; g >= 0 && d.mentions[g].typ == TypeGPE && d.mentions[g].t1 == p-1 {
			return d.mentions[g].t0
		}
	}
	return p
}

// startsTitledName: a lone word that opens its sentence, no dictionary
// word, before a lower-case post and a full name: "Healy president George
// Malina said", "FAA administrator Allan McArtor issued".
func (d *doc) startsTitledName(m *mention) bool {
	s := &d.sents[m.sent]
	t := &d.toks[m.t0]
	if m.t0 != s.t0 || m.t1-m.t0 != 1 || s.headline || m.t1+2 >= s.t1 || m.gaz != nil || placeType(d.nerType(m.t0, m.t1)) || strings.Contains(t.text, "-") || !isProperTag(t.tag) || d.x.lem.InDict(t.lower) && !isAcronymWord(t.text) || len(t.text) < 3 {
		return false
	}
	n := d.toks[m.t1+1].mention
	return n >= 0 && d.mentions[n].t0 == m.t1+1 && d.mentions[n].t1-d.mentions[n].t0 >= 2
}

// givenNameHonorifics may stand before a person's given name alone.
var givenNameHonorifics = set("mr", "mrs", "ms", "miss", "sir", "dame", "dr")

// ownedWord: "state-owned", "family-run", "Paris-listed" before a name
// say it names a company.
func ownedWord(w string) bool {
	suf := suffixIn(w, ownedSuffixes)
	return suf != "" && len(w) > len(suf)
}

var ownedSuffixes = []string{"-owned", "-run", "-controlled", "-listed", "-quoted"}

// pluralOf reports whether w is the plural of a word of set ("publishers").
func pluralOf(w string, set map[string]bool) bool {
	return len(w) > 2 && strings.HasSuffix(w, "s") && set[w[:len(w)-1]]
}

// analystNouns after a lone name's possessive make it a company
// ("Gartner's principal analyst"); before a name they are titles.
var analystNouns = set("analyst", "analysts", "economist", "economists", "strategist")

// theCompanyNouns after "the" and a lone name make it a company ("the
// Chrysler group"); "team", "brand" or "camp" would not ("the Bush team").
var theCompanyNouns = set("group", "company", "firm", "bank", "airline", "carmaker", "retailer", "conglomerate", "chain",
	"brewer", "insurer", "lender", "network", "studio", "publisher", "giant", "operator", "supermarket")

// itsAfter: a lone name followed by its verbs and "its" names a company:
// "Heineken is doing its own podcast", "Symbian plans to cut its prices".
func (d *doc) itsAfter(m *mention) bool {
	s := &d.sents[m.sent]
	if m.t0 > s.t0 {
		if b := &d.toks[m.t0-1]; b.tag == "IN" && b.lower != "that" || b.text == "'s" || b.tag == "DT" || b.mention >= 0 || d.proper(m.t0-1) {
			return false // ("a stake in Rosneft raised its value", "UK Athletics has ended its search")
		}
	}
	verbs := 0
	for k := m.t1; k < s.t1 && k < m.t1+5; k++ {
		t := &d.toks[k]
		switch {
		case t.lower == "its":
			return verbs > 0
		case isVerb(t.tag) || t.tag == "MD":
			verbs++
		case t.tag == "RB" || t.tag == "TO":
		default:
			return false
		}
	}
	return false
}

// inCompanyList: a lone name in a list whose neighbour is a known
// organisation ("Symantec, McAfee, Trend Micro") or after a company noun
// and "such as" or "including" ("technology firms Earthlink and Webroot",
// "firms such as Symantec, McAfee").
func (d *doc) inCompanyList(m *mention) bool {
	s := &d.sents[m.sent]
	if m.t1-m.t0 != 1 {
		return false
	}
	// a word of the dictionary needs the list's company noun ("the
	// automakers - Ford, Chrysler"), a neighbour is not enough ("the
	// Department of Trade and Industry", "Factory", "Closer")
	dict := d.x.lem.InDict(d.toks[m.t0].lower)
	if dict && m.t0 > s.t0 && d.proper(m.t0-1) {
		return false // "operators London Clubs International"
	}
	org := func(k int) bool { // the mention ending at token k (exclusive) or starting at k is a known organisation
		if k < s.t0 || k >= s.t1 {
			return false
		}
		n := d.toks[k].mention
		return n >= 0 && (d.mentions[n].typ == TypeOrg || d.mentions[n].gaz != nil && d.mentions[n].gaz.Type == TypeOrg)
	}
	listSep := func(k int) bool {
		return k >= s.t0 && k < s.t1 && (d.toks[k].text == "," || d.toks[k].lower == "and" || d.toks[k].lower == "or")
	}
	// (a comma alone may join a town and its state: "Orange County, Va.";
	// a list goes on past the name or has "and")
	word := func(k int) bool {
		return k >= s.t0 && k < s.t1 && (d.toks[k].lower == "and" || d.toks[k].lower == "or")
	}
	b := d.pastCountryPossessive(m) // where the member starts: "and the UK's Corus"
	if b < m.t0 && b-1 >= s.t0 && d.toks[b-1].lower == "the" {
		b--
	}
	if !dict && (org(b-2) && (word(b-1) || d.toks[b-1].text == "," && listSep(m.t1)) ||
		org(m.t1+1) && (word(m.t1) || d.toks[m.t1].text == "," && listSep(m.t0-1)) ||
		m.t1+1 < s.t1 && d.toks[m.t1].text == "," && d.toks[m.t1+1].lower == "and" && org(m.t1+2)) {
		return true
	}
	// walk left over the list to its head
	k := m.t0 - 1
	for k >= s.t0 && (listSep(k) || d.toks[k].mention >= 0 || d.proper(k)) {
		k--
	}
	if k > s.t0 && (listOpeners[d.toks[k].text] && d.toks[k].start > d.toks[k-1].end || d.toks[k].text == ":") {
		k-- // "the automakers - Ford, Chrysler and General Motors -"
	}
	if k-1 >= s.t0 && d.toks[k].lower == "as" && d.toks[k-1].lower == "such" {
		k -= 2
	} else if k >= s.t0 && (d.toks[k].lower == "including" || d.toks[k].lower == "like") {
		k--
	}
	if k < s.t0 {
		return false
	}
	l := d.toks[k].lower
	return isLowerWord(l) && strings.HasSuffix(l, "s") && orgCues[l[:len(l)-1]] && k < m.t0-1
}

// listOpeners open a list after its noun: a spaced dash or a bracket.
var listOpeners = set("-", "–", "—", "(")

// partyNouns after a lone name say it names a political organisation.
var partyNouns = set("party", "faction", "movement", "militia")

// describedAsCompany: an apposition or a copula after the name describes a
// company ("Sibneft, a Russian oil company,", "Diageo, the drinks group,",
// "Yukos is a Russian oil firm", "Opel, a unit of GM,").
func (d *doc) describedAsCompany(m *mention) bool {
	s := &d.sents[m.sent]
	k := m.t1
	if k+2 >= s.t1 || d.toks[k].text != "," && !beVerbs[d.toks[k].lower] {
		return false
	}
	j := k + 2
	if !determiners[d.toks[k+1].lower] {
		// "Varig, Brazil's flagship airline": a country's, not a determiner
		c := d.toks[k+1].mention
		if d.toks[k].text != "," || c < 0 || d.mentions[c].t0 != k+1 || d.mentions[c].typ != TypeGPE || d.mentions[c].t1+1 >= s.t1 || d.toks[d.mentions[c].t1].text != "'s" {
			return false // ("Yukos is a Russian oil firm")
		}
		j = d.mentions[c].t1 + 1
	}
	for j < s.t1 && d.toks[j].mention >= 0 {
		n := &d.mentions[d.toks[j].mention]
		if n.typ != TypeGPE && n.typ != TypeLoc && n.kind != MentionDemonym {
			return false
		}
		j = n.t1 // "a Russian", "a US"
		if j < s.t1 && d.toks[j].text == "'s" {
			j++ // "the UK's premium rate services watchdog"
		}
	}
	return j < s.t1 && d.cueAfter(j, false) >= 0
}

// boundObject: the object pronoun at token i ("him", "her" right after
// a verb) is not the verb's subject ("Chapman shot him": not Chapman;
// binding condition B): the person named just before the verb, in the same
// clause.
func (d *doc) boundObject(i int) map[int]bool {
	s := &d.sents[d.toks[i].sent]
	v := i - 1
	if v <= s.t0 || !isVerb(d.toks[v].tag) || d.toks[i].lower == "her" && i+1 < s.t1 && (isNoun(d.toks[i+1].tag) || d.toks[i+1].tag == "JJ") {
		return nil // ("told her husband": a possessive)
	}
	for k := v - 1; k >= s.t0 && k >= v-4; k-- {
		t := &d.toks[k]
		if t.text == "," || t.tag == "CC" {
			if k == v-1 && (t.tag == "CC" && d.toks[v].tag == "VBD" || t.text == "," && d.toks[v].tag == "VBG") {
				// "Maduro met Kriener and accused him", "Maduro expelled
				// Kriener, accusing him": the verb shares the sentence's
				// subject, whom the object pronoun cannot be
				if e := d.sentenceSubject(s, k); e >= 0 {
					return map[int]bool{e: true}
				}
			}
			return nil
		}
		if m := t.mention; m >= 0 && d.mentions[m].ent >= 0 && d.ents[d.mentions[m].ent].typ == TypePerson && !d.mentions[m].pronoun {
			if b := d.mentions[m].title0 - 1; b >= s.t0 && (phrasePreps[d.toks[b].lower] || d.toks[b].text == "'s") {
				return nil // "Foxx's performance as Ray has earned him": Ray is no subject
			}
			return map[int]bool{d.mentions[m].ent: true}
		}
		if !isVerb(t.tag) && t.tag != "RB" && t.tag != "MD" {
			return nil
		}
	}
	return nil
}

// sentenceSubject returns the person named (not by a pronoun) as the
// subject of sentence s before token k: the first person's name, when it
// stands in subject position; or -1.
func (d *doc) sentenceSubject(s *sent, k int) int {
	for j := s.t0; j < k; j++ {
		m := d.toks[j].mention
		if m < 0 || d.mentions[m].t0 != j || d.mentions[m].ent < 0 || d.mentions[m].pronoun {
			continue
		}
		if d.ents[d.mentions[m].ent].typ != TypePerson || !d.subjectPosition(&d.mentions[m]) {
			return -1
		}
		return d.mentions[m].ent
	}
	return -1
}

// phrasePreps open a phrase whose name is no clause's subject.
var phrasePreps = set("as", "of", "for", "with", "by", "in", "on", "at", "from", "to", "about", "like", "against", "than")

// genderFits: "he" cannot be Susan, "she" cannot be John; nor can "she" be
// the Trump a "he" was resolved to, or "he" Mrs Smith; unknown names fit
// both.
func (d *doc) genderFits(pronoun string, e int) bool {
	switch g := d.knownSex(e); pronounGender(pronoun) {
	case 'm':
		return g != 'f'
	case 'f':
		return g != 'm'
	}
	return true
}

// knownSex returns person e's gender: the one the first-name lists give
// the given name of a full name, else the one the text gave (d.sex), or 0
// (or 'u' for a name used for both when the text says nothing).
func (d *doc) knownSex(e int) byte {
	var g byte
	if w := strings.Fields(d.ents[e].name); len(w) >= 2 {
		g = d.x.gaz.Gender(w[0])
	}
	if g == 0 || g == 'u' {
		if t := d.sex[e]; t != 0 {
			return t
		}
	}
	return g
}

// lookBack yields the stretches a pronoun or description at token i looks
// back over, nearest first: its own sentence up to i, then the whole
// sentence before; each as the sentence and the token it ends before.
func (d *doc) lookBack(i int) iter.Seq2[*sent, int] {
	return func(yield func(*sent, int) bool) {
		si := d.toks[i].sent
		if !yield(&d.sents[si], i) || si == 0 {
			return
		}
		yield(&d.sents[si-1], d.sents[si-1].t1)
	}
}

// onlyBefore returns the single entity, among the resolved mentions that
// fit, named before token i in its sentence, or, if none is, in the sentence
// before; -1 when none or several.
func (d *doc) onlyBefore(i int, fits func(m *mention) bool) int {
	for sc, end := range d.lookBack(i) {
		switch e := d.oneFitting(sc.t0, end, fits); {
		case e == -2:
			return -1
		case e >= 0:
			return e
		}
	}
	return -1
}

// oneFitting returns the single entity among the resolved mentions that fit
// in tokens [t0, t1) (no dateline's credit), -1 when none fits, -2 when
// several do.
func (d *doc) oneFitting(t0, t1 int, fits func(m *mention) bool) int {
	found := -1
	for j := t0; j < t1; j++ {
		m := d.toks[j].mention
		if m < 0 || d.mentions[m].ent < 0 || !fits(&d.mentions[m]) || d.datelineCredit(&d.mentions[m]) {
			continue
		}
		if found >= 0 && found != d.mentions[m].ent {
			return -2
		}
		found = d.mentions[m].ent
	}
	return found
}

// onlyPeople returns the one nation named as a people ("the Chinese",
// "North Koreans") before token i in its sentence or in the one before,
// when no other organisation, country or plural is in between; else -1.
func (d *doc) onlyPeople(i int) int {
	for sc, end := range d.lookBack(i) {
		ent, people := -1, false
		for j := sc.t0; j < end; j++ {
			m := d.toks[j].mention
			if m < 0 || d.mentions[m].ent < 0 || d.mentions[m].pronoun || d.mentions[m].modifier {
				continue
			}
			mm := &d.mentions[m]
			if t := d.ents[mm.ent].typ; t != TypeGPE && t != TypeOrg {
				continue
			}
			if ent >= 0 && ent != mm.ent {
				return -1 // two groups that could be "they"
			}
			ent = mm.ent
			people = people || mm.gaz != nil && d.peopleForm(mm)
		}
		if ent >= 0 {
			if people {
				return ent
			}
			return -1
		}
	}
	return -1
}

// peopleForm: "the Chinese", "North Koreans", "Americans" name a nation's
// people (a plural), not the state.
func (d *doc) peopleForm(m *mention) bool {
	w := d.toks[m.t1-1].lower
	if m.t0 > 0 && d.toks[m.t0-1].lower == "the" && (strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish") || strings.HasSuffix(w, "ch")) {
		return true
	}
	return strings.HasSuffix(w, "s") && d.mtext(m) != m.gaz.Name && !strings.EqualFold(d.mtext(m), m.gaz.Name)
}

// namedBodyWord returns, for a lone capitalised organisation word after
// "the" (mention m, no gazetteer entry), the entity of the last
// organisation named before it with that word; else -1.
func (d *doc) namedBodyWord(m *mention) int {
	if m.gaz != nil || m.t1-m.t0 != 1 || m.t0 == 0 || !orgHeads[d.toks[m.t0].lower] || d.toks[m.t0-1].lower != "the" {
		return -1
	}
	w := d.toks[m.t0].lower
	return d.bodyNamedBefore(m.t0, func(de *dent, _ *mention) bool {
		return slices.Contains(strings.Fields(strings.ToLower(de.name)), w)
	})
}

// bodyNamedBefore returns the entity of the last organisation named before
// token t whose entity and mention fit, or -1.
func (d *doc) bodyNamedBefore(t int, fits func(de *dent, pm *mention) bool) int {
	for k := t - 1; k >= 0; k-- {
		mi := d.toks[k].mention
		if mi < 0 || d.mentions[mi].ent < 0 || d.mentions[mi].pronoun {
			continue
		}
		if de := d.ents[d.mentions[mi].ent]; de.typ == TypeOrg && fits(de, &d.mentions[mi]) {
			return d.mentions[mi].ent
		}
	}
	return -1
}

// knownWordOfBody: mention m is "the" and one word the gazetteer knows as
// an organisation ("the Commons"), and the text named an organisation
// before whose name ends in that word ("the Wikimedia Commons"): that
// organisation's entity, or -1.
func (d *doc) knownWordOfBody(m *mention) int {
	if m.gaz == nil || m.gaz.Type != TypeOrg || m.t1-m.t0 != 1 || m.t0 == 0 || d.toks[m.t0-1].lower != "the" {
		return -1
	}
	w := d.toks[m.t0].lower
	return d.bodyNamedBefore(m.t0, func(de *dent, pm *mention) bool {
		return pm.t1-pm.t0 >= 2 && !strings.EqualFold(de.name, m.gaz.Name) && strings.EqualFold(lastWord(de.name), w)
	})
}

// initialBefore returns the initial written right before mention m ("S
// Jones", "G. Easterby"), or 0.
func (d *doc) initialBefore(m *mention) byte {
	k := m.t0 - 1
	if k >= 0 && d.toks[k].text == "." {
		k--
	}
	if k < 0 || d.toks[k].sent != m.sent {
		return 0
	}
	if w := d.toks[k].text; (len(w) == 1 || len(w) == 2 && w[1] == '.') && w[0] >= 'A' && w[0] <= 'Z' {
		return w[0]
	}
	return 0
}

// listEntryInitial: token k is a capital initial ("S", "S.") opening an
// entry of a list, whose name ends at token end: a comma, semicolon,
// colon or bracket (or the sentence's start) before it, and a bracket,
// comma, semicolon or full stop (or the sentence's end) after the name
// ("; S Jones (Clermont Auvergne),"; not "A Jones goal").
func (d *doc) listEntryInitial(k, end int) bool {
	w := d.toks[k].text
	if !(len(w) == 1 || len(w) == 2 && w[1] == '.') || w[0] < 'A' || w[0] > 'Z' || w == "I" {
		return false
	}
	s := &d.sents[d.toks[k].sent]
	if k > s.t0 && !entryOpeners[d.toks[k-1].text] || k+1 >= s.t1 || isAcronymWord(d.toks[k+1].text) || strings.Contains(d.clean[d.toks[k].end:d.toks[k+1].start], "\n") {
		return false // (not "Y\nDTD" in a table of figures)
	}
	return end >= s.t1 || entryClosers[d.toks[end].text]
}

var (
	entryOpeners = set(",", ";", ":", "(")
	entryClosers = set("(", ",", ";", ".", ")")
)

// personIndex finds the people of a document by the words of their names,
// accents folded (fold.Accents: "Erdoğan" finds "Recep Tayyip Erdogan"). It
// lists only people whose name has two words or more and who were not
// merged into another (see resolve), in entity order; look it up with
// surname, first and tail, which fold the word looked for.
type personIndex struct {
	bySurname map[string]int   // last word -> the first person
	byFirst   map[string]int   // first word -> the first person
	byTail    map[string][]int // last words ("blair", "kilroy silk") -> the people
}

// surname returns the first person whose last word is w, folded.
func (ix personIndex) surname(w string) (int, bool) {
	pe, ok := ix.bySurname[fold.Accents(w)]
	return pe, ok
}

// first returns the first person whose first word is w, folded.
func (ix personIndex) first(w string) (int, bool) {
	pe, ok := ix.byFirst[fold.Accents(w)]
	return pe, ok
}

// tail returns the people whose name ends in words tail, folded.
func (ix personIndex) tail(tail string) []int { return ix.byTail[fold.Accents(tail)] }

// hasStateBody: mention mi is a state's institution (stateInstitutions).
func (d *doc) hasStateBody(mi int) bool {
	_, ok := d.stateBodies[mi]
	return ok
}

// sharedSurname returns the full name of a lone given name m that shares
// the surname of the person named right after "and" ("Bob and Maureen
// McDonnell", "Bill and Hillary Clinton": Bob McDonnell, Bill Clinton),
// or "" (the caller leaves out a surname of the document: "Williams and
// Hal Luscombe").
func (d *doc) sharedSurname(m *mention) string {
	if m.t1-m.t0 != 1 || !d.x.gaz.IsFirstName(d.toks[m.t0].text) || m.t1+1 >= len(d.toks) || d.toks[m.t1].lower != "and" {
		return ""
	}
	if b := m.t0 - 1; b >= d.sents[m.sent].t0 && (d.toks[b].lower == "the" || isCapital(d.toks[b].text) && !d.isTitleWord(d.toks[b].lower)) {
		return "" // "the Jesus and Mary Chain", "The American Boy and Robbie Williams": a name's part
	}
	n := d.toks[m.t1+1].mention
	if n < 0 || d.mentions[n].t0 != m.t1+1 || d.mentions[n].sent != m.sent || d.mentions[n].ent < 0 || d.ents[d.mentions[n].ent].typ != TypePerson || d.mentions[n].t1-d.mentions[n].t0 < 2 {
		return ""
	}
	ws := d.ents[d.mentions[n].ent].words
	if len(ws) < 2 || !d.x.gaz.IsFirstName(d.toks[d.mentions[n].t0].text) {
		return ""
	}
	last := strings.Fields(d.ents[d.mentions[n].ent].name)
	return d.toks[m.t0].text + " " + strings.Join(last[len(last)-len(ws)+1:], " ")
}

// unlikelyPerson: person pe, whom the gazetteer does not know, has a first
// word that is no known given name ("Katya Albiter from Vivir México": the
// recogniser's person is a website), so a place of its last word's name is
// not that person; unless an apposition calls the person one ("Valeska
// Paris, an Australian woman, ... Paris claims").
func (d *doc) unlikelyPerson(pe int) bool {
	ws := d.ents[pe].words
	if d.ents[pe].gaz != nil || len(ws) == 0 || d.x.gaz.IsFirstName(capitalised(ws[0])) {
		return false
	}
	return !d.calledBy(pe, func(string) bool { return true })
}

func (d *doc) indexPeople(plist []int, merge map[int]int) personIndex {
	ix := personIndex{bySurname: map[string]int{}, byFirst: map[string]int{}, byTail: map[string][]int{}}
	written := map[int][]string{} // gazetteer people: the last words of their full names as written
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.ent < 0 || m.pronoun || m.kind != "" || m.t1-m.t0 < 2 || d.ents[m.ent].gaz == nil || d.ents[m.ent].typ != TypePerson {
			continue
		}
		ws := strings.Fields(strings.ToLower(strings.ReplaceAll(d.mtext(m), "-", " ")))
		if len(ws) >= 2 {
			written[m.ent] = append(written[m.ent], fold.Accents(ws[len(ws)-1]))
		}
	}
	for _, pe := range plist {
		ws := d.ents[pe].words
		if merge[pe] != 0 || len(ws) < 2 {
			continue
		}
		ws = slices.Clone(ws)
		for i, w := range ws {
			ws[i] = fold.Accents(w)
		}
		if _, ok := ix.bySurname[ws[len(ws)-1]]; !ok {
			ix.bySurname[ws[len(ws)-1]] = pe
		}
		if _, ok := ix.byFirst[ws[0]]; !ok {
			ix.byFirst[ws[0]] = pe
		}
		for k := 1; k < len(ws); k++ { // tails shorter than the name ("kilroy silk" of "robert kilroy silk")
			tail := strings.Join(ws[len(ws)-k:], " ")
			ix.byTail[tail] = append(ix.byTail[tail], pe)
		}
		for _, last := range written[pe] {
			// the name as the text writes it, when the gazetteer's differs:
			// "Zarif" of "Mohammad Javad Zarif" (Mohammad Zarif-Khonsari)
			if !slices.Contains(ix.byTail[last], pe) {
				ix.byTail[last] = append(ix.byTail[last], pe)
			}
		}
		if len(ws) >= 4 && !d.x.gaz.IsFirstName(capitalised(ws[len(ws)-2])) {
			// "Cardinal Ortega" of "Jaime Lucas Ortega Alamino": a
			// Spanish name's first surname
			ix.byTail[ws[len(ws)-2]] = append(ix.byTail[ws[len(ws)-2]], pe)
		}
		for k := 1; k+1 < len(ws) && len(ws) >= 3; k++ {
			// "Lula" of "Luiz Inacio Lula da Silva", "Tayyip" of "Recep
			// Tayyip Erdogan": a middle name the news uses alone (not a
			// particle, not a common first name, not the word just indexed)
			if w := ws[k]; len(w) >= 4 && !nameParticles[w] && !(len(ws) >= 4 && k == len(ws)-2 && !d.x.gaz.IsFirstName(capitalised(w))) {
				ix.byTail[w] = append(ix.byTail[w], pe)
			}
		}
	}
	return ix
}

// capitalised returns lower-case word w with a capital first letter.
func capitalised(w string) string {
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

// fullMentions lists the multi-word mentions of one entity: their start
// tokens in text order and their mention indexes in index order.
type fullMentions struct {
	starts []int
	ments  []int
}

// fullMentions returns the multi-word mentions of each entity.
func (d *doc) fullMentions() map[int]fullMentions {
	out := map[int]fullMentions{}
	for mi := range d.mentions {
		if m := &d.mentions[mi]; m.ent >= 0 && m.t1-m.t0 >= 2 {
			f := out[m.ent]
			f.starts = append(f.starts, m.t0)
			f.ments = append(f.ments, mi)
			out[m.ent] = f
		}
	}
	for e, f := range out {
		sort.Ints(f.starts)
		out[e] = f
	}
	return out
}

// add records multi-word mention mi.
func (f fullMentions) add(d *doc, mi int) fullMentions {
	t0 := d.mentions[mi].t0
	i := sort.SearchInts(f.starts, t0)
	f.starts = append(f.starts, 0)
	copy(f.starts[i+1:], f.starts[i:])
	f.starts[i] = t0
	k := sort.SearchInts(f.ments, mi)
	f.ments = append(f.ments, 0)
	copy(f.ments[k+1:], f.ments[k:])
	f.ments[k] = mi
	return f
}

// last returns the start token of the last multi-word mention of the
// person before token t or, when the person is only named after t, a
// large negative number: -(1<<28) minus the start of the after-t mention
// listed last; -(1<<29) when there is none.
func (f fullMentions) last(d *doc, t int) int {
	if i := sort.SearchInts(f.starts, t); i > 0 {
		return f.starts[i-1]
	}
	for k := len(f.ments) - 1; k >= 0; k-- {
		if t0 := d.mentions[f.ments[k]].t0; t0 > t {
			return -t0 - (1 << 28)
		}
	}
	return -1 << 29
}

// orgOpenedBy returns the one organisation whose name of two words or more
// opens with word lw (lower case) and is named before token t, or -1 (also
// when two are).
func (d *doc) orgOpenedBy(lw string, t int) int {
	found := -1
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.t0 < t && m.ent >= 0 && !m.pronoun && m.kind == "" && m.t1-m.t0 >= 2 && d.ents[m.ent].typ == TypeOrg && d.toks[m.t0].lower == lw && (d.ents[m.ent].gaz != nil || d.genericTail(d.ents[m.ent].name)) {
			if found >= 0 && found != m.ent {
				return -1
			}
			found = m.ent
		}
	}
	return found
}

// genericTail: the words of name after its first are company words or
// dictionary words ending in a body's word ("Jet Airways", "Baikal Finance
// Group"), no other name ("Halvard Marston Brewing" names another body than
// Halvard).
func (d *doc) genericTail(name string) bool {
	ws := strings.Fields(name)
	for _, w := range ws[1:] {
		if l := strings.ToLower(w); !isCapital(w) || !companyTails[l] && !d.x.lem.InDict(l) {
			return false
		}
	}
	last := strings.ToLower(ws[len(ws)-1])
	return len(ws) >= 2 && (companyTails[last] || orgHeads[last] || d.tradePlural(ws[len(ws)-1])) // (not "the Chiluba Third term bid": no body's word ends it; "Vandermeer Snacks" is a company's)
}

// loneShortForm: mention m is one word standing alone as a name: no
// capitalised word or title beside it, no modifier of a noun, no
// nationality ("Jet, which", "Shanda said"; not "Foreign Secretary",
// "European commission president", "Uefa's Champions magazine").
func (d *doc) loneShortForm(m *mention) bool {
	s := &d.sents[m.sent]
	if m.t1-m.t0 != 1 || m.modifier || d.demonymWord(m.t0) || nonNames[d.toks[m.t0].lower] || d.toks[m.t0].lower == "none" || placeType(d.nerType(m.t0, m.t1)) {
		return false // (not "None of them", nor a city the recogniser reads)
	}
	if m.t0 > s.t0 && isCapital(d.toks[m.t0-1].text) && d.toks[m.t0-1].lower != "the" {
		return false
	}
	if b := m.t0 - 2; b >= s.t0 && d.toks[b+1].lower == "from" && d.toks[b].mention >= 0 && d.mentions[d.toks[b].mention].typ == TypePerson {
		return false // "like Mr Howard from Llanelli": where he is from
	}
	if n := m.t1; n < s.t1 && (isCapital(d.toks[n].text) || d.isTitleWord(d.toks[n].lower) || isNoun(d.toks[n].tag) && isLowerWord(d.toks[n].text)) {
		return false
	}
	return true
}

// cityOfItsCountry: mention m is another name of a country ("Vienna" for
// Austria) followed by ", " and the country itself ("NAIROBI, Kenya (AP)
// -", the dateline of a story filed there, names the city too; "NAIROBI
// (AP)" alone stands for the country).
func (d *doc) cityOfItsCountry(m *mention) bool {
	if m.gaz.Type != TypeGPE || m.kind != "" || m.modifier || strings.EqualFold(d.mtext(m), m.gaz.Name) || m.t1+1 >= len(d.toks) || d.toks[m.t1].text != "," {
		return false
	}
	n := d.toks[m.t1+1].mention
	if n < 0 || d.toks[m.t1+1].sent != m.sent {
		return false
	}
	nm := &d.mentions[n]
	if nm.gaz != m.gaz || nm.t0 != m.t1+1 || !strings.EqualFold(d.mtext(nm), m.gaz.Name) {
		return false
	}
	return true
}

// tradeBeforeName: a trade no club has stands between place mention m
// and a person's full name ("Leeds solicitor Jane Roe"): the town, not a
// club named after it (not "Leeds striker Alan Smith", "Liverpool forward
// X", "Leeds chairman").
func (d *doc) tradeBeforeName(m *mention) bool {
	k := m.t1
	if k+2 >= d.sents[m.sent].t1 {
		return false
	}
	if w := d.toks[k].lower; !isLowerWord(d.toks[k].text) || !civilTrades[w] {
		return false
	}
	n := d.toks[k+1].mention
	return n >= 0 && d.mentions[n].t0 == k+1 && d.mentions[n].t1-d.mentions[n].t0 >= 2 && d.nerLabel(d.mentions[n].t0, d.mentions[n].t1) == TypePerson
}

// civilTrades are trades no club has ("Leeds solicitor"; not "Liverpool
// forward", "Kent cricketer").
var civilTrades = set("solicitor", "barrister", "lawyer", "doctor", "surgeon", "teacher", "nurse", "farmer", "businessman",
	"businesswoman", "accountant", "banker", "dentist", "pharmacist", "plumber", "builder", "student", "pensioner",
	"shopkeeper", "landlord", "vicar", "priest", "architect", "engineer", "scientist", "academic", "entrepreneur", "tycoon",
	"millionaire", "billionaire", "artist", "writer", "author", "journalist", "photographer")

// meetingAfter: a place named before a lower-case word for talks or a
// deal ("the Geneva deal", "the Doha talks") names where they were held,
// however the recogniser reads it.
func (d *doc) meetingAfter(m *mention) bool {
	return m.t1 < d.sents[m.sent].t1 && (meetingNouns[d.toks[m.t1].text] || heldAtNouns[d.toks[m.t1].text])
}

// seeOf: mention m follows "Archbishop of", "Bishop of" or "Diocese of":
// it names the see, a city or region.
func (d *doc) seeOf(m *mention) bool {
	return m.t0 >= 2 && d.toks[m.t0-1].lower == "of" && seeTitles[d.toks[m.t0-2].lower] && d.toks[m.t0-2].sent == m.sent
}

var seeTitles = set("archbishop", "bishop", "diocese", "archdiocese", "bishops", "archbishops")

// heldAtNouns, beside meetingNouns, are named after where they were made.
var heldAtNouns = set("deal", "agreement", "accord", "accords", "summit", "conference", "convention", "process", "protocol", "declaration")

// cityPreps before a capital make it the city: "an airport in Tripoli",
// "near Cairo" (not "to" or "from": "a message to Washington").
var cityPreps = set("in", "near", "outside", "around", "across", "into", "inside", "throughout", "within", "through", "toward", "towards")

// cityPosts after a capital make it the city: "Yerevan Mayor Taron
// Margaryan", "London councillor".
var cityPosts = set("mayor", "councillor", "councilman", "councilwoman", "council", "assembly", "governor")

// cityPartNouns before "of" and a capital make it the city.
var cityPartNouns = set("area", "district", "districts", "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "suburb",
	"suburbs", "outskirts", "streets", "centre", "center", "heart", "mayor", "governor", "residents", "inhabitants", "east", "west", "north", "south",
	"northeast", "northwest", "southeast", "southwest", "slum", "slums", "township", "townships")

// assaultNouns before "on" and a capital strike the city.
var assaultNouns = set("attack", "attacks", "airstrike", "airstrikes", "strike", "strikes", "raid", "raids", "assault", "assaults",
	"offensive", "bombing", "bombings", "march", "advance", "shelling", "rockets", "missiles")

// rulerNouns before "in" and a capital make it the government: "the
// regime in Tehran".
var rulerNouns = set("regime", "government", "leadership", "authorities", "officials", "administration", "rulers", "junta", "leaders", "diplomats", "politicians", "policymakers")

// justiceBody: token k is a court or the police, in a capital the state's
// ("a court in Paris sentenced", "Police in Nairobi arrested"), written in
// lower case or opening the sentence (not "the High Court in London", a
// named court's seat).
func (d *doc) justiceBody(k int) bool {
	t := &d.toks[k]
	return justiceBodies[t.lower] && t.mention < 0 && (t.text == t.lower || k == d.sents[t.sent].t0)
}

var justiceBodies = set("court", "courts", "police", "prosecutors", "judge", "judges", "tribunal")

// cityVerbs take a city, not a government, as their object: "capturing
// Tripoli", "bound for Tripoli".
var cityVerbs = set("capture", "seize", "besiege", "shell", "bomb", "storm", "encircle", "surround", "evacuate", "liberate", "recapture",
	"attack", "strike", "raid", "overrun", "occupy", "enter", "blockade", "pound", "rocket", "take", "retake")

// capitalCity reports whether mention m, a capital the gazetteer folds into
// its country ("Tripoli" for Libya), names the city here: after a place
// preposition or a siege verb, after "capital" ("Libya's capital,
// Tripoli", "the Nigerian capital Abuja", "capital city of Dili"), before
// "-based", or as the possessor of a site ("Tripoli's Matiga airport").
// A capital before "'s" otherwise, or as a subject, stands for its
// government ("Beijing's decision", "Washington said").
func (d *doc) capitalCity(m *mention) bool {
	if m.gaz.Type != TypeGPE || m.kind != "" || d.dateline(m) || strings.EqualFold(d.mtext(m), m.gaz.Name) || !d.x.gaz.IsCapital(d.mtext(m)) {
		return false
	}
	s := &d.sents[m.sent]
	if k := m.t1; k+1 < s.t1 && (cityPosts[d.toks[k].lower] || d.toks[k].lower == "deputy" && cityPosts[d.toks[k+1].lower]) {
		return true // "Yerevan Mayor Taron Margaryan"
	}
	if d.sourcePlace(m) {
		return true // "Moscow ITAR-TASS": the outlet's city
	}
	if k := m.t1; k < s.t1 && portNouns[d.toks[k].lower] {
		return true // "the Manila airport", "Kabul airport": the city's
	}
	if m.modifier {
		return false
	}
	if m.t1+1 < s.t1 && d.toks[m.t1].text == "'s" {
		k := m.t1 + 1
		for k+1 < s.t1 && k < m.t1+4 && d.toks[k].tag == "JJ" && isLowerWord(d.toks[k].text) {
			k++ // ("Tehran's hardline conservative mayor")
		}
		if cityPosts[d.toks[k].lower] && d.toks[k].mention < 0 {
			return true // "Jakarta's governor", "Moscow's mayor": the city's post
		}
		if k := m.t1 + 1; k+1 < s.t1 && isCapital(d.toks[k].text) && facilityNouns[d.toks[k+1].text] {
			return true // "Tripoli's Matiga airport", "London's Belmarsh prison"
		}
		n := d.toks[m.t1+1].mention
		if n < 0 {
			return false
		}
		last := d.mentions[n].t1 - 1
		return d.mentions[n].t0 == m.t1+1 && (siteWords[d.toks[last].lower] || placeNameEnd(d.toks[last].lower)) // "London's Leicester Square"
	}
	if d.basedAt(m.t1-1) >= 0 {
		return true // "Tripoli-based", "Addis Ababa based blogger X"
	}
	if k, _ := d.capitalApposition(m); k >= 0 {
		return true
	}
	if m.t0 == s.t0 {
		return false
	}
	p := &d.toks[m.t0-1]
	if p.lower == "the" && m.t0-1 > s.t0 {
		p = &d.toks[m.t0-2]
	}
	if cityPreps[p.lower] && m.t0-2 >= s.t0 && (rulerNouns[d.toks[m.t0-2].lower] || d.justiceBody(m.t0-2)) {
		return false // "the regime in Tehran", "officials in Washington", "a court in Paris"
	}
	if (p.lower == "on" || p.lower == "against") && m.t0-2 >= s.t0 && assaultNouns[d.toks[m.t0-2].lower] {
		return true // "aerial attacks on Tripoli", "the march on Baghdad"
	}
	if p.lower == "of" && m.t0-2 >= s.t0 && cityPartNouns[d.toks[m.t0-2].lower] {
		return true // "the Abbassiya area of Cairo", "the streets of Damascus"
	}
	if p.text == "," && m.t0-2 >= s.t0 && institutionNames[d.toks[m.t0-2].lower] && d.toks[m.t0-2].mention >= 0 {
		return true // "University College Hospital, London": where it stands
	}
	if p.lower == "from" && m.t0-2 >= s.t0 && isVerb(d.toks[m.t0-2].tag) && fileVerbs[d.lemma(&d.toks[m.t0-2])] {
		return true // "X reports from Islamabad", "tweeted from Tripoli": where one files from
	}
	return cityPreps[p.lower] || isVerb(p.tag) && cityVerbs[d.lemma(p)] || p.lower == "for" && m.t0-2 >= s.t0 && d.toks[m.t0-2].lower == "bound"
}

// fileVerbs say where a report was filed from ("reports from Kabul").
var fileVerbs = set("report", "tweet", "write", "broadcast", "file", "blog")

// surnameShape: "McGurk", "MacLeod", "O'Brien": shaped like a Scottish or
// Irish surname, never a company's name (unless the rest is a word:
// "McLibel").
func (d *doc) surnameShape(w string) bool {
	for _, p := range []string{"Mc", "Mac", "O'", "O’"} {
		if rest, ok := strings.CutPrefix(w, p); ok && len(rest) >= 2 && rest[0] >= 'A' && rest[0] <= 'Z' {
			return !d.x.lem.InDict(strings.ToLower(rest)) // (not "McLibel", "McDonald's" is in the gazetteer)
		}
	}
	return false
}

// corporateLinks tie companies to each other: only a company has a parent,
// a subsidiary or a division.
var corporateLinks = set("subsidiary", "subsidiaries", "parent", "division", "affiliate", "spin-off")

// foreignPartyWords: a one-word alias that is also an English word
// ("Labour", "Conservatives", "Senate") names a curated organisation of one
// country (Britain's Labour Party, the US Senate) unless the story puts
// another country before it: "New Zealand's Labour government", "the
// Argentine Senate" (a name of its own). Then every mention of the word in
// the story names the other country's body, an organisation named for the
// country and the word ("New Zealand Labour", "Argentine Senate").
// "Conservative" alone also names no British party in a story that names
// another country more often than Britain ("the Conservative government
// of Canada").
func (d *doc) foreignPartyWords() {
	words := map[string]bool{}
	for mi := range d.mentions {
		if m := &d.mentions[mi]; d.partyWord(m) {
			words[d.toks[m.t0].text] = true
		}
	}
	if len(words) == 0 {
		return
	}
	local := map[string]int{} // word -> the foreign body's entity
	for mi := range d.mentions {
		m := &d.mentions[mi]
		w := d.toks[m.t1-1].text
		if _, done := local[w]; !words[w] || m.ent < 0 || done {
			continue
		}
		switch {
		case m.t1-m.t0 == 2 && m.gaz == nil && d.ents[m.ent].typ == TypeOrg && d.demonymWord(m.t0):
			local[w] = m.ent // "Argentine Senate"
		case d.partyWord(m):
			k := m.t0 - 1
			if k < 1 || d.toks[k].text != "'s" || d.toks[k-1].mention < 0 {
				continue
			}
			q := &d.mentions[d.toks[k-1].mention]
			if q.ent < 0 || d.ents[q.ent].typ != TypeGPE || d.ents[q.ent].gaz == nil {
				continue
			}
			if c := d.ents[q.ent].gaz.Name; !ofState(c, m.gaz.Affiliation) {
				local[w] = d.entityNamed(TypeOrg, c+" "+w) // "New Zealand's Labour"
			}
		}
	}
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if e, ok := local[d.toks[m.t0].text]; ok && d.partyWord(m) {
			m.gaz, m.ent = nil, e
		}
	}
	d.foreignConservative()
}

// foreignConservative: "Conservative" alone names Britain's Conservative
// Party in a story about Britain (or one of its nations), and no party in
// a story that names another country more often.
func (d *doc) foreignConservative() {
	uk, other := 0, map[int]int{}
	for _, m := range d.mentions {
		if m.ent < 0 || m.pronoun || d.ents[m.ent].typ != TypeGPE || d.ents[m.ent].gaz == nil {
			continue
		}
		if n := d.ents[m.ent].gaz.Name; n == "United Kingdom" || nationOf[n] == "United Kingdom" {
			uk++ // (Scotland's First Minister: still Britain)
		} else {
			other[m.ent]++
		}
	}
	most := 0
	for _, n := range other {
		most = max(most, n)
	}
	if most <= uk {
		return
	}
	for mi := range d.mentions {
		if m := &d.mentions[mi]; m.ent >= 0 && m.gaz != nil && m.gaz.Name == "Conservative Party" && m.t1-m.t0 == 1 && d.toks[m.t0].text == "Conservative" {
			m.ent = -1
		}
	}
}

// partyWord: m is a curated organisation of one country named by a
// one-word alias that is also an English word ("Labour", "Senate"; not
// "GM", nor "Fed", a clipped name).
func (d *doc) partyWord(m *mention) bool {
	if m.ent < 0 || m.gaz == nil || m.gaz.Type != TypeOrg || !m.gaz.Curated || m.gaz.Affiliation == "" || m.t1-m.t0 != 1 {
		return false
	}
	w := d.toks[m.t0].text
	first, _, _ := strings.Cut(m.gaz.Name, " ")
	return w != m.gaz.Name && !isAcronymWord(w) && d.x.lem.InDict(strings.ToLower(w)) && !(len(w) < len(first) && strings.HasPrefix(first, w))
}

// nationOf: the nations the gazetteer names as countries of their own,
// and their state.
var nationOf = map[string]string{"England": "United Kingdom", "Scotland": "United Kingdom", "Wales": "United Kingdom", "Northern Ireland": "United Kingdom"}

// entityNamed returns the document entity of type typ and name, added
// when there is none.
func (d *doc) entityNamed(typ, name string) int {
	for i, e := range d.ents {
		if e.typ == typ && e.name == name {
			return i
		}
	}
	d.ents = append(d.ents, &dent{typ: typ, name: name, aliases: map[string]bool{}})
	return len(d.ents) - 1
}

// givenNames: every word of name is a first name ("Juan Carlos", "Jean
// Paul").
func (d *doc) givenNames(name string) bool {
	for _, w := range strings.Fields(name) {
		if !d.x.gaz.IsFirstName(w) {
			return false
		}
	}
	return true
}

// shortNameOf: one-word mention m, which the gazetteer's entry e names
// whole but no rule linked, is e: a country's acronym ("US Customs"), or
// a curated body's short name not described as something else and not
// the end of a longer name (see resolve).
func (d *doc) shortNameOf(m *mention, e *gazetteer.Entry) bool {
	acronym := isAcronymWord(d.toks[m.t0].text)
	if e.Type == TypeGPE {
		return acronym
	}
	if e.Type != TypeOrg || !e.Curated {
		return false
	}
	if _, described := d.describedAs(m); described {
		return false
	}
	return acronym || !(m.t0 > d.sents[m.sent].t0 && isCapital(d.toks[m.t0-1].text))
}

// moveMentions gives entity from's mentions to entity to, with its type.
func (d *doc) moveMentions(from, to int) {
	for mi := range d.mentions {
		if m := &d.mentions[mi]; m.ent == from {
			m.ent, m.typ = to, d.ents[to].typ
		}
	}
}

// unifyNameTypes: one name is one thing in a document. The recogniser may
// read a company as a person in one sentence ("Fannie Mae was criticised")
// and as an organisation in another ("mortgage giant Fannie Mae"), or a
// person as an organisation ("a spokesman for Michael Howard"); the
// person and the organisation of one name become one entity, typed by
// what stands around its mentions: a title or honorific, a person's noun
// before it or in an apposition after it, or a known person, says PERSON;
// an organisation's word ("car maker Aston Martin") or a known
// organisation says ORG; on a tie, PERSON when its last word
// stands alone elsewhere as a surname does (surnameAlone), else ORG (the
// recogniser reads unknown two-word companies as people more often than
// the reverse).
func (d *doc) unifyNameTypes() {
	bySlug := map[string][]int{}
	for e, de := range d.ents {
		if de.typ == TypePerson || de.typ == TypeOrg {
			k := slug(de.name)
			bySlug[k] = append(bySlug[k], e)
		}
	}
	for _, es := range bySlug {
		if len(es) != 2 || d.ents[es[0]].typ == d.ents[es[1]].typ {
			continue
		}
		person, org := es[0], es[1]
		if d.ents[person].typ != TypePerson {
			person, org = org, person
		}
		var pv, ov int
		for mi := range d.mentions {
			m := &d.mentions[mi]
			if m.ent != person && m.ent != org || m.pronoun || m.kind != "" {
				continue
			}
			pc, oc := d.describedAs(m)
			ap, ao := d.apposedAs(m)
			pc, oc = pc || ap, oc || ao
			if m.title != "" && !orgCues[lastWord(m.title)] || m.honor || m.gaz != nil && m.gaz.Type == TypePerson || pc {
				pv++ // "President George W Bush", "comedian and broadcaster Cyril Fletcher"
			}
			if m.title != "" && orgCues[lastWord(m.title)] || m.gaz != nil && m.gaz.Type == TypeOrg || oc && !pc {
				ov++ // "car maker Aston Martin"
			}
		}
		win, lose := org, person
		if pv > ov || pv == ov && d.surnameAlone(d.ents[person].name) {
			win, lose = person, org
		}
		d.moveMentions(lose, win)
		if d.ents[win].gaz == nil {
			d.ents[win].gaz = d.ents[lose].gaz
		}
	}
}

// postFollows: mention m is the subject of a copula whose complement is a
// post or a tie only a person has ("Amsterdam is the lawyer of", "X was a
// close aide to").
func (d *doc) postFollows(m *mention) bool {
	s := &d.sents[m.sent]
	k := m.t1
	if k+2 >= s.t1 || !beVerbs[d.toks[k].lower] || !determiners[d.toks[k+1].lower] {
		return false
	}
	k += 2
	for k < s.t1 && k < m.t1+6 && d.toks[k].mention < 0 && (d.toks[k].tag == "JJ" || isNoun(d.toks[k].tag)) && isLowerWord(d.toks[k].text) {
		k++
	}
	return k < s.t1 && k > m.t1+2 && (d.toks[k].lower == "of" || d.toks[k].lower == "to") && (titleHeads[d.toks[k-1].lower] || kinNouns[d.toks[k-1].lower])
}

// givenNameAlone: single-word mention m, typed an organisation, is the
// first word of a person named in full (firsts) and nothing else: no word
// of the dictionary or the gazetteer, no acronym, nobody's surname
// ("Thaksin" after "Thaksin Shinawatra"). Only a person the gazetteer
// knows takes it (below): the recogniser's full names are too often a
// company or a club ("Cofinec GDRs", "Deportivo Coruna").
func (d *doc) givenNameAlone(m *mention, firsts, surnames map[string]bool) bool {
	if m.t1-m.t0 != 1 || m.kind != "" || m.pronoun {
		return false
	}
	w := d.toks[m.t0].text
	if len(w) < 3 || strings.Contains(w, ".") || strings.ToUpper(w) == w {
		return false // (not an initial, "S." of "S. Jayasuriya", nor a headline's "JANSHER")
	}
	lw := strings.ToLower(w)
	if !firsts[lw] || surnames[lw] || isAcronymWord(w) || d.x.lem.InDict(lw) || m.t0 > 0 && orgCues[d.toks[m.t0-1].lower] {
		return false
	}
	_, known := d.x.gaz.Lookup([]string{w}, 0)
	return !known
}

// surnameAlone: the last word of a two- or three-word name stands alone
// elsewhere in the document, as people are named again ("Lleyton Hewitt"
// ... "Hewitt"), and is no name the gazetteer knows ("Borussia Dortmund"
// ... "Dortmund") nor part of a name with "&" ("Tate & Lyle").
func (d *doc) surnameAlone(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 || len(ws) > 3 || strings.Contains(name, "&") {
		return false
	}
	last := ws[len(ws)-1]
	if g, ok := d.x.gaz.Lookup([]string{last}, 0); ok && g.N == 1 {
		return false
	}
	for i := range d.toks {
		t := &d.toks[i]
		if t.text != last || i > 0 && strings.EqualFold(d.toks[i-1].text, ws[len(ws)-2]) {
			continue
		}
		if i+1 < len(d.toks) && isCapital(d.toks[i+1].text) && d.toks[i+1].sent == t.sent {
			continue // ("Hewitt Associates")
		}
		return true
	}
	return false
}

// firmOfPost: mention m, which the recogniser did not read as a person
// (whatever its first word: "Warner" is a given name too), follows a
// firm's post and "of" or "at"
// ("chief operating officer of Sun Microsystems", "president of Warner
// Home Video", "an analyst at Matrix Asset Advisors").
func (d *doc) firmOfPost(m *mention) bool {
	k := m.t0 - 1
	if k < 1 || d.toks[k].lower != "of" && d.toks[k].lower != "at" || d.nerType(m.t0, m.t1) == TypePerson {
		return false
	}
	if d.toks[k].lower == "at" {
		// "director of community relations at Mindark": the post's
		// portfolio between its "of" and the "at"
		for q := k - 1; q > 1 && q >= k-4 && isLowerWord(d.toks[q].text) && d.toks[q].mention < 0; q-- {
			if d.toks[q].lower == "of" {
				k = q
				break
			}
		}
		if e := m.t1; atPosts[d.toks[k-1].lower] && !(e < d.sents[m.sent].t1 && isLowerWord(d.toks[e].text) && isNoun(d.toks[e].tag)) {
			return true // (not "head of policy at Aids charity X": the name describes the charity)
		}
	}
	switch p := d.toks[k-1].lower; p {
	case "president", "vice-president", "chairman", "chairwoman", "analyst", "economist", "strategist", "founder", "co-founder":
		return true
	case "executive", "officer", "director":
		return k >= 2 && (d.toks[k-2].lower == "chief" || d.toks[k-2].lower == "operating" || d.toks[k-2].lower == "financial" || d.toks[k-2].lower == "managing")
	}
	return false
}

// atPosts are posts held "at" a firm ("director of community relations
// at Mindark", "head of equity research at NCB Stockbrokers"; not "a Thai
// farmer at Changi Prison", "the Queen at Balmoral").
var atPosts = set("director", "head", "manager", "analyst", "economist", "strategist", "president", "vice-president",
	"chairman", "chairwoman", "partner", "executive", "officer", "editor")

// describedPerson: mention m, two or three capitalised words the
// gazetteer does not know, opens with a given name used by one sex only
// and no word of the dictionary ("North East"), holds no company's word, and the words before it or the apposition
// after it describe a person and not an organisation ("Evan Mann, a senior
// bond analyst at Gimme Credit"; not "Curtis Brown, the literary agency").
func (d *doc) describedPerson(m *mention) bool {
	n := m.t1 - m.t0
	if n < 2 || n > 3 || m.kind != "" || m.pronoun {
		return false
	}
	for k := m.t0; k < m.t1; k++ {
		if w := d.toks[k].text; !isCapital(w) || isAcronymWord(w) || orgHeads[d.toks[k].lower] || companyTails[d.toks[k].lower] || orgCues[d.toks[k].lower] {
			return false
		}
	}
	if d.postBeforeComma(m) {
		return true // "The speaker of the parliament, Aguila Saleh, said"
	}
	if g := d.x.gaz.Gender(d.toks[m.t0].text); g != 'm' && g != 'f' || d.x.lem.InDict(d.toks[m.t0].lower) {
		return false
	}
	pc, oc := d.describedAs(m)
	ap, ao := d.apposedAs(m)
	return (pc || ap) && !oc && !ao
}

// postBeforeComma: mention m is set off by commas right after a post in
// lower case that opens the sentence or follows a comma ("The speaker of
// the parliament, Aguila Saleh, said", "..., the company's founder, X,"):
// the name is its holder's.
func (d *doc) postBeforeComma(m *mention) bool {
	s := &d.sents[m.sent]
	c := m.t0 - 1
	if c-2 < s.t0 || d.toks[c].text != "," || m.t1 >= s.t1 || d.toks[m.t1].text != "," {
		return false
	}
	b := c - 1
	for b > s.t0 && b > c-8 && d.toks[b-1].text != "," && !isVerb(d.toks[b-1].tag) {
		b--
	}
	if b > s.t0 && d.toks[b-1].text != "," || d.toks[b].lower != "the" || !titleHeads[d.toks[b+1].lower] || !isLowerWord(d.toks[b+1].text) || orgCues[d.toks[b+1].lower] {
		return false
	}
	for k := b; k < c; k++ {
		if isVerb(d.toks[k].tag) {
			return false
		}
	}
	return true
}

// companyWhichVerbs follow "X, which" only for a company ("Meta, which
// owns Instagram").
var companyWhichVerbs = set("owns", "operates", "employs", "makes", "manufactures", "sells", "runs", "acquired", "bought")

// knownAs: "Pushpa Kamal Dahal, better known as Prachanda,", "Mohamed
// Hamdan Dagalo, known as Hemedti,", "the Directorate for Priority Crime
// Investigation, the elite police unit known as the Hawks": the name after
// "known as" is the person's or body's other name, one entity with them
// wherever it recurs (its own entity, unknown to the gazetteer, takes the
// person's or body's name and type).
func (d *doc) knownAs() {
	same := map[int]int{} // the alias's entity -> the person's
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.ent < 0 || m.pronoun || m.kind != "" || d.ents[m.ent].typ != TypePerson && d.ents[m.ent].typ != TypeOrg {
			continue
		}
		s := &d.sents[m.sent]
		k := m.t1
		if k+3 >= s.t1 || d.toks[k].text != "," {
			continue
		}
		k++
		if l := d.toks[k].lower; d.ents[m.ent].typ == TypeOrg && (l == "the" || l == "a" || l == "an") {
			// "the Directorate for Priority Crime Investigation, the elite
			// police unit known as the Hawks": a body's description first
			for k++; k < s.t1 && k < m.t1+7 && d.toks[k].mention < 0 && isLowerWord(d.toks[k].text) && (isNoun(d.toks[k].tag) || d.toks[k].tag == "JJ") && d.toks[k].lower != "known"; k++ {
			}
		}
		if k >= s.t1 {
			continue
		}
		if l := d.toks[k].lower; l == "better" || l == "also" || l == "widely" || l == "commonly" {
			k++
		}
		if k+2 >= s.t1 || d.toks[k].lower != "known" || d.toks[k+1].lower != "as" {
			continue
		}
		if d.toks[k+2].lower == "the" && k+3 < s.t1 && d.ents[m.ent].typ == TypeOrg {
			k++ // "known as the Hawks"
		}
		n := d.toks[k+2].mention
		if n < 0 || d.mentions[n].t0 != k+2 || d.mentions[n].ent < 0 || d.mentions[n].ent == m.ent || d.mentions[n].pronoun {
			continue
		}
		if e := d.mentions[n].t1; e < s.t1 && d.toks[e].text != "," && d.toks[e].text != "." && d.toks[e].text != ")" {
			continue
		}
		if o := d.ents[d.mentions[n].ent]; o.gaz == nil && !(o.typ == TypePerson && d.ents[m.ent].typ == TypeOrg) {
			// (not "JK, also known as Jason King": a person is no body's other name)
			o.typ, o.name = d.ents[m.ent].typ, d.ents[m.ent].name // the same ID in the output: one entity
			same[d.mentions[n].ent] = m.ent
		}
	}
	if len(same) == 0 {
		return
	}
	for j := range d.mentions {
		if e, ok := same[d.mentions[j].ent]; ok {
			d.mentions[j].ent = e
		}
	}
}

// describedAs reports whether the nouns and adjectives right before
// mention m (and "and" between them) describe a person ("comedian and
// broadcaster Cyril Fletcher", "actress X") or an organisation ("car maker
// X", "the band X").
func (d *doc) describedAs(m *mention) (person, org bool) {
	s := &d.sents[m.sent]
	for k := m.title0 - 1; k >= s.t0 && k >= m.title0-5; k-- {
		t := &d.toks[k]
		if t.mention >= 0 || isCapital(t.text) && k > s.t0 || !(isNoun(t.tag) || t.tag == "JJ" || t.lower == "and") {
			break // (not "executive partner of Tods Murray")
		}
		p, o := descriptorKind(t.lower)
		person, org = person || p, org || o
	}
	return person, org
}

// descriptorKind: w describes a person ("comedian") or an organisation
// ("maker", "band").
func descriptorKind(w string) (person, org bool) {
	return titleHeads[w] && !orgCues[w], orgCues[w]
}

// shortOrgNames: a one-word organisation (unknown, or known only by that
// word) that is the first or last word of one known organisation's longer
// name in the document is that organisation ("United's chief executive" after "Manchester United",
// "Bayern goalkeeper X" after "Bayern Munich"), unless the word is a place
// the gazetteer knows ("Manchester") or a person of the document is named
// with it. Only gazetteer names are taken as the longer one: the
// recogniser's long names are too often lists or descriptions ("Munster
// and Leinster", "Sprinters Kostas Kenteris"), so one of them is taken
// only by its first word and only when a company's generic words follow
// it ("Cairn" for Cairn Energy, which the recogniser may read as a place;
// not "Carlsberg" for Carlsberg Marston); the first word of two long
// names ("Virgin" with Virgin Group and Virgin Media) is neither.
func (d *doc) shortOrgNames() {
	var longs []int
	sport := d.sport()
	for e, de := range d.ents {
		if de.typ == TypeOrg && strings.Count(de.name, " ") >= 1 && (de.gaz != nil || plainOrgName(de.name) || clubName(de.name)) {
			longs = append(longs, e)
		}
	}
	if len(longs) == 0 {
		return
	}
	people := map[string]bool{}
	for _, de := range d.ents {
		if de.typ == TypePerson && strings.Contains(de.name, " ") {
			ws := strings.Fields(de.name)
			people[ws[0]], people[ws[len(ws)-1]] = true, true
		}
	}
	for e, de := range d.ents {
		if de.gaz != nil && de.gaz.Name != de.name || strings.Contains(de.name, " ") || de.typ != TypeOrg && (de.typ != TypeLoc && de.typ != TypePerson || de.gaz != nil) || people[de.name] || !isCapital(de.name) || isAcronymWord(de.name) {
			continue
		}
		if g, ok := d.x.gaz.Lookup([]string{de.name}, 0); ok && g.N == 1 && (g.Entry.Type == TypeGPE || g.Entry.Type == TypeLoc) && !(sport && de.typ == TypeOrg) {
			continue // "Manchester": the city (but in a sports report, "Leeds manager X": the club, Leeds United)
		}
		if w := strings.ToLower(de.name); mediaNameWords[w] || orgHeads[w] && !clubWords[w] || orgCues[w] {
			continue // "the Times" is no short form of the Financial Times, nor "the Bank" of every bank ("United" is of Manchester United)
		}
		match := -1
		for _, l := range longs {
			ws := strings.Fields(d.ents[l].name)
			if de.typ != TypeOrg && d.ents[l].gaz != nil {
				continue // (a place or person is short only for a company's own name)
			}
			if de.gaz != nil && d.ents[l].gaz == nil && armTails[strings.ToLower(ws[len(ws)-1])] {
				continue // ("Barclays" is the bank the gazetteer knows, not Barclays Capital, its investment arm)
			}
			if !(sport || d.ents[l].gaz != nil || plainOrgName(d.ents[l].name)) && !(ws[len(ws)-1] == de.name && clubWords[strings.ToLower(de.name)]) {
				continue // (outside sport a club's name is taken only by its club word: "United" for Manchester United)
			}
			if ws[0] == de.name || ws[len(ws)-1] == de.name && (d.ents[l].gaz != nil || clubName(d.ents[l].name) && clubWords[strings.ToLower(de.name)]) && de.typ == TypeOrg {
				if match >= 0 {
					if ws[0] == de.name {
						match = -2 // "Virgin" with Virgin Group and Virgin Media
						break
					}
					match = d.morePlainlyNamed(match, l) // "United" with Manchester United and Shareholders United: the one named far more
					if match < 0 {
						break
					}
					continue
				}
				match = l
			}
		}
		if match >= 0 && match != e && !(de.typ != TypeOrg && d.personCued(e)) {
			d.moveMentions(e, match)
		}
	}
}

// clubAbbreviations: a club's name written short ("Man Utd", "Sheff
// Wed", "Nottm Forest", "Dundee Utd") is the club's full name, one entity
// with the full name where the document also writes it, and the same ID
// in every document where it does not.
func (d *doc) clubAbbreviations() {
	for e, de := range d.ents {
		if de.typ != TypeOrg && de.typ != TypePerson || de.gaz != nil {
			continue
		}
		full := expandClubName(de.name)
		if full == de.name {
			continue
		}
		if de.typ == TypePerson {
			de.typ = TypeOrg // ("West Ham v Sheff Utd": the recogniser read a person)
			d.moveMentions(e, e)
		}
		if o := d.clubEntity(e, full, false); o >= 0 {
			d.moveMentions(e, o)
			continue
		}
		de.name = full
	}
}

// clubEntity returns another organisation of the document named club, or
// with short by the first words of club's name ("Tottenham" for Tottenham
// Hotspur), or -1; e is the entity asking.
func (d *doc) clubEntity(e int, club string, short bool) int {
	for o, od := range d.ents {
		if o != e && od.typ == TypeOrg && (od.name == club || short && strings.HasPrefix(club, od.name+" ")) {
			return o
		}
	}
	return -1
}

// clubNicknames: in a sports story a football club's nickname ("Spurs",
// "Pompey", "Boro", "the Magpies") is the club: one entity with the club
// the story names ("Tottenham", "Newcastle"), else the club's full name,
// an organisation whatever the recogniser read. A nickname several clubs
// hold ("the Blues", "the Saints", "the Reds") names the one of them the
// story names, when it names one only.
func (d *doc) clubNicknames() {
	if !d.sport() {
		return
	}
	for e, de := range d.ents {
		full, ok := clubNicks[de.name]
		if !ok {
			full, ok = d.sharedNickClub(e, sharedClubNicks[de.name])
		}
		if !ok || de.gaz != nil || de.typ != TypeOrg && de.typ != TypePerson && de.typ != TypeLoc {
			continue
		}
		if o := d.clubEntity(e, full, true); o >= 0 {
			d.moveMentions(e, o)
			continue
		}
		de.name, de.typ = full, TypeOrg
		d.moveMentions(e, e) // (the mentions take the organisation's type)
	}
}

// sharedNickClub returns the one club of clubs the story names other than
// through entity e (the nickname), and whether it names just one.
func (d *doc) sharedNickClub(e int, clubs []string) (string, bool) {
	found := ""
	for _, c := range clubs {
		if d.clubEntity(e, c, true) >= 0 {
			if found != "" {
				return "", false
			}
			found = c
		}
	}
	return found, found != ""
}

// sharedClubNicks are nicknames several clubs hold: one names the club of
// them the story names, when it names one only.
var sharedClubNicks = map[string][]string{
	"Blues":  {"Chelsea", "Birmingham City", "Everton", "Cardiff City", "Ipswich Town"},
	"Saints": {"Southampton", "St Johnstone", "St Mirren", "Northampton Saints"},
	"Reds":   {"Liverpool", "Nottingham Forest", "Bristol City", "Aberdeen", "Crewe Alexandra"},
}

// clubNicks are football clubs' nicknames that name one club each.
var clubNicks = map[string]string{"Spurs": "Tottenham Hotspur", "Gunners": "Arsenal", "Pompey": "Portsmouth",
	"Boro": "Middlesbrough", "Magpies": "Newcastle United", "Blades": "Sheffield United", "Addicks": "Charlton Athletic",
	"Hammers": "West Ham United", "Toffees": "Everton", "Canaries": "Norwich City"}

// expandClubName writes a club's name in full when its last word is a
// club's abbreviation ("Utd", "Wed") or it opens with a city's ("Man
// City", "Nottm Forest"), or returns it unchanged ("Isle of Man", "Man
// Booker").
func expandClubName(name string) string {
	ws := strings.Fields(name)
	if len(ws) < 2 || len(ws) > 3 {
		return name
	}
	last := strings.ToLower(ws[len(ws)-1])
	if full, ok := clubTailAbbrevs[last]; ok {
		ws[len(ws)-1] = full
	} else if !clubWords[last] && last != "forest" {
		return name
	}
	if full, ok := clubCityAbbrevs[strings.ToLower(ws[0])]; ok {
		ws[0] = full
	}
	return strings.Join(ws, " ")
}

var (
	clubTailAbbrevs = map[string]string{"utd": "United", "wed": "Wednesday"}
	clubCityAbbrevs = map[string]string{"man": "Manchester", "sheff": "Sheffield", "nottm": "Nottingham"}
)

// morePlainlyNamed returns whichever of entities a and b the document
// names by name at least twice as often as the other, or -2.
func (d *doc) morePlainlyNamed(a, b int) int {
	na, nb := 0, 0
	for mi := range d.mentions {
		switch m := &d.mentions[mi]; {
		case m.pronoun || m.kind != "":
		case m.ent == a:
			na++
		case m.ent == b:
			nb++
		}
	}
	switch {
	case na >= 2*nb && na > nb:
		return a
	case nb >= 2*na && nb > na:
		return b
	}
	return -2
}

// personCued: one of entity e's mentions has an honorific or a title
// before it ("Mr Tarn", "chief executive Tarn"): a person.
func (d *doc) personCued(e int) bool {
	for mi := range d.mentions {
		if m := &d.mentions[mi]; m.ent == e && (m.honor || m.title0 < m.t0) {
			return true
		}
	}
	return false
}

// clubName: a football club's name of a town and a club's word
// ("Westbridge United", "Leeds United", "Bolton Wanderers"), which the
// town's name alone stands for in a sports report.
func clubName(name string) bool {
	ws := strings.Fields(name)
	return len(ws) == 2 && isCapital(ws[0]) && clubWords[strings.ToLower(ws[1])]
}

var clubWords = union(clubSuffixes, set("hotspur"), clubKindWords())

// clubKindWords are the words of a name that the noun "club" refers back
// to (sameKind: "united", "rovers", "fc").
func clubKindWords() map[string]bool {
	out := map[string]bool{}
	for w, k := range sameKind {
		if k == "club" {
			out[w] = true
		}
	}
	return out
}

// armTails end the name of a group's financial arm ("Barclays Capital",
// "Tata Investments"), which its group's own name does not stand for.
var armTails = set("capital", "investments", "ventures", "securities")

// plainOrgName: a company's name of a word and a company's generic words
// after it ("Cairn Energy", "Tata Steel Group", "Broadreach Networks") or
// of two partners' names ("Marsh & McLennan"),
// whose first word alone names the same company (not "Carlsberg Marston":
// a name after the first word names another body).
func plainOrgName(name string) bool {
	ws := strings.Fields(name)
	if len(ws) == 3 && ws[1] == "&" && isCapital(ws[0]) && isCapital(ws[2]) {
		return true // "Marsh & McLennan", "Marks & Spencer": the first partner's name is the firm's
	}
	if len(ws) < 2 || len(ws) > 4 || !isCapital(ws[0]) {
		return false
	}
	for _, w := range ws[1:] {
		if !isCapital(w) || !companyTails[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// companyTails are the generic words after a company's own word in its
// full name (not a division's: "Barclays Capital", "Sony Computer
// Entertainment" are arms of Barclays and Sony).
var companyTails = union(set("group", "holdings", "energy", "oil", "petroleum", "gas", "power", "motor", "motors", "steel",
	"telecom", "communications", "networks", "electronics", "industries", "systems", "technologies", "airlines", "airways",
	"pharmaceuticals", "pharma", "foods", "corporation", "corp", "corp.", "inc", "inc.", "plc", "ltd", "ltd.", "co", "co.",
	"company", "limited", "bank", "software", "mining", "resources", "chemicals", "semiconductor", "computer", "computers",
	"aerospace", "logistics", "display", "displays", "media", "insurance", "automotive", "shipping", "construction",
	"engineering", "semiconductors", "electric", "capital", "investments", "ventures", "brands", "retail", "homes", "properties",
	"estates", "developments", "maritime", "analytics"), tradeTails)

// apposedAs is describedAs for an apposition after mention m: "X, joint
// general secretary of Y," describes a person, "X, a car maker," an
// organisation.
func (d *doc) apposedAs(m *mention) (person, org bool) {
	s := &d.sents[m.sent]
	k := m.t1
	if k+1 >= s.t1 || d.toks[k].text != "," {
		return false, false
	}
	k++
	if l := d.toks[k].lower; l == "a" || l == "an" || l == "the" || l == "former" {
		k++
	}
	for n := 0; n < 4 && k < s.t1; n, k = n+1, k+1 {
		t := &d.toks[k]
		if t.mention >= 0 || isCapital(t.text) || !(isNoun(t.tag) || t.tag == "JJ") {
			break
		}
		if p, o := descriptorKind(t.lower); p || o {
			return p, o
		}
	}
	return false, false
}

// companyByShape: name mention m, which the recogniser read as a place or
// a person, is a company's: a place's name apposed to a description of a
// company and of no person ("pay $310 million to Vexa Licensing, a patent
// holding firm"), a person's or a place's closed by a trade's word or a
// legal suffix ("Verhoef Packaging", "Dongying Huaxing Petrochemical";
// "Shares in Pirelli SpA": a place only with the suffix).
func (d *doc) companyByShape(m *mention) bool {
	if m.typ == TypeLoc && m.t1-m.t0 >= 2 {
		if p, o := d.apposedAs(m); o && !p {
			return true
		}
	}
	return (m.typ == TypePerson || m.typ == TypeLoc && companySuffixes[strings.ToLower(d.toks[m.t1-1].text)]) && d.companyTailed(m)
}

// describedSayer: the pronoun at token i follows a verb of speech whose
// subject, opening the sentence, describes a person of a state without
// naming one ("Ukraine's president said he", "The Iranian minister told
// reporters that she"); it returns that state, or -1.
func (d *doc) describedSayer(i int) int {
	if !personPronouns[d.toks[i].lower] {
		return -1
	}
	v := d.sayVerbBefore(i)
	if v < 0 {
		return -1
	}
	s := &d.sents[d.toks[i].sent]
	noun, state := false, -1
	for k := s.t0; k < v; k++ {
		t := &d.toks[k]
		if m := t.mention; m >= 0 && d.mentions[m].ent >= 0 {
			if d.ents[d.mentions[m].ent].typ == TypeGPE {
				state = d.mentions[m].ent
				continue
			}
			if d.ents[d.mentions[m].ent].typ == TypePerson {
				return -1
			}
		}
		if t.text == "," || isVerb(t.tag) || personPronouns[t.lower] {
			return -1
		}
		if isNoun(t.tag) && !isCapital(t.text) && (titleHeads[t.lower] || d.personNoun(t.lower)) {
			noun = true
		}
	}
	if !noun {
		return -1
	}
	return state
}

// otherStatesPerson: the gazetteer knows person entity e as of a state
// other than entity c.
func (d *doc) otherStatesPerson(e, c int) bool {
	g := d.ents[e].gaz
	if g == nil || g.Affiliation == "" {
		return false
	}
	name := d.ents[c].name
	if d.ents[c].gaz != nil {
		name = d.ents[c].gaz.Name
	}
	return !ofState(name, g.Affiliation)
}

// ofState: a country of this name belongs to the state a gazetteer
// affiliation names ("England" to the United Kingdom).
func ofState(name, affiliation string) bool {
	return strings.EqualFold(name, affiliation) || nationOf[name] == affiliation
}

// administrationNouns after a leader's surname name the state's government
// in his time ("the Trump administration", "the Blair government").
var administrationNouns = set("administration", "government", "regime")

// expansionAfter returns the mention of the organisation's name in
// brackets right after acronym mention m whose initials are the
// acronym's letters in any order ("PAN (National Action Party)"), or -1.
func (d *doc) expansionAfter(m *mention) int {
	if m.t1-m.t0 != 1 || m.t1+1 >= len(d.toks) || d.toks[m.t1].text != "(" {
		return -1
	}
	caps := acronymCapitals(d.toks[m.t0].text)
	n := d.toks[m.t1+1].mention
	if caps == "" || n < 0 || d.mentions[n].t0 != m.t1+1 || d.mentions[n].ent < 0 || d.mentions[n].ent == m.ent {
		return -1
	}
	if e := d.mentions[n].t1; e >= len(d.toks) || d.toks[e].text != ")" || e-d.mentions[n].t0 < 2 {
		return -1
	}
	if d.ents[d.mentions[n].ent].typ != TypeOrg {
		return -1
	}
	ini := []byte(nameInitials(d.mtext(&d.mentions[n])))
	c := []byte(caps)
	slices.Sort(ini)
	slices.Sort(c)
	if len(c) < 2 || string(ini) != string(c) {
		return -1
	}
	return n
}

// leadSentence returns the index of the document's first sentence that is
// no headline.
func (d *doc) leadSentence() int {
	for si := range d.sents {
		if !d.sents[si].headline {
			return si
		}
	}
	return 0
}

// topicPerson returns the one of the people cands (who share a surname)
// named in full in the headline or the lead sentence, or -1 (also when two
// are, or none).
func (d *doc) topicPerson(cands []int, full map[int]fullMentions) int {
	lead := d.leadSentence()
	found := -1
	for _, pe := range cands {
		for _, mi := range full[pe].ments {
			if d.mentions[mi].sent <= lead {
				if found >= 0 && found != pe {
					return -1
				}
				found = pe
				break
			}
		}
	}
	return found
}

// namedJustBefore: one of the full mentions f stands in the sentence of
// mention m, or opens the sentence before it (its subject: "Ian Blair
// said ... Mr Blair added").
func (d *doc) namedJustBefore(f fullMentions, m *mention) bool {
	for _, mi := range f.ments {
		fm := &d.mentions[mi]
		if fm.sent == m.sent && fm.t0 < m.t0 || fm.sent == m.sent-1 && fm.t0 <= d.sents[fm.sent].t0+2 {
			return true
		}
	}
	return false
}

// bodyGoesOn returns the one other organisation whose name is the name of
// organisation e followed by "for", "of" or "on" and more ("Halvorsen
// Institute" -> "Halvorsen Institute for Marine Research"), or -1.
func (d *doc) bodyGoesOn(e int) int {
	short := strings.Fields(strings.ToLower(d.ents[e].name))
	found := -1
	for ei := range d.ents {
		if ei == e || d.ents[ei].typ != TypeOrg {
			continue
		}
		ws := strings.Fields(strings.ToLower(d.ents[ei].name))
		if len(ws) < len(short)+2 || !slices.Equal(ws[:len(short)], short) {
			continue
		}
		if w := ws[len(short)]; w != "for" && w != "of" && w != "on" {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = ei
	}
	return found
}
