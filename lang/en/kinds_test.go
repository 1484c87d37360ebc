package en

import "testing"

func TestOrganizationKind(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"brands", true}, {"companies", true}, {"retailers", true}, {"networks", true}, {"sites", true},
		// people's and places' examples come after these too
		{"groups", false}, {"teams", false}, {"acts", false}, {"countries", false}, {"brand", false},
	}
	for _, tc := range tests {
		if got := (English{}).OrganizationKind(tc.norm); got != tc.want {
			t.Errorf("OrganizationKind(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
	for norm, want := range map[string]bool{"such": true, "as": false, "including": true, "like": true, "and": false, "the": false} {
		if got := (English{}).IntroducesExamples(norm); got != want {
			t.Errorf("IntroducesExamples(%q) = %v, want %v", norm, got, want)
		}
	}
	if !(English{}).CompletesIntroduction("as") || (English{}).CompletesIntroduction("such") {
		t.Error("as, and only as, completes an introduction")
	}
}
