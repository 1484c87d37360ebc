package relation

import (
	"context"
	"slices"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// ExtractEveryTry is Extract without the shortcuts that skip tries bound
// to fail: every Pattern is tried from every unit of the sentences where
// it may match, its anchor (anchorOf, and with it entFollowedOf and the
// words it needs after its anchor, aheadOf) and the title's reach
// (titleAheadOf) unused, a look-around is stepped without
// first testing the element after it (Elem.consumer), every phrase of
// a word element is tried in turn (Elem.starts), and every unit is
// indexed and tried (phraseIndex.demands). They must agree.
func ExtractEveryTry(ctx context.Context, doc *annotation.Document, l lang.Language) []annotation.Relation {
	p := *patternsFor(l.Code())
	p.Patterns = slices.Clone(p.Patterns)
	for pi := range p.Patterns {
		pat := &p.Patterns[pi]
		pat.anchor = -1
		pat.ahead = nil
		pat.Elems = slices.Clone(pat.Elems)
		for k := range pat.Elems {
			pat.Elems[k].consumer = 0
			pat.Elems[k].starts = nil
		}
	}
	p.titleAheads = make([]titleAhead, len(p.Patterns))
	ix := *p.phrases
	ix.demands = nil
	p.phrases = &ix
	return extractWith(ctx, doc, l, &p, nil)
}

// IndexesMarkedSentences reports whether the patterns of language code
// index only the sentences that have what one of them needs
// (phraseIndex.demands).
func IndexesMarkedSentences(code string) bool { return patternsFor(code).phrases.demands != nil }
