package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/graph/loader"
	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/internal/query"
)

// Resolver helpers: the loader calls and the few resolvers with more than
// one step. Kept out of schema.resolvers.go, which gqlgen rewrites.

func (r *Resolver) loaders(ctx context.Context) *loader.Loaders { return loader.For(ctx, r.Service) }

func (r *Resolver) entity(ctx context.Context, id string) (*model.Entity, error) {
	e, err := r.loaders(ctx).Entity.Load(ctx, id)
	if err != nil {
		return nil, err
	}
	return entityModel(e), nil
}

func (r *Resolver) entities(ctx context.Context, ids []string) ([]model.Entity, error) {
	es, err := r.loaders(ctx).Entity.LoadAll(ctx, ids)
	if err != nil {
		return nil, firstError(err)
	}
	out := make([]model.Entity, len(es))
	for i, e := range es {
		out[i] = *entityModel(e)
	}
	return out, nil
}

func (r *Resolver) document(ctx context.Context, id string) (*model.Document, error) {
	d, err := r.loaders(ctx).Document.Load(ctx, id)
	if err != nil {
		return nil, err
	}
	return documentModel(d), nil
}

func (r *Resolver) documentPage(ctx context.Context, ids []string, p query.Page) (*model.DocumentConnection, error) {
	items, cursors, info, err := pageIDs(ids, p, r.Service.Limits().MaxPage)
	if err != nil {
		return nil, err
	}
	ds, err := r.loaders(ctx).Document.LoadAll(ctx, items)
	if err != nil {
		return nil, firstError(err)
	}
	c := &model.DocumentConnection{Edges: make([]model.DocumentEdge, len(ds)), PageInfo: info, TotalCount: len(ids)}
	for i, d := range ds {
		c.Edges[i] = model.DocumentEdge{Cursor: cursors[i], Node: documentModel(d)}
	}
	return c, nil
}

// evidence pages a relation's evidence. It looks the page up at once, not
// through the request's loaders, and primes the document loader with the
// evidence's documents: the index holds both and the sentences are cached,
// so batching saved nothing, while each loader's wait (200 µs, milliseconds
// on busy CPUs) was paid twice in a row by a page of relations each with
// its first evidence and its document's title (issue 14).
func (r *Resolver) evidence(ctx context.Context, ids []string, p query.Page) (*model.EvidenceConnection, error) {
	items, cursors, info, err := pageIDs(ids, p, r.Service.Limits().MaxPage)
	if err != nil {
		return nil, err
	}
	evs, errs := r.Service.Evidences(ctx, items)
	if err := errors.Join(errs...); err != nil {
		return nil, firstError(err)
	}
	docs := make([]string, len(evs))
	for i, e := range evs {
		docs[i] = e.Document
	}
	r.primeDocuments(ctx, docs)
	c := &model.EvidenceConnection{Edges: make([]model.EvidenceEdge, len(evs)), PageInfo: info, TotalCount: len(ids)}
	for i, e := range evs {
		c.Edges[i] = model.EvidenceEdge{Cursor: cursors[i], Node: evidenceModel(e)}
	}
	return c, nil
}

// relationPage converts a page of relations with their subjects and
// objects.
func (r *Resolver) relationPage(ctx context.Context, p query.Paged[query.Relation], err error) (*model.RelationConnection, error) {
	if err != nil {
		return nil, err
	}
	return relationConnection(p, r.relationModels(ctx, p.Items)), nil
}

// relationModels converts relations, looking up all their subjects and
// objects in one call. A relation of the index always joins two visible
// entities; were one missing, its field would be an error in the answer.
func (r *Resolver) relationModels(ctx context.Context, rels []query.Relation) []*model.Relation {
	ids := make([]string, 0, 2*len(rels))
	for _, rel := range rels {
		ids = append(ids, rel.Subject, rel.Object)
	}
	es, errs := r.Service.Entities(ctx, ids)
	out := make([]*model.Relation, len(rels))
	for i, rel := range rels {
		m := relationModel(rel)
		if errs[2*i] == nil {
			m.Subject = entityModel(es[2*i])
		}
		if errs[2*i+1] == nil {
			m.Object = entityModel(es[2*i+1])
		}
		out[i] = m
	}
	return out
}

