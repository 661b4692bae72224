package query

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// BenchmarkTextIngest measures what the text index costs an ingest: BBC
// articles (../shared/corpus/bbc) indexed in the batches the queue makes
// (textDelay at 100 documents a second), per document, and in batches of
// ten.
func BenchmarkTextIngest(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "corpus", "bbc", "business", "*.txt"))
	if len(files) == 0 {
		b.Skip("no BBC corpus at ../shared/corpus/bbc")
	}
	var texts []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(raw))
	}
	for _, c := range []struct {
		dir   string
		batch int
	}{{"", 10}, {"disk", 10}, {"disk", int(100 * textDelay / time.Second)}} {
		dir, batch := c.dir, c.batch
		name := "memory"
		if dir != "" {
			name = dir
			dir = filepath.Join(b.TempDir(), "text")
		}
		b.Run(fmt.Sprintf("%s/batch%d", name, batch), func(b *testing.B) {
			ti, err := openText(dir, func(string, ...any) {})
			if err != nil {
				b.Fatal(err)
			}
			defer ti.close()
			n := 0
			var ru0, ru1 syscall.Rusage
			_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru0)
			for b.Loop() {
				add := make([]textDoc, batch)
				for i := range add {
					add[i] = textDoc{id: fmt.Sprint(n), title: "t", text: texts[n%len(texts)]}
					n++
				}
				if err := ti.apply(add, nil); err != nil {
					b.Fatal(err)
				}
			}
			_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru1)
			cpu := ru1.Utime.Nano() + ru1.Stime.Nano() - ru0.Utime.Nano() - ru0.Stime.Nano()
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(n), "us/doc")
			b.ReportMetric(float64(cpu)/1e3/float64(n), "cpu-us/doc")
		})
	}
}
