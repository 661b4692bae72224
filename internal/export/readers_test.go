package export

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"gonum.org/v1/gonum/graph/formats/dot"
	"gonum.org/v1/gonum/graph/formats/dot/ast"
)

// ---- Cytoscape.js JSON ----

func readCytoscape(t *testing.T, data []byte) Graph {
	t.Helper()
	var doc struct {
		Elements struct {
			Nodes []struct{ Data map[string]any } `json:"nodes"`
			Edges []struct{ Data map[string]any } `json:"edges"`
		} `json:"elements"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("decode Cytoscape JSON: %v", err)
	}
	var g Graph
	ids := map[string]bool{}
	for _, n := range doc.Elements.Nodes {
		node := nodeFromAttrs(t, n.Data)
		ids[node.ID] = true
		g.Nodes = append(g.Nodes, node)
	}
	for _, e := range doc.Elements.Edges {
		edge := edgeFromAttrs(t, e.Data)
		if !ids[edge.Source] || !ids[edge.Target] {
			t.Errorf("edge %q: source %q or target %q is not a node", edge.ID, edge.Source, edge.Target)
		}
		g.Edges = append(g.Edges, edge)
	}
	return g
}

// nodeFromAttrs and edgeFromAttrs read the attribute maps of the JSON and
// node readers: reserved names go to fields, the rest to Attrs.
func nodeFromAttrs(t *testing.T, m map[string]any) Node {
	t.Helper()
	n := Node{Attrs: map[string]string{}}
	for k, v := range m {
		switch k {
		case "id":
			n.ID = v.(string)
		case "label":
			n.Label = v.(string)
		case "type":
			n.Type = v.(string)
		case "degree":
			n.Degree = int(v.(float64))
		default:
			s, ok := v.(string)
			if !ok {
				t.Errorf("node attribute %q: got %T, want string", k, v)
			}
			n.Attrs[k] = s
		}
	}
	return n
}

func edgeFromAttrs(t *testing.T, m map[string]any) Edge {
	t.Helper()
	e := Edge{Attrs: map[string]string{}}
	parseTime := func(v any) time.Time {
		tm, err := time.Parse(time.RFC3339, v.(string))
		if err != nil {
			t.Errorf("time %v: %v", v, err)
		}
		return tm
	}
	for k, v := range m {
		switch k {
		case "id":
			e.ID = v.(string)
		case "source":
			e.Source = v.(string)
		case "target":
			e.Target = v.(string)
		case "label":
			if v.(string) != m["predicate"] {
				t.Errorf("edge label %q: want the predicate %q", v, m["predicate"])
			}
		case "predicate":
			e.Predicate = v.(string)
		case "weight":
			e.Weight = int(v.(float64))
		case "goldstein":
			f := v.(float64)
			e.Goldstein = &f
		case "cameo":
			e.CAMEO = v.(string)
		case "firstSeen":
			e.FirstSeen = parseTime(v)
		case "lastSeen":
			e.LastSeen = parseTime(v)
		case "documents":
			switch d := v.(type) {
			case []any:
				for _, x := range d {
					e.Documents = append(e.Documents, x.(string))
				}
			case string:
				e.Documents = strings.Fields(d)
			}
		default:
			e.Attrs[k] = v.(string)
		}
	}
	return e
}

// ---- strict XML check against a schema table ----

// xmlRule is what the format's XSD allows an element: its attributes
// (required and optional, with enumerated values where the schema has them),
// its child elements, and whether it has text.
type xmlRule struct {
	required []string
	optional []string
	enums    map[string][]string
	children []string
	text     bool
	// order lists children that must appear in this order (a sequence).
	order []string
	// nmtokens lists attributes typed xs:NMTOKEN.
	nmtokens []string
}

var gexfSchema = map[string]xmlRule{
	"gexf":        {required: []string{"version"}, optional: []string{"variant"}, children: []string{"meta", "graph"}, order: []string{"meta", "graph"}, enums: map[string][]string{"version": {"1.3"}}},
	"meta":        {optional: []string{"lastmodifieddate"}, children: []string{"creator", "keywords", "description"}},
	"creator":     {text: true},
	"keywords":    {text: true},
	"description": {text: true},
	"graph": {optional: []string{"defaultedgetype", "mode", "timeformat", "timerepresentation", "timezone", "idtype", "start", "end"},
		enums: map[string][]string{"defaultedgetype": {"directed", "undirected", "mutual"}, "mode": {"static", "dynamic"},
			"timeformat": {"integer", "double", "date", "dateTime"}, "idtype": {"integer", "string"}},
		children: []string{"attributes", "nodes", "edges"}, order: []string{"attributes", "nodes", "edges"}},
	"attributes": {required: []string{"class"}, optional: []string{"mode", "start", "end"}, children: []string{"attribute"},
		enums: map[string][]string{"class": {"node", "edge"}, "mode": {"static", "dynamic"}}},
	"attribute": {required: []string{"id", "title", "type"}, children: []string{"default", "options"},
		enums: map[string][]string{"type": {"integer", "long", "double", "float", "boolean", "liststring", "string", "anyURI", "date"}}},
	"nodes": {optional: []string{"count"}, children: []string{"node"}},
	"node": {required: []string{"id"}, optional: []string{"label", "pid", "start", "end"},
		children: []string{"attvalues", "spells", "color", "position", "size", "shape", "nodes", "edges", "parents"}},
	"edges": {optional: []string{"count"}, children: []string{"edge"}},
	"edge": {required: []string{"id", "source", "target"}, optional: []string{"label", "weight", "type", "kind", "start", "end"},
		children: []string{"attvalues", "spells", "color", "thickness", "shape"}, enums: map[string][]string{"type": {"directed", "undirected", "mutual"}}},
	"attvalues": {children: []string{"attvalue"}},
	"attvalue":  {required: []string{"for", "value"}, optional: []string{"start", "end", "timestamps"}},
	"spells":    {children: []string{"spell"}},
	"spell":     {optional: []string{"start", "end"}},
}

var graphmlSchema = map[string]xmlRule{
	"graphml": {children: []string{"desc", "key", "graph", "data"}, order: []string{"key", "graph"}},
	"desc":    {text: true},
	"key": {required: []string{"id"}, optional: []string{"for", "attr.name", "attr.type"}, children: []string{"desc", "default"},
		nmtokens: []string{"id", "attr.name"},
		enums: map[string][]string{"for": {"all", "graphml", "graph", "node", "edge", "hyperedge", "port", "endpoint"},
			"attr.type": {"boolean", "int", "long", "float", "double", "string"}}},
	"default": {text: true},
	"graph": {required: []string{"edgedefault"}, optional: []string{"id"}, children: []string{"desc", "data", "node", "edge", "hyperedge"},
		nmtokens: []string{"id"},
		enums:    map[string][]string{"edgedefault": {"directed", "undirected"}}},
	"node": {required: []string{"id"}, children: []string{"desc", "data", "port", "graph", "locator"}, nmtokens: []string{"id"}},
	"edge": {required: []string{"source", "target"}, optional: []string{"id", "directed", "sourceport", "targetport"},
		nmtokens: []string{"id", "source", "target"},
		children: []string{"desc", "data", "graph"}, enums: map[string][]string{"directed": {"true", "false"}}},
	"data": {required: []string{"key"}, optional: []string{"id"}, text: true, nmtokens: []string{"key", "id"}},
}

// checkXML walks the document and fails on any element, attribute, value or
// order the schema table does not allow, or any element outside namespace.
func checkXML(t *testing.T, data []byte, namespace, root string, schema map[string]xmlRule) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	type frame struct {
		name    string
		lastPos int // index in rule.order of the last ordered child seen
	}
	var stack []frame
	seenRoot := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("XML is not well-formed: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			name := tok.Name.Local
			if tok.Name.Space != namespace {
				t.Errorf("<%s>: namespace %q, want %q", name, tok.Name.Space, namespace)
			}
			rule, ok := schema[name]
			if !ok {
				t.Errorf("<%s>: element not in the schema", name)
			}
			if len(stack) == 0 {
				if name != root || seenRoot {
					t.Errorf("<%s>: want a single root <%s>", name, root)
				}
				seenRoot = true
			} else {
				parent := &stack[len(stack)-1]
				prule := schema[parent.name]
				if !contains(prule.children, name) {
					t.Errorf("<%s> inside <%s>: not allowed there", name, parent.name)
				}
				if i := indexOf(prule.order, name); i >= 0 {
					if i < parent.lastPos {
						t.Errorf("<%s> inside <%s>: out of order (want %v)", name, parent.name, prule.order)
					}
					parent.lastPos = i
				}
			}
			have := map[string]bool{}
			for _, a := range tok.Attr {
				if a.Name.Space == "xmlns" || (a.Name.Space == "" && a.Name.Local == "xmlns") {
					continue
				}
				k := a.Name.Local
				if a.Name.Space != "" {
					t.Errorf("<%s %s:%s>: unexpected namespaced attribute", name, a.Name.Space, k)
				}
				if have[k] {
					t.Errorf("<%s %s>: duplicate attribute", name, k)
				}
				have[k] = true
				if !contains(rule.required, k) && !contains(rule.optional, k) {
					t.Errorf("<%s %s>: attribute not in the schema", name, k)
				}
				if contains(rule.nmtokens, k) && !isNMToken(a.Value) {
					t.Errorf("<%s %s=%q>: not an xs:NMTOKEN", name, k, a.Value)
				}
				if vals, ok := rule.enums[k]; ok && !contains(vals, a.Value) {
					t.Errorf("<%s %s=%q>: want one of %v", name, k, a.Value, vals)
				}
			}
			for _, k := range rule.required {
				if !have[k] {
					t.Errorf("<%s>: required attribute %q missing", name, k)
				}
			}
			stack = append(stack, frame{name: name, lastPos: -1})
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 && !schema[stack[len(stack)-1].name].text && len(bytes.TrimSpace(tok)) > 0 {
				t.Errorf("<%s>: text %q not allowed", stack[len(stack)-1].name, tok)
			}
		}
	}
	if !seenRoot {
		t.Errorf("no <%s> root", root)
	}
}

// isNMToken reports whether s is an XML 1.0 (fifth edition) Nmtoken: one
// or more NameChars.
func isNMToken(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		start := r == ':' || r == '_' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' ||
			r >= 0xC0 && r <= 0xD6 || r >= 0xD8 && r <= 0xF6 || r >= 0xF8 && r <= 0x2FF ||
			r >= 0x370 && r <= 0x37D || r >= 0x37F && r <= 0x1FFF || r >= 0x200C && r <= 0x200D ||
			r >= 0x2070 && r <= 0x218F || r >= 0x2C00 && r <= 0x2FEF || r >= 0x3001 && r <= 0xD7FF ||
			r >= 0xF900 && r <= 0xFDCF || r >= 0xFDF0 && r <= 0xFFFD || r >= 0x10000 && r <= 0xEFFFF
		other := r == '-' || r == '.' || r >= '0' && r <= '9' || r == 0xB7 ||
			r >= 0x300 && r <= 0x36F || r >= 0x203F && r <= 0x2040
		if !start && !other {
			return false
		}
	}
	return true
}

var escapeRE = regexp.MustCompile(`_x([0-9A-F]{8}|[0-9A-F]{4})_`)

// decodeNMToken undoes the _xHHHH_ escapes, left to right.
func decodeNMToken(t *testing.T, s string) string {
	t.Helper()
	return escapeRE.ReplaceAllStringFunc(s, func(m string) string {
		n, err := strconv.ParseUint(m[2:len(m)-1], 16, 32)
		if err != nil {
			t.Errorf("escape %s: %v", m, err)
		}
		return string(rune(n))
	})
}

func contains(list []string, s string) bool { return indexOf(list, s) >= 0 }

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// ---- GEXF ----

// Structs mirroring the GEXF 1.3 schema for the parts newsgraph writes,
// decoded independently of the writer's own types.
type xGEXF struct {
	XMLName xml.Name `xml:"http://gexf.net/1.3 gexf"`
	Version string   `xml:"version,attr"`
	Graph   struct {
		DefaultEdgeType string `xml:"defaultedgetype,attr"`
		Mode            string `xml:"mode,attr"`
		TimeFormat      string `xml:"timeformat,attr"`
		Attributes      []struct {
			Class     string `xml:"class,attr"`
			Attribute []struct {
				ID    string `xml:"id,attr"`
				Title string `xml:"title,attr"`
				Type  string `xml:"type,attr"`
			} `xml:"attribute"`
		} `xml:"attributes"`
		Nodes struct {
			Count string `xml:"count,attr"`
			Node  []struct {
				ID        string      `xml:"id,attr"`
				Label     string      `xml:"label,attr"`
				AttValues []xAttValue `xml:"attvalues>attvalue"`
			} `xml:"node"`
		} `xml:"nodes"`
		Edges struct {
			Count string `xml:"count,attr"`
			Edge  []struct {
				ID        string      `xml:"id,attr"`
				Source    string      `xml:"source,attr"`
				Target    string      `xml:"target,attr"`
				Label     string      `xml:"label,attr"`
				Weight    string      `xml:"weight,attr"`
				AttValues []xAttValue `xml:"attvalues>attvalue"`
				Spells    []struct {
					Start string `xml:"start,attr"`
					End   string `xml:"end,attr"`
				} `xml:"spells>spell"`
			} `xml:"edge"`
		} `xml:"edges"`
	} `xml:"graph"`
}

type xAttValue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

func readGEXF(t *testing.T, data []byte) Graph {
	t.Helper()
	checkXML(t, data, gexfNamespace, "gexf", gexfSchema)
	var doc xGEXF
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("decode GEXF: %v", err)
	}
	types := map[string]map[string]string{} // class -> id -> type
	titles := map[string]map[string]string{}
	for _, as := range doc.Graph.Attributes {
		if types[as.Class] != nil {
			t.Errorf("two <attributes class=%q>", as.Class)
		}
		types[as.Class], titles[as.Class] = map[string]string{}, map[string]string{}
		for _, a := range as.Attribute {
			if _, dup := types[as.Class][a.ID]; dup {
				t.Errorf("%s attribute id %q declared twice", as.Class, a.ID)
			}
			types[as.Class][a.ID], titles[as.Class][a.ID] = a.Type, a.Title
		}
	}
	values := func(class string, avs []xAttValue) map[string]string {
		m := map[string]string{}
		for _, av := range avs {
			typ, ok := types[class][av.For]
			if !ok {
				t.Errorf("%s attvalue for undeclared attribute %q", class, av.For)
				continue
			}
			checkValue(t, typ, av.Value)
			m[titles[class][av.For]] = av.Value
		}
		return m
	}
	var g Graph
	ids := map[string]bool{}
	if got, want := doc.Graph.Nodes.Count, strconv.Itoa(len(doc.Graph.Nodes.Node)); got != want {
		t.Errorf("nodes count=%q: want %s", got, want)
	}
	for _, n := range doc.Graph.Nodes.Node {
		if ids[n.ID] {
			t.Errorf("duplicate node id %q", n.ID)
		}
		ids[n.ID] = true
		vals := values("node", n.AttValues)
		node := Node{ID: n.ID, Label: n.Label, Type: vals["type"], Attrs: map[string]string{}}
		node.Degree, _ = strconv.Atoi(vals["degree"])
		delete(vals, "type")
		delete(vals, "degree")
		node.Attrs = vals
		g.Nodes = append(g.Nodes, node)
	}
	if got, want := doc.Graph.Edges.Count, strconv.Itoa(len(doc.Graph.Edges.Edge)); got != want {
		t.Errorf("edges count=%q: want %s", got, want)
	}
	edgeIDs := map[string]bool{}
	for _, e := range doc.Graph.Edges.Edge {
		if edgeIDs[e.ID] {
			t.Errorf("duplicate edge id %q", e.ID)
		}
		edgeIDs[e.ID] = true
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("edge %q: source %q or target %q is not a node", e.ID, e.Source, e.Target)
		}
		vals := values("edge", e.AttValues)
		edge := Edge{ID: e.ID, Source: e.Source, Target: e.Target, Predicate: e.Label, CAMEO: vals["cameo"],
			Documents: strings.Fields(vals["documents"])}
		if vals["predicate"] != e.Label {
			t.Errorf("edge %q: predicate %q, label %q: want equal", e.ID, vals["predicate"], e.Label)
		}
		if e.Weight != "" {
			checkValue(t, "double", e.Weight)
			edge.Weight, _ = strconv.Atoi(e.Weight)
		}
		if s, ok := vals["goldstein"]; ok {
			f, _ := strconv.ParseFloat(s, 64)
			edge.Goldstein = &f
		}
		for _, k := range []string{"predicate", "goldstein", "cameo", "documents"} {
			delete(vals, k)
		}
		edge.Attrs = vals
		if len(e.Spells) > 1 {
			t.Errorf("edge %q: %d spells, want at most 1", e.ID, len(e.Spells))
		}
		for _, sp := range e.Spells {
			if doc.Graph.Mode != "dynamic" || doc.Graph.TimeFormat != "date" {
				t.Errorf("spells in a graph with mode=%q timeformat=%q, want dynamic, date", doc.Graph.Mode, doc.Graph.TimeFormat)
			}
			if sp.Start == "" && sp.End == "" {
				t.Errorf("edge %q: spell without start or end", e.ID)
			}
			edge.FirstSeen, edge.LastSeen = parseDate(t, sp.Start), parseDate(t, sp.End)
			if !edge.FirstSeen.IsZero() && !edge.LastSeen.IsZero() && edge.LastSeen.Before(edge.FirstSeen) {
				t.Errorf("edge %q: spell ends %s before it starts %s", e.ID, sp.End, sp.Start)
			}
		}
		g.Edges = append(g.Edges, edge)
	}
	return g
}

func parseDate(t *testing.T, s string) time.Time {
	t.Helper()
	if s == "" {
		return time.Time{}
	}
	d, err := time.Parse(dateLayout, s)
	if err != nil {
		t.Errorf("spell date %q: %v", s, err)
	}
	return d
}

// checkValue fails unless v is a valid lexical value of the XSD-like type.
func checkValue(t *testing.T, typ, v string) {
	t.Helper()
	var err error
	switch typ {
	case "integer", "int", "long":
		_, err = strconv.ParseInt(v, 10, 64)
	case "double", "float":
		_, err = strconv.ParseFloat(v, 64)
	case "boolean":
		_, err = strconv.ParseBool(v)
	case "string":
	default:
		err = fmt.Errorf("type %q not expected in newsgraph exports", typ)
	}
	if err != nil {
		t.Errorf("value %q of type %s: %v", v, typ, err)
	}
}

// ---- GraphML ----

type xGraphML struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID       string `xml:"id,attr"`
		For      string `xml:"for,attr"`
		AttrName string `xml:"attr.name,attr"`
		AttrType string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string  `xml:"id,attr"`
			Data []xData `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			ID     string  `xml:"id,attr"`
			Source string  `xml:"source,attr"`
			Target string  `xml:"target,attr"`
			Data   []xData `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type xData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

func readGraphML(t *testing.T, data []byte) Graph {
	t.Helper()
	checkXML(t, data, graphmlNamespace, "graphml", graphmlSchema)
	var doc xGraphML
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("decode GraphML: %v", err)
	}
	if doc.Graph.EdgeDefault != "directed" {
		t.Errorf("edgedefault=%q, want directed", doc.Graph.EdgeDefault)
	}
	type key struct{ domain, name, typ string }
	keys := map[string]key{}
	names := map[string]bool{}
	for _, k := range doc.Keys {
		if _, dup := keys[k.ID]; dup {
			t.Errorf("key id %q declared twice", k.ID)
		}
		if names[k.For+"/"+k.AttrName] {
			t.Errorf("%s attribute %q declared twice", k.For, k.AttrName)
		}
		names[k.For+"/"+k.AttrName] = true
		keys[k.ID] = key{k.For, k.AttrName, k.AttrType}
	}
	values := func(domain string, ds []xData) map[string]any {
		m := map[string]any{}
		for _, d := range ds {
			k, ok := keys[d.Key]
			if !ok || (k.domain != domain && k.domain != "all") {
				t.Errorf("%s data for key %q: not declared for %s", domain, d.Key, domain)
				continue
			}
			checkValue(t, k.typ, d.Value)
			switch k.typ {
			case "int":
				n, _ := strconv.Atoi(d.Value)
				m[k.name] = float64(n)
			case "double":
				f, _ := strconv.ParseFloat(d.Value, 64)
				m[k.name] = f
			default:
				m[k.name] = d.Value
			}
		}
		return m
	}
	var g Graph
	ids := map[string]bool{}
	for _, n := range doc.Graph.Nodes {
		if ids[n.ID] {
			t.Errorf("duplicate node id %q", n.ID)
		}
		ids[n.ID] = true
		m := values("node", n.Data)
		g.Nodes = append(g.Nodes, graphmlNodeFrom(t, n.ID, m))
	}
	for _, e := range doc.Graph.Edges {
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("edge %q: source %q or target %q is not a node", e.ID, e.Source, e.Target)
		}
		m := values("edge", e.Data)
		g.Edges = append(g.Edges, graphmlEdgeFrom(t, e.ID, e.Source, e.Target, m))
	}
	return g
}

// graphmlNodeFrom decodes the NMTOKEN id, which must match the verbatim
// entity attribute; attribute names are decoded too.
func graphmlNodeFrom(t *testing.T, id string, m map[string]any) Node {
	t.Helper()
	m = decodeKeys(t, m)
	decoded := decodeNMToken(t, id)
	if m["entity"] != decoded {
		t.Errorf("node %q: entity %q, want the decoded id %q", id, m["entity"], decoded)
	}
	delete(m, "entity")
	m["id"] = decoded
	return nodeFromAttrs(t, m)
}

func graphmlEdgeFrom(t *testing.T, id, source, target string, m map[string]any) Edge {
	t.Helper()
	m = decodeKeys(t, m)
	m["id"], m["source"], m["target"] = decodeNMToken(t, id), decodeNMToken(t, source), decodeNMToken(t, target)
	return edgeFromAttrs(t, m)
}

func decodeKeys(t *testing.T, m map[string]any) map[string]any {
	t.Helper()
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[decodeNMToken(t, k)] = v
	}
	return out
}

// ---- DOT (gonum's parser of the Graphviz grammar) ----

func readDOT(t *testing.T, data []byte) Graph {
	t.Helper()
	file, err := dot.ParseBytes(data)
	if err != nil {
		t.Fatalf("parse DOT: %v", err)
	}
	if len(file.Graphs) != 1 || !file.Graphs[0].Directed {
		t.Fatalf("DOT: got %d graphs, want one digraph", len(file.Graphs))
	}
	var g Graph
	ids := map[string]bool{}
	for _, stmt := range file.Graphs[0].Stmts {
		switch s := stmt.(type) {
		case *ast.NodeStmt:
			m := dotAttrs(t, s.Attrs)
			m["id"] = dotUnquote(t, s.Node.ID)
			if ids[m["id"].(string)] {
				t.Errorf("duplicate node %q", m["id"])
			}
			ids[m["id"].(string)] = true
			g.Nodes = append(g.Nodes, nodeFromAttrs(t, m))
		case *ast.EdgeStmt:
			from, ok := s.From.(*ast.Node)
			if !ok || s.To == nil || s.To.To != nil || !s.To.Directed {
				t.Fatalf("edge statement %v: want one directed edge between two nodes", s)
			}
			to, ok := s.To.Vertex.(*ast.Node)
			if !ok {
				t.Fatalf("edge statement %v: target is not a node", s)
			}
			m := dotAttrs(t, s.Attrs)
			m["source"], m["target"] = dotUnquote(t, from.ID), dotUnquote(t, to.ID)
			if !ids[m["source"].(string)] || !ids[m["target"].(string)] {
				t.Errorf("edge %v: end not declared as a node before", m["id"])
			}
			g.Edges = append(g.Edges, edgeFromAttrs(t, m))
		default:
			t.Errorf("unexpected DOT statement %T %v", stmt, stmt)
		}
	}
	return g
}

func dotAttrs(t *testing.T, attrs []*ast.Attr) map[string]any {
	t.Helper()
	m := map[string]any{}
	for _, a := range attrs {
		k, v := dotUnquote(t, a.Key), dotUnquote(t, a.Val)
		switch k {
		case "degree", "weight", "goldstein":
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				t.Errorf("DOT %s=%q: %v", k, v, err)
			}
			m[k] = f
		default:
			m[k] = v
		}
	}
	return m
}

// dotUnquote reads a DOT double-quoted ID as Graphviz does for labels: \"
// is a quote, \\ a backslash and \n a line break.
func dotUnquote(t *testing.T, id string) string {
	t.Helper()
	if len(id) < 2 || id[0] != '"' || id[len(id)-1] != '"' {
		t.Errorf("DOT ID %s: want a double-quoted string", id)
		return id
	}
	var b strings.Builder
	s := id[1 : len(id)-1]
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			switch s[i] {
			case '"', '\\':
				b.WriteByte(s[i])
			case 'n':
				b.WriteByte('\n')
			default:
				t.Errorf("DOT ID %s: unexpected escape \\%c", id, s[i])
			}
			continue
		}
		if s[i] == '"' || s[i] == '\n' {
			t.Errorf("DOT ID %s: raw %q inside a quoted string", id, s[i])
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// ---- N-Quads into a bare Cayley memstore ----

func checkNQuads(t *testing.T, gname string, g Graph, data []byte) {
	t.Helper()
	quads, err := quad.ReadAll(nquads.NewReader(bytes.NewReader(data), false))
	if err != nil {
		t.Fatalf("read N-Quads: %v", err)
	}
	qs := memstore.New(quads...)
	want := 0
	for _, n := range g.Nodes {
		if n.Label != "" {
			want++
		}
		if n.Type != "" {
			want++
		}
	}
	for _, e := range g.Edges {
		want += max(1, len(e.Documents))
	}
	if got := len(quads); got != want {
		t.Errorf("quads read: got %d, want %d", got, want)
	}
	ctx := context.Background()
	st, err := qs.Stats(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	// memstore keeps one quad per (subject, predicate, object, label).
	if got := int(st.Quads.Size); got != want {
		t.Errorf("quads in the store: got %d, want %d", got, want)
	}
	names := func(p *path.Path) []string {
		vals, err := p.Unique().Limit(100).Iterate(ctx).AllValues(qs)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, v := range vals {
			out = append(out, fmt.Sprint(quad.NativeOf(v)))
		}
		return out
	}
	switch gname {
	case "seed":
		// The entities China sanctions, as a Gizmo user would ask.
		p := path.StartPath(qs, quad.IRI("ng:e/gpe/china")).Out(quad.IRI("ng:r/sanction")).Out(quad.IRI("ng:name"))
		if got, want := names(p), []string{"North Korea"}; !equalStrings(got, want) {
			t.Errorf("China -sanction-> name: got %q, want %q", got, want)
		}
		p = path.StartPath(qs, quad.IRI("ng:e/person/xi-jinping")).Out(quad.IRI("ng:r/president_of")).Out(quad.IRI("ng:type"))
		if got, want := names(p), []string{"GPE"}; !equalStrings(got, want) {
			t.Errorf("Xi Jinping -president of-> type: got %q, want %q", got, want)
		}
		// The documents supporting the sanction edge are its labels.
		p = path.StartPath(qs, quad.IRI("ng:e/gpe/china")).LabelContext(quad.IRI("ng:d/doc2")).Out(quad.IRI("ng:r/sanction"))
		if got, want := names(p), []string{"<ng:e/gpe/north-korea>"}; !equalStrings(got, want) {
			t.Errorf("sanction in doc2: got %q, want %q", got, want)
		}
	case "hostile-labels":
		p := path.StartPath(qs, quad.IRI("ng:e/person/josé-ñoño")).Out(quad.IRI("ng:name"))
		if got, want := names(p), []string{strings.ToValidUTF8(hostile, "\uFFFD")}; !equalStrings(got, want) {
			t.Errorf("hostile name: got %q, want %q", got, want)
		}
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// ---- real readers from npm, run with node ----

const readersDir = "testdata/readers"

func nodeReaderFormat(format string) string {
	switch format {
	case Cytoscape, GEXF, GraphML:
		return format
	}
	return ""
}

// nodeExpect is what the graphology and cytoscape readers give back:
// graphology-gexf ignores spells, and a weight of zero is not written.
func nodeExpect(format string, want Graph) Graph {
	if format != GEXF {
		return want
	}
	return mapTimes(want, func(time.Time) time.Time { return time.Time{} })
}

func readWithNode(t *testing.T, format string, data []byte) Graph {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed: skipping the npm readers")
	}
	if _, err := os.Stat(filepath.Join(readersDir, "node_modules")); err != nil {
		t.Skipf("npm readers not installed: run npm ci --prefix internal/export/%s", readersDir)
	}
	file := filepath.Join(t.TempDir(), "export."+Extension(format))
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, filepath.Join(readersDir, "read.js"), format, file)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node read.js %s: %v\n%s", format, err, stderr.String())
	}
	var res struct {
		Nodes []struct {
			ID    string         `json:"id"`
			Attrs map[string]any `json:"attrs"`
		} `json:"nodes"`
		Edges []struct {
			ID, Source, Target string
			Attrs              map[string]any `json:"attrs"`
		} `json:"edges"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("node read.js output: %v\n%s", err, out)
	}
	var g Graph
	for _, n := range res.Nodes {
		if format == GraphML {
			g.Nodes = append(g.Nodes, graphmlNodeFrom(t, n.ID, n.Attrs))
			continue
		}
		n.Attrs["id"] = n.ID
		g.Nodes = append(g.Nodes, nodeFromAttrs(t, n.Attrs))
	}
	for _, e := range res.Edges {
		if format == GraphML {
			g.Edges = append(g.Edges, graphmlEdgeFrom(t, e.ID, e.Source, e.Target, e.Attrs))
			continue
		}
		e.Attrs["id"], e.Attrs["source"], e.Attrs["target"] = e.ID, e.Source, e.Target
		if format == GEXF {
			// graphology-gexf keeps the label attribute, not a predicate.
			if _, ok := e.Attrs["predicate"]; !ok {
				e.Attrs["predicate"] = e.Attrs["label"]
			}
		}
		g.Edges = append(g.Edges, edgeFromAttrs(t, e.Attrs))
	}
	return g
}

