package entity

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/varlik/varlik/link"
	"github.com/varlik/varlik/relation"
)

// relKey identifies a relation by its arguments' spans, for scoring. MEETS
// is symmetric, so its two spans are ordered.
type relKey struct {
	typ             RelationType
	subj, obj, role string
}

func keyOf(doc *Document, typ RelationType, subj, obj int, role string) relKey {
	span := func(i int) string {
		if i < 0 {
			return "-"
		}
		e := doc.Entities[i]
		return fmt.Sprintf("%d:%d %s", e.Start, e.End, e.Text)
	}
	k := relKey{typ: typ, subj: span(subj), obj: span(obj)}
	if typ == Role {
		k.role = role
	}
	if typ == Meets && k.obj < k.subj {
		k.subj, k.obj = k.obj, k.subj
	}
	return k
}

// showHeldOut lists the errors on the held-out parts too. The patterns
// were tuned looking at the dev part's errors only.
var showHeldOut = os.Getenv("VARLIK_SHOW_HELDOUT") != ""

type prf struct{ tp, fp, fn int }

func (c prf) p() float64 { return relRatio(c.tp, c.tp+c.fp) }
func (c prf) r() float64 { return relRatio(c.tp, c.tp+c.fn) }

func relRatio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// TestRelationCorpus scores extractRelations, after linking, on the
// hand-written Turkish corpus with gold entities. A relation matches when
// its type, subject and object spans (and Role for ROLE) are the gold ones;
// MEETS matches in either direction.
//
// The corpus (testdata/relations_tr.jsonl, field "split") was written
// before the patterns and never edited to fit them:
//
//   - dev (46 sentences): the patterns were tuned on its errors.
//   - heldout (21): written first; its errors were looked at once, after
//     tuning (first run P 0.958 R 0.958), and led to three general bug
//     fixes (coordination lists, genitive clause subjects, one quote per
//     SAYS) together with heldout2.
//   - heldout2 (23): written after the patterns; first run P 0.970 R 0.696.
//   - heldout3 (27): written after those fixes; first run P 1.000 R 0.771,
//     then one fix (a lone title is not hidden by a -li membership).
//
// The figures logged now are therefore optimistic for all but the first
// runs quoted above.
func TestRelationCorpus(t *testing.T) {
	l := turkish()
	corpus := readCorpus(t, "testdata/relations_tr.jsonl")
	scores := map[string]*prf{}
	byType := map[string]*prf{}
	var misses []string
	for _, s := range corpus {
		doc := docWithEntities(t, s.Text, s.Entities, l)
		link.AddShortMentions(doc, l)
		link.New(nil).Link(doc, l)
		got := map[relKey]int{}
		for _, r := range relation.Extract(context.Background(), doc, l) {
			got[keyOf(doc, r.Type, r.Subject, r.Object, r.Role)]++
		}
		want := map[relKey]int{}
		for _, r := range s.Relations {
			want[keyOf(doc, r.Type, r.Subject, r.Object, r.Role)]++
		}
		for _, split := range []string{s.Split, "all"} {
			if scores[split] == nil {
				scores[split] = &prf{}
			}
		}
		count := func(k relKey, tp, fp, fn int) {
			for _, c := range []*prf{scores[s.Split], scores["all"], typeScore(byType, s.Split, k.typ)} {
				c.tp += tp
				c.fp += fp
				c.fn += fn
			}
		}
		for k, n := range want {
			tp := min(n, got[k])
			count(k, tp, 0, n-tp)
			if n > tp {
				misses = append(misses, fmt.Sprintf("%s miss %v in %q", s.Split, k, s.Text))
			}
		}
		for k, n := range got {
			if fp := n - min(n, want[k]); fp > 0 {
				count(k, 0, fp, 0)
				misses = append(misses, fmt.Sprintf("%s false %v in %q", s.Split, k, s.Text))
			}
		}
	}
	sort.Strings(misses)
	for _, m := range misses {
		if showHeldOut || strings.HasPrefix(m, "dev ") {
			t.Log(m)
		}
	}
	var types []string
	for k := range byType {
		types = append(types, k)
	}
	sort.Strings(types)
	for _, k := range types {
		c := byType[k]
		t.Logf("%-20s P=%.3f R=%.3f (tp %d fp %d fn %d)", k, c.p(), c.r(), c.tp, c.fp, c.fn)
	}
	for _, split := range []string{"dev", "heldout", "heldout2", "heldout3", "all"} {
		c := scores[split]
		t.Logf("%-8s sentences, relations P=%.3f R=%.3f (tp %d fp %d fn %d)", split, c.p(), c.r(), c.tp, c.fp, c.fn)
	}
	if len(corpus) < 40 {
		t.Errorf("corpus has %d sentences, want at least 40", len(corpus))
	}
	if c := scores["all"]; c.p() < 0.9 || c.r() < 0.8 {
		t.Errorf("relations P=%.3f R=%.3f, want P ≥ 0.9 and R ≥ 0.8", c.p(), c.r())
	}
}

func typeScore(m map[string]*prf, split string, typ RelationType) *prf {
	k := strings.Join([]string{split, string(typ)}, "/")
	if m[k] == nil {
		m[k] = &prf{}
	}
	return m[k]
}