// relation converts one relation looked up with err.
func (r *Resolver) relation(ctx context.Context, rel query.Relation, err error) (*model.Relation, error) {
	if err != nil {
		return nil, err
	}
	return r.relationModels(ctx, []query.Relation{rel})[0], nil
}

// primeDocuments loads documents in one batch into the request's loader.
func (r *Resolver) primeDocuments(ctx context.Context, ids []string) {
	ds, errs := r.Service.Documents(ctx, ids)
	loader.Prime(r.loaders(ctx).Document, ids, ds, errs)
}

// rootEntity looks up the entity a query asks for at its root at once, not
// through the loader (which would wait for keys that do not come), and
// primes the loader with it.
func (r *Resolver) rootEntity(ctx context.Context, id string) (*model.Entity, error) {
	es, errs := r.Service.Entities(ctx, []string{id})
	if errs[0] != nil {
		return nil, errs[0]
	}
	r.loaders(ctx).Entity.Prime(id, es[0])
	return entityModel(es[0]), nil
}

// primeEntities loads entities in one batch into the request's loader.
func (r *Resolver) primeEntities(ctx context.Context, ids []string) {
	es, errs := r.Service.Entities(ctx, ids)
	loader.Prime(r.loaders(ctx).Entity, ids, es, errs)
}

func (r *Resolver) mentions(ctx context.Context, docID string) ([]model.Mention, error) {
	ms, err := r.Service.DocumentMentions(ctx, docID)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(ms))
	out := make([]model.Mention, len(ms))
	for i, m := range ms {
		ids[i] = m.Entity
		out[i] = model.Mention{EntityID: m.Entity, Start: m.Start, End: m.End, Text: m.Text}
	}
	r.primeEntities(ctx, ids)
	return out, nil
}

// firstError unwraps the per-key errors of a LoadAll to the first one.
func firstError(err error) error {
	var many interface{ Unwrap() []error }
	if errors.As(err, &many) {
		for _, e := range many.Unwrap() {
			if e != nil {
				return e
			}
		}
	}
	return err
}

