package export

import (
	"encoding/json"
	"io"
)

// cytoscapeDoc is the Cytoscape.js elements JSON: cy.add(doc.elements) or
// cytoscape({elements: doc.elements}) loads it.
type cytoscapeDoc struct {
	Elements cytoscapeElements `json:"elements"`
}

type cytoscapeElements struct {
	Nodes []cytoscapeElement `json:"nodes"`
	Edges []cytoscapeElement `json:"edges"`
}

type cytoscapeElement struct {
	Data map[string]any `json:"data"`
}

func writeCytoscape(w io.Writer, g Graph) error {
	doc := cytoscapeDoc{Elements: cytoscapeElements{
		Nodes: make([]cytoscapeElement, 0, len(g.Nodes)),
		Edges: make([]cytoscapeElement, 0, len(g.Edges)),
	}}
	for _, n := range g.Nodes {
		d := make(map[string]any, 4+len(n.Attrs))
		for k, v := range n.Attrs {
			d[k] = v
		}
		d["id"], d["label"], d["type"], d["degree"] = n.ID, n.Label, n.Type, n.Degree
		doc.Elements.Nodes = append(doc.Elements.Nodes, cytoscapeElement{Data: d})
	}
	for _, e := range g.Edges {
		d := make(map[string]any, 11+len(e.Attrs))
		for k, v := range e.Attrs {
			d[k] = v
		}
		d["id"], d["source"], d["target"] = e.ID, e.Source, e.Target
		d["label"], d["predicate"], d["weight"] = e.Predicate, e.Predicate, e.Weight
		if e.Goldstein != nil {
			d["goldstein"] = *e.Goldstein
		}
		if e.CAMEO != "" {
			d["cameo"] = e.CAMEO
		}
		if s := timestamp(e.FirstSeen); s != "" {
			d["firstSeen"] = s
		}
		if s := timestamp(e.LastSeen); s != "" {
			d["lastSeen"] = s
		}
		if len(e.Documents) > 0 {
			d["documents"] = e.Documents
		}
		doc.Elements.Edges = append(doc.Elements.Edges, cytoscapeElement{Data: d})
	}
	// The encoder escapes <, > and & as \u003c..., so the JSON is also safe
	// to embed in an HTML page.
	return json.NewEncoder(w).Encode(doc)
}
