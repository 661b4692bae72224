package extract

// Locatives: where an organisation or a person is based ("Chicago-based
// Boeing", "Boeing, based in Chicago,", "X is headquartered in Y").

import (
	"iter"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/internal/extract/gazetteer"
)

// markBasedPlaces makes the place of "Chicago-based X" and "Glasgow-born
// X" a modifier: the argument of what follows is X, not the place.
func (d *doc) markBasedPlaces() {
	for i := 0; i+2 < len(d.toks); i++ {
		m := d.toks[i].mention
		if m < 0 || d.mentions[m].t1 != i+1 || d.bornAt(i) < 0 && !d.basedAfter(i) {
			continue
		}
		d.mentions[m].modifier = true
		if a := d.toks[i+2].mention; d.toks[i+1].text == "(" && a >= 0 {
			d.mentions[a].modifier = true // "(UAE)-based"
		}
	}
}

// basedAfter reports whether "-based" follows token i.
func (d *doc) basedAfter(i int) bool { return d.basedAt(i) >= 0 }

// basedWords say where a body is based after a place and a hyphen
// ("Chicago-based", "Lagos-headquartered").
var basedWords = set("based", "headquartered", "registered")

// basedAt returns the index of "based" in "Chicago-based" or "United Arab
// Emirates (UAE)-based" after token i, or -1.
func (d *doc) basedAt(i int) int {
	j := i + 1
	if j+4 < len(d.toks) && d.toks[j].text == "(" && d.toks[j+2].text == ")" && isAcronymWord(d.toks[j+1].text) {
		j += 3
	}
	if j+1 < len(d.toks) && d.toks[j].text == "-" && basedWords[d.toks[j+1].lower] && d.toks[j+1].sent == d.toks[i].sent {
		return j + 1
	}
	if j+1 < len(d.toks) && j == i+1 && d.toks[j].lower == "based" && d.toks[j+1].sent == d.toks[i].sent && isNoun(d.toks[j+1].tag) && d.unhyphenatedOpening(i) {
		return j // "Addis Ababa based blogger X", "a London based firm": the hyphen left out
	}
	return -1
}

// unhyphenatedOpening: the name ending at token i opens its sentence or
// follows a determiner (and an adjective), where a compound ("London based") can
// stand without its hyphen and not be a clause ("London based its bid").
func (d *doc) unhyphenatedOpening(i int) bool {
	m := d.toks[i].mention
	if m < 0 || d.mentions[m].t1 != i+1 {
		return false
	}
	t0 := d.mentions[m].t0
	s0 := d.sents[d.mentions[m].sent].t0
	if t0 > s0+1 && (d.toks[t0-1].tag == "JJ" || d.toks[t0-1].tag == "JJS" || d.toks[t0-1].tag == "RB") && d.toks[t0-2].tag == "DT" {
		t0-- // "the only Detroit based maker": a determiner and an adjective
	}
	return t0 == s0 || t0 > 0 && (d.toks[t0-1].lower == "a" || d.toks[t0-1].lower == "an" || d.toks[t0-1].tag == "DT")
}

// bornAt returns the index of "born" in "Glasgow-born" or "Illinois
// born" after token i, or -1.
func (d *doc) bornAt(i int) int {
	j := i + 1
	if j < len(d.toks) && d.toks[j].text == "-" {
		j++
	}
	if j < len(d.toks) && d.toks[j].lower == "born" && d.toks[j].sent == d.toks[i].sent && (j == i+2 || i == d.sents[d.toks[i].sent].t0) {
		return j // (without a hyphen only opening the sentence: "Illinois born Charlton Heston")
	}
	return -1
}

// bornPlaces: "Glasgow-born actor Robert Carlyle", "Australian-born Rupert
// Murdoch": the person after at most three words of description was born
// in the place; so was the person before "a Glasgow-born actor" in
// apposition.
func (d *doc) bornPlaces(si int) {
	s := &d.sents[si]
	for i := s.t0; i+2 < s.t1; i++ {
		pm := d.toks[i].mention
		if pm < 0 || d.mentions[pm].t1 != i+1 || !d.isPlace(pm) {
			continue
		}
		b := d.bornAt(i)
		if b < 0 {
			continue
		}
		if a := d.mentions[pm].t0 - 1; a-2 >= s.t0 && (d.toks[a].lower == "a" || d.toks[a].lower == "an" || d.toks[a].lower == "the") && d.toks[a-1].text == "," {
			// "Patrick Karam, a Guadeloupean-born former minister,", "X,
			// the Cape Town-born opener,": the person before the apposition
			if m := d.toks[a-2].mention; m >= 0 && d.mentions[m].t1 == a-1 && d.personMention(m) && !d.mentions[m].pronoun {
				d.add(si, argument{ment: m}, "born in", argument{ment: pm}, nil, nil, confApposit, false)
			}
			continue
		}
		for j := b + 1; j < s.t1 && j <= b+4; j++ {
			if m := d.toks[j].mention; m >= 0 {
				if d.mentions[m].t0 == j && d.personMention(m) && !d.mentions[m].pronoun {
					d.add(si, argument{ment: m}, "born in", argument{ment: pm}, nil, nil, confApposit, false)
				}
				break
			}
			if !isLowerWord(d.toks[j].text) || !(isNoun(d.toks[j].tag) || d.toks[j].tag == "JJ") {
				break
			}
		}
	}
}

// sharesTraded: "Ford's stock fell 17 cents on the New York Stock
// Exchange", "Shares in Tesco rose 3% on the London Stock Exchange": the
// company is listed on the exchange its shares trade on.
func (d *doc) sharesTraded(si int) {
	s := &d.sents[si]
	for k := s.t0 + 1; k+1 < s.t1; k++ {
		if d.toks[k].lower != "on" {
			continue
		}
		x := k + 1
		if d.toks[x].lower == "the" && x+1 < s.t1 {
			x++
		}
		xm := d.toks[x].mention
		if xm < 0 || d.mentions[xm].t0 != x || !d.isOrg(xm) || !exchangeName(d.ents[d.mentions[xm].ent].name) {
			continue
		}
		if c := d.sharesOf(s, k); c >= 0 && d.mentions[c].ent != d.mentions[xm].ent {
			d.add(si, argument{ment: c}, "listed on", argument{ment: xm}, nil, nil, confPossess, false)
		}
	}
}

// sharesOf returns the company whose shares a sentence speaks of before
// token end ("Ford's stock", "shares in Tesco", "Tesco shares"), or -1.
func (d *doc) sharesOf(s *sent, end int) int {
	for j := s.t0; j < end; j++ {
		if !shareWords[d.toks[j].lower] {
			continue
		}
		if j+2 < end && (d.toks[j+1].lower == "in" || d.toks[j+1].lower == "of") && d.isOrg(d.toks[j+2].mention) {
			return d.toks[j+2].mention // "shares in Tesco"
		}
		b := j - 1
		if b > s.t0 && (d.toks[b].text == "'s" || d.toks[b].text == "'") {
			b-- // "Ford's stock"
		}
		if b < s.t0 {
			continue
		}
		if m := d.toks[b].mention; m >= 0 && d.mentions[m].t1 == b+1 && d.isOrg(m) && !d.mentions[m].modifier {
			return m
		}
	}
	return -1
}

// shareWords name a company's traded shares.
var shareWords = set("shares", "stock", "stocks")

// exchangeName: an organisation's name is a stock exchange's.
func exchangeName(name string) bool {
	return strings.HasSuffix(name, "Stock Exchange") || name == "Nasdaq" || name == "NYSE" || name == "Euronext"
}

func (d *doc) isPlace(m int) bool {
	if m < 0 || d.mentions[m].ent < 0 {
		return false
	}
	return placeType(d.ents[d.mentions[m].ent].typ)
}

// placeType reports whether an entity type is a place's.
func placeType(t string) bool { return t == TypeGPE || t == TypeLoc }

func (d *doc) isActor(m int) bool {
	if m < 0 || d.mentions[m].ent < 0 || d.mentions[m].modifier {
		return false
	}
	t := d.ents[d.mentions[m].ent].typ
	return t == TypeOrg || t == TypePerson
}

// orgAfterPlace returns the organisation mention at token j, or after one
// common noun that describes it ("firm", "carmaker"), or -1.
func (d *doc) orgAfterPlace(si, j int) int {
	s := &d.sents[si]
	if j < s.t1 && (d.toks[j].tag == "NN" || d.toks[j].tag == "NNS" || describedOrgCues[d.toks[j].lower]) && !isCapital(d.toks[j].text) && !d.isTitleWord(d.toks[j].lower) {
		j++
	}
	if j >= s.t1 || d.toks[j].titleOf >= 0 {
		return -1
	}
	m := d.toks[j].mention
	if m < 0 || d.mentions[m].t0 != j || d.mentions[m].ent < 0 || d.ents[d.mentions[m].ent].typ != TypeOrg || d.mentions[m].modifier {
		return -1
	}
	return m
}

// apposedCompany: the place at token i opens an apposition whose company
// noun ends before token k ("Deutsche Boerse, the German stock exchange,",
// "Motorola, the US mobile handset and infrastructure maker,"); it returns
// the organisation before the comma, or -1.
func (d *doc) apposedCompany(si, i, k int) int {
	s := &d.sents[si]
	b := i - 1
	if b-2 < s.t0 || d.toks[b].lower != "the" && d.toks[b].lower != "a" || d.toks[b-1].text != "," || k < 0 || k >= s.t1 {
		return -1
	}
	if e := d.toks[k].text; e != "," && e != "." && !apposTailWords[d.toks[k].lower] && d.toks[k].tag != "VBN" && d.toks[k].tag != "VBG" && d.toks[k].tag != "VBD" && d.toks[k].tag != "JJ" {
		return -1 // (also "the U.S. agency involved in the Arrow"; not "the Israeli firm Elbit")
	}
	o := d.toks[b-2].mention
	if o < 0 || d.mentions[o].t1 != b-1 || d.mentions[o].ent < 0 || d.ents[d.mentions[o].ent].typ != TypeOrg || d.mentions[o].modifier {
		return -1
	}
	return o
}

// houseTrades before "house" make a company of it ("Japanese trading
// house", "the Paris fashion house").
var houseTrades = set("trading", "fashion", "auction", "publishing", "couture", "brokerage", "investment", "design", "software", "record")

// apposTailWords may follow the company noun of an apposition that still
// describes the name before it: "Parmalat, the Italian food group at the
// centre of the scandal,", "the US firm with 20,000 staff", "the bank
// whose shares fell".
var apposTailWords = set("that", "which", "whose", "at", "with", "behind", "in")

// orgCueAfter returns the token after a company noun that starts at j or
// follows up to four lower-case words of description ("firm", "computer
// firm", "stock exchange", "mobile handset and infrastructure maker"), or
// -1.
func (d *doc) orgCueAfter(j int) int { return d.cueAfter(j, true) }

// cueAfter is orgCueAfter; when placed is false, a description that
// places nothing still counts ("a unit of GM", "a French rival").
func (d *doc) cueAfter(j int, placed bool) int {
	if j >= len(d.toks) {
		return -1
	}
	s := &d.sents[d.toks[j].sent]
	for k := j; k < s.t1 && k < j+5; k++ {
		t := &d.toks[k]
		if t.text == "'s" && k > j && scopeNouns[d.toks[k-1].lower] {
			continue // "the world's biggest winemaker", "the country's largest bank"
		}
		if t.mention >= 0 && d.mentions[t.mention].kind != MentionNominal || !isLowerCompound(t.text) && !descriptionAcronyms[t.text] {
			return -1 // (the noun may refer to the company: "Parmalat, the Italian food group at the centre of")
		}
		if placed && nonPlaceCues[t.lower] || t.lower == "maker" && k > j && (d.toks[k-1].lower == "film" || d.toks[k-1].lower == "documentary") {
			return -1 // "Tesco, a French rival,", "Dutch film maker Theo van Gogh"
		}
		if describedOrgCues[t.lower] || t.lower == "producer" && k > j && commodityNouns[d.toks[k-1].lower] || t.lower == "house" && k > j && houseTrades[d.toks[k-1].lower] {
			return k + 1 // ("India's largest power producer"; not a film producer, a person; "trading house", not a house)
		}
		if !(t.tag == "JJ" || t.tag == "JJS" || t.tag == "RBS" || isNoun(t.tag) || t.lower == "and" && k > j) {
			return -1
		}
	}
	return -1
}

// commodityNouns are goods a company produces: "the largest power
// producer" is a company.
var commodityNouns = set("oil", "gas", "power", "electricity", "steel", "aluminium", "aluminum", "copper", "gold", "coal", "food",
	"wine", "sugar", "coffee", "cocoa", "chemicals", "energy", "milk", "meat", "beer", "chip", "crude", "iron", "nickel", "zinc")

// describedOrgCues end a company's description before its name: the
// organisation nouns and a few that name none alone ("Ethiopian duo X and Y"
// are runners, "US rap duo OutKast" a band).
// scopeNouns own a ranking: "the world's biggest", "the country's largest".
var scopeNouns = set("world", "country", "nation", "region", "industry", "sector", "city", "continent")

var describedOrgCues = union(orgCues, set("ngo", "duo", "trio", "exchange", "bourse", "conglomerate", "multinational", "drugmaker", "automaker", "planemaker",
	"employer", "channel", "station", "paper", "daily", "tabloid", "weekly", "carrier", "utility", "broker"))

// placeAt returns the place named from token j on, not as a modifier
// ("Chinese banks"), or -1.
func (d *doc) placeAt(j int) int {
	if j >= len(d.toks) {
		return -1
	}
	p := d.toks[j].mention
	if p < 0 || d.mentions[p].t0 != j || !d.isPlace(p) || d.mentions[p].modifier {
		return -1
	}
	return p
}

func (d *doc) isOrg(m int) bool {
	return m >= 0 && d.mentions[m].ent >= 0 && d.ents[d.mentions[m].ent].typ == TypeOrg
}

// isCity reports whether mention m names a city or region (LOC), not a
// country.
func (d *doc) isCity(m int) bool {
	return m >= 0 && d.mentions[m].ent >= 0 && !d.mentions[m].modifier && d.ents[d.mentions[m].ent].typ == TypeLoc
}

// knownRegion reports whether mention m names, by its name, a country,
// state or region the gazetteer knows ("Texas", "Yemen"; not "Yemeni
// officials", not an unknown word the recogniser called a place).
func (d *doc) knownRegion(m int) bool {
	if !d.isPlace(m) || d.mentions[m].modifier || d.mentions[m].kind != "" {
		return false
	}
	return d.gazOf(m) != nil || d.regionNamed(m)
}

// regionNamed: place mention m is followed by a region noun ("Perugia in
// Umbria province") or ends in one ("Kumamoto Prefecture").
func (d *doc) regionNamed(m int) bool {
	mm := &d.mentions[m]
	return d.wordAfter(mm, regionNouns) || d.nameEndsIn(mm, regionNouns) // "Kumamoto Prefecture"
}

// nameEndsIn: mention m has two words or more and ends in a capitalised
// word of set ("Aceh Province", "Kumamoto Prefecture").
func (d *doc) nameEndsIn(m *mention, set map[string]bool) bool {
	last := &d.toks[m.t1-1]
	return m.t1-m.t0 >= 2 && isCapital(last.text) && set[last.lower]
}

// wordAfter: the token after mention m, in its sentence, is a word of set.
func (d *doc) wordAfter(m *mention, set map[string]bool) bool {
	e := m.t1
	return e < len(d.toks) && d.toks[e].sent == m.sent && set[d.toks[e].lower]
}

// regionNouns name the parts a country is divided into.
var regionNouns = set("state", "province", "region", "county", "governorate", "prefecture", "territory", "department", "district",
	"oblast", "canton", "municipality")

// countryRef: mention m refers to a country the gazetteer knows, by its
// name, a demonym ("the Spanish city of Seville") or a description ("the
// country's largest city").
func (d *doc) countryRef(m int) bool {
	return m >= 0 && d.mentions[m].ent >= 0 && d.ents[d.mentions[m].ent].typ == TypeGPE && d.ents[d.mentions[m].ent].gaz != nil
}

// gazOf returns the gazetteer entry of mention m, or of its entity, or nil.
func (d *doc) gazOf(m int) *gazetteer.Entry {
	if g := d.mentions[m].gaz; g != nil {
		return g
	}
	return d.ents[d.mentions[m].ent].gaz
}

// entOfGaz returns the document's entity named by gazetteer entry g, or -1:
// the entity of g's type and name (a curated entry and the generated one it
// merged, "Mauritania" of a demonym and of a name, are one entity).
func (d *doc) entOfGaz(g *gazetteer.Entry) int {
	for ci, ce := range d.ents {
		if (ce.gaz == g || ce.typ == g.Type && ce.name == g.Name) && len(ce.ments) > 0 {
			return ci
		}
	}
	return -1
}

