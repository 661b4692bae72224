package backends

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/hidal-go/hidalgo/kv/flat"
	"github.com/syndtr/goleveldb/leveldb"
	lerrors "github.com/syndtr/goleveldb/leveldb/errors"
	"github.com/syndtr/goleveldb/leveldb/iterator"
	"github.com/syndtr/goleveldb/leveldb/opt"
	"github.com/syndtr/goleveldb/leveldb/util"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// levelDB is hidalgo's flat key-value interface over goleveldb with write
// transactions that commit as one leveldb.Batch.
//
// hidalgo's own LevelDB binding commits through leveldb.Transaction, which
// writes every commit as a new level-0 table: with one transaction per
// document, compaction then took two thirds of the CPU and ingestion fell
// below 5,000 quads/s after a few hundred thousand quads. A batch goes to
// the journal as one record, which recovery applies whole or skips whole
// (a torn last record is dropped), so a commit stays atomic.
//
// A write transaction reads from a snapshot taken when it starts, plus its
// own pending writes. Cayley serialises its writers, and LevelDB's file lock
// keeps other processes out, so no write is lost between the two.
type levelDB struct {
	db *leveldb.DB
}

var _ flat.KV = (*levelDB)(nil)

func (d *levelDB) Close() error { return d.db.Close() }

func (d *levelDB) Tx(rw bool) (flat.Tx, error) {
	sn, err := d.db.GetSnapshot()
	if err != nil {
		return nil, err
	}
	tx := &levelTx{db: d.db, sn: sn}
	if rw {
		tx.pending = make(map[string]pendingValue)
	}
	return tx, nil
}

type pendingValue struct {
	val []byte
	del bool
}

type levelTx struct {
	db      *leveldb.DB
	sn      *leveldb.Snapshot
	pending map[string]pendingValue // nil for a read-only transaction
	closed  bool
}

func (tx *levelTx) Get(ctx context.Context, key flat.Key) (flat.Value, error) {
	if p, ok := tx.pending[string(key)]; ok {
		if p.del {
			return nil, flat.ErrNotFound
		}
		return p.val, nil
	}
	val, err := tx.sn.Get(key, nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		return nil, flat.ErrNotFound
	}
	return val, err
}

// seqBatch is the smallest batch GetBatch reads with one iterator instead
// of a Get per key.
const seqBatch = 8

// GetBatch reads keys in key order through one snapshot iterator: from one
// key to the next a few steps forward cost less than a Get, which searches
// every level of the tree again. Cayley's full-store scan asks for runs of
// consecutive log entries, and its index reads for sorted keys; this
// halved the scan that builds serve's read index (BenchmarkScanAll). A
// value is nil when the key is absent, as flat.GetBatch has it.
func (tx *levelTx) GetBatch(ctx context.Context, keys []flat.Key) ([]flat.Value, error) {
	if len(keys) < seqBatch {
		return flat.GetBatch(ctx, tx, keys)
	}
	order := make([]int, len(keys))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return bytes.Compare(keys[a], keys[b]) })
	it := tx.sn.NewIterator(nil, nil)
	defer it.Release()
	vals := make([]flat.Value, len(keys))
	valid := false
	for n, i := range order {
		key := keys[i]
		if p, ok := tx.pending[string(key)]; ok {
			if !p.del {
				vals[i] = p.val
			}
			continue
		}
		if n > 0 && bytes.Equal(key, keys[order[n-1]]) {
			vals[i] = vals[order[n-1]]
			continue
		}
		// Step forward a little; seek when the next key is further on.
		steps := 0
		for valid && bytes.Compare(it.Key(), key) < 0 && steps < 4 {
			valid = it.Next()
			steps++
		}
		if !valid || bytes.Compare(it.Key(), key) < 0 {
			valid = it.Seek(key)
		}
		if valid && bytes.Equal(it.Key(), key) {
			vals[i] = bytes.Clone(it.Value())
		}
	}
	if err := it.Error(); err != nil {
		return nil, err
	}
	return vals, ctx.Err()
}

func (tx *levelTx) Put(k flat.Key, v flat.Value) error {
	if tx.pending == nil {
		return flat.ErrReadOnly
	}
	tx.pending[string(k)] = pendingValue{val: bytes.Clone(v)}
	return nil
}

func (tx *levelTx) Del(k flat.Key) error {
	if tx.pending == nil {
		return flat.ErrReadOnly
	}
	tx.pending[string(k)] = pendingValue{del: true}
	return nil
}

