package query

import (
	"context"
	"fmt"
	"sort"
)

// Neighborhood returns the entities within depth hops of the entity (either
// direction, over relations passing the filter), breadth first, nearest and
// then best-connected first, at most limit nodes, with the relations among
// them.
func (s *Service) Neighborhood(ctx context.Context, id string, depth, limit int, f Filter) (Subgraph, error) {
	const op = "query.Neighborhood"
	switch {
	case depth < 0 || limit < 1:
		return Subgraph{}, fmt.Errorf("%s: depth %d and limit %d must be >= 0 and >= 1: %w", op, depth, limit, ErrBadInput)
	case depth > s.limits.MaxDepth:
		return Subgraph{}, fmt.Errorf("%s: depth %d is above the limit of %d: %w", op, depth, s.limits.MaxDepth, ErrLimit)
	case limit > s.limits.MaxNodes:
		return Subgraph{}, fmt.Errorf("%s: limit %d is above the limit of %d: %w", op, limit, s.limits.MaxNodes, ErrLimit)
	}
	f, err := s.resolveText(ctx, f)
	if err != nil {
		return Subgraph{}, fmt.Errorf("%s: %w", op, err)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	ix := s.ix
	cf, err := ix.compile(f)
	if err != nil {
		return Subgraph{}, fmt.Errorf("%s: %w", op, err)
	}
	root, ok := ix.lookup(id)
	if !ok || !ix.ents[root].visible() {
		return Subgraph{}, fmt.Errorf("%s %s: %w", op, id, ErrNotFound)
	}
	in := map[int32]bool{root: true}
	order := []int32{root}
	frontier := []int32{root}
	truncated := false
	for d := 0; d < depth && len(frontier) > 0 && len(order) < limit; d++ {
		var next []int32
		seen := map[int32]bool{}
		// Candidates come from the best-connected parents first; four times
		// the room left is enough to choose from, and bounds the work on
		// hubs.
		room := limit - len(order)
		for _, ei := range frontier {
			if len(next) >= 4*room {
				truncated = true
				break
			}
			if err := ctx.Err(); err != nil {
				return Subgraph{}, fmt.Errorf("%s: %w", op, err)
			}
			e := ix.ents[ei]
			for _, list := range [2][]int32{e.out, e.in} {
				for _, ri := range list {
					r := ix.rels[ri]
					n := r.o
					if n == ei {
						n = r.s
					}
					if in[n] || seen[n] || !cf.passes(ix, r) {
						continue
					}
					seen[n] = true
					next = append(next, n)
				}
			}
		}
		// best-connected first, so that a limit keeps the hubs
		sort.Slice(next, func(a, b int) bool {
			ea, eb := ix.ents[next[a]], ix.ents[next[b]]
			if ea.degree != eb.degree {
				return ea.degree > eb.degree
			}
			return ea.id < eb.id
		})
		for _, n := range next {
			if len(order) >= limit {
				truncated = true
				break
			}
			in[n] = true
			order = append(order, n)
		}
		frontier = next
	}
	g := ix.subgraph(order, in, cf, aggExport)
	g.Truncated = truncated
	return g, nil
}

// Subgraph returns the given entities and the relations among them that
// pass the filter. Unknown entities are an ErrNotFound.
func (s *Service) Subgraph(ctx context.Context, ids []string, f Filter) (Subgraph, error) {
	const op = "query.Subgraph"
	if len(ids) > s.limits.MaxNodes {
		return Subgraph{}, fmt.Errorf("%s: %d entities is above the limit of %d: %w", op, len(ids), s.limits.MaxNodes, ErrLimit)
	}
	f, err := s.resolveText(ctx, f)
	if err != nil {
		return Subgraph{}, fmt.Errorf("%s: %w", op, err)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	ix := s.ix
	cf, err := ix.compile(f)
	if err != nil {
		return Subgraph{}, fmt.Errorf("%s: %w", op, err)
	}
	in := map[int32]bool{}
	var order []int32
	for _, id := range ids {
		ei, ok := ix.lookup(id)
		if !ok || !ix.ents[ei].visible() {
			return Subgraph{}, fmt.Errorf("%s: entity %s: %w", op, id, ErrNotFound)
		}
		if !in[ei] {
			in[ei] = true
			order = append(order, ei)
		}
	}
	return ix.subgraph(order, in, cf, aggExport), ctx.Err()
}

func (ix *index) subgraph(order []int32, in map[int32]bool, cf *cfilter, mode aggMode) Subgraph {
	g := Subgraph{Nodes: make([]Node, 0, len(order))}
	for _, ei := range order {
		e := ix.ents[ei]
		g.Nodes = append(g.Nodes, Node{ID: e.id, Label: e.name, Type: e.typ, Degree: e.degree})
		for _, ri := range e.out {
			r := ix.rels[ri]
			if !in[r.o] {
				continue
			}
			rel, ok := ix.aggregateMode(r, cf, mode)
			if !ok {
				continue
			}
			g.Edges = append(g.Edges, edgeOf(rel))
		}
	}
	sort.Slice(g.Edges, func(a, b int) bool { return g.Edges[a].ID < g.Edges[b].ID })
	return g
}

func edgeOf(rel Relation) Edge {
	e := Edge{ID: rel.ID, Source: rel.Subject, Target: rel.Object, Predicate: rel.Predicate, Weight: len(rel.Documents),
		Goldstein: rel.Goldstein, FirstSeen: rel.FirstSeen, LastSeen: rel.LastSeen, Documents: rel.Documents,
		Evidence: rel.evidence, FirstEvidence: rel.firstEvidence}
	if rel.Event != nil {
		e.Cameo = rel.Event.Code
	}
	return e
}

// Graph returns every relation passing the filter, at most maxEdges (the
// most supported first), with the entities they link: the whole graph, or a
// filtered view of it, for export. Truncated says maxEdges cut it.
func (s *Service) Graph(ctx context.Context, f Filter, maxEdges int) (Subgraph, error) {
	const op = "query.Graph"
	if maxEdges < 1 {
		return Subgraph{}, fmt.Errorf("%s: maxEdges %d must be >= 1: %w", op, maxEdges, ErrBadInput)
	}
	f, err := s.resolveText(ctx, f)
	if err != nil {
		return Subgraph{}, fmt.Errorf("%s: %w", op, err)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	ix := s.ix
	cf, err := ix.compile(f)
	if err != nil {
		return Subgraph{}, fmt.Errorf("%s: %w", op, err)
	}
	var rels []Relation
	for _, r := range ix.rels {
		if rel, ok := ix.aggregateMode(r, cf, aggExport); ok {
			rels = append(rels, rel)
		}
		if len(rels)%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return Subgraph{}, fmt.Errorf("%s: %w", op, err)
			}
		}
	}
	var g Subgraph
	if len(rels) > maxEdges {
		sort.Slice(rels, func(a, b int) bool {
			if len(rels[a].Documents) != len(rels[b].Documents) {
				return len(rels[a].Documents) > len(rels[b].Documents)
			}
			return rels[a].ID < rels[b].ID
		})
		rels, g.Truncated = rels[:maxEdges], true
	}
	sort.Slice(rels, func(a, b int) bool { return rels[a].ID < rels[b].ID })
	seen := map[string]bool{}
	for _, rel := range rels {
		g.Edges = append(g.Edges, edgeOf(rel))
		for _, id := range []string{rel.Subject, rel.Object} {
			if !seen[id] {
				seen[id] = true
				e := ix.ents[ix.entByID[id]]
				g.Nodes = append(g.Nodes, Node{ID: e.id, Label: e.name, Type: e.typ, Degree: e.degree})
			}
		}
	}
	sort.Slice(g.Nodes, func(a, b int) bool { return g.Nodes[a].ID < g.Nodes[b].ID })
	return g, ctx.Err()
}

// pathBudget bounds the steps a path search may take.
const pathBudget = 200000

// Paths returns up to k shortest simple paths of at most maxHops hops
// between two entities, over relations passing the filter in either
// direction, shortest first. Paths are distinct as entity sequences; each
// step lists every passing relation between its two entities.
func (s *Service) Paths(ctx context.Context, from, to string, maxHops, k int, f Filter) ([]Path, error) {
	const op = "query.Paths"
	switch {
	case maxHops < 1 || k < 1:
		return nil, fmt.Errorf("%s: maxHops %d and first %d must be >= 1: %w", op, maxHops, k, ErrBadInput)
	case maxHops > s.limits.MaxHops:
		return nil, fmt.Errorf("%s: maxHops %d is above the limit of %d: %w", op, maxHops, s.limits.MaxHops, ErrLimit)
	case k > s.limits.MaxPaths:
		return nil, fmt.Errorf("%s: first %d is above the limit of %d: %w", op, k, s.limits.MaxPaths, ErrLimit)
	}
	f, err := s.resolveText(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	ix := s.ix
	cf, err := ix.compile(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	src, ok1 := ix.lookup(from)
	dst, ok2 := ix.lookup(to)
	if !ok1 || !ix.ents[src].visible() {
		return nil, fmt.Errorf("%s: entity %s: %w", op, from, ErrNotFound)
	}
	if !ok2 || !ix.ents[dst].visible() {
		return nil, fmt.Errorf("%s: entity %s: %w", op, to, ErrNotFound)
	}
	if src == dst {
		return nil, fmt.Errorf("%s: from and to are the same entity: %w", op, ErrBadInput)
	}
	// distances to the target, up to maxHops-1
	dist := map[int32]int{dst: 0}
	frontier := []int32{dst}
	for d := 1; d < maxHops && len(frontier) > 0; d++ {
		var next []int32
		for _, ei := range frontier {
			ix.neighbours(ei, cf, func(n int32, _ int32) {
				if _, ok := dist[n]; !ok {
					dist[n] = d
					next = append(next, n)
				}
			})
		}
		frontier = next
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("%s: %w", op, err)
		}
	}
	var paths []Path
	budget := pathBudget
	onPath := map[int32]bool{src: true}
	seq := []int32{src}
	var walk func(at int32, left int) bool // true when done
	walk = func(at int32, left int) bool {
		budget--
		if budget <= 0 || len(paths) >= k {
			return true
		}
		seen := map[int32]bool{}
		var nexts []int32
		ix.neighbours(at, cf, func(n int32, _ int32) {
			if seen[n] || onPath[n] {
				return
			}
			seen[n] = true
			if d, ok := dist[n]; ok && d <= left-1 {
				nexts = append(nexts, n)
			}
		})
		sort.Slice(nexts, func(a, b int) bool { return ix.ents[nexts[a]].id < ix.ents[nexts[b]].id })
		for _, n := range nexts {
			if n == dst {
				if left == 1 {
					paths = append(paths, ix.makePath(append(seq, n), cf))
					if len(paths) >= k {
						return true
					}
				}
				continue
			}
			if left == 1 {
				continue
			}
			onPath[n] = true
			seq = append(seq, n)
			done := walk(n, left-1)
			seq = seq[:len(seq)-1]
			delete(onPath, n)
			if done {
				return true
			}
		}
		return false
	}
	if d0, ok := dist[src]; ok || maxHops >= 1 {
		if !ok {
			d0 = maxHops
		}
		for l := max(d0, 1); l <= maxHops && len(paths) < k && budget > 0; l++ {
			walk(src, l)
		}
	}
	return paths, ctx.Err()
}

// neighbours calls fn for each entity linked to ei by a relation passing the filter.
func (ix *index) neighbours(ei int32, cf *cfilter, fn func(n, rel int32)) {
	e := ix.ents[ei]
	for _, list := range [2][]int32{e.out, e.in} {
		for _, ri := range list {
			r := ix.rels[ri]
			if !cf.passes(ix, r) {
				continue
			}
			n := r.o
			if n == ei {
				n = r.s
			}
			fn(n, ri)
		}
	}
}

func (ix *index) makePath(seq []int32, cf *cfilter) Path {
	p := Path{Entities: make([]string, len(seq))}
	for i, ei := range seq {
		p.Entities[i] = ix.ents[ei].id
	}
	for i := 0; i+1 < len(seq); i++ {
		a, b := seq[i], seq[i+1]
		st := Step{From: ix.ents[a].id, To: ix.ents[b].id}
		ix.neighbours(a, cf, func(n, ri int32) {
			if n == b {
				st.Relations = append(st.Relations, ix.rels[ri].id)
			}
		})
		sort.Strings(st.Relations)
		p.Steps = append(p.Steps, st)
	}
	return p
}

// SubgraphDetails are what a drawing or an export of a Subgraph shows
// beside it: its documents and the first evidence sentence of its edges.
type SubgraphDetails struct {
	Documents map[string]Document // by document ID
	Sentences map[string]string   // by evidence ID (Edge.FirstEvidence)
}

// Details reads the documents and first evidence sentences of g's edges.
func (s *Service) Details(ctx context.Context, g Subgraph) (SubgraphDetails, error) {
	var docIDs, evIDs []string
	seen := map[string]bool{}
	for _, e := range g.Edges {
		for _, d := range e.Documents {
			if !seen[d] {
				seen[d] = true
				docIDs = append(docIDs, d)
			}
		}
		if e.FirstEvidence != "" {
			evIDs = append(evIDs, e.FirstEvidence)
		}
	}
	out := SubgraphDetails{Documents: make(map[string]Document, len(docIDs)), Sentences: make(map[string]string, len(evIDs))}
	docs, _ := s.Documents(ctx, docIDs) // a document deleted since is left out
	for i, d := range docs {
		if d.ID != "" {
			out.Documents[docIDs[i]] = d
		}
	}
	evs, errs := s.Evidences(ctx, evIDs)
	for i, e := range evs {
		if errs[i] == nil {
			out.Sentences[evIDs[i]] = e.Sentence
		}
	}
	return out, ctx.Err()
}
