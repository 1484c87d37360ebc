package link

import (
	"slices"
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
// the IDs of the well-known people who bear it, per language, and of
// those another language confuses with them (see buildSurnameIndex),
// sorted.
type surnameIndex map[string][]string

// personBySurname returns the ID of the only well-known person in the
// gazetteer whose surname in l's language is word ("Erdoğan", "Putin"), or
// is its stem in a language that inflects names (Трампа, Трампом), or "".
// The answers are kept (linkerMemos): finding the language's index and
// folding the word cost more than looking it up.
func (x *Linker) personBySurname(l lang.Language, word string) string {
	if x.gaz == nil {
		return ""
	}
	return x.memos.surnames.get([]string{word}, l, "", func() string { return x.personByFoldedSurname(l, l.Fold(word)) })
}

// surnameIndex returns the surname index of l's language, built on first
// use: for the default gazetteer, read from surnames.tsv.
func (x *Linker) surnameIndex(l lang.Language) surnameIndex {
	build, ok := x.surnames.Load(l.Code())
	if !ok { // the first call for l: LoadOrStore makes a closure, so only then
		build, _ = x.surnames.LoadOrStore(l.Code(), sync.OnceValue(func() surnameIndex {
			if x.gaz == gazetteer.Default() {
				return defaultSurnames(l.Code())
			}
			return buildSurnameIndex(x.gaz, l)
		}))
	}
	return build.(func() surnameIndex)()
}

// personByFoldedSurname is personBySurname of a word already folded.
func (x *Linker) personByFoldedSurname(l lang.Language, folded string) string {
	ix := x.surnameIndex(l)
	if people := ix[folded]; len(people) > 0 {
		if len(people) == 1 {
			return people[0]
		}
		return ""
	}
	// An inflected surname (Трампа, Трампом, Эрдогана): the stems that
	// are the word without a case ending.
	if inf, ok := l.(lang.InflectedNames); !ok || !inf.InflectsNames() {
		return ""
	}
	id := ""
	for _, a := range l.Analyze(folded) {
		if a.Stem == folded || !strings.HasPrefix(folded, a.Stem) || len(a.Suffixes) == 0 {
			continue
		}
		people := ix[a.Stem]
		if len(people) > 1 || len(people) == 1 && id != "" && id != people[0] {
			return ""
		}
		if len(people) == 1 {
			id = people[0]
		}
	}
	return id
}

// buildSurnameIndex indexes the surnames of the well-known people of g in
// l's language. A surname also lists the other people that its bearer's
// surname in another language is shared with (Lee Jae-myung's Ли is Li
// Qiang's), so that personBySurname finds it ambiguous: what one language
// cannot tell apart, a bare surname does not identify in any, and a
// document then gets one name ID in every language where it would have
// got a person in some and none in others.
func buildSurnameIndex(g *gazetteer.Gazetteer, l lang.Language) surnameIndex {
	people := g.EntriesOf(gazetteer.Person, surnameMinPrior)
	type langSurname struct{ code, surname string }
	bearers := map[langSurname][]*gazetteer.Entry{} // in every language
	for _, e := range people {
		for code := range e.Names {
			if ll, ok := lang.Get(code); ok {
				for _, s := range surnames(e, ll) {
					bearers[langSurname{code, s}] = append(bearers[langSurname{code, s}], e)
				}
			}
		}
	}
	ix := surnameIndex{}
	for _, e := range people {
		var confused []string // the IDs of the people e's surname in some language is shared with
		for code := range e.Names {
			if ll, ok := lang.Get(code); ok {
				for _, s := range surnames(e, ll) {
					for _, o := range bearers[langSurname{code, s}] {
						if o.ID != e.ID && !slices.Contains(confused, o.ID) {
							confused = append(confused, o.ID)
						}
					}
				}
			}
		}
		for _, key := range surnames(e, l) {
			for _, id := range append([]string{e.ID}, confused...) {
				if !slices.Contains(ix[key], id) {
					ix[key] = append(ix[key], id)
				}
			}
		}
	}
	for _, ids := range ix {
		slices.Sort(ids)
	}
	return ix
}

// surnames returns the folded surnames of person e in l's language, once
// each: the last word of each name of two words or more, the first for the
// people of countries whose names put the family name first.
func surnames(e *gazetteer.Entry, l lang.Language) []string {
	var out []string
	for _, name := range e.Names[l.Code()] {
		words := strings.Fields(name)
		if len(words) < 2 {
			continue
		}
		family := words[len(words)-1]
		if gazetteer.FamilyNameFirst(e.Attrs["of"]) {
			family = words[0]
		}
		if key := l.Fold(family); !slices.Contains(out, key) {
			out = append(out, key)
		}
	}
	return out
}

// KnownSurname reports whether word is the surname of one or more of the
// gazetteer's well-known people (the office holders personBySurname
// reads), as written or, in a language whose names inflect, in a case
// form (Трампа). Unlike personBySurname it does not ask that the surname
// name one person: a recognizer asks whether a word is a name at all.
func (x *Linker) KnownSurname(l lang.Language, word string) bool {
	if x.gaz == nil {
		return false
	}
	ix := x.surnameIndex(l)
	folded := l.Fold(word)
	if len(ix[folded]) > 0 {
		return true
	}
	if inf, ok := l.(lang.InflectedNames); !ok || !inf.InflectsNames() {
		return false
	}
	for _, a := range l.Analyze(folded) {
		if a.Stem != folded && len(a.Suffixes) > 0 && strings.HasPrefix(folded, a.Stem) && len(ix[a.Stem]) > 0 {
			return true
		}
	}
	return false
}
