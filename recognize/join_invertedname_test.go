package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// TestJoinInvertedNames checks that a quoted "surname , given name" becomes
// one person, and that other commas stay (sentences written for the test).
func TestJoinInvertedNames(t *testing.T) {
	tests := []struct {
		l      lang.Language // English where nil
		marked string        // the sentence, its mentions marked as markedDoc reads them
		want   string        // mentionsOf after the rule
	}{
		{nil, `From : " P=[Hollis] , P=[Andrew] " < ah@example.com >`, "PER Hollis , Andrew"},
		{nil, `From : " Hollis , P=[Andrew Ray] "`, "PER Hollis , Andrew Ray"},                  // no mention of the surname
		{nil, `" P=[Hollis] , P=[Andrew] " <andrew.hollis.example.com>`, "PER Hollis , Andrew"}, // an address kept one token
		{nil, `To : “ L=[Hollis] , P=[Andrew] ”`, "PER Hollis , Andrew"},                        // curly quotes
		// a quotation addressing someone, inside a sentence, is no header
		{nil, `She said " Thanks , P=[Robert] " and left .`, "PER Robert"},
		{nil, `" Goodbye , P=[Margaret Hale] " was all he wrote .`, "PER Margaret Hale"},
		{nil, `" Hello , P=[Sam] " .`, "PER Sam"},
		{tr.Turkish{}, `" Tamam , P=[Ahmet] " dedi müdür .`, "PER Ahmet"},
		{ru.Russian{}, `" Спасибо , P=[Иван] " , - ответил он .`, "PER Иван"},
		{tr.Turkish{}, `Kimden : " Yazıcıoğlu , P=[Deniz] " < dy@example.com >`, "PER Yazıcıoğlu , Deniz"},
		{nil, `" P=[Hollis] , P=[Andrew] and P=[Kim] "`, "PER Hollis|PER Andrew|PER Kim"},    // not alone in the quotes
		{nil, `P=[Hollis] , P=[Andrew] and P=[Kim] came .`, "PER Hollis|PER Andrew|PER Kim"}, // no quotes
		{nil, `" Paris , L=[France] "`, "LOC France"},                                        // no person
	}
	for _, tc := range tests {
		l := tc.l
		if l == nil {
			l = en.English{}
		}
		doc, ents := markedDoc(t, l, tc.marked, annotation.Person)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		if m := mentionsOf(t, doc, joinInvertedNames(doc, ents)); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
	}
}
