package extract

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// countingCtx is a context that is done after its first n checks: Err
// returns nil n times, then context.Canceled.
type countingCtx struct {
	context.Context
	n, calls int
}

func (c *countingCtx) Err() error {
	c.calls++
	if c.calls > c.n {
		return context.Canceled
	}
	return nil
}

// TestExtractContext: a done context stops extraction between sentences
// with an error that wraps ctx.Err(); a live one changes nothing.
func TestExtractContext(t *testing.T) {
	x := newTestExtractor(t)
	const sentences = 40
	text := strings.Repeat("Angela Merkel criticised Emmanuel Macron on Tuesday. ", sentences)
	want := x.Extract(text)
	if len(want.Relations) == 0 {
		t.Fatal("Extract found no relation; the test text needs one")
	}

	// every check of a live context: at least one per sentence and stage
	all := &countingCtx{Context: context.Background(), n: 1 << 30}
	got, err := x.ExtractContext(all, text)
	if err != nil {
		t.Fatalf("ExtractContext(live): %v", err)
	}
	if len(got.Relations) != len(want.Relations) || len(got.Entities) != len(want.Entities) {
		t.Errorf("ExtractContext(live) = %d entities %d relations, Extract = %d, %d",
			len(got.Entities), len(got.Relations), len(want.Entities), len(want.Relations))
	}
	if all.calls < 3*sentences {
		t.Errorf("ctx checked %d times for %d sentences, want at least 3 per sentence", all.calls, sentences)
	}

	expired, cancel := context.WithDeadline(context.Background(), time.Unix(0, 0))
	defer cancel()
	tests := []struct {
		name string
		ctx  context.Context
		want error
	}{
		{"deadline passed", expired, context.DeadlineExceeded},
		{"done at once", &countingCtx{Context: context.Background()}, context.Canceled},
		{"done while parsing", &countingCtx{Context: context.Background(), n: sentences / 2}, context.Canceled},
		{"done while finding mentions", &countingCtx{Context: context.Background(), n: all.calls / 2}, context.Canceled},
		{"done at the last sentence", &countingCtx{Context: context.Background(), n: all.calls - 1}, context.Canceled},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := x.ExtractContext(tc.ctx, text)
			if !errors.Is(err, tc.want) {
				t.Fatalf("ExtractContext: err = %v, want %v", err, tc.want)
			}
			if len(res.Entities)+len(res.Relations) != 0 {
				t.Errorf("ExtractContext returned %d entities and %d relations with its error", len(res.Entities), len(res.Relations))
			}
			// stopped promptly: after the first failed check, at most one
			// more per sentence (the parser's loop runs out)
			if c, ok := tc.ctx.(*countingCtx); ok && c.calls > c.n+1+sentences {
				t.Errorf("ctx checked %d times after it was done", c.calls-c.n)
			}
		})
	}
}
