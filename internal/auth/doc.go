// Package auth holds newsgraph's API keys: their hashed form at rest (one
// line per key, "<name> <scope,...> <sha256-hex-of-key>"), their generation,
// the check of a presented key in constant time, and the scopes of the
// request's key in its context.
//
// Its one job is to answer "which key is this, and may it do that?". It
// imports the standard library only: the server sets the key in the
// context (WithKey) and cmd wires the GraphQL handler's authorization with
// Require; neither HTTP statuses nor GraphQL codes are chosen here.
package auth
