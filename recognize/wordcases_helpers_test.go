package recognize

import "github.com/varlik/varlik/lang"

// wordCasesOf returns the wordCases of toks, as Recognize makes them for
// its stages (in pooled arrays there).
func wordCasesOf(toks []lang.Token) wordCases {
	return fillWordCases(make(wordCases, len(toks)), toks)
}

// wordCuesOf returns the wordCues of toks in l, as Recognize makes them.
func wordCuesOf(toks []lang.Token, l lang.Language) wordCues {
	return fillWordCues(make([]lang.WordCues, len(toks)), toks, l)
}
