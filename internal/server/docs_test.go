package server_test

import (
	"bufio"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/server"
	"github.com/newsgraph/newsgraph/internal/testenv"
)

// example is one fenced block of docs/api.md.
type example struct {
	lang string
	line int
	body string
}

func readExamples(t *testing.T, path string) []example {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []example
	var cur *example
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case cur == nil && strings.HasPrefix(line, "```") && len(line) > 3:
			cur = &example{lang: strings.TrimPrefix(line, "```"), line: n}
		case cur != nil && line == "```":
			out = append(out, *cur)
			cur = nil
		case cur != nil:
			cur.body += line + "\n"
		}
	}
	return out
}

// TestDocExamples runs every example of docs/api.md against a store holding
// the fixture and the two seed articles, through the server's handler.
func TestDocExamples(t *testing.T) {
	root := testenv.RepoRoot(t)
	e := newEnv(t, server.Config{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	ing := ingest.New(x, e.st)
	seeds, _ := filepath.Glob(filepath.Join(root, "examples", "*.txt"))
	if len(seeds) != 2 {
		t.Fatalf("seed articles: got %d, want 2", len(seeds))
	}
	ctx := context.Background()
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		id, _, err := ing.Ingest(ctx, string(b), "", "examples/"+filepath.Base(p), nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := e.svc.IndexDocument(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer(e.h)
	defer srv.Close()

	examples := readExamples(t, filepath.Join(root, "docs", "api.md"))
	counts := map[string]int{}
	for _, ex := range examples {
		counts[ex.lang]++
		t.Run(ex.lang+"@"+itoa(ex.line), func(t *testing.T) {
			switch {
			case ex.lang == "graphql" && strings.HasPrefix(strings.TrimSpace(ex.body), "subscription"):
				runSubscription(t, srv.URL, ex.body)
			case ex.lang == "graphql":
				body, _ := json.Marshal(map[string]string{"query": ex.body})
				resp := post(t, srv.URL+"/graphql", "application/json", string(body))
				var r struct {
					Data   map[string]any    `json:"data"`
					Errors []json.RawMessage `json:"errors"`
				}
				if err := json.Unmarshal([]byte(resp), &r); err != nil {
					t.Fatalf("%s: %v", resp, err)
				}
				if len(r.Errors) > 0 || len(r.Data) == 0 {
					t.Fatalf("answer: %s", resp)
				}
				for k, v := range r.Data {
					if v == nil || isEmpty(v) {
						t.Errorf("field %s is empty: %s", k, resp)
					}
				}
			case ex.lang == "http":
				target := strings.TrimPrefix(strings.TrimSpace(ex.body), "GET ")
				res, err := http.Get(srv.URL + target)
				if err != nil {
					t.Fatal(err)
				}
				defer res.Body.Close()
				if res.StatusCode != http.StatusOK || res.Header.Get("Content-Length") == "0" {
					t.Fatalf("GET %s: %s", target, res.Status)
				}
			case ex.lang == "gizmo":
				resp := post(t, srv.URL+"/gizmo", "application/x-gizmo", ex.body)
				var r struct {
					Result []map[string]any `json:"result"`
				}
				if err := json.Unmarshal([]byte(resp), &r); err != nil {
					t.Fatalf("%s: %v", resp, err)
				}
				if len(r.Result) != 1 || r.Result[0]["entity"] != "<ng:e/gpe/north-korea>" || r.Result[0]["name"] != "North Korea" {
					t.Errorf("the entities China sanctions: got %s, want North Korea", resp)
				}
			default:
				t.Fatalf("unknown example language %q", ex.lang)
			}
		})
	}
	if counts["graphql"] < 12 || counts["http"] < 3 || counts["gizmo"] != 1 {
		t.Errorf("examples found: %v", counts)
	}
}

func isEmpty(v any) bool {
	switch x := v.(type) {
	case []any:
		return len(x) == 0
	case map[string]any:
		if edges, ok := x["edges"].([]any); ok && len(edges) == 0 {
			return true
		}
		if nodes, ok := x["nodes"].([]any); ok && len(nodes) == 0 {
			return true
		}
	}
	return false
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

func post(t *testing.T, url, contentType, body string) string {
	t.Helper()
	res, err := http.Post(url, contentType, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var sb strings.Builder
	_, _ = bufio.NewReader(res.Body).WriteTo(&sb)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("POST %s: %s %s", url, res.Status, sb.String())
	}
	return sb.String()
}

// runSubscription subscribes, ingests a document stating a criticism, and
// expects one event.
func runSubscription(t *testing.T, base, q string) {
	t.Helper()
	subscribeAndIngest(t, base, q, `mutation { ingestDocument(text: "Angela Merkel criticized Donald Trump over trade.", title: "Docs") { added } }`)
}
