package query

import (
	"context"
	"sync"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// Evidence sentences are read from the store on demand (the index does not
// hold them: a sentence is ten times an evidence's attributes) and kept in
// a bounded cache, so that the sentences a client shows (an entity's
// relations, each with its first evidence) are read once. A sentence never
// changes: an evidence ID names its document, whose ID is its content's
// hash. The read walks the evidence node's quads comparing store
// references, and resolves only the sentence's value: reading every quad
// whole resolved four values per quad, about fifty per evidence.

// maxSentences bounds the cache (about 200 bytes each).
const maxSentences = 1 << 17

type sentenceCache struct {
	mu   sync.RWMutex
	m    map[string]string
	pred graph.Ref // the store's reference of ng:sentence, once found
}

func (c *sentenceCache) get(ctx context.Context, qs graph.QuadStore, id string) (string, error) {
	c.mu.RLock()
	s, ok := c.m[id]
	pred := c.pred
	c.mu.RUnlock()
	if ok {
		return s, nil
	}
	if pred == nil {
		pred = qs.ValueOf(kg.PredSentence)
		if pred == nil {
			return "", nil // no sentence in the store at all
		}
	}
	s, err := readSentence(ctx, qs, id, pred)
	if err != nil {
		return "", err
	}
	c.mu.Lock()
	if c.m == nil || len(c.m) >= maxSentences {
		c.m = make(map[string]string, 1024) // start again: cheaper than an LRU's bookkeeping per hit
	}
	c.m[id] = s
	c.pred = pred
	c.mu.Unlock()
	return s, nil
}

// readSentence reads the ng:sentence of an evidence node, resolving only
// its value.
func readSentence(ctx context.Context, qs graph.QuadStore, id string, pred graph.Ref) (string, error) {
	ref := qs.ValueOf(evNode(id))
	if ref == nil {
		return "", nil
	}
	it := qs.QuadIterator(quad.Subject, ref)
	defer it.Close()
	for it.Next(ctx) {
		r := it.Result()
		if p := qs.QuadDirection(r, quad.Predicate); p == nil || p.Key() != pred.Key() {
			continue
		}
		return asString(qs.NameOf(qs.QuadDirection(r, quad.Object))), nil
	}
	return "", it.Err()
}
