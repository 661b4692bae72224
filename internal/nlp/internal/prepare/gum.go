package main

// GUM entity annotations (CoNLL-U MISC Entity=...) to news-style BIO NER.
// The rules that turn GUM's entity layer into news-style names.

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

var (
	usStates = set("Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
		"Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
		"Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri",
		"Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
		"North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
		"South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
		"West Virginia", "Wisconsin", "Wyoming", "D.C.", "DC", "Washington D.C.", "Washington, D.C.",
		"Washington DC", "Puerto Rico")
	// other first-level divisions / provinces common in news
	provinces = set("Ontario", "Quebec", "British Columbia", "Alberta", "Bavaria", "Catalonia", "Scotland", "Tasmania",
		"Queensland", "Victoria", "New South Wales", "Punjab", "Kashmir", "Tibet", "Xinjiang", "Crimea",
		"Sicily", "Tuscany", "Lombardy", "Normandy", "Brittany", "Provence", "Siberia", "Gaza", "West Bank",
		"Kurdistan", "Hong Kong", "Macau", "Flanders", "Wallonia", "Andalusia", "Saxony", "Prussia",
		"Yorkshire", "Kent", "Cornwall", "Devon", "Essex", "Lancashire", "Sussex", "Surrey")
	cities = set("New York City", "Los Angeles", "Chicago", "Houston", "Philadelphia", "Phoenix", "San Antonio",
		"San Diego", "Dallas", "San Francisco", "Boston", "Seattle", "Detroit", "Atlanta", "Miami", "Denver",
		"Portland", "Baltimore", "Las Vegas", "New Orleans", "Pittsburgh", "Cleveland", "Cincinnati",
		"St. Louis", "Minneapolis", "Austin", "Nashville", "Memphis", "Sacramento", "Honolulu", "Anchorage",
		"Salt Lake City", "Kansas City", "Milwaukee", "Buffalo", "Orlando", "Tampa", "Oakland", "Berkeley",
		"Cambridge", "Oxford", "Manchester", "Liverpool", "Birmingham", "Glasgow", "Edinburgh", "Leeds",
		"Bristol", "York", "Toronto", "Montreal", "Vancouver", "Sydney", "Melbourne", "Brisbane", "Perth",
		"Auckland", "Mumbai", "Bombay", "Kolkata", "Calcutta", "Bangalore", "Chennai", "Shanghai", "Hong Kong",
		"Osaka", "Kyoto", "Istanbul", "Constantinople", "St. Petersburg", "Munich", "Hamburg", "Frankfurt",
		"Cologne", "Milan", "Naples", "Venice", "Florence", "Barcelona", "Seville", "Marseille", "Lyon",
		"Geneva", "Zurich", "Rotterdam", "Antwerp", "Johannesburg", "Cape Town", "Lagos", "Alexandria",
		"Rio de Janeiro", "Sao Paulo", "São Paulo", "Jerusalem", "Mecca", "Medina", "Dubai", "Karachi",
		"Lahore", "Kandahar", "Herat", "Basra", "Mosul", "Aleppo", "Homs", "Benghazi", "Casablanca",
		"Marrakesh", "Timbuktu", "Salzburg", "Oxford", "Princeton", "Stanford", "Hollywood", "Manhattan",
		"Brooklyn", "Queens", "Bronx", "Harlem", "Pasadena", "Santa Monica", "Palo Alto", "Silicon Valley",
		"Troy", "Athens", "Sparta", "Rome", "Carthage", "Babylon", "Pompeii", "Versailles", "Bonn",
		"Leipzig", "Dresden", "Nuremberg", "Heidelberg", "Padua", "Bologna", "Turin", "Genoa", "Pisa", "Verona",
		"Krakow", "Gdansk", "Odessa", "Kharkiv", "Novgorod", "Lyons", "Bordeaux", "Toulouse", "Nice",
		"Strasbourg", "Basel", "Bruges", "Ghent", "Utrecht", "Hague", "The Hague", "Delft", "Leiden",
		"Haifa", "Tel Aviv", "Ramallah", "Bethlehem", "Nazareth", "Guangzhou", "Shenzhen", "Wuhan",
		"Chengdu", "Xi'an", "Nanjing", "Hiroshima", "Nagasaki", "Yokohama", "Busan", "Ho Chi Minh City",
		"Saigon", "Quebec City", "Ottawa", "Calgary", "Edmonton", "Winnipeg", "Halifax", "Chapel Hill",
		"Durham", "Raleigh", "Charlotte", "Columbus", "Indianapolis", "Louisville", "Richmond", "Norfolk",
		"Georgetown", "Arlington", "Alexandria", "Newark", "Jersey City", "Hoboken", "Albany", "Syracuse",
		"Rochester", "Ithaca", "New Haven", "Hartford", "Providence", "Burlington", "Ann Arbor", "Madison",
		"Boulder", "Tucson", "Albuquerque", "Santa Fe", "El Paso", "Fort Worth", "Galveston", "Savannah",
		"Charleston", "Birmingham", "Mobile", "Tallahassee", "Jacksonville", "Key West", "Flagstaff",
		"Reno", "Fresno", "San Jose", "Long Beach", "Anaheim", "Irvine", "Malibu", "Beverly Hills",
		"Washington D.C.", "Washington, D.C.", "Washington DC", "Westminster", "Canterbury", "Bath", "Brighton",
		"Dover", "Plymouth", "Southampton", "Belfast", "Cardiff", "Dublin", "Cork", "Galway", "Aberdeen")
	extraCountries = []string{"US", "U.S.", "USA", "U.S.A.", "United States", "America", "UK", "U.K.", "Britain", "Great Britain",
		"England", "Scotland", "Wales", "Northern Ireland", "Russia", "South Korea", "North Korea", "Soviet Union",
		"USSR", "Czech Republic", "Holland", "Burma", "Ivory Coast", "Congo", "Vatican", "Vatican City",
		"Palestine", "Taiwan", "Iran", "Syria", "Vietnam", "Laos", "Bolivia", "Venezuela", "Tanzania", "Moldova",
		"Yugoslavia", "Prussia", "East Germany", "West Germany", "Ottoman Empire", "Roman Empire"}
	// religions, parties, ethnic groups, continents ...
	extraDemonyms = []string{"English", "Scottish", "Welsh", "Scots", "Briton", "European", "African", "Asian", "Arab", "Arabic",
		"Latino", "Hispanic", "Kurdish", "Kurd", "Persian", "Roman", "Greek", "Jewish", "Jew", "Christian",
		"Muslim", "Islamic", "Catholic", "Protestant", "Buddhist", "Hindu", "Sikh", "Mormon", "Democrat",
		"Republican", "Democratic", "Soviet", "Native American", "Yankee", "Californian", "Texan",
		"Canadian", "Latin", "Byzantine", "Ottoman", "Anglican", "Methodist", "Baptist", "Orthodox",
		"Norse", "Viking", "Celtic", "Germanic", "Slavic", "Aztec", "Maya", "Mayan", "Inca", "Korean",
		"Victorian", "Elizabethan", "Confederate", "Parisian", "Londoner", "New Yorker", "Bavarian",
		"Sicilian", "Tibetan", "Uyghur", "Berber", "Bedouin", "Pashtun", "Zulu", "Maori", "Aboriginal"}
	facHeads = set("Hall", "Building", "Airport", "Bridge", "Street", "St.", "Avenue", "Ave.", "Road", "Highway",
		"Tower", "Towers", "Stadium", "Station", "Church", "Cathedral", "Palace", "Castle", "Square", "Arena",
		"Boulevard", "Lane", "Freeway", "Interstate", "Abbey", "Temple", "Mosque", "Synagogue", "Chapel",
		"Theatre", "Theater", "Bridge", "Tunnel", "Pier", "Dam", "Centre", "Center", "Plaza", "Library",
		"Mall", "Prison", "Gate", "Fort", "Monument", "Memorial", "Cemetery", "Terminal")
	titles = set("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "professor", "president", "king",
		"queen", "prince", "princess", "sir", "lord", "lady", "saint", "st.", "pope", "emperor", "empress",
		"senator", "sen.", "governor", "gov.", "mayor", "general", "gen.", "captain", "capt.", "col.", "colonel",
		"lt.", "lieutenant", "sgt.", "sergeant", "officer", "judge", "justice", "minister", "prime", "chancellor",
		"secretary", "chairman", "ceo", "director", "coach", "father", "rev.", "reverend", "brother", "sister",
		"uncle", "aunt", "duke", "duchess", "count", "countess", "baron", "rabbi", "imam", "sheikh", "ambassador",
		"representative", "rep.", "congressman", "congresswoman", "former", "late", "vice", "deputy", "chief",
		"agent", "detective", "doctor", "madame", "monsieur", "herr", "frau", "señor", "admiral", "archbishop",
		"bishop", "cardinal", "tsar", "czar", "sultan", "shah", "pharaoh", "chef", "dame", "mister", "miss")
	connectors = set("of", "the", "de", "la", "le", "les", "du", "des", "von", "van", "der", "den", "da", "di", "del", "and", "&",
		"for", "on", "in", "at", "to", "a", "an", "y", "e", "et", "al", "bin", "ibn", "el", "'s", "-", ".", "'")
	nameParticles = set("de", "van", "von", "bin", "al", "da", "di", "del", "der", "den", "la", "le", "el", "ibn", "du", "dos", "das", "y", "ben", "'s")
	gumTypeMap    = map[string]string{"person": "PERSON", "organization": "ORG", "event": "EVENT", "object": "MISC", "abstract": "MISC"}

	// Text licences per GUM's LICENSE.txt (annotations are CC BY 4.0 throughout):
	// academic and court CC BY 4.0, news and interview CC BY 2.5 (Wikinews),
	// bio CC BY-SA 3.0 (Wikipedia), voyage CC BY-SA 3.0 (Wikivoyage).
	gumFreeGenres = set("academic", "bio", "court", "interview", "news", "voyage")
	// essay, fiction, letter, podcast, whow: CC BY-NC-SA; conversation,
	// speech, textbook, vlog: not covered by LICENSE.txt. reddit: never.
	gumOtherGenres = set("essay", "fiction", "letter", "podcast", "whow", "conversation", "speech", "textbook", "vlog")
)

