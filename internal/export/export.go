package export

import (
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"time"
)

// Graph is a directed multigraph of entities and relations, ready to be
// written. Writers keep the order of Nodes and Edges, so equal graphs give
// byte-identical output.
type Graph struct {
	Nodes []Node
	Edges []Edge
}

// Node is an entity.
type Node struct {
	ID     string // stable entity ID, e.g. "gpe/china"; unique in the graph
	Label  string // display name, e.g. "China"
	Type   string // PERSON, ORG, GPE, LOC, ...
	Degree int    // number of relation edges of the entity, as counted by the caller
	// Attrs are further string attributes; keys must not be one of the
	// reserved names (id, entity, label, type, degree, color, size, x, y,
	// nodegraphics).
	Attrs map[string]string
	// Drawing (Style sets them as the explorer draws): the fill colour as
	// "#rrggbb", the diameter and the position. With Color empty the node
	// is not styled, and GEXF and GraphML carry no viz: or yFiles data.
	Color string
	Size  float64
	X, Y  float64
}

// Edge is a relation from Source to Target (node IDs).
type Edge struct {
	ID        string // unique in the graph; empty means "e<index>"
	Source    string
	Target    string
	Predicate string   // base form, e.g. "sanction", "president of"
	Weight    int      // number of supporting documents; zero means len(Documents)
	Goldstein *float64 // Goldstein scale value of the CAMEO event, nil when none
	CAMEO     string   // CAMEO event code, empty when none
	FirstSeen time.Time
	LastSeen  time.Time // zero when unknown
	Documents []string  // IDs of the supporting documents, may be empty
	// Attrs are further string attributes; keys must not be one of the
	// reserved names (id, source, target, label, predicate, weight,
	// goldstein, cameo, firstSeen, lastSeen, documents, edgegraphics).
	Attrs map[string]string
}

// ErrUnknownFormat is returned by Write for a format not in Formats.
var ErrUnknownFormat = errors.New("unknown export format")

// ErrInvalidGraph is returned by Write for a graph no format can represent
// faithfully: empty or duplicate IDs, an edge whose end is not a node, a
// reserved attribute name, or (N-Quads only) an ID that is not a valid IRI.
var ErrInvalidGraph = errors.New("invalid graph")

// Format names accepted by Write.
const (
	Cytoscape = "cytoscape"
	GEXF      = "gexf"
	GraphML   = "graphml"
	DOT       = "dot"
	NQuads    = "nquads"
)

type format struct {
	name, contentType, ext string
}

func formats() []format {
	return []format{
		{Cytoscape, "application/json", "json"},
		{GEXF, "application/gexf+xml", "gexf"},
		{GraphML, "application/graphml+xml", "graphml"},
		{DOT, "text/vnd.graphviz; charset=utf-8", "dot"},
		{NQuads, "application/n-quads", "nq"},
	}
}

func lookup(name string) (format, bool) {
	for _, f := range formats() {
		if f.name == name {
			return f, true
		}
	}
	return format{}, false
}

// Formats lists the format names Write accepts.
func Formats() []string {
	fs := formats()
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.name
	}
	return out
}

// ContentType is the MIME type to serve a format with; "" for an unknown format.
func ContentType(format string) string {
	f, _ := lookup(format)
	return f.contentType
}

// Extension is the usual file name extension of a format, without the dot;
// "" for an unknown format.
func Extension(format string) string {
	f, _ := lookup(format)
	return f.ext
}

// Writer writes graphs; its zero value uses DefaultVocabulary for N-Quads.
type Writer struct {
	// Vocabulary names the IRIs of the N-Quads format; fields left empty
	// take the DefaultVocabulary value.
	Vocabulary Vocabulary
}

// Write writes g to w in the named format (one of Formats) with the default
// vocabulary.
func Write(w io.Writer, format string, g Graph) error {
	return Writer{}.Write(w, format, g)
}

// Write writes g to w in the named format (one of Formats).
func (wr Writer) Write(w io.Writer, format string, g Graph) error {
	const op = "export.Write"
	if _, ok := lookup(format); !ok {
		return fmt.Errorf("%s %q: %w (want one of %s)", op, format, ErrUnknownFormat, strings.Join(Formats(), ", "))
	}
	pg, err := prepare(g)
	if err != nil {
		return fmt.Errorf("%s %s: %w", op, format, err)
	}
	switch format {
	case Cytoscape:
		err = writeCytoscape(w, pg)
	case GEXF:
		err = writeGEXF(w, pg)
	case GraphML:
		err = writeGraphML(w, pg)
	case DOT:
		err = writeDOT(w, pg)
	case NQuads:
		err = writeNQuads(w, pg, wr.Vocabulary.withDefaults())
	}
	if err != nil {
		return fmt.Errorf("%s %s: %w", op, format, err)
	}
	return nil
}

