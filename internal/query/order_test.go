package query_test

import (
	"context"
	"encoding/json"
	"log/slog"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/query"
)

// orderCorpus are the directories whose .txt articles TestIngestOrder
// reads: the seeds shared by the team (skipped when absent) and the
// extractor's test articles.
var orderCorpus = []string{
	"../../../shared/seeds",
	"../extract/testdata/articles",
	"../extract/testdata/dev",
}

// TestIngestOrder ingests a small corpus in three orders, each with a
// fresh extractor, into fresh stores and checks that the graph is the same: every entity's
// ID, name, type and aliases, and the set of relations with their
// support. Issue 11: the same real thing is one entity whatever order its
// documents were ingested in.
func TestIngestOrder(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts a corpus")
	}
	var docs []article.Article
	for _, dir := range orderCorpus {
		paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, p := range paths {
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			a, err := article.Parse(p, raw)
			if err != nil {
				t.Fatalf("article.Parse(%s): %v", p, err)
			}
			docs = append(docs, a)
		}
	}
	if len(docs) < 4 {
		t.Skipf("corpus: %d articles, want at least 4", len(docs))
	}
	reversed := slices.Clone(docs)
	slices.Reverse(reversed)
	shuffled := slices.Clone(docs)
	rand.New(rand.NewSource(11)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	orders := []struct {
		name string
		docs []article.Article
	}{{"as read", docs}, {"reversed", reversed}, {"shuffled", shuffled}}
	t.Logf("%d articles", len(docs))
	var want string
	for i, o := range orders {
		got := graphOf(t, o.docs)
		if i == 0 {
			want = got
			continue
		}
		sameAnswers(t, "graph ingested "+o.name+" vs "+orders[0].name, got, want)
	}
}

// graphOf extracts and ingests the documents one by one, in order,
// indexing each as it is written (as serve does), and returns the entities
// and relations.
func graphOf(t *testing.T, docs []article.Article) string {
	t.Helper()
	ctx := context.Background()
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	st, err := kg.Open(ctx, "memory")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s, err := query.New(ctx, st.QuadStore(), query.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range docs {
		r, err := x.ExtractContext(ctx, a.Text)
		if err != nil {
			t.Fatalf("Extract(%s): %v", a.Source, err)
		}
		res, err := st.AddDocument(ctx, a, r)
		if err != nil {
			t.Fatalf("AddDocument(%s): %v", a.Source, err)
		}
		s.DocumentWritten(ctx, a.ID, res.Written)
	}
	all := query.Page{First: 500}
	ents, err := s.ListEntities(ctx, "", "", all)
	if err != nil {
		t.Fatal(err)
	}
	rels, err := s.Relations(ctx, query.RelationQuery{}, all)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d entities, %d relations", ents.Total, rels.Total)
	if ents.HasNext || rels.HasNext {
		t.Fatalf("corpus too large for one page: %d entities, %d relations", ents.Total, rels.Total)
	}
	b, err := json.MarshalIndent(map[string]any{"entities": ents.Items, "relations": rels.Items}, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