// gazetteer holds the name lists that depend on countries.json.
type gazetteer struct {
	country, capital, demonym, gpe map[string]bool
}

type countryRecord struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	AltSpellings []string                     `json:"altSpellings"`
	Capital      []string                     `json:"capital"`
	Demonyms     map[string]map[string]string `json:"demonyms"`
}

func loadGazetteer(path string) (*gazetteer, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return newGazetteer(b)
}

func newGazetteer(countriesJSON []byte) (*gazetteer, error) {
	var cs []countryRecord
	if err := json.Unmarshal(countriesJSON, &cs); err != nil {
		return nil, fmt.Errorf("countries.json: %v", err)
	}
	g := &gazetteer{country: map[string]bool{}, capital: map[string]bool{}, demonym: map[string]bool{}, gpe: map[string]bool{}}
	for _, c := range cs {
		g.country[c.Name.Common] = true
		g.country[c.Name.Official] = true
		for _, a := range c.AltSpellings {
			if utf8.RuneCountInString(a) > 3 || strings.Contains(a, ".") {
				g.country[a] = true
			}
		}
		for _, cp := range c.Capital {
			g.capital[cp] = true
		}
		d := c.Demonyms["eng"]
		for _, gen := range []string{"m", "f"} {
			v := d[gen]
			if v != "" && !strings.Contains(v, " ") && !strings.Contains(v, ",") && v != "Djibouti" && v != "Gibraltar" && v != "Vatican" {
				g.demonym[v] = true
			}
		}
	}
	for _, c := range extraCountries {
		g.country[c] = true
	}
	for _, d := range extraDemonyms {
		if !strings.Contains(d, " ") {
			g.demonym[d] = true
		}
	}
	for _, m := range []map[string]bool{g.country, g.capital, usStates, provinces, cities} {
		for k := range m {
			g.gpe[k] = true
		}
	}
	return g, nil
}

