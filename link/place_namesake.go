package link

import (
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// placeNamesake returns, for an organization the gazetteer does not know
// but that is named exactly as a place it knows (a national team: ABD,
// U.S., США; Avrupa, Europe, Европы in the Ryder Cup; a club named after
// its town), the folded words of the place's English name and English,
// in which to key the organization's name ID, when the place is one whose
// name languages translate (see translatedPlace); else nil. Each language
// names the place its own way, so keys of the text's names part (name:abd,
// name:as, name:s) where the place's one English name joins them. The
// organization is not the place: it keeps a name ID, never the place's
// gazetteer ID. The place is the gazetteer's only one of that name (see
// uniqueEntry) in the text's name or its citation form (Европы →
// Европа). nameEntries are the entries of name in any language
// (Lookup(name, "")), which the caller has looked up already.
func (x *Linker) placeNamesake(nameEntries []*gazetteer.Entry, name, cited string, l lang.Language) ([]string, lang.Language) {
	if x.gaz == nil {
		return nil, nil
	}
	en, ok := lang.Get("en")
	if !ok {
		return nil, nil
	}
	id := uniqueEntryOf(x.gaz, nameEntries, name, annotation.Location, l.Code())
	if id == "" && cited != name {
		id = uniqueEntry(x.gaz, cited, annotation.Location, l.Code())
	}
	e := x.gaz.ByID(id)
	if e == nil || len(e.Names["en"]) == 0 || !translatedPlace[e.Subtype] {
		return nil, nil
	}
	return strings.Fields(en.Fold(e.Names["en"][0])), en
}

// translatedPlace holds the subtypes of places whose names each language
// translates and whose teams are named so (countries, continents,
// territories, and regions: England, Scotland, a US state; second-level
// ones too, region2: Orkney Islands, Orkney Adaları; Venice, Venedik,
// Венеция, the province; crosslingual dev unchanged), where a club
// keeps the name of its town as the town's own language spells it (Napoli,
// Наполи; not Naples), and a capital or a city shares a name with a
// region too often to tell which a team means (Washington, the state or
// the capital).
var translatedPlace = map[string]bool{"country": true, "continent": true, "territory": true, "region": true, "region2": true}
