package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/ner"
)

// TestTrimCommonOpener checks which mentions opening a sentence lose their
// first word.
func TestTrimCommonOpener(t *testing.T) {
	m, err := ner.DefaultModel("tr")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, mention string
		id            string // the gazetteer's entry, if it gave one
		want          string
	}{
		{"Toplantıya Ege Üniversitesi rektörü de katıldı.", "Toplantıya Ege Üniversitesi", "", "Ege Üniversitesi"},
		{"Altında Yeşil Vadi Derneği imzası vardı.", "Altında Yeşil Vadi Derneği", "", "Yeşil Vadi Derneği"},
		{"Raporların Kurula sunulduğu öğrenildi.", "Raporların Kurula", "", "Başkanlığa"},
		{"Toplantıya Ege Üniversitesi katıldı.", "Toplantıya Ege Üniversitesi", "Q1", "Toplantıya Ege Üniversitesi"},   // the gazetteer's name
		{"Basın Konseyi bir bildiri yayımladı.", "Basın Konseyi", "", "Basın Konseyi"},                                 // a lexicon word, not bas in the genitive
		{"Hava Harp Okulu mezunları toplandı.", "Hava Harp Okulu", "", "Hava Harp Okulu"},                              // not hav in the dative
		{"Mikayla Mendez dün konuştu.", "Mikayla Mendez", "", "Mikayla Mendez"},                                        // a name the prior never saw
		{"Dün Toplantıya Ege Üniversitesi katıldı.", "Toplantıya Ege Üniversitesi", "", "Toplantıya Ege Üniversitesi"}, // not the sentence's first word
		{"Toplantıya katıldı.", "Toplantıya", "", "Toplantıya"},                                                        // one word: left to the drop rules
	}
	for _, tc := range tests {
		doc, _, l := docHolding(t, "tr", tc.text, "", "")
		first, last := tokenRange(t, doc, tc.mention)
		e := doc.Mention(first, last, annotation.Organization, 0.5, "model")
		e.ID = tc.id
		ents := []annotation.Entity{e}
		trimCommonOpener(doc, ents, l, m)
		if got := mentionsOf(t, doc, ents); got != "ORG "+tc.want {
			t.Errorf("%q: got %q, want ORG %q", tc.text, got, tc.want)
		}
	}
}
