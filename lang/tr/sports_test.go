package tr

import (
	"slices"
	"testing"
)

func TestSportsWord(t *testing.T) {
	tests := map[string]bool{
		"maçta":      true,
		"lig":        true,
		"ligdeki":    true,
		"gol":        true,
		"golünü":     true,
		"sezon":      true,
		"galibiyeti": true,
		"şutuyla":    true,
		"golf":       false, // not a goal
		"ligand":     false,
		"bakanı":     false,
		"":           false,
	}
	for w, want := range tests {
		if got := (Turkish{}).SportsWord(w); got != want {
			t.Errorf("SportsWord(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestOpposes(t *testing.T) {
	tests := map[string]bool{
		"karşı":         true,
		"karşısında":    true,
		"karşısındaki":  true,
		"karşılaşacak":  true,
		"karşıtı":       false, // opposed to
		"karşılık":      false, // in return
		"karşılaştırma": false, // to compare
		"":              false,
	}
	for w, want := range tests {
		if got := (Turkish{}).Opposes(w); got != want {
			t.Errorf("Opposes(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestClubForms checks the forms against the short name joined to each
// affix, after and before it.
func TestClubForms(t *testing.T) {
	for _, short := range []string{"Galatasaray", "Beşiktaş", "", "İnter"} {
		var want []string
		for _, a := range clubAffixes {
			want = append(want, short+" "+a, a+" "+short)
		}
		if got := (Turkish{}).ClubForms(short); !slices.Equal(got, want) {
			t.Errorf("ClubForms(%q) = %q, want %q", short, got, want)
		}
	}
}
