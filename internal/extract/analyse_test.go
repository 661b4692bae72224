package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/nlp"
)

// parseDepth gives the ensemble's parse gated on names to sentences with
// two names, the
// lead parser's to those whose second argument is a pronoun, and none to
// the rest.
func TestParseDepth(t *testing.T) {
	tests := []struct {
		words, ents string
		want        nlp.Depth
	}{
		{"Merkel met Macron", "U-PER O U-PER", nlp.NamesParse},
		{"Angela Merkel met the French president Emmanuel Macron", "B-PER L-PER O O O O B-PER L-PER", nlp.NamesParse},
		{"She met Macron", "O O U-PER", nlp.QuickParse},
		{"He thanked them", "O O O", nlp.QuickParse},
		{"Merkel spoke", "U-PER O", nlp.NoParse},
		{"It rained", "O O", nlp.NoParse},
		{"The talks ended", "O O O", nlp.NoParse},
	}
	for _, tt := range tests {
		words, ents := strings.Fields(tt.words), strings.Fields(tt.ents)
		s := &nlp.Sentence{}
		for i, w := range words {
			s.Tokens = append(s.Tokens, nlp.Token{Text: w, Ent: ents[i], Head: -1})
		}
		if got := (&Extractor{}).parseDepth(s); got != tt.want {
			t.Errorf("%q: depth %d, want %d", tt.words, got, tt.want)
		}
	}
}

// A name the gazetteer knows counts as a possible argument even where the
// recogniser missed it.
func TestParseDepthGazetteerNames(t *testing.T) {
	x := newTestExtractor(t)
	s := &nlp.Sentence{}
	for _, w := range []struct{ text, ent string }{{"Siemens", "O"}, {"and", "O"}, {"Volkswagen", "O"}, {"agreed", "O"}} {
		s.Tokens = append(s.Tokens, nlp.Token{Text: w.text, Ent: w.ent, Head: -1})
	}
	if got := x.parseDepth(s); got != nlp.NamesParse {
		t.Errorf("two gazetteer names: depth %d, want %d", got, nlp.NamesParse)
	}
}
