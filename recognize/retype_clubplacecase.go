package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// placeWhereItStands reports whether the place mention e is written as
// the place it names, however much the sentence is about a match, so that
// retypeClubs leaves it a place: it takes a case ending of where or from
// where, or a place's, a body's or a division's noun follows it
// (readAsPlace: "Erdoğan'a Köln'de hem iyi hem kötü karşılama", a headline
// right after a football report; placesByLocativeClub reads a club's town
// so too); it takes the case of where to right before a verb of going
// (lang.PlaceCases, lang.MotionVerbs: "bugün Torino 'ya gidecek olan
// kafile", the team travelling to Turin); or its genitive owns a part of a
// place (lang.PlacePossessions: "Paris 'in güneyinde", south of Paris). A
// club takes the dative too (Torino 'ya yenildi, lost to Torino) and owns
// players (Paris 'in golcüsü): only these verbs and possessions decide.
// All need the apostrophe suffix as a token of its own, as Turkish text is
// tokenized.
//
// Chosen on dev data, F1 without → with (retypeClubs had made both places
// clubs): NTREX Turkish dev one sentence a document unchanged (0.8891),
// -doc 10 0.9054 → 0.9061 (Paris 'in güneyinde, in a report of the Ryder
// Cup); the Milliyet dev split 0.8679 → 0.8682 (Torino 'ya gidecek);
// Turkish Wiki NER dev through examples/tag unchanged (0.8008: its
// tokens keep their suffixes, Torino'ya); NTREX English and Russian output
// byte-identical (no MotionVerbs, no PlacePossessions, no PlaceCases).
// The case of where or from where changes none of the three dev sets; it
// keeps testdata/news_tr.txt's Köln'de above, and with it that story's
// "Köln'e giderek", a place (spreadOrganizations had carried the club to
// it). Any dative instead of the verbs of going: the same figures.
func placeWhereItStands(doc *annotation.Document, e *annotation.Entity, l lang.Language) bool {
	if readAsPlace(doc, e, l, false) {
		return true
	}
	toks := doc.Tokens
	if e.Last+1 >= len(toks) || toks[e.Last].Kind != lang.Suffix || toks[e.Last+1].Kind != lang.Word {
		return false
	}
	suffix, next := lang.FoldToken(&toks[e.Last], l), lang.FoldToken(&toks[e.Last+1], l)
	if pc := capsOf(l).placeCases; pc != nil && pc.DativeCase(suffix) {
		mv := capsOf(l).motionVerbs
		return mv != nil && mv.MotionVerb(next)
	}
	pp := capsOf(l).placePossessions
	return pp != nil && lowerCaseWord(&toks[e.Last+1]) && pp.OwnedByPlace(suffix, next)
}
