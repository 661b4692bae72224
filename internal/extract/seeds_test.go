package extract

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/testenv"
)

var testExtractor *Extractor

func newTestExtractor(t testing.TB) *Extractor {
	t.Helper()
	if testExtractor == nil {
		x, err := New()
		if err != nil {
			t.Fatalf("New: %v", err)
		}
		testExtractor = x
	}
	return testExtractor
}

type outLine struct {
	Document  map[string]string `json:"document"`
	Entities  []Entity          `json:"entities"`
	Relations []Relation        `json:"relations"`
}

// seedOutput extracts the seed examples as the extract command prints them.
func seedOutput(t testing.TB, x *Extractor) []byte {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(testenv.RepoRoot(t), "examples", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed examples: %v", err)
	}
	var out []byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		res := x.Extract(article.Normalize(string(b)))
		line, err := json.Marshal(outLine{Document: map[string]string{"source": filepath.Base(f)}, Entities: res.Entities, Relations: res.Relations})
		if err != nil {
			t.Fatal(err)
		}
		out = append(append(out, line...), '\n')
	}
	return out
}

// Floors reached so far (ratchet: raise them, never lower them).
var seedFloors = map[string]float64{
	"relation_recall":    0.96,
	"relation_precision": 0.98, // stop 23: 1.0
	"entity_recall":      1.0,
}

// TestSeedScores scores the seeds with the shared score.py and fails below
// the floors.
func TestSeedScores(t *testing.T) {
	shared := testenv.SharedDir(t)
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	x := newTestExtractor(t)
	path := filepath.Join(t.TempDir(), "out.jsonl")
	if err := os.WriteFile(path, seedOutput(t, x), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, filepath.Join(shared, "eval", "score.py"), filepath.Join(shared, "eval", "seeds-gold.json"), path, "--verbose")
	b, err := cmd.CombinedOutput()
	t.Logf("score.py:\n%s", b)
	if err != nil {
		t.Fatalf("score.py: %v", err)
	}
	re := regexp.MustCompile(`relations: recall ([0-9.]+) precision ([0-9.]+) F1 ([0-9.]+) \| entities: recall ([0-9.]+) precision ([0-9.]+)`)
	m := re.FindSubmatch(b)
	if m == nil {
		t.Fatalf("no summary line in score.py output")
	}
	got := map[string]float64{}
	for i, k := range []string{"relation_recall", "relation_precision", "relation_f1", "entity_recall", "entity_precision"} {
		got[k], _ = strconv.ParseFloat(string(m[i+1]), 64)
	}
	for k, floor := range seedFloors {
		if got[k] < floor {
			t.Errorf("%s = %.3f, want >= %.3f", k, got[k], floor)
		}
	}
}
