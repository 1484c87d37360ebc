package tr

import (
	"strings"
	"testing"
)

// TestAffixes compares beginsWith and endsWith with strings.HasPrefix and
// strings.HasSuffix on strings of every length from none, Turkish letters
// and invalid bytes.
func TestAffixes(t *testing.T) {
	words := []string{"", "l", "lı", "ı", "\xb1", "\xc4", "kentli", "kent", "nt", "ent", "t", "\xff", "lü\xff"}
	for _, s := range words {
		for _, a := range words {
			if got, want := beginsWith(s, a), strings.HasPrefix(s, a); got != want {
				t.Errorf("beginsWith(%q, %q) = %v, strings.HasPrefix %v", s, a, got, want)
			}
			if got, want := endsWith(s, a), strings.HasSuffix(s, a); got != want {
				t.Errorf("endsWith(%q, %q) = %v, strings.HasSuffix %v", s, a, got, want)
			}
		}
	}
}