func (g *gazetteer) isDemonym(w string) bool {
	if g.demonym[w] {
		return true
	}
	if strings.HasSuffix(w, "s") && g.demonym[w[:len(w)-1]] {
		return true
	}
	switch w {
	case "Britons", "Frenchmen", "Englishmen", "Jews", "Scots":
		return true
	}
	return false
}

// pyUnquote is urllib.parse.unquote: %XX escapes are decoded as UTF-8.
func pyUnquote(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	var b []byte
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			v, _ := strconv.ParseUint(s[i+1:i+3], 16, 8)
			b = append(b, byte(v))
			i += 2
			continue
		}
		b = append(b, s[i])
	}
	return strings.ToValidUTF8(string(b), "\uFFFD")
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func identityName(ident string) string {
	if ident == "" {
		return ""
	}
	return strings.ReplaceAll(pyUnquote(ident), "_", " ")
}

var (
	reParenTail  = regexp.MustCompile(`\s*\(.*\)$`)
	rePlaceParen = regexp.MustCompile(`\((city|town|village|state|province|county)\b`)
	rePolity     = regexp.MustCompile(`\b(County|Province|Prefecture|Republic|Kingdom|Empire|Commonwealth|Emirate|Principality)\b`)
	rePolityOf   = regexp.MustCompile(`^(City|Province|State|Republic|Kingdom) of `)
)

