package extract

import (
	"hash/fnv"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/testenv"
)

// TestTablesKeepOffBBC fails when a string in this package's tests shares
// eight words in a row with an article of the BBC corpus, which is for
// research only and must not be copied into the repository (test
// sentences are written for the tests). Skipped without ../shared.
func TestTablesKeepOffBBC(t *testing.T) {
	arts, _ := filepath.Glob(filepath.Join(testenv.RepoRoot(t), "..", "shared", "corpus", "bbc", "*", "*.txt"))
	if len(arts) == 0 {
		t.Skip("no BBC corpus in ../shared")
	}
	const n = 8
	key := func(w []string) uint64 {
		h := fnv.New64a()
		for _, s := range w {
			h.Write([]byte(s))
			h.Write([]byte{0})
		}
		return h.Sum64()
	}
	seen := make(map[uint64]string, 1<<20)
	for _, a := range arts {
		b, err := os.ReadFile(a)
		if err != nil {
			t.Fatal(err)
		}
		w := strings.Fields(string(b))
		for i := 0; i+n <= len(w); i++ {
			seen[key(w[i:i+n])] = a
		}
	}
	tests, err := filepath.Glob("*_test.go")
	if err != nil {
		t.Fatal(err)
	}
	lit := regexp.MustCompile(`"(?:[^"\\\n]|\\.)*"`)
	for _, f := range tests {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range lit.FindAllString(string(b), -1) {
			s, err := strconv.Unquote(m)
			if err != nil {
				continue
			}
			w := strings.Fields(s)
			for i := 0; i+n <= len(w); i++ {
				if a, ok := seen[key(w[i:i+n])]; ok {
					t.Errorf("%s quotes %s: %q", f, filepath.Join(filepath.Base(filepath.Dir(a)), filepath.Base(a)), strings.Join(w[i:i+n], " "))
					break
				}
			}
		}
	}
}
