package corpus

import (
	"fmt"

	"github.com/varlik/varlik/annotation"
)

// Counts are exact-match span counts (annotation.Counts): a span agrees
// when the other annotation has one with the same Start, End and Type.
type Counts = annotation.Counts

// Agreement holds span counts per type and overall ("ALL").
type Agreement map[string]*Counts

// Add counts the spans of one sentence, gold against predicted.
func (a Agreement) Add(gold, pred []Span) {
	inGold := map[Span]bool{}
	for _, s := range gold {
		inGold[s] = true
	}
	matched := map[Span]bool{}
	for _, s := range pred {
		if inGold[s] && !matched[s] {
			matched[s] = true
			a.counts(s.Type).TP++
			a.counts("ALL").TP++
		} else {
			a.counts(s.Type).FP++
			a.counts("ALL").FP++
		}
	}
	for _, s := range gold {
		if !matched[s] {
			a.counts(s.Type).FN++
			a.counts("ALL").FN++
		}
	}
}

func (a Agreement) counts(t string) *Counts {
	c := a[t]
	if c == nil {
		c = &Counts{}
		a[t] = c
	}
	return c
}

// Compare matches the records of two files by ID and counts their spans,
// a against b. Records whose texts differ are an error; records in only one
// file are skipped and counted in missing.
func Compare(a, b *File) (agr Agreement, compared, missing int, err error) {
	agr = Agreement{}
	byID := b.ByID()
	for i := range a.Records {
		ra := &a.Records[i]
		rb := byID[ra.ID]
		if rb == nil {
			missing++
			continue
		}
		if ra.Text != rb.Text {
			return nil, 0, 0, fmt.Errorf("record %s: texts differ", ra.ID)
		}
		agr.Add(ra.Spans, rb.Spans)
		compared++
	}
	return agr, compared, missing, nil
}

// Changes counts how a reviewed annotation differs from the pre-annotation
// it started from.
type Changes struct {
	Kept    int // pre-annotated spans left exactly as they were
	Changed int // pre-annotated spans whose boundaries or type were changed
	Removed int // pre-annotated spans with no overlapping span after review
	Added   int // spans after review that overlap no pre-annotated span
	Final   int // spans after review
}

// Diff counts the changes from pre to final over the records they share.
func Diff(pre, final *File) Changes {
	var c Changes
	byID := final.ByID()
	for i := range pre.Records {
		rp := &pre.Records[i]
		rf := byID[rp.ID]
		if rf == nil {
			continue
		}
		c.Final += len(rf.Spans)
		for _, s := range rp.Spans {
			switch {
			case contains(rf.Spans, s):
				c.Kept++
			case overlapsAny(rf.Spans, s):
				c.Changed++
			default:
				c.Removed++
			}
		}
		for _, s := range rf.Spans {
			if !overlapsAny(rp.Spans, s) {
				c.Added++
			}
		}
	}
	return c
}

func contains(spans []Span, s Span) bool {
	for _, t := range spans {
		if t == s {
			return true
		}
	}
	return false
}

func overlapsAny(spans []Span, s Span) bool {
	for _, t := range spans {
		if t.Start < s.End && s.Start < t.End {
			return true
		}
	}
	return false
}
