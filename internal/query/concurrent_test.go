package query_test

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/query"
	"github.com/newsgraph/newsgraph/internal/query/querytest"
)

// TestConcurrentReadsAndWrites reads through every kind of question while
// documents are added and deleted, on LevelDB (memstore is not safe for
// reads concurrent with writes). Run with -race.
func TestConcurrentReadsAndWrites(t *testing.T) {
	ctx := context.Background()
	st, err := kg.Open(ctx, "leveldb:"+filepath.Join(t.TempDir(), "db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := querytest.Load(ctx, st); err != nil {
		t.Fatal(err)
	}
	s, err := query.New(ctx, st.QuadStore(), query.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	subCtx, cancel := context.WithCancel(ctx)
	events := s.SubscribeDocuments(subCtx)
	var got sync.WaitGroup
	got.Add(1)
	seen := 0
	go func() {
		defer got.Done()
		for range events {
			seen++
		}
	}()

	stop := make(chan struct{})
	var readers sync.WaitGroup
	for r := 0; r < 3; r++ {
		readers.Add(1)
		go func() {
			defer readers.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				if _, err := s.Search(ctx, "chin", nil, query.Page{First: 5}); err != nil {
					t.Error(err)
				}
				rels, err := s.Relations(ctx, query.RelationQuery{Entity: "gpe/china"}, query.Page{First: 10})
				if err != nil {
					t.Error(err)
				}
				for _, rel := range rels.Items {
					_, _ = s.Evidences(ctx, rel.Evidence)
				}
				_, _ = s.Neighborhood(ctx, "gpe/north-korea", 2, 50, query.Filter{})
				_, _ = s.Paths(ctx, "person/angela-merkel", "gpe/china", 4, 3, query.Filter{})
				_, _ = s.Stats(ctx)
				_, _ = s.Timeline(ctx, "gpe/north-korea", query.Week, query.Filter{})
				_, _ = s.DocumentTexts(ctx, []string{"doc-beijing"})
			}
		}()
	}
	for i := 0; i < 20; i++ {
		text := fmt.Sprintf("Japan criticized Russia on day %d.", i)
		a := article.Article{ID: article.ID(text), Title: fmt.Sprint("day ", i), Text: text}
		r := extract.Result{
			Entities: []extract.Entity{
				{ID: "gpe/japan", Name: "Japan", Type: "GPE", Mentions: []extract.Mention{{Start: 0, End: 5, Text: "Japan"}}},
				{ID: "gpe/russia", Name: "Russia", Type: "GPE", Mentions: []extract.Mention{{Start: 17, End: 23, Text: "Russia"}}},
			},
			Relations: []extract.Relation{{Subject: "gpe/japan", Predicate: "criticize", Object: "gpe/russia", Confidence: 0.8,
				Event:    &extract.Event{Code: "111", Label: "Criticize or denounce", Goldstein: -2},
				Evidence: []extract.Evidence{{Sentence: text, Start: 0, End: len(text), Confidence: 0.8}}}},
		}
		if _, err := st.AddDocument(ctx, a, r); err != nil {
			t.Fatal(err)
		}
		s.DocumentAdded(ctx, a.ID)
		if i%3 == 0 {
			if _, err := st.DeleteDocument(ctx, a.ID); err != nil {
				t.Fatal(err)
			}
			s.DocumentDeleted(ctx, a.ID)
		}
	}
	close(stop)
	readers.Wait()
	cancel()
	got.Wait()
	if seen != 20 {
		t.Errorf("document events: got %d, want 20", seen)
	}
	rel, err := s.Relation(ctx, "gpe/japan|criticize|gpe/russia", query.Filter{})
	if err != nil || len(rel.Documents) != 13 {
		t.Errorf("japan criticize russia: got %d documents, %v; want 13 (20 added, 7 deleted)", len(rel.Documents), err)
	}
}
