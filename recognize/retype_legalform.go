package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// companiesByLegalForm makes a person or place mention of two or more
// words that ends in a company's legal form an organization ("Brunnwald
// AG", "Montreux SA", read as places after the town in them), and widens
// one that the form follows right after over it ("Kessler" + "Bhd"): the
// form says a company is named, whatever the words before it are. A
// mention that goes on after a legal form is cut after it. A form followed
// by a number or a title-case word is left alone, neither cut nor
// retyped: in a name going on with capitalized words it is a word of the
// name (the Kerry Co Council), before a postcode a state's abbreviation
// (Henderson NV 89052) and before a name an office (Ohio AG Dave Yost). ents
// are sorted and non-overlapping, and stay so. It returns the texts of the
// mentions it retyped.
//
// Dev data (cmd/evaluate -pipeline): NTREX English dev 0.8429 and Universal
// NER EWT dev 0.7432 unchanged (their companies with a legal form are
// already organizations); written sentences are in the test. Cutting a
// mention after its legal form: EWT dev 0.7432 → 0.7443 ("Google , Inc."
// of "Google , Inc. of Mountain View"), NTREX English dev unchanged.
//
// cases holds the wordCases of doc.Tokens, whose bit answers titleCaseWord
// with no decoding of the word's letters.
func companiesByLegalForm(doc *annotation.Document, ents []annotation.Entity, l lang.Language, cases wordCases) (names []string) {
	lf := capsOf(l).legalForms
	if lf == nil {
		return nil
	}
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		// A legal form inside a mention ends the company's name: the
		// tagger ran on over a headline's capitals ("NORVEX CORP Q2 NET")
		// or a place after it ("Google , Inc. of Mountain View").
		for p := e.First + 1; p < e.Last-1; p++ {
			if (toks[p].Kind == lang.Word || toks[p].Kind == lang.Abbreviation) && lf.LegalForm(toks[p].Text) &&
				!lf.LegalForm(toks[p+1].Text) && !cases.title(p+1) {
				*e = doc.Mention(e.First, p+1, annotation.Organization, e.Score, e.Source+"+rule")
				names = append(names, e.Text)
				break
			}
		}
		if e.Type != annotation.Person && e.Type != annotation.Location {
			continue
		}
		// A number or a name after the form makes it something else: a
		// state's abbreviation before a postcode ("Henderson NV 89052",
		// "Adelaide SA 5001"), an office before its holder ("Ohio AG
		// Dave Yost").
		formEnd := e.Last
		if !lf.LegalForm(toks[e.Last-1].Text) {
			formEnd = e.Last + 1
		}
		if formEnd < len(toks) && (toks[formEnd].Kind == lang.Number || cases.title(formEnd)) {
			continue
		}
		switch {
		case e.Last-e.First >= 2 && lf.LegalForm(toks[e.Last-1].Text):
			toOrganization(e)
		case e.Last < len(toks) && (i+1 == len(ents) || ents[i+1].First > e.Last) &&
			(toks[e.Last].Kind == lang.Word || toks[e.Last].Kind == lang.Abbreviation) && lf.LegalForm(toks[e.Last].Text):
			*e = doc.Mention(e.First, e.Last+1, annotation.Organization, e.Score, e.Source+"+rule")
		default:
			continue
		}
		names = append(names, e.Text)
	}
	return names
}
