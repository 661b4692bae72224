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
