package main

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/kg/backends"
	"github.com/newsgraph/newsgraph/internal/query"
)

// TestHelpAndVersion: --version, help and every command's --help print to
// stdout and succeed (exit 0), whichever way they are asked for.
func TestHelpAndVersion(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string // in stdout
	}{
		{[]string{"--version"}, runtime.Version()},
		{[]string{"-version"}, "newsgraph "},
		{[]string{"version"}, runtime.Version()},
		{[]string{"help"}, "commands:"},
		{[]string{"-h"}, "commands:"},
		{[]string{"--help"}, "commands:"},
		{[]string{"help", "help"}, "commands:"},
		{[]string{"help", "--help"}, "commands:"},
		{[]string{"serve", "--help"}, "usage: newsgraph serve [flags]"},
		{[]string{"help", "serve"}, "usage: newsgraph serve [flags]"},
		{[]string{"help", "ingest"}, "usage: newsgraph ingest [flags] PATH..."},
		{[]string{"ingest", "-h"}, "usage: newsgraph ingest [flags] PATH..."},
		{[]string{"extract", "-help"}, "usage: newsgraph extract [flags] PATH..."},
		{[]string{"help", "export"}, "usage: newsgraph export [flags] > FILE"},
		{[]string{"keygen", "--help"}, "usage: newsgraph keygen [flags]"},
		{[]string{"help", "keygen"}, "--scopes"},
		{[]string{"help", "bench"}, "newsgraph bench serve"},
		{[]string{"bench", "--help"}, "newsgraph bench ingest"},
		{[]string{"help", "bench", "ingest"}, "usage: newsgraph bench ingest [flags] PATH..."},
		{[]string{"bench", "ingest", "--help"}, "--repeat"},
		{[]string{"help", "bench", "serve"}, "--clients"},
		{[]string{"bench", "serve", "-h"}, "--clients"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			out, stderr, err := runCmd(t, context.Background(), tc.args...)
			if err != nil {
				t.Fatalf("run(%q): got %v, want nil (exit 0); stderr:\n%s", tc.args, err, stderr)
			}
			if !strings.Contains(out, tc.want) {
				t.Errorf("run(%q): stdout lacks %q:\n%s", tc.args, tc.want, out)
			}
		})
	}
}

func TestUnknownCommand(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string // in stderr
	}{
		{[]string{"serv"}, `unknown command "serv"; did you mean "serve"?`},
		{[]string{"ingets"}, `did you mean "ingest"?`},
		{[]string{"exprt"}, `did you mean "export"?`},
		{[]string{"Version"}, `did you mean "version"?`},
		{[]string{"xyzzy"}, `unknown command "xyzzy"` + "\n"},
		{[]string{"help", "serv"}, `unknown command "serv"; did you mean "serve"?`},
		{[]string{"bench", "ingets"}, `unknown benchmark "ingets"; did you mean "ingest"?`},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			_, stderr, err := runCmd(t, context.Background(), tc.args...)
			if !errors.Is(err, errUsage) {
				t.Errorf("run(%q): got %v, want errUsage (exit 2)", tc.args, err)
			}
			if !strings.Contains(stderr, tc.want) {
				t.Errorf("run(%q): stderr lacks %q:\n%s", tc.args, tc.want, stderr)
			}
		})
	}
}

