package main

import (
	"fmt"
	"math/rand"
	"strings"

	"github.com/newsgraph/newsgraph/internal/nlp"
)

// Data augmentation for the recogniser. The freely licensed corpora are
// web text, tweets and encyclopaedia articles; news wires also carry
// headlines in capitals and results tables, which none of them contain.
// Both are made here from the training corpora alone: no name is added
// that a training corpus does not contain.

// upcase writes a document's first sentence (its headline, or what stands
// in for one) and a few others in capitals, with probability p each.
func upcase(docs []bioDoc, p float64, rng *rand.Rand) {
	for _, d := range docs {
		for s := range d {
			q := p / 4
			if s == 0 {
				q = p
			}
			if rng.Float64() >= q {
				continue
			}
			ws := make([]string, len(d[s].Words))
			for i, w := range d[s].Words {
				ws[i] = strings.ToUpper(w)
			}
			d[s] = bioSentence{Words: ws, Tags: d[s].Tags}
		}
	}
}

// names collects the training corpora's names by type, as word lists.
func names(docs []bioDoc) map[string][][]string {
	out := map[string][][]string{}
	seen := map[string]bool{}
	for _, d := range docs {
		for _, s := range d {
			for _, sp := range nlp.BIOSpans(s.Tags) {
				typ := sp.Type
				if typ == "PER" {
					typ = "PERSON"
				}
				ws := s.Words[sp.Start:sp.End]
				k := typ + "\t" + strings.Join(ws, " ")
				if seen[k] || len(ws) > 4 || !startsUpper(ws[0]) {
					continue
				}
				seen[k] = true
				out[typ] = append(out[typ], ws)
			}
		}
	}
	return out
}

