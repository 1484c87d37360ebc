package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/tr"
)

// TestNextMark checks nextMark, which finds a mark's token from the mark's
// bytes in the text, against nextToken's scan of every token's text, for
// every start and end: marks alone, inside longer tokens (AT&T, f(x)),
// first and last, repeated, absent, in an empty document, beside invalid
// UTF-8, and in a Turkish text whose tokens were truecased.
func TestNextMark(t *testing.T) {
	for _, tc := range []struct {
		l    lang.Language
		text string
	}{
		{en.English{}, ""},
		{en.English{}, "&"},
		{en.English{}, "("},
		{en.English{}, "Marks & Spencer and AT&T ( NYSE : T ) & Co"},
		{en.English{}, "& ( && (( f(x) & ("},
		{en.English{}, "no marks here at all"},
		{en.English{}, "\xff & \xfe(\xfd ( x"},
		{tr.Turkish{}, "İSTANBUL & ANKARA ( İZMİR ) ŞİRKETİ & ORTAKLARI"},
	} {
		doc := &annotation.Document{Text: tc.text, Tokens: tc.l.Tokenize(tc.text)}
		for i := range doc.Tokens {
			if t := &doc.Tokens[i]; t.Text == "İSTANBUL" {
				t.Text = "İstanbul" // truecased: the text's bytes in another case
			}
		}
		for _, mark := range []string{"&", "("} {
			is := func(t *lang.Token) bool { return t.Text == mark }
			for end := 0; end <= len(doc.Tokens); end++ {
				for i := 0; i <= end; i++ {
					if got, want := nextMark(doc, i, end, mark), nextToken(doc.Tokens[:end], i, is); got != want {
						t.Errorf("%q: nextMark(%d, %d, %q) = %d, want %d", tc.text, i, end, mark, got, want)
					}
				}
			}
		}
	}
}
