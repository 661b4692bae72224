package graph

import (
	"context"
	"time"

	"github.com/newsgraph/newsgraph/internal/query"
)

// Ingester adds and deletes documents; internal/ingest implements it. Ingest
// must return only once the document is committed to the store.
type Ingester interface {
	// Ingest normalises and extracts the text and stores the document. added
	// is false when the same text was already stored.
	Ingest(ctx context.Context, text, title, source string, published *time.Time) (docID string, added bool, err error)
	// Delete removes a document, reporting whether it was there.
	Delete(ctx context.Context, id string) (bool, error)
}

// Resolver is the root resolver: the dependencies of every field resolver.
type Resolver struct {
	Service  *query.Service
	Ingester Ingester
}
