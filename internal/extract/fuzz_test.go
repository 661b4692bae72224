package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtract checks that Extract never panics and that every offset it
// returns points at the text it claims, whatever the input.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{"", " ", "\n\n", "China sanctioned North Korea.", "“Quote,” he said — again…",
		"Mr", "Mrs May's", "(", ")", "X, a", "the North", "US Secretary of", "Kim Jong-un’s son, ", "'s 's 's",
		"Pyongyang's main trade partner China", "Tillerson was scheduled to confer with", "A (B) C, who D, and E."} {
		f.Add(s)
	}
	x := newTestExtractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		res := x.Extract(text)
		for _, e := range res.Entities {
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(text) || m.Start > m.End || text[m.Start:m.End] != m.Text {
					t.Fatalf("mention %+v does not match text %q", m, text)
				}
			}
		}
		for _, r := range res.Relations {
			for _, ev := range r.Evidence {
				if ev.Start < 0 || ev.End > len(text) || text[ev.Start:ev.End] != ev.Sentence {
					t.Fatalf("evidence %+v does not match text %q", ev, text)
				}
			}
		}
	})
}

func TestEmptyAndOddInputs(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{"", "   ", "\n", strings.Repeat("Kim ", 2000), "北京 and 平壤", "<p>China</p> sanctioned <b>Iran</b>."} {
		res := x.Extract(text)
		if res.Entities == nil || res.Relations == nil {
			t.Errorf("Extract(%.20q): nil slices, want empty ones", text)
		}
	}
}
