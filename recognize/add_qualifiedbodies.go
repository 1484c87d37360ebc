package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// qualifiedLoneBodies adds an organization for a lone body's word
// (lang.LoneBodies: Coalition, Army, Court, Navy) and the one or two
// Title-case words right before it that name which body it is ("the
// Global Coalition", "the High Court", "the Royal Navy"), where no mention
// holds any of them: addLoneBodies takes the word alone, and the tagger,
// which knows the word as a common noun, leaves the name out. The word
// before the run must be a word in lower case (the, wider) or a
// sentence-opening closed-class word (lang.ClosedClassWords: The), so that
// the run does not open its sentence or go on a longer name (not "the Big
// New York Fed"; "the New York Fed", where New York is no mention, is);
// a capitalized word after the body's word goes on the name, which is left
// alone. ents are sorted and non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: re3d 0.7113 → 0.7138 (ORGANIZATION P/R 0.681/0.614 →
// 0.684/0.625: the Global Coalition); UNER EWT dev (0.7729), NTREX English
// dev (0.8651, -doc 10 0.8881), GUM dev, BTC and WNUT-17 dev, the SEC
// filings and NTREX English dev upper-cased unchanged.
func qualifiedLoneBodies(doc *annotation.Document, ents []annotation.Entity, l lang.Language, cases wordCases) []annotation.Entity {
	lb := capsOf(l).loneBodies
	if lb == nil {
		return ents
	}
	cc := capsOf(l).closedClassWords
	toks := doc.Tokens
	var added []annotation.Entity
	j := 0 // the first mention that ends after token first
	for _, s := range doc.Sentences {
		for k := s.First + 2; k < s.Last; k++ {
			// The words' cases and the mentions first, the language's
			// questions (the body's noun, a closed-class opener) last:
			// most title-case words stand alone or in a mention.
			if k = cases.next(k, s.Last, titledCase); k == s.Last {
				break
			}
			if k+1 < s.Last && cases.capitalized(k+1) {
				continue
			}
			first := k
			for first > s.First+1 && k-first < 2 && cases.title(first-1) {
				first--
			}
			if first == k || first == s.First {
				continue
			}
			for j < len(ents) && ents[j].Last <= first {
				j++
			}
			if j < len(ents) && ents[j].First <= k {
				continue // a mention holds a word of it
			}
			if !lb.NamesBody(lang.FoldToken(&toks[k], l)) ||
				!opensLower(&toks[first-1]) && !(first-1 == s.First && closedClass(&toks[first-1], cc, l)) {
				continue
			}
			added = append(added, doc.Mention(first, k+1, annotation.Organization, 0.5, "rule"))
		}
	}
	return mention.MergeByStart(ents, added)
}

// closedClass reports whether t is a closed-class word of l (cc), such as
// a sentence-opening article.
func closedClass(t *lang.Token, cc lang.ClosedClassWords, l lang.Language) bool {
	return cc != nil && t.Kind == lang.Word && cc.ClosedClass(lang.FoldToken(t, l))
}
