package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// TestJoinCapitalSurnames checks which given names and capitals words
// after them become one person's mention, on sentences written for the
// test (P=[…], L=[…], O=[…]: the mentions already found).
func TestJoinCapitalSurnames(t *testing.T) {
	tr, _ := lang.Get("tr")
	gaz := gazetteer.Default()
	tests := []struct {
		marked string
		want   string
	}{
		{"Haber : Selin KARADAĞ - L=[ANKARA]", "PER Selin KARADAĞ|LOC ANKARA"}, // a byline
		{"Muhabirimiz P=[Kemal] ÖZTEKİN bildirdi .", "PER Kemal ÖZTEKİN"},      // the surname was cut off
		{"Fotoğraf : Kemal L=[AKSOY] .", "PER Kemal AKSOY"},                    // the surname read as a place
		{"Fotoğraf : Umut AKSOY .", ""},                                        // a given name that is a frequent ordinary word (hope)
		// The review's sentences: a given name that is an ordinary word or a place's name.
		{"Son DAKİKA : L=[İzmir] deprem", "LOC İzmir"},
		{"Haber : Son DAKİKA", ""},
		{"Yağışlar Van GÖLÜ havzasında etkili oldu .", ""},
		{"Maçta Milli TAKIM sahadaydı .", ""},
		{"Şirket Güneş ENERJİSİ yatırımlarında .", ""},
		{"Heyet Washington ZİRVESİNE gitti .", ""},
		{"Yağışlar L=[Van GÖLÜ] havzasında", "LOC Van GÖLÜ"}, // another type holds the two words
		{"Yağışlar O=[Selin KARADAĞ] havzasında", "ORG Selin KARADAĞ"},
		// A name that opens a line or a sentence, with and without a byline's mark.
		{"- Selçuk İNAN", "PER Selçuk İNAN"},
		{"Selin KARADAĞ - L=[ANKARA]", "PER Selin KARADAĞ|LOC ANKARA"},
		{"Selin KARADAĞ", "PER Selin KARADAĞ"},
		{"Kemal ÖZTEKİN : yarın", ""},
		{"Kemal ÖZTEKİN geldi .", ""},
		{"Yazan : P=[Ayşe Nur] TEKİN", "PER Ayşe Nur TEKİN"},             // a second given name
		{"Toplantıya P=[Selin KARADAĞ] katıldı .", "PER Selin KARADAĞ"},  // already a person
		{"O=[Kemal ÖZTEKİN Vakfı] kuruldu .", "ORG Kemal ÖZTEKİN Vakfı"}, // an organization holds both
		{"Ayşe CHP ile görüştü .", ""},                                   // no vowel: an acronym
		{"Ayşe O=[TÜSİAD] toplantısında .", "ORG TÜSİAD"},                // a known organization's acronym
		{"BÜYÜK Selin KARADAĞ ZAFERİ", ""},                               // a headline in capitals
		{"Selin KARADAĞ ZAFERİ kazandı", ""},                             // capitals go on
		{"Kitap KARADAĞ yayınlarından çıktı .", ""},                      // no given name
		{"Selin AB ile görüştü .", ""},
		{"Herta BSC kazandı .", ""},   // no vowel: an acronym                                                                         // two capitals: an acronym
		{"Selin Karadağ geldi .", ""}, // no capitals
		{"Yazan : Selin KARADAĞ , Kemal ÖZTEKİN - L=[İZMİR]", "PER Selin KARADAĞ|PER Kemal ÖZTEKİN|LOC İZMİR"}, // two names
	}
	for _, tc := range tests {
		doc, ents := markedDoc(t, tr, tc.marked, annotation.Person)
		known := func(k int) bool { return doc.Tokens[k].Text == "TÜSİAD" }
		if got := mentionsOf(t, doc, joinCapitalSurnames(doc, ents, tr, gaz, known, wordCasesOf(doc.Tokens))); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.marked, got, tc.want)
		}
	}
	// A line break parts a byline's name from the next line.
	text := "Selin\nKARADAĞ haberi"
	doc := &annotation.Document{Text: text, Tokens: tr.Tokenize(text)}
	if got := mentionsOf(t, doc, joinCapitalSurnames(doc, nil, tr, gaz, func(int) bool { return false }, wordCasesOf(doc.Tokens))); got != "" {
		t.Errorf("%q: got %q, want none", text, got)
	}
	// A sentence's first word: only with a byline's mark.
	text = "Yağmur bitti. Kemal ÖZTEKİN geldi. Kemal ÖZTEKİN - İZMİR"
	doc = &annotation.Document{Text: text, Tokens: tr.Tokenize(text)}
	doc.Sentences = tr.Sentences(text, doc.Tokens)
	if got := mentionsOf(t, doc, joinCapitalSurnames(doc, nil, tr, gaz, func(int) bool { return false }, wordCasesOf(doc.Tokens))); got != "PER Kemal ÖZTEKİN" {
		t.Errorf("%q: got %q", text, got)
	}
	// A language that knows no given names is left alone.
	doc, ents := markedDoc(t, tr, "Selin KARADAĞ", annotation.Person)
	if got := joinCapitalSurnames(doc, ents, nil, nil, func(int) bool { return false }, wordCasesOf(doc.Tokens)); len(got) != 0 {
		t.Errorf("no language: got %d mentions", len(got))
	}
}
