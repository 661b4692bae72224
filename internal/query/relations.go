package query

import (
	"context"
	"fmt"
)

// RelationQuery selects relations. Entity with Direction selects the
// relations of one entity; Subject and Object fix either end.
type RelationQuery struct {
	Entity    string
	Direction Direction
	Subject   string
	Predicate string
	Object    string
	Filter    Filter
}

// Relations lists the relations matching the query that have evidence
// passing the filter, ordered by relation ID.
func (s *Service) Relations(ctx context.Context, rq RelationQuery, p Page) (Paged[Relation], error) {
	const op = "query.Relations"
	if err := checkPage(p, s.limits.MaxPage); err != nil {
		return Paged[Relation]{}, fmt.Errorf("%s: %w", op, err)
	}
	f := rq.Filter
	if rq.Predicate != "" {
		f.Predicates = append(append([]string(nil), f.Predicates...), rq.Predicate)
		if len(rq.Filter.Predicates) > 0 {
			// both given: the predicate must be in the filter too
			ok := false
			for _, p := range rq.Filter.Predicates {
				ok = ok || p == rq.Predicate
			}
			if !ok {
				f.Predicates = []string{"\x00none"}
			} else {
				f.Predicates = []string{rq.Predicate}
			}
		}
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	ix := s.ix
	cf, err := ix.compile(f)
	if err != nil {
		return Paged[Relation]{}, fmt.Errorf("%s: %w", op, err)
	}
	cands, err := ix.candidates(rq, cf)
	if err != nil {
		return Paged[Relation]{}, fmt.Errorf("%s: %w", op, err)
	}
	items := make([]keyed[*rel], 0, len(cands))
	seen := make(map[int32]bool, len(cands))
	for _, ri := range cands {
		if seen[ri] {
			continue
		}
		seen[ri] = true
		r := ix.rels[ri]
		if rq.Subject != "" && ix.ents[r.s].id != ix.canon(rq.Subject) || rq.Object != "" && ix.ents[r.o].id != ix.canon(rq.Object) {
			continue
		}
		if !cf.passes(ix, r) {
			continue
		}
		items = append(items, keyed[*rel]{key: r.id, item: r})
	}
	page, err := paginate(items, "r", p, s.limits.MaxPage, func(r *rel) Relation {
		out, _ := ix.aggregate(r, cf)
		return out
	})
	if err != nil {
		return page, fmt.Errorf("%s: %w", op, err)
	}
	return page, ctx.Err()
}

// candidates returns a superset of the relations the query can match, from
// the narrowest index available.
func (ix *index) candidates(rq RelationQuery, cf *cfilter) ([]int32, error) {
	ent := func(id string) (*entity, error) {
		ei, ok := ix.lookup(id)
		if !ok || !ix.ents[ei].visible() {
			return nil, fmt.Errorf("entity %s: %w", id, ErrNotFound)
		}
		return ix.ents[ei], nil
	}
	switch {
	case rq.Entity != "":
		e, err := ent(rq.Entity)
		if err != nil {
			return nil, err
		}
		switch rq.Direction {
		case Outgoing:
			return e.out, nil
		case Incoming:
			return e.in, nil
		default:
			return append(append([]int32(nil), e.out...), e.in...), nil
		}
	case rq.Subject != "":
		e, err := ent(rq.Subject)
		if err != nil {
			return nil, err
		}
		return e.out, nil
	case rq.Object != "":
		e, err := ent(rq.Object)
		if err != nil {
			return nil, err
		}
		return e.in, nil
	case cf.doc >= 0:
		return ix.docs[cf.doc].rels, nil
	case cf.doc == -2:
		return nil, nil
	case cf.preds != nil:
		var out []int32
		for p := range cf.preds {
			out = append(out, ix.predRels[p]...)
		}
		return out, nil
	}
	out := make([]int32, len(ix.rels))
	for i := range out {
		out[i] = int32(i)
	}
	return out, nil
}

// Relation returns one relation aggregated under the filter.
func (s *Service) Relation(ctx context.Context, id string, f Filter) (Relation, error) {
	rs, errs := s.RelationsByID(ctx, []string{id}, f)
	return rs[0], errs[0]
}

// RelationsByID returns relations by ID, in order, aggregated under the
// filter, with ErrNotFound for those without passing evidence.
func (s *Service) RelationsByID(ctx context.Context, ids []string, f Filter) ([]Relation, []error) {
	out, errs := make([]Relation, len(ids)), make([]error, len(ids))
	s.mu.RLock()
	defer s.mu.RUnlock()
	cf, err := s.ix.compile(f)
	for i, id := range ids {
		if err != nil {
			errs[i] = fmt.Errorf("query.Relation: %w", err)
			continue
		}
		sub, pred, obj, ok := ParseRelationID(id)
		if !ok {
			errs[i] = fmt.Errorf("query.Relation: relation ID %q is not subject|predicate|object: %w", id, ErrBadInput)
			continue
		}
		ri, ok := s.ix.relByKey[triple{s.ix.canon(sub), pred, s.ix.canon(obj)}]
		if ok {
			out[i], ok = s.ix.aggregate(s.ix.rels[ri], cf)
		}
		if !ok {
			errs[i] = fmt.Errorf("query.Relation %s: %w", id, ErrNotFound)
		}
	}
	return out, errs
}
