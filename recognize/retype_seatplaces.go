package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// placesBeforeSeatRoles makes a place of a person's mention the gazetteer
// does not know that a capitalized role held for a place follows
// (lang.SeatRoles: "Chris Leslie , Nottingham East Parlamenteri", "Texas
// Senatörü"): the name is the constituency's or the province's, which the
// tagger, never having seen it, reads as a person's. Where the tagger took
// the role into the mention, the role comes off its end first. A mention
// that opens with a given name (lang.GivenNames) stays a person's. The
// place's gazetteer entry, if any, is given (placeFromGazetteer). ents
// are sorted and non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Turkish dev 0.8997 → 0.9003 (Nottingham East Parlamenteri), -doc 10
// 0.9189 → 0.9196, -articles 0.9268 → 0.9274; the Milliyet dev split,
// Turkish Wiki NER dev and the corpus's training part (0.9734) unchanged.
// In the training part and the Milliyet dev split, a capitalized word
// right before such a role ends a place 129 times, an organization (a
// party, which stays one) 4 and nothing 10 (Sayın Milletvekilimiz).
func placesBeforeSeatRoles(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) {
	sr := capsOf(l).seatRoles
	if sr == nil {
		return
	}
	toks := doc.Tokens
	seat := func(k int) bool {
		return k < len(toks) && toks[k].Kind == lang.Word && capitalizedWord(&toks[k]) && sr.SeatRoleAfter(lang.FoldToken(&toks[k], l))
	}
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Person || e.ID != "" {
			continue
		}
		// The role first, the given name last: a person's mention of two
		// words is asked whether it opens with a given name (a Turkish
		// one, over a thousand instructions) only before a seat's role.
		inner := e.Last-e.First >= 2 && seat(e.Last-1) // the tagger ran the role into the name
		if !inner && !seat(e.Last) || givenNameFirst(toks, e, l) {
			continue
		}
		if inner {
			*e = doc.Mention(e.First, e.Last-1, annotation.Location, e.Score, e.Source+"+rule")
		}
		placeFromGazetteer(e, l, g)
	}
}
