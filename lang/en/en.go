// Package en is varlik's English language package: tokens with exact byte
// offsets from prose v3's tokenizer, sentences by rule (see Sentences),
// case folding, a minimal possessive/plural analysis for matching, and the
// word classes varlik's recognizer asks (cues, titles, given names). prose's
// named-entity recognizer is in lang/en/prosener, apart, so that a program
// that imports this package does not link its models.
//
// Invariant: for every Token t and Sentence s produced from an input string
// in, in[t.Start:t.End] == t.Text and in[s.Start:s.End] is the sentence text,
// in UTF-8 byte offsets into in itself. prose v3 never rewrites its input
// (curly quotes stay curly), so its offsets are used as they are.
//
// Importing this package registers the English Language under "en".
package en

import (
	"context"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tokenize"
	"golang.org/x/text/unicode/norm"

	"github.com/varlik/varlik/lang"
)

func init() { lang.Register(English{}) }

var _ lang.NameCues = English{}

// English implements lang.Language for English. The zero value is ready to
// use and safe for concurrent use.
type English struct{}

// Code returns "en".
func (English) Code() string { return "en" }

// proseTokenizer is built once: prose's tokenizer is immutable after New.
var proseTokenizer = sync.OnceValue(func() *tokenize.Tokenizer { return tokenize.New() })

// Tokenize splits text with prose's English tokenizer (contractions and
// possessives split off: Russia's → Russia + 's; Corp. and Bros. kept
// whole, as Inc. is) and classifies each token.
// An apostrophe clitic glued to the previous word ('s, ', n't, 'll, ...) has
// Kind lang.Suffix, so an entity span can end before it.
func (l English) Tokenize(text string) []lang.Token {
	toks, _ := l.TokenizeContext(context.Background(), text) // never done: no error
	return toks
}

// TokenizeContext is Tokenize that stops with ctx.Err() soon after ctx is
// done (lang.ContextTokenizer).
func (English) TokenizeContext(ctx context.Context, text string) ([]lang.Token, error) {
	t := tokenizer{text: text, toks: lang.MakeTokens(text), norms: lang.NewNormArena(len(text)), prevEnd: -1}
	if err := proseTokens(ctx, text, t.take, t.takeLower); err != nil {
		return nil, err
	}
	return t.toks, nil
}

// tokenizer turns prose's tokens of text into lang.Tokens.
type tokenizer struct {
	text     string
	toks     []lang.Token
	norms    lang.NormArena // the tokens' folded forms
	prevEnd  int            // end of the last token taken, or -1
	prevWord bool           // the last token taken is a Word or Abbreviation
	quoted   bool           // an opening single quote awaits its closing one
}

// take adds prose's token text[start:end], classified, with the marks
// prose glues to words split off.
func (t *tokenizer) take(start, end int) {
	text := t.text
	if k, capital, ok := classifyAlnum(text[start:end]); ok {
		// Most tokens: an ASCII word or number, which is no name with a
		// dot, opening quote, clitic or sentence mark.
		t.addAlnum(start, end, k, capital)
		t.prevEnd, t.prevWord = end, k == lang.Word || k == lang.Abbreviation
		return
	}
	if ShortNameWithDot(text[start:end]) {
		// prose keeps any Xx. or Xxx. whole (as if Mr.); for a name such
		// as Li, Xi or Yi the dot ends the sentence and must not join the
		// name, or the entity span would include it.
		t.add(start, end-1, lang.Word)
		t.add(end-1, end, lang.Punct)
		t.prevEnd, t.prevWord = end, false
		return
	}
	if openingQuote(text[start:end]) {
		// prose glues a straight opening quote to its word ('Operation
		// Sunrise'): the quote is a mark of its own, outside any name.
		t.add(start, start+1, lang.Punct)
		start, t.quoted = start+1, true
	}
	word := text[start:end]
	if word == "." && t.joinsLongAbbreviation(start) {
		return
	}
	k := classify(word)
	if t.prevWord && isClitic(word) && (start == t.prevEnd || spacedPossessive(text[t.prevEnd:start], word)) {
		k = lang.Suffix
		if t.quoted && (word == "'" || word == "’") && !possessiveInQuote(text, end, t.toks[len(t.toks)-1].Text, word) {
			k, t.quoted = lang.Punct, false // the quote closes: 'sorry'
		}
	}
	switch word {
	case "‘":
		t.quoted = true
	case ".", "!", "?":
		t.quoted = false // a quote left open does not reach past its sentence
	}
	t.add(start, end, k)
	t.prevEnd, t.prevWord = end, k == lang.Word || k == lang.Abbreviation
}

