// Package streamgc holds the collector's pacing for the example programs
// that stream many documents through one Extractor (examples/tag with
// -split line or paragraph, examples/pipeline), whose promise is bounded
// memory.
package streamgc

import (
	"os"
	"runtime/debug"
)

// streamGOGC is the GOGC a stream runs at unless the user chose one.
//
// A stream's live heap is small and steady: the tagging buffers' word
// cache (2.6 MB), the gazetteer's entry table, the glosses, the relation
// patterns' indexes and the documents in flight, 7-8 MB in all for
// Turkish news (tag -split line, gctrace). At GOGC=100 the heap grows to
// twice that before each collection, and that headroom of garbage was the
// largest share of the peak RSS anyone can lower: at 50 it is halved.
// tag -lang tr -split line -out jsonl on 15.3 MB of NTREX news, one core,
// three alternated pairs: peak RSS 57.1-58.1 MB → 53.1-53.8 MB; user time
// 4.75, 5.34, 5.28 s → 4.73, 5.12, 5.46 s (no cost above the noise; by
// gctrace the collector's share of the CPU went from 2% to 3%, 33
// collections to 74).
const streamGOGC = 50

// Pace sets GOGC to streamGOGC, unless the GOGC environment variable
// holds a value: a user's explicit choice (off included) stands.
func Pace() {
	if os.Getenv("GOGC") != "" {
		return
	}
	debug.SetGCPercent(streamGOGC)
}
