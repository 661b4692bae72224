package article

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestDecode(t *testing.T) {
	latin2Page := "<html><head><meta charset=\"iso-8859-2\"><title>x</title></head><body>\xb3\xf3d\xbc</body></html>"
	for _, tc := range []struct {
		name   string
		in     []byte
		html   bool
		forced string
		want   string
		note   string
		err    error
	}{
		{"utf-8", []byte("caf\u00e9 \u201cquoted\u201d"), false, "", "caf\u00e9 \u201cquoted\u201d", "", nil},
		{"utf-8 with BOM", []byte("\xef\xbb\xbfHeadline"), false, "", "Headline", "", nil},
		{"latin-1", []byte("caf\xe9 na\xefve"), false, "", "caf\u00e9 na\u00efve", NoteWindows1252, nil},
		{"windows-1252 quotes, dash, euro", []byte("\x93quoted\x94 \x96 \x80 5"), false, "", "\u201cquoted\u201d \u2013 \u20ac 5", NoteWindows1252, nil},
		{"utf-16le with BOM", []byte("\xff\xfeH\x00i\x00"), false, "", "Hi", NoteUTF16, nil},
		{"utf-16be with BOM", []byte("\xfe\xff\x00H\x00i"), false, "", "Hi", NoteUTF16, nil},
		{"NUL bytes and invalid UTF-8 is binary", []byte("PK\x03\x04\x00\x00\xff\xfe"), false, "", "", "", ErrBinary},
		{"control bytes and invalid UTF-8 is binary", []byte("\x01\x02\x03\x04\xe9abc"), false, "", "", "", ErrBinary},
		{"HTML by its meta charset", []byte(latin2Page), true, "", strings.Replace(latin2Page, "\xb3\xf3d\xbc", "\u0142\u00f3d\u017a", 1), "not valid UTF-8: decoded as iso-8859-2 (the page's meta charset)", nil},
		{"the same bytes as text are Windows-1252", []byte(latin2Page), false, "", strings.Replace(latin2Page, "\xb3\xf3d\xbc", "\u00b3\u00f3d\u00bc", 1), NoteWindows1252, nil},
		{"given encoding", []byte("\xb3\xf3d\xbc"), false, "iso-8859-2", "\u0142\u00f3d\u017a", "decoded as iso-8859-2 (given)", nil},
		{"given latin1 is windows-1252", []byte("caf\xe9"), false, "latin1", "caf\u00e9", "decoded as windows-1252 (given)", nil},
		{"given utf-8 refuses Latin-1", []byte("caf\xe9"), false, "utf-8", "", "", ErrNotUTF8},
		{"given utf-8 drops a BOM", []byte("\xef\xbb\xbfcaf\u00e9"), false, "UTF-8", "caf\u00e9", "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, note, err := decode(tc.in, tc.html, tc.forced)
			if !errors.Is(err, tc.err) {
				t.Fatalf("decode(%q): error %v, want %v", tc.in, err, tc.err)
			}
			if string(got) != tc.want || note != tc.note {
				t.Errorf("decode(%q): got %q, note %q; want %q, note %q", tc.in, got, note, tc.want, tc.note)
			}
		})
	}
}

// TestBBCLatin1 reads the BBC corpus's one Latin-1 file (issue 13): it is
// read, decoded, and says so.
func TestBBCLatin1(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "corpus", "bbc", "sport", "199.txt")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("BBC corpus not here: %v", err)
	}
	items := readAll(t, &Reader{}, path)
	if len(items) != 1 || items[0].Err != nil {
		t.Fatalf("Read(%s): got %+v, want one document", path, items)
	}
	a := items[0].Article
	if !slices.Contains(a.Notes, NoteWindows1252) {
		t.Errorf("notes: got %q, want %q", a.Notes, NoteWindows1252)
	}
	if strings.ContainsRune(a.Text, '\uFFFD') {
		t.Errorf("text has U+FFFD: the decoding lost characters")
	}
}

