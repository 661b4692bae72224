package main

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/newsgraph/newsgraph/internal/testenv"
)

// TestBenchServe runs the load test briefly on the seed documents: every
// section is printed, every query kind was sent, and no legitimate request
// failed. Timings are not asserted.
func TestBenchServe(t *testing.T) {
	seeds := filepath.Join(testenv.SharedDir(t), "seeds")
	out, stderr, err := runCmd(t, context.Background(), "bench", "serve", "--load", seeds, "--clients", "2", "--duration", "300ms")
	if err != nil {
		t.Fatalf("bench serve: %v\n%s", err, stderr)
	}
	for _, want := range []string{"store ", "server ", "workload ", "== 2 clients, quiet:", "deadline: ", "server: handlers done ", "resources: peak RSS "} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if m := regexp.MustCompile(`== 2 clients, quiet: (\d+) legit requests .*, (\d+) errors, (\d+) refused BUSY`).FindStringSubmatch(out); m == nil {
		t.Errorf("no run summary line:\n%s", out)
	} else if m[1] == "0" || m[2] != "0" {
		t.Errorf("quiet run: %s requests, %s errors; want some requests and no errors:\n%s", m[1], m[2], out)
	}
	// One row per kind: name, requests, req/s, p50, p99, max, busy, errors.
	for _, k := range benchKinds {
		m := regexp.MustCompile(`(?m)^  ` + k.name + `\s+(\d+)\s+\S+\s+\S+\s+\S+\s+\S+\s+(\d+)\s+(\S+)`).FindStringSubmatch(out)
		switch {
		case m == nil:
			t.Errorf("no row for %s:\n%s", k.name, out)
		case m[1] == "0":
			t.Errorf("%s: no request sent:\n%s", k.name, out)
		case m[3] != "0":
			t.Errorf("%s: %s errors, want 0:\n%s", k.name, m[3], out)
		}
	}
	if strings.Contains(out, "PAST the") || strings.Contains(out, "STILL RUNNING") {
		t.Errorf("a request ran past its deadline:\n%s", out)
	}
}

func TestBenchServeUsage(t *testing.T) {
	for _, args := range [][]string{
		{"bench", "serve"}, // neither --store nor --load
		{"bench", "serve", "--load", "x", "--clients", "0"},
		{"bench", "serve", "--load", "x", "--clients", "20,"},
		{"bench", "serve", "--load", "x", "--duration", "0s"},
		{"bench", "serve", "--load", "x", "--attackers", "0"},
		{"bench", "serve", "--load", "x", "--attacks", "fragments,slowloris"},
	} {
		if _, _, err := runCmd(t, context.Background(), args...); !errors.Is(err, errUsage) {
			t.Errorf("run(%q): got %v, want errUsage", args, err)
		}
	}
}

// The fan-out is the one of issue 12: about 1.3 KB, 31 fragments, each
// level spreading the one below twice, and valid GraphQL.
func TestFragmentBomb(t *testing.T) {
	q := fragmentBomb(30, "gpe/united-kingdom")
	if n := len(q); n < 1000 || n > 1600 {
		t.Errorf("fragmentBomb(30): %d bytes, want about 1.3 KB", n)
	}
	doc, err := parser.ParseQuery(&ast.Source{Input: q})
	if err != nil {
		t.Fatalf("fragmentBomb(30) does not parse: %v\n%s", err, q)
	}
	if got, want := len(doc.Fragments), 31; got != want {
		t.Errorf("fragments: got %d, want %d", got, want)
	}
	for _, f := range doc.Fragments[1:] {
		if len(f.SelectionSet) != 2 {
			t.Errorf("fragment %s spreads %d selections, want 2", f.Name, len(f.SelectionSet))
		}
	}
	if len(doc.Operations) != 1 || !strings.Contains(q, `entity(id: "gpe/united-kingdom") { ...F30 }`) {
		t.Errorf("the operation does not spread F30 on the entity:\n%s", q)
	}
}

// post names what a request got from the status and the error code of
// each kind of answer the server gives.
func TestBenchOutcome(t *testing.T) {
	tests := []struct {
		name   string
		status int
		body   string
		want   string
		busy   bool
	}{
		{"data", 200, `{"data":{"topEntities":[]}}`, "", false},
		{"graphql error code", 200, `{"errors":[{"message":"too many fields","extensions":{"code":"FIELD_LIMIT_EXCEEDED"}}],"data":null}`, "200 FIELD_LIMIT_EXCEEDED", false},
		{"graphql busy", 200, `{"errors":[{"message":"busy","extensions":{"code":"BUSY"}}],"data":{"neighborhood":null}}`, "200 BUSY", true},
		{"graphql error without code", 422, `{"errors":[{"message":"bad"}]}`, "422 GRAPHQL_ERROR", false},
		{"gizmo busy", 503, `{"error":"2 Gizmo queries are running","code":"BUSY"}`, "503 BUSY", true},
		{"gizmo memory", 422, `{"error":"query stopped","code":"MEMORY_LIMIT"}`, "422 MEMORY_LIMIT", false},
		{"gizmo results", 200, `{"result":[{"id":"China"}],"truncated":false}`, "", false},
		{"not JSON", 502, `bad gateway`, "502", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "application/json")
				w.WriteHeader(tc.status)
				_, _ = w.Write([]byte(tc.body))
			}))
			defer srv.Close()
			b := &loadBench{base: srv.URL}
			for _, attack := range []bool{false, true} {
				o := b.post(context.Background(), srv.Client(), "/graphql", map[string]any{"query": "{x}"}, attack)
				if o.failure != tc.want {
					t.Errorf("post (attack %v): failure %q, want %q", attack, o.failure, tc.want)
				}
				if o.bytes != int64(len(tc.body)) {
					t.Errorf("post (attack %v): %d bytes, want %d", attack, o.bytes, len(tc.body))
				}
				if o.failure != "" && busy(o.failure) != tc.busy {
					t.Errorf("busy(%q) = %v, want %v", o.failure, !tc.busy, tc.busy)
				}
			}
		})
	}
}

func TestLatencies(t *testing.T) {
	var l latencies
	for i := 1; i <= 200; i++ {
		o := outcome{latency: time.Duration(i) * time.Millisecond}
		switch {
		case i%50 == 0:
			o.failure = "503 BUSY"
		case i%100 == 1:
			o.failure = "200 TIMEOUT"
		}
		l.add(o)
	}
	if got, want := l.p(50), 101*time.Millisecond; got != want {
		t.Errorf("p50: got %v, want %v", got, want)
	}
	if got, want := l.p(99), 199*time.Millisecond; got != want {
		t.Errorf("p99: got %v, want %v", got, want)
	}
	if got, want := l.max(), 200*time.Millisecond; got != want {
		t.Errorf("max: got %v, want %v", got, want)
	}
	if got, want := l.errorCount(), 2; got != want {
		t.Errorf("errors: got %d, want %d", got, want)
	}
	if got, want := l.refused(), 4; got != want {
		t.Errorf("refused: got %d, want %d", got, want)
	}
	if got, want := l.failureList(true), "4 x 503 BUSY, 2 x 200 TIMEOUT"; got != want {
		t.Errorf("failureList(true): got %q, want %q", got, want)
	}
	if got, want := l.failureList(false), "2 x 200 TIMEOUT"; got != want {
		t.Errorf("failureList(false): got %q, want %q", got, want)
	}
}