func startsUpper(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// tables makes n documents of sports results as news wires print them:
// scores, standings and placings. The teams are organisations and places
// of the training corpora (a place in a score line names its team, an
// organisation), the riders and scorers their people.
func tables(nm map[string][][]string, n int, rng *rand.Rand) []bioDoc {
	orgs, places, people := nm["ORG"], append(append([][]string(nil), nm["GPE"]...), nm["LOC"]...), nm["PERSON"]
	if len(orgs) == 0 || len(places) == 0 || len(people) == 0 {
		return nil
	}
	var out []bioDoc
	pick := func(l [][]string) []string { return l[rng.Intn(len(l))] }
	num := func(hi int) string { return fmt.Sprint(rng.Intn(hi)) }
	for k := 0; k < n; k++ {
		caps := rng.Intn(4) == 0
		var doc bioDoc
		var s bioSentence
		add := func(words []string, typ string) {
			for i, w := range words {
				if caps {
					w = strings.ToUpper(w)
				}
				t := "O"
				if typ != "" {
					t = "I-" + typ
					if i == 0 {
						t = "B-" + typ
					}
				}
				s.Words = append(s.Words, w)
				s.Tags = append(s.Tags, t)
			}
		}
		team := func() {
			if rng.Intn(2) == 0 {
				add(pick(orgs), "ORG")
			} else {
				add(pick(places), "ORG")
			}
		}
		format := rng.Intn(5)
		lines := 4 + rng.Intn(12)
		if rng.Intn(10) < 7 {
			// a dateline: the place the story was filed from
			s = bioSentence{}
			c := caps
			caps = rng.Intn(4) != 0
			add(pick(places), "LOC")
			caps = c
			switch rng.Intn(3) {
			case 0:
				add([]string{fmt.Sprintf("%d-%02d-%02d", 1990+rng.Intn(30), 1+rng.Intn(12), 1+rng.Intn(28))}, "")
			case 1:
				add([]string{months[rng.Intn(12)], fmt.Sprint(1 + rng.Intn(28))}, "")
			default:
				add([]string{"(", "Reuters", ")", "-"}, "")
			}
			doc = append(doc, s)
		}
		for l := 0; l < lines; l++ {
			s = bioSentence{}
			switch format {
			case 0: // score line
				team()
				add([]string{num(6)}, "")
				team()
				add([]string{num(6)}, "")
			case 1: // standings
				team()
				for c := 0; c < 7; c++ {
					add([]string{num(30)}, "")
				}
			case 2: // innings
				team()
				add([]string{num(400), "and", num(300)}, "")
				add([]string{","}, "")
				team()
				add([]string{num(400), "and", num(100), "-", num(10)}, "")
				add([]string{"."}, "")
			case 3: // win-loss
				team()
				add([]string{num(90), num(90), fmt.Sprintf(".%03d", rng.Intn(1000)), num(30)}, "")
			case 4: // placings
				add([]string{fmt.Sprintf("%d.", l+1)}, "")
				add(pick(people), "PERSON")
				add([]string{"("}, "")
				add(pick(places), "LOC")
				add([]string{")"}, "")
				team()
				if l > 0 {
					add([]string{num(60), "seconds", "behind"}, "")
				}
			}
			doc = append(doc, s)
		}
		out = append(out, doc)
	}
	return out
}

var months = []string{"Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"}

// matchReports makes n short documents of sports reporting in running
// text, where a club named after its town or county is an organisation
// ("Surrey beat Kent", "Leeds striker X", "title rivals Essex and Derbyshire").
// The corpora have almost none, so without them every such club reads as
// the place. Teams are the corpora's organisations and their places that
// the lexicon does not list as countries or capitals (national sides keep
// their place type in every annotation scheme), players their people.
func matchReports(nm map[string][][]string, n int, isCountry func([]string) bool, rng *rand.Rand) []bioDoc {
	var places [][]string
	for _, p := range append(append([][]string(nil), nm["GPE"]...), nm["LOC"]...) {
		if !isCountry(p) {
			places = append(places, p)
		}
	}
	orgs, people := nm["ORG"], nm["PERSON"]
	if len(orgs) == 0 || len(places) == 0 || len(people) == 0 {
		return nil
	}
	pick := func(l [][]string) []string { return l[rng.Intn(len(l))] }
	var out []bioDoc
	for k := 0; k < n; k++ {
		// A few teams per report, used again and again as real reports do.
		teams := make([][]string, 2+rng.Intn(3))
		for i := range teams {
			if rng.Intn(3) == 0 {
				teams[i] = pick(orgs)
			} else {
				teams[i] = pick(places)
			}
		}
		caps := rng.Intn(5) == 0
		var doc bioDoc
		for l, lines := 0, 3+rng.Intn(5); l < lines; l++ {
			var s bioSentence
			tmpl := reportTemplates[rng.Intn(len(reportTemplates))]
			for _, w := range strings.Fields(tmpl) {
				var words []string
				typ := ""
				switch w {
				case "T1", "T2", "T3":
					words, typ = teams[(int(w[1]-'1'))%len(teams)], "ORG"
				case "P":
					words, typ = pick(people), "PERSON"
				case "N":
					words = []string{fmt.Sprint(1 + rng.Intn(400))}
				case "S":
					words = []string{fmt.Sprintf("%d-%d", rng.Intn(6), rng.Intn(6))}
				case "D":
					words = []string{days[rng.Intn(len(days))]}
				default:
					words = []string{w}
				}
				for i, x := range words {
					if caps && l == 0 {
						x = strings.ToUpper(x)
					}
					t := "O"
					if typ != "" {
						t = "I-" + typ
						if i == 0 {
							t = "B-" + typ
						}
					}
					s.Words = append(s.Words, x)
					s.Tags = append(s.Tags, t)
				}
			}
			doc = append(doc, s)
		}
		out = append(out, doc)
	}
	return out
}

var days = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// reportTemplates are sentence shapes of match reports: T1-T3 teams, P a
// player, N a number, S a score, D a day.
var reportTemplates = []string{
	"T1 beat T2 S on D .",
	"T1 beat T2 by N runs .",
	"T1 drew S with T2 in the league on D .",
	"T2 lost S at home to T1 .",
	"T1 captain P scored N as T1 closed on N for N .",
	"T1 striker P scored twice in their S win over T2 .",
	"P , who joined T1 from T2 last season , was sent off .",
	"Title rivals T1 , T2 and T3 all won on D .",
	"T1 and T2 both face tense finishes on D .",
	"T2 , who thrashed T3 by an innings , can take the day off .",
	"T1 coach P said his side deserved the win against T2 .",
	"The defeat left T2 N points behind leaders T1 .",
	"T3 moved to the top of the table after beating T1 S .",
	"P made N not out for T1 against T2 .",
	"T1 have signed P from T3 for an undisclosed fee .",
	"T2 manager P was fined after the match against T1 .",
	"T1 's S victory over T2 was their first since D .",
	"T1 v T2 ( D )",
}
