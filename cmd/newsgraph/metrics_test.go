package main

import (
	"bufio"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/auth"
)

// TestMetrics serves with --load, sends queries (named, anonymous, one
// that does not parse) and an ingestDocument mutation, then scrapes
// /metrics and finds each counted: operations by name with their latency,
// error codes, ingested documents and quads, the read index's and the
// store's size, and the Go runtime.
func TestMetrics(t *testing.T) {
	t.Setenv(envAPIKeys, "")
	addr := freeAddr(t)
	base := "http://" + addr
	client := &http.Client{Timeout: 10 * time.Second}
	startServeWith(t, client, base, "--addr", addr, "--load", "../../examples")

	for _, q := range []string{
		`query Docs { documents(first: 1) { totalCount } }`,
		`query Docs { documents(first: 2) { totalCount } }`,
		`{ documents(first: 1) { totalCount } }`,
		`{ documents(first: 1) { totalCount }`,
		`query Missing { neighborhood(entity: "gpe/nowhere") { nodes { id } } }`,
		ingestMutation,
	} {
		if status, _, body := call(t, client, "POST", base+"/graphql", "", "", "application/json", graphQLBody(q)); status >= 500 {
			t.Fatalf("%s: %d %s", q, status, body)
		}
	}
	m := scrape(t, client, base, "")
	want := map[string]float64{
		`newsgraph_graphql_operations_total{operation="Docs",type="query"}`:                            2,
		`newsgraph_graphql_operation_duration_seconds_count{operation="Docs",type="query"}`:            2,
		`newsgraph_graphql_operations_total{operation="anonymous",type="query"}`:                       1,
		`newsgraph_graphql_operations_total{operation="anonymous",type="mutation"}`:                    1,
		`newsgraph_graphql_operations_total{operation="unknown",type="unknown"}`:                       1,
		`newsgraph_graphql_errors_total{code="GRAPHQL_PARSE_FAILED",operation="unknown"}`:              1,
		`newsgraph_ingest_documents_total{outcome="added"}`:                                            3, // two --load, one mutation
		`newsgraph_ingest_documents_total{outcome="failed"}`:                                           0,
		`newsgraph_read_index_documents`:                                                               3,
		`newsgraph_graphql_subscriptions_open`:                                                         0,
		`newsgraph_graphql_operation_duration_seconds_bucket{operation="Docs",type="query",le="+Inf"}`: 2,
	}
	for k, v := range want {
		got, ok := m[k]
		if !ok || got != v {
			t.Errorf("%s: got %v (present %v), want %v", k, got, ok, v)
		}
	}
	for _, k := range []string{`newsgraph_ingest_quads_total`, `newsgraph_store_quads`, `newsgraph_read_index_entities`, `newsgraph_read_index_relations`, `go_goroutines`, `newsgraph_read_index_build_seconds`} {
		if m[k] <= 0 {
			t.Errorf("%s: got %v, want > 0", k, m[k])
		}
	}
	if k := `newsgraph_graphql_errors_total{code="NOT_FOUND",operation="Missing"}`; m[k] != 1 {
		t.Errorf("%s: got %v, want 1", k, m[k])
	}

	// A subscription is open while it runs, and counted once.
	var during map[string]float64
	firstEvent(t, base, "", nil, func() {
		during = scrape(t, client, base, "")
		call(t, client, "POST", base+"/graphql", "", "", "application/json", graphQLBody(`mutation { ingestDocument(text: "Chile praised Peru.", title: "Praise 2") { added } }`))
	})
	if k := `newsgraph_graphql_subscriptions_open`; during[k] != 1 {
		t.Errorf("%s while a subscription runs: got %v, want 1", k, during[k])
	}
	if k := `newsgraph_graphql_operations_total{operation="anonymous",type="subscription"}`; during[k] != 1 {
		t.Errorf("%s: got %v, want 1", k, during[k])
	}
	deadline := time.Now().Add(5 * time.Second)
	for scrape(t, client, base, "")[`newsgraph_graphql_subscriptions_open`] != 0 {
		if time.Now().After(deadline) {
			t.Fatal("the subscription is still counted open 5s after its socket closed")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestMetricsAccess: /metrics is read like /export: open without
// --require-key-for-reads, a read key with it; behind the Host check;
// --metrics=false takes it away.
func TestMetricsAccess(t *testing.T) {
	readerToken, reader, _ := auth.Generate("reader", []auth.Scope{auth.Read})
	t.Setenv(envAPIKeys, reader.Line())
	addr := freeAddr(t)
	base := "http://" + addr
	client := &http.Client{Timeout: 10 * time.Second}
	startServeWith(t, client, base, "--addr", addr, "--require-key-for-reads")
	if status, _, _ := call(t, client, "GET", base+"/metrics", "", "", "", ""); status != http.StatusUnauthorized {
		t.Errorf("/metrics without a key: got %d, want 401", status)
	}
	if status, _, _ := call(t, client, "GET", base+"/metrics", "attacker.example", readerToken, "", ""); status != http.StatusMisdirectedRequest {
		t.Errorf("/metrics with a foreign Host: got %d, want 421", status)
	}
	if m := scrape(t, client, base, readerToken); m["go_goroutines"] <= 0 {
		t.Errorf("/metrics with the reader's key: no go_goroutines")
	}

	t.Setenv(envAPIKeys, "")
	addr = freeAddr(t)
	startServeWith(t, client, "http://"+addr, "--addr", addr, "--metrics=false")
	if status, _, _ := call(t, client, "GET", "http://"+addr+"/metrics", "", "", "", ""); status != http.StatusNotFound {
		t.Errorf("/metrics with --metrics=false: got %d, want 404", status)
	}
}

// scrape gets /metrics and returns each sample by its name and labels as
// the text format writes them.
func scrape(t *testing.T, client *http.Client, base, key string) map[string]float64 {
	t.Helper()
	req, _ := http.NewRequest("GET", base+"/metrics", nil)
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("/metrics: %s", resp.Status)
	}
	m := map[string]float64{}
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			t.Fatalf("/metrics line %q: %v", line, err)
		}
		m[line[:i]] = v
	}
	return m
}
