package kg

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"
)

// pgMaxParams bounds the placeholders of one statement (PostgreSQL's limit
// is 65535).
const pgMaxParams = 60000

// pgWriter writes quads into Cayley's PostgreSQL schema (tables nodes and
// quads, as graph/sql creates them) in set-based statements: Cayley's own
// write path runs one INSERT per node and one per quad, a round trip each.
// Values are encoded with Cayley's csql.NodeValues and hashed with
// graph.HashOf, so Cayley reads what pgWriter writes.
type pgWriter struct {
	db *sql.DB
}

// change is one transaction of kg's on PostgreSQL: it removes the stored
// quads drop and every quad labelled dropLabel (when not nil), then adds
// quads, and returns how many it added and removed. A quad to add that is
// already stored (written by another process, a duplicate in the batch, or
// kept by a replaced document) is skipped; node reference counts change
// only by the quads actually inserted and deleted, unlike Cayley's IgnoreDup
// path which counts skipped ones too; nodes left without references are
// deleted. Adding is a few multi-row statements per batch, removing one
// DELETE ... RETURNING: Cayley's own path runs a statement per node and
// per quad, then looks for unreferenced nodes over the whole nodes table.
func (w *pgWriter) change(ctx context.Context, add, drop []quad.Quad, dropLabel quad.Value) (added, removed int, err error) {
	// Distinct nodes and quads to add, by hash.
	nodes := make(map[graph.ValueHash]quad.Value)
	seen := make(map[[4]graph.ValueHash]bool, len(add))
	var qhs [][4]graph.ValueHash
	for _, q := range add {
		h := quadHashes(q)
		for i, d := range quad.Directions {
			if v := q.Get(d); v != nil {
				nodes[h[i]] = v
			}
		}
		if !seen[h] {
			seen[h] = true
			qhs = append(qhs, h)
		}
	}
	tx, err := w.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, 0, fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // after Commit it is a no-op

	// refs is the change of each node's reference count.
	refs := make(map[graph.ValueHash]int)
	if dropLabel != nil {
		n, err := deleteQuads(ctx, tx, refs, `DELETE FROM quads WHERE label_hash = $1
			RETURNING subject_hash, predicate_hash, object_hash, label_hash`,
			csql.NodeHash{ValueHash: graph.HashOf(dropLabel)}.SQLValue())
		if err != nil {
			return 0, 0, err
		}
		removed += n
	}
	dropHashes := make([][4]graph.ValueHash, len(drop))
	for i, q := range drop {
		dropHashes[i] = quadHashes(q)
	}
	for rest := dropHashes; len(rest) > 0; {
		k := min(len(rest), pgMaxParams/4)
		var sb strings.Builder
		sb.WriteString("DELETE FROM quads q USING (VALUES ")
		args := writeQuadRows(&sb, rest[:k], "")
		sb.WriteString(`) AS d(s, p, o, l) WHERE q.subject_hash = d.s AND q.predicate_hash = d.p
			AND q.object_hash = d.o AND q.label_hash = d.l
			RETURNING q.subject_hash, q.predicate_hash, q.object_hash, q.label_hash`)
		n, err := deleteQuads(ctx, tx, refs, sb.String(), args...)
		if err != nil {
			return 0, 0, err
		}
		removed += n
		rest = rest[k:]
	}
	dropped := make([]graph.ValueHash, 0, len(refs))
	for h := range refs {
		dropped = append(dropped, h)
	}
	// Lock every stored node this transaction touches, in hash order:
	// kg's transactions all take them in this one order, so two of them
	// cannot each wait for the other (insertNodes goes by value type).
	hashes := make([]graph.ValueHash, 0, len(nodes))
	for h := range nodes {
		hashes = append(hashes, h)
	}
	sortHashes(hashes)
	all := append(slices.Clone(hashes), dropped...)
	sortHashes(all)
	all = slices.Compact(all)
	if err := lockNodes(ctx, tx, all); err != nil {
		return 0, 0, err
	}
	if err := insertNodes(ctx, tx, hashes, nodes); err != nil {
		return 0, 0, err
	}
	if added, err = insertQuads(ctx, tx, qhs, refs); err != nil {
		return 0, 0, err
	}
	if err := addRefs(ctx, tx, all, refs); err != nil {
		return 0, 0, err
	}
	if len(dropped) > 0 {
		sortHashes(dropped)
		if _, err := tx.ExecContext(ctx, `DELETE FROM nodes WHERE hash = ANY($1) AND refs <= 0`,
			hashArray(dropped)); err != nil {
			return 0, 0, fmt.Errorf("delete nodes: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, 0, fmt.Errorf("commit: %w", err)
	}
	return added, removed, nil
}

// writeQuadRows writes the rows "($1::bytea,$2::bytea,$3::bytea,$4::bytea<tail>)"
// of a multi-row VALUES list for the quads' four hashes, comma separated,
// and returns the values of the placeholders.
func writeQuadRows(sb *strings.Builder, qhs [][4]graph.ValueHash, tail string) []any {
	args := make([]any, 0, 4*len(qhs))
	for i, h := range qhs {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteByte('(')
		for j := range h {
			if j > 0 {
				sb.WriteByte(',')
			}
			args = append(args, csql.NodeHash{ValueHash: h[j]}.SQLValue())
			sb.WriteString("$" + strconv.Itoa(len(args)) + "::bytea")
		}
		sb.WriteString(tail + ")")
	}
	return args
}

// quadHashes is the hashes of a quad's four values (zero for none).
func quadHashes(q quad.Quad) (h [4]graph.ValueHash) {
	for i, d := range quad.Directions {
		if v := q.Get(d); v != nil {
			h[i] = graph.HashOf(v)
		}
	}
	return h
}

func sortHashes(hs []graph.ValueHash) {
	slices.SortFunc(hs, func(a, b graph.ValueHash) int { return bytes.Compare(a[:], b[:]) })
}

// deleteQuads runs a DELETE ... RETURNING the four hashes of each quad
// deleted, subtracts their references in refs and returns how many it
// deleted.
func deleteQuads(ctx context.Context, tx *sql.Tx, refs map[graph.ValueHash]int, query string, args ...any) (int, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return 0, fmt.Errorf("delete quads: %w", err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var h [4]csql.NodeHash
		if err := rows.Scan(&h[0], &h[1], &h[2], &h[3]); err != nil {
			return 0, fmt.Errorf("delete quads: %w", err)
		}
		for _, x := range h {
			if x.Valid() {
				refs[x.ValueHash]--
			}
		}
		n++
	}
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("delete quads: %w", err)
	}
	return n, nil
}

// insertNodes inserts the nodes not yet stored with a reference count of
// zero and locks those stored, one multi-row INSERT per value type and
// chunk.
func insertNodes(ctx context.Context, tx *sql.Tx, hashes []graph.ValueHash, nodes map[graph.ValueHash]quad.Value) error {
	byType := make(map[csql.ValueType][][]any)
	var types []csql.ValueType
	for _, h := range hashes {
		t, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: h}, nodes[h])
		if err != nil {
			return fmt.Errorf("node %v: %w", nodes[h], err)
		}
		if _, ok := byType[t]; !ok {
			types = append(types, t)
		}
		byType[t] = append(byType[t], vals)
	}
	slices.Sort(types)
	for _, t := range types {
		rows := byType[t]
		cols := "hash, " + strings.Join(t.Columns(), ", ")
		width := len(rows[0])
		for len(rows) > 0 {
			k := min(len(rows), pgMaxParams/width)
			var (
				sb   strings.Builder
				args = make([]any, 0, k*width)
			)
			sb.WriteString("INSERT INTO nodes (refs, " + cols + ") VALUES ")
			for i, r := range rows[:k] {
				if i > 0 {
					sb.WriteByte(',')
				}
				sb.WriteString("(0")
				for _, v := range r {
					args = append(args, v)
					sb.WriteString(",$" + strconv.Itoa(len(args)))
				}
				sb.WriteByte(')')
			}
			// The no-op update locks the stored row until commit: a
			// concurrent delete of unreferenced nodes (Cayley's delete path)
			// waits, then sees the new references; a row it deleted first
			// is inserted again. This stands in for Cayley's foreign keys,
			// which kg drops (see dropForeignKeys).
			sb.WriteString(" ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs")
			if _, err := tx.ExecContext(ctx, sb.String(), args...); err != nil {
				return fmt.Errorf("insert nodes: %w", err)
			}
			rows = rows[k:]
		}
	}
	return nil
}

