package entity

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/varlik/varlik/lang"
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

var (
	// showHeldOut lists the errors on the held-out parts too. The patterns
	// were tuned looking at the dev part's errors only.
	showHeldOut = os.Getenv("VARLIK_SHOW_HELDOUT") != ""
	// devOnly scores the dev split alone and enforces no floor: for tuning
	// patterns without seeing any held-out figure.
	devOnly = os.Getenv("VARLIK_DEV_ONLY") != ""
)

type prf struct{ tp, fp, fn int }

func (c prf) p() float64 { return relRatio(c.tp, c.tp+c.fp) }
func (c prf) r() float64 { return relRatio(c.tp, c.tp+c.fn) }

func relRatio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// relationCorpus is one language's written relation corpus and the
// figures it must reach.
type relationCorpus struct {
	lang   string
	path   string
	splits []string // in the order they are logged, "all" last
	floors []floor
	// minSentences guards against a truncated file.
	minSentences int
}

// floor is the least precision and recall a split must reach.
type floor struct {
	split string
	p, r  float64
}

// relationCorpora are the written corpora TestRelationCorpus scores. Each
// was written before the patterns that are scored on it and never edited
// to fit them. The history of each, with its first-run held-out figures:
//
// Turkish (testdata/relations_tr.jsonl):
//   - dev (46 sentences): the patterns were tuned on its errors.
//   - heldout (21): written first; its errors were looked at once, after
//     tuning (first run P 0.958 R 0.958), and led to three general bug
//     fixes (coordination lists, genitive clause subjects, one quote per
//     SAYS) together with heldout2.
//   - heldout2 (23): written after the patterns; first run P 0.970 R 0.696.
//   - heldout3 (27): written after those fixes; first run P 1.000 R 0.771,
//     then one fix (a lone title is not hidden by a -li membership).
//
// English (testdata/relations_en.jsonl) and Russian
// (testdata/relations_ru.jsonl), written by someone else before the
// Russian patterns and the second round of English ones (issue 17):
//   - dev (53 sentences each): the patterns were tuned on its errors
//     (with VARLIK_DEV_ONLY set, so that no held-out figure was seen),
//     and on sentences written for relation_en_test.go and
//     relation_ru_test.go; dev ended at P 1.000 R 1.000 in both.
//   - heldout (82 English, 85 Russian): scored once the patterns were
//     done. First run: English P 0.958 R 0.722 (tp 91 fp 4 fn 35),
//     Russian P 0.991 R 0.794 (tp 112 fp 1 fn 29). Its errors were then
//     looked at, and only general bugs were fixed, no construction or word
//     the patterns lacked: a possessive taken as the object ("a town in
//     Ukraine's Zaporizhzhia region"); an aside that is only a name
//     ("the director of the Louvre, Laurence des Cars, said": the name is
//     the subject, not an insertion); reported speech running into
//     another speaker's clause (", while Pistorius said"); coordinated
//     subjects of travel verbs; the acronym after a Russian role's object
//     ("(МВФ)"), as Turkish and English allow; the class noun of a quoted
//     name taken into a Russian role (сопредседатель партии «...»); a quote
//     inside reported words taken as the words said. After them: English
//     P 0.979 R 0.738 (tp 93 fp 2 fn 33), Russian P 0.992 R 0.830
//     (tp 117 fp 1 fn 24).
//
// The figures logged now are therefore optimistic for all but the first
// runs quoted above.
var relationCorpora = []relationCorpus{
	{lang: "tr", path: "testdata/relations_tr.jsonl", minSentences: 40,
		splits: []string{"dev", "heldout", "heldout2", "heldout3", "all"},
		floors: []floor{{"all", 0.9, 0.8}}},
	{lang: "en", path: "testdata/relations_en.jsonl", minSentences: 130,
		splits: []string{"dev", "heldout", "all"},
		floors: []floor{{"heldout", 0.9, 0.7}}},
	{lang: "ru", path: "testdata/relations_ru.jsonl", minSentences: 130,
		splits: []string{"dev", "heldout", "all"},
		floors: []floor{{"heldout", 0.9, 0.7}}},
}

// TestRelationCorpus scores relation.Extract, after linking, on each
// language's hand-written corpus with gold entities (see relationCorpora).
// A relation matches when its type, subject and object spans (and Role for
// ROLE) are the gold ones; MEETS matches in either direction. For SAYS it
// also logs how many matched quotes have the gold quote span exactly,
// which the match itself does not require.
func TestRelationCorpus(t *testing.T) {
	for _, c := range relationCorpora {
		t.Run(c.lang, func(t *testing.T) { testRelationCorpus(t, c) })
	}
}

func testRelationCorpus(t *testing.T, c relationCorpus) {
	l, ok := lang.Get(c.lang)
	if !ok {
		t.Fatalf("language %s is not registered", c.lang)
	}
	corpus := readCorpus(t, c.path)
	scores := map[string]*prf{}
	byType := map[string]*prf{}
	var quotes, exactQuotes int
	var misses []string
	for _, s := range corpus {
		if devOnly && s.Split != "dev" {
			continue
		}
		doc := docWithEntities(t, s.Text, s.Entities, l)
		link.AddShortMentions(doc, l)
		link.New(nil).Link(doc, l)
		got := map[relKey]int{}
		gotQuotes := map[relKey][]string{}
		for _, r := range relation.Extract(context.Background(), doc, l) {
			k := keyOf(doc, r.Type, r.Subject, r.Object, r.Role)
			got[k]++
			if r.Type == Says {
				gotQuotes[k] = append(gotQuotes[k], s.Text[r.QuoteStart:r.QuoteEnd])
			}
		}
		want := map[relKey]int{}
		for _, r := range s.Relations {
			k := keyOf(doc, r.Type, r.Subject, r.Object, r.Role)
			want[k]++
			if r.Type == Says && r.QuoteEnd > r.QuoteStart && got[k] > 0 {
				quotes++
				if q := s.Text[r.QuoteStart:r.QuoteEnd]; containsString(gotQuotes[k], q) {
					exactQuotes++
				} else if showHeldOut || s.Split == "dev" {
					misses = append(misses, fmt.Sprintf("%s quote %q, want %q", s.Split, gotQuotes[k], q))
				}
			}
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
	for _, split := range c.splits {
		if sc := scores[split]; sc != nil {
			t.Logf("%-8s sentences, relations P=%.3f R=%.3f (tp %d fp %d fn %d)", split, sc.p(), sc.r(), sc.tp, sc.fp, sc.fn)
		}
	}
	t.Logf("SAYS quotes with the gold span exactly: %d of %d matched", exactQuotes, quotes)
	if devOnly {
		return
	}
	if len(corpus) < c.minSentences {
		t.Errorf("corpus has %d sentences, want at least %d", len(corpus), c.minSentences)
	}
	for _, f := range c.floors {
		if sc := scores[f.split]; sc == nil || sc.p() < f.p || sc.r() < f.r {
			t.Errorf("%s relations %+v, want P ≥ %.1f and R ≥ %.1f", f.split, sc, f.p, f.r)
		}
	}
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func typeScore(m map[string]*prf, split string, typ RelationType) *prf {
	k := strings.Join([]string{split, string(typ)}, "/")
	if m[k] == nil {
		m[k] = &prf{}
	}
	return m[k]
}
