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

	"github.com/varlik/varlik/internal/memo"
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

// Analyze is Analyze, from analyses where it holds word: the readings
// are shared, and callers must not modify them.
func (Turkish) Analyze(word string) []lang.Analysis {
	var buf [64]byte // the key, on the stack for most words
	return analyses.Get(append(buf[:0], word...), func() []lang.Analysis {
		as := Analyze(word)
		return as[:len(as):len(as)] // an append copies
	})
}

// analyses keeps the readings of recent words (Turkish.Analyze), across
// documents. The gazetteer's probe asks for those of a capitalized word
// and of its prefixes that name an organization, the rules and the linker
// for those of names' words, each again in every document that has the
// word, and an analysis walks the word's suffix chains and allocates its
// readings: about 3,000 instructions a word.
var analyses = memo.New[[]lang.Analysis]()

// Upper upper-cases s the Turkish way (i → İ, ı → I).
func (Turkish) Upper(s string) string { return strings.ToUpperSpecial(unicode.TurkishCase, s) }
