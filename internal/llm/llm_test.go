package llm

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/article"
	"github.com/newsgraph/newsgraph/internal/extract"
)

const sample = "China imposed sanctions on North Korea on Monday. Kim Jong-un called the move “an act of war”.\n\nJapan’s prime minister met Xi Jinping in Beijing."

// sampleAnswer is what a good model says about sample. Its quotes differ
// from the text in quotes and spacing only.
var sampleAnswer = output{
	Entities: []outEntity{{"China", "GPE"}, {"North Korea", "GPE"}, {"Kim Jong-un", "PERSON"}, {"Japan", "GPE"}, {"Xi Jinping", "PERSON"}, {"Beijing", "GPE"}},
	Relations: []outRelation{
		{Subject: "China", Predicate: "imposed sanctions on", Object: "North Korea", Evidence: "China imposed sanctions on North Korea on Monday."},
		{Subject: "Kim Jong-un", Predicate: "criticize", Object: "China", Evidence: `Kim Jong-un called the move "an act of war".`},
		{Subject: "Japan", Predicate: "meet", Object: "Xi Jinping", Evidence: "Japan's prime  minister met Xi Jinping in Beijing"},
	},
}

func TestExtractSample(t *testing.T) {
	f := newFakeModel(t, func(_ int, req chatRequest, w http.ResponseWriter, _ *http.Request) {
		answer(w, req, answerJSON(t, sampleAnswer))
	})
	e := newTest(t, f, nil)
	res, err := e.ExtractContext(context.Background(), sample)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range res.Relations {
		ev := r.Evidence[0]
		code := ""
		if r.Event != nil {
			code = r.Event.Code
		}
		if sample[ev.Start:ev.End] != ev.Sentence || ev.Extractor != Name {
			t.Errorf("%s: evidence %q at %d..%d, extractor %q", r.Predicate, ev.Sentence, ev.Start, ev.End, ev.Extractor)
		}
		got = append(got, fmt.Sprintf("%s %s %s [%s] %d..%d %.2f", r.Subject, r.Predicate, r.Object, code, ev.Start, ev.End, r.Confidence))
	}
	want := []string{
		"gpe/china impose sanction on gpe/north-korea [163] 0..49 0.70",
		"gpe/japan meet person/xi-jinping [040] 100..151 0.70",
		"person/kim-jong-un criticize gpe/china [111] 50..98 0.70",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("relations:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// Beijing is China (the gazetteer), so China has two mentions.
	for _, en := range res.Entities {
		if en.ID == "gpe/china" && (len(en.Mentions) != 2 || en.Aliases[0] != "Beijing") {
			t.Errorf("China: %+v", en)
		}
	}
	reqs := f.requests()
	if len(reqs) != 1 || reqs[0].ResponseFormat == nil || reqs[0].ResponseFormat.Type != "json_schema" || reqs[0].Model != "test-model" {
		t.Errorf("request: %+v", reqs)
	}
}

// TestUnusable: a reply that is not the JSON asked for fails the document
// with ErrUnusable and a reason; nothing is cached.
func TestUnusable(t *testing.T) {
	tests := []struct {
		name, content, finish, refusal, want string
	}{
		{name: "malformed JSON", content: `{"entities": [{"name": "China", "type": "GPE"}`, want: "not a JSON object"},
		{name: "prose", content: "Sure! Here are the entities: China, North Korea.", want: "not a JSON object"},
		{name: "missing list", content: `{"entities": []}`, want: `no "relations" list`},
		{name: "unknown field", content: `{"entities": [], "relations": [], "notes": "x"}`, want: `unknown field "notes"`},
		{name: "wrong type", content: `{"entities": [{"name": 1, "type": "GPE"}], "relations": []}`, want: "does not follow the schema"},
		{name: "refusal", refusal: "I can't help with that.", want: "the model refused: I can't help with that."},
		{name: "cut off", content: `{"entities": [`, finish: "length", want: "cut off at the output limit"},
		{name: "empty", content: "", want: "the answer is empty"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeModel(t, func(_ int, req chatRequest, w http.ResponseWriter, _ *http.Request) {
				msg := map[string]any{"role": "assistant", "content": tc.content}
				if tc.refusal != "" {
					msg = map[string]any{"role": "assistant", "content": nil, "refusal": tc.refusal}
				}
				finish := tc.finish
				if finish == "" {
					finish = "stop"
				}
				w.Header().Set("Content-Type", "application/json")
				fmt.Fprintf(w, `{"choices": [{"index": 0, "finish_reason": %q, "message": %s}], "usage": {"prompt_tokens": 10, "completion_tokens": 5}}`, finish, mustJSON(t, msg))
			})
			dir := t.TempDir()
			e := newTest(t, f, func(c *Config) { c.CacheDir = dir })
			_, err := e.ExtractContext(context.Background(), sample)
			if !errors.Is(err, ErrUnusable) || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "test-model") {
				t.Fatalf("got %v, want ErrUnusable saying %q", err, tc.want)
			}
			if len(f.requests()) != 1 {
				t.Errorf("%d requests; an unusable answer is not retried", len(f.requests()))
			}
			if e.Stats().Failed.Load() != 1 {
				t.Errorf("failed = %d", e.Stats().Failed.Load())
			}
			if _, ok := e.readCache(e.cacheKey(article.Article{ID: article.ID(sample), Text: sample}), 1); ok {
				t.Error("an unusable answer was cached")
			}
		})
	}
}

