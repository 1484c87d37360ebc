package en

import "testing"

func TestSpeakers(t *testing.T) {
	verbs := map[string]bool{"said": true, "testified": true, "tweeted": true, "believes": true, "say": false, "went": false, "west": false}
	for w, want := range verbs {
		if got := (English{}).SayingVerb(w); got != want {
			t.Errorf("SayingVerb(%q) = %v, want %v", w, got, want)
		}
	}
	tests := []struct {
		norm  string
		opens bool
		want  bool
	}{
		{"he", false, true},
		{"friday", false, true},
		{"just", true, true},
		{"sources", true, true},
		{"waters", true, true},   // at an opening a plural is likelier
		{"waters", false, false}, // inside a sentence, capitalized: a name
		{"ross", true, false},    // -ss is no plural
		{"kavanaugh", true, false},
		{"police", true, true}, // a collective noun: "Police said"
		{"staff", true, true},
		{"kohl", true, false},
	}
	for _, tc := range tests {
		if got := (English{}).NotSpeaker(tc.norm, tc.opens); got != tc.want {
			t.Errorf("NotSpeaker(%q, %v) = %v, want %v", tc.norm, tc.opens, got, tc.want)
		}
	}
}