// gazEntity returns the document's entity for the gazetteer's entry of
// type typ named name (a country an entry's Affiliation names), or -1
// when the gazetteer has no such entry or the document does not name it.
func (d *doc) gazEntity(typ, name string) int {
	g, ok := d.x.gaz.Entry(typ, name)
	if !ok {
		return -1
	}
	return d.entOfGaz(g)
}

// placeList reports whether the place at token i stands in a list of
// places ("Paris, Lyon and Nice"), where a comma separates equals.
func (d *doc) placeList(si, i int) bool {
	s := &d.sents[si]
	m2 := d.toks[i+2].mention
	e := d.mentions[m2].t1
	if e < s.t1 && d.toks[e].text == "," && e+1 < s.t1 && d.isPlace(d.toks[e+1].mention) {
		return !d.placeChain(s, m2, d.toks[e+1].mention) // "Texas, Oklahoma, Kansas"
	}
	if e < s.t1 && (d.toks[e].lower == "and" || d.toks[e].lower == "or") {
		// "Texas, Oklahoma and Kansas" (not "Benton, Tenn. and from
		// Tennessee Tech", nor "Dallas, Texas and Tulsa, Oklahoma": pairs)
		if e+1 >= s.t1 {
			return true
		}
		if n := d.toks[e+1].mention; n >= 0 && d.isCity(n) && d.mentions[n].t1+1 < s.t1 && d.toks[d.mentions[n].t1].text == "," && d.knownRegion(d.toks[d.mentions[n].t1+1].mention) {
			return false
		}
		return d.toks[e+1].tag != "IN" && d.toks[e+1].tag != "TO"
	}
	i = d.mentions[d.toks[i].mention].t0
	if i-2 < s.t0 || !d.isPlace(d.toks[i-2].mention) {
		return false
	}
	if d.toks[i-1].text == "," && d.placeChain(s, d.toks[i].mention, m2) && !d.countryRef(d.toks[i-2].mention) {
		return false // "Xalapa, Veracruz, Mexico": Veracruz lies in Mexico
	}
	if d.toks[i-1].lower == "and" || d.toks[i-1].lower == "or" {
		// "Port Arthur and Galveston, Texas": two towns in one state (not
		// "Paris, Lyon and Nice, France" nor a country and a town)
		a := d.mentions[d.toks[i-2].mention].t0
		return a > s.t0 && (d.toks[a-1].text == "," || d.toks[a-1].lower == "and")
	}
	return d.toks[i-1].text == ","
}

// frontedPrepPhrase: token j is in a prepositional phrase that opens the
// clause, no verb before it ("In Paris, France said", "Speaking in Paris,
// France said"; not "soldiers killed in Kandahar, Afghanistan were
// brought home", where the country ends the place).
func (d *doc) frontedPrepPhrase(s *sent, j int) bool {
	if !d.inPrepPhrase(s, j) {
		return false
	}
	for k := s.t0; k < d.npStart(s, j); k++ {
		if tag := d.toks[k].tag; tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD" || tag == "VBN" {
			return false
		}
	}
	return true
}

// placeChain: mentions a and c, written "a, c", are a region and the
// country it lies in, the end of a place's address ("Xalapa, Veracruz,
// Mexico", "Kandahar, Afghanistan"), not two items of a list: a is no
// country, c is a country the gazetteer knows, and no further place
// follows c ("Veracruz, Mexico, Cuba" is a list).
func (d *doc) placeChain(s *sent, a, c int) bool {
	if !d.isCity(a) || !d.countryRef(c) || d.mentions[c].modifier {
		return false
	}
	e := d.mentions[c].t1
	if e+1 < s.t1 && (d.toks[e].text == "," || d.toks[e].lower == "and" || d.toks[e].lower == "or") && d.isPlace(d.toks[e+1].mention) {
		return false
	}
	return e >= s.t1 || d.toks[e].lower != "and" && d.toks[e].lower != "or"
}

// locatives adds "based in" and "located in" relations of sentence si.
func (d *doc) locatives(si int) {
	s := &d.sents[si]
	d.commaInPlace(si)
	for i := s.t0; i+2 < s.t1; i++ {
		t := &d.toks[i]
		switch {
		case t.mention >= 0 && d.basedAfter(i) && d.isPlace(t.mention):
			// "Chicago-based planemaker Boeing": the organisation or person
			// it describes, after at most four words of description (not
			// "the Copenhagen-based group control of the Pepsi contract")
			// (b before the place's first word: "a New York-based group")
			pred := "based in"
			if d.toks[d.basedAt(i)].lower == "registered" {
				pred = "registered in" // "a Liberian-registered tanker", "Hong Kong-registered firms"
			}
			open, city := d.mentions[t.mention].t0, -1
			if c := d.toks[max(open-2, 0)].mention; open-2 >= s.t0 && d.toks[open-1].text == "," && c >= 0 && d.mentions[c].t1 == open-1 && d.isCity(c) {
				open, city = d.mentions[c].t0, c // "a Boise, Idaho-based industry group": the city too
			}
			based := func(m int, conf float64) {
				d.add(si, argument{ment: m}, pred, argument{ment: t.mention}, nil, nil, conf, false)
				if city >= 0 {
					d.add(si, argument{ment: m}, pred, argument{ment: city}, nil, nil, conf, false)
				}
			}
			if b := open - 1; b-1 > s.t0 && (d.toks[b].lower == "a" || d.toks[b].lower == "an") && beVerbs[d.toks[b-1].lower] {
				// "Boeing is a Chicago-based company": the copula's subject
				if m := d.toks[b-2].mention; m >= 0 && d.mentions[m].t1 == b-1 && d.isActor(m) {
					based(m, confCopula)
					continue
				}
			}
			if b := open - 1; b-1 > s.t0 && (d.toks[b].lower == "a" || d.toks[b].lower == "the") && d.toks[b-1].text == "," {
				// "Al-Azhar University, a Cairo-based centre of learning,"
				if m := d.toks[b-2].mention; m >= 0 && d.mentions[m].t1 == b-1 && d.isActor(m) && !d.mentions[m].modifier {
					based(m, confApposit)
					continue
				}
			}
			b := d.basedAt(i)
			for j := b + 1; j < s.t1 && j <= b+7; j++ {
				u := &d.toks[j]
				if m := u.mention; m >= 0 && m != t.mention && (d.mentions[m].modifier || d.mentions[m].kind == MentionDemonym) && d.mentions[m].t1 < s.t1 {
					j = d.mentions[m].t1 - 1 // "the UAE-based Arab TV channel Sky News"
					continue
				}
				if m := u.mention; m >= 0 && m != t.mention {
					if d.isActor(m) {
						based(m, confApposit)
					}
					break
				}
				if u.text == "," && j > b+1 && d.toks[j-1].tag == "NNS" && j+1 < s.t1 {
					// "two Hong Kong-registered firms, Sino Pacific and
					// Bright Harbour,": each body the plural names
					for _, m := range d.listedActors(s, j+1) {
						based(m, confApposit-0.05)
					}
					break
				}
				if u.tag == "CC" && j+1 < s.t1 && j > b+1 && isLowerWord(d.toks[j+1].text) && isNoun(d.toks[j-1].tag) {
					continue // "Yerevan-based think tank and development agency Civilitas Foundation"
				}
				if u.text == "The" && j > b+1 && j+1 < s.t1 && d.toks[j+1].mention >= 0 {
					continue // "the Washington-based think-tank The Brookings Institution": the name's own article
				}
				if isVerb(u.tag) || u.text == "," || u.text == ";" || u.tag == "IN" || u.tag == "DT" || u.tag == "TO" || u.tag == "CC" {
					break
				}
			}
		case t.mention >= 0 && d.isCity(t.mention) && d.mentions[t.mention].t1 == i+1 && d.toks[i+1].text == "," && d.knownRegion(d.toks[i+2].mention) && !d.placeList(si, i) && d.mayLieIn(t.mention, d.toks[i+2].mention) && !(d.startsClause(d.toks[i+2].mention) && d.frontedPrepPhrase(s, d.mentions[t.mention].t0)):
			// "Brooklyn, New York", "Hemel Hempstead, England": a place
			// and the larger one it lies in (a list is not)
			d.add(si, argument{ment: t.mention}, "located in", argument{ment: d.toks[i+2].mention}, nil, nil, confApposit, false)
			if a := d.mentions[t.mention].t0 - 1; a-1 > s.t0 && (d.toks[a].lower == "and" || d.toks[a].lower == "or") {
				// "Port Arthur and Galveston, Texas": both towns lie in the state
				if b := d.toks[a-1].mention; b >= 0 && d.mentions[b].t1 == a && d.isCity(b) && d.mayLieIn(b, d.toks[i+2].mention) && (d.mentions[b].t0 == s.t0 || d.toks[d.mentions[b].t0-1].text != ",") {
					d.add(si, argument{ment: b}, "located in", argument{ment: d.toks[i+2].mention}, nil, nil, confApposit-0.05, false)
				}
			}
		case t.mention >= 0 && d.isPlace(t.mention) && d.mentions[t.mention].t1 == i+1 && d.mentions[t.mention].kind == MentionDemonym && d.ents[d.mentions[t.mention].ent].name != "European Union":
			// "Romanian firm GeCAD Software", "German carmaker BMW",
			// "Chinese computer firm Lenovo": a nationality, a company
			// noun and the company's name
			k := d.orgCueAfter(i + 1)
			if k < 0 && (regulatorNouns[t.lower] || teamNouns[t.lower]) {
				k = i + 1 // "French stock market regulator AMF", "Belgian side Standard Liège": the mention holds its noun
			}
			if r := i + 1; k < 0 && r+1 < s.t1 && (d.toks[r].lower == "rival" || d.toks[r].lower == "rivals") && d.isOrg(d.toks[r+1].mention) && d.mentions[d.toks[r+1].mention].t0 == r+1 {
				k = r + 1 // "Japanese rival Kiyomizu Cell Technologies": the rival named after it (not "Tesco, a French rival,")
			}
			if o := d.orgAfterPlace(si, i+1); k < 0 && o >= 0 && d.mentions[o].t0 == i+1 && i > s.t0 && d.toks[i-1].lower == "the" && d.mentions[o].t1 < s.t1 && orgCues[d.toks[d.mentions[o].t1].lower] && isLowerWord(d.toks[d.mentions[o].t1].text) {
				// "the Mauritanian Al Akhbar website": a nationality, the
				// organisation's name and what it is (not "the English
				// Chamber Orchestra", a name the recogniser cut)
				d.add(si, argument{ment: o}, d.orgPlacePred(o), argument{ment: t.mention}, nil, nil, confPossess, false)
				continue
			}
			if k < 0 {
				continue
			}
			if o := d.orgAfterPlace(si, k); o >= 0 {
				d.add(si, argument{ment: o}, d.orgPlacePred(o), argument{ment: t.mention}, nil, nil, confPossess, false)
			} else if o := d.apposedCompany(si, i, k); o >= 0 {
				// "Deutsche Boerse, the German stock exchange,"
				d.add(si, argument{ment: o}, d.orgPlacePred(o), argument{ment: t.mention}, nil, nil, confApposit, false)
			}
		case t.mention >= 0 && d.isPlace(t.mention) && d.mentions[t.mention].t1 == i+1 && d.mentions[t.mention].kind == "":
			// "the U.S. Congress", "US firm Apple", "the Phnom Penh
			// government", "US rap duo OutKast": a place before an
			// organisation's name is where it is
			o := d.orgAfterPlace(si, i+1)
			if o >= 0 && d.eventAfter(o) {
				o = -1 // "the Brussels IAAF cross-country race": where the race is run
			}
			if p0 := d.mentions[t.mention].t0; o >= 0 && d.mentions[o].t0 == i+1 && p0 > s.t0 && d.toks[p0-1].tag == "IN" && (isLowerWord(d.toks[p0-1].text) || p0-1 == s.t0) {
				o = -1 // "At the show in Las Vegas Microsoft boss Bill Gates", "In London Barclays chief X": the place ends a phrase of its own
			}
			if k := d.orgCueAfter(i + 1); o < 0 && k > i+1 && d.gazOf(t.mention) != nil {
				o = d.orgAfterPlace(si, k) // ("UK broadcaster Virgin Radio": a cue that is also a trade)
				if o < 0 {
					o = d.apposedCompany(si, i, k) // "Motorola, the US mobile handset maker,"
				}
			}
			if o >= 0 {
				d.add(si, argument{ment: o}, d.orgPlacePred(o), argument{ment: t.mention}, nil, nil, confPossess, false)
			}
		case t.lower == "based" && d.toks[i+1].lower == "at" && d.isOrg(d.mentionAt(d.skipThe(s, i+2), s)):
			// "The Bureau of Investigative Journalism based at City
			// University": housed by the institution
			if a := d.basedSubject(si, i); a >= 0 && d.isOrg(a) {
				d.add(si, argument{ment: a}, "based at", argument{ment: d.mentionAt(d.skipThe(s, i+2), s)}, nil, nil, confNominal, false)
			}
		case (t.lower == "based" || t.lower == "headquartered" || t.lower == "located") && d.toks[i+1].lower == "in" && d.placeOfKind(si, i+2) >= 0:
			if a := d.basedSubject(si, i); a >= 0 && (t.lower != "located" || d.governmentOf(a)) {
				pred := t.lower + " in"
				if t.lower == "located" {
					pred = "based in" // "Libya's government, currently located in the eastern city of Tobruk"
				}
				p := d.placeOfKind(si, i+2)
				d.add(si, argument{ment: a}, pred, argument{ment: p}, nil, nil, confNominal, false)
				if d.governmentOf(a) && d.isCity(p) {
					d.add(si, argument{ment: p}, "located in", argument{ment: a}, nil, nil, confNominal, false) // the seat lies in the state
				}
			}
		}
	}
}

// basedSubject finds what "based"/"headquartered" at token v says is
// somewhere: the parse's head of a reduced clause ("Boeing, based in
// Chicago") or passive subject ("Boeing is based in Chicago"), else the
// nearest organisation or person before it with no verb in between.
func (d *doc) basedSubject(si, v int) int {
	s := &d.sents[si]
	t := &d.toks[v]
	if d.unnamedPrepObject(s, v) {
		return -1 // "Leslie Kota, a spokeswoman for K mart based in Troy": what the preposition names, unnamed here, is based there
	}
	if t.rel == "acl" && t.head >= 0 && d.isActor(d.toks[t.head].mention) && !d.ownedThing(d.toks[t.head].mention) {
		return d.toks[t.head].mention
	}
	for k := s.t0; k < s.t1; k++ {
		if d.toks[k].head == v && (d.toks[k].rel == "nsubj:pass" || d.toks[k].rel == "nsubj") && d.isActor(d.toks[k].mention) {
			return d.toks[k].mention
		}
	}
	for k := v - 1; k >= s.t0; k-- {
		u := &d.toks[k]
		if m := u.mention; m >= 0 {
			if mm := &d.mentions[m]; mm.modifier || d.modifiesNoun(mm) {
				// "al-Shabab, an al-Qaeda affiliate based in Somalia": the
				// name the description is apposed to, not its modifier
				if b := d.npStart(s, mm.t0); b-2 >= s.t0 && d.toks[b-1].text == "," && d.toks[b-2].mention >= 0 && d.isActor(d.toks[b-2].mention) {
					return d.toks[b-2].mention
				}
				return -1
			}
			if (d.isActor(m) || d.governmentOf(m)) && !d.ownedThing(m) {
				return m
			}
			return -1 // (not "Silicon Graphics' Columbia supercomputer based at Nasa": the machine is based there)
		}
		if isVerb(u.tag) && !beVerbs[u.lower] || u.lower == "that" || u.text == ";" {
			return -1
		}
	}
	return -1
}

// unnamedPrepObject: the words right before token v are nouns that name
// nothing, after a preposition other than "of" ("for K mart based in").
func (d *doc) unnamedPrepObject(s *sent, v int) bool {
	k := v - 1
	for k > s.t0 && isNoun(d.toks[k].tag) && d.toks[k].mention < 0 {
		k--
	}
	return k < v-1 && d.toks[k].tag == "IN" && d.toks[k].lower != "of" && isLowerWord(d.toks[k].text)
}

