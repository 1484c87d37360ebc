package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/tr"
)

// TestRetypeCapitalPeople checks which one-word person mentions in
// capitals become organizations.
func TestRetypeCapitalPeople(t *testing.T) {
	tests := []struct {
		l      lang.Language
		words  string // tokens, space-separated; the person mention is the [bracketed] ones
		source string
		want   annotation.Type
	}{
		{en.English{}, "The complaint accuses [HANO] of violating the agreement", "model", annotation.Organization},
		{en.English{}, "[CPA] staff were sent home early today", "model", annotation.Organization},
		{en.English{}, "Secretary [KERRY] met the ministers in Geneva on Monday", "model", annotation.Person},     // a given name
		{en.English{}, "IS THAT [IDRIS] ? black british actors pull up", "model", annotation.Person},              // shouted words before
		{en.English{}, "we saw [IDRIS] TODAY and loved his new film", "model", annotation.Person},                 // shouted words after
		{en.English{}, "WAS THAT [ELEKTRA] SINGING", "model", annotation.Person},                                  // a sentence in capitals
		{en.English{}, "a post by [BIGMIZZIE] about the new album today", "model", annotation.Person},             // too long for an acronym
		{en.English{}, "thanks to @ [JD] for the new album today", "model", annotation.Person},                    // a handle
		{en.English{}, "The complaint accuses [NiMo] of violating the agreement", "model", annotation.Person},     // not all capitals
		{en.English{}, "The complaint accuses [HANO] of violating the agreement", "gazetteer", annotation.Person}, // the gazetteer's
		{en.English{}, "The complaint accuses [John HANO] of violating the agreement", "model", annotation.Person},
		{tr.Turkish{}, "Toplantıya [YILMAZ] da katıldı ve konuştu", "model", annotation.Person}, // no lang.CapitalAcronyms
	}
	for _, tc := range tests {
		doc, first, last := bracketedDoc(t, tc.l, tc.words)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		ents := []annotation.Entity{doc.Mention(first, last, annotation.Person, 0.5, tc.source)}
		names := retypeCapitalPeople(doc, ents, tc.l)
		if g := ents[0]; g.Type != tc.want || (len(names) == 1) != (tc.want == annotation.Organization) {
			t.Errorf("%s: %s %q (names %q), want %s", tc.words, g.Type, g.Text, names, tc.want)
		}
	}
}
