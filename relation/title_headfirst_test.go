package relation

import (
	"strings"
	"testing"
)

// TestIsLowerCyrillic checks isLowerCyrillic against strings.ToLower on
// every rune below U+0800, alone and between two lower-case letters: when
// it says a word is lower case, ToLower must leave it as it is.
func TestIsLowerCyrillic(t *testing.T) {
	yes := 0
	for r := rune(0); r < 0x800; r++ {
		for _, w := range []string{string(r), "я" + string(r) + "a"} {
			if isLowerCyrillic(w) {
				yes++
				if strings.ToLower(w) != w {
					t.Errorf("isLowerCyrillic(%q) = true, but ToLower changes it", w)
				}
			}
		}
	}
	if yes != 2*(128-26+0x30) { // ASCII but A-Z, and U+0430-045F
		t.Errorf("isLowerCyrillic said yes %d times, want 300", yes)
	}
	for _, w := range []string{"\xd0", "\xd0\xb0\xd1", "Я", "яZ"} {
		if isLowerCyrillic(w) {
			t.Errorf("isLowerCyrillic(%q) = true", w)
		}
	}
}
