package link

import (
	"slices"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/checkpoint"
	"github.com/varlik/varlik/lang"
)

// addRepeatedNames tags the other occurrences of a name the document
// already tags (a tagger sees one sentence at a time and may miss a name
// in one sentence that it found in another): an untagged run of words
// that folds exactly like a tagged mention, starts with a capital and does
// not end inside a longer capitalized name gets that mention's type. A name
// tagged with different types in the document is left alone. The new
// mentions get Source "link" and the score of the mention they repeat.
func addRepeatedNames(doc *annotation.Document, l lang.Language, stop *checkpoint.Every) {
	// A name is represented by one of its mentions (token indices); names
	// are found by their first folded word, with no strings built.
	type name struct {
		first, last int
		typ         annotation.Type
		score       float64
		mixed       bool
	}
	byFirst := map[string][]*name{}
	for i := range doc.Entities {
		if stop.Done() {
			return
		}
		e := &doc.Entities[i]
		if e.First < 0 || e.Last > len(doc.Tokens) || e.First >= e.Last || !allWords(doc.Tokens[e.First:e.Last]) {
			continue // names with punctuation or suffixes inside are not repeated
		}
		first := lang.FoldToken(&doc.Tokens[e.First], l)
		var same *name
		for _, n := range byFirst[first] {
			if sameWords(doc, l, n.first, n.last, e.First, e.Last) {
				same = n
				break
			}
		}
		if same != nil {
			same.mixed = same.mixed || same.typ != e.Type
			continue
		}
		byFirst[first] = append(byFirst[first], &name{first: e.First, last: e.Last, typ: e.Type, score: e.Score})
	}
	if len(byFirst) == 0 {
		return
	}
	for _, ns := range byFirst {
		slices.SortStableFunc(ns, func(a, b *name) int { return (b.last - b.first) - (a.last - a.first) })
	}
	covered := make([]bool, len(doc.Tokens))
	for _, e := range doc.Entities {
		for k := max(e.First, 0); k < e.Last && k < len(covered); k++ {
			covered[k] = true
		}
	}
	var added []annotation.Entity
	for t := 0; t < len(doc.Tokens); t++ {
		if stop.Done() {
			return
		}
		tk := &doc.Tokens[t]
		if covered[t] || tk.Kind != lang.Word || !lang.StartsUpper(tk.Text) {
			continue
		}
		for _, n := range byFirst[lang.FoldToken(tk, l)] {
			end := t + n.last - n.first
			if n.mixed || end > len(doc.Tokens) || slices.Contains(covered[t:end], true) || !sameWords(doc, l, n.first, n.last, t, end) {
				continue
			}
			if end < len(doc.Tokens) && doc.Tokens[end].Kind == lang.Word && lang.StartsUpper(doc.Tokens[end].Text) && !covered[end] {
				continue // part of a longer name
			}
			added = append(added, doc.Mention(t, end, n.typ, n.score, "link"))
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
	doc.Entities = mergeByStart(doc.Entities, added)
}

// allWords reports whether every token is a word or an abbreviation.
func allWords(toks []lang.Token) bool {
	for i := range toks {
		if toks[i].Kind != lang.Word && toks[i].Kind != lang.Abbreviation {
			return false
		}
	}
	return true
}

// sameWords reports whether tokens a..aEnd-1 and b..bEnd-1 fold alike.
func sameWords(doc *annotation.Document, l lang.Language, a, aEnd, b, bEnd int) bool {
	if aEnd-a != bEnd-b {
		return false
	}
	for i := 0; i < aEnd-a; i++ {
		if lang.FoldToken(&doc.Tokens[a+i], l) != lang.FoldToken(&doc.Tokens[b+i], l) {
			return false
		}
	}
	return true
}
