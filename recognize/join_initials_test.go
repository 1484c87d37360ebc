package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// TestJoinInitials checks which tokens before a person mention join it as
// initials.
func TestJoinInitials(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated; the mention is the [bracketed] ones
		typ   annotation.Type
		sent  int // the first token of the mention's sentence
		want  string
	}{
		{"Gol : B . [Hakan] attı", annotation.Person, 0, "B . Hakan"},
		{"Gol : B. [Hakan] attı", annotation.Person, 0, "B. Hakan"},
		{"Dr. D . [Lawrence Hartwell] dedi", annotation.Person, 0, "D . Lawrence Hartwell"},
		{"J. K. [Rowling] yazdı", annotation.Person, 0, "J. K. Rowling"},
		{"J . K . [Rowling] yazdı", annotation.Person, 0, "J . K . Rowling"},
		{"Dr. [Ahmet] geldi", annotation.Person, 0, "Ahmet"},     // a title, not an initial
		{"ABD . [Ahmet] geldi", annotation.Person, 0, "Ahmet"},   // not one letter
		{"b . [Ahmet] geldi", annotation.Person, 0, "Ahmet"},     // not a capital
		{"B . [Hakan] attı", annotation.Location, 0, "Hakan"},    // people only
		{"Grup B . [Hakan] attı", annotation.Person, 3, "Hakan"}, // the initial ends the sentence before
	}
	for _, tc := range tests {
		text, first, last := bracketedMention(tc.words)
		words := strings.Fields(text)
		doc := &annotation.Document{}
		for _, w := range words {
			if doc.Text != "" {
				doc.Text += " "
			}
			doc.Tokens = append(doc.Tokens, lang.Token{Text: w, Start: len(doc.Text), End: len(doc.Text) + len(w)})
			doc.Text += w
		}
		doc.Sentences = []lang.Sentence{{First: 0, Last: tc.sent}, {First: tc.sent, Last: len(words)}}
		if tc.sent == 0 {
			doc.Sentences = doc.Sentences[1:]
		}
		ents := []annotation.Entity{doc.Mention(first, last, tc.typ, 0.5, "model")}
		joinInitials(doc, ents)
		if ents[0].Text != tc.want || doc.Text[ents[0].Start:ents[0].End] != ents[0].Text {
			t.Errorf("%s: got %q, want %q", tc.words, ents[0].Text, tc.want)
		}
	}
}

// bracketedMention returns words (space-separated tokens) without the
// brackets that mark a mention, and the mention's first and last+1 token
// indices.
func bracketedMention(words string) (text string, first, last int) {
	first, last = -1, -1
	for i, w := range strings.Fields(words) {
		if strings.HasPrefix(w, "[") {
			first = i
		}
		if strings.HasSuffix(w, "]") {
			last = i + 1
		}
	}
	return strings.NewReplacer("[", "", "]", "").Replace(words), first, last
}

// TestIsCapitalLetter checks isCapitalLetter against its definition, one
// rune that is upper case, on every rune below U+0530 alone and with
// another rune after it, and on invalid UTF-8.
func TestIsCapitalLetter(t *testing.T) {
	words := []string{"", "\xff", "\xc4", "A\xff", "\xc4\xb0\xff", "ǅ", "ﬃ", "Ⅻ", "𝐀", "AB", "Ab", "İP"}
	for r := rune(0); r < 0x530; r++ {
		words = append(words, string(r), string(r)+"a", string(r)+".")
	}
	for _, w := range words {
		r, n := lang.DecodeRune(w)
		want := n == len(w) && n > 0 && lang.IsUpper(r)
		if got := isCapitalLetter(w); got != want {
			t.Errorf("isCapitalLetter(%q) = %v, want %v", w, got, want)
		}
	}
}
