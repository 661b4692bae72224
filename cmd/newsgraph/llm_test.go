package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/extract"
)

// fakeModelServer answers chat completions as a model that finds what
// the rules find in the text it is sent, and counts requests.
func fakeModelServer(t *testing.T, key string) (*httptest.Server, *atomic.Int64) {
	t.Helper()
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	var n atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		if r.Header.Get("Authorization") != "Bearer "+key {
			http.Error(w, "bad key", http.StatusUnauthorized)
			return
		}
		var req struct {
			Messages []struct{ Role, Content string }
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		text := strings.TrimPrefix(req.Messages[len(req.Messages)-1].Content, "Text:\n")
		res := x.Extract(text)
		name := map[string]string{}
		type ent struct {
			Name string `json:"name"`
			Type string `json:"type"`
		}
		type rel struct {
			Subject   string `json:"subject"`
			Predicate string `json:"predicate"`
			Object    string `json:"object"`
			Negated   bool   `json:"negated"`
			Modality  string `json:"modality"`
			Evidence  string `json:"evidence"`
		}
		out := struct {
			Entities  []ent `json:"entities"`
			Relations []rel `json:"relations"`
		}{[]ent{}, []rel{}}
		for _, e := range res.Entities {
			name[e.ID] = e.Name
			out.Entities = append(out.Entities, ent{e.Name, e.Type})
		}
		for _, rl := range res.Relations {
			out.Relations = append(out.Relations, rel{Subject: name[rl.Subject], Predicate: rl.Predicate, Object: name[rl.Object], Negated: rl.Negated, Evidence: rl.Evidence[0].Sentence})
		}
		content, _ := json.Marshal(out)
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{
			"choices": []any{map[string]any{"index": 0, "finish_reason": "stop", "message": map[string]any{"role": "assistant", "content": string(content)}}},
			"usage":   map[string]int{"prompt_tokens": 500, "completion_tokens": 100},
		})
	}))
	t.Cleanup(srv.Close)
	return srv, &n
}

