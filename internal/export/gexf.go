package export

import (
	"encoding/xml"
	"io"
	"strconv"
	"strings"
)

// GEXF 1.3 (https://gexf.net): the elements written, in schema order.

const gexfNamespace = "http://gexf.net/1.3"

type gexfDoc struct {
	XMLName xml.Name  `xml:"http://gexf.net/1.3 gexf"`
	VizNS   string    `xml:"xmlns:viz,attr,omitempty"` // gexfVizNamespace when a node is styled
	Version string    `xml:"version,attr"`
	Meta    gexfMeta  `xml:"meta"`
	Graph   gexfGraph `xml:"graph"`
}

type gexfMeta struct {
	Creator     string `xml:"creator"`
	Description string `xml:"description"`
}

type gexfGraph struct {
	DefaultEdgeType string           `xml:"defaultedgetype,attr"`
	Mode            string           `xml:"mode,attr"`
	TimeFormat      string           `xml:"timeformat,attr,omitempty"`
	Attributes      []gexfAttributes `xml:"attributes"`
	Nodes           gexfNodes        `xml:"nodes"`
	Edges           gexfEdges        `xml:"edges"`
}

type gexfAttributes struct {
	Class     string          `xml:"class,attr"`
	Mode      string          `xml:"mode,attr"`
	Attribute []gexfAttribute `xml:"attribute"`
}

type gexfAttribute struct {
	ID    string `xml:"id,attr"`
	Title string `xml:"title,attr"`
	Type  string `xml:"type,attr"`
}

type gexfNodes struct {
	Count int        `xml:"count,attr"`
	Node  []gexfNode `xml:"node"`
}

type gexfNode struct {
	ID        string         `xml:"id,attr"`
	Label     string         `xml:"label,attr"`
	AttValues *gexfAttValues `xml:"attvalues"`
	Color     *gexfColor     `xml:"viz:color"`
	Position  *gexfPosition  `xml:"viz:position"`
	Size      *gexfSize      `xml:"viz:size"`
}

// The viz: module (colour, position, size), written with its prefix,
// which graphology-gexf looks for and namespace-aware readers (networkx,
// Gephi) resolve.
const gexfVizNamespace = "http://gexf.net/1.3/viz"

type gexfColor struct {
	R int `xml:"r,attr"`
	G int `xml:"g,attr"`
	B int `xml:"b,attr"`
}

type gexfPosition struct {
	X float64 `xml:"x,attr"`
	Y float64 `xml:"y,attr"`
	Z float64 `xml:"z,attr"`
}

type gexfSize struct {
	Value float64 `xml:"value,attr"`
}

// rgb parses "#rrggbb"; ok is false for anything else.
func rgb(c string) (r, g, b int, ok bool) {
	if len(c) != 7 || c[0] != '#' {
		return 0, 0, 0, false
	}
	v, err := strconv.ParseUint(c[1:], 16, 32)
	if err != nil {
		return 0, 0, 0, false
	}
	return int(v >> 16 & 0xff), int(v >> 8 & 0xff), int(v & 0xff), true
}

type gexfEdges struct {
	Count int        `xml:"count,attr"`
	Edge  []gexfEdge `xml:"edge"`
}

type gexfEdge struct {
	ID        string         `xml:"id,attr"`
	Source    string         `xml:"source,attr"`
	Target    string         `xml:"target,attr"`
	Label     string         `xml:"label,attr,omitempty"`
	Weight    string         `xml:"weight,attr,omitempty"`
	AttValues *gexfAttValues `xml:"attvalues"`
	Spells    *gexfSpells    `xml:"spells"`
}

type gexfAttValues struct {
	AttValue []gexfAttValue `xml:"attvalue"`
}

type gexfAttValue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

type gexfSpells struct {
	Spell []gexfSpell `xml:"spell"`
}

type gexfSpell struct {
	Start string `xml:"start,attr,omitempty"`
	End   string `xml:"end,attr,omitempty"`
}

// attrDecl is one declared attribute of a class: its ID in the document,
// its name (the title) and its type. IDs equal names, because readers such
// as graphology key attributes by a non-numeric ID and Gephi by the title;
// node and edge attribute names are unique within their class.
type attrDecl struct {
	id, name, typ string
}

