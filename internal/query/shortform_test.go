package query

import (
	"fmt"
	"maps"
	"slices"
	"testing"
)

// shortCase is a corpus in counts: full names with how many documents name
// each, and documents naming the short form alone.
type shortCase struct {
	name    string
	short   string
	full    map[string]int // ID -> documents naming it (each alone, with a place of its own)
	shorts  int            // documents naming short
	context bool           // the short documents name a place one document of the first full name names
	manual  map[string]string
	apart   map[string][]string
	aliases map[string]string // full ID -> alias its documents give
	want    string            // what short is linked to, "" for nothing
}

var shortCases = []shortCase{
	{name: "one prominent full name", short: "person/blair",
		full: map[string]int{"person/tony-blair": 5}, shorts: 2, context: true, want: "person/tony-blair"},
	{name: "too few documents", short: "person/blair",
		full: map[string]int{"person/tony-blair": shortMinDocs - 1}, shorts: 1, context: true},
	{name: "ambiguous: rival above a tenth", short: "person/blair",
		full: map[string]int{"person/tony-blair": 9, "person/cherie-blair": 1}, shorts: 1, context: true},
	{name: "rival at a tenth", short: "person/blair",
		full: map[string]int{"person/tony-blair": 10, "person/cherie-blair": 1}, shorts: 1, context: true, want: "person/tony-blair"},
	{name: "two prominent: Andy and Jason Robinson", short: "person/robinson",
		full: map[string]int{"person/andy-robinson": 28, "person/jason-robinson": 15}, shorts: 1, context: true},
	{name: "initial and middle name count with the full name", short: "person/bush",
		full:   map[string]int{"person/george-w-bush": 6, "person/george-bush": 3, "person/g-bush": 1, "person/kate-bush": 1},
		shorts: 1, context: true, want: "person/george-w-bush"},
	{name: "mostly a given name: Charles", short: "person/charles",
		full: map[string]int{"person/ray-charles": 5, "person/charles-kennedy": 4, "person/charles-clarke": 3}, shorts: 1, context: true},
	{name: "no shared context: Potter in a line-up", short: "person/potter",
		full: map[string]int{"person/harry-potter": 20}, shorts: 1, context: false},
	{name: "organisations are not linked by last word", short: "org/blair",
		full: map[string]int{"org/tony-blair": 5}, shorts: 1, context: true},
	{name: "analyst split wins", short: "person/blair",
		full: map[string]int{"person/tony-blair": 5}, shorts: 1, context: true,
		apart: map[string][]string{"person/blair": {"person/tony-blair"}}},
	{name: "analyst split of another name does not matter", short: "person/blair",
		full: map[string]int{"person/tony-blair": 5}, shorts: 1, context: true,
		apart: map[string][]string{"person/blair": {"person/ian-blair"}}, want: "person/tony-blair"},
	{name: "analyst merge of the short form wins", short: "person/blair",
		full: map[string]int{"person/tony-blair": 5, "person/cherie-blair": 3}, shorts: 1, context: true,
		manual: map[string]string{"person/blair": "person/cherie-blair"}},
	{name: "a short form an analyst merged others into stays", short: "person/blair",
		full: map[string]int{"person/tony-blair": 5}, shorts: 1, context: true,
		manual: map[string]string{"person/mr-b": "person/blair"}},
	{name: "candidates an analyst merged count as one", short: "person/blair",
		full: map[string]int{"person/tony-blair": 5, "person/anthony-blair": 4}, shorts: 1, context: true,
		manual: map[string]string{"person/anthony-blair": "person/tony-blair"}, want: "person/tony-blair"},
	{name: "linked to the entity the full name is merged into", short: "person/blair",
		full: map[string]int{"person/tony-blair": 5}, shorts: 1, context: true,
		manual: map[string]string{"person/tony-blair": "person/tony-blair-mp"}, want: "person/tony-blair-mp"},
	{name: "acronym given for one organisation", short: "org/iaaf",
		full:    map[string]int{"org/international-association-of-athletics-federations": 1, "org/iaaf-council": 2},
		aliases: map[string]string{"org/international-association-of-athletics-federations": "IAAF"},
		shorts:  1, want: "org/international-association-of-athletics-federations"},
	{name: "acronym with full stops, all initials", short: "org/lse",
		full:    map[string]int{"org/london-stock-exchange": 1},
		aliases: map[string]string{"org/london-stock-exchange": "L.S.E."},
		shorts:  1, want: "org/london-stock-exchange"},
	{name: "acronym given for two organisations", short: "org/bsa",
		full: map[string]int{"org/building-societies-association": 3, "org/business-software-alliance": 1},
		aliases: map[string]string{"org/building-societies-association": "BSA",
			"org/business-software-alliance": "BSA"}, shorts: 1},
	{name: "two given the acronym merged by an analyst", short: "org/bsa",
		full: map[string]int{"org/building-societies-association": 3, "org/building-society-association": 1},
		aliases: map[string]string{"org/building-societies-association": "BSA",
			"org/building-society-association": "BSA"}, shorts: 1,
		manual: map[string]string{"org/building-society-association": "org/building-societies-association"},
		want:   "org/building-societies-association"},
	{name: "alias that does not spell the name", short: "org/ec",
		full: map[string]int{"org/european-union": 3}, aliases: map[string]string{"org/european-union": "EC"}, shorts: 1},
	{name: "alias in lower case", short: "org/lse",
		full: map[string]int{"org/london-stock-exchange": 1}, aliases: map[string]string{"org/london-stock-exchange": "Lse"}, shorts: 1},
	{name: "a person typed an organisation in a few documents", short: "org/joss-stone",
		full: map[string]int{"person/joss-stone": 9}, shorts: 2, want: "person/joss-stone"},
	{name: "a club typed a person once", short: "person/bayer-leverkusen",
		full: map[string]int{"org/bayer-leverkusen": typeMinDocs}, shorts: 1, want: "org/bayer-leverkusen"},
	{name: "no clear majority of types", short: "org/mercedes-benz",
		full: map[string]int{"person/mercedes-benz": 2*typeRatio - 1}, shorts: 2},
	{name: "too few documents for a type", short: "org/mardy-fish",
		full: map[string]int{"person/mardy-fish": typeMinDocs - 1}, shorts: 1},
	{name: "a one-word name keeps its types", short: "person/chelsea",
		full: map[string]int{"org/chelsea": 60}, shorts: 1},
	{name: "analyst split of a type conflict wins", short: "org/joss-stone",
		full: map[string]int{"person/joss-stone": 9}, shorts: 1,
		apart: map[string][]string{"org/joss-stone": {"person/joss-stone"}}},
	{name: "analyst split of an acronym wins", short: "org/lse",
		full: map[string]int{"org/london-stock-exchange": 1}, aliases: map[string]string{"org/london-stock-exchange": "LSE"}, shorts: 1,
		apart: map[string][]string{"org/lse": {"org/london-stock-exchange"}}},
}

