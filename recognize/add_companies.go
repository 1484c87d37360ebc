package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// maxCompanyWords bounds the run of capitalized words made a company.
const maxCompanyWords = 4

// addCompanies adds an organization over a run of capitalized words that
// no mention holds where business news' words around it say a company is
// named: a legal form right after it ("Unilever NV", lang.LegalForms),
// the words right before it ("shares in Glaxo Wellcome", "analysts at
// Barings": lang.OrganizationPhrases) or a word of a company's right after
// it ("Mendel Trading shares", "State Department spokesman", "Coventry
// manager": lang.OrganizationContext). The
// rules that retype mentions read the same words; this one takes the
// names the tagger left out. A run opening the sentence must have two
// words or more for the word after it ("Company spokesman John Smith"),
// an article opening it is left out, and a nationality word is no name
// ("French shares"). A legal form followed by a capitalized word or a
// number is another word (Kerry Co Council, Henderson NV 89052). ents are
// sorted and non-overlapping, and stay so; it returns the texts of the
// names it added.
func addCompanies(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer, cases wordCases) (_ []annotation.Entity, names []string) {
	lf := capsOf(l).legalForms
	oa := capsOf(l).organizationPhrases
	oc := capsOf(l).organizationContext
	tc := capsOf(l).teamContext
	art := capsOf(l).organizationAppositions
	if lf == nil || oa == nil || oc == nil || tc == nil || g == nil {
		return ents, nil
	}
	toks := doc.Tokens
	var added []annotation.Entity
	j := 0 // the first mention not before the current run
	for _, s := range doc.Sentences {
		for i := s.First; i < s.Last; i++ {
			if i = cases.next(i, s.Last, capitalizedCase); i == s.Last {
				break // most words are lower-case
			}
			first, end := i, i+1
			for end < s.Last && end-first < maxCompanyWords && cases.capitalized(end) && !lf.LegalForm(toks[end].Text) {
				end++
			}
			i = end - 1
			if art != nil && end-first > 1 && art.Article(lang.FoldToken(&toks[first], l)) {
				first++
			}
			for j < len(ents) && ents[j].Last <= first {
				j++
			}
			if j < len(ents) && ents[j].First < end {
				continue
			}
			what := companyWords(doc, s, first, end, l, lf, oa, oc, tc, g)
			if what == 0 {
				continue
			}
			last := end
			if what == formAfter {
				last++ // the legal form is the name's
			}
			if j < len(ents) && ents[j].First < last {
				continue // a mention holds the legal form (Global Inc, then Inc): no overlap
			}
			added = append(added, doc.Mention(first, last, annotation.Organization, 0.5, "rule"))
			names = append(names, added[len(added)-1].Text)
			i = last - 1
		}
	}
	return mention.MergeByStart(ents, added), names
}

// What says a run is a company's name (companyWords).
const (
	formAfter   = 1 + iota // a legal form follows it
	phraseFirst            // business words come before it
	wordAfter              // a company's word follows it
)

// companyWords reports what around tokens [first, end) of sentence s says
// they name a company, or 0 when nothing does.
func companyWords(doc *annotation.Document, s lang.Sentence, first, end int, l lang.Language, lf lang.LegalForms, oa lang.OrganizationPhrases,
	oc lang.OrganizationContext, tc lang.TeamContext, g *gazetteer.Gazetteer) int {
	toks := doc.Tokens
	what := 0
	switch {
	case end < s.Last && lf.LegalForm(toks[end].Text) &&
		(end+1 == s.Last || !capitalizedWord(&toks[end+1]) && toks[end+1].Kind != lang.Number):
		what = formAfter
	case first-2 >= s.First && toks[first-2].Kind == lang.Word && lowerCaseWord(&toks[first-1]) &&
		oa.OrganizationAfter(lang.FoldToken(&toks[first-2], l), lang.FoldToken(&toks[first-1], l)):
		what = phraseFirst
	case end < s.Last && lowerCaseWord(&toks[end]) && (first > s.First || end-first > 1) &&
		oc.MarksOrganization(lang.FoldToken(&toks[end], l)):
		what = wordAfter
	}
	if what != 0 && end-first == 1 {
		// A nationality word, a day or a month, an article after a
		// quotation mark ("at stake in November", "\" The member"), asked
		// last: most runs have no business word around them.
		norm := lang.FoldToken(&toks[first], l)
		if on := capsOf(l).namePrepositions; g.IsDemonym(toks[first].Text, plain(l)) || on != nil && on.CalendarWord(norm) {
			return 0
		}
		if art := capsOf(l).organizationAppositions; art != nil && art.Article(norm) {
			return 0
		}
	}
	return what
}
