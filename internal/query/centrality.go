package query

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"sync"
	"time"

	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"
)

// Graph analytics (PageRank, betweenness, Louvain communities) over the
// graph of the relations passing a filter, computed with gonum. Entities
// are nodes, relations edges weighted by their supporting documents. An
// analysis is computed on first use, each measure when first asked for,
// and kept per index version and filter: an ingest, a delete or a merge
// changes the version, and the next question computes it again.

// Centrality is an entity's place in the relation graph a filter selects.
type Centrality struct {
	PageRank    float64 // PageRank (damping 0.85) over the directed graph, weighted by documents; sums to 1
	Betweenness float64 // betweenness over the undirected graph, normalised to 0..1
	Community   int     // Louvain community (Communities' IDs), -1 when not in the graph
}

// Community is one Louvain community of the relation graph.
type Community struct {
	ID      int      // 0 is the largest; ties by the smallest member ID
	Size    int      // entities in it
	Members []string // entity IDs, highest PageRank first (Communities may keep only the first)
}

// Communities are the communities of the relation graph a filter selects.
type Communities struct {
	Entities    int     // entities in the graph (with at least one passing relation)
	Relations   int     // relations in the graph
	Modularity  float64 // Newman modularity of the partition
	Count       int     // communities, all sizes
	Communities []Community
}

// analysis is the analytics of one filtered graph of one index version.
type analysis struct {
	ids      []string         // node i is entity ids[i]
	node     map[string]int64 // entity ID -> node
	directed *simple.WeightedDirectedGraph
	undir    *simple.WeightedUndirectedGraph
	edges    int
	built    time.Duration

	prOnce, bcOnce, cmOnce sync.Once
	pr, bc                 []float64
	comm                   []int
	comms                  Communities
	prTook, bcTook, cmTook time.Duration
}

// maxAnalyses bounds the analyses kept (one per recent filter).
const maxAnalyses = 8

type analysisCache struct {
	mu      sync.Mutex
	ix      *index
	version uint64
	byKey   map[string]*analysis
	order   []string
}

// analysis returns the analysis of the graph the filter selects, building
// the graph (not yet any measure) when it is not cached.
func (s *Service) analysis(ctx context.Context, f Filter) (*analysis, error) {
	f, err := s.resolveText(ctx, f)
	if err != nil {
		return nil, err
	}
	key, _ := json.Marshal(f)
	s.mu.RLock()
	defer s.mu.RUnlock()
	ix := s.ix
	c := &s.analyses
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ix != ix || c.version != ix.version {
		c.ix, c.version, c.byKey, c.order = ix, ix.version, map[string]*analysis{}, nil
	}
	if a := c.byKey[string(key)]; a != nil {
		return a, nil
	}
	cf, err := ix.compile(f)
	if err != nil {
		return nil, err
	}
	a := ix.buildAnalysis(cf)
	if len(c.order) >= maxAnalyses {
		delete(c.byKey, c.order[0])
		c.order = c.order[1:]
	}
	c.byKey[string(key)] = a
	c.order = append(c.order, string(key))
	return a, ctx.Err()
}

func (ix *index) buildAnalysis(cf *cfilter) *analysis {
	start := time.Now()
	a := &analysis{node: map[string]int64{}, directed: simple.NewWeightedDirectedGraph(0, 0),
		undir: simple.NewWeightedUndirectedGraph(0, 0)}
	nodeOf := func(ei int32) int64 {
		id := ix.ents[ei].id
		if n, ok := a.node[id]; ok {
			return n
		}
		n := int64(len(a.ids))
		a.ids = append(a.ids, id)
		a.node[id] = n
		a.directed.AddNode(simple.Node(n))
		a.undir.AddNode(simple.Node(n))
		return n
	}
	for _, r := range ix.rels {
		rel, ok := ix.aggregateMode(r, cf, aggEdge)
		if !ok || r.s == r.o {
			continue
		}
		u, v := nodeOf(r.s), nodeOf(r.o)
		w := float64(len(rel.Documents))
		a.edges++
		if e := a.directed.WeightedEdge(u, v); e != nil {
			w += e.Weight()
		}
		a.directed.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(u), T: simple.Node(v), W: w})
		uw := float64(len(rel.Documents))
		if e := a.undir.WeightedEdge(u, v); e != nil {
			uw += e.Weight()
		}
		a.undir.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(u), T: simple.Node(v), W: uw})
	}
	a.built = time.Since(start)
	return a
}

