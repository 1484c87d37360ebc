package recognize

import (
	"unicode"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// placesByPossession makes a place of a person's mention the gazetteer
// gave no ID when its genitive owns what only a place has
// (lang.PlacePossessions: "Katalunya'nın bağımsızlığı", "Punta
// Eugenia'nın güneybatısında"): the tagger reads a place it never saw,
// foreign words, as a person's name. ents are changed in place.
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: NTREX Turkish dev 0.8859 → 0.8866 (Punta Eugenia'nın
// güneybatısından), -doc 10 0.9061 → 0.9068; the Milliyet dev split
// (0.8676) and Turkish Wiki NER dev (0.7971) unchanged. English (branch
// enorg6: 's population, 's capital, 's PM; a possession in capitals
// counts, an abbreviation): NTREX English dev 0.8736 → 0.8763 (Lombok 's
// population, Macedonia 's PM and the two mentions of Macedonia the spread
// had made people), -doc 10 0.8897 → 0.8910, upper-cased 0.7687 →
// 0.7694; Universal NER EWT dev, GUM dev, re3d, WNUT-17 and BTC dev
// unchanged. Russian implements no lang.PlacePossessions.
func placesByPossession(doc *annotation.Document, ents []annotation.Entity, l lang.Language) {
	pp := capsOf(l).placePossessions
	if pp == nil {
		return
	}
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Person || e.ID != "" || e.Last+1 >= len(toks) || toks[e.Last].Kind != lang.Suffix ||
			!lowerCaseWord(&toks[e.Last+1]) && !capsWord(&toks[e.Last+1]) ||
			!pp.OwnedByPlace(lang.FoldToken(&toks[e.Last], l), lang.FoldToken(&toks[e.Last+1], l)) {
			continue
		}
		e.Type, e.Canonical = annotation.Location, ""
		e.Source += "+rule"
	}
}

// capsWord reports whether t is a word or an abbreviation written in
// capitals only (PM, GDP), which a possession after a genitive may be.
func capsWord(t *lang.Token) bool {
	if t.Kind != lang.Word && t.Kind != lang.Abbreviation || lang.RuneCount(t.Text) < 2 {
		return false
	}
	for _, r := range t.Text {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
