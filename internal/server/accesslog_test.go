package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/logging"
)

// TestAccessLog: one JSON record per request with its method, path,
// status, bytes, the key's name and a request ID (the client's when sane,
// else 16 hex digits, sent back), which the handlers' own records carry
// too; 5xx at ERROR, probes at DEBUG.
func TestAccessLog(t *testing.T) {
	token, key, _ := auth.Generate("alice", []auth.Scope{auth.Read})
	keys, _ := auth.NewKeys(key)
	var buf bytes.Buffer
	log, err := logging.New(&buf, "json", slog.LevelDebug)
	if err != nil {
		t.Fatal(err)
	}
	gql := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		log.InfoContext(r.Context(), "inside") // carries the request ID
		if r.URL.Query().Get("panic") != "" {
			panic("boom")
		}
		_, _ = io.WriteString(w, `{"data":{}}`)
	})
	h := New(Config{GraphQL: gql, Logger: log, AccessLog: true, Keys: keys, Pinger: pingOK{}, AllowedHosts: []string{"example.com"}})
	hexID := regexp.MustCompile(`^[0-9a-f]{16}$`)
	tests := []struct {
		name       string
		target     string
		id         string
		key        string
		wantID     string // "" for a made one
		wantStatus int
		wantLevel  string
		wantKey    string
	}{
		{"client's id kept", "/graphql", "abc-123_x.y:z", "", "abc-123_x.y:z", 200, "INFO", ""},
		{"key named", "/graphql", "", token, "", 200, "INFO", "alice"},
		{"id with a space replaced", "/graphql", "bad id", "", "", 200, "INFO", ""},
		{"id with a newline replaced", "/graphql", "a\x01b", "", "", 200, "INFO", ""},
		{"id too long replaced", "/graphql", strings.Repeat("a", 129), "", "", 200, "INFO", ""},
		{"panic is an error", "/graphql?panic=1&query=secret", "", "", "", 500, "ERROR", ""},
		{"probe at debug", "/readyz", "", "", "", 200, "DEBUG", ""},
		{"not found", "/nothing", "", "", "", 404, "INFO", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			buf.Reset()
			r := httptest.NewRequest("GET", tc.target, nil)
			if tc.id != "" {
				r.Header.Set(RequestIDHeader, tc.id)
			}
			if tc.key != "" {
				r.Header.Set("Authorization", "Bearer "+tc.key)
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, r)
			id := w.Header().Get(RequestIDHeader)
			if tc.wantID != "" && id != tc.wantID || tc.wantID == "" && !hexID.MatchString(id) {
				t.Errorf("X-Request-Id %q, want %q (or 16 hex digits)", id, tc.wantID)
			}
			var access map[string]any
			inner := 0
			for line := range strings.Lines(buf.String()) {
				var rec map[string]any
				if err := json.Unmarshal([]byte(line), &rec); err != nil {
					t.Fatalf("not a JSON record: %q", line)
				}
				if rec["request_id"] != id {
					t.Errorf("record without the request ID %q: %s", id, line)
				}
				switch rec["msg"] {
				case "request":
					access = rec
				case "inside":
					inner++
				}
			}
			if access == nil {
				t.Fatalf("no access record:\n%s", buf.String())
			}
			if access["status"] != float64(tc.wantStatus) || access["level"] != tc.wantLevel || access["method"] != "GET" || access["path"] != strings.Split(tc.target, "?")[0] {
				t.Errorf("access record %v: want status %d at %s, method and path without the query", access, tc.wantStatus, tc.wantLevel)
			}
			if k, _ := access["key"].(string); k != tc.wantKey {
				t.Errorf("key %q, want %q", k, tc.wantKey)
			}
			if tc.target == "/graphql" && (access["bytes"] != float64(len(`{"data":{}}`)) || inner != 1) {
				t.Errorf("bytes %v, inner records %d: want %d and 1", access["bytes"], inner, len(`{"data":{}}`))
			}
		})
	}
}

// BenchmarkAccessLog measures what the access log adds to a request: the
// same small GraphQL-like answer with and without it, JSON records written
// to io.Discard.
func BenchmarkAccessLog(b *testing.B) {
	log, _ := logging.New(io.Discard, "json", slog.LevelInfo)
	gql := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = io.WriteString(w, `{"data":{}}`) })
	for _, on := range []bool{false, true} {
		name := "off"
		if on {
			name = "on"
		}
		b.Run(name, func(b *testing.B) {
			h := New(Config{GraphQL: gql, Logger: log, AccessLog: on, AllowedHosts: []string{"example.com"}})
			r := httptest.NewRequest("POST", "/graphql", nil)
			for b.Loop() {
				h.ServeHTTP(httptest.NewRecorder(), r)
			}
		})
	}
}

type pingOK struct{}

func (pingOK) Ping(context.Context) error { return nil }
