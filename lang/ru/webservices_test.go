package ru

import "testing"

// TestWebService checks case forms of services' names and words that only
// begin like one.
func TestWebService(t *testing.T) {
	for norm, want := range map[string]bool{
		"твиттер": true, "твиттере": true, "твиттером": true, "инстаграме": true, "ютубе": true,
		"вконтакте": true, "википедии": true, "википедия": true, "яндекса": true,
		"твиттерский": false, "гуглить": false, "зумер": false, "москва": false, "": false,
	} {
		if got := (Russian{}).WebService(norm); got != want {
			t.Errorf("WebService(%q) = %v, want %v", norm, got, want)
		}
	}
}
