package kg_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/kg/kgtest"
)

// corruptDocs is how many synthetic documents the corruption tests store:
// enough for a LevelDB table of a few MiB.
const corruptDocs = 40

// levelDBWithTables builds a LevelDB store of docs[:n] flushed into a table
// (reopening flushes the journal), then, when rest is not empty, adds rest,
// which stays in the journal, and closes it. It returns the store folder.
func levelDBWithTables(t *testing.T, first, rest []kg.Doc) string {
	t.Helper()
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "db")
	uri := "leveldb:" + dir
	for _, docs := range [][]kg.Doc{first, nil, rest} {
		s, err := kg.Open(ctx, uri)
		if err != nil {
			t.Fatal(err)
		}
		if len(docs) > 0 {
			if _, err := s.AddDocuments(ctx, docs); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func syntheticDocs(from, to int) []kg.Doc {
	var docs []kg.Doc
	for i := from; i < to; i++ {
		d := kgtest.Synthetic(i)
		docs = append(docs, kg.Doc{Article: d.Article, Result: d.Result})
	}
	return docs
}

// newest returns the path of the newest file of the folder with the
// extension: LevelDB numbers its files in order.
func newest(t *testing.T, dir, ext string) string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		if filepath.Ext(e.Name()) == ext {
			names = append(names, e.Name())
		}
	}
	if len(names) == 0 {
		t.Fatalf("no %s file in %s", ext, dir)
	}
	slices.Sort(names)
	return filepath.Join(dir, names[len(names)-1])
}

// checkTexts fails the test when a document reads back with a text other
// than its own: each document is stored whole (its text) or absent, or the
// read fails, never a silently empty text.
func checkTexts(t *testing.T, s *kg.Store, docs []kg.Doc) (stored, failed int) {
	t.Helper()
	for _, d := range docs {
		text, ok, err := s.StoredText(context.Background(), d.Article.ID)
		switch {
		case err != nil:
			failed++
		case ok && text != d.Article.Text:
			t.Errorf("StoredText(%s): got %d bytes %.20q, want its text of %d bytes", d.Article.ID, len(text), text, len(d.Article.Text))
		case ok:
			stored++
		}
	}
	return stored, failed
}

// TestOpenDamagedLevelDB damages a closed LevelDB store as a bad copy, a
// full disk or an operator might, and reopens it: a truncated or missing
// table fails Open, naming the file, instead of opening a store whose
// documents read back empty; a truncated journal loses the last writes
// whole, and what remains reads back intact.
func TestOpenDamagedLevelDB(t *testing.T) {
	ctx := context.Background()
	first, rest := syntheticDocs(0, corruptDocs), syntheticDocs(corruptDocs, corruptDocs+5)
	for _, tc := range []struct {
		name    string
		damage  func(t *testing.T, dir string) string // returns the file damaged
		wantErr string                                // "" when Open must succeed
	}{
		{"newest table truncated to zero", func(t *testing.T, dir string) string {
			f := newest(t, dir, ".ldb")
			if err := os.Truncate(f, 0); err != nil {
				t.Fatal(err)
			}
			return f
		}, "is 0 bytes"},
		{"newest table cut short", func(t *testing.T, dir string) string {
			f := newest(t, dir, ".ldb")
			fi, err := os.Stat(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.Truncate(f, fi.Size()/2); err != nil {
				t.Fatal(err)
			}
			return f
		}, "manifest says"},
		{"newest table removed", func(t *testing.T, dir string) string {
			f := newest(t, dir, ".ldb")
			if err := os.Remove(f); err != nil {
				t.Fatal(err)
			}
			return f
		}, "000005.ldb missing"},
		{"journal truncated to zero", func(t *testing.T, dir string) string {
			f := newest(t, dir, ".log")
			if err := os.Truncate(f, 0); err != nil {
				t.Fatal(err)
			}
			return f
		}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := levelDBWithTables(t, first, rest)
			file := filepath.Base(tc.damage(t, dir))
			s, err := kg.Open(ctx, "leveldb:"+dir)
			if tc.wantErr != "" {
				if err == nil {
					s.Close()
					t.Fatalf("Open after %s: got no error, want %v", tc.name, kg.ErrCorrupt)
				}
				if !errors.Is(err, kg.ErrCorrupt) || !strings.Contains(err.Error(), file) || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("Open after %s: got %v, want %v naming %s and saying %q", tc.name, err, kg.ErrCorrupt, file, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Open after %s: %v", tc.name, err)
			}
			defer s.Close()
			if err := s.Ping(ctx); err != nil {
				t.Errorf("Ping: %v", err)
			}
			stored, failed := checkTexts(t, s, append(first, rest...))
			if stored != len(first) || failed != 0 {
				t.Errorf("after %s: %d documents read back whole and %d reads failed, want the %d flushed before (whole) and no failure",
					tc.name, stored, failed, len(first))
			}
		})
	}
}

// TestPingDamagedWhileOpen truncates the newest LevelDB table of an open
// store, as a failing disk might: Ping, which serve's /readyz calls, must
// fail (the lookup it made through Cayley's ValueOf lost the error, so the
// store said it was ready), and document texts read with an error, not
// empty. (Blocks LevelDB read before the damage stay in its cache and
// still read: the store is opened just before.)
func TestPingDamagedWhileOpen(t *testing.T) {
	ctx := context.Background()
	docs := syntheticDocs(0, corruptDocs)
	dir := levelDBWithTables(t, docs, nil)
	s, err := kg.Open(ctx, "leveldb:"+dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close() // fails: the table is damaged
	if err := os.Truncate(newest(t, dir, ".ldb"), 0); err != nil {
		t.Fatal(err)
	}
	if err := s.Ping(ctx); err == nil {
		t.Errorf("Ping after the newest table was truncated: got nil, want an error")
	}
	if stored, failed := checkTexts(t, s, docs); failed == 0 {
		t.Errorf("after the damage: %d texts read back and no read failed, want failures", stored)
	}
	if _, err := s.HasDocument(ctx, docs[0].Article.ID); err == nil {
		t.Errorf("HasDocument after the damage: got no error, want one (not a silent false)")
	}
}
