package tr

import "testing"

// TestNamingWords checks the naming words and the thing nouns after them.
func TestNamingWords(t *testing.T) {
	l := Turkish{}
	for _, w := range []string{"adlı", "isimli", "adındaki"} {
		if !l.NamingWord(w) {
			t.Errorf("NamingWord(%q) = false", w)
		}
	}
	for _, w := range []string{"adıyla", "adında", "ve", ""} {
		if l.NamingWord(w) {
			t.Errorf("NamingWord(%q) = true", w)
		}
	}
	for _, w := range []string{"filmde", "şarkısıyla", "kitabın", "albümünü", "belgesel"} {
		if !l.NamedThing(w) {
			t.Errorf("NamedThing(%q) = false", w)
		}
	}
	for _, w := range []string{"oyuncu", "dergide", "köyde", ""} {
		if l.NamedThing(w) {
			t.Errorf("NamedThing(%q) = true", w)
		}
	}
}
