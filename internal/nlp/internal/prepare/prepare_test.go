package main

import (
	"reflect"
	"strings"
	"testing"
)

// sent builds a sentence from "form/UPOS/head/deprel" items (ids 1..n).
func sent(t *testing.T, items ...string) []gumTok {
	t.Helper()
	var s []gumTok
	for i, it := range items {
		p := strings.Split(it, "/")
		if len(p) != 4 {
			t.Fatalf("bad item %q", it)
		}
		h := 0
		for _, c := range p[2] {
			h = h*10 + int(c-'0')
		}
		s = append(s, gumTok{id: i + 1, form: p[0], upos: p[1], head: h, deprel: p[3]})
	}
	return s
}

const testCountries = `[
 {"name": {"common": "France", "official": "French Republic"}, "altSpellings": ["FR", "République française"],
  "capital": ["Paris"], "demonyms": {"eng": {"f": "French", "m": "French"}}},
 {"name": {"common": "Afghanistan", "official": "Islamic Republic of Afghanistan"}, "altSpellings": ["AF"],
  "capital": ["Kabul"], "demonyms": {"eng": {"f": "Afghan", "m": "Afghan"}}}
]`

func testGazetteer(t *testing.T) *gazetteer {
	g, err := newGazetteer([]byte(testCountries))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestTrimAndRefine(t *testing.T) {
	g := testGazetteer(t)
	tests := []struct {
		name  string
		s     []gumTok
		a, b  int
		et    string
		want  string // span after trimSpan and refine; "" when rejected
		named bool
	}{
		{"determiner", sent(t, "the/DET/3/det", "United/PROPN/3/amod", "States/PROPN/0/root"), 0, 2, "place", "United States", true},
		{"possessor", sent(t, "Mecca/PROPN/4/nmod:poss", "'s/PART/1/case", "Grand/PROPN/4/amod", "Mosque/PROPN/0/root"), 0, 3, "place", "Grand Mosque", true},
		{"lowercase modifier", sent(t, "modern/ADJ/3/amod", "Mexico/PROPN/3/compound", "City/PROPN/0/root"), 0, 2, "place", "Mexico City", true},
		{"title", sent(t, "President/PROPN/3/compound", "Barack/PROPN/3/compound", "Obama/PROPN/0/root"), 0, 2, "person", "Barack Obama", true},
		{"apposition", sent(t, "Obama/PROPN/0/root", ",/PUNCT/4/punct", "the/DET/4/det", "president/NOUN/1/appos"), 0, 3, "person", "Obama", true},
		{"trailing possessive", sent(t, "Google/PROPN/0/root", "'s/PART/1/case"), 0, 1, "organization", "Google", true},
		{"pronoun", sent(t, "she/PRON/0/root"), 0, 0, "person", "", false},
		{"common noun", sent(t, "the/DET/2/det", "team/NOUN/0/root"), 0, 1, "organization", "", false},
	}
	for _, tc := range tests {
		a, b := trimSpan(tc.s, tc.a, tc.b)
		named := a <= b && isNamed(tc.s, a, b, "")
		if named != tc.named {
			t.Errorf("%s: isNamed = %v, want %v", tc.name, named, tc.named)
			continue
		}
		if !named {
			continue
		}
		got := ""
		if a, b, ok := g.refine(tc.s, a, b, tc.et); ok {
			got = strings.Join(forms(tc.s, a, b), " ")
		}
		if got != tc.want {
			t.Errorf("%s: span %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestEntityType(t *testing.T) {
	g := testGazetteer(t)
	tests := []struct {
		et, ident, text, want string
	}{
		{"person", "", "Barack Obama", "PERSON"},
		{"person", "", "Afghans", "NORP"},
		{"organization", "", "Democrats", "NORP"},
		{"organization", "", "France", "GPE"},
		{"organization", "Google", "Google", "ORG"},
		{"abstract", "", "French", "NORP"},
		{"abstract", "", "English", "MISC"},
		{"object", "YouTube", "YouTube", "MISC"},
		{"event", "", "World War II", "EVENT"},
		{"place", "", "Paris", "GPE"},
		{"place", "Portland,_Oregon", "Portland", "GPE"},
		{"place", "Paris_(Texas)", "Paris", "GPE"},
		{"place", "Kingdom_of_Hawaii", "Hawaii Kingdom", "GPE"},
		{"place", "", "Penn Station", "FAC"},
		{"place", "%C5%81%C3%B3d%C5%BA", "Łódź", "LOC"},
		{"place", "", "Grand Canyon", "LOC"},
	}
	for _, tc := range tests {
		if got := g.entityType(tc.et, tc.ident, strings.Fields(tc.text)); got != tc.want {
			t.Errorf("entityType(%s, %q, %q) = %s, want %s", tc.et, tc.ident, tc.text, got, tc.want)
		}
	}
}

func TestGUMSentence(t *testing.T) {
	g := testGazetteer(t)
	s := sent(t, "The/DET/3/det", "Afghan/ADJ/3/amod", "team/NOUN/5/nsubj", "visited/VERB/0/root", "Paris/PROPN/4/obj")
	s[0].ent = "(1-organization-new-sssss-cf1-3-coref-Afghan_Girls_Robotics_Team"
	s[2].ent = "1)"
	s[4].ent = "(2-place-new-sssss-cf2-1-coref-Paris)"
	ms, err := gumMentions([][]gumTok{s})
	if err != nil {
		t.Fatal(err)
	}
	wantM := []mention{{0, 2, "organization", "Afghan_Girls_Robotics_Team"}, {4, 4, "place", "Paris"}}
	if !reflect.DeepEqual(ms[0], wantM) {
		t.Fatalf("mentions %v, want %v", ms[0], wantM)
	}
	want := []string{"O", "B-NORP", "O", "O", "B-GPE"}
	if got := g.convertSentence(s, ms[0]); !reflect.DeepEqual(got, want) {
		t.Errorf("tags %v, want %v", got, want)
	}
}

func TestIOB1ToBIO(t *testing.T) {
	tests := []struct{ in, want string }{
		{"I-PERSON I-PERSON O I-LOC", "B-PERSON I-PERSON O B-LOC"},
		{"I-ORG B-ORG I-ORG", "B-ORG B-ORG I-ORG"},
		{"I-ORG I-LOC", "B-ORG B-LOC"},
		{"O I-MISC O", "O B-MISC O"},
		{"B-PERSON I-PERSON", "B-PERSON I-PERSON"},
	}
	for _, tc := range tests {
		if got := strings.Join(iob1ToBIO(strings.Fields(tc.in)), " "); got != tc.want {
			t.Errorf("iob1ToBIO(%s) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestWikigoldLine(t *testing.T) {
	var tags []string
	for _, raw := range []string{"I-PER", "I-PER", "O", "B-MISC", "I-MISC"} {
		tag, err := wikigoldTag(raw)
		if err != nil {
			t.Fatal(err)
		}
		tags = append(tags, tag)
	}
	want := "B-PERSON I-PERSON O B-MISC I-MISC"
	if got := strings.Join(iob1ToBIO(tags), " "); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestJoinAtMentions(t *testing.T) {
	tests := []struct{ toks, in, want string }{
		{"@ BBCNews says", "B-ORG B-ORG O", "B-ORG I-ORG O"},
		{"@ bob and @ alice", "B-PER B-PER O B-PER B-PER", "B-PER I-PER O B-PER I-PER"},
		{"@ bob", "B-PER B-ORG", "B-PER B-ORG"}, // different types: left alone
		{"@ bob", "O B-PER", "O B-PER"},         // untagged @
		{"@bob hi", "O O", "O O"},               // unsplit handle
		{"@ @ bob", "B-PER B-PER B-PER", "B-PER I-PER B-PER"},
	}
	for _, tc := range tests {
		tags := strings.Fields(tc.in)
		joinAtMentions(strings.Fields(tc.toks), tags)
		if got := strings.Join(tags, " "); got != tc.want {
			t.Errorf("joinAtMentions(%q, %s) = %s, want %s", tc.toks, tc.in, got, tc.want)
		}
	}
}

func TestMapTags(t *testing.T) {
	tests := []struct {
		in, want string
		m        map[string]string
	}{
		{"B-PER I-PER O B-OTH I-OTH", "B-PERSON I-PERSON O O O", mapUNER},
		{"I-LOC B-ORG", "B-LOC B-ORG", mapUNER},
		{"B-group I-group B-creative-work", "B-ORG I-ORG B-MISC", mapWNUT},
	}
	for _, tc := range tests {
		got, err := mapTags(strings.Fields(tc.in), tc.m)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("mapTags(%s) = %v, want %s", tc.in, got, tc.want)
		}
	}
}

func TestUNEROldTags(t *testing.T) {
	got := strings.Join(unerOldTags(strings.Fields("B-O O B-PER I-PER B-OTH I-OTH I-LOC I-ORG")), " ")
	want := "O O B-PERSON I-PERSON O O B-LOC B-ORG"
	if got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestCleanToken(t *testing.T) {
	for in, want := range map[string]string{"a\tb": "ab", " x ": "x", "\u00a0": "_", "New York": "NewYork", "ok": "ok"} {
		if got := cleanToken(in); got != want {
			t.Errorf("cleanToken(%q) = %q, want %q", in, got, want)
		}
	}
}
