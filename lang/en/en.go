// Package en is varlik's English language package: tokens with exact byte
// offsets from prose v3's tokenizer, sentences from prose's Punkt segmenter,
// case folding, a minimal possessive/plural analysis for matching, and
// prose's named-entity recognizer mapped to varlik's entity types.
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

	"github.com/jdkato/prose/v3/segment"
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
// possessives split off: Russia's → Russia + 's) and classifies each token.
// An apostrophe clitic glued to the previous word ('s, ', n't, 'll, ...) has
// Kind lang.Suffix, so an entity span can end before it.
func (l English) Tokenize(text string) []lang.Token {
	toks, _ := l.TokenizeContext(context.Background(), text) // never done: no error
	return toks
}

// TokenizeContext is Tokenize that stops with ctx.Err() soon after ctx is
// done (lang.ContextTokenizer).
func (English) TokenizeContext(ctx context.Context, text string) ([]lang.Token, error) {
	toks := lang.MakeTokens(len(text), 5) // denser than most news sentences (about 6 bytes a token)
	add := func(tk lang.Token) {
		if len(toks) == cap(toks) {
			toks = lang.GrowTokens(toks, tk.End, len(text))
		}
		toks = append(toks, tk)
	}
	prevEnd, prevWord := -1, false
	norms := lang.NewNormArena(len(text))
	token := func(start, end int, k lang.Kind) lang.Token {
		return lang.Token{Text: text[start:end], Start: start, End: end, Kind: k, Norm: foldInto(&norms, text[start:end])}
	}
	err := proseTokens(ctx, text, func(pt tokenize.Token) {
		start, end := pt.Start, pt.End()
		if start < 0 || end > len(text) || start >= end || text[start:end] != pt.Text {
			return // defensive: never emit a token that breaks the offset invariant
		}
		if isShortNameWithDot(pt.Text) {
			// prose keeps any Xx. or Xxx. whole (as if Mr.); for a name such
			// as Li, Xi or Yi the dot ends the sentence and must not join the
			// name, or the entity span would include it.
			add(token(start, end-1, lang.Word))
			add(token(end-1, end, lang.Punct))
			prevEnd, prevWord = end, false
			return
		}
		k := classify(pt.Text)
		if prevWord && start == prevEnd && isClitic(pt.Text) {
			k = lang.Suffix
		}
		add(token(start, end, k))
		prevEnd, prevWord = end, k == lang.Word || k == lang.Abbreviation
	})
	if err != nil {
		return nil, err
	}
	return toks, nil
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

// proseSegmenter is loaded once; prose's segmenter is safe for concurrent use.
var proseSegmenter = sync.OnceValues(segment.New)

// Sentences groups tokens into sentences with prose's Punkt segmenter. Every
// token belongs to the sentence its first byte falls in; a token outside every
// segment (prose trims whitespace only, so this is rare) joins the previous
// sentence. The result covers every token exactly once.
func (English) Sentences(text string, tokens []lang.Token) []lang.Sentence {
	if len(tokens) == 0 {
		return nil
	}
	if unsplittable(text) {
		return sentencesAt(tokens, nil)
	}
	return sentencesAt(tokens, proseBounds(text))
}

// proseBounds returns the start offsets of the sentences of text after the
// first, as prose's segmenter finds them.
func proseBounds(text string) []int {
	seg, err := proseSegmenter()
	if err != nil {
		return nil
	}
	var bounds []int
	for i, s := range seg.Segment(text) {
		if i > 0 {
			bounds = append(bounds, s.Start)
		}
	}
	return bounds
}

// sentencesAt groups tokens into sentences that start at the first token
// at or past each of bounds (sorted byte offsets).
func sentencesAt(tokens []lang.Token, bounds []int) []lang.Sentence {
	var out []lang.Sentence
	first := 0
	for i := 1; i <= len(tokens); i++ {
		if i < len(tokens) {
			if len(bounds) == 0 || tokens[i].Start < bounds[0] {
				continue
			}
			for len(bounds) > 0 && tokens[i].Start >= bounds[0] {
				bounds = bounds[1:]
			}
		}
		out = append(out, lang.Sentence{Start: tokens[first].Start, End: tokens[i-1].End, First: first, Last: i})
		first = i
	}
	return out
}

// unsplittable reports whether prose's segmenter (Punkt, from
// gopkg.in/neurosnap/sentences) must leave text whole, so that Sentences
// need not run it: it breaks only after a word (a run of non-space) that
// holds '.', '!' or '?', and a break after the last word leaves nothing
// but space behind. A news line with one full stop at its end is such a
// text; the segmenter took a tenth of English tagging on NTREX lines.
func unsplittable(text string) bool {
	i := strings.IndexAny(text, ".!?")
	if i < 0 {
		return true
	}
	rest := text[i+1:]
	if strings.ContainsAny(rest, ".!?") {
		return false
	}
	j := strings.IndexFunc(rest, unicode.IsSpace) // the end of that word
	return j < 0 || strings.TrimFunc(rest[j:], unicode.IsSpace) == ""
}

// Fold normalizes s for matching: NFC, Unicode lower case, typographic
// apostrophes (’ ‘ ʼ) as '.
func (English) Fold(s string) string { return fold(s) }

func fold(s string) string {
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

// isClitic reports whether tok is an apostrophe clitic that prose splits off
// the word before it: 's, s' (bare '), n't, 'll, 're, 've, 'd, 'm.
func isClitic(tok string) bool {
	t := fold(tok)
	switch t {
	case "'", "'s", "n't", "'ll", "'re", "'ve", "'d", "'m":
		return true
	}
	return false
}
