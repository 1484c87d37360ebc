package recognize

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
)

func TestMergeGazetteer(t *testing.T) {
	gazprom := &gazetteer.Entry{ID: "gazprom", Type: gazetteer.Organization, Names: map[string][]string{"en": {"Gazprom"}}}
	moscow := &gazetteer.Entry{ID: "Q649", Type: gazetteer.Location, Prior: 0.9, Names: map[string][]string{"en": {"Moscow"}}}
	russia := &gazetteer.Entry{ID: "Q159", Type: gazetteer.Location, Prior: 0.95, Names: map[string][]string{"en": {"Russia"}}}
	g := gazetteer.New(gazprom, moscow, russia)
	tests := []struct {
		name   string
		spans  []annotation.Span // over the tokens of "Officials from Gazprom met in Moscow , Russia ."
		source string
		want   []string
	}{
		{"prose type yields to the gazetteer", []annotation.Span{{First: 2, Last: 3, Type: annotation.Location}}, "prose",
			[]string{"Gazprom ORGANIZATION gazprom prose+gazetteer", "Moscow LOCATION Q649 gazetteer", "Russia LOCATION Q159 gazetteer"}},
		// The model has seen the gazetteer: only countries fill in what it left out.
		{"model type stands", []annotation.Span{{First: 2, Last: 3, Type: annotation.Location}}, "model",
			[]string{"Gazprom LOCATION  model", "Russia LOCATION Q159 gazetteer"}},
		{"same type gets the entry", []annotation.Span{{First: 5, Last: 6, Type: annotation.Location}}, "prose",
			[]string{"Gazprom ORGANIZATION gazprom gazetteer", "Moscow LOCATION Q649 prose+gazetteer", "Russia LOCATION Q159 gazetteer"}},
		{"a longer span hides the match", []annotation.Span{{First: 4, Last: 6, Type: annotation.Location}}, "prose",
			[]string{"Gazprom ORGANIZATION gazprom gazetteer", "in Moscow LOCATION  prose", "Russia LOCATION Q159 gazetteer"}},
	}
	var l lang.Language = en.English{}
	text := "Officials from Gazprom met in Moscow , Russia ."
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := l.Tokenize(text)
			doc := &annotation.Document{Text: text, Tokens: toks}
			var got []string
			for _, e := range mergeGazetteer(nil, doc, 0, tc.spans, tc.source, g.Match(toks, l), l) {
				got = append(got, fmt.Sprintf("%s %s %s %s", e.Text, e.Type, e.ID, e.Source))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestMergeGazetteerPossessiveName: a span that stops before the
// possessive a known name ends with (the guidelines leave it outside) gets
// the name's entry; a span
// of another type, or one the possessive does not follow, does not.
func TestMergeGazetteerPossessiveName(t *testing.T) {
	mcd := &gazetteer.Entry{ID: "mcd", Type: gazetteer.Organization, Names: map[string][]string{"en": {"McDonald's"}}}
	g := gazetteer.New(mcd)
	tests := []struct {
		text string
		span annotation.Span
		want string
	}{
		{"Shares of McDonald's rose", annotation.Span{First: 2, Last: 3, Type: annotation.Organization}, "McDonald ORGANIZATION mcd model+gazetteer"},
		{"Shares of McDonald's rose", annotation.Span{First: 2, Last: 4, Type: annotation.Organization}, "McDonald's ORGANIZATION mcd model+gazetteer"},
		{"Shares of McDonald's rose", annotation.Span{First: 2, Last: 3, Type: annotation.Person}, "McDonald PERSON  model"},
		{"Shares of McDonald rose", annotation.Span{First: 2, Last: 3, Type: annotation.Organization}, "McDonald ORGANIZATION  model"},
	}
	var l lang.Language = en.English{}
	for _, tc := range tests {
		toks := l.Tokenize(tc.text)
		doc := &annotation.Document{Text: tc.text, Tokens: toks}
		var got []string
		for _, e := range mergeGazetteer(nil, doc, 0, []annotation.Span{tc.span}, "model", g.Match(toks, l), l) {
			got = append(got, fmt.Sprintf("%s %s %s %s", e.Text, e.Type, e.ID, e.Source))
		}
		if diff := cmp.Diff([]string{tc.want}, got); diff != "" {
			t.Errorf("%q, span %d-%d %s: mismatch (-want +got):\n%s", tc.text, tc.span.First, tc.span.Last, tc.span.Type, diff)
		}
	}
}

// TestJoinAdjacent checks that joinAdjacent asks join only of two mentions
// at most one token apart, puts the joined mention in their place, joins
// no joined mention again and leaves the others as they were.
func TestJoinAdjacent(t *testing.T) {
	span := func(first, last int) annotation.Entity {
		return annotation.Entity{Text: fmt.Sprint(first, "-", last), First: first, Last: last}
	}
	tests := []struct {
		name  string
		ents  []annotation.Entity
		asked [][2]int // the First of each pair join is asked of
		want  []annotation.Entity
	}{
		{"empty", nil, nil, nil},
		{"one", []annotation.Entity{span(0, 1)}, nil, []annotation.Entity{span(0, 1)}},
		{"apart", []annotation.Entity{span(0, 1), span(3, 4), span(6, 8)}, nil,
			[]annotation.Entity{span(0, 1), span(3, 4), span(6, 8)}},
		{"touching, joined not joined again", []annotation.Entity{span(0, 1), span(1, 2), span(3, 4)},
			[][2]int{{0, 1}}, []annotation.Entity{span(0, 2), span(3, 4)}},
		{"one token between", []annotation.Entity{span(0, 1), span(2, 3), span(4, 5), span(9, 10)},
			[][2]int{{0, 2}}, []annotation.Entity{span(0, 3), span(4, 5), span(9, 10)}},
		{"after a first join", []annotation.Entity{span(0, 1), span(1, 2), span(5, 6), span(7, 8)},
			[][2]int{{0, 1}, {5, 7}}, []annotation.Entity{span(0, 2), span(5, 8)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var asked [][2]int
			got := joinAdjacent(tt.ents, func(a, b *annotation.Entity) (annotation.Entity, bool) {
				asked = append(asked, [2]int{a.First, b.First})
				return span(a.First, b.Last), true
			})
			if diff := cmp.Diff(tt.asked, asked); diff != "" {
				t.Errorf("pairs asked (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mentions (-want +got):\n%s", diff)
			}
		})
	}
}
