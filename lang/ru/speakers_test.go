package ru

import "testing"

func TestSpeakers(t *testing.T) {
	for w, want := range map[string]bool{"заявил": true, "сказала": true, "считает": true, "встретился": true, "заявили": false, "получил": false} {
		if got := (Russian{}).SayingVerb(w); got != want {
			t.Errorf("SayingVerb(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"он": true, "как": true, "президент": true, "полиция": true, "помпео": false, "нугрохо": false} {
		if got := (Russian{}).NotSpeaker(w, true); got != want {
			t.Errorf("NotSpeaker(%q) = %v, want %v", w, got, want)
		}
	}
	// A dictionary word is no speaker where it opens a sentence, and its
	// capital says nothing (Пара отметила); inside one the capital marks a
	// name.
	for _, tc := range []struct {
		norm  string
		opens bool
		want  bool
	}{{"пара", true, true}, {"пара", false, false}, {"ли", true, false}, {"вера", true, false},
		{"статью", true, true}, {"статью", false, false}, {"орлов", true, false}} { // a common word's form (commonForm); a surname
		if got := (Russian{}).NotSpeaker(tc.norm, tc.opens); got != tc.want {
			t.Errorf("NotSpeaker(%q, %v) = %v, want %v", tc.norm, tc.opens, got, tc.want)
		}
	}
}

// TestSpeakerAdverb checks the words looked past for a verb of saying:
// the adverbs of adverbsAfterSubject and the negation.
func TestSpeakerAdverb(t *testing.T) {
	for w, want := range map[string]bool{"также": true, "не": true, "ранее": true, "же": true, "дом": false, "очень": false} {
		if got := (Russian{}).SpeakerAdverb(w); got != want {
			t.Errorf("SpeakerAdverb(%q) = %v, want %v", w, got, want)
		}
	}
}
