package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/export"
	"github.com/newsgraph/newsgraph/internal/query"
)

// exportHandler serves GET /export?format=F[&entity=ID[&depth=D][&limit=N] |
// &entities=ID,ID,...][&maxEdges=N] and the filter parameters of
// RelationFilter: predicate (repeatable), cameo (repeatable), quadClass
// (repeatable), goldsteinMin, goldsteinMax, publishedFrom, publishedTo
// (RFC 3339), document, minConfidence, includeNegated, includeModal,
// excludePredicate (repeatable), reporting, source (repeatable), outlet
// (repeatable), text.
type exportHandler struct {
	g        Grapher
	maxEdges int
	log      *slog.Logger
}

func (h exportHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var buf bytes.Buffer
	contentType, truncated, err := WriteExport(r.Context(), &buf, h.g, r.URL.Query(), h.maxEdges)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	format := r.URL.Query().Get("format")
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="newsgraph.%s"`, export.Extension(format)))
	if truncated {
		w.Header().Set("X-Newsgraph-Truncated", "true")
	}
	_, _ = w.Write(buf.Bytes())
}

// WriteExport writes to w the part of the graph the parameters select, in
// the format they name: the parameters of GET /export (format, entity with
// depth and limit, entities, maxEdges, and the filter). maxEdgesLimit bounds
// maxEdges, which defaults to it. It returns the format's content type and
// whether maxEdges or the node limit cut the graph. Errors wrap
// query.ErrBadInput, query.ErrNotFound or query.ErrLimit when the
// parameters are at fault. The newsgraph export command uses it too.
func WriteExport(ctx context.Context, w io.Writer, g Grapher, q url.Values, maxEdgesLimit int) (contentType string, truncated bool, err error) {
	format := q.Get("format")
	contentType = export.ContentType(format)
	if contentType == "" {
		return "", false, badInput("format %q is not one of %s", format, strings.Join(export.Formats(), ", "))
	}
	f, err := filterFromQuery(q)
	if err != nil {
		return "", false, err
	}
	var sg query.Subgraph
	switch {
	case q.Get("entity") != "":
		depth, err1 := intParam(q, "depth", 1)
		limit, err2 := intParam(q, "limit", 500)
		if err := errors.Join(err1, err2); err != nil {
			return "", false, err
		}
		sg, err = g.Neighborhood(ctx, q.Get("entity"), depth, limit, f)
	case q.Get("entities") != "":
		var ids []string
		for _, id := range strings.Split(q.Get("entities"), ",") {
			if id = strings.TrimSpace(id); id != "" {
				ids = append(ids, id)
			}
		}
		sg, err = g.Subgraph(ctx, ids, f)
	default:
		max, perr := intParam(q, "maxEdges", maxEdgesLimit)
		if perr != nil {
			return "", false, perr
		}
		if max > maxEdgesLimit {
			return "", false, fmt.Errorf("maxEdges %d is above the limit of %d: %w", max, maxEdgesLimit, query.ErrLimit)
		}
		sg, err = g.Graph(ctx, f, max)
	}
	if err != nil {
		return "", false, err
	}
	eg := exportGraph(sg)
	if d, ok := g.(detailer); ok {
		details, err := d.Details(ctx, sg)
		if err != nil {
			return "", false, err
		}
		addDetails(&eg, sg, details)
	}
	export.Style(&eg)
	if err := export.Write(w, format, eg); err != nil {
		return "", false, err
	}
	return contentType, sg.Truncated, nil
}

func (h exportHandler) fail(w http.ResponseWriter, r *http.Request, err error) {
	status, code := statusOf(err)
	msg := err.Error()
	if status == http.StatusInternalServerError {
		h.log.ErrorContext(r.Context(), "export failed", "url", r.URL.String(), "err", err)
		msg = "internal error"
	}
	writeJSON(w, status, errorBody{Error: msg, Code: code})
}

// exportGraph converts a query subgraph into export's neutral graph.
func exportGraph(sg query.Subgraph) export.Graph {
	g := export.Graph{Nodes: make([]export.Node, len(sg.Nodes)), Edges: make([]export.Edge, len(sg.Edges))}
	for i, n := range sg.Nodes {
		g.Nodes[i] = export.Node{ID: n.ID, Label: n.Label, Type: n.Type, Degree: n.Degree}
	}
	for i, e := range sg.Edges {
		ee := export.Edge{ID: e.ID, Source: e.Source, Target: e.Target, Predicate: e.Predicate, Weight: e.Weight,
			Goldstein: e.Goldstein, CAMEO: e.Cameo, Documents: e.Documents}
		if e.FirstSeen != nil {
			ee.FirstSeen = *e.FirstSeen
		}
		if e.LastSeen != nil {
			ee.LastSeen = *e.LastSeen
		}
		g.Edges[i] = ee
	}
	return g
}

// detailer is a Grapher that also gives a subgraph's documents and
// sentences (*query.Service does).
type detailer interface {
	Details(ctx context.Context, g query.Subgraph) (query.SubgraphDetails, error)
}

// addDetails puts on each edge its evidence count, its first evidence
// sentence and its documents' titles and sources, as string attributes
// (evidence, sentence, titles, sources; titles and sources are joined by
// " | " in the order of the documents attribute).
func addDetails(g *export.Graph, sg query.Subgraph, d query.SubgraphDetails) {
	for i, e := range sg.Edges {
		attrs := map[string]string{"evidence": strconv.Itoa(e.Evidence)}
		if s := d.Sentences[e.FirstEvidence]; s != "" {
			attrs["sentence"] = s
		}
		var titles, sources []string
		for _, id := range g.Edges[i].Documents {
			doc := d.Documents[id]
			titles = append(titles, doc.Title)
			sources = append(sources, doc.Source)
		}
		if len(titles) > 0 {
			attrs["titles"], attrs["sources"] = strings.Join(titles, " | "), strings.Join(sources, " | ")
		}
		g.Edges[i].Attrs = attrs
	}
}

// filterFromQuery reads the RelationFilter parameters.
func filterFromQuery(q url.Values) (query.Filter, error) {
	f := query.Filter{Predicates: q["predicate"], Cameo: q["cameo"], Document: q.Get("document"),
		ExcludePredicates: q["excludePredicate"], Sources: q["source"], Outlets: q["outlet"], Text: q.Get("text")}
	var errs []error
	for _, c := range q["quadClass"] {
		n, err := strconv.Atoi(c)
		if err != nil {
			errs = append(errs, badInput("quadClass %q is not a number", c))
		}
		f.QuadClasses = append(f.QuadClasses, n)
	}
	float := func(name string) *float64 {
		s := q.Get(name)
		if s == "" {
			return nil
		}
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			errs = append(errs, badInput("%s %q is not a number", name, s))
			return nil
		}
		return &v
	}
	f.GoldsteinMin, f.GoldsteinMax = float("goldsteinMin"), float("goldsteinMax")
	if c := float("minConfidence"); c != nil {
		f.MinConfidence = *c
	}
	tm := func(name string) *time.Time {
		s := q.Get(name)
		if s == "" {
			return nil
		}
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			errs = append(errs, badInput("%s %q is not an RFC 3339 time", name, s))
			return nil
		}
		return &t
	}
	f.PublishedFrom, f.PublishedTo = tm("publishedFrom"), tm("publishedTo")
	boolean := func(name string, def bool) bool {
		s := q.Get(name)
		if s == "" {
			return def
		}
		v, err := strconv.ParseBool(s)
		if err != nil {
			errs = append(errs, badInput("%s %q is not true or false", name, s))
		}
		return v
	}
	f.IncludeNegated = boolean("includeNegated", false)
	f.ExcludeModal = !boolean("includeModal", true)
	f.ExcludeReporting = !boolean("reporting", true)
	return f, errors.Join(errs...)
}

func intParam(q url.Values, name string, def int) (int, error) {
	s := q.Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, badInput("%s %q is not a number", name, s)
	}
	return n, nil
}