// placeOfKind returns the place named at token j, directly or as "the
// (eastern) city (town, region) of X"; or -1.
func (d *doc) placeOfKind(si, j int) int {
	s := &d.sents[si]
	if j < s.t1 && d.isPlace(d.toks[j].mention) {
		return d.toks[j].mention
	}
	if j >= s.t1 || d.toks[j].lower != "the" {
		return -1
	}
	k := j + 1
	for k < s.t1 && k < j+3 && (d.toks[k].tag == "JJ" || compassWords[d.toks[k].lower]) {
		k++
	}
	if k+2 < s.t1 && placeKindNouns[d.toks[k].lower] && d.toks[k+1].lower == "of" && d.isPlace(d.toks[k+2].mention) {
		return d.toks[k+2].mention
	}
	return -1
}

// governmentOf: a country's name before "'s government" (parliament,
// administration): "Libya's government, currently located in the eastern
// city of Tobruk," places the state's seat.
func (d *doc) governmentOf(m int) bool {
	mm := &d.mentions[m]
	e := mm.t1
	return mm.ent >= 0 && d.ents[mm.ent].typ == TypeGPE && e+1 < len(d.toks) && d.toks[e].text == "'s" && seatNouns[d.toks[e+1].lower]
}

// seatNouns name the seat of a state's power.
var seatNouns = set("government", "parliament", "administration", "cabinet", "regime")

// ownedPlaces: "his ranch in the Negev desert", "her home in Kent",
// "Nissan's plant in Sunderland": the owner has the home or site there.
func (d *doc) ownedPlaces(si int) {
	s := &d.sents[si]
	for om, k := range d.possessors(s) {
		o := &d.mentions[om]
		if k+1 < s.t1 && d.toks[k].lower == "native" && o.ent >= 0 && d.ents[o.ent].typ == TypePerson {
			// "his native South Carolina": where the person comes from
			if pm := d.toks[k+1].mention; pm >= 0 && d.mentions[pm].t0 == k+1 && d.isPlace(pm) && d.mentions[pm].kind == "" {
				d.add(si, argument{ment: om, weak: o.pronoun}, "from", argument{ment: pm}, nil, nil, confPossess, false)
			}
			continue
		}
		for k < s.t1 && (d.toks[k].tag == "JJ" || d.toks[k].mention >= 0 && d.mentions[d.toks[k].mention].kind == MentionDemonym) {
			k++ // ("its new headquarters", "Al Jazeera's English bureau")
		}
		if k+1 < s.t1 && d.toks[k].mention < 0 && isCapital(d.toks[k].text) && d.isOrg(om) && orgSites[d.toks[k+1].lower] {
			k++ // "the BBC's Arabic bureau in Cairo", "Shell's Pernis refinery": the site's own name
		}
		if k >= s.t1 {
			continue
		}
		if pm := d.toks[k].mention; pm >= 0 && d.mentions[pm].t0 == k && d.isPlace(pm) && d.mentions[pm].kind == "" && d.mentions[pm].ent != o.ent && !d.isPlace(om) {
			// "at his Leeds home", "Nissan's Sunderland plant": the place
			// before the site
			e := d.mentions[pm].t1
			if e+2 < s.t1 && d.toks[e].text == "," && d.isPlace(d.toks[e+1].mention) && d.mentions[d.toks[e+1].mention].t0 == e+1 {
				if f := d.mentions[d.toks[e+1].mention].t1; f < s.t1 && d.toks[f].text == "," {
					e = f + 1 // "the NRC's Rockville, Md., headquarters": past the state
				}
			}
			if e < s.t1 && d.ownedSite(om, d.toks[e].lower) && (e+1 == s.t1 || !isNoun(d.toks[e+1].tag)) {
				d.add(si, argument{ment: om, weak: o.pronoun}, d.sitePred(om, d.toks[e].lower), argument{ment: pm}, nil, nil, confPossess, false)
			}
			continue
		}
		if k+2 >= s.t1 || !d.ownedSite(om, d.toks[k].lower) || d.toks[k+1].lower != "in" {
			continue
		}
		p := k + 2
		if d.toks[p].lower == "the" && p+1 < s.t1 {
			p++
		}
		if pm := d.toks[p].mention; pm >= 0 && d.mentions[pm].t0 == p && d.isPlace(pm) && d.mentions[pm].kind == "" && d.mentions[pm].ent != o.ent {
			d.add(si, argument{ment: om, weak: o.pronoun}, d.sitePred(om, d.toks[k].lower), argument{ment: pm}, nil, nil, confPossess, false)
		}
	}
}

// homeNouns name the place a person lives.
var homeNouns = set("home", "house", "residence", "apartment", "flat", "mansion", "villa")

// sitePred is the predicate of owner mention om's site in a place: an
// organisation's headquarters say where it is based, a person's home where
// the person lives, any other site names itself ("plant in").
func (d *doc) sitePred(om int, site string) string {
	if hqNouns[site] && d.isOrg(om) {
		return "based in"
	}
	if homeNouns[site] && d.mentions[om].ent >= 0 && d.ents[d.mentions[om].ent].typ == TypePerson {
		return "live in" // "at his Leeds home": where the person lives
	}
	if site == "offices" || site == "studios" {
		site = site[:len(site)-1] // one predicate: "its offices in X" is "office in"
	}
	return site + " in"
}

// possessors yields, in sentence s, each possessor whose name or
// possessive pronoun ends a possessive ("Nissan's", "his", "its") with at
// least two tokens after it, and the token after its possessive.
func (d *doc) possessors(s *sent) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := s.t0; i+3 < s.t1; i++ {
			m := d.toks[i].mention
			if m < 0 || d.mentions[m].t1 != i+1 && !(d.mentions[m].t1 == i && d.toks[i].text == "'s") || d.mentions[m].ent < 0 || d.mentions[m].modifier {
				continue
			}
			o := &d.mentions[m]
			k := o.t1
			if d.toks[k].text == "'s" || d.toks[k].text == "'" && strings.HasSuffix(d.toks[k-1].lower, "s") {
				k++ // ("Halvard Pharmaceuticals' Newark headquarters")
			} else if !o.pronoun || !possPronouns[d.toks[o.t0].lower] && d.toks[o.t0].lower != "its" && d.toks[o.t0].lower != "their" {
				continue
			}
			if !yield(m, k) {
				return
			}
		}
	}
}

// ownedSites are homes and sites someone has somewhere.
var ownedSites = set("ranch", "home", "house", "farm", "estate", "villa", "residence", "mansion", "flat", "apartment",
	"plant", "factory", "headquarters", "office", "offices", "base", "studio", "studios")

// ownedSite reports whether w names a site owner mention om has: a home or
// office, or any of an organisation's sites ("Al Jazeera's bureau in
// Beijing", "BP's refinery in Texas").
func (d *doc) ownedSite(om int, w string) bool {
	return ownedSites[w] || orgSites[w] && d.isOrg(om)
}

// sitedIn: "the US Embassy in London", "Nissan's plant in Sunderland": an
// organisation whose name ends in a site word, followed by "in" and a
// place, is based there; so is one whose headquarters follow its name
// ("NRC headquarters in nearby Rockville"; a possessor's headquarters:
// ownedPlaces).
func (d *doc) sitedIn(si int) {
	s := &d.sents[si]
	for i := s.t0; i+2 < s.t1; i++ {
		m := d.toks[i].mention
		if m < 0 || d.mentions[m].t1 != i+1 || d.mentions[m].ent < 0 || d.ents[d.mentions[m].ent].typ != TypeOrg {
			continue
		}
		if siteWords[d.toks[i].lower] && d.toks[i+1].lower == "in" {
			if p := d.placeAt(i + 2); p >= 0 {
				d.add(si, argument{ment: m}, "based in", argument{ment: p}, nil, nil, confApposit, false)
				continue
			}
		}
		// "the Mercedes factory in Sindelfingen", "the BBC office in
		// Kabul", "a Nissan Sunderland plant", "NRC headquarters in nearby
		// Rockville" (based in): the organisation's site
		if d.mentions[m].pronoun {
			continue
		}
		k := i + 1
		pm := -1
		if n := d.toks[k].mention; n >= 0 && d.mentions[n].t0 == k && d.isPlace(n) && d.mentions[n].kind == "" && d.mentions[n].ent != d.mentions[m].ent {
			pm, k = n, d.mentions[n].t1
		}
		if k >= s.t1 || !orgSites[d.toks[k].lower] || isCapital(d.toks[k].text) || k+1 < s.t1 && isNoun(d.toks[k+1].tag) {
			continue
		}
		if pm < 0 && k+2 < s.t1 && d.toks[k+1].lower == "in" {
			j := k + 2
			if d.toks[j].lower == "nearby" || d.toks[j].lower == "the" {
				j++
			}
			if pm = d.placeAt(j); pm >= 0 && (d.mentions[pm].ent == d.mentions[m].ent || d.mentions[pm].kind != "") {
				pm = -1
			}
		}
		if pm >= 0 {
			conf := confPossess
			if hqNouns[d.toks[k].lower] {
				conf = confApposit
			}
			d.add(si, argument{ment: m}, d.sitePred(m, d.toks[k].lower), argument{ment: pm}, nil, nil, conf, false)
		}
	}
}

// orgSites are an organisation's sites named after its name ("the
// Mercedes factory").
var orgSites = set("plant", "factory", "headquarters", "hq", "hq.", "office", "offices", "bureau", "branch", "store", "mine",
	"refinery", "warehouse", "depot", "facility", "works", "studio", "studios", "base", "embassy", "consulate", "mill",
	"smelter", "shipyard", "hub", "campus", "lab", "laboratory")

// siteWords end the names of an organisation's sites.
var siteWords = set("embassy", "consulate", "mission", "office", "bureau", "branch", "headquarters", "plant", "factory",
	"hospital", "university", "school", "college", "museum", "airport", "prison", "base")

// respectively: "his Greek, Cypriot and French counterparts, Nikos
// Dendias, Nikos Christodoulides and Jean-Yves Le Drian, respectively":
// a list of countries, a plural title, and as many people, paired in
// order.
func (d *doc) respectively(si int) {
	s := &d.sents[si]
	for r := s.t0 + 4; r < s.t1; r++ {
		if d.toks[r].lower != "respectively" {
			continue
		}
		j := r - 1
		if d.toks[j].text == "," {
			j--
		}
		people, j := d.listBefore(s, j, func(m int) bool { return d.mentions[m].ent >= 0 && d.ents[d.mentions[m].ent].typ == TypePerson })
		if len(people) < 2 || j < s.t0+1 || d.toks[j].text != "," {
			continue
		}
		h := j - 1
		title := d.nounLemma(d.toks[h].lower)
		if !titleHeads[title] || d.toks[h].lower == title {
			continue // a plural title: "counterparts", "ministers"
		}
		places, _ := d.listBefore(s, h-1, func(m int) bool { return d.isPlace(m) })
		if len(places) != len(people) {
			continue
		}
		for k := range people {
			d.add(si, argument{ment: people[k]}, title+" of", argument{ment: places[k]}, nil, nil, confApposit, false)
		}
	}
}

// listBefore reads a list of mentions ending at token j ("A, B and C",
// "A, B, and C", "A and B"), each passing ok, and returns them in order
// with the token before the list.
func (d *doc) listBefore(s *sent, j int, ok func(m int) bool) ([]int, int) {
	var out []int
	for j >= s.t0 {
		m := d.toks[j].mention
		if m < 0 || !ok(m) {
			break
		}
		out = append(out, m)
		k := d.mentions[m].t0 - 1 // the token before this item
		sep := k
		if sep-1 >= s.t0 && d.toks[sep].lower == "and" && d.toks[sep-1].text == "," {
			sep-- // "A, B, and C"
		}
		if sep-1 >= s.t0 && (d.toks[sep].lower == "and" || d.toks[sep].text == ",") && d.toks[sep-1].mention >= 0 && ok(d.toks[sep-1].mention) {
			j = sep - 1
			continue
		}
		j = k
		break
	}
	slices.Reverse(out)
	return out, j
}

// listAfter reads a list of mentions starting at token j ("A, B and C",
// "A, B, and C", "A and B"), each passing ok, and returns them in order;
// skip, when not nil, passes over a word before an item ("include nominees
// X, Y and director Z").
func (d *doc) listAfter(s *sent, j int, ok func(m int) bool, skip func(k int) bool) []int {
	var out []int
	for j < s.t1 {
		if skip != nil && d.toks[j].mention < 0 && skip(j) {
			j++
			continue
		}
		m := d.toks[j].mention
		if m < 0 || d.mentions[m].t0 != j || !ok(m) {
			break
		}
		out = append(out, m)
		j = d.mentions[m].t1
		if j >= s.t1 || d.toks[j].text != "," && d.toks[j].lower != "and" {
			break
		}
		j++
		if j < s.t1 && d.toks[j].lower == "and" {
			j++
		}
	}
	return out
}

// listedOf: from token j, after a person's name and age, the rest of a
// list of people with their ages runs to "both of" or "all of" ("and
// Marcus Ogden, 19, both of Milwaukee"); it returns the "of", or j.
func (d *doc) listedOf(s *sent, j int) int {
	k := j
	for k+1 < s.t1 && k < j+16 {
		switch t := &d.toks[k]; {
		case (t.lower == "both" || t.lower == "all") && d.toks[k+1].lower == "of":
			return k + 1
		case t.lower == "and" || t.text == "," || t.tag == "CD":
			k++
		case t.mention >= 0 && d.mentions[t.mention].ent >= 0 && d.ents[d.mentions[t.mention].ent].typ == TypePerson:
			k = d.mentions[t.mention].t1
		default:
			return j
		}
	}
	return j
}

