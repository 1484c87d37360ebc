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
}
