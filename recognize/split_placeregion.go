package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// splitPlaceRegion splits a place's mention that runs from a town over the
// region or country it lies in, with no comma between ("Miramar
// California", "Lyon France", as web text writes an address), into the two
// places, as annotation tags them. Only where the gazetteer knows the
// whole as no name of its own, the tail as a region or a country (any of
// its entries: Florida, the state or the Uruguayan department; a
// second-level region too, as an address gives a county: Maidstone Kent),
// and the
// head as a place in it (its country is the tail or the tail's country):
// "Papua New Guinea" and "New York" stay whole. ents are sorted and
// non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// Universal NER English EWT dev 0.7505 → 0.7539 (san francisco california,
// Miramar California, four names more); NTREX English dev (0.8597, and
// 0.8803 ten lines a document), Turkish and Russian dev, GUM dev and
// wikigold unchanged.
func splitPlaceRegion(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) []annotation.Entity {
	if g == nil {
		return ents
	}
	code := l.Code()
	toks := doc.Tokens
	return replaceMentions(ents, func(e *annotation.Entity) []annotation.Entity {
		if e.Type != annotation.Location || e.Last-e.First < 2 || e.ID != "" || len(g.Lookup(e.Text, "")) > 0 {
			return nil
		}
		for k := e.First + 1; k < e.Last; k++ {
			if toks[k].Kind != lang.Word || toks[k-1].Kind != lang.Word {
				return nil // a comma or a mark inside: the tagger's reading stays
			}
		}
		for k := e.Last - 1; k > e.First; k-- {
			heads := g.Lookup(doc.Text[toks[e.First].Start:toks[k-1].End], "")
			for _, tail := range g.Lookup(doc.Text[toks[k].Start:toks[e.Last-1].End], "") {
				if tail.Type != gazetteer.Location || !countryOrRegion(tail.Subtype) {
					continue
				}
				if head := placeIn(heads, tail); head != nil {
					return placesAt(doc, e, k, head, tail, code)
				}
			}
		}
		return nil
	})
}

// placesAt returns the two places e splits into at token k, of the
// entries first and second, in language code's names.
func placesAt(doc *annotation.Document, e *annotation.Entity, k int, first, second *gazetteer.Entry, code string) []annotation.Entity {
	a := doc.Mention(e.First, k, annotation.Location, e.Score, e.Source+"+rule")
	a.ID, a.Canonical = first.ID, first.Name(code)
	b := doc.Mention(k, e.Last, annotation.Location, e.Score, e.Source+"+rule")
	b.ID, b.Canonical = second.ID, second.Name(code)
	return []annotation.Entity{a, b}
}

// placeIn returns the first of entries that is a place whose parent is
// region, else the first that lies in region's country (or in region, a
// country), or nil: of the three Springfields of the United States,
// Springfield Illinois is the one of Illinois, not the first.
func placeIn(entries []*gazetteer.Entry, region *gazetteer.Entry) *gazetteer.Entry {
	var inCountry *gazetteer.Entry
	for _, e := range entries {
		if e.Type != gazetteer.Location || e.ID == region.ID {
			continue
		}
		if e.Attrs["parent"] == region.ID {
			return e
		}
		c := e.Attrs["country"]
		if inCountry == nil && c != "" && (c == region.ID || c == region.Attrs["country"]) {
			inCountry = e
		}
	}
	return inCountry
}

// countryOrRegion reports whether a gazetteer place subtype is a country
// or a region of one: a first-level region or a second-level one
// (region2: a county, a department, a province below a region).
func countryOrRegion(subtype string) bool {
	return subtype == "country" || subtype == "region" || subtype == "region2"
}
