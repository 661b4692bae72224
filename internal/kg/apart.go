package kg

import (
	"context"
	"fmt"
	"sort"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Apart records: an analyst's decision that two entity IDs do NOT name one
// real thing (a split of a link the read index made by itself, such as a
// surname linked to the one prominent full name). Each is one quad
// <ng:e/ID> <ng:notSameAs> <ng:e/OTHER> labelled MergesLabel, like the
// merges, so document deletes leave it alone. The read index never links
// ID to OTHER automatically while it is stored; an analyst's merge of the
// pair still wins.
const PredNotSameAs = quad.IRI("ng:notSameAs")

// ApartQuad is the quad that stores "entity id is not entity other".
func ApartQuad(id, other string) quad.Quad {
	return quad.Make(EntityIRI(id), PredNotSameAs, EntityIRI(other), MergesLabel)
}

// ReadApart returns the stored apart records, ID -> the IDs it is not,
// sorted.
func ReadApart(ctx context.Context, qs graph.QuadStore) (map[string][]string, error) {
	const op = "kg.ReadApart"
	qq, err := mergeQuads(ctx, qs)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	out := map[string][]string{}
	for _, q := range qq {
		id, ok1 := EntityID(q.Subject)
		other, ok2 := EntityID(q.Object)
		if ok1 && ok2 && q.Predicate == PredNotSameAs {
			out[id] = append(out[id], other)
		}
	}
	for _, o := range out {
		sort.Strings(o)
	}
	return out, nil
}

// WriteApart stores that entity id is not entity other, on a quad store
// kg did not open (query's default); Store.WriteApart is the same through
// kg's write path. Storing it twice changes nothing.
func WriteApart(ctx context.Context, qs graph.QuadStore, id, other string) error {
	tx := graph.NewTransactionN(1)
	tx.AddQuad(ApartQuad(id, other))
	if err := qs.ApplyDeltas(tx.Deltas, graph.IgnoreOpts{IgnoreDup: true}); err != nil {
		return fmt.Errorf("kg.WriteApart: %w", err)
	}
	return ctx.Err()
}

// WriteApart stores that entity id is not entity other. Storing it twice
// changes nothing.
func (s *Store) WriteApart(ctx context.Context, id, other string) error {
	const op = "kg.Store.WriteApart"
	if s.readOnly {
		return fmt.Errorf("%s: %w", op, ErrReadOnly)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	q := ApartQuad(id, other)
	have, err := mergeQuads(ctx, s.qs)
	if err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	for _, h := range have {
		if h == q {
			return nil
		}
	}
	if err := s.applyChange(ctx, []quad.Quad{q}, nil); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	return nil
}

// Apart returns the stored apart records, ID -> the IDs it is not.
func (s *Store) Apart(ctx context.Context) (map[string][]string, error) {
	if s.backend == BackendMemory {
		s.mu.Lock()
		defer s.mu.Unlock()
	}
	return ReadApart(ctx, s.qs)
}
