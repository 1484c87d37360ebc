package tr

import (
	"os"
	"strings"
	"testing"
)

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

// TestPredicatesThingAsScanned checks PredicatesThing, which tests a
// word's last byte before comparing endings, against the scan of every
// ending it replaced, on each noun with each ending and ending pair and on
// every word of the Turkish news test document.
func TestPredicatesThingAsScanned(t *testing.T) {
	words := []string{"", "r", "ı", "dır", "sı"}
	text, err := os.ReadFile("../../testdata/news_tr.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, tok := range Tokenize(string(text)) {
		words = append(words, tok.Norm)
	}
	for noun := range predicateThings {
		for _, p := range append(thirdPossessives[:], "") {
			for _, c := range append(copulas[:], "") {
				words = append(words, noun+p+c, noun[:len(noun)-1]+p+c)
			}
		}
	}
	for _, w := range words {
		if got, want := (Turkish{}).PredicatesThing(w), scanPredicatesThing(w); got != want {
			t.Errorf("PredicatesThing(%q) = %v, the scan %v", w, got, want)
		}
	}
}

// scanPredicatesThing is PredicatesThing as it was before its last-byte
// tests.
func scanPredicatesThing(norm string) bool {
	stem, copula := norm, false
	for _, c := range copulas {
		if s, ok := strings.CutSuffix(norm, c); ok {
			stem, copula = s, true
			break
		}
	}
	if copula && predicateThings[stem] {
		return true
	}
	for _, p := range thirdPossessives {
		if s, ok := strings.CutSuffix(stem, p); ok && predicateThings[s] {
			return true
		}
	}
	return false
}
