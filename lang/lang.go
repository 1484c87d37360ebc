// Package lang is the ground floor of varlik: tokens with exact byte offsets,
// sentence boundaries, case folding and nominal morphology, behind one
// Language interface that each language package (lang/tr, lang/en, lang/ru)
// implements and registers.
//
// Invariant: for every Token t produced from an input string s by any
// Tokenizer in this module, s[t.Start:t.End] == t.Text, with Start and End
// UTF-8 byte offsets into s itself (never into a normalized copy). The same
// holds for every Sentence. lang imports neither gazetteer nor entity.
package lang

import (
	"context"
	"sort"
	"sync"
)

// Kind classifies a token.
type Kind uint8

// Token kinds. The set follows Zemberek's token types, reduced to what
// entity extraction needs.
const (
	Word         Kind = iota // a word made of letters (and inner hyphens or dots)
	Number                   // 42, 3,5, 1.250.000
	Punct                    // . , ; : ! ? ( ) " « » -- …
	Symbol                   // $ € & + = and other symbols
	URL                      // https://example.com/x, www.example.com
	Email                    // ad@example.com
	Hashtag                  // #Ankara
	Mention                  // @AA_Haber
	Abbreviation             // Dr. Prof. T.C. vb. ABD
	Date                     // 2025-11-04, 04.11.2025
	Time                     // 14.30, 09:15
	Ordinal                  // 30. 1'inci
	Percent                  // %5,2 5%
	Suffix                   // an apostrophe suffix split off a word: 'in, ’da; or one written without it (GluedSuffixes)
	Emoji                    // 🙂
	Other                    // anything else (control characters, invalid UTF-8 bytes)
)

var kindNames = [...]string{"word", "number", "punct", "symbol", "url", "email",
	"hashtag", "mention", "abbreviation", "date", "time", "ordinal", "percent",
	"suffix", "emoji", "other"}

// MarshalText writes a Kind by its name ("word"), so that tokens read well
// in JSON.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// String returns the kind's name ("word", "suffix", ...).
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind?"
}

// Token is one token of an input text.
type Token struct {
	Text  string `json:"text"`  // input[Start:End]
	Start int    `json:"start"` // byte offset of the first byte
	End   int    `json:"end"`   // byte offset one past the last byte
	Kind  Kind   `json:"kind"`
	// Norm is the token folded for matching: NFC, then the language's case
	// folding (Turkish İ→i, I→ı), typographic apostrophes as '. It may differ
	// from Text in length; it is never used for offsets. A token longer
	// than MaxFoldBytes is not folded: its Norm is its Text (see FoldShort).
	// In a text written without some of its language's letters, a word the
	// language knows has its Norm as the language writes it (NormRestorer).
	Norm string `json:"-"`
}

// Sentence is a span of tokens. Tokens[First:Last] are its tokens, and
// input[Start:End] its text (from the first token's start to the last
// token's end).
type Sentence struct {
	Start int `json:"start"` // byte offset of the first token
	End   int `json:"end"`   // byte offset one past the last token
	First int `json:"first"` // index of the first token
	Last  int `json:"last"`  // index one past the last token
}

// Analysis is one reading of a word as a stem plus a suffix chain.
type Analysis struct {
	Stem     string   // folded stem, e.g. "rusya" for "rusya'nın", "bakanlık" for "bakanlığının"
	Suffixes []string // the suffix morphemes in order, e.g. ["P3sg", "Gen"]
	Case     string   // the grammatical case the chain ends in ("Nom" when uninflected)
}

// StemParts is a stem that a Morphology proposes for a word, as two
// strings: Base, a prefix of the word, and the Ending that follows it in
// the stem.
type StemParts struct {
	Base, Ending string
}

// Tokenizer splits a text into tokens and sentences.
type Tokenizer interface {
	// Tokenize returns the tokens of text, in order, non-overlapping, each
	// meeting the offset invariant. Whitespace is not a token.
	Tokenize(text string) []Token
	// Sentences groups tokens (as returned by Tokenize for text) into
	// sentences covering every token exactly once.
	Sentences(text string, tokens []Token) []Sentence
}

