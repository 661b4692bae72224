// Package query answers read questions over the newsgraph knowledge graph:
// entity lookup and search, relations with their evidence, documents,
// k-hop neighbourhoods, subgraphs, k shortest paths, statistics, rankings and
// timelines, plus change notifications for subscriptions.
//
// The store (a Cayley graph.QuadStore written by internal/kg, in the
// vocabulary of internal/kg/vocab.go) is the only copy of every fact. The
// Service keeps an index in memory beside it (topology, names, evidence
// attributes, document metadata): New builds it with one scan of the store,
// and IndexDocument and UnindexDocument (DocumentAdded and DocumentDeleted
// for the ingest pipeline's listener) keep it fresh, reading only the quads
// labelled with the document; DocumentWritten takes those quads from the
// writer instead of reading them. Document texts and evidence sentences are
// read from the store on demand. Documents without ng:complete are
// invisible.
//
// Reads do not wait behind writes: a writer reads the document from the
// store and prepares everything it can holding only its own lock, then
// changes the index under the read-write lock for microseconds, entering
// only between readers (it does not queue ahead of new readers unless they
// keep it out for 50 ms). The search index (names, aliases, their words and
// trigrams) is updated per entity whose name, aliases or visibility changed;
// when the words added or dropped since its last build outgrow an eighth of
// it, it is rebuilt beside the live one and swapped in.
//
// Why an index beside Cayley: on LevelDB with a million quads, Cayley's
// iterators answer one entity's out-edges in 0.8 ms median but 16 ms p99, and
// a two-hop expansion in 66/166 ms (/work/shared/notes/stack.md; BenchmarkAPI in
// internal/server measures the direct way too),
// above the API's 10 ms and 50 ms targets; filters on evidence (dates,
// Goldstein, CAMEO, confidence) would add a lookup per evidence node.
//
// Merges: Merge makes entity IDs aliases of another entity and Split undoes
// it, without re-ingesting. They are stored (through MergeStore, kg's
// <ng:sameAs> quads under <ng:merges>) before the index changes, read back
// by New and Reload, and applied by indexing every document as if its
// merged entity IDs were the ID they are merged into: only the documents
// naming the merged entities are read again. A question about a merged ID
// answers with the entity it is merged into. Merges made by another
// process sharing the store are applied by ReloadMerges (or Reload).
//
// Every traversal is bounded: page sizes, depths, node counts, hops and path
// counts are checked against Limits and refused with ErrLimit.
//
// Beside the index: a full-text index of document titles and texts
// (bleve, text.go), built in memory on first use or kept on disk with
// WithTextIndex; graph analytics (PageRank and Louvain communities with
// gonum, betweenness by Brandes) over the relations a filter selects,
// cached per index version and filter (centrality.go); and a bounded cache
// of evidence sentences (sentence.go).
//
// query imports internal/kg (vocabulary, and kg.ReadMerges and
// kg.WriteMerges on the quad store), Cayley's graph and quad
// packages, bleve, gonum and the standard library. It must not import
// GraphQL or HTTP code.
package query
