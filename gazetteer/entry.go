package gazetteer

import "sort"

// Entry types, the same strings as entity.Type.
const (
	Person       = "PERSON"
	Location     = "LOCATION"
	Organization = "ORGANIZATION"
)

// Entry is one known entity.
type Entry struct {
	// ID is stable across releases and languages: a Wikidata QID ("Q159")
	// where the sources give one, else a namespaced ID ("iso:TR-06",
	// "geonames:745044", "varlik:...").
	ID      string
	Type    string // Person, Location or Organization
	Subtype string // country, region, province, city, district, igo, agency, ministry, party, head_of_state, ...
	// Names maps a language code to its names; the first is the preferred
	// (canonical) name in that language, the rest are aliases.
	Names map[string][]string
	// Attrs holds facts such as country (an entry ID), parent (an entry ID),
	// population, capital (an entry ID), role and iso.
	Attrs map[string]string
	// Prior in [0, 1] ranks entries that share a name: higher wins.
	Prior float64
}

// Name returns the preferred name of e in language lang, falling back to
// English and then to any language.
func (e *Entry) Name(lang string) string {
	if n := e.Names[lang]; len(n) > 0 {
		return n[0]
	}
	if n := e.Names[LinguaFranca]; len(n) > 0 {
		return n[0]
	}
	langs := make([]string, 0, len(e.Names))
	for l := range e.Names {
		langs = append(langs, l)
	}
	sort.Strings(langs) // deterministic fallback
	for _, l := range langs {
		if n := e.Names[l]; len(n) > 0 {
			return n[0]
		}
	}
	return e.ID
}

// familyNameFirst lists, by gazetteer ID, the countries whose people's
// names are written family name first in Turkish, English and Russian
// news: China, Taiwan, North and South Korea, Vietnam (Li Qiang, Kim Jong
// Un).
var familyNameFirst = map[string]bool{"Q148": true, "Q865": true, "Q423": true, "Q884": true, "Q881": true}

// FamilyNameFirst reports whether the people of country (a gazetteer ID,
// as in a person's "of" attribute) are named family name first.
func FamilyNameFirst(country string) bool { return familyNameFirst[country] }
