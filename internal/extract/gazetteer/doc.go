// Package gazetteer holds newsgraph's compiled-in lists of named things:
// countries with their official names, capitals, seats of government and
// demonyms (mledoze/countries, ODbL 1.0), people and organisations from the
// PETRARCH-2 Phoenix actor dictionaries (MIT), cities and regions (LOC,
// from the same dictionaries), English first names with gender (CC0), and a
// hand-kept list (curated.tsv). Data is embedded with go:embed; nothing is
// read at run time. See ATTRIBUTION.md beside this file.
//
// It imports only the standard library.
package gazetteer
