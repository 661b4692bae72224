package export

import (
	"bytes"
	"errors"
	"flag"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func ptr(f float64) *float64 { return &f }

func day(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

// hostile is a label no format may let out of its string: quotes, markup,
// entity references, line breaks, a tab, a backslash, a control character,
// non-ASCII text and an invalid UTF-8 byte.
const hostile = "José \"Pepe\" <Ñoño> & Co. </node><!-- x --> ]]> &amp;\nline2\r\nline3\ttab 中文 🙂 back\\slash end\\ \x01ctl \xffbad"

// testGraphs are the graphs every format is written and read back for.
func testGraphs() map[string]Graph {
	return map[string]Graph{
		"empty": {},
		"seed": {
			Nodes: []Node{
				{ID: "gpe/china", Label: "China", Type: "GPE", Degree: 2},
				{ID: "gpe/north-korea", Label: "North Korea", Type: "GPE", Degree: 1},
				{ID: "person/donald-trump", Label: "Donald Trump", Type: "PERSON", Degree: 1, Attrs: map[string]string{"aliases": "Trump|President Trump"}},
				{ID: "person/rex-tillerson", Label: "Rex Tillerson", Type: "PERSON", Degree: 1},
				{ID: "person/xi-jinping", Label: "Xi Jinping", Type: "PERSON", Degree: 1},
			},
			Edges: []Edge{
				{ID: "r1", Source: "gpe/china", Target: "gpe/north-korea", Predicate: "sanction",
					Goldstein: ptr(-8), CAMEO: "163", FirstSeen: day("2017-08-05T10:30:00Z"), LastSeen: day("2017-09-12T08:00:00+02:00"),
					Documents: []string{"doc1", "doc2"}},
				{ID: "r2", Source: "person/donald-trump", Target: "person/rex-tillerson", Predicate: "criticize", Weight: 1,
					Goldstein: ptr(-2.5), CAMEO: "111", FirstSeen: day("2017-10-01T00:00:00Z"), LastSeen: day("2017-10-01T00:00:00Z"),
					Documents: []string{"doc2"}},
				{Source: "person/xi-jinping", Target: "gpe/china", Predicate: "president of",
					FirstSeen: day("2017-10-24T00:00:00Z"), Documents: []string{"doc1"}, Attrs: map[string]string{"confidence": "0.9"}},
			},
		},
		"hostile-labels": {
			Nodes: []Node{
				{ID: "person/josé-ñoño", Label: hostile, Type: "PERSON", Degree: 1,
					Attrs: map[string]string{"note <&\">": hostile, "ü": "ok"}},
				{ID: "org/at&t", Label: "AT&T </node>", Type: "ORG"},
			},
			Edges: []Edge{
				{ID: "e \"1\"", Source: "person/josé-ñoño", Target: "org/at&t", Predicate: "criticize", Weight: 3,
					Documents: []string{"d1"}, Attrs: map[string]string{"quote": hostile}},
			},
		},
		// hostile-ids cannot be N-Quads (not IRIs); every other format must carry it.
		"hostile-ids": {
			Nodes: []Node{
				{ID: "a \"quoted\" id", Label: "A"},
				{ID: "<script>&amp;\nnew line", Label: "B"},
				{ID: `back\slash\`, Label: "C"},
			},
			Edges: []Edge{
				{Source: "a \"quoted\" id", Target: "<script>&amp;\nnew line", Predicate: "says \"no\" <b>&"},
				{Source: `back\slash\`, Target: `back\slash\`, Predicate: "self"},
				{Source: "a \"quoted\" id", Target: "<script>&amp;\nnew line", Predicate: "says \"no\" <b>&"},
			},
		},
	}
}

// readers turn a format's output back into a Graph through a real reader of
// that format; expect says what part of the input the format carries.
type roundTrip struct {
	read   func(t *testing.T, data []byte) Graph
	expect func(g Graph) Graph
}

func roundTrips() map[string]roundTrip {
	return map[string]roundTrip{
		Cytoscape: {readCytoscape, expectSeconds},
		GEXF:      {readGEXF, expectGEXF},
		GraphML:   {readGraphML, func(g Graph) Graph { return expectSeconds(mapStrings(g, xmlChars)) }},
		DOT:       {readDOT, expectDOT},
	}
}

func TestWrite(t *testing.T) {
	rts := roundTrips()
	for gname, g := range testGraphs() {
		for _, format := range Formats() {
			t.Run(gname+"/"+format, func(t *testing.T) {
				var buf bytes.Buffer
				err := Write(&buf, format, g)
				if gname == "hostile-ids" && format == NQuads {
					if !errors.Is(err, ErrInvalidGraph) {
						t.Fatalf("Write: got error %v, want ErrInvalidGraph", err)
					}
					return
				}
				if err != nil {
					t.Fatalf("Write: %v", err)
				}
				golden(t, filepath.Join("testdata", gname+"."+Extension(format)), buf.Bytes())

				if format == NQuads {
					checkNQuads(t, gname, g, buf.Bytes())
					return
				}
				rt := rts[format]
				want := rt.expect(mustPrepare(t, g))
				got := rt.read(t, buf.Bytes())
				if !reflect.DeepEqual(normalize(got), normalize(want)) {
					t.Errorf("read back:\n got %#v\nwant %#v", normalize(got), normalize(want))
				}
				if js := nodeReaderFormat(format); js != "" {
					t.Run("npm reader", func(t *testing.T) {
						got := readWithNode(t, js, buf.Bytes())
						want := nodeExpect(format, want)
						if !reflect.DeepEqual(normalize(got), normalize(want)) {
							t.Errorf("read back by node %s reader:\n got %#v\nwant %#v", format, normalize(got), normalize(want))
						}
					})
				}
			})
		}
	}
}

func TestWriteErrors(t *testing.T) {
	ok := Graph{Nodes: []Node{{ID: "a"}, {ID: "b"}}}
	tests := []struct {
		name   string
		format string
		g      Graph
		want   error
	}{
		{"unknown format", "svg", ok, ErrUnknownFormat},
		{"empty node id", GEXF, Graph{Nodes: []Node{{ID: ""}}}, ErrInvalidGraph},
		{"duplicate node", DOT, Graph{Nodes: []Node{{ID: "a"}, {ID: "a"}}}, ErrInvalidGraph},
		{"dangling edge", Cytoscape, Graph{Nodes: ok.Nodes, Edges: []Edge{{Source: "a", Target: "zz", Predicate: "p"}}}, ErrInvalidGraph},
		{"duplicate edge", GraphML, Graph{Nodes: ok.Nodes, Edges: []Edge{{ID: "x", Source: "a", Target: "b"}, {ID: "x", Source: "b", Target: "a"}}}, ErrInvalidGraph},
		{"reserved node attr", GraphML, Graph{Nodes: []Node{{ID: "a", Attrs: map[string]string{"label": "x"}}}}, ErrInvalidGraph},
		{"reserved edge attr", GEXF, Graph{Nodes: ok.Nodes, Edges: []Edge{{Source: "a", Target: "b", Attrs: map[string]string{"weight": "x"}}}}, ErrInvalidGraph},
		{"NaN goldstein", Cytoscape, Graph{Nodes: ok.Nodes, Edges: []Edge{{Source: "a", Target: "b", Goldstein: ptr(math.NaN())}}}, ErrInvalidGraph},
		{"negative weight", DOT, Graph{Nodes: ok.Nodes, Edges: []Edge{{Source: "a", Target: "b", Weight: -1}}}, ErrInvalidGraph},
		{"nquads edge without predicate", NQuads, Graph{Nodes: ok.Nodes, Edges: []Edge{{Source: "a", Target: "b"}}}, ErrInvalidGraph},
		{"nquads id with space", NQuads, Graph{Nodes: []Node{{ID: "a b", Label: "x"}}}, ErrInvalidGraph},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := Write(&buf, tc.format, tc.g)
			if !errors.Is(err, tc.want) {
				t.Fatalf("Write(%s): got error %v, want %v", tc.format, err, tc.want)
			}
			if !strings.HasPrefix(err.Error(), "export.Write") {
				t.Errorf("error %q: want the op name export.Write first", err)
			}
		})
	}
}

func TestWriteDoesNotModifyInput(t *testing.T) {
	g := testGraphs()["hostile-ids"]
	before := len(g.Edges[0].ID)
	if err := Write(&bytes.Buffer{}, DOT, g); err != nil {
		t.Fatal(err)
	}
	if got := len(g.Edges[0].ID); got != before {
		t.Errorf("edge ID length after Write: got %d, want %d (input modified)", got, before)
	}
}

func TestFormatsMetadata(t *testing.T) {
	want := []string{"cytoscape", "gexf", "graphml", "dot", "nquads"}
	if got := Formats(); !reflect.DeepEqual(got, want) {
		t.Errorf("Formats: got %v, want %v", got, want)
	}
	for _, f := range want {
		if ContentType(f) == "" || Extension(f) == "" {
			t.Errorf("%s: content type %q, extension %q: want both set", f, ContentType(f), Extension(f))
		}
	}
	if got := ContentType("svg"); got != "" {
		t.Errorf(`ContentType("svg"): got %q, want ""`, got)
	}
}

func TestNMToken(t *testing.T) {
	tests := []struct{ in, want string }{
		{"gpe/china", "gpe_x002F_china"},
		{"person/josé-ñoño", "person_x002F_josé-ñoño"},
		{"snake_case", "snake_case"},
		{"_x0041_", "_x005F_x0041_"},
		{"a b\"<&>", "a_x0020_b_x0022__x003C__x0026__x003E_"},
		{"🙂", "_x0001F642_"},
		{"ª", "_x00AA_"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got := nmtoken(tc.in)
			if got != tc.want {
				t.Errorf("nmtoken(%q): got %q, want %q", tc.in, got, tc.want)
			}
			if !isNMToken(got) {
				t.Errorf("nmtoken(%q) = %q: not an NMTOKEN", tc.in, got)
			}
			if back := decodeNMToken(t, got); back != tc.in {
				t.Errorf("decode(nmtoken(%q)): got %q", tc.in, back)
			}
		})
	}
	for _, g := range testGraphs() {
		for _, n := range mustPrepare(t, g).Nodes {
			if got := nmtoken(n.ID); !isNMToken(got) || decodeNMToken(t, got) != n.ID {
				t.Errorf("nmtoken(%q) = %q: not an NMTOKEN or does not decode back", n.ID, got)
			}
		}
	}
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test -update if the change is intended):\n got %s\nwant %s", path, got, want)
	}
}

func mustPrepare(t *testing.T, g Graph) Graph {
	t.Helper()
	pg, err := prepare(g)
	if err != nil {
		t.Fatal(err)
	}
	return pg
}

// normalize makes empty maps and slices nil so that readers that cannot
// tell them apart compare equal.
func normalize(g Graph) Graph {
	out := Graph{}
	for _, n := range g.Nodes {
		if len(n.Attrs) == 0 {
			n.Attrs = nil
		}
		out.Nodes = append(out.Nodes, n)
	}
	for _, e := range g.Edges {
		if len(e.Attrs) == 0 {
			e.Attrs = nil
		}
		if len(e.Documents) == 0 {
			e.Documents = nil
		}
		out.Edges = append(out.Edges, e)
	}
	return out
}

// mapStrings applies f to every string a format writes as text.
func mapStrings(g Graph, f func(string) string) Graph {
	out := Graph{}
	mapAttrs := func(m map[string]string) map[string]string {
		if m == nil {
			return nil
		}
		o := make(map[string]string, len(m))
		for k, v := range m {
			o[f(k)] = f(v)
		}
		return o
	}
	for _, n := range g.Nodes {
		n.ID, n.Label, n.Type, n.Attrs = f(n.ID), f(n.Label), f(n.Type), mapAttrs(n.Attrs)
		out.Nodes = append(out.Nodes, n)
	}
	for _, e := range g.Edges {
		e.ID, e.Source, e.Target, e.Predicate, e.CAMEO = f(e.ID), f(e.Source), f(e.Target), f(e.Predicate), f(e.CAMEO)
		e.Attrs = mapAttrs(e.Attrs)
		out.Edges = append(out.Edges, e)
	}
	return out
}

func mapTimes(g Graph, f func(time.Time) time.Time) Graph {
	out := Graph{Nodes: g.Nodes}
	for _, e := range g.Edges {
		if !e.FirstSeen.IsZero() {
			e.FirstSeen = f(e.FirstSeen)
		}
		if !e.LastSeen.IsZero() {
			e.LastSeen = f(e.LastSeen)
		}
		out.Edges = append(out.Edges, e)
	}
	return out
}

// expectSeconds: formats that carry everything, times in RFC 3339 UTC.
func expectSeconds(g Graph) Graph {
	return mapTimes(g, func(t time.Time) time.Time { return t.UTC().Truncate(time.Second) })
}

// xmlChars is what XML 1.0 can carry: other control characters become U+FFFD.
func xmlChars(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' {
			return '\uFFFD'
		}
		return r
	}, s)
}

// expectGEXF: dates only (spells use timeformat="date").
func expectGEXF(g Graph) Graph {
	g = mapStrings(g, xmlChars)
	return mapTimes(g, func(t time.Time) time.Time {
		d, _ := time.Parse(dateLayout, t.UTC().Format(dateLayout))
		return d
	})
}

// expectDOT: line breaks are written as \n, other controls and U+FFFD as
// the entity &#65533;.
func expectDOT(g Graph) Graph {
	g = mapStrings(g, func(s string) string {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
		s = strings.Map(func(r rune) rune {
			if (r < 0x20 && r != '\t' && r != '\n') || r == 0x7f {
				return '\uFFFD'
			}
			return r
		}, s)
		return strings.ReplaceAll(s, "\uFFFD", dotReplacement)
	})
	return expectSeconds(g)
}
