package kg

import (
	"context"
	"errors"
	"fmt"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"
)

// Stats counts what a store holds.
type Stats struct {
	// Documents is the number of complete documents (exact).
	Documents int64
	// Entities is the number of distinct entities mentioned by complete
	// documents (exact).
	Entities int64
	// Relations is the number of distinct direct relation edges
	// subject -predicate-> object, however many documents state each (exact).
	Relations int64
	// Quads is the number of quads, from the quad store's own counter
	// (memstore, LevelDB, bbolt) or SELECT COUNT(*) (PostgreSQL, cached by
	// Cayley until the next write).
	Quads      int64
	QuadsExact bool
}

// Stats counts the documents, entities, relation edges and quads in the
// store. Quads comes from the quad store's counter; the others are counted
// by walking from the documents (ng:complete, ng:mentions, then the
// entities' out-edges), so they cost time in proportion to the quads of the
// entities: about 1.5 s on a LevelDB store of 1,000,000 quads. It stops when ctx is done.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	const op = "kg.Stats"
	var st Stats
	gs, err := s.qs.Stats(ctx, false)
	if err == nil && !gs.Quads.Exact {
		// PostgreSQL's estimate is -1 on a table never analysed; count.
		gs, err = s.qs.Stats(ctx, true)
	}
	switch {
	case errors.Is(err, kv.ErrNoBucket):
		// Cayley's key-value stores have no size until the first write.
		st.Quads, st.QuadsExact = 0, true
	case err != nil:
		return Stats{}, fmt.Errorf("%s: %w", op, err)
	default:
		st.Quads, st.QuadsExact = gs.Quads.Size, gs.Quads.Exact
	}

	docs, err := path.StartPath(s.qs, quad.Bool(true)).In(PredComplete).Iterate(ctx).All()
	if err != nil {
		return Stats{}, fmt.Errorf("%s: documents: %w", op, err)
	}
	st.Documents = int64(len(docs))
	st.Entities, st.Relations, err = s.countEntitiesRelations(ctx, docs)
	if err != nil {
		return Stats{}, fmt.Errorf("%s: %w", op, err)
	}
	return st, nil
}

// countEntitiesRelations counts the distinct entities the documents
// mention (ng:mentions) and the distinct direct relation edges out of them
// (predicates under ng:r/). It reads quads through the subject index only.
func (s *Store) countEntitiesRelations(ctx context.Context, docs []graph.Ref) (entities, relations int64, err error) {
	mentions := s.qs.ValueOf(PredMentions)
	if mentions == nil {
		return 0, 0, nil
	}
	ents := make(map[any]graph.Ref)
	err = s.eachQuadRef(ctx, docs, func(p, o graph.Ref) {
		if key(p) == key(mentions) {
			ents[key(o)] = o
		}
	})
	if err != nil {
		return 0, 0, fmt.Errorf("entities: %w", err)
	}
	isRel := make(map[any]bool) // predicate ref -> is a relation predicate
	edges := make(map[[3]any]struct{})
	list := make([]graph.Ref, 0, len(ents))
	for _, e := range ents {
		list = append(list, e)
	}
	for _, e := range list {
		err = s.eachQuadRef(ctx, []graph.Ref{e}, func(p, o graph.Ref) {
			rel, ok := isRel[key(p)]
			if !ok {
				_, rel = RelationName(s.qs.NameOf(p))
				isRel[key(p)] = rel
			}
			if rel {
				edges[[3]any{key(e), key(p), key(o)}] = struct{}{}
			}
		})
		if err != nil {
			return 0, 0, fmt.Errorf("relations: %w", err)
		}
	}
	return int64(len(ents)), int64(len(edges)), nil
}

// eachQuadRef calls fn with the predicate and object of every quad whose
// subject is one of the nodes.
func (s *Store) eachQuadRef(ctx context.Context, nodes []graph.Ref, fn func(p, o graph.Ref)) error {
	for _, n := range nodes {
		it := s.qs.QuadIterator(quad.Subject, n)
		for it.Next(ctx) {
			q := it.Result()
			fn(s.qs.QuadDirection(q, quad.Predicate), s.qs.QuadDirection(q, quad.Object))
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	return nil
}

// key makes a Ref usable as a map key: Ref.Key is comparable by contract,
// the Ref itself may be a pointer.
func key(r graph.Ref) any {
	if r == nil {
		return nil
	}
	return r.Key()
}