func (a *analysis) pagerank() []float64 {
	a.prOnce.Do(func() {
		start := time.Now()
		a.pr = make([]float64, len(a.ids))
		if len(a.ids) > 0 {
			for n, v := range network.PageRankSparse(a.directed, 0.85, 1e-8) {
				a.pr[n] = v
			}
		}
		a.prTook = time.Since(start)
	})
	return a.pr
}

func (a *analysis) betweenness() []float64 {
	a.bcOnce.Do(func() {
		start := time.Now()
		a.bc = make([]float64, len(a.ids))
		n := float64(len(a.ids))
		if n < 3 {
			return
		}
		// Unweighted: a path's length is its hops. Each unordered pair
		// is counted from both ends, hence (n-1)(n-2).
		for id, v := range brandes(a.undir, len(a.ids)) {
			a.bc[id] = v / ((n - 1) * (n - 2))
		}
		a.bcTook = time.Since(start)
	})
	return a.bc
}

// brandes is Brandes' betweenness over the undirected, unweighted graph
// g of nodes 0..n-1, as gonum's network.Betweenness computes it (the
// tests compare them) but over slices: gonum's maps took 19 s (9 s of CPU)
// on the BBC corpus's 4,000 entities, past the API's time limit; this
// takes a fraction of a second.
func brandes(g *simple.WeightedUndirectedGraph, n int) []float64 {
	adj := make([][]int32, n)
	for u := 0; u < n; u++ {
		it := g.From(int64(u))
		for it.Next() {
			adj[u] = append(adj[u], int32(it.Node().ID()))
		}
	}
	cb := make([]float64, n)
	sigma := make([]float64, n)
	delta := make([]float64, n)
	dist := make([]int32, n)
	stack := make([]int32, 0, n)
	queue := make([]int32, 0, n)
	preds := make([][]int32, n)
	for s := 0; s < n; s++ {
		for i := range dist {
			dist[i], sigma[i], delta[i] = -1, 0, 0
			preds[i] = preds[i][:0]
		}
		stack, queue = stack[:0], append(queue[:0], int32(s))
		dist[s], sigma[s] = 0, 1
		for len(queue) > 0 {
			v := queue[0]
			queue = queue[1:]
			stack = append(stack, v)
			for _, w := range adj[v] {
				if dist[w] < 0 {
					dist[w] = dist[v] + 1
					queue = append(queue, w)
				}
				if dist[w] == dist[v]+1 {
					sigma[w] += sigma[v]
					preds[w] = append(preds[w], v)
				}
			}
		}
		for i := len(stack) - 1; i >= 0; i-- {
			w := stack[i]
			for _, v := range preds[w] {
				delta[v] += sigma[v] / sigma[w] * (1 + delta[w])
			}
			if int(w) != s {
				cb[w] += delta[w]
			}
		}
	}
	return cb
}

func (a *analysis) communities() ([]int, Communities) {
	a.cmOnce.Do(func() {
		start := time.Now()
		a.comm = make([]int, len(a.ids))
		a.comms = Communities{Entities: len(a.ids), Relations: a.edges, Communities: []Community{}}
		if len(a.ids) == 0 {
			return
		}
		// A fixed seed: the same graph gives the same communities.
		red := community.Modularize(a.undir, 1, rand.NewPCG(1, 14))
		groups := red.Communities()
		a.comms.Modularity = community.Q(a.undir, groups, 1)
		pr := a.pagerank()
		lists := make([][]int64, 0, len(groups))
		for _, g := range groups {
			ns := make([]int64, len(g))
			for i, n := range g {
				ns[i] = n.ID()
			}
			sort.Slice(ns, func(i, j int) bool {
				if pr[ns[i]] != pr[ns[j]] {
					return pr[ns[i]] > pr[ns[j]]
				}
				return a.ids[ns[i]] < a.ids[ns[j]]
			})
			lists = append(lists, ns)
		}
		minID := func(ns []int64) string {
			m := a.ids[ns[0]]
			for _, n := range ns {
				m = min(m, a.ids[n])
			}
			return m
		}
		sort.Slice(lists, func(i, j int) bool {
			if len(lists[i]) != len(lists[j]) {
				return len(lists[i]) > len(lists[j])
			}
			return minID(lists[i]) < minID(lists[j])
		})
		for ci, ns := range lists {
			c := Community{ID: ci, Size: len(ns), Members: make([]string, len(ns))}
			for i, n := range ns {
				a.comm[n] = ci
				c.Members[i] = a.ids[n]
			}
			a.comms.Communities = append(a.comms.Communities, c)
		}
		a.comms.Count = len(lists)
		a.cmTook = time.Since(start)
	})
	return a.comm, a.comms
}

