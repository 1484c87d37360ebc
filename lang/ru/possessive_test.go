package ru

import "testing"

func TestWithoutPossessive(t *testing.T) {
	for norm, want := range map[string]string{"brink's": "brink", "burt's": "burt", "'s": "'s", "путин": "путин", "mcdonald's": "mcdonald"} {
		if got := (Russian{}).WithoutPossessive(norm); got != want {
			t.Errorf("WithoutPossessive(%q) = %q, want %q", norm, got, want)
		}
	}
}
