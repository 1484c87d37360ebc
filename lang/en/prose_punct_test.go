package en

import (
	"slices"
	"testing"

	"github.com/jdkato/prose/v3/tokenize"
)

// TestPunctuatedMatchesProse checks emitPunctuated against prose on every
// span of up to three bytes over prose's ASCII marks, letters and digits,
// and of four bytes over the marks and the letters that matter (the
// capitals and dots of Mr., the letters of emoticons): all the spans
// where prose's keep-whole rules can apply.
func TestPunctuatedMatchesProse(t *testing.T) {
	marks := `$("[,)]!;.?:'`
	all := marks + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	checked := 0
	check := func(span string) {
		var got []tokenize.Token
		if !emitPunctuated(span, 0, len(span), func(int) {}, appendToken(span, &got)) {
			return
		}
		checked++
		if want := proseTokenizer().Tokenize(span); !slices.Equal(got, want) {
			t.Fatalf("%q: got %v, prose gives %v", span, got, want)
		}
	}
	var spans func(prefix string, n int, alphabet string)
	spans = func(prefix string, n int, alphabet string) {
		if n == 0 {
			check(prefix)
			return
		}
		for k := range len(alphabet) {
			spans(prefix+alphabet[k:k+1], n-1, alphabet)
		}
	}
	for n := 1; n <= 3; n++ {
		spans("", n, all)
	}
	spans("", 4, marks+"MrDXxoav08")
	if checked < 10000 {
		t.Errorf("only %d spans had the punctuated form", checked)
	}
}

// TestContractionsMatchProse checks emitContractions against prose on
// every span of up to five bytes, with a letter or digit at each end, over
// the letters of prose's contractions in both cases, apostrophes and other
// marks.
func TestContractionsMatchProse(t *testing.T) {
	alphabet := "'ntslrmeNTSLREM9-."
	checked := 0
	var spans func(span string, n int)
	spans = func(span string, n int) {
		if len(span) > 1 && asciiAlnum[span[0]] && asciiAlnum[span[len(span)-1]] {
			var got []tokenize.Token
			emitContractions(span, 0, len(span), appendToken(span, &got))
			if want := proseTokenizer().Tokenize(span); !slices.Equal(got, want) {
				t.Fatalf("%q: got %v, prose gives %v", span, got, want)
			}
			checked++
		}
		if n == 0 {
			return
		}
		for k := range len(alphabet) {
			spans(span+alphabet[k:k+1], n-1)
		}
	}
	spans("", 5)
	if checked < 100000 {
		t.Errorf("only %d spans checked", checked)
	}
}
