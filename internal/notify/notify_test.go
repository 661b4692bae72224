package notify_test

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/notify"
)

// envPostgres names the environment variable holding the DSN of a
// PostgreSQL database for tests (.ci/run starts a private cluster).
const envPostgres = "NEWSGRAPH_TEST_POSTGRES"

type event struct {
	op  notify.Op
	doc string
}

// recorder is a Receiver that sends what it hears on a channel.
type recorder chan event

func (r recorder) DocumentAdded(_ context.Context, id string)   { r <- event{notify.Added, id} }
func (r recorder) DocumentDeleted(_ context.Context, id string) { r <- event{notify.Deleted, id} }

func open(t *testing.T, dsn string) *notify.Bus {
	t.Helper()
	b, err := notify.Open(context.Background(), dsn, notify.WithChannel("newsgraph_test_"+t.Name()))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { b.Close() })
	return b
}

// run starts b.Run with a recorder and waits until it listens.
func run(t *testing.T, b *notify.Bus) recorder {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	rec := make(recorder, 16)
	ready := make(chan struct{})
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx, rec, ready) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	})
	select {
	case <-ready:
	case err := <-done:
		t.Fatalf("Run: %v", err)
	}
	return rec
}

func TestBusAcrossConnections(t *testing.T) {
	dsn := os.Getenv(envPostgres)
	if dsn == "" {
		t.Skipf("set %s to the DSN of a PostgreSQL database to run the notification tests", envPostgres)
	}
	a, b := open(t, dsn), open(t, dsn)
	if a.Origin() == b.Origin() {
		t.Fatalf("two buses share origin %s", a.Origin())
	}
	recA, recB := run(t, a), run(t, b)
	ctx := context.Background()

	a.DocumentAdded(ctx, "doc-1")
	a.DocumentDeleted(ctx, "doc-1")
	if err := b.Publish(ctx, notify.Added, "doc-2"); err != nil {
		t.Fatalf("Publish: %v", err)
	}

	tests := []struct {
		name string
		rec  recorder
		want []event
	}{
		{"B hears A, in order", recB, []event{{notify.Added, "doc-1"}, {notify.Deleted, "doc-1"}}},
		{"A hears B", recA, []event{{notify.Added, "doc-2"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for i, want := range tc.want {
				select {
				case got := <-tc.rec:
					if got != want {
						t.Errorf("change %d: got %v, want %v", i, got, want)
					}
				case <-time.After(5 * time.Second):
					t.Fatalf("change %d: got nothing after 5 s, want %v", i, want)
				}
			}
		})
	}
	// Nothing more: a bus skips its own changes.
	select {
	case got := <-recA:
		t.Errorf("A heard %v, want nothing (its own changes are skipped)", got)
	case got := <-recB:
		t.Errorf("B heard %v, want nothing (its own changes are skipped)", got)
	case <-time.After(300 * time.Millisecond):
	}
}
