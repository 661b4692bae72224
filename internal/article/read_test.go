package article

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func readAll(t *testing.T, r *Reader, paths ...string) []Item {
	t.Helper()
	var items []Item
	if err := r.Read(context.Background(), paths, func(it Item) error {
		items = append(items, it)
		return nil
	}); err != nil {
		t.Fatalf("Read(%v): %v", paths, err)
	}
	return items
}

func TestParseFiles(t *testing.T) {
	date := func(y int, m time.Month, d int) *time.Time {
		t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		return &t
	}
	tests := []struct {
		file      string
		title     string
		published *time.Time
		contains  []string
		excludes  []string
		notes     []string
		err       error
	}{
		{file: "page.html", title: "China tightens sanctions", published: date(2017, 9, 29),
			contains: []string{"China ordered North Korean businesses to close.", "Trump praised & welcomed the move."},
			excludes: []string{"not text", "Home", "Menu", "Link copied", "A caption", "p{}"}},
		{file: "post.md", title: "Talks in Beijing", published: date(2017, 10, 3),
			contains: []string{"Rex Tillerson met Xi Jinping in Beijing.", "item one"}, excludes: []string{"**", "http://x", "#"}},
		{file: "a.txt", title: "Title line", contains: []string{"Some text."}},
		{file: "broken.html", err: ErrMalformed},
		{file: "utf16.txt", title: "Text", contains: []string{"Text"}, notes: []string{NoteUTF16}},
		{file: "latin1.txt", title: "café au lait, naïve text in Latin-1", contains: []string{"café au lait, naïve"}, notes: []string{NoteWindows1252}},
		{file: "empty.txt", err: ErrEmpty},
		{file: "random.txt", err: ErrBinary},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			path := filepath.Join("testdata", tc.file)
			items := readAll(t, &Reader{}, path)
			if len(items) != 1 {
				t.Fatalf("got %d items, want 1", len(items))
			}
			it := items[0]
			if tc.err != nil {
				if !errors.Is(it.Err, tc.err) {
					t.Fatalf("error: got %v, want %v", it.Err, tc.err)
				}
				if !strings.Contains(it.Err.Error(), path) {
					t.Errorf("error %q does not name the file %s", it.Err, path)
				}
				return
			}
			if it.Err != nil {
				t.Fatalf("unexpected error: %v", it.Err)
			}
			a := it.Article
			if got, want := a.Title, tc.title; got != want {
				t.Errorf("title: got %q, want %q", got, want)
			}
			if (a.Published == nil) != (tc.published == nil) || (a.Published != nil && !a.Published.Equal(*tc.published)) {
				t.Errorf("published: got %v, want %v", a.Published, tc.published)
			}
			for _, s := range tc.contains {
				if !strings.Contains(a.Text, s) {
					t.Errorf("text lacks %q:\n%s", s, a.Text)
				}
			}
			for _, s := range tc.excludes {
				if strings.Contains(a.Text, s) {
					t.Errorf("text has %q:\n%s", s, a.Text)
				}
			}
			if got, want := strings.Join(a.Notes, "; "), strings.Join(tc.notes, "; "); got != want {
				t.Errorf("notes: got %q, want %q", got, want)
			}
			if got, want := a.ID, ID(a.Text); got != want {
				t.Errorf("id: got %s, want %s", got, want)
			}
			if a.Source != path {
				t.Errorf("source: got %q, want %q", a.Source, path)
			}
		})
	}
}

func TestJSONLinesOneBadLineFailsAlone(t *testing.T) {
	items := readAll(t, &Reader{}, filepath.Join("testdata", "docs.jsonl"))
	if len(items) != 4 {
		t.Fatalf("got %d items, want 4 (blank line skipped)", len(items))
	}
	if items[0].Err != nil || items[0].Article.ID != "bbc-1" || items[0].Article.Title != "One" || items[0].Article.Published == nil {
		t.Errorf("line 1: got %+v", items[0])
	}
	if !errors.Is(items[1].Err, ErrMalformed) || !strings.Contains(items[1].Err.Error(), "docs.jsonl:2") {
		t.Errorf("line 2: got %v, want malformed error naming docs.jsonl:2", items[1].Err)
	}
	if items[2].Err != nil || items[2].Article.ID == "x y/z" || items[2].Article.ID != externalID("x y/z") {
		t.Errorf("line 4: unsafe id must be hashed, got %+v", items[2])
	}
	if !errors.Is(items[3].Err, ErrEmpty) {
		t.Errorf("line 5: got %v, want ErrEmpty", items[3].Err)
	}
}

func TestFolderRecursiveMissingAndHuge(t *testing.T) {
	dir := t.TempDir()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(dir, "sub", "deeper"), 0o755))
	must(os.WriteFile(filepath.Join(dir, "b.txt"), []byte("B title\n\nChina and Russia.\n"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "sub", "deeper", "a.md"), []byte("# A\n\nText.\n"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "sub", "image.png"), []byte("\x89PNG"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "big.txt"), []byte(strings.Repeat("word ", 400)), 0o644))
	items := readAll(t, &Reader{MaxBytes: 1000}, dir, filepath.Join(dir, "missing.txt"))
	var ok, tooLarge, missing int
	for _, it := range items {
		switch {
		case it.Err == nil:
			ok++
		case errors.Is(it.Err, ErrTooLarge):
			tooLarge++
		case errors.Is(it.Err, os.ErrNotExist) && strings.Contains(it.Err.Error(), "missing.txt"):
			missing++
		default:
			t.Errorf("unexpected error %v", it.Err)
		}
	}
	if ok != 2 || tooLarge != 1 || missing != 1 {
		t.Errorf("got ok=%d tooLarge=%d missing=%d, want 2, 1, 1 (the .png is not read from a folder)", ok, tooLarge, missing)
	}
}

func TestStdin(t *testing.T) {
	tests := []struct {
		name, in string
		want     int
	}{
		{"text", "Headline\n\nBody text here.", 1},
		{"jsonl", "\n{\"text\":\"one\"}\n{\"text\":\"two\"}\n", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			items := readAll(t, &Reader{Stdin: strings.NewReader(tc.in)}, "-")
			if len(items) != tc.want {
				t.Fatalf("got %d items, want %d", len(items), tc.want)
			}
			for _, it := range items {
				if it.Err != nil {
					t.Errorf("unexpected error %v", it.Err)
				}
			}
		})
	}
}

func TestNormalizeAndID(t *testing.T) {
	a := Normalize("Cafe\u0301 \r\nline two  \r\n\r\n")
	b := Normalize("Caf\u00e9\nline two")
	if a != b {
		t.Fatalf("Normalize: got %q and %q, want equal", a, b)
	}
	if ID(a) != ID(b) || len(ID(a)) != 32 {
		t.Errorf("ID: got %s and %s", ID(a), ID(b))
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2017-09-29T16:11:00+09:00", "2017-09-29"},
		{"2017-09-29", "2017-09-29"},
		{"Published : Sept. 29, 2017 - 16:11", "2017-09-29"},
		{"3rd October 2017", "2017-10-03"},
		{"Mon, 02 Jan 2006 15:04:05 -0700", "2006-01-02"},
	}
	for _, tc := range tests {
		got, ok := ParseDate(tc.in)
		if !ok || got.Format("2006-01-02") != tc.want {
			t.Errorf("ParseDate(%q): got %v %v, want %s", tc.in, got, ok, tc.want)
		}
	}
	if _, ok := ParseDate("no date here"); ok {
		t.Errorf("ParseDate(no date): got ok")
	}
}
