//go:build !linux

package gizmo

const scriptNice = 10

// lowerThreadPriority does nothing where threads have no priority of
// their own.
func lowerThreadPriority(int) error { return nil }
