package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/testenv"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGolden compares the extraction of the seed examples with
// testdata/<name>.golden.json. Run with -update after a deliberate change
// and review the diff.
func TestGolden(t *testing.T) {
	x := newTestExtractor(t)
	files, err := filepath.Glob(filepath.Join(testenv.RepoRoot(t), "examples", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed examples: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(x.Extract(article.Normalize(string(b))), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGolden -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("Extract(%s) differs from %s; run with -update and review the diff", name, golden)
			}
		})
	}
}
