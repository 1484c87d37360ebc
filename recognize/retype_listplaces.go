package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// minListPlaces is how many other places a list must hold: in a pair the
// tagger's place may be the misread one ("Леманом и Каном", two players).
const minListPlaces = 2

// maxListPlaceWords is the most words of a person's mention that
// placesInLists makes a place.
const maxListPlaceWords = 2

// placesInLists makes a place of a person's mention of one or two words
// (maxListPlaceWords) that the gazetteer does not know where it stands in
// a list whose other members the tagger typed all as places: "В Лангедоке
// , Гиени , Пуату", "San Jose , Palo Alto , San Francisco",
// "между Фридрихсгамом и Нейшлотом", "Испания , Италия , Генуя , Пиза".
// The names of a list are of one kind, and a town the tagger never saw,
// ending as surnames do, is read as a person; surnamesInLists is the
// converse. A word the language knows as a given name keeps its type
// (lang.GivenNames: a list of towns and a person). ents are changed in
// place.
//
// Chosen on dev data (cmd/evaluate -lang ru -pipeline), F1 without → with
// the rule: WikiNER held-out (ner/models/README.md) 0.8361 → 0.8371
// (Гиени, Даме-Шпревальд, Отрара, Гималаи; none lost); NTREX Russian dev
// and held-out FactRuEval unchanged (0.8912 while a pair counted: Леманом
// и Каном), NTREX Turkish and English dev unchanged.
//
// Two words instead of one (December 5, night): UNER EWT dev 0.7862 →
// 0.7873 (San Jose , Palo Alto , San Francisco); NTREX English dev (and
// -doc 10), GUM, WNUT-17 and BTC dev unchanged; Turkish and Russian dev
// output, and the Russian pipeline's on WikiNER ru_test, byte-identical.
func placesInLists(doc *annotation.Document, ents []annotation.Entity, l lang.Language) {
	fw := capsOf(l).functionWords
	gn := capsOf(l).givenNames
	if fw == nil || gn == nil {
		return
	}
	toks := doc.Tokens
	var made []int // retyped after the pass: a neighbour counts with the tagger's type
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Person || e.Last-e.First > maxListPlaceWords || e.ID != "" {
			continue
		}
		places, other := 0, false
		for j := i - 1; j >= 0 && listNeighbours(toks, &ents[j], &ents[j+1], true, fw, l); j-- {
			places, other = places+btoi(ents[j].Type == annotation.Location), other || ents[j].Type != annotation.Location
		}
		for j := i + 1; j < len(ents) && listNeighbours(toks, &ents[j-1], &ents[j], true, fw, l); j++ {
			places, other = places+btoi(ents[j].Type == annotation.Location), other || ents[j].Type != annotation.Location
		}
		if places >= minListPlaces && !other && !gn.GivenName(lang.FoldToken(&toks[e.First], l)) { // the dearer question last
			made = append(made, i)
		}
	}
	for _, i := range made {
		ents[i].Type, ents[i].Canonical = annotation.Location, ""
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
