package en

import (
	"os"
	"strings"
	"testing"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/langtest"
)

// TestTokenCues checks that TokenCues gives each token the answers of
// SportsWord, SportName and SharedSportsWord: on words of their lists and
// words close to them, on every sport's name, on tokens with no Norm (folded from
// their Text), on edge cases, and on the tokens of the English test texts.
func TestTokenCues(t *testing.T) {
	words := []string{"", "\xff\xfe", "goal\xff", strings.Repeat("goal", 100), "GOAL", "Soccer", "s"}
	for _, w := range []string{
		"goal", "goals", "striker", "league", "penalty", "defeat", "defeats", "manager", "season", "games",
		"club", "side", "fans", "ball", "possession", "champions", "win", "points",
	} {
		words = append(words, w, w[:len(w)-1], strings.ToUpper(w))
	}
	for w := range sportNames {
		words = append(words, w, strings.ToUpper(w))
		// wordCues asks SportName of sports words only.
		if !(English{}).SportsWord(w) {
			t.Errorf("sport name %q is no sports word", w)
		}
	}
	var toks []lang.Token
	for _, w := range words {
		toks = append(toks, lang.Token{Text: w, Kind: lang.Word}, lang.Token{Text: w, Kind: lang.Word, Norm: English{}.Fold(w)})
	}
	langtest.WordCues(t, English{}, toks)
	for _, f := range []string{"news_en.txt", "story_en.txt"} {
		b, err := os.ReadFile("../../testdata/" + f)
		if err != nil {
			t.Fatal(err)
		}
		langtest.WordCues(t, English{}, English{}.Tokenize(string(b)))
	}
}