func TestJSONLinesLatin1(t *testing.T) {
	in := "{\"id\":\"d1\",\"text\":\"Caf\xe9 owners in Paris protested.\"}\n{\"id\":\"d2\",\"text\":\"Plain.\"}\n"
	items := readAll(t, &Reader{Stdin: strings.NewReader(in)}, "-")
	if len(items) != 2 || items[0].Err != nil || items[1].Err != nil {
		t.Fatalf("got %+v, want two documents", items)
	}
	if got, want := items[0].Article.Text, "Caf\u00e9 owners in Paris protested."; got != want {
		t.Errorf("text: got %q, want %q", got, want)
	}
	if got, want := strings.Join(items[0].Article.Notes, ";"), NoteWindows1252; got != want {
		t.Errorf("line 1 notes: got %q, want %q", got, want)
	}
	if got := items[1].Article.Notes; len(got) != 0 {
		t.Errorf("line 2 notes: got %q, want none", got)
	}
}

func TestCheckEncoding(t *testing.T) {
	for _, tc := range []struct{ label, want string }{
		{"latin1", "windows-1252"},
		{"ISO-8859-1", "windows-1252"},
		{"utf8", "utf-8"},
		{"koi8-r", "koi8-r"},
		{"klingon", ""},
	} {
		got, err := CheckEncoding(tc.label)
		if got != tc.want || (err != nil) != (tc.want == "") {
			t.Errorf("CheckEncoding(%q) = %q, %v; want %q", tc.label, got, err, tc.want)
		}
	}
}

// TestExclude: --exclude patterns match a name or a path under the folder
// given, folders included; what they match is reported, not read.
func TestExclude(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.draft.md", "drafts/c.txt", "2019/d.txt", "2020/e.txt"} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("Title\n\nText of "+name+"."), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		name             string
		exclude          []string
		wantRead, wantSk string
	}{
		{"none", nil, "2019/d.txt 2020/e.txt a.txt b.draft.md drafts/c.txt", ""},
		{"by name", []string{"*.draft.md"}, "2019/d.txt 2020/e.txt a.txt drafts/c.txt", "b.draft.md"},
		{"a folder", []string{"drafts"}, "2019/d.txt 2020/e.txt a.txt b.draft.md", "drafts"},
		{"by path", []string{"2019/*"}, "2020/e.txt a.txt b.draft.md drafts/c.txt", "2019/d.txt"},
		{"several", []string{"2019", "2020", "*.md"}, "a.txt drafts/c.txt", "2019 2020 b.draft.md"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var read, skipped []string
			rel := func(p string) string { r, _ := filepath.Rel(dir, p); return filepath.ToSlash(r) }
			r := &Reader{Exclude: tc.exclude, Skipped: func(p, _ string) { skipped = append(skipped, rel(p)) }}
			for _, it := range readAll(t, r, dir) {
				if it.Err != nil {
					t.Fatal(it.Err)
				}
				read = append(read, rel(it.Article.Source))
			}
			slices.Sort(skipped)
			if got := strings.Join(read, " "); got != tc.wantRead {
				t.Errorf("read: got %q, want %q", got, tc.wantRead)
			}
			if got := strings.Join(skipped, " "); got != tc.wantSk {
				t.Errorf("skipped: got %q, want %q", got, tc.wantSk)
			}
		})
	}
}

func TestNotArticle(t *testing.T) {
	for _, tc := range []struct {
		name string
		skip bool
	}{
		{"README.TXT", true},
		{"readme.md", true},
		{"README-fr.txt", true},
		{"LICENSE.en.md", true},
		{"README_pt-BR.md", true},
		{"license-fee.txt", false},
		{"SOURCE.txt", true},
		{"LICENSE", true},
		{"licence.md", true},
		{"COPYING.txt", true},
		{"CHANGELOG.md", true},
		{"sub/Citation.txt", true},
		{"001.txt", false},
		{"readmeister-wins-cup.md", false},
		{"sources-say-minister-quits.txt", false},
		{"license-fees-rise.html", false},
		{"post.md", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := NotArticle(tc.name) != ""; got != tc.skip {
				t.Errorf("NotArticle(%q) = %q; want skipped %v", tc.name, NotArticle(tc.name), tc.skip)
			}
		})
	}
}

