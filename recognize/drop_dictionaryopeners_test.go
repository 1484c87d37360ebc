package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// TestDropDictionaryOpeners checks which one-word mentions opening a
// sentence the dictionary of common words drops.
func TestDropDictionaryOpeners(t *testing.T) {
	r := defaultRecognizer()
	tests := []struct {
		code, text, held string
		typ              annotation.Type
		source, id       string
		want             bool // whether the mention is kept
	}{
		{"en", "( Applause . )", "Applause", annotation.Location, "model", "", false},
		{"en", "Carillon rang out .", "Carillon", annotation.Organization, "model", "", false},
		{"en", "Carillon rang out .", "Carillon", annotation.Person, "model", "", true},               // a person: surnames are words too (Flake)
		{"en", "They heard Applause .", "Applause", annotation.Location, "model", "", true},           // not the first word
		{"en", "Host : Carillon rang out .", "Carillon", annotation.Location, "model", "", false},     // after a colon: an utterance opens
		{"en", "Host , Carillon rang out .", "Carillon", annotation.Location, "model", "", true},      // after a comma
		{"ru", "Ведущий : Спасибо за интервью !", "Спасибо", annotation.Location, "model", "", false}, // an interview's turn
		{"ru", "Адрес : Тверская , 13 .", "Тверская", annotation.Location, "model", "", true},         // no dictionary word
		{"en", "Carillon rang out .", "Carillon", annotation.Location, "model+rule", "", true},        // a rule's
		{"en", "Carillon rang out .", "Carillon", annotation.Location, "model", "Q1", true},           // the gazetteer's
		{"en", "Paris rang out .", "Paris", annotation.Location, "model", "", true},                   // no dictionary word
		{"en", "Kitchen puts out food .", "Kitchen", annotation.Location, "model", "", true},          // the prior knows it (capitalized 60%)
		{"tr", "Carillon dedi .", "Carillon", annotation.Location, "model", "", true},                 // no lang.DictionaryWords
	}
	for _, tc := range tests {
		doc, ents, l := docHolding(t, tc.code, tc.text, tc.held, tc.typ)
		ents[0].Source, ents[0].ID = tc.source, tc.id
		got := dropDictionaryOpeners(doc, ents, l, r.model(tc.code))
		if (len(got) == 1) != tc.want {
			t.Errorf("%s %q: kept %v, want %v", tc.code, tc.text, len(got) == 1, tc.want)
		}
	}
}

// TestTruecaseDictionaryWords checks that a headline's words the model's
// prior does not know but the dictionary lists in lower case only are
// read in lower case (headlines written for the test).
func TestTruecaseDictionaryWords(t *testing.T) {
	r := defaultRecognizer()
	tests := []struct{ code, text, want string }{
		{"en", "SCUFFLES BREAK OUT NEAR THE CARILLON IN OTTAWA", "Scuffles break out near the carillon in Ottawa"},
		{"en", "THEN POOP IN IT", "Then poop in it"},
		{"en", "ZORBLAX WINS IN OTTAWA", "Zorblax wins in Ottawa"}, // no dictionary word: Title case
	}
	for _, tc := range tests {
		got, doc, saved := truecasedView(t, r, tc.code, tc.text)
		if got != tc.want {
			t.Errorf("%s %q: %q, want %q", tc.code, tc.text, got, tc.want)
		}
		restoreCase(doc, saved)
		if l, _ := lang.Get(tc.code); len(doc.Tokens) != len(l.Tokenize(tc.text)) || doc.Tokens[0].Text != strings.Fields(tc.text)[0] {
			t.Errorf("%s %q: not restored", tc.code, tc.text)
		}
	}
}
