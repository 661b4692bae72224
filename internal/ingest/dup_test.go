package ingest_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/kg"
)

// TestDuplicateIDNoFlip ingests an input that gives one JSON Lines id
// twice, with two texts, three times over: the first text is stored and
// stays, the second fails with article.ErrDuplicateID on every run, and no
// run replaces the stored version (each used to store one text and then
// replace it by the other).
func TestDuplicateIDNoFlip(t *testing.T) {
	ctx := context.Background()
	st, err := kg.Open(ctx, "memory")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	const first, second = "China imposed new sanctions.", "Japan imposed new sanctions."
	input := `{"id":"a","text":"` + first + `"}` + "\n" + `{"id":"b","text":"Other news."}` + "\n" + `{"id":"a","text":"` + second + `"}` + "\n"
	for run := range 3 {
		// One worker and batches of one, so the first version is written
		// before the second is read: the old flip within one run.
		p := ingest.New(&quick{}, st, ingest.Workers(1), ingest.Batch(1, 0))
		var dup []ingest.Outcome
		sum, err := p.Run(ctx, &article.Reader{Stdin: strings.NewReader(input)}, []string{"-"}, func(o ingest.Outcome) {
			if errors.Is(o.Err, article.ErrDuplicateID) {
				dup = append(dup, o)
			}
		})
		if err != nil {
			t.Fatalf("run %d: %v", run, err)
		}
		if sum.Failed != 1 || len(dup) != 1 || dup[0].Article.ID != "a" || sum.Replaced != 0 {
			t.Errorf("run %d: got %+v, %d duplicate errors, want the second a refused, nothing replaced", run, sum, len(dup))
		}
		if text, ok, err := st.StoredText(ctx, "a"); err != nil || !ok || text != first {
			t.Errorf("run %d: stored text of a: got %q %v %v, want %q", run, text, ok, err, first)
		}
	}
}
