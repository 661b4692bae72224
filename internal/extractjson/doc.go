// Package extractjson is the `newsgraph extract` JSON Lines format: one
// object per document, {"document": {...}, "entities": [...],
// "relations": [...]}, described by docs/extract.schema.json and
// docs/extract-format.md. It writes it (NewLine), and reads and validates it
// from any tool (Decode, Reader), so that `newsgraph ingest --import` stores
// what another extractor found.
//
// Validation is strict: every offset is inside the text and on the quoted
// text, every entity a relation or evidence names is listed, every type and
// kind is known; a bad line fails alone, with an error naming the line, the
// document and the field.
//
// It imports internal/article and internal/extract (their types), nothing
// above them.
package extractjson
