package ru

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/lang/langtest"
)

// TestTokenCues checks that TokenCues gives each token the answers of
// IntroducesExamples, of its folded word, and ForeignScript, of its text:
// on the introducing words in each case, words in Latin, Greek, mixed and
// no letters, Roman numerals, tokens with no Norm, edge cases, and the
// tokens of the Russian test texts.
func TestTokenCues(t *testing.T) {
	words := []string{
		"", "\xff\xfe", "такие", "ТАКИЕ", "Таких", "таким", "такими", "например", "Например", "включая",
		"как", "такой", "Google", "GOOGLE", "XIV", "xiv", "Αθήνα", "Gaзпром", "Газпром", "iPhone",
		"5G", "123", "«", "-", "Ёлка", "ёлка", strings.Repeat("Google", 100),
	}
	langtest.WordCuesOfWords(t, Russian{}, words)
	langtest.WordCuesOfFiles(t, Russian{}, "../../testdata/news_ru.txt", "../../testdata/story_ru.txt")
}
