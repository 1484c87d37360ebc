package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
)

// TestDropInflectedWords checks which one-word mentions the gazetteer
// matched through their stems are common nouns.
func TestDropInflectedWords(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		lang, text, held string
		source           string
		want             bool // the mention is kept
	}{
		{"tr", "Cumhuriyetin kuruluşu kutlandı .", "Cumhuriyetin", "model+gazetteer", false},
		{"tr", "Konuşmalar dün Mecliste sürdü .", "Mecliste", "model+gazetteer", false},
		{"tr", "Konuşmalar dün Meclis'te sürdü .", "Meclis", "model+gazetteer", true},  // the apostrophe makes it a name
		{"tr", "Konuşmalar dün Meclis 'te sürdü .", "Meclis", "model+gazetteer", true}, // pre-tokenized
		{"tr", "Heyet dün Ankara'ya gitti .", "Ankara", "model+gazetteer", true},
		{"tr", "Heyet dün Ankaraya gitti .", "Ankaraya", "model", true},       // the tagger's alone
		{"tr", "Dün İtalya kazandı .", "İtalya", "model+gazetteer", true},     // a name as it stands (İtaly-a)
		{"en", "The Mecliste said so .", "Mecliste", "model+gazetteer", true}, // no lang.ApostropheSuffixes
	}
	for _, tc := range tests {
		doc, ents, l := docHolding(t, tc.lang, tc.text, tc.held, annotation.Organization)
		if len(ents) != 1 {
			t.Fatalf("%q: %d mentions of %q", tc.text, len(ents), tc.held)
		}
		ents[0].Source = tc.source
		if got := len(dropInflectedWords(doc, ents, l, g)) == 1; got != tc.want {
			t.Errorf("%q: %q kept %v, want %v", tc.text, tc.held, got, tc.want)
		}
	}
}
