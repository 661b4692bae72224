// Package playground serves newsgraph's GraphQL playground: a GraphiQL page
// whose every script, stylesheet and font is embedded in the binary and served
// by the same handler, so the page works on a machine with no internet access.
//
// Handler renders the page once, at construction, and serves it at "/"; the
// assets live under AssetPrefix ("/playground/assets/"), with content types,
// ETags, Subresource Integrity hashes, gzip, and year-long immutable caching
// for URLs that carry the asset's content hash. The page's Content-Security-Policy
// allows scripts only from the page's own origin.
//
// The vendored files (GraphiQL, React, ReactDOM) come from the npm registry;
// assets/README.md names the versions and assets/refresh.sh re-fetches them.
//
// playground imports only the standard library; it knows nothing about the
// schema and reaches the GraphQL endpoint only from the browser.
package playground
