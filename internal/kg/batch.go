package kg

import (
	"context"
	"errors"
	"fmt"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/extract"
)

// Doc is one document and its extraction result, an element of the batch
// AddDocuments writes.
type Doc struct {
	Article article.Article
	Result  extract.Result
	// Replace asks that a stored document with the same ID whose quads
	// differ (an updated text under the same external ID) be replaced:
	// its quads are removed and the new ones added. Without it a stored
	// document is left as it is.
	Replace bool
}

// DocResult is what AddDocuments did with one document of the batch.
type DocResult struct {
	AddResult
	// Replaced is true when a different stored version was removed first.
	Replaced bool
	// Err is this document's error: it failed alone, the others of the
	// batch were written.
	Err error
}

// AddDocuments writes a batch of documents in one Cayley transaction: one
// commit, one fsync on LevelDB, and each node shared by documents of the
// batch (entities, predicates, common values) resolved and counted once.
// After a crash the store holds the whole batch or none of it, so every
// document is whole or absent.
//
// It returns one result per document, in order. A document that is already
// complete in the store, or that comes again later in the same batch, is
// not written (Added false). A document that cannot be mapped to quads
// fails alone (its DocResult.Err); if the commit of the batch fails, each
// document is written again in its own transaction, so that a document the
// store refuses fails alone. The error is for the batch as a whole: ctx
// done.
//
// A Doc with Replace whose stored version differs is replaced in the
// batch's transaction: the stored quads the new version drops are
// removed, the ones it adds are added, and the quads both share stay, so
// the change costs in proportion to what changed and a crash leaves the
// old version or the new one.
func (s *Store) AddDocuments(ctx context.Context, docs []Doc) ([]DocResult, error) {
	const op = "kg.AddDocuments"
	out := make([]DocResult, len(docs))
	if s.readOnly {
		return out, fmt.Errorf("%s: %w", op, ErrReadOnly)
	}
	if err := ctx.Err(); err != nil {
		return out, fmt.Errorf("%s: %w", op, err)
	}
	// Map to quads outside the lock: it is pure and the costly part of a
	// document that is not yet stored.
	quads := make([][]quad.Quad, len(docs))
	for i, d := range docs {
		q, err := DocumentQuads(d.Article, d.Result)
		if err != nil {
			out[i].Err = fmt.Errorf("%s %s: %w", op, d.Article.ID, err)
			continue
		}
		quads[i] = q
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	// On PostgreSQL, which documents are complete is one query for the
	// batch instead of one path query per document.
	var complete map[string]bool
	if s.pg != nil {
		ids := make([]string, 0, len(docs))
		for i, d := range docs {
			if out[i].Err == nil {
				ids = append(ids, d.Article.ID)
			}
		}
		var err error
		if complete, err = s.pg.complete(ctx, ids); err != nil {
			return out, fmt.Errorf("%s: %w", op, err)
		}
	}
	seen := make(map[string]bool, len(docs))
	var (
		write   []int // indexes of docs to write in the batch
		n       int
		removes map[int][]quad.Quad // stored quads that replacements drop
	)
	for i, d := range docs {
		if out[i].Err != nil {
			continue
		}
		id := d.Article.ID
		if seen[id] {
			continue // the same document earlier in the batch
		}
		seen[id] = true
		has, err := complete[id], error(nil)
		if complete == nil {
			has, err = s.hasDocument(ctx, id)
		}
		if err != nil {
			out[i].Err = fmt.Errorf("%s %s: %w", op, id, err)
			continue
		}
		if has {
			if !d.Replace {
				continue
			}
			drop, replaced, err := s.replaced(ctx, id, quads[i])
			if err != nil {
				out[i].Err = fmt.Errorf("%s %s: replace: %w", op, id, err)
				continue
			}
			if !replaced {
				continue
			}
			out[i].Replaced = true
			if len(drop) > 0 {
				if removes == nil {
					removes = make(map[int][]quad.Quad)
				}
				removes[i] = drop
			}
		}
		write = append(write, i)
		n += len(quads[i])
	}
	if len(write) == 0 {
		return out, nil
	}
	all := make([]quad.Quad, 0, n)
	var drop []quad.Quad
	for _, i := range write {
		all = append(all, quads[i]...)
		drop = append(drop, removes[i]...)
	}
	err := s.applyChange(ctx, all, drop)
	if err == nil {
		for _, i := range write {
			out[i].AddResult = AddResult{Added: true, Quads: len(quads[i]), Written: quads[i]}
		}
		return out, nil
	}
	// The batch failed as a whole: find the document at fault by writing
	// each alone.
	for _, i := range write {
		if err := ctx.Err(); err != nil {
			for _, j := range write {
				if !out[j].Added && out[j].Err == nil {
					out[j].Err = fmt.Errorf("%s %s: %w", op, docs[j].Article.ID, err)
				}
			}
			return out, fmt.Errorf("%s: %w", op, err)
		}
		if err := s.applyChange(ctx, quads[i], removes[i]); err != nil {
			out[i].Err = fmt.Errorf("%s %s: %w", op, docs[i].Article.ID, err)
			continue
		}
		out[i].AddResult = AddResult{Added: true, Quads: len(quads[i]), Written: quads[i]}
	}
	return out, nil
}

// ReplaceDocument stores document a with extraction result r in place of
// the stored document with the same ID, if its quads differ: the old quads
// are removed, then the new ones added (two commits, see AddDocuments). A
// document not yet stored is added; one stored with the same quads is left
// as it is (Added false).
func (s *Store) ReplaceDocument(ctx context.Context, a article.Article, r extract.Result) (AddResult, error) {
	const op = "kg.ReplaceDocument"
	res, err := s.AddDocuments(ctx, []Doc{{Article: a, Result: r, Replace: true}})
	if err != nil {
		return AddResult{}, fmt.Errorf("%s %s: %w", op, a.ID, err)
	}
	if res[0].Err != nil {
		return AddResult{}, fmt.Errorf("%s %s: %w", op, a.ID, errors.Unwrap(res[0].Err))
	}
	return res[0].AddResult, nil
}

// StoredText returns the text of the complete document with the given ID,
// and whether there is one. The pipeline compares it with an input under
// the same ID to decide between skipping and replacing, before extracting.
func (s *Store) StoredText(ctx context.Context, id string) (string, bool, error) {
	const op = "kg.StoredText"
	if s.backend == BackendMemory {
		// Cayley's memstore maps are not safe for reads during a write.
		s.mu.Lock()
		defer s.mu.Unlock()
	}
	refs, err := s.refsOf(ctx, DocumentIRI(id), PredText)
	if err != nil {
		return "", false, fmt.Errorf("%s %s: %w", op, id, err)
	}
	if refs[0] == nil {
		return "", false, nil
	}
	has, err := s.isComplete(ctx, refs[0])
	if err != nil {
		return "", false, fmt.Errorf("%s %s: %w", op, id, err)
	}
	if !has {
		return "", false, nil
	}
	text, err := s.storedText(ctx, refs[0], refs[1])
	if err != nil {
		return "", false, fmt.Errorf("%s %s: %w", op, id, err)
	}
	return text, true, nil
}

// storedText reads the text of the document node doc; pred is the
// reference of ng:text (nil when no document has one).
func (s *Store) storedText(ctx context.Context, doc, pred graph.Ref) (string, error) {
	if pred == nil {
		return "", nil
	}
	vals, err := s.valuesOf(ctx, path.StartPathNodes(s.qs, doc).Out(path.StartPathNodes(s.qs, pred)).Iterate(ctx).Limit(2))
	if err != nil {
		return "", err
	}
	for _, v := range vals {
		if t, ok := v.(quad.String); ok {
			return string(t), nil
		}
	}
	return "", nil
}

// replaced compares the stored quads of document id with want and
// reports whether they differ, with the stored quads want does not have,
// for the batch to remove in its transaction. The caller holds s.mu.
func (s *Store) replaced(ctx context.Context, id string, want []quad.Quad) (drop []quad.Quad, differ bool, err error) {
	old, err := s.DocumentQuadsStored(ctx, id)
	if err != nil {
		return nil, false, err
	}
	keep := make(map[string]bool, len(want))
	for _, q := range want {
		keep[q.NQuad()] = true
	}
	for _, q := range old {
		if !keep[q.NQuad()] {
			drop = append(drop, q)
		}
	}
	// Neither list repeats a quad: with nothing to drop, the versions
	// differ only if the new one has more.
	return drop, len(drop) > 0 || len(old) != len(want), nil
}

// applyChange adds quads and removes drop (stored quads, none of them in
// quads) in one transaction; quads already stored (a copy written by
// another process between the check and the write, on PostgreSQL, or a
// quad a replaced document keeps) are skipped, not an error. The caller
// holds s.mu.
func (s *Store) applyChange(ctx context.Context, quads, drop []quad.Quad) error {
	if s.pg != nil {
		if _, _, err := s.pg.change(ctx, quads, drop, nil); err != nil {
			return err
		}
		return s.forgetCounts()
	}
	tx := graph.NewTransactionN(len(quads) + len(drop))
	for _, q := range quads {
		tx.AddQuad(q)
	}
	for _, q := range drop {
		tx.RemoveQuad(q)
	}
	return s.qs.ApplyDeltas(tx.Deltas, graph.IgnoreOpts{IgnoreDup: true})
}
