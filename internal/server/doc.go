// Package server is newsgraph's HTTP surface. New mounts:
//
//	/            the GraphQL playground (internal/playground)
//	/graphql     the GraphQL endpoint (graph.NewHandler), WebSocket included
//	/export      the graph, or a filtered part of it, as a file (internal/export)
//	/gizmo       read-only Gizmo queries over the quad store (internal/gizmo)
//	/healthz     the process answers
//	/readyz      the store answers (Pinger)
//
// with a time limit on every request that is not a WebSocket, a body size
// limit, and panic recovery. NewHTTPServer wraps the handler in an
// http.Server with header, idle and write timeouts.
//
// server maps query's sentinel errors to HTTP statuses for /export. It
// reaches the store only through the Pinger, Grapher and handler values it
// is given; it imports graph-free packages only for their types.
package server
