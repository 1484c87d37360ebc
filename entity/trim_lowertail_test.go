package entity_test

import (
	"context"
	"strings"
	"testing"

	"github.com/varlik/varlik/entity"
)

// TestTrimLowerTail checks that lower-case words at the end of an English
// mention are cut off, that an organization keeps a lower-case head noun
// of its kind, and that Russian names, which end with lower-case words,
// are left whole.
func TestTrimLowerTail(t *testing.T) {
	tests := []struct {
		lang, words, name string
	}{
		{"en", "Chinese health officials said at a conference in Yunnan province .", "Yunnan"},
		{"en", "He vowed to continue the struggle against Israel 's partially completed West Bank barrier .", "West Bank"},
		{"en", "Jeremy Corbyn claimed last week that the Labour party should foster a culture of tolerance .", "Labour party"},
		{"ru", "Об этом сообщило Министерство обороны .", "Министерство обороны"},
	}
	for _, tc := range tests {
		x, err := entity.New(entity.WithLanguage(tc.lang))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := x.ExtractTokens(context.Background(), tc.lang, [][]string{strings.Fields(tc.words)})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range doc.Entities {
			found = found || e.Text == tc.name
		}
		if !found {
			t.Errorf("%q: no mention %q (have %+v)", tc.words, tc.name, doc.Entities)
		}
	}
}
