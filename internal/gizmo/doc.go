// Package gizmo serves read-only Gizmo queries (Cayley's JavaScript graph
// query language, e.g. g.V("<ng:e/gpe/china>").Out("<ng:r/sanction>").All())
// over HTTP for power users.
//
// Its one job is the HTTP endpoint: it runs each query in a fresh Gizmo
// session on a quad store that refuses writes, with a time limit and a
// result limit, and answers JSON. It imports Cayley's graph and query/gizmo
// packages only; it must not import internal/query, graph or internal/server
// (the server mounts Handler).
//
// It runs Cayley's query/gizmo sessions itself rather than wrapping
// cayleyhttp.NewAPIv2: that API answers every failure, timeouts included,
// with status 400, and mounts /api/v2/read (a dump of the whole store, with
// no limit) even in read-only mode.
//
// Limits: Options.Limit caps the results of All, GetLimit and Emit; a script
// that builds arrays itself (ToArray, ForEach) is bounded by the time limit
// only.
package gizmo
