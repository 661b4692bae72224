// Command gen builds the gazetteer's compact data file (gazetteer.tsv) from
// the shared source data: mledoze/countries (ODbL) and the Phoenix actor
// dictionaries of PETRARCH-2 (MIT), plus the hand-kept curated.tsv.
//
// Usage, from the repository root:
//
//	go run ./internal/extract/gazetteer/internal/gen -shared ../shared -out internal/extract/gazetteer
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/internal/fold"
)

type country struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	Cca3         string   `json:"cca3"`
	Capital      []string `json:"capital"`
	AltSpellings []string `json:"altSpellings"`
	Independent  bool     `json:"independent"`
	UNMember     bool     `json:"unMember"`
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

// entry is one line of gazetteer.tsv:
// TYPE \t canonical \t aliases(|) \t demonyms(|) \t affiliation
type entry struct {
	typ, name   string
	aliases     []string
	demonyms    []string
	affiliation string
}

// titled reports whether a title stands inside a name, after a demonym or
// country ("Israeli Prime Minister Benjamin Netanyahu", "US President
// Bill Clinton"): such aliases would swallow the title and the role it
// gives.
// genericOrgs are class words the actor dictionaries list as bodies.
var genericOrgs = map[string]bool{"NGO": true, "NGOS": true, "MNC": true, "MNCS": true, "IGO": true, "IGOS": true}

func titled(words []string) bool {
	if len(words) < 3 {
		return false
	}
	for _, w := range words[1 : len(words)-1] {
		if innerTitles.MatchString(w) {
			return true
		}
	}
	return false
}

// innerTitles are the titles that can stand inside a person's alias.
var innerTitles = regexp.MustCompile(`(?i)^(PRESIDENT|PRIME|MINISTER|SECRETARY|SECRETARY-GENERAL|PREMIER|CHANCELLOR|KING|QUEEN|PRINCE|GOVERNOR|MAYOR|AMBASSADOR|SENATOR|LEADER|CHAIRMAN|DICTATOR)$`)

func main() {
	shared := flag.String("shared", "../shared", "path of the shared folder")
	out := flag.String("out", "internal/extract/gazetteer", "output folder")
	flag.Parse()
	if b, err := os.ReadFile(filepath.Join(*out, "names.tsv")); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if n, _, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(n, "#") {
				firstNames[n] = true
			}
		}
	}
	var entries []entry
	codeName := map[string]string{}
	cs, err := countries(filepath.Join(*shared, "data/countries/countries.json"), codeName)
	if err != nil {
		log.Fatal(err)
	}
	entries = append(entries, cs...)
	known := map[string]bool{}
	for _, e := range cs {
		for _, n := range append(append([]string{e.name}, e.aliases...), e.demonyms...) {
			known[strings.ToLower(n)] = true
		}
	}
	places, err := phoenixPlaces(filepath.Join(*shared, "data/cameo", "Phoenix.Countries.actors.txt"), codeName, known)
	if err != nil {
		log.Fatal(err)
	}
	entries = append(entries, places...)
	for _, f := range []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"} {
		es, err := phoenix(filepath.Join(*shared, "data/cameo", f), codeName)
		if err != nil {
			log.Fatal(err)
		}
		entries = append(entries, es...)
	}
	if err := write(filepath.Join(*out, "gazetteer.tsv"), entries); err != nil {
		log.Fatal(err)
	}
}

var isoLike = regexp.MustCompile(`^[A-Z]{2}$`)

var corpSuffix = regexp.MustCompile(`(?i)[ ,]+(inc\.?|corp\.?|corporation|ltd\.?|limited|plc|co\.?|llc|ag|sa|nv|group|holdings?)$`)

// firstNames are read from names.tsv in the output folder: an
// international actor whose name starts with one is a person.
var firstNames = map[string]bool{}

// shortForms are abbreviations in common use that the data set lists among
// ISO codes; only these short codes are kept as aliases.
var shortForms = map[string]bool{"US": true, "USA": true, "U.S.": true, "U.S.A.": true, "UK": true, "U.K.": true,
	"UAE": true, "DPRK": true, "PRC": true, "ROK": true, "DRC": true}

