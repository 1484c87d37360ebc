package en

import "testing"

// TestFirmVerbAfterPossessive checks which words after a possessive show
// that it owns nothing: "has" alone, not a past form, which "'s" may
// contract "has" before (Federer 's won the title).
func TestFirmVerbAfterPossessive(t *testing.T) {
	for verb, want := range map[string]bool{
		"has": true, "sold": false, "tested": false, "won": false, "signed": false, "alleged": false, "is": false, "had": false,
	} {
		if got := (English{}).FirmVerbAfterPossessive(verb); got != want {
			t.Errorf("%s: %v, want %v", verb, got, want)
		}
	}
}
