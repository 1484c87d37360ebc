//go:build race

package ner

// raceEnabled tells tests that the race detector is on: sync.Pool then
// drops a share of what is put back on purpose, so pooled buffers are
// made again and allocation counts mean nothing.
const raceEnabled = true
