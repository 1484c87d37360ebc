package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/lang"
)

// TestHasApostrophe checks hasApostrophe against strings.ContainsAny on
// words with and without either apostrophe, their bytes cut or beside
// invalid ones.
func TestHasApostrophe(t *testing.T) {
	for _, s := range []string{"", "'", "’", "Sade'nin", "Sade’nin", "Москва", "д'Ивуар", "д’Ивуар", "\xe2\x80", "\xe2\xe2\x80\x99",
		"\xe2\x80\x98", "‘", "ʼ", "a\xff'", "\x80\x99", "Кот-д’Ивуар’", "abc"} {
		if got, want := hasApostrophe(s), strings.ContainsAny(s, "'’"); got != want {
			t.Errorf("hasApostrophe(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestLowerCaseWordInLine checks lowerCaseWord, which reads ASCII and а to
// я in line, against its definition, on words of each script, digits,
// marks, empty and invalid texts, and tokens of other kinds.
func TestLowerCaseWordInLine(t *testing.T) {
	for _, s := range []string{"", "a", "A", "z", "Z", "@", "3D", "ж", "Ж", "ёж", "Ёж", "ѐ", "Ѡ", "ѡ", "ç", "Ç", "İ", "ı", "\u0301a", "\xd0", "\xff", "日本"} {
		for _, k := range []lang.Kind{lang.Word, lang.Abbreviation, lang.Punct} {
			tok := lang.Token{Text: s, Kind: k}
			if got, want := lowerCaseWord(&tok), k == lang.Word && !lang.StartsUpper(s); got != want {
				t.Errorf("lowerCaseWord(%q, %v) = %v, want %v", s, k, got, want)
			}
		}
	}
}
