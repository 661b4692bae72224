package article

import (
	"bytes"
	"context"
	"errors"
	"hash/maphash"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// The readers' fuzz targets. Their seed corpora are the files of testdata
// (added below) and testdata/fuzz/<target>, so `go test` runs them as
// normal tests; `go test -fuzz FuzzParseHTML -fuzztime 20s
// ./internal/article` looks for more. An input that crashes, hangs or
// breaks an invariant is written to testdata/fuzz/<target> by the fuzzer:
// commit it as a regression case.

// fuzzBudget is the most time one small input may take: every reader is
// linear or close to it, so more is a hang in the making.
const fuzzBudget = 2 * time.Second

// sentinels are the errors a document may fail with.
var sentinels = []error{ErrEmpty, ErrBinary, ErrNotUTF8, ErrTooLarge, ErrMalformed, ErrDuplicateID}

func addFiles(f *testing.F, names ...string) {
	for _, n := range names {
		raw, err := os.ReadFile(filepath.Join("testdata", n))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
}

// checkArticle checks what every article read must be: a non-empty
// normalised text (NFC, no NUL, no CR, Normalize leaves it as it is) of
// valid UTF-8, a title of valid UTF-8 without a line break, and an ID.
func checkArticle(t *testing.T, a Article) {
	t.Helper()
	switch {
	case strings.TrimSpace(a.Text) == "":
		t.Errorf("article with an empty text: %+v", a)
	case !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title):
		t.Errorf("article text or title not valid UTF-8: %q / %q", a.Title, a.Text)
	case Normalize(a.Text) != a.Text:
		t.Errorf("text not normalised: %q, Normalize gives %q", a.Text, Normalize(a.Text))
	case strings.ContainsAny(a.Title, "\n\r"):
		t.Errorf("title with a line break: %q", a.Title)
	case a.ID == "":
		t.Errorf("article without an ID: %+v", a)
	}
}

// checkErr fails the test when err, a document's error, wraps none of the
// sentinels callers test for.
func checkErr(t *testing.T, err error) {
	t.Helper()
	for _, s := range sentinels {
		if errors.Is(err, s) {
			return
		}
	}
	t.Errorf("error wraps no sentinel: %v", err)
}

// fuzzParse runs Parse on raw as a file called name.
func fuzzParse(t *testing.T, name string, raw []byte) {
	start := time.Now()
	a, err := Parse(name, raw)
	if took := time.Since(start); took > fuzzBudget {
		t.Errorf("Parse(%s) of %d bytes took %s", name, len(raw), took)
	}
	if err != nil {
		checkErr(t, err)
		return
	}
	checkArticle(t, a)
	if a.ID != ID(a.Text) || a.Source != name {
		t.Errorf("Parse(%s): id %s source %s, want %s and %s", name, a.ID, a.Source, ID(a.Text), name)
	}
}

func FuzzParseText(f *testing.F) {
	addFiles(f, "a.txt", "empty.txt", "latin1.txt", "utf16.txt")
	f.Fuzz(func(t *testing.T, raw []byte) { fuzzParse(t, "doc.txt", raw) })
}

func FuzzParseHTML(f *testing.F) {
	addFiles(f, "page.html", "broken.html")
	f.Fuzz(func(t *testing.T, raw []byte) { fuzzParse(t, "doc.html", raw) })
}

func FuzzParseMarkdown(f *testing.F) {
	addFiles(f, "post.md")
	f.Fuzz(func(t *testing.T, raw []byte) { fuzzParse(t, "doc.md", raw) })
}

// FuzzReadJSONL reads raw as a JSON Lines file: no more items than lines,
// each an article or a document error, and an id refused as a duplicate
// only when it came before with another text.
func FuzzReadJSONL(f *testing.F) {
	addFiles(f, "docs.jsonl")
	f.Fuzz(func(t *testing.T, raw []byte) {
		r := &readState{Reader: &Reader{MaxBytes: 1 << 16}, ids: make(map[uint64]uint64), seed: maphash.MakeSeed()}
		var items []Item
		start := time.Now()
		err := r.readJSONL(context.Background(), "fuzz.jsonl", bytes.NewReader(raw), func(it Item) error {
			items = append(items, it)
			return nil
		})
		if took := time.Since(start); took > fuzzBudget {
			t.Errorf("readJSONL of %d bytes took %s", len(raw), took)
		}
		if err != nil {
			t.Fatalf("readJSONL: %v", err)
		}
		if lines := bytes.Count(raw, []byte("\n")) + 1; len(items) > lines {
			t.Errorf("%d items from %d lines", len(items), lines)
		}
		texts := make(map[string]string)
		for _, it := range items {
			if it.Err != nil {
				checkErr(t, it.Err)
				if !strings.HasPrefix(it.Err.Error(), "fuzz.jsonl:") {
					t.Errorf("error does not name the line: %v", it.Err)
				}
				if errors.Is(it.Err, ErrDuplicateID) {
					if first, ok := texts[it.Article.ID]; !ok || first == it.Article.Text {
						t.Errorf("id %s refused as a duplicate, but it came before with the same text or not at all", it.Article.ID)
					}
				}
				continue
			}
			checkArticle(t, it.Article)
			if _, ok := texts[it.Article.ID]; !ok {
				texts[it.Article.ID] = it.Article.Text
			}
		}
	})
}
