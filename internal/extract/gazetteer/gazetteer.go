package gazetteer

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/fold"
)

//go:embed gazetteer.tsv
var generated string

//go:embed curated.tsv
var curated string

//go:embed aliases.tsv
var aliases string

//go:embed names.tsv
var names string

// Kind says how a match names its entry.
type Kind uint8

// Match kinds.
const (
	KindName    Kind = iota // the entry's name or an alias
	KindDemonym             // an adjective or people noun ("Chinese", "North Koreans")
)

// Entry is one named thing.
type Entry struct {
	Type        string // PERSON, ORG or GPE
	Name        string // canonical name
	Affiliation string // country name the entry belongs to, or ""
	Curated     bool
}

// Match is a gazetteer hit of N tokens starting at a given token.
type Match struct {
	Entry *Entry
	N     int
	Kind  Kind
}

type node struct {
	next  map[string]*node
	entry *Entry
	kind  Kind
	// forms are the entry's aliases for these words as written, token by
	// token, used for case checks: any may match ("NATO" and "Nato"; an
	// alias in lower case matches in any case, "eurozone" beside
	// "Eurozone").
	forms [][]string
	dup   bool
	// shared are the entries a demonym two of them have names, when dup
	// ("Congolese": the Congo and the DR Congo).
	shared []*Entry
}

// Gazetteer looks up token sequences. It is read-only after New and safe for
// concurrent use.
type Gazetteer struct {
	root       *node
	firstNames map[string]bool
	gender     map[string]byte
	byName     map[string]*Entry
	capitals   map[string]bool     // a generated country's capital city, an alias of the country
	surnames   map[string][]string // a person's last name -> the countries of the people with it
	surnames2  map[string][]string // the first of two surnames ("Martinelli" of "Ricardo Martinelli Berrocal") -> countries
	// surnameFirsts: a person's last name -> the first names of the people with it
	surnameFirsts map[string][]string
	isWord        func(string) bool
	splits        []func(string) []string
}

// New builds the gazetteer, splitting every name into tokens with split,
// which must be the tokenizer the caller uses on text, and with each of
// also when a caller looks up tokens of another tokenisation too (a name
// is found under every way of splitting it). isWord reports whether a
// lower-case word is a common English word: generated aliases and places
// of one such word ("Male", "Reading", "Pole") are left out, as are places
// named like a person ("Lawrence", "Charlotte").
func New(split func(string) []string, isWord func(string) bool, also ...func(string) []string) (*Gazetteer, error) {
	g := &Gazetteer{root: &node{}, firstNames: map[string]bool{}, gender: map[string]byte{}, byName: map[string]*Entry{}, capitals: map[string]bool{}, surnames: map[string][]string{}, surnames2: map[string][]string{}, surnameFirsts: map[string][]string{},
		splits: append([]func(string) []string{split}, also...)}
	for _, line := range strings.Split(names, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		n, sex, ok := strings.Cut(line, "\t")
		if !ok || sex == "" {
			return nil, fmt.Errorf("gazetteer.New names: bad line %q", line)
		}
		g.gender[n] = sex[0]
		if sex[0] == 'u' && usualGender[n] != 0 {
			g.gender[n] = usualGender[n]
		}
	}
	for n, sex := range newsGivenNames {
		if g.gender[n] == 0 {
			g.gender[n] = sex
		}
	}
	g.isWord = isWord
	if err := g.load(curated, true, true); err != nil {
		return nil, fmt.Errorf("gazetteer.New curated: %w", err)
	}
	if err := g.load(generated, false, false); err != nil {
		return nil, fmt.Errorf("gazetteer.New: %w", err)
	}
	if err := g.load(aliases, false, true); err != nil {
		return nil, fmt.Errorf("gazetteer.New aliases: %w", err)
	}
	return g, nil
}

