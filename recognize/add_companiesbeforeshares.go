package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/ner"
)

// maxSharesWords is the most words of a company's name found before a
// word of company context.
const maxSharesWords = 4

// companiesBeforeShares adds an organization for a run of Title-case words
// that no mention holds right before a word that marks a company
// (lang.CompanyContext: "Daimler-Benz shares rose", "Nikkei shareholders"):
// the tagger leaves out a company it never saw, most of all as a
// sentence's first words, where the capitals say nothing. The run must
// hold a word the model's capitalization prior does not know (a name the
// tagger never saw: European, Asian and Western shares are known words'),
// and end in no dictionary word (lang.DictionaryWords: "Blue Chip shares",
// "Technology stock") or closed-class word; a demonym the gazetteer knows
// is no company. ents are
// sorted and non-overlapping, and stay so. It returns the texts of the
// organizations it added.
//
// Dev data (cmd/evaluate -pipeline): UNER EWT dev (0.7729), NTREX English
// dev (0.8651, -doc 10 0.8881), GUM dev, re3d, BTC and WNUT-17 dev, the SEC
// filings and NTREX English dev upper-cased unchanged: none holds such a
// name. Written for agency market reports (the sentences of the test).
func companiesBeforeShares(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer, m *ner.Model, cases wordCases) (_ []annotation.Entity, names []string) {
	cc := capsOf(l).companyContext
	if cc == nil || m == nil {
		return ents, nil
	}
	closed := capsOf(l).closedClassWords
	toks := doc.Tokens
	var added []annotation.Entity
	j := 0 // the first mention that ends after token k-1
	for _, s := range doc.Sentences {
		for k := s.First + 1; k < s.Last; k++ {
			if k = cases.next(k-1, s.Last-1, titledCase) + 1; k == s.Last {
				break // the name's capital first: most words are lower-case
			}
			if toks[k].Kind != lang.Word || !cc.MarksCompany(lang.FoldToken(&toks[k], l)) {
				continue
			}
			for j < len(ents) && ents[j].Last <= k-1 {
				j++
			}
			if j < len(ents) && ents[j].First <= k-1 {
				continue // a mention holds the name: retypeByContext's
			}
			first := k - 1
			for first > s.First && k-first < maxSharesWords && cases.title(first-1) &&
				(j == 0 || ents[j-1].Last <= first-1) {
				first--
			}
			// A name the tagger never saw: a word the model's prior does not
			// know (European, Asian, Western are known, and no companies),
			// and no common noun at its end (Blue Chip, Technology).
			unseen := false
			for q := first; q < k && !unseen; q++ {
				_, known := m.CapitalizedShare(lang.FoldToken(&toks[q], l))
				unseen = !known
			}
			last := lang.FoldToken(&toks[k-1], l)
			name := doc.Text[toks[first].Start:toks[k-1].End]
			if !unseen || dictionaryWord(last, l) || closed != nil && closed.ClosedClass(last) || k-first == 1 && g != nil && g.IsDemonym(name, plain(l)) {
				continue
			}
			added = append(added, doc.Mention(first, k, annotation.Organization, 0.5, "rule"))
			names = append(names, name)
		}
	}
	return mention.MergeByStart(ents, added), names
}
