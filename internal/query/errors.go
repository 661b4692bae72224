package query

import "errors"

// Sentinel errors returned (wrapped) by the Service. Compare with errors.Is.
var (
	// ErrNotFound means the entity, document or relation asked for is not
	// in the graph (or belongs only to documents that are not complete).
	ErrNotFound = errors.New("not found")
	// ErrLimit means a page size, depth, node count or hop count is above
	// the Service's Limits.
	ErrLimit = errors.New("limit exceeded")
	// ErrBadInput means an argument is malformed: an unknown cursor, an
	// inverted range, an unknown enum value.
	ErrBadInput = errors.New("bad input")
)
