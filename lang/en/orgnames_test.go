package en

import "testing"

func TestInNamePreposition(t *testing.T) {
	for norm, want := range map[string]bool{"of": true, "for": true, "on": true, "in": false, "at": false, "from": false} {
		if got := (English{}).InNamePreposition(norm); got != want {
			t.Errorf("InNamePreposition(%q) = %v, want %v", norm, got, want)
		}
	}
	for norm, want := range map[string]bool{"thursday": true, "may": true, "october": true, "intelligence": false, "feb.": true, "sept": true, "jan.": true, "jan": false} {
		if got := (English{}).CalendarWord(norm); got != want {
			t.Errorf("CalendarWord(%q) = %v, want %v", norm, got, want)
		}
	}
}

func TestNamesEndCapitalized(t *testing.T) {
	if !(English{}).NamesEndCapitalized() {
		t.Error("NamesEndCapitalized() = false, want true: English names end with a capitalized word")
	}
}
