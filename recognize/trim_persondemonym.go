package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// trimLeadingDemonyms cuts a nationality word (gazetteer.IsDemonym) off the
// front of a person's mention when a capitalized word follows it: news
// annotation leaves nationality words out ("Belgian [Eden Hazard]",
// "Russian [Vladimir Putin]"), and a tagger that reads the capitalized
// adjective as a first name runs the two together. A mention with an ID
// (the gazetteer's whole name) stays whole. It runs before
// trimLeadingTitles, which then takes a title after the nationality off
// too ("Belgian winger ...").
func trimLeadingDemonyms(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) {
	if g == nil {
		return
	}
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Person || e.ID != "" || e.Last-e.First < 2 || toks[e.First].Kind != lang.Word {
			continue
		}
		if next := &toks[e.First+1]; (next.Kind == lang.Word || next.Kind == lang.Abbreviation) && lang.StartsUpper(next.Text) &&
			g.IsDemonym(toks[e.First].Text, plain(l)) {
			*e = doc.Mention(e.First+1, e.Last, annotation.Person, e.Score, e.Source)
		}
	}
}
