package ner

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/varlik/varlik/annotation"
)

func TestSpansFromTags(t *testing.T) {
	tags := []string{"B-PERSON", "I-PERSON", "O", "I-LOCATION", "I-LOCATION", "B-LOCATION", "I-ORGANIZATION", "O", "weird"}
	want := []annotation.Span{
		{First: 0, Last: 2, Type: annotation.Person, Score: 1},
		{First: 3, Last: 5, Type: annotation.Location, Score: 1},
		{First: 5, Last: 6, Type: annotation.Location, Score: 1},
		{First: 6, Last: 7, Type: annotation.Organization, Score: 1},
	}
	if d := cmp.Diff(want, annotation.SpansFromTags(tags)); d != "" {
		t.Errorf("spans (-want +got):\n%s", d)
	}
}

func TestEvaluationExactMatch(t *testing.T) {
	per := func(f, l int) annotation.Span { return annotation.Span{First: f, Last: l, Type: annotation.Person} }
	loc := func(f, l int) annotation.Span { return annotation.Span{First: f, Last: l, Type: annotation.Location} }
	tests := []struct {
		name       string
		gold, pred []annotation.Span
		want       Counts // overall
	}{
		{"exact match", []annotation.Span{per(0, 2)}, []annotation.Span{per(0, 2)}, Counts{TP: 1}},
		{"partial overlap is wrong", []annotation.Span{per(0, 2)}, []annotation.Span{per(0, 1)}, Counts{FP: 1, FN: 1}},
		{"longer span is wrong", []annotation.Span{per(0, 2)}, []annotation.Span{per(0, 3)}, Counts{FP: 1, FN: 1}},
		{"type mismatch is wrong", []annotation.Span{per(0, 2)}, []annotation.Span{loc(0, 2)}, Counts{FP: 1, FN: 1}},
		{"missed", []annotation.Span{per(0, 2), loc(3, 4)}, []annotation.Span{loc(3, 4)}, Counts{TP: 1, FN: 1}},
		{"spurious", nil, []annotation.Span{loc(3, 4)}, Counts{FP: 1}},
		{"duplicate prediction counts once", []annotation.Span{loc(3, 4)}, []annotation.Span{loc(3, 4), loc(3, 4)}, Counts{TP: 1, FP: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := NewEvaluation()
			e.Add(tt.gold, tt.pred)
			if e.Total != tt.want {
				t.Errorf("counts %+v, want %+v", e.Total, tt.want)
			}
		})
	}
}

func TestCountsScores(t *testing.T) {
	c := Counts{TP: 3, FP: 1, FN: 2}
	if p, r := c.Precision(), c.Recall(); p != 0.75 || r != 0.6 {
		t.Errorf("P=%v R=%v, want 0.75 0.6", p, r)
	}
	if f := c.F1(); f < 0.6666 || f > 0.6667 {
		t.Errorf("F1=%v, want 2/3", f)
	}
	if f := (Counts{}).F1(); f != 0 {
		t.Errorf("empty F1=%v, want 0", f)
	}
}

func TestEvaluationTable(t *testing.T) {
	e := NewEvaluation()
	e.Add([]annotation.Span{{First: 0, Last: 1, Type: annotation.Person}}, []annotation.Span{{First: 0, Last: 1, Type: annotation.Person}})
	var b strings.Builder
	if err := e.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"PERSON", "LOCATION", "ORGANIZATION", "overall", "1.0000"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, b.String())
		}
	}
}
