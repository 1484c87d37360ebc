package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// placesByPossession makes a place of a person's mention the gazetteer
// gave no ID when its genitive owns what only a place has
// (lang.PlacePossessions: "Katalunya'nın bağımsızlığı", "Punta
// Eugenia'nın güneybatısında"): the tagger reads a place it never saw,
// foreign words, as a person's name. ents are changed in place.
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: NTREX Turkish dev 0.8859 → 0.8866 (Punta Eugenia'nın
// güneybatısından), -doc 10 0.9061 → 0.9068; the Milliyet dev split
// (0.8676) and Turkish Wiki NER dev (0.7971) unchanged. English and
// Russian implement no lang.PlacePossessions.
func placesByPossession(doc *annotation.Document, ents []annotation.Entity, l lang.Language) {
	pp, _ := l.(lang.PlacePossessions)
	if pp == nil {
		return
	}
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Person || e.ID != "" || e.Last+1 >= len(toks) || toks[e.Last].Kind != lang.Suffix ||
			!lowerCaseWord(&toks[e.Last+1]) ||
			!pp.OwnedByPlace(lang.FoldToken(&toks[e.Last], l), lang.FoldToken(&toks[e.Last+1], l)) {
			continue
		}
		e.Type, e.Canonical = annotation.Location, ""
		e.Source += "+rule"
	}
}
