//go:build !unix

package main

import "time"

// cpuTime is 0 where there is no getrusage (Windows): bench reports no
// CPU time there.
func cpuTime() time.Duration { return 0 }
