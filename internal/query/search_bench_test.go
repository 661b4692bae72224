package query

import (
	"context"
	"math/rand/v2"
	"testing"
)

// BenchmarkSearchFuzzy measures a search whose trigrams meet most of the
// index (a dropped letter in a common name) over 8,000 entities.
func BenchmarkSearchFuzzy(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	s := &Service{limits: DefaultLimits(), ix: newIndex()}
	for i := range 4000 {
		s.ix.add(searchDoc(i, r, 8000))
	}
	ctx := context.Background()
	for b.Loop() {
		if _, err := s.Search(ctx, "Brno Odegaard12", nil, Page{First: 10}); err != nil {
			b.Fatal(err)
		}
	}
}