// nullIfNotFound turns ErrNotFound into a null result for nullable lookups.
func nullIfNotFound[T any](v *T, err error) (*T, error) {
	if errors.Is(err, query.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return v, nil
}

func (r *Resolver) paths(ctx context.Context, from, to string, maxHops, k int, f query.Filter) ([]model.Path, error) {
	ps, err := r.Service.Paths(ctx, from, to, maxHops, k, f)
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, p := range ps {
		for _, st := range p.Steps {
			ids = append(ids, st.Relations...)
		}
	}
	rels, errs := r.Service.RelationsByID(ctx, ids, f)
	byID := make(map[string]model.Relation, len(ids))
	for i := range ids {
		if errs[i] != nil {
			return nil, errs[i]
		}
	}
	for i, m := range r.relationModels(ctx, rels) {
		byID[ids[i]] = *m
	}
	out := make([]model.Path, len(ps))
	for i, p := range ps {
		mp := model.Path{Length: len(p.Steps), EntityIDs: p.Entities, Steps: make([]model.PathStep, len(p.Steps))}
		for j, st := range p.Steps {
			ms := model.PathStep{FromID: st.From, ToID: st.To}
			for _, id := range st.Relations {
				ms.Relations = append(ms.Relations, byID[id])
			}
			mp.Steps[j] = ms
		}
		out[i] = mp
	}
	return out, nil
}

func (r *Resolver) ingest(ctx context.Context, text, title, source string, published *time.Time) (*model.IngestResult, error) {
	if r.Ingester == nil {
		return nil, fmt.Errorf("ingestDocument: this server is read-only: %w", ErrReadOnly)
	}
	if strings.TrimSpace(text) == "" {
		return nil, fmt.Errorf("ingestDocument: text is empty: %w", query.ErrBadInput)
	}
	id, added, err := r.Ingester.Ingest(ctx, text, title, source, published)
	if err != nil {
		return nil, fmt.Errorf("ingestDocument: %w", err)
	}
	// The pipeline's hook normally did this already; it is idempotent and
	// makes the answer read its own write whatever the wiring.
	if err := r.Service.IndexDocument(ctx, id); err != nil {
		return nil, fmt.Errorf("ingestDocument: %w", err)
	}
	d, err := r.Service.Document(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("ingestDocument: %w", err)
	}
	return &model.IngestResult{Added: added, Document: documentModel(d)}, nil
}

func (r *Resolver) delete(ctx context.Context, id string) (bool, error) {
	if r.Ingester == nil {
		return false, fmt.Errorf("deleteDocument: this server is read-only: %w", ErrReadOnly)
	}
	ok, err := r.Ingester.Delete(ctx, id)
	if err != nil {
		return false, fmt.Errorf("deleteDocument: %w", err)
	}
	if err := r.Service.UnindexDocument(ctx, id); err != nil {
		return false, fmt.Errorf("deleteDocument: %w", err)
	}
	return ok, nil
}

func (r *Resolver) relationAdded(ctx context.Context, f query.Filter) (<-chan *model.Relation, error) {
	in, err := r.Service.SubscribeRelations(ctx, f)
	if err != nil {
		return nil, err
	}
	out := make(chan *model.Relation, 1)
	go func() {
		defer close(out)
		for rel := range in {
			select {
			case out <- r.relationModels(ctx, []query.Relation{rel})[0]:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out, nil
}

func (r *Resolver) documentIngested(ctx context.Context) <-chan *model.Document {
	in := r.Service.SubscribeDocuments(ctx)
	out := make(chan *model.Document, 1)
	go func() {
		defer close(out)
		for d := range in {
			select {
			case out <- documentModel(d):
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func (r *Resolver) merge(ctx context.Context, into string, ids []string) (*model.Entity, error) {
	if r.Ingester == nil {
		return nil, fmt.Errorf("mergeEntities: this server is read-only: %w", ErrReadOnly)
	}
	e, err := r.Service.Merge(ctx, into, ids)
	if err != nil {
		return nil, fmt.Errorf("mergeEntities: %w", err)
	}
	return entityModel(e), nil
}

func (r *Resolver) split(ctx context.Context, id string) (bool, error) {
	if r.Ingester == nil {
		return false, fmt.Errorf("splitEntity: this server is read-only: %w", ErrReadOnly)
	}
	ok, err := r.Service.Split(ctx, id)
	if err != nil {
		return false, fmt.Errorf("splitEntity: %w", err)
	}
	return ok, nil
}

func (r *Resolver) communities(ctx context.Context, f query.Filter, minSize, first, members int) (*model.CommunityResult, error) {
	cs, err := r.Service.Communities(ctx, f, minSize, first, members)
	if err != nil {
		return nil, err
	}
	out := &model.CommunityResult{EntityCount: cs.Entities, RelationCount: cs.Relations, Modularity: cs.Modularity,
		CommunityCount: cs.Count, Communities: make([]model.Community, len(cs.Communities))}
	for i, c := range cs.Communities {
		es, err := r.entities(ctx, c.Members)
		if err != nil {
			return nil, err
		}
		out.Communities[i] = model.Community{ID: c.ID, Size: c.Size, Entities: es}
	}
	return out, nil
}

func (r *Resolver) centrality(ctx context.Context, ids []string, f query.Filter, betweenness bool) ([]model.EntityCentrality, error) {
	if len(ids) > r.Service.Limits().MaxNodes {
		return nil, fmt.Errorf("centrality: %d entities is above the limit of %d: %w", len(ids), r.Service.Limits().MaxNodes, query.ErrLimit)
	}
	cs, err := r.Service.Centralities(ctx, f, ids, betweenness)
	if err != nil {
		return nil, err
	}
	es, err := r.entities(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]model.EntityCentrality, len(ids))
	for i, c := range cs {
		out[i] = model.EntityCentrality{Entity: &es[i], Pagerank: c.PageRank, Betweenness: c.Betweenness, Community: c.Community}
	}
	return out, nil
}

func (r *Resolver) graph(ctx context.Context, f query.Filter, maxEdges int) (*model.Subgraph, error) {
	if max := r.Service.Limits().MaxNodes; maxEdges > max {
		return nil, fmt.Errorf("graph: maxEdges %d is above the limit of %d: %w", maxEdges, max, query.ErrLimit)
	}
	g, err := r.Service.Graph(ctx, f, maxEdges)
	return subgraphModel(g), err
}
