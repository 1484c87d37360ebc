package tr

import "testing"

func TestEndsOrganization(t *testing.T) {
	tests := map[string]bool{
		"polisi":       true, // a head the cues leave out
		"servisi":      true,
		"komitesinin":  true,
		"mahkeme":      true, // bare, as in Yüksek Mahkeme
		"idaresinin":   true, // kinds of public body: Vergi İdaresi
		"müsteşarlığı": true, // not the role müsteşar
		"müsteşarı":    false,
		"başsavcılığı": true,
		"adliyesi":     true, // a town's courts: Ankara Adliyesi
		"adliyesi'ne":  true,
		"sandığı":      true, // a fund: Emekli Sandığı
		"sandığının":   true,
		"fonu":         true, // a fund: Konut Fonu
		"fonuna":       true,
		"fonseca":      false, // a surname: Fonu and Fonun only
		"adliyeye":     false, // the dative of the common noun (Adliyeye sevk edildi)
		"sandığa":      false, // the ballot box (Sandığa gitti)
		"dairesi":      true,
		"yayınevi":     true,
		"parti":        true,
		"üniversitesi": true, // an OrgHead cue
		"council":      true, // a foreign head, as Turkish news writes it
		"gmbh":         true,
		"counciller":   false, // foreign heads are whole words
		"müzesi":       false, // a building
		"partizan":     false, // "parti" is whole-word only
		"bakanı":       false, // a role
		"ankara":       false,
		"":             false,
	}
	for w, want := range tests {
		if got := (Turkish{}).EndsOrganization(w); got != want {
			t.Errorf("EndsOrganization(%q) = %v, want %v", w, got, want)
		}
	}
}
