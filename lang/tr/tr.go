// Package tr is varlik's Turkish: a tokenizer and sentence splitter that
// keep exact byte offsets (Tokenize, Sentences), Turkish case folding
// (Fold: İ→i, I→ı, NFC) and nominal morphology for matching (Analyze).
//
// Importing the package registers Language with lang.Register under "tr".
package tr

import "github.com/varlik/varlik/lang"

// Language is Turkish as a lang.Language.
var Language lang.Language = turkish{}

func init() { lang.Register(Language) }

type turkish struct{}

func (turkish) Code() string                      { return "tr" }
func (turkish) Tokenize(text string) []lang.Token { return Tokenize(text) }
func (turkish) Sentences(text string, tokens []lang.Token) []lang.Sentence {
	return Sentences(text, tokens)
}
func (turkish) Fold(s string) string                { return Fold(s) }
func (turkish) Analyze(word string) []lang.Analysis { return Analyze(word) }
