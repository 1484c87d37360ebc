package ru

import (
	_ "embed"

	"github.com/varlik/varlik/lang"
)

var _ lang.DictionaryWords = Russian{}

// commonWordsText is the Russian Hunspell dictionary's words written in
// lower case only, folded and sorted, one a line after the comment lines
// (internal/gencommon). They are citation forms (авария, цунами, пара):
// the words a sentence opening with a noun in the nominative, as Russian's
// free word order often has it ("Авария произошла ..."), starts with.
//
//go:generate go run ./internal/gencommon -dict /usr/share/hunspell/ru_RU.dic -data ../../../shared/data -o data/common_words.txt
//go:generate go test -run TestDictionaryWordsIndex -update .
//go:embed data/common_words.txt
var commonWordsText string

// commonWordsIndex is commonWordsText's table (lang.IndexedWords), made at
// generate time: the rules ask the list of many a capitalized word, and
// bisecting its 2.9 MB had cost 3.5% of Russian extraction.
//
//go:embed data/common_words.idx
var commonWordsIndex string

var dictionaryWords = lang.NewIndexedWords(commonWordsText, commonWordsIndex)

// DictionaryWord reports whether norm, a folded word, is a word that the
// Russian dictionary lists in lower case only (lang.DictionaryWords):
// авария, цунами, пара; not a name the dictionary also writes with a
// capital, nor a given name (lang.GivenNames: вера, роман, лев, which
// the dictionary lists only as common nouns). Only the form itself is
// looked up, never a stem Analyze guesses for it: the genitive plural of a
// noun is many a surname's nominative (Соколов, Орлов).
func (r Russian) DictionaryWord(norm string) bool {
	return norm != "" && dictionaryWords.Has(norm) && !r.GivenName(norm)
}
