package kg_test

import (
	"context"
	"database/sql"
	"os"
	"testing"

	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/kg/kgtest"
)

// envPostgres names the environment variable holding the DSN of a
// PostgreSQL database the test may wipe (.ci/run starts a private cluster).
const envPostgres = "NEWSGRAPH_TEST_POSTGRES"

func TestPostgres(t *testing.T) {
	dsn := os.Getenv(envPostgres)
	if dsn == "" {
		t.Skipf("PostgreSQL suite skipped: set %s to the DSN of a database the test may wipe, e.g. postgres://postgres@127.0.0.1:55432/newsgraph_test?sslmode=disable", envPostgres)
	}
	kgtest.RunAll(t, func(t *testing.T) *kg.Store {
		dropCayleyTables(t, dsn)
		return openURI(t, "postgres:"+dsn)
	})
}

// dropCayleyTables empties the database so that each test starts on a new
// store.
func dropCayleyTables(t testing.TB, dsn string) {
	t.Helper()
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.ExecContext(context.Background(), `DROP TABLE IF EXISTS quads, nodes CASCADE`); err != nil {
		t.Fatalf("drop Cayley tables: %v", err)
	}
}

// TestPostgresRefs checks kg's batched PostgreSQL writer against Cayley's
// schema: two stores on one database (as two serve processes) add the same
// documents at once, each node's reference count equals the quads that
// name it, and deleting every document leaves no node behind.
func TestPostgresRefs(t *testing.T) {
	dsn := os.Getenv(envPostgres)
	if dsn == "" {
		t.Skipf("set %s to run the PostgreSQL tests", envPostgres)
	}
	dropCayleyTables(t, dsn)
	ctx := context.Background()
	a, b := openURI(t, "postgres:"+dsn), openURI(t, "postgres:"+dsn)
	var batch []kg.Doc
	for i := range 20 {
		d := kgtest.Synthetic(i)
		batch = append(batch, kg.Doc{Article: d.Article, Result: d.Result})
	}
	errs := make(chan error, 2)
	for _, s := range []*kg.Store{a, b} {
		go func() {
			_, err := s.AddDocuments(ctx, batch)
			errs <- err
		}()
	}
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatalf("AddDocuments: %v", err)
		}
	}
	want := kgtest.Want(t, toDocs(batch)...)
	if got := kgtest.Dump(t, b); len(got) != len(want) {
		t.Fatalf("got %d quads in the store, want %d", len(got), len(want))
	}

	db, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	checkRefs := func(when string) {
		t.Helper()
		var bad int
		err := db.QueryRowContext(ctx, `SELECT count(*) FROM nodes n WHERE n.refs <> (
			SELECT count(*) FILTER (WHERE q.subject_hash = n.hash) + count(*) FILTER (WHERE q.predicate_hash = n.hash)
			     + count(*) FILTER (WHERE q.object_hash = n.hash) + count(*) FILTER (WHERE q.label_hash = n.hash)
			FROM quads q WHERE n.hash IN (q.subject_hash, q.predicate_hash, q.object_hash, q.label_hash))`).Scan(&bad)
		if err != nil {
			t.Fatal(err)
		}
		if bad != 0 {
			t.Errorf("%s: got %d nodes whose refs differ from the quads naming them, want 0", when, bad)
		}
	}
	checkRefs("after two stores wrote the same batch")

	// One store deletes half the documents while the other adds new ones
	// that share their entities and predicates: kg's delete and its batch
	// writer lock the shared nodes in the same order.
	var more []kg.Doc
	for i := 20; i < 40; i++ {
		d := kgtest.Synthetic(i)
		more = append(more, kg.Doc{Article: d.Article, Result: d.Result})
	}
	go func() {
		for _, d := range batch[:10] {
			if _, err := a.DeleteDocument(ctx, d.Article.ID); err != nil {
				errs <- err
				return
			}
		}
		errs <- nil
	}()
	go func() {
		for i := 0; i < len(more); i += 5 {
			if _, err := b.AddDocuments(ctx, more[i:i+5]); err != nil {
				errs <- err
				return
			}
		}
		errs <- nil
	}()
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatalf("concurrent delete and add: %v", err)
		}
	}
	checkRefs("after concurrent deletes and adds")
	want = kgtest.Want(t, toDocs(append(batch[10:], more...))...)
	if got := kgtest.Dump(t, a); len(got) != len(want) {
		t.Errorf("after concurrent deletes and adds: got %d quads, want %d", len(got), len(want))
	}
	// A replacement drops some quads, keeps most and adds a few, in one
	// transaction.
	u := updated(toDocs(batch[10:11])[0])
	if r, err := b.ReplaceDocument(ctx, u.Article, u.Result); err != nil || !r.Added {
		t.Fatalf("ReplaceDocument: %+v, %v", r, err)
	}
	checkRefs("after a replacement")
	batch[10] = kg.Doc{Article: u.Article, Result: u.Result}
	for _, d := range append(batch[10:], more...) {
		if ok, err := a.DeleteDocument(ctx, d.Article.ID); err != nil || !ok {
			t.Fatalf("DeleteDocument(%s): %v, %v; want true, nil", d.Article.ID, ok, err)
		}
	}
	var nodes, quads int
	if err := db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM nodes), (SELECT count(*) FROM quads)`).Scan(&nodes, &quads); err != nil {
		t.Fatal(err)
	}
	if nodes != 0 || quads != 0 {
		t.Errorf("after deleting every document: got %d nodes, %d quads, want 0, 0", nodes, quads)
	}
}

func toDocs(batch []kg.Doc) []kgtest.Document {
	out := make([]kgtest.Document, len(batch))
	for i, d := range batch {
		out[i] = kgtest.Document{Article: d.Article, Result: d.Result}
	}
	return out
}
