package en

import "testing"

func TestIsGroupWord(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"republicans", true}, {"democrat", true}, {"muslim", true}, {"methodists", true}, {"shiite", true}, {"puritan", true},
		// a party's own name, or the first word of one
		{"labour", false}, {"tory", false}, {"plaid", false}, {"democratic", false},
		{"Republicans", false}, // folded words only
		// peoples
		{"welsh", true}, {"catalan", true}, {"european", true}, {"swede", true}, {"britons", true},
		// surnames and team names too
		{"english", false}, {"finn", false}, {"indians", false},
		// faiths and doctrines
		{"christianity", true}, {"islam", true}, {"buddhism", true}, {"catholicism", true}, {"marxism", true},
		{"prism", false}, {"isis", false}, {"ism", false},
	}
	for _, tc := range tests {
		if got := (English{}).IsGroupWord(tc.norm); got != tc.want {
			t.Errorf("IsGroupWord(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}

func TestAcronymPlural(t *testing.T) {
	for word, want := range map[string]bool{
		"MPs": true, "AMs": true, "NGOs": true, "MWPs": true,
		"US": false, "Bros": false, "Ms": false, "mps": false, "UKs ": false, "": false,
	} {
		if got := (English{}).AcronymPlural(word); got != want {
			t.Errorf("AcronymPlural(%q) = %v, want %v", word, got, want)
		}
	}
}
