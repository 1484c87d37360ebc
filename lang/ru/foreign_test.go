package ru

import (
	"testing"
	"unicode"
)

func TestForeignScript(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"Essie", true},
		{"L'Oreal", true},
		{"C-SPAN", true},
		{"Москва", false},
		{"IP-адрес", false}, // Cyrillic letters in it
		{"2018", false},     // no letters
		{"-", false},
		{"XIX", false}, // Roman numerals: XIX век, Людовик XIV
		{"XIV", false},
		{"II", false},
		{"I", true}, // a lone I is as often the English pronoun
		{"IKEA", true},
		{"Xbox", true},
		{"XXXIX", false},
		{"IX", false},
		{"VIII", false},
		{"VIXX", true}, // группа VIXX: no numeral
		{"XVX", true},
		{"IIV", true},
		{"IIII", true},
		{"VV", true},
		{"XXXX", true},
	}
	for _, tc := range tests {
		if got := (Russian{}).ForeignScript(tc.word); got != tc.want {
			t.Errorf("ForeignScript(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

func TestLatinOrgHead(t *testing.T) {
	for word, want := range map[string]bool{"Alliance": true, "HOSPITAL": true, "Software": true, "Bank": true,
		"network": false, "Club": false, "Office": false, "League": false, // they end titles as often
		"Player": false, "Alliances": false, "Альянс": false, "": false} {
		if got := (Russian{}).LatinOrgHead(word); got != want {
			t.Errorf("LatinOrgHead(%q) = %v, want %v", word, got, want)
		}
	}
}

func TestKindBeforeLatinTitle(t *testing.T) {
	for norm, want := range map[string]bool{"фильм": true, "лента": true, "сериал": true, "игра": true, "игре": true,
		"песня": false, "альбом": false, "книга": true, "шоу": true, "компания": false, "игрок": false, "клуб": false} {
		if got := (Russian{}).KindBeforeLatinTitle(norm); got != want {
			t.Errorf("KindBeforeLatinTitle(%q) = %v, want %v", norm, got, want)
		}
	}
}

func TestIsCyrillic(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if isCyrillic(r) != unicode.Is(unicode.Cyrillic, r) {
			t.Errorf("isCyrillic(%U) = %v", r, isCyrillic(r))
		}
	}
}
