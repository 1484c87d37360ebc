package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang/tr"
)

// TestWidenToOrgHead checks which place mentions the capitalized words
// after them, up to an organization's head noun, widen into that
// organization.
func TestWidenToOrgHead(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated; the mention is the [bracketed] ones
		typ   annotation.Type
		want  string
		wantT annotation.Type
	}{
		{"John Edward , [İskoçya] Bağımsız Okullar Kurulu üyesi", annotation.Location, "İskoçya Bağımsız Okullar Kurulu", annotation.Organization},
		{"gemisinin [ABD] Deniz Kuvvetleri katıldı", annotation.Location, "ABD Deniz Kuvvetleri", annotation.Organization},
		{"[Birleşik Krallık] İstihdam ve Beceri Komisyonu raporu", annotation.Location, "Birleşik Krallık İstihdam ve Beceri Komisyonu", annotation.Organization},
		{"[ABD] Kuraklık Gözlemevi raporu", annotation.Location, "ABD Kuraklık Gözlemevi", annotation.Organization}, // lang.OrganizationHeads
		{"[Louisiana] Eyalet Polisi yardım etti", annotation.Location, "Louisiana Eyalet Polisi", annotation.Organization},
		{"[Kadıköy] Belediye Başkanı konuştu", annotation.Location, "Kadıköy", annotation.Location},                                    // a role after the head
		{"[Konya] Büyükşehir Belediyesi Başkanı konuştu", annotation.Location, "Konya Büyükşehir Belediyesi", annotation.Organization}, // a head in the possessive names the body the title is of
		{"[ABD] Başkanını Tv izledi", annotation.Location, "ABD", annotation.Location},                                                 // the words stop at a role
		{"[Kemal Yurt] ve Sanayi ve Ticaret", annotation.Person, "Kemal Yurt", annotation.Person},                                      // places only
		{"[Ankara] Büyük Şehir konuştu", annotation.Location, "Ankara", annotation.Location},                                           // no head
		{"[Ankara] , Üniversitesi", annotation.Location, "Ankara", annotation.Location},                                                // not next to it
		{"[Ankara] ve üniversitesi", annotation.Location, "Ankara", annotation.Location},                                               // not capitalized
		{"dosyayı [Ankara] DGM Başsavcılığı inceledi", annotation.Location, "Ankara DGM Başsavcılığı", annotation.Organization},        // a head, not the role Başsavcı
		{"şikayet üzerine [Cumhuriyet] Savcılığı harekete geçti", annotation.Organization, "Cumhuriyet Savcılığı", annotation.Organization},
		{"yazı [Emniyet Genel Müdürlüğü] Kaçakçılık Dairesi raporu", annotation.Organization, "Emniyet Genel Müdürlüğü Kaçakçılık Dairesi", annotation.Organization},
		{"toplantıya [Tarım Bakanlığı] ile Konut Fonu katıldı", annotation.Organization, "Tarım Bakanlığı", annotation.Organization}, // a whole name before ile
		{"açıklamayı [NATO] Genel Sekreterliği yaptı", annotation.Organization, "NATO", annotation.Organization},                     // an acronym is a whole name
		{"[Bakanlık] Kaçakçılık ve Organize Suçlar Dairesi", annotation.Organization, "Bakanlık", annotation.Organization},           // a whole name before ve
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, first, last := bracketedDoc(t, l, tc.words)
		ents := []annotation.Entity{doc.Mention(first, last, tc.typ, 0.5, "model")}
		widenToOrgHead(doc, ents, l, nil)
		if ents[0].Text != tc.want || ents[0].Type != tc.wantT || doc.Text[ents[0].Start:ents[0].End] != ents[0].Text {
			t.Errorf("%s: got %s %q, want %s %q", tc.words, ents[0].Type, ents[0].Text, tc.wantT, tc.want)
		}
	}
}

// TestWidenToOrgHeadParty checks that a party the gazetteer knows is not
// widened over the head word of its parliamentary group, and keeps its ID.
func TestWidenToOrgHeadParty(t *testing.T) {
	g := gazetteer.Default()
	l := tr.Turkish{}
	var partyID string
	for _, e := range g.Lookup("Cumhuriyet Halk Partisi", "tr") {
		if e.Subtype == "party" {
			partyID = e.ID
		}
	}
	if partyID == "" {
		t.Fatal("the default gazetteer has no Cumhuriyet Halk Partisi")
	}
	doc, first, last := bracketedDoc(t, l, "[Cumhuriyet Halk Partisi] Grubu adına söz istedi")
	ents := []annotation.Entity{doc.Mention(first, last, annotation.Organization, 0.9, "model+gazetteer")}
	ents[0].ID = partyID
	widenToOrgHead(doc, ents, l, g)
	if ents[0].Text != "Cumhuriyet Halk Partisi" || ents[0].ID != partyID {
		t.Errorf("got %q %s, want the party", ents[0].Text, ents[0].ID)
	}
	ents[0].ID = "" // a party the gazetteer does not know is widened as before
	widenToOrgHead(doc, ents, l, g)
	if ents[0].Text != "Cumhuriyet Halk Partisi Grubu" {
		t.Errorf("without an ID: got %q", ents[0].Text)
	}
}

// TestWidenToOrgHeadOffice checks that a body with an ID is not widened
// over the office of its head (lang.BodyTitles), and one without is.
func TestWidenToOrgHeadOffice(t *testing.T) {
	l := tr.Turkish{}
	for _, tc := range []struct {
		id, want string
	}{
		{"Q1", "TBMM"},
		{"", "TBMM Başkanlığına"},
	} {
		doc, first, last := bracketedDoc(t, l, "önerge [TBMM] Başkanlığına verildi")
		ents := []annotation.Entity{doc.Mention(first, last, annotation.Organization, 0.9, "model+gazetteer")}
		ents[0].ID = tc.id
		widenToOrgHead(doc, ents, l, nil)
		if ents[0].Text != tc.want {
			t.Errorf("ID %q: got %q, want %q", tc.id, ents[0].Text, tc.want)
		}
	}
}
