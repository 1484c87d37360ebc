package recognize

import (
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// joinPlaceToBody joins a place mention and the organization mention right
// after it, with no word, mark or line break between them, into one
// organization, in a language whose bodies' names begin with their place
// (lang.PlacesInBodies: "Aliağa Petkim", "Colorado Rockies", "Ankara
// Büyükşehir Belediyesi"): the tagger and the gazetteer found the place
// and the rest of the name apart. It runs after the rules that retype
// people and places as organizations (Rockies is a club's name only after
// retypeClubs).
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Turkish dev 0.8543 → 0.8561 (Los Angeles Dodgers, Colorado
// Rockies), the Milliyet dev split 0.8473 → 0.8478 (three bodies joined,
// one place and body that annotation keeps apart), Turkish Wiki NER dev
// 0.7817 → 0.7826 (Aliağa Petkim). For every language, NTREX English and
// Russian dev were unchanged (0.7824, 0.8147), but the guideline keeps
// "US National Cancer Institute" apart, so English does not join.
//
// Left apart: a body written as an acronym the gazetteer knows, after
// which the place is a branch's, not a word of the name ("Nevşehir CHP İl
// Başkanı", "Maraş AKP'ye oy veriyor"), and a body of two words or more
// known without the place (knownWithoutPlace: "Konya Selçuk Üniversitesi").
// Chosen on the corpus's training part, 0.9638 → 0.9642 → 0.9648; NTREX
// Turkish dev (0.8895, -doc 10 0.9068), the Milliyet dev split (0.8707)
// and Turkish Wiki NER dev (0.7992) unchanged. With one-word bodies too,
// Wiki NER dev lost Aliağa Petkim (0.7983) and Milliyet gained Danimarka
// Genelkurmay kept apart (0.8712).
func joinPlaceToBody(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) []annotation.Entity {
	if pb := capsOf(l).placesInBodies; pb == nil || !pb.PlaceInBodyName() {
		return ents
	}
	return joinAdjacent(ents, func(a, b *annotation.Entity) (annotation.Entity, bool) {
		if a.Type == annotation.Location && b.Type == annotation.Organization && b.First == a.Last &&
			!strings.Contains(doc.Text[a.End:b.Start], "\n") && !acronymWithID(doc, b) && !knownWithoutPlace(doc, a, b, g) {
			return doc.Mention(a.First, b.Last, annotation.Organization, b.Score, b.Source+"+rule"), true
		}
		return annotation.Entity{}, false
	})
}

// acronymWithID reports whether e is one word in capitals that the
// gazetteer gave an ID (CHP, NATO).
func acronymWithID(doc *annotation.Document, e *annotation.Entity) bool {
	return e.ID != "" && e.Last-e.First == 1 && isAcronym(doc.Tokens[e.First].Text)
}

// knownWithoutPlace reports whether body b, of two words or more, has a
// gazetteer ID that its name alone gave it while place a and b together
// are no name the gazetteer knows: the body's name does not hold the
// place ("Konya Selçuk Üniversitesi", a university known as Selçuk
// Üniversitesi). A one-word body after a place is often a team that a
// sponsor's name and its town name together (Aliağa Petkim, whose Petkim
// the gazetteer knows as the company).
func knownWithoutPlace(doc *annotation.Document, a, b *annotation.Entity, g *gazetteer.Gazetteer) bool {
	return b.ID != "" && b.Last-b.First > 1 && g != nil && len(g.Lookup(doc.Text[a.Start:b.End], "")) == 0
}
