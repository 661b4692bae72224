package loader_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph/loader"
	"github.com/newsgraph/newsgraph/internal/query"
)

// countingSource answers entities by echoing their IDs and counts batches.
type countingSource struct {
	mu      sync.Mutex
	batches [][]string
}

func (c *countingSource) Entities(_ context.Context, ids []string) ([]query.Entity, []error) {
	c.mu.Lock()
	c.batches = append(c.batches, append([]string(nil), ids...))
	c.mu.Unlock()
	out := make([]query.Entity, len(ids))
	errs := make([]error, len(ids))
	for i, id := range ids {
		if id == "missing" {
			errs[i] = fmt.Errorf("%s: %w", id, query.ErrNotFound)
			continue
		}
		out[i] = query.Entity{ID: id}
	}
	return out, errs
}

func (c *countingSource) Documents(context.Context, []string) ([]query.Document, []error) {
	panic("not used")
}
func (c *countingSource) DocumentTexts(context.Context, []string) ([]string, []error) {
	panic("not used")
}
func (c *countingSource) RelationsByID(context.Context, []string, query.Filter) ([]query.Relation, []error) {
	panic("not used")
}

var _ loader.Source = (*query.Service)(nil)

func TestBatching(t *testing.T) {
	src := &countingSource{}
	// The window is wide and the loads start together, so that a loaded
	// machine (CI beside a benchmark) still sees one batch: the test is of
	// batching, not of how fast goroutines start.
	l := loader.New(src, 200*time.Millisecond)
	ctx := context.Background()
	var wg sync.WaitGroup
	start := make(chan struct{})
	const n = 50
	got := make([]string, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-start
			e, err := l.Entity.Load(ctx, fmt.Sprintf("e%d", i%10))
			if err != nil {
				t.Errorf("Load: %v", err)
			}
			got[i] = e.ID
		}(i)
	}
	close(start)
	wg.Wait()
	if len(src.batches) != 1 || len(src.batches[0]) != 10 {
		t.Errorf("batches: got %v, want one batch of the 10 distinct IDs", src.batches)
	}
	for i, id := range got {
		if want := fmt.Sprintf("e%d", i%10); id != want {
			t.Errorf("Load %d: got %q, want %q", i, id, want)
		}
	}
	if _, err := l.Entity.Load(ctx, "missing"); err == nil {
		t.Error("Load(missing): no error")
	}
}
