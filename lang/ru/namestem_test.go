package ru

import (
	"testing"

	"github.com/varlik/varlik/lang"
)

func TestNameStem(t *testing.T) {
	for _, tc := range []struct{ word, want string }{
		{"путиным", "путин"},
		{"хемфиллом", "хемфилл"},
		{"рахим", "рахим"}, // a nominative that only looks inflected
		{"гарлем", "гарлем"},
		{"диего", "диего"},
		{"свами", "свами"}, // an ending that leaves no vowel is the name's own
		{"тами", "тами"},
		{"ивановыми", "ивановыми"},
		{"смитами", "смит"},  // the Smiths
		{"путина", "путина"}, // a vowel ending vanishes from a key anyway
		// -ым: an adjective's or a possessive surname's instrumental only
		{"ивановым", "иванов"},
		{"рогозиным", "рогозин"},
		{"белым", "бел"}, // белый is listed
		{"красным", "красн"},
		{"йылдырым", "йылдырым"}, // Yıldırım: a nominative
		{"касым", "касым"},       // a given name
		{"ялым", "ялым"},
		{"трампом", "трамп"}, // -ом as before
		// -ем of a soft given name, of a surname or patronymic in -ич
		{"сергеем", "сергей"},
		{"валерием", "валерий"},
		{"николаем", "николай"},
		{"игорем", "игорь"},
		{"януковичем", "янукович"},
		{"ивановичем", "иванович"},
		{"ефрем", "ефрем"},   // a given name itself: a nominative
		{"виллем", "виллем"}, // Willem: вилль is no given name
		{"салем", "салем"},
		{"кейтелем", "кейтелем"}, // a surname in -ь: not listed, left
		// -ем after a vowel: the instrumental of any name in -й
		{"роем", "рой"}, // Рой is not a listed given name
		{"шанхаем", "шанхай"},
		{"уругваем", "уругвай"},
		{"мэем", "мэй"},
		{"управлением", "управлений"}, // keyed as управление is: a vowel ending vanishes
		{"ем", "ем"},                  // no stem
		// oblique cases of surnames and adjectives in -ский, -цкий
		{"зеленского", "зеленск"},
		{"зеленскому", "зеленск"},
		{"зеленским", "зеленск"},
		{"зеленском", "зеленск"},
		{"троцким", "троцк"},
		{"зеленская", "зеленская"}, // feminine: vowels and й, keyed alike already
		{"того", "того"},           // no -ск-: Togo
	} {
		if got := (Russian{}).NameStem(tc.word); got != tc.want {
			t.Errorf("NameStem(%q) = %q, want %q", tc.word, got, tc.want)
		}
	}
}

func TestNameCase(t *testing.T) {
	tests := []struct {
		a    lang.Analysis
		want bool
	}{
		{lang.Analysis{Stem: "менга", Suffixes: []string{"и"}}, true}, // Менги, a case of Менга
		{lang.Analysis{Stem: "холл", Suffixes: []string{"и"}}, false}, // Холли is no case of Холл
		{lang.Analysis{Stem: "симс", Suffixes: []string{"ы"}}, false},
		{lang.Analysis{Stem: "холл", Suffixes: []string{"а"}}, true}, // Холла
		{lang.Analysis{Stem: "холл", Suffixes: []string{"у"}}, true},
		{lang.Analysis{Stem: "путин", Suffixes: []string{"ым"}}, true},
	}
	for _, tc := range tests {
		if got := (Russian{}).NameCase(tc.a); got != tc.want {
			t.Errorf("NameCase(%+v) = %v, want %v", tc.a, got, tc.want)
		}
	}
}
