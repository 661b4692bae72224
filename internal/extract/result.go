package extract

// Result: assembling entities and relations into the output.

import (
	"maps"
	"slices"
	"sort"
	"strings"
)

func (d *doc) result() Result {
	res := Result{Entities: []Entity{}, Relations: []Relation{}}
	byID := map[string]int{}
	renamed := d.worksRetyped()
	for _, more := range []func() map[string]retyped{d.bodiesRetyped, d.statesRetyped, d.unionsRetyped, d.eventsRetyped, d.clubsRetyped, d.kinRetyped, d.governedRetyped, d.tailsRetyped} {
		maps.Copy(renamed, more())
	}
	for _, de := range d.ents {
		id, typ := EntityID(de.typ, de.name), de.typ
		union := false // a union of states named by its seat's city ("Brussels"), told as an organisation
		if w, ok := renamed[id]; ok {
			id, typ = w.id, w.typ
			union = de.typ == TypeGPE && typ == TypeOrg
		}
		ei, ok := byID[id]
		if !ok {
			res.Entities = append(res.Entities, Entity{ID: id, Name: de.name, Type: typ, Aliases: []string{}, Mentions: []Mention{}})
			ei = len(res.Entities) - 1
			byID[id] = ei
		}
		e := &res.Entities[ei]
		aliases := map[string]bool{}
		for _, a := range e.Aliases {
			aliases[a] = true
		}
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
			if union && !m.pronoun && d.x.gaz.IsCapital(titleWord(txt)) {
				// "BRUSSELS (Reuters) -": the city in the output, as a
				// place (the union's relations keep the union)
				city := titleWord(txt)
				ci, ok := byID[EntityID(TypeGPE, city)]
				if !ok {
					res.Entities = append(res.Entities, Entity{ID: EntityID(TypeGPE, city), Name: city, Type: TypeGPE, Aliases: []string{}, Mentions: []Mention{}})
					ci = len(res.Entities) - 1
					byID[EntityID(TypeGPE, city)] = ci
					e = &res.Entities[ei]
				}
				res.Entities[ci].Mentions = append(res.Entities[ci].Mentions, Mention{Start: st, End: en, Text: txt, Kind: kind})
				continue
			}
			e.Mentions = append(e.Mentions, Mention{Start: st, End: en, Text: txt, Kind: kind})
			if m.pronoun || m.compound || flagCompound(txt) {
				continue // ("UN-backed", "British-flagged" are no names of the UN, of Britain)
			}
			if txt != e.Name && !aliases[txt] {
				aliases[txt] = true
				e.Aliases = append(e.Aliases, txt)
			}
		}
		if de.gaz != nil {
			e.Name, e.Aliases = d.acronymCased(e.Name, e.Aliases)
		}
		if de.acronym != "" && !contains(e.Aliases, de.acronym) {
			e.Aliases = append(e.Aliases, de.acronym)
		}
	}
	// Entities only named in furniture or never named are dropped, but for
	// one a relation names ("the Trump administration": the United States,
	// described, not named).
	outID := func(id string) string {
		if w, ok := renamed[id]; ok {
			return w.id
		}
		return id
	}
	// genreRead: a relation of a work whose predicate opens with a genre's
	// noun ("hit US cartoon The Simpsons", "drama American Dreams"): the
	// genre read as a post or a verb, no relation
	genreRead := func(r *Relation) bool {
		g, _, _ := strings.Cut(r.Predicate, " ")
		if !genreNouns[g] || verbGenres[g] {
			return false
		}
		w1, w2 := renamed[r.Subject], renamed[r.Object]
		return w1.typ == TypeWork || w2.typ == TypeWork
	}
	related := map[string]bool{}
	for _, k := range d.order {
		r := d.rels[k]
		if genreRead(r) {
			continue
		}
		related[outID(r.Subject)], related[outID(r.Object)] = true, true
		for _, ev := range r.Evidence {
			if ev.Attribution != "" {
				related[outID(ev.Attribution)] = true // (who said it: an entity of the output too)
			}
		}
	}
	kept := res.Entities[:0]
	for _, e := range res.Entities {
		if named(e.Mentions) || related[e.ID] {
			sort.Slice(e.Mentions, func(i, j int) bool { return e.Mentions[i].Start < e.Mentions[j].Start })
			sort.Strings(e.Aliases)
			kept = append(kept, e)
		}
	}
	res.Entities = kept
	sort.Slice(res.Entities, func(i, j int) bool { return res.Entities[i].ID < res.Entities[j].ID })
	for _, k := range d.order {
		if genreRead(d.rels[k]) {
			continue
		}
		r := *d.rels[k]
		for _, id := range []*string{&r.Subject, &r.Object} {
			if w, ok := renamed[*id]; ok {
				*id = w.id
				if w.typ == TypeWork {
					r.Event = nil // (a work is no actor: "Berlin applauds Hotel Rwanda" is no event; an event's organisers may be: "criticised Wimbledon over prize money")
				}
			}
		}
		if slices.ContainsFunc(r.Evidence, func(ev Evidence) bool { return outID(ev.Attribution) != ev.Attribution }) {
			r.Evidence = slices.Clone(r.Evidence)
			for i := range r.Evidence {
				r.Evidence[i].Attribution = outID(r.Evidence[i].Attribution) // ("the EU said": its ID in the output)
			}
		}
		res.Relations = append(res.Relations, r)
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

// worksRetyped returns, by their IDs as the rules typed them, the entities
// a genre's noun names as works ("the film Beyond Borders", "her book
// Small Island", "drama American Dreams"), with their IDs as works. The
// rules read them as the organisations, people or places the recogniser
// took them for (a work is a party: it wins prizes, is backed and is
// made); only the output's type changes. A name the gazetteer knows, or an
// acronym ("the downloaded movie NEC is showing": a company after a
// sentence left unclosed), is no work.
func (d *doc) worksRetyped() map[string]retyped {
	out := map[string]retyped{}
	crew := d.screenCrewed()
	for e := range d.ents {
		de := d.ents[e]
		if de.gaz != nil || de.typ == TypeGPE || de.typ == TypeNORP || isAcronymWord(de.name) {
			continue
		}
		if id := EntityID(de.typ, de.name); crew[id] && de.typ == TypeOrg && !d.bodyNamed(de) {
			out[id] = retyped{EntityID(TypeWork, de.name), TypeWork}
			continue
		}
		for _, mi := range de.ments {
			m := &d.mentions[mi]
			if m.pronoun || m.kind != "" || m.t0 == d.sents[m.sent].t0 {
				continue
			}
			// (the whole name: not "the biopic Ray" joined to Ray Charles,
			// nor "the film Kinsey" to Alfred Kinsey)
			if d.mtext(m) == de.name && (d.genreBefore(m) || d.castAfter(m)) {
				out[EntityID(de.typ, de.name)] = retyped{EntityID(TypeWork, de.name), TypeWork}
				break
			}
		}
	}
	return out
}

// screenCrewed returns, in a story about films or screen comedy and drama
// (three or more of screenWords), the IDs of the organisations a relation
// gives a film's or a show's crew or cast ("Iris director Sir Richard
// Eyre", "Spider-Man creator Stan Lee"): a film or a show.
func (d *doc) screenCrewed() map[string]bool {
	if !d.screenStory() {
		return nil
	}
	out := map[string]bool{}
	for _, k := range d.order {
		r := d.rels[k]
		if post, ok := strings.CutSuffix(r.Predicate, " of"); ok && screenCrew[post] {
			out[r.Object] = true
		}
	}
	return out
}

// bodyNamed: entity de is named like a body (its last word an
// institution's head: "La Fenice Theatre", "Columbia Records") or, once,
// as a place one is at ("at La Fenice", "at the Old Vic").
func (d *doc) bodyNamed(de *dent) bool {
	if orgHeads[strings.ToLower(lastWord(de.name))] {
		return true
	}
	for _, mi := range de.ments {
		m := &d.mentions[mi]
		b := m.t0 - 1
		if b > d.sents[m.sent].t0 && d.toks[b].lower == "the" {
			b--
		}
		if b >= d.sents[m.sent].t0 && d.toks[b].lower == "at" {
			return true
		}
	}
	return false
}

var (
	// screenWords tell a story about films or screen comedy and drama
	screenWords = set("film", "films", "movie", "movies", "sitcom", "sitcoms", "comedy", "drama", "oscar", "oscars",
		"cinema", "cinemas", "actor", "actors", "actress", "actresses", "starring", "starred", "screenplay")
	// screenCrew are the posts of a film's or a show's crew and cast
	screenCrew = set("director", "star", "producer", "creator", "writer", "screenwriter", "executive producer", "co-star",
		"actor", "actress", "co-creator")
)

// genreBefore: a genre's noun stands right before mention m, or before a
// title's "The" opening it ("hit US cartoon The Simpsons"), which no "'s"
// follows ("the film Beyond Borders"; not a possessor: "a musical
// Rubik's cube").
func (d *doc) genreBefore(m *mention) bool {
	b := &d.toks[m.t0-1]
	if b.text == "The" && m.t0-2 >= d.sents[m.sent].t0 {
		b = &d.toks[m.t0-2] // "hit US cartoon The Simpsons"
	}
	return genreNouns[b.lower] && isLowerWord(b.text) && (isNoun(b.tag) || !verbGenres[b.lower]) && (m.t1 >= len(d.toks) || d.toks[m.t1].text != "'s")
}

// castAfter: a cast noun follows mention m, past a possessive ("former
// Quantum Leap actor Scott Bakula", "EastEnders' actress Scarlett
// Johnson"): a show or a film its cast is named by.
func (d *doc) castAfter(m *mention) bool {
	a := m.t1
	if a+1 < len(d.toks) && (d.toks[a].text == "'" || d.toks[a].text == "'s") {
		a++
	}
	return a < len(d.toks) && castNouns[d.toks[a].lower] && isLowerWord(d.toks[a].text) && d.toks[a].sent == m.sent
}

// castNouns name a member of a show's or a film's cast after its title.
var castNouns = set("actor", "actress", "actors", "actresses", "co-star", "co-stars")

// tailsRetyped returns, by their IDs as the rules typed them, the people
// whose name of two words or more ends in a word of a show's, an event's
// or a body's name ("The Doris Day Show", "the Adam Smith Lecture", "the
// Charles Wintour Award", "Roxy Music", "Matrix Asset Advisors"), with
// their IDs as works, events or organisations. Not a name the gazetteer
// knows.
func (d *doc) tailsRetyped() map[string]retyped {
	out := map[string]retyped{}
	for _, de := range d.ents {
		ws := strings.Fields(de.name)
		if de.typ != TypePerson || de.gaz != nil || len(ws) < 2 {
			continue
		}
		if typ := personTails[strings.ToLower(ws[len(ws)-1])]; typ != "" {
			out[EntityID(de.typ, de.name)] = retyped{EntityID(typ, de.name), typ}
		}
	}
	return out
}

// personTails are the last words of shows', events' and bodies' names, with
// the type they give.
var personTails = map[string]string{"show": TypeWork, "story": TypeWork, "diaries": TypeWork, "dvd": TypeWork,
	"lecture": TypeEvent, "rally": TypeEvent, "award": TypeEvent, "awards": TypeEvent, "prize": TypeEvent,
	"films": TypeOrg, "advisors": TypeOrg, "advisers": TypeOrg, "music": TypeOrg, "records": TypeOrg, "studios": TypeOrg,
	"productions": TypeOrg, "pictures": TypeOrg, "magistrates": TypeOrg, "rollers": TypeOrg, "experience": TypeOrg}

// clubsRetyped returns, by their IDs as the rules typed them, the people
// whose name ends in a club's word ("Sheff Utd") and the towns a sports
// story's match relation puts on either side ("Bolton meet Ipswich",
// "Southampton visit Northampton"), with their IDs as organisations: in a
// fixture list a town is its club. Not a ground ("Lansdowne Road"), nor
// a side whose other side is a person or a state.
func (d *doc) clubsRetyped() map[string]retyped {
	out := map[string]retyped{}
	for _, de := range d.ents {
		if ws := strings.Fields(de.name); de.typ == TypePerson && de.gaz == nil && len(ws) >= 2 && clubTails[strings.ToLower(ws[len(ws)-1])] {
			// "Sheff Utd", "Sheffield Wednesday", "Preston Harriers": a
			// club's name, whatever the recogniser read
			out[EntityID(de.typ, de.name)] = retyped{EntityID(TypeOrg, de.name), TypeOrg}
		}
	}
	if !d.sport() {
		return out
	}
	byID := d.entsByID()
	side := func(id string) bool { // a club's or a town's, as a fixture's sides are
		de := byID[id]
		return de != nil && (de.typ == TypeOrg || de.typ == TypeLoc)
	}
	person := func(id string) bool { de := byID[id]; return de != nil && de.typ == TypePerson }
	for _, k := range d.order {
		r := d.rels[k]
		var towns []string
		post := lastWordBefore(r.Predicate) // ("sporting director of": director)
		switch {
		case (fixturePreds[r.Predicate] || r.Predicate == "sign from") && side(r.Subject) && side(r.Object):
			// (not "French troops besieging Turin were defeated by the Austrians": a state's army)
			towns = []string{r.Subject, r.Object}
		case clubActPreds[r.Predicate] && person(r.Object):
			towns = []string{r.Subject} // "Charlton recalled Simon Royce", "Celtic make late bid for Bellamy"
		case (clubMovePreds[r.Predicate] || clubRoles[post] || post == "consultant") && person(r.Subject):
			towns = []string{r.Object} // "moving on to Chelsea", "a consultant at Barcelona", "Atletico sporting director X"
		}
		for _, id := range towns {
			ws := strings.Fields(byID[id].name)
			if (byID[id].typ == TypeLoc || d.clubAsPerson(byID[id])) && len(ws) > 0 && !placeNameEnd(strings.ToLower(ws[len(ws)-1])) {
				out[id] = retyped{EntityID(TypeOrg, byID[id].name), TypeOrg}
			}
		}
	}
	return out
}

// clubAsPerson: de is a name of one word the recogniser read as a
// person's that no honorific, title or personal pronoun ever stands for
// ("took charge of Valencia": also a given name, so no place of the
// gazetteer's).
func (d *doc) clubAsPerson(de *dent) bool {
	return de.typ == TypePerson && !strings.ContainsRune(de.name, ' ') && !d.personSigned(de)
}

// clubActPreds are a club's acts on a player in a sports report;
// clubMovePreds take a player to a club (not "moved to Lancashire": a
// county as often as its club).
var (
	clubActPreds  = set("recall", "make bid for", "bid for", "sign", "sack", "appoint", "loan", "release", "make late bid for")
	clubMovePreds = set("move on to", "join", "linked to", "sign for", "rejoin", "sign from")
)

// kinRetyped returns, by their IDs as the rules typed them, the
// organisations a kin relation gives a wife, a son or a father ("the
// future wife of Johnny Cash", "Cheadle's wife Tatiana"): people, whom the
// recogniser read as bodies. Not a name the gazetteer knows, nor an
// acronym.
func (d *doc) kinRetyped() map[string]retyped {
	byID := d.entsByID()
	out := map[string]retyped{}
	for _, k := range d.order {
		r := d.rels[k]
		kin, ok := strings.CutSuffix(r.Predicate, " of")
		if !ok || !kinNouns[lastWord(kin)] {
			continue
		}
		for _, id := range []string{r.Subject, r.Object} {
			if de := byID[id]; de != nil && de.typ == TypeOrg && de.gaz == nil && !isAcronymWord(de.name) {
				out[id] = retyped{EntityID(TypePerson, de.name), TypePerson}
			}
		}
	}
	return out
}

// entsByID returns the document's entities by their IDs as the rules
// typed them.
func (d *doc) entsByID() map[string]*dent {
	byID := make(map[string]*dent, len(d.ents))
	for _, de := range d.ents {
		byID[EntityID(de.typ, de.name)] = de
	}
	return byID
}

// clubTails end clubs' names and no one's.
var clubTails = set("utd", "united", "wednesday", "harriers", "rovers", "athletic", "wanderers", "albion", "hotspur", "fc")

// fixturePreds relate the two sides of a match.
var fixturePreds = set("play", "meet", "face", "beat", "visit", "host", "knock out", "hold", "draw with", "lose to",
	"defeat", "thrash", "edge", "take on", "play host to", "overcome", "entertain")

// eventsRetyped returns, by their IDs as the rules typed them, the
// entities whose names say they are named events: a competition, games,
// a festival or an awards ceremony ("the FA Cup", "the Australian Open",
// "the Six Nations", "the Commonwealth Games", "Glastonbury Festival",
// "the Brit Awards", "the Oscars", "Euro 2004"), with their IDs as
// events. The rules read them as the organisations or places the
// recogniser took them for (an event is won, hosted, played at); only the
// output's type changes. A state or a nationality is no event.
func (d *doc) eventsRetyped() map[string]retyped {
	out := map[string]retyped{}
	for _, de := range d.ents {
		if de.typ == TypeGPE || de.typ == TypeNORP || !eventName(de.name) {
			continue
		}
		if cues := eventCues[strings.ToLower(de.name)]; cues != nil && !d.anyOf(0, len(d.toks), cues) {
			continue // "greyhound tracks at Wimbledon", "against Wimbledon": the place or the club, in a story with no tennis
		}
		out[EntityID(de.typ, de.name)] = retyped{EntityID(TypeEvent, de.name), TypeEvent}
	}
	return out
}

// eventName: a name of two words or more ending in an event's word
// (eventHeads: "FA Cup", "US Open", "Dubai Marathon"; not "Open
// University", nor a prize), games a people's or a sport's word opens
// ("Commonwealth Games"; not "Rockstar Games"), or one of the events and
// ceremonies news names alone.
func eventName(name string) bool {
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return false
	}
	last := strings.ToLower(ws[len(ws)-1])
	switch {
	case namedEvents[strings.ToLower(name)]:
		return true
	case len(ws) < 2:
		return false
	case last == "games":
		return gamesOpeners[strings.ToLower(ws[len(ws)-2])]
	case eventHeads[last] && last != "prize" || last == "paralympics":
		return true // (a prize is no event)
	case len(ws) == 2 && strings.EqualFold(ws[0], "euro") && len(ws[1]) == 4 && isDigitWord(ws[1]):
		return true // "Euro 2004"
	}
	return false
}