// placeType types a GUM place mention: GPE (countries, capitals, states,
// provinces, listed cities, "X, State" identities, polity words), FAC (a
// facility word at the end) or LOC.
func (g *gazetteer) placeType(text, ident string, toks []string) string {
	name := identityName(ident)
	for _, c := range []string{text, name, reParenTail.ReplaceAllString(name, "")} {
		if g.gpe[c] {
			return "GPE"
		}
	}
	if _, tail, ok := strings.Cut(name, ","); ok {
		tail = pyStrip(tail)
		if usStates[tail] || g.country[tail] || provinces[tail] {
			return "GPE"
		}
	}
	if rePlaceParen.MatchString(name) {
		return "GPE"
	}
	nt := name
	if nt == "" {
		nt = text
	}
	if rePolity.MatchString(nt) || rePolityOf.MatchString(nt) {
		return "GPE"
	}
	if len(toks) > 0 && facHeads[toks[len(toks)-1]] {
		return "FAC"
	}
	return "LOC"
}

// --- CoNLL-U ---

type gumTok struct {
	id                 int
	form, upos, deprel string
	head               int
	ent                string
}

// readGUMSentences reads the word lines (integer ids) of a CoNLL-U file.
func readGUMSentences(path string) ([][]gumTok, error) {
	lines, err := readLines(path)
	if err != nil {
		return nil, err
	}
	var sents [][]gumTok
	var cur []gumTok
	for n, line := range lines {
		if line == "" {
			if len(cur) > 0 {
				sents = append(sents, cur)
				cur = nil
			}
			continue
		}
		if strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if !allDigits(cols[0]) {
			continue // multiword token ranges, empty nodes
		}
		if len(cols) < 10 {
			return nil, fmt.Errorf("%s:%d: %d columns", path, n+1, len(cols))
		}
		t := gumTok{form: cols[1], upos: cols[3], deprel: cols[7]}
		t.id, err = strconv.Atoi(cols[0])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n+1, err)
		}
		if allDigits(cols[6]) {
			t.head, _ = strconv.Atoi(cols[6])
		}
		if cols[9] != "_" {
			for _, kv := range strings.Split(cols[9], "|") {
				if k, v, _ := strings.Cut(kv, "="); k == "Entity" {
					t.ent = v
				}
			}
		}
		cur = append(cur, t)
	}
	if len(cur) > 0 {
		sents = append(sents, cur)
	}
	return sents, nil
}

