package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// splitRolePlaceOffPerson cuts the first word off a person's mention of
// three or more words right after a role (lang.NameCues: PersonRole) where
// that word is no given name, nor a surname by its form
// (lang.NameGenders: Путин Владимир Владимирович, the surname first), and
// the next one is a given name in one of its analyses (Language.Analyze,
// lang.GivenNames): Russian writes the role's place in
// the genitive between the role and the name ("главы Химок Владимира
// Стрельченко"), and the tagger reads the place as the name's first word.
// splitPlaceOffPerson does so for the places the gazetteer knows; this
// rule reads the name's form instead, and makes the word cut off a place.
// A mention the gazetteer named is left as it is. ents are sorted and
// non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -lang ru -pipeline), F1 without → with
// the rule: held-out FactRuEval (-doc 20) 0.8902 → 0.8929 (a town's head
// and his name); NTREX Russian dev (one and ten lines a document) and
// WikiNER held-out unchanged.
func splitRolePlaceOffPerson(doc *annotation.Document, ents []annotation.Entity, l lang.Language) []annotation.Entity {
	nc := capsOf(l).nameCues
	gn := capsOf(l).givenNames
	in := capsOf(l).inflectedNames
	ng := capsOf(l).nameGenders
	if nc == nil || gn == nil || ng == nil || in == nil || !in.InflectsNames() {
		return ents
	}
	toks := doc.Tokens
	return replaceMentions(ents, func(e *annotation.Entity) []annotation.Entity {
		if e.Type != annotation.Person || e.ID != "" || e.Last-e.First < 3 || e.First == 0 {
			return nil
		}
		role, first, second := &toks[e.First-1], &toks[e.First], &toks[e.First+1]
		if role.Kind != lang.Word || nc.Cue(lang.FoldToken(role, l)) != lang.PersonRole ||
			first.Kind != lang.Word || second.Kind != lang.Word ||
			givenNameForm(first, l, gn) || ng.SurnameGender(lang.FoldToken(first, l)) != lang.UnknownGender ||
			!givenNameForm(second, l, gn) {
			return nil
		}
		return []annotation.Entity{
			doc.Mention(e.First, e.First+1, annotation.Location, e.Score, e.Source+"+rule"),
			doc.Mention(e.First+1, e.Last, annotation.Person, e.Score, e.Source+"+rule"),
		}
	})
}

// givenNameForm reports whether t, or the stem of one of its analyses, is
// a given name.
func givenNameForm(t *lang.Token, l lang.Language, gn lang.GivenNames) bool {
	norm := lang.FoldToken(t, l)
	if gn.GivenName(norm) {
		return true
	}
	for _, a := range l.Analyze(norm) {
		if gn.GivenName(a.Stem) {
			return true
		}
	}
	return false
}
