package entity

import (
	"context"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
)

// recognize finds the entity mentions of doc, sorted by Start and
// non-overlapping: the language's model where it has one (it uses the
// gazetteer as features), prose's English NER for English, and gazetteer
// matches where neither found anything.
func (x *Extractor) recognize(ctx context.Context, doc *Document, l lang.Language) ([]Entity, error) {
	var found []Entity
	m := x.model(l.Code())
	if m != nil || l.Code() != "en" {
		for _, s := range doc.Sentences {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			toks := doc.Tokens[s.First:s.Last]
			var spans []Span
			if m != nil {
				spans = m.Tag(toks, l, x.gaz)
			}
			found = mergeGazetteer(found, doc, s.First, spans, x.gaz.Match(toks, l), l.Code())
		}
		return found, nil
	}
	ents := []Entity{}
	if l.Code() == "en" {
		mentions, err := en.Entities(ctx, doc.Text)
		if err != nil {
			return nil, err
		}
		for _, m := range mentions {
			first, last, ok := doc.tokenRange(m.Start, m.End)
			if ok && (len(ents) == 0 || ents[len(ents)-1].Last <= first) {
				ents = append(ents, doc.span(first, last, Type(m.Type), 0.8, "prose"))
			}
		}
	}
	return ents, nil
}

// span makes an Entity of the tokens first..last-1.
func (d *Document) span(first, last int, t Type, score float64, source string) Entity {
	start, end := d.Tokens[first].Start, d.Tokens[last-1].End
	return Entity{Text: d.Text[start:end], Type: t, Start: start, End: end,
		Score: score, Source: source, First: first, Last: last}
}

// tokenRange returns the tokens exactly covering the byte span start..end,
// or false when the span does not fall on token boundaries.
func (d *Document) tokenRange(start, end int) (first, last int, ok bool) {
	first = -1
	for i, t := range d.Tokens {
		if t.Start == start {
			first = i
		}
		if first >= 0 && t.End == end {
			return first, i + 1, true
		}
		if t.Start >= end {
			break
		}
	}
	return 0, 0, false
}
