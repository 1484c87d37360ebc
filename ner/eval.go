package ner

import (
	"fmt"
	"io"
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// Counts are the exact-match counts of one entity type (annotation.Counts).
type Counts = annotation.Counts

// evalTypes are the entity types an Evaluation reports, in order.
var evalTypes = []annotation.Type{annotation.Person, annotation.Location, annotation.Organization}

// Evaluation accumulates exact-match counts per type; Total is their
// micro-average.
type Evaluation struct {
	ByType map[annotation.Type]*Counts
	Total  Counts
}

// NewEvaluation returns an empty Evaluation.
func NewEvaluation() *Evaluation {
	e := &Evaluation{ByType: map[annotation.Type]*Counts{}}
	for _, t := range evalTypes {
		e.ByType[t] = &Counts{}
	}
	return e
}

func (e *Evaluation) counts(t annotation.Type) *Counts {
	c := e.ByType[t]
	if c == nil {
		c = &Counts{}
		e.ByType[t] = c
	}
	return c
}

// Add scores the predicted spans of one sentence against the gold ones.
// Only First, Last and Type are compared.
func (e *Evaluation) Add(gold, pred []annotation.Span) {
	type key struct {
		first, last int
		typ         annotation.Type
	}
	goldSet := make(map[key]bool, len(gold))
	for _, g := range gold {
		goldSet[key{g.First, g.Last, g.Type}] = true
	}
	for _, p := range pred {
		k := key{p.First, p.Last, p.Type}
		if goldSet[k] {
			e.counts(p.Type).TP++
			e.Total.TP++
			delete(goldSet, k)
		} else {
			e.counts(p.Type).FP++
			e.Total.FP++
		}
	}
	for k := range goldSet {
		e.counts(k.typ).FN++
		e.Total.FN++
	}
}

// Evaluate tags every sentence with m.Tag (same l and g as in Tag) and
// scores the result against the sentences' tags (MISC spans, which Tag
// never returns, are left out).
func (m *Model) Evaluate(sents []annotation.TaggedSentence, l lang.Language, g *gazetteer.Gazetteer) *Evaluation {
	e := NewEvaluation()
	var gold []annotation.Span
	for _, s := range sents {
		gold = gold[:0]
		for _, sp := range annotation.SpansFromTags(s.Tags) {
			if sp.Type != annotation.Misc {
				gold = append(gold, sp)
			}
		}
		e.Add(gold, m.Tag(s.Tokens, l, g))
	}
	return e
}

// WriteTable writes precision, recall, F1 and counts per type and overall
// as an aligned text table.
func (e *Evaluation) WriteTable(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-14s %9s %9s %9s %7s %7s %7s\n", "type", "precision", "recall", "F1", "gold", "pred", "correct")
	row := func(name string, c Counts) {
		fmt.Fprintf(&b, "%-14s %9.4f %9.4f %9.4f %7d %7d %7d\n", name, c.Precision(), c.Recall(), c.F1(), c.TP+c.FN, c.TP+c.FP, c.TP)
	}
	for _, t := range evalTypes {
		row(string(t), *e.counts(t))
	}
	for t, c := range e.ByType {
		if !isEvalType(t) {
			row(string(t), *c)
		}
	}
	row("overall", e.Total)
	_, err := io.WriteString(w, b.String())
	return err
}

func isEvalType(t annotation.Type) bool {
	for _, x := range evalTypes {
		if x == t {
			return true
		}
	}
	return false
}
