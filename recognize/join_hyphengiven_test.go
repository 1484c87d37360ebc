package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/tr"
)

// TestJoinHyphenGivenNames checks which given names before a spaced hyphen
// join the person after it (sentences written for the test, tokens as a
// CoNLL file gives them).
func TestJoinHyphenGivenNames(t *testing.T) {
	tests := []struct {
		marked string
		want   string
	}{
		{"yatırımcı L=[Kai] - Fu P=[Lee] konuştu .", "PER Kai - Fu Lee"},                             // a place the gazetteer does not know, a word no mention holds
		{"Suna - P=[İnan Kıraç] geldi .", "PER Suna - İnan Kıraç"},                                   // a given name no mention holds
		{"Sevgi - P=[Erdoğan Gönül] , P=[Ali Koç] geldi .", "PER Sevgi - Erdoğan Gönül|PER Ali Koç"}, // the next mention kept
		{"P=[Clinton] - P=[Lewinsky] davası sürüyor .", "PER Clinton|PER Lewinsky"},                  // one word after the hyphen: two names
		{"Suna - P=[Kıraç] geldi .", "PER Kıraç"},                                                    // likewise
		{"Ankara - P=[İnan Kıraç] hattı .", "PER İnan Kıraç"},                                        // no given name
		{"L=[Kai]@Q1 - Fu P=[Lee] konuştu .", "LOC Kai|PER Lee"},                                     // a place the gazetteer knows
		{"O=[Suna Holding] - P=[İnan Kıraç] geldi .", "ORG Suna Holding|PER İnan Kıraç"},             // a longer mention
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, ents := markedGivenDoc(t, l, tc.marked, annotation.Person)
		ents = joinHyphenGivenNames(doc, ents, l, wordCasesOf(doc.Tokens))
		if m := mentionsOf(t, doc, ents); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
	}
}
