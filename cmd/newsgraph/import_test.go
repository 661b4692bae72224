package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/kg/kgtest"
)

// dumpStore opens the store at uri and returns its quads as sorted N-Quads.
func dumpStore(t *testing.T, uri string) []string {
	t.Helper()
	st, err := kg.Open(context.Background(), uri)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	return kgtest.Dump(t, st)
}

// TestImportRoundTrip: `extract` output ingested with --import gives
// exactly the quads of a direct ingest of the same articles; ingesting it
// again adds nothing.
func TestImportRoundTrip(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	direct, imported := "leveldb:"+filepath.Join(dir, "direct"), "leveldb:"+filepath.Join(dir, "imported")
	if _, stderr, err := runCmd(t, ctx, "ingest", "--quiet", "--store", direct, "../../examples"); err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	out, stderr, err := runCmd(t, ctx, "extract", "../../examples")
	if err != nil {
		t.Fatalf("extract: %v\n%s", err, stderr)
	}
	lines := filepath.Join(dir, "x.jsonl")
	if err := os.WriteFile(lines, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if _, stderr, err := runCmd(t, ctx, "ingest", "--import", "--store", imported, lines); err != nil {
			t.Fatalf("ingest --import: %v\n%s", err, stderr)
		}
	}
	want, got := dumpStore(t, direct), dumpStore(t, imported)
	if len(want) < 100 {
		t.Fatalf("direct ingest wrote %d quads; want the seeds' hundreds", len(want))
	}
	if !slices.Equal(got, want) {
		for _, q := range got {
			if !slices.Contains(want, q) {
				t.Errorf("imported only: %s", q)
			}
		}
		for _, q := range want {
			if !slices.Contains(got, q) {
				t.Errorf("direct only: %s", q)
			}
		}
	}
}

// TestImportBadLineFailsAlone: a line that is not valid fails with its
// file, line, document and field named; the valid lines are stored.
func TestImportBadLineFailsAlone(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	out, stderr, err := runCmd(t, ctx, "extract", "../../examples")
	if err != nil {
		t.Fatalf("extract: %v\n%s", err, stderr)
	}
	good := strings.Split(strings.TrimSpace(out), "\n")
	// The first document with its first relation's evidence moved by a byte.
	bad := strings.Replace(good[0], `"start":`, `"start":1`, 1)
	in := strings.Join([]string{bad, good[1], `{"document": {"id": "x"}}`}, "\n") + "\n"
	lines := filepath.Join(dir, "x.jsonl")
	if err := os.WriteFile(lines, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	store := "leveldb:" + filepath.Join(dir, "s")
	_, stderr, err = runCmd(t, ctx, "ingest", "--import", "--store", store, lines)
	if !errors.Is(err, errFailed) {
		t.Fatalf("ingest --import with bad lines: got %v, want errFailed\n%s", err, stderr)
	}
	for _, want := range []string{"x.jsonl:1: document ", "mentions[0].text", "x.jsonl:3: document x: entities: missing", "1 added", "2 failed"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr does not say %q:\n%s", want, stderr)
		}
	}
}
