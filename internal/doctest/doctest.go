// Package doctest builds annotated documents for the tests of varlik's
// packages: a text, its tokens from a language, and entities given by
// byte span or by name.
package doctest

import (
	"slices"
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// Gold is an entity of a test fixture, by byte span.
type Gold struct {
	Text  string          `json:"text"`
	Type  annotation.Type `json:"type"`
	Start int             `json:"start"`
	End   int             `json:"end"`
}

// WithEntities tokenizes text and attaches the given entities, which
// must align with token boundaries.
func WithEntities(t testing.TB, text string, ents []Gold, l lang.Language) *annotation.Document {
	t.Helper()
	toks := l.Tokenize(text)
	doc := &annotation.Document{Lang: l.Code(), Text: text, Tokens: toks, Sentences: l.Sentences(text, toks)}
	for _, g := range ents {
		if text[g.Start:g.End] != g.Text {
			t.Fatalf("entity %q: text[%d:%d] = %q", g.Text, g.Start, g.End, text[g.Start:g.End])
		}
		first, last := -1, -1
		for i, tk := range toks {
			if tk.Start == g.Start {
				first = i
			}
			if tk.End == g.End {
				last = i + 1
			}
		}
		if first < 0 || last <= first {
			t.Fatalf("entity %q at %d:%d does not align with tokens", g.Text, g.Start, g.End)
		}
		doc.Entities = append(doc.Entities, annotation.Entity{Text: g.Text, Type: g.Type, Start: g.Start, End: g.End,
			First: first, Last: last, Source: "gold"})
	}
	return doc
}

// Name names an entity of a fixture: every token-aligned occurrence of
// Text gets Type, longer names first, never overlapping.
type Name struct {
	Text string
	Type annotation.Type
}

// WithNames builds a Document whose entities are all the occurrences of
// the given names.
func WithNames(t testing.TB, text string, names []Name, l lang.Language) *annotation.Document {
	t.Helper()
	toks := l.Tokenize(text)
	starts, ends := map[int]bool{}, map[int]bool{}
	for _, tk := range toks {
		starts[tk.Start], ends[tk.End] = true, true
	}
	sorted := slices.Clone(names)
	slices.SortStableFunc(sorted, func(a, b Name) int { return len(b.Text) - len(a.Text) })
	taken := make([]bool, len(text))
	var ents []Gold
	for _, n := range sorted {
		for off := 0; ; {
			i := strings.Index(text[off:], n.Text)
			if i < 0 {
				break
			}
			s, e := off+i, off+i+len(n.Text)
			off = e
			if !starts[s] || !ends[e] || slices.Contains(taken[s:e], true) {
				continue
			}
			for k := s; k < e; k++ {
				taken[k] = true
			}
			ents = append(ents, Gold{Text: n.Text, Type: n.Type, Start: s, End: e})
		}
	}
	slices.SortFunc(ents, func(a, b Gold) int { return a.Start - b.Start })
	return WithEntities(t, text, ents, l)
}
