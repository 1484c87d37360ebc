package entity

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
//   - its best entry has a prior of at least fillPrior;
//   - text is one of that entry's names in the document's language or in
//     English, not only in another language: French "Japon" (Japan) is
//     Turkish for "Japanese". An inflected match (России, Bakanlığının)
//     came from the document language's morphology and passes.
//
// The gazetteer itself matches a short acronym only in capitals: "Us" is
// not the US.
func fillable(mt gazetteer.Match, text string, l lang.Language) bool {
	if len(mt.Candidates) == 0 || mt.Candidates[0].Prior < fillPrior {
		return false
	}
	return mt.Inflected || mt.NamedIn(text, l)
}
