package link

import (
	"slices"
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// addRepeatedNames tags the other occurrences of a name the document
// already tags (a tagger sees one sentence at a time and may miss a name
// in one sentence that it found in another): an untagged run of words
// that folds exactly like a tagged mention, starts with a capital and does
// not end inside a longer capitalized name gets that mention's type. A name
// tagged with different types in the document is left alone. The new
// mentions get Source "link" and the score of the mention they repeat.
func addRepeatedNames(doc *annotation.Document, l lang.Language) {
	type name struct {
		words []string
		typ   annotation.Type
		score float64
		mixed bool
	}
	byKey := map[string]*name{}
	byFirst := map[string][]*name{} // first folded word → names, longest first
	for i := range doc.Entities {
		e := &doc.Entities[i]
		ws := mentionWords(doc, e, l)
		if len(ws) == 0 || e.Last-e.First != len(ws) {
			continue // names with punctuation or suffixes inside are not repeated
		}
		key := strings.Join(ws, " ")
		if n := byKey[key]; n != nil {
			n.mixed = n.mixed || n.typ != e.Type
			continue
		}
		n := &name{words: ws, typ: e.Type, score: e.Score}
		byKey[key] = n
		byFirst[ws[0]] = append(byFirst[ws[0]], n)
	}
	if len(byKey) == 0 {
		return
	}
	for _, ns := range byFirst {
		slices.SortStableFunc(ns, func(a, b *name) int { return len(b.words) - len(a.words) })
	}
	covered := make([]bool, len(doc.Tokens))
	for _, e := range doc.Entities {
		for k := max(e.First, 0); k < e.Last && k < len(covered); k++ {
			covered[k] = true
		}
	}
	var added []annotation.Entity
	for t := 0; t < len(doc.Tokens); t++ {
		tk := &doc.Tokens[t]
		if covered[t] || tk.Kind != lang.Word || !lang.StartsUpper(tk.Text) {
			continue
		}
		for _, n := range byFirst[lang.FoldToken(tk, l)] {
			end := t + len(n.words)
			if n.mixed || end > len(doc.Tokens) || !repeats(doc, l, t, n.words, covered) {
				continue
			}
			if end < len(doc.Tokens) && doc.Tokens[end].Kind == lang.Word && lang.StartsUpper(doc.Tokens[end].Text) && !covered[end] {
				continue // part of a longer name
			}
			e := doc.Mention(t, end, n.typ, n.score, "link")
			added = append(added, e)
			for k := t; k < end; k++ {
				covered[k] = true
			}
			t = end - 1
			break
		}
	}
	if len(added) == 0 {
		return
	}
	doc.Entities = append(doc.Entities, added...)
	slices.SortStableFunc(doc.Entities, func(a, b annotation.Entity) int { return a.Start - b.Start })
}

// repeats reports whether the tokens at t are words, untagged, folding to
// words.
func repeats(doc *annotation.Document, l lang.Language, t int, words []string, covered []bool) bool {
	for i, w := range words {
		tk := &doc.Tokens[t+i]
		if covered[t+i] || (tk.Kind != lang.Word && tk.Kind != lang.Abbreviation) || lang.FoldToken(tk, l) != w {
			return false
		}
	}
	return true
}
