package llm

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/internal/article"
)

// BenchmarkModelOverhead measures what newsgraph adds per document around
// the model, on the seeds (examples/): building the request, the HTTP
// round trip to an in-test server on localhost, parsing the reply,
// finding mentions and evidence in the text, resolving names, coding
// predicates and assembling the result. The server's replies are made
// beforehand (what the rules find, as a model would write it), so it does
// no work per request. Metrics: overhead-ms/doc is the time spent outside
// the request (Stats.Overhead), tokens/doc the prompt and answer tokens
// the test server reports, which it estimates at 4 bytes a token of what
// was sent and answered (no real tokenizer: a model's own count differs).
func BenchmarkModelOverhead(b *testing.B) {
	paths, _ := filepath.Glob("../../examples/*.txt")
	var docs []article.Article
	r := &article.Reader{}
	if err := r.Read(context.Background(), paths, func(it article.Item) error {
		docs = append(docs, it.Article)
		return it.Err
	}); err != nil || len(docs) == 0 {
		b.Fatalf("seeds: %d, %v", len(docs), err)
	}
	// Replies made beforehand, by chunk text.
	replies := map[string]string{}
	rec := httptest.NewRecorder()
	model := rulesModel(b, rulesExtractor(b))
	probe := newTest(b, newFakeModel(b, func(_ int, req chatRequest, w http.ResponseWriter, hr *http.Request) {
		model(0, req, rec, hr)
		replies[userText(req)] = rec.Body.String()
		rec.Body.Reset()
		model(0, req, w, hr)
	}), nil)
	for _, a := range docs {
		st := probe.Stats()
		p0, c0 := st.PromptTokens.Load(), st.CompletionTokens.Load()
		if _, err := probe.ExtractArticle(context.Background(), a); err != nil {
			b.Fatal(err)
		}
		b.Logf("%s: %d bytes, %d prompt + %d completion tokens (the test server's estimate)", filepath.Base(a.Source), len(a.Text),
			st.PromptTokens.Load()-p0, st.CompletionTokens.Load()-c0)
	}
	f := newFakeModel(b, func(_ int, req chatRequest, w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(replies[userText(req)]))
	})
	for _, kind := range []string{"llm", "both"} {
		b.Run(kind, func(b *testing.B) {
			e := newTest(b, f, nil)
			extractDoc := func(a article.Article) error {
				if kind == "both" {
					_, err := Union{Rules: rulesExtractor(b), Model: e}.ExtractArticle(context.Background(), a)
					return err
				}
				_, err := e.ExtractArticle(context.Background(), a)
				return err
			}
			b.ResetTimer()
			n := 0
			for b.Loop() {
				if err := extractDoc(docs[n%len(docs)]); err != nil {
					b.Fatal(err)
				}
				n++
			}
			s := e.Stats()
			b.ReportMetric(float64(s.Overhead().Microseconds())/1000/float64(n), "overhead-ms/doc")
			b.ReportMetric(float64(s.ModelTime().Microseconds())/1000/float64(n), "request-ms/doc")
			b.ReportMetric(float64(s.PromptTokens.Load()+s.CompletionTokens.Load())/float64(n), "tokens/doc")
			b.ReportMetric(float64(s.PromptTokens.Load())/float64(n), "prompt-tokens/doc")
		})
	}
}
