package graph_test

import (
	"crypto/sha256"
	"os"
	"path/filepath"
	"testing"
)

func sha256Sum(s string) [32]byte { return sha256.Sum256([]byte(s)) }

// repoFile is the path of a file of the repository, found from the test's
// working directory.
func repoFile(t *testing.T, rel string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, rel)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatalf("no go.mod above the test directory")
		}
		dir = parent
	}
}
