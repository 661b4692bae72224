package cameo

import "testing"

func TestLookup(t *testing.T) {
	tab, err := New()
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	tests := []struct {
		verb string
		next []string
		want string
	}{
		{"impose", []string{"sanctions", "on"}, "163"},
		{"impose", nil, "170"},
		{"sanction", nil, "163"},
		{"criticize", nil, "111"},
		{"criticise", nil, "111"},
		{"praise", nil, "051"},
		{"visit", nil, "042"},
		{"cut", []string{"off", "financing", "to"}, "160"},
		{"cut", []string{"ties"}, "160"},
		{"threaten", nil, "130"},
		// a pattern's plural noun is found by its lemma, as the rules pass it
		{"press", []string{"charge", "against"}, "173"},
		{"press", []string{"charges", "against"}, "173"},
		{"begin", []string{"talk", "with"}, "046"},
		{"join", []string{"force", "with"}, "060"},
		{"confide", []string{"in"}, "010"},             // a word in private, not diplomatic cooperation (050)
		{"express", []string{"support", "for"}, "051"}, // praise, not "express" alone (110, disapprove)
		{"show", []string{"solidarity", "with"}, "051"},
		{"murder", nil, "180"}, // a crime, not conventional military force (190)
	}
	for _, tc := range tests {
		c, ok := tab.Lookup(tc.verb, tc.next...)
		if !ok || c.Code != tc.want {
			t.Errorf("Lookup(%q, %q) = %q, %v; want %q", tc.verb, tc.next, c.Code, ok, tc.want)
			continue
		}
		if c.Label == "" {
			t.Errorf("Lookup(%q): code %s has no label", tc.verb, c.Code)
		}
	}
	if c, ok := tab.Noun("sanctions"); !ok || c.Code != "163" || c.Goldstein >= 0 {
		t.Errorf("Noun(sanctions) = %+v, %v; want 163 with a negative Goldstein value", c, ok)
	}
	if _, ok := tab.Lookup("blorf"); ok {
		t.Errorf("Lookup(blorf): found, want nothing")
	}
}

// TestGenericVerbs: a verb too general to code alone codes only through a
// pattern of the supplement or the dictionary.
func TestGenericVerbs(t *testing.T) {
	tab, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		verb string
		next []string
		want string // "" for no code
	}{
		{"take", nil, ""},
		{"join", nil, ""},
		{"sign", nil, ""},
		{"rule", []string{"against"}, ""}, // a court's ruling, a governing: no cooperation (060)
		{"sign", []string{"agreement"}, "057"},
		{"make", []string{"trip", "to"}, "042"},
		{"hold", []string{"call", "with"}, "041"},
		{"make", []string{"call", "to"}, "041"},
		{"hold", []string{"talks", "with"}, "040"},
		{"criticize", nil, "111"},
		{"enlist", nil, ""},  // "enlisted in the Royal Navy": a career, no cooperation (060)
		{"benefit", nil, ""}, // "the EU benefits Germany": an effect, no act
		{"conduct", nil, ""}, // "conducted Bellini's Norma": music, no cooperation
		{"conduct", []string{"operation"}, "190"},
	}
	for _, tc := range tests {
		c, ok := tab.Lookup(tc.verb, tc.next...)
		got := ""
		if ok {
			got = c.Code
		}
		if got != tc.want {
			t.Errorf("Lookup(%q, %q) = %q, want %q", tc.verb, tc.next, got, tc.want)
		}
	}
}