// insertQuads inserts the quads, skipping those already stored, adds the
// references of the inserted ones to refs and returns how many it
// inserted.
func insertQuads(ctx context.Context, tx *sql.Tx, qhs [][4]graph.ValueHash, refs map[graph.ValueHash]int) (int, error) {
	n := 0
	for len(qhs) > 0 {
		k := min(len(qhs), pgMaxParams/4)
		var sb strings.Builder
		sb.WriteString("INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts) VALUES ")
		args := writeQuadRows(&sb, qhs[:k], ",now()")
		sb.WriteString(" ON CONFLICT DO NOTHING RETURNING subject_hash, predicate_hash, object_hash, label_hash")
		rows, err := tx.QueryContext(ctx, sb.String(), args...)
		if err != nil {
			return 0, fmt.Errorf("insert quads: %w", err)
		}
		for rows.Next() {
			var h [4]csql.NodeHash
			if err := rows.Scan(&h[0], &h[1], &h[2], &h[3]); err != nil {
				rows.Close()
				return 0, fmt.Errorf("insert quads: %w", err)
			}
			for _, x := range h {
				if x.Valid() {
					refs[x.ValueHash]++
				}
			}
			n++
		}
		if err := rows.Close(); err != nil {
			return 0, fmt.Errorf("insert quads: %w", err)
		}
		if err := rows.Err(); err != nil {
			return 0, fmt.Errorf("insert quads: %w", err)
		}
		qhs = qhs[k:]
	}
	return n, nil
}

