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
// Limits (see Options): a time limit, a result limit, a memory budget
// watched every few milliseconds (the VM is interrupted past it), a budget
// on the bytes of the results counted as they are emitted, a cap on
// queries running at once, and a call depth limit where goja has one. It
// reaches the goja VM through unexported fields of Cayley v0.7.7's
// gizmo.Session (run.go, attach) and runs the script in a goroutine of its
// own that recovers the panics of Gizmo steps. A query is accepted only as
// application/json or application/x-gizmo, which no HTML form can send.
package gizmo