// placedNames adds where people, organisations and places are, from the
// phrases news uses to say so in passing:
//   - "Daniel Sullivan, 30, of Boothbay,": a person of a place lives there
//     (resident of);
//   - "scientists at Brown University in Providence": an organisation in a
//     city or state is based there;
//   - "Whitefish in northwest Montana", "Zambia's Kafue River": a place in,
//     or belonging to, a known region lies in it.
//
// The second and third need the parse to attach the place to the name
// before it (nmod), so "Apple opened a store in Paris" says nothing about
// Apple.
func (d *doc) placedNames(si int) {
	s := &d.sents[si]
	for i := s.t0; i+2 < s.t1; i++ {
		m := d.toks[i].mention
		if m < 0 || d.mentions[m].t1 != i+1 || d.mentions[m].ent < 0 || d.mentions[m].modifier {
			continue
		}
		typ := d.ents[d.mentions[m].ent].typ
		apposed := -1 // "the University of Freiburg, Germany,"
		kindIn := -1  // "the Rocky Flats plutonium plant in": the "in" after the site's kind
		if typ == TypeOrg || typ == TypeLoc {
			kindIn = d.kindThenIn(si, i+1)
		}
		if typ == TypeOrg {
			d.describedBefore(si, m)
			if d.toks[i+1].text == "," {
				apposed = d.placeApposed(si, m)
			}
		}
		switch {
		case typ == TypePerson && d.toks[i+1].text == ",":
			j := i + 2
			if d.toks[j].tag == "CD" && j+2 < s.t1 && d.toks[j+1].text == "," {
				j += 2 // the age
			}
			if b := d.listedOf(s, j); b > j {
				j = b // "X, 23, and Y, 19, both of Milwaukee,": each of the two
			}
			if j+1 < s.t1 && d.toks[j].lower == "of" {
				if p := d.placeAt(j + 1); p >= 0 && d.mentions[p].kind == "" && d.closesApposition(si, d.mentions[p].t1) {
					d.add(si, argument{ment: m}, d.residencePred(p), argument{ment: p}, nil, nil, confApposit, false)
				}
			}
		case apposed >= 0:
			// "the University of Freiburg, Germany,", "Tennessee Tech,
			// Cookeville": the place apposed to an institution's name
			d.add(si, argument{ment: m}, "based in", argument{ment: apposed}, nil, nil, confApposit, false)
		case typ == TypeOrg && (d.toks[i+1].text == "," || beVerbs[d.toks[i+1].lower]) && d.plainOrg(m):
			// "Vodafone, a British mobile operator,", "X, the Hong Kong
			// construction firm,", "Confifi Hotel Holdings, a small Sri
			// Lankan tourism firm,", "Allied Irish Banks, Ireland's biggest
			// company,": the place in the description; "Fiat is Italy's
			// largest carmaker"
			p, k, poss := d.placeDescription(si, i+2)
			if p < 0 {
				// "Metrojaya, one of the largest retail groups in Malaysia,"
				if p, k = d.oneOfPlace(si, i+2); p < 0 {
					continue
				}
			}
			switch {
			case d.toks[i+1].text == "," && (d.closesApposition(si, k) || poss && k < s.t1 && d.toks[k].tag == "IN" || d.closesApposition(si, d.ofGoodsEnd(s, k))):
				// (also "Nordvind Systems, a Danish developer of grid
				// software,": what the company makes after "of")
				d.add(si, argument{ment: m}, d.orgPlacePred(m), argument{ment: p}, nil, nil, confApposit, false)
			case d.toks[i+1].text != "," && (k >= s.t1 || d.toks[k].tag == "IN" || d.toks[k].tag == "." || d.toks[k].text == "," || d.toks[k].tag == "CC"):
				d.add(si, argument{ment: m}, d.orgPlacePred(m), argument{ment: p}, nil, nil, confCopula, false)
			}
		case typ == TypeOrg && i+5 < s.t1 && d.toks[i+1].text == "(" && isAcronymWord(d.toks[i+2].text) && d.toks[i+3].text == ")" && d.toks[i+4].lower == "in":
			// "the National Portrait Gallery (NPG) in London": the
			// acronym, then where the body is
			if p := d.placeAt(i + 5); p >= 0 && p != m && d.mentions[p].kind == "" && d.ents[d.mentions[p].ent].typ == TypeLoc && d.localPlace(p) && (d.attachedTo(p, m) || d.knownRegion(p)) {
				d.add(si, argument{ment: m}, "based in", argument{ment: p}, nil, nil, confNominal, false)
			}
		case typ == TypeOrg && d.toks[i+1].lower == "of" && companySuffixes[d.toks[i].lower]:
			// "TSW Meats Ltd. of Liverpool"
			if p := d.placeAt(i + 2); p >= 0 {
				d.add(si, argument{ment: m}, "based in", argument{ment: p}, nil, nil, confApposit, false)
			}
		case typ == TypeOrg && d.toks[i+1].lower == "of" && d.plainOrg(m):
			// "LG Electronics of South Korea was demonstrating", "orders
			// from Pakistan International Airlines and EVA of Taiwan.": a
			// company of a country, the phrase ending there (or its acronym
			// following: "the Confederation of Indigenous Peoples of
			// Bolivia (CIDOB)")
			if p := d.placeAt(d.skipThe(s, i+2)); p >= 0 && d.countryRef(p) && d.mentions[p].kind == "" && (d.endsPhrase(si, d.mentions[p].t1) || d.bracketedAcronymAt(d.mentions[p].t1)) {
				d.add(si, argument{ment: m}, d.orgPlacePred(m), argument{ment: p}, nil, nil, confApposit, false)
			}
		case typ == TypeLoc && d.mentions[m].kind == "" && i+3 < s.t1 && regionNouns[d.toks[i+1].lower] && isLowerWord(d.toks[i+1].text) && (d.toks[i+2].lower == "in" || d.toks[i+2].text == ","):
			// "Helmand province in southern Afghanistan", "Kunduz
			// province, Afghanistan": a region of a known country or state
			j := i + 3
			if compassWords[d.toks[j].lower] && j+1 < s.t1 {
				j++
			}
			if p := d.placeAt(j); p >= 0 && p != m && d.mentions[p].kind == "" && d.mentions[p].ent != d.mentions[m].ent && d.knownRegion(p) && (d.toks[i+2].lower == "in" || d.closesApposition(si, d.mentions[p].t1)) {
				d.add(si, argument{ment: m}, "located in", argument{ment: p}, nil, nil, confNominal, false)
			}
		case typ == TypeLoc && d.facilityHead(i) && (d.toks[i+1].lower == "of" || d.toks[i+1].lower == "in"):
			// "the Wixom Assembly Plant in Wixom, Michigan", "River Rouge
			// Plant of Dearborn": a named site lies where the phrase after
			// it says, however the parse hangs the phrase
			if p := d.placeAt(i + 2); p >= 0 && p != m && d.mentions[p].kind == "" && d.isPlace(p) {
				d.add(si, argument{ment: m}, "located in", argument{ment: p}, nil, nil, confNominal, false)
			}
		case d.toks[i+1].lower == "in" && (typ == TypeOrg || d.isPlace(m)) || kindIn > 0:
			j := i + 2
			if d.toks[i+1].lower != "in" {
				j = kindIn + 1 // "the Minox company in Heuchelheim", "the Rocky Flats plutonium plant in Colorado"
			}
			if j+1 < s.t1 && d.toks[j].lower == "the" && (typ == TypeLoc || typ == TypeOrg && d.institutionName(m)) {
				j++ // "Haro Dimtu in the Oromia region", "the University of East Devon in the United Kingdom"
			}
			compass := compassWords[d.toks[j].lower] && j+1 < s.t1
			if compass {
				j++
			}
			p := d.placeAt(j)
			if p < 0 || p == m || d.mentions[p].kind != "" {
				continue
			}
			if e := d.mentions[p].t1; typ == TypeLoc && e+1 < s.t1 && d.toks[e].text == "'s" {
				if q := d.placeAt(e + 1); q >= 0 && d.mentions[q].kind == "" && d.regionNamed(q) && d.mayLieIn(q, p) {
					p = q // "Nangololo Sul in Mozambique's Cabo Delgado province": the province
				}
			}
			// (a capital "in" its own country lies there: "near Tripoli in
			// Libya"; a compass word says where a place lies, "Whitefish in
			// northwest Montana", and a named site in a capital, "Mashtots
			// Park in Yerevan", even where the parse hangs the phrase on the
			// verb, or in a known city, "Union Square in New York City")
			last := d.toks[d.mentions[m].t1-1].lower
			if t0 := d.mentions[m].t0; typ == TypeLoc && t0-2 >= s.t0 && d.toks[t0-1].lower == "of" && subPlaceNouns[d.toks[t0-2].lower] && d.isPlace(p) && d.mayLieIn(m, p) {
				// "the market town of Eastmere in Norfolk": the town lies
				// in the place after it, known or not
				d.add(si, argument{ment: m}, "located in", argument{ment: p}, nil, nil, confNominal, false)
				continue
			}
			if pt := d.ents[d.mentions[p].ent].typ; typ == TypeOrg && d.toks[i+1].lower == "in" && (pt == TypeGPE || pt == TypeLoc && (d.capitalCityMention(p) || d.gazOf(p) != nil)) && d.mentions[p].kind == "" && d.institutionName(m) && d.endsPhrase(si, d.mentions[p].t1) {
				// "the Shizuoka Institute of Ocean Science in Japan", "a
				// decade at the Pasteur Institute in Paris", "the
				// International Criminal Court in The Hague": a seat of
				// learning, care or justice lies in its country or its
				// known city, wherever the parse hangs the phrase
				d.add(si, argument{ment: m}, "based in", argument{ment: p}, nil, nil, confNominal, false)
				continue
			}
			if !d.attachedTo(p, m) && !(j > i+2 && d.hungOn(p, j-2)) && !(d.capitalCityMention(m) && d.knownRegion(p) && d.mayLieIn(m, p)) && !(typ == TypeLoc && d.regionNamed(p)) &&
				!(compass && typ == TypeLoc && d.knownRegion(p)) && !((worshipPlaces[last] || sitePlaces[last]) && (d.capitalCityMention(p) || d.knownRegion(p))) {
				continue
			}
			switch {
			case typ == TypeOrg && d.ents[d.mentions[p].ent].typ == TypeLoc && (d.plainOrg(m) || j > i+2) && d.localPlace(p):
				d.add(si, argument{ment: m}, "based in", argument{ment: p}, nil, nil, confNominal, false)
			case typ == TypeLoc && d.mentions[m].kind == "" && (d.knownRegion(p) || d.capitalCityMention(p) && !d.knownRegion(m) && !d.capitalCityMention(m)):
				// ("the Caridad Church in Havana": a site in a city)
				d.add(si, argument{ment: m}, "located in", argument{ment: p}, nil, nil, confNominal, false)
			}
		case d.toks[i+1].text == "'s" && d.isPlace(m) && d.mentions[m].kind == "" && d.quarterAfter(i+2) >= 0:
			// "Madrid's Lavapies district", "Berlin's Neukolln district",
			// "Kenya's Marsabit County": the part lies in the place
			if p := d.quarterAfter(i + 2); d.mentions[p].ent != d.mentions[m].ent {
				d.add(si, argument{ment: p}, "located in", argument{ment: m}, nil, nil, confPossess, false)
			}
		case d.toks[i+1].text == "'s" && (d.knownRegion(m) || d.capitalCityMention(m)):
			// "Zambia's Kafue River" (not "Zambia's capital" nor "China's
			// Xi"); "Japan's Toyota", "Britain's Foreign Office"
			p := d.toks[i+2].mention
			if q := i + 2; p < 0 && q+1 < s.t1 && d.toks[q].tag == "JJ" && isLowerWord(d.toks[q].text) && !titleAdjectives[d.toks[q].lower] {
				// "Tehran's new Imam Khomeini International Airport": an
				// organisation or place past one adjective (not a person's
				// "former")
				if n := d.toks[q+1].mention; n >= 0 && d.mentions[n].t0 == q+1 && d.mentions[n].ent >= 0 && d.ents[d.mentions[n].ent].typ != TypePerson {
					p = n
				}
			}
			if k := d.orgCueAfter(i + 2); p < 0 && k > 0 && d.gazOf(m) != nil {
				// "Japan's top carmaker Toyota", "Russia's state-owned gas
				// giant Gazprom": a company's description between
				if o := d.orgAfterPlace(si, k); o >= 0 && d.plainOrg(o) {
					d.add(si, argument{ment: o}, d.orgPlacePred(o), argument{ment: m}, nil, nil, confPossess, false)
				}
				continue
			}
			if p < 0 || d.mentions[p].t0 != i+2 && d.mentions[p].t0 != i+3 || d.mentions[p].ent < 0 || d.mentions[p].modifier {
				continue
			}
			switch d.ents[d.mentions[p].ent].typ {
			case TypePerson:
				// "Britain's Kelly Sotherton": where she is from (not
				// "China's President Xi": the title says more)
				if pm := &d.mentions[p]; pm.title == "" && d.ents[d.mentions[m].ent].typ == TypeGPE && d.toks[i+2].titleOf < 0 && d.personLike(pm.ent) {
					d.add(si, argument{ment: p}, "from", argument{ment: m}, nil, nil, confPossess, false)
				}
			case TypeLoc:
				if !d.knownRegion(p) {
					d.add(si, argument{ment: p}, "located in", argument{ment: m}, nil, nil, confPossess, false)
				}
			case TypeOrg:
				// (not "Holyrood's Chamber Office": a seat of government
				// standing for its country names an institution; not "the
				// UK's G8 presidency")
				// nor "Iran's UN ambassador X": the state's post at an
				// international body
				if !seatMetonyms[strings.ToLower(d.mtext(&d.mentions[m]))] && (d.plainOrg(p) || d.cuedOrg(p) || d.officerNamedAfter(p)) && !(d.internationalBody(p) && d.mentions[p].t1 < s.t1 && d.isTitleWord(d.toks[d.mentions[p].t1].lower)) {
					d.add(si, argument{ment: p}, d.orgPlacePred(p), argument{ment: m}, nil, nil, confPossess, false)
				}
			}
		}
	}
}

// placeApposed returns the place that follows organisation mention m and a
// comma and closes the apposition, or -1; not in a list ("Airbus, France
// and Germany", "Airbus, Boeing, Germany").
func (d *doc) placeApposed(si, m int) int {
	s := &d.sents[si]
	o := &d.mentions[m]
	if !institutionNames[d.toks[o.t1-1].lower] && !(o.t1-o.t0 >= 3 && institutionNames[d.toks[o.t0].lower] && d.toks[o.t0+1].lower == "of") {
		return -1
	}
	p := d.placeAt(o.t1 + 1)
	if p < 0 || d.mentions[p].t0 != o.t1+1 || d.mentions[p].kind != "" || !d.closesApposition(si, d.mentions[p].t1) {
		return -1
	}
	if e := d.mentions[p].t1; e+1 < s.t1 && d.toks[e].text == "," && (d.toks[e+1].lower == "and" || d.toks[e+1].lower == "or" || d.mentionAt(e+1, s) >= 0 && !d.isPlace(d.mentionAt(e+1, s))) {
		return -1
	}
	if b := o.t0 - 1; b > s.t0 && (d.toks[b].text == "," || d.toks[b].lower == "and") && d.toks[b-1].mention >= 0 {
		return -1
	}
	return p
}

// institutionNames end or open the names of institutions that stand in one
// place ("Brown University", "University of Freiburg", "St Thomas'
// Hospital").
var institutionNames = set("university", "college", "institute", "hospital", "school", "museum", "academy", "library",
	"laboratory", "laboratories", "observatory", "seminary", "polytechnic", "clinic", "infirmary", "zoo", "gallery", "theatre", "theater")

// commaInPlace: a place, then ", in (the) (western) Y," says where it is
// ("Kunduz, in northern Afghanistan,", "Mont Blanc, in the western Alps,").
func (d *doc) commaInPlace(si int) {
	s := &d.sents[si]
	for i := s.t0; i+3 < s.t1; i++ {
		m := d.toks[i].mention
		if m < 0 || d.mentions[m].t1 != i+1 || d.toks[i+1].text != "," || d.toks[i+2].lower != "in" || d.mentions[m].ent < 0 || d.mentions[m].modifier || d.mentions[m].pronoun || !d.isPlace(m) {
			continue
		}
		j := i + 3
		if d.toks[j].lower == "the" {
			j++
		}
		for n := 0; n < 2 && j < s.t1 && (compassWords[d.toks[j].lower] || d.toks[j].lower == "far" || d.toks[j].lower == "remote") && isLowerWord(d.toks[j].text); n++ {
			j++
		}
		if j >= s.t1 {
			continue
		}
		q := d.toks[j].mention
		if q < 0 || d.mentions[q].t0 != j || d.mentions[q].ent < 0 || d.mentions[q].ent == d.mentions[m].ent || d.mentions[q].modifier || !d.isPlace(q) {
			continue
		}
		e := d.mentions[q].t1
		if e < s.t1 && regionNouns[d.toks[e].lower] && isLowerWord(d.toks[e].text) {
			e++ // "in Idlib province,"
		}
		if e < s.t1 && d.toks[e].text != "," && d.toks[e].text != "." {
			continue // ("Kunduz, in northern Afghanistan's ...": not a place phrase)
		}
		d.add(si, argument{ment: m}, "located in", argument{ment: q}, nil, nil, confApposit, false)
	}
}

// placeDescription reads a company's description from token j: "a British
// mobile operator", "the Hong Kong construction firm", "Ireland's biggest
// company". It returns the place named in it, the token after the company
// noun and whether the place is a possessive, or -1.
func (d *doc) placeDescription(si, j int) (p, k int, poss bool) {
	s := &d.sents[si]
	if j >= s.t1 {
		return -1, -1, false
	}
	if l := d.toks[j].lower; l == "a" || l == "an" || l == "the" {
		j++
		for n := 0; n < 2 && j < s.t1; n++ {
			if m := d.toks[j].mention; m >= 0 && d.mentions[m].compound {
				j = d.mentions[m].t1 // "the Iranian-backed Lebanese group"
				continue
			}
			if (d.toks[j].tag != "JJ" && d.toks[j].tag != "JJS" && !participleDescribers[d.toks[j].lower]) || d.toks[j].mention >= 0 {
				break
			}
			j++
		}
	} else if pm := d.toks[j].mention; pm < 0 || d.mentions[pm].t1 >= s.t1 || d.toks[d.mentions[pm].t1].text != "'s" {
		return -1, -1, false
	}
	if j >= s.t1 {
		return -1, -1, false
	}
	p = d.toks[j].mention
	if p < 0 || d.mentions[p].t0 != j || d.mentions[p].ent < 0 || !d.isPlace(p) {
		return -1, -1, false
	}
	k = d.mentions[p].t1
	poss = k < s.t1 && d.toks[k].text == "'s"
	if poss {
		k++ // "Ireland's biggest company"
	}
	for k < s.t1 && k < d.mentions[p].t1+4 && d.toks[k].mention < 0 && !isCapital(d.toks[k].text) && !describedOrgCues[d.toks[k].lower] && (d.toks[k].tag == "JJ" || d.toks[k].tag == "JJS" || isNoun(d.toks[k].tag)) {
		k++
	}
	if k < s.t1 && describedOrgCues[d.toks[k].lower] && !nonPlaceCues[d.toks[k].lower] {
		return p, k + 1, poss
	}
	return -1, -1, false
}

// bodyName: the name of mention b ends in a governing body's word ("the
// National Executive Committee") or opens with one and its connector
// ("the Committee Against Torture", "the Council for Human Rights").
func (d *doc) bodyName(b int) bool {
	m := &d.mentions[b]
	if governingBodies[d.toks[m.t1-1].lower] {
		return true
	}
	c := d.toks[m.t0+1].lower
	return m.t1-m.t0 >= 3 && governingBodies[d.toks[m.t0].lower] && (c == "against" || c == "on" || c == "for" || c == "of")
}

