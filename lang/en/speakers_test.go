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

// TestPastTenseVerb checks the English past tense by its form.
func TestPastTenseVerb(t *testing.T) {
	for w, want := range map[string]bool{
		"converted": true, "stretched": true, "headed": true,
		"need": false, "speed": false, "red": false, "said": false, "bred": false, "kennedy": false,
	} {
		if got := (English{}).PastTenseVerb(w); got != want {
			t.Errorf("PastTenseVerb(%q) = %v, want %v", w, got, want)
		}
	}
	if !(English{}).NotSpeaker("july", false) {
		t.Error("NotSpeaker(july): a month is no speaker")
	}
}

// TestSpeakerAdverb checks the words that may stand between a name and
// its verb.
func TestSpeakerAdverb(t *testing.T) {
	for w, want := range map[string]bool{"has": true, "previously": true, "also": true, "the": false, "went": false} {
		if got := (English{}).SpeakerAdverb(w); got != want {
			t.Errorf("SpeakerAdverb(%q) = %v, want %v", w, got, want)
		}
	}
}