// load reads a table; cur marks its entries curated (they win over
// generated ones), handKept says a person chose each line (a place named
// like a common word or a first name, "Florida", is kept).
func (g *Gazetteer) load(data string, cur, handKept bool) error {
	for n, line := range strings.Split(data, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 5 {
			return fmt.Errorf("line %d: %d fields, want 5", n+1, len(f))
		}
		key := f[0] + "\t" + strings.ToLower(f[1])
		e, known := g.byName[key]
		if !known {
			e = &Entry{Type: f[0], Name: f[1], Affiliation: f[4], Curated: cur}
		}
		if !known && !handKept && (f[0] == "LOC" || f[0] == "ORG") && !strings.Contains(f[1], " ") && !isAcronym(f[1]) && (g.isWord(strings.ToLower(f[1])) || g.gender[f[1]] != 0) {
			continue // "Shell", "Orange", "Reading", "Charlotte"
		}
		// A generated entry for a curated name adds its aliases to it
		// (the capital "London" to the curated United Kingdom).
		g.byName[key] = e
		g.add(f[1], e, KindName)
		if f[2] != "" && !cur && f[0] == "GPE" {
			// the generator writes a country's capital last ("Washington
			// D.C.|Washington", "Lomé|Lome")
			al := strings.Split(f[2], "|")
			c := al[len(al)-1]
			g.capitals[c] = !denyAlias[c]
			if len(al) > 1 && (al[len(al)-2] == c+" D.C." || al[len(al)-2] != c && fold.Accents(al[len(al)-2]) == c) {
				g.capitals[al[len(al)-2]] = true // (also "Lomé" before "Lome")
			}
		}
		if f[2] != "" {
			for _, a := range strings.Split(f[2], "|") {
				if !cur && !strings.Contains(a, " ") && !isAcronym(a) && (f[0] != "GPE" && g.isWord(strings.ToLower(a)) || denyAlias[a]) {
					continue // a place or company named by a common word ("Reading", "Shell")
				}
				g.add(a, e, KindName)
				if ak := f[0] + "\t" + strings.ToLower(a); cur && g.byName[ak] == nil {
					// a generated entry under a curated alias is the curated
					// one ("Türkiye", the generated name and the country
					// Erdogan's entry names, is the curated Turkey)
					g.byName[ak] = e
				}
			}
		}
		if f[3] != "" {
			for _, d := range strings.Split(f[3], "|") {
				g.add(d, e, KindDemonym)
				if p := plural(d); p != "" && f[0] != "LOC" {
					// (not a city's: "the Londoners" in a sports report is a
					// London club; a state's "Texans" are its people)
					g.add(p, e, KindDemonym)
				}
			}
		}
		if e.Type == "PERSON" && e.Affiliation != "" {
			if w := strings.Fields(e.Name); len(w) >= 2 {
				last := w[len(w)-1]
				if !slices.Contains(g.surnames[last], e.Affiliation) {
					g.surnames[last] = append(g.surnames[last], e.Affiliation)
				}
				if !slices.Contains(g.surnameFirsts[last], w[0]) {
					g.surnameFirsts[last] = append(g.surnameFirsts[last], w[0])
				}
				if p := w[len(w)-2]; len(w) >= 3 && len(p) > 2 && !strings.HasSuffix(p, ".") && !slices.Contains(g.surnames2[p], e.Affiliation) {
					// "Ricardo Martinelli Berrocal": two surnames, news names him by the first
					g.surnames2[p] = append(g.surnames2[p], e.Affiliation)
				}
			}
		}
		if e.Type == "PERSON" {
			if w := strings.Fields(e.Name); len(w) >= 2 && len(w[0]) > 2 && !strings.HasSuffix(w[0], ".") && !placeWords[strings.ToLower(w[0])] {
				g.firstNames[w[0]] = true
			}
		}
	}
	return nil
}

func plural(d string) string {
	for _, s := range []string{"ese", "ish", "ch", "s", "i", "Swiss"} {
		if strings.HasSuffix(d, s) {
			if s == "i" {
				return d + "s"
			}
			return ""
		}
	}
	return d + "s"
}

