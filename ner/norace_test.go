//go:build !race

package ner

// raceEnabled: see race_test.go.
const raceEnabled = false
