package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// splitPersonOf splits a person mention of two or more names, a
// preposition and capitalized words into the person and where the person is from or with
// ("Robyn Christie of Melrose", "Jane Doyle of Kessling Holdings"): news
// names a speaker's club, firm or town so, and the tagger runs the
// person's name on over it. The rest is the gazetteer's place where it
// knows one (John Smith of Boston), else an organization: a person's
// affiliation, which a town the gazetteer knows is not. A single name
// before "of" is a name of its own (Joan of Arc, Catherine of Aragon).
// The prepositions are those the language puts inside organizations'
// names (lang.NamePrepositions: of, for, on), which no person's name of
// two words or more holds. ents are sorted and non-overlapping, and stay
// so.
func splitPersonOf(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) []annotation.Entity {
	np := capsOf(l).namePrepositions
	if np == nil || g == nil {
		return ents
	}
	toks := doc.Tokens
	code := l.Code()
	return replaceMentions(ents, func(e *annotation.Entity) []annotation.Entity {
		if e.Type != annotation.Person || e.ID != "" {
			return nil
		}
		for p := e.First + 2; p+1 < e.Last; p++ {
			if !lowerCaseWord(&toks[p]) || !np.InNamePreposition(lang.FoldToken(&toks[p], l)) || !capitalizedWord(&toks[p+1]) {
				continue
			}
			person := doc.Mention(e.First, p, annotation.Person, e.Score, e.Source+"+rule")
			rest := doc.Mention(p+1, e.Last, annotation.Organization, e.Score, e.Source+"+rule")
			if place := placeEntry(g.Lookup(rest.Text, "")); place != nil {
				rest.Type, rest.ID, rest.Canonical = annotation.Location, place.ID, place.Name(code)
			}
			return []annotation.Entity{person, rest}
		}
		return nil
	})
}
