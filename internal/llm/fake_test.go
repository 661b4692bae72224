package llm

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/extract"
)

// fakeModel is an OpenAI-compatible chat-completions server for tests:
// answer decides each reply from the request number (0, 1, ...) and the
// request.
type fakeModel struct {
	*httptest.Server
	answer func(n int, req chatRequest, w http.ResponseWriter, r *http.Request)
	mu     sync.Mutex
	reqs   []chatRequest
	auth   []string
}

func newFakeModel(t testing.TB, answer func(n int, req chatRequest, w http.ResponseWriter, r *http.Request)) *fakeModel {
	t.Helper()
	f := &fakeModel{answer: answer}
	f.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || r.URL.Path != "/v1/chat/completions" {
			http.Error(w, "not found", http.StatusNotFound)
			return
		}
		var req chatRequest
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, "bad request body: "+err.Error(), http.StatusBadRequest)
			return
		}
		f.mu.Lock()
		n := len(f.reqs)
		f.reqs = append(f.reqs, req)
		f.auth = append(f.auth, r.Header.Get("Authorization"))
		f.mu.Unlock()
		f.answer(n, req, w, r)
	}))
	t.Cleanup(f.Close)
	return f
}

func (f *fakeModel) requests() []chatRequest {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]chatRequest(nil), f.reqs...)
}

// url is the API root, as a user gives it.
func (f *fakeModel) url() string { return f.URL + "/v1" }

// userText is the text of the request's user message.
func userText(req chatRequest) string {
	for _, m := range req.Messages {
		if m.Role == "user" {
			return strings.TrimPrefix(m.Content, "Text:\n")
		}
	}
	return ""
}

// answer writes a chat completion with content and a usage estimated at 4
// bytes a token of what was sent and answered (the test server's count).
func answer(w http.ResponseWriter, req chatRequest, content string) {
	in := 0
	for _, m := range req.Messages {
		in += len(m.Content)
	}
	body := map[string]any{
		"id": "chatcmpl-test", "object": "chat.completion", "model": req.Model,
		"choices": []any{map[string]any{"index": 0, "finish_reason": "stop",
			"message": map[string]any{"role": "assistant", "content": content}}},
		"usage": map[string]any{"prompt_tokens": in/4 + 1, "completion_tokens": len(content)/4 + 1, "total_tokens": (in+len(content))/4 + 2},
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(body)
}

// answerJSON marshals a model answer.
func answerJSON(t testing.TB, o output) string {
	t.Helper()
	if o.Entities == nil {
		o.Entities = []outEntity{}
	}
	if o.Relations == nil {
		o.Relations = []outRelation{}
	}
	b, err := json.Marshal(o)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// rulesModel answers as a model that found what the rules find in the
// text it is sent: a realistic answer in size and shape, with the
// evidence quoted from the text.
func rulesModel(t testing.TB, x *extract.Extractor) func(int, chatRequest, http.ResponseWriter, *http.Request) {
	return func(_ int, req chatRequest, w http.ResponseWriter, _ *http.Request) {
		text := userText(req)
		res := x.Extract(text)
		name := map[string]string{}
		var o output
		for _, e := range res.Entities {
			name[e.ID] = e.Name
			o.Entities = append(o.Entities, outEntity{Name: e.Name, Type: e.Type})
		}
		for _, r := range res.Relations {
			for _, ev := range r.Evidence {
				o.Relations = append(o.Relations, outRelation{Subject: name[r.Subject], Predicate: r.Predicate, Object: name[r.Object],
					Negated: r.Negated, Modality: knownModality(ev.Modality), Evidence: ev.Sentence})
			}
		}
		answer(w, req, answerJSON(t, o))
	}
}

func knownModality(m string) string {
	if modalities[m] {
		return m
	}
	return "reported"
}

var (
	testX     *extract.Extractor
	testXOnce sync.Once
)

func rulesExtractor(t testing.TB) *extract.Extractor {
	t.Helper()
	testXOnce.Do(func() {
		x, err := extract.New()
		if err != nil {
			t.Fatal(err)
		}
		testX = x
	})
	return testX
}

// newTest is an Extractor talking to f, with short waits.
func newTest(t testing.TB, f *fakeModel, edit func(*Config)) *Extractor {
	t.Helper()
	cfg := Config{URL: f.url(), Model: "test-model", Backoff: time.Millisecond, Retries: 2, Timeout: 5 * time.Second}
	if edit != nil {
		edit(&cfg)
	}
	e, err := New(cfg, rulesExtractor(t))
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func jsonMarshal(v any) (string, error) {
	b, err := json.Marshal(v)
	return string(b), err
}

func writeFile(t testing.TB, name, s string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}
