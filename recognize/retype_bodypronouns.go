package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// retypeByPronoun makes a person mention the gazetteer does not know an
// organization where the sentence refers back to it as a thing
// (lang.BodyPronouns): a relative pronoun of a thing after a comma
// ("Ahold , which owns Stop & Shop"), or a thing's possessive right after
// a verb of saying that follows the name ("Daimler-Benz said its profit
// rose", lang.Speakers). The tagger reads a company named after its
// founder (Fokker, Philips) or one it does not know as a person; people
// are "who" and "his" or "her". A place keeps its type: a country says
// "its" too. A name opening with a given name is a person's (lang.GivenNames),
// and "which" after a name that a preposition puts in a phrase may stand
// for the phrase's head ("the hearings for Kavanaugh , which became
// tense"), as after a name that a person's noun opens ("an interview with
// Blount's nephew Murph Archibald , which appeared": lang.PersonContext).
// It returns the texts of the mentions it retyped.
func retypeByPronoun(doc *annotation.Document, ents []annotation.Entity, l lang.Language) (names []string) {
	bp := capsOf(l).bodyPronouns
	sp := capsOf(l).speakers
	if bp == nil || sp == nil {
		return nil
	}
	pp := capsOf(l).prepositions
	gn := capsOf(l).givenNames
	pc := capsOf(l).personContext
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Person || e.ID != "" || e.Last+1 >= len(toks) {
			continue
		}
		a, b := &toks[e.Last], &toks[e.Last+1]
		// "which" may stand for the phrase the name ends ("the hearings for
		// Kavanaugh , which became tense"): not after a preposition.
		relative := a.Text == "," && b.Kind == lang.Word && bp.BodyRelative(lang.FoldToken(b, l)) &&
			!(e.First > 0 && lowerCaseWord(&toks[e.First-1]) && phraseOpener(lang.FoldToken(&toks[e.First-1], l), lang.FoldToken(&toks[e.Last-1], l), pp, pc))
		if !relative && !(a.Kind == lang.Word && sp.SayingVerb(lang.FoldToken(a, l)) && b.Kind == lang.Word && bp.BodyPossessive(lang.FoldToken(b, l))) ||
			gn != nil && gn.GivenName(lang.FoldToken(&toks[e.First], l)) { // the dearer question last
			continue
		}
		toOrganization(e)
		names = append(names, e.Text)
	}
	return names
}

// phraseOpener reports whether before, the folded lower-case word before
// a name whose folded last word is last, puts the name inside a longer
// phrase that a relative pronoun after it may stand for: a preposition,
// or a noun of what a person is (lang.PersonContext's PersonBefore:
// nephew, suspect, professor).
func phraseOpener(before, last string, pp lang.Prepositions, pc lang.PersonContext) bool {
	return pp != nil && pp.Preposition(before) || pc != nil && pc.PersonBefore(before, last)
}
