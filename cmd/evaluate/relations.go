package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/varlik/varlik/corpus"
	"github.com/varlik/varlik/entity"
	"github.com/varlik/varlik/lang"
)

// relationCounts are a type's scores.
type relationCounts struct {
	gold, pred, correct int
	reachable           int // gold relations whose subject and object the Extractor found with their exact spans
	reached             int // of those, the ones found
}

// evaluateRelations scores the relations the whole Extractor finds on the
// raw text of an annotation file whose relations were annotated (its
// header says "relations: yes", as corpus/ann/ntrex.tr.0001-0700.ann):
// docSize consecutive records joined by line breaks make a document, and
// a predicted relation is correct when a gold relation of its record has
// its corpus.RelationKey (type, the arguments' exact spans, ROLE's role
// folded by the language; not the words said). "reachable" counts the gold relations whose entities the
// Extractor found with their exact spans: recall among them measures the
// relation patterns apart from recognition.
//
// lines, "A-B", keeps the records of source lines A to B (the number that
// ends a record's ID), so that patterns can be chosen on some records and
// measured on others; "" keeps them all.
func evaluateRelations(path, lines string, opts []entity.Option, docSize, showErrors int, stdout io.Writer) error {
	f, err := corpus.ParseFile(path)
	if err != nil {
		return err
	}
	if f.Records, err = recordsOfLines(f.Records, lines); err != nil {
		return err
	}
	if f.Header["relations"] != "yes" {
		return fmt.Errorf("%s: its header does not say \"relations: yes\": its relations were not annotated", path)
	}
	l, ok := lang.Get(f.Lang())
	if !ok {
		return fmt.Errorf("%s: language %q is not registered", path, f.Lang())
	}
	x, err := entity.New(append(opts, entity.WithLanguage(l.Code()), entity.WithMaxBytes(0))...)
	if err != nil {
		return err
	}
	counts := map[string]*relationCounts{}
	count := func(typ string) *relationCounts {
		if counts[typ] == nil {
			counts[typ] = &relationCounts{}
		}
		return counts[typ]
	}
	var errs []string
	for i := 0; i < len(f.Records); i += docSize {
		group := f.Records[i:min(i+docSize, len(f.Records))]
		doc, starts := joinLines(len(group), func(k int) string { return group[k].Text })
		d, err := x.Extract(context.Background(), doc)
		if err != nil {
			return err
		}
		for k, r := range group {
			lineStart, lineEnd := starts[k], starts[k]+len(r.Text)
			found := map[[2]int]bool{} // the predicted entities' spans in the line
			for _, e := range d.Entities {
				if e.Start >= lineStart && e.End <= lineEnd {
					found[[2]int{e.Start - lineStart, e.End - lineStart}] = true
				}
			}
			want := r.RelationKeys(l.Fold)
			reachable := func(k corpus.RelationKey) bool { return found[k.Subject] && (!k.HasObject || found[k.Object]) }
			for key, n := range want {
				c := count(key.Type)
				c.gold += n
				if reachable(key) {
					c.reachable += n
				}
			}
			got := map[corpus.RelationKey]int{}
			for _, rel := range d.Relations {
				s := d.Entities[rel.Subject]
				if s.Start < lineStart || s.End > lineEnd {
					continue
				}
				var object [2]int
				if rel.Object >= 0 {
					o := d.Entities[rel.Object]
					object = [2]int{o.Start - lineStart, o.End - lineStart}
				}
				subject := [2]int{s.Start - lineStart, s.End - lineStart}
				key := corpus.NewRelationKey(string(rel.Type), subject, object, rel.Object >= 0, rel.Role, l.Fold)
				got[key]++
				count(key.Type).pred++
			}
			for key, n := range want {
				hit := min(n, got[key])
				c := count(key.Type)
				c.correct += hit
				if reachable(key) {
					c.reached += hit
				}
				if hit < n {
					errs = append(errs, fmt.Sprintf("%s missed %s", r.ID, describeRelation(key, r.Text)))
				}
			}
			for key, n := range got {
				if n > want[key] {
					errs = append(errs, fmt.Sprintf("%s false  %s", r.ID, describeRelation(key, r.Text)))
				}
			}
		}
	}
	fmt.Fprintf(stdout, "%s: %d records, %d to a document, raw text\n", path, len(f.Records), docSize)
	writeRelationTable(stdout, counts)
	for _, e := range errs[:min(len(errs), showErrors)] {
		fmt.Fprintln(stdout, e)
	}
	return nil
}

// recordsOfLines returns the records whose ID ends in a line number from A
// to B, for lines "A-B", or all records for "".
func recordsOfLines(recs []corpus.Record, lines string) ([]corpus.Record, error) {
	if lines == "" {
		return recs, nil
	}
	var first, last int
	if n, err := fmt.Sscanf(lines, "%d-%d", &first, &last); n != 2 || err != nil || first > last {
		return nil, fmt.Errorf("-lines %q: want A-B, A ≤ B", lines)
	}
	var kept []corpus.Record
	for _, r := range recs {
		var line int
		if _, err := fmt.Sscanf(r.ID[strings.LastIndexByte(r.ID, '.')+1:], "%d", &line); err != nil {
			return nil, fmt.Errorf("record %q: its ID does not end in a line number", r.ID)
		}
		if line >= first && line <= last {
			kept = append(kept, r)
		}
	}
	return kept, nil
}

// describeRelation writes a relation with its arguments' text.
func describeRelation(k corpus.RelationKey, text string) string {
	object := "-"
	if k.HasObject {
		object = text[k.Object[0]:k.Object[1]]
	}
	out := fmt.Sprintf("%s %s | %s", k.Type, text[k.Subject[0]:k.Subject[1]], object)
	if k.Role != "" {
		out += " | " + k.Role
	}
	return out
}

// writeRelationTable writes precision, recall and F1 per relation type and
// overall, and recall among the reachable gold relations.
func writeRelationTable(w io.Writer, counts map[string]*relationCounts) {
	fmt.Fprintf(w, "%-11s %9s %9s %9s %6s %6s %7s %9s %9s\n", "type", "precision", "recall", "F1", "gold", "pred", "correct", "reachable", "R|reach")
	ratio := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	row := func(name string, c relationCounts) {
		p, r := ratio(c.correct, c.pred), ratio(c.correct, c.gold)
		f := 0.0
		if p+r > 0 {
			f = 2 * p * r / (p + r)
		}
		fmt.Fprintf(w, "%-11s %9.4f %9.4f %9.4f %6d %6d %7d %9d %9.4f\n", name, p, r, f, c.gold, c.pred, c.correct, c.reachable, ratio(c.reached, c.reachable))
	}
	var total relationCounts
	types := make([]string, 0, len(counts))
	for t := range counts {
		types = append(types, t)
	}
	slices.Sort(types)
	for _, t := range types {
		c := *counts[t]
		row(t, c)
		total.gold += c.gold
		total.pred += c.pred
		total.correct += c.correct
		total.reachable += c.reachable
		total.reached += c.reached
	}
	row("overall", total)
}

var errRelationsNeedAnn = errors.New("-relations scores an annotation file (corpus/ann/*.ann) whose relations were annotated")
