// Package nlp is newsgraph's statistical language core: a tokeniser and
// sentence splitter for news text, a part-of-speech tagger, a
// transition-based dependency parser (Universal Dependencies relations) and a
// named-entity recogniser, all averaged perceptrons whose models are compiled
// into the binary.
//
// Everything here is pure: text in, annotations out, no I/O after the models
// are loaded. A *Pipeline is safe for concurrent use. Training code lives in
// internal/nlp/internal/train; package extract builds its rules on the
// annotations this package returns, and nothing above extract knows that
// models exist.
//
// nlp imports only the standard library.
package nlp