// stateOwned: "the state-controlled Herald newspaper", "China's state-run
// Xinhua news agency": the state owns, runs or controls the organisation
// named next; the state is the country the phrase names (a possessive or
// an adjective before it), or else the story's country when the sentence
// names no other.
func (d *doc) stateOwned(si int) {
	s := &d.sents[si]
	for k := s.t0; k+1 < s.t1; k++ {
		v, ok := strings.CutPrefix(d.toks[k].lower, "state-")
		pred := statePreds[v]
		if !ok || pred == "" {
			continue
		}
		o := -1
		for j := k + 1; j < s.t1 && j <= k+3; j++ {
			if m := d.toks[j].mention; m >= 0 {
				if d.mentions[m].t0 == j && d.isOrg(m) && !d.mentions[m].modifier {
					o = m
				}
				break
			}
			if !isLowerWord(d.toks[j].text) {
				break
			}
		}
		if o < 0 {
			continue
		}
		c := -1
		if b := k - 1; b > s.t0 && d.possessiveAt(b) {
			c = d.toks[b-1].mention // "China's state-run Xinhua"
		} else if b >= s.t0 {
			c = d.toks[b].mention // "the Chinese state-run Xinhua"
		}
		if c >= 0 && (d.mentions[c].ent < 0 || d.ents[d.mentions[c].ent].typ != TypeGPE) {
			continue
		}
		if g := d.ents[d.mentions[o].ent].gaz; c < 0 && g != nil && g.Affiliation != "" {
			// "state-owned Rosneft" in a story about Ukraine or the US:
			// the state the gazetteer places the company in, when named
			if ce := d.gazEntity(TypeGPE, g.Affiliation); ce >= 0 {
				c = d.firstRealMention(ce)
			}
		} else if c < 0 {
			if mc := d.storyCountryIn(s); mc >= 0 {
				c = d.firstRealMention(mc)
			} else if oc := d.onlyStateIn(s); oc >= 0 {
				c = oc // "Chinese state press reports ... state-owned carmaker Nanjing Auto"
			}
		}
		if c >= 0 && d.mentions[c].ent != d.mentions[o].ent {
			d.add(si, argument{ment: c}, pred, argument{ment: o}, nil, nil, confPossess, false)
		}
	}
}

// statePreds: what the state does to a "state-owned", "state-run" or
// "state-controlled" organisation.
var statePreds = map[string]string{"owned": "own", "run": "run", "controlled": "control"}

// participleDescribers describe a company, whatever the tagger made of
// them ("a leading/VBG German insurer", "the ailing/NN carmaker").
var participleDescribers = set("leading", "growing", "struggling", "ailing", "troubled", "booming", "fast-growing", "loss-making")

// bodiesOfOrgs: an organisation's named committee, council or board is
// part of it ("Labour's ruling National Executive Committee"); the body's
// name must end in such a word (not "Sony's PlayStation Portable").
func (d *doc) bodiesOfOrgs(si int) {
	s := &d.sents[si]
	for i := s.t0; i+2 < s.t1; i++ {
		m := d.toks[i].mention
		if m < 0 || d.mentions[m].t1 != i+1 || !d.possessiveAt(i+1) || !d.isOrg(m) || d.mentions[m].modifier || d.mentions[m].pronoun {
			continue
		}
		k := i + 2
		for k < s.t1 && k < i+4 && d.toks[k].mention < 0 && isLowerWord(d.toks[k].text) && (d.toks[k].tag == "JJ" || d.toks[k].tag == "VBG" || d.toks[k].tag == "NN") {
			k++ // "ruling", "powerful"
		}
		b := d.mentionAt(k, s)
		if b < 0 || d.mentions[b].t0 != k || !d.isOrg(b) || d.mentions[b].t1-d.mentions[b].t0 < 2 || d.mentions[b].ent == d.mentions[m].ent {
			continue
		}
		if !d.bodyName(b) || !d.plainOrg(b) {
			continue
		}
		d.add(si, argument{ment: b}, "part of", argument{ment: m}, nil, nil, confPossess, false)
	}
}

// unitsOfOrgs: an organisation described as another's unit is part of it:
// "the IAEA, the UN's nuclear watchdog,", "Yukos' main production arm,
// Yugansk," ("Sibur, a subsidiary of Gazprom," is an apposed post,
// "subsidiary of").
func (d *doc) unitsOfOrgs(si int) {
	s := &d.sents[si]
	org := func(k int) int {
		if k < s.t0 || k >= s.t1 {
			return -1
		}
		m := d.toks[k].mention
		if m < 0 || d.mentions[m].t0 != k || !d.isOrg(m) || d.mentions[m].modifier || d.mentions[m].pronoun {
			return -1
		}
		return m
	}
	// unit reads "(mods) unitNoun" from token k and returns the token after
	// the noun, or -1.
	unit := func(k int) int {
		for n := 0; n < 3 && k < s.t1 && !unitNouns[d.toks[k].lower]; n, k = n+1, k+1 {
			if m := d.toks[k].mention; m >= 0 && d.mentions[m].t0 == k && d.mentions[m].kind == MentionDemonym {
				k = d.mentions[m].t1 - 1 // "its Japanese subsidiary": where the unit is, not what it is
				continue
			}
			if t := &d.toks[k]; t.mention >= 0 || !isLowerWord(t.text) || t.lower == "former" || !(t.tag == "JJ" || t.tag == "NN" || t.tag == "VBG" || t.tag == "VBN") {
				return -1
			}
		}
		if k < s.t1 && d.toks[k].mention < 0 && unitNouns[d.toks[k].lower] {
			return k + 1
		}
		return -1
	}
	for i := s.t0; i+2 < s.t1; i++ {
		p := org(i)
		if p < 0 || d.mentions[p].t1+1 >= s.t1 || d.toks[d.mentions[p].t1].text != "'s" && d.toks[d.mentions[p].t1].text != "'" {
			continue
		}
		e := unit(d.mentions[p].t1 + 1)
		if e < 0 {
			continue
		}
		m := -1
		if b := d.mentions[p].t0 - 1; b-1 > s.t0 && d.toks[b].lower == "the" {
			if b--; d.toks[b].text == "," && d.closesApposition(si, e) {
				m = d.toks[b-1].mention // "the IAEA, the UN's nuclear watchdog,"
			}
		}
		if e+1 < s.t1 && d.toks[e].text == "," {
			if o := org(e + 1); o >= 0 && d.closesApposition(si, d.mentions[o].t1) {
				m = o // "Yukos' main production arm, Yugansk,"
			}
		}
		if m >= 0 && d.isOrg(m) && !d.mentions[m].modifier && d.mentions[m].ent != d.mentions[p].ent {
			d.add(si, argument{ment: m}, "part of", argument{ment: p}, nil, nil, confApposit, false)
		}
	}
	d.ownUnits(si, org, unit)
}

// ownUnits: an organisation's unit named with "its" or its name before the
// unit's own ("its Yugansk unit", "News Corp's News International unit",
// "its unit Gazpromneft", "its key oil production unit, Yuganskneftegas",
// "Yugansk, its main oil producing unit,"): the unit is part of it. org
// and unit read an organisation's mention and a unit's noun phrase from a
// token, as in unitsOfOrgs.
func (d *doc) ownUnits(si int, org func(int) int, unit func(int) int) {
	s := &d.sents[si]
	for i := s.t0; i+2 < s.t1; i++ {
		t := &d.toks[i]
		p, k := -1, -1 // the owner and the token after its possessive
		switch {
		case t.lower == "its":
			p, k = d.onlyOrgBefore(si, i), i+1
			if x := i - 2; p < 0 && x > s.t0 && d.toks[i-1].text == "," && d.toks[x].mention >= 0 && d.mentions[d.toks[x].mention].t1 == i-1 && d.isOrg(d.toks[x].mention) {
				if e := unit(i + 1); e > 0 && e <= s.t1 && d.closesApposition(si, e) {
					p = d.onlyOrgBefore(si, d.mentions[d.toks[x].mention].t0) // "Daimler sold Fuso, its Japanese subsidiary,": the one before the unit
				}
			}
		case (t.text == "'s" || t.text == "'") && i > s.t0:
			if o := d.toks[i-1].mention; o >= 0 && d.mentions[o].t1 == i && d.isOrg(o) && !d.mentions[o].modifier {
				p, k = o, i+1
			}
		}
		if p < 0 {
			continue
		}
		m := -1
		// "its Yugansk unit", "its sporty Alfa Romeo subsidiary"
		j := k
		for j < s.t1 && j < k+2 && d.toks[j].mention < 0 && d.toks[j].tag == "JJ" && isLowerWord(d.toks[j].text) {
			j++
		}
		if o := org(j); o >= 0 && d.mentions[o].t1 < s.t1 && unitNouns[d.toks[d.mentions[o].t1].lower] {
			m = o
		} else if e := unit(k); e > 0 && e < s.t1 {
			// "its unit Gazpromneft", "its key unit, Yuganskneftegas,"
			n := e
			if d.toks[n].text == "," && n+1 < s.t1 {
				n++
			}
			if o := org(n); o >= 0 && d.closesApposition(si, d.mentions[o].t1) {
				m = o
			} else if b := i - 1; t.lower == "its" && b-1 >= s.t0 && d.toks[b].text == "," && d.closesApposition(si, e) {
				// "Yugansk, its main oil producing unit,"
				if o := d.toks[b-1].mention; o >= 0 && d.mentions[o].t1 == b && d.isOrg(o) && !d.mentions[o].modifier {
					m = o
				}
			}
		}
		if m >= 0 && !d.mentions[m].modifier && d.mentions[m].ent != d.mentions[p].ent {
			d.add(si, argument{ment: m}, "part of", argument{ment: p}, nil, nil, confApposit, false)
		}
	}
}

// onlyOrgBefore returns the mention of the one organisation the sentence
// names before token i ("Yukos said its"), or -1 when it names none, several
// or anything else a possessive might point to (a person or a country).
func (d *doc) onlyOrgBefore(si, i int) int {
	s := &d.sents[si]
	o := -1
	for j := s.t0; j < i; j++ {
		m := d.toks[j].mention
		if m < 0 || d.mentions[m].t0 != j || d.mentions[m].ent < 0 || d.mentions[m].modifier {
			continue
		}
		if b := d.mentions[m].t0 - 1; d.isPlace(m) && b > s.t0 && (d.toks[b].tag == "IN" || d.toks[b].lower == "the" && d.toks[b-1].tag == "IN") {
			continue // "no assets in the US apart from a house owned by its": a place told, not an owner
		}
		if !d.isOrg(m) || o >= 0 && d.mentions[o].ent != d.mentions[m].ent {
			return -1
		}
		o = m
	}
	return o
}

// unitNouns name a part of an organisation that is an organisation itself.
var unitNouns = set("unit", "subsidiary", "division", "arm", "affiliate", "agency", "watchdog", "offshoot", "subsidiaries")

// governingBodies end the names of an organisation's own bodies.
var governingBodies = set("committee", "council", "board", "executive", "secretariat", "presidium", "politburo")

// describedReferences: a description that refers back to a company names
// where it is based ("Siemens said profits rose. The German group will
// cut 6,900 jobs"): coreference resolved the noun to the company, the
// description's place says where it is. Only "the" and the place right
// after it ("the next South Korean bank" is another), the subject or the
// possessor of its clause (not "owns 44% of the Japanese carmaker": a
// third company), no state body ("the Nigerian central bank") and not a
// company the gazetteer places elsewhere.
func (d *doc) describedReferences(si int) {
	s := &d.sents[si]
	for i := s.t0 + 2; i < s.t1; i++ {
		o := d.toks[i].mention
		if o < 0 || d.mentions[o].kind != MentionNominal || d.mentions[o].ent < 0 || d.ents[d.mentions[o].ent].typ != TypeOrg || !companyReferences[d.toks[i].lower] {
			continue
		}
		if r := d.toks[i].rel; !strings.HasPrefix(r, "nsubj") && r != "nmod:poss" {
			continue
		}
		det := d.definiteStart(i)
		if det < 0 {
			continue
		}
		p, k, poss := d.placeDescription(si, det)
		if p < 0 || d.mentions[p].t0 != det+1 || k != i+1 || poss || !d.countryRef(p) || d.anyOf(d.mentions[p].t1, i, stateBodyWords) {
			continue
		}
		if g := d.ents[d.mentions[o].ent].gaz; g != nil && g.Affiliation != "" && g.Affiliation != d.ents[d.mentions[p].ent].name || d.basedElsewhere(d.mentions[o].ent, d.mentions[p].ent) {
			continue
		}
		d.add(si, argument{ment: o}, "based in", argument{ment: p}, nil, nil, confNominal, false)
	}
}

// anyOf reports whether a token in [a, b) is one of words.
func (d *doc) anyOf(a, b int, words map[string]bool) bool {
	for j := a; j < b; j++ {
		if words[d.toks[j].lower] {
			return true
		}
	}
	return false
}

// basedElsewhere reports whether the text already based organisation e in
// a country other than p.
func (d *doc) basedElsewhere(e, p int) bool {
	subj, place := EntityID(d.ents[e].typ, d.ents[e].name), EntityID(d.ents[p].typ, d.ents[p].name)
	for _, k := range d.order {
		if r := d.rels[k]; r.Subject == subj && r.Predicate == "based in" && r.Object != place && strings.HasPrefix(r.Object, "gpe/") {
			return true
		}
	}
	return false
}

// stateBodyWords make a description a state's body: "the Nigerian central
// bank".
var stateBodyWords = set("central", "state", "national", "federal", "public")

// companyReferences refer back to a company.
var companyReferences = set("company", "firm", "group", "bank", "carrier", "airline", "retailer", "broadcaster", "corporation",
	"insurer", "carmaker", "automaker", "brewer", "manufacturer", "operator", "giant", "lender", "maker", "supermarket",
	"conglomerate", "multinational", "drugmaker", "planemaker")

// oneOfPlace reads "one of the largest retail groups in Malaysia", "one
// of Malaysia's largest banks" or "the second-largest electronics retailer
// in the US" from token j: the place and the token after the phrase, or -1.
func (d *doc) oneOfPlace(si, j int) (int, int) {
	s := &d.sents[si]
	plural := true
	switch {
	case j+4 < s.t1 && d.toks[j].lower == "one" && d.toks[j+1].lower == "of":
		j += 2
	case j+4 < s.t1 && d.toks[j].lower == "the" && slices.ContainsFunc(d.toks[j+1:min(j+4, s.t1)], func(t tok) bool { return t.tag == "JJS" }):
		plural = false // "the second-largest electronics retailer in the US"
	default:
		return -1, -1
	}
	k := j
	p := -1
	possessor := func(k int) int { // "Britain's", "the US's"
		if m := d.toks[k].mention; m >= 0 && d.mentions[m].t0 == k && d.countryRef(m) && d.mentions[m].t1+1 < s.t1 && d.toks[d.mentions[m].t1].text == "'s" {
			return m
		}
		return -1
	}
	if m := possessor(d.skipThe(s, k)); m >= 0 {
		p, k = m, d.mentions[m].t1+1
	} else if d.toks[k].lower == "the" {
		k++
	} else {
		return -1, -1
	}
	c := k
	for c < s.t1 && c < k+5 && d.toks[c].mention < 0 && (isLowerWord(d.toks[c].text) || d.toks[c].tag == "JJS" || d.toks[c].text == "-" || isAcronymWord(d.toks[c].text) && c+1 < s.t1 && isLowerWord(d.toks[c+1].text)) && !describedOrgCues[d.nounLemma(d.toks[c].lower)] && (d.toks[c].tag == "JJ" || d.toks[c].tag == "JJS" || d.toks[c].tag == "HYPH" || isNoun(d.toks[c].tag)) {
		c++
	}
	if c >= s.t1 || (d.toks[c].tag == "NNS") != plural || !describedOrgCues[d.nounLemma(d.toks[c].lower)] || nonPlaceCues[d.nounLemma(d.toks[c].lower)] {
		return -1, -1
	}
	if p >= 0 {
		return p, c + 1
	}
	if c+2 < s.t1 && d.toks[c+1].lower == "in" {
		if k := d.skipThe(s, c+2); d.toks[k].mention >= 0 && d.mentions[d.toks[k].mention].t0 == k && d.countryRef(d.toks[k].mention) {
			m := d.toks[k].mention
			return m, d.mentions[m].t1
		}
	}
	return -1, -1
}