// ContextTokenizer is implemented by a tokenizer that can stop part way
// through a long text: TokenizeContext returns Tokenize's tokens, or nil
// and ctx.Err() soon after ctx is done. Callers use it for texts with no
// paragraph break to cut at (a paragraph break is the only cut point at
// which tokenizing the pieces equals tokenizing the whole).
type ContextTokenizer interface {
	TokenizeContext(ctx context.Context, text string) ([]Token, error)
}

// NormRestorer is implemented by a language often written without some of
// its letters, as Turkish is where a keyboard or a system lacks ç, ğ, ı,
// ö, ş and ü ("Basbakan Istanbul'da konustu"). When text is written so,
// RestoreNorms sets the Norm of the words it can read to the words as the
// language writes them (başbakan, istanbul, konuştu), so that the stages
// that read Norm (the tagger's word features, gazetteer matching, cue
// words, morphology) see words they know. It changes nothing else: Text,
// Start, End and Kind stay the input's; and nothing at all in a text that
// is not written so. It returns ctx.Err() soon after ctx is done, the
// tokens then restored in part.
type NormRestorer interface {
	RestoreNorms(ctx context.Context, text string, tokens []Token) error
}

// GluedSuffixes is implemented by a language whose names take their
// suffixes after an apostrophe (ApostropheSuffixes) where a text may drop
// it, as informal, hasty or social-media Turkish writes Ankara'da as
// "Ankarada". SplitGluedSuffixes returns toks, the tokens of text (sents
// its sentences: a word that opens one may be an ordinary word
// capitalized), with each word it reads as a name and such a suffix split
// in two, as the apostrophe would have split it: the name a Word, the
// suffix a Suffix token whose Norm is the suffix's with its apostrophe
// ("da" reads "'da"), so that the stages that read Norm read what they
// read in the text with the apostrophe (those that read the text, such
// as the tagger's word shapes, see the suffix as written). Offsets stay
// exact. It returns toks
// itself, unchanged, when it splits no word, as in a text that writes
// its apostrophes; and ctx.Err(), with no tokens, soon after ctx is done.
type GluedSuffixes interface {
	SplitGluedSuffixes(ctx context.Context, text string, toks []Token, sents []Sentence) ([]Token, error)
}

// Morphology analyses an inflected word into candidate stems.
type Morphology interface {
	// Analyze returns the readings of a folded word (Token.Norm), the
	// uninflected reading first when the word itself is a plausible stem.
	// It never returns nil for a non-empty word: the word itself is always a
	// candidate stem. The readings may be shared with other callers (a
	// language may keep recent words' readings): read them, do not modify
	// them.
	Analyze(word string) []Analysis
}

// Language bundles what the rest of varlik needs to know about one
// language. Implementations are safe for concurrent use.
type Language interface {
	Tokenizer
	Morphology
	// Code is the BCP 47 code, e.g. "tr".
	Code() string
	// Fold case-folds and normalizes s for matching (the same mapping that
	// fills Token.Norm).
	Fold(s string) string
}

var (
	registryMu sync.RWMutex
	registry   = map[string]Language{}
)

// Register makes a Language available under its Code. Language packages
// call it from init; a later registration of the same code replaces the
// earlier one, and should come before any text is tagged: the linker's
// and the recognizer's memos keep answers across documents by language
// code, as the answers of one language for the life of a process.
func Register(l Language) {
	registryMu.Lock()
	defer registryMu.Unlock()
	registry[l.Code()] = l
}

// Get returns the registered Language for code, or false.
func Get(code string) (Language, bool) {
	registryMu.RLock()
	defer registryMu.RUnlock()
	l, ok := registry[code]
	return l, ok
}

// Codes lists the registered language codes, sorted.
func Codes() []string {
	registryMu.RLock()
	defer registryMu.RUnlock()
	codes := make([]string, 0, len(registry))
	for c := range registry {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	return codes
}