// build indexes the case's documents in order.
func (c shortCase) docs() []*docData {
	var out []*docData
	doc := func(id string, ents ...string) {
		d := &docData{id: id, complete: true, ents: map[string]*entContrib{}}
		for _, e := range ents {
			d.ents[e] = &entContrib{name: e, mentions: 1}
			if a := c.aliases[e]; a != "" {
				d.ents[e].aliases = []string{a}
			}
		}
		out = append(out, d)
	}
	ids := slices.Sorted(maps.Keys(c.full))
	top := ids[0]
	for _, id := range ids {
		if c.full[id] > c.full[top] {
			top = id
		}
	}
	for _, id := range ids {
		for i := range c.full[id] {
			doc(fmt.Sprintf("d/%s/%d", id, i), id, fmt.Sprintf("org/place-%s-%d", id, i))
		}
	}
	for i := range c.shorts {
		place := fmt.Sprintf("org/elsewhere-%d", i)
		if c.context {
			place = fmt.Sprintf("org/place-%s-%d", top, i%c.full[top])
		}
		doc(fmt.Sprintf("d/short/%d", i), c.short, place)
	}
	return out
}

func TestShortFormRule(t *testing.T) {
	for _, c := range shortCases {
		t.Run(c.name, func(t *testing.T) {
			ix := newIndex()
			for _, d := range c.docs() {
				ix.add(d)
			}
			manual := c.manual
			if manual == nil {
				manual = map[string]string{}
			}
			auto := ix.autoLinks(manual, c.apart)
			if got := auto[c.short]; got != c.want {
				t.Errorf("link of %s: got %q, want %q (all: %v)", c.short, got, c.want, auto)
			}
			for id, into := range auto {
				if id != c.short {
					t.Errorf("unexpected link %s -> %s", id, into)
				}
			}
		})
	}
}

