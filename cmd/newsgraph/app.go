package main

import (
	"context"
	"fmt"

	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/kg"
	_ "github.com/newsgraph/newsgraph/internal/kg/backends" // Cayley backends: leveldb, bbolt, memstore, postgres
)

// app is the wired write path: the store, the extractor and the pipeline.
type app struct {
	store    *kg.Store
	pipeline *ingest.Pipeline
}

var _ ingest.Store = (*kg.Store)(nil)

func openApp(ctx context.Context, storeURI string, workers int, opts ...ingest.Option) (*app, error) {
	return openAppWith(ctx, kg.Open, storeURI, workers, opts...)
}

// openAppWith is openApp with the function that opens the store
// (kg.OpenReadOnly for serve --read-only).
func openAppWith(ctx context.Context, open func(context.Context, string) (*kg.Store, error), storeURI string, workers int, opts ...ingest.Option) (*app, error) {
	st, err := open(ctx, storeURI)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", storeURI, err)
	}
	x, err := extract.New()
	if err != nil {
		st.Close()
		return nil, fmt.Errorf("extractor: %w", err)
	}
	return &app{store: st, pipeline: ingest.New(x, st, append([]ingest.Option{ingest.Workers(workers)}, opts...)...)}, nil
}

func (a *app) Close() error { return a.store.Close() }
