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

// fillWordCues returns the wordCues of toks in l, its cues in of, which
// is as long as toks; of is not used for a language with no cues.
func fillWordCues(of []lang.WordCues, toks []lang.Token, l lang.Language) wordCues {
	tc := capsOf(l).tokenCues
	if tc == nil {
		return wordCues{}
	}
	return wordCues{of: of, union: tc.TokenCues(toks, of)}
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
