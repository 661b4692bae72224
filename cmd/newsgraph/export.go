package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"strings"

	"github.com/newsgraph/newsgraph/internal/export"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/query"
	"github.com/newsgraph/newsgraph/internal/server"
)

// exportParams are the parameters of GET /export, taken as flags by
// `newsgraph export` so that both select exactly the same graph.
var exportParams = []struct{ name, help string }{
	{"entity", "export the neighbourhood of this entity id"},
	{"depth", "neighbourhood depth (with --entity; default 1)"},
	{"limit", "largest number of nodes in the neighbourhood (default 500)"},
	{"entities", "export the subgraph between these comma-separated entity ids"},
	{"maxEdges", "largest number of edges in a whole-graph export"},
	{"predicate", "keep relations with this predicate (repeatable)"},
	{"cameo", "keep relations with this CAMEO code or family prefix (repeatable)"},
	{"quadClass", "keep relations of this GDELT quad class, 1-4 (repeatable)"},
	{"goldsteinMin", "lowest Goldstein value"},
	{"goldsteinMax", "highest Goldstein value"},
	{"publishedFrom", "earliest publication time (RFC 3339)"},
	{"publishedTo", "latest publication time (RFC 3339)"},
	{"document", "keep relations supported by this document id"},
	{"minConfidence", "lowest evidence confidence"},
	{"includeNegated", "count negated evidence (true/false)"},
	{"includeModal", "count modal evidence: planned, expected, ... (true/false)"},
}

func (e *env) export(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	storeURI := fs.String("store", defaultStore, "store URI: leveldb:DIR, bolt:FILE, memory, postgres:DSN")
	format := fs.String("format", "nquads", "one of "+strings.Join(export.Formats(), ", "))
	maxEdges := fs.Int("max-edges-limit", 1_000_000, "upper bound on --maxEdges")
	params := url.Values{}
	for _, p := range exportParams {
		fs.Func(p.name, p.help, func(v string) error { params.Add(p.name, v); return nil })
	}
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: newsgraph export [flags] > FILE\n\nWrites the graph, or the part the flags select (the same parameters as GET /export), to stdout.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil || fs.NArg() > 0 {
		return errUsage
	}
	params.Set("format", *format)
	if params.Get("maxEdges") == "" {
		params.Set("maxEdges", fmt.Sprint(*maxEdges))
	}
	// Read-only: export writes nothing, so it opens a store in a folder it
	// may not write to, and beside other readers.
	st, err := kg.OpenReadOnly(ctx, *storeURI)
	if err != nil {
		return fmt.Errorf("open store %s: %w", *storeURI, err)
	}
	defer st.Close()
	svc, err := query.New(ctx, st.QuadStore(), query.WithLogger(quietLogger(e.stderr)))
	if err != nil {
		return fmt.Errorf("read index: %w", err)
	}
	out := bufio.NewWriter(e.stdout)
	_, truncated, err := server.WriteExport(ctx, out, svc, params, *maxEdges)
	if err != nil {
		return err
	}
	if truncated {
		fmt.Fprintf(e.stderr, "newsgraph export: cut at %s edges (raise --maxEdges)\n", params.Get("maxEdges"))
	}
	return out.Flush()
}

// quietLogger logs warnings and errors only, for one-shot commands.
func quietLogger(w io.Writer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelWarn}))
}
