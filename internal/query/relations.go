package query

import (
	"context"
	"fmt"
	"math"
	"strconv"
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
	Order     RelationOrder
}

// RelationOrder orders Relations.
type RelationOrder int

// Relation orders. Ties go by relation ID.
const (
	OrderID          RelationOrder = iota // relation ID
	OrderDocuments                        // most supporting documents first
	OrderEvidence                         // most evidence sentences first
	OrderLatest                           // latest lastSeen first, undated last
	OrderEarliest                         // earliest firstSeen first, undated last
	OrderConfidence                       // highest confidence first
	OrderConflict                         // lowest (most conflictual) Goldstein first, none last
	OrderCooperation                      // highest (most cooperative) Goldstein first, none last
)

// orderKey is the sort key of a relation under an order: a fixed-width
// prefix that sorts as the order wants, then the ID.
func orderKey(o RelationOrder, r Relation) string {
	const big = 1 << 40
	num := func(n int64) string { return fmt.Sprintf("%013d|", n) }
	var k string
	switch o {
	case OrderDocuments:
		k = num(big - int64(len(r.Documents)))
	case OrderEvidence:
		k = num(big - int64(len(r.Evidence)))
	case OrderLatest:
		if r.LastSeen == nil {
			k = "1|"
		} else {
			k = "0|" + num(big-r.LastSeen.Unix())
		}
	case OrderEarliest:
		if r.FirstSeen == nil {
			k = "1|"
		} else {
			k = "0|" + num(r.FirstSeen.Unix()+big)
		}
	case OrderConfidence:
		k = num(int64(math.Round((1 - r.Confidence) * 1e9)))
	case OrderConflict, OrderCooperation:
		if r.Goldstein == nil {
			k = "1|"
		} else if o == OrderConflict {
			k = "0|" + num(int64(math.Round((*r.Goldstein+10)*1e6)))
		} else {
			k = "0|" + num(int64(math.Round((10-*r.Goldstein)*1e6)))
		}
	}
	return k + r.ID
}

// Relations lists the relations matching the query that have evidence
// passing the filter, in the query's order (by relation ID by default).
func (s *Service) Relations(ctx context.Context, rq RelationQuery, p Page) (Paged[Relation], error) {
	const op = "query.Relations"
	if err := checkPage(p, s.limits.MaxPage); err != nil {
		return Paged[Relation]{}, fmt.Errorf("%s: %w", op, err)
	}
	if rq.Order < OrderID || rq.Order > OrderCooperation {
		return Paged[Relation]{}, fmt.Errorf("%s: unknown order %d: %w", op, rq.Order, ErrBadInput)
	}
	f, err := s.resolveText(ctx, rq.Filter)
	if err != nil {
		return Paged[Relation]{}, fmt.Errorf("%s: %w", op, err)
	}
	rq.Filter = f
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
	if rq.Order != OrderID {
		return s.orderedRelations(ctx, rq, cf, cands, p)
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

// orderedRelations is Relations in an order other than by ID: every
// candidate is aggregated to find its key. The caller holds s.mu.
func (s *Service) orderedRelations(ctx context.Context, rq RelationQuery, cf *cfilter, cands []int32, p Page) (Paged[Relation], error) {
	ix := s.ix
	items := make([]keyed[Relation], 0, len(cands))
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
		rel, ok := ix.aggregate(r, cf)
		if !ok {
			continue
		}
		items = append(items, keyed[Relation]{key: orderKey(rq.Order, rel), item: rel})
	}
	page, err := paginate(items, "r"+strconv.Itoa(int(rq.Order)), p, s.limits.MaxPage, func(r Relation) Relation { return r })
	if err != nil {
		return page, fmt.Errorf("query.Relations: %w", err)
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
	f, err := s.resolveText(ctx, f)
	s.mu.RLock()
	defer s.mu.RUnlock()
	var cf *cfilter
	if err == nil {
		cf, err = s.ix.compile(f)
	}
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