// Centralities returns the centrality of each of the entities (IDs as
// asked, merged IDs included) in the graph of the relations passing the
// filter; an entity outside it scores 0 in community -1. betweenness false
// leaves Betweenness 0 and spares its cost (Brandes: nodes × edges).
func (s *Service) Centralities(ctx context.Context, f Filter, ids []string, betweenness bool) ([]Centrality, error) {
	const op = "query.Centralities"
	a, err := s.analysis(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	pr := a.pagerank()
	comm, _ := a.communities()
	var bc []float64
	if betweenness {
		bc = a.betweenness()
	}
	s.mu.RLock()
	canon := make([]string, len(ids))
	for i, id := range ids {
		canon[i] = s.ix.canon(id)
	}
	s.mu.RUnlock()
	out := make([]Centrality, len(ids))
	for i, id := range canon {
		n, ok := a.node[id]
		if !ok {
			out[i].Community = -1
			continue
		}
		out[i] = Centrality{PageRank: pr[n], Community: comm[n]}
		if bc != nil {
			out[i].Betweenness = bc[n]
		}
	}
	return out, ctx.Err()
}

// Communities returns the Louvain communities of the graph of the
// relations passing the filter, largest first, those of at least minSize
// entities, at most first of them, each with at most members members.
func (s *Service) Communities(ctx context.Context, f Filter, minSize, first, members int) (Communities, error) {
	const op = "query.Communities"
	if err := checkPage(Page{First: first}, s.limits.MaxPage); err != nil {
		return Communities{}, fmt.Errorf("%s: %w", op, err)
	}
	if members < 0 || members > s.limits.MaxNodes {
		return Communities{}, fmt.Errorf("%s: members %d is outside 0..%d: %w", op, members, s.limits.MaxNodes, ErrLimit)
	}
	a, err := s.analysis(ctx, f)
	if err != nil {
		return Communities{}, fmt.Errorf("%s: %w", op, err)
	}
	_, all := a.communities()
	out := all
	out.Communities = []Community{}
	for _, c := range all.Communities {
		if len(out.Communities) >= first || len(c.Members) < minSize {
			break // largest first: the rest are smaller
		}
		c.Members = c.Members[:min(members, len(c.Members))]
		out.Communities = append(out.Communities, c)
	}
	return out, ctx.Err()
}

// topCentral is TopEntities by PageRank or betweenness.
func (s *Service) topCentral(ctx context.Context, q TopQuery) ([]Ranked, error) {
	const op = "query.TopEntities"
	a, err := s.analysis(ctx, q.Filter)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	var score []float64
	if q.By == ByPageRank {
		score = a.pagerank()
	} else {
		score = a.betweenness()
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	ix := s.ix
	type cand struct {
		ei int32
		v  float64
	}
	var all []cand
	for n, id := range a.ids {
		ei, ok := ix.entByID[id]
		if !ok || !ix.ents[ei].visible() || q.Type != "" && ix.ents[ei].typ != q.Type || score[n] <= 0 {
			continue
		}
		all = append(all, cand{ei, score[n]})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].v != all[j].v {
			return all[i].v > all[j].v
		}
		return ix.ents[all[i].ei].id < ix.ents[all[j].ei].id
	})
	all = all[:min(len(all), q.First)]
	out := make([]Ranked, len(all))
	for i, c := range all {
		out[i] = Ranked{Entity: ix.entityValue(c.ei), Value: c.v, Score: int(math.Round(c.v * 1e6))}
	}
	return out, ctx.Err()
}
