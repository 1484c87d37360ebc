package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// addOrganizationsByForm runs the rules that find organizations by the
// form of their names where the language tells it (a foreign script,
// guillemets, head nouns, acronyms, compounds; issue #17, Russian first),
// before the context rules (retypeByContext): it splits and adds mentions.
// ents are sorted and non-overlapping, and stay so.
func addOrganizationsByForm(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer, misc []annotation.Span, cases wordCases, cues wordCues) []annotation.Entity {
	ents = splitForeignScript(doc, ents, l, cues)
	ents = joinQuotedPairs(doc, ents, l, g)
	ents = addQuotedNames(doc, ents, l, cases)
	ents = addForeignScriptNames(doc, ents, l, g, misc, cues)
	ents = addAdjectiveHeaded(doc, ents, l, cases)
	ents = addHeadFirstBodies(doc, ents, l, cases)
	ents = addAcronymOrganizations(doc, ents, l, g, cases)
	splitTeamWord(doc, ents, l, g)
	ents = addCompoundHeads(doc, ents, l, g, cases)
	ents = joinNamedAfter(doc, ents, l, g)
	return joinBodyToNamesake(doc, ents, l)
}

// refineOrganizations runs the rules that retype and reshape mentions by
// their words and the words around them, after the context rules
// (retypeByContext, whose retyped mentions head the lists of
// retypeOwnedList). It returns the texts of the mentions it made
// organizations, for spreadOrganizations.
func refineOrganizations(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) (names []string) {
	names = retypeOwnedList(doc, ents, l, g)
	names = append(names, retypeByOwnHead(doc, ents, l, g)...)
	names = append(names, retypeQuoted(doc, ents, l, g)...)
	trimOrganizationStart(doc, ents, l)
	joinHeadToName(doc, ents, l)
	extendOrganizationTails(doc, ents, l)
	retypeByPlaceHead(doc, ents, l)
	return names
}
