// Package export writes a graph in the exchange formats of graph tools:
// Cytoscape.js elements JSON, GEXF 1.3 (Gephi, with each edge's dates as a
// spell so the timeline can be played), GraphML, Graphviz DOT and N-Quads
// that load back into a bare Cayley store.
//
// Output is deterministic (input order, attributes sorted), every string is
// escaped for its format, and GraphML IDs are written as xs:NMTOKEN with
// _xHHHH_ escapes (the entity ID stays verbatim in the "entity" attribute).
//
// Its one job is serialisation of the neutral Graph type: it knows nothing of
// GraphQL, HTTP or the quad store. The N-Quads writer takes the IRI
// vocabulary as data (Vocabulary), so this package does not import
// internal/kg; DefaultVocabulary mirrors internal/kg/vocab.go and
// internal/kg's TestExportVocabulary keeps the two equal. It must not import internal/kg, internal/query, graph or
// Cayley's graph packages.
package export