func mustJSON(t *testing.T, v any) string {
	raw, err := jsonMarshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// TestRetries: 429 (with Retry-After) and 5xx are retried, then the answer
// is used; a 400 is not retried; retries run out with ErrAPI.
func TestRetries(t *testing.T) {
	good := func(req chatRequest, w http.ResponseWriter) { answer(w, req, answerJSON(t, sampleAnswer)) }
	t.Run("429 then success", func(t *testing.T) {
		f := newFakeModel(t, func(n int, req chatRequest, w http.ResponseWriter, _ *http.Request) {
			if n == 0 {
				w.Header().Set("Retry-After", "1")
				http.Error(w, `{"error": {"message": "Rate limit reached"}}`, http.StatusTooManyRequests)
				return
			}
			good(req, w)
		})
		e := newTest(t, f, func(c *Config) { c.Backoff = time.Hour }) // only Retry-After can make it wait 1s
		res, err := e.ExtractContext(context.Background(), sample)
		if err != nil || len(res.Relations) != 3 {
			t.Fatalf("got %d relations, %v", len(res.Relations), err)
		}
		if n := len(f.requests()); n != 2 || e.Stats().Retries.Load() != 1 {
			t.Errorf("%d requests, %d retries; want 2, 1", n, e.Stats().Retries.Load())
		}
	})
	t.Run("503 twice then success", func(t *testing.T) {
		f := newFakeModel(t, func(n int, req chatRequest, w http.ResponseWriter, _ *http.Request) {
			if n < 2 {
				http.Error(w, "overloaded", http.StatusServiceUnavailable)
				return
			}
			good(req, w)
		})
		e := newTest(t, f, nil)
		if _, err := e.ExtractContext(context.Background(), sample); err != nil || len(f.requests()) != 3 {
			t.Fatalf("%d requests, %v", len(f.requests()), err)
		}
	})
	t.Run("500 always", func(t *testing.T) {
		f := newFakeModel(t, func(_ int, _ chatRequest, w http.ResponseWriter, _ *http.Request) {
			http.Error(w, "boom", http.StatusInternalServerError)
		})
		e := newTest(t, f, nil)
		_, err := e.ExtractContext(context.Background(), sample)
		if !errors.Is(err, ErrAPI) || !strings.Contains(err.Error(), "HTTP 500: boom") || len(f.requests()) != 3 {
			t.Fatalf("%d requests, %v; want 3 and ErrAPI", len(f.requests()), err)
		}
	})
	t.Run("401 not retried, key not in the error", func(t *testing.T) {
		const key = "sk-test-secret-123"
		f := newFakeModel(t, func(_ int, _ chatRequest, w http.ResponseWriter, r *http.Request) {
			http.Error(w, "invalid key "+strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer "), http.StatusUnauthorized)
		})
		e := newTest(t, f, func(c *Config) { c.APIKey = key })
		_, err := e.ExtractContext(context.Background(), sample)
		if !errors.Is(err, ErrAPI) || len(f.requests()) != 1 || !strings.Contains(err.Error(), "HTTP 401") {
			t.Fatalf("%d requests, %v", len(f.requests()), err)
		}
		if strings.Contains(err.Error(), key) || !strings.Contains(err.Error(), "[redacted]") {
			t.Errorf("the key is not redacted: %v", err)
		}
		if f.auth[0] != "Bearer "+key {
			t.Errorf("Authorization %q", f.auth[0])
		}
	})
}

// TestTimeout: a server slower than the timeout fails the document with
// a deadline error after the retries; the run is not stuck.
func TestTimeout(t *testing.T) {
	f := newFakeModel(t, func(_ int, _ chatRequest, _ http.ResponseWriter, r *http.Request) {
		<-r.Context().Done() // never answers
	})
	e := newTest(t, f, func(c *Config) { c.Timeout = 50 * time.Millisecond; c.Retries = 1 })
	_, err := e.ExtractContext(context.Background(), sample)
	if !errors.Is(err, context.DeadlineExceeded) || len(f.requests()) != 2 {
		t.Fatalf("%d requests, %v; want 2 and a deadline", len(f.requests()), err)
	}
}

// TestResponseFormatFallback: a server that refuses json_schema gets
// json_object, then none; the answer is still parsed strictly.
func TestResponseFormatFallback(t *testing.T) {
	f := newFakeModel(t, func(_ int, req chatRequest, w http.ResponseWriter, _ *http.Request) {
		if req.ResponseFormat != nil {
			http.Error(w, `{"error": "response_format is not supported by this model"}`, http.StatusBadRequest)
			return
		}
		answer(w, req, "<think>\nThe user wants JSON.\n</think>\n```json\n"+answerJSON(t, sampleAnswer)+"\n```")
	})
	e := newTest(t, f, nil)
	res, err := e.ExtractContext(context.Background(), sample)
	if err != nil || len(res.Relations) != 3 {
		t.Fatalf("%d relations, %v", len(res.Relations), err)
	}
	reqs := f.requests()
	if len(reqs) != 3 || reqs[0].ResponseFormat.Type != "json_schema" || reqs[1].ResponseFormat.Type != "json_object" || reqs[2].ResponseFormat != nil {
		t.Errorf("requests: %d", len(reqs))
	}
	if _, err := e.ExtractContext(context.Background(), sample+" More."); err != nil || len(f.requests()) != 4 {
		t.Errorf("the next document should go without response_format at once: %d requests, %v", len(f.requests()), err)
	}
}

// TestHallucinatedEvidence: a relation whose quote is not in the text, or
// names an entity the text does not, is dropped and counted; the others stay.
func TestHallucinatedEvidence(t *testing.T) {
	ans := sampleAnswer
	ans.Entities = append(append([]outEntity{}, ans.Entities...), outEntity{"Vladimir Putin", "PERSON"}, outEntity{"Atlantis", "SPACESHIP"})
	ans.Relations = append(append([]outRelation{}, ans.Relations...),
		outRelation{Subject: "China", Predicate: "threaten", Object: "Japan", Evidence: "China threatened Japan with retaliation."},
		outRelation{Subject: "China", Predicate: "impose sanctions on", Object: "North Korea", Evidence: "China"},
		outRelation{Subject: "Vladimir Putin", Predicate: "meet", Object: "Xi Jinping", Evidence: "Japan’s prime minister met Xi Jinping in Beijing."},
		outRelation{Subject: "China", Predicate: "meet", Object: "China", Evidence: "Japan’s prime minister met Xi Jinping in Beijing."})
	f := newFakeModel(t, func(_ int, req chatRequest, w http.ResponseWriter, _ *http.Request) {
		answer(w, req, answerJSON(t, ans))
	})
	e := newTest(t, f, nil)
	res, err := e.ExtractContext(context.Background(), sample)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Relations) != 3 {
		t.Errorf("%d relations, want the 3 the text bears out: %+v", len(res.Relations), res.Relations)
	}
	s := e.Stats()
	if s.NoEvidence.Load() != 2 || s.NoEntity.Load() != 2 || s.EntitiesDropped.Load() != 2 {
		t.Errorf("dropped: %d no evidence (want 2), %d no entity (want 2), %d entities (want 2)", s.NoEvidence.Load(), s.NoEntity.Load(), s.EntitiesDropped.Load())
	}
	if !strings.Contains(s.String(), "2 relations whose evidence is not in the text") {
		t.Errorf("summary: %s", s)
	}
}

// TestLongDocument: a text longer than the context is sent in chunks of
// whole paragraphs, each within the room left by the prompt and the
// answer; evidence found in a later chunk has offsets in the whole text.
func TestLongDocument(t *testing.T) {
	var b strings.Builder
	for i := range 40 {
		fmt.Fprintf(&b, "Paragraph %d says that France criticized Germany over the budget on day %d.\n\n", i, i)
	}
	b.WriteString("In the end Spain met Portugal in Madrid for talks.")
	text := article.Normalize(b.String())
	f := newFakeModel(t, func(_ int, req chatRequest, w http.ResponseWriter, _ *http.Request) {
		chunk := userText(req)
		o := output{Entities: []outEntity{{"France", "GPE"}, {"Germany", "GPE"}}}
		if i := strings.Index(chunk, "In the end"); i >= 0 {
			o.Entities = append(o.Entities, outEntity{"Spain", "GPE"}, outEntity{"Portugal", "GPE"})
			o.Relations = append(o.Relations, outRelation{Subject: "Spain", Predicate: "meet", Object: "Portugal", Evidence: "In the end Spain met Portugal in Madrid for talks."})
		}
		if strings.Contains(chunk, "Paragraph 0 ") {
			o.Relations = append(o.Relations, outRelation{Subject: "France", Predicate: "criticize", Object: "Germany", Evidence: "Paragraph 0 says that France criticized Germany over the budget on day 0."})
		}
		answer(w, req, answerJSON(t, o))
	})
	// 700 tokens of context: ~300 after the prompt and the answer, ~900 bytes a chunk.
	e := newTest(t, f, func(c *Config) { c.ContextTokens = promptTokens + 400 + 300; c.MaxOutputTokens = 400 })
	res, err := e.ExtractContext(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	reqs := f.requests()
	if len(reqs) < 3 {
		t.Fatalf("%d requests for %d bytes; want it split", len(reqs), len(text))
	}
	var joined strings.Builder
	for _, r := range reqs {
		c := userText(r)
		if len(c) > e.chunkBytes {
			t.Errorf("chunk of %d bytes, over %d", len(c), e.chunkBytes)
		}
		if !strings.HasPrefix(c, "Paragraph") && !strings.HasPrefix(c, "In the end") {
			t.Errorf("chunk does not start a paragraph: %q", clip(c, 40))
		}
		joined.WriteString(c)
	}
	if joined.String() != text {
		t.Error("the chunks do not make up the text")
	}
	if len(res.Relations) != 2 {
		t.Fatalf("relations: %+v", res.Relations)
	}
	for _, r := range res.Relations {
		ev := r.Evidence[0]
		if text[ev.Start:ev.End] != ev.Sentence {
			t.Errorf("%s: evidence %q at %d..%d is not the text's", r.Predicate, ev.Sentence, ev.Start, ev.End)
		}
	}
	if len(res.Entities) != 4 {
		t.Errorf("entities: %d", len(res.Entities))
	}
	for _, en := range res.Entities {
		if en.ID == "gpe/france" && len(en.Mentions) != 40 {
			t.Errorf("France: %d mentions, want 40", len(en.Mentions))
		}
	}
}

// TestCacheAndBudget: a document asked once is read from the cache the
// next time (no request, same result); once the budget is spent, a new
// document fails with ErrBudget while cached ones still come back.
func TestCacheAndBudget(t *testing.T) {
	f := newFakeModel(t, func(_ int, req chatRequest, w http.ResponseWriter, _ *http.Request) {
		answer(w, req, answerJSON(t, sampleAnswer))
	})
	dir := t.TempDir()
	e := newTest(t, f, func(c *Config) { c.CacheDir = dir; c.Budget = 100 })
	a := article.Article{ID: "doc-1", Text: sample}
	first, err := e.ExtractArticle(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	// A new Extractor (a new run) on the same cache.
	e2 := newTest(t, f, func(c *Config) { c.CacheDir = dir; c.Budget = 100 })
	again, err := e2.ExtractArticle(context.Background(), a)
	if err != nil || len(f.requests()) != 1 || e2.Stats().Cached.Load() != 1 {
		t.Fatalf("second run: %d requests, %d cached, %v", len(f.requests()), e2.Stats().Cached.Load(), err)
	}
	if j1, j2 := mustJSON(t, first), mustJSON(t, again); j1 != j2 {
		t.Error("the cached result differs")
	}
	// Another model, or another text under the same ID, asks again.
	e3 := newTest(t, f, func(c *Config) { c.CacheDir = dir; c.Model = "other" })
	if _, err := e3.ExtractArticle(context.Background(), a); err != nil || len(f.requests()) != 2 {
		t.Errorf("another model: %d requests, %v", len(f.requests()), err)
	}
	// The first run spent its budget (~300 tokens of prompt): a new document fails.
	_, err = e.ExtractArticle(context.Background(), article.Article{ID: "doc-2", Text: sample + " More."})
	if !errors.Is(err, ErrBudget) {
		t.Errorf("over budget: %v", err)
	}
	if _, err := e.ExtractArticle(context.Background(), a); err != nil {
		t.Errorf("a cached document over budget: %v", err)
	}
}

// TestMerge: the union keeps both extractors' relations, tags each
// evidence, and agreement raises confidence.
func TestMerge(t *testing.T) {
	x := rulesExtractor(t)
	rules := x.Extract(sample)
	f := newFakeModel(t, func(_ int, req chatRequest, w http.ResponseWriter, _ *http.Request) {
		answer(w, req, answerJSON(t, sampleAnswer))
	})
	u := Union{Rules: x, Model: newTest(t, f, nil)}
	res, err := u.ExtractContext(context.Background(), sample)
	if err != nil {
		t.Fatal(err)
	}
	find := func(rs []extract.Relation, s, p, o string) *extract.Relation {
		for i := range rs {
			if rs[i].Subject == s && rs[i].Predicate == p && rs[i].Object == o {
				return &rs[i]
			}
		}
		return nil
	}
	var agreed *extract.Relation
	for _, r := range rules.Relations {
		if m := find(res.Relations, r.Subject, r.Predicate, r.Object); m == nil {
			t.Errorf("rules relation lost: %s %s %s", r.Subject, r.Predicate, r.Object)
		} else if m.Confidence > r.Confidence {
			agreed = m
		}
	}
	if agreed == nil {
		t.Fatalf("no relation of the rules had its confidence raised by the model's agreement:\nrules %+v\nunion %+v", rules.Relations, res.Relations)
	}
	by := map[string]bool{}
	for _, ev := range agreed.Evidence {
		by[ev.Extractor] = true
	}
	if !by["rules"] || !by["llm"] {
		t.Errorf("agreed relation's evidence: %+v", agreed.Evidence)
	}
	if m := find(res.Relations, "person/kim-jong-un", "criticize", "gpe/china"); m == nil || m.Evidence[0].Extractor != "llm" {
		t.Errorf("the model's own relation: %+v", m)
	}
}
