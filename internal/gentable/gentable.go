// Package gentable writes the Go source of lookup tables that a package
// makes at generate time: the test that owns a table builds it again,
// writes it with -update (go generate) and otherwise fails when the
// committed file differs, so that a table never drifts from the code that
// defines it.
package gentable

import (
	"os"
	"strings"
	"testing"
)

// SparseArray returns the body of an array literal that lists only the
// elements of elems that are not zero, "index: value," as entry writes
// them, eight to a line: "{\n\t...\n}\n". Most runes have no entry in
// such a table, so that listing every element would make a file of
// thousands of lines of zeros.
func SparseArray[T comparable](elems []T, entry func(i int, v T) string) string {
	var b strings.Builder
	var zero T
	b.WriteString("{")
	n := 0
	for i, v := range elems {
		if v == zero {
			continue
		}
		if n%8 == 0 {
			b.WriteString("\n\t")
		} else {
			b.WriteString(" ")
		}
		b.WriteString(entry(i, v))
		n++
	}
	b.WriteString("\n}\n")
	return b.String()
}

// Current writes src to file when update is set (go generate runs the
// owning test with -update) and reports true; otherwise it fails t unless
// file holds src and the compiled table agrees (inUse: the table the
// package was built with equals the one just made), and reports false.
// pkg names the package whose go generate rewrites the file.
func Current(t testing.TB, update bool, file, src string, inUse bool, pkg string) bool {
	t.Helper()
	if update {
		if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return true
	}
	got, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !inUse || string(got) != src {
		t.Fatalf("%s is out of date: run go generate %s", file, pkg)
	}
	return false
}
