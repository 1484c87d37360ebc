package entity

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/varlik/varlik/conll"
	"github.com/varlik/varlik/internal/checkpoint"
	"github.com/varlik/varlik/lang"
)

// ExtractTokens annotates pre-tokenized text, such as a CoNLL file: one
// slice of token strings per sentence. The document text is rebuilt by
// joining the tokens of a sentence with single spaces and the sentences
// with newlines, so Document.Tokens correspond one to one, in order, to
// the given tokens; offsets refer to that rebuilt text (Document.Text).
// Document.Sentences are the given sentences; inside one, the stages read
// the sentences raw text would have (a corpus line of several sentences
// is read as several, as Extract reads its text).
// code must name a registered language (a BCP 47 tag; "auto" or ""
// identifies it).
//
// A given token with an apostrophe suffix attached is tagged as the word
// and the suffix (Türkiye'de → Türkiye 'de), as the tokenizer splits raw
// text, so that corpora that keep suffixes on their tokens get the same
// entities as the text they were made from. An entity then covers the piece it names
// (its Start and End are the stem's: "Türkiye"), and its First and Last
// are the given tokens it overlaps, which IOB2 tags.
func (x *Extractor) ExtractTokens(ctx context.Context, code string, sentences [][]string) (*Document, error) {
	if err := x.ready(ctx); err != nil {
		return nil, err
	}
	size := 0
	for _, sent := range sentences {
		for _, tok := range sent {
			size += len(tok) + 1
		}
	}
	if size > chunkBytes {
		// The work may outlive this call (returnOnDone): it gets its own
		// copy of the slices, which the caller may reuse once we return.
		sentences = cloneSentences(sentences)
	}
	return returnOnDone(ctx, size, func() (*Document, error) { return x.extractTokens(ctx, code, sentences) })
}

// cloneSentences copies the slices of sentences (the strings are
// immutable and shared).
func cloneSentences(sentences [][]string) [][]string {
	out := make([][]string, len(sentences))
	for i, s := range sentences {
		out[i] = slices.Clone(s)
	}
	return out
}

// extractTokens is ExtractTokens's work on valid arguments.
func (x *Extractor) extractTokens(ctx context.Context, code string, sentences [][]string) (*Document, error) {
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
	l, err := x.tokensLanguage(code, text)
	if err != nil {
		return nil, err
	}
	doc := &Document{Lang: l.Code(), Text: text}
	var given []lang.Token // one per given token
	var givenSents []lang.Sentence
	var owner []int // piece index → given token index
	off := 0
	stop := checkpoint.New(ctx)
	for _, sent := range sentences {
		first, firstPiece := len(given), len(doc.Tokens)
		for j, tok := range sent {
			if stop.Done() {
				return nil, stop.Err()
			}
			if j > 0 {
				off++ // the space before the token
			}
			given = append(given, lang.Token{Text: text[off : off+len(tok)], Start: off, End: off + len(tok),
				Kind: conll.TokenKind(tok, l), Norm: lang.FoldShort(tok, l.Fold)})
			for _, p := range pieces(l, text, off, tok) {
				doc.Tokens = append(doc.Tokens, p)
				owner = append(owner, len(given)-1)
			}
			off += len(tok)
		}
		off++ // the newline after the sentence
		if len(given) == first {
			continue
		}
		givenSents = append(givenSents, lang.Sentence{Start: given[first].Start, End: given[len(given)-1].End,
			First: first, Last: len(given)})
		if n := len(doc.Tokens); n > firstPiece {
			doc.Sentences = appendGivenSentence(doc.Sentences, l, text, doc.Tokens, firstPiece, n)
		}
	}
	doc.Sentences = lang.BoundSentences(doc.Tokens, doc.Sentences) // as Extract's: no stage's work grows with a sentence
	// The pieces for the stages, the given tokens for the caller: both
	// with the Norms Extract's tokens would have.
	if err := restoreNorms(ctx, l, text, doc.Tokens); err != nil {
		return nil, err
	}
	if err := restoreNorms(ctx, l, text, given); err != nil {
		return nil, err
	}
	if err := splitGluedSuffixes(ctx, doc, l); err != nil {
		return nil, err
	}
	if err := x.annotate(ctx, doc, l); err != nil {
		return nil, err
	}
	if len(doc.Tokens) != len(owner) { // a name's glued suffix was split off (Ankarada)
		owner = owners(doc.Tokens, given)
	}
	for i := range doc.Entities {
		e := &doc.Entities[i]
		e.First, e.Last = owner[e.First], owner[e.Last-1]+1
	}
	doc.Tokens, doc.Sentences = given, givenSents
	return doc, nil
}

