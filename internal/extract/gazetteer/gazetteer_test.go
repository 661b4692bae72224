package gazetteer

import (
	"strings"
	"testing"
)

func newTest(t *testing.T) *Gazetteer {
	t.Helper()
	common := map[string]bool{"reading": true, "male": true, "shell": true}
	g, err := New(strings.Fields, func(w string) bool { return common[w] })
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return g
}

func TestLookup(t *testing.T) {
	g := newTest(t)
	tests := []struct {
		text     string
		wantName string
		wantN    int
		kind     Kind
	}{
		{"China said", "China", 1, KindName},
		{"Beijing said", "China", 1, KindName},
		{"North Korean troops", "North Korea", 2, KindDemonym},
		{"North Koreans", "North Korea", 2, KindDemonym},
		{"Downing Street said", "United Kingdom", 2, KindName},
		{"US officials", "United States", 1, KindName},
		{"UN Security Council resolutions", "UN Security Council", 3, KindName},
		{"Lib Dems", "Liberal Democrats", 2, KindName},
		{"Xi Jinping", "Xi Jinping", 2, KindName},
		{"Kazakh officials", "Kazakhstan", 1, KindDemonym}, // curated demonyms the country data lacks
		{"Bosnian Serbs", "Bosnia and Herzegovina", 1, KindDemonym},
		{"Azeri oil", "Azerbaijan", 1, KindDemonym},
		{"Astana said", "Kazakhstan", 1, KindName}, // the generated aliases stay
		{"AT&T said", "AT&T", 1, KindName},         // initials joined by & keep their case (not "At&t")
		{"Fla. said", "Florida", 1, KindName},      // a hand-kept state named like a first name, and its abbreviation
		{"Virginia said", "Virginia", 1, KindName},
		{"Ga. said", "Georgia", 1, KindName},                                       // the US state's AP abbreviation (the country keeps "Georgia")
		{"Federal Trade Commission said", "Federal Trade Commission", 3, KindName}, // no alias of another agency filed under the same code
		{"Royal Air Force said", "Royal Air Force", 3, KindName},
		{"Nato said", "NATO", 1, KindName}, // an alias spelt in mixed case beside the acronym: both match
		{"Opec said", "Organization of the Petroleum Exporting Countries", 1, KindName},
	}
	for _, tc := range tests {
		m, ok := g.Lookup(strings.Fields(tc.text), 0)
		if !ok {
			t.Errorf("Lookup(%q): no match, want %q", tc.text, tc.wantName)
			continue
		}
		if m.Entry.Name != tc.wantName || m.N != tc.wantN || m.Kind != tc.kind {
			t.Errorf("Lookup(%q) = %q/%d/%d, want %q/%d/%d", tc.text, m.Entry.Name, m.N, m.Kind, tc.wantName, tc.wantN, tc.kind)
		}
	}
}

// TestCountryBlocksNoOrg: a country's own block in the Phoenix actors
// ("RUSSIAN_FEDERATION_", whose names are its regions and cities) makes no
// organisation of its names.
func TestCountryBlocksNoOrg(t *testing.T) {
	g := newTest(t)
	for _, text := range []string{"Vladimir said", "Federation of Saint Kitts and Nevis said", "Tambov said"} {
		if m, ok := g.Lookup(strings.Fields(text), 0); ok && m.Entry.Type == "ORG" {
			t.Errorf("Lookup(%q) = organisation %q", text, m.Entry.Name)
		}
	}
}

func TestLookupCase(t *testing.T) {
	g := newTest(t)
	for _, text := range []string{"us", "china", "beijing", "chinese", "Reading", "nato", "Us"} {
		if m, ok := g.Lookup(strings.Fields(text), 0); ok {
			t.Errorf("Lookup(%q) = %q, want no match", text, m.Entry.Name)
		}
	}
	for _, text := range []string{"CHINA", "WASHINGTON"} {
		if _, ok := g.Lookup(strings.Fields(text), 0); !ok {
			t.Errorf("Lookup(%q): no match, want one (upper-case headline)", text)
		}
	}
}

func TestNames(t *testing.T) {
	g := newTest(t)
	if !g.IsFirstName("Susan") || g.Gender("Susan") != 'f' || g.Gender("John") != 'm' {
		t.Errorf("first names: Susan %v/%c, John %c", g.IsFirstName("Susan"), g.Gender("Susan"), g.Gender("John"))
	}
	if g.IsFirstName("Houston") && g.Gender("Houston") == 0 {
		t.Errorf("IsFirstName(Houston) from a place")
	}
	if e, ok := g.Entry("GPE", "china"); !ok || e.Name != "China" {
		t.Errorf("Entry(GPE, china) = %v, %v", e, ok)
	}
}

// TestCuratedAliasIsOneEntry: a generated entry named by a curated
// entry's alias is the curated entry, so a person's country written that
// way ("Türkiye" for Erdogan) is the country the text names ("Turkey");
// every person's country is a known state.
func TestCuratedAliasIsOneEntry(t *testing.T) {
	g := newTest(t)
	tr, ok := g.Entry("GPE", "Turkey")
	if !ok {
		t.Fatal("no Turkey")
	}
	if e, ok := g.Entry("GPE", "Türkiye"); !ok || e != tr {
		t.Errorf("Türkiye = %+v, want the curated %+v", e, tr)
	}
	missing := map[string]bool{}
	for _, e := range g.byName {
		if e.Type != "PERSON" || e.Affiliation == "" {
			continue
		}
		if _, ok := g.Entry("GPE", e.Affiliation); !ok {
			missing[e.Affiliation] = true
		}
	}
	if len(missing) > 0 {
		t.Errorf("person countries not in the gazetteer: %v", missing)
	}
}

// TestSharedDemonym: a demonym two states share matches neither in Lookup
// but is told with both; one state's own demonym is no shared one (guard).
func TestSharedDemonym(t *testing.T) {
	g := newTest(t)
	if _, ok := g.Lookup([]string{"Congolese", "troops"}, 0); ok {
		t.Errorf("Lookup(Congolese) matched; want no match for a shared demonym")
	}
	n, shared := g.SharedDemonym([]string{"Congolese", "troops"}, 0)
	var names []string
	for _, e := range shared {
		names = append(names, e.Name)
	}
	if n != 1 || len(shared) != 2 || !strings.Contains(strings.Join(names, "|"), "DR Congo") {
		t.Errorf("SharedDemonym(Congolese) = %d, %v; want 1 and the Congo and the DR Congo", n, names)
	}
	if n, _ := g.SharedDemonym([]string{"Kenyan", "troops"}, 0); n != 0 {
		t.Errorf("SharedDemonym(Kenyan) = %d; want 0", n)
	}
}
