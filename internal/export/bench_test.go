package export

import (
	"fmt"
	"io"
	"testing"
	"time"
)

// bigGraph is a synthetic graph of n entities and 4n relations.
func bigGraph(n int) Graph {
	g := Graph{Nodes: make([]Node, n), Edges: make([]Edge, 4*n)}
	for i := range g.Nodes {
		g.Nodes[i] = Node{ID: fmt.Sprintf("person/p-%d", i), Label: fmt.Sprintf("Person %d", i), Type: "PERSON", Degree: 8,
			Attrs: map[string]string{"aliases": "P" + fmt.Sprint(i)}}
	}
	t0 := time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range g.Edges {
		gs := -2.5
		g.Edges[i] = Edge{Source: g.Nodes[i%n].ID, Target: g.Nodes[(i*7+1)%n].ID, Predicate: "criticize",
			Goldstein: &gs, CAMEO: "111", FirstSeen: t0.AddDate(0, 0, i%300), LastSeen: t0.AddDate(0, 0, i%300+30),
			Documents: []string{fmt.Sprintf("%012x", i), fmt.Sprintf("%012x", i+1)}}
	}
	return g
}

// BenchmarkWrite measures each format on 10k entities and 40k relations:
// go test -run XXX -bench Write ./internal/export
func BenchmarkWrite(b *testing.B) {
	g := bigGraph(10000)
	for _, format := range Formats() {
		b.Run(format, func(b *testing.B) {
			b.ReportAllocs()
			var n countWriter
			for b.Loop() {
				n = 0
				if err := Write(&n, format, g); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)/1e6, "MB")
		})
	}
}

type countWriter int

func (c *countWriter) Write(p []byte) (int, error) { *c += countWriter(len(p)); return len(p), nil }

var _ io.Writer = (*countWriter)(nil)