// appendGivenSentence appends the sentences of the pieces toks[first:last]
// of one given sentence: the language's sentence splitter reads them as it
// reads raw text, since a corpus's "sentence" may hold several (a news
// line of NTREX, a paragraph), and the model and the rules read a
// sentence's first word as raw text has it ("... muazzamdı . Menga ise"
// opens a sentence at Menga). No split is made after a period that the
// language's tokenizer would glue to the word before it in raw text: an
// initial, an abbreviation or an ordinal whose period the corpus gave as a
// token of its own ("Dionisio A . Lind", "Capt . Larry", "125 . Cadde"),
// nor inside a quotation, where the quotation marks since the sentence
// began are odd in number (news corpora open a quotation with one mark and
// close it with another, ' ... ", and the speaker's verb after a quotation
// of several sentences belongs to the name before it). Every piece stays
// in exactly one sentence, in order.
func appendGivenSentence(sents []lang.Sentence, l lang.Language, text string, toks []lang.Token, first, last int) []lang.Sentence {
	parts := l.Sentences(text, toks[first:last])
	start := first // the first piece of the sentence being built
	quotes := 0    // quotation marks from start on
	for i, s := range parts {
		end := first + s.Last
		for k := first + s.First; k < end; k++ {
			if isQuoteMark(&toks[k]) {
				quotes++
			}
		}
		if i+1 < len(parts) && (quotes%2 == 1 || gluedPeriod(l, toks, end-1)) {
			continue // one sentence with the next part
		}
		quotes = 0
		sents = append(sents, lang.Sentence{Start: toks[start].Start, End: toks[end-1].End, First: start, Last: end})
		start = end
	}
	return sents
}

// isQuoteMark reports whether t is a quotation mark, opening or closing
// (news corpora open with one and close with another: ' ... ").
func isQuoteMark(t *lang.Token) bool {
	switch t.Text {
	case "\"", "'", "“", "”", "«", "»", "‘", "’", "„":
		return t.Kind == lang.Punct
	}
	return false
}

// gluedPeriod reports whether toks[k], a period given as a token of its
// own, ends no sentence in raw text: whether the language's splitter reads
// the words around it, the period glued to the word before, as one
// sentence ("Dionisio A. Lind", "Capt. Larry Giles").
func gluedPeriod(l lang.Language, toks []lang.Token, k int) bool {
	if k < 1 || k+1 >= len(toks) || toks[k].Text != "." || toks[k-1].Kind == lang.Punct {
		return false
	}
	from := max(k-2, 0)
	for toks[from].Kind == lang.Suffix { // a suffix reads as raw text only after its word
		from++
	}
	var b strings.Builder
	for j := from; j <= min(k+2, len(toks)-1); j++ {
		if j > from && j != k && toks[j].Kind != lang.Suffix {
			b.WriteByte(' ')
		}
		b.WriteString(toks[j].Text)
	}
	raw := b.String()
	return len(l.Sentences(raw, l.Tokenize(raw))) == 1
}

// tokensLanguage picks the language of pre-tokenized text: code (a BCP 47
// tag), else the Extractor's, else identified from the text.
func (x *Extractor) tokensLanguage(code, text string) (lang.Language, error) {
	if code == "" || strings.EqualFold(code, "auto") {
		return x.language(text)
	}
	var y Extractor
	if err := WithLanguage(code)(&y); err != nil {
		return nil, err
	}
	return y.language(text)
}

// pieces splits the given token tok, at off in text, into the word and
// the apostrophe suffixes at its end (Türkiye'de → Türkiye 'de), exactly as
// the CoNLL reader splits training data (conll.SplitSuffix), so that the
// model sees the tokens it was trained on; nothing else of a given token is
// split.
func pieces(l lang.Language, text string, off int, tok string) []lang.Token {
	var suffixes []string // from the last
	stem := tok
	for {
		s, suf := conll.SplitSuffix(stem, l)
		if suf == "" || s == "" {
			break
		}
		stem, suffixes = s, append(suffixes, suf)
	}
	out := []lang.Token{{Text: text[off : off+len(stem)], Start: off, End: off + len(stem),
		Kind: conll.TokenKind(stem, l), Norm: lang.FoldShort(stem, l.Fold)}}
	at := off + len(stem)
	for i := len(suffixes) - 1; i >= 0; i-- {
		suf := suffixes[i]
		out = append(out, lang.Token{Text: text[at : at+len(suf)], Start: at, End: at + len(suf),
			Kind: lang.Suffix, Norm: lang.FoldShort(suf, l.Fold)})
		at += len(suf)
	}
	return out
}
