package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

func runCmd(t *testing.T, ctx context.Context, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	err = run(ctx, args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), err
}

func TestExtractCommand(t *testing.T) {
	out, stderr, err := runCmd(t, context.Background(), "extract", "../../examples", "../../examples/missing.txt")
	if !errors.Is(err, errFailed) {
		t.Fatalf("extract with a missing file: got %v, want errFailed", err)
	}
	if !strings.Contains(stderr, "missing.txt") {
		t.Errorf("stderr does not name the missing file:\n%s", stderr)
	}
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<24)
	type line struct {
		Document struct {
			ID, Source, Title string
			Published         *string
		}
		Entities []struct {
			ID, Name, Type string
			Mentions       []struct {
				Start, End int
				Text       string
			}
		}
		Relations []struct {
			Subject, Predicate, Object string
			Evidence                   []struct{ Start, End int }
		}
	}
	var facts []string
	n := 0
	for sc.Scan() {
		n++
		var l line
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("line %d is not JSON: %v", n, err)
		}
		if l.Document.ID == "" || l.Document.Source == "" || len(l.Entities) == 0 {
			t.Errorf("line %d lacks document id, source or entities", n)
		}
		for _, r := range l.Relations {
			facts = append(facts, r.Subject+" "+r.Predicate+" "+r.Object)
			if len(r.Evidence) == 0 || r.Evidence[0].End <= r.Evidence[0].Start {
				t.Errorf("relation %s %s %s has no evidence span", r.Subject, r.Predicate, r.Object)
			}
		}
	}
	if n != 2 {
		t.Fatalf("got %d lines, want 2", n)
	}
	all := strings.Join(facts, "\n")
	for _, want := range []string{"gpe/china sanction gpe/north-korea", "person/donald-trump criticize person/rex-tillerson"} {
		if !strings.Contains(all, want) {
			t.Errorf("missing relation %q in:\n%s", want, all)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"nope"}, {"extract"}, {"ingest"}, {"export", "stray"}} {
		if _, _, err := runCmd(t, context.Background(), args...); !errors.Is(err, errUsage) {
			t.Errorf("run(%q): got %v, want errUsage", args, err)
		}
	}
}

// TestIngestServeExport is the README's first command end to end: load the
// examples into a LevelDB store, serve them, ask GraphQL for the seed
// relations, stop, start again on the same store (nothing ingested twice),
// and export.
func TestIngestServeExport(t *testing.T) {
	store := "leveldb:" + filepath.Join(t.TempDir(), "db")
	_, stderr, err := runCmd(t, context.Background(), "ingest", "--store", store, "../../examples")
	if err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	if !strings.Contains(stderr, "2 added") {
		t.Errorf("ingest summary: got %q, want 2 added", stderr)
	}

	serveOnce := func() string {
		addr := freeAddr(t)
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		var errb safeBuffer
		go func() {
			done <- run(ctx, []string{"serve", "--store", store, "--addr", addr, "--load", "../../examples"}, strings.NewReader(""), io.Discard, &errb)
		}()
		waitHealthy(t, "http://"+addr+"/healthz", done)
		body := postGraphQL(t, "http://"+addr+"/graphql", `{ entity(id: "gpe/china") { name relations(direction: OUT, predicate: "sanction") { edges { node { object { id } evidence { edges { node { sentence document { id } } } } } } } } }`)
		cancel()
		if err := <-done; err != nil {
			t.Fatalf("serve: %v\n%s", err, errb.String())
		}
		if !strings.Contains(body, `"gpe/north-korea"`) || !strings.Contains(body, `"sentence"`) {
			t.Errorf("China -sanction-> North Korea not served with evidence: %s", body)
		}
		return errb.String()
	}
	logs := serveOnce()
	if !strings.Contains(logs, "0 added, 2 already stored") {
		t.Errorf("second start ingested again: %s", logs)
	}
	out, stderr, err := runCmd(t, context.Background(), "export", "--store", store, "--format", "nquads", "--predicate", "criticize")
	if err != nil {
		t.Fatalf("export: %v\n%s", err, stderr)
	}
	if !strings.Contains(out, "<ng:e/person/donald-trump> <ng:r/criticize> <ng:e/person/rex-tillerson>") {
		t.Errorf("export lacks Trump -criticize-> Tillerson:\n%s", out)
	}
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func waitHealthy(t *testing.T, url string, done <-chan error) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case err := <-done:
			t.Fatalf("serve stopped early: %v", err)
		default:
		}
		resp, err := http.Get(url)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("%s never answered", url)
}

func postGraphQL(t *testing.T, url, q string) string {
	t.Helper()
	b, _ := json.Marshal(map[string]string{"query": q})
	resp, err := http.Post(url, "application/json", bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("POST %s: %s: %s", url, resp.Status, body)
	}
	return string(body)
}

// safeBuffer is a bytes.Buffer safe for the serve goroutine and the test.
type safeBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *safeBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *safeBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestServeProcs(t *testing.T) {
	base := runtime.GOMAXPROCS(0)
	for _, tc := range []struct {
		name, env string
		want      int
	}{
		{"twice the runtime's choice", "", 2 * base},
		{"GOMAXPROCS set by the user wins", "3", base},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.env != "" {
				t.Setenv("GOMAXPROCS", tc.env)
			} else {
				t.Setenv("GOMAXPROCS", "")
				os.Unsetenv("GOMAXPROCS")
			}
			if got := serveProcs(); got != tc.want {
				t.Errorf("serveProcs() = %d, want %d", got, tc.want)
			}
		})
	}
}

// TestServeStream starts serve on an empty store with a JSON Lines feed on
// stdin and the examples folder to stream in, and expects their relations
// to become queryable while it serves.
func TestServeStream(t *testing.T) {
	store := "leveldb:" + filepath.Join(t.TempDir(), "db")
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	feed := `{"id":"feed-1","title":"Feed item","text":"Japan imposed sanctions on Russia on Monday."}` + "\n"
	done := make(chan error, 1)
	var errb safeBuffer
	go func() {
		done <- run(ctx, []string{"serve", "--store", store, "--addr", addr, "--stream", "-", "--stream", "../../examples"},
			strings.NewReader(feed), io.Discard, &errb)
	}()
	waitHealthy(t, "http://"+addr+"/healthz", done)
	q := `{ a: relations(subject: "gpe/japan") { totalCount edges { node { object { id } } } }
	        b: relations(subject: "person/donald-trump", predicate: "criticize") { totalCount } }`
	deadline := time.Now().Add(30 * time.Second)
	var body string
	for time.Now().Before(deadline) {
		body = postGraphQL(t, "http://"+addr+"/graphql", q)
		if strings.Contains(body, `"gpe/russia"`) && !strings.Contains(body, `"totalCount":0`) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if !strings.Contains(body, `"gpe/russia"`) || strings.Contains(body, `"totalCount":0`) {
		t.Fatalf("streamed documents not served after 30s: %s\n%s", body, errb.String())
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("serve: %v\n%s", err, errb.String())
	}
	if logs := errb.String(); !strings.Contains(logs, "streamed in") || !strings.Contains(logs, "3 added") {
		t.Errorf("serve logs lack the stream's summary (3 added):\n%s", logs)
	}
}