func countries(path string, codeName map[string]string) ([]entry, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gen.countries: %w", err)
	}
	var cs []country
	if err := json.Unmarshal(b, &cs); err != nil {
		return nil, fmt.Errorf("gen.countries: %w", err)
	}
	// Names of sovereign states win over those of dependent territories
	// ("French" is France's demonym, not Réunion's).
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].Independent && !cs[j].Independent })
	taken := map[string]bool{}
	var out []entry
	for _, c := range cs {
		name := c.Name.Common
		e := entry{typ: "GPE", name: name}
		codeName[c.Cca3] = name
		add := func(a string) {
			a = strings.TrimSpace(a)
			if a == "" || a == name || !c.Independent && taken[a] {
				return
			}
			if c.Independent {
				taken[a] = true
			}
			for _, x := range e.aliases {
				if x == a {
					return
				}
			}
			e.aliases = append(e.aliases, a)
		}
		add(c.Name.Official)
		for _, a := range c.AltSpellings {
			if isoLike.MatchString(a) && !shortForms[a] {
				continue
			}
			if len(a) <= 4 && strings.ToUpper(a) == a && !shortForms[a] {
				continue
			}
			if strings.ContainsAny(a, "ÀÁÂÃÄÅàáâãäåçèéêëìíîïñòóôõöùúûüýÿ") || !isASCII(a) {
				continue
			}
			add(a)
		}
		for _, cap := range c.Capital {
			if !isASCII(cap) {
				// "Lomé", "San José": as written and without its accents
				// (not "Malé" as "Male", a common word)
				if f := fold.Accents(cap); isASCII(f) && !commonCapitals[f] {
					add(cap)
					add(f)
				}
				continue
			}
			add(cap)
			if s, ok := strings.CutSuffix(cap, " D.C."); ok {
				add(s)
			}
		}
		if d, ok := c.Demonyms["eng"]; ok {
			// ("Bosnian, Herzegovinian": two demonyms in one field)
			for _, x := range slices.Concat(strings.Split(d.M, ", "), strings.Split(d.F, ", ")) {
				if x == "" || !isASCII(x) || !c.Independent && taken[x] {
					continue
				}
				if c.Independent {
					taken[x] = true
				}
				dup := false
				for _, y := range e.demonyms {
					dup = dup || y == x
				}
				if !dup {
					e.demonyms = append(e.demonyms, x)
				}
			}
		}
		out = append(out, e)
	}
	return out, nil
}

// commonCapitals are capitals whose names without accents are common
// English words.
var commonCapitals = map[string]bool{"Male": true}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

var orgWords = regexp.MustCompile(`(?i)\b(ORGANI[SZ]ATION|AGENCY|BANK|FUND|COUNCIL|COMMISSION|COMMITTEE|UNION|ASSOCIATION|FEDERATION|INSTITUTE|CENTER|CENTRE|FOUNDATION|SOCIETY|PARTY|FRONT|MOVEMENT|ARMY|FORCES?|MINISTRY|DEPARTMENT|COURT|TRIBUNAL|PARLIAMENT|ASSEMBLY|CORPORATION|CORP|INC|LTD|COMPANY|GROUP|HOLDINGS?|INTERNATIONAL|NETWORK|PROGRAMME|PROGRAM|OFFICE|AUTHORITY|SERVICE|LEAGUE|ALLIANCE|CONFERENCE|UNIVERSITY|COLLEGE|NEWS|TIMES|POST|PRESS|TELEGRAPH|HERALD|BROADCASTING|AIRLINES|AIRWAYS|ENERGY|TECHNOLOGIES|INDUSTRIES|SYSTEMS|BOARD|TRUST|WATCH|BRIGADES?|COMMAND|POLICE|GUARD|MILITIA|CABINET|SENATE|CONGRESS)\b`)