// add indexes name under each of the gazetteer's tokenisations.
func (g *Gazetteer) add(name string, e *Entry, k Kind) {
	var done [][]string
	if strings.HasSuffix(name, ".") && !strings.Contains(name, " ") {
		// "Fla.": a tokeniser splits the full stop off at the end of a
		// text, not inside one ("Miami, Fla., said")
		g.addTokens([]string{name}, e, k)
		done = append(done, []string{name})
	}
	for _, split := range g.splits {
		toks := split(name)
		if !slices.ContainsFunc(done, func(d []string) bool { return slices.Equal(d, toks) }) {
			g.addTokens(toks, e, k)
			done = append(done, toks)
		}
	}
}

func (g *Gazetteer) addTokens(toks []string, e *Entry, k Kind) {
	if len(toks) == 0 {
		return
	}
	n := g.root
	for _, t := range toks {
		lt := strings.ToLower(t)
		if n.next == nil {
			n.next = map[string]*node{}
		}
		c := n.next[lt]
		if c == nil {
			c = &node{}
			n.next[lt] = c
		}
		n = c
	}
	switch {
	case n.entry == nil:
		n.entry, n.kind, n.forms = e, k, [][]string{toks}
	case n.entry == e && k == n.kind:
		if !slices.ContainsFunc(n.forms, func(f []string) bool { return slices.Equal(f, toks) }) {
			n.forms = append(n.forms, toks) // "Nato" beside "NATO": both spellings match
		}
	case n.entry != e && !n.entry.Curated && !e.Curated && n.entry.Type == e.Type && n.entry.Type != "PERSON":
		// The same words name two different things: drop the alias, unless
		// the earlier one is curated, a person, or of another type.
		if !n.dup && n.kind == KindDemonym && k == KindDemonym {
			n.shared = []*Entry{n.entry}
		}
		if n.shared != nil && k == KindDemonym && !slices.Contains(n.shared, e) {
			n.shared = append(n.shared, e)
		}
		n.dup = true
	}
}

// Lookup returns the longest match starting at toks[i], or ok=false.
// Acronyms must match exactly ("US", not "us"); other words must start
// with a capital letter, except small words inside a name ("of", "the").
func (g *Gazetteer) Lookup(toks []string, i int) (Match, bool) {
	n := g.root
	var best Match
	found := false
	for j := i; j < len(toks) && j-i < 12; j++ {
		c := n.next[lower(toks[j])]
		if c == nil {
			break
		}
		n = c
		if n.entry != nil && !n.dup && anyCaseOK(n.forms, toks[i:j+1]) {
			best = Match{Entry: n.entry, N: j - i + 1, Kind: n.kind}
			found = true
		}
	}
	return best, found
}

// SharedDemonym returns the longest demonym starting at toks[i] that two
// or more entries share ("Congolese"), with its length and the entries,
// or 0 and nil. Lookup matches none of them.
func (g *Gazetteer) SharedDemonym(toks []string, i int) (int, []*Entry) {
	n := g.root
	best, shared := 0, []*Entry(nil)
	for j := i; j < len(toks) && j-i < 4; j++ {
		c := n.next[lower(toks[j])]
		if c == nil {
			break
		}
		n = c
		if n.dup && len(n.shared) > 1 && anyCaseOK(n.forms, toks[i:j+1]) {
			best, shared = j-i+1, n.shared
		}
	}
	return best, shared
}

func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// anyCaseOK reports whether toks are written as one of forms allows.
func anyCaseOK(forms [][]string, toks []string) bool {
	for _, f := range forms {
		if caseOK(f, toks) {
			return true
		}
	}
	return false
}

func caseOK(form, toks []string) bool {
	for k, f := range form {
		t := toks[k]
		if isAcronym(f) {
			if t != f && !(len(f) > 4 && strings.EqualFold(t, f) && isUpperInitial(t)) {
				return false
			}
			continue
		}
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsLetter(r) || unicode.IsLower(r) {
			continue // "of", "the", "'s", digits: any case
		}
		if !isUpperInitial(t) {
			return false
		}
	}
	return true
}

func isUpperInitial(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// isAcronym: two or more letters, all capitals (dots allowed): "US", "U.S.", "DPRK".
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r == '.' || r == '&':
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r):
		default:
			return false
		}
	}
	return letters >= 2
}

