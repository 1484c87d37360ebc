package entity

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// MentionSpan is a mention that the caller's own recognizer found (spaCy,
// a gold annotation, a rule): its UTF-8 byte offsets into the text, End
// exclusive, and its type.
type MentionSpan struct {
	Start, End int
	Type       Type
}

// ErrBadSpan is returned (wrapped, naming the span) by LinkMentions for a
// span outside the text, empty, cutting a UTF-8 sequence, of an unknown
// type, with no token in it, starting or ending inside a token of the
// language's tokenizer, or overlapping another.
var ErrBadSpan = errors.New("entity: bad mention span")

// LinkMentions gives the mentions a caller already has the IDs Extract
// would give them: a gazetteer ID (a Wikidata QID: Rusya, Russia and
// Россия → Q159) or a name ID stable across documents and languages, and a
// canonical name. It is Extract without recognition: text is tokenized,
// each span takes the gazetteer entry of its type whose name covers
// exactly its tokens, and the spans are linked as Extract links its own
// mentions (mentions of one referent in the text share an ID; see
// link.Linker.Link), so a document's mentions should be passed together.
// No mention is added or dropped.
//
// code names the text's language (a BCP 47 tag; "" or "auto" identifies
// it). The result has one Entity per span, in the order of spans, with the
// span's Start, End and Type and Text = text[Start:End]; First and Last
// are the tokens of Document.Tokens (not returned) that it overlaps.
// Spans must not overlap; a bad one makes LinkMentions return an error
// wrapping ErrBadSpan and no result. When ctx is done, it returns
// ctx.Err(). Safe for concurrent use, like every Extractor method.
func (x *Extractor) LinkMentions(ctx context.Context, code, text string, spans []MentionSpan) ([]Entity, error) {
	if err := x.ready(ctx); err != nil {
		return nil, err
	}
	if x.maxBytes > 0 && len(text) > x.maxBytes {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(text), x.maxBytes)
	}
	order, err := checkSpans(text, spans)
	if err != nil {
		return nil, err
	}
	l, err := x.tokensLanguage(code, text)
	if err != nil {
		return nil, err
	}
	doc := &Document{Lang: l.Code(), Text: text}
	if err := tokenize(ctx, l, doc); err != nil {
		return nil, err
	}
	// The linker reads the mentions in text order, as recognition leaves
	// them; order maps them back to the caller's.
	doc.Entities = make([]Entity, len(order))
	for k, i := range order {
		e, err := x.givenMention(doc, l, spans[i])
		if err != nil {
			return nil, fmt.Errorf("span %d (%d-%d): %w", i, spans[i].Start, spans[i].End, err)
		}
		doc.Entities[k] = e
	}
	if err := x.linker.LinkContext(ctx, doc, l); err != nil {
		return nil, err
	}
	out := make([]Entity, len(spans))
	for k, i := range order {
		e := doc.Entities[k]
		// The caller's type stands: linking may retype a short mention to
		// its group's type, which the ID already says.
		e.Type = spans[i].Type
		out[i] = e
	}
	return out, nil
}

// checkSpans returns the indices of spans in text order, or an error
// wrapping ErrBadSpan for the first bad span.
func checkSpans(text string, spans []MentionSpan) ([]int, error) {
	for i, s := range spans {
		var why string
		switch {
		case s.Start < 0 || s.End > len(text) || s.Start >= s.End:
			why = fmt.Sprintf("outside the text of %d bytes, or empty", len(text))
		case !utf8.RuneStart(text[s.Start]) || s.End < len(text) && !utf8.RuneStart(text[s.End]):
			why = "cuts a UTF-8 sequence"
		case s.Type != Person && s.Type != Location && s.Type != Organization:
			why = fmt.Sprintf("unknown type %q", s.Type)
		}
		if why != "" {
			return nil, fmt.Errorf("%w: span %d (%d-%d) %s", ErrBadSpan, i, s.Start, s.End, why)
		}
	}
	order := make([]int, len(spans))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return spans[a].Start - spans[b].Start })
	for k := 1; k < len(order); k++ {
		if a, b := spans[order[k-1]], spans[order[k]]; b.Start < a.End {
			return nil, fmt.Errorf("%w: spans %d (%d-%d) and %d (%d-%d) overlap", ErrBadSpan, order[k-1], a.Start, a.End, order[k], b.Start, b.End)
		}
	}
	return order, nil
}

// cutToken returns the text of the edge token that span s starts or ends
// inside of: first if it starts inside it, else last.
func cutToken(text string, first, last lang.Token, s MentionSpan) string {
	if s.Start > first.Start {
		return text[first.Start:first.End]
	}
	return text[last.Start:last.End]
}

// givenMention returns the mention of a checked span of doc: the tokens
// it overlaps, and the gazetteer entry of its type whose name is exactly
// those tokens, as recognition gives a model's span one
// (recognize.mergeGazetteer; Source "given+gazetteer"; else "given",
// which linking may retype).
func (x *Extractor) givenMention(doc *Document, l lang.Language, s MentionSpan) (Entity, error) {
	toks := doc.Tokens
	first, _ := slices.BinarySearchFunc(toks, s.Start+1, func(t lang.Token, off int) int { return t.End - off })
	last := first
	for last < len(toks) && toks[last].Start < s.End {
		last++
	}
	if first >= last {
		return Entity{}, fmt.Errorf("%w: no token in it", ErrBadSpan)
	}
	if s.Start > toks[first].Start || s.End < toks[last-1].End {
		// Its tokens would name more than it: "nk" of Ankara is no Ankara.
		return Entity{}, fmt.Errorf("%w: cuts the token %q", ErrBadSpan, cutToken(doc.Text, toks[first], toks[last-1], s))
	}
	e := Entity{Text: doc.Text[s.Start:s.End], Type: s.Type, Start: s.Start, End: s.End, Score: 1, Source: "given", First: first, Last: last}
	for _, m := range x.gaz.Match(toks[first:last], l) {
		if m.First != 0 || m.Last != last-first {
			continue
		}
		for _, c := range m.Candidates {
			if Type(c.Type) == s.Type {
				e.ID, e.Canonical, e.Source = c.ID, c.Name(l.Code()), "given+gazetteer"
				break
			}
		}
	}
	return e, nil
}