var (
	reservedNode = map[string]bool{"id": true, "entity": true, "label": true, "type": true, "degree": true,
		"color": true, "size": true, "x": true, "y": true, "nodegraphics": true}
	reservedEdge = map[string]bool{"id": true, "source": true, "target": true, "label": true,
		"predicate": true, "weight": true, "goldstein": true, "cameo": true,
		"firstSeen": true, "lastSeen": true, "documents": true, "edgegraphics": true}
)

// prepare checks g and returns a copy with valid UTF-8 strings, edge IDs
// filled in and weights defaulted; g itself is not modified.
func prepare(g Graph) (Graph, error) {
	out := Graph{Nodes: make([]Node, len(g.Nodes)), Edges: make([]Edge, len(g.Edges))}
	ids := make(map[string]bool, len(g.Nodes))
	for i, n := range g.Nodes {
		n.ID, n.Label, n.Type = clean(n.ID), clean(n.Label), clean(n.Type)
		if n.ID == "" {
			return Graph{}, fmt.Errorf("%w: node %d has an empty ID", ErrInvalidGraph, i)
		}
		if ids[n.ID] {
			return Graph{}, fmt.Errorf("%w: duplicate node ID %q", ErrInvalidGraph, n.ID)
		}
		ids[n.ID] = true
		attrs, err := cleanAttrs(n.Attrs, reservedNode, "node "+n.ID)
		if err != nil {
			return Graph{}, err
		}
		n.Attrs = attrs
		out.Nodes[i] = n
	}
	edgeIDs := make(map[string]bool, len(g.Edges))
	for i, e := range g.Edges {
		e.ID, e.Source, e.Target = clean(e.ID), clean(e.Source), clean(e.Target)
		e.Predicate, e.CAMEO = clean(e.Predicate), clean(e.CAMEO)
		if e.ID == "" {
			e.ID = fmt.Sprintf("e%d", i)
		}
		if edgeIDs[e.ID] {
			return Graph{}, fmt.Errorf("%w: duplicate edge ID %q", ErrInvalidGraph, e.ID)
		}
		edgeIDs[e.ID] = true
		if !ids[e.Source] || !ids[e.Target] {
			return Graph{}, fmt.Errorf("%w: edge %q from %q to %q: end is not a node", ErrInvalidGraph, e.ID, e.Source, e.Target)
		}
		if e.Weight < 0 {
			return Graph{}, fmt.Errorf("%w: edge %q has negative weight %d", ErrInvalidGraph, e.ID, e.Weight)
		}
		if e.Goldstein != nil && (math.IsNaN(*e.Goldstein) || math.IsInf(*e.Goldstein, 0)) {
			return Graph{}, fmt.Errorf("%w: edge %q has Goldstein value %v", ErrInvalidGraph, e.ID, *e.Goldstein)
		}
		if e.Weight == 0 {
			e.Weight = len(e.Documents)
		}
		if len(e.Documents) > 0 {
			docs := make([]string, len(e.Documents))
			for j, d := range e.Documents {
				docs[j] = clean(d)
			}
			e.Documents = docs
		}
		attrs, err := cleanAttrs(e.Attrs, reservedEdge, "edge "+e.ID)
		if err != nil {
			return Graph{}, err
		}
		e.Attrs = attrs
		out.Edges[i] = e
	}
	return out, nil
}

func clean(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }

func cleanAttrs(m map[string]string, reserved map[string]bool, what string) (map[string]string, error) {
	if len(m) == 0 {
		return nil, nil
	}
	out := make(map[string]string, len(m))
	for k, v := range m {
		if k == "" || reserved[k] || k != clean(k) {
			return nil, fmt.Errorf("%w: %s: attribute name %q is empty, reserved or not UTF-8", ErrInvalidGraph, what, k)
		}
		out[k] = clean(v)
	}
	return out, nil
}

// attrKeys is the sorted union of the attribute names used by the nodes
// (edges=false) or edges (edges=true) of g.
func attrKeys(g Graph, edges bool) []string {
	seen := map[string]bool{}
	if edges {
		for _, e := range g.Edges {
			for k := range e.Attrs {
				seen[k] = true
			}
		}
	} else {
		for _, n := range g.Nodes {
			for k := range n.Attrs {
				seen[k] = true
			}
		}
	}
	keys := make([]string, 0, len(seen))
	for k := range seen {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

const dateLayout = "2006-01-02"

// date is t as an ISO 8601 date in UTC, "" for the zero time.
func date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(dateLayout)
}

// timestamp is t in RFC 3339 in UTC, "" for the zero time.
func timestamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
