package recognize

import (
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// splitPlacePostal splits a place's mention that runs from a town over a
// two-letter postal code of its state written as a word, with no comma
// between ("San Rafael Ca", "Tampa FL", as web text writes an address),
// into the two places, as annotation tags them (splitPlaceRegion does it
// for a region written out). Only where the code, upper-cased, is one
// the language lists (lang.PostalRegions), the gazetteer knows the whole
// as no name and ranks the town first as a place. ents are sorted and non-overlapping,
// and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: UNER EWT dev 0.7790 → 0.7823 (San Rafael Ca twice:
// LOCATION P/R 0.829/0.777 → 0.835/0.787); NTREX English dev (0.8672,
// -doc 10 0.8910), GUM dev, re3d, WNUT-17 and BTC dev unchanged.
func splitPlacePostal(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) []annotation.Entity {
	pr := capsOf(l).postalRegions
	if pr == nil || g == nil {
		return ents
	}
	toks := doc.Tokens
	return replaceMentions(ents, func(e *annotation.Entity) []annotation.Entity {
		if e.Type != annotation.Location || e.Last-e.First < 2 || e.ID != "" {
			return nil
		}
		k := e.Last - 1 // the code's token
		if t := &toks[k]; len(t.Text) != 2 || (t.Kind != lang.Word && t.Kind != lang.Abbreviation) || !lang.StartsUpper(t.Text) ||
			!pr.PostalRegion(strings.ToUpper(t.Text)) || toks[k-1].Kind != lang.Word || toks[k-1].End == t.Start {
			return nil
		}
		if len(g.Lookup(e.Text, "")) > 0 || placeEntry(g.Lookup(doc.Text[toks[e.First].Start:toks[k-1].End], "")) == nil {
			return nil
		}
		town := doc.Mention(e.First, k, annotation.Location, e.Score, e.Source+"+rule")
		code := doc.Mention(k, e.Last, annotation.Location, e.Score, e.Source+"+rule")
		return []annotation.Entity{town, code}
	})
}
