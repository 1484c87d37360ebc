package entity

import (
	"context"
	"fmt"
	"strings"

	"github.com/varlik/varlik/conll"
	"github.com/varlik/varlik/lang"
)

// ExtractTokens annotates pre-tokenized text, such as a CoNLL file: one
// slice of token strings per sentence. The document text is rebuilt by
// joining the tokens of a sentence with single spaces and the sentences
// with newlines, so Document.Tokens correspond one to one, in order, to
// the given tokens; offsets refer to that rebuilt text (Document.Text).
// code must name a registered language ("auto" identifies it).
func (x *Extractor) ExtractTokens(ctx context.Context, code string, sentences [][]string) (*Document, error) {
	if x == nil || x.gaz == nil {
		return nil, ErrNotInitialized
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var b strings.Builder
	for i, sent := range sentences {
		if i > 0 {
			b.WriteByte('\n')
		}
		for j, tok := range sent {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(tok)
		}
	}
	text := b.String()
	if x.maxBytes > 0 && len(text) > x.maxBytes {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(text), x.maxBytes)
	}
	if code == "" || code == "auto" {
		code = x.lang
	}
	if code == "" {
		code = identify(text)
	}
	l, ok := lang.Get(code)
	if !ok {
		return nil, fmt.Errorf("entity: no language package registered for %q", code)
	}
	doc := &Document{Lang: code, Text: text}
	off := 0
	for _, sent := range sentences {
		first := len(doc.Tokens)
		for _, tok := range sent {
			doc.Tokens = append(doc.Tokens, pretokenized(l, text, off, tok))
			off += len(tok) + 1
		}
		if n := len(doc.Tokens); n > first {
			doc.Sentences = append(doc.Sentences, lang.Sentence{
				Start: doc.Tokens[first].Start, End: doc.Tokens[n-1].End, First: first, Last: n})
		} else {
			off++ // an empty sentence still took a newline
		}
	}
	return doc, x.annotate(ctx, doc, l)
}

// pretokenized makes a Token of a given token string at off in text,
// classified exactly as the CoNLL reader classifies training tokens (an
// apostrophe suffix is a Suffix, else the language's tokenizer decides),
// so that the model sees the same features at tagging and training time.
func pretokenized(l lang.Language, text string, off int, tok string) lang.Token {
	return lang.Token{Text: text[off : off+len(tok)], Start: off, End: off + len(tok),
		Kind: conll.TokenKind(tok, l), Norm: l.Fold(tok)}
}