// TestShortFormIncremental adds and removes the documents of each case one
// by one, recomputing the links of the short forms each touches (as
// Service.index does), and checks that the links always equal those
// computed from scratch: the result does not depend on the order.
func TestShortFormIncremental(t *testing.T) {
	for _, c := range shortCases {
		t.Run(c.name, func(t *testing.T) {
			manual := c.manual
			if manual == nil {
				manual = map[string]string{}
			}
			docs := c.docs()
			reversed := slices.Clone(docs)
			slices.Reverse(reversed)
			for _, order := range [][]*docData{docs, reversed} {
				ix := newIndex()
				ix.setLinks(links{manual: manual, auto: map[string]string{}, apart: c.apart})
				for _, d := range order {
					ix.add(d)
					auto, _ := ix.relinked(ix.links, shortKeys(rawIDs(d), acronymsOf(d)))
					ix.links.auto = auto
					if want := ix.autoLinks(manual, c.apart); !maps.Equal(auto, want) {
						t.Fatalf("after adding %s: incremental links %v, from scratch %v", d.id, auto, want)
					}
				}
				if got := ix.links.auto[c.short]; got != c.want {
					t.Errorf("link of %s after adding all: got %q, want %q", c.short, got, c.want)
				}
				for _, d := range order {
					ix.remove(d.id)
					auto, _ := ix.relinked(ix.links, shortKeys(rawIDs(d), acronymsOf(d)))
					ix.links.auto = auto
					if want := ix.autoLinks(manual, c.apart); !maps.Equal(auto, want) {
						t.Fatalf("after removing %s: incremental links %v, from scratch %v", d.id, auto, want)
					}
				}
				if len(ix.links.auto) != 0 || len(ix.names.docs) != 0 || len(ix.names.last) != 0 || len(ix.names.first) != 0 ||
					len(ix.names.acr) != 0 {
					t.Errorf("empty index keeps links %v, tallies %d %d %d %d", ix.links.auto,
						len(ix.names.docs), len(ix.names.last), len(ix.names.first), len(ix.names.acr))
				}
			}
		})
	}
}

// BenchmarkShortFormLinks computes every automatic link of an index of
// 4,400 documents naming 400 surnames (a full name in 10 documents each,
// a rival in 1, the surname alone in 1), as New and an analyst's merge
// or split do; each document indexed or removed recomputes only the
// surnames it names.
func BenchmarkShortFormLinks(b *testing.B) {
	ix := newIndex()
	n := 0
	doc := func(ents ...string) {
		d := &docData{id: fmt.Sprintf("d%d", n), complete: true, ents: map[string]*entContrib{}}
		n++
		for _, e := range ents {
			d.ents[e] = &entContrib{name: e, mentions: 1}
		}
		ix.add(d)
	}
	for i := range 400 {
		w := fmt.Sprintf("surname%d", i)
		for j := range 9 {
			doc("person/anna-"+w, fmt.Sprintf("org/club-%d-%d", i, j))
		}
		doc("person/anna-"+w, "person/bob-"+w)
		doc("person/"+w, fmt.Sprintf("org/club-%d-0", i))
	}
	b.ResetTimer()
	var auto map[string]string
	for b.Loop() {
		auto = ix.autoLinks(map[string]string{}, nil)
	}
	if len(auto) != 400 {
		b.Fatalf("%d links, want 400", len(auto))
	}
	b.ReportMetric(float64(len(auto)), "links")
	b.ReportMetric(float64(len(ix.docByID)), "docs")
}

// TestLinkChains: a short form linked to a name that is itself linked to
// its other type's entity ends at that entity.
func TestLinkChains(t *testing.T) {
	l := links{manual: map[string]string{"person/mr-b": "person/blair"},
		auto: map[string]string{"person/leverkusen": "person/bayer-leverkusen", "person/bayer-leverkusen": "org/bayer-leverkusen"}}
	want := map[string]string{"person/mr-b": "person/blair", "person/leverkusen": "org/bayer-leverkusen",
		"person/bayer-leverkusen": "org/bayer-leverkusen"}
	if got := l.effective(); !maps.Equal(got, want) {
		t.Errorf("effective: got %v, want %v", got, want)
	}
}