func writeGEXF(w io.Writer, g Graph) error {
	nodeKeys, edgeKeys := attrKeys(g, false), attrKeys(g, true)
	nodeDecls := []attrDecl{{"type", "type", "string"}, {"degree", "degree", "integer"}}
	for _, k := range nodeKeys {
		nodeDecls = append(nodeDecls, attrDecl{k, k, "string"})
	}
	edgeDecls := []attrDecl{{"predicate", "predicate", "string"}, {"goldstein", "goldstein", "double"},
		{"cameo", "cameo", "string"}, {"documents", "documents", "string"}}
	for _, k := range edgeKeys {
		edgeDecls = append(edgeDecls, attrDecl{k, k, "string"})
	}

	doc := gexfDoc{
		Version: "1.3",
		Meta: gexfMeta{Creator: "newsgraph",
			Description: "Entities and relations extracted from news articles; edge spells span the dates of the supporting documents"},
		Graph: gexfGraph{
			DefaultEdgeType: "directed",
			Mode:            "static",
			Attributes: []gexfAttributes{
				{Class: "node", Mode: "static", Attribute: gexfDecls(nodeDecls)},
				{Class: "edge", Mode: "static", Attribute: gexfDecls(edgeDecls)},
			},
			Nodes: gexfNodes{Count: len(g.Nodes), Node: make([]gexfNode, 0, len(g.Nodes))},
			Edges: gexfEdges{Count: len(g.Edges), Edge: make([]gexfEdge, 0, len(g.Edges))},
		},
	}
	for _, n := range g.Nodes {
		vals := []gexfAttValue{{"degree", strconv.Itoa(n.Degree)}}
		if n.Type != "" {
			vals = append([]gexfAttValue{{"type", n.Type}}, vals...)
		}
		for _, k := range nodeKeys {
			if v, ok := n.Attrs[k]; ok {
				vals = append(vals, gexfAttValue{k, v})
			}
		}
		gn := gexfNode{ID: n.ID, Label: n.Label, AttValues: &gexfAttValues{vals}}
		if r, g, b, ok := rgb(n.Color); ok {
			doc.VizNS = gexfVizNamespace
			gn.Color = &gexfColor{r, g, b}
			gn.Position = &gexfPosition{X: n.X, Y: n.Y}
			gn.Size = &gexfSize{n.Size}
		}
		doc.Graph.Nodes.Node = append(doc.Graph.Nodes.Node, gn)
	}
	for _, e := range g.Edges {
		ge := gexfEdge{ID: e.ID, Source: e.Source, Target: e.Target, Label: e.Predicate}
		if e.Weight > 0 {
			ge.Weight = strconv.Itoa(e.Weight)
		}
		var vals []gexfAttValue
		if e.Predicate != "" {
			vals = append(vals, gexfAttValue{"predicate", e.Predicate})
		}
		if e.Goldstein != nil {
			vals = append(vals, gexfAttValue{"goldstein", strconv.FormatFloat(*e.Goldstein, 'g', -1, 64)})
		}
		if e.CAMEO != "" {
			vals = append(vals, gexfAttValue{"cameo", e.CAMEO})
		}
		if len(e.Documents) > 0 {
			vals = append(vals, gexfAttValue{"documents", strings.Join(e.Documents, " ")})
		}
		for _, k := range edgeKeys {
			if v, ok := e.Attrs[k]; ok {
				vals = append(vals, gexfAttValue{k, v})
			}
		}
		if len(vals) > 0 {
			ge.AttValues = &gexfAttValues{vals}
		}
		// The edge lives from the date of its first supporting document to
		// the date of its last one; an unknown end leaves the spell open.
		if start, end := date(e.FirstSeen), date(e.LastSeen); start != "" || end != "" {
			ge.Spells = &gexfSpells{[]gexfSpell{{Start: start, End: end}}}
			doc.Graph.Mode, doc.Graph.TimeFormat = "dynamic", "date"
		}
		doc.Graph.Edges.Edge = append(doc.Graph.Edges.Edge, ge)
	}
	return writeXML(w, doc)
}

func gexfDecls(ds []attrDecl) []gexfAttribute {
	out := make([]gexfAttribute, len(ds))
	for i, d := range ds {
		out[i] = gexfAttribute{ID: d.id, Title: d.name, Type: d.typ}
	}
	return out
}

// writeXML writes v as an indented UTF-8 XML document. encoding/xml escapes
// <, >, &, quotes and line breaks in attribute values and replaces
// characters XML cannot carry with U+FFFD.
func writeXML(w io.Writer, v any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
