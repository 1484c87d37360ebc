package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// surnamesInLists makes a person of a one-word place mention that the
// gazetteer does not know where it stands in a list beside a person and
// beside no place (listNeighbours): "Лейбниц , Иммануил Кант , Гегель ,
// Шопенгауэр , Ницше", "Г. Гейне , А. Шенье , Вергилий", "Скриб и Лабиш".
// The names of a list are of one kind, and a foreign surname the tagger
// never saw, ending as Russian places do (-е, -ий, -иш), is read as a
// place; peopleInLists does the same for a place that is a given name,
// which the gazetteer may know. A mention that reads as a place where it
// stands keeps its type (readAsPlace). ents are changed in place.
//
// Chosen on dev data (cmd/evaluate -lang ru -pipeline), F1 without → with
// the rule: WikiNER held-out (ner/models/README.md) 0.8342 → 0.8361
// (Ницше, Вергилий, Лабиш, Херасков, Рембрандта, ...; lost: lists of
// places the tagger made people of all but one, Гейдельберг, Сузами);
// NTREX Russian dev 0.8833 → 0.8846 (Паффи), -doc 10 0.8992 → 0.9005;
// held-out FactRuEval 0.8929 unchanged (0.8912 before the preposition
// and the whole-list checks); NTREX Turkish and English dev unchanged.
func surnamesInLists(doc *annotation.Document, ents []annotation.Entity, l lang.Language) {
	fw := capsOf(l).functionWords
	pr := capsOf(l).prepositions
	if fw == nil || pr == nil {
		return
	}
	toks := doc.Tokens
	var made []int // the mentions made people, retyped after the pass: a neighbour counts with the tagger's type
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Location || e.Last-e.First != 1 || e.ID != "" {
			continue
		}
		// The whole list, by the tagger's types: people only, one at least.
		person, place := false, false
		for j := i - 1; j >= 0 && listNeighbours(toks, &ents[j], &ents[j+1], true, fw, l); j-- {
			person, place = person || ents[j].Type == annotation.Person, place || ents[j].Type != annotation.Person
		}
		for j := i + 1; j < len(ents) && listNeighbours(toks, &ents[j-1], &ents[j], true, fw, l); j++ {
			person, place = person || ents[j].Type == annotation.Person, place || ents[j].Type != annotation.Person
		}
		if !person || place || readAsPlace(doc, e, l, true) ||
			e.First > 0 && toks[e.First-1].Kind == lang.Word && pr.Preposition(lang.FoldToken(&toks[e.First-1], l)) {
			continue // a place after a preposition ends a clause ("на Лубянке , Александр покажет")
		}
		made = append(made, i)
	}
	for _, i := range made {
		ents[i].Type, ents[i].Canonical = annotation.Person, ""
	}
}
