package link

import (
	"strings"
	"sync"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// surnameMinPrior keeps the surname index to the office holders news
// names by surname alone (heads of state and government, ministers).
const surnameMinPrior = 0.8

// surnameIndex maps a folded surname (the last word of a name; the first
// for the people of countries whose names put the family name first) to
// the well-known people who bear it, per language.
type surnameIndex map[string][]*gazetteer.Entry

// personBySurname returns the ID of the only well-known person in the
// gazetteer whose surname in l's language is word ("Erdoğan", "Putin"), or "".
func (x *Linker) personBySurname(l lang.Language, word string) string {
	if x.gaz == nil {
		return ""
	}
	build, _ := x.surnames.LoadOrStore(l.Code(), sync.OnceValue(func() surnameIndex {
		return buildSurnameIndex(x.gaz, l)
	}))
	people := build.(func() surnameIndex)()[l.Fold(word)]
	if len(people) != 1 {
		return ""
	}
	return people[0].ID
}

func buildSurnameIndex(g *gazetteer.Gazetteer, l lang.Language) surnameIndex {
	ix := surnameIndex{}
	for _, e := range g.EntriesOf(gazetteer.Person, surnameMinPrior) {
		seen := map[string]bool{}
		for _, name := range e.Names[l.Code()] {
			words := strings.Fields(name)
			if len(words) < 2 {
				continue
			}
			family := words[len(words)-1]
			if gazetteer.FamilyNameFirst(e.Attrs["of"]) {
				family = words[0]
			}
			if key := l.Fold(family); !seen[key] {
				seen[key] = true
				ix[key] = append(ix[key], e)
			}
		}
	}
	return ix
}
