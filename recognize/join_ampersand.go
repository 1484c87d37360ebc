package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// maxAmpersandWords bounds the capitalized words taken on each side of an
// ampersand ("Procter & Gamble", "Standard & Poor", "Marks & Spencer").
const maxAmpersandWords = 3

// ampersandNames makes capitalized words joined by an ampersand one
// organization: "Marks & Spencer", "Standard & Poor 's", "Ernst & Young".
// A firm, a shop or an agency is named so after its founders; people are
// joined by "and" in running text. The tagger reads the two sides as two
// people or leaves them out. The mentions inside the name give way to it;
// a mention that goes on past it leaves it alone, and so does a side the
// gazetteer knows as a country, a region or a territory (Bosnia &
// Herzegovina, Trinidad & Tobago) or a name the gazetteer knows whole as a
// place. In a sentence in title case, where most words are capitalized
// ("Plumbing Air Conditioning & Electric Repairs"), capitals say nothing,
// and no name is made. Two given names alone ("Steve & Anne", lang.GivenNames)
// are two people, unless a possessive or a capitalized word follows (Ben &
// Jerry 's, Ben & Jerry Foods). An article opening a side's run is no part of the name ("The
// Marks & Spencer store": lang.OrganizationAppositions). ents are sorted
// and non-overlapping, and stay so; it returns the texts of the names it
// made or retyped, for spreadOrganizations.
func ampersandNames(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) (_ []annotation.Entity, names []string) {
	toks := doc.Tokens
	art := capsOf(l).organizationAppositions
	gn := capsOf(l).givenNames
	var added []annotation.Entity
	var drop [][2]int
	k := 0                       // the first mention not ending before the current name
	checked, titled := -1, false // the sentence last asked whether it is in title case, and its answer
	si := 0                      // the sentence of token i
	for i := 1; i+1 < len(toks); i++ {
		if i = nextMark(doc, i, len(toks)-1, "&"); i+1 == len(toks) {
			break
		}
		if !capitalizedWord(&toks[i-1]) || !capitalizedWord(&toks[i+1]) ||
			len(toks[i-1].Text) == 1 && len(toks[i+1].Text) == 1 {
			// Single letters are an abbreviation's (R & D, Q & A, B & B).
			continue
		}
		if gn != nil && givenPair(toks, i, gn, l) {
			continue
		}
		for si+1 < len(doc.Sentences) && doc.Sentences[si].Last <= i {
			si++
		}
		if checked != si && si < len(doc.Sentences) {
			checked, titled = si, titleCased(toks[doc.Sentences[si].First:doc.Sentences[si].Last])
		}
		if titled {
			continue
		}
		first := i - 1
		for first > 0 && i-first < maxAmpersandWords && capitalizedWord(&toks[first-1]) {
			first--
		}
		if art != nil && first < i-1 && art.Article(lang.FoldToken(&toks[first], l)) {
			first++
		}
		last := i + 2
		for last < len(toks) && last-i <= maxAmpersandWords && capitalizedWord(&toks[last]) {
			last++
		}
		for k < len(ents) && ents[k].Last <= first {
			k++
		}
		m, ok := k, true
		for ; m < len(ents) && ents[m].First < last; m++ {
			e := &ents[m]
			ok = ok && e.First >= first && e.Last <= last && !(e.Type == annotation.Location && wideArea(e.ID, g))
		}
		ok = ok && !anyPlace(doc.Text[toks[first].Start:toks[last-1].End], g)
		if !ok {
			i = last - 1
			continue
		}
		switch {
		case m == k+1 && ents[k].First == first && ents[k].Last == last:
			if ents[k].Type != annotation.Organization {
				toOrganization(&ents[k])
				names = append(names, ents[k].Text)
			}
		default:
			if m > k {
				drop = append(drop, [2]int{k, m})
			}
			added = append(added, doc.Mention(first, last, annotation.Organization, 0.5, "rule"))
			names = append(names, added[len(added)-1].Text)
		}
		k = m
		i = last - 1
	}
	ents = dropRanges(ents, drop)
	return mention.MergeByStart(ents, added), names
}

// titleCased reports whether more words of toks are capitalized than not.
func titleCased(toks []lang.Token) bool {
	upper, lower := 0, 0
	for i := range toks {
		switch {
		case capitalizedWord(&toks[i]):
			upper++
		case toks[i].Kind == lang.Word:
			lower++
		}
	}
	return upper > lower
}

// givenPair reports whether the ampersand toks[i] joins two given names
// alone, one word on each side with no capitalized word before or after
// and no possessive after (gn: the language's given names).
func givenPair(toks []lang.Token, i int, gn lang.GivenNames, l lang.Language) bool {
	if i >= 2 && capitalizedWord(&toks[i-2]) || i+2 < len(toks) && (capitalizedWord(&toks[i+2]) || toks[i+2].Kind == lang.Suffix) {
		return false
	}
	return gn.GivenName(lang.FoldToken(&toks[i-1], l)) && gn.GivenName(lang.FoldToken(&toks[i+1], l))
}
