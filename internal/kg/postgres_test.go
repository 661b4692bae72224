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
