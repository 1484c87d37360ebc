package entity

import "github.com/varlik/varlik/lang"

// placesBeforeTownWord makes a mention right before a lower-case town
// noun a place (lang.TownWords: "Fransa 'nın Toulouse kentindeki
// stadyumda", "Napoli şehrinde"): the noun says the name is a town's,
// where the club rules, reading a sentence about a match, made the town
// its team. The place's gazetteer entry, if any, is left to linking.
//
// Chosen on dev data, F1 without → with: Turkish Wiki NER dev (tag -in
// conll) 0.7917 → 0.7924 (Toulouse kentindeki); NTREX Turkish dev 0.8719
// → 0.8725, -doc 10 0.8886 → 0.8892 (Napoli kentindeki); the Milliyet dev
// split unchanged (0.8656).
func placesBeforeTownWord(doc *Document, ents []Entity, l lang.Language) {
	tw, _ := l.(lang.TownWords)
	if tw == nil {
		return
	}
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Type == Location || e.Last >= len(toks) {
			continue
		}
		if next := &toks[e.Last]; next.Kind == lang.Word && !lang.StartsUpper(next.Text) && tw.TownWord(lang.FoldToken(next, l)) {
			e.Type, e.ID, e.Canonical = Location, "", ""
		}
	}
}