var (
	gamesOpeners = set("olympic", "commonwealth", "asian", "paralympic", "winter", "summer", "european", "pan-american",
		"african", "pacific", "mediterranean", "world", "goodwill", "island")
	namedEvents = set("olympics", "paralympics", "oscars", "grammys", "baftas", "brits", "emmys", "golden globes",
		"six nations", "tri-nations", "tri nations", "wimbledon", "glastonbury", "live aid", "live 8", "super bowl", "tour de france", "giro d'italia", "mobile world congress",
		"grand slam", "grand slams")
	// eventCues: a place's name is its event only in a story with one of
	// these words.
	eventCues = map[string]map[string]bool{"wimbledon": set("tennis", "slam", "seed", "seeded", "sets"),
		"glastonbury": set("festival", "festivals", "headline", "headliners", "stage")}
)

// retyped is an entity's ID and type in the output, where they differ
// from the rules'.
type retyped struct{ id, typ string }

// bodiesRetyped returns, by their IDs as the rules typed them, the people
// of one word that a relation puts where only a body goes ("Madrid-based
// Ferrovial", "played for Ajax", "bought all of Germany's Hexal",
// "analyst of Nielsen/NetRatings"), or of two words that a post puts there
// ("vice president of search properties at Ask Jeeves"), with their IDs as
// organisations: the recogniser reads an unknown single word as a surname.
// Not a name the gazetteer knows, one opened by a given name, nor one a
// personal pronoun, an honorific or a title ever stands for.
func (d *doc) bodiesRetyped() map[string]retyped {
	subject, object := map[string]bool{}, map[string]bool{}
	for _, k := range d.order {
		r := d.rels[k]
		if bodySubjects[r.Predicate] {
			subject[r.Subject] = true
		}
		if bodyObjects[r.Predicate] {
			object[r.Object] = true
		}
	}
	out := map[string]retyped{}
	for _, de := range d.ents {
		id := EntityID(de.typ, de.name)
		ws := strings.Fields(de.name)
		if de.typ != TypePerson || !subject[id] && !object[id] || de.gaz != nil || len(ws) > 2 || len(ws) == 2 && !object[id] || d.x.gaz.IsFirstName(ws[0]) {
			continue // (two words only where a post puts a body: "vice president at Ask Jeeves"; not "London-based travel agent Naresh Goyal")
		}
		if !d.personSigned(de) {
			out[id] = retyped{EntityID(TypeOrg, de.name), TypeOrg}
		}
	}
	return out
}

