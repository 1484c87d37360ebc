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
		// more MISC spans than TagMatchedMisc holds on its stack
		"Игры вышли на PlayStation , Xbox , Dreamcast , GameCube , Wii , Switch , Saturn , Jaguar , Lynx , Atari , Amiga и Windows .",
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

// TestTagMatchedMiscMany checks the order of the spans when more MISC
// spans than the stack holds come between the others.
func TestTagMatchedMiscMany(t *testing.T) {
	m, err := shippedModel("ru")
	if err != nil {
		t.Fatal(err)
	}
	l := ru.Russian{}
	toks := l.Tokenize("Игры вышли на PlayStation , Xbox , Dreamcast , GameCube , Wii , Switch , Saturn , Jaguar , Lynx , Atari , Amiga и Windows , сообщил Иван Петров из Москвы .")
	spans, misc := m.TagMatchedMisc(toks, l, nil)
	for _, list := range [][]annotation.Span{spans, misc} {
		for i := 1; i < len(list); i++ {
			if list[i].First < list[i-1].Last {
				t.Errorf("spans out of order: %v", list)
			}
		}
	}
	if len(spans) > 0 && cap(spans) != len(spans) {
		t.Errorf("spans has room (%d of %d): appending would overwrite misc", len(spans), cap(spans))
	}
	t.Logf("%d spans, %d MISC", len(spans), len(misc))
}
