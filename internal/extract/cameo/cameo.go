package cameo

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

//go:embed cameo.tsv
var generated string

//go:embed supplement.tsv
var supplement string

// Code is one CAMEO event type.
type Code struct {
	Code      string
	Label     string
	Goldstein float64
}

// Table maps verbs (and verb + next word) to CAMEO codes. It is read-only
// after New and safe for concurrent use.
type Table struct {
	codes map[string]Code
	verbs map[string]string
	pats  map[string]string
	nouns map[string]string
	// generic verbs code only through a pattern
	generic map[string]bool
}

// New parses the embedded tables.
func New() (*Table, error) {
	t := &Table{codes: map[string]Code{}, verbs: map[string]string{}, pats: map[string]string{}, nouns: map[string]string{}, generic: map[string]bool{}}
	// The supplement goes first: its entries win.
	for _, src := range []string{supplement, generated} {
		for n, line := range strings.Split(src, "\n") {
			if line == "" || line[0] == '#' {
				continue
			}
			f := strings.Split(line, "\t")
			switch {
			case f[0] == "c" && len(f) == 4:
				g, err := strconv.ParseFloat(f[2], 64)
				if err != nil {
					return nil, fmt.Errorf("cameo.New line %d: %w", n+1, err)
				}
				t.codes[f[1]] = Code{Code: f[1], Label: cleanLabel(f[3]), Goldstein: g}
			case f[0] == "v" && len(f) == 3:
				if _, ok := t.verbs[f[1]]; !ok {
					t.verbs[f[1]] = f[2]
				}
			case f[0] == "p" && len(f) == 4:
				k := f[1] + " " + f[2]
				if _, ok := t.pats[k]; !ok {
					t.pats[k] = f[3]
				}
				// the rules look a pattern's noun up by its lemma: "press
				// charges" is found as "press charge"
				if one := singular(f[2]); one != f[2] {
					if _, ok := t.pats[f[1]+" "+one]; !ok {
						t.pats[f[1]+" "+one] = f[3]
					}
				}
			case f[0] == "n" && len(f) == 3:
				t.nouns[f[1]] = f[2]
			case f[0] == "g" && len(f) == 2:
				t.generic[f[1]] = true
			default:
				return nil, fmt.Errorf("cameo.New line %d: bad line %q", n+1, line)
			}
		}
	}
	return t, nil
}

// singular returns the singular of a plural noun of the tables ("talks",
// "charges", "atrocities"), or the word itself.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") || len(w) < 4:
		return w
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

func cleanLabel(s string) string {
	s = strings.TrimSpace(s)
	if strings.ToUpper(s) == s {
		s = strings.ToUpper(s[:1]) + strings.ToLower(s[1:])
	}
	return s
}

// Lookup types a predicate given as a verb lemma and the lemmas of the words
// that follow it in the predicate ("impose" + "sanction", "on"). It tries
// verb+word patterns first, then the verb alone unless it is too general to
// code alone (a "g" line of the supplement: take, come, join, sign, ...).
func (t *Table) Lookup(verb string, next ...string) (Code, bool) {
	if c, ok := t.pattern(verb, next); ok {
		return c, true
	}
	if t.generic[verb] {
		return Code{}, false // "take Britain forward": too general to code alone
	}
	if c, ok := t.verbs[verb]; ok {
		return t.code(c)
	}
	return Code{}, false
}

// HasPattern reports whether the table has a pattern for verb and one of
// next ("carry out", "conduct operation"): Lookup would not fall back to
// the bare verb's code.
func (t *Table) HasPattern(verb string, next ...string) bool {
	_, ok := t.pattern(verb, next)
	return ok
}

// pattern is Lookup by the verb's patterns alone.
func (t *Table) pattern(verb string, next []string) (Code, bool) {
	for _, w := range next {
		if c, ok := t.pats[verb+" "+w]; ok {
			return t.code(c)
		}
	}
	return Code{}, false
}

// Noun types an event noun ("sanctions", "talks", "visit").
func (t *Table) Noun(noun string) (Code, bool) {
	if c, ok := t.nouns[noun]; ok {
		return t.code(c)
	}
	return Code{}, false
}

// Get returns the code with its label and Goldstein value.
func (t *Table) Get(code string) (Code, bool) { return t.code(code) }

func (t *Table) code(c string) (Code, bool) {
	if x, ok := t.codes[c]; ok {
		return x, true
	}
	// Codes missing from the label table fall back to their parent.
	for len(c) > 2 {
		c = c[:len(c)-1]
		if x, ok := t.codes[c]; ok {
			return Code{Code: c, Label: x.Label, Goldstein: x.Goldstein}, true
		}
	}
	return Code{}, false
}