// joinsLongAbbreviation glues the period at start to the word right before
// it, when that word is a business abbreviation of four letters or more
// that prose splits from its period (Corp., Bros.: it keeps only Mr.-like
// words of two or three letters whole), as Inc. and Co. stay whole: the
// company's name then ends with its legal form as written, and the tagger
// sees the token its training text spells. It reports whether it did.
func (t *tokenizer) joinsLongAbbreviation(start int) bool {
	n := len(t.toks)
	if n == 0 || t.prevEnd != start || !t.prevWord {
		return false
	}
	prev := &t.toks[n-1]
	if prev.Kind != lang.Word || !longAbbreviations[prev.Text] {
		return false
	}
	t.toks = t.toks[:n-1]
	t.add(prev.Start, start+1, lang.Abbreviation)
	t.prevEnd = start + 1
	return true
}

// longAbbreviations are the business abbreviations of four letters or more
// that take a period, as written.
var longAbbreviations = map[string]bool{"Corp": true, "Bros": true}

// takeLower is take of a token of ASCII lower-case letters alone: a
// Word, its own Norm.
func (t *tokenizer) takeLower(start, end int) {
	t.addAlnum(start, end, lang.Word, false)
	t.prevEnd, t.prevWord = end, true
}

// add appends the token text[start:end] of Kind k.
func (t *tokenizer) add(start, end int, k lang.Kind) {
	if len(t.toks) == cap(t.toks) {
		t.toks = lang.GrowTokens(t.toks, end, len(t.text))
	}
	s := t.text[start:end]
	t.toks = append(t.toks, lang.Token{Text: s, Start: start, End: end, Kind: k, Norm: foldInto(&t.norms, s)})
}

// addAlnum is add of a token of ASCII letters and digits, with a capital
// letter or not: its Norm is foldInto's without foldInto's look at each
// byte.
func (t *tokenizer) addAlnum(start, end int, k lang.Kind, capital bool) {
	if len(t.toks) == cap(t.toks) {
		t.toks = lang.GrowTokens(t.toks, end, len(t.text))
	}
	s := t.text[start:end]
	norm := s
	if capital && len(s) <= lang.MaxFoldBytes {
		norm, _ = t.norms.Fold(s, len(s), appendLowerASCII)
	}
	// Written in place: append of a Token literal built it on the stack,
	// zeroed first, and copied it.
	t.toks = t.toks[:len(t.toks)+1]
	tok := &t.toks[len(t.toks)-1]
	tok.Text, tok.Start, tok.End, tok.Kind, tok.Norm = s, start, end, k, norm
}

// foldInto returns lang.FoldShort(s, fold), an ASCII word's lower-cased
// bytes in the arena.
func foldInto(a *lang.NormArena, s string) string {
	if len(s) > lang.MaxFoldBytes {
		return s
	}
	upper := false
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			return fold(s)
		} else if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if !upper {
		return s
	}
	f, _ := a.Fold(s, len(s), appendLowerASCII)
	return f
}

func appendLowerASCII(b []byte, s string) ([]byte, bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b, true
}

// Fold normalizes s for matching: NFC, Unicode lower case, typographic
// apostrophes (’ ‘ ʼ) as '.
func (English) Fold(s string) string { return fold(s) }

func fold(s string) string {
	// Most words the rules fold are ASCII, which strings.ToLower lowers
	// byte by byte (s itself when it has no capital), as strings.Map with
	// foldRune would, which decoded every rune and asked unicode.ToLower:
	// 980 instructions a call.
	if isASCII(s) {
		return strings.ToLower(s)
	}
	for _, r := range s {
		if r >= 0x300 { // below U+0300 nothing changes or combines under NFC
			s = norm.NFC.String(s)
			break
		}
	}
	return strings.Map(foldRune, s) // returns s itself when nothing changes
}

