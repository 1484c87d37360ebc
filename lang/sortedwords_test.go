package lang

import (
	"fmt"
	"slices"
	"strings"
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

// TestSortedWordsPrefixed checks Prefixed against a filter of the list's
// lines, on lists with comments, no last line break, a line that opens
// others, invalid UTF-8 and a list of 5,000 lines.
func TestSortedWordsPrefixed(t *testing.T) {
	many := ""
	for i := range 5000 {
		many += fmt.Sprintf("k%04d\t%d\n", i/3, i)
	}
	tests := []struct {
		text     string
		prefixes []string
	}{
		{"", []string{"", "a"}},
		{"# only a comment\n", []string{"", "#", "# only"}},
		{"а\nб", []string{"", "а", "б", "в"}},
		{"# a table\nab\t1\nab\t2\nabc\t3\nb\t4\n", []string{"", "a", "ab", "ab\t", "ab\t2", "abc", "abc\t", "b", "b\t", "c", "#", "\t"}},
		{"a\n\xff\n\xff\xfe\t1\n", []string{"\xff", "\xff\xfe", "\xfe", "a\xff"}},
		{many, []string{"k0000\t", "k0001\t", "k1665\t", "k1666\t", "k1667\t", "k", "k0", "k9", "j", "l"}},
	}
	for _, tt := range tests {
		list := NewSortedWords(tt.text)
		for _, p := range tt.prefixes {
			want := ""
			for _, w := range list.Words() {
				if strings.HasPrefix(w, p) {
					want += w + "\n"
				}
			}
			if got := list.Prefixed(p); got != want {
				t.Errorf("NewSortedWords(%.40q).Prefixed(%q) = %.80q, want %.80q", tt.text, p, got, want)
			}
		}
	}
}