// TestIngestWithModel: ingest --extractor both through a chat-completions
// server: the key comes from the environment and is not printed, the run
// summary gives tokens, a second run into another store reads the cache
// (no request), and extract --extractor llm prints evidence tagged llm.
func TestIngestWithModel(t *testing.T) {
	const key = "sk-cli-test-key"
	t.Setenv(envLLMKey, key)
	srv, n := fakeModelServer(t, key)
	ctx := context.Background()
	dir := t.TempDir()
	store := "leveldb:" + filepath.Join(dir, "db")
	args := []string{"ingest", "--quiet", "--store", store, "--extractor", "both", "--llm-url", srv.URL + "/v1", "--llm-model", "fake", "../../examples"}
	_, stderr, err := runCmd(t, ctx, args...)
	if err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	if n.Load() != 2 || !strings.Contains(stderr, "llm: 2 documents (0 from the cache, 0 failed)") || !strings.Contains(stderr, "1000 prompt + 200 completion tokens") {
		t.Errorf("%d requests; stderr:\n%s", n.Load(), stderr)
	}
	if strings.Contains(stderr, key) {
		t.Error("the API key is printed")
	}
	if _, err := os.Stat(filepath.Join(dir, "db-llm-cache")); err != nil {
		t.Errorf("no cache beside the store: %v", err)
	}
	// The same documents into a fresh store sharing the cache: no request.
	args[3] = "leveldb:" + filepath.Join(dir, "db2")
	_, stderr, err = runCmd(t, ctx, append(args[:len(args)-1], "--llm-cache", filepath.Join(dir, "db-llm-cache"), "../../examples")...)
	if err != nil || n.Load() != 2 || !strings.Contains(stderr, "llm: 2 documents (2 from the cache") {
		t.Errorf("cached run: %d requests, %v\n%s", n.Load(), err, stderr)
	}
	out, stderr, err := runCmd(t, ctx, "extract", "--extractor", "llm", "--llm-url", srv.URL+"/v1", "--llm-model", "fake", "../../examples/000_166b242293aaa39f.txt")
	if err != nil || !strings.Contains(out, `"extractor":"llm"`) || strings.Contains(out, `"extractor":"rules"`) {
		t.Errorf("extract --extractor llm: %v\n%s\n%s", err, clipOut(out), stderr)
	}
	// What the model path prints passes the import's validation.
	lines := filepath.Join(dir, "llm.jsonl")
	if err := os.WriteFile(lines, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, err := runCmd(t, ctx, "ingest", "--store", "memory", "--import", lines); err != nil || !strings.Contains(stderr, "1 added") {
		t.Errorf("ingest --import of extract --extractor llm: %v\n%s", err, stderr)
	}
	_, stderr, err = runCmd(t, ctx, "ingest", "--store", "memory", "--extractor", "llm", "../../examples")
	if err == nil || !strings.Contains(stderr, "--llm-url") {
		t.Errorf("llm without a URL: %v\n%s", err, stderr)
	}
	_, stderr, err = runCmd(t, ctx, "ingest", "--store", "memory", "--import", "--extractor", "llm", "--llm-url", srv.URL, "--llm-model", "fake", "x.jsonl")
	if !errors.Is(err, errUsage) || !strings.Contains(stderr, "--import stores") {
		t.Errorf("--import with --extractor llm: %v\n%s", err, stderr)
	}
}

func clipOut(s string) string {
	if len(s) > 400 {
		return s[:400] + "..."
	}
	return s
}

// TestServeStreamWithModel: serve --extractor both --stream ingests
// through the model while serving, and GraphQL gives each evidence's
// extractor.
func TestServeStreamWithModel(t *testing.T) {
	const key = "sk-serve-test-key"
	t.Setenv(envLLMKey, key)
	srv, _ := fakeModelServer(t, key)
	addr := freeAddr(t)
	base := "http://" + addr
	logs := startServeWith(t, http.DefaultClient, base, "--addr", addr, "--extractor", "both", "--llm-url", srv.URL+"/v1",
		"--llm-model", "fake", "--stream", "../../examples")
	q := graphQLBody(`{ relations(subject: "gpe/china", first: 50) { edges { node { predicate evidence { edges { node { extractor } } } } } } }`)
	var body string
	for range 100 {
		_, _, body = call(t, http.DefaultClient, http.MethodPost, base+"/graphql", "", "", "application/json", q)
		if strings.Contains(body, `"extractor":"rules"`) && strings.Contains(body, `"extractor":"llm"`) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if !strings.Contains(body, `"extractor":"rules"`) || !strings.Contains(body, `"extractor":"llm"`) {
		t.Errorf("GraphQL evidence extractors:\n%s\nlog:\n%s", clipOut(body), logs.String())
	}
	if strings.Contains(logs.String(), key) {
		t.Error("the API key is in the log")
	}
}

// TestExtractorFlagDefaults: with a model, --workers rises to
// --llm-concurrency and --doc-timeout goes, unless given.
func TestExtractorFlagDefaults(t *testing.T) {
	tests := []struct {
		args    []string
		workers int
		timeout time.Duration
	}{
		{[]string{}, 2, time.Minute},
		{[]string{"--extractor", "llm"}, 4, 0},
		{[]string{"--extractor", "both", "--llm-concurrency", "8"}, 8, 0},
		{[]string{"--extractor", "llm", "--workers", "1", "--doc-timeout", "5m"}, 1, 5 * time.Minute},
	}
	for _, tc := range tests {
		e := &env{stdout: io.Discard, stderr: io.Discard, getenv: func(string) (string, bool) { return "", false }}
		fs := e.newFlags("test", "", "")
		workers := fs.Int("workers", 2, "")
		timeout := fs.Duration("doc-timeout", time.Minute, "")
		xf := addExtractorFlags(fs)
		if err := fs.parse(tc.args); err != nil {
			t.Fatal(err)
		}
		if w, d := xf.workers(*workers), xf.docTimeout(*timeout); w != tc.workers || d != tc.timeout {
			t.Errorf("%q: workers %d, doc timeout %s; want %d, %s", tc.args, w, d, tc.workers, tc.timeout)
		}
	}
}
