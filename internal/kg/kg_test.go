package kg_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/internal/kg"
	_ "github.com/newsgraph/newsgraph/internal/kg/backends"
	"github.com/newsgraph/newsgraph/internal/kg/kgtest"
)

func openURI(t testing.TB, uri string) *kg.Store {
	t.Helper()
	s, err := kg.Open(context.Background(), uri)
	if err != nil {
		t.Fatalf("Open(%q): %v", uri, err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

func TestMemory(t *testing.T) {
	kgtest.RunAll(t, func(t *testing.T) *kg.Store { return openURI(t, "memory") })
}

func TestLevelDB(t *testing.T) {
	kgtest.RunAll(t, func(t *testing.T) *kg.Store {
		return openURI(t, "leveldb:"+filepath.Join(t.TempDir(), "db"))
	})
}

func TestBBolt(t *testing.T) {
	kgtest.RunAll(t, func(t *testing.T) *kg.Store {
		return openURI(t, "bolt:"+filepath.Join(t.TempDir(), "sub", "kg.bolt"))
	})
}
