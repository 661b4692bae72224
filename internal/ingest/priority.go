package ingest

import "runtime"

// BackgroundNice is the nice value of the OS threads a Background
// pipeline does its work on.
const BackgroundNice = 10

// Background makes the pipeline do its CPU work (extraction, writes, the
// listeners) on OS threads of their own with a lower scheduling priority
// (nice BackgroundNice, on Linux), so that a server answers queries first
// while it ingests: when the CPUs are all busy, the kernel runs the
// request handlers' threads ahead of the ingest's, and the ingest takes
// whatever CPU they leave. On an idle machine it runs as fast as without.
// serve uses it; a batch ingest alone on the machine does not need it.
func Background() Option { return func(p *Pipeline) { p.background = true } }

// InBackground runs fn on a new goroutine locked to its own OS thread with
// a lower scheduling priority (see Background) and waits for it. The
// thread ends with the goroutine, so its priority goes nowhere else.
// Where the priority cannot be lowered (not Linux, or refused), fn runs
// on that thread as is.
func InBackground(fn func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		lowerThisThread()
		fn()
	}()
	<-done
}

// lowerThisThread locks the calling goroutine to its OS thread for good and
// lowers the thread's priority. There is no UnlockOSThread: the runtime
// ends a thread whose goroutine exits locked, rather than reuse it with a
// lowered priority.
func lowerThisThread() {
	runtime.LockOSThread()
	_ = lowerThreadPriority(BackgroundNice)
}

// run runs fn in the background when the pipeline is a Background one,
// else in the calling goroutine.
func (p *Pipeline) run(fn func()) {
	if p.background {
		InBackground(fn)
		return
	}
	fn()
}
