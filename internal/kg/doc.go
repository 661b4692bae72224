// Package kg is newsgraph's data model on Cayley and the write side of the
// store: the IRI vocabulary (vocab.go), the mapping of one document and its
// extraction result to quads (quads.go), and Store, which opens a Cayley
// quad store and adds, checks and deletes documents atomically.
//
// Every quad a document contributes carries the document's IRI as its label,
// so the same fact stated by two documents is two quads, and deleting a
// document retracts exactly its own quads. One document is one Cayley
// transaction (AddDocument), or a batch of documents is one (AddDocuments:
// one commit, every document of it whole or absent after a crash);
// ReplaceDocument puts an updated version in place of the stored one.
// Merges of entities (merge.go) are <ng:sameAs> quads under a label of
// their own, <ng:merges>, so document deletes never touch them;
// WriteMerges changes them in one transaction, Merges reads them.
// OpenReadOnly opens an existing store without writing (export, serve
// --read-only); Ping reads real data through Cayley, keeping the errors its
// lookups otherwise drop, and a damaged LevelDB store (a table shorter than
// its manifest says) fails Open with ErrCorrupt. The data model is
// described in docs/data-model.md, sizes and numbers in
// docs/operations.md.
//
// kg imports Cayley (graph, graph/path), cayleygraph/quad, and
// internal/extract and internal/article for their types only. It registers
// no backends: import internal/kg/backends for that.
package kg
