package ru

import "testing"

func TestHeadsOrganization(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"университета", true},
		{"церкви", true},
		{"альянс", true},
		{"центра", true}, // a head that is no cue word
		{"консерватории", true},
		{"училище", true},
		{"семинарию", true},
		{"флот", true},
		{"флотский", false},  // an adjective
		{"комитетом", true},  // -ом of a noun: no adjective советском-like form seen
		{"управление", true}, // a neuter noun in -ие: the stem and a case ending
		{"движение", true},
		{"ассамблее", true}, // -ее of a noun
		{"советского", false},
		{"советские", false}, // a plural adjective
		{"судебные", false},
		{"москвы", false}, // no cue
		{"республика", false},
	}
	for _, tc := range tests {
		if got := (Russian{}).HeadsOrganization(tc.norm); got != tc.want {
			t.Errorf("HeadsOrganization(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}

func TestAdjective(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"верховный", true},
		{"национальная", true},
		{"гарвардской", true},
		{"решение", false},     // a noun in -ие
		{"независимые", false}, // plural
		{"крупнейшими", false}, // plural, instrumental
		{"независимых", false}, // plural, genitive
		{"суд", false},
		{"главой", false},   // the instrumental of глава, a seen form
		{"основой", false},  // of основа (основу is seen)
		{"мировой", true},   // мировая is seen
		{"нынешняя", false}, // a body placed in time: no name's word
		{"бывшего", false},
		{"бывалый", true},      // not бывш-
		{"нефтегазовой", true}, // seen in no other form, and no noun нефтегазова
		{"нацистской", true},   // the suffix -ск-
		{"суданской", true},    // likewise
		{"москвой", false},     // a place's name
	}
	for _, tc := range tests {
		if got := (Russian{}).Adjective(tc.norm); got != tc.want {
			t.Errorf("Adjective(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}

func TestCompoundHead(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"евросоюз", true},
		{"еврокомиссия", true},
		{"генассамблеи", true},
		{"госсовет", true},
		{"европа", false},
		{"генерал", false},
		{"госпиталь", false},
		{"союз", false}, // no prefix
	}
	for _, tc := range tests {
		if got := (Russian{}).CompoundHead(tc.norm); got != tc.want {
			t.Errorf("CompoundHead(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}

func TestHeadAlone(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"сенат", true},
		{"сенате", true},
		{"центра", true},
		{"банком", true},
		{"армии", true},    // the army: арми- and -и
		{"армении", false}, // a country that begins like армия
		{"судана", false},  // суд- and more than a case ending
		{"советского", false},
	}
	for _, tc := range tests {
		if got := (Russian{}).HeadAlone(tc.norm); got != tc.want {
			t.Errorf("HeadAlone(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}
