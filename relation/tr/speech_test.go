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

// TestSayConverbsAndParticiples checks the converbs (-(y)ArAk, aorist
// -ken) and the subject participle (-(y)An) of the verbs of saying.
func TestSayConverbsAndParticiples(t *testing.T) {
	converbs := sayConverbs()
	for _, f := range []string{"söyleyerek", "söylerken", "belirterek", "belirtirken", "açıklayarak", "açıklarken",
		"diyerek", "derken", "kaydederek", "kaydederken", "ifade ederek", "vurgulayarak", "ileri sürerek",
		"ileri sürerken", "yazarken", "duyurarak", "savunurken"} {
		if !slices.Contains(converbs, f) {
			t.Errorf("sayConverbs lacks %q", f)
		}
	}
	participles := sayParticiples()
	for _, f := range []string{"söyleyen", "belirten", "açıklayan", "diyen", "kaydeden", "ifade eden", "savunan",
		"uyaran", "dile getiren"} {
		if !slices.Contains(participles, f) {
			t.Errorf("sayParticiples lacks %q", f)
		}
	}
	if slices.Contains(sayForms(), "söyleyerek") || slices.Contains(converbs, "söyledi") {
		t.Error("finite forms and converbs mixed")
	}
}
