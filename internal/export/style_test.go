package export

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// styledSeed is the seed graph as Style draws it.
func styledSeed(t *testing.T) (Graph, map[string][]byte) {
	t.Helper()
	g := testGraphs()["seed"]
	Style(&g)
	files := map[string][]byte{}
	for _, f := range []string{GEXF, GraphML} {
		var b bytes.Buffer
		if err := Write(&b, f, g); err != nil {
			t.Fatal(err)
		}
		files[f] = b.Bytes()
	}
	return g, files
}

func TestStyle(t *testing.T) {
	g, files := styledSeed(t)
	china := g.Nodes[0]
	if china.Color != "#ea580c" || china.Size != NodeSize(2) || china.Size != 30 {
		t.Errorf("China: colour %s size %g, want the explorer's GPE orange and 14+10·log2(3)", china.Color, china.Size)
	}
	seen := map[[2]float64]bool{}
	for _, n := range g.Nodes {
		if seen[[2]float64{n.X, n.Y}] {
			t.Errorf("two nodes at %g,%g", n.X, n.Y)
		}
		seen[[2]float64{n.X, n.Y}] = true
	}
	again := testGraphs()["seed"]
	Style(&again)
	for i := range g.Nodes {
		if g.Nodes[i].X != again.Nodes[i].X || g.Nodes[i].Y != again.Nodes[i].Y {
			t.Fatalf("layout is not deterministic at node %d", i)
		}
	}
	// Linked nodes end nearer than unlinked ones: Trump-Tillerson vs Trump-North Korea.
	d := func(a, b Node) float64 { return (a.X-b.X)*(a.X-b.X) + (a.Y-b.Y)*(a.Y-b.Y) }
	if d(g.Nodes[2], g.Nodes[3]) >= d(g.Nodes[2], g.Nodes[1]) {
		t.Errorf("Trump is no nearer to Tillerson than to North Korea: %+v", g.Nodes)
	}
	// The viz elements are in the viz namespace.
	dec := xml.NewDecoder(bytes.NewReader(files[GEXF]))
	colors := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "color" {
			if se.Name.Space != gexfVizNamespace {
				t.Errorf("<color> in namespace %q", se.Name.Space)
			}
			colors++
		}
	}
	if colors != len(g.Nodes) {
		t.Errorf("GEXF: %d viz:color, want %d", colors, len(g.Nodes))
	}
	// Unstyled graphs carry no drawing.
	var plain bytes.Buffer
	if err := Write(&plain, GraphML, testGraphs()["seed"]); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(plain.String(), "yworks") || strings.Contains(plain.String(), `attr.name="color"`) {
		t.Error("an unstyled graph carries yFiles data")
	}
}

// TestStyledNetworkX reads the styled GEXF and GraphML with networkx.
func TestStyledNetworkX(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil || exec.Command(py, "-c", "import networkx").Run() != nil {
		t.Skip("python3 with networkx not installed")
	}
	_, files := styledSeed(t)
	dir := t.TempDir()
	for f, b := range files {
		if err := os.WriteFile(filepath.Join(dir, "g."+f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	script := `
import json, sys, networkx as nx
d = sys.argv[1]
g = nx.read_gexf(d + "/g.gexf")
h = nx.read_graphml(d + "/g.graphml")
c = h.nodes["gpe_x002F_china"]
print(json.dumps({"viz": g.nodes["gpe/china"]["viz"], "graphml": {k: c[k] for k in ("color", "size", "x", "y", "label", "shape_type")}}))
`
	out, err := exec.Command(py, "-c", script, dir).CombinedOutput()
	if err != nil {
		t.Fatalf("networkx: %v\n%s", err, out)
	}
	var got struct {
		Viz struct {
			Color    map[string]float64 `json:"color"`
			Size     float64            `json:"size"`
			Position map[string]float64 `json:"position"`
		} `json:"viz"`
		GraphML map[string]any `json:"graphml"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if got.Viz.Color["r"] != 234 || got.Viz.Color["g"] != 88 || got.Viz.Color["b"] != 12 || got.Viz.Size != 30 || got.Viz.Position == nil {
		t.Errorf("networkx GEXF viz: %+v", got.Viz)
	}
	if got.GraphML["color"] != "#ea580c" || got.GraphML["size"] != 30.0 || got.GraphML["label"] != "China" || got.GraphML["shape_type"] != "ellipse" {
		t.Errorf("networkx GraphML: %+v", got.GraphML)
	}
}

// TestStyledGraphology reads the styled GEXF and GraphML with graphology.
func TestStyledGraphology(t *testing.T) {
	_, files := styledSeed(t)
	for _, f := range []string{GEXF, GraphML} {
		node, err := exec.LookPath("node")
		if err != nil {
			t.Skip("node not installed")
		}
		if _, err := os.Stat(filepath.Join(readersDir, "node_modules")); err != nil {
			t.Skipf("npm readers not installed: run npm ci --prefix internal/export/%s", readersDir)
		}
		file := filepath.Join(t.TempDir(), "g."+f)
		if err := os.WriteFile(file, files[f], 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(node, filepath.Join(readersDir, "read.js"), f, file).Output()
		if err != nil {
			t.Fatalf("read.js %s: %v", f, err)
		}
		var res struct {
			Nodes []struct {
				ID    string         `json:"id"`
				Attrs map[string]any `json:"attrs"`
			} `json:"nodes"`
		}
		if err := json.Unmarshal(out, &res); err != nil {
			t.Fatal(err)
		}
		a := res.Nodes[0].Attrs
		wantColor := "#ea580c"
		if f == GEXF {
			wantColor = "rgb(234,88,12)"
		}
		if a["color"] != wantColor || a["size"] != 30.0 || a["x"] == nil || a["y"] == nil {
			t.Errorf("graphology %s: China %+v", f, a)
		}
	}
}
