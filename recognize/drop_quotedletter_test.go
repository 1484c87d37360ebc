package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/en"
)

// TestDropQuotedLetters checks which one-token mentions a quote mark and a
// single letter make.
func TestDropQuotedLetters(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated; the [bracketed] run is the mention
		kept  bool
	}{
		{"he was yelling , ['I] got bit !", false},
		{"a spokesman said : ['A] four-day week", false},
		{"a spokesman said : [‘I] am here", false},
		{"he met ['Ali] yesterday", true},  // a name
		{"he met [I] yesterday", true},     // no quote
		{"he met ['I Am] yesterday", true}, // two tokens
		{"he met ['1] yesterday", true},    // no letter
	}
	for _, tc := range tests {
		text, first, last := bracketedMention(tc.words)
		doc := &annotation.Document{Text: text, Tokens: givenTokens(text, en.English{})}
		ents := []annotation.Entity{doc.Mention(first, last, annotation.Person, 0.5, "model")}
		if got := len(dropQuotedLetters(ents)) == 1; got != tc.kept {
			t.Errorf("%s: kept %v, want %v", tc.words, got, tc.kept)
		}
	}
}
