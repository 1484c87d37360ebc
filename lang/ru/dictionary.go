package ru

import (
	_ "embed"
	"strings"

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
//go:embed data/common_words.txt
var commonWordsText string

// dictionaryLines is commonWordsText less its comment lines: sorted
// words, each ended by a line break.
var dictionaryLines = func() string {
	s := commonWordsText
	for strings.HasPrefix(s, "#") {
		_, s, _ = strings.Cut(s, "\n")
	}
	return s
}()

// inSortedLines reports whether word is one of the lines of s, which are
// sorted and each ended by a line break. It searches the bytes of s
// directly, reading the lines around a few probes: an index of the
// 127,000 lines, made on the first question, cost a Russian program
// tagging one sentence 5 MB and the time to read all 2.8 MB.
func inSortedLines(s, word string) bool {
	lo, hi := 0, len(s) // s[lo:hi] is whole lines
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := lo + strings.LastIndexByte(s[lo:mid], '\n') + 1
		end := hi
		if i := strings.IndexByte(s[mid:hi], '\n'); i >= 0 {
			end = mid + i
		}
		switch line := s[start:end]; {
		case line == word:
			return true
		case line < word:
			lo = end + 1
		default:
			hi = start
		}
	}
	return false
}

// DictionaryWord reports whether norm, a folded word, is a word that the
// Russian dictionary lists in lower case only (lang.DictionaryWords):
// авария, цунами, пара; not a name the dictionary also writes with a
// capital, nor a given name (lang.GivenNames: вера, роман, лев, which
// the dictionary lists only as common nouns). Only the form itself is
// looked up, never a stem Analyze guesses for it: the genitive plural of a
// noun is many a surname's nominative (Соколов, Орлов).
func (r Russian) DictionaryWord(norm string) bool {
	return norm != "" && inSortedLines(dictionaryLines, norm) && !r.GivenName(norm)
}
