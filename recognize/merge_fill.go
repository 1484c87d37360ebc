package recognize

import (
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// fillPrior is the prior an entry needs to be added where a trained model
// found nothing: countries and the like (0.95). On Turkish Wiki NER dev
// (examples/evaluate -pipeline) adding every match gave F1 0.751, priors
// from 0.8 up 0.766, countries only 0.769, nothing 0.773: what the model
// leaves out is mostly right to leave out, but a capitalized country name
// is a place in almost any context, inside an event's name too (Türkiye
// Kupası, as news annotation has it).
const fillPrior = 0.95

// fillable reports whether the gazetteer may add match mt, whose text is
// text, where a trained model found nothing:
//   - its best entry has a prior of at least fillPrior, or it is an
//     organization of at least fillOrgPrior and the match is two or more
//     words (İşçi Partisi);
//   - text is one of that entry's names in the document's language or in
//     English, not only in another language: French "Japon" (Japan) is
//     Turkish for "Japanese". An inflected match (России, Bakanlığının)
//     came from the document language's morphology and passes.
//
// The gazetteer itself matches a short acronym only in capitals: "Us" is
// not the US.
func fillable(mt gazetteer.Match, text string, l lang.Language) bool {
	if len(mt.Candidates) == 0 {
		return false
	}
	if best := mt.Candidates[0]; best.Prior < fillPrior && !(best.Type == gazetteer.Organization && mt.Last-mt.First > 1 && best.Prior >= fillOrgPrior) {
		return false
	}
	return mt.Inflected || mt.NamedIn(text, plain(l))
}

// fillOrgPrior is the prior a known organization named in two or more
// words needs to be added where the model found nothing: parties,
// ministries and the better-known bodies (0.8 and up), not clubs (0.65).
// A name of several words that the gazetteer knows as an organization is
// rarely anything else, and the model misses some of them in contexts it
// did not learn ("İşçi Partisi artık özgür bir ..."). Whole pipeline, F1
// without → with: NTREX Turkish dev 0.8040 → 0.8053 (four more İşçi
// Partisi, one Muhafazakar Parti the annotation leaves out), the Milliyet
// dev split 0.8397 → 0.8398, Turkish Wiki NER dev 0.7753 and NTREX English
// and Russian dev unchanged.
const fillOrgPrior = 0.8

// openerRegionPrior is the prior a region or province the gazetteer knows
// needs to be added, where a trained model found nothing, as its
// sentence's first word.
const openerRegionPrior = 0.5

// openerRegionRunes is the fewest letters such a name needs: the short
// ones are common words and surnames too (Пара, "a couple", the state of
// Pará; Гор, Al Gore).
const openerRegionRunes = 6

// openingRegion reports whether the gazetteer may add match mt, whose text
// is text, where a trained model found nothing and the match opens its
// sentence: its best entry is a region (of the first or the second level:
// a state, a county, a department), a large island (Lombok depreminin
// ardından: NTREX Turkish dev 0.8925 → 0.8928, other dev rows unchanged,
// crosslingual dev 824 → 825) or a province of at least
// openerRegionPrior, named in the document's language as fillable
// requires, and the text has openerRegionRunes letters or more. A state's name opening a sentence, its subject, has no
// preposition before it and a capital that says nothing, and the Russian
// tagger leaves it (Аризона редко попадает, Каталония проголосовала);
// elsewhere regions keep their lower priors (Georgia, Jersey). A name
// that is also a given name the language knows (lang.GivenNames) is left
// to the model: Вирджиния сыграла главную роль.
//
// Whole pipeline, F1 without → with: NTREX Russian dev 0.8769 → 0.8776
// (those two), held-out FactRuEval dev (-doc 20) unchanged at 0.8946, NTREX
// Turkish 0.8565 and English 0.8256 dev unchanged, crosslingual dev 723 →
// 724; with cities too, nothing more.
func openingRegion(mt gazetteer.Match, text string, l lang.Language) bool {
	best := mt.Candidates[0]
	if best.Type != gazetteer.Location || best.Subtype != "region" && best.Subtype != "region2" && best.Subtype != "province" && best.Subtype != "island" ||
		best.Prior < openerRegionPrior || lang.RuneCount(text) < openerRegionRunes || !mt.Inflected && !mt.NamedIn(text, plain(l)) {
		return false
	}
	gn := capsOf(l).givenNames
	return gn == nil || !gn.GivenName(l.Fold(text)) // folding, last: most matches fail sooner
}
