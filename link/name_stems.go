package link

import (
	"slices"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// wordStems maps a folded word of a person's name to its stems, the word
// itself first, in a language whose names inflect; nil elsewhere, where a
// word is its only stem.
type wordStems map[string][]string

// nameStems returns the stems of the words of the document's PERSON
// mentions, in a language whose names inflect (lang.InflectedNames: Симса
// → симс); nil in another. It analyzes each distinct word once. The map
// and the stems' one array are the linker's scratch (lk.names), where a
// map a document and an array a word were a tenth of the allocations of
// Extract on Russian news.
func (lk *linker) nameStems() wordStems {
	inf, ok := lk.l.(lang.InflectedNames)
	if !ok || !inf.InflectsNames() {
		return nil
	}
	nc, _ := lk.l.(lang.NameCases)
	ents := lk.doc.Entities
	if lk.names.stems == nil {
		lk.names.stems = wordStems{}
	}
	st, all := lk.names.stems, lk.names.stemArray[:0]
	for i := range ents {
		if ents[i].Type != annotation.Person {
			continue
		}
		for _, w := range lk.words[i] {
			if _, ok := st[w]; ok {
				continue
			}
			start := len(all)
			all = append(all, w)
			for _, a := range lk.l.Analyze(w) {
				if len(a.Suffixes) > 0 && !slices.Contains(all[start:], a.Stem) && (nc == nil || nc.NameCase(a)) {
					all = append(all, a.Stem)
				}
			}
			// Capped: a word's stems are never appended to in place.
			st[w] = all[start:len(all):len(all)]
		}
	}
	lk.names.stemArray = all
	if len(st) == 0 {
		return noNameStems
	}
	return st
}

// noNameStems is the stems of a document that names no person, in a
// language whose names inflect: empty, but not nil, which would say the
// language's names do not inflect. It is never written to.
var noNameStems = wordStems{}

// of returns the stems of the word ws[k]: ws[k:k+1] when st does not
// know it (no allocation).
func (st wordStems) of(ws []string, k int) []string {
	if s, ok := st[ws[k]]; ok {
		return s
	}
	return ws[k : k+1]
}

// same reports whether words a and b are one name: equal, or, in a
// language whose names inflect, sharing a stem (Джеррарду, Джеррард;
// Полтера, Полтером).
func (st wordStems) same(a, b string) bool {
	if a == b {
		return true
	}
	sa, sb := st[a], st[b]
	for _, x := range sa {
		if slices.Contains(sb, x) {
			return true
		}
	}
	return false
}

// linkInflectedNames joins the PERSON mentions of two words or more that
// are one name in different cases, word by word (Дайтеона Симпсона,
// Дайтеон Симпсон), before linkShortNames matches the short mentions:
// were they two groups, a surname alone (Симпсона) would have two
// candidates and join neither. A name of several words that agrees
// word by word through the morphology is one person; byWord indexes those
// mentions by the stems of their words.
func (lk *linker) linkInflectedNames(st wordStems, byWord *wordMentions) {
	ents := lk.doc.Entities
	for i := range ents {
		if lk.stop.Done() {
			return
		}
		if ents[i].Type != annotation.Person || len(lk.words[i]) < 2 {
			continue
		}
		for _, s := range st.of(lk.words[i], 0) {
			for j := range byWord.of(s) {
				if j > i && len(lk.words[j]) == len(lk.words[i]) && lk.find(i) != lk.find(j) && subsequence(lk.words[i], lk.words[j], st.same) {
					lk.union(i, j)
				}
			}
		}
	}
}

// bare reports whether word short is word long as written or a stem of it
// that the morphology gives with a case ending taken off (Халкетт of
// Халкетту): the name in its citation form, not in another case.
func (st wordStems) bare(short, long string) bool {
	return short == long || slices.Contains(st[long], short)
}
