package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/kg/backends" // registers Cayley's leveldb, bbolt, memstore, postgres
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
	if err := checkStoreURI(storeURI); err != nil {
		return nil, err
	}
	st, err := open(ctx, storeURI)
	if err != nil {
		return nil, storeError(storeURI, err)
	}
	x, err := extract.New()
	if err != nil {
		st.Close()
		return nil, fmt.Errorf("extractor: %w", err)
	}
	return &app{store: st, pipeline: ingest.New(x, st, append([]ingest.Option{ingest.Workers(workers)}, opts...)...)}, nil
}

func (a *app) Close() error { return a.store.Close() }

// storeSchemes are the schemes of the store URIs kg.Open takes ("bbolt"
// is also accepted for bolt).
var storeSchemes = []string{"leveldb", "bolt", "memory", "postgres"}

// checkStoreURI refuses a store URI with an unknown scheme in the user's
// terms, naming the schemes and the nearest one, before kg.Open would
// with its own ("kg.Open "levledb:./x": unknown store").
func checkStoreURI(uri string) error {
	scheme, _, hasScheme := strings.Cut(uri, ":")
	if scheme == "bbolt" || slices.Contains(storeSchemes, scheme) {
		return nil
	}
	known := strings.Join(storeSchemes, ", ")
	if !hasScheme && nearest(uri, storeSchemes) == "" {
		return fmt.Errorf("store %q has no scheme (%s); for a LevelDB folder, say leveldb:%s", uri, known, uri)
	}
	msg := fmt.Sprintf("unknown store scheme %q (%s)", scheme, known)
	if s := nearest(scheme, storeSchemes); s != "" {
		msg += "; did you mean " + s + "?"
	}
	return errors.New(msg)
}

// storeError is the error of a store at uri that did not open: a store
// another process holds is said so, without kg's operation names; other
// errors keep them, under "open store URI".
func storeError(uri string, err error) error {
	if errors.Is(err, backends.ErrInUse) {
		return userError{fmt.Sprintf("store %s: %v", uri, backends.ErrInUse), err}
	}
	return fmt.Errorf("open store %s: %w", uri, err)
}

// userError is an error said in the user's terms, wrapping the error it
// stands for so that errors.Is still finds its sentinels.
type userError struct {
	msg string
	err error
}

func (u userError) Error() string { return u.msg }
func (u userError) Unwrap() error { return u.err }
