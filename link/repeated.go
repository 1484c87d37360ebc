package link

import (
	"slices"
	"sync"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/checkpoint"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// addRepeatedNames tags the other occurrences of a name the document
// already tags (a tagger sees one sentence at a time and may miss a name
// in one sentence that it found in another): an untagged run of words
// that folds exactly like a tagged mention, starts with a capital (at one
// of capitals, see notedTokens) and does
// not end inside a longer capitalized name gets that mention's type. A name
// tagged with different types in the document is left alone. The new
// mentions get Source "link" and the score of the mention they repeat.
func addRepeatedNames(doc *annotation.Document, l lang.Language, capitals []int, stop *checkpoint.Every) {
	// A name is represented by one of its mentions (token indices); names
	// are found by their first folded word, with no strings built. The
	// names of one first word form a chain, longest first.
	sc := repeatedPool.Get().(*repeatedScratch)
	defer sc.release()
	names, chain := sc.names[:0], sc.chain
	for i := range doc.Entities {
		if stop.Done() {
			return
		}
		e := &doc.Entities[i]
		if e.First < 0 || e.Last > len(doc.Tokens) || e.First >= e.Last || !allWords(doc.Tokens[e.First:e.Last]) {
			continue // names with punctuation or suffixes inside are not repeated
		}
		first := lang.FoldToken(&doc.Tokens[e.First], l)
		head, ok := chain[first]
		if !ok {
			head = -1
		}
		same := -1
		for n := head; n >= 0; n = names[n].next {
			if sameWords(doc, l, names[n].first, names[n].last, e.First, e.Last) {
				same = n
				break
			}
		}
		if same >= 0 {
			names[same].mixed = names[same].mixed || names[same].typ != e.Type
			continue
		}
		// After the names at least as long: a name of the same length
		// as another is tried after it, as the text gives them.
		names = append(names, repeatedName{first: e.First, last: e.Last, typ: e.Type, score: e.Score, next: -1})
		sc.names = names // for release
		n, length := len(names)-1, e.Last-e.First
		prev := -1
		for c := head; c >= 0 && names[c].last-names[c].first >= length; c = names[c].next {
			prev = c
		}
		if prev < 0 {
			names[n].next, chain[first] = head, n
		} else {
			names[n].next, names[prev].next = names[prev].next, n
		}
	}
	if len(names) == 0 {
		return
	}
	covered := coveredTokens(doc)
	var added []annotation.Entity
	for _, t := range capitals {
		if stop.Done() {
			return
		}
		tk := &doc.Tokens[t]
		if covered[t] { // by a mention, or by one just added before t
			continue
		}
		head, ok := chain[lang.FoldToken(tk, l)]
		if !ok {
			continue
		}
		for c := head; c >= 0; c = names[c].next {
			n := &names[c]
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
			break
		}
	}
	if len(added) == 0 {
		return
	}
	doc.Entities = mention.MergeByStart(doc.Entities, added)
}

// repeatedName is a name addRepeatedNames looks for: the tokens of one
// of its mentions, and the next name of its chain.
type repeatedName struct {
	first, last int
	typ         annotation.Type
	score       float64
	mixed       bool
	next        int // the next name of the chain, or -1
}

// repeatedScratch holds addRepeatedNames's names and the map of their
// chains (first folded word → first name), kept between documents: made
// for each (a map sized for up to 64 names, and their array), they were
// half the bytes linking allocated on news.
type repeatedScratch struct {
	names []repeatedName
	chain map[string]int
}

var repeatedPool = sync.Pool{New: func() any { return &repeatedScratch{chain: map[string]int{}} }}

// maxPooledNames bounds the names of a pooled repeatedScratch: clearing a
// map costs its capacity, which a huge document's names would leave to
// every document after it.
const maxPooledNames = 256

// release empties sc, so that it keeps no document's strings alive, and
// pools it unless it grew past maxPooledNames.
func (sc *repeatedScratch) release() {
	if len(sc.names) > maxPooledNames {
		return
	}
	clear(sc.chain)
	clear(sc.names)
	sc.names = sc.names[:0]
	repeatedPool.Put(sc)
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
