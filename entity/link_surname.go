package entity

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

// familyNameFirst lists, by gazetteer ID, the countries whose people's
// names are written family name first in tr, en and ru news: China,
// Taiwan, North and South Korea, Vietnam (Li Qiang, Kim Jong Un).
var familyNameFirst = map[string]bool{"Q148": true, "Q865": true, "Q423": true, "Q884": true, "Q881": true}

var surnameIndexes sync.Map // *gazetteer.Gazetteer → *sync.Map (language code → func() surnameIndex)

// personBySurname returns the ID of the only well-known person in g whose
// surname in language code is word ("Erdoğan", "Putin"), or "".
func personBySurname(g *gazetteer.Gazetteer, l lang.Language, word string) string {
	perLang, _ := surnameIndexes.LoadOrStore(g, &sync.Map{})
	build, _ := perLang.(*sync.Map).LoadOrStore(l.Code(), sync.OnceValue(func() surnameIndex {
		return buildSurnameIndex(g, l)
	}))
	people := build.(func() surnameIndex)()[l.Fold(word)]
	if len(people) != 1 {
		return ""
	}
	return people[0].ID
}

func buildSurnameIndex(g *gazetteer.Gazetteer, l lang.Language) surnameIndex {
	ix := surnameIndex{}
	for _, e := range g.Entries() {
		if e.Type != gazetteer.Person || e.Prior < surnameMinPrior {
			continue
		}
		seen := map[string]bool{}
		for _, name := range e.Names[l.Code()] {
			words := strings.Fields(name)
			if len(words) < 2 {
				continue
			}
			family := words[len(words)-1]
			if familyNameFirst[e.Attrs["of"]] {
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
