package tr

import "testing"

func TestLegalForm(t *testing.T) {
	for word, want := range map[string]bool{
		"A.Ş.": true, "Ltd.": true, "Şti.": true, "Limited": true, "GmbH": true, "Inc.": true,
		"limited": false, "ag": false, "Holding": false, "Şirketi": false, "Ali": false,
	} {
		if got := (Turkish{}).LegalForm(word); got != want {
			t.Errorf("LegalForm(%q) = %v, want %v", word, got, want)
		}
	}
}
