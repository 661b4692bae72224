package query

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"
)

// TestBrandesMatchesGonum: brandes computes gonum's network.Betweenness,
// on graphs with several components, hubs, cycles and isolated nodes.
func TestBrandesMatchesGonum(t *testing.T) {
	for seed := uint64(1); seed <= 20; seed++ {
		rng := rand.New(rand.NewPCG(seed, 14))
		n := 2 + rng.IntN(60)
		g := simple.NewWeightedUndirectedGraph(0, 0)
		for i := 0; i < n; i++ {
			g.AddNode(simple.Node(i))
		}
		for e := rng.IntN(3 * n); e > 0; e-- {
			u, v := rng.IntN(n), rng.IntN(n)
			if u != v {
				g.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(u), T: simple.Node(v), W: float64(1 + rng.IntN(5))})
			}
		}
		want := network.Betweenness(g)
		got := brandes(g, n)
		for i := 0; i < n; i++ {
			if math.Abs(got[i]-want[int64(i)]) > 1e-9*math.Max(1, want[int64(i)]) {
				t.Fatalf("seed %d, node %d of %d: got %g, want %g", seed, i, n, got[i], want[int64(i)])
			}
		}
	}
}