// IsFirstName reports whether w is a known first name, or the first word of
// a known person's name.
func (g *Gazetteer) IsFirstName(w string) bool {
	if g.firstNames[w] || g.gender[w] != 0 {
		return true
	}
	f := fold.Accents(w) // "Josué" is "Jose"'s, "Flávia" "Flavia"'s
	return f != w && (g.firstNames[f] || g.gender[f] != 0)
}

// Gender returns 'm' or 'f' for a first name used by one sex only, 'u' for
// both, and 0 for an unknown name.
func (g *Gazetteer) Gender(first string) byte {
	if c := g.gender[first]; c != 0 {
		return c
	}
	return g.gender[fold.Accents(first)]
}

// IsCapital reports whether name is a country's capital city, which the
// gazetteer folds into the country ("London" for the United Kingdom).
func (g *Gazetteer) IsCapital(name string) bool { return g.capitals[name] }

// SurnameCountries returns the countries of the people in the gazetteer
// whose name ends in last ("Bush": the United States).
func (g *Gazetteer) SurnameCountries(last string) []string { return g.surnames[last] }

// SurnameShares reports whether a person in the gazetteer is named first
// and last, or with a first name one of the other's shortening ("Geoff" of
// "Geoffrey Hoon").
func (g *Gazetteer) SurnameShares(first, last string) bool {
	for _, f := range g.surnameFirsts[last] {
		if strings.HasPrefix(f, first) || strings.HasPrefix(first, f) {
			return true
		}
	}
	return false
}

// SurnameHolds reports whether a person in the gazetteer with this
// surname (last, or the first of two) belongs to country.
func (g *Gazetteer) SurnameHolds(surname, country string) bool {
	return slices.Contains(g.surnames[surname], country) || slices.Contains(g.surnames2[surname], country)
}

// Entry returns the entry with this type and canonical name.
func (g *Gazetteer) Entry(typ, name string) (*Entry, bool) {
	e, ok := g.byName[typ+"\t"+strings.ToLower(name)]
	return e, ok
}

// placeWords start place names ("San Jose", "Des Moines"), never first names.
var placeWords = map[string]bool{"san": true, "santa": true, "santo": true, "sao": true, "los": true, "las": true,
	"des": true, "new": true, "fort": true, "port": true, "mount": true, "lake": true, "cape": true, "el": true,
	"al": true, "la": true, "le": true, "de": true, "van": true, "von": true, "du": true, "di": true, "saint": true,
	"st.": true, "upper": true, "lower": true, "north": true, "south": true, "east": true, "west": true, "great": true,
	"little": true, "old": true, "royal": true, "grand": true, "high": true, "long": true, "red": true, "green": true,
	"black": true, "white": true, "golden": true, "united": true, "national": true, "general": true, "real": true}

// denyAlias are country aliases that are mostly common words in English
// news ("Island" for Iceland, "Emirates" the airline), or demonyms the
// generated table also lists as names ("Thai fishermen": Thailand's, an
// adjective, as "Vietnamese fishermen").
var denyAlias = map[string]bool{"Island": true, "Emirates": true, "Reunion": true, "Thai": true, "Togolese": true,
	// capitals of small territories named like people and English towns
	// ("Douglas", "Victoria Beckham", "Stanley", "Hamilton", "Plymouth v
	// Everton"): in the news they are seldom the capital
	"Douglas": true, "Victoria": true, "Stanley": true, "Hamilton": true, "Plymouth": true}

// Match returns the length and category of the longest entry starting at
// toks[i] ("GPE", "ORG", "PERSON", "LOC"; "NORP" for a demonym), or 0. It
// lets the gazetteer serve as the language core's lexicon (nlp.Lexicon).
func (g *Gazetteer) Match(toks []string, i int) (int, string) {
	m, ok := g.Lookup(toks, i)
	if !ok {
		return 0, ""
	}
	if m.Kind == KindDemonym {
		return m.N, "NORP"
	}
	return m.N, m.Entry.Type
}

