package entity

import (
	"testing"

	"github.com/varlik/varlik/lang/tr"
)

// TestWidenToOrgHead checks which place mentions the capitalized words
// after them, up to an organization's head noun, widen into that
// organization.
func TestWidenToOrgHead(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated; the mention is the [bracketed] ones
		typ   Type
		want  string
		wantT Type
	}{
		{"John Edward , [İskoçya] Bağımsız Okullar Kurulu üyesi", Location, "İskoçya Bağımsız Okullar Kurulu", Organization},
		{"gemisinin [ABD] Deniz Kuvvetleri katıldı", Location, "ABD Deniz Kuvvetleri", Organization},
		{"[Birleşik Krallık] İstihdam ve Beceri Komisyonu raporu", Location, "Birleşik Krallık İstihdam ve Beceri Komisyonu", Organization},
		{"[ABD] Kuraklık Gözlemevi raporu", Location, "ABD Kuraklık Gözlemevi", Organization}, // lang.OrganizationHeads
		{"[Louisiana] Eyalet Polisi yardım etti", Location, "Louisiana Eyalet Polisi", Organization},
		{"[Kadıköy] Belediye Başkanı konuştu", Location, "Kadıköy", Location},     // a role after the head
		{"[ABD] Başkanını Tv izledi", Location, "ABD", Location},                  // the words stop at a role
		{"[Mustafa Taşar] ve Sanayi ve Ticaret", Person, "Mustafa Taşar", Person}, // places only
		{"[Ankara] Büyük Şehir konuştu", Location, "Ankara", Location},            // no head
		{"[Ankara] , Üniversitesi", Location, "Ankara", Location},                 // not next to it
		{"[Ankara] ve üniversitesi", Location, "Ankara", Location},                // not capitalized
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, first, last := bracketedDoc(t, l, tc.words)
		ents := []Entity{doc.Mention(first, last, tc.typ, 0.5, "model")}
		widenToOrgHead(doc, ents, l)
		if ents[0].Text != tc.want || ents[0].Type != tc.wantT || doc.Text[ents[0].Start:ents[0].End] != ents[0].Text {
			t.Errorf("%s: got %s %q, want %s %q", tc.words, ents[0].Type, ents[0].Text, tc.wantT, tc.want)
		}
	}
}
