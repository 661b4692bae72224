// Package graph is the GraphQL API of newsgraph: the gqlgen code generated
// from schema.graphqls (generated.go, schema.resolvers.go), thin resolvers
// over internal/query, and NewHandler, which assembles the HTTP handler the
// server mounts at /graphql with explicit transports, a complexity limit, a
// depth limit, automatic persisted queries, per-request dataloaders, a
// request time limit, panic recovery and an error presenter that maps
// query's sentinel errors to extensions.code.
//
// It imports graph/loader, graph/model, internal/query and gqlgen; never
// internal/kg or Cayley. Regenerate with `go generate ./graph`.
package graph
