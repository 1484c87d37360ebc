package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// addInitialedNames makes a mention of an initial and the capitalized word
// after it ("G . Saray", "F. Bahçe", "S . Trnava", "K . Irak") where the
// gazetteer knows exactly one organization or place whose name starts
// with the initial's letter and ends with the word, the rest of the first
// word or the whole first word standing for the initial (Galatasaray,
// Fenerbahçe, Spartak Trnava, Kuzey Irak). Sports pages and headlines
// shorten clubs' and places' names this way; the tagger leaves the pair,
// or takes the word alone for the place or the common noun it also is
// (Trnava the town, Bahçe a district). The mention takes the entry's type
// and ID. A word that a person's mention holds is left (B . Hakan, which
// joinInitials joins), and so is a word inside a longer mention. ents are
// sorted and non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// the Milliyet dev split 0.8484 → 0.8511 (13 names right, F . Bahçe,
// S . Trnava and G . Saray, of which four were the town or district alone;
// one F . Bahçe that gold leaves out, one that gold takes with its Stadı);
// NTREX Turkish dev (0.8565) and Turkish Wiki NER dev (0.7833) unchanged:
// their initials are people's.
func addInitialedNames(doc *Document, ents []Entity, l lang.Language, names func() initialNames) []Entity {
	toks := doc.Tokens
	j, s := 0, 0 // the first mention not ending before token k; k's sentence
	for k := 1; k < len(toks); k++ {
		if !capitalizedWord(&toks[k]) || utf8.RuneCountInString(toks[k].Text) < 3 {
			continue // most words
		}
		for s < len(doc.Sentences) && doc.Sentences[s].Last <= k {
			s++
		}
		floor := 0
		if s < len(doc.Sentences) {
			floor = doc.Sentences[s].First
		}
		n := initialBefore(toks, k, floor)
		if n == 0 {
			continue
		}
		for j < len(ents) && ents[j].Last <= k-n {
			j++
		}
		held := j < len(ents) && ents[j].First < k+1
		if held && (ents[j].First != k || ents[j].Last != k+1 || ents[j].Type == Person) {
			continue // the initial or the word is part of another mention, or a person's
		}
		e := names().find(toks[k-n].Text, toks[k].Text)
		if e == nil {
			continue
		}
		m := doc.Mention(k-n, k+1, Type(e.Type), 0.5, "rule")
		m.ID, m.Canonical = e.ID, e.Name(l.Code())
		if held {
			ents[j] = m
		} else {
			ents = append(ents, Entity{})
			copy(ents[j+1:], ents[j:])
			ents[j] = m
		}
	}
	return ents
}

// initialNames indexes the names of a gazetteer's organizations and places
// by their last three letters, for addInitialedNames.
type initialNames map[string][]initialName

// initialName is a name of entry in lower case.
type initialName struct {
	name  string
	entry *gazetteer.Entry
}

// initialedMinPrior is the least prior of the places that an initial may
// shorten: the provinces and cities, not the villages.
const initialedMinPrior = 0.5

// buildInitialNames indexes the names of g's organizations and of its
// places with a prior of initialedMinPrior or more that are five letters
// long or more (one letter and a word of four or more).
func buildInitialNames(g *gazetteer.Gazetteer) initialNames {
	ix := initialNames{}
	for _, typ := range []string{gazetteer.Organization, gazetteer.Location} {
		min := 0.0
		if typ == gazetteer.Location {
			min = initialedMinPrior
		}
		for _, e := range g.EntriesOf(typ, min) {
			seen := map[string]bool{}
			for _, names := range e.Names {
				for _, n := range names {
					n = strings.Map(unicode.ToLower, n)
					if !seen[n] && utf8.RuneCountInString(n) >= 5 {
						seen[n] = true
						ix[lastLetters(n)] = append(ix[lastLetters(n)], initialName{n, e})
					}
				}
			}
		}
	}
	return ix
}

// find returns the entry whose name the initial (one capital letter, with
// or without its full stop) and word shorten: the name ends with word, and
// what comes before it is one word of two letters or more starting with
// the initial's letter, or the start of the word's own (Fenerbahçe). It
// returns nil when there is none, or more than one of the highest prior.
func (ix initialNames) find(initial, word string) *gazetteer.Entry {
	letter, _ := utf8.DecodeRuneInString(initial)
	letter = unicode.ToLower(letter)
	word = strings.Map(unicode.ToLower, word)
	var best *gazetteer.Entry
	tie := false
	for _, c := range ix[lastLetters(word)] {
		head, ok := strings.CutSuffix(c.name, word)
		head = strings.TrimSuffix(head, " ")
		if r, _ := utf8.DecodeRuneInString(head); !ok || r != letter || utf8.RuneCountInString(head) < 2 ||
			strings.ContainsAny(head, " -.") {
			continue
		}
		switch {
		case best == nil || c.entry.Prior > best.Prior:
			best, tie = c.entry, false
		case c.entry.ID != best.ID && c.entry.Prior == best.Prior:
			tie = true
		}
	}
	if tie {
		return nil
	}
	return best
}

// lastLetters returns the last three runes of s (all of a shorter s).
func lastLetters(s string) string {
	i := len(s)
	for n := 0; n < 3 && i > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}
