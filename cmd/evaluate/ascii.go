package main

import (
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// typeASCII writes Turkish as a keyboard without its letters types it:
// the text users get from such keyboards, old systems and social media.
var typeASCII = strings.NewReplacer("ç", "c", "Ç", "C", "ğ", "g", "Ğ", "G", "ı", "i", "İ", "I",
	"ö", "o", "Ö", "O", "ş", "s", "Ş", "S", "ü", "u", "Ü", "U", "â", "a", "Â", "A", "î", "i", "Î", "I", "û", "u", "Û", "U")

// typeSentencesASCII returns sents with every token typed in ASCII
// (typeASCII).
func typeSentencesASCII(sents []annotation.TaggedSentence, l lang.Language) []annotation.TaggedSentence {
	return retyped(sents, l, typeASCII.Replace)
}
