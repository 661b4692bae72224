package gizmo

import (
	"context"
	"runtime"
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
	// The live heap is only known after a collection, which a query that
	// doubles a string outruns by gigabytes; the heap's objects (live and
	// not yet collected) move with every allocation. When they have grown
	// past the budget, a collection says how much of it is live.
	objects := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	heap := func() int64 {
		metrics.Read(objects)
		if objects[0].Value.Kind() != metrics.KindUint64 {
			return 0
		}
		return int64(objects[0].Value.Uint64())
	}
	base, baseHeap := read(), heap()
	done := make(chan struct{})
	go func() {
		tick := time.NewTicker(memorySampleEvery)
		defer tick.Stop()
		var lastGC time.Time
		for {
			select {
			case <-done:
				return
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			grown := heap() - baseHeap
			over := read()-base > budget || grown > hardFactor*budget
			if !over && grown > budget && time.Since(lastGC) > forcedGCEvery {
				// Collect in the background: a collection waits for
				// the copy of a huge string to finish, and the watch
				// must go on meanwhile.
				lastGC = time.Now()
				go runtime.GC()
			}
			if over {
				stop(errMemoryLimit)
				return
			}
		}
	}()
	return func() { close(done) }
}

// forcedGCEvery bounds how often a watchdog collects to measure the live
// heap.
const forcedGCEvery = 50 * time.Millisecond

// hardFactor: heap objects (live or not yet collected) grown by this many
// budgets stop the query without waiting for a collection to tell what is
// live. Garbage of other requests counts too, so it is set well above one.
const hardFactor = 4