var titleWords = regexp.MustCompile(`(?i)^(PRESIDENT|PRIME|MINISTER|SECRETARY|SECRETARY-GENERAL|GENERAL|GEN\.?|KING|QUEEN|PRINCE|SHEIKH|SHEIK|AYATOLLAH|DR\.?|MR\.?|MRS\.?|MS\.?|SIR|LORD|LADY|CHAIRMAN|LEADER|REFORMER|FORMER|VICE|DEPUTY|FOREIGN|DEFENSE|DEFENCE|AMBASSADOR|SENATOR|SEN\.?|REP\.?|GOVERNOR|GOV\.?|MAYOR|CHIEF|COMMANDER|COLONEL|COL\.?|JUDGE|JUSTICE|POPE|BISHOP|ARCHBISHOP|CARDINAL|REV\.?|IMAM|MULLAH|EMIR|PREMIER|CHANCELLOR|UN|U\.N\.|UNITED|THE)$`)

var codeRE = regexp.MustCompile(`\[([A-Z]{3})[A-Z]*\s*([^\]]*)\]`)

// phoenix reads a TABARI actor file: a primary name line, "+" variant lines,
// and code lines "[CODE dates]". People are entries whose codes carry dates;
// organisations are entries whose name has an organisation word or that sit
// in the international file with an IGO/NGO/MNC code.
func phoenix(path string, codeName map[string]string) ([]entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gen.phoenix: %w", err)
	}
	defer f.Close()
	intl := strings.Contains(path, "International")
	var out []entry
	var names []string
	var codes [][2]string
	flush := func() {
		defer func() { names, codes = nil, nil }()
		if len(names) == 0 {
			return
		}
		dated := false
		country := ""
		for _, c := range codes {
			if strings.TrimSpace(c[1]) != "" {
				dated = true
			}
			if country == "" {
				if n, ok := codeName[c[0]]; ok {
					country = n
				}
			}
		}
		primary := names[0]
		var clean []string
		for _, n := range names {
			words := strings.Fields(n)
			if len(words) == 0 {
				continue
			}
			if titleWords.MatchString(words[0]) {
				continue
			}
			clean = append(clean, n)
		}
		if len(clean) == 0 {
			return
		}
		// a country's own block ("RUSSIAN_FEDERATION_ [RUS]", whose
		// names are its regions and cities; "FEDERATION_OF_SAINT_KITTS_AND_NEVIS_")
		// is no organisation, whatever word its name has: the countries
		// data lists the country
		countryBlock := false
		if cn := codeName[codes0(codes)]; !intl && cn != "" {
			for _, n := range clean {
				l := strings.ToLower(display(n))
				countryBlock = countryBlock || l == strings.ToLower(cn) || strings.TrimPrefix(l, "federation of ") == strings.ToLower(cn)
			}
		}
		isOrg := orgWords.MatchString(primary) && !countryBlock
		words := strings.Fields(clean[0])
		switch {
		case isOrg || (intl && !dated && len(codes) > 0 && len(words) >= 2 && orgWords.MatchString(strings.Join(clean, " "))):
			for _, g := range orgGroups(clean) {
				e := orgEntry(g)
				if !intl {
					e.affiliation = country
				}
				if len(strings.Fields(e.name)) >= 2 {
					out = append(out, e)
				}
			}
		case intl && !dated && len(codes) > 0 && (strings.HasPrefix(codes[0][0], "IGO") || strings.HasPrefix(codes[0][0], "NGO") || strings.HasPrefix(codes[0][0], "MNC")) && (strings.HasPrefix(codes[0][0], "MNC") || !firstNames[capWord(words[0])]):
			// companies and bodies without an organisation word ("Goldman
			// Sachs", "Nokia"); names that start with a first name are people
			if genericOrgs[strings.ToUpper(clean[0])] {
				return // the dictionaries' class words ("NGO"), no body's name
			}
			for gi, g := range orgGroups(clean) {
				if e := orgEntry(g); gi == 0 || len(strings.Fields(e.name)) >= 2 {
					out = append(out, e)
				}
			}
		case dated && len(words) >= 2 && len(words) <= 4 && !titled(words):
			e := entry{typ: "PERSON", name: titleCase(clean[0]), affiliation: country}
			for _, n := range clean[1:] {
				if len(strings.Fields(n)) >= 2 && !titled(strings.Fields(n)) {
					if a := titleCase(n); a != e.name {
						e.aliases = append(e.aliases, a)
					}
				}
			}
			out = append(out, e)
		}
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		body := line
		if i := strings.Index(body, "#"); i >= 0 {
			body = body[:i]
		}
		if strings.TrimSpace(body) == "" {
			continue
		}
		trimmed := strings.TrimSpace(body)
		switch {
		case strings.HasPrefix(trimmed, "["):
			for _, m := range codeRE.FindAllStringSubmatch(trimmed, -1) {
				codes = append(codes, [2]string{m[1], m[2]})
			}
		case strings.HasPrefix(trimmed, "+"):
			names = append(names, name(trimmed[1:]))
		case line[0] == ' ' || line[0] == '\t':
			continue
		default:
			flush()
			nm := trimmed
			if i := strings.Index(nm, "["); i >= 0 {
				for _, m := range codeRE.FindAllStringSubmatch(nm[i:], -1) {
					codes = append(codes, [2]string{m[1], m[2]})
				}
				nm = nm[:i]
			}
			names = append(names, name(nm))
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gen.phoenix: %w", err)
	}
	return out, nil
}

