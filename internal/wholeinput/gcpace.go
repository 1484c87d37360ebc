// Package wholeinput holds what the example programs (examples/tag,
// examples/compare) do around an input read as one document, so that both
// run it alike: the collector's first cycle put off past the token array,
// and the text read in one allocation.
package wholeinput

import (
	"runtime"
	"runtime/debug"
)

// firstCycleGOGC multiplies GOGC until the first garbage collection.
const firstCycleGOGC = 16

// DelayFirstCollection raises the heap size at which the first garbage
// collection starts from Go's 4 MB floor to 64 MB (at GOGC=100), and
// restores the process's GOGC once that collection is done.
//
// The tables a first document builds and keeps (the tagging model's word
// cache, the relation patterns' indexes, the memos, the gazetteer; with
// -lang auto, the language profiles) take 3.5 MB for Turkish and up to 7 MB
// for Russian. At the 4 MB floor, the first collection starts while a
// one-sentence input is still being tagged: it frees little, yet it took a
// fifth of that run's time, largely in page faults on table memory that the
// collector scans and the short document never touched. With the floor at
// 16 MB, a short input (a news article) ends before any collection. At 32
// MB, an input of a megabyte or two (1.5 MB of news: a token array of 11
// MB) also writes its tokens before the first collection, where at 16 MB
// that collection started with the token array's allocation and ran while
// the tokenizer wrote it (a write barrier for each of a token's two
// pointers): tag -out json on 1.5 MB of Turkish news runs one collection,
// not two (compare -once varlik on it, which read the file in two copies
// and ran three: 1,857M instructions → 1,761M, callgrind, GOMAXPROCS=1). A
// longer input gets its first collection when it allocates its token
// array, as before, and the same pacing after it. At 64 MB, 1.5 MB of
// news runs no collection at all (its heap peaks near 40 MB): the cycle
// at 32 MB, 4% of the CPU by gctrace, cost a tenth of the wall time with
// its write barriers and assists on one core (compare -once varlik, 1.5
// MB of Turkish news, GOMAXPROCS=1: 337 → 304 ms, medians of 155
// hyperfine runs in seven alternated sets; tag -out json on 5.5 MB 1.25
// → 1.16 s, page faults 35.9k → 28.3k, peak RSS 135.0 → 137.2 MB, the
// floor 150 MB). Only for a whole
// input (-split none): a streamed one keeps a small steady heap, which the
// 16 MB first cycle would have raised its peak above (tag -split line on
// 1.5 MB of news: 55 MB → 58-59 MB).
func DelayFirstCollection() {
	gogc := debug.SetGCPercent(-1)
	if gogc <= 0 { // GOGC=off or 0: the user's choice stands
		debug.SetGCPercent(gogc)
		return
	}
	debug.SetGCPercent(gogc * firstCycleGOGC)
	// The first collection finds the sentinel unreachable and runs its
	// cleanup, which puts GOGC back. (Not a pointer-free object under 16
	// bytes: those share a block, which may outlive them.)
	sentinel := new([2]*byte)
	runtime.AddCleanup(sentinel, func(gogc int) { debug.SetGCPercent(gogc) }, gogc)
}