// TestFolderSkipsNonArticles walks a corpus folder with a README and a
// SOURCE file: they are passed over and reported, a Markdown article is
// read, and a README named explicitly is read.
func TestFolderSkipsNonArticles(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"README.TXT":       "Consists of 2225 documents from the BBC news website.",
		"SOURCE.txt":       "http://mlg.ucd.ie/datasets/bbc.html",
		"sport/LICENSE.md": "# Licence\n\nAll rights reserved.",
		"sport/001.txt":    "Title\n\nChina and Russia met.",
		"sport/news.md":    "# Talks\n\nJapan and France met.",
	}
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var skipped []string
	r := &Reader{Skipped: func(p, reason string) {
		if reason == "" {
			t.Errorf("skipped %s without a reason", p)
		}
		rel, _ := filepath.Rel(dir, p)
		skipped = append(skipped, filepath.ToSlash(rel))
	}}
	var read []string
	for _, it := range readAll(t, r, dir, filepath.Join(dir, "README.TXT")) {
		if it.Err != nil {
			t.Errorf("unexpected error %v", it.Err)
			continue
		}
		rel, _ := filepath.Rel(dir, it.Article.Source)
		read = append(read, filepath.ToSlash(rel))
	}
	slices.Sort(skipped)
	if got, want := strings.Join(skipped, " "), "README.TXT SOURCE.txt sport/LICENSE.md"; got != want {
		t.Errorf("skipped: got %s, want %s", got, want)
	}
	if got, want := strings.Join(read, " "), "sport/001.txt sport/news.md README.TXT"; got != want {
		t.Errorf("read: got %s, want %s (a README named explicitly is read)", got, want)
	}
}

// TestPublicationDates: a document's own date wins, then the run's date
// (Reader.Published), then, when asked, the file's modification time;
// each borrowed date is noted.
func TestPublicationDates(t *testing.T) {
	dir := t.TempDir()
	dated := filepath.Join(dir, "dated.txt")
	undated := filepath.Join(dir, "undated.txt")
	if err := os.WriteFile(dated, []byte("Title\nPublished: 2017-09-29\n\nChina acted."), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(undated, []byte("Title\n\nChina acted again."), 0o644); err != nil {
		t.Fatal(err)
	}
	mtime := time.Date(2005, 3, 4, 15, 0, 0, 0, time.UTC)
	if err := os.Chtimes(undated, mtime, mtime); err != nil {
		t.Fatal(err)
	}
	run := time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name       string
		r          Reader
		path       string
		want, note string
	}{
		{"own date", Reader{ModTimeDates: true, Published: &run}, dated, "2017-09-29", ""},
		{"undated stays undated by default", Reader{}, undated, "", ""},
		{"run date", Reader{Published: &run, ModTimeDates: true}, undated, "2020-01-02", NoteRunDate},
		{"modification time", Reader{ModTimeDates: true}, undated, "2005-03-04", NoteModTime},
		{"stdin has no modification time", Reader{ModTimeDates: true, Stdin: strings.NewReader("Title\n\nText.")}, "-", "", ""},
		{"JSON Lines without a date takes the run's", Reader{Published: &run, Stdin: strings.NewReader(`{"text":"China acted."}`)}, "-", "2020-01-02", NoteRunDate},
	} {
		t.Run(tc.name, func(t *testing.T) {
			items := readAll(t, &tc.r, tc.path)
			if len(items) != 1 || items[0].Err != nil {
				t.Fatalf("got %+v, want one document", items)
			}
			a := items[0].Article
			got := ""
			if a.Published != nil {
				got = a.Published.Format("2006-01-02")
			}
			if got != tc.want {
				t.Errorf("published: got %q, want %q", got, tc.want)
			}
			if got := strings.Join(a.Notes, ";"); got != tc.note {
				t.Errorf("notes: got %q, want %q", got, tc.note)
			}
		})
	}
}
