package ner

import (
	"slices"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang/ru"
)

// TestTagMatchedMisc checks that TagMatchedMisc gives TagMatched's spans
// and, apart, only MISC spans, none of them overlapping the others.
func TestTagMatchedMisc(t *testing.T) {
	m, err := shippedModel("ru")
	if err != nil {
		t.Fatal(err)
	}
	l := ru.Russian{}
	g := gazetteer.Default()
	found := 0 // MISC spans in all
	for _, text := range []string{
		"Игра вышла на приставке PlayStation и на компьютерах с Windows .",
		"Компания Google купила YouTube , сообщает Рейтер .",
		"Владимир Путин прибыл в Берлин .",
		"",
	} {
		toks := l.Tokenize(text)
		matches := g.Match(toks, l)
		want := m.TagMatched(toks, l, matches)
		spans, misc := m.TagMatchedMisc(toks, l, matches)
		if !slices.Equal(spans, want) {
			t.Errorf("%q: spans %v, TagMatched %v", text, spans, want)
		}
		found += len(misc)
		for _, sp := range misc {
			if sp.Type != annotation.Misc || sp.First >= sp.Last || sp.Last > len(toks) {
				t.Errorf("%q: misc span %+v", text, sp)
			}
			for _, o := range spans {
				if o.First < sp.Last && sp.First < o.Last {
					t.Errorf("%q: misc span %+v overlaps %+v", text, sp, o)
				}
			}
		}
	}
	if found == 0 {
		t.Error("no MISC span: the products and games above were read as MISC when this test was written")
	}
}
