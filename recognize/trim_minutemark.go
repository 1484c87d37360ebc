package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// trimMinuteMarks cuts a minute's abbreviation off the end of a mention
// (lang.MinuteMarks: Turkish "Murat (Cengiz Dk. 58)"): a lineup's note puts
// the substitute's name right before the minute, and the tagger runs the
// capitalized abbreviation into the name. No name ends in it.
//
// Mined on the Milliyet train split (a local corpus, never committed);
// whole pipeline F1 without → with the rule (cmd/evaluate -pipeline):
// Milliyet train (-doc 30) 0.8540 → 0.8553 (40 more names right, the
// substitutes of its lineups), the Milliyet dev split 0.8702 → 0.8705, NTREX
// Turkish dev 0.8897 and (-doc 10) 0.9077 unchanged, Turkish Wiki NER dev
// (tag -in conll) 0.8001 unchanged.
func trimMinuteMarks(doc *annotation.Document, ents []annotation.Entity, l lang.Language) {
	mm := capsOf(l).minuteMarks
	if mm == nil {
		return
	}
	for i := range ents {
		e := &ents[i]
		last := tailEnd(e, func(k int) bool { return mm.MinuteMark(doc.Tokens[k].Text) })
		if last < e.Last {
			*e = doc.Mention(e.First, last, e.Type, e.Score, e.Source+"+rule")
		}
	}
}
