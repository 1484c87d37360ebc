package en

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/jdkato/prose/v3/tokenize"
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

// checkProseTokens compares proseTokens with prose's Tokenize where prose
// is used (no span longer than maxProseSpan), and checks every token's
// offset everywhere.
func checkProseTokens(t *testing.T, text string) {
	t.Helper()
	got, err := collect(text)
	if err != nil {
		t.Fatal(err)
	}
	if longestSpan(text) <= maxProseSpan {
		if want := proseTokenizer().Tokenize(text); !slices.Equal(got, want) {
			t.Fatalf("proseTokens(%q) =\n%v\nprose gives\n%v", text, got, want)
		}
	}
	for _, tk := range got {
		if tk.Start < 0 || tk.End() > len(text) || text[tk.Start:tk.End()] != tk.Text || tk.Text == "" {
			t.Fatalf("token %+v breaks the offset invariant in %q", tk, text)
		}
	}
}

func longestSpan(text string) int {
	longest := 0
	for _, f := range strings.FieldsFunc(text, unicode.IsSpace) {
		longest = max(longest, len(f))
	}
	return longest
}

// TestLongSpansLinear checks that a long span of punctuation, on which
// prose takes quadratic time, costs linear time here (a minute for 40 KB
// would fail the test's deadline long before).
func TestLongSpansLinear(t *testing.T) {
	text := "Ankara" + strings.Repeat("'", 1<<20) + " London"
	toks, err := collect(text)
	if err != nil || len(toks) != 1+1<<20+1 {
		t.Fatalf("%d tokens, %v; want %d", len(toks), err, 1+1<<20+1)
	}
	if toks[0].Text != "Ankara" || toks[len(toks)-1].Text != "London" {
		t.Errorf("first and last tokens %q and %q", toks[0].Text, toks[len(toks)-1].Text)
	}
}

func FuzzProseTokens(f *testing.F) {
	f.Add("Russia's president said: \"We'll see.\" U.S. G20 :)")
	f.Add("a\u00a0b\xff c")
	f.Fuzz(checkProseTokens)
}

func collect(text string) ([]tokenize.Token, error) {
	var toks []tokenize.Token
	emit := appendToken(text, &toks)
	err := proseTokens(context.Background(), text, emit, emit)
	return toks, err
}

// appendToken returns an emit function for proseTokens that appends each
// token of text to toks as prose's Token.
func appendToken(text string, toks *[]tokenize.Token) func(start, end int) {
	return func(start, end int) { *toks = append(*toks, tokenize.Token{Text: text[start:end], Start: start}) }
}
