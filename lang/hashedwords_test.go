package lang

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
)

func TestHashedWords(t *testing.T) {
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
	}
	for _, tt := range tests {
		list := NewHashedWords(tt.text)
		for _, w := range []string{"", "a", "ab", "abc", "abcd", "b", "а", "б", "в", "г", "#", "# a comment between"} {
			if got, want := list.Has(w), slices.Contains(tt.words, w); got != want {
				t.Errorf("NewHashedWords(%q).Has(%q) = %v, want %v", tt.text, w, got, want)
			}
		}
	}
}

// TestHashedWordsNearMisses checks, on a list large enough for the table's
// probes to collide, that every word is found and no near miss is.
func TestHashedWordsNearMisses(t *testing.T) {
	var words []string
	for i := range 3000 {
		words = append(words, fmt.Sprintf("w%dş", i))
	}
	list := NewHashedWords(strings.Join(words, "\n") + "\n")
	for i, w := range words {
		if !list.Has(w) {
			t.Fatalf("Has(%q) = false, want true", w)
		}
		for _, other := range []string{w + "a", w[:len(w)-1], "0" + w, w + "\n", fmt.Sprintf("w%dş", i+3000)} {
			if list.Has(other) {
				t.Errorf("Has(%q) = true, want false", other)
			}
		}
	}
}

func ExampleHashedWords() {
	names := NewHashedWords("# given names\nayşe\nmehmet\n")
	fmt.Println(names.Has("ayşe"), names.Has("ayş"), names.Has("mehmet"))
	// Output: true false true
}

// TestHashedWordsConcurrentFirstUse asks a new list from several
// goroutines at once, which all wait for the one that makes its table
// (run with -race).
func TestHashedWordsConcurrentFirstUse(t *testing.T) {
	list := NewHashedWords("ayşe\nmehmet\n")
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if !list.Has("mehmet") || list.Has("ali") {
				t.Error("wrong answer during the table's first use")
			}
		}()
	}
	wg.Wait()
}
