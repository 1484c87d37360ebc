package ru

import "testing"

func TestClubNoun(t *testing.T) {
	for norm, want := range map[string]bool{
		"клуб": true, "клубом": true, "команде": true, "командами": true,
		"командир": false, "командование": false, "клубника": false, "сборная": false,
	} {
		if got := (Russian{}).ClubNoun(norm); got != want {
			t.Errorf("ClubNoun(%q) = %v, want %v", norm, got, want)
		}
	}
}
