package ru

import (
	"slices"
	"testing"
)

func TestSpelledOut(t *testing.T) {
	for _, tc := range []struct {
		name string
		want string // one of the names SpelledOut returns; "" for none
	}{
		{"Генассамблеи ООН", "генеральная ассамблея оон"},
		{"Генассамблее ООН", "генеральная ассамблея оон"},
		{"Евросоюз", "европейский союз"},
		{"Евросоюза", "европейский союз"},
		{"Еврокомиссией", "европейская комиссия"},
		{"Госсовета Китая", "государственный совет китая"},
		{"Европа", ""},    // no head after евро-
		{"Генерал", ""},   // ген- before no head
		{"Совет ООН", ""}, // no compound
	} {
		got := Russian{}.SpelledOut(tc.name)
		if tc.want == "" && len(got) > 0 || tc.want != "" && !slices.Contains(got, tc.want) {
			t.Errorf("SpelledOut(%q) = %q, want it to hold %q", tc.name, got, tc.want)
		}
	}
}
