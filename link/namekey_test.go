package link

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/doctest"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

func TestNameKeyAcrossScripts(t *testing.T) {
	key := func(l lang.Language, name string) string {
		return nameKey(strings.Fields(l.Fold(name)), l)
	}
	same := []struct{ tr, en, ru string }{
		{"Theresa May", "Theresa May", "Тереза Мэй"},
		{"Kavanaugh", "Kavanaugh", "Кавано"},
		{"Scott Pittman", "Scott Pittman", "Скотту Питтману"},
		{"Greg Hemphill", "Greg Hemphill", "Грегом Хемфиллом"},
		{"John Kennedy", "John Kennedy", "Джон Кеннеди"},
		{"Kanye West", "Kanye West", "Канье Уэст"},
		{"Spieth", "Spieth", "Спит"},
		{"Mac Miller", "Mac Miller", "Мак Миллер"},
	}
	for _, tc := range same {
		a, b, c := key(tr.Turkish{}, tc.tr), key(en.English{}, tc.en), key(ru.Russian{}, tc.ru)
		if a != b || b != c || a == "" {
			t.Errorf("%s / %s / %s: keys %q %q %q, want one", tc.tr, tc.en, tc.ru, a, b, c)
		}
	}
	for _, pair := range [][2]string{{"Theresa May", "Boris Johnson"}, {"Kim", "Moon"}, {"Paris", "Peru"}} {
		if key(en.English{}, pair[0]) == key(en.English{}, pair[1]) {
			t.Errorf("%s and %s share a key", pair[0], pair[1])
		}
	}
}

// TestNameIDsAcrossDocuments checks that a person the gazetteer does not
// know gets the same ID in a Turkish and a Russian document, whatever case
// the Russian name stands in.
func TestNameIDsAcrossDocuments(t *testing.T) {
	id := func(l lang.Language, text, name string) string {
		doc := doctest.WithNames(t, text, []doctest.Name{{Text: name, Type: annotation.Person}}, l)
		New(nil).Link(doc, l)
		return doc.Entities[0].ID
	}
	a := id(tr.Turkish{}, "Greg Hemphill açıklama yaptı.", "Greg Hemphill")
	b := id(ru.Russian{}, "Встреча с Грегом Хемфиллом прошла вчера.", "Грегом Хемфиллом")
	if a != b || !strings.HasPrefix(a, "name:") {
		t.Errorf("IDs %q and %q, want one name ID", a, b)
	}
}
