package entity

import (
	"fmt"
	"strings"
	"testing"

	"github.com/varlik/varlik/gazetteer"
)

func TestLinkMentions(t *testing.T) {
	l := turkish()
	per, loc, org := Person, Location, Organization
	erdogan := &gazetteer.Entry{ID: "Q39723", Type: gazetteer.Person,
		Names: map[string][]string{"tr": {"Recep Tayyip Erdoğan", "Erdoğan"}}}
	ali1 := &gazetteer.Entry{ID: "Q1", Type: gazetteer.Person, Names: map[string][]string{"tr": {"Ali Kaya"}}}
	ali2 := &gazetteer.Entry{ID: "Q2", Type: gazetteer.Person, Names: map[string][]string{"tr": {"Ali Kaya"}}}
	g := gazetteer.New(erdogan, ali1, ali2)
	tests := []struct {
		name  string
		text  string
		names []nameSpec
		ids   map[string]string // mention text → ID set beforehand, as the gazetteer matcher does
		g     *gazetteer.Gazetteer
		want  []string // per mention in order: "text → canonical ID TYPE"
	}{
		{name: "western surname",
			text:  "Cumhurbaşkanı Recep Tayyip Erdoğan konuştu. Erdoğan, Ankara'ya döndü.",
			names: []nameSpec{{"Recep Tayyip Erdoğan", per}, {"Erdoğan", per}, {"Ankara", loc}},
			want: []string{"Recep Tayyip Erdoğan → Recep Tayyip Erdoğan local:0 PERSON",
				"Erdoğan → Recep Tayyip Erdoğan local:0 PERSON", "Ankara → Ankara local:2 LOCATION"}},
		{name: "short name before the full one",
			text:  "Mişustin geldi. Rusya Başbakanı Mihail Mişustin konuştu.",
			names: []nameSpec{{"Mihail Mişustin", per}, {"Mişustin", per}, {"Rusya", loc}},
			want: []string{"Mişustin → Mihail Mişustin local:0 PERSON", "Rusya → Rusya local:1 LOCATION",
				"Mihail Mişustin → Mihail Mişustin local:0 PERSON"}},
		{name: "chinese surname first",
			text:  "Çin Başbakanı Li Qiang konuştu. Li, işbirliği çağrısı yaptı.",
			names: []nameSpec{{"Çin", loc}, {"Li Qiang", per}, {"Li", per}},
			want: []string{"Çin → Çin local:0 LOCATION", "Li Qiang → Li Qiang local:1 PERSON",
				"Li → Li Qiang local:1 PERSON"}},
		{name: "mistyped short name takes the person's type",
			text:  "Li Qiang konuştu. Li, işbirliği çağrısı yaptı.",
			names: []nameSpec{{"Li Qiang", per}, {"Li", loc}},
			want:  []string{"Li Qiang → Li Qiang local:0 PERSON", "Li → Li Qiang local:0 PERSON"}},
		{name: "ambiguous surname stays apart",
			text:  "İlham Aliyev, Haydar Aliyev'i andı. Aliyev konuştu.",
			names: []nameSpec{{"İlham Aliyev", per}, {"Haydar Aliyev", per}, {"Aliyev", per}},
			want: []string{"İlham Aliyev → İlham Aliyev local:0 PERSON", "Haydar Aliyev → Haydar Aliyev local:1 PERSON",
				"Aliyev → Aliyev local:2 PERSON"}},
		{name: "intermediate forms group first",
			text:  "Luiz Inacio Lula da Silva geldi. Lula da Silva ve Lula aynı kişi.",
			names: []nameSpec{{"Luiz Inacio Lula da Silva", per}, {"Lula da Silva", per}, {"Lula", per}},
			want: []string{"Luiz Inacio Lula da Silva → Luiz Inacio Lula da Silva local:0 PERSON",
				"Lula da Silva → Luiz Inacio Lula da Silva local:0 PERSON", "Lula → Luiz Inacio Lula da Silva local:0 PERSON"}},
		{name: "acronym in parentheses",
			text:  "Birleşmiş Milletler (BM) toplandı. BM'nin kararı açıklandı.",
			names: []nameSpec{{"Birleşmiş Milletler", org}, {"BM", org}},
			want: []string{"Birleşmiş Milletler → Birleşmiş Milletler local:0 ORGANIZATION",
				"BM → Birleşmiş Milletler local:0 ORGANIZATION", "BM → Birleşmiş Milletler local:0 ORGANIZATION"}},
		{name: "acronym from initials with Turkish folding",
			text:  "Şanghay İşbirliği Örgütü zirvesi başladı. ŞİÖ üyeleri bildiri yayımladı.",
			names: []nameSpec{{"Şanghay İşbirliği Örgütü", org}, {"ŞİÖ", loc}},
			want: []string{"Şanghay İşbirliği Örgütü → Şanghay İşbirliği Örgütü local:0 ORGANIZATION",
				"ŞİÖ → Şanghay İşbirliği Örgütü local:0 ORGANIZATION"}},
		{name: "dateline in capitals",
			text:  "HANGZHOU, 4 Kasım (Xinhua) -- Toplantı Hangzhou'da yapıldı.",
			names: []nameSpec{{"HANGZHOU", org}, {"Xinhua", org}, {"Hangzhou", loc}},
			want: []string{"HANGZHOU → Hangzhou local:0 LOCATION", "Xinhua → Xinhua local:1 ORGANIZATION",
				"Hangzhou → Hangzhou local:0 LOCATION"}},
		{name: "a name typed alike twice keeps its type",
			text:  "Ürdün Kralı Abdullah geldi. Abdullah Gül ve Abdullah aynı gün konuştu; Abdullah dedi.",
			names: []nameSpec{{"Ürdün", loc}, {"Abdullah Gül", per}, {"Abdullah", org}},
			want: []string{"Ürdün → Ürdün local:0 LOCATION", "Abdullah → Abdullah local:1 ORGANIZATION",
				"Abdullah Gül → Abdullah Gül local:2 PERSON", "Abdullah → Abdullah local:1 ORGANIZATION",
				"Abdullah → Abdullah local:1 ORGANIZATION"}},
		{name: "untagged short names are recovered",
			text:  "Çin Başbakanı Li Qiang konuştu. Li, Rusya ile görüştü. Li'nin sözleri: Li ve Putin hazır.",
			names: []nameSpec{{"Çin", loc}, {"Li Qiang", per}, {"Rusya", loc}, {"Putin", per}},
			want: []string{"Çin → Çin local:0 LOCATION", "Li Qiang → Li Qiang local:1 PERSON",
				"Li → Li Qiang local:1 PERSON", "Rusya → Rusya local:3 LOCATION", "Li → Li Qiang local:1 PERSON",
				"Li → Li Qiang local:1 PERSON", "Putin → Putin local:6 PERSON"}},
		{name: "a capitalized first word is not taken for a name",
			text:  "CHP Genel Başkanı Özgür Özel konuştu. Özel sektör büyüdü. Bugün Özel Kalem toplandı.",
			names: []nameSpec{{"CHP", org}, {"Özgür Özel", per}},
			want:  []string{"CHP → CHP local:0 ORGANIZATION", "Özgür Özel → Özgür Özel local:1 PERSON"}},
		{name: "gazetteer ID found by the canonical name",
			text:  "Recep Tayyip Erdoğan konuştu. Erdoğan döndü.",
			names: []nameSpec{{"Recep Tayyip Erdoğan", per}, {"Erdoğan", per}}, g: g,
			want: []string{"Recep Tayyip Erdoğan → Recep Tayyip Erdoğan Q39723 PERSON",
				"Erdoğan → Recep Tayyip Erdoğan Q39723 PERSON"}},
		{name: "only a short form: the gazetteer's name",
			text:  "Erdoğan döndü.",
			names: []nameSpec{{"Erdoğan", per}}, ids: map[string]string{"Erdoğan": "Q39723"}, g: g,
			want: []string{"Erdoğan → Recep Tayyip Erdoğan Q39723 PERSON"}},
		{name: "ambiguous gazetteer name gives a local ID",
			text:  "Ali Kaya konuştu.",
			names: []nameSpec{{"Ali Kaya", per}}, g: g,
			want: []string{"Ali Kaya → Ali Kaya local:0 PERSON"}},
		{name: "mentions with different IDs stay apart",
			text:  "Kaya konuştu. Ali Kaya geldi.",
			names: []nameSpec{{"Ali Kaya", per}, {"Kaya", per}}, ids: map[string]string{"Kaya": "Q5", "Ali Kaya": "Q1"},
			want: []string{"Kaya → Kaya Q5 PERSON", "Ali Kaya → Ali Kaya Q1 PERSON"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := docWithNames(t, tt.text, tt.names, l)
			for i := range doc.Entities {
				if id := tt.ids[doc.Entities[i].Text]; id != "" {
					doc.Entities[i].ID, doc.Entities[i].Source = id, "gazetteer"
				}
			}
			linkMentions(doc, tt.g, l)
			var got []string
			for _, e := range doc.Entities {
				got = append(got, fmt.Sprintf("%s → %s %s %s", e.Text, e.Canonical, e.ID, e.Type))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
