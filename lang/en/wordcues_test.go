package en

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/lang/langtest"
)

// TestTokenCues checks that TokenCues gives each token the answers of
// SportsWord, SportName, SharedSportsWord and IntroducesExamples: on every word of their lists
// and words close to them, on tokens with no Norm (folded from
// their Text), on edge cases, and on the tokens of the English test texts.
func TestTokenCues(t *testing.T) {
	words := []string{"", "\xff\xfe", "goal\xff", strings.Repeat("goal", 100), "GOAL", "Soccer", "s"}
	for _, list := range []map[string]bool{sportsWords, sportNames, sharedSportsWords, exampleIntroducers} {
		for w := range list {
			words = append(words, w, w[:len(w)-1], w+"s", strings.ToUpper(w))
		}
	}
	langtest.WordCuesOfWords(t, English{}, words)
	langtest.WordCuesOfFiles(t, English{}, "../../testdata/news_en.txt", "../../testdata/story_en.txt")
}

// TestCueWordsLists checks that SportsWord, SportName, SharedSportsWord
// and IntroducesExamples, which read cueWords, hold for the words of their
// own list and for no others.
func TestCueWordsLists(t *testing.T) {
	e := English{}
	tests := []struct {
		name string
		list map[string]bool
		ask  func(string) bool
	}{
		{"SportsWord", sportsWords, e.SportsWord},
		{"SportName", sportNames, e.SportName},
		{"SharedSportsWord", sharedSportsWords, e.SharedSportsWord},
		{"IntroducesExamples", exampleIntroducers, e.IntroducesExamples},
	}
	for _, tc := range tests {
		for _, list := range []map[string]bool{sportsWords, sportNames, sharedSportsWords, exampleIntroducers, {"win": true, "as": true, "": true, "\xff": true}} {
			for w := range list {
				if got := tc.ask(w); got != tc.list[w] {
					t.Errorf("%s(%q) = %v, want %v", tc.name, w, got, tc.list[w])
				}
			}
		}
	}
}
