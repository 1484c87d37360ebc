package relation

import (
	"context"
	"slices"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// ExtractEveryStart is Extract with every Pattern tried from every unit
// of the sentences where it may match, its anchor (anchorOf) and the
// title's reach (titleAheadOf) unused: the slow path that they must agree
// with.
func ExtractEveryStart(ctx context.Context, doc *annotation.Document, l lang.Language) []annotation.Relation {
	p := *patternsFor(l.Code())
	p.Patterns = slices.Clone(p.Patterns)
	for pi := range p.Patterns {
		p.Patterns[pi].anchor = -1
	}
	p.titleAheads = make([]titleAhead, len(p.Patterns))
	return extractWith(ctx, doc, l, &p, nil)
}
