// Package backends registers the Cayley quad stores that kg.Open can open:
// memstore ("memory"), postgres, and newsgraph's own registrations of the
// LevelDB and bbolt key-value stores.
//
// Import it for its side effects, once, where the program is wired
// (cmd/newsgraph) and in tests:
//
//	import _ "github.com/newsgraph/newsgraph/internal/kg/backends"
//
// Why newsgraph registers LevelDB and bbolt itself:
//
//   - Since Go 1.21 packages initialise in import-path order, and Cayley's
//     graph/kv copies hidalgo's list of key-value stores in its own init,
//     before hidalgo's bbolt package registers: bbolt would silently be
//     missing. The old github.com/boltdb/bolt backend crashes under -race.
//   - Cayley's key-value stores have no index on the quad label, so finding
//     the quads of one document would scan the whole store. These
//     registrations add a label index ({Label}) to every new store, so that
//     kg.Store.DeleteDocument costs in proportion to the document.
//
// This is the only package of newsgraph with an init function. It must not
// be imported by internal/kg itself.
package backends

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"time"

	// Cayley's in-memory and PostgreSQL quad stores register themselves.
	_ "github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"

	bolt "github.com/coreos/bbolt"

	"github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/bbolt"
	"github.com/hidal-go/hidalgo/kv/flat"
	goleveldb "github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/filter"
	"github.com/syndtr/goleveldb/leveldb/opt"

	"github.com/newsgraph/newsgraph/internal/kg"
)

func init() {
	ckv.Register(kg.BackendLevelDB, ckv.Registration{
		InitFunc:     createLevelDB,
		NewFunc:      openLevelDB,
		IsPersistent: true,
	})
	ckv.Register(kg.BackendBBolt, ckv.Registration{
		InitFunc:     createBBolt,
		NewFunc:      openBBolt,
		IsPersistent: true,
	})
}

func createLevelDB(path string, _ graph.Options) (hkv.KV, error) {
	if err := os.MkdirAll(path, 0o700); err != nil {
		return nil, err
	}
	db, err := goleveldb.OpenFile(path, levelOptions(&opt.Options{ErrorIfExist: true}))
	if os.IsExist(err) {
		return nil, graph.ErrDatabaseExists
	} else if err != nil {
		return nil, inUse(path, err)
	}
	return flat.Upgrade(&levelDB{db: db}), nil
}

func openLevelDB(path string, o graph.Options) (hkv.KV, error) {
	readOnly, err := o.BoolKey(kg.OptReadOnly, false)
	if err != nil {
		return nil, err
	}
	db, err := goleveldb.OpenFile(path, levelOptions(&opt.Options{ErrorIfMissing: true, ReadOnly: readOnly}))
	if err != nil {
		return nil, corrupt(inUse(path, err))
	}
	if err := checkTables(path, db); err != nil {
		db.Close()
		return nil, err
	}
	kv := flat.Upgrade(&levelDB{db: db})
	if readOnly {
		return kv, nil
	}
	return withLabelIndex(kv)
}

// levelOptions tunes goleveldb for Cayley's access pattern, random reads of
// single keys (node values, index lists, log entries) mixed with batched
// writes:
//
//   - a bloom filter of 10 bits per key (goleveldb has none by default):
//     otherwise each read probes every level-0 table and one per level;
//   - a 64 MiB block cache instead of 8 MiB: at a million quads the blocks
//     a delete or a batch reads no longer fit in 8 MiB and each miss is a
//     read(2) and a decompression;
//   - a 16 MiB write buffer and 8 MiB tables instead of 4 and 2 MiB: fewer,
//     larger compactions while a large input is ingested.
//
// Together they stay well under 150 MiB of memory.
func levelOptions(o *opt.Options) *opt.Options {
	o.Filter = filter.NewBloomFilter(10)
	o.BlockCacheCapacity = 64 * opt.MiB
	o.WriteBuffer = 16 * opt.MiB
	o.CompactionTableSize = 8 * opt.MiB
	return o
}

