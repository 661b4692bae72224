package gizmo

import (
	"context"
	"runtime/metrics"
	"time"
)

// memorySampleEvery is how often the watchdog reads the process's memory.
const memorySampleEvery = 5 * time.Millisecond

// memorySamples are what the watchdog adds up: the heap marked live by the
// last garbage collection (garbage does not count, so a query that churns
// through the store is not stopped) and the goroutine stacks (recursion
// through Go built-ins grows them, not the heap).
var memorySamples = [...]string{"/gc/heap/live:bytes", "/memory/classes/heap/stacks:bytes"}

// watchMemory stops the query of ctx with errMemoryLimit once the process's
// memory has grown by more than budget since the call. The returned func
// ends the watch.
func watchMemory(ctx context.Context, budget int64, stop context.CancelCauseFunc) (end func()) {
	samples := make([]metrics.Sample, len(memorySamples))
	for i, name := range memorySamples {
		samples[i].Name = name
	}
	read := func() int64 {
		metrics.Read(samples)
		var n int64
		for _, s := range samples {
			if s.Value.Kind() == metrics.KindUint64 {
				n += int64(s.Value.Uint64())
			}
		}
		return n
	}
	base := read()
	done := make(chan struct{})
	go func() {
		tick := time.NewTicker(memorySampleEvery)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			if read()-base > budget {
				stop(errMemoryLimit)
				return
			}
		}
	}()
	return func() { close(done) }
}
