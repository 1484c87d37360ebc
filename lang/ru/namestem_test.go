package ru

import "testing"

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
	} {
		if got := (Russian{}).NameStem(tc.word); got != tc.want {
			t.Errorf("NameStem(%q) = %q, want %q", tc.word, got, tc.want)
		}
	}
}