func createBBolt(path string, _ graph.Options) (hkv.KV, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, err
		}
	}
	return openBBoltFile(path, false)
}

func openBBolt(path string, o graph.Options) (hkv.KV, error) {
	readOnly, err := o.BoolKey(kg.OptReadOnly, false)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(path); err != nil {
		return nil, err
	}
	db, err := openBBoltFile(path, readOnly)
	if err != nil || readOnly {
		return db, err
	}
	return withLabelIndex(db)
}

func openBBoltFile(path string, readOnly bool) (hkv.KV, error) {
	// Timeout: a second process opening the same file fails instead of
	// waiting forever for the file lock. ReadOnly opens the file O_RDONLY
	// with a shared lock.
	db, err := bbolt.Open(path, &bolt.Options{Timeout: time.Second, ReadOnly: readOnly})
	if err != nil {
		return nil, inUse(path, err)
	}
	return db, nil
}

// ErrInUse is the error for a LevelDB or bbolt store that another process
// holds: both take a file lock, so one process at a time opens a store.
var ErrInUse = errors.New("the store is in use by another process (LevelDB and bbolt stores take one process at a time: " +
	"stop it, or ingest through it: serve --stream, the ingestDocument mutation)")

// inUse turns the failure to take a store's file lock into ErrInUse, and
// leaves other errors as they are.
func inUse(path string, err error) error {
	if errors.Is(err, syscall.EAGAIN) || errors.Is(err, syscall.EWOULDBLOCK) || errors.Is(err, bolt.ErrTimeout) {
		return fmt.Errorf("%s: %w", path, ErrInUse)
	}
	return err
}

// Keys of Cayley v0.7.7's key-value layout (graph/kv/indexing.go).
var (
	keyMetaVersion = hkv.Key{[]byte("meta"), []byte("version")}
	keyMetaSize    = hkv.Key{[]byte("meta"), []byte("size")}
	keyMetaIndexes = hkv.Key{[]byte("meta"), []byte("indexes")}
)

// labelIndex is the index newsgraph adds: quad IDs by label.
var labelIndex = ckv.QuadIndex{Dirs: []quad.Direction{quad.Label}}

// withLabelIndex adds the label index to the index list of an initialised
// store that holds no quads yet (a store just made by graph.InitQuadStore).
// A store that already has quads is left as it is: Cayley cannot build an
// index over existing data, and kg still works on it, only with slower
// deletes. On error the database is closed.
func withLabelIndex(db hkv.KV) (hkv.KV, error) {
	ctx := context.Background()
	err := hkv.Update(ctx, db, func(tx hkv.Tx) error {
		if _, err := tx.Get(ctx, keyMetaVersion); errors.Is(err, hkv.ErrNotFound) {
			return nil // not initialised: Cayley reports it
		} else if err != nil {
			return err
		}
		size, err := tx.Get(ctx, keyMetaSize)
		if err != nil && !errors.Is(err, hkv.ErrNotFound) {
			return err
		}
		if len(size) == 8 && string(size) != "\x00\x00\x00\x00\x00\x00\x00\x00" {
			return nil // has quads
		}
		raw, err := tx.Get(ctx, keyMetaIndexes)
		if err != nil {
			return fmt.Errorf("read index list: %w", err)
		}
		var list []ckv.QuadIndex
		if err := json.Unmarshal(raw, &list); err != nil {
			return fmt.Errorf("decode index list: %w", err)
		}
		for _, ind := range list {
			if len(ind.Dirs) == 1 && ind.Dirs[0] == quad.Label {
				return nil
			}
		}
		list = append(list, labelIndex)
		data, err := json.Marshal(list)
		if err != nil {
			return err
		}
		return tx.Put(keyMetaIndexes, data)
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("add label index: %w", err)
	}
	return db, nil
}
