package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// teamsByNickname makes an organization of a plural nickname after the
// definite article in a sentence of a sports report (lang.TeamNicknames: "The
// Rockies clinched a wild-card spot with a 5-2 win over the Nationals"):
// North American teams and many clubs go by such names, which the tagger
// leaves out or reads as a range of mountains. The name is one or two
// capitalized words (the Red Sox, the Blue Jays), the last the plural; a
// run that no mention holds is added, a person mention over exactly it that
// the gazetteer does not know and a place mention over it that the
// gazetteer does not know are retyped. ents are sorted and non-overlapping,
// and stay so. It returns the texts of the mentions it retyped or added.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX English dev 0.8461 → 0.8479 (the Rockies, the Nationals), -doc 10
// 0.8700 → 0.8724; before ceremonies were left out, "the Academy Awards"
// in a sentence about a playoff game became an organization. Universal NER
// EWT dev unchanged (0.7463); Turkish and Russian implement no
// lang.TeamNicknames.
//
// Asking a score or a match verb beside the nickname cost NTREX English
// dev 0.8490 → 0.8479; asking a score, two different sports words or a
// club the gazetteer knows in the sentence, 0.8483 → 0.8473 (the
// Nationals, the Rockies: one word, playoff). Left as it is, the rule
// still takes a family (the Obamas watched the basketball game), a band
// (the Beatles) or a range (the Pyrenees) in a sentence with a sports word.
//
// sports holds sportsSentences(doc, l).
func teamsByNickname(doc *annotation.Document, ents []annotation.Entity, l lang.Language, sports []bool) (_ []annotation.Entity, names []string) {
	tn := capsOf(l).teamNicknames
	if tn == nil || sports == nil {
		return ents, nil
	}
	toks := doc.Tokens
	var added []annotation.Entity
	j := 0 // the first mention ending after token i
	for si, s := range doc.Sentences {
		if !sports[si] {
			continue
		}
		for i := s.First; i+1 < s.Last; i++ {
			if !tn.DefiniteArticle(toks[i].Text) {
				continue
			}
			end := i + 1
			for end < s.Last && end-i <= 2 && titleCaseWord(&toks[end]) {
				end++
			}
			if end == i+1 || end < s.Last && capitalizedWord(&toks[end]) || !tn.PluralNickname(toks[end-1].Text) {
				continue
			}
			// A plural of a group of people (lang.GroupWords: the
			// Democrats, the Kurds) names no team, and one after a word
			// that makes it a place (lang.ClubNames.PlaceBefore: in the
			// Alps, clubs in the Borders) is a place's.
			if gw := capsOf(l).groupWords; gw != nil && gw.IsGroupWord(lang.FoldToken(&toks[end-1], l)) {
				continue
			}
			if cn := capsOf(l).clubNames; cn != nil && i > s.First && cn.PlaceBefore(lang.FoldToken(&toks[i-1], l)) {
				continue
			}
			for j < len(ents) && ents[j].Last <= i+1 {
				j++
			}
			added, names = organizationAt(doc, ents, j, i+1, end, unknownPersonOrPlace, added, names)
			i = end - 1
		}
	}
	return mention.MergeByStart(ents, added), names
}

// unknownPersonOrPlace reports whether e is a person or a place the
// gazetteer does not know.
func unknownPersonOrPlace(e *annotation.Entity) bool {
	return (e.Type == annotation.Person || e.Type == annotation.Location) && e.ID == ""
}
