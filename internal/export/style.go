package export

import (
	"math"
	"sort"
)

// TypeColors are the explorer's node colours by entity type
// (internal/explorer/web/src/main.js TYPE_COLOURS); other types are grey.
var TypeColors = map[string]string{"PERSON": "#2563eb", "ORG": "#9333ea", "GPE": "#ea580c", "LOC": "#0d9488", "NORP": "#a16207", "WORK_OF_ART": "#db2777", "EVENT": "#65a30d"}

const otherColor = "#6b7280"

// NodeSize is the explorer's node diameter for a degree: 14 + 10·log2(1+degree).
func NodeSize(degree int) float64 {
	return math.Round(14 + 10*math.Log2(1+float64(max(degree, 0))))
}

// Style gives every node of g the explorer's colour for its type, its size
// for its degree, and a position from a force-directed layout
// (Fruchterman-Reingold, deterministic: the same graph is drawn the same
// way), so that Gephi, yEd and graphology open the export as the explorer
// shows it. Graphs above layoutNodes nodes are laid out on a spiral, the
// best connected in the middle, in linear time.
func Style(g *Graph) {
	for i := range g.Nodes {
		n := &g.Nodes[i]
		n.Color = TypeColors[n.Type]
		if n.Color == "" {
			n.Color = otherColor
		}
		n.Size = NodeSize(n.Degree)
	}
	if len(g.Nodes) <= layoutNodes {
		forceLayout(g)
	} else {
		spiralLayout(g)
	}
}

// layoutNodes is the largest graph laid out by forces (quadratic per
// iteration).
const layoutNodes = 1500

// spiralLayout puts the nodes on a sunflower spiral, highest degree first.
func spiralLayout(g *Graph) {
	order := make([]int, len(g.Nodes))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return g.Nodes[order[a]].Degree > g.Nodes[order[b]].Degree })
	golden := math.Pi * (3 - math.Sqrt(5))
	for k, i := range order {
		r := 30 * math.Sqrt(float64(k))
		g.Nodes[i].X, g.Nodes[i].Y = round2(r*math.Cos(float64(k)*golden)), round2(r*math.Sin(float64(k)*golden))
	}
}

// forceLayout is Fruchterman-Reingold from the spiral, with a cooling
// step, in an area that grows with the graph.
func forceLayout(g *Graph) {
	n := len(g.Nodes)
	if n == 0 {
		return
	}
	spiralLayout(g)
	idx := make(map[string]int, n)
	x, y := make([]float64, n), make([]float64, n)
	for i, nd := range g.Nodes {
		idx[nd.ID] = i
		x[i], y[i] = nd.X, nd.Y
	}
	type pair struct{ a, b int }
	var edges []pair
	seen := map[pair]bool{}
	for _, e := range g.Edges {
		a, b := idx[e.Source], idx[e.Target]
		if a == b {
			continue
		}
		if a > b {
			a, b = b, a
		}
		if !seen[pair{a, b}] {
			seen[pair{a, b}] = true
			edges = append(edges, pair{a, b})
		}
	}
	k := 60.0 // ideal edge length
	temp := 10 * k * math.Sqrt(float64(n)) / 10
	dx, dy := make([]float64, n), make([]float64, n)
	const iterations = 80
	for it := 0; it < iterations; it++ {
		clear(dx)
		clear(dy)
		for i := 0; i < n; i++ {
			for j := i + 1; j < n; j++ {
				ddx, ddy := x[i]-x[j], y[i]-y[j]
				d2 := ddx*ddx + ddy*ddy
				if d2 < 0.01 {
					ddx, ddy, d2 = 0.1*float64(i-j), 0.1, 0.01+0.01*float64((i-j)*(i-j))
				}
				f := k * k / d2 // repulsion k²/d, along the unit vector
				dx[i] += ddx * f
				dy[i] += ddy * f
				dx[j] -= ddx * f
				dy[j] -= ddy * f
			}
		}
		for _, e := range edges {
			ddx, ddy := x[e.a]-x[e.b], y[e.a]-y[e.b]
			d := math.Sqrt(ddx*ddx + ddy*ddy)
			if d == 0 {
				continue
			}
			f := d / k // attraction d²/k, along the unit vector
			dx[e.a] -= ddx * f
			dy[e.a] -= ddy * f
			dx[e.b] += ddx * f
			dy[e.b] += ddy * f
		}
		for i := 0; i < n; i++ {
			// gravity keeps the components together
			dx[i] -= 0.01 * x[i]
			dy[i] -= 0.01 * y[i]
			d := math.Sqrt(dx[i]*dx[i] + dy[i]*dy[i])
			if d > 0 {
				step := math.Min(d, temp)
				x[i] += dx[i] / d * step
				y[i] += dy[i] / d * step
			}
		}
		temp *= 1 - 1.0/iterations*2
		if temp < 1 {
			temp = 1
		}
	}
	for i := range g.Nodes {
		g.Nodes[i].X, g.Nodes[i].Y = round2(x[i]), round2(y[i])
	}
}

func round2(f float64) float64 { return math.Round(f*100) / 100 }