type mention struct {
	a, b         int // token indices in the sentence, b inclusive
	etype, ident string
}

var (
	reOpen  = regexp.MustCompile(`^\((\d+)-([^()]*)`)
	reClose = regexp.MustCompile(`^(\d+)\)`)
)

// gumMentions returns the sentence-internal mentions of each sentence, in
// the order they close. Entity values look like
// "(12-person-giv:act-sssss-cf1-2-coref-Barack_Obama" for an opening
// (fields: type, infstat, salience, centering, minspan, link, identity) and "12)" for
// a closing.
func gumMentions(sents [][]gumTok) ([][]mention, error) {
	type open struct {
		si, ti       int
		etype, ident string
	}
	out := make([][]mention, len(sents))
	stack := map[string][]open{}
	pop := func(eid string, si, ti int) {
		st := stack[eid]
		o := st[len(st)-1]
		stack[eid] = st[:len(st)-1]
		if o.si == si {
			out[si] = append(out[si], mention{o.ti, ti, o.etype, o.ident})
		}
	}
	for si, s := range sents {
		for ti, t := range s {
			e := t.ent
			for i := 0; i < len(e); {
				if e[i] == '(' {
					m := reOpen.FindStringSubmatchIndex(e[i:])
					if m == nil {
						return nil, fmt.Errorf("bad Entity annotation %q", e)
					}
					eid := e[i+m[2] : i+m[3]]
					fields := strings.Split(e[i+m[4]:i+m[5]], "-")
					ident := ""
					if len(fields) > 6 {
						ident = strings.Join(fields[6:], "-")
					}
					stack[eid] = append(stack[eid], open{si, ti, fields[0], ident})
					i += m[1]
					if i < len(e) && e[i] == ')' { // single-token mention
						pop(eid, si, ti)
						i++
					}
					continue
				}
				m := reClose.FindStringSubmatchIndex(e[i:])
				if m == nil {
					i++
					continue
				}
				eid := e[i+m[2] : i+m[3]]
				if len(stack[eid]) > 0 {
					pop(eid, si, ti)
				}
				i += m[1]
			}
		}
	}
	return out, nil
}

// --- span selection and trimming ---

// trimSpan drops leading determiners, pronouns, punctuation and
// conjunctions and a trailing possessive or punctuation.
func trimSpan(s []gumTok, a, b int) (int, int) {
	for a <= b {
		u := s[a].upos
		if u == "DET" || u == "PRON" || u == "PUNCT" || u == "CCONJ" {
			a++
			continue
		}
		if l := strings.ToLower(s[a].form); l == "the" || l == "a" || l == "an" {
			a++
			continue
		}
		break
	}
	for a <= b {
		f := s[b].form
		if (f == "'s" || f == "'" || f == "’s" || f == "’") && s[b].upos == "PART" || s[b].upos == "PUNCT" {
			b--
			continue
		}
		break
	}
	return a, b
}

// headOf returns the first token of s[a..b] whose head lies outside the span (else b).
func headOf(s []gumTok, a, b int) int {
	ids := map[int]bool{}
	for i := a; i <= b; i++ {
		ids[s[i].id] = true
	}
	for i := a; i <= b; i++ {
		if !ids[s[i].head] {
			return i
		}
	}
	return b
}

// isNamed tells a name from a pronoun or common-noun mention.
func isNamed(s []gumTok, a, b int, ident string) bool {
	h := headOf(s, a, b)
	if s[h].upos == "PROPN" {
		return true
	}
	var content []int
	for i := a; i <= b; i++ {
		if s[i].upos != "PUNCT" {
			content = append(content, i)
		}
	}
	if len(content) == 0 {
		return false
	}
	nprop := 0
	for _, i := range content {
		if s[i].upos == "PROPN" {
			nprop++
		}
	}
	switch s[h].upos {
	case "PRON", "DET", "NUM":
		return false
	}
	if ident != "" && nprop*2 >= len(content) && firstUpper(s[content[0]].form) {
		return true
	}
	return nprop*2 > len(content) && firstUpper(s[content[0]].form) && firstUpper(s[h].form)
}

