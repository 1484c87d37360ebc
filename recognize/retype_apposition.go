package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// kindAppositions makes an organization of the name right after the
// singular noun of a kind of organization (lang.OrganizationAppositions:
// "accessories brand Truly", "CBS affiliate WAFB", "perfume retailer the
// Fragrance Shop"; an article between them is skipped): a person or place
// mention there is retyped, unless the gazetteer knows it as a country,
// continent, region or territory, and a run of capitalized words that no
// mention holds is added. A noun after an article is passed over: it may
// head a clause whose subject is the name ("the company Smith founded").
// ents are sorted and non-overlapping, and stay so. It returns the texts
// of the mentions it retyped or added.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX English dev 0.8039 → 0.8055 (brand Truly, affiliate WAFB, retailer
// the Fragrance Shop), Universal NER EWT dev unchanged (0.7351).
func kindAppositions(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer, cases wordCases) (_ []annotation.Entity, names []string) {
	oa := capsOf(l).organizationAppositions
	if oa == nil {
		return ents, nil
	}
	toks := doc.Tokens
	var added []annotation.Entity
	j := 0 // the first mention that ends after the current token
	m := 0 // the first mention that starts after token i
	for i := 0; i+1 < len(toks); i++ {
		// Passed over in a loop of their own: the words that are not
		// lower-case or have no name right after them or after a
		// lower-case word after them (a mention, a capitalized word), as
		// most have not. A word more than two tokens before the next
		// name (the next capitalized word, or mention m, which starts
		// after i) has none: the loop goes on to two tokens before it,
		// where m is still the first mention to start after the word.
		for ; i+1 < len(toks); i++ {
			for m < len(ents) && ents[m].First <= i {
				m++
			}
			name := cases.next(i+1, len(toks), capitalizedCase)
			if m < len(ents) {
				name = min(name, ents[m].First)
			}
			i = max(i, name-2)
			if cases.lower(i) && (cases.capitalized(i+1) || m < len(ents) && ents[m].First <= i+2 ||
				cases.lower(i+1) && i+2 < len(toks) && cases.capitalized(i+2)) {
				break
			}
		}
		if i+1 == len(toks) {
			break
		}
		k := i + 1
		if cases.lower(k) && oa.Article(lang.FoldToken(&toks[k], l)) {
			k++
		}
		for j < len(ents) && ents[j].Last <= k {
			j++
		}
		// A name must follow before the noun is looked up: most lower-case
		// words are followed by another.
		named := k < len(toks) && j < len(ents) && ents[j].First == k
		if k >= len(toks) || !named && !cases.capitalized(k) ||
			!oa.KindBefore(lang.FoldToken(&toks[i], l)) || i > 0 && cases.lower(i-1) && oa.Article(lang.FoldToken(&toks[i-1], l)) {
			continue
		}
		switch {
		case named:
			if e := &ents[j]; (e.Type == annotation.Person || e.Type == annotation.Location) && !wideArea(e.ID, g) {
				toOrganization(e)
				names = append(names, e.Text)
			}
		case cases.capitalized(k) && (j == len(ents) || ents[j].First > k):
			end := capitalizedRunEnd(toks, ents, j, k, cases)
			if j < len(ents) && ents[j].First == end {
				continue // a word before a mention: the mention's own
			}
			added = append(added, doc.Mention(k, end, annotation.Organization, 0.5, "rule"))
			names = append(names, added[len(added)-1].Text)
		}
	}
	return mention.MergeByStart(ents, added), names
}

// lowerWord reports whether t is a lower-case word whose folded form is in
// the class that is asks about.
func lowerWord(t *lang.Token, is func(string) bool, l lang.Language) bool {
	return lowerCaseWord(t) && is(lang.FoldToken(t, l))
}
