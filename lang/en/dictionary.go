package en

import (
	_ "embed"
	"sort"
	"strings"
	"sync"

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

// commonWords is commonWordsText's words, sorted: split once, on the first
// question, and searched.
var commonWords = sync.OnceValue(func() []string {
	lines := strings.Split(strings.TrimSpace(commonWordsText), "\n")
	for len(lines) > 0 && strings.HasPrefix(lines[0], "#") {
		lines = lines[1:]
	}
	return lines
})

// DictionaryWord reports whether norm, a folded word, is a dictionary word
// that the dictionary never capitalizes (lang.DictionaryWords): applause,
// kudos, slope; not heather or mary.
func (English) DictionaryWord(norm string) bool {
	words := commonWords()
	i := sort.SearchStrings(words, norm)
	return i < len(words) && words[i] == norm
}
