package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/link"
	"github.com/varlik/varlik/ner"
)

// addKnownSurnames adds a person's mention for a capitalized word inside a
// sentence, outside every mention, that is the surname of one of the
// gazetteer's well-known people (link.Linker.KnownSurname) and, written in
// lower case, a common word (the lexicon's CommonWord class, or
// lang.DictionaryWords): "On Monday Macron called for calm", "Erdoğan ile
// Bahçeli görüştü". The tagger learned that such a word is no name (macron,
// pence, bahçeli) and misses it, while a common word written with a capital
// inside a sentence seldom is one. Only such surnames: the others the
// tagger finds, and a capitalized word that is no common word (Friday,
// Christian) is as often a day's, a faith's or another name's. The word
// must stand alone, no capitalized word outside mentions on either side
// but its sentence's first, and may not be all capitals or open its
// sentence, where a capital says nothing. The mentions get Source "rule" and score 0.5.
// coveredBuf holds the array the tokens inside mentions are marked in,
// which is left there for the next document.
func addKnownSurnames(doc *annotation.Document, ents []annotation.Entity, l lang.Language, m *ner.Model, linker *link.Linker, cases wordCases, coveredBuf *[]bool) []annotation.Entity {
	if linker == nil {
		return ents
	}
	toks := doc.Tokens
	var covered []bool // made at the first candidate the cheaper tests leave: a document may have none
	capitalAt := func(k int) bool {
		return k >= 0 && k < len(toks) && toks[k].Kind == lang.Word && cases.capitalized(k)
	}
	// listedCapital: a capitalized word outside mentions at k, a comma
	// between: an item of a list of capitalized words (code names, titles).
	listedCapital := func(k, comma int) bool {
		return capitalAt(k) && !covered[k] && toks[comma].Text == ","
	}
	// The tests go from the cheapest to the dearest, all of them asked of
	// every candidate (the order changes no answer): a word's place among
	// mentions and capitals rules out most capitalized words, while the
	// lexicon, the dictionary (thousands of instructions a word in English
	// and Russian) and the surname index are asked only of the rest.
	var added []annotation.Entity
	for _, s := range doc.Sentences {
		first := s.First
		if first < s.Last && opensQuote(toks[first].Text) {
			first++
		}
		// Whether a candidate stands inside a quotation (a title, a
		// slogan), as far as its marks pair, is counted only for a
		// candidate the cheaper tests leave (no capitalized word beside
		// it), and before the mentions' tokens are marked
		// (covered, made for a document that has such a candidate):
		// quoted holds whether the quotation marks of toks[first:quotesTo]
		// are odd in number. Asked of every word before a capitalized one,
		// the marks were a third of the rule's instructions.
		quotesTo, quoted := first, false
		running := 0 // whether the sentence is running text (lowerCaseMostly): 1 yes, -1 no, 0 not asked yet
		for k := cases.next(first+1, s.Last, capitalizedCase); k < s.Last; k = cases.next(k+1, s.Last, capitalizedCase) {
			t := &toks[k]
			if t.Kind != lang.Word || opensClause(toks[k-1].Text) {
				continue
			}
			if capitalAt(k-1) || capitalAt(k+1) {
				continue
			}
			for ; quotesTo < k; quotesTo++ {
				if quoteMark(toks[quotesTo].Text) {
					quoted = !quoted
				}
			}
			if quoted || quoteMark(toks[k-1].Text) { // inside a quotation, or its first word
				continue
			}
			if covered == nil {
				covered = tokensInMentions(*coveredBuf, len(toks), ents)
				*coveredBuf = covered
			}
			if covered[k] || isAcronym(t.Text) {
				continue
			}
			if running == 0 { // asked at the sentence's first candidate: most sentences have none
				running = -1
				if lowerCaseMostly(toks, cases, s) {
					running = 1
				}
			}
			if running < 0 || listedCapital(k-2, k-1) || listedCapital(k+2, k+1) {
				continue // running < 0: a headline or a title, where capitals say nothing
			}
			norm := lang.FoldToken(t, l)
			if !(m != nil && m.WordClasses(norm)&ner.CommonWord != 0 || dictionaryWord(norm, l)) || !linker.KnownSurname(plain(l), t.Text) {
				continue
			}
			if e := doc.Mention(k, k+1, annotation.Person, 0.5, "rule"); plausible(&e) {
				added = append(added, e)
			}
		}
	}
	if len(added) == 0 {
		return ents
	}
	return mention.MergeByStart(ents, added)
}

// tokensInMentions reports for each of n tokens whether a mention of ents
// holds it, in into's array when it has room.
func tokensInMentions(into []bool, n int, ents []annotation.Entity) []bool {
	in := resized(into, n)
	clear(in)
	for _, e := range ents {
		for k := max(e.First, 0); k < min(e.Last, n); k++ {
			in[k] = true
		}
	}
	return in
}

// lowerCaseMostly reports whether sentence s has two words or more that
// start in lower case and at least half as many as start with a capital
// (cases tells which): running text, not a headline or a title in title
// case.
func lowerCaseMostly(toks []lang.Token, cases wordCases, s lang.Sentence) bool {
	lower, upper := 0, 0
	for i := s.First; i < s.Last; i++ {
		switch {
		case toks[i].Kind != lang.Word:
		case cases.capitalized(i):
			upper++
		default:
			lower++
		}
	}
	return lower >= 2 && 2*lower >= upper
}

// quoteMark reports whether s is a quotation mark, after which a word is
// capitalized as its quotation's first.
func quoteMark(s string) bool {
	switch s {
	case `"`, "'", "“", "”", "‘", "’", "«", "„", "‹":
		return true
	}
	return false
}

// opensClause reports whether s is punctuation after which a word may be
// capitalized as a clause's, an item's or a sentence's first (where text
// came as one sentence: "Kim şahitti ?" after a question in a
// pre-tokenized line).
func opensClause(s string) bool {
	switch s {
	case ":", ";", "(", "[", "-", "–", "—", "•", ".", "?", "!", "…":
		return true
	}
	return false
}
