package ru

import "testing"

func TestTeamWord(t *testing.T) {
	for norm, want := range map[string]bool{"сборная": true, "сборной": true, "сборную": true, "сборник": false, "команда": false} {
		if got := (Russian{}).TeamWord(norm); got != want {
			t.Errorf("TeamWord(%q) = %v, want %v", norm, got, want)
		}
	}
}