// orgEntry is the organisation a group of names names: the longest is its
// name, the others its aliases.
func orgEntry(names []string) entry {
	e := entry{typ: "ORG", name: titleCase(longest(names))}
	for _, n := range names {
		if a := display(n); a != e.name {
			e.aliases = append(e.aliases, a)
		}
	}
	return e
}

// orgGroups splits an organisation block's names into the bodies they
// name: the dictionaries file related bodies under one code
// ("NATIONAL_HIGHWAY_TRAFFIC_SAFETY_ADMINISTRATION" with
// "FEDERAL_AVIATION_ADMINISTRATION", "FURSAN_AL_HAQQ_BRIGADE" with
// "FREE_SYRIAN_ARMY" and its commander "SALIM_IDRIS"). The first group
// holds the first name of two words or more and the names sharing a
// distinctive word with it; another name with a body's word ("Federal
// Trade Commission") is a body of its own, joined by the names made of the
// same words ("U.S. State Department", "Department of State"); a name with
// no distinctive word ("G 7") stays with the first group; any other name
// (a person's) is dropped. A short form joins the name it spells the
// initials of, else the first group.
func orgGroups(names []string) [][]string {
	lead := slices.IndexFunc(names, func(n string) bool { return strings.Contains(n, " ") })
	if lead < 0 {
		return [][]string{names}
	}
	groups := [][]string{{names[lead]}}
	var short []string
	for i, n := range names {
		switch {
		case i == lead:
		case !strings.Contains(n, " "):
			short = append(short, n)
		case slices.ContainsFunc(groups[0], func(m string) bool { return shareWord(m, n) || nameKey(m) == nameKey(n) }):
			groups[0] = append(groups[0], n)
		case orgWords.MatchString(n) || bodyWords.MatchString(n):
			gi := slices.IndexFunc(groups, func(g []string) bool { return nameKey(g[0]) == nameKey(n) })
			if gi < 0 {
				groups = append(groups, nil)
				gi = len(groups) - 1
			}
			groups[gi] = append(groups[gi], n)
		case len(distinctWords(n)) == 0:
			groups[0] = append(groups[0], n)
		}
	}
	for _, a := range short {
		gi := slices.IndexFunc(groups, func(g []string) bool {
			return slices.ContainsFunc(g, func(m string) bool { return spells(a, m) })
		})
		groups[max(gi, 0)] = append(groups[max(gi, 0)], a)
	}
	return groups
}

// bodyWords name kinds of bodies orgWords leaves out, so that a name with
// one is a body's, not a person's.
var bodyWords = regexp.MustCompile(`(?i)\b(ADMINISTRATION|BUREAU|SERVICES|PATROL|PROTECTION|ENFORCEMENT|CORPS|DIRECTORATE|DIVISION|NAVY|MARINES|FLEET|REGIMENT|BATTALION|DUMA|TREASURY|INITIATIVES|ASSISTANCE)\b`)

