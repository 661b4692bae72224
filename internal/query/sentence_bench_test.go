package query

import (
	"context"
	"os"
	"testing"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// BenchmarkSentence compares the two ways of reading an evidence sentence
// from the store at $NEWSGRAPH_BENCH_STORE (opened read-only): every quad
// of the evidence node read whole (attributes, before), and the
// references compared with only the sentence resolved (readSentence).
func BenchmarkSentence(b *testing.B) {
	uri := os.Getenv("NEWSGRAPH_BENCH_STORE")
	if uri == "" {
		b.Skip("set NEWSGRAPH_BENCH_STORE to a store URI")
	}
	ctx := context.Background()
	st, err := kg.OpenReadOnly(ctx, uri)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	qs := st.QuadStore()
	docs, err := scanAll(ctx, qs)
	if err != nil {
		b.Fatal(err)
	}
	type ev struct{ id, doc string }
	var evs []ev
	for _, d := range docs {
		for id := range d.evs {
			evs = append(evs, ev{id, d.id})
		}
	}
	pred := qs.ValueOf(kg.PredSentence)
	b.Run("attributes", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			e := evs[i%len(evs)]
			if _, err := attributes(ctx, qs, evNode(e.id), docNode(e.doc), kg.PredSentence); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("refs", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			if s, err := readSentence(ctx, qs, evs[i%len(evs)].id, pred); err != nil || s == "" {
				b.Fatal(s, err)
			}
		}
	})
}