// describedBefore: a company's description before its name and a comma
// ("India's biggest conglomerate, Reliance Group,", "the Hong Kong property
// firm, Cheung Kong,") says where organisation mention m is based.
func (d *doc) describedBefore(si, m int) {
	s := &d.sents[si]
	c := d.mentions[m].t0 - 1
	if c-2 < s.t0 || d.toks[c].text != "," || !d.plainOrg(m) {
		return
	}
	for j := max(s.t0, c-7); j < c-1; j++ {
		if p, k, _ := d.placeDescription(si, j); p >= 0 && k == c {
			d.add(si, argument{ment: m}, d.orgPlacePred(m), argument{ment: p}, nil, nil, confApposit, false)
			return
		}
	}
	// "One of the US's largest cable TV firms, Comcast,", "One of
	// the largest banks in Switzerland, Credit Suisse,": opening its
	// sentence
	if p, k := d.oneOfPlace(si, s.t0); p >= 0 && k == c && d.closesApposition(si, d.mentions[m].t1) {
		d.add(si, argument{ment: m}, d.orgPlacePred(m), argument{ment: p}, nil, nil, confApposit, false)
	}
}

// orgPlacePred says how an organisation named with a place belongs to it:
// a body of its state is part of it ("the U.S. Congress", "Britain's
// Foreign Office"), anything else is based there ("Japan's Toyota").
func (d *doc) orgPlacePred(o int) string {
	m := &d.mentions[o]
	if stateBodies[d.toks[m.t1-1].lower] || m.t1-m.t0 > 2 && stateBodies[d.toks[m.t0].lower] && d.toks[m.t0+1].lower == "of" {
		return "part of"
	}
	if m.t1-m.t0 >= 2 && d.toks[m.t0].lower == "central" && d.toks[m.t0+1].lower == "bank" {
		return "part of" // "China's Central Bank", "the Central Bank of Nigeria": the state's bank
	}
	return "based in"
}

// raceNouns name an event a place and a body's name may qualify ("the
// Brussels IAAF cross-country race"), with eventHeads.
var raceNouns = set("race", "meeting", "match", "conference", "congress", "rally", "show", "fair", "forum")

// eventAfter reports whether an event noun ends the phrase after mention
// m, past up to three lower-case or hyphenated words ("the Brussels IAAF
// cross-country race").
func (d *doc) eventAfter(m int) bool {
	s := &d.sents[d.mentions[m].sent]
	k := d.mentions[m].t1
	for j := k; j < s.t1 && j < k+4; j++ {
		t := &d.toks[j]
		if t.mention >= 0 || !isLowerCompound(t.text) {
			return false
		}
		if raceNouns[t.lower] || eventHeads[t.lower] {
			return true
		}
	}
	return false
}

// seatMetonyms are seats of government that the gazetteer reads as their
// country ("Downing Street" is the United Kingdom).
var seatMetonyms = set("holyrood", "kremlin", "white house", "downing street", "whitehall", "westminster", "stormont",
	"zhongnanhai", "elysee", "élysée", "pentagon", "capitol hill", "no 10", "number 10", "the white house", "the kremlin")

// parliamentSeats are the seatMetonyms that name a parliament: entering
// one is being elected to it.
var parliamentSeats = set("westminster", "holyrood", "stormont", "capitol hill")

// stateBodies end the names of a state's institutions.
var stateBodies = set("congress", "senate", "parliament", "assembly", "government", "cabinet", "ministry", "department",
	"office", "army", "navy", "military", "police", "guard", "guards", "court", "agency", "commission", "council",
	"administration", "treasury", "embassy", "consulate", "service", "forces", "bureau", "authority", "house")

// plainOrg reports whether organisation mention o names the organisation
// itself: not a modifier of a noun after it ("the UK's G8 presidency",
// "London's Labour mayor") and not an event ("the International
// Supercomputer Conference").
func (d *doc) plainOrg(o int) bool {
	m := &d.mentions[o]
	if l := d.toks[m.t1-1].lower; eventHeads[l] || meetingHeads[l] {
		return false
	}
	return !d.nounAfter(o, false)
}

// officerNamedAfter: organisation mention o is followed by a post and the
// person who holds it ("China's Foreign Ministry spokesman Geng Shuang").
func (d *doc) officerNamedAfter(o int) bool {
	if e := d.mentions[o].ent; e < 0 || partyName(d.ents[e].name) || d.partyWord(&d.mentions[o]) {
		return false // "London's Labour mayor Ken Livingstone": the city's mayor, not its party
	}
	s := &d.sents[d.mentions[o].sent]
	k := d.mentions[o].t1
	for k < s.t1 && k < d.mentions[o].t1+3 && d.toks[k].mention < 0 && isLowerWord(d.toks[k].text) && d.isTitleWord(d.toks[k].lower) {
		k++
	}
	return k > d.mentions[o].t1 && titleHeads[d.toks[k-1].lower] && d.personAt(k)
}

// cuedOrg: organisation mention o is followed by the noun that says what
// it is, and that noun ends the phrase ("China's Great Wall firm"; not
// "Huawei's rival", "the Great Wall company chairman").
func (d *doc) cuedOrg(o int) bool {
	e := d.mentions[o].t1
	if e+1 >= d.sents[d.mentions[o].sent].t1 {
		return false
	}
	l := d.toks[e].lower
	return orgCues[l] && !nonPlaceCues[l] && l != "owner" && !isNoun(d.toks[e+1].tag) && !isCapital(d.toks[e+1].text)
}

// internationalBody: organisation mention m is an intergovernmental body
// the gazetteer knows (the United Nations, NATO, the African Union).
func (d *doc) internationalBody(m int) bool {
	return d.ents[d.mentions[m].ent].typ == TypeOrg && intergovernmental(d.gazOf(m))
}

// nonPlaceCues describe an organisation by a relation, not by where it is
// ("a Hong Kong rival").
var nonPlaceCues = set("rival", "subsidiary", "unit")

// meetingHeads end the names of meetings, which are held somewhere, not
// based there.
var meetingHeads = set("conference", "convention", "exhibition", "fair", "show", "week", "meeting", "congress",
	"symposium", "forum", "rally")

// localPlace reports whether place mention p is a city or a state, where
// an organisation can be based, not a continent or a region ("the Tories
// in Europe"): the gazetteer gives it a country, or does not know it.
func (d *doc) localPlace(p int) bool {
	g := d.gazOf(p)
	return g == nil || g.Affiliation != ""
}

// closesApposition reports whether token j ends an apposition: a comma,
// the end of the sentence or a closing bracket.
func (d *doc) closesApposition(si, j int) bool {
	s := &d.sents[si]
	if j >= s.t1 {
		return true
	}
	switch d.toks[j].text {
	case ",", ".", ")", ";", "--", "-":
		return true
	}
	if j+3 <= s.t1 && d.toks[j].text == "(" && d.toks[j+2].text == ")" && isAcronymWord(d.toks[j+1].text) {
		return d.closesApposition(si, j+3) // "secretary of the British Medical Association (BMA),": past the acronym
	}
	if d.toks[j].lower == "with" && j+2 < s.t1 && (determiners[d.toks[j+1].lower] || d.toks[j+1].tag == "CD") {
		// "a Hong Kong property firm with a 27 percent share,": a short
		// phrase of what it has, then the apposition's end
		for k := j + 2; k < s.t1 && k <= j+7; k++ {
			t := &d.toks[k]
			if t.text == "," || t.text == ";" || t.text == "." && k+1 == s.t1 {
				return true
			}
			if isVerb(t.tag) || t.tag == "MD" || t.mention >= 0 || t.text == "\"" {
				return false
			}
		}
	}
	return false
}

// attachedTo reports whether the parse hangs mention p on mention m as a
// modifier (nmod), directly or through the head of m's phrase.
func (d *doc) attachedTo(p, m int) bool {
	mm := &d.mentions[m]
	return d.hungOnSpan(p, mm.t0, mm.t1)
}

// hqNouns name where an organisation is run from.
var hqNouns = set("headquarters", "hq", "hq.")

// companyNounsAfter follow a company's name without naming a branch ("the
// Minox company in Heuchelheim"; not "JPMorgan Chase bank in Tokyo").
var companyNounsAfter = set("company", "firm", "corporation")

// siteNounsAfter say what kind of site a name is: "the Lenin shipyard",
// "the Fernald uranium processing plant".
var siteNounsAfter = set("plant", "factory", "mine", "refinery", "shipyard", "facility", "works", "mill", "smelter",
	"reactor", "depot", "complex", "hospital", "prison", "jail", "camp", "base", "airbase", "dam")

// kindThenIn returns the "in" after the kind of body or site the name
// before token k is, past at most two words of description ("company in",
// "uranium processing plant in"), or -1.
func (d *doc) kindThenIn(si, k int) int {
	s := &d.sents[si]
	for j := k; j+1 < s.t1 && j < k+3; j++ {
		t := &d.toks[j]
		if t.mention >= 0 || !isLowerWord(t.text) || !isNoun(t.tag) {
			return -1
		}
		if companyNounsAfter[t.lower] && j == k || siteNounsAfter[t.lower] {
			if d.toks[j+1].lower == "in" {
				return j + 1
			}
			return -1
		}
	}
	return -1
}

// hungOn reports whether the parse hangs place mention p on token t as its
// modifier ("the Minox company in Heuchelheim": on "company").
func (d *doc) hungOn(p, t int) bool { return d.hungOnSpan(p, t, t+1) }

// hungOnSpan reports whether the parse hangs mention p on a token of
// [t0, t1) as its modifier (nmod).
func (d *doc) hungOnSpan(p, t0, t1 int) bool {
	pm := &d.mentions[p]
	for k := pm.t0; k < pm.t1; k++ {
		h := d.toks[k].head
		if h >= pm.t0 && h < pm.t1 {
			continue // inside the name
		}
		return h >= t0 && h < t1 && strings.HasPrefix(d.toks[k].rel, "nmod")
	}
	return false
}

// compassWords may stand between "in" and a region ("in northwest Montana").
var compassWords = set("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
	"northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
	"upstate", "downstate", "rural", "coastal")

// partOfPlace adds "located in" for a place described as part of another
// in sentence si: "Sirte, a coastal town in Libya", "Homs, the
// third-largest city of Syria", "Mexico's southern state of Chiapas", "the
// Abbassiya area of Cairo".
func (d *doc) partOfPlace(si int) {
	s := &d.sents[si]
	for i := s.t0; i < s.t1; i++ {
		m := d.toks[i].mention
		if m < 0 || d.mentions[m].t0 != i || !d.isCity(m) || d.mentions[m].kind != "" {
			continue
		}
		e := d.mentions[m].t1
		c0 := e + 1 // the apposition's first word, past "one of"
		if e+3 < s.t1 && d.toks[e].text == "," && d.toks[e+1].lower == "one" && d.toks[e+2].lower == "of" {
			c0 = e + 3
		}
		switch {
		case e+4 < s.t1 && d.toks[e].text == "," && d.toks[e+1].lower == "the" && (d.toks[e+2].lower == "country" || d.toks[e+2].lower == "nation") && d.toks[e+3].text == "'s" && d.placeNounEnd(s, e+4) > 0:
			// "Aleppo, the country's largest city": the country named before
			c := d.onlyKind(e+2, TypeGPE, d.toks[e+2].lower)
			if c < 0 {
				c = d.mainCountry()
			}
			if c >= 0 && d.ents[c].gaz != nil && c != d.mentions[m].ent {
				d.add(si, argument{ment: m}, "located in", argument{ment: d.firstRealMention(c)}, nil, nil, confApposit-0.1, false)
			}
		case e+2 < s.t1 && d.toks[e].text == "," && (d.toks[e+1].lower == "a" || d.toks[e+1].lower == "an" || d.toks[e+1].lower == "the" || d.toks[e+1].lower == "one" && e+4 < s.t1 && d.toks[e+2].lower == "of" && d.toks[e+3].lower == "the"):
			// "Sirte, a coastal town in Libya", "Toledo, a city in
			// northwest Ohio", "Port Nolloth, one of the few towns in South
			// Africa"
			j := e + 2
			if d.toks[e+1].lower == "one" {
				j += 2
			}
			dj := j
			for dj < j+2 && dj < s.t1 && d.toks[dj].tag == "JJ" && d.toks[dj].mention < 0 {
				dj++ // "a small Jordanian town"
			}
			if dm := d.toks[dj].mention; dj < s.t1 && dm >= 0 && d.mentions[dm].t0 == dj && d.mentions[dm].kind == MentionDemonym && d.countryRef(dm) {
				// "Zarqa, a Jordanian town,"
				if k := d.placeNounEnd(s, d.mentions[dm].t1); k > 0 && (k == s.t1 || d.toks[k].tag == "," || d.toks[k].tag == "." || d.toks[k].tag == "IN") && d.mayLieIn(m, dm) {
					d.add(si, argument{ment: m}, "located in", argument{ment: dm}, nil, nil, confApposit, false)
				}
				continue
			}
			k := d.placeNounEnd(s, j)
			if k > 0 && k+1 < s.t1 && d.toks[k].lower == "of" {
				if q := d.populationEnd(s, k+1); q > 0 && q < s.t1 && d.toks[q].lower == "in" {
					k = q // "Walikale, a town of about 60,000 people in North Kivu"
				}
			}
			if k < 0 || k+1 >= s.t1 || d.toks[k].lower != "in" && d.toks[k].lower != "of" {
				continue
			}
			if k+2 < s.t1 && d.toks[k+1].lower == "the" && d.toks[k].lower == "in" {
				k++ // "a town in the southern Philippines"
			}
			if k+2 < s.t1 && (compassWords[d.toks[k+1].lower] || compassAdjective(d.toks[k+1].lower)) && d.toks[k+1].mention < 0 {
				k++
			}
			if p := d.placeAt(k + 1); p >= 0 && (d.knownRegion(p) || quarterNouns[d.nounLemma(d.toks[k-1].lower)] && d.cityNamed(p)) && d.mayLieIn(m, p) {
				d.add(si, argument{ment: m}, "located in", argument{ment: p}, nil, nil, confApposit, false)
			}
		case i-1 > s.t0 && d.toks[i-1].lower == "of":
			// "Mexico's southern state of Chiapas", "the Abbassiya area of Cairo"
			k := i - 2
			if !subPlaceNouns[d.toks[k].lower] {
				continue
			}
			for k > s.t0 && d.toks[k-1].mention < 0 && (d.toks[k-1].tag == "JJ" || d.toks[k-1].tag == "NN") && k > i-5 {
				k--
			}
			switch {
			case k-2 >= s.t0 && d.toks[k-1].text == "'s":
				// (not "Frankfurt's state of Hessen": a state lies in a country)
				if p := d.toks[k-2].mention; d.knownRegion(p) && d.mayLieIn(m, p) && !(regionNouns[d.toks[i-2].lower] && d.ents[d.mentions[p].ent].typ != TypeGPE) {
					d.add(si, argument{ment: m}, "located in", argument{ment: p}, nil, nil, confApposit, false)
				}
			case k-1 >= s.t0 && d.toks[k-1].mention >= 0 && d.mentions[d.toks[k-1].mention].kind == MentionDemonym:
				// "the Spanish city of Seville"
				if p := d.toks[k-1].mention; d.countryRef(p) && d.mayLieIn(m, p) {
					d.add(si, argument{ment: m}, "located in", argument{ment: p}, nil, nil, confApposit, false)
				}
			case k-1 >= s.t0 && d.toks[k-1].mention >= 0 && d.mentions[d.toks[k-1].mention].t1 == k && d.mentions[d.toks[k-1].mention].kind == "" && d.mentions[d.toks[k-1].mention].t0 > s.t0 && d.toks[d.mentions[d.toks[k-1].mention].t0-1].lower == "the":
				// "the West Bank city of Jenin", "the Texas town of Uvalde"
				if p := d.toks[k-1].mention; d.isPlace(p) && d.gazOf(p) != nil && d.mayLieIn(m, p) {
					d.add(si, argument{ment: m}, "located in", argument{ment: p}, nil, nil, confApposit, false)
				}
			case k-1 >= s.t0 && d.toks[k-1].lower == "the" && d.ents[d.mentions[m].ent].capitalOf == nil:
				// "the eastern city of Tobruk" in a story about Libya (but
				// "lost a concession in Bolivia after protests in the city of
				// El Alto": the one other country the sentence names before)
				if c := d.mainCountry(); c >= 0 && d.mentions[m].ent != c && d.x.gaz.SurnameCountries(d.mtext(&d.mentions[m])) == nil {
					if o := d.otherCountryBefore(s, k, c); o >= 0 {
						if d.mayLieIn(m, o) {
							d.add(si, argument{ment: m}, "located in", argument{ment: o}, nil, nil, confGazRole, false)
						}
						continue
					}
					d.add(si, argument{ment: m}, "located in", argument{ment: d.firstRealMention(c)}, nil, nil, confGazRole, false)
				}
			}
		case e+3 < s.t1 && d.toks[e].text == "," && d.countryRef(d.toks[c0].mention) && d.mentions[d.toks[c0].mention].t0 == c0 && d.mentions[d.toks[c0].mention].t1 < s.t1 && d.toks[d.mentions[d.toks[c0].mention].t1].text == "'s":
			// "Aleppo, Syria's largest city", "Aleppo, one of Syria's
			// oldest cities"
			p := d.toks[c0].mention
			if k := d.placeNounEnd(s, d.mentions[p].t1+1); k > 0 && d.mayLieIn(m, p) {
				d.add(si, argument{ment: m}, "located in", argument{ment: p}, nil, nil, confApposit, false)
			}
		case e+2 < s.t1 && subPlaceNouns[d.toks[e].lower] && d.toks[e+1].lower == "in" && i > s.t0 && d.toks[i-1].lower == "the":
			// "the Malasana neighbourhood in Madrid", "the Swat district
			// in north-western Pakistan"
			k := e + 1
			if k+2 < s.t1 && (compassWords[d.toks[k+1].lower] || compassAdjective(d.toks[k+1].lower)) && d.toks[k+1].mention < 0 {
				k++
			}
			if p := d.placeAt(k + 1); p >= 0 && (d.knownRegion(p) || quarterNouns[d.toks[e].lower] && d.cityNamed(p)) && d.mayLieIn(m, p) {
				d.add(si, argument{ment: m}, "located in", argument{ment: p}, nil, nil, confApposit, false)
			}
		case e+2 < s.t1 && subPlaceNouns[d.toks[e].lower] && d.toks[e+1].lower == "of" && i > s.t0 && d.toks[i-1].lower == "the":
			// "the Abbassiya area of Cairo"
			if p := d.placeAt(e + 2); p >= 0 && stateKinds[d.toks[e].lower] && d.countryRef(p) {
				// "the Gulf state of Qatar", "the Balkan country of
				// Albania": the state lies in the region, not the region
				// in the state
				if d.argType(argument{ment: m}) == TypeLoc && d.mayLieIn(p, m) {
					d.add(si, argument{ment: p}, "located in", argument{ment: m}, nil, nil, confApposit, false)
				}
			} else if p >= 0 && (d.knownRegion(p) || d.capitalCityMention(p)) && d.mayLieIn(m, p) {
				d.add(si, argument{ment: m}, "located in", argument{ment: p}, nil, nil, confApposit, false)
			}
		case e < s.t1 && subPlaceNouns[d.toks[e].lower] && d.toks[e].lower != "resort" && d.toks[e].lower != "hub":
			// "Iraq's Diyala province", "Afghanistan's restive Helmand
			// province"
			k := i - 1
			for k > s.t0 && k > i-3 && d.toks[k].tag == "JJ" && d.toks[k].mention < 0 {
				k--
			}
			if k-1 >= s.t0 && d.toks[k].text == "'s" {
				if p := d.toks[k-1].mention; p >= 0 && d.mentions[p].t1 == k && d.knownRegion(p) && d.ents[d.mentions[p].ent].typ == TypeGPE && d.mayLieIn(m, p) {
					d.add(si, argument{ment: m}, "located in", argument{ment: p}, nil, nil, confApposit, false)
				}
			}
		}
	}
}

