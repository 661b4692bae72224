// Package cameo types predicates as CAMEO events: a code, its label and its
// Goldstein value. The tables are generated (cameo.tsv, see internal/gen)
// from the PETRARCH-2 verb dictionary (MIT) and GDELT's CAMEO lookups, and
// embedded with go:embed; supplement.tsv adds verbs and nouns the
// dictionary lacks. See ATTRIBUTION.md beside this file.
//
// It imports only the standard library.
package cameo