// addRefs adds the reference counts (negative ones subtract), in hash
// order, one UPDATE per chunk.
func addRefs(ctx context.Context, tx *sql.Tx, hashes []graph.ValueHash, refs map[graph.ValueHash]int) error {
	const width = 2
	var todo []graph.ValueHash
	for _, h := range hashes {
		if refs[h] != 0 {
			todo = append(todo, h)
		}
	}
	for len(todo) > 0 {
		k := min(len(todo), pgMaxParams/width)
		var (
			sb   strings.Builder
			args = make([]any, 0, k*width)
		)
		sb.WriteString("UPDATE nodes SET refs = nodes.refs + d.n FROM (VALUES ")
		for i, h := range todo[:k] {
			if i > 0 {
				sb.WriteByte(',')
			}
			args = append(args, csql.NodeHash{ValueHash: h}.SQLValue(), refs[h])
			fmt.Fprintf(&sb, "($%d::bytea,$%d::int)", len(args)-1, len(args))
		}
		sb.WriteString(") AS d(hash, n) WHERE nodes.hash = d.hash")
		if _, err := tx.ExecContext(ctx, sb.String(), args...); err != nil {
			return fmt.Errorf("update node refs: %w", err)
		}
		todo = todo[k:]
	}
	return nil
}

// lockNodes locks the stored nodes among hashes (sorted) in hash order,
// until the transaction ends: kg's writers and deletes take them in this
// one order, so that two transactions cannot each wait for the other.
func lockNodes(ctx context.Context, tx *sql.Tx, hashes []graph.ValueHash) error {
	if _, err := tx.ExecContext(ctx, `SELECT 1 FROM nodes WHERE hash = ANY($1) ORDER BY hash FOR UPDATE`,
		hashArray(hashes)); err != nil {
		return fmt.Errorf("lock nodes: %w", err)
	}
	return nil
}

// hashArray is hashes as a PostgreSQL bytea[] parameter.
func hashArray(hashes []graph.ValueHash) pq.ByteaArray {
	out := make(pq.ByteaArray, len(hashes))
	for i, h := range hashes {
		out[i] = bytes.Clone(h[:])
	}
	return out
}

// dropForeignKeys removes the foreign keys from quads to nodes that Cayley
// creates: checked row by row by triggers, they took half the time of a
// bulk insert, and pgWriter keeps their guarantee itself (it inserts and
// locks every node a quad names in the same transaction). It does nothing
// when they are gone already.
func dropForeignKeys(ctx context.Context, db *sql.DB) error {
	var n int
	err := db.QueryRowContext(ctx, `SELECT count(*) FROM pg_constraint
		WHERE conrelid = 'quads'::regclass AND contype = 'f'`).Scan(&n)
	if err != nil || n == 0 {
		return err
	}
	_, err = db.ExecContext(ctx, `ALTER TABLE quads
		DROP CONSTRAINT IF EXISTS subject_hash_fk, DROP CONSTRAINT IF EXISTS predicate_hash_fk,
		DROP CONSTRAINT IF EXISTS object_hash_fk, DROP CONSTRAINT IF EXISTS label_hash_fk`)
	return err
}

// complete returns the set of the given documents that are complete in the
// store (they have the quad <doc> ng:complete true), in one query. The map
// is never nil.
func (w *pgWriter) complete(ctx context.Context, ids []string) (map[string]bool, error) {
	out := make(map[string]bool)
	if len(ids) == 0 {
		return out, nil
	}
	byHash := make(map[graph.ValueHash]string, len(ids))
	subjects := make([][]byte, 0, len(ids))
	for _, id := range ids {
		h := graph.HashOf(DocumentIRI(id))
		byHash[h] = id
		subjects = append(subjects, h[:])
	}
	rows, err := w.db.QueryContext(ctx, `SELECT DISTINCT subject_hash FROM quads
		WHERE subject_hash = ANY($1) AND predicate_hash = $2 AND object_hash = $3`,
		pq.ByteaArray(subjects),
		csql.NodeHash{ValueHash: graph.HashOf(PredComplete)}.SQLValue(),
		csql.NodeHash{ValueHash: graph.HashOf(quad.Bool(true))}.SQLValue())
	if err != nil {
		return nil, fmt.Errorf("complete documents: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var h csql.NodeHash
		if err := rows.Scan(&h); err != nil {
			return nil, fmt.Errorf("complete documents: %w", err)
		}
		if id, ok := byHash[h.ValueHash]; ok {
			out[id] = true
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("complete documents: %w", err)
	}
	return out, nil
}
