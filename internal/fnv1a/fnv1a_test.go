package fnv1a_test

import (
	"hash/fnv"
	"testing"

	"github.com/varlik/varlik/internal/fnv1a"
)

// TestAgainstStdlib checks the hashes against hash/fnv's New64a, byte by
// byte, string by string and in two parts.
func TestAgainstStdlib(t *testing.T) {
	for _, s := range []string{"", "a", "istanbul", "Россия", "çağrışım\x00\xff"} {
		h := fnv.New64a()
		h.Write([]byte(s))
		want := h.Sum64()
		if got := fnv1a.String(s); got != want {
			t.Errorf("String(%q) = %#x, want %#x", s, got, want)
		}
		byByte := fnv1a.Offset
		for i := 0; i < len(s); i++ {
			byByte = fnv1a.AddByte(byByte, s[i])
		}
		if byByte != want {
			t.Errorf("AddByte over %q = %#x, want %#x", s, byByte, want)
		}
		if half := len(s) / 2; fnv1a.AddString(fnv1a.String(s[:half]), s[half:]) != want {
			t.Errorf("AddString over %q in two parts differs", s)
		}
	}
}