// institutionName: organisation mention m names a seat of learning,
// research or care by its name ("University of East Devon", "Shizuoka
// Institute of Ocean Science", "Corrib General Hospital").
func (d *doc) institutionName(m int) bool {
	for k := d.mentions[m].t0; k < d.mentions[m].t1; k++ {
		if institutionWords[d.toks[k].lower] && isCapital(d.toks[k].text) {
			return true
		}
	}
	return false
}

var institutionWords = set("university", "institute", "college", "academy", "hospital", "museum", "observatory", "laboratory", "school",
	"court", "tribunal")

// otherCountryBefore returns the mention of a country other than entity
// c that sentence s names by its name after "in" before token k ("a
// concession in Bolivia"), when it names exactly one such country, or -1.
func (d *doc) otherCountryBefore(s *sent, k, c int) int {
	found := -1
	for j := s.t0; j < k; j++ {
		n := d.toks[j].mention
		if n < 0 || d.mentions[n].t0 != j || j == s.t0 || d.toks[j-1].lower != "in" || d.mentions[n].kind != "" || d.mentions[n].ent == c || !d.countryRef(n) {
			continue
		}
		if found >= 0 && d.mentions[found].ent != d.mentions[n].ent {
			return -1
		}
		found = n
	}
	return found
}

// compassAdjective: w is a compound of compass points ("south-western",
// "north-east").
func compassAdjective(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && compassWords[a] && compassWords[b]
}

// ofGoodsEnd returns the end of an "of" phrase of common words from token
// k ("of grid software", "of mobile phones"), or k.
func (d *doc) ofGoodsEnd(s *sent, k int) int {
	if k+1 >= s.t1 || d.toks[k].lower != "of" {
		return k
	}
	e := k + 1
	for e < s.t1 && e < k+5 && d.toks[e].mention < 0 && isLowerWord(d.toks[e].text) && (isNoun(d.toks[e].tag) || d.toks[e].tag == "JJ" || d.toks[e].lower == "and") {
		e++
	}
	if e == k+1 {
		return k
	}
	return e
}

// quarterNouns name a part of a city: "Malasana, a neighbourhood in
// Madrid" lies in the city even when the gazetteer holds no region of that
// name.
var quarterNouns = set("neighbourhood", "neighborhood", "suburb", "district", "borough", "quarter", "slum", "township")

// cityNamed: mention m names a city or other place that is no modifier
// ("in Madrid", not "a Madrid bank").
func (d *doc) cityNamed(m int) bool {
	return d.isPlace(m) && !d.mentions[m].modifier && d.mentions[m].kind == ""
}

// placeNounEnd reads the noun phrase from token j of sentence s: up to
// three modifiers, then a part-of-a-place noun ("a coastal town", "Syria's
// largest city", "the few towns"); it returns the phrase's end, or -1.
func (d *doc) placeNounEnd(s *sent, j int) int {
	for n := 0; n < 4 && j < s.t1; n, j = n+1, j+1 {
		t := &d.toks[j]
		if subPlaceNouns[d.nounLemma(t.lower)] && isNoun(t.tag) && t.lower != "based" && !(j+1 < s.t1 && subPlaceNouns[d.nounLemma(d.toks[j+1].lower)]) {
			return j + 1 // (the last of "a port town")
		}
		if t.lower == "capital" && j+1 < s.t1 && d.toks[j+1].lower == "in" {
			return j + 1 // "a provincial capital in northern Afghanistan" (a capital "of" is the capital's rule's)
		}
		if t.mention >= 0 || !(t.tag == "JJ" || t.tag == "JJS" || t.tag == "RBS" || t.tag == "NN" || t.tag == "HYPH" || t.text == "-" || placeOrdinals[t.lower]) {
			return -1
		}
	}
	return -1
}

// populationEnd returns where a head count from token k ends ("about
// 60,000 people", "some two million residents"), or -1.
func (d *doc) populationEnd(s *sent, k int) int {
	for n := 0; k < s.t1 && n < 3 && countHedges[d.toks[k].lower]; n, k = n+1, k+1 {
	}
	if k >= s.t1 || d.toks[k].tag != "CD" {
		return -1
	}
	for k < s.t1 && d.toks[k].tag == "CD" {
		k++ // "60,000", "two million"
	}
	if k < s.t1 && populationNouns[d.toks[k].lower] {
		return k + 1
	}
	return -1
}

// countHedges come before a head count ("about 60,000", "more than 2,000").
var countHedges = set("about", "some", "around", "nearly", "roughly", "almost", "over", "more", "than", "just", "under", "fewer", "less", "barely")

// populationNouns count a place's people.
var populationNouns = set("people", "residents", "inhabitants", "souls")

// placeOrdinals rank a city in its country ("Iraq's second largest city"),
// whatever the tagger made of them.
var placeOrdinals = set("second", "third", "fourth", "fifth")

// placeApposition: an apposition after the name of mention m calls it a
// place ("Mosul, Iraq's second largest city", "Ariha, a town in
// Idlib", "Sanaa, the Yemeni capital"): the words after the comma are an
// article or a country's name, up to three modifiers and a noun of places
// that ends the phrase.
func (d *doc) placeApposition(m *mention) bool { return d.placeAppositionAt(&d.sents[m.sent], m.t1) }

// placeAppositionAt is placeApposition for the name ending before token e
// of sentence s.
func (d *doc) placeAppositionAt(s *sent, e int) bool {
	j := e + 1
	if j+1 >= s.t1 || d.toks[e].text != "," {
		return false
	}
	if j+2 < s.t1 && d.toks[j].lower == "one" && d.toks[j+1].lower == "of" {
		j += 2 // "one of the few towns in"
	}
	// a country's name or demonym at token k (the mention resolve has not
	// typed yet: its gazetteer entry)
	country := func(k int) bool {
		m := d.toks[k].mention
		return m >= 0 && d.mentions[m].gaz != nil && d.mentions[m].gaz.Type == TypeGPE
	}
	switch l := d.toks[j].lower; {
	case l == "a" || l == "an" || l == "the":
		j++
	case country(j):
		j = d.mentions[d.toks[j].mention].t1
		if j < s.t1 && d.toks[j].text == "'s" {
			j++
		}
	default:
		return false
	}
	if j < s.t1 && country(j) {
		j = d.mentions[d.toks[j].mention].t1 // "the Yemeni capital"
	}
	k := d.placeNounEnd(s, j)
	if k < 0 && j < s.t1 && d.toks[j].lower == "capital" {
		k = j + 1
	}
	if k < 0 || k >= s.t1 {
		return k == s.t1
	}
	switch l := d.toks[k].lower; {
	case l == "in" || l == "of" || l == "near" || l == "on":
		return true
	default:
		return d.toks[k].tag == "," || d.toks[k].tag == "." || d.toks[k].text == ")"
	}
}

// startsClause: a verb follows mention m, whose name is its subject ("the
// offensive into the Gaza Strip, Mauritania has cut ties"), not the larger
// place of the name before the comma (unless that name begins the clause:
// "Beijing, China hosted").
func (d *doc) startsClause(m int) bool {
	e := d.mentions[m].t1
	if e >= d.sents[d.mentions[m].sent].t1 {
		return false
	}
	t := &d.toks[e]
	return t.tag == "MD" || t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP"
}

// personLike: person entity e has a full name that does not end in a word
// of places, works or organisations (the recogniser's "Leicester Square",
// "Securities Trading Act", a lone "Peugeot") and either starts with a
// known first name or holds no dictionary word ("Phonographic Industry").
func (d *doc) personLike(e int) bool {
	ws := strings.Fields(d.ents[e].name)
	if len(ws) < 2 {
		return false
	}
	last := strings.ToLower(ws[len(ws)-1])
	if orgHeads[last] || orgCues[last] || notPersonWords[last] {
		return false
	}
	if d.x.gaz.IsFirstName(ws[0]) {
		return true // also "Mark Lewis-Francis"
	}
	if strings.Contains(last, "-") {
		return false
	}
	for _, w := range ws {
		if l := strings.ToLower(w); d.x.lem.InDict(l) && !nameParticles[l] {
			return false // "British Phonographic Industry", "Economic Crisis" (not "Hicham El Guerrouj")
		}
	}
	return true
}

// stateKinds name a sovereign state after a region ("the Gulf state of
// Qatar").
var stateKinds = set("state", "country", "nation", "kingdom", "emirate", "sheikhdom", "republic")

// notPersonWords end names of places, laws and works, not people.
var notPersonWords = set("rights", "square", "road", "street", "park", "bridge", "hall", "act", "republic", "film", "films", "awards",
	"pharmaceutical", "pharmaceuticals", "barcelona", "records", "studios", "theatre", "stadium", "airport", "motors", "robot")

// capitalCityMention: mention m names a capital as the city ("London's
// Science Museum").
func (d *doc) capitalCityMention(m int) bool {
	return m >= 0 && d.mentions[m].ent >= 0 && d.ents[d.mentions[m].ent].capitalOf != nil
}

// mayLieIn reports whether city mention c may lie in region mention r: a
// capital lies in its own country only ("the draw in Paris, Ireland face
// ...").
func (d *doc) mayLieIn(c, r int) bool {
	country := d.ents[d.mentions[c].ent].capitalOf
	if country == nil || country.Type != TypeGPE {
		return true
	}
	g := d.gazOf(r)
	return g == nil || g.Type != TypeGPE || g == country
}

// capitals relates each capital the text calls the capital to its country
// ("the Nigerian capital Abuja", "Libya's capital, Tripoli", "capital city
// of Dili", "Nairobi, the capital of Kenya", "Sanaa, the Yemeni capital"),
// when the document names that country. A capital the text only places
// ("an airport in Tripoli") gets no relation from the gazetteer's
// knowledge: the sentence does not say where Tripoli is. A city the
// gazetteer does not hold as a capital is one when the apposition names
// its country ("the Yemeni capital, Sanaa", "Springfield, the capital of
// Illinois").
func (d *doc) capitals() {
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.ent < 0 || m.kind != "" || m.modifier || m.pronoun || d.ents[m.ent].typ != TypeLoc {
			continue
		}
		k, c := d.capitalApposition(m)
		if k < 0 {
			continue
		}
		conf := confApposit
		if c >= 0 && (!d.knownRegion(c) && !d.countryRef(c) || d.mentions[c].ent == m.ent) {
			c = -1
		}
		country := d.ents[m.ent].capitalOf
		switch {
		case country != nil && c >= 0 && d.gazOf(c) != country:
			continue // the text names another country than the gazetteer's
		case country != nil && c < 0:
			e := d.entOfGaz(country)
			if e < 0 {
				continue
			}
			c, conf = d.firstRealMention(e), confGazRole
		case c < 0:
			continue
		}
		d.add(m.sent, argument{ment: mi}, "capital of", argument{ment: c}, nil, nil, conf, false)
	}
}

// capitalApposition finds the "capital" that names mention m: after it
// ("Nairobi, the capital of Kenya", "Nairobi, Kenya's capital", "Sanaa, the
// Yemeni capital") or before it ("the capital of Kenya, Nairobi", "the
// Nigerian capital Abuja", "Libya's capital, Tripoli", "capital city of
// Dili"). It returns the token of "capital" and the mention of the country
// the words name there (-1 for none), or -1, -1. A capital with a word
// between it and its country is another city ("Lagos, Nigeria's commercial
// capital"); "the capital of Texas" does not make Texas a capital.
func (d *doc) capitalApposition(m *mention) (int, int) {
	s := &d.sents[m.sent]
	// the country named before "capital" at k: "Kenya's", "the Yemeni"
	before := func(k int) int {
		j := k - 1
		if j > s.t0 && d.toks[j].text == "'s" {
			j--
		}
		if j >= s.t0 && d.toks[j].mention >= 0 && d.mentions[d.toks[j].mention].t1 == j+1 {
			return d.toks[j].mention
		}
		return -1
	}
	isCapitalNoun := func(j int) bool {
		return j >= s.t0 && j < s.t1 && d.toks[j].lower == "capital" && d.toks[j].mention < 0
	}
	// after the name: ", the capital of Kenya", ", Kenya's capital"
	if e := m.t1; e+2 < s.t1 && d.toks[e].text == "," {
		j := e + 1
		if d.toks[j].lower == "the" {
			j++
		}
		c := -1
		if n := d.toks[j].mention; n >= 0 && d.mentions[n].t0 == j {
			c, j = n, d.mentions[n].t1
			if j < s.t1 && d.toks[j].text == "'s" {
				j++
			}
		}
		if isCapitalNoun(j) {
			k := j
			if j++; j < s.t1 && d.toks[j].lower == "city" {
				j++
			}
			if c < 0 && j+1 < s.t1 && d.toks[j].lower == "of" && d.toks[j+1].mention >= 0 && d.mentions[d.toks[j+1].mention].t0 == j+1 {
				c = d.toks[j+1].mention
			}
			return k, c
		}
	}
	k := m.t0 - 1
	if k > s.t0 && d.toks[k].text == "," {
		k--
	}
	// "the capital of Kenya, Nairobi"
	if k < s.t0 {
		return -1, -1
	}
	if n := d.toks[k].mention; n >= 0 && k < m.t0-1 && d.mentions[n].t1 == k+1 {
		j := d.mentions[n].t0 - 1
		if j-1 >= s.t0 && d.toks[j].lower == "of" {
			j--
			if d.toks[j].lower == "city" {
				j--
			}
			if isCapitalNoun(j) {
				return j, n
			}
		}
	}
	// "the capital Abuja", "the capital, Tripoli", "capital city of Dili"
	// (a capital the gazetteer knows only: "the capital of Texas")
	if k > s.t0 && d.toks[k].lower == "of" && d.toks[k-1].lower == "city" {
		k--
	} else if k >= s.t0 && d.toks[k].lower == "of" && m.gaz == nil && (m.ent < 0 || d.ents[m.ent].capitalOf == nil) {
		return -1, -1
	} else if k > s.t0 && d.toks[k].lower == "of" {
		k--
	}
	if k > s.t0 && d.toks[k].lower == "city" {
		k--
	}
	if isCapitalNoun(k) {
		return k, before(k)
	}
	return -1, -1
}