// provinceNamed: a mention of place de is told a province or a state
// ("Aceh province", "the province of Aceh", "the state of Kerala").
func (d *doc) provinceNamed(de *dent) bool {
	for _, mi := range de.ments {
		m := &d.mentions[mi]
		if m.pronoun {
			continue
		}
		s := &d.sents[m.sent]
		if m.t1 < s.t1 && governedDivisions[d.toks[m.t1].lower] && isLowerWord(d.toks[m.t1].text) {
			return true
		}
		if m.t0-2 >= s.t0 && d.toks[m.t0-1].lower == "of" && governedDivisions[d.toks[m.t0-2].lower] && isLowerWord(d.toks[m.t0-2].text) {
			return true
		}
	}
	return false
}

// governedDivisions name a country's governed divisions.
var governedDivisions = union(provinceNouns, set("state", "canton", "emirate"))

// governedRetyped returns, by their IDs as the rules typed them, the
// places a government post is held of ("New York attorney general Eliot
// Spitzer", "New York Senator Charles Schumer", "mayor of Leeds"), or a
// mention tells a province or a state (provinceNamed), with their IDs as
// GPEs: a place that governs, as a state or a city does.
func (d *doc) governedRetyped() map[string]retyped {
	byID := d.entsByID()
	out := map[string]retyped{}
	for _, de := range d.ents {
		if de.typ == TypeLoc && d.provinceNamed(de) {
			out[EntityID(de.typ, de.name)] = retyped{EntityID(TypeGPE, de.name), TypeGPE}
		}
	}
	for _, k := range d.order {
		r := d.rels[k]
		post, ok := strings.CutSuffix(r.Predicate, " of")
		if !ok || !localTitle(post) && !govTitle(post) && !strings.HasSuffix(post, "attorney general") {
			continue
		}
		if de := byID[r.Object]; de != nil && de.typ == TypeLoc {
			out[r.Object] = retyped{EntityID(TypeGPE, de.name), TypeGPE}
		}
	}
	return out
}

