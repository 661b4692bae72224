package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/testenv"
)

// bbcTexts reads up to n normalised BBC articles from ../shared.
func bbcTexts(tb testing.TB, n int) []string {
	tb.Helper()
	dir := filepath.Join(testenv.SharedDir(tb), "corpus", "bbc")
	files, err := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Skipf("no BBC corpus in %s", dir)
	}
	if n > 0 && len(files) > n {
		// an even spread over the categories
		step := len(files) / n
		var pick []string
		for i := 0; i < len(files) && len(pick) < n; i += step {
			pick = append(pick, files[i])
		}
		files = pick
	}
	out := make([]string, 0, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, article.Normalize(string(b)))
	}
	return out
}

// BenchmarkExtract measures the extractor alone over BBC articles and
// reports words per second (one goroutine: per core).
func BenchmarkExtract(b *testing.B) {
	texts := bbcTexts(b, 300)
	x := newTestExtractor(b)
	words := 0
	for _, t := range texts {
		words += len(strings.Fields(t))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			x.Extract(t)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
