//go:build unix

package tr

import (
	"syscall"
	"time"
)

// processCPU returns the CPU time (user + system) this process has used,
// so that benchmarks on a shared machine can report throughput per CPU
// second rather than per wall-clock second.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
