package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/ner"
)

// placesBeforeRegion makes a place of a person's mention that a comma
// and a place the gazetteer knows follow, the way news writes a town and
// the state, county or country it is in ("Wheeling, West Virginia'da",
// "Flagstaff, Arizona"), when the model's lexicon knows each word of the
// mention as a place's and as no person's or other proper name: the
// tagger reads a town it never saw as a surname. The lexicon's place words
// are many (world cities of all sizes), and surnames are among them (Lee,
// Johnson), but those are proper names of its other lists too, and a
// person named before a place ("Lee, ABD'de konuştu") is common in news.
// Only a mention the gazetteer gave no entry is retyped. ents are changed
// in place.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Turkish dev 0.8657 → 0.8676 (Wheeling twice, Flagstaff), -doc 10
// 0.8861 → 0.8886, Turkish Wiki NER dev through examples/tag -in conll
// 0.7830 → 0.7837 (Monmouth, Illinois'de), Universal NER EWT dev 0.7456 →
// 0.7466, the Milliyet dev split (0.8620) and NTREX English (0.8597) and
// Russian dev (0.8731) unchanged. With any word a place's and none a
// person's, Turkish surnames and foreign given names the lexicon does not
// list as people's became places (Lee, ABD'de; John Ashcroft, Missouri):
// NTREX Turkish dev 0.8651, Milliyet 0.8608.
func placesBeforeRegion(doc *annotation.Document, ents []annotation.Entity, l lang.Language, m *ner.Model, g *gazetteer.Gazetteer) {
	if m == nil || g == nil {
		return
	}
	toks := doc.Tokens
	for i := 0; i+1 < len(ents); i++ {
		e, next := &ents[i], &ents[i+1]
		if e.Type != annotation.Person || e.ID != "" || e.Last+1 != next.First || toks[e.Last].Text != "," ||
			next.Type != annotation.Location || next.ID == "" || g.ByID(next.ID) == nil || !placeWords(toks[e.First:e.Last], l, m) {
			continue
		}
		e.Type, e.Canonical = annotation.Location, ""
	}
}

// placeWords reports whether the model's lexicon (ner.Model.WordClasses)
// knows each of words as a place's name and none as a person's or another
// proper name.
func placeWords(words []lang.Token, l lang.Language, m *ner.Model) bool {
	for k := range words {
		if c := m.WordClasses(lang.FoldToken(&words[k], l)); c&ner.PlaceName == 0 || c&(ner.PersonName|ner.ProperNoun) != 0 {
			return false
		}
	}
	return len(words) > 0
}
