//go:build !unix

package tr

import "time"

// processCPU is not available here; benchmarks then skip the metric.
func processCPU() time.Duration { return 0 }