// TestUsageListsEveryFlag: each command's usage is made from its flags, so
// serve's lists the flags an older hand-written copy lacked, every flag is
// kebab-case, and a deprecated spelling is listed only as deprecated.
func TestUsageListsEveryFlag(t *testing.T) {
	flagLine := regexp.MustCompile(`(?m)^  --(\S+)`)
	kebabName := regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	for _, tc := range []struct {
		cmd        []string
		want       []string
		deprecated []string
	}{
		{[]string{"serve"}, []string{"store", "addr", "load", "stream", "read-only", "procs", "loader-wait", "workers", "max-bytes", "doc-timeout", "published", "mtime-dates", "encoding", "exclude", "keys"}, nil},
		{[]string{"ingest"}, []string{"store", "workers", "max-bytes", "doc-timeout", "published", "mtime-dates", "encoding", "exclude", "quiet"}, nil},
		{[]string{"extract"}, []string{"workers", "max-bytes", "doc-timeout", "published", "mtime-dates", "encoding", "exclude"}, nil},
		{[]string{"export"}, []string{"store", "format", "max-edges-limit", "max-edges", "goldstein-max", "published-from", "quad-class", "include-negated"}, []string{"-goldsteinMax (--goldstein-max)", "-maxEdges (--max-edges)"}},
		{[]string{"bench", "ingest"}, []string{"store", "workers", "repeat", "cpu-profile"}, []string{"-cpuprofile (--cpu-profile)"}},
		{[]string{"keygen"}, []string{"name", "scopes"}, nil},
	} {
		t.Run(strings.Join(tc.cmd, " "), func(t *testing.T) {
			out, _, err := runCmd(t, context.Background(), append([]string{"help"}, tc.cmd...)...)
			if err != nil {
				t.Fatal(err)
			}
			listed := map[string]bool{}
			for _, m := range flagLine.FindAllStringSubmatch(out, -1) {
				listed[m[1]] = true
				if !kebabName.MatchString(m[1]) {
					t.Errorf("flag --%s is not kebab-case", m[1])
				}
			}
			for _, f := range tc.want {
				if !listed[f] {
					t.Errorf("usage lacks --%s:\n%s", f, out)
				}
			}
			for _, d := range tc.deprecated {
				if !strings.Contains(out, d) {
					t.Errorf("usage does not list the deprecated %s:\n%s", d, out)
				}
			}
		})
	}
}

// TestDeprecatedSpellings: an old flag spelling still works, with a
// warning; the new one works without.
func TestDeprecatedSpellings(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		warn bool
	}{
		{"old export parameter", []string{"export", "--store", "memory", "-goldsteinMax", "3"}, true},
		{"old, as --name=value", []string{"export", "--store", "memory", "--maxEdges=10"}, true},
		{"new export parameter", []string{"export", "--store", "memory", "--goldstein-max", "3"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, err := runCmd(t, context.Background(), tc.args...)
			if err != nil {
				t.Fatalf("run(%q): %v\n%s", tc.args, err, stderr)
			}
			if got := strings.Contains(stderr, "is deprecated; use --"); got != tc.warn {
				t.Errorf("run(%q): deprecation warning %v, want %v:\n%s", tc.args, got, tc.warn, stderr)
			}
		})
	}
}

