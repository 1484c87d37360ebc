package entity

import (
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// placesBeforePlaceNoun makes a place of a person's or an organization's
// mention right before a lower-case settlement or region noun in a
// compound with it (lang.PlaceNounsAfter: "Köln kentinde", "Napoli
// kentindeki", "Four Corners bölgesine"): the noun says what the name is,
// while the tagger and the club rules read a town that fields a club as the
// club and a town they never saw as a person. The gazetteer's entry, if
// any, was the club's or the person's: the place's entry replaces it, or
// none. ents are changed in place.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Turkish dev 0.8716 → 0.8729 (-doc 10 0.8883 → 0.8896: Napoli
// kentindeki, Four Corners bölgesine), Turkish Wiki NER dev 0.7852 → 0.7859
// (Toulouse kentinde), the Milliyet dev split unchanged (0.8656).
func placesBeforePlaceNoun(doc *Document, ents []Entity, l lang.Language, g *gazetteer.Gazetteer) {
	pn, _ := l.(lang.PlaceNounsAfter)
	if pn == nil {
		return
	}
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Type == Location || e.Last >= len(toks) {
			continue
		}
		if t := &toks[e.Last]; !lowerCaseWord(t) || !pn.PlaceNounAfter(lang.FoldToken(t, l)) {
			continue
		}
		e.Type, e.ID, e.Canonical = Location, "", ""
		if g == nil {
			continue
		}
		for _, c := range g.Lookup(e.Text, "") {
			if isPlace(c) {
				e.ID, e.Canonical = c.ID, c.Name(l.Code())
				break
			}
		}
	}
}
