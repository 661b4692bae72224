package query

import (
	"context"
	"sync"
)

// subscriberBuffer is how many events a slow subscriber may lag behind
// before further events to it are dropped.
const subscriberBuffer = 64

// hub fans change events out to subscribers.
type hub struct {
	mu   sync.Mutex
	next int
	docs map[int]chan Document
	rels map[int]relSub
}

type relSub struct {
	f  Filter
	ch chan Relation
}

// SubscribeDocuments returns a channel that receives every document made
// visible by DocumentAdded until ctx is done, when it is closed. Events are
// dropped for a subscriber more than a few dozen behind.
func (s *Service) SubscribeDocuments(ctx context.Context) <-chan Document {
	ch := make(chan Document, subscriberBuffer)
	h := &s.hub
	h.mu.Lock()
	if h.docs == nil {
		h.docs = map[int]chan Document{}
	}
	id := h.next
	h.next++
	h.docs[id] = ch
	h.mu.Unlock()
	go func() {
		<-ctx.Done()
		h.mu.Lock()
		delete(h.docs, id)
		close(ch)
		h.mu.Unlock()
	}()
	return ch
}

// SubscribeRelations returns a channel that receives, for every document
// made visible by IndexDocument, each relation that gained evidence passing
// the filter from that document, aggregated over all its evidence under the
// filter. It is closed when ctx is done.
func (s *Service) SubscribeRelations(ctx context.Context, f Filter) (<-chan Relation, error) {
	s.mu.RLock()
	_, err := s.ix.compile(f)
	s.mu.RUnlock()
	if err != nil {
		return nil, err
	}
	ch := make(chan Relation, subscriberBuffer)
	h := &s.hub
	h.mu.Lock()
	if h.rels == nil {
		h.rels = map[int]relSub{}
	}
	id := h.next
	h.next++
	h.rels[id] = relSub{f: f, ch: ch}
	h.mu.Unlock()
	go func() {
		<-ctx.Done()
		h.mu.Lock()
		delete(h.rels, id)
		close(ch)
		h.mu.Unlock()
	}()
	return ch, nil
}

// publish tells subscribers about a document just added.
func (s *Service) publish(docID string, changed []int32) {
	h := &s.hub
	h.mu.Lock()
	defer h.mu.Unlock()
	if len(h.docs) == 0 && len(h.rels) == 0 {
		return
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	ix := s.ix
	di, ok := ix.docByID[docID]
	if !ok {
		return
	}
	d := ix.docValue(ix.docs[di])
	for _, ch := range h.docs {
		select {
		case ch <- d:
		default:
		}
	}
	for _, sub := range h.rels {
		if sub.f.Document != "" && sub.f.Document != docID {
			continue
		}
		cf, err := ix.compile(sub.f)
		if err != nil {
			continue
		}
		own := *cf
		own.f.Document = docID
		own.doc = di
		own.trivial = false
		for _, ri := range changed {
			r := ix.rels[ri]
			if !own.passes(ix, r) {
				continue
			}
			rel, ok := ix.aggregate(r, cf)
			if !ok {
				continue
			}
			select {
			case sub.ch <- rel:
			default:
			}
		}
	}
}
