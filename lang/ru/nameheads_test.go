package ru

import "testing"

func TestEnglishHead(t *testing.T) {
	for _, tc := range []struct{ stem, want string }{
		{"улица", "street"},
		{"океан", "ocean"},
		{"суд", "court"},
		{"дворц", "palace"}, // дворца, дворцом
		{"улице", ""},       // a form, not the dictionary's: link asks for its stems
		{"университет", ""}, // keyed as university is
		{"стрит", ""},       // spelt, not translated
		{"безопасность", "security"},
		{"детская", "children"}, // an adjective, in any gender
		{"детский", "children"},
		{"верховный", "supreme"},
		{"национальный", ""}, // keyed as national is
		{"детскую", ""},      // a form, not the dictionary's
		{"злой", ""},         // too short a stem to be read as an adjective's
	} {
		if got := (Russian{}).EnglishHead(tc.stem); got != tc.want {
			t.Errorf("EnglishHead(%q) = %q, want %q", tc.stem, got, tc.want)
		}
	}
}
