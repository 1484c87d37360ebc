package recognize

import "github.com/varlik/varlik/lang"

// acronymCuts holds what a language tells addAcronymOrganizations about
// the places where a word in capitals is no acronym of its own.
type acronymCuts struct {
	leads bool // lang.CapitalLeads: a paragraph's first word is in capitals
	heads bool // lang.CapitalizedHeads: a capitalized word after goes on a name
}

func newAcronymCuts(l lang.Language) acronymCuts {
	var c acronymCuts
	if cl := capsOf(l).capitalLeads; cl != nil {
		c.leads = cl.LeadsInCapitals()
	}
	if ch := capsOf(l).capitalizedHeads; ch != nil {
		c.heads = ch.HeadsCapitalized()
	}
	return c
}

// notAlone reports whether the acronym toks[k] of sentence s is no
// organization's name of its own, with heldBefore telling whether a
// mention holds the token two before it:
//
//   - it is followed by a number: a designation (CVN 80, F 16);
//   - it stands in brackets after a word no mention holds: it shortens
//     words the tagger found to be no name ("yapay zeka ( YZ )");
//   - in a language whose news writes a paragraph's first word in
//     capitals (lang.CapitalLeads: "GEÇEN hafta"),
//     it opens its sentence and no apostrophe suffix, comma or bracket
//     follows it;
//   - in a language that writes an organization's head capitalized
//     (lang.CapitalizedHeads), a capitalized word follows it: the
//     acronym begins a longer name the tagger missed (OHAL Bölgesi,
//     UEFA Avrupa Ligi), which it alone would cut.
//
// Chosen on dev data (cmd/evaluate -pipeline) with Turkish's common
// acronyms (lang.OrganizationAcronyms), F1 without the Turkish acronyms →
// with them: the Milliyet dev split 0.8538 → 0.8548 (acronyms of courts,
// boards and unions; without the lead check 0.8509: lead words), NTREX
// Turkish dev 0.8571 → 0.8581 (LSU four times, FEMAIL), Turkish Wiki NER
// dev 0.7833 → 0.7845 (NPD, EPSA, IATA; without the checks of the next
// word and the bracket 0.7811: UEFA Avrupa Ligi, CVN 80, CYBH). NTREX
// Russian dev is unchanged (0.8509); held-out FactRuEval (-doc 20) goes
// from 0.9653 to 0.9655 (the bracket check: "( СПО )").
func (c acronymCuts) notAlone(toks []lang.Token, s lang.Sentence, k int, heldBefore bool) bool {
	var next *lang.Token
	if k+1 < s.Last {
		next = &toks[k+1]
	}
	switch {
	case next != nil && next.Kind == lang.Number:
		return true
	case k-2 >= s.First && opensBracket(toks[k-1].Text) && toks[k-2].Kind == lang.Word && !heldBefore:
		return true
	case c.leads && k == s.First && (next == nil || next.Kind != lang.Suffix && next.Text != "," && !opensBracket(next.Text)):
		return true
	}
	return c.heads && next != nil && capitalizedWord(next)
}
