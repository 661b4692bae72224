package gizmo

import (
	"context"
	"errors"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// ErrReadOnly is returned by every write attempted through the store a
// query runs on.
var ErrReadOnly = errors.New("gizmo: the quad store is read-only")

// readOnly lets reads through to a quad store and refuses writes. It
// deliberately does not pass on shape.Optimizer: backend shapes such as the
// key-value stores' IndexScan build their iterators only on the concrete
// store type.
type readOnly struct {
	graph.QuadStore
}

var _ graph.BatchQuadStore = readOnly{}

func (readOnly) ApplyDeltas([]graph.Delta, graph.IgnoreOpts) error { return ErrReadOnly }

func (readOnly) NewQuadWriter() (quad.WriteCloser, error) { return nil, ErrReadOnly }

// Close does not close the shared store.
func (readOnly) Close() error { return nil }

// ValuesOf and RefsOf keep the backend's batched lookups.
func (s readOnly) ValuesOf(ctx context.Context, refs []graph.Ref) ([]quad.Value, error) {
	return graph.ValuesOf(ctx, s.QuadStore, refs)
}

func (s readOnly) RefsOf(ctx context.Context, vals []quad.Value) ([]graph.Ref, error) {
	return graph.RefsOf(ctx, s.QuadStore, vals)
}
