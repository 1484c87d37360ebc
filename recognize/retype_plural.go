package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// retypeByPluralVerb makes a person or place mention an organization when
// it begins a clause and a verb form that agrees only with a plural
// subject follows it (lang.PluralVerbs: "Livingston climb to third",
// "Livingston miss chances"): British news writes a team with a plural
// verb, a person or a town takes a singular one. The mention must open the
// sentence or follow punctuation, so that it is the verb's whole subject
// (not "Officials in Washington have", "Celtic and Rangers have"), but not
// a comma after another name ("Shawn Mendes , Janelle Monáe are": the
// last of a list), and its
// last word must not read as a plural of its own (lang.Singulars: the
// Clintons, a family, stay people). Unlike the other team rules, a
// country or continent is retyped too: the plural verb shows a team
// playing, which the annotation guidelines make an organization (the Ryder
// Cup's "Europe have the advantage"), and which no country's government
// takes in news. (CoNLL-2003 tags national teams as places; there
// "England have won" now counts against the rule.) It returns the texts of
// the mentions it retyped; spreadOrganizations does not carry a wide
// area's retyping to its other mentions.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX English dev 0.7870 → 0.7883 (Livingston miss chances, Livingston
// climb to third; before the list check, Janelle Monáe became an
// organization too), with ten sentences a document (-doc 10) 0.8112 →
// 0.8109 (one headline span, Unbeaten Ayr, retyped while its other
// mentions are not); Universal NER EWT dev unchanged (0.7334). Wide areas
// retyped too (with the later rules in): NTREX English dev 0.8149 →
// 0.8169 (Europe have, Europe take), -doc 10 0.8421 → 0.8441, EWT dev
// unchanged (0.7400).
func retypeByPluralVerb(doc *annotation.Document, ents []annotation.Entity, l lang.Language) (names []string) {
	pv := capsOf(l).pluralVerbs
	sg := capsOf(l).singulars
	if pv == nil || sg == nil {
		return nil
	}
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Person && e.Type != annotation.Location || e.Last >= len(doc.Tokens) || sg.Singular(e.Text) != e.Text {
			continue
		}
		if e.First > 0 && (doc.Tokens[e.First-1].Kind != lang.Punct || i > 0 && ents[i-1].Last == e.First-1) {
			continue
		}
		next := &doc.Tokens[e.Last]
		if !lowerCaseWord(next) || !pv.PluralOnly(lang.FoldToken(next, l)) {
			continue
		}
		toOrganization(e)
		names = append(names, e.Text)
	}
	return names
}
