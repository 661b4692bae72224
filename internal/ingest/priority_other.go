//go:build !linux

package ingest

import "errors"

var errNoThreadPriority = errors.New("thread priorities are set on Linux only")

func lowerThreadPriority(int) error { return errNoThreadPriority }

func threadPriority() (int, error) { return 0, errNoThreadPriority }
