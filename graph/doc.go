// Package graph is the GraphQL API of newsgraph: the gqlgen code generated
// from schema.graphqls (generated.go, schema.resolvers.go), thin resolvers
// over internal/query, and NewHandler, which assembles the HTTP handler the
// server mounts at /graphql with explicit transports, automatic persisted
// queries, per-request dataloaders, a request time limit, panic recovery
// and an error presenter that maps query's sentinel errors to
// extensions.code.
//
// Every operation is bounded before it runs: a token limit while parsing,
// then QueryLimits measures the query as written (each fragment once, so
// the work is linear in its length) against limits on cost, depth, fields
// and aliases. Options.Authorize, when set, sees each operation's type
// first. While it runs, expensive fields (neighborhood, subgraph, paths)
// share a fixed number of slots, WebSockets must initialise in time and
// hold a bounded number of subscriptions, and request bodies gqlgen cannot
// read are answered 413 or 400 without being echoed.
//
// It imports graph/loader, graph/model, internal/query and gqlgen; never
// internal/kg or Cayley. Regenerate with `go generate ./graph`.
package graph
