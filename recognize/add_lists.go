package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// listItem is a name in a list: a mention (ent >= 0) or a run of
// capitalized words no mention holds (ent < 0), tokens first..last-1.
type listItem struct{ first, last, ent int }

// completeLists adds the names of a list that the tagger missed: in "Boots
// , Superdrug and Debenhams", three or more names joined by commas, the
// last by a coordinating word of the language (lang.FunctionWords), the
// runs of capitalized words no mention holds are organizations when all
// the list's mentions are. A list of people or places is left alone (a
// name written like a person's there is as often the start of a title or
// a brand's: "L'Oreal , Maybelline and Burt 's Bees"), and so is a run
// that opens the sentence (However , Apple and Google; a capital after a
// full stop) or names a day or a month (lang.NamePrepositions). ents are
// sorted and non-overlapping, and stay so. It returns the texts of the
// organizations it added.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX English dev 0.8141 → 0.8149 (Boots, Superdrug), Universal NER EWT
// dev 0.7393 → 0.7400 (Interior Mall), NTREX Turkish dev 0.8140 → 0.8143
// (Superdrug), NTREX Russian dev 0.7814 → 0.7824 (Essie, Tweezerman,
// MSNBC; and "Dr" of Dr. PawPaw), Turkish Wiki NER dev unchanged (0.7770).
// Lists of any type first: NTREX English 0.8146 (L'Oreal and Maybelline
// became people beside Burt 's Bees; "the Weeknd" an organization, as the
// added names were spread), EWT 0.7384 (a list without a coordinating word
// at its end, "Private white line buses"; "West Bank and Israel , I").
// A definite article before an item that is a mention does not end the
// list (articleBeforeMention: "including PBS , C-SPAN and the Fox Business
// Network"; branch enorg6): NTREX English dev 0.8703 → 0.8710 (PBS,
// C-SPAN; ORGANIZATION recall 0.820 → 0.825), -doc 10 0.8886 → 0.8893;
// Universal NER EWT dev, GUM dev, re3d, WNUT-17 and BTC dev unchanged.
func completeLists(doc *annotation.Document, ents []annotation.Entity, l lang.Language, cases wordCases) (_ []annotation.Entity, names []string) {
	fw := capsOf(l).functionWords
	if fw == nil {
		return ents, nil
	}
	np := capsOf(l).namePrepositions
	toks := doc.Tokens
	var added []annotation.Entity
	j := 0               // the first mention that ends after the current token
	var items []listItem // the current list's, one buffer for all
	for _, s := range doc.Sentences {
		for i := s.First + 1; i < s.Last; {
			if i, j = nextListStart(ents, i, j, s.Last, cases); i == s.Last {
				break
			}
			items = items[:0]
			k := i
			joined := false // whether the last separator held a coordinating word
			for k < s.Last {
				for j < len(ents) && ents[j].Last <= k {
					j++
				}
				var it listItem
				switch {
				case j < len(ents) && ents[j].First == k:
					it = listItem{k, ents[j].Last, j}
				case (j == len(ents) || ents[j].First > k) && cases.capitalized(k) && !sentenceEnd(&toks[k-1]) && !calendarWord(&toks[k], np, l):
					end := k + 1
					for end < s.Last && cases.capitalized(end) && !calendarWord(&toks[end], np, l) && (j == len(ents) || ents[j].First > end) {
						end++
					}
					if j < len(ents) && ents[j].First == end {
						it = listItem{end, ents[j].Last, j} // a word before a mention (Dr. PawPaw): the mention is the name
					} else {
						it = listItem{k, end, -1}
					}
				}
				if it.last == 0 {
					break
				}
				items = append(items, it)
				if joined {
					break // the name after the coordinating word ends the list
				}
				next, more := listNext(toks[:s.Last], it.last, fw, l)
				if !more {
					break
				}
				joined = joinsNames(&toks[next-1], fw, l)
				k = articleBeforeMention(toks[:s.Last], ents, j, next, l)
			}
			if len(items) >= 3 && joined {
				added = addListNames(doc, ents, items, added)
			}
			if len(items) > 0 {
				i = items[len(items)-1].last
			} else {
				i++
			}
		}
	}
	for i := range added {
		if added[i].Type == annotation.Organization {
			names = append(names, added[i].Text)
		}
	}
	return mention.MergeByStart(ents, added), names
}

// nextListStart returns the first token from i on, before last, that may
// open a list's first item, a mention's start or a capitalized word (see
// completeLists), or last; and j, the first mention that ends after it,
// advanced from the j given, the first that ends after token i-1. Most
// tokens open none: they are passed over in this loop of its own, which
// keeps its few values in registers.
func nextListStart(ents []annotation.Entity, i, j, last int, cases wordCases) (int, int) {
	for i < last {
		for j < len(ents) && ents[j].Last <= i {
			j++
		}
		if j < len(ents) && ents[j].First <= i {
			if ents[j].First == i {
				return i, j
			}
			i = ents[j].Last // inside a mention: none of its words opens a list
			continue
		}
		end := last // the next mention's start, or last
		if j < len(ents) {
			end = min(end, ents[j].First)
		}
		if i = cases.next(i, end, capitalizedCase); i < end {
			return i, j
		}
	}
	return last, j
}

// addListNames appends an organization mention for each run of items when
// the items' mentions are all organizations, and returns added.
func addListNames(doc *annotation.Document, ents []annotation.Entity, items []listItem, added []annotation.Entity) []annotation.Entity {
	var t annotation.Type
	for _, it := range items {
		if it.ent < 0 {
			continue
		}
		if t != "" && ents[it.ent].Type != t {
			return added
		}
		t = ents[it.ent].Type
	}
	if t != annotation.Organization {
		return added
	}
	for _, it := range items {
		if it.ent < 0 {
			added = append(added, doc.Mention(it.first, it.last, t, 0.5, "rule"))
		}
	}
	return added
}

// sentenceEnd reports whether t is punctuation that ends a sentence, after
// which a capitalized word is capitalized as the sentence's first.
func sentenceEnd(t *lang.Token) bool {
	return t.Kind == lang.Punct && (t.Text == "." || t.Text == "!" || t.Text == "?")
}

// listWord reports whether t is a capitalized word that is not a day's or
// a month's name.
func listWord(t *lang.Token, np lang.NamePrepositions, l lang.Language) bool {
	return capitalizedWord(t) && !calendarWord(t, np, l)
}

// calendarWord reports whether t is a day's or a month's name
// (lang.NamePrepositions; never where np is nil).
func calendarWord(t *lang.Token, np lang.NamePrepositions, l lang.Language) bool {
	return np != nil && np.CalendarWord(lang.FoldToken(t, l))
}

// articleBeforeMention returns the token after a definite article at
// token k that stands right before a mention ("including PBS , C-SPAN and
// the Fox Business Network": the article is written before an
// organization's name, not before a person's), else k. ents[j] is the
// first mention that ends after the token before k. A capitalized article
// (The Sunday Times) is the name's own word and is left to it.
func articleBeforeMention(toks []lang.Token, ents []annotation.Entity, j, k int, l lang.Language) int {
	da := capsOf(l).definiteArticles
	if da == nil || k+1 >= len(toks) || !lowerCaseWord(&toks[k]) || !da.DefiniteArticle(lang.FoldToken(&toks[k], l)) {
		return k
	}
	for j < len(ents) && ents[j].Last <= k+1 {
		j++
	}
	if j < len(ents) && ents[j].First == k+1 {
		return k + 1
	}
	return k
}
