package archtest

import (
	"os/exec"
	"strings"
	"testing"
)

const mod = "github.com/newsgraph/newsgraph/"

// TestOneWayImports checks with the go command that no package depends on a
// package above it in the data flow (nlp -> extract, article -> ingest ->
// kg -> query -> graph -> server -> cmd), that the language core (nlp)
// needs nothing but the standard library, and that the API layers reach
// the store only through internal/query, and that internal/auth needs the
// standard library only.
func TestOneWayImports(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command on PATH")
	}
	above := func(pkgs ...string) []string {
		out := make([]string, len(pkgs))
		for i, p := range pkgs {
			out[i] = mod + p
		}
		return out
	}
	tests := []struct {
		pkg string
		// deps: no dependency, direct or not, under these paths.
		deps []string
		// imports: no direct import under these paths.
		imports []string
	}{
		{pkg: "internal/nlp", deps: append(above("internal", "graph", "cmd"), "github.com", "golang.org", "gonum.org", "net")},
		{pkg: "internal/auth", deps: append(above("internal", "graph", "cmd"), "github.com", "golang.org")},
		{pkg: "internal/fold", deps: append(above("internal", "graph", "cmd"), "github.com", "net")},
		{pkg: "internal/article", deps: append(above("internal", "graph", "cmd"), "github.com/cayleygraph", "github.com/99designs")},
		{pkg: "internal/extract", deps: append(above("internal/article", "internal/ingest", "internal/kg", "internal/query", "internal/server", "graph", "cmd"), "github.com/cayleygraph", "github.com/99designs", "net/http")},
		// another extractor and the extract format: beside extract, below the store
		{pkg: "internal/llm", deps: append(above("internal/ingest", "internal/kg", "internal/query", "internal/server", "graph", "cmd"), "github.com/cayleygraph", "github.com/99designs")},
		{pkg: "internal/extractjson", deps: append(above("internal/llm", "internal/ingest", "internal/kg", "internal/query", "internal/server", "graph", "cmd"), "github.com/cayleygraph", "github.com/99designs", "net/http")},
		{pkg: "internal/kg", deps: append(above("internal/ingest", "internal/query", "internal/server", "graph", "cmd"), "github.com/99designs")},
		{pkg: "internal/ingest", deps: append(above("internal/query", "internal/server", "graph", "cmd"), "github.com/99designs")},
		{pkg: "internal/query", deps: append(above("internal/ingest", "internal/server", "graph", "cmd"), "github.com/99designs", "github.com/vektah"), imports: []string{"net/http"}},
		{pkg: "internal/export", deps: append(above("internal/kg", "internal/query", "internal/server", "graph", "cmd"), "github.com/99designs")},
		{pkg: "graph", deps: above("internal/ingest", "internal/server", "cmd"), imports: append(above("internal/kg"), "github.com/cayleygraph")},
		{pkg: "internal/server", deps: above("internal/ingest", "cmd"), imports: append(above("internal/kg"), "github.com/cayleygraph")},
	}
	for _, tc := range tests {
		t.Run(tc.pkg, func(t *testing.T) {
			check := func(what string, list []string, forbidden []string) {
				for _, dep := range list {
					if strings.HasPrefix(dep, mod+tc.pkg) {
						continue
					}
					for _, f := range forbidden {
						if dep == f || strings.HasPrefix(dep, f+"/") {
							t.Errorf("%s %s %s", tc.pkg, what, dep)
						}
					}
				}
			}
			check("depends on", goList(t, "-deps", mod+tc.pkg), tc.deps)
			check("imports", goList(t, "-f", "{{join .Imports \"\\n\"}}", mod+tc.pkg), tc.imports)
		})
	}
}

func goList(t *testing.T, args ...string) []string {
	t.Helper()
	out, err := exec.Command("go", append([]string{"list"}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("go list %v: %v\n%s", args, err, out)
	}
	return strings.Fields(string(out))
}
