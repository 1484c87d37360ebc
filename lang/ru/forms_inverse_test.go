package ru

import (
	"slices"
	"testing"
)

func TestFormsInvertAnalyze(t *testing.T) {
	for _, lemma := range []string{"путин", "москва", "россия", "китай", "игорь", "мария", "российский"} {
		forms := Russian{}.Forms(lemma)
		if forms[0] != lemma || len(forms) < 3 {
			t.Errorf("Forms(%q) = %v", lemma, forms)
		}
		for _, f := range forms {
			var stems []string
			for _, a := range (Russian{}).Analyze(f) {
				stems = append(stems, a.Stem)
			}
			if !slices.Contains(stems, lemma) {
				t.Errorf("Forms(%q): %q analyses to %v, not the lemma", lemma, f, stems)
			}
		}
	}
	if got := (Russian{}).Forms("путин"); !slices.Contains(got, "путина") || !slices.Contains(got, "путиным") || !slices.Contains(got, "путину") {
		t.Errorf("Forms(путин) = %v", got)
	}
}
