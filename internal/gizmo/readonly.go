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
	vals, err := graph.ValuesOf(ctx, s.QuadStore, refs)
	if err != nil {
		return nil, &storeError{err: err}
	}
	return vals, nil
}

func (s readOnly) RefsOf(ctx context.Context, vals []quad.Value) ([]graph.Ref, error) {
	refs, err := graph.RefsOf(ctx, s.QuadStore, vals)
	if err != nil {
		return nil, &storeError{err: err}
	}
	return refs, nil
}

// The iterators of the store mark their errors as the store's, so that a
// failing backend is answered as an internal error and not blamed on the
// query.

func (s readOnly) QuadIterator(d quad.Direction, v graph.Ref) graph.Iterator {
	return storeIterator{s.QuadStore.QuadIterator(d, v)}
}

func (s readOnly) NodesAllIterator() graph.Iterator {
	return storeIterator{s.QuadStore.NodesAllIterator()}
}

func (s readOnly) QuadsAllIterator() graph.Iterator {
	return storeIterator{s.QuadStore.QuadsAllIterator()}
}

// storeIterator is an iterator of the store whose Err is a *storeError.
type storeIterator struct {
	graph.Iterator
}

func (it storeIterator) Err() error {
	if err := it.Iterator.Err(); err != nil {
		return &storeError{err: err}
	}
	return nil
}

func (it storeIterator) Optimize() (graph.Iterator, bool) {
	opt, ok := it.Iterator.Optimize()
	if !ok {
		return it, false
	}
	return storeIterator{opt}, true
}

// storeError is a failure of the store under a query.
type storeError struct {
	err error
}

func (e *storeError) Error() string { return "store: " + e.err.Error() }

func (e *storeError) Unwrap() error { return e.err }
