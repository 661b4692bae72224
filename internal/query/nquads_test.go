package query_test

import (
	"bytes"
	"context"
	"flag"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/query"
	"github.com/newsgraph/newsgraph/internal/query/querytest"
)

var update = flag.Bool("update", false, "rewrite testdata/fixture.nq from the fixture through kg.DocumentQuads")

// TestNQuadsFixture keeps testdata/fixture.nq, the fixture as the quads kg
// writes, in step with kg (run with -update after a deliberate change of
// the data model), then loads it into a bare Cayley memstore, without kg,
// and checks that the Service sees the same graph as over a kg store.
func TestNQuadsFixture(t *testing.T) {
	docs, err := querytest.Documents()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	w := nquads.NewWriter(&buf)
	for _, d := range docs {
		qq, err := kg.DocumentQuads(d.Article, d.Result)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.WriteQuads(qq); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "fixture.nq")
	if *update {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	golden, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(golden, buf.Bytes()) {
		t.Errorf("%s is out of step with kg.DocumentQuads; run go test ./internal/query -run TestNQuadsFixture -update and review the diff", path)
	}

	qq, err := quad.ReadAll(nquads.NewReader(bytes.NewReader(golden), false))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	bare, err := query.New(ctx, memstore.New(qq...), query.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	viaKG, _ := newService(t)
	got, _ := bare.Stats(ctx)
	want, _ := viaKG.Stats(ctx)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("stats over the .nq fixture:\n got %+v\nwant %+v", got, want)
	}
	e, err := bare.Entity(ctx, "gpe/china")
	if err != nil || e.Degree != 4 || len(e.Aliases) != 2 {
		t.Errorf("Entity(gpe/china) over the .nq fixture: got %+v, %v", e, err)
	}
	paths, err := bare.Paths(ctx, "person/angela-merkel", "gpe/china", 4, 3, query.Filter{})
	if err != nil || len(paths) != 2 {
		t.Errorf("Paths over the .nq fixture: got %d, %v; want 2", len(paths), err)
	}
}
