package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// splitPlaceOwner splits a mention that runs over a possessive after a
// place the gazetteer knows into the place and the name it owns: "Iraq 's
// Revolutionary Command Council", "Hong Kong 's Hang Seng" are a country
// and a body of it, as news annotation has them; the tagger, trained on
// text where a firm's name holds a possessive ("Moody 's Investors
// Service", whose first part no gazetteer knows as a place), runs on. The
// place takes the gazetteer's entry; the rest keeps the mention's type.
// Only where the language writes its possessive as a token of its own
// (lang.PossessiveNames) and something capitalized follows it. ents are
// sorted and non-overlapping, and stay so.
func splitPlaceOwner(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) []annotation.Entity {
	pn := capsOf(l).possessiveNames
	if pn == nil || g == nil {
		return ents
	}
	code := l.Code()
	toks := doc.Tokens
	return replaceMentions(ents, func(e *annotation.Entity) []annotation.Entity {
		for p := e.First + 1; p+1 < e.Last; p++ {
			// The possessive is a Suffix token after a word, a token of its
			// own after a space (as corpora give it).
			if !possessiveToken(&toks[p], pn, l) ||
				!capitalizedWord(&toks[p+1]) {
				continue
			}
			place := placeEntry(g.Lookup(doc.Text[toks[e.First].Start:toks[p-1].End], ""))
			if place == nil {
				return nil
			}
			owner := doc.Mention(e.First, p, annotation.Location, e.Score, e.Source+"+rule")
			owner.ID, owner.Canonical = place.ID, place.Name(code)
			if e.Last == p+2 && g.IsDemonym(toks[p+1].Text, plain(l)) {
				// "Middlesbrough 's Brazilian midfielder": a nationality
				// word is no name.
				return []annotation.Entity{owner}
			}
			return []annotation.Entity{owner, doc.Mention(p+1, e.Last, e.Type, e.Score, e.Source+"+rule")}
		}
		return nil
	})
}

// placeEntry returns the best of entries if it is a place, or nil: a name
// the gazetteer ranks first as an organization or a person is no place.
func placeEntry(entries []*gazetteer.Entry) *gazetteer.Entry {
	if len(entries) == 0 || entries[0].Type != gazetteer.Location {
		return nil
	}
	return entries[0]
}

// countriesAsPlaces gives back its place type to a country the tagger read
// as an organization ("Nigeria 's military government banned the paper",
// "Britain said"): news annotation tags a country as a place, its
// government included, and the tagger, trained on text that tags
// governments acting as bodies, strays. Only a mention the tagger found
// (an earlier rule may have trimmed it: "Nigeria 's military government")
// whose whole text the gazetteer ranks first as a country.
func countriesAsPlaces(ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) {
	if g == nil {
		return
	}
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Organization || e.Source != "model" && e.Source != "model+rule" || e.ID != "" {
			continue
		}
		if place := placeEntry(g.Lookup(e.Text, "")); place != nil && place.Subtype == "country" {
			e.Type, e.ID, e.Canonical = annotation.Location, place.ID, place.Name(l.Code())
		}
	}
}
