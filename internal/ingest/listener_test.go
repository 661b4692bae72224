package ingest

import (
	"context"
	"sync"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/kg"
)

// quadProbe is a QuadListener recording how it heard of each document.
type quadProbe struct {
	mu      sync.Mutex
	written map[string]int // id -> quads given
	added   []string
}

func (q *quadProbe) DocumentWritten(_ context.Context, id string, quads []quad.Quad) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.written[id] = len(quads)
}
func (q *quadProbe) DocumentAdded(_ context.Context, id string) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.added = append(q.added, id)
}
func (q *quadProbe) DocumentDeleted(context.Context, string) {}

func TestQuadListenerGetsTheWrittenQuads(t *testing.T) {
	ctx := context.Background()
	st, err := kg.Open(ctx, "memory")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	probe := &quadProbe{written: map[string]int{}}
	p := New(x, st, Notify(probe))
	id, _, err := p.Ingest(ctx, "China imposed sanctions on North Korea.", "", "api", nil)
	if err != nil {
		t.Fatal(err)
	}
	var outcomes []Outcome
	if _, err := p.Run(ctx, &article.Reader{}, []string{"../../examples"}, func(o Outcome) { outcomes = append(outcomes, o) }); err != nil {
		t.Fatal(err)
	}
	ids := []string{id}
	for _, o := range outcomes {
		ids = append(ids, o.Article.ID)
		if o.written != nil {
			t.Errorf("%s: the outcome handed to the caller still holds its quads", o.Article.Source)
		}
	}
	for _, id := range ids {
		stored, err := st.DocumentQuadsStored(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if got := probe.written[id]; got == 0 || got != len(stored) {
			t.Errorf("document %s: DocumentWritten got %d quads, the store holds %d", id, got, len(stored))
		}
	}
	if len(probe.added) != 0 {
		t.Errorf("DocumentAdded called for %v; a QuadListener gets DocumentWritten", probe.added)
	}
}

// TestObserveAndAddListener: Observe hears every document of Run and
// Ingest, and listeners added while a run goes on are safe (-race) and
// hear the documents after them.
func TestObserveAndAddListener(t *testing.T) {
	ctx := context.Background()
	st, err := kg.Open(ctx, "memory")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	seen := map[string]int{}
	p := New(x, st, Observe(func(o Outcome) {
		mu.Lock()
		defer mu.Unlock()
		switch {
		case o.Err != nil:
			seen["failed"]++
		case o.Added:
			seen["added"]++
		case o.Skipped:
			seen["skipped"]++
		}
	}))
	probe := &quadProbe{written: map[string]int{}}
	done := make(chan struct{})
	go func() {
		defer close(done)
		p.AddListener(probe)
	}()
	sum, err := p.Run(ctx, &article.Reader{}, []string{"../../examples"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	<-done
	if _, _, err := p.Ingest(ctx, "China imposed sanctions on North Korea.", "", "api", nil); err != nil {
		t.Fatal(err)
	}
	if _, _, err := p.Ingest(ctx, "   ", "", "api", nil); err == nil {
		t.Fatal("an empty document was accepted")
	}
	mu.Lock()
	defer mu.Unlock()
	if want := map[string]int{"added": sum.Added + 1, "failed": 1}; seen["added"] != want["added"] || seen["failed"] != want["failed"] || seen["skipped"] != 0 {
		t.Errorf("observed %v, want %v", seen, want)
	}
	if len(probe.written) == 0 {
		t.Error("the listener added during the run heard of no document (the Ingest after it, at least)")
	}
}
