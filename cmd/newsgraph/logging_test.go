package main

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestServeJSONLog: with --log-format json every line serve writes is a
// JSON record, --load's per-document notes and summary included (no plain
// lines among them), and each request gets an access record with its
// request ID, the client's X-Request-Id when sane.
func TestServeJSONLog(t *testing.T) {
	t.Setenv(envAPIKeys, "")
	addr := freeAddr(t)
	base := "http://" + addr
	client := &http.Client{Timeout: 10 * time.Second}
	logs := startServeWith(t, client, base, "--addr", addr, "--load", "../../examples", "--log-format", "json")
	req, _ := http.NewRequest("POST", base+"/graphql", strings.NewReader(graphQLBody(`query Docs { documents(first: 1) { totalCount } }`)))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Request-Id", "trace-42")
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if got := resp.Header.Get("X-Request-Id"); got != "trace-42" {
		t.Errorf("X-Request-Id: got %q, want the client's trace-42", got)
	}
	time.Sleep(100 * time.Millisecond) // the record is written after the answer
	msgs := map[string]map[string]any{}
	for line := range strings.Lines(logs.String()) {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("not a JSON record: %q\n%s", line, logs.String())
		}
		msg, _ := rec["msg"].(string)
		if msg == "request" && rec["path"] == "/healthz" {
			t.Errorf("a probe logged at INFO: %s", line)
		}
		if msg == "request" && rec["path"] != "/graphql" {
			continue
		}
		msgs[msg] = rec
	}
	if r := msgs["request"]; r == nil || r["request_id"] != "trace-42" || r["status"] != float64(200) || r["method"] != "POST" {
		t.Errorf("access record %v: want POST /graphql 200 with request_id trace-42", r)
	}
	if r := msgs["ingested"]; r == nil || r["added"] != float64(2) {
		t.Errorf("--load summary record %v: want added 2", r)
	}
}

// TestLogFlags: a wrong --log-format or --log-level is a usage error;
// --log-level warn drops the access records.
func TestLogFlags(t *testing.T) {
	for _, args := range [][]string{
		{"serve", "--log-format", "xml"},
		{"serve", "--log-format", "plain"},
		{"serve", "--log-level", "loud"},
		{"ingest", "--log-format", "yaml", "x"},
	} {
		if _, stderr, err := runCmd(t, context.Background(), args...); !errors.Is(err, errUsage) || !strings.Contains(stderr, args[1]) {
			t.Errorf("%q: got %v, want a usage error naming %s:\n%s", args, err, args[1], stderr)
		}
	}
	t.Setenv(envAPIKeys, "")
	addr := freeAddr(t)
	client := &http.Client{Timeout: 10 * time.Second}
	logs := startServeWith(t, client, "http://"+addr, "--addr", addr, "--log-level", "warn")
	call(t, client, "POST", "http://"+addr+"/graphql", "", "", "application/json", graphQLBody(`{ documents(first: 1) { totalCount } }`))
	time.Sleep(100 * time.Millisecond)
	if strings.Contains(logs.String(), "msg=request") || strings.Contains(logs.String(), "level=INFO") {
		t.Errorf("--log-level warn logged INFO records:\n%s", logs.String())
	}

	// ingest --log-format json: records, not lines for people.
	store := "--store=leveldb:" + filepath.Join(t.TempDir(), "db")
	_, stderr, err := runCmd(t, context.Background(), "ingest", store, "--log-format", "json", "../../examples")
	if err != nil {
		t.Fatal(err)
	}
	for line := range strings.Lines(stderr) {
		if !json.Valid([]byte(line)) {
			t.Errorf("ingest --log-format json wrote a line that is not JSON: %q", line)
		}
	}
	if !strings.Contains(stderr, `"msg":"ingested"`) {
		t.Errorf("no ingested record:\n%s", stderr)
	}
}

// TestServeBusyPort: a port in use is reported before the store is
// loaded and the read index built.
func TestServeBusyPort(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	store := "--store=leveldb:" + filepath.Join(t.TempDir(), "db")
	_, stderr, err := runCmd(t, context.Background(), "serve", store, "--addr", ln.Addr().String(), "--load", "../../examples")
	if err == nil || !strings.Contains(err.Error(), "--addr") || !strings.Contains(err.Error(), "in use") {
		t.Errorf("got %v, want an --addr error saying the address is in use", err)
	}
	if strings.Contains(stderr, "read index built") || strings.Contains(stderr, "ingested") {
		t.Errorf("serve loaded or built the index before finding the port busy:\n%s", stderr)
	}
}
