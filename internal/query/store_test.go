package query

import (
	"context"
	"path/filepath"
	"reflect"
	"sort"
	"testing"

	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/query/querytest"
)

// TestLoadDocumentMatchesScan checks that reading one document through
// its label (IndexDocument's way) and taking its quads as written
// (DocumentWritten's way) give what the full scan (New's way) gives, on
// memstore and LevelDB.
func TestLoadDocumentMatchesScan(t *testing.T) {
	tests := []struct {
		name string
		uri  func(t *testing.T) string
	}{
		{"memstore", func(*testing.T) string { return "memory" }},
		{"leveldb", func(t *testing.T) string { return "leveldb:" + filepath.Join(t.TempDir(), "db") }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			st, err := kg.Open(ctx, tc.uri(t))
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			if err := querytest.Load(ctx, st); err != nil {
				t.Fatal(err)
			}
			all, err := scanAll(ctx, st.QuadStore())
			if err != nil {
				t.Fatal(err)
			}
			if len(all) < 3 {
				t.Fatalf("scan found %d documents, want at least 3", len(all))
			}
			for id, want := range all {
				got, err := loadDocument(ctx, st.QuadStore(), id)
				if err != nil {
					t.Fatalf("loadDocument(%s): %v", id, err)
				}
				// The ingest hook's way: the quads as written.
				quads, err := st.DocumentQuadsStored(ctx, id)
				if err != nil {
					t.Fatal(err)
				}
				written := docFromQuads(id, quads)
				for _, d := range []*docData{got, want, written} {
					for _, c := range d.ents {
						sort.Strings(c.aliases)
					}
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("loadDocument(%s):\n got %+v\nwant %+v", id, got, want)
				}
				if written.text == nil {
					t.Errorf("docFromQuads(%s) kept no text", id)
				}
				written.text = nil // the text index takes it; scans leave it in the store
				if !reflect.DeepEqual(written, want) {
					t.Errorf("docFromQuads(%s):\n got %+v\nwant %+v", id, written, want)
				}
			}
			missing, err := loadDocument(ctx, st.QuadStore(), "no-such-document")
			if err != nil || missing.complete || len(missing.ents) != 0 {
				t.Errorf("loadDocument(absent): got %+v, %v; want an empty incomplete document", missing, err)
			}
		})
	}
}
