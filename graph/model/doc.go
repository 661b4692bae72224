// Package model holds the Go types of the GraphQL schema: the ones gqlgen
// generates (models_gen.go: connections, inputs, enums) and the hand-written
// ones it binds (model.go), which carry the IDs that field resolvers follow.
//
// It imports only the standard library.
package model
