package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// trimPlaceStart drops from a place's mention the lower-case words at its
// start ("güney Nevada", "kuzeybatı Sonora", "the United States", "улице
// Чайлдерс-стрит"): a compass word, an article or a descriptor written in
// lower case is not part of the place's name, which the annotation
// guideline begins at its first capitalized word in every language
// (Güney Kaliforniya is a name, güney Nevada the south of one; город
// Палу). A mention the gazetteer named, or with no capitalized word after
// the lower-case ones, is left as it is. People keep theirs: particles
// begin their names (de Gaulle, van Gogh, bin Selman).
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Turkish dev 0.8524 → 0.8543 (güney Nevada, güney Utah, kuzeybatı
// Sonora), NTREX English dev 0.7811 → 0.7824 (south London, the United
// States), NTREX Russian dev 0.8134 → 0.8147 (улице Чайлдерс-стрит, штата
// Юта); Turkish Wiki NER dev, the Milliyet dev split, UNER English EWT dev
// and held-out FactRuEval unchanged (0.7804, 0.8473, 0.7330, 0.8862).
func trimPlaceStart(doc *annotation.Document, ents []annotation.Entity) {
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Location || e.ID != "" {
			continue
		}
		first := e.First
		for first < e.Last && lowerCaseWord(&toks[first]) {
			first++
		}
		if first != e.First && first < e.Last && lang.StartsUpper(toks[first].Text) {
			*e = doc.Mention(first, e.Last, annotation.Location, e.Score, e.Source+"+rule")
		}
	}
}

// trimPlaceDivision cuts a lower-case administrative division's noun off
// the end of a place's mention (lang.PlaceDivisions: "Hampshire
// eyaletinin", "Rheinland Pfalz eyaletinde"), which describes the place
// and is not a word of its name. A mention the gazetteer named, or whose
// word before the noun is not capitalized, is left as it is.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// Turkish Wiki NER dev 0.7826 → 0.7839 (the two above), the Milliyet dev
// split 0.8478 → 0.8481, NTREX Turkish dev unchanged (0.8561: Güneybatı
// bölgelerinde, which annotation does not tag, loses its noun).
func trimPlaceDivision(doc *annotation.Document, ents []annotation.Entity, l lang.Language) {
	pd := capsOf(l).placeDivisions
	if pd == nil {
		return
	}
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Location || e.ID != "" || e.Last-e.First < 2 {
			continue
		}
		t := &toks[e.Last-1]
		if !lowerCaseWord(t) || !pd.DivisionNoun(lang.FoldToken(t, l)) {
			continue
		}
		if !lang.StartsUpper(toks[e.Last-2].Text) {
			continue
		}
		*e = doc.Mention(e.First, e.Last-1, annotation.Location, e.Score, e.Source+"+rule")
	}
}
