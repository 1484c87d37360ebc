package entity

import (
	"github.com/varlik/varlik/gazetteer"
)

// mergeGazetteer appends to ents the mentions of one sentence starting at
// token off: the spans (found by source: "model", "prose" or "rule"), each
// given the gazetteer entry whose match covers exactly the same tokens
// with the same type, then the gazetteer matches that overlap no span. The
// model decides where it has an opinion (it has seen the gazetteer as
// features); the gazetteer fills in what it knows and the model missed,
// such as a known organization in an unusual context.
//
// A span from another source whose exact match has no entry of its type
// takes the type of the best entry instead: prose calls most organizations
// GPE (Gazprom, BRICS, G20), and the Russian rules guess types from
// capitalization and context, while the gazetteer knows.
// fillPrior is the prior a gazetteer entry needs to be added where a
// trained model, which has seen the gazetteer as features, found nothing:
// only countries (0.95). On Turkish Wiki NER dev (examples/evaluate
// -pipeline) adding every match gave F1 0.751, priors from 0.8 up
// 0.766, countries only 0.769, nothing 0.773: what the model leaves out
// is mostly right to leave out, but a capitalized country name is a place
// in any context.
const fillPrior = 0.95

func mergeGazetteer(ents []Entity, doc *Document, off int, spans []Span, source string, matches []gazetteer.Match, code string) []Entity {
	j := 0 // next match
	minPrior := 0.0
	if source == "model" {
		minPrior = fillPrior
	}
	emitMatchesBefore := func(limit int) {
		for ; j < len(matches) && matches[j].Last <= limit; j++ {
			if mt := matches[j]; len(mt.Candidates) > 0 && mt.Candidates[0].Prior >= minPrior {
				best := mt.Candidates[0]
				e := doc.span(off+mt.First, off+mt.Last, Type(best.Type), best.Prior, "gazetteer")
				e.ID, e.Canonical = best.ID, best.Name(code)
				ents = append(ents, e)
			}
		}
	}
	for _, sp := range spans {
		emitMatchesBefore(sp.First)
		e := doc.span(off+sp.First, off+sp.Last, sp.Type, sp.Score, source)
		// Skip the matches the span overlaps, keeping an exact one's entry.
		for ; j < len(matches) && matches[j].First < sp.Last; j++ {
			mt := matches[j]
			if mt.First != sp.First || mt.Last != sp.Last || len(mt.Candidates) == 0 {
				continue
			}
			entry := mt.Candidates[0]
			if source == "model" {
				entry = nil
			}
			for _, c := range mt.Candidates {
				if Type(c.Type) == sp.Type {
					entry = c
					break
				}
			}
			if entry != nil {
				e.Type, e.ID, e.Canonical, e.Source = Type(entry.Type), entry.ID, entry.Name(code), source+"+gazetteer"
			}
		}
		ents = append(ents, e)
	}
	emitMatchesBefore(1 << 62)
	return ents
}
