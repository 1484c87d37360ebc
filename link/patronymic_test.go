package link

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
)

// TestPatronymicNames checks that a Russian person's full name keys as
// the name without its patronymic, as other languages write it, and that
// the name without its patronymic or without its surname, in any case,
// and the surname alone join it; a two-word name ending in -ович (a
// surname) and another's patronymic do not.
func TestPatronymicNames(t *testing.T) {
	yeltsin := nameID(personKeyWords([]string{"boris", "yeltsin"}), en.English{}, true)
	for _, c := range []struct {
		text  string
		names []string
		want  []bool // per name, whether it has the first name's ID
	}{
		{"Борис Николаевич Ельцин ушёл. Бориса Ельцина помнят. Бориса Николаевича любили. Ельцина нет.",
			[]string{"Борис Николаевич Ельцин", "Бориса Ельцина", "Бориса Николаевича", "Ельцина"}, []bool{true, true, true, true}},
		{"Анна Петровна Смирнова пришла. Анна Ивановна ушла.",
			[]string{"Анна Петровна Смирнова", "Анна Ивановна"}, []bool{true, false}},
		{"Роман Абрамович пришёл.", []string{"Роман Абрамович"}, []bool{true}},
	} {
		ents := linkedNames(t, New(nil), ru.Russian{}, c.text, annotation.Person, c.names...)
		for k, e := range ents {
			if got := e.ID == ents[0].ID; got != c.want[k] {
				t.Errorf("%q: %q has ID %q, %q has %q", c.text, ents[0].Text, ents[0].ID, e.Text, e.ID)
			}
		}
		if c.names[0] == "Борис Николаевич Ельцин" && ents[0].ID != yeltsin {
			t.Errorf("%q: ID %q, want English Boris Yeltsin's %q", c.names[0], ents[0].ID, yeltsin)
		}
		if c.names[0] == "Роман Абрамович" && ents[0].ID != "name:brmvk-rmn" {
			t.Errorf("%q: ID %q, want name:brmvk-rmn (the surname kept)", c.names[0], ents[0].ID)
		}
	}
}
