package export

import (
	"encoding/xml"
	"fmt"
	"io"
	"math"
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
	YNS     string       `xml:"xmlns:y,attr,omitempty"` // yFilesNamespace when a node is styled
	Keys    []graphmlKey `xml:"key"`
	Graph   graphmlGraph `xml:"graph"`
}

type graphmlKey struct {
	ID       string `xml:"id,attr"`
	For      string `xml:"for,attr"`
	AttrName string `xml:"attr.name,attr,omitempty"`
	AttrType string `xml:"attr.type,attr,omitempty"`
	YFiles   string `xml:"yfiles.type,attr,omitempty"`
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
	Key   string      `xml:"key,attr"`
	Value string      `xml:",chardata"`
	Shape *yShapeNode `xml:"y:ShapeNode"`
	Line  *yPolyLine  `xml:"y:PolyLineEdge"`
}

// yFiles graphics (yEd's GraphML extension, which networkx reads too):
// a node's shape, fill, label and geometry, an edge's colour, arrow and
// label, under keys with yfiles.type nodegraphics and edgegraphics.
const yFilesNamespace = "http://www.yworks.com/xml/graphml"

type yShapeNode struct {
	Geometry yGeometry `xml:"y:Geometry"`
	Fill     yFill     `xml:"y:Fill"`
	Label    string    `xml:"y:NodeLabel"`
	Shape    yShape    `xml:"y:Shape"`
}

type yGeometry struct {
	Height float64 `xml:"height,attr"`
	Width  float64 `xml:"width,attr"`
	X      float64 `xml:"x,attr"`
	Y      float64 `xml:"y,attr"`
}

type yFill struct {
	Color       string `xml:"color,attr"`
	Transparent bool   `xml:"transparent,attr"`
}

type yShape struct {
	Type string `xml:"type,attr"`
}

type yPolyLine struct {
	LineStyle yLineStyle `xml:"y:LineStyle"`
	Arrows    yArrows    `xml:"y:Arrows"`
	Label     string     `xml:"y:EdgeLabel"`
}

type yLineStyle struct {
	Color string  `xml:"color,attr"`
	Type  string  `xml:"type,attr"`
	Width float64 `xml:"width,attr"`
}

type yArrows struct {
	Source string `xml:"source,attr"`
	Target string `xml:"target,attr"`
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
			return append(ds, graphmlData{Key: key, Value: v})
		}
	)
	for i, k := range nodeKeys {
		kNAttrs[i] = declare("node", nmtoken(k), "string")
	}
	for i, k := range edgeKeys {
		kEAttrs[i] = declare("edge", nmtoken(k), "string")
	}
	styled := false
	for _, n := range g.Nodes {
		if _, _, _, ok := rgb(n.Color); ok {
			styled = true
			break
		}
	}
	var kNodeGfx, kEdgeGfx, kColor, kSize, kX, kY string
	if styled {
		// The drawing twice: as plain attributes (color, size, x, y: what
		// graphology and sigma.js read) and as yFiles graphics (yEd;
		// networkx reads their label, shape and geometry).
		kColor, kSize = declare("node", "color", "string"), declare("node", "size", "double")
		kX, kY = declare("node", "x", "double"), declare("node", "y", "double")
		doc.YNS = yFilesNamespace
		kNodeGfx = "d" + strconv.Itoa(len(doc.Keys))
		doc.Keys = append(doc.Keys, graphmlKey{ID: kNodeGfx, For: "node", AttrName: "nodegraphics", YFiles: "nodegraphics"})
		kEdgeGfx = "d" + strconv.Itoa(len(doc.Keys))
		doc.Keys = append(doc.Keys, graphmlKey{ID: kEdgeGfx, For: "edge", AttrName: "edgegraphics", YFiles: "edgegraphics"})
	}
	for _, n := range g.Nodes {
		ds := []graphmlData{{Key: kEntity, Value: n.ID}}
		ds = nonEmpty(ds, kLabel, n.Label)
		ds = nonEmpty(ds, kType, n.Type)
		ds = append(ds, graphmlData{Key: kDegree, Value: strconv.Itoa(n.Degree)})
		for i, k := range nodeKeys {
			if v, ok := n.Attrs[k]; ok {
				ds = append(ds, graphmlData{Key: kNAttrs[i], Value: v})
			}
		}
		if _, _, _, ok := rgb(n.Color); ok && styled {
			num := func(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }
			ds = append(ds, graphmlData{Key: kColor, Value: n.Color}, graphmlData{Key: kSize, Value: num(n.Size)},
				graphmlData{Key: kX, Value: num(n.X)}, graphmlData{Key: kY, Value: num(n.Y)})
			// yEd places a node by its top-left corner.
			ds = append(ds, graphmlData{Key: kNodeGfx, Shape: &yShapeNode{
				Geometry: yGeometry{Height: n.Size, Width: n.Size, X: n.X - n.Size/2, Y: n.Y - n.Size/2},
				Fill:     yFill{Color: strings.ToUpper(n.Color)}, Label: n.Label, Shape: yShape{"ellipse"}}})
		}
		doc.Graph.Nodes = append(doc.Graph.Nodes, graphmlNode{ID: nmtoken(n.ID), Data: ds})
	}
	for _, e := range g.Edges {
		ds := nonEmpty(nil, kPred, e.Predicate)
		ds = append(ds, graphmlData{Key: kWeight, Value: strconv.Itoa(e.Weight)})
		if e.Goldstein != nil {
			ds = append(ds, graphmlData{Key: kGold, Value: strconv.FormatFloat(*e.Goldstein, 'g', -1, 64)})
		}
		ds = nonEmpty(ds, kCAMEO, e.CAMEO)
		ds = nonEmpty(ds, kFirst, timestamp(e.FirstSeen))
		ds = nonEmpty(ds, kLast, timestamp(e.LastSeen))
		ds = nonEmpty(ds, kDocs, strings.Join(e.Documents, " "))
		for i, k := range edgeKeys {
			if v, ok := e.Attrs[k]; ok {
				ds = append(ds, graphmlData{Key: kEAttrs[i], Value: v})
			}
		}
		if styled {
			ds = append(ds, graphmlData{Key: kEdgeGfx, Line: &yPolyLine{
				LineStyle: yLineStyle{Color: "#94A3B8", Type: "line", Width: math.Min(1+float64(e.Weight)/2, 6)},
				Arrows:    yArrows{Source: "none", Target: "standard"}, Label: e.Predicate}})
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
