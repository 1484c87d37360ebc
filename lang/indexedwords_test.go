package lang

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestIndexedWords(t *testing.T) {
	tests := []struct {
		text  string
		words []string
	}{
		{"", nil},
		{"# only a comment\n", nil},
		{"б\n", []string{"б"}},
		{"б\nа", []string{"а", "б"}}, // unsorted, no last line break
		{"а\n# a comment between\nб\n\nв\n", []string{"а", "б", "в"}}, // an empty line
		{"abc\nab\nb\nab\n", []string{"ab", "abc", "b"}},              // a word that opens another; a repeat
		{"a\xffb\n\xc3\n", []string{"a\xffb", "\xc3"}},                // invalid UTF-8
	}
	asked := []string{"", "a", "ab", "abc", "abcd", "b", "а", "б", "в", "г", "#", "# a comment between",
		"ab\nabc", "б\nа", "a\xffb", "\xc3", "\xc3\n", "a\xff"}
	for _, tt := range tests {
		list := NewIndexedWords(tt.text, string(IndexedWordsSlots(tt.text)))
		for _, w := range asked {
			if got, want := list.Has(w), slices.Contains(tt.words, w); got != want {
				t.Errorf("NewIndexedWords(%q).Has(%q) = %v, want %v", tt.text, w, got, want)
			}
		}
	}
	var zero IndexedWords
	if zero.Has("a") {
		t.Error("the zero IndexedWords has a word")
	}
}

// TestIndexedWordsLikeSortedWords checks, on a sorted list large enough for
// the table's probes to collide, that IndexedWords answers as SortedWords
// does, which it replaces for the largest lists: every word is found, and
// no near miss is.
func TestIndexedWordsLikeSortedWords(t *testing.T) {
	var words []string
	for i := range 20000 {
		words = append(words, fmt.Sprintf("w%dş", i))
	}
	slices.Sort(words)
	text := "# a comment\n" + strings.Join(words, "\n") + "\n"
	indexed, sorted := NewIndexedWords(text, string(IndexedWordsSlots(text))), NewSortedWords(text)
	for i, w := range words {
		for _, q := range []string{w, w + "a", w[:len(w)-1], "0" + w, w + "\n", fmt.Sprintf("w%dş", i+20000)} {
			if got, want := indexed.Has(q), sorted.Has(q); got != want {
				t.Fatalf("Has(%q) = %v, SortedWords.Has %v", q, got, want)
			}
		}
	}
}

func BenchmarkWordLists(b *testing.B) {
	var words []string
	for i := range 60000 {
		words = append(words, fmt.Sprintf("w%dş", i))
	}
	slices.Sort(words)
	text := strings.Join(words, "\n") + "\n"
	indexed, sorted := NewIndexedWords(text, string(IndexedWordsSlots(text))), NewSortedWords(text)
	asked := []string{"w123ş", "w59999ş", "w7", "x", "w31337ş"}
	b.Run("indexed", func(b *testing.B) {
		for i := range b.N {
			indexed.Has(asked[i%len(asked)])
		}
	})
	b.Run("sorted", func(b *testing.B) {
		for i := range b.N {
			sorted.Has(asked[i%len(asked)])
		}
	})
}

func ExampleIndexedWords() {
	const text = "# given names\nayşe\nmehmet\n"
	names := NewIndexedWords(text, string(IndexedWordsSlots(text))) // the table is made at generate time
	fmt.Println(names.Has("ayşe"), names.Has("ayş"), names.Has("mehmet"))
	// Output: true false true
}