// personSigned: an honorific, a title or a personal pronoun stands for
// entity de somewhere, as only for people.
func (d *doc) personSigned(de *dent) bool {
	for _, mi := range de.ments {
		m := &d.mentions[mi]
		if m.honor || m.title != "" || m.pronoun && personalPronouns[d.toks[m.t0].lower] {
			return true
		}
	}
	return false
}

// statesRetyped returns, by their IDs as the rules typed them, the places
// the gazetteer knows that are states or provinces of a country
// (firstLevelDivisions: "California", "Ontario", "Bavaria"), with their IDs
// as GPEs: a state governs, as a country does (OntoNotes' GPE), where the
// gazetteer lists it with the country's towns and regions as a place.
func (d *doc) statesRetyped() map[string]retyped {
	out := map[string]retyped{}
	for _, de := range d.ents {
		if de.typ == TypeLoc && de.gaz != nil && de.gaz.Name == de.name && firstLevelDivisions[de.name] {
			out[EntityID(de.typ, de.name)] = retyped{EntityID(TypeGPE, de.name), TypeGPE}
		}
	}
	return out
}

// titleWord returns an all-capitals word in title case ("BRUSSELS":
// "Brussels"), any other as it is.
func titleWord(w string) string {
	if len(w) < 2 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
		return w
	}
	return capitalised(strings.ToLower(w))
}

