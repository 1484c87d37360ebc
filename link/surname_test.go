package link

import (
	"testing"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

func TestPersonBySurname(t *testing.T) {
	person := func(id, tr string, prior float64) *gazetteer.Entry {
		return &gazetteer.Entry{ID: id, Type: gazetteer.Person, Prior: prior, Names: map[string][]string{"tr": {tr}}}
	}
	chinese := func(id, tr string) *gazetteer.Entry {
		e := person(id, tr, 0.9)
		e.Attrs = map[string]string{"of": "Q148"}
		return e
	}
	g := gazetteer.New(
		person("p:erdogan", "Recep Tayyip Erdoğan", 0.9),
		chinese("p:li-qiang", "Li Qiang"),
		chinese("p:li-xi", "Li Xi"),
		chinese("p:xi-jinping", "Xi Jinping"),
		person("p:minor", "Ahmet Kaya", 0.3),
		&gazetteer.Entry{ID: "c:putin", Type: gazetteer.Location, Prior: 0.9, Names: map[string][]string{"tr": {"Putin Köyü"}}},
	)
	tr, ok := lang.Get("tr")
	if !ok {
		t.Fatal("tr not registered")
	}
	for _, tc := range []struct{ word, want string }{
		{"Erdoğan", "p:erdogan"},
		{"ERDOĞAN", "p:erdogan"},
		{"Xi", "p:xi-jinping"},
		{"Qiang", ""}, // a given name
		{"Li", ""},    // two people with the family name Li
		{"Kaya", ""},  // not well known enough
		{"Putin", ""}, // only a place
		{"Recep", ""}, // a given name
	} {
		if got := New(g).personBySurname(tr, tc.word); got != tc.want {
			t.Errorf("personBySurname(%q) = %q, want %q", tc.word, got, tc.want)
		}
	}
}