// usualGender gives the names that both first-name lists hold (gender u in
// names.tsv) the gender English-language news almost always uses them for:
// "George W Bush" is no antecedent of "she", "Claire Short" none of "he".
// Names used for both in the news (Alex, Chris, Jackie, Jan, Jean, Kim,
// Lee, Leslie, Robin, Sam, Hilary) stay u.
var usualGender = func() map[string]byte {
	g := map[string]byte{}
	for _, n := range strings.Fields(`Adrian Alfie Ali Andy Augustine Austin Barrie Barry Bert Bertie Bill Billy Blake Bobby
		Brett Cecil Chad Christian Constantine Cory Dale Dallas Daron Darryl Daryl Del Dennie Denny Devin Dion Donnie
		Donny Dorian Eddie Eddy Emlyn Frank Frankie Fred Freddie Freddy Gabriel Gene George Gerry Glen Glenn Glyn Gus
		Heath Ira Jermaine Jerry Jesse Joey Karel Kellen Kip Kyle Lanny Leland Lonnie Lorne Max Michel Mickie Micky Noel
		Ollie Olly Perry Phil Quentin Randy Ray Reggie Rene Rey Rickie Ricky Robbie Robby Ronnie Ronny Rory Sal Sammy
		Sean Shane Shaun Shawn Shayne Sonny Ted Teddy Terry Theo Tim Timmy Toby Tommy Tony Van Vin Vinnie Vinny Wally
		Willie Willy`) {
		g[n] = 'm'
	}
	for _, n := range strings.Fields(`Abbey Abbie Abby Addie Allie Angie Averil Bev Billie Brandy Brooke Carly Cassie Clair
		Claire Clare Connie Courtney Emmy Erin Esme Evelyn Gail Gayle Geri Germaine Ginger Grace Haley Hazel Hillary
		Holly Julie Kelly Kylie Lauren Lesley Lyn Lynn Maddie Mallory Meryl Michele Nichole Nicola Nikki Paige Patsy
		Patty Penny Ruby Saundra Shannon Shelley Sibyl Simone Stacy Tammy Terri Tracey Tracie Tracy Whitney Winnie`) {
		g[n] = 'f'
	}
	return g
}()

// newsGivenNames are given names of world news that the English first-name
// lists lack, with the gender the news uses them for (hand-kept; names that
// are also words or common surnames, "Marine", "Petro", are left out): a
// "she" is not Donald Trump, nor Mohamed his father.
var newsGivenNames = func() map[string]byte {
	g := map[string]byte{}
	for _, n := range strings.Fields(`Donald Barack Mitt Rishi Olaf Dmitry Sergey Alexey Yevgeny Mikhail Gennady Viktor Narendra Imran Nawaz Shehbaz
		Pervez Asif Manmohan Rahul Recep Ahmet Mevlut Binali Kemal Bashar Hosni Mohamed Mohammad Mohamad Muhammadu
		Mohamud Hassan Hasan Ashraf Abdullah Mustafa Ismail Yusuf Tariq Walid Nabil Rashid Faisal Fahad Hamad Tamim
		Ayman Osama Hamza Bilal Samir Nasser Anwar Khalid Salman Yasser Ehud Kofi Mariano Luiz Jair Evo Uhuru Raila
		Yoweri Goodluck Olusegun Hailemariam Abiy Isaias Meles Thabo Emmerson Thaksin Prayuth Joko Najib Mahathir
		Shinzo Junichiro Yoshihide Fumio Reza Ebrahim Javad Muammar Saif Salva Riek Nouri Haider Moqtada Jalal Masoud
		Massoud Volodymyr Sauli Jyrki Mateusz Jaroslaw Andrzej Zbigniew Nicolae Traian Romano Ollanta`) {
		g[n] = 'm'
	}
	for _, n := range strings.Fields(`Kamala Ilhan Dilma Benazir Hasina Khaleda Yingluck Yulia Svetlana Tatyana Natalia Ksenia Fatima Aisha Zainab
		Amina Malala Ségolène Segolene`) {
		g[n] = 'f'
	}
	return g
}()
