package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// splitBodyFromPlace undoes, where the tagger made it itself, the join
// that joinBodyToPlace refuses: an organization's mention that ends in a
// place the gazetteer knows, read in an oblique case that no genitive
// has, is the body and the place of the clause ("Международный валютный
// фонд Аргентине выделит": the fund, and Argentina its dative object).
// The place's words must be the gazetteer's match of a country or region,
// exactly, and inflected: a place in the nominative after a body's name
// is mostly an apposition in it (Университет штата Луизиана; NTREX
// Russian dev lost four such when the nominative split too). The body
// before the place must end as joinBodyToPlace asks (its head noun or a
// lower-case word of its tail) and keep two words. A place in the
// genitive stays in the body's name (Министерство обороны
// Великобритании), and so does one after a preposition (Посольство России
// в Аргентине: where the embassy is). Only for languages with
// lang.OrganizationTails and lang.PlaceGenitives (Russian), as
// joinBodyToPlace.
//
// The model decides such spans by its training's chance: the tagger
// retrained on a larger gazetteer (seed 1), and the shipped recipe's
// tagger with seed 5, tag the sentence above as one organization.
func splitBodyFromPlace(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) []annotation.Entity {
	oh := capsOf(l).organizationNameForms
	tails := capsOf(l).organizationTails != nil
	genitives := capsOf(l).placeGenitives != nil
	if !tails || !genitives || oh == nil || g == nil {
		return ents
	}
	pr := capsOf(l).prepositions
	toks := doc.Tokens
	return replaceMentions(ents, func(e *annotation.Entity) []annotation.Entity {
		if e.Type != annotation.Organization || e.ID != "" || e.Last-e.First < 3 {
			return nil
		}
		var place *gazetteer.Match
		for _, mt := range g.Match(toks[e.First:e.Last], plain(l)) {
			if e.First+mt.Last == e.Last && mt.First >= 2 && len(mt.Candidates) > 0 && wideArea(mt.Candidates[0].ID, g) {
				place = &mt
				break
			}
		}
		if place == nil {
			return nil
		}
		k := e.First + place.First
		last := &toks[k-1]
		norm := lang.FoldToken(last, l)
		if last.Kind != lang.Word || !lowerCaseWord(last) && !oh.HeadsOrganization(norm) || pr != nil && pr.Preposition(norm) {
			return nil // a preposition before the place leaves it in the name: Посольство России в Аргентине
		}
		loc := doc.Mention(k, e.Last, annotation.Location, e.Score, e.Source+"+rule")
		if len(g.Lookup(loc.Text, l.Code())) > 0 || genitivePlace(doc, &loc, l, nil) { // the gazetteer was asked just before: only the words are read
			return nil
		}
		best := place.Candidates[0]
		loc.ID, loc.Canonical = best.ID, best.Name(l.Code())
		body := doc.Mention(e.First, k, annotation.Organization, e.Score, e.Source+"+rule")
		return []annotation.Entity{body, loc}
	})
}
