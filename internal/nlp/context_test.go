package nlp_test

import (
	"context"
	"errors"
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
	_, err = p.AnnotateSelectContext(ctx, text, func(*nlp.Sentence) bool {
		parsed++
		if parsed == 10 {
			cancel()
		}
		return true
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled while parsing: err %v, want context.Canceled", err)
	}
	if parsed > 10+32 {
		t.Errorf("%d sentences parsed after the cancel at the 10th, want at most 32 more", parsed-10)
	}
}
