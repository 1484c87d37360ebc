package link

import (
	"fmt"
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/doctest"
	"github.com/varlik/varlik/lang/tr"
)

// TestLinkMentions checks the groups linking makes, their canonical names
// and types, and their gazetteer IDs; IDs from names (name:...) or local to
// the document are shown as g0, g1, ... in order of appearance.
func TestLinkMentions(t *testing.T) {
	l := tr.Turkish{}
	per, loc, org := annotation.Person, annotation.Location, annotation.Organization
	erdogan := &gazetteer.Entry{ID: "Q39723", Type: gazetteer.Person,
		Names: map[string][]string{"tr": {"Recep Tayyip Erdoğan", "Erdoğan"}}}
	ali1 := &gazetteer.Entry{ID: "Q1", Type: gazetteer.Person, Names: map[string][]string{"tr": {"Ali Kaya"}}}
	ali2 := &gazetteer.Entry{ID: "Q2", Type: gazetteer.Person, Names: map[string][]string{"tr": {"Ali Kaya"}}}
	unsc := &gazetteer.Entry{ID: "Q37470", Type: gazetteer.Organization,
		Names: map[string][]string{"tr": {"BM Güvenlik Konseyi"}}}
	g := gazetteer.New(erdogan, ali1, ali2, unsc)
	tests := []struct {
		name  string
		text  string
		names []doctest.Name
		ids   map[string]string // mention text → ID set beforehand, as the gazetteer matcher does
		g     *gazetteer.Gazetteer
		want  []string // per mention in order: "text → canonical ID TYPE"
	}{
		{name: "western surname",
			text:  "Cumhurbaşkanı Recep Tayyip Erdoğan konuştu. Erdoğan, Ankara'ya döndü.",
			names: []doctest.Name{{Text: "Recep Tayyip Erdoğan", Type: per}, {Text: "Erdoğan", Type: per}, {Text: "Ankara", Type: loc}},
			want: []string{"Recep Tayyip Erdoğan → Recep Tayyip Erdoğan g0 PERSON",
				"Erdoğan → Recep Tayyip Erdoğan g0 PERSON", "Ankara → Ankara g1 LOCATION"}},
		{name: "short name before the full one",
			text:  "Mişustin geldi. Rusya Başbakanı Mihail Mişustin konuştu.",
			names: []doctest.Name{{Text: "Mihail Mişustin", Type: per}, {Text: "Mişustin", Type: per}, {Text: "Rusya", Type: loc}},
			want: []string{"Mişustin → Mihail Mişustin g0 PERSON", "Rusya → Rusya g1 LOCATION",
				"Mihail Mişustin → Mihail Mişustin g0 PERSON"}},
		{name: "chinese surname first",
			text:  "Çin Başbakanı Li Qiang konuştu. Li, işbirliği çağrısı yaptı.",
			names: []doctest.Name{{Text: "Çin", Type: loc}, {Text: "Li Qiang", Type: per}, {Text: "Li", Type: per}},
			want: []string{"Çin → Çin g0 LOCATION", "Li Qiang → Li Qiang g1 PERSON",
				"Li → Li Qiang g1 PERSON"}},
		{name: "mistyped short name takes the person's type",
			text:  "Li Qiang konuştu. Li, işbirliği çağrısı yaptı.",
			names: []doctest.Name{{Text: "Li Qiang", Type: per}, {Text: "Li", Type: loc}},
			want:  []string{"Li Qiang → Li Qiang g0 PERSON", "Li → Li Qiang g0 PERSON"}},
		{name: "a place before a longer name keeps its type",
			text:  "Gürcistan Mihail Saakaşvili konuştu. Gürcistan seçime gidiyor.",
			names: []doctest.Name{{Text: "Gürcistan Mihail Saakaşvili", Type: per}, {Text: "Gürcistan", Type: loc}},
			want: []string{"Gürcistan Mihail Saakaşvili → Gürcistan Mihail Saakaşvili g0 PERSON",
				"Gürcistan → Gürcistan g1 LOCATION"}},
		{name: "ambiguous surname stays apart",
			text:  "İlham Aliyev, Haydar Aliyev'i andı. Aliyev konuştu.",
			names: []doctest.Name{{Text: "İlham Aliyev", Type: per}, {Text: "Haydar Aliyev", Type: per}, {Text: "Aliyev", Type: per}},
			want: []string{"İlham Aliyev → İlham Aliyev g0 PERSON", "Haydar Aliyev → Haydar Aliyev g1 PERSON",
				"Aliyev → Aliyev g2 PERSON"}},
		{name: "intermediate forms group first",
			text:  "Luiz Inacio Lula da Silva geldi. Lula da Silva ve Lula aynı kişi.",
			names: []doctest.Name{{Text: "Luiz Inacio Lula da Silva", Type: per}, {Text: "Lula da Silva", Type: per}, {Text: "Lula", Type: per}},
			want: []string{"Luiz Inacio Lula da Silva → Luiz Inacio Lula da Silva g0 PERSON",
				"Lula da Silva → Luiz Inacio Lula da Silva g0 PERSON", "Lula → Luiz Inacio Lula da Silva g0 PERSON"}},
		{name: "acronym in parentheses",
			text:  "Birleşmiş Milletler (BM) toplandı. BM'nin kararı açıklandı.",
			names: []doctest.Name{{Text: "Birleşmiş Milletler", Type: org}, {Text: "BM", Type: org}},
			want: []string{"Birleşmiş Milletler → Birleşmiş Milletler g0 ORGANIZATION",
				"BM → Birleşmiş Milletler g0 ORGANIZATION", "BM → Birleşmiş Milletler g0 ORGANIZATION"}},
		{name: "acronym from initials with Turkish folding",
			text:  "Şanghay İşbirliği Örgütü zirvesi başladı. ŞİÖ üyeleri bildiri yayımladı.",
			names: []doctest.Name{{Text: "Şanghay İşbirliği Örgütü", Type: org}, {Text: "ŞİÖ", Type: loc}},
			want: []string{"Şanghay İşbirliği Örgütü → Şanghay İşbirliği Örgütü g0 ORGANIZATION",
				"ŞİÖ → Şanghay İşbirliği Örgütü g0 ORGANIZATION"}},
		{name: "dateline in capitals",
			text:  "HANGZHOU, 4 Kasım (Xinhua) -- Toplantı Hangzhou'da yapıldı.",
			names: []doctest.Name{{Text: "HANGZHOU", Type: org}, {Text: "Xinhua", Type: org}, {Text: "Hangzhou", Type: loc}},
			want: []string{"HANGZHOU → Hangzhou g0 LOCATION", "Xinhua → Xinhua g1 ORGANIZATION",
				"Hangzhou → Hangzhou g0 LOCATION"}},
		{name: "a name typed alike twice keeps its type",
			text:  "Ürdün Kralı Abdullah geldi. Abdullah Gül ve Abdullah aynı gün konuştu; Abdullah dedi.",
			names: []doctest.Name{{Text: "Ürdün", Type: loc}, {Text: "Abdullah Gül", Type: per}, {Text: "Abdullah", Type: org}},
			want: []string{"Ürdün → Ürdün g0 LOCATION", "Abdullah → Abdullah g1 ORGANIZATION",
				"Abdullah Gül → Abdullah Gül g2 PERSON", "Abdullah → Abdullah g1 ORGANIZATION",
				"Abdullah → Abdullah g1 ORGANIZATION"}},
		{name: "untagged short names are recovered",
			text:  "Çin Başbakanı Li Qiang konuştu. Li, Rusya ile görüştü. Li'nin sözleri: Li ve Putin hazır.",
			names: []doctest.Name{{Text: "Çin", Type: loc}, {Text: "Li Qiang", Type: per}, {Text: "Rusya", Type: loc}, {Text: "Putin", Type: per}},
			want: []string{"Çin → Çin g0 LOCATION", "Li Qiang → Li Qiang g1 PERSON",
				"Li → Li Qiang g1 PERSON", "Rusya → Rusya g2 LOCATION", "Li → Li Qiang g1 PERSON",
				"Li → Li Qiang g1 PERSON", "Putin → Putin g3 PERSON"}},
		{name: "a capitalized first word is not taken for a name",
			text:  "CHP Genel Başkanı Özgür Özel konuştu. Özel sektör büyüdü. Bugün Özel Kalem toplandı.",
			names: []doctest.Name{{Text: "CHP", Type: org}, {Text: "Özgür Özel", Type: per}},
			want:  []string{"CHP → CHP g0 ORGANIZATION", "Özgür Özel → Özgür Özel g1 PERSON"}},
		{name: "gazetteer ID found by the canonical name",
			text:  "Recep Tayyip Erdoğan konuştu. Erdoğan döndü.",
			names: []doctest.Name{{Text: "Recep Tayyip Erdoğan", Type: per}, {Text: "Erdoğan", Type: per}}, g: g,
			want: []string{"Recep Tayyip Erdoğan → Recep Tayyip Erdoğan Q39723 PERSON",
				"Erdoğan → Recep Tayyip Erdoğan Q39723 PERSON"}},
		{name: "only a short form: the gazetteer's name",
			text:  "Erdoğan döndü.",
			names: []doctest.Name{{Text: "Erdoğan", Type: per}}, ids: map[string]string{"Erdoğan": "Q39723"}, g: g,
			want: []string{"Erdoğan → Recep Tayyip Erdoğan Q39723 PERSON"}},
		{name: "an abbreviation written with periods is looked up without",
			text:  "B.M. Güvenlik Konseyi toplandı.",
			names: []doctest.Name{{Text: "B.M. Güvenlik Konseyi", Type: org}}, g: g,
			want: []string{"B.M. Güvenlik Konseyi → BM Güvenlik Konseyi Q37470 ORGANIZATION"}},
		{name: "ambiguous gazetteer name gives a local ID",
			text:  "Ali Kaya konuştu.",
			names: []doctest.Name{{Text: "Ali Kaya", Type: per}}, g: g,
			want: []string{"Ali Kaya → Ali Kaya g0 PERSON"}},
		{name: "mentions with different IDs stay apart",
			text:  "Kaya konuştu. Ali Kaya geldi.",
			names: []doctest.Name{{Text: "Ali Kaya", Type: per}, {Text: "Kaya", Type: per}}, ids: map[string]string{"Kaya": "Q5", "Ali Kaya": "Q1"},
			want: []string{"Kaya → Kaya Q5 PERSON", "Ali Kaya → Ali Kaya Q1 PERSON"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := doctest.WithNames(t, tt.text, tt.names, l)
			for i := range doc.Entities {
				if id := tt.ids[doc.Entities[i].Text]; id != "" {
					doc.Entities[i].ID, doc.Entities[i].Source = id, "gazetteer"
				}
			}
			AddShortMentions(doc, l)
			New(tt.g).Link(doc, l)
			var got []string
			groups := map[string]string{} // name and local IDs → g0, g1, ... in order of appearance
			for _, e := range doc.Entities {
				id := e.ID
				if strings.HasPrefix(id, "name:") || strings.HasPrefix(id, "local:") {
					if groups[id] == "" {
						groups[id] = fmt.Sprintf("g%d", len(groups))
					}
					id = groups[id]
				}
				got = append(got, fmt.Sprintf("%s → %s %s %s", e.Text, e.Canonical, id, e.Type))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestUndotted(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"U.N. Security Council", "UN Security Council"},
		{"U.K.", "UK"},
		{"С.Ш.А.", "США"},
		{"Dr. PawPaw", "Dr. PawPaw"},   // a word's period
		{"J. Smith", "J. Smith"},       // one initial
		{"St. Martin", "St. Martin"},   // an abbreviated word
		{"weather.com", "weather.com"}, // no letter-period pairs
		{"U.N.General", "U.N.General"}, // letters after the last period
		{"Security Council", "Security Council"},
	} {
		if got := undotted(tt.in); got != tt.want {
			t.Errorf("undotted(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestJoinKeys checks joinKeys against joinWords, mention by mention: no
// mention, mentions of no word, of one and of several (an empty word
// among them), invalid UTF-8, and a mention of hundreds of words.
func TestJoinKeys(t *testing.T) {
	long := strings.Fields(strings.Repeat("Birleşmiş Milletler ", 300))
	for _, words := range [][][]string{
		{},
		{{}, {"rusya"}, {"li", "qiang"}, {}, {"", "x"}, {"\xff", "\xfe\x80"}},
		{{"birleşmiş", "milletler", "güvenlik", "konseyi"}, long, {"ankara"}},
	} {
		keys := make([]string, len(words))
		joinKeys(keys, words)
		for i, ws := range words {
			if want := joinWords(ws); keys[i] != want {
				t.Errorf("mention %d %q: key %q, want %q", i, ws, keys[i], want)
			}
		}
	}
}
