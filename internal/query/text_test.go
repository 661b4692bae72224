package query_test

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/query"
)

func hitIDs(t *testing.T, s *query.Service, text string, dq query.DocumentQuery) []string {
	t.Helper()
	p, err := s.SearchDocuments(context.Background(), text, dq, query.Page{First: 50})
	if err != nil {
		t.Fatalf("SearchDocuments(%q): %v", text, err)
	}
	ids := []string{}
	for _, h := range p.Items {
		ids = append(ids, h.Document.ID)
	}
	return ids
}

// TestSearchDocuments: words (stemmed, all required), phrases, exclusions,
// fields, relevance order, highlights, and the filter around it.
func TestSearchDocuments(t *testing.T) {
	s, _ := newService(t) // no WithTextIndex: built in memory on first use
	tests := []struct {
		text string
		f    query.Filter
		want []string // in rank order when more than one
	}{
		{"Merkel", query.Filter{}, []string{"doc-undated"}},
		{"sanctioned", query.Filter{}, []string{"doc-beijing", "doc-sanctions"}}, // stems: sanction(s)
		{"sanctions russia", query.Filter{}, []string{"doc-beijing"}},            // every word must occur
		{`"north korea threatened"`, query.Filter{}, []string{"doc-threat"}},
		{`"korea north"`, query.Filter{}, []string{}},
		{"korea -japan", query.Filter{}, []string{"doc-sanctions"}},
		{"title:japan", query.Filter{}, []string{"doc-threat"}},
		{"São", query.Filter{}, []string{"doc-undated"}},
		{"trump", query.Filter{Sources: []string{"notes"}}, []string{"doc-undated"}},
		{"trump", query.Filter{Predicates: []string{"meet"}, Outlets: []string{"example.org"}}, []string{"doc-threat"}},
	}
	for _, tc := range tests {
		got := hitIDs(t, s, tc.text, query.DocumentQuery{Filter: tc.f})
		if len(tc.want) == 2 {
			slices.Sort(got) // two equally plausible hits: check the set
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("search %q %+v: got %v, want %v", tc.text, tc.f, got, tc.want)
		}
	}
	p, err := s.SearchDocuments(context.Background(), `"North Korea"`, query.DocumentQuery{}, query.Page{First: 1})
	if err != nil {
		t.Fatal(err)
	}
	if p.Total != 3 || !p.HasNext || len(p.Items) != 1 || p.Items[0].Score <= 0 {
		t.Fatalf("phrase North Korea: %d hits, %+v", p.Total, p.Items)
	}
	if hl := strings.Join(p.Items[0].Highlights, " "); !strings.Contains(hl, "<mark>North</mark> <mark>Korea</mark>") {
		t.Errorf("highlights: got %q", hl)
	}
	next, _ := s.SearchDocuments(context.Background(), `"North Korea"`, query.DocumentQuery{}, query.Page{First: 5, After: p.Cursors[0]})
	if len(next.Items) != 2 || next.Items[0].Score > p.Items[0].Score || next.Items[0].Document.ID == p.Items[0].Document.ID {
		t.Errorf("second page: got %+v after %+v", next.Items, p.Items)
	}
	// The text filter, on relations.
	rels, err := s.Relations(context.Background(), query.RelationQuery{Filter: query.Filter{Text: "São Paulo"}}, query.Page{First: 10})
	if err != nil || rels.Total != 2 {
		t.Errorf("relations of documents naming São Paulo: got %d, %v; want Merkel's 2", rels.Total, err)
	}
	for _, bad := range []string{"", "   ", "+", "title:", strings.Repeat("x", 1001)} {
		if _, err := s.SearchDocuments(context.Background(), bad, query.DocumentQuery{}, query.Page{First: 1}); !errors.Is(err, query.ErrBadInput) {
			t.Errorf("search %q: got %v, want ErrBadInput", bad, err)
		}
	}
	// Kept fresh: a deleted document is no longer found, an indexed one is.
	ctx := context.Background()
	if err := s.UnindexDocument(ctx, "doc-undated"); err != nil {
		t.Fatal(err)
	}
	if got := hitIDs(t, s, "Merkel", query.DocumentQuery{}); len(got) != 0 {
		t.Errorf("after the delete: got %v", got)
	}
	if err := s.IndexDocument(ctx, "doc-undated"); err != nil {
		t.Fatal(err)
	}
	if got := hitIDs(t, s, "Merkel", query.DocumentQuery{}); !reflect.DeepEqual(got, []string{"doc-undated"}) {
		t.Errorf("indexed again: got %v", got)
	}
}

// TestTextIndexOnDisk: the folder is built by New, reused, brought up to
// date when stale and rebuilt when it does not open.
func TestTextIndexOnDisk(t *testing.T) {
	ctx := context.Background()
	_, st := newService(t)
	dir := filepath.Join(t.TempDir(), "text")
	open := func() *query.Service {
		t.Helper()
		s, err := query.New(ctx, st.QuadStore(), query.WithLogger(slog.New(slog.DiscardHandler)), query.WithTextIndex(dir))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	s := open()
	if got := hitIDs(t, s, "Merkel", query.DocumentQuery{}); len(got) != 1 {
		t.Fatalf("built: got %v", got)
	}
	// Stale: the index loses a document the store still has.
	if err := s.UnindexDocument(ctx, "doc-undated"); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SearchDocuments(ctx, "Merkel", query.DocumentQuery{}, query.Page{First: 1}); err == nil {
		t.Error("a closed Service answered a text question")
	}
	s = open()
	if got := hitIDs(t, s, "Merkel", query.DocumentQuery{}); len(got) != 1 {
		t.Errorf("reopened stale: got %v, want the document back", got)
	}
	s.Close()
	// Broken: a folder that is no index is rebuilt.
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "index_meta.json"), []byte("not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	s = open()
	defer s.Close()
	if got := hitIDs(t, s, `"north korea"`, query.DocumentQuery{}); len(got) != 3 {
		t.Errorf("rebuilt: got %v", got)
	}
}
