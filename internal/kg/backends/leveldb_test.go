package backends

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hidal-go/hidalgo/kv/flat"
	goleveldb "github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/opt"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// TestGetBatchMatchesGet checks the iterator path of GetBatch against a Get
// per key: keys in any order, repeated, absent, before and after the
// stored ones, and overlaid by the transaction's pending puts and deletes.
func TestGetBatchMatchesGet(t *testing.T) {
	ctx := context.Background()
	db, err := goleveldb.OpenFile(filepath.Join(t.TempDir(), "db"), levelOptions(&opt.Options{}))
	if err != nil {
		t.Fatal(err)
	}
	kv := &levelDB{db: db}
	defer kv.Close()
	key := func(i int) flat.Key { return flat.Key(fmt.Sprintf("log/%08d", i)) }
	w, _ := kv.Tx(true)
	for i := 0; i < 400; i += 2 { // even keys stored, odd ones absent
		if err := w.Put(key(i), []byte(fmt.Sprint("v", i))); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(7, 11))
	for _, tc := range []struct {
		name string
		keys func() []flat.Key
		rw   bool
	}{
		{"consecutive", func() []flat.Key { return keysOf(key, 100, 164) }, false},
		{"sparse and absent", func() []flat.Key { return keysOf(key, 0, 400, 37) }, false},
		{"shuffled with repeats", func() []flat.Key {
			ks := append(keysOf(key, 50, 90), keysOf(key, 60, 70)...)
			r.Shuffle(len(ks), func(i, j int) { ks[i], ks[j] = ks[j], ks[i] })
			return ks
		}, false},
		{"outside the stored range", func() []flat.Key {
			return append(keysOf(key, 390, 420), flat.Key("a"), flat.Key("zzz"))
		}, false},
		{"pending writes", func() []flat.Key { return keysOf(key, 0, 40) }, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tx, _ := kv.Tx(tc.rw)
			defer tx.Close()
			if tc.rw {
				_ = tx.Put(key(3), []byte("new 3"))     // absent before
				_ = tx.Put(key(4), []byte("changed 4")) // replaced
				_ = tx.Del(key(6))
			}
			keys := tc.keys()
			got, err := tx.GetBatch(ctx, keys)
			if err != nil {
				t.Fatalf("GetBatch: %v", err)
			}
			want, err := flat.GetBatch(ctx, tx, keys)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(keys) {
				t.Fatalf("got %d values for %d keys", len(got), len(keys))
			}
			for i := range keys {
				if string(got[i]) != string(want[i]) || (got[i] == nil) != (want[i] == nil) {
					t.Errorf("key %s: got %q, want %q", keys[i], got[i], want[i])
				}
			}
		})
	}
}

// keysOf returns key(i) for i from lo up to hi, by step (default 1).
func keysOf(key func(int) flat.Key, lo, hi int, step ...int) []flat.Key {
	s := 1
	if len(step) > 0 {
		s = step[0]
	}
	var out []flat.Key
	for i := lo; i < hi; i += s {
		out = append(out, key(i))
	}
	return out
}

// TestOpenTwiceIsInUse opens each file-locked store a second time while the
// first is open: the error must say that the store is in use.
func TestOpenTwiceIsInUse(t *testing.T) {
	ctx := context.Background()
	for _, uri := range []string{
		"leveldb:" + filepath.Join(t.TempDir(), "db"),
		"bolt:" + filepath.Join(t.TempDir(), "kg.bolt"),
	} {
		t.Run(uri[:strings.Index(uri, ":")], func(t *testing.T) {
			first, err := kg.Open(ctx, uri)
			if err != nil {
				t.Fatal(err)
			}
			defer first.Close()
			second, err := kg.Open(ctx, uri)
			if err == nil {
				second.Close()
				t.Fatal("a second Open of the same store succeeded")
			}
			if !errors.Is(err, ErrInUse) {
				t.Errorf("second Open: got %v, want ErrInUse", err)
			}
		})
	}
}