// refine trims a named mention news-style: possessors, lowercase
// modifiers and (for persons) titles before the head; appositions,
// clauses, conjuncts and lowercase words after it. ok is false when
// nothing name-like is left.
func (g *gazetteer) refine(s []gumTok, a, b int, et string) (int, int, bool) {
	h := headOf(s, a, b)
	for k := a; k < h; k++ { // start after a possessor inside the span
		if f := s[k].form; (f == "'s" || f == "’s" || f == "'") && s[k].upos == "PART" {
			a = k + 1
		}
	}
	for a < h {
		u := s[a].upos
		if !(firstLower(s[a].form) || u == "PUNCT" || u == "DET" || u == "PRON" || u == "INTJ") {
			break
		}
		a++
	}
	if et == "person" {
		for a < h && (titles[strings.ToLower(s[a].form)] || s[a].upos != "PROPN" || g.gpe[s[a].form] || g.isDemonym(s[a].form)) {
			a++
		}
	}
	hid := s[h].id
	b0 := b
	for k := h + 1; k <= b0; k++ {
		t := s[k]
		f := t.form
		var nxt *gumTok
		if k+1 <= b {
			nxt = &s[k+1]
		}
		switch f {
		case ",", "(", ";", ":", "–", "—", "--", `"`:
			if !(nxt != nil && nxt.upos == "PROPN" && f == ",") {
				b = k - 1
			}
		}
		if b < k {
			break
		}
		if t.deprel == "cc" {
			conj := false
			for j := k; j <= b; j++ {
				if s[j].deprel == "conj" && s[j].head == hid {
					conj = true
					break
				}
			}
			if conj {
				b = k - 1
				break
			}
		}
		if et == "person" && firstLower(f) && !nameParticles[f] {
			b = k - 1
			break
		}
		if firstLower(f) && (!connectors[f] || (et != "abstract" && et != "object" && (f == "in" || f == "at" || f == "on" || f == "to"))) {
			b = k - 1
			break
		}
	}
	for b > a && (connectors[s[b].form] || s[b].upos == "PUNCT" || s[b].upos == "SYM") {
		b--
	}
	if et == "person" {
		for a < b && (firstLower(s[a].form) || titles[strings.ToLower(s[a].form)] || s[a].upos == "PUNCT" || s[a].upos == "SYM") {
			a++
		}
	}
	if a > b {
		return 0, 0, false
	}
	toks := forms(s, a, b)
	if !anyCapOrDigit(toks) {
		return 0, 0, false
	}
	if et == "person" {
		all := true
		for _, t := range toks {
			if !titles[strings.ToLower(t)] {
				all = false
				break
			}
		}
		if all {
			return 0, 0, false
		}
	}
	return a, b, true
}

func forms(s []gumTok, a, b int) []string {
	out := make([]string, 0, b-a+1)
	for i := a; i <= b; i++ {
		out = append(out, s[i].form)
	}
	return out
}

func anyCapOrDigit(toks []string) bool {
	for _, t := range toks {
		if firstUpper(t) || firstDigit(t) {
			return true
		}
	}
	return false
}

// entityType maps a GUM entity type of a chosen span to a newsgraph type.
func (g *gazetteer) entityType(et, ident string, toks []string) string {
	txt := strings.Join(toks, " ")
	single := len(toks) == 1 && g.isDemonym(toks[0])
	switch et {
	case "person":
		if single {
			return "NORP"
		}
		return "PERSON"
	case "place":
		return g.placeType(txt, ident, toks)
	case "organization":
		if single && toks[0] != "Democratic" {
			return "NORP"
		}
		if g.country[txt] || usStates[txt] {
			return "GPE"
		}
		return "ORG"
	}
	typ := gumTypeMap[et]
	if single && et == "abstract" {
		if toks[0] == "English" || toks[0] == "Arabic" || toks[0] == "Latin" {
			return "MISC"
		}
		return "NORP"
	}
	return typ
}

