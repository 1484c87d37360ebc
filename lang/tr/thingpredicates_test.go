package tr

import "testing"

// TestPredicatesThing checks which sentence-final words say the subject is
// a work, a product or a language.
func TestPredicatesThing(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"filmdir", true},       // the copula
		{"şarkısıdır", true},    // the possessive and the copula
		{"kitabıdır", true},     // kitap softened before a vowel
		{"kitaptır", true},      // the voiceless copula
		{"çevirisi", true},      // the possessive alone
		{"dildir", true},        // a language
		{"uygulamasıdır", true}, // software
		{"film", false},         // bare: a list's or a quotation's last word as often
		{"kitap", false},
		{"oyuncudur", false}, // an actor: a whole form, not a prefix
		{"romantiktir", false},
		{"ildir", false},      // a place
		{"bölümüdür", false},  // also a place's part or a department
		{"dergisidir", false}, // a magazine is an organization
		{"okuyoruz", false},
		{"", false},
	}
	for _, tc := range tests {
		if got := (Turkish{}).PredicatesThing(tc.norm); got != tc.want {
			t.Errorf("PredicatesThing(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}
