package recognize

import (
	"strings"
	"unicode/utf8"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// expandAbbreviatedNames tags the one-word names the press writes with
// their first part cut to an initial (F.Bahçe, G. Saray, G.Antep,
// K.Maraş for Fenerbahçe, Galatasaray, Gaziantep, Kahramanmaraş) as the
// gazetteer entry they stand for: an initial ("F." or "F" ".") then a
// capitalized word W make such a name when exactly one one-word name of
// the gazetteer in the document's language starts with the initial's
// letter and ends in W, with at least one letter between. The tagger
// reads these as a person's initial and surname, a place's or nothing,
// and the linker cannot find the entry by the name as written.
//
// A mention inside the abbreviation or on it gives way to the entry's; a
// mention that starts at W and goes on past it (F. Bahçe Kulübü, F.
// Bahçe Stadı) takes the initial in. ents are sorted and non-overlapping,
// and stay so.
func expandAbbreviatedNames(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer, names *abbreviableNames, cases wordCases) []annotation.Entity {
	if an := capsOf(l).abbreviatedNames; an == nil || !an.AbbreviatesNames() || g == nil {
		return ents
	}
	toks := doc.Tokens
	var added []annotation.Entity
	j := 0 // ents[j] is the first mention that may end after the current token
	for i := 0; i+1 < len(toks); i++ {
		// The name's word first, capitalized one or two tokens on (see
		// abbreviationAt): most tokens have none, and i goes on to two
		// tokens before the next capitalized word.
		c := cases.next(i+1, len(toks), capitalizedCase)
		if c == len(toks) {
			break
		}
		i = max(i, c-2)
		if len(toks[i].Text) > utf8.UTFMax+1 {
			continue // longer than a capital letter and a dot: no initial (abbreviationAt), told without its call
		}
		letter, w := abbreviationAt(toks, i)
		if w < 0 {
			continue
		}
		entry := abbreviatedEntry(g, l, names.of(g, l), letter, toks[w].Text)
		if entry == nil {
			continue
		}
		for j < len(ents) && ents[j].Last <= i {
			j++
		}
		// The mentions that overlap the abbreviation's tokens i..w.
		k := j
		for k < len(ents) && ents[k].First <= w {
			k++
		}
		switch {
		case k == j: // nothing there: a new mention
			added = append(added, abbreviationMention(doc, i, w+1, entry, l))
		case k == j+1 && ents[j].First >= i && ents[j].Last <= w+1:
			ents[j] = abbreviationMention(doc, i, w+1, entry, l)
		case k == j+1 && (ents[j].First == w || ents[j].First == i) && ents[j].Last > w+1:
			e := &ents[j]
			m := doc.Mention(i, e.Last, e.Type, e.Score, e.Source)
			*e = m
		}
		i = w
	}
	return mention.MergeByStart(ents, added)
}

// abbreviationAt returns the initial's letter and the index of the word
// W when toks[at] starts an abbreviated name ("F." W or "F" "." W), else
// w < 0.
func abbreviationAt(toks []lang.Token, at int) (letter string, w int) {
	t := toks[at].Text
	switch {
	case len(t) > 1 && t[len(t)-1] == '.' && isCapitalLetter(t[:len(t)-1]):
		letter, w = t[:len(t)-1], at+1
	case isCapitalLetter(t) && at+2 < len(toks) && toks[at+1].Text == "." && toks[at+1].Start-toks[at].End <= 1:
		letter, w = t, at+2
	default:
		return "", -1
	}
	if w >= len(toks) || toks[w].Kind != lang.Word || !lang.StartsUpper(toks[w].Text) ||
		lang.RuneCount(toks[w].Text) < minAbbreviatedTail || toks[w].Start-toks[w-1].End > 1 {
		return "", -1
	}
	return letter, w
}

// minAbbreviatedTail is the least number of letters of the word after the
// initial: shorter ones end too many names (G. Su, K. Ay).
const minAbbreviatedTail = 4

// abbreviatedEntry returns the gazetteer entry of the only one of names
// that starts with letter and ends in tail (folded), with at least one
// letter between, or nil. names are few (about a thousand) and an
// abbreviation is rare, so a scan costs less than an index would to build.
func abbreviatedEntry(g *gazetteer.Gazetteer, l lang.Language, names []abbreviable, letter, tail string) *gazetteer.Entry {
	first, end := l.Fold(letter), l.Fold(tail)
	found := ""
	for _, n := range names {
		if len(n.folded) > len(first)+len(end) && strings.HasPrefix(n.folded, first) && strings.HasSuffix(n.folded, end) {
			if found != "" && found != n.name {
				return nil // two names fit: which one is meant is not known
			}
			found = n.name
		}
	}
	if found == "" {
		return nil
	}
	for _, e := range g.Lookup(found, l.Code()) {
		if e.Type == string(annotation.Organization) || e.Type == string(annotation.Location) {
			return e // Lookup ranks the entries of a name, most likely first
		}
	}
	return nil
}

func abbreviationMention(doc *annotation.Document, first, last int, e *gazetteer.Entry, l lang.Language) annotation.Entity {
	m := doc.Mention(first, last, annotation.Type(e.Type), e.Prior, "gazetteer")
	m.ID, m.Canonical = e.ID, e.Name(l.Code())
	return m
}