func foldRune(r rune) rune {
	switch r = unicode.ToLower(r); r {
	case '\u2019', '\u2018', '\u02bc':
		return '\''
	}
	return r
}

// spacedPossessive reports whether tok, after the space gap, is the
// possessive 's written apart from its word, as tokenized corpora write it
// ("Seattle 's Ken Griffey"): the same suffix as "Seattle's". Read as a
// word, it made the tagger find no name in the sentence at all.
func spacedPossessive(gap, tok string) bool {
	if gap != " " {
		return false
	}
	switch fold(tok) {
	case "'s", "’s":
		return true
	}
	return false
}

// maxQuoteAhead bounds the bytes possessiveInQuote reads ahead for a
// quote's close: a quoted phrase is a few words.
const maxQuoteAhead = 400

// possessiveInQuote reports whether mark, an apostrophe ending at
// text[end] after the word prev inside a quoted phrase, is a plural
// possessive's ('the players' shirts'), not the quote's close: prev ends
// in s, a word follows after a space, and further on in the sentence the
// same mark may close the quote (after a letter, before none: not the
// clitic of don't or it's) before another quote opens with it.
func possessiveInQuote(text string, end int, prev, mark string) bool {
	if !strings.HasSuffix(prev, "s") && !strings.HasSuffix(prev, "S") || !strings.HasPrefix(text[end:], " ") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text[end+1:]); !unicode.IsLetter(r) {
		return false
	}
	ahead := text[end+1 : min(len(text), end+1+maxQuoteAhead)]
	for i := 0; i < len(ahead); {
		r, n := utf8.DecodeRuneInString(ahead[i:])
		switch {
		case r == '.' || r == '!' || r == '?' || r == '\n':
			return false // a quote left open does not reach past its sentence
		case strings.HasPrefix(ahead[i:], mark) && i > 0:
			before, _ := utf8.DecodeLastRuneInString(ahead[:i])
			after, _ := utf8.DecodeRuneInString(ahead[i+len(mark):])
			switch {
			case unicode.IsLetter(before) && !unicode.IsLetter(after):
				return true
			case !unicode.IsLetter(before) && unicode.IsLetter(after):
				return false // a new quote opens: this one closed ('Wolves' beat the 'Saints')
			}
		}
		i += n
	}
	return false
}

// openingQuote reports whether a token of prose's is a straight single
// quote glued to the word it opens ('sorry, 'Operation, 'Ángel): a letter
// follows it, and it is no clitic ('s, 'll), no elision that English
// writes with an apostrophe ('em, 'tis, 'n', 'cause, '90s) and no Dutch
// article's ('s-Hertogenbosch, 't Hooft).
func openingQuote(tok string) bool {
	if len(tok) < 2 || tok[0] != '\'' || isClitic(tok) {
		return false
	}
	word := tok[1:]
	if r, _ := utf8.DecodeRuneInString(word); !unicode.IsLetter(r) {
		return false // '90s, or a quote before a mark
	}
	if len(word) > 1 && word[1] == '-' {
		return false // 's-Hertogenbosch, 's-Gravenhage
	}
	return !elisions[strings.ToLower(word)]
}

// elisions are the words English writes with a leading apostrophe for
// what it leaves out.
var elisions = map[string]bool{
	"em": true, "tis": true, "twas": true, "n": true, "cause": true, "cos": true, "til": true, "bout": true,
	"round": true, "ol": true, "nam": true, "twere": true, "neath": true,
	"t": true, // Dutch: 't Hooft
}

// isClitic reports whether tok is an apostrophe clitic that prose splits off
// the word before it: 's, s' (bare '), n't, 'll, 're, 've, 'd, 'm.
func isClitic(tok string) bool {
	// Each clitic opens with an apostrophe (' or, folded to it, ’ ‘ ʼ,
	// lead bytes E2 and CA) or an n: the tokenizer asks of every word after
	// a word, and folding each was 3% of English's instructions.
	if tok == "" {
		return false
	}
	switch tok[0] {
	case '\'', 'n', 'N', 0xE2, 0xCA:
	default:
		return false
	}
	t := fold(tok)
	switch t {
	case "'", "'s", "n't", "'ll", "'re", "'ve", "'d", "'m":
		return true
	}
	return false
}

// isASCII reports whether s has no byte above 0x7F.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
