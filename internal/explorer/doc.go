// Package explorer serves the graph explorer at /explore: a single page,
// built from web/ with npm (Cytoscape.js bundled by esbuild) and embedded
// from web/dist, that talks only to the public GraphQL API and /export.
// Nothing runs npm at run time; the package's test checks that web/dist is
// what `npm ci && npm run build` produces from the lock file.
package explorer