// nameWords are a name's words in lower case, hyphens as spaces, a plural
// or possessive as its singular.
func nameWords(n string) []string {
	var ws []string
	for _, w := range strings.Fields(strings.ToLower(strings.ReplaceAll(n, "-", " "))) {
		ws = append(ws, strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "s"))
	}
	return ws
}

// nameKey is a name's words but the small ones and the country's, sorted:
// "U.S. State Department" and "Department of State" share it.
func nameKey(n string) string {
	var ws []string
	for _, w := range nameWords(n) {
		if !keyless[w] {
			ws = append(ws, w)
		}
	}
	slices.Sort(ws)
	return strings.Join(slices.Compact(ws), " ")
}

// keyless words do not tell two bodies of a country apart.
var keyless = map[string]bool{"the": true, "of": true, "and": true, "for": true, "u": true, "us": true, "u.s.": true,
	"american": true, "official": true}

// distinctWords are the words of a name that tell a body apart: no small
// word, no word that names a kind of body ("Administration" in both
// "Federal Aviation Administration" and "National Highway Traffic Safety
// Administration").
func distinctWords(n string) map[string]bool {
	ws := map[string]bool{}
	for _, w := range nameWords(n) {
		if len(w) > 2 && !plainWords[w] && !orgWords.MatchString(w) && !orgWords.MatchString(w+"s") {
			ws[w] = true
		}
	}
	return ws
}

// shareWord reports whether two names share a distinctive word, or one's
// word of five letters or more starts the other's ("Syria"/"Syrian").
func shareWord(a, b string) bool {
	wb := distinctWords(b)
	for w := range distinctWords(a) {
		for v := range wb {
			if w == v || len(w) >= 5 && len(v) >= 5 && (strings.HasPrefix(w, v) || strings.HasPrefix(v, w)) {
				return true
			}
		}
	}
	return false
}

// plainWords name no body by themselves (after a trailing "s" is cut).
var plainWords = map[string]bool{"the": true, "and": true, "for": true, "national": true, "federal": true, "united": true,
	"state": true, "american": true, "administration": true, "bureau": true, "division": true, "directorate": true,
	"ministrie": true, "senior": true, "official": true}

// spells reports whether short form a is made of the initials of name n's
// words, with or without its small words ("SPLA", "SCOTUS").
func spells(a, n string) bool {
	var all, big strings.Builder
	for _, w := range strings.Fields(n) {
		c := strings.ToUpper(w[:1])
		all.WriteString(c)
		if !small[w] && !small[strings.ToUpper(w)] {
			big.WriteString(c)
		}
	}
	a = strings.ToUpper(strings.ReplaceAll(a, ".", ""))
	return a == all.String() || a == big.String()
}

// codes0 returns the block's first code, or "".
func codes0(codes [][2]string) string {
	if len(codes) == 0 {
		return ""
	}
	return codes[0][0]
}

func name(s string) string {
	s = strings.TrimSpace(s)
	s = strings.ReplaceAll(s, "_", " ")
	return strings.Join(strings.Fields(s), " ")
}

func longest(ns []string) string {
	best := ns[0]
	for _, n := range ns {
		if len(n) > len(best) {
			best = n
		}
	}
	return best
}

var small = map[string]bool{"OF": true, "AND": true, "FOR": true, "THE": true, "IN": true, "ON": true, "DE": true, "DU": true, "DES": true, "LA": true, "LE": true, "TO": true}

// display keeps short all-capital names (acronyms) as they are.
func display(n string) string {
	if len(n) <= 6 && !strings.Contains(n, " ") {
		return n
	}
	return titleCase(n)
}

func titleCase(n string) string {
	words := strings.Fields(n)
	for i, w := range words {
		if i > 0 && small[w] {
			words[i] = strings.ToLower(w)
			continue
		}
		if i == 0 && w == "THE" {
			words[i] = "The"
			continue
		}
		words[i] = capWord(w)
	}
	s := strings.Join(words, " ")
	s = strings.TrimPrefix(s, "The ")
	return s
}

