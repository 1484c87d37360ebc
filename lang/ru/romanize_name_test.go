package ru

import "testing"

// TestRomanizeName checks the Latin spelling of a name's word for keying:
// Romanize, then the sounds Russian writes a foreign name's letters with
// read as their Latin letters; a Latin word passed through untouched.
func TestRomanizeName(t *testing.T) {
	for _, tc := range []struct{ w, want string }{
		{"эухения", "eujeniya"}, // Eugenia: an х after two vowels before и, a Spanish g
		{"гуахиро", "guajiro"},
		{"махиндра", "mahindra"}, // after one vowel: an h as often
		{"ааха", "aaha"},         // after a doubled vowel, before an а: an h
		{"серхио", "serjio"},     // after r, n or m before и and a vowel: a Spanish g
		{"гёлхисар", "golhisar"}, // before и and a consonant: an h
		{"сулхие", "sulhie"},     // after l: an h (Turkish Sulhiye)
		{"лашио", "lashio"},      // the h of sh, ch, th, kh is no х
		{"луохэ", "luoha"},       // хэ: the h of pinyin
		{"франц", "franz"},       // a ц after a consonant: a German z
		{"фриц", "frits"},        // after a vowel: tz
		{"гюлер", "guler"},       // гю: a hard g
		{"менги", "meng"},        // a case ending after a final г
		{"мэгги", "meggi"},       // a doubled г keeps it
		{"роуэн", "rowen"},       // уэ between a vowel and a consonant: an English w
		{"пауэлл", "pawell"},
		{"огоуэ", "ogoue"},         // at the word's end: a vowel
		{"роуэа", "rouea"},         // before a vowel: a vowel
		{"пауэ-кинг", "paue-king"}, // before a hyphen: a vowel
		{"eugenia", "eugenia"},     // Latin letters pass through
		{"hugh", "hugh"},
	} {
		if got := (Russian{}).RomanizeName(tc.w); got != tc.want {
			t.Errorf("RomanizeName(%q) = %q, want %q", tc.w, got, tc.want)
		}
	}
}
