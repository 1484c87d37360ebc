package entity

import (
	"strings"
	"unicode"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// fillPrior is the prior a place or person entry needs to be added where
// a trained model found nothing: countries and the like (0.95). On Turkish
// Wiki NER dev (examples/evaluate -pipeline) adding every match gave F1
// 0.751, priors from 0.8 up 0.766, countries only 0.769, nothing 0.773:
// what the model leaves out is mostly right to leave out, but a
// capitalized country name is a place in almost any context.
const fillPrior = 0.95

// fillable reports whether the gazetteer may add match mt, a place or a
// person whose text is text, where a trained model found nothing. The
// model has seen the gazetteer as features, so the gazetteer overrides it
// only where a name can hardly mean anything else:
//   - the best entry is a country or the like (Prior ≥ fillPrior);
//   - text is one of the entry's names in the document's language or in
//     English, not only in another language: French "Japon" is Turkish
//     for "Japanese", Italian "Mali" could be anything. An inflected match
//     (России, Bakanlığının) came from the document language's
//     morphology and passes;
//   - a name written in capitals (ABD, US) matches only text in capitals:
//     "Us" in an English song title is not the United States.
func fillable(mt gazetteer.Match, text string, l lang.Language) bool {
	if len(mt.Candidates) == 0 || mt.Candidates[0].Prior < fillPrior {
		return false
	}
	if mt.Inflected {
		return true
	}
	key := l.Fold(strings.Join(strings.Fields(text), " "))
	e := mt.Candidates[0]
	for _, code := range []string{l.Code(), "en"} {
		for _, n := range e.Names[code] {
			if l.Fold(n) == key && (hasLower(n) || !hasLower(text)) {
				return true
			}
		}
	}
	return false
}

func hasLower(s string) bool {
	return strings.IndexFunc(s, unicode.IsLower) >= 0
}
