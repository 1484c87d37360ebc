package recognize

import (
	"strconv"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// minAdjacentCityPopulation is the least population of a city that
// splitAdjacentPlaces takes for a place of its own beside another: a
// smaller town's name is as often a word of a longer name (Warren
// Hastings, a person's, should the tagger type it a place).
const minAdjacentCityPopulation = 100_000

// splitAdjacentPlaces splits a place's mention made of two names the
// gazetteer knows as countries, territories, provinces, capitals or large
// cities, with no comma between, into the two places: a list's places
// written without commas ("Berlin Moscow") and a Turkish subject beside
// its object ("Rusya Ukrayna'yı ...") stand side by side, and the tagger
// read them as one name. Only where the gazetteer knows the whole as no
// name of its own ("Papua New Guinea", "Bosna Hersek" stay whole), every
// word is capitalized, and each part's best entry among those named so in
// the document's language or in English is such a place: Island, Iceland
// in German, is none (Manhattan Island stays whole), and a region is none
// (compass words and bays would split off names: Güneydoğu California,
// San Francisco Bay). A town and the region it lies in are
// splitPlaceRegion's. ents are sorted and non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with: NTREX
// English dev 0.9003 → 0.9013 (Berlin Moscow; ten lines a document 0.9210
// → 0.9220, by article 0.9290 → 0.9300), GUM dev 0.6237 → 0.6229 (Food
// Standards Australia New Zealand, an organization the tagger had cut to
// a place, now two); every other dev row unchanged.
func splitAdjacentPlaces(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) []annotation.Entity {
	if g == nil {
		return ents
	}
	code := l.Code()
	toks := doc.Tokens
	return replaceMentions(ents, func(e *annotation.Entity) []annotation.Entity {
		if e.Type != annotation.Location || e.Last-e.First < 2 || e.ID != "" {
			return nil
		}
		for k := e.First; k < e.Last; k++ {
			if toks[k].Kind != lang.Word || !lang.StartsUpper(toks[k].Text) {
				return nil // a comma, a mark or a lower-case word inside
			}
		}
		if len(g.Lookup(e.Text, "")) > 0 {
			return nil
		}
		for k := e.First + 1; k < e.Last; k++ {
			head := majorPlace(namedIn(g, doc.Text[toks[e.First].Start:toks[k-1].End], code))
			if head == nil {
				continue
			}
			if tail := majorPlace(namedIn(g, doc.Text[toks[k].Start:toks[e.Last-1].End], code)); tail != nil {
				return placesAt(doc, e, k, head, tail, code)
			}
		}
		return nil
	})
}

// namedIn returns the entries of g named name in language code, else in
// English, whose names news writes as they are.
func namedIn(g *gazetteer.Gazetteer, name, code string) []*gazetteer.Entry {
	if es := g.Lookup(name, code); len(es) > 0 {
		return es
	}
	return g.Lookup(name, gazetteer.LinguaFranca)
}

// majorPlace returns the best of entries when it is a country, a
// territory, a province, a capital or a city of minAdjacentCityPopulation
// people or more, else nil: the best entry decides, as the linker would
// give the name its ID.
func majorPlace(entries []*gazetteer.Entry) *gazetteer.Entry {
	if len(entries) == 0 || entries[0].Type != gazetteer.Location {
		return nil
	}
	e := entries[0]
	switch e.Subtype {
	case "country", "territory", "province", "capital":
		return e
	case "city":
		if p, err := strconv.Atoi(e.Attrs["population"]); err == nil && p >= minAdjacentCityPopulation {
			return e
		}
	}
	return nil
}
