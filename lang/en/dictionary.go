package en

import (
	_ "embed"

	"github.com/varlik/varlik/lang"
)

var _ lang.DictionaryWords = English{}

// commonWordsText is SCOWL's American English words written in lower
// case only, sorted, one a line after two comment lines
// (internal/gencommon).
//
//go:generate go run ./internal/gencommon -dict /usr/share/dict/american-english -o data/common_words.txt
//go:embed data/common_words.txt
var commonWordsText string

// commonWordsIndex is commonWordsText's table (lang.IndexedWords), made at
// generate time (after both lists, in storms.go): the rules ask the list
// of many a capitalized word.
//
//go:embed data/common_words.idx
var commonWordsIndex string

var commonWords = lang.NewIndexedWords(commonWordsText, commonWordsIndex)

// DictionaryWord reports whether norm, a folded word, is a dictionary word
// that the dictionary never capitalizes (lang.DictionaryWords): applause,
// kudos, slope; not heather or mary.
func (English) DictionaryWord(norm string) bool {
	return commonWords.Has(norm)
}
