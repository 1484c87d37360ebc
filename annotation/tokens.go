package annotation

import (
	"slices"

	"github.com/varlik/varlik/lang"
)

// Mention makes an Entity of the tokens first..last-1 of d.
func (d *Document) Mention(first, last int, t Type, score float64, source string) Entity {
	start, end := d.Tokens[first].Start, d.Tokens[last-1].End
	return Entity{Text: d.Text[start:end], Type: t, Start: start, End: end,
		Score: score, Source: source, First: first, Last: last}
}

// TokenRange returns the tokens exactly covering the byte span start..end,
// or false when the span does not fall on token boundaries.
func (d *Document) TokenRange(start, end int) (first, last int, ok bool) {
	first, found := slices.BinarySearchFunc(d.Tokens, start, func(t lang.Token, off int) int { return t.Start - off })
	if !found {
		return 0, 0, false
	}
	last, found = slices.BinarySearchFunc(d.Tokens[first:], end, func(t lang.Token, off int) int { return t.End - off })
	if !found {
		return 0, 0, false
	}
	return first, first + last + 1, true
}
