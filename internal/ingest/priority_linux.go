package ingest

import "syscall"

// lowerThreadPriority sets the nice value of the calling OS thread: on
// Linux, setpriority with a thread ID applies to that thread alone.
func lowerThreadPriority(nice int) error {
	return syscall.Setpriority(syscall.PRIO_PROCESS, syscall.Gettid(), nice)
}

// threadPriority returns the nice value of the calling OS thread.
func threadPriority() (int, error) {
	// The raw getpriority system call returns 20 - nice, so that it is
	// never negative.
	n, err := syscall.Getpriority(syscall.PRIO_PROCESS, syscall.Gettid())
	return 20 - n, err
}
