package main

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportReadOnlyStore ingests into a LevelDB store, makes its folder
// and files read-only (0555, 0444), and exports it: export opens the store
// read-only, so it works without write permission.
func TestExportReadOnlyStore(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root ignores file permissions")
	}
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "db")
	store := "--store=leveldb:" + dir
	if _, stderr, err := runCmd(t, ctx, "ingest", store, "--quiet", "../../examples"); err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	setTreeMode(t, dir, 0o555, 0o444)
	out, stderr, err := runCmd(t, ctx, "export", store, "--format=nquads")
	if err != nil {
		t.Fatalf("export of a read-only store: %v\n%s", err, stderr)
	}
	if !strings.Contains(out, "gpe/north-korea") {
		t.Errorf("export of a read-only store lacks gpe/north-korea:\n%.500s", out)
	}
}

// setTreeMode sets the mode of the folder root, its sub-folders and files,
// and restores write permission when the test ends.
func setTreeMode(t *testing.T, root string, dirMode, fileMode fs.FileMode) {
	t.Helper()
	set := func(dirMode, fileMode fs.FileMode) {
		var dirs []string
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				return err
			case d.IsDir():
				dirs = append(dirs, p)
				return nil
			}
			return os.Chmod(p, fileMode)
		})
		for i := len(dirs) - 1; i >= 0 && err == nil; i-- {
			err = os.Chmod(dirs[i], dirMode)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	set(dirMode, fileMode)
	t.Cleanup(func() { set(0o755, 0o644) })
}
