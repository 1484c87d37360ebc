package entity_test

import (
	"context"
	"testing"

	"github.com/varlik/varlik/entity"
)

// TestRussianCanonicalNominative checks issue 14's item 8: a Russian name
// the gazetteer does not know is cited in the nominative, not in the case
// the text happens to use, while its ID stays the one its words give.
func TestRussianCanonicalNominative(t *testing.T) {
	x := newExtractor(t, entity.WithLanguage("ru"))
	text := "Председатель Центрального банка Эльвира Набиуллина выступила в Государственной думе. " +
		"Глава Сбербанка Герман Греф встретился с Сергеем Лавровым в Белом доме."
	doc, err := x.Extract(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"Белом доме":           "Белый дом",
		"Государственной думе": "Государственная дума",
		"Сергеем Лавровым":     "Сергей Лавров",
		"Эльвира Набиуллина":   "Эльвира Набиуллина",
	}
	// Whether the model tags "Центрального банка" (a capitalized adjective
	// and a lower-case head after a role word) changes from one training run
	// to the next; when it does, its citation form is checked too.
	maybe := map[string]string{"Центрального банка": "Центральный банк"}
	found := map[string]bool{}
	for _, e := range doc.Entities {
		if w, ok := maybe[e.Text]; ok && e.Canonical != w {
			t.Errorf("%q: canonical %q, want %q", e.Text, e.Canonical, w)
		}
		if w, ok := want[e.Text]; ok {
			found[e.Text] = true
			if e.Canonical != w {
				t.Errorf("%q: canonical %q, want %q", e.Text, e.Canonical, w)
			}
		}
	}
	for text := range want {
		if !found[text] {
			t.Errorf("%q not found as an entity; got %+v", text, doc.Entities)
		}
	}
}
