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
	compared, missing, err = pairRecords(a, b, func(ra, rb *Record) { agr.Add(ra.Spans, rb.Spans) })
	if err != nil {
		return nil, 0, 0, err
	}
	return agr, compared, missing, nil
}

// CompareRelations matches the records of two files by ID and counts their
// relations, a against b, per type and overall ("ALL"): a relation agrees
// when the other annotation of the record has one of the same RelationKey
// (roles case folded). Records whose texts differ are an error; records in
// only one file are skipped.
func CompareRelations(a, b *File) (Agreement, error) {
	agr := Agreement{}
	_, _, err := pairRecords(a, b, func(ra, rb *Record) {
		agr.AddRelations(ra.RelationKeys(strings.ToLower), rb.RelationKeys(strings.ToLower))
	})
	if err != nil {
		return nil, err
	}
	return agr, nil
}

// pairRecords calls visit with each record of a and the record of b with
// its ID, counting the pairs and a's records that b has not; records whose
// texts differ are an error.
func pairRecords(a, b *File, visit func(ra, rb *Record)) (compared, missing int, err error) {
	byID := b.ByID()
	for i := range a.Records {
		ra := &a.Records[i]
		rb := byID[ra.ID]
		if rb == nil {
			missing++
			continue
		}
		if ra.Text != rb.Text {
			return 0, 0, fmt.Errorf("record %s: texts differ", ra.ID)
		}
		visit(ra, rb)
		compared++
	}
	return compared, missing, nil
}

// AddRelations counts the relations of one record, gold against predicted,
// each given as the number of relations of a key.
func (a Agreement) AddRelations(gold, pred map[RelationKey]int) {
	for k, n := range pred {
		both := min(n, gold[k])
		for _, t := range []string{k.Type, "ALL"} {
			a.counts(t).TP += both
			a.counts(t).FP += n - both
		}
	}
	for k, n := range gold {
		missed := n - min(n, pred[k])
		a.counts(k.Type).FN += missed
		a.counts("ALL").FN += missed
	}
}

// RelationKey identifies a relation of a record for comparing two
// annotations of it: its type, its arguments' byte spans (MEETS's in text
// order, as it is symmetric) and, for ROLE, its folded role. The words said
// of SAYS are not part of it: where a quotation ends is a convention, who
// speaks is not.
type RelationKey struct {
	Type            string
	Subject, Object [2]int // Object is zero when HasObject is false
	HasObject       bool
	Role            string // ROLE's role, folded; "" for the other types
}

// NewRelationKey returns the key of a relation of type typ between the
// subject and object spans given (hasObject false: none), a ROLE's role
// folded by fold.
func NewRelationKey(typ string, subject, object [2]int, hasObject bool, role string, fold func(string) string) RelationKey {
	k := RelationKey{Type: typ, Subject: subject, Object: object, HasObject: hasObject}
	if typ == "ROLE" {
		k.Role = fold(role)
	}
	if typ == "MEETS" && k.Object[0] < k.Subject[0] {
		k.Subject, k.Object = k.Object, k.Subject
	}
	return k
}

// RelationKeys counts the record's relations by RelationKey, roles folded
// by fold.
func (r *Record) RelationKeys(fold func(string) string) map[RelationKey]int {
	keys := map[RelationKey]int{}
	for _, rel := range r.Relations {
		var object [2]int
		if rel.Object >= 0 {
			object = [2]int{r.Spans[rel.Object].Start, r.Spans[rel.Object].End}
		}
		subject := [2]int{r.Spans[rel.Subject].Start, r.Spans[rel.Subject].End}
		keys[NewRelationKey(rel.Type, subject, object, rel.Object >= 0, rel.Role, fold)]++
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
