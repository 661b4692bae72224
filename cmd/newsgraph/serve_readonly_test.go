package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestServeReadOnlyStore serves a stored graph with --read-only: the
// store is opened read-only (so a folder without write permission works,
// checked when not running as root, which ignores permissions), queries
// answer and mutations are refused.
func TestServeReadOnlyStore(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "db")
	store := "leveldb:" + dir
	if _, stderr, err := runCmd(t, ctx, "ingest", "--store", store, "--quiet", "../../examples"); err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	if os.Geteuid() != 0 {
		setTreeMode(t, dir, 0o555, 0o444)
	}
	addr := freeAddr(t)
	sctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	var errb safeBuffer
	go func() {
		done <- run(sctx, []string{"serve", "--read-only", "--store", store, "--addr", addr}, strings.NewReader(""), io.Discard, &errb)
	}()
	waitHealthy(t, "http://"+addr+"/readyz", done)
	if got := postGraphQL(t, "http://"+addr+"/graphql", `{ entity(id: "gpe/china") { name } }`); !strings.Contains(got, `"China"`) {
		t.Errorf("query on a read-only store: %s", got)
	}
	if got := postGraphQL(t, "http://"+addr+"/graphql", `mutation { ingestDocument(text: "Japan praised Germany.") { added } }`); !strings.Contains(got, "READ_ONLY") {
		t.Errorf("mutation on a read-only store: %s, want READ_ONLY", got)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("serve --read-only: %v\n%s", err, errb.String())
	}
}

func TestServeReadOnlyRefusesLoad(t *testing.T) {
	_, stderr, err := runCmd(t, context.Background(), "serve", "--read-only", "--store", "leveldb:"+t.TempDir(), "--load", "../../examples")
	if err == nil || !strings.Contains(stderr, "--read-only") {
		t.Fatalf("serve --read-only --load: err %v, stderr %q; want a usage error naming --read-only", err, stderr)
	}
}
