package kg

import (
	"context"
	"fmt"
	"sort"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Merges: an analyst's decision that two entity IDs name one real thing.
// Each is one quad <ng:e/ID> <ng:sameAs> <ng:e/INTO> labelled MergesLabel,
// never a document's label, so deleting or replacing documents leaves the
// merges alone. The stored merges are flat: INTO is never itself merged
// (internal/query keeps them so), and an ID has at most one merge quad.
const (
	PredSameAs  = quad.IRI("ng:sameAs") // merged entity -> the entity it is merged into
	MergesLabel = quad.IRI("ng:merges") // label of every merge quad
)

// MergeQuad is the quad that stores "entity id is merged into entity into".
func MergeQuad(id, into string) quad.Quad {
	return quad.Make(EntityIRI(id), PredSameAs, EntityIRI(into), MergesLabel)
}

// ReadMerges returns the merges stored in qs, merged ID -> target ID,
// found through the label (indexed in every store kg creates). Quads under
// MergesLabel that are not merges are ignored.
func ReadMerges(ctx context.Context, qs graph.QuadStore) (map[string]string, error) {
	const op = "kg.ReadMerges"
	out := map[string]string{}
	qq, err := mergeQuads(ctx, qs)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	for _, q := range qq {
		id, ok1 := EntityID(q.Subject)
		into, ok2 := EntityID(q.Object)
		if ok1 && ok2 && q.Predicate == PredSameAs {
			out[id] = into
		}
	}
	return out, nil
}

func mergeQuads(ctx context.Context, qs graph.QuadStore) ([]quad.Quad, error) {
	ref := qs.ValueOf(MergesLabel)
	if ref == nil {
		return nil, ctx.Err()
	}
	it := qs.QuadIterator(quad.Label, ref)
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		out = append(out, qs.Quad(it.Result()))
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	return out, ctx.Err()
}

// mergeChange computes the quads that make the stored merges say set
// (merged ID -> target) for its IDs and nothing for the IDs in unset; the
// merges of other IDs stay.
func mergeChange(ctx context.Context, qs graph.QuadStore, set map[string]string, unset []string) (add, drop []quad.Quad, err error) {
	stored, err := mergeQuads(ctx, qs)
	if err != nil {
		return nil, nil, err
	}
	gone := map[string]bool{}
	for _, id := range unset {
		gone[id] = true
	}
	have := map[string]bool{}
	for _, q := range stored {
		id, ok := EntityID(q.Subject)
		if !ok || q.Predicate != PredSameAs {
			continue
		}
		into, want := set[id]
		if gone[id] || want && q.Object != EntityIRI(into) {
			drop = append(drop, q)
			continue
		}
		have[id] = true
	}
	ids := make([]string, 0, len(set))
	for id := range set {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if !have[id] {
			add = append(add, MergeQuad(id, set[id]))
		}
	}
	return add, drop, nil
}

// WriteMerges stores the merges in set (merged ID -> target ID), replacing
// any earlier merge of those IDs, and removes the merges of the IDs in
// unset, in one transaction of qs. It is for a quad store kg did not open
// (query's default); Store.WriteMerges is the same through kg's write path.
func WriteMerges(ctx context.Context, qs graph.QuadStore, set map[string]string, unset []string) error {
	const op = "kg.WriteMerges"
	add, drop, err := mergeChange(ctx, qs, set, unset)
	if err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	if len(add)+len(drop) == 0 {
		return nil
	}
	tx := graph.NewTransactionN(len(add) + len(drop))
	for _, q := range drop {
		tx.RemoveQuad(q)
	}
	for _, q := range add {
		tx.AddQuad(q)
	}
	if err := qs.ApplyDeltas(tx.Deltas, graph.IgnoreOpts{IgnoreDup: true}); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	return nil
}

// WriteMerges stores the merges in set (merged ID -> target ID), replacing
// any earlier merge of those IDs, and removes the merges of the IDs in
// unset, in one transaction: after a crash the store holds all of the
// change or none of it. It checks nothing about the entities: that is the
// read side's job (query.Service.Merge).
func (s *Store) WriteMerges(ctx context.Context, set map[string]string, unset []string) error {
	const op = "kg.Store.WriteMerges"
	if s.readOnly {
		return fmt.Errorf("%s: %w", op, ErrReadOnly)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	add, drop, err := mergeChange(ctx, s.qs, set, unset)
	if err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	if len(add)+len(drop) == 0 {
		return nil
	}
	if err := s.applyChange(ctx, add, drop); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	return nil
}

// Merges returns the stored merges, merged ID -> target ID.
func (s *Store) Merges(ctx context.Context) (map[string]string, error) {
	if s.backend == BackendMemory {
		s.mu.Lock() // Cayley's memstore maps are not safe for reads during a write
		defer s.mu.Unlock()
	}
	return ReadMerges(ctx, s.qs)
}
