package entity

import (
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// retypeClubs makes a person or place mention an organization in a
// sentence that holds a word of a match report, where the gazetteer knows
// a club under one of the full names the language forms around the
// mention (lang.ClubNames: Livingston → Livingston FC). The tagger reads a
// club named after its town as the town or, not knowing the town, as a
// person ("Dolly Menga 's first goal for Livingston"). A mention after a
// word that makes it the match's place keeps its type ("scored twice in
// Paris"), and so does one the gazetteer knows as a country, continent,
// region or territory, as in the other team rules. It returns the texts of
// the mentions it retyped.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX English dev 0.7883 → 0.7917 (Livingston five times: first goal for
// Livingston, a Livingston set play, the Livingston box), with ten
// sentences a document (-doc 10) 0.8109 → 0.8136; Universal NER EWT dev
// unchanged (0.7334).
func retypeClubs(doc *Document, ents []Entity, l lang.Language, g *gazetteer.Gazetteer) (names []string) {
	cn, ok := l.(lang.ClubNames)
	if !ok || g == nil {
		return nil
	}
	j := 0 // the first mention not before the current sentence
	for _, s := range doc.Sentences {
		for j < len(ents) && ents[j].First < s.First {
			j++
		}
		if j == len(ents) {
			break
		}
		if ents[j].First >= s.Last || !sportsSentence(doc.Tokens[s.First:s.Last], cn, l) {
			continue
		}
		for k := j; k < len(ents) && ents[k].Last <= s.Last; k++ {
			e := &ents[k]
			if (e.Type == Person || e.Type == Location) && !wideArea(e.ID, g) && !placeBefore(doc, e, cn, l) && knownClub(e.Text, cn, g) {
				e.Type, e.ID, e.Canonical = Organization, "", ""
				names = append(names, e.Text)
			}
		}
	}
	return names
}

// sportsSentence reports whether a lower-case word of toks belongs to a
// match report.
func sportsSentence(toks []lang.Token, cn lang.ClubNames, l lang.Language) bool {
	for i := range toks {
		if t := &toks[i]; t.Kind == lang.Word && !lang.StartsUpper(t.Text) && cn.SportsWord(lang.FoldToken(t, l)) {
			return true
		}
	}
	return false
}

// placeBefore reports whether the word before e makes it the place of the
// match (lang.ClubNames.PlaceBefore: "in Paris").
func placeBefore(doc *Document, e *Entity, cn lang.ClubNames, l lang.Language) bool {
	return e.First > 0 && cn.PlaceBefore(lang.FoldToken(&doc.Tokens[e.First-1], l))
}

// knownClub reports whether the gazetteer holds a club under one of the
// full names the language forms around name.
func knownClub(name string, cn lang.ClubNames, g *gazetteer.Gazetteer) bool {
	for _, full := range cn.ClubForms(name) {
		for _, en := range g.Lookup(full, "") {
			if en.Type == gazetteer.Organization && en.Subtype == "club" {
				return true
			}
		}
	}
	return false
}
