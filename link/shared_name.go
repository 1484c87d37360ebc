package link

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
)

// sharedNamePlace returns the ID of the place that the gazetteer's
// lookup takes for the preferred name of place e in another language,
// where the two share it and the lookup in the document's language (code)
// could not weigh that place: it has no name in that language. A region
// and its chief town share a name where a language names both, and the
// lookup takes the one of highest prior (Hiroshima, the city, over
// Hiroshima Prefecture in English and Turkish); where a language names
// one only (Хиросима, the prefecture), the same rule takes the other too,
// so that the place has one ID in every language. It returns e's own ID when no place of
// higher prior shares a name of e's, or two such tie. Crosslingual dev
// 734 → 735 (Хиросиму); no other dev mention's ID changes.
func sharedNamePlace(g *gazetteer.Gazetteer, e *gazetteer.Entry, code string) string {
	best, prior, tied := e.ID, e.Prior, false
	for lc, names := range e.Names {
		if lc == code || len(names) == 0 {
			continue
		}
		// The preferred name only, and its entries in any language: a
		// lookup of each alias costs more than the linking of a document
		// otherwise does.
		for _, f := range g.Lookup(names[0], "") {
			if f.Type != e.Type || f.ID == best || f.Prior < prior || len(f.Names[code]) > 0 {
				continue
			}
			if f.Prior == prior {
				tied = best != e.ID
				continue
			}
			best, prior, tied = f.ID, f.Prior, false
		}
	}
	if tied {
		return e.ID
	}
	return best
}

// entryInLanguage is an entry's ID and a language's code.
type entryInLanguage struct{ id, code string }

// sharedNamePlace returns sharedNamePlace(x.gaz, e, code) for a place e,
// e's ID for another entry. It keeps the answers: documents ask for the
// same places again and again, and the lookups cost more than the rest
// of a group's ID.
func (x *Linker) sharedNamePlace(e *gazetteer.Entry, code string) string {
	if e.Type != string(annotation.Location) {
		return e.ID
	}
	key := entryInLanguage{e.ID, code}
	if id, ok := x.sharedPlaces.Load(key); ok {
		return id.(string)
	}
	id := sharedNamePlace(x.gaz, e, code)
	x.sharedPlaces.Store(key, id)
	return id
}
