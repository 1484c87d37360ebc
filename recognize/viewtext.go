package recognize

import (
	"strings"

	"github.com/varlik/varlik/annotation"
)

// viewText returns the text of mention e as the rules see its words: the
// input's text, unless truecaseCaps changed the case of a word of it (a
// headline in capitals: "LIVINGSTON" is read as Livingston), where it is
// the tokens' texts with the input's spaces between them. Names looked up
// in the rules' lists by their case (clubShortNames) ask it; e.Text stays
// the input's.
//
// Chosen on NTREX English dev upper-cased (the stand-in for headlines of
// docs/accuracy.md; branch enorg6), whole pipeline, with clubsByDistinctName
// and retypeClubs asking it: 0.7467 → 0.7534 (ORGANIZATION recall 0.643 →
// 0.671: Livingston five times, Videoton), Universal NER EWT dev
// upper-cased 0.6870 → 0.6880, GUM dev upper-cased 0.5175 unchanged; the
// dev sets as written unchanged.
func viewText(doc *annotation.Document, e *annotation.Entity) string {
	toks := doc.Tokens[e.First:e.Last]
	changed := false
	for k := range toks {
		if toks[k].Text != doc.Text[toks[k].Start:toks[k].End] {
			changed = true
			break
		}
	}
	if !changed {
		return e.Text
	}
	var b strings.Builder
	for k := range toks {
		if k > 0 {
			b.WriteString(doc.Text[toks[k-1].End:toks[k].Start])
		}
		b.WriteString(toks[k].Text)
	}
	return b.String()
}
