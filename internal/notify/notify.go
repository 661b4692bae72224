package notify

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"time"

	"github.com/lib/pq"
)

// DefaultChannel is the PostgreSQL notification channel a Bus uses.
const DefaultChannel = "newsgraph_changes"

// Op is what happened to a document.
type Op string

// The operations a Bus carries.
const (
	Added   Op = "added"
	Deleted Op = "deleted"
)

// Change is one notification: a document added or deleted by the process
// Origin.
type Change struct {
	Op     Op     `json:"op"`
	Doc    string `json:"doc"`
	Origin string `json:"origin"`
}

// Receiver hears about documents other processes added or deleted. Its
// methods must be idempotent: a change may come again after a reconnection.
type Receiver interface {
	DocumentAdded(ctx context.Context, id string)
	DocumentDeleted(ctx context.Context, id string)
}

// Bus publishes this process's changes and receives the others'.
type Bus struct {
	db      *sql.DB
	dsn     string
	channel string
	origin  string
	log     *slog.Logger
}

// Option configures a Bus.
type Option func(*Bus)

// WithChannel sets the notification channel (default DefaultChannel).
func WithChannel(name string) Option { return func(b *Bus) { b.channel = name } }

// WithLogger sets the logger for failed publications and reconnections.
func WithLogger(l *slog.Logger) Option { return func(b *Bus) { b.log = l } }

// Open connects a Bus to the PostgreSQL database at dsn (as lib/pq takes
// it) and checks that it answers.
func Open(ctx context.Context, dsn string, opts ...Option) (*Bus, error) {
	const op = "notify.Open"
	var id [8]byte
	if _, err := rand.Read(id[:]); err != nil {
		return nil, fmt.Errorf("%s: origin: %w", op, err)
	}
	b := &Bus{dsn: dsn, channel: DefaultChannel, origin: hex.EncodeToString(id[:]), log: slog.Default()}
	for _, o := range opts {
		o(b)
	}
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	db.SetMaxOpenConns(2)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	b.db = db
	return b, nil
}

// Origin is the random ID of this Bus, carried by its changes so that Run
// skips its own.
func (b *Bus) Origin() string { return b.origin }

// Publish sends a change made by this process.
func (b *Bus) Publish(ctx context.Context, o Op, doc string) error {
	payload, err := json.Marshal(Change{Op: o, Doc: doc, Origin: b.origin})
	if err != nil {
		return fmt.Errorf("notify.Publish %s %s: %w", o, doc, err)
	}
	// A payload is at most 8000 bytes; document IDs are short.
	if _, err := b.db.ExecContext(ctx, `SELECT pg_notify($1, $2)`, b.channel, string(payload)); err != nil {
		return fmt.Errorf("notify.Publish %s %s: %w", o, doc, err)
	}
	return nil
}

// DocumentAdded publishes that this process added document id; with
// DocumentDeleted it makes a Bus an ingest.Listener. A failure is logged:
// the local write has committed already.
func (b *Bus) DocumentAdded(ctx context.Context, id string) { b.publishLogged(ctx, Added, id) }

// DocumentDeleted publishes that this process deleted document id.
func (b *Bus) DocumentDeleted(ctx context.Context, id string) { b.publishLogged(ctx, Deleted, id) }

func (b *Bus) publishLogged(ctx context.Context, o Op, id string) {
	if err := b.Publish(context.WithoutCancel(ctx), o, id); err != nil {
		b.log.ErrorContext(ctx, "change not sent to other processes", "err", err)
	}
}

// Run listens on the channel until ctx is done and hands each change of
// another process to r, in the order PostgreSQL delivers them. ready, if
// not nil, is closed once the LISTEN is in place: changes committed after
// that are seen. It returns nil when ctx is done.
func (b *Bus) Run(ctx context.Context, r Receiver, ready chan<- struct{}) error {
	const op = "notify.Run"
	l := pq.NewListener(b.dsn, 100*time.Millisecond, 10*time.Second, func(ev pq.ListenerEventType, err error) {
		switch ev {
		case pq.ListenerEventDisconnected:
			b.log.Warn("change listener disconnected; changes of other processes are missed until it reconnects", "err", err)
		case pq.ListenerEventReconnected:
			b.log.Info("change listener reconnected")
		case pq.ListenerEventConnectionAttemptFailed:
			b.log.Warn("change listener cannot connect", "err", err)
		}
	})
	defer l.Close()
	if err := l.Listen(b.channel); err != nil {
		return fmt.Errorf("%s: listen %s: %w", op, b.channel, err)
	}
	if ready != nil {
		close(ready)
	}
	ping := time.NewTicker(90 * time.Second)
	defer ping.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-ping.C:
			// Detects a dead connection that the kernel has not reported.
			if err := l.Ping(); err != nil {
				b.log.Warn("change listener ping failed", "err", err)
			}
		case n := <-l.Notify:
			if n == nil {
				// pq sends nil after a reconnection: what was sent
				// meanwhile is lost.
				continue
			}
			var c Change
			if err := json.Unmarshal([]byte(n.Extra), &c); err != nil {
				b.log.Warn("malformed change ignored", "payload", n.Extra, "err", err)
				continue
			}
			if c.Origin == b.origin {
				continue
			}
			switch c.Op {
			case Added:
				r.DocumentAdded(ctx, c.Doc)
			case Deleted:
				r.DocumentDeleted(ctx, c.Doc)
			default:
				b.log.Warn("unknown change ignored", "op", c.Op, "doc", c.Doc)
			}
		}
	}
}

// Close closes the publishing connection.
func (b *Bus) Close() error {
	if err := b.db.Close(); err != nil {
		return fmt.Errorf("notify.Close: %w", err)
	}
	return nil
}
