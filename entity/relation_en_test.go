package entity

import (
	"context"
	"testing"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/link"
	"github.com/varlik/varlik/relation"
)

// relString renders a relation by its arguments' texts, for table tests.
func relString(doc *Document, r Relation) string {
	arg := func(i int) string {
		if i < 0 {
			return "-"
		}
		return doc.Entities[i].Text
	}
	s := string(r.Type) + "(" + arg(r.Subject) + ", " + arg(r.Object)
	if r.Role != "" {
		s += ", " + r.Role
	}
	if r.QuoteEnd > r.QuoteStart {
		s += `, "` + doc.Text[r.QuoteStart:r.QuoteEnd] + `"`
	}
	return s + ")"
}

func TestEnglishRelations(t *testing.T) {
	l, _ := lang.Get("en")
	per, loc, org := Person, Location, Organization
	tests := []struct {
		text  string
		names []nameSpec
		want  []string
	}{
		{"China's Premier Li Qiang met Russian Prime Minister Mikhail Mishustin in Hangzhou.",
			[]nameSpec{{Text: "China", Type: loc}, {Text: "Li Qiang", Type: per}, {Text: "Mikhail Mishustin", Type: per}, {Text: "Hangzhou", Type: loc}},
			[]string{"ROLE(Li Qiang, China, Premier)", "MEETS(Li Qiang, Mikhail Mishustin)",
				"ROLE(Mikhail Mishustin, -, Prime Minister)"}},
		{"Hangzhou, the capital of Zhejiang province, hosted the talks.",
			[]nameSpec{{Text: "Hangzhou", Type: loc}, {Text: "Zhejiang", Type: loc}},
			[]string{"LOCATED_IN(Hangzhou, Zhejiang)"}},
		{"Fighting continued in China's Zhejiang province and in Kursk in western Russia.",
			[]nameSpec{{Text: "China", Type: loc}, {Text: "Zhejiang", Type: loc}, {Text: "Kursk", Type: loc}, {Text: "Russia", Type: loc}},
			[]string{"LOCATED_IN(Zhejiang, China)", "LOCATED_IN(Kursk, Russia)"}},
		{"UN Secretary-General Antonio Guterres said that the ceasefire must hold.",
			[]nameSpec{{Text: "UN", Type: org}, {Text: "Antonio Guterres", Type: per}},
			[]string{"ROLE(Antonio Guterres, UN, Secretary-General)",
				`SAYS(Antonio Guterres, -, "the ceasefire must hold")`}},
		{`"We are ready to work with Russia," Li said.`,
			[]nameSpec{{Text: "Russia", Type: loc}, {Text: "Li", Type: per}},
			[]string{`SAYS(Li, -, "We are ready to work with Russia,")`}},
		{"NATO member Turkey hosted the summit, and Modi visited Tianjin.",
			[]nameSpec{{Text: "NATO", Type: org}, {Text: "Turkey", Type: loc}, {Text: "Modi", Type: per}, {Text: "Tianjin", Type: loc}},
			[]string{"MEMBER_OF(Turkey, NATO)", "VISITS(Modi, Tianjin)"}},
		{"Finland joined NATO in 2023.",
			[]nameSpec{{Text: "Finland", Type: loc}, {Text: "NATO", Type: org}},
			[]string{"MEMBER_OF(Finland, NATO)"}},
	}
	for _, tt := range tests {
		doc := docWithNames(t, tt.text, tt.names, l)
		link.AddShortMentions(doc, l)
		link.New(nil).Link(doc, l)
		var got []string
		for _, r := range relation.Extract(context.Background(), doc, l) {
			got = append(got, relString(doc, r))
		}
		if !sameSet(got, tt.want) {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func sameSet(a, b []string) bool {
	m := map[string]int{}
	for _, s := range a {
		m[s]++
	}
	for _, s := range b {
		m[s]--
	}
	for _, n := range m {
		if n != 0 {
			return false
		}
	}
	return true
}
