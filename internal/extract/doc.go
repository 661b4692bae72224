// Package extract turns the normalised text of one news article into the
// entities it names (people, organisations, countries) and the relations
// between them ("China -sanction-> North Korea"), each with the sentences
// that support it.
//
// It is a pure function of its input: no I/O, no clock, no randomness. All
// data (the language core's models in internal/nlp, the gazetteer, the CAMEO tables, golem's lemma
// dictionary) is compiled into the binary. An Extractor is built once with
// New and is safe for concurrent use.
//
// It must not import the store (internal/kg), ingest, query or anything
// above them. See docs/extraction.md for the pipeline and its rules.
package extract