func (tx *levelTx) Commit(ctx context.Context) error {
	if tx.closed {
		return errors.New("leveldb: transaction already closed")
	}
	defer tx.Close()
	if len(tx.pending) == 0 {
		return nil
	}
	keys := make([]string, 0, len(tx.pending))
	for k := range tx.pending {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b := new(leveldb.Batch)
	for _, k := range keys {
		if p := tx.pending[k]; p.del {
			b.Delete([]byte(k))
		} else {
			b.Put([]byte(k), p.val)
		}
	}
	// Sync: a committed document survives a power cut too, not only a
	// crash of the process.
	return tx.db.Write(b, &opt.WriteOptions{Sync: true})
}

func (tx *levelTx) Close() error {
	if !tx.closed {
		tx.closed = true
		tx.sn.Release()
		tx.pending = nil
	}
	return nil
}

// Scan iterates over the keys with the prefix: the snapshot's, overlaid
// with the transaction's pending writes.
func (tx *levelTx) Scan(pref flat.Key) flat.Iterator {
	it := &levelIter{snap: tx.sn.NewIterator(util.BytesPrefix(pref), nil)}
	for k, p := range tx.pending {
		if bytes.HasPrefix([]byte(k), pref) {
			it.pend = append(it.pend, pendingKV{key: []byte(k), pendingValue: p})
		}
	}
	slices.SortFunc(it.pend, func(a, b pendingKV) int { return bytes.Compare(a.key, b.key) })
	return it
}

type pendingKV struct {
	key []byte
	pendingValue
}

type levelIter struct {
	snap     iterator.Iterator
	snapOK   bool // snap is positioned on an entry not yet returned
	started  bool
	pend     []pendingKV
	key, val []byte
}

func (it *levelIter) Next(ctx context.Context) bool {
	if !it.started {
		it.started = true
		it.snapOK = it.snap.First()
	}
	for {
		switch {
		case !it.snapOK && len(it.pend) == 0:
			it.key, it.val = nil, nil
			return false
		case len(it.pend) > 0 && (!it.snapOK || bytes.Compare(it.pend[0].key, it.snap.Key()) <= 0):
			p := it.pend[0]
			it.pend = it.pend[1:]
			if it.snapOK && bytes.Equal(p.key, it.snap.Key()) {
				it.snapOK = it.snap.Next() // the pending write replaces it
			}
			if p.del {
				continue
			}
			it.key, it.val = p.key, p.val
			return true
		default:
			// Copy: Key and Val must stay valid until the next call, and
			// the snapshot iterator moves on now.
			it.key, it.val = bytes.Clone(it.snap.Key()), bytes.Clone(it.snap.Value())
			it.snapOK = it.snap.Next()
			return true
		}
	}
}

func (it *levelIter) Key() flat.Key   { return it.key }
func (it *levelIter) Val() flat.Value { return it.val }
func (it *levelIter) Err() error      { return it.snap.Error() }
func (it *levelIter) Close() error {
	it.snap.Release()
	return it.snap.Error()
}

// corrupt marks goleveldb's corruption errors (a table the manifest lists
// is missing, a damaged manifest) kg.ErrCorrupt, naming the missing files.
func corrupt(err error) error {
	if !lerrors.IsCorrupted(err) {
		return err
	}
	// goleveldb's errors predate Unwrap: ErrCorrupted holds the cause.
	var c *lerrors.ErrCorrupted
	if !errors.As(err, &c) {
		return fmt.Errorf("%w: %w", kg.ErrCorrupt, err)
	}
	if missing, ok := c.Err.(*lerrors.ErrMissingFiles); ok && len(missing.Fds) > 0 {
		names := make([]string, len(missing.Fds))
		for i, fd := range missing.Fds {
			names[i] = fmt.Sprintf("%06d.ldb", fd.Num)
		}
		return fmt.Errorf("%w: table %s missing: %w", kg.ErrCorrupt, strings.Join(names, ", "), err)
	}
	return fmt.Errorf("%w: %w", kg.ErrCorrupt, err)
}

// checkTables compares the size of every table file the LevelDB manifest
// lists with the file on disk. goleveldb opens a table only when a read
// needs it, and Cayley's lookups (ValueOf, NameOf) drop the error it then
// returns, so a truncated or missing table would otherwise read as missing
// data: a store that opens, answers, and returns empty documents. A
// mismatch is kg.ErrCorrupt, naming the file.
func checkTables(dir string, db *leveldb.DB) error {
	list, err := db.GetProperty("leveldb.sstables")
	if err != nil {
		return fmt.Errorf("list tables: %w", err)
	}
	for _, line := range strings.Split(list, "\n") {
		// "NUM:SIZE[min .. max]", under "--- level N ---" headers.
		num, rest, ok := strings.Cut(line, ":")
		if !ok || strings.HasPrefix(line, "---") {
			continue
		}
		size, _, ok := strings.Cut(rest, "[")
		n, err1 := strconv.ParseInt(num, 10, 64)
		want, err2 := strconv.ParseInt(size, 10, 64)
		if !ok || err1 != nil || err2 != nil {
			return fmt.Errorf("list tables: unexpected line %q", line)
		}
		name := filepath.Join(dir, fmt.Sprintf("%06d.ldb", n))
		fi, err := os.Stat(name)
		if errors.Is(err, fs.ErrNotExist) {
			// goleveldb still reads tables under their old extension.
			name = filepath.Join(dir, fmt.Sprintf("%06d.sst", n))
			fi, err = os.Stat(name)
		}
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return fmt.Errorf("%w: table %s missing", kg.ErrCorrupt, filepath.Base(name))
		case err != nil:
			return err
		case fi.Size() != want:
			return fmt.Errorf("%w: table %s is %d bytes, LevelDB's manifest says %d (truncated or overwritten)",
				kg.ErrCorrupt, filepath.Base(name), fi.Size(), want)
		}
	}
	return nil
}
