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
// by walking from the documents (ng:complete, then ng:mentions and the
// evidence nodes), so they cost time in proportion to the number of
// entity mentions and evidence nodes: about a second at a million quads on
// LevelDB. It stops when ctx is done.
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

	docs := path.StartPath(s.qs, quad.Bool(true)).In(PredComplete)
	if st.Documents, err = docs.Iterate(ctx).Count(); err != nil {
		return Stats{}, fmt.Errorf("%s: documents: %w", op, err)
	}
	ents := docs.Out(PredMentions).Unique()
	if st.Entities, err = ents.Iterate(ctx).Count(); err != nil {
		return Stats{}, fmt.Errorf("%s: entities: %w", op, err)
	}
	st.Relations, err = s.countRelations(ctx)
	if err != nil {
		return Stats{}, fmt.Errorf("%s: relations: %w", op, err)
	}
	return st, nil
}

// countRelations counts distinct (subject, predicate, object) of the
// evidence nodes of relations that are not negated: exactly the direct
// edges AddDocument writes.
func (s *Store) countRelations(ctx context.Context) (int64, error) {
	p := path.StartPath(s.qs, quad.String(KindEvidence)).In(PredKind).
		Has(PredNegated, quad.Bool(false)).
		Save(PredSubject, "s").Save(PredPredicate, "p").Save(PredObject, "o")
	seen := make(map[[3]any]struct{})
	err := p.Iterate(ctx).TagEach(func(tags map[string]graph.Ref) {
		seen[[3]any{key(tags["s"]), key(tags["p"]), key(tags["o"])}] = struct{}{}
	})
	return int64(len(seen)), err
}

// key makes a Ref usable as a map key: Ref.Key is comparable by contract,
// the Ref itself may be a pointer.
func key(r graph.Ref) any {
	if r == nil {
		return nil
	}
	return r.Key()
}
