package entity

import (
	"testing"

	"github.com/varlik/varlik/gazetteer"
)

// TestSaidOpenersAsPeople checks which one-word mentions opening a
// sentence before a comma become people by the verb of saying that closes
// it, on sentences written for the test.
func TestSaidOpenersAsPeople(t *testing.T) {
	tests := []struct {
		text, held, source string
		typ                Type
		want               Type
	}{
		{"Zumbarek, toplantının ertelendiğini söyledi.", "Zumbarek", "model", Organization, Person},
		{`Zumbarek, "hazırız" dedi.`, "Zumbarek", "model", Location, Person}, // the verb past the quotes
		{"Zumbarek, sonuçlardan memnun olduğunu belirtti.", "Zumbarek", "model", Organization, Person},
		{"Zumbarek, yeni mağazalar açacağını açıkladı.", "Zumbarek", "model", Organization, Organization}, // bodies announce too
		{"Zumbarek, kârın arttığını bildirdi.", "Zumbarek", "model", Organization, Organization},          // and report
		{"Zumbarek, toplantının ertelendiğini söyledi.", "Zumbarek", "model+gazetteer", Organization, Organization},
		{"Zumbarek toplantının ertelendiğini söyledi.", "Zumbarek", "model", Organization, Organization},      // no comma
		{"Dün Zumbarek, toplantının ertelendiğini söyledi.", "Zumbarek", "model", Organization, Organization}, // not the first word
	}
	g := gazetteer.Default()
	// A town the gazetteer knows may be a person's surname (Zárate, a town
	// in Argentina); a country saying something is its government.
	for _, p := range []struct {
		name string
		want Type
	}{{"Lyon", Person}, {"Fransa", Location}} {
		tests = append(tests, struct {
			text, held, source string
			typ                Type
			want               Type
		}{p.name + ", toplantının ertelendiğini söyledi.", p.name, "model+gazetteer", Location, p.want})
	}
	for _, tc := range tests {
		doc, ents, l := docHolding(t, "tr", tc.text, tc.held, tc.typ)
		for i := range ents {
			ents[i].Source = tc.source
			if entries := g.Lookup(tc.held, ""); tc.source == "model+gazetteer" && len(entries) > 0 {
				ents[i].ID = entries[0].ID
			}
		}
		saidOpenersAsPeople(doc, ents, l, g)
		if len(ents) != 1 || ents[0].Type != tc.want {
			t.Errorf("%q (%s %s): got %v, want one %s", tc.text, tc.source, tc.typ, ents, tc.want)
		}
	}
}
