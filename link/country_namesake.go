package link

import (
	"slices"
	"strings"

	"github.com/varlik/varlik/gazetteer"
)

// countryNamesake returns the organization that shares a name with e in
// the document's language, ranks as e does (type and prior), and belongs
// to the one country among theirs that the document names, where e's
// country is not named; else nil. The gazetteer ranks such namesakes by
// their IDs alone (Demokrat Parti, Демократическая партия: Turkey's
// Demokrat Parti and the United States' Democratic Party, both 0.80),
// and the story tells them apart by the country its places, bodies and
// office holders belong to (Trump, of the United States). e's own
// country named keeps e.
func (lk *linker) countryNamesake(x *Linker, e *gazetteer.Entry) *gazetteer.Entry {
	if e.Type != "ORGANIZATION" || e.Attrs["country"] == "" {
		return nil
	}
	rivals := x.namesakes(e, lk.l.Code())
	if len(rivals) == 0 {
		return nil
	}
	countries := lk.documentCountries(x.gaz, e.ID)
	if countries[e.Attrs["country"]] {
		return nil
	}
	var pick *gazetteer.Entry
	for _, r := range rivals {
		if countries[r.Attrs["country"]] {
			if pick != nil && pick.Attrs["country"] != r.Attrs["country"] {
				return nil
			}
			if pick == nil {
				pick = r
			}
		}
	}
	return pick
}

// namesakes returns the organizations of another country that share a
// name with organization e in language code and rank as it does (type
// and prior), in the order of e's names and their entries. They are the
// gazetteer's alone, and are kept per Linker: every document that names
// e looked each of its names up again.
func (x *Linker) namesakes(e *gazetteer.Entry, code string) []*gazetteer.Entry {
	key := entryInLanguage{e.ID, code}
	if rivals, ok := x.namesakesOf.Load(key); ok {
		return rivals.([]*gazetteer.Entry)
	}
	var rivals []*gazetteer.Entry
	for _, n := range e.Names[code] {
		for _, r := range x.gaz.Lookup(n, code) {
			if r.ID != e.ID && r.Type == e.Type && r.Prior == e.Prior && r.Attrs["country"] != "" &&
				r.Attrs["country"] != e.Attrs["country"] && !slices.Contains(rivals, r) {
				rivals = append(rivals, r)
			}
		}
	}
	x.namesakesOf.Store(key, rivals)
	return rivals
}

// documentCountries returns the countries the document's mentions name
// by the gazetteer IDs they have so far, but those with the ID except (the
// namesake's own mentions, whose country is what is asked): a country
// itself, the country of a place or a body (its country attribute), the
// country an office holder serves (of). Asked only of a name with
// namesakes, which few are.
func (lk *linker) documentCountries(g *gazetteer.Gazetteer, except string) map[string]bool {
	countries := map[string]bool{}
	for i := range lk.doc.Entities {
		id := lk.doc.Entities[i].ID
		if id == "" || id == except || strings.HasPrefix(id, "name:") || strings.HasPrefix(id, "local:") {
			continue
		}
		e := g.ByID(id)
		if e == nil {
			continue
		}
		if e.Subtype == "country" {
			countries[e.ID] = true
		}
		for _, k := range [...]string{"country", "of"} {
			if c := e.Attrs[k]; c != "" {
				countries[c] = true
			}
		}
	}
	return countries
}