// TestOfficialSchemas validates the golden GEXF and GraphML files with
// xmllint against the official XSDs, which are not in the repository: set
// NEWSGRAPH_XSD_DIR to a folder holding gexf/gexf.xsd (GEXF 1.3, with its
// viz.xsd and dynamics.xsd) and graphml/graphml.xsd (GraphML 1.0, with
// graphml-structure.xsd and xlink.xsd).
func TestOfficialSchemas(t *testing.T) {
	dir := os.Getenv("NEWSGRAPH_XSD_DIR")
	if dir == "" {
		t.Skip("NEWSGRAPH_XSD_DIR not set: skipping validation against the official XSDs")
	}
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not installed (Debian: libxml2-utils)")
	}
	for _, f := range []struct{ ext, xsd string }{{"gexf", "gexf/gexf.xsd"}, {"graphml", "graphml/graphml.xsd"}} {
		files, _ := filepath.Glob(filepath.Join("testdata", "*."+f.ext))
		if len(files) == 0 {
			t.Fatalf("no testdata/*.%s", f.ext)
		}
		for _, file := range files {
			out, err := exec.Command(xmllint, "--noout", "--nonet", "--schema", filepath.Join(dir, f.xsd), file).CombinedOutput()
			if err != nil {
				t.Errorf("%s: %v\n%s", file, err, out)
			}
		}
	}
}
