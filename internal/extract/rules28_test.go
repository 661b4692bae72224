package extract

import "testing"

// TestWordOpensFirm: a name opened by a given name of no known gender that
// is also a word ("Sun") is the firm the recogniser reads, not a person;
// a man's name that is a word ("Peter") and a given name after the word
// ("First Mark Cueto" at a sentence's start) stay people (guards).
func TestWordOpensFirm(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Business\n\nSun Microsystems cut the prices of its servers on Monday.", "Sun Microsystems", TypeOrg},
		{"Film\n\nPeter Sellers starred in the film, which opened in 1964.", "Peter Sellers", TypePerson},
	})
}
