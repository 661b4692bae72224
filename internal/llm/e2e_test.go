package llm

import (
	"context"
	"net/http"
	"testing"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/kg"
	_ "github.com/newsgraph/newsgraph/internal/kg/backends" // memstore
	"github.com/newsgraph/newsgraph/internal/query"
)

// TestIngestEndToEnd: documents go through the model (and the union with
// the rules) into a real store, and internal/query finds the relations
// with each evidence's extractor.
func TestIngestEndToEnd(t *testing.T) {
	ctx := context.Background()
	f := newFakeModel(t, func(_ int, req chatRequest, w http.ResponseWriter, _ *http.Request) {
		answer(w, req, answerJSON(t, sampleAnswer))
	})
	for _, kind := range []string{"llm", "both"} {
		t.Run(kind, func(t *testing.T) {
			st, err := kg.Open(ctx, "memory")
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			m := newTest(t, f, nil)
			var x ingest.Extractor = m
			if kind == "both" {
				x = Union{Rules: rulesExtractor(t), Model: m}
			}
			p := ingest.New(x, st, ingest.Workers(2))
			dir := t.TempDir()
			writeFile(t, dir+"/a.txt", sample+"\n")
			sum, err := p.Run(ctx, &article.Reader{}, []string{dir}, nil)
			if err != nil || sum.Added != 1 {
				t.Fatalf("run: %+v, %v", sum, err)
			}
			svc, err := query.New(ctx, st.QuadStore())
			if err != nil {
				t.Fatal(err)
			}
			rels, err := svc.Relations(ctx, query.RelationQuery{Subject: "person/kim-jong-un", Object: "gpe/china"}, query.Page{First: 10})
			if err != nil || len(rels.Items) != 1 || rels.Items[0].Predicate != "criticize" || rels.Items[0].Event == nil || rels.Items[0].Event.Code != "111" {
				t.Fatalf("Kim criticize China: %+v, %v", rels.Items, err)
			}
			evs, errs := svc.Evidences(ctx, rels.Items[0].Evidence)
			if errs[0] != nil || evs[0].Extractor != "llm" || evs[0].Sentence == "" {
				t.Errorf("evidence: %+v, %v", evs, errs)
			}
			rels, err = svc.Relations(ctx, query.RelationQuery{Subject: "gpe/china", Predicate: "impose sanction on", Object: "gpe/north-korea"}, query.Page{First: 10})
			if err != nil || len(rels.Items) != 1 {
				t.Fatalf("China impose sanction on North Korea: %+v, %v", rels.Items, err)
			}
			evs, _ = svc.Evidences(ctx, rels.Items[0].Evidence)
			by := map[string]bool{}
			for _, ev := range evs {
				by[ev.Extractor] = true
			}
			if kind == "both" && (!by["rules"] || !by["llm"]) || kind == "llm" && (len(by) != 1 || !by["llm"]) {
				t.Errorf("%s: evidence by %v", kind, by)
			}
		})
	}
}
