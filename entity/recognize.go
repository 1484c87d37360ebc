package entity

import (
	"context"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
)

// recognize finds the entity mentions of doc, sorted by Start and
// non-overlapping. Each sentence's spans come from the language's model
// where it has one (it uses the gazetteer as features), else from prose's
// English NER for English; mergeGazetteer then gives them gazetteer
// entries and adds the gazetteer matches they missed. For Russian,
// ruShortNames finally adds the inflected short mentions of people.
func (x *Extractor) recognize(ctx context.Context, doc *Document, l lang.Language) ([]Entity, error) {
	m := x.model(l.Code())
	var prose []Span // document-wide, token indices into doc.Tokens
	if m == nil && l.Code() == "en" {
		var err error
		if prose, err = proseSpans(ctx, doc); err != nil {
			return nil, err
		}
	}
	var found []Entity
	for _, s := range doc.Sentences {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		toks := doc.Tokens[s.First:s.Last]
		matches := x.gaz.Match(toks, l)
		var spans []Span
		source := "model"
		switch {
		case m != nil:
			spans = m.tagMatched(toks, l, matches)
		case l.Code() == "en":
			spans, prose = sentenceSpans(prose, s)
			source = "prose"
		}
		found = mergeGazetteer(found, doc, s.First, spans, source, matches, l)
	}
	if l.Code() == "ru" {
		found = ruShortNames(doc, found, l)
	}
	return found, nil
}

// proseSpans returns prose's English mentions of doc that fall on token
// boundaries, in order and non-overlapping.
func proseSpans(ctx context.Context, doc *Document) ([]Span, error) {
	mentions, err := en.Entities(ctx, doc.Text)
	if err != nil {
		return nil, err
	}
	var spans []Span
	for _, m := range mentions {
		first, last, ok := doc.TokenRange(m.Start, m.End)
		if ok && (len(spans) == 0 || spans[len(spans)-1].Last <= first) {
			spans = append(spans, Span{First: first, Last: last, Type: Type(m.Type), Score: 0.8})
		}
	}
	return spans, nil
}

// sentenceSpans splits off the spans of sorted spans that start before
// the end of sentence s: it returns those lying inside s, relative to
// s.First, and the spans after s.
func sentenceSpans(spans []Span, s lang.Sentence) (in, rest []Span) {
	for len(spans) > 0 && spans[0].First < s.Last {
		if sp := spans[0]; sp.First >= s.First && sp.Last <= s.Last {
			in = append(in, Span{First: sp.First - s.First, Last: sp.Last - s.First, Type: sp.Type, Score: sp.Score})
		}
		spans = spans[1:]
	}
	return in, spans
}
