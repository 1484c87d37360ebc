package entity

import (
	"github.com/varlik/varlik/gazetteer"
)

// mergeGazetteer appends to ents the mentions of one sentence starting at
// token off: the model's spans, each given the gazetteer entry whose match
// covers exactly the same tokens with the same type, then the gazetteer
// matches that overlap no span. The model decides where it has an opinion
// (it has seen the gazetteer as features); the gazetteer fills in what it
// knows and the model missed, such as a known organization in an unusual
// context.
func mergeGazetteer(ents []Entity, doc *Document, off int, spans []Span, matches []gazetteer.Match, code string) []Entity {
	j := 0 // next match
	emitMatchesBefore := func(limit int) {
		for ; j < len(matches) && matches[j].Last <= limit; j++ {
			if mt := matches[j]; len(mt.Candidates) > 0 {
				best := mt.Candidates[0]
				e := doc.span(off+mt.First, off+mt.Last, Type(best.Type), best.Prior, "gazetteer")
				e.ID, e.Canonical = best.ID, best.Name(code)
				ents = append(ents, e)
			}
		}
	}
	for _, sp := range spans {
		emitMatchesBefore(sp.First)
		e := doc.span(off+sp.First, off+sp.Last, sp.Type, sp.Score, "model")
		// Skip the matches the span overlaps, keeping an exact one's entry.
		for ; j < len(matches) && matches[j].First < sp.Last; j++ {
			mt := matches[j]
			if mt.First != sp.First || mt.Last != sp.Last {
				continue
			}
			for _, c := range mt.Candidates {
				if Type(c.Type) == sp.Type {
					e.ID, e.Canonical, e.Source = c.ID, c.Name(code), "model+gazetteer"
					break
				}
			}
		}
		ents = append(ents, e)
	}
	emitMatchesBefore(1 << 62)
	return ents
}
