package corpus

import (
	"fmt"
	"strings"

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

// CompareRelations matches the records of two files by ID and counts their
// relations, a against b, per type and overall ("ALL"): a relation agrees
// when the other annotation of the record has one of the same type between
// mentions of the same spans (MEETS in either order) and, for ROLE, the
// same role (case folded). The words said of SAYS are not compared: where
// a quotation ends is a convention, who speaks is not. Records whose texts
// differ are an error; records in only one file are skipped.
func CompareRelations(a, b *File) (Agreement, error) {
	agr := Agreement{}
	byID := b.ByID()
	for i := range a.Records {
		ra := &a.Records[i]
		rb := byID[ra.ID]
		if rb == nil {
			continue
		}
		if ra.Text != rb.Text {
			return nil, fmt.Errorf("record %s: texts differ", ra.ID)
		}
		first, second := ra.relationKeys(), rb.relationKeys()
		for k, n := range second {
			both := min(n, first[k])
			agr.counts(k.typ).TP += both
			agr.counts("ALL").TP += both
			agr.counts(k.typ).FP += n - both
			agr.counts("ALL").FP += n - both
		}
		for k, n := range first {
			missed := n - min(n, second[k])
			agr.counts(k.typ).FN += missed
			agr.counts("ALL").FN += missed
		}
	}
	return agr, nil
}

// relationKey identifies a relation of a record by its type, its
// arguments' spans and, for ROLE, its folded role.
type relationKey struct {
	typ             string
	subject, object [2]int
	hasObject       bool
	role            string
}

// relationKeys counts the record's relations by relationKey.
func (r *Record) relationKeys() map[relationKey]int {
	keys := map[relationKey]int{}
	for _, rel := range r.Relations {
		k := relationKey{typ: rel.Type, subject: [2]int{r.Spans[rel.Subject].Start, r.Spans[rel.Subject].End}}
		if rel.Object >= 0 {
			k.object, k.hasObject = [2]int{r.Spans[rel.Object].Start, r.Spans[rel.Object].End}, true
		}
		if rel.Type == "ROLE" {
			k.role = strings.ToLower(rel.Role)
		}
		if rel.Type == "MEETS" && (k.object[0] < k.subject[0]) {
			k.subject, k.object = k.object, k.subject
		}
		keys[k]++
	}
	return keys
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
