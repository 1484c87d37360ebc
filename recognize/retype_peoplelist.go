package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// peopleInLists makes a person of a one-word place mention whose word is a
// given name the language knows (lang.GivenNames) where it stands in a list
// beside a person and beside no place: "Hoca, Emre'nin yerine Afşin ve
// Oğuzhan'ı oyuna aldı", "Barış, Bayram, Cemil ve Sinan". The names of a
// list are of one kind, and a given name that is also a town's or a
// village's name (Afşin, Bayram, Armağan) is read as the place by a tagger
// that knows the place. The list's neighbours are the mentions right
// before and after, joined by a comma or a word that joins names
// (lang.FunctionWords: ve, ile; an apostrophe suffix may come between the
// name and the joint); a comma counts only where the place takes no
// suffix, which after a comma makes it an adverbial of the clause about
// the name before it (Başkan Carter, Washington'da). At any joint, a place
// that reads as a place where it stands keeps its type (readAsPlace with
// the dative: "Bakan Şimşek ile Aydın'da", "Kılıçdaroğlu ile Van'a
// giden", "Vali Bilgin ve Afşin Kaymakamı"). A place the gazetteer
// knows as a country, continent, region or territory (wideArea) keeps its
// type. ents are changed in place.
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: Milliyet dev split 0.8571 → 0.8586 (five given names
// in lists of players or suspects), Turkish Wiki NER dev 0.7859 → 0.7866,
// NTREX Turkish dev unchanged (0.8625; 0.8619 while a comma counted before
// a place's case: "…, Washington'a"); NTREX English and Russian dev
// unchanged (0.8415, 0.8708). With readAsPlace at every joint, after a
// review's invented news, every dev set unchanged (NTREX Turkish 0.8620,
// -doc 20 0.8857, Milliyet 0.8609, Wiki NER 0.7861, English 0.8483,
// Russian 0.8734).
func peopleInLists(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) {
	gn := capsOf(l).givenNames
	fw := capsOf(l).functionWords
	if gn == nil || fw == nil {
		return
	}
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Location || e.Last-e.First != 1 {
			continue
		}
		// A place with a case suffix after a comma ends a clause about the
		// name before it: "Carter, Washington'da", "Nina Londra'da, Oleg".
		comma := e.Last >= len(toks) || toks[e.Last].Kind != lang.Suffix
		var before, after *annotation.Entity
		if i > 0 && listNeighbours(toks, &ents[i-1], e, comma, fw, l) {
			before = &ents[i-1]
		}
		if i+1 < len(ents) && listNeighbours(toks, e, &ents[i+1], comma, fw, l) {
			after = &ents[i+1]
		}
		person := before != nil && before.Type == annotation.Person || after != nil && after.Type == annotation.Person
		place := before != nil && before.Type == annotation.Location || after != nil && after.Type == annotation.Location
		if !person || place || wideArea(e.ID, g) || !gn.GivenName(lang.FoldToken(&toks[e.First], l)) || readAsPlace(doc, e, l, true) {
			continue
		}
		e.Type, e.ID, e.Canonical = annotation.Person, "", ""
	}
}

// listNeighbours reports whether mention b follows mention a in a list:
// one joint between them (listJoint; a comma only if comma), after a's
// apostrophe suffix if it has one; where commas count, also a comma and a
// coordinating word, the serial comma before a list's last name ("Mosul
// , Baiji , and Tuz": Universal NER EWT dev 0.7907 → 0.7918, Tuz made a
// place; the other English dev sets and NTREX Turkish and Russian dev
// unchanged; branch enorg6).
func listNeighbours(toks []lang.Token, a, b *annotation.Entity, comma bool, fw lang.FunctionWords, l lang.Language) bool {
	k := a.Last
	if k < len(toks) && toks[k].Kind == lang.Suffix {
		k++
	}
	if comma && b.First == k+2 && k+1 < len(toks) && toks[k].Text == "," && toks[k+1].Kind == lang.Word && fw.JoinsNames(lang.FoldToken(&toks[k+1], l)) {
		return true // a serial comma before the last name: "Mosul , Baiji , and Tuz"
	}
	return b.First == k+1 && k < len(toks) && (comma || toks[k].Text != ",") && listJoint(&toks[k], fw, l)
}
