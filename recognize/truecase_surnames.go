package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// titleCaseSurnames gives Title case back, in the truecased view of the
// sentence s written in capitals, to the word right after a given name
// (lang.GivenNames) read in Title case, when truecaseWord read it in lower
// case: a surname that is a common word too ("MAXINE WATERS DENIES" →
// Maxine Waters denies, "STEVEN GERRARD", "JON SNOW"). The word is left
// alone where the model's capitalization prior sees it capitalized less
// than a quarter of the time (said, finally: "JOHN SAID"), where it is a
// function word other than a month's name (THERESA MAY), a head noun
// (lang.NameCues: GEORGIA TECH) or a firm's word (lang.OrganizationContext:
// HYATT WEB SITE), a single letter, or where the given name is a place the
// gazetteer knows (FLORIDA KEYS) or a month's name (JUNE SALES). saved
// holds the swaps truecaseCaps made, the word's original text among them.
//
// Chosen on the upper-cased stand-ins for headlines (branch enorg6), whole
// pipeline, without → with: NTREX English dev upper-cased 0.7573 → 0.7627
// (Theresa May twice, Steven Gerrard twice, Jon Snow twice, Maxine Waters,
// Chris Rock; the Thatcher government, an Othello player made people),
// Universal NER EWT dev upper-cased 0.6890 → 0.6889 (San Rafael CA gained,
// the Wesley boys and the Morse Red Line lost), GUM dev upper-cased 0.5175
// unchanged. A first version (the prior's threshold at one in a hundred,
// no place, head-noun or firm's-word check): 0.7605, 0.6883 (Byron fell,
// Holt still, the Bay Area, Florida Keys, Georgia Tech).
func titleCaseSurnames(doc *annotation.Document, s lang.Sentence, l lang.Language, p casePrior, g *gazetteer.Gazetteer, cc lang.ClosedClassWords, saved []caseSwap) {
	gn := capsOf(l).givenNames
	np := capsOf(l).namePrepositions
	nc := capsOf(l).nameCues
	oc := capsOf(l).organizationContext
	if gn == nil || cc == nil || np == nil || nc == nil {
		return
	}
	toks := doc.Tokens
	for i := s.First + 1; i < s.Last; i++ {
		prev, t := &toks[i-1], &toks[i]
		if t.Kind != lang.Word || !lowerCaseWord(t) || lang.RuneCount(t.Norm) < 2 || prev.Kind != lang.Word || lowerCaseWord(prev) ||
			!gn.GivenName(prev.Norm) || np.CalendarWord(prev.Norm) {
			continue
		}
		if cc.ClosedClass(t.Norm) && !np.CalendarWord(t.Norm) || nc.Cue(t.Norm) != lang.NoCue || anyPlace(prev.Text, g) ||
			oc != nil && oc.MarksOrganization(t.Norm) {
			continue // a function word, a head noun (Georgia Tech), after a place (Florida keys), a firm's word (Hyatt web site)
		}
		if share, known := p.capPrior(t.Norm, l); known && share < 0.25 && !np.CalendarWord(t.Norm) {
			continue
		}
		if orig, ok := swappedText(saved, i); ok {
			t.Text = titleCase(orig, t.Norm)
		}
	}
}
