package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/ingest"
)

// TestIngestInterrupted stops `newsgraph ingest -` the way Ctrl-C does,
// while its producer keeps stdin open and quiet: it returns promptly with
// ingest.ErrInterrupted, prints no per-document error, its summary says
// "interrupted" (not failed, not "context canceled"), and a second run
// over the same input skips what the first stored and stores the rest.
func TestIngestInterrupted(t *testing.T) {
	store := "--store=leveldb:" + filepath.Join(t.TempDir(), "db")
	var lines bytes.Buffer
	for i := range 3 {
		b, _ := json.Marshal(map[string]string{"id": fmt.Sprint("d", i), "text": fmt.Sprintf("China imposed new sanctions on North Korea on day %d.", i)})
		lines.Write(append(b, '\n'))
	}
	in, feed := io.Pipe()
	defer feed.Close()
	ctx, cancel := context.WithCancel(context.Background())
	var stderr safeBuffer
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"ingest", store, "--quiet", "-"}, in, io.Discard, &stderr) }()
	// One document, then quiet. The write returns once the pipeline reads
	// it; then give it time to be stored (a batch waits 250 ms for more)
	// and interrupt.
	if _, err := feed.Write(lines.Bytes()[:bytes.IndexByte(lines.Bytes(), '\n')+1]); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Second)
	cancel()
	var err error
	select {
	case err = <-done:
	case <-time.After(5 * time.Second):
		t.Fatalf("ingest still running 5s after Ctrl-C:\n%s", stderr.String())
	}
	if !errors.Is(err, ingest.ErrInterrupted) || !errors.Is(err, errInterrupted) {
		t.Errorf("interrupted ingest: got %v, want %v and errInterrupted (exit status 130, nothing more printed)", err, ingest.ErrInterrupted)
	}
	if out := stderr.String(); !strings.Contains(out, "interrupted: ") || !strings.Contains(out, "run the same command again to resume") || strings.Contains(out, "context canceled") {
		t.Errorf("interrupted ingest: the summary does not say interrupted and how to resume, or speaks of contexts:\n%s", out)
	}
	if strings.Contains(stderr.String(), "newsgraph ingest:") {
		t.Errorf("interrupted ingest printed document errors:\n%s", stderr.String())
	}

	var first int
	if _, err := fmt.Sscanf(stderr.String()[strings.Index(stderr.String(), "("):], "(%d added", &first); err != nil {
		t.Fatalf("no summary in the output of the interrupted run: %v\n%s", err, stderr.String())
	}
	var out bytes.Buffer
	err = run(context.Background(), []string{"ingest", store, "--quiet", "-"}, &lines, io.Discard, &out)
	if want := fmt.Sprintf("%d added, %d already stored, 0 failed", 3-first, first); err != nil || !strings.Contains(out.String(), want) {
		t.Errorf("second run: got %v\n%s\nwant %s", err, out.String(), want)
	}
}
