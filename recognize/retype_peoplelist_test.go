package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// TestPeopleInLists checks which one-word places in a list beside a person
// become people, on sentences written for the test (P=[…], L=[…]: the
// mentions found; @ID an entry).
func TestPeopleInLists(t *testing.T) {
	tr, _ := lang.Get("tr")
	g := gazetteer.Default()
	tests := []struct {
		marked string
		want   string
	}{
		{"Hoca , P=[Emre] 'nin yerine L=[Afşin] ve P=[Oğuzhan] 'ı oyuna aldı .", "PER Emre|PER Afşin|PER Oğuzhan"},
		{"Maçta P=[Cemil] , L=[Bayram] , P=[Sinan] iyi oynadı .", "PER Cemil|PER Bayram|PER Sinan"},
		{"Sağda oynayan L=[Armağan] , P=[Sinan] ile anlaştı .", "PER Armağan|PER Sinan"},
		{"Konser L=[Afşin] ve L=[Elbistan] 'da yapılacak .", "LOC Afşin|LOC Elbistan"},                   // a list of places
		{"P=[Jimmy Carter] , L=[Afşin] 'de konuştu .", "PER Jimmy Carter|LOC Afşin"},                     // a place's case after a comma
		{"P=[Ayşe] ve L=[Mersin] ile L=[Afşin] arasında gidip geldi .", "PER Ayşe|LOC Mersin|LOC Afşin"}, // a place beside it
		{"P=[Ayşe] ve L=[Mersin] gezisi", "PER Ayşe|LOC Mersin"},                                         // no given name
		{"P=[Ayşe] L=[Afşin] gitti .", "PER Ayşe|LOC Afşin"},                                             // no joint
		// A review's news sentences: a place's case or a place's noun after the joint.
		{"Bakan P=[Mehmet Şimşek] ile L=[Aydın] 'da yatırımcılarla görüştü .", "PER Mehmet Şimşek|LOC Aydın"},
		{"P=[Kılıçdaroğlu] ile L=[Van] 'a giden heyet döndü .", "PER Kılıçdaroğlu|LOC Van"},
		{"Vali P=[Osman Bilgin] ve L=[Afşin] Kaymakamı törene katıldı .", "PER Osman Bilgin|LOC Afşin"},
		{"P=[Ayşe] ve L=[Afşin] ilçesine gitti .", "PER Ayşe|LOC Afşin"},
		{"P=[Ayşe] ile L=[Bayram] Belediyesi anlaştı .", "PER Ayşe|LOC Bayram"},
		{"P=[Ayşe] ile L=[Bayram] 'ın maçı izlendi .", "PER Ayşe|PER Bayram"}, // the genitive: a person's as often
	}
	for _, tc := range tests {
		doc, ents := givenMarkedDoc(tr, tc.marked)
		peopleInLists(doc, ents, tr, g)
		if got := mentionsOf(t, doc, ents); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.marked, got, tc.want)
		}
	}
}

// givenMarkedDoc is markedDoc's document (no IDs) with the words taken as
// the tokens (givenTokens: 'ın is a suffix), as a CoNLL file gives them.
func givenMarkedDoc(l lang.Language, marked string) (*annotation.Document, []annotation.Entity) {
	var words []string
	type span struct {
		first, last int
		typ         annotation.Type
	}
	var spans []span
	for _, w := range strings.Fields(marked) {
		if len(w) > 2 && w[1] == '=' && w[2] == '[' {
			spans = append(spans, span{first: len(words), typ: map[byte]annotation.Type{'P': annotation.Person, 'L': annotation.Location, 'O': annotation.Organization}[w[0]]})
			w = w[2:]
		}
		if strings.HasSuffix(w, "]") {
			spans[len(spans)-1].last = len(words) + 1
		}
		words = append(words, strings.Trim(w, "[]"))
	}
	text := strings.Join(words, " ")
	doc := &annotation.Document{Text: text, Tokens: givenTokens(text, l)}
	var ents []annotation.Entity
	for _, sp := range spans {
		ents = append(ents, doc.Mention(sp.first, sp.last, sp.typ, 0.5, "model"))
	}
	return doc, ents
}
