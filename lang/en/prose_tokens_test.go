package en

import (
	"os"
	"slices"
	"testing"
)

// TestProseTokensMatchProse checks proseTokens against prose's Tokenize on
// the repository's English texts and on spans that exercise every branch
// of prose's splitter.
func TestProseTokensMatchProse(t *testing.T) {
	texts := []string{
		"", " ", "Hello", "  Hello world  ", "Russia's president said: \"We'll see.\"",
		"U.S. officials (in D.C.) don't agree; Mr. Li, Dr. Xi. G20 $5 :) XD e.g. 3.5% “quoted” ‘single’ it’s",
		"tab\tnew\nline\r\nnbsp\u00a0ideographic\u3000space",
		"\xff\xfe invalid\xffbytes Ünïcödé naïve café",
	}
	for _, f := range []string{"../../testdata/story_en.txt"} {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	for _, text := range texts {
		checkProseTokens(t, text)
	}
}

func checkProseTokens(t *testing.T, text string) {
	t.Helper()
	if got, want := proseTokens(text), proseTokenizer().Tokenize(text); !slices.Equal(got, want) {
		t.Fatalf("proseTokens(%q) =\n%v\nprose gives\n%v", text, got, want)
	}
}

func FuzzProseTokens(f *testing.F) {
	f.Add("Russia's president said: \"We'll see.\" U.S. G20 :)")
	f.Add("a\u00a0b\xff c")
	f.Fuzz(checkProseTokens)
}
