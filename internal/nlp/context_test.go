package nlp_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/nlp"
)

// AnnotateSelectContext gives up within a few sentences of its context
// ending, in whichever stage it is, and otherwise annotates as Annotate.
func TestAnnotateSelectContext(t *testing.T) {
	p, err := nlp.Load(nil)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat("Angela Merkel met Emmanuel Macron in Berlin on Monday. They talked about trade.\n", 200)

	got, err := p.AnnotateSelectContext(context.Background(), text, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := p.Annotate(text)
	if len(got) != len(want) || got[0].Tokens[0].Ent != want[0].Tokens[0].Ent || got[0].Tokens[0].Head != want[0].Tokens[0].Head {
		t.Fatalf("with a live context: %d sentences, want %d, annotated alike", len(got), len(want))
	}

	done, cancel := context.WithCancel(context.Background())
	cancel()
	if s, err := p.AnnotateSelectContext(done, text, nil); !errors.Is(err, context.Canceled) || s != nil {
		t.Errorf("done before the start: %d sentences, err %v; want none and context.Canceled", len(s), err)
	}

	// Cancelled while parsing: no more than a handful of parses follow.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	parsed := 0
	_, err = p.AnnotateSelectContext(ctx, text, func(*nlp.Sentence) nlp.Depth {
		parsed++
		if parsed == 10 {
			cancel()
		}
		return nlp.FullParse
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled while parsing: err %v, want context.Canceled", err)
	}
	if parsed > 10+32 {
		t.Errorf("%d sentences parsed after the cancel at the 10th, want at most 32 more", parsed-10)
	}
}

// AnnotateSelect parses each sentence as deep as its callback says:
// NoParse leaves no arcs, QuickParse gives the lead parser's parse,
// NamesParse the ensemble's gated on names (TestEnsembleNames) and
// FullParse the ensemble's. Each sentence gets each depth in turn, and
// one of them is parsed differently by the two.
func TestAnnotateSelectDepth(t *testing.T) {
	p, err := nlp.Load(nil)
	if err != nil {
		t.Fatal(err)
	}
	text := "The mayor of Leeds said on Tuesday that the council, which had rejected the plan twice, would look at the costs of the bridge again before the vote in March.\n" +
		"Officials from the ministry visited the flooded villages near the river with aid workers and promised money for new houses, roads and schools by the end of the year.\n" +
		"Critics of the deal, including two former ministers and a union leader who spoke at the rally, said the talks with the company had been held in secret.\n" +
		"Police in Lagos arrested a man who had attacked a reporter of the BBC outside the offices of Shell near the port on Friday, a spokesman for the governor said."
	depths := []nlp.Depth{nlp.NoParse, nlp.QuickParse, nlp.NamesParse, nlp.FullParse}
	differ := 0
	for shift := range depths {
		i := 0
		sents := p.AnnotateSelect(text, func(*nlp.Sentence) nlp.Depth {
			d := depths[(i+shift)%len(depths)]
			i++
			return d
		})
		if len(sents) != 4 {
			t.Fatalf("%d sentences, want 4", len(sents))
		}
		for k, s := range sents {
			lead := append([]nlp.Token(nil), s.Tokens...)
			p.Parser.Lead().Parse(lead)
			full := append([]nlp.Token(nil), s.Tokens...)
			p.Parser.Parse(full)
			if shift == 0 && heads(lead) != heads(full) {
				differ++
			}
			got := heads(s.Tokens)
			switch depths[(k+shift)%len(depths)] {
			case nlp.NoParse:
				for _, tk := range s.Tokens {
					if tk.Head != -1 || tk.Rel != "" {
						t.Errorf("shift %d sentence %d: parsed (%s), want no arcs", shift, k, got)
						break
					}
				}
			case nlp.QuickParse:
				if want := heads(lead); got != want {
					t.Errorf("shift %d sentence %d quick: heads %s, want the lead parser's %s", shift, k, got, want)
				}
			case nlp.NamesParse:
				names := append([]nlp.Token(nil), s.Tokens...)
				p.Parser.ParseNames(names)
				if want := heads(names); got != want {
					t.Errorf("shift %d sentence %d names: heads %s, want the ensemble's gated on names %s", shift, k, got, want)
				}
			case nlp.FullParse:
				if want := heads(full); got != want {
					t.Errorf("shift %d sentence %d full: heads %s, want the ensemble's %s", shift, k, got, want)
				}
			}
		}
	}
	if differ == 0 {
		t.Fatal("the lead parser and the ensemble agree on every sentence: the test cannot tell the depths apart")
	}
}

// heads writes a parse's heads and relations as one string.
func heads(toks []nlp.Token) string {
	var b strings.Builder
	for _, tk := range toks {
		fmt.Fprintf(&b, "%d:%s ", tk.Head, tk.Rel)
	}
	return b.String()
}
