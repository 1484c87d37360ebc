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

// TestWebServiceForms checks that every stem's forms pass the look-up of
// their first letters (webServiceHeads).
func TestWebServiceForms(t *testing.T) {
	for _, stem := range webServiceStems {
		for _, e := range webServiceEndings {
			if !(Russian{}).WebService(stem + e) {
				t.Errorf("WebService(%q) = false", stem+e)
			}
		}
	}
}