func capWord(w string) string {
	if strings.Contains(w, "&") && len(w) <= 6 {
		return w // "AT&T", "P&O": initials on both sides
	}
	var b strings.Builder
	up := true
	for _, r := range strings.ToLower(w) {
		if up {
			b.WriteString(strings.ToUpper(string(r)))
		} else {
			b.WriteRune(r)
		}
		up = r == '-' || r == '.' || r == '\''
		if r == '\'' {
			up = false
		}
	}
	return b.String()
}

func write(path string, es []entry) error {
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].typ != es[j].typ {
			return es[i].typ < es[j].typ
		}
		return es[i].name < es[j].name
	})
	var b strings.Builder
	b.WriteString("# Generated by internal/extract/gazetteer/internal/gen from mledoze/countries (ODbL 1.0) and the\n")
	b.WriteString("# PETRARCH-2 Phoenix actor dictionaries (MIT); see ATTRIBUTION.md. Do not edit: regenerate.\n")
	b.WriteString("# type\tname\taliases\tdemonyms\taffiliation\n")
	seen := map[string]bool{}
	for _, e := range es {
		k := e.typ + "\t" + e.name
		if seen[k] {
			continue
		}
		seen[k] = true
		if e.typ == "ORG" {
			// "Time Warner Inc" is named "Time Warner"
			if short := corpSuffix.ReplaceAllString(e.name, ""); short != e.name && len(strings.Fields(short)) >= 2 {
				e.aliases = append(e.aliases, e.name)
				e.name = short
			}
			for _, n := range append([]string{e.name}, e.aliases...) {
				if short := corpSuffix.ReplaceAllString(n, ""); short != n && len(strings.Fields(short)) >= 2 {
					dup := short == e.name
					for _, a := range e.aliases {
						dup = dup || a == short
					}
					if !dup {
						e.aliases = append(e.aliases, short)
					}
				}
			}
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\n", e.typ, e.name, strings.Join(e.aliases, "|"), strings.Join(e.demonyms, "|"), e.affiliation)
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

var placeRE = regexp.MustCompile(`^[A-Z][A-Z'.]*(?: [A-Z][A-Z'.]*){0,2}$`)

// phoenixPlaces reads the cities, states and regions listed as "+" variants
// of a country's own entry ("UNITED_KINGDOM_ [GBR]" ... "+MANCHESTER_") as
// LOC entries belonging to that country. Variants that are names of the
// country itself (other languages, misspellings: they share its first
// letters), demonyms and acronyms are skipped.
func phoenixPlaces(path string, codeName map[string]string, known map[string]bool) ([]entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gen.phoenixPlaces: %w", err)
	}
	defer f.Close()
	var out []entry
	country := ""
	countryRE := regexp.MustCompile(`^([A-Z_'.]+)\s*\[([A-Z]{3})\]\s*(#.*)?$`)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if m := countryRE.FindStringSubmatch(strings.TrimSpace(line)); m != nil && line[0] != '+' {
			country = codeName[m[2]]
			continue
		}
		if line == "" || line[0] != '+' {
			if line != "" && line[0] != '#' && line[0] != ' ' && line[0] != '\t' {
				country = ""
			}
			continue
		}
		if country == "" {
			continue
		}
		body := line[1:]
		if i := strings.Index(body, "#"); i >= 0 {
			body = body[:i]
		}
		n := name(body)
		if !placeRE.MatchString(n) || len(n) < 4 || known[strings.ToLower(n)] {
			continue
		}
		cn := strings.ToUpper(country)
		if len(cn) >= 4 && len(n) >= 4 && n[:4] == cn[:4] || strings.Contains(n, cn) || strings.HasPrefix(n, "THE ") {
			continue
		}
		if strings.HasSuffix(n, "MAN") || strings.HasSuffix(n, "WOMAN") || strings.HasSuffix(n, " STATE") {
			continue
		}
		out = append(out, entry{typ: "LOC", name: titleCase(n), affiliation: country})
	}
	return out, sc.Err()
}
