package export

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// GraphML (http://graphml.graphdrawing.org): every attribute is declared as a
// <key> with its attr.type and set with <data> on each node and edge.
//
// The GraphML schema types node and edge IDs, source, target and attr.name
// as xs:NMTOKEN, which excludes "/", spaces and most punctuation, so they
// are written through nmtoken (the _xHHHH_ escape of .NET's
// XmlConvert.EncodeNmToken); each node also carries its entity ID verbatim
// in the "entity" attribute.

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
		kEntity  = declare("node", "entity", "string")
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
		kNAttrs[i] = declare("node", nmtoken(k), "string")
	}
	for i, k := range edgeKeys {
		kEAttrs[i] = declare("edge", nmtoken(k), "string")
	}
	for _, n := range g.Nodes {
		ds := []graphmlData{{kEntity, n.ID}}
		ds = nonEmpty(ds, kLabel, n.Label)
		ds = nonEmpty(ds, kType, n.Type)
		ds = append(ds, graphmlData{kDegree, strconv.Itoa(n.Degree)})
		for i, k := range nodeKeys {
			if v, ok := n.Attrs[k]; ok {
				ds = append(ds, graphmlData{kNAttrs[i], v})
			}
		}
		doc.Graph.Nodes = append(doc.Graph.Nodes, graphmlNode{ID: nmtoken(n.ID), Data: ds})
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
		doc.Graph.Edges = append(doc.Graph.Edges, graphmlEdge{ID: nmtoken(e.ID), Source: nmtoken(e.Source), Target: nmtoken(e.Target), Data: ds})
	}
	return writeXML(w, doc)
}

// nmtoken encodes s as an XML NMTOKEN, reversibly: letters, digits and
// ".-_:" stay, "_" is escaped only before "x", anything else becomes
// _xHHHH_ (or _xHHHHHHHH_ beyond the BMP). Non-ASCII letters and digits are
// kept where XML 1.0 allows them in names.
func nmtoken(s string) string {
	var b strings.Builder
	for i, r := range s {
		switch {
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-' || r == ':'):
			b.WriteRune(r)
		case r == '_' && !strings.HasPrefix(s[i+1:], "x"):
			b.WriteRune(r)
		case r >= 0xC0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) && xmlNameStartRange(r):
			b.WriteRune(r)
		case r > 0xFFFF:
			fmt.Fprintf(&b, "_x%08X_", r)
		default:
			fmt.Fprintf(&b, "_x%04X_", r)
		}
	}
	return b.String()
}

// xmlNameStartRange reports whether a non-ASCII r lies in the NameStartChar
// ranges of XML 1.0 (fifth edition).
func xmlNameStartRange(r rune) bool {
	for _, rg := range [][2]rune{{0xC0, 0xD6}, {0xD8, 0xF6}, {0xF8, 0x2FF}, {0x370, 0x37D}, {0x37F, 0x1FFF},
		{0x200C, 0x200D}, {0x2070, 0x218F}, {0x2C00, 0x2FEF}, {0x3001, 0xD7FF}, {0xF900, 0xFDCF}, {0xFDF0, 0xFFFD}} {
		if r >= rg[0] && r <= rg[1] {
			return true
		}
	}
	return false
}
