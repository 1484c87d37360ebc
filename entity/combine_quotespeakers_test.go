package entity

import (
	"testing"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/ner"
)

// TestAddQuoteSpeakers checks which words opening a sentence before a
// comma or a colon and a quotation become its speaker.
func TestAddQuoteSpeakers(t *testing.T) {
	m, err := ner.DefaultModel("tr")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ lang, text, want string }{
		{"tr", `Zumbarek, "Maalesef çok geç kaldık" dedi.`, "Zumbarek"},
		{"tr", `Zumbarek: "Hazırız."`, "Zumbarek"},
		{"tr", `Ancak, "bu doğru değil" dedi.`, ""},             // a conjunction
		{"tr", `Adam, "yardım edin" diye bağırdı.`, ""},         // a common word
		{"tr", `Demokratların, "hayır" demesi bekleniyor.`, ""}, // a plural: a group
		{"tr", `Zumbarek, dün "hazırız" dedi.`, ""},             // no quotation right after
		{"tr", `NATO, "hazırız" dedi.`, ""},                     // an acronym
		{"en", `Zumbarek, "we are ready," he said.`, ""},        // no lang.QuoteSpeakers
	}
	g := gazetteer.Default()
	for _, tc := range tests {
		doc, ents, l := docHolding(t, tc.lang, tc.text, "", "")
		got := textsOf(t, doc, addQuoteSpeakers(doc, ents, l, g, m), Person)
		if got != tc.want {
			t.Errorf("%q: added %q, want %q", tc.text, got, tc.want)
		}
	}
}
