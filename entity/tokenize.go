package entity

import (
	"context"
	"strings"

	"github.com/varlik/varlik/lang"
)

// chunkBytes is the size above which a document is tokenized paragraph
// by paragraph, checking for cancellation in between, when its language's
// tokenizer cannot stop part way itself.
const chunkBytes = 64 << 10

// tokenize fills doc.Tokens and doc.Sentences from doc.Text, each
// sentence cut to lang.MaxSentenceTokens tokens and MaxSentenceBytes bytes
// (lang.BoundSentences), so that no stage's per-sentence work grows with
// a document that has no sentence end.
func tokenize(ctx context.Context, l lang.Language, doc *Document) error {
	if err := tokenizeText(ctx, l, doc); err != nil {
		return err
	}
	doc.Sentences = lang.BoundSentences(doc.Tokens, doc.Sentences)
	if err := restoreNorms(ctx, l, doc.Text, doc.Tokens); err != nil {
		return err
	}
	return splitGluedSuffixes(ctx, doc, l) // after restoring: Ankarada, and Istanbulda typed in ASCII, read as Ankara'da
}

// restoreNorms lets a language that implements lang.NormRestorer give the
// words of a text typed without some of its letters the Norm of the words
// it knows (Turkish typed in ASCII), for every stage after tokenizing.
func restoreNorms(ctx context.Context, l lang.Language, text string, toks []lang.Token) error {
	if r, ok := l.(lang.NormRestorer); ok {
		return r.RestoreNorms(ctx, text, toks)
	}
	return nil
}

// tokenizeText fills doc.Tokens and doc.Sentences from doc.Text. A language
// that implements lang.ContextTokenizer tokenizes the text whole, checking
// ctx as it goes: one token slice, sized by the tokenizer from the density
// it reads, and no copy. Otherwise a long text is cut at paragraph breaks
// (blank lines, which end a sentence in every language) into chunks of
// about chunkBytes, so that cancellation is noticed within one chunk's
// work; the result is the same as tokenizing the text whole.
func tokenizeText(ctx context.Context, l lang.Language, doc *Document) error {
	text := doc.Text
	if ct, ok := l.(lang.ContextTokenizer); ok && len(text) > chunkBytes {
		toks, err := ct.TokenizeContext(ctx, text)
		if err != nil {
			return err
		}
		doc.Tokens, doc.Sentences = toks, l.Sentences(text, toks)
		return ctx.Err()
	}
	if len(text) <= chunkBytes { // the common case: one chunk, no copy
		doc.Tokens = l.Tokenize(text)
		doc.Sentences = l.Sentences(text, doc.Tokens)
		return ctx.Err()
	}
	doc.Tokens = nil
	for base := 0; base < len(text); {
		if err := ctx.Err(); err != nil {
			return err
		}
		end := chunkEnd(text, base)
		chunk := text[base:end]
		toks := l.Tokenize(chunk)
		sents := l.Sentences(chunk, toks)
		if base == 0 && end == len(text) { // no paragraph break to cut at: keep the slices, no copy
			doc.Tokens, doc.Sentences = toks, sents
			return nil
		}
		if doc.Tokens == nil {
			// Size for the whole text at the first chunk's density and a
			// tenth more, so that it seldom grows: a growth copies every
			// token so far in one step no cancellation can interrupt
			// (20 ms at 5 MB of random bytes, whose density varies).
			doc.Tokens = make([]lang.Token, 0, len(toks)*(len(text)/len(chunk)+1)*11/10)
		}
		first := len(doc.Tokens)
		for _, t := range toks {
			t.Start += base
			t.End += base
			doc.Tokens = append(doc.Tokens, t)
		}
		for _, s := range sents {
			s.Start += base
			s.End += base
			s.First += first
			s.Last += first
			doc.Sentences = append(doc.Sentences, s)
		}
		base = end
	}
	return nil
}

// chunkEnd returns the end of the chunk starting at base: just after the
// last paragraph break within chunkBytes, or the end of the next one past
// it, or the end of the text.
func chunkEnd(text string, base int) int {
	if len(text)-base <= chunkBytes {
		return len(text)
	}
	if i := strings.LastIndex(text[base:base+chunkBytes], "\n\n"); i > 0 {
		return base + i + 2
	}
	if i := strings.Index(text[base+chunkBytes:], "\n\n"); i >= 0 {
		return base + chunkBytes + i + 2
	}
	return len(text)
}
