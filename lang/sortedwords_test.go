package lang

import (
	"slices"
	"testing"
)

func TestSortedWords(t *testing.T) {
	tests := []struct {
		text  string
		words []string
	}{
		{"", nil},
		{"# only a comment\n", nil},
		{"б\n", []string{"б"}},
		{"а\nб", []string{"а", "б"}}, // no last line break
		{"# a list\n# of three\nа\nб\nв\n", []string{"а", "б", "в"}},
		{"ab\nabc\nb\n", []string{"ab", "abc", "b"}}, // a word that opens another
	}
	for _, tt := range tests {
		list := NewSortedWords(tt.text)
		if got := list.Words(); !slices.Equal(got, tt.words) {
			t.Errorf("NewSortedWords(%q).Words() = %q, want %q", tt.text, got, tt.words)
		}
		for _, w := range []string{"", "a", "ab", "abc", "abcd", "b", "а", "б", "в", "г", "#", "# a list"} {
			if got, want := list.Has(w), slices.Contains(tt.words, w); got != want {
				t.Errorf("NewSortedWords(%q).Has(%q) = %v, want %v", tt.text, w, got, want)
			}
		}
	}
}

// TestSortedWordsNearMisses checks that every word is found, and no near
// miss that is not in the list is.
func TestSortedWordsNearMisses(t *testing.T) {
	words := []string{"ada", "adam", "adana", "b", "ba", "bab", "zz", "ç", "ş", "şu"}
	list := NewSortedWords("# test\n" + join(words))
	for _, w := range words {
		for _, other := range []string{w, w + "a", w[:len(w)-1], "0" + w, w + "\xff"} {
			if got, want := list.Has(other), slices.Contains(words, other); got != want {
				t.Errorf("Has(%q) = %v, want %v", other, got, want)
			}
		}
	}
}

func join(words []string) string {
	s := ""
	for _, w := range words {
		s += w + "\n"
	}
	return s
}
