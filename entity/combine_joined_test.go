package entity

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// markedMentions reads words in which each mention is bracketed and
// followed by its type's initial ("[Rangers Jacobs]P"), and returns the
// text without the marks and the mentions.
func markedMentions(t *testing.T, words string, l lang.Language) (*Document, []Entity) {
	t.Helper()
	var plain []string
	type span struct {
		first, last int
		typ         Type
	}
	var spans []span
	first := -1
	for i, w := range strings.Fields(words) {
		if strings.HasPrefix(w, "[") {
			first, w = i, w[1:]
		}
		if k := strings.LastIndex(w, "]"); k >= 0 && k == len(w)-2 {
			typ := map[byte]Type{'P': Person, 'L': Location, 'O': Organization}[w[k+1]]
			if first < 0 || typ == "" {
				t.Fatalf("bad mark in %q", words)
			}
			spans = append(spans, span{first, i + 1, typ})
			first, w = -1, w[:k]
		}
		plain = append(plain, w)
	}
	text := strings.Join(plain, " ")
	doc := &Document{Text: text, Tokens: givenTokens(text, l)}
	var ents []Entity
	for _, s := range spans {
		ents = append(ents, doc.Mention(s.first, s.last, s.typ, 0.5, "model"))
	}
	return doc, ents
}

// TestSplitJoinedNames checks which mentions running two names together
// are split, on sentences written for the test.
func TestSplitJoinedNames(t *testing.T) {
	g := gazetteer.New(
		&gazetteer.Entry{ID: "loc:wv", Type: gazetteer.Location, Prior: 0.9,
			Names: map[string][]string{"en": {"West Virginia"}, "ru": {"Западная Вирджиния"}}},
		&gazetteer.Entry{ID: "loc:hassan", Type: gazetteer.Location, Prior: 0.5,
			Names: map[string][]string{"en": {"Hassan"}}},
		&gazetteer.Entry{ID: "org:bbc", Type: gazetteer.Organization, Prior: 0.9,
			Names: map[string][]string{"en": {"BBC"}}},
		&gazetteer.Entry{ID: "loc:sco", Type: gazetteer.Location, Prior: 0.9,
			Names: map[string][]string{"en": {"Scotland"}}},
	)
	tests := []struct {
		l     lang.Language
		words string
		want  string // the mentions afterwards, "text/TYPE/ID", "|"-separated
	}{
		// A club and the player it signed, run together: both named alone elsewhere.
		{tr.Turkish{}, "[Rangers]O kazandı . [Jacobs]P attı . Sonra [Rangers Jacobs]P 'u sattı .",
			"Rangers/ORGANIZATION/|Jacobs/PERSON/|Rangers/ORGANIZATION/|Jacobs/PERSON/"},
		// A committee and the senator it heard, the senator named alone elsewhere (Russian cases).
		{ru.Russian{}, "Заседание [Юридического комитета]O . [Флейк]P сказал , что члены [Юридического комитета Флейк]O слушали .",
			"Юридического комитета/ORGANIZATION/|Флейк/PERSON/|Юридического комитета/ORGANIZATION/|Флейк/PERSON/"},
		// A web address is never part of a name.
		{tr.Turkish{}, "[Sturridge LiverpoolFC.com]P 'a konuştu .",
			"Sturridge/PERSON/|LiverpoolFC.com/ORGANIZATION/"},
		// Two names that are not people's make one: a broadcaster and its nation.
		{en.English{}, "[BBC]O and [Scotland]L and [BBC Scotland]O reported",
			"BBC/ORGANIZATION/|Scotland/LOCATION/|BBC Scotland/ORGANIZATION/"},
		// A person whose first word the gazetteer knows only as a place stays whole.
		{en.English{}, "[Nasrallah]P said [Hassan Nasrallah]P left",
			"Nasrallah/PERSON/|Hassan Nasrallah/PERSON/"},
		// A name the document repeats whole is one name.
		{tr.Turkish{}, "[Rangers]O ve [Jacobs]P . [Rangers Jacobs]P geldi . [Rangers Jacobs]P gitti .",
			"Rangers/ORGANIZATION/|Jacobs/PERSON/|Rangers Jacobs/PERSON/|Rangers Jacobs/PERSON/"},
		// A part named nowhere else keeps the mention whole.
		{tr.Turkish{}, "[Jacobs]P ve [Kelly Rangers]P geldi .",
			"Jacobs/PERSON/|Kelly Rangers/PERSON/"},
		// A place and a person stay one name, whatever type the tagger gave it.
		{en.English{}, "[Paris]L and [Hilton]P , then [Paris Hilton]P arrived",
			"Paris/LOCATION/|Hilton/PERSON/|Paris Hilton/PERSON/"},
		{en.English{}, "[Brooklyn]L and [Beckham]P , then [Brooklyn Beckham]L opened",
			"Brooklyn/LOCATION/|Beckham/PERSON/|Brooklyn Beckham/LOCATION/"},
		{en.English{}, "[Trump]P flew to [Turnberry]L and [Trump Turnberry]L opened",
			"Trump/PERSON/|Turnberry/LOCATION/|Trump Turnberry/LOCATION/"},
		// A given name opening a person: Jordan is a given name and a club.
		{en.English{}, "[Jordan]O won , then [Henderson]P and [Jordan Henderson]P scored",
			"Jordan/ORGANIZATION/|Henderson/PERSON/|Jordan Henderson/PERSON/"},
		// A company named by its site keeps it.
		{en.English{}, "[Amazon.com Inc.]O said", "Amazon.com Inc./ORGANIZATION/"},
	}
	for _, tc := range tests {
		doc, ents := markedMentions(t, tc.words, tc.l)
		got := mentionList(t, doc, splitJoinedNames(doc, ents, tc.l, g))
		if got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.words, got, tc.want)
		}
	}
}

// TestWebDomain checks what reads as a bare web domain.
func TestWebDomain(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"LiverpoolFC.com", true},
		{"bbc.co.uk", true},
		{"lenta.ru", true},
		{"weather.com", true},
		{"U.S.", false},
		{"Inc.", false},
		{"3.5", false},
		{"a.com", false}, // a one-letter label: an initial and a word
		{"Dr.PawPaw", false},
		{"example.COM", false},
		{"st.louis", false}, // a top-level domain of five letters
		{".com", false},
		{"x..com", false},
	} {
		if got := webDomain(tc.word); got != tc.want {
			t.Errorf("webDomain(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}
