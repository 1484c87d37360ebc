package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/tr"
)

// TestDropFieldTitles checks which organization mentions are the field
// words of a minister's title, and so are dropped.
func TestDropFieldTitles(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated; the mention is the [bracketed] ones
		id    string
		kept  bool
	}{
		{"Toplantıya [Hazine] ve Maliye Bakanı Mehmet Şimşek katıldı", "", false},
		{"[Toplantıya Gençlik] ve Spor Bakanı Osman Bak katıldı", "", false},
		{"Toplantıya [Aile ve Sosyal Hizmetler] Bakanı Göktaş katıldı", "", false},
		{"Törene [Milli Eğitim] Bakanımız katıldı", "", false},
		{"[ABD] Dışişleri Bakanı Blinken geldi", "Q30", true},        // known to the gazetteer
		{"[Merkez Bankası] Başkanı konuştu", "", true},               // another title
		{"[Merkez Bankası] ve Hazine Bakanı konuştu", "", true},      // its head ends it
		{"[Kültür ve Turizm Bakanlığı] Müsteşarı konuştu", "", true}, // a ministry's own name
		{"[Hazine] ve Maliye Bakanlığı açıkladı", "", true},          // the ministry, not a title
		{"[Hazine] açıklama yaptı ve Bakan konuştu", "", true},       // words between that are no name's
		{"[Bakanlar Kurulu] toplandı", "", true},                     // no title after it
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, first, last := bracketedDoc(t, l, tc.words)
		e := doc.Mention(first, last, annotation.Organization, 0.5, "model")
		e.ID = tc.id
		if got := len(dropFieldTitles(doc, []annotation.Entity{e}, l)) == 1; got != tc.kept {
			t.Errorf("%s: kept %v, want %v", tc.words, got, tc.kept)
		}
	}
}
