// Package query answers read questions over the newsgraph knowledge graph:
// entity lookup and search, relations with their evidence, documents,
// k-hop neighbourhoods, subgraphs, k shortest paths, statistics, rankings and
// timelines, plus change notifications for subscriptions.
//
// The store (a Cayley graph.QuadStore written by internal/kg, using the
// vocabulary of internal/kg/vocab.go) is the only copy of every fact. The
// Service keeps an in-memory index beside it (topology, names, evidence
// attributes, document metadata), built from the store by New and kept fresh
// by IndexDocument and UnindexDocument (DocumentAdded and DocumentDeleted for the ingest pipeline's listener); document text and evidence sentences
// are read from the store on demand. Documents without ng:complete are
// invisible.
//
// Every traversal is bounded: page sizes, depths, node counts, hops and path
// counts are checked against Limits and refused with ErrLimit.
//
// query imports internal/kg (vocabulary only), Cayley's graph and quad
// packages and the standard library. It must not import GraphQL or HTTP code.
package query
