package article

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestSymlinkedFolders reads folders given through symbolic links, and
// links inside folders: each document is read, once, with the path it
// was reached by; a link back up (a loop) and a second link to a folder
// already read add nothing; a broken link to a document fails alone.
func TestSymlinkedFolders(t *testing.T) {
	base := t.TempDir()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	write := func(p, text string) { must(os.WriteFile(p, []byte(text), 0o644)) }
	real := filepath.Join(base, "real")
	other := filepath.Join(base, "other")
	must(os.MkdirAll(filepath.Join(real, "sub"), 0o755))
	must(os.MkdirAll(other, 0o755))
	write(filepath.Join(real, "a.txt"), "Alpha\n\nChina and Russia.")
	write(filepath.Join(real, "sub", "b.md"), "# Beta\n\nJapan.")
	write(filepath.Join(other, "c.txt"), "Gamma\n\nFrance.")
	must(os.Symlink(real, filepath.Join(base, "link")))                           // a folder given as a link
	must(os.Symlink(other, filepath.Join(real, "more")))                          // a link to a folder inside a folder
	must(os.Symlink(real, filepath.Join(real, "sub", "loop")))                    // a link back up
	must(os.Symlink(filepath.Join(other, "c.txt"), filepath.Join(real, "d.txt"))) // a link to a file
	must(os.Symlink(filepath.Join(base, "gone.txt"), filepath.Join(real, "broken.txt")))

	for _, tc := range []struct {
		name   string
		path   string
		titles []string // of the documents read, in order
	}{
		{"folder given as a link", filepath.Join(base, "link"), []string{"Alpha", "Gamma", "Gamma", "Beta"}},
		{"folder holding links", real, []string{"Alpha", "Gamma", "Gamma", "Beta"}},
		{"link with a trailing slash", filepath.Join(base, "link") + string(filepath.Separator), []string{"Alpha", "Gamma", "Gamma", "Beta"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			items := readAll(t, &Reader{}, tc.path)
			var titles []string
			broken := 0
			for _, it := range items {
				switch {
				case it.Err == nil:
					titles = append(titles, it.Article.Title)
					if !strings.HasPrefix(it.Article.Source, filepath.Clean(tc.path)) {
						t.Errorf("source %s is not under the path given, %s", it.Article.Source, tc.path)
					}
				case errors.Is(it.Err, os.ErrNotExist) && strings.Contains(it.Err.Error(), "broken.txt"):
					broken++
				default:
					t.Errorf("unexpected error %v", it.Err)
				}
			}
			// a.txt, broken.txt, d.txt (-> c.txt), more/c.txt, sub/b.md.
			if !slices.Equal(titles, tc.titles) || broken != 1 {
				t.Errorf("read %q and %d broken links, want %q and 1", titles, broken, tc.titles)
			}
		})
	}
}

// TestDuplicateIDs: a JSON Lines id that comes again in the same input
// (one Read, over one file or several) with another text is refused with
// ErrDuplicateID, the first kept; again with the same text it is read (the
// pipeline skips it as stored).
func TestDuplicateIDs(t *testing.T) {
	line := func(id, text string) string { return `{"id":"` + id + `","text":"` + text + `"}` + "\n" }
	dir := t.TempDir()
	second := filepath.Join(dir, "second.jsonl")
	if err := os.WriteFile(second, []byte(line("a", "Japan imposed sanctions.")), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		in    string
		paths []string
		want  []string // per item: the text read, or "dup" for ErrDuplicateID
	}{
		{"same id, other text", line("a", "China imposed sanctions.") + line("b", "Other.") + line("a", "Japan imposed sanctions."),
			[]string{"-"}, []string{"China imposed sanctions.", "Other.", "dup"}},
		{"same id, same text", line("a", "China imposed sanctions.") + line("a", "China imposed sanctions."),
			[]string{"-"}, []string{"China imposed sanctions.", "China imposed sanctions."}},
		{"across the files of one input", line("a", "China imposed sanctions."),
			[]string{"-", second}, []string{"China imposed sanctions.", "dup"}},
		{"the ids of unsafe ids too", line("x y", "One.") + line("x y", "Two."),
			[]string{"-"}, []string{"One.", "dup"}},
		{"no id: the text is the id", `{"text":"One."}` + "\n" + `{"text":"Two."}` + "\n",
			[]string{"-"}, []string{"One.", "Two."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			items := readAll(t, &Reader{Stdin: strings.NewReader(tc.in)}, tc.paths...)
			var got []string
			for _, it := range items {
				switch {
				case errors.Is(it.Err, ErrDuplicateID):
					got = append(got, "dup")
					if id := strings.SplitN(tc.in, `"`, 5)[3]; !strings.Contains(it.Err.Error(), `"`+id+`"`) {
						t.Errorf("error %q does not name the id %q", it.Err, id)
					}
				case it.Err != nil:
					t.Errorf("unexpected error %v", it.Err)
				default:
					got = append(got, it.Article.Text)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
	// A new Read is a new input: the other text is read.
	items := readAll(t, &Reader{}, second)
	if len(items) != 1 || items[0].Err != nil {
		t.Errorf("second Read: got %+v, want the document", items)
	}
}
