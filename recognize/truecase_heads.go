package recognize

import (
	"sort"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// titleCaseHeadedRuns gives Title case back, in the truecased view of the
// sentence s written in capitals, to a body's name that truecaseWord read
// in lower case: a run of words of no closed class and no cue that ends in
// an organization's head noun (lang.NameCues: Service, Committee, Society,
// Agency, Network; not a tenure word, lang.TenureWords: the Bush
// administration), after the definite article or holding a word read as
// a name's (properWordIn), each word a name may hold by the model's
// capitalization prior (nameRun): "THE NATIONAL WEATHER SERVICE HAS" → the
// National Weather Service has, not the national weather service; "AT
// HARVARD MEDICAL SCHOOL" → at Harvard Medical School. The prior reads
// service, school, office in lower case, as text mostly writes them, and
// the words were written in capitals, so their case is unknown. saved
// holds the swaps truecaseCaps made, the run's words' original text among
// them; restoreCase undoes these changes with the others.
//
// Chosen on dev data, upper-cased as the stand-in for headlines (the
// December 5 paragraph of docs/accuracy.md; branch enorg6), whole pipeline
// F1 without → with the rule: NTREX English dev upper-cased 0.7403 →
// 0.7467 (ORGANIZATION P/R 0.694/0.610 → 0.703/0.643: National Weather
// Service twice, Prison Service, Prison Office, Public Prosecution
// Service, Consumer Energy Alliance, Harvard Medical School twice, Fox
// Business Network), Universal NER EWT dev upper-cased 0.6858 → 0.6870,
// GUM dev upper-cased 0.5135 → 0.5175; the dev sets as written, BTC and
// WNUT-17 dev unchanged. Without the article-or-name condition and the
// nationality and tenure checks: 0.7457, 0.6828, 0.5093 (great customer
// service, high school, Australian primary school, the Bush
// Administration); without the prior's checks 0.7405 (riot police, local
// press, the party reportedly wants company).
func titleCaseHeadedRuns(doc *annotation.Document, s lang.Sentence, l lang.Language, p casePrior, g *gazetteer.Gazetteer, cc lang.ClosedClassWords, saved []caseSwap) {
	nc := capsOf(l).nameCues
	da := capsOf(l).definiteArticles
	tw := capsOf(l).tenureWords // the Bush administration: the person's, not a body's name
	if nc == nil || cc == nil || da == nil {
		return
	}
	toks := doc.Tokens
	for i := s.First + 1; i < s.Last; i++ {
		h := &toks[i]
		if h.Kind != lang.Word || !lowerCaseWord(h) || nc.Cue(h.Norm) != lang.OrgHead || tw != nil && tw.TenureWord(h.Norm) {
			continue
		}
		from := i
		for from > s.First && toks[from-1].Kind == lang.Word && !cc.ClosedClass(toks[from-1].Norm) &&
			nc.Cue(toks[from-1].Norm) == lang.NoCue {
			from--
		}
		article := from > s.First && da.DefiniteArticle(toks[from-1].Norm)
		if from == i || !nameRun(toks[from:i], l, p) || !article && !properWordIn(toks[from:i], l, p, g) {
			continue
		}
		for k := from; k <= i; k++ {
			if orig, ok := swappedText(saved, k); ok && lowerCaseWord(&toks[k]) {
				toks[k].Text = titleCase(orig, toks[k].Norm)
			}
		}
	}
}

// swappedText returns token k's original text if saved holds it. saved
// is in token order (truecaseCaps swaps a sentence's tokens in order, and
// its sentences in order), so it is searched by halves: a long sentence in
// capitals costs no scan of it per word.
func swappedText(saved []caseSwap, k int) (string, bool) {
	j := sort.Search(len(saved), func(j int) bool { return saved[j].tok >= k })
	if j < len(saved) && saved[j].tok == k {
		return saved[j].text, true
	}
	return "", false
}

// nameRun reports whether the words before a head noun may be a body's
// name's: each word truecased to lower case seen capitalized now and then
// by the model's capitalization prior (more than one time in a hundred:
// not reportedly, licensed, nor a word the prior does not know, riot,
// bespoke), and one word at least read as a name's, Title-cased or seen
// capitalized a quarter of the time (National, prison, energy; not local
// press, public service, back post).
func nameRun(toks []lang.Token, l lang.Language, p casePrior) bool {
	named := false
	for k := range toks {
		if !lowerCaseWord(&toks[k]) {
			named = true
			continue
		}
		share, _ := p.capPrior(toks[k].Norm, l)
		if share <= 0.01 {
			return false
		}
		named = named || share >= 0.25
	}
	return named
}

// properWordIn reports whether toks hold a word the truecasing read as a
// name's, not in lower case, that the model's capitalization prior does
// not know or sees capitalized nine times in ten or more (Harvard Medical
// School; not First inaugural church service), and that is no nationality
// or group word (not Australian primary school).
func properWordIn(toks []lang.Token, l lang.Language, p casePrior, g *gazetteer.Gazetteer) bool {
	gw := capsOf(l).groupWords
	for k := range toks {
		t := &toks[k]
		if lowerCaseWord(t) || g != nil && g.IsDemonym(t.Text, plain(l)) || gw != nil && gw.IsGroupWord(t.Norm) {
			continue
		}
		if share, known := p.share(t.Norm); !known || share >= 0.9 {
			return true
		}
	}
	return false
}
