// Package tr is varlik's Turkish: a tokenizer and sentence splitter that
// keep exact byte offsets (Tokenize, Sentences), Turkish case folding
// (Fold: İ→i, I→ı, NFC), nominal morphology for matching (Analyze), and
// what Turkish knows about the words around names (Cue, JoinsNames,
// IsOriginSuffix; see the optional interfaces of package lang), and the
// reading of Turkish typed in ASCII (RestoreNorms: Basbakan → başbakan).
//
// Importing the package registers Turkish{} with lang.Register under "tr".
package tr

import (
	"context"
	"strings"
	"unicode"

	"github.com/varlik/varlik/lang"
)

func init() { lang.Register(Turkish{}) }

// Turkish implements lang.Language and the optional lang.NameCues,
// lang.FunctionWords, lang.OriginSuffixes, lang.OriginWords and
// lang.OrganizationContext for Turkish. The zero value
// is ready to use and safe for concurrent use.
type Turkish struct{}

// Interface checks.
var (
	_ lang.Language                = Turkish{}
	_ lang.NameCues                = Turkish{}
	_ lang.FunctionWords           = Turkish{}
	_ lang.OriginSuffixes          = Turkish{}
	_ lang.OrganizationContext     = Turkish{}
	_ lang.OrganizationOwnedBefore = Turkish{}
	_ lang.OriginWords             = Turkish{}
	_ lang.UpperCaser              = Turkish{}
)

// Code returns "tr".
func (Turkish) Code() string { return "tr" }

// Tokenize is Tokenize.
func (Turkish) Tokenize(text string) []lang.Token { return Tokenize(text) }

// TokenizeContext implements lang.ContextTokenizer.
func (Turkish) TokenizeContext(ctx context.Context, text string) ([]lang.Token, error) {
	return TokenizeContext(ctx, text)
}

// Sentences is Sentences.
func (Turkish) Sentences(text string, tokens []lang.Token) []lang.Sentence {
	return Sentences(text, tokens)
}

// Fold is Fold.
func (Turkish) Fold(s string) string { return Fold(s) }

// Analyze is Analyze.
func (Turkish) Analyze(word string) []lang.Analysis { return Analyze(word) }

// Upper upper-cases s the Turkish way (i → İ, ı → I).
func (Turkish) Upper(s string) string { return strings.ToUpperSpecial(unicode.TurkishCase, s) }