// unionsRetyped returns the European Union's ID as the rules type it, a
// GPE (it acts as a state does: imposes sanctions, admits members, holds
// talks), with its ID as an organisation, as OntoNotes, CoNLL-2003 and
// our gold sets type it: a union of states is no state.
func (d *doc) unionsRetyped() map[string]retyped {
	out := map[string]retyped{}
	for _, de := range d.ents {
		if de.typ == TypeGPE && de.name == "European Union" {
			out[EntityID(de.typ, de.name)] = retyped{EntityID(TypeOrg, de.name), TypeOrg}
		}
	}
	return out
}

// firstLevelDivisions are states and provinces of federal countries whose
// names are no major city's too (not New York, Washington, Rio de
// Janeiro, Sao Paulo, Quebec), nor a station's or a person's (Victoria),
// nor a country's (Georgia: the state and the country would share an ID).
var firstLevelDivisions = set(
	// the United States
	"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
	"Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
	"Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
	"New Jersey", "New Mexico", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
	"Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
	"West Virginia", "Wisconsin", "Wyoming",
	// Canada
	"Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland", "Nova Scotia", "Ontario",
	"Saskatchewan", "Prince Edward Island", "Yukon", "Nunavut",
	// Australia
	"New South Wales", "Queensland", "South Australia", "Tasmania", "Western Australia",
	// India
	"Andhra Pradesh", "Assam", "Bihar", "Gujarat", "Haryana", "Karnataka", "Kerala", "Madhya Pradesh", "Maharashtra",
	"Odisha", "Orissa", "Punjab", "Rajasthan", "Tamil Nadu", "Uttar Pradesh", "West Bengal", "Jharkhand", "Chhattisgarh",
	// China
	"Anhui", "Fujian", "Gansu", "Guangdong", "Guizhou", "Hainan", "Hebei", "Heilongjiang", "Henan", "Hubei", "Hunan",
	"Jiangsu", "Jiangxi", "Jilin", "Liaoning", "Qinghai", "Shaanxi", "Shandong", "Shanxi", "Sichuan", "Yunnan",
	"Zhejiang", "Xinjiang", "Guangxi", "Ningxia",
	// Germany
	"Bavaria", "Baden-Wurttemberg", "Saxony", "Hesse", "Thuringia", "Brandenburg", "North Rhine-Westphalia",
	"Lower Saxony", "Saxony-Anhalt", "Rhineland-Palatinate", "Schleswig-Holstein", "Mecklenburg-Vorpommern",
)

