package kg_test

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/kg/kgtest"
)

// chmodTree sets the mode of every folder under root (root included) to
// dirMode and of every file to fileMode, and restores write permission
// when the test ends so that its temporary folder can be removed.
func chmodTree(t *testing.T, root string, dirMode, fileMode fs.FileMode) {
	t.Helper()
	set := func(dirMode, fileMode fs.FileMode) error {
		var dirs []string
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				dirs = append(dirs, p)
				return nil
			}
			return os.Chmod(p, fileMode)
		})
		// Folders last, deepest first: a folder without write permission
		// can still be listed and its files changed.
		for i := len(dirs) - 1; i >= 0 && err == nil; i-- {
			err = os.Chmod(dirs[i], dirMode)
		}
		return err
	}
	if err := set(dirMode, fileMode); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := set(0o755, 0o644); err != nil {
			t.Errorf("restore permissions: %v", err)
		}
	})
}

// TestOpenReadOnly makes a store's folder and files read-only (0555 and
// 0444) and opens it with OpenReadOnly, as export and serve --read-only
// do: it opens, reads and answers Ping, refuses writes with ErrReadOnly,
// and two read-only opens of one LevelDB store share it. Open, which
// writes, cannot open it.
func TestOpenReadOnly(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root ignores file permissions")
	}
	ctx := context.Background()
	d := kgtest.SharedDoc()
	for _, tc := range []struct {
		name string
		uri  func(dir string) string
	}{
		{"leveldb", func(dir string) string { return "leveldb:" + filepath.Join(dir, "db") }},
		{"bbolt", func(dir string) string { return "bolt:" + filepath.Join(dir, "kg.bolt") }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			uri := tc.uri(dir)
			s, err := kg.Open(ctx, uri)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.AddDocument(ctx, d.Article, d.Result); err != nil {
				t.Fatal(err)
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			chmodTree(t, dir, 0o555, 0o444)

			if s, err := kg.Open(ctx, uri); err == nil {
				s.Close()
				t.Errorf("Open of a read-only store: got no error, want one (it writes)")
			}
			ro, err := kg.OpenReadOnly(ctx, uri)
			if err != nil {
				t.Fatalf("OpenReadOnly: %v", err)
			}
			defer ro.Close()
			if err := ro.Ping(ctx); err != nil {
				t.Errorf("Ping: %v", err)
			}
			if text, ok, err := ro.StoredText(ctx, d.Article.ID); err != nil || !ok || text != d.Article.Text {
				t.Errorf("StoredText: got %.20q %v %v, want the document's text", text, ok, err)
			}
			if got, want := len(kgtest.Dump(t, ro)), len(kgtest.Want(t, d)); got != want {
				t.Errorf("read back %d quads, want %d", got, want)
			}
			other := kgtest.SanctionsDoc()
			if _, err := ro.AddDocument(ctx, other.Article, other.Result); !errors.Is(err, kg.ErrReadOnly) {
				t.Errorf("AddDocument: got %v, want %v", err, kg.ErrReadOnly)
			}
			if _, err := ro.AddDocuments(ctx, []kg.Doc{{Article: other.Article, Result: other.Result}}); !errors.Is(err, kg.ErrReadOnly) {
				t.Errorf("AddDocuments: got %v, want %v", err, kg.ErrReadOnly)
			}
			if _, err := ro.DeleteDocument(ctx, d.Article.ID); !errors.Is(err, kg.ErrReadOnly) {
				t.Errorf("DeleteDocument: got %v, want %v", err, kg.ErrReadOnly)
			}
			ro2, err := kg.OpenReadOnly(ctx, uri)
			if err != nil {
				t.Errorf("second OpenReadOnly while the first is open: %v", err)
			} else {
				ro2.Close()
			}
		})
	}
}

// TestOpenReadOnlyMissing checks that OpenReadOnly creates nothing: a
// store that does not exist is an error, and its folder stays absent.
func TestOpenReadOnlyMissing(t *testing.T) {
	ctx := context.Background()
	for _, uri := range []string{"leveldb:", "bolt:"} {
		t.Run(uri, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "absent", "store")
			s, err := kg.OpenReadOnly(ctx, uri+p)
			if err == nil {
				s.Close()
				t.Fatalf("OpenReadOnly(%s): got no error, want one", uri+p)
			}
			if _, err := os.Stat(filepath.Dir(p)); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("OpenReadOnly(%s) created %s (stat: %v)", uri+p, filepath.Dir(p), err)
			}
		})
	}
}
