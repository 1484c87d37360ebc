package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
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
		{"tr", `Ancak, "bu doğru değil" dedi.`, ""},                     // a conjunction
		{"tr", `Adam, "yardım edin" diye bağırdı.`, ""},                 // a common word
		{"tr", `Demokratların, "hayır" demesi bekleniyor.`, ""},         // a plural: a group
		{"tr", `Zumbarek, dün "hazırız" dedi.`, ""},                     // no quotation right after
		{"tr", `NATO, "hazırız" dedi.`, ""},                             // an acronym
		{"tr", `Oysa, "hazırız" diyen oydu.`, ""},                       // a function word
		{"tr", `Türkçe, "yaz" dedim.`, ""},                              // a language's name
		{"tr", `Yarbay: "Görevimi bilirim."`, ""},                       // a title
		{"tr", `Zumbarek, 'Maalesef çok geç kaldık" dedi.`, "Zumbarek"}, // a single quotation mark, a verb of saying closing
		{"tr", `Zumbarek, 'kutsal" değildir.`, ""},                      // a single quotation mark: a quoted word
		{"tr", `Zumbarek, 'hazırız' diye yazdı.`, ""},                   // no person's verb of saying closing
		{"en", `Zumbarek, "we are ready," he said.`, ""},                // no lang.QuoteSpeakers
	}
	g := gazetteer.Default()
	for _, tc := range tests {
		doc, ents, l := docHolding(t, tc.lang, tc.text, "", "")
		got := textsOf(t, doc, addQuoteSpeakers(doc, ents, l, g, m), annotation.Person)
		if got != tc.want {
			t.Errorf("%q: added %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestAddQuoteSpeakersRetype checks which one-word mentions opening a
// sentence before a colon or a comma and a quotation become its speaker:
// only the tagger's organizations with no gazetteer entry or rule behind.
func TestAddQuoteSpeakersRetype(t *testing.T) {
	m, err := ner.DefaultModel("tr")
	if err != nil {
		t.Fatal(err)
	}
	g := gazetteer.Default()
	tests := []struct {
		text, held, source string
		typ                annotation.Type
		want               annotation.Type
	}{
		{`Zumbarek: "Hazırız."`, "Zumbarek", "model", annotation.Organization, annotation.Person},
		{`Zumbarek, "hazırız" dedi.`, "Zumbarek", "model", annotation.Organization, annotation.Person},
		{`Zumbarek, "hazırız" dedi.`, "Zumbarek", "model+gazetteer", annotation.Organization, annotation.Organization}, // the gazetteer's
		{`Zumbarek, "hazırız" dedi.`, "Zumbarek", "rule", annotation.Organization, annotation.Organization},            // a rule's evidence
		{`Zumbarek, "hazırız" dedi.`, "Zumbarek", "model", annotation.Location, annotation.Location},                   // a place keeps its type
		{`Zumbarek, dün "hazırız" dedi.`, "Zumbarek", "model", annotation.Organization, annotation.Organization},       // no quotation right after
	}
	for _, tc := range tests {
		doc, ents, l := docHolding(t, "tr", tc.text, tc.held, tc.typ)
		for i := range ents {
			ents[i].Source = tc.source
		}
		got := addQuoteSpeakers(doc, ents, l, g, m)
		if len(got) != 1 || got[0].Type != tc.want || got[0].Text != tc.held {
			t.Errorf("%q (%s %s): got %v, want one %s", tc.text, tc.source, tc.typ, got, tc.want)
		}
	}
}
