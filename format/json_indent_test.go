package format

import (
	"strings"
	"testing"
)

// TestNewlineIndent checks that newline indents every depth by two spaces
// a level, deeper than its constant's eight levels too.
func TestNewlineIndent(t *testing.T) {
	for depth := range 12 {
		j := &jsonWriter{indent: true, depth: depth}
		j.newline()
		if want := "\n" + strings.Repeat("  ", depth); string(j.buf) != want {
			t.Errorf("depth %d: %q, want %q", depth, j.buf, want)
		}
	}
	j := &jsonWriter{depth: 3}
	j.newline()
	if len(j.buf) != 0 {
		t.Errorf("without indentation: %q", j.buf)
	}
}
