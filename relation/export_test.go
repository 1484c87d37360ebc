package relation

import (
	"context"
	"slices"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// ExtractEveryTry is Extract without the shortcuts that skip tries bound
// to fail: every Pattern is tried from every unit of the sentences where
// it may match, its anchor (anchorOf, and with it entFollowedOf) and the
// title's reach (titleAheadOf) unused, a look-around is stepped without
// first testing the element after it (Elem.consumer), and every phrase of
// a word element is tried in turn (Elem.starts). They must agree.
func ExtractEveryTry(ctx context.Context, doc *annotation.Document, l lang.Language) []annotation.Relation {
	p := *patternsFor(l.Code())
	p.Patterns = slices.Clone(p.Patterns)
	for pi := range p.Patterns {
		pat := &p.Patterns[pi]
		pat.anchor = -1
		pat.Elems = slices.Clone(pat.Elems)
		for k := range pat.Elems {
			pat.Elems[k].consumer = 0
			pat.Elems[k].starts = nil
		}
	}
	p.titleAheads = make([]titleAhead, len(p.Patterns))
	return extractWith(ctx, doc, l, &p, nil)
}