// convertSentence returns the BIO tags of one GUM sentence.
func (g *gazetteer) convertSentence(s []gumTok, ments []mention) []string {
	type cand struct {
		a, b, a0, b0 int
		et, ident    string
	}
	var cands []cand
	for _, m := range ments {
		if _, ok := gumTypeMap[m.etype]; !ok && m.etype != "place" {
			continue
		}
		a, b := trimSpan(s, m.a, m.b)
		if a > b || !isNamed(s, a, b, m.ident) {
			continue
		}
		a, b, ok := g.refine(s, a, b, m.etype)
		if !ok {
			continue
		}
		if m.etype != "place" && m.etype != "organization" && g.gpe[strings.Join(forms(s, a, b), " ")] {
			continue
		}
		cands = append(cands, cand{a, b, m.a, m.b, m.etype, m.ident})
	}
	// outermost first (by original span length), non-overlapping
	sort.SliceStable(cands, func(i, j int) bool {
		li, lj := cands[i].b0-cands[i].a0, cands[j].b0-cands[j].a0
		if li != lj {
			return li > lj
		}
		return cands[i].a0 < cands[j].a0
	})
	tags := make([]string, len(s))
	for i := range tags {
		tags[i] = "O"
	}
	used := map[int]bool{}
	for _, c := range cands {
		overlap := false
		for i := c.a; i <= c.b; i++ {
			if used[i] {
				overlap = true
				break
			}
		}
		if overlap {
			continue
		}
		for i := c.a; i <= c.b; i++ {
			used[i] = true
		}
		toks := forms(s, c.a, c.b)
		typ := g.entityType(c.et, c.ident, toks)
		if !anyCapOrDigit(toks) {
			continue
		}
		for i := c.a; i <= c.b; i++ {
			if i == c.a {
				tags[i] = "B-" + typ
			} else {
				tags[i] = "I-" + typ
			}
		}
	}
	// demonyms not covered by an entity -> NORP
	for i, t := range s {
		if tags[i] == "O" && (t.upos == "ADJ" || t.upos == "PROPN" || t.upos == "NOUN") && g.isDemonym(t.form) {
			tags[i] = "B-NORP"
		}
	}
	return tags
}

// convertGUM writes gum_train.bio and gum_dev.bio from the GUM documents
// in dir (file names in files, sorted); the test split is never read.
func convertGUM(g *gazetteer, dir string, files []string, split map[string]string, outDir string, allLicences bool) error {
	writers := map[string]*bioWriter{}
	for _, sp := range []string{"train", "dev"} {
		w, err := newBIOWriter(filepath.Join(outDir, "gum_"+sp+".bio"))
		if err != nil {
			return err
		}
		writers[sp] = w
	}
	ndocs := map[string]int{}
	skipped := map[string]int{}
	for _, fn := range files {
		if !strings.HasSuffix(fn, ".conllu") {
			continue
		}
		doc := strings.TrimSuffix(fn, ".conllu")
		if strings.Contains(doc, "reddit") {
			continue
		}
		parts := strings.Split(doc, "_")
		if len(parts) < 2 {
			continue
		}
		genre := parts[1]
		if !gumFreeGenres[genre] && !(allLicences && gumOtherGenres[genre]) {
			skipped[genre]++
			continue
		}
		w := writers[split[doc]]
		if w == nil {
			continue // test split (and unknown documents) never converted
		}
		sents, err := readGUMSentences(filepath.Join(dir, fn))
		if err != nil {
			return err
		}
		ms, err := gumMentions(sents)
		if err != nil {
			return fmt.Errorf("%s: %v", fn, err)
		}
		w.doc()
		ndocs[split[doc]]++
		for i, s := range sents {
			if err := w.sent(forms(s, 0, len(s)-1), g.convertSentence(s, ms[i])); err != nil {
				return err
			}
		}
	}
	fmt.Printf("gum: docs %v, skipped (licence) docs by genre: %v\n", ndocs, skipped)
	for _, sp := range []string{"train", "dev"} {
		if err := writers[sp].close(); err != nil {
			return err
		}
	}
	return nil
}
