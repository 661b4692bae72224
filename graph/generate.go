package graph

// gqlgen reads ../gqlgen.yml and ../schema.graphqls from the repository root.
//go:generate go -C .. tool gqlgen generate
