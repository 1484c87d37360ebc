package tr

import (
	"slices"
	"testing"
)

// TestSayForms checks the forms of the verbs of saying, by vowel harmony,
// assimilation and the irregular verbs.
func TestSayForms(t *testing.T) {
	got := sayForms()
	for _, f := range []string{"söyledi", "söylediler", "söylemişti", "söylüyor", "dedi", "diyor", "belirtti",
		"belirtmişti", "belirtiyor", "açıkladı", "açıkladılar", "açıklıyor", "kaydetti", "kaydediyor", "ifade etti",
		"ifade ediyor", "vurguladı", "duyurdu", "ileri sürdü", "hatırlattı", "anlatıyor", "sözlerine ekledi",
		"yazdı", "uyardı", "savundu", "doğruladı"} {
		if !slices.Contains(got, f) {
			t.Errorf("sayForms lacks %q", f)
		}
	}
}
