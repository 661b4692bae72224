package article

import (
	"errors"
	"strings"
	"testing"
)

// TestMarkdownLimits: Markdown that would keep goldmark busy for seconds
// (deep nesting, open link destinations) is refused before parsing, with
// ErrMalformed and the reason; ordinary nesting and links still read.
func TestMarkdownLimits(t *testing.T) {
	tests := []struct {
		name    string
		raw     string
		wantErr string // "" for no error
		want    string // a phrase of the text read
	}{
		{name: "200 KB of >", raw: strings.Repeat(">", 200_000) + " x\n",
			wantErr: "opens 200000 nested blockquotes or lists"},
		{name: "lists nested on one line", raw: strings.Repeat("- ", 33) + "x\n", wantErr: "opens 33 nested"},
		{name: "quotes and lists mixed", raw: "Title\n\n" + strings.Repeat("> 1. ", 20) + "x\n", wantErr: "opens 40 nested"},
		{name: "200 KB of [a](", raw: strings.Repeat("[a](", 50_000) + "\n", wantErr: "too many links per paragraph"},
		{name: "open destinations over lines", raw: strings.Repeat("[a](<b\n", 20_000), wantErr: "too many links per paragraph"},
		{name: "unbalanced parentheses", raw: strings.Repeat("[a](()", 20_000) + "\n", wantErr: "too many links per paragraph"},
		{name: "nesting at the limit", raw: strings.Repeat("> ", 32) + "Deep quote.\n", want: "Deep quote."},
		{name: "an article with quotes and lists",
			raw:  "# Talks resume\n\n> The minister said:\n> > \"We will meet.\"\n\n- one\n  - two\n    1. three\n",
			want: "We will meet."},
		{name: "many plain links", raw: strings.Repeat("See [the report](https://example.com/r?id=1) here. ", 20_000) + "\n",
			want: "See the report here."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := parseMarkdown([]byte(tc.raw))
			if tc.wantErr != "" {
				if !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("parseMarkdown: err = %v, want ErrMalformed with %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("parseMarkdown: %v", err)
			}
			if !strings.Contains(a.Text, tc.want) {
				t.Errorf("parseMarkdown text = %.200q, want it to contain %q", a.Text, tc.want)
			}
		})
	}
}

func TestContainerDepth(t *testing.T) {
	tests := []struct {
		line string
		want int
	}{
		{"plain text", 0},
		{"> quote", 1},
		{">> > quote", 3},
		{"   > - item", 2},
		{"- > 1. item", 3},
		{"2) * + x", 3},
		{"-not a list", 0},
		{"- -x", 1},
		{"2024. was a year", 1}, // a list item to CommonMark too
		{"1234567890. too long for a number", 0},
		{"*emphasis*", 0},
		{"> ", 1},
	}
	for _, tc := range tests {
		if got := containerDepth([]byte(tc.line)); got != tc.want {
			t.Errorf("containerDepth(%q) = %d, want %d", tc.line, got, tc.want)
		}
	}
}
