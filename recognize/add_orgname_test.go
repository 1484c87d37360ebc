package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/tr"
)

// TestAddHeadedBodies checks which runs of capitalized words up to an
// organization's head noun become organizations of their own.
func TestAddHeadedBodies(t *testing.T) {
	tests := []struct {
		words string // tokens, space-separated; a [bracketed] run is a place mention already found
		want  string // the organizations added, "|"-separated
	}{
		{"Büyükşehir Polisi , açıklama yaptı", "Büyükşehir Polisi"},
		{"perşembe günü Yüksek Mahkeme adayı", "Yüksek Mahkeme"},
		{"Suçlamalar , Kamu Savcılığı Servisi tarafından", "Kamu Savcılığı Servisi"},
		{"Entegre Arz Zinciri ve Lojistik Servisi kuruldu", "Entegre Arz Zinciri ve Lojistik Servisi"},
		{"Yüksek Mahkeme Başkanlığı açıkladı", "Yüksek Mahkeme Başkanlığı"}, // the name goes on to a later head
		{"bir Ortak Yapay Zeka Merkezi kurdu", "Ortak Yapay Zeka Merkezi"},
		{"bugün Komisyon toplandı", ""},                     // one word
		{"Yüksek mahkeme karar verdi", ""},                  // head not capitalized
		{"[Ankara] Emniyet Müdürlüğü açıkladı", ""},         // goes on the place's name
		{"bugün ve Polisi geldi", ""},                       // no word before the head
		{"Louvre Müzesi gezildi", ""},                       // a museum is a building
		{"Paris , Yüksek Mahkeme", "Yüksek Mahkeme"},        // not next to the place
		{"ve Lojistik Servisi kuruldu", "Lojistik Servisi"}, // "ve" joins only capitalized words
		{"takım B Grubu maçlarına başladı", ""},             // a letter names one of a set
		{"Bu Yüksek Mahkeme karar verdi", "Yüksek Mahkeme"}, // an opening pronoun is no word of it
		{"dün Gençlik ve Spor Bakanı konuştu", ""},          // a bare head before a role: a title's words
		{"dün Türk Tabipleri Birliği Başkanı konuştu", "Türk Tabipleri Birliği"},
		{"mesele : Bizim Parlamentonun üyesi", ""}, // nor after a colon, leaving one word
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc, first, last := bracketedDoc(t, l, tc.words)
		var ents []annotation.Entity
		if last > first {
			ents = append(ents, doc.Mention(first, last, annotation.Location, 0.5, "model"))
		}
		var got []string
		for _, e := range addHeadedBodies(doc, ents, l, wordCasesOf(doc.Tokens)) {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%s: %q is not the text at its offsets", tc.words, e.Text)
			}
			if e.Type == annotation.Organization {
				got = append(got, e.Text)
			}
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%s: added %q, want %q", tc.words, strings.Join(got, "|"), tc.want)
		}
	}
}

// TestAddHeadedBodiesHeadings checks that a run that is all the words of
// its sentence, a heading or a byline, is no body.
func TestAddHeadedBodiesHeadings(t *testing.T) {
	tests := []struct{ text, want string }{
		{"DENEME SERVİSİ", ""},
		{"ÖRNEK YAYIN SERVİSİ .", ""},
		{"Kamu Savcılığı Servisi açıkladı .", "Kamu Savcılığı Servisi"},
		{"Rapor geldi . Kamu Savcılığı Servisi .", ""},
		{"Kamu Savcılığı Servisi . Rapor geldi .", ""},
	}
	l := tr.Turkish{}
	for _, tc := range tests {
		doc := &annotation.Document{Text: tc.text, Tokens: l.Tokenize(tc.text)}
		doc.Sentences = l.Sentences(doc.Text, doc.Tokens)
		var got []string
		for _, e := range addHeadedBodies(doc, nil, l, wordCasesOf(doc.Tokens)) {
			got = append(got, e.Text)
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%q: added %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestAddHeadedBodiesNeedsHeads checks that a language without its own
// list of heads (lang.OrganizationHeads) gets no bodies from its cues: an
// English review's title is no body.
func TestAddHeadedBodiesNeedsHeads(t *testing.T) {
	l := en.English{}
	text := "Thanks For The Prompt Service"
	doc := &annotation.Document{Text: text, Tokens: l.Tokenize(text)}
	if got := addHeadedBodies(doc, nil, l, wordCasesOf(doc.Tokens)); len(got) != 0 {
		t.Errorf("%s: added %v", text, got)
	}
}