func TestKebab(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"goldsteinMax", "goldstein-max"},
		{"maxEdges", "max-edges"},
		{"entity", "entity"},
		{"includeNegated", "include-negated"},
	} {
		if got := kebab(tc.in); got != tc.want {
			t.Errorf("kebab(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestStoreURIErrors(t *testing.T) {
	for _, tc := range []struct {
		uri, want string // want "": accepted
	}{
		{"leveldb:./x", ""},
		{"bolt:x.db", ""},
		{"bbolt:x.db", ""},
		{"memory", ""},
		{"postgres:dbname=x", ""},
		{"levledb:./x", `unknown store scheme "levledb" (leveldb, bolt, memory, postgres); did you mean leveldb?`},
		{"memroy", `unknown store scheme "memroy" (leveldb, bolt, memory, postgres); did you mean memory?`},
		{"postgress:dbname=x", "did you mean postgres?"},
		{"sqlite:x.db", `unknown store scheme "sqlite" (leveldb, bolt, memory, postgres)`},
		{"./data", `store "./data" has no scheme (leveldb, bolt, memory, postgres); for a LevelDB folder, say leveldb:./data`},
	} {
		t.Run(tc.uri, func(t *testing.T) {
			err := checkStoreURI(tc.uri)
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("checkStoreURI(%q): got %v, want nil", tc.uri, err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("checkStoreURI(%q): got %v, want %q", tc.uri, err, tc.want)
			}
		})
	}
	// And at the command line, for every command that opens a store.
	for _, args := range [][]string{
		{"ingest", "--store", "levledb:./x", "../../examples"},
		{"export", "--store", "levledb:./x"},
		{"serve", "--store", "levledb:./x", "--addr", "127.0.0.1:0"},
	} {
		_, _, err := runCmd(t, context.Background(), args...)
		if err == nil || err.Error() != `unknown store scheme "levledb" (leveldb, bolt, memory, postgres); did you mean leveldb?` {
			t.Errorf("run(%q): got %v, want the unknown store scheme", args, err)
		}
	}
}

// TestStoreInUse: a LevelDB store another process (here, another Open)
// holds is said so, without kg's operation names, for every command.
func TestStoreInUse(t *testing.T) {
	uri := "leveldb:" + filepath.Join(t.TempDir(), "db")
	st, err := kg.Open(context.Background(), uri)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, args := range [][]string{
		{"ingest", "--store", uri, "../../examples"},
		{"export", "--store", uri},
		{"bench", "ingest", "--store", uri, "--queries", "0", "../../examples"},
	} {
		_, _, err := runCmd(t, context.Background(), args...)
		if !errors.Is(err, backends.ErrInUse) {
			t.Errorf("run(%q): got %v, want backends.ErrInUse", args, err)
			continue
		}
		if want := "store " + uri + ": the store is in use by another process"; !strings.HasPrefix(err.Error(), want) || strings.Contains(err.Error(), "kg.") {
			t.Errorf("run(%q): got %q, want it to start %q, without kg's operation names", args, err, want)
		}
	}
}

// TestExportNotFound: an entity that is not there is said in the user's
// terms, and errors.Is still finds query.ErrNotFound.
func TestExportNotFound(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--entity", "gpe/nowhere"}, "no entity gpe/nowhere"},
		{[]string{"--entities", "gpe/nowhere,gpe/elsewhere"}, "no entity among gpe/nowhere,gpe/elsewhere"},
	} {
		t.Run(tc.want, func(t *testing.T) {
			_, _, err := runCmd(t, context.Background(), append([]string{"export", "--store", "memory"}, tc.args...)...)
			if err == nil || err.Error() != tc.want {
				t.Errorf("export %q: got %v, want %q", tc.args, err, tc.want)
			}
			if !errors.Is(err, query.ErrNotFound) {
				t.Errorf("export %q: %v does not wrap query.ErrNotFound", tc.args, err)
			}
		})
	}
}

func TestNearest(t *testing.T) {
	names := []string{"extract", "ingest", "serve", "export", "bench", "keygen", "version", "help"}
	for _, tc := range []struct{ in, want string }{
		{"serv", "serve"},
		{"srve", "serve"},
		{"ingets", "ingest"},
		{"exprot", "export"},
		{"hlep", "help"},
		{"ex", ""}, // two edits from nothing but too short to guess
		{"deploy", ""},
	} {
		if got := nearest(tc.in, names); got != tc.want {
			t.Errorf("nearest(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestCorpusInputs ingests a folder as a real corpus has it: a Latin-1
// article (read, with a note), a README and a SOURCE file (skipped and
// listed) beside the articles.
func TestCorpusInputs(t *testing.T) {
	dir := t.TempDir()
	latin1 := []byte("Caf\xe9 owners in Paris protested against France's new tax on Monday.\n")
	if raw, err := os.ReadFile("../../../shared/corpus/bbc/sport/199.txt"); err == nil {
		latin1 = raw // the BBC corpus's own Latin-1 file (issue 13)
	}
	files := map[string][]byte{
		"README.TXT":       []byte("Consists of 2225 documents from the BBC news website."),
		"SOURCE.txt":       []byte("http://mlg.ucd.ie/datasets/bbc.html"),
		"sport/199.txt":    latin1,
		"politics/001.txt": []byte("Talks\n\nChina imposed new sanctions on North Korea on Monday.\n"),
	}
	for name, raw := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "politics", "002.draft.txt"), []byte("Draft\n\nNot ready."), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, err := runCmd(t, context.Background(), "ingest", "--store", "memory", "--quiet", "--exclude", "*.draft.txt", dir)
	if err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	for _, want := range []string{
		"2 added, 0 already stored, 0 failed",
		"skipped 1 file(s) or folder(s) matching --exclude: " + filepath.Join(dir, "politics", "002.draft.txt"),
		filepath.Join(dir, "sport", "199.txt") + ": not valid UTF-8: decoded as Windows-1252",
		"skipped 2 file(s) that are not articles",
		filepath.Join(dir, "README.TXT"),
		filepath.Join(dir, "SOURCE.txt"),
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("ingest stderr lacks %q:\n%s", want, stderr)
		}
	}
	// Named explicitly, a README is read.
	_, stderr, err = runCmd(t, context.Background(), "ingest", "--store", "memory", "--quiet", filepath.Join(dir, "README.TXT"))
	if err != nil || !strings.Contains(stderr, "1 added") {
		t.Errorf("ingest README.TXT: got %v, want it read:\n%s", err, stderr)
	}
}

// TestPublishedFlag: --published dates the documents that give no date,
// not the others; a wrong date is a usage error.
func TestPublishedFlag(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Talks\n\nChina imposed new sanctions on North Korea.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "b.txt"), []byte("Talks\nPublished: 2017-09-29\n\nJapan imposed sanctions on Russia.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, err := runCmd(t, context.Background(), "extract", "--published", "2005-03-04", dir)
	if err != nil {
		t.Fatalf("extract: %v\n%s", err, stderr)
	}
	got := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var l struct{ Document docJSON }
		if err := json.Unmarshal([]byte(line), &l); err != nil {
			t.Fatal(err)
		}
		if l.Document.Published != nil {
			got[filepath.Base(l.Document.Source)] = *l.Document.Published
		}
	}
	if got["a.txt"] != "2005-03-04" || got["b.txt"] != "2017-09-29" {
		t.Errorf("published: got %v, want a.txt 2005-03-04 (--published), b.txt 2017-09-29 (its own)", got)
	}
	if !strings.Contains(stderr, "a.txt: publication date given for the run") || strings.Contains(stderr, "b.txt:") {
		t.Errorf("stderr should note a.txt's date only:\n%s", stderr)
	}
	for _, args := range [][]string{
		{"--published", "someday"},
		{"--encoding", "klingon"},
		{"--exclude", "[a-"},
	} {
		_, stderr, err := runCmd(t, context.Background(), append(append([]string{"extract"}, args...), dir)...)
		if !errors.Is(err, errUsage) || !strings.Contains(stderr, args[0]) {
			t.Errorf("extract %q: got %v, want errUsage naming %s:\n%s", args, err, args[0], stderr)
		}
	}
}

// TestEncodingFlag: --encoding utf-8 refuses a Latin-1 file, which is
// otherwise read as Windows-1252; --encoding iso-8859-2 reads it so.
func TestEncodingFlag(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(p, []byte("\xa3\xf3d\xbc\n\nPoland and Germany met in \xa3\xf3d\xbc.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		enc, title string
		failed     bool
	}{
		{"", "\u00a3\u00f3d\u00bc", false},
		{"iso-8859-2", "\u0141\u00f3d\u017a", false},
		{"utf-8", "", true},
	} {
		t.Run(tc.enc, func(t *testing.T) {
			args := []string{"extract", p}
			if tc.enc != "" {
				args = []string{"extract", "--encoding", tc.enc, p}
			}
			out, stderr, err := runCmd(t, context.Background(), args...)
			if tc.failed {
				if !errors.Is(err, errFailed) || !strings.Contains(stderr, "not valid UTF-8") {
					t.Errorf("run(%q): got %v, want the document refused as not UTF-8:\n%s", args, err, stderr)
				}
				return
			}
			var l struct{ Document docJSON }
			if err != nil || json.Unmarshal([]byte(out), &l) != nil || l.Document.Title != tc.title {
				t.Errorf("run(%q): got %v, title %q; want %q\n%s", args, err, l.Document.Title, tc.title, stderr)
			}
		})
	}
}
