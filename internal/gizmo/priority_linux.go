package gizmo

import "syscall"

// scriptNice is the nice value of the threads that run scripts (0 is
// normal, 19 the lowest priority).
const scriptNice = 10

// lowerThreadPriority sets the nice value of the calling thread (Linux
// schedules threads one by one); the caller must have locked its goroutine
// to the thread.
func lowerThreadPriority(nice int) error {
	return syscall.Setpriority(syscall.PRIO_PROCESS, syscall.Gettid(), nice)
}
