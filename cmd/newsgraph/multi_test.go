package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/testenv"
)

// envChildArgs, when set in the environment of this test binary, makes it
// run newsgraph with these arguments (a JSON array) instead of the tests:
// the two-process test starts real serve processes this way.
const envChildArgs = "NEWSGRAPH_TEST_CHILD_ARGS"

// envPostgres names the DSN of a PostgreSQL server the tests may use
// (.ci/run starts a private cluster and sets it).
const envPostgres = "NEWSGRAPH_TEST_POSTGRES"

func TestMain(m *testing.M) {
	if raw := os.Getenv(envChildArgs); raw != "" {
		var args []string
		if err := json.Unmarshal([]byte(raw), &args); err != nil {
			fmt.Fprintln(os.Stderr, envChildArgs+":", err)
			os.Exit(2)
		}
		os.Args = append(os.Args[:1], args...)
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestTwoServeProcessesShareChanges starts two newsgraph serve processes
// on loopback ports over one PostgreSQL database, subscribes to
// relationAdded on B, ingests a document through A, and expects B's
// subscriber to get the relation, and B's API to serve it.
func TestTwoServeProcessesShareChanges(t *testing.T) {
	dsn := os.Getenv(envPostgres)
	if dsn == "" {
		t.Skipf("two-process test skipped: set %s to the DSN of a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:55432/newsgraph_test?sslmode=disable", envPostgres)
	}
	store := "postgres:" + freshDatabase(t, dsn)
	start := time.Now()
	a, b := startServe(t, store), startServe(t, store)
	t.Logf("both processes serving after %s", time.Since(start).Round(time.Millisecond))

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	sub := testenv.DialGraphQLWS(ctx, t, "ws://"+b.addr+"/graphql")
	sub.Subscribe("1", `subscription { relationAdded { predicate subject { id } object { id } } }`)
	// graphql-transport-ws does not acknowledge a subscription: give B a
	// moment to register it.
	time.Sleep(200 * time.Millisecond)

	ingested := time.Now()
	body := postGraphQL(t, "http://"+a.addr+"/graphql",
		`mutation { ingestDocument(text: "China imposed sanctions on North Korea.", title: "Through A") { added } }`)
	if !strings.Contains(body, `"added":true`) {
		t.Fatalf("ingest through A: %s", body)
	}
	// The predicate is the extractor's business; the ends are not.
	const want = "gpe/china -> gpe/north-korea"
	{
		m, err := sub.Next()
		if err != nil {
			t.Fatalf("B's subscriber got no relation: %v\nA's log:\n%s\nB's log:\n%s", err, a.log.String(), b.log.String())
		}
		if m.Type != "next" {
			t.Fatalf("B sent %s %s, want next", m.Type, m.Payload)
		}
		var p struct {
			Data struct {
				RelationAdded struct {
					Predicate string
					Subject   struct{ ID string }
					Object    struct{ ID string }
				}
			}
		}
		if err := json.Unmarshal(m.Payload, &p); err != nil {
			t.Fatalf("B sent %s: %v", m.Payload, err)
		}
		r := p.Data.RelationAdded
		if got := r.Subject.ID + " -> " + r.Object.ID; got != want || r.Predicate == "" {
			t.Fatalf("B's subscriber got %s, want a relation %s", m.Payload, want)
		}
	}
	t.Logf("relation ingested through A reached B's subscriber in %s", time.Since(ingested).Round(time.Millisecond))

	got := postGraphQL(t, "http://"+b.addr+"/graphql",
		`{ entity(id: "gpe/china") { relations(direction: OUT) { edges { node { object { id } } } } } }`)
	if !strings.Contains(got, `"gpe/north-korea"`) {
		t.Errorf("B does not serve China's relation to North Korea: %s", got)
	}
}

// serveProcess is a newsgraph serve child process.
type serveProcess struct {
	addr string
	log  *safeBuffer
}

// startServe starts newsgraph serve on a free loopback port in a child
// process (this test binary, see TestMain), waits until it is healthy, and
// stops it with SIGINT when the test ends.
func startServe(t *testing.T, store string) serveProcess {
	t.Helper()
	addr := freeAddr(t)
	args, _ := json.Marshal([]string{"serve", "--store", store, "--addr", addr})
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), envChildArgs+"="+string(args))
	p := serveProcess{addr: addr, log: &safeBuffer{}}
	cmd.Stdout, cmd.Stderr = p.log, p.log
	if err := cmd.Start(); err != nil {
		t.Fatalf("start serve: %v", err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = cmd.Process.Signal(syscall.SIGINT)
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve on %s: %v\n%s", addr, err, p.log.String())
			}
		case <-time.After(15 * time.Second):
			_ = cmd.Process.Kill()
			t.Errorf("serve on %s did not stop on SIGINT", addr)
		}
	})
	waitHealthy(t, "http://"+addr+"/healthz", done)
	return p
}

// freshDatabase creates a new database on the server of dsn, dropped when
// the test ends, and returns its DSN: tests of other packages wipe the
// database of dsn itself.
func freshDatabase(t *testing.T, dsn string) string {
	t.Helper()
	u, err := url.Parse(dsn)
	if err != nil || u.Scheme == "" {
		t.Skipf("%s must be a postgres:// URL for this test: %q", envPostgres, dsn)
	}
	name := fmt.Sprintf("newsgraph_multi_%d", os.Getpid())
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := db.ExecContext(ctx, "DROP DATABASE IF EXISTS "+name); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("create database: %v", err)
	}
	t.Cleanup(func() {
		// Registered before the processes' cleanups, so it runs after
		// they stop; FORCE ends sessions still open.
		if _, err := db.ExecContext(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("drop database %s: %v", name, err)
		}
		db.Close()
	})
	u.Path = "/" + name
	return u.String()
}

// TestIngestCommandReachesServe runs newsgraph ingest into the PostgreSQL
// database a serve process serves, and expects serve to index what the
// command wrote, without a restart.
func TestIngestCommandReachesServe(t *testing.T) {
	dsn := os.Getenv(envPostgres)
	if dsn == "" {
		t.Skipf("skipped: set %s to the DSN of a PostgreSQL server", envPostgres)
	}
	store := "postgres:" + freshDatabase(t, dsn)
	s := startServe(t, store)
	if _, stderr, err := runCmd(t, context.Background(), "ingest", "--quiet", "--store", store, "../../examples"); err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	q := `{ relations(subject: "person/donald-trump", predicate: "criticize") { totalCount } }`
	deadline := time.Now().Add(20 * time.Second)
	for {
		body := postGraphQL(t, "http://"+s.addr+"/graphql", q)
		if strings.Contains(body, `"totalCount":1`) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve does not serve what ingest wrote after 20s: %s\nserve's log:\n%s", body, s.log.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}
