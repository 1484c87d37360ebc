package link

import (
	"slices"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/doctest"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// TestPersonKeyWordsSyllableGivenName checks which words of a person's
// name make its ID: a two-syllable given name joined by a hyphen before
// the surname stays one word; other hyphenated words, and a surname-first
// name's given name, are split as before.
func TestPersonKeyWordsSyllableGivenName(t *testing.T) {
	for _, c := range []struct {
		words, want []string
	}{
		{[]string{"kai-fu", "lee"}, []string{"kaifu", "lee"}},
		{[]string{"ли", "кайфу"}, []string{"ли", "кайфу"}},
		{[]string{"jean-luc", "picard"}, []string{"jeanluc", "picard"}},
		{[]string{"жан-люк", "пикар"}, []string{"жанлюк", "пикар"}},
		{[]string{"kim", "min-seok"}, []string{"min", "seok"}},               // surname first: as Ким Мин Сок
		{[]string{"ким", "мин", "сок"}, []string{"мин", "сок"}},              // spaced syllables: as before
		{[]string{"anne-marie", "duval"}, []string{"marie", "duval"}},        // two syllables in a part
		{[]string{"alix", "fils-aimé"}, []string{"fils", "aimé"}},            // the hyphen in the surname
		{[]string{"kai-fu", "lee", "jr"}, []string{"lee", "jr"}},             // not a name of two words
		{[]string{"kai-", "lee"}, []string{"kai", "lee"}},                    // no second part
		{[]string{"george", "w.", "bush"}, []string{"george", "w.", "bush"}}, // an initial skipped in the count
	} {
		if got := personKeyWords(c.words); !slices.Equal(got, c.want) {
			t.Errorf("%q: %q, want %q", c.words, got, c.want)
		}
	}
}

// TestSyllableGivenNameIDs checks that a person with a hyphenated
// two-syllable given name gets one ID in Turkish, English and Russian,
// whose tokenizers split it, keep it whole, or join its syllables.
func TestSyllableGivenNameIDs(t *testing.T) {
	for _, c := range []struct {
		l          lang.Language
		text, name string
		id         string
	}{
		{en.English{}, "Investor Kai-Fu Lee said so.", "Kai-Fu Lee", "name:kf-l"},
		{tr.Turkish{}, "Yatırımcı Kai-Fu Lee söyledi.", "Kai-Fu Lee", "name:kf-l"},
		{ru.Russian{}, "Так считает Ли Кайфу, инвестор.", "Ли Кайфу", "name:kf-l"},
		{en.English{}, "Minister Kim Min-seok said so.", "Kim Min-seok", "name:mn-sk"},
		{ru.Russian{}, "Так считает Ким Мин Сок, министр.", "Ким Мин Сок", "name:mn-sk"},
	} {
		doc := doctest.WithNames(t, c.text, []doctest.Name{{Text: c.name, Type: annotation.Person}}, c.l)
		New(nil).Link(doc, c.l)
		if got := doc.Entities[0].ID; got != c.id {
			t.Errorf("%s %q: ID %q, want %q", c.l.Code(), c.name, got, c.id)
		}
	}
}

// TestSyllableNameSurname checks that a Russian surname alone, in another
// case, joins an East Asian name of three one-syllable words whose first
// word it is, unless two such names start with it, and not a name whose
// first word is of more syllables.
func TestSyllableNameSurname(t *testing.T) {
	for _, c := range []struct {
		text  string
		names []string
		same  bool // whether the last name gets the first's ID
	}{
		{"Трамп встретился с Муном Чжэ Ином. Позже Муна спросили.", []string{"Муном Чжэ Ином", "Муна"}, true},
		{"Приехал Ким Ён Чхоль и Ким Чен Ын. Позже Кима спросили.", []string{"Ким Ён Чхоль", "Ким Чен Ын", "Кима"}, false},
		{"Приехал Фан Ван Хум. Позже Фана спросили.", []string{"Фан Ван Хум", "Фана"}, true},
		{"Премьер Македонии Зоран Заев приехал. Позже Македонию спросили.", []string{"Македонии Зоран Заев", "Македонию"}, false}, // Македонии has three syllables
	} {
		ents := linkedNames(t, New(nil), ru.Russian{}, c.text, annotation.Person, c.names...)
		if got := ents[len(ents)-1].ID == ents[0].ID; got != c.same {
			t.Errorf("%q: %q has ID %q, %q has %q; same: %v, want %v", c.text, ents[0].Text, ents[0].ID, ents[len(ents)-1].Text, ents[len(ents)-1].ID, got, c.same)
		}
	}
}
