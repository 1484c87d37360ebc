package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// TestAddBracketAcronyms checks which bracketed words after a mention
// become organizations.
func TestAddBracketAcronyms(t *testing.T) {
	tests := []struct {
		words     string // the mention is tokens 0 and 1
		typ       annotation.Type
		held      bool // a mention already holds token 3
		want      string
		mentioned int
	}{
		{"İşçi Partisi ( İP ) yönetimi", annotation.Organization, false, "İP", 2},
		{"İşçi Partisi [ İP ] yönetimi", annotation.Organization, false, "İP", 2},
		{"İşçi Partisi ( TÜMTİS ) yönetimi", annotation.Organization, false, "TÜMTİS", 2},
		{"İşçi Partisi ( İP ) yönetimi", annotation.Person, false, "", 1},      // organizations only
		{"İşçi Partisi ( İP ) yönetimi", annotation.Organization, true, "", 2}, // already a mention
		{"İşçi Partisi ( Ankara ) yönetimi", annotation.Organization, false, "", 1},
		{"İşçi Partisi ( YouGov ) yönetimi", annotation.Organization, false, "", 1},
		{"İşçi Partisi ( İP yönetimi", annotation.Organization, false, "", 1},
		{"İşçi Partisi ( 1998 ) yönetimi", annotation.Organization, false, "", 1},
	}
	for _, tc := range tests {
		doc := &annotation.Document{}
		for _, w := range strings.Fields(tc.words) {
			if doc.Text != "" {
				doc.Text += " "
			}
			doc.Tokens = append(doc.Tokens, lang.Token{Text: w, Start: len(doc.Text), End: len(doc.Text) + len(w)})
			doc.Text += w
		}
		ents := []annotation.Entity{doc.Mention(0, 2, tc.typ, 0.5, "model")}
		if tc.held {
			ents = append(ents, doc.Mention(3, 4, annotation.Location, 0.5, "model"))
		}
		got := addBracketAcronyms(doc, ents)
		if len(got) != tc.mentioned {
			t.Errorf("%q: %d mentions, want %d", tc.words, len(got), tc.mentioned)
			continue
		}
		if tc.want != "" && (got[1].Text != tc.want || got[1].Type != annotation.Organization || got[1].Source != "rule") {
			t.Errorf("%q: added %+v, want the organization %q", tc.words, got[1], tc.want)
		}
	}
}

// TestIsAcronym checks isAcronym against its definition read rune by rune
// (acronymByRunes), on words of every kind the rules ask it of and on
// every string of up to three runes from a small alphabet.
func TestIsAcronym(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"", false}, {"A", false}, {"AB", true}, {"Ab", false}, {"aB", false}, {"İP", true}, {"TÜMTİS", true},
		{"BPPT", true}, {"YouGov", false}, {"AbcD", true}, {"AbcDE", true}, {"AbcdEF", true}, {"AbcdeF", false},
		{"ABCDEFGHIJ", true}, {"ABCDEFGHIJK", false}, {"ABCDEabcde", true}, {"ABCDEabcdef", false},
		{"AbcdefGHIJ", true}, {"AbcdefGHI", false}, {"ABC1", false}, {"A-B", false}, {"NATO's", false}, {"ÇŞ", true},
		{"СССР", true}, {"США", true}, {"Москва", false}, {"МГУим", true}, {"A\xffB", false},
		{"\xff", false}, {"ǅA", false}, {"ÖZEL", true}, {"Özel", false}, {"ABCDEFGHIJ\xff", false},
	}
	for _, tt := range tests {
		if got := isAcronym(tt.s); got != tt.want || got != acronymByRunes(tt.s) {
			t.Errorf("isAcronym(%q) = %v, want %v (by runes %v)", tt.s, got, tt.want, acronymByRunes(tt.s))
		}
	}
	alphabet := []string{"A", "b", "İ", "ş", "Д", "ж", "1", "-", "\xff", "\xd0", "ǅ", "ﬃ"}
	var words []string
	for _, a := range alphabet {
		for _, b := range append(alphabet, "") {
			for _, c := range append(alphabet, "") {
				words = append(words, a+b+c, strings.Repeat(a+b+c, 4))
			}
		}
	}
	// Every Cyrillic rune from U+0400 to U+04FF (the letters isAcronym
	// tells from their bytes, up to U+045F, and those after), first, in
	// the middle and last, and cut short or followed by a byte that
	// continues no rune.
	for r := rune(0x400); r < 0x500; r++ {
		c := string(r)
		words = append(words, c, c+"Д", c+"ж", "Д"+c, "ж"+c, "ДЖ"+c, "A"+c+"B", c+c+c, "Д"+c+"\xd1", c+"\xd0A", "Д"+c[:1])
	}
	for _, w := range words {
		if got, want := isAcronym(w), acronymByRunes(w); got != want {
			t.Errorf("isAcronym(%q) = %v, by runes %v", w, got, want)
		}
	}
}

// acronymByRunes is isAcronym's definition as first written: every rune
// a letter, the first a capital, 2 to 10 of them, at least two capitals
// and as many as the other letters.
func acronymByRunes(s string) bool {
	n, upper := 0, 0
	for i, r := range s {
		if !lang.IsLetter(r) || i == 0 && !lang.IsUpper(r) {
			return false
		}
		n++
		if lang.IsUpper(r) {
			upper++
		}
	}
	return n >= 2 && n <= 10 && upper >= 2 && upper*2 >= lang.RuneCount(s)
}

// TestQuoteMark checks the quotation marks quoteMark knows and words that
// begin as one does.
func TestQuoteMark(t *testing.T) {
	for _, s := range []string{`"`, "'", "“", "”", "‘", "’", "«", "„", "‹"} {
		if !quoteMark(s) {
			t.Errorf("quoteMark(%q) = false", s)
		}
	}
	for _, s := range []string{"", "a", `""`, "'s", "»", "›", "–", "—", "…", "\xc2", "\xe2\x80", "«a", "Ab", "\xff"} {
		if quoteMark(s) {
			t.Errorf("quoteMark(%q) = true", s)
		}
	}
}
