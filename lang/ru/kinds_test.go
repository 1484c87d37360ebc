package ru

import "testing"

func TestOrganizationKind(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"магазинами", true},
		{"марки", true},
		{"сайты", true},
		{"компаний", true},
		{"соцсетях", true},
		{"магазин", false}, // singular
		{"компания", false},
		{"маркетинг", false},
		{"банкир", false},
	}
	for _, tc := range tests {
		if got := (Russian{}).OrganizationKind(tc.norm); got != tc.want {
			t.Errorf("OrganizationKind(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
	if !(Russian{}).CompletesIntroduction("как") || (Russian{}).IntroducesExamples("как") {
		t.Error("как should complete an introduction, not open one")
	}
	for _, w := range []string{"такими", "например"} {
		if !(Russian{}).IntroducesExamples(w) {
			t.Errorf("IntroducesExamples(%q) = false", w)
		}
	}
	if (Russian{}).IntroducesExamples("таков") {
		t.Error(`IntroducesExamples("таков") = true`)
	}
}
