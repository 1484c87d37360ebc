package recognize

import "github.com/varlik/varlik/lang"

// wordCues holds the lang.WordCues of each token of a document, by token
// index: the answers of the language's predicates that the rules asked of
// nearly every token (sportsSentence, kindEndsOf, brandsBeforePossessive,
// nextKindNoun, sentenceScripts), each behind an interface call. Recognize makes it with wordCases, once
// the tokens are truecased, in one call into the language
// (lang.TokenCues). Its tokens' cues are nil for a language that has none
// of the predicates; a rule that reads them asks first whether its
// language has its predicate.
type wordCues struct {
	of    []lang.WordCues // by token index
	union lang.WordCues   // the union of of's: a rule passes by a document without its cue
}

// wordCuesOf returns the wordCues of toks in l.
func wordCuesOf(toks []lang.Token, l lang.Language) wordCues {
	tc := capsOf(l).tokenCues
	if tc == nil {
		return wordCues{}
	}
	cues := wordCues{of: make([]lang.WordCues, len(toks))}
	cues.union = tc.TokenCues(toks, cues.of)
	return cues
}

// has reports whether a token has a cue of want.
func (c wordCues) has(want lang.WordCues) bool { return c.union&want != 0 }

// next returns the first token from k on, before end, whose cues have a
// bit of want, or end (see wordCases.next).
func (c wordCues) next(k, end int, want lang.WordCues) int {
	for k < end && c.of[k]&want == 0 {
		k++
	}
	return k
}

// askedCues gives the lang.WordCues of a language that does not give them
// at once (no lang.TokenCues) but has some of their predicates, by asking
// each predicate it has of each token.
type askedCues struct{ l *language }

// hasCuePredicates reports whether c has a predicate of lang.WordCues.
func hasCuePredicates(c *language) bool {
	return c.sportsWords != nil || c.sharedSportsWords != nil || c.brandPossessives != nil ||
		c.kindAfterNames != nil || c.kindAfterRange != nil || c.organizationKinds != nil || c.foreignScriptNames != nil
}

// TokenCues implements lang.TokenCues.
func (a askedCues) TokenCues(toks []lang.Token, cues []lang.WordCues) (union lang.WordCues) {
	c := a.l
	for i := range toks {
		norm := lang.FoldToken(&toks[i], c)
		var w lang.WordCues
		if c.sportsWords != nil && c.sportsWords.SportsWord(norm) {
			w |= lang.SportsWordCue
		}
		if c.sportNames != nil && c.sportNames.SportName(norm) {
			w |= lang.SportNameCue
		}
		if c.sharedSportsWords != nil && c.sharedSportsWords.SharedSportsWord(norm) {
			w |= lang.SharedSportsWordCue
		}
		if c.brandPossessives != nil && c.brandPossessives.BrandPossessive(norm) {
			w |= lang.BrandPossessiveCue
		}
		if c.kindAfterNames != nil && c.kindAfterNames.AnnouncesKind(norm) {
			w |= lang.AnnouncesKindCue
		}
		if c.kindAfterRange != nil && c.kindAfterRange.ClosesRange(norm) {
			w |= lang.ClosesRangeCue
		}
		if c.organizationKinds != nil && c.organizationKinds.IntroducesExamples(norm) {
			w |= lang.IntroducesExamplesCue
		}
		if c.foreignScriptNames != nil && c.foreignScriptNames.ForeignScript(toks[i].Text) {
			w |= lang.ForeignScriptCue
		}
		cues[i] = w
		union |= w
	}
	return union
}
