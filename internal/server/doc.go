// Package server is newsgraph's HTTP surface. New mounts:
//
//	/            the GraphQL playground (internal/playground)
//	/graphql     the GraphQL endpoint (graph.NewHandler), WebSocket included
//	/explore     the graph explorer (internal/explorer)
//	/export      the graph, or a filtered part of it, as a file (internal/export)
//	/gizmo       read-only Gizmo queries over the quad store (internal/gizmo)
//	/healthz     the process answers
//	/readyz      the store answers (Pinger)
//	/metrics     Prometheus metrics (internal/metrics), read like /export
//
// and puts in front of them, outermost first: the access log with request
// IDs (Config.AccessLog, X-Request-Id); panic recovery; security
// headers on every answer (nosniff, no referrer, no framing); the Host
// check against DNS rebinding (loopback names and Config.AllowedHosts,
// 421 HOST_NOT_ALLOWED); CORS for the configured origins only; the API key
// of the Authorization header (internal/auth; a wrong key is 401
// UNAUTHENTICATED anywhere, /gizmo needs a read key when keys exist); and
// the limits: a time limit on every request that is not a WebSocket, a
// body size limit (413 BODY_TOO_LARGE) and a time limit on receiving the
// body. NewHTTPServer wraps the handler in an http.Server with header and
// idle timeouts.
//
// server maps query's sentinel errors to HTTP statuses for /export. It
// reaches the store only through the Pinger, Grapher and handler values it
// is given; it imports graph-free packages only for their types.
package server
