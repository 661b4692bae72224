package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/internal/export"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/query"
	"github.com/newsgraph/newsgraph/internal/server"
)

// exportParams are the parameters of GET /export, taken as flags by
// `newsgraph export` so that both select exactly the same graph. The flag
// is the parameter in kebab-case; the parameter's own spelling, which
// older releases took as the flag, is a deprecated alias.
var exportParams = []struct{ param, help string }{
	{"entity", "export the neighbourhood of this entity `ID`"},
	{"depth", "neighbourhood depth (with --entity; default 1)"},
	{"limit", "largest number of nodes in the neighbourhood (default 500)"},
	{"entities", "export the subgraph between these comma-separated entity `IDs`"},
	{"maxEdges", "largest number of edges in a whole-graph export (default: --max-edges-limit)"},
	{"predicate", "keep relations with this predicate (repeatable)"},
	{"cameo", "keep relations with this CAMEO code or family prefix (repeatable)"},
	{"quadClass", "keep relations of this GDELT quad class, 1-4 (repeatable)"},
	{"goldsteinMin", "lowest Goldstein value"},
	{"goldsteinMax", "highest Goldstein value"},
	{"publishedFrom", "earliest publication `TIME` (RFC 3339)"},
	{"publishedTo", "latest publication `TIME` (RFC 3339)"},
	{"document", "keep relations supported by this document `ID`"},
	{"minConfidence", "lowest evidence confidence"},
	{"includeNegated", "count negated evidence (true/false)"},
	{"includeModal", "count modal evidence: planned, expected, ... (true/false)"},
}

// kebab is a camelCase name in kebab-case: goldsteinMax -> goldstein-max.
func kebab(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsUpper(r) {
			b.WriteByte('-')
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

func (e *env) export(ctx context.Context, args []string) error {
	fs := e.newFlags("export", "> FILE", "Writes the graph, or the part the flags select (the parameters of GET /export), to stdout.")
	storeURI := storeFlag(fs, defaultStore)
	format := fs.String("format", "nquads", "one of "+strings.Join(export.Formats(), ", "))
	maxEdges := fs.Int("max-edges-limit", 1_000_000, "upper bound on --max-edges")
	params := url.Values{}
	for _, p := range exportParams {
		name := kebab(p.param)
		fs.Func(name, p.help, func(v string) error { params.Add(p.param, v); return nil })
		if name != p.param {
			fs.alias(p.param, name)
		}
	}
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fs.usageError(fmt.Sprintf("unexpected argument %q (export writes to stdout: > FILE)", fs.Arg(0)))
	}
	if err := checkStoreURI(*storeURI); err != nil {
		return err
	}
	params.Set("format", *format)
	if params.Get("maxEdges") == "" {
		params.Set("maxEdges", fmt.Sprint(*maxEdges))
	}
	// Read-only: export writes nothing, so it opens a store in a folder it
	// may not write to, and beside other readers.
	st, err := kg.OpenReadOnly(ctx, *storeURI)
	if err != nil {
		return storeError(*storeURI, err)
	}
	defer st.Close()
	svc, err := query.New(ctx, st.QuadStore(), query.WithLogger(quietLogger(e.stderr)))
	if err != nil {
		return fmt.Errorf("read index: %w", err)
	}
	out := bufio.NewWriter(e.stdout)
	_, truncated, err := server.WriteExport(ctx, out, svc, params, *maxEdges)
	if err != nil {
		return exportError(err, params)
	}
	if truncated {
		fmt.Fprintf(e.stderr, "newsgraph export: cut at %s edges (raise --max-edges)\n", params.Get("maxEdges"))
	}
	return out.Flush()
}

// exportError says an export's error in the terms of the command line:
// "no entity gpe/nowhere" for query.ErrNotFound, which stays for
// errors.Is.
func exportError(err error, params url.Values) error {
	if !errors.Is(err, query.ErrNotFound) {
		return err
	}
	switch ids := params["entities"]; {
	case params.Get("entity") != "":
		return userError{fmt.Sprintf("no entity %s", params.Get("entity")), err}
	case len(ids) > 0:
		return userError{fmt.Sprintf("no entity among %s", strings.Join(ids, ",")), err}
	}
	return userError{"not found", err}
}

// quietLogger logs warnings and errors only, for one-shot commands.
func quietLogger(w io.Writer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelWarn}))
}