// bodySubjects and bodyObjects are the predicates whose subject, or
// object, is a body and never a person (on BBC news every multi-word name
// in these places is an organisation but for a few wrong ones).
var bodySubjects = set("based in", "buy stake in")
var bodyObjects = set("player of", "play for", "take charge of", "analyst of", "analyst at", "managing director of",
	"founder of", "member of", "spokesman of", "spokeswoman of", "chief executive of", "chairman of", "buy",
	"vice president at", "vice president of", "director at", "director of", "chief executive at", "executive at")

// personalPronouns stand for people only.
var personalPronouns = set("he", "she", "him", "her", "his", "hers", "himself", "herself")

// genreNouns name the kind of a work right before its title; verbGenres
// are also verbs ("book X", "play Arsenal"), so they count only as nouns
// (the tagger's "drama/VB American Dreams" still counts).
var genreNouns = set("film", "movie", "album", "novel", "book", "drama", "sitcom", "documentary", "musical", "play",
	"opera", "song", "single", "comedy", "thriller", "series", "videogame", "biopic", "memoir", "soap", "cartoon", "programme",
	"show", "serial", "sketch")
var verbGenres = set("film", "book", "play", "single", "soap")

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

// acronymCased returns the gazetteer's name as the text writes it when the
// two differ in case only and the text's has an acronym the gazetteer's
// generated title case lost ("SK Telecom" for "Sk Telecom", "UBS", "ABN
// AMRO"); the gazetteer's spelling is no alias then. A text in capitals only
// spells no case when a word is long or a dictionary word ("NEW YORK" in a
// dateline, "XINHUA" in wire copy).
func (d *doc) acronymCased(name string, aliases []string) (string, []string) {
	for i, a := range aliases {
		if a == name || !strings.EqualFold(a, name) || strings.ToUpper(a) == a && !d.acronymsOnly(a) {
			continue
		}
		for _, w := range strings.Fields(a) {
			if isAcronymWord(w) && !strings.Contains(name, w) {
				return a, append(aliases[:i:i], aliases[i+1:]...)
			}
		}
	}
	return name, aliases
}

// acronymsOnly: every word of a is short and no dictionary word.
func (d *doc) acronymsOnly(a string) bool {
	for _, w := range strings.Fields(a) {
		if len(w) > 4 || d.x.lem.InDict(strings.ToLower(w)) {
			return false
		}
	}
	return true
}
