package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
)

// TestSaidOpenersAsPeople checks which one-word mentions opening a
// sentence before a comma become people by the verb of saying that closes
// it, on sentences written for the test.
func TestSaidOpenersAsPeople(t *testing.T) {
	tests := []struct {
		text, held, source string
		typ                annotation.Type
		want               annotation.Type
	}{
		{"Zumbarek, toplantının ertelendiğini söyledi.", "Zumbarek", "model", annotation.Organization, annotation.Person},
		{`Zumbarek, "hazırız" dedi.`, "Zumbarek", "model", annotation.Location, annotation.Person}, // the verb past the quotes
		{"Zumbarek, sonuçlardan memnun olduğunu belirtti.", "Zumbarek", "model", annotation.Organization, annotation.Person},
		{"Zumbarek, yeni mağazalar açacağını açıkladı.", "Zumbarek", "model", annotation.Organization, annotation.Organization}, // bodies announce too
		{"Zumbarek, kârın arttığını bildirdi.", "Zumbarek", "model", annotation.Organization, annotation.Organization},          // and report
		{"Zumbarek, toplantının ertelendiğini söyledi.", "Zumbarek", "model+gazetteer", annotation.Organization, annotation.Organization},
		{"Zumbarek toplantının ertelendiğini söyledi.", "Zumbarek", "model", annotation.Organization, annotation.Organization},      // no comma
		{"Dün Zumbarek, toplantının ertelendiğini söyledi.", "Zumbarek", "model", annotation.Organization, annotation.Organization}, // not the first word
	}
	g := gazetteer.Default()
	// A town the gazetteer knows may be a person's surname (Zárate, a town
	// in Argentina); a country saying something is its government.
	for _, p := range []struct {
		name string
		want annotation.Type
	}{{"Lyon", annotation.Person}, {"Fransa", annotation.Location}} {
		tests = append(tests, struct {
			text, held, source string
			typ                annotation.Type
			want               annotation.Type
		}{p.name + ", toplantının ertelendiğini söyledi.", p.name, "model+gazetteer", annotation.Location, p.want})
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