// hometowns: "his hometown of Russell", "Reasoner's Iowa hometown": the
// owner of the hometown is from the place.
func (d *doc) hometowns(si int) {
	s := &d.sents[si]
	for i := s.t0 + 1; i < s.t1; i++ {
		if l := d.toks[i].lower; l != "hometown" && l != "birthplace" {
			continue
		}
		if p, who := d.placeThenBirthplace(s, i); p >= 0 {
			// "Kirkcaldy, the birthplace in 1723 of Adam Smith", "Gori is
			// the hometown of Stalin"
			pred := "from"
			if d.toks[i].lower == "birthplace" {
				pred = "born in"
			}
			d.add(si, argument{ment: who}, pred, argument{ment: p}, nil, nil, confApposit, false)
			continue
		}
		p := -1
		k := i - 1
		if i+1 < s.t1 && d.toks[i+1].lower == "of" {
			p = d.placeAt(i + 2)
		} else if m := d.toks[k].mention; m >= 0 && d.mentions[m].t1 == i && d.isPlace(m) && d.mentions[m].kind == "" {
			p, k = m, d.mentions[m].t0-1 // "his Iowa hometown"
		}
		if p < 0 || k < s.t0 {
			continue
		}
		owner := d.toks[k].mention
		if d.toks[k].text == "'s" && k-1 >= s.t0 {
			owner = d.toks[k-1].mention
		} else if owner >= 0 && !(d.mentions[owner].pronoun && possPronouns[d.toks[k].lower]) {
			owner = -1
		}
		if owner >= 0 && d.mentions[owner].ent >= 0 && d.ents[d.mentions[owner].ent].typ == TypePerson {
			d.add(si, argument{ment: owner}, "from", argument{ment: p}, nil, nil, confPossess, false)
		}
	}
}

// placeThenBirthplace: a place, then "the" and the hometown or birthplace
// noun at token i in an apposition or after "is", then "of" and a person
// (a date may come between): the place's and the person's mentions, or -1.
func (d *doc) placeThenBirthplace(s *sent, i int) (int, int) {
	if i-3 < s.t0 || d.toks[i-1].lower != "the" || d.toks[i-2].text != "," && !beVerbs[d.toks[i-2].lower] {
		return -1, -1
	}
	p := d.toks[i-3].mention
	if p < 0 || d.mentions[p].t1 != i-2 || !d.isPlace(p) || d.mentions[p].kind != "" {
		return -1, -1
	}
	for j := i + 1; j < s.t1-1 && j <= i+4; j++ {
		if d.toks[j].lower != "of" {
			continue
		}
		if m := d.toks[j+1].mention; m >= 0 && d.mentions[m].t0 == j+1 && d.mentions[m].ent >= 0 && !d.mentions[m].pronoun && d.ents[d.mentions[m].ent].typ == TypePerson {
			return p, m
		}
		break
	}
	return -1, -1
}

// namedPlaces: a state's institution named with its country ("the U.S.
// Congress", "the Supreme Court of Canada", "the Mauritanian Foreign
// Ministry") is part of that state. The country inside the name becomes a
// mention of its own, a modifier no other rule reads. Companies and clubs
// named after a place ("British Airways", "Manchester United") are left
// alone: true, but no gold counts such facts. So is a name whose gazetteer
// entry belongs to another country.
func (d *doc) namedPlaces() {
	n := len(d.mentions)
	for mi := 0; mi < n; mi++ {
		m := &d.mentions[mi]
		if m.ent < 0 || m.modifier || m.pronoun || m.kind != "" || d.ents[m.ent].typ != TypeOrg || m.t1-m.t0 < 2 {
			continue
		}
		s := &d.sents[m.sent]
		if s.headline || s.furniture || d.nounAfter(mi, false) {
			continue // ("the UK's G8 presidency")
		}
		p0, p1, entry, kind := d.placeInName(m)
		if entry == nil {
			continue
		}
		// a state's or province's body too: "the Texas Department of Agriculture"
		provinceBody := entry.Type == TypeLoc && kind == "" && p0 == m.t0 && d.stateBodyName(m)
		pred := "part of"
		switch {
		case d.orgPlacePred(mi) == "part of" || p1 == m.t1 && stateBodies[d.toks[p0-2].lower] && d.toks[p0-2].lower != "council" || provinceBody:
			// a state's institution ("the Supreme Court of Canada"), not a
			// company or a club named after a place
			if entry.Type != TypeGPE && !provinceBody {
				continue
			}
		case p0 > m.t0 && d.toks[p0-1].lower == "of" && p1 == m.t1 && !d.placeAfter(mi) && !slices.ContainsFunc(d.toks[m.t0:p0-1], func(t tok) bool { return t.lower == "of" }):
			// "the Federal Home Loan Bank of San Francisco", "the
			// University of Freiburg": a body named after where it is
			// (not "the Committee of the Communist Party of Cuba": the
			// party's)
			pred = "based in"
		default:
			continue
		}
		if g := d.ents[m.ent].gaz; g != nil && (g.Affiliation != "" && !strings.EqualFold(g.Affiliation, entry.Name) || g.Curated && g.Affiliation == "" && pred == "part of") {
			// the gazetteer knows better; a body curated without a
			// country is no state's ("the Syrian Democratic Forces")
			continue
		}
		if g := d.ents[m.ent].gaz; pred == "based in" && g != nil && centralBanks[g.Name] {
			pred = "central bank of" // "the Bank of Canada": what knownInstitutions would say
		}
		e := d.entOfGaz(entry)
		typ := entry.Type
		if text := d.clean[d.toks[p0].start:d.toks[p1-1].end]; pred == "based in" && d.x.gaz.IsCapital(text) {
			// "the American University of Beirut": the capital itself,
			// not the country it stands for elsewhere
			typ, e = TypeLoc, d.locNamed(text, entry)
		}
		if e < 0 {
			if kind != "" {
				continue // a demonym alone names no entity
			}
			d.ents = append(d.ents, &dent{typ: entry.Type, name: entry.Name, gaz: entry, aliases: map[string]bool{}})
			e = len(d.ents) - 1
		}
		d.mentions = append(d.mentions, mention{t0: p0, t1: p1, ent: e, sent: m.sent, typ: typ, modifier: true, kind: kind,
			title0: p0, titleAff: -1, titleTo: -1, gaz: d.ents[e].gaz})
		pm := len(d.mentions) - 1
		d.ents[e].ments = append(d.ents[e].ments, pm)
		d.add(m.sent, argument{ment: mi}, pred, argument{ment: pm}, nil, nil, confPossess, false)
	}
}

// locNamed returns the city entity named text, made if there is none, the
// capital of country.
func (d *doc) locNamed(text string, country *gazetteer.Entry) int {
	n := len(d.ents)
	e := d.entityNamed(TypeLoc, text)
	if e == n {
		d.ents[e].capitalOf = country
	}
	return e
}

// placeAfter: a place follows organisation mention mi after a comma or
// "in" ("the University of Texas at Austin", "the Bank of America in
// Charlotte"): that place says where it is.
func (d *doc) placeAfter(mi int) bool {
	m := &d.mentions[mi]
	s := &d.sents[m.sent]
	k := m.t1
	if k+1 >= s.t1 || d.toks[k].text != "," && d.toks[k].lower != "in" && d.toks[k].lower != "at" {
		return false
	}
	return d.isPlace(d.mentionAt(k+1, s))
}

// stateBodyName: an organisation's name holds a state body's noun before
// "of" or at its end ("Texas Department of Agriculture", "Ontario Ministry
// of Health", "Ohio Supreme Court").
func (d *doc) stateBodyName(m *mention) bool {
	for k := m.t0 + 1; k < m.t1; k++ {
		if l := d.toks[k].lower; stateBodies[l] && !sharedBodies[l] && (k == m.t1-1 || d.toks[k+1].lower == "of") {
			return true
		}
	}
	return false
}

// sharedBodies are state-body nouns that companies, parties and news
// agencies use too ("Southern Africa Bureau", "Labour council").
var sharedBodies = set("council", "house", "service", "bureau", "office")

// placeInName returns the tokens and gazetteer entry of the place an
// organisation's name opens with ("US Congress", "British Airways") or ends
// with after "of" ("University of Texas"), and the mention kind of the
// place (a demonym or a name); a nil entry if there is none.
func (d *doc) placeInName(m *mention) (int, int, *gazetteer.Entry, string) {
	s := &d.sents[m.sent]
	words := d.texts(s)
	for o := m.t1 - 2; o > m.t0; o-- {
		if d.toks[o].lower != "of" {
			continue
		}
		if gm, ok := d.x.gaz.Lookup(words, o+1-s.t0); ok && o+1+gm.N == m.t1 && gm.Kind == gazetteer.KindName && placeEntry(gm.Entry) && !ambiguousPlaces[strings.ToLower(strings.Join(words[o+1-s.t0:m.t1-s.t0], " "))] {
			return o + 1, m.t1, gm.Entry, ""
		}
		break
	}
	for end := m.t1 - 1; end > m.t0; end-- {
		// the longest place that leaves the rest of the name ("U.S." in
		// "U.S. Congress", which the gazetteer knows whole)
		gm, ok := d.x.gaz.Lookup(words[:end-s.t0], m.t0-s.t0)
		if !ok || m.t0+gm.N != end || !isCapital(d.toks[end].text) {
			continue
		}
		text := strings.Join(words[m.t0-s.t0:end-s.t0], " ")
		switch {
		case ambiguousPlaces[strings.ToLower(gm.Entry.Name)] || ambiguousPlaces[strings.ToLower(text)] || d.x.gaz.IsCapital(text):
			// ("the Lisbon Council", "the European Space Agency": a
			// capital or a continent's adjective names no state)
		case gm.Kind == gazetteer.KindDemonym && gm.Entry.Type == TypeGPE:
			return m.t0, end, gm.Entry, MentionDemonym
		case gm.Kind == gazetteer.KindName && placeEntry(gm.Entry):
			return m.t0, end, gm.Entry, ""
		}
	}
	return 0, 0, nil, ""
}

// placeEntry: a country, state or city of the gazetteer.
func placeEntry(g *gazetteer.Entry) bool { return g.Type == TypeGPE || g.Type == TypeLoc }

// ambiguousPlaces open names that are not about the place ("Georgia Tech"
// is in the US state, "Jordan Grand Prix" is Eddie Jordan's).
var ambiguousPlaces = set("georgia", "jordan", "chad", "european", "victoria")

// onlyStateIn returns a mention of the one state sentence s names (by name
// or demonym), or -1 when it names none or several.
func (d *doc) onlyStateIn(s *sent) int {
	found := -1
	for k := s.t0; k < s.t1; k++ {
		m := d.toks[k].mention
		if m < 0 || d.mentions[m].t0 != k || d.mentions[m].ent < 0 || d.ents[d.mentions[m].ent].typ != TypeGPE {
			continue
		}
		if found >= 0 && d.mentions[found].ent != d.mentions[m].ent {
			return -1
		}
		if e := d.mentions[m].t1; e+1 < s.t1 && d.possessiveAt(e) && d.isOrg(d.toks[e+1].mention) {
			return -1 // "Australia's BHP Billiton ... state-owned Codelco": another company's country
		}
		if found < 0 {
			found = m
		}
	}
	return found
}

// refugeesIn: "Eritrean refugees in eastern Sudan", "Croatian and Bosnian
// refugees in Serbia", "Afghan refugees in Iran and Pakistan", "refugees
// from Syria in Jordan": the people's state has refugees in the host.
func (d *doc) refugeesIn(si int) {
	s := &d.sents[si]
	for i := s.t0; i+2 < s.t1; i++ {
		if l := d.toks[i].lower; l != "refugees" && l != "refugee" || d.toks[i].mention >= 0 {
			continue
		}
		var from []int
		k := i - 1
		for k >= s.t0 {
			m := d.toks[k].mention
			if m >= 0 && d.mentions[m].t1 == k+1 && d.mentions[m].ent >= 0 && d.ents[d.mentions[m].ent].typ == TypeGPE && (d.mentions[m].kind == MentionDemonym || d.mentions[m].modifier) {
				from = append(from, m)
				k = d.mentions[m].t0 - 1
				if k > s.t0 && (d.toks[k].lower == "and" || d.toks[k].text == ",") && d.toks[k-1].mention >= 0 {
					k-- // "Croatian and Bosnian refugees"
					continue
				}
			}
			break
		}
		j := i + 1
		if len(from) == 0 && j+1 < s.t1 && d.toks[j].lower == "from" {
			if m := d.placeAt(d.skipThe(s, j+1)); m >= 0 && d.ents[d.mentions[m].ent].typ == TypeGPE {
				from, j = append(from, m), d.mentions[m].t1 // "refugees from Syria in Jordan"
			}
		}
		if len(from) == 0 || j+1 >= s.t1 || d.toks[j].lower != "in" {
			continue
		}
		a := j + 1
		for n := 0; n < 2 && a+1 < s.t1 && (compassWords[d.toks[a].lower] || d.toks[a].lower == "the") && isLowerWord(d.toks[a].text); n++ {
			a++ // "in eastern Sudan"
		}
		for a < s.t1 {
			h := d.placeAt(a)
			if h < 0 || d.mentions[h].t0 != a || d.mentions[h].modifier {
				break
			}
			for _, f := range from {
				if d.mentions[f].ent != d.mentions[h].ent {
					d.add(si, argument{ment: f, compound: true}, "refugees in", argument{ment: h}, nil, nil, confNominal, false)
				}
			}
			a = d.mentions[h].t1
			if a+1 < s.t1 && (d.toks[a].lower == "and" || d.toks[a].text == ",") {
				a++ // "in Iran and Pakistan"
				continue
			}
			break
		}
	}
}

// listedActors returns the organisations named in a list from token k of
// sentence s ("A, B and C"), closed by a comma, a verb or the sentence's
// end; none when anything else stands between them.
func (d *doc) listedActors(s *sent, k int) []int {
	var out []int
	for k < s.t1 {
		m := d.toks[k].mention
		if m < 0 || d.mentions[m].t0 != k || !d.isOrg(m) {
			return nil
		}
		out = append(out, m)
		k = d.mentions[m].t1
		if k >= s.t1 || d.toks[k].text == "." || isVerb(d.toks[k].tag) {
			return out
		}
		switch d.toks[k].lower {
		case "and":
			k++
		case ",":
			if k+1 < s.t1 && d.toks[k+1].lower == "and" {
				k++
			} else if k+1 >= s.t1 || d.toks[k+1].mention < 0 {
				return out // the list's closing comma
			}
			k++
		default:
			return nil
		}
	}
	return out
}

// quarterAfter returns the place named from token k when a word of a part
// of a place closes it or follows it ("Lavapies district", "Marsabit
// County"), or -1.
func (d *doc) quarterAfter(k int) int {
	p := d.toks[k].mention
	if p < 0 || d.mentions[p].t0 != k || d.mentions[p].ent < 0 || d.ents[d.mentions[p].ent].typ != TypeLoc {
		return -1
	}
	e := d.mentions[p].t1
	if l := d.toks[e-1].lower; e-1 > k && partNouns[l] {
		return p // "Marsabit County" (its word inside the name)
	}
	if e < len(d.toks) && d.toks[e].sent == d.toks[k].sent && partNouns[d.toks[e].lower] && isLowerWord(d.toks[e].text) {
		return p
	}
	return -1
}

// partNouns name parts of a city or a country.
var partNouns = union(quarterNouns, regionNouns)

// ownedThing: mention m is a company's possessive before the thing it owns
// ("Silicon Graphics' Columbia supercomputer"): what is based somewhere is
// the thing (not "Libya's government": the state's seat).
func (d *doc) ownedThing(m int) bool {
	if m < 0 || !d.isOrg(m) || d.governmentOf(m) {
		return false
	}
	e := d.mentions[m].t1
	return e < len(d.toks) && d.toks[e].sent == d.mentions[m].sent && (d.toks[e].text == "'s" || d.toks[e].text == "'")
}
