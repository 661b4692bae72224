package kgtest

import (
	"context"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// testMerges writes, replaces and removes merges, and checks that they
// are stored as one quad each under kg.MergesLabel, read back by Merges,
// and left alone by document deletes, and so are apart records
// (WriteApart); a store holding only merges pings.
func testMerges(t *testing.T, s *kg.Store) {
	ctx := context.Background()
	a := SanctionsDoc()
	add(t, s, a)
	steps := []struct {
		name  string
		set   map[string]string
		unset []string
		want  map[string]string
	}{
		{"merge two", map[string]string{"gpe/prc": "gpe/china", "gpe/dprk": "gpe/north-korea"}, nil,
			map[string]string{"gpe/prc": "gpe/china", "gpe/dprk": "gpe/north-korea"}},
		{"again changes nothing", map[string]string{"gpe/prc": "gpe/china"}, nil,
			map[string]string{"gpe/prc": "gpe/china", "gpe/dprk": "gpe/north-korea"}},
		{"retarget one", map[string]string{"gpe/dprk": "gpe/china"}, nil,
			map[string]string{"gpe/prc": "gpe/china", "gpe/dprk": "gpe/china"}},
		{"unset one", nil, []string{"gpe/prc", "gpe/unknown"},
			map[string]string{"gpe/dprk": "gpe/china"}},
		{"set and unset", map[string]string{"gpe/prc": "gpe/north-korea"}, []string{"gpe/dprk"},
			map[string]string{"gpe/prc": "gpe/north-korea"}},
	}
	for _, st := range steps {
		if err := s.WriteMerges(ctx, st.set, st.unset); err != nil {
			t.Fatalf("%s: WriteMerges: %v", st.name, err)
		}
		got, err := s.Merges(ctx)
		if err != nil {
			t.Fatalf("%s: Merges: %v", st.name, err)
		}
		if !maps.Equal(got, st.want) {
			t.Errorf("%s: Merges: got %v, want %v", st.name, got, st.want)
		}
		var want []string
		for id, into := range st.want {
			want = append(want, kg.MergeQuad(id, into).NQuad())
		}
		slices.Sort(want)
		var stored []string
		for _, l := range Dump(t, s) {
			if strings.HasSuffix(l, " <"+string(kg.MergesLabel)+"> .") {
				stored = append(stored, l)
			}
		}
		sameLines(t, st.name+": merge quads", stored, want)
	}
	// An analyst's split: stored once however often it is written.
	for range 2 {
		if err := s.WriteApart(ctx, "gpe/dprk", "gpe/china"); err != nil {
			t.Fatalf("WriteApart: %v", err)
		}
	}
	apart, err := s.Apart(ctx)
	if err != nil {
		t.Fatalf("Apart: %v", err)
	}
	if got := apart["gpe/dprk"]; len(apart) != 1 || !slices.Equal(got, []string{"gpe/china"}) {
		t.Errorf("Apart: got %v, want gpe/dprk -> [gpe/china]", apart)
	}
	if got, _ := s.Merges(ctx); !maps.Equal(got, map[string]string{"gpe/prc": "gpe/north-korea"}) {
		t.Errorf("Merges after WriteApart: got %v, want only gpe/prc -> gpe/north-korea", got)
	}
	if !del(t, s, a.Article.ID) {
		t.Fatalf("DeleteDocument(%s): got false, want true", a.Article.ID)
	}
	want := []string{kg.MergeQuad("gpe/prc", "gpe/north-korea").NQuad(), kg.ApartQuad("gpe/dprk", "gpe/china").NQuad()}
	slices.Sort(want)
	sameLines(t, "store after deleting the document", Dump(t, s), want)
	if err := s.Ping(ctx); err != nil {
		t.Errorf("Ping of a store holding only merges: %v", err)
	}
}
