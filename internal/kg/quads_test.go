package kg_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/kg/kgtest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestDocumentQuadsGolden pins the quads of the fixtures, in the order
// DocumentQuads writes them (docs/data-model.md shows sanctions.nq).
func TestDocumentQuadsGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		doc  kgtest.Document
	}{
		{"sanctions", kgtest.SanctionsDoc()},
		{"shared", kgtest.SharedDoc()},
		{"negated", kgtest.NegatedDoc()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			quads, err := kg.DocumentQuads(tc.doc.Article, tc.doc.Result)
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			for _, q := range quads {
				b.WriteString(q.NQuad())
				b.WriteByte('\n')
			}
			got := b.String()
			file := filepath.Join("testdata", tc.name+".nq")
			if *update {
				if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("DocumentQuads(%s): got\n%s\nwant\n%s", tc.name, got, want)
			}
		})
	}
}
