// Package gizmo serves read-only Gizmo queries (Cayley's JavaScript graph
// query language, e.g. g.V("<ng:e/gpe/china>").Out("<ng:r/sanction>").All())
// over HTTP for power users.
//
// Its one job is the HTTP endpoint: it runs each query in a fresh Gizmo
// session on a quad store that refuses writes, with a time limit and a
// result limit, and answers JSON. It imports Cayley's graph and query/gizmo
// packages only; it must not import internal/query, graph or internal/server
// (the server mounts Handler).
package gizmo
