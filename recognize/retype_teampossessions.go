package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// teamsByPossession makes a place mention an organization when the word
// after it, bare or after the name's genitive ending, is a part of a
// side's play or pitch in the possessive (lang.TeamPossessions: "Brighton
// ceza sahasının kenarında", "Rangers kalecisi"; in a sentence of a sports
// report, lang.SportsWords or a score, "Kartal 'ın savunmasının sol
// tarafı"): a town has no goalkeeper or penalty area, and a club is mostly
// named after its town. A place the
// gazetteer knows as a country, continent, region or territory keeps its
// type (nationalSide: a national side is a place in news annotation), as
// in the other team rules. A capitalized word that no mention holds and
// that does not open the sentence becomes a side before the nouns that are
// a side's anywhere ("eski Ibrox kalecisi Liam Kelly", the former Rangers
// goalkeeper: Ibrox is the ground the tagger did not know). ents are
// sorted and non-overlapping, and stay so. It returns the texts of the
// mentions it retyped or added.
//
// sports holds sportsSentences(doc, l) (nil for a language with no sports
// words), cases the wordCases of doc.Tokens.
func teamsByPossession(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer, sports []bool, cases wordCases) (_ []annotation.Entity, names []string) {
	tp := capsOf(l).teamPossessions
	if tp == nil {
		return ents, nil
	}
	toks := doc.Tokens
	word := func(i, last int) string {
		if i >= last || toks[i].Kind != lang.Word {
			return ""
		}
		return lang.FoldToken(&toks[i], l)
	}
	for si, j := range sentenceMentions(doc.Sentences, ents) {
		s, e := doc.Sentences[si], &ents[j]
		if e.Type != annotation.Location || e.Last >= s.Last {
			continue
		}
		k, suffix := e.Last, ""
		if toks[k].Kind == lang.Suffix {
			suffix, k = lang.FoldToken(&toks[k], l), k+1
		}
		// nationalSide, the gazetteer's entry read (some 500
		// instructions a place), is asked last: few places have a
		// side's noun after them.
		if norm := word(k, s.Last); norm != "" && lowerCaseWord(&toks[k]) &&
			tp.TeamPossession(suffix, norm, word(k+1, s.Last), sports != nil && sports[si]) && !nationalSide(e.ID, g) {
			toOrganization(e)
			names = append(names, e.Text)
		}
	}
	var added []annotation.Entity
	j := 0 // the first mention ending after token i
	for _, s := range doc.Sentences {
		for i := s.First + 1; i+1 < s.Last; i++ {
			// Only a title-case word can be the side: the scan for the next
			// keeps its values in registers, where this loop's body would
			// spill them at every token.
			if i = cases.next(i, s.Last-1, titledCase); i+1 == s.Last {
				break
			}
			for j < len(ents) && ents[j].Last <= i {
				j++
			}
			if cases.capitalized(i-1) || j < len(ents) && ents[j].First <= i ||
				!cases.lower(i+1) || !tp.TeamPossession("", word(i+1, s.Last), word(i+2, s.Last), false) {
				continue
			}
			added, names = organizationAt(doc, ents, j, i, i+1, nil, added, names)
		}
	}
	return mention.MergeByStart(ents, added), names
}
