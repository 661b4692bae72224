package export

import (
	"encoding/xml"
	"io"
	"strconv"
	"strings"
)

// GraphML (http://graphml.graphdrawing.org): every attribute is declared as a
// <key> with its attr.type and set with <data> on each node and edge.

const graphmlNamespace = "http://graphml.graphdrawing.org/xmlns"

type graphmlDoc struct {
	XMLName xml.Name     `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []graphmlKey `xml:"key"`
	Graph   graphmlGraph `xml:"graph"`
}

type graphmlKey struct {
	ID       string `xml:"id,attr"`
	For      string `xml:"for,attr"`
	AttrName string `xml:"attr.name,attr"`
	AttrType string `xml:"attr.type,attr"`
}

type graphmlGraph struct {
	ID          string        `xml:"id,attr"`
	EdgeDefault string        `xml:"edgedefault,attr"`
	Nodes       []graphmlNode `xml:"node"`
	Edges       []graphmlEdge `xml:"edge"`
}

type graphmlNode struct {
	ID   string        `xml:"id,attr"`
	Data []graphmlData `xml:"data"`
}

type graphmlEdge struct {
	ID     string        `xml:"id,attr"`
	Source string        `xml:"source,attr"`
	Target string        `xml:"target,attr"`
	Data   []graphmlData `xml:"data"`
}

type graphmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

func writeGraphML(w io.Writer, g Graph) error {
	nodeKeys, edgeKeys := attrKeys(g, false), attrKeys(g, true)
	doc := graphmlDoc{Graph: graphmlGraph{ID: "newsgraph", EdgeDefault: "directed",
		Nodes: make([]graphmlNode, 0, len(g.Nodes)), Edges: make([]graphmlEdge, 0, len(g.Edges))}}
	declare := func(domain, name, typ string) string {
		id := "d" + strconv.Itoa(len(doc.Keys))
		doc.Keys = append(doc.Keys, graphmlKey{ID: id, For: domain, AttrName: name, AttrType: typ})
		return id
	}
	var (
		kLabel   = declare("node", "label", "string")
		kType    = declare("node", "type", "string")
		kDegree  = declare("node", "degree", "int")
		kNAttrs  = make([]string, len(nodeKeys))
		kPred    = declare("edge", "predicate", "string")
		kWeight  = declare("edge", "weight", "int")
		kGold    = declare("edge", "goldstein", "double")
		kCAMEO   = declare("edge", "cameo", "string")
		kFirst   = declare("edge", "firstSeen", "string")
		kLast    = declare("edge", "lastSeen", "string")
		kDocs    = declare("edge", "documents", "string")
		kEAttrs  = make([]string, len(edgeKeys))
		nonEmpty = func(ds []graphmlData, key, v string) []graphmlData {
			if v == "" {
				return ds
			}
			return append(ds, graphmlData{key, v})
		}
	)
	for i, k := range nodeKeys {
		kNAttrs[i] = declare("node", k, "string")
	}
	for i, k := range edgeKeys {
		kEAttrs[i] = declare("edge", k, "string")
	}
	for _, n := range g.Nodes {
		ds := nonEmpty(nil, kLabel, n.Label)
		ds = nonEmpty(ds, kType, n.Type)
		ds = append(ds, graphmlData{kDegree, strconv.Itoa(n.Degree)})
		for i, k := range nodeKeys {
			if v, ok := n.Attrs[k]; ok {
				ds = append(ds, graphmlData{kNAttrs[i], v})
			}
		}
		doc.Graph.Nodes = append(doc.Graph.Nodes, graphmlNode{ID: n.ID, Data: ds})
	}
	for _, e := range g.Edges {
		ds := nonEmpty(nil, kPred, e.Predicate)
		ds = append(ds, graphmlData{kWeight, strconv.Itoa(e.Weight)})
		if e.Goldstein != nil {
			ds = append(ds, graphmlData{kGold, strconv.FormatFloat(*e.Goldstein, 'g', -1, 64)})
		}
		ds = nonEmpty(ds, kCAMEO, e.CAMEO)
		ds = nonEmpty(ds, kFirst, timestamp(e.FirstSeen))
		ds = nonEmpty(ds, kLast, timestamp(e.LastSeen))
		ds = nonEmpty(ds, kDocs, strings.Join(e.Documents, " "))
		for i, k := range edgeKeys {
			if v, ok := e.Attrs[k]; ok {
				ds = append(ds, graphmlData{kEAttrs[i], v})
			}
		}
		doc.Graph.Edges = append(doc.Graph.Edges, graphmlEdge{ID: e.ID, Source: e.Source, Target: e.Target, Data: ds})
	}
	return writeXML(w, doc)
}
