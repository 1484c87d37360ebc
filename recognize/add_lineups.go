package recognize

import (
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// Bounds of a lineup's item: the capitalized words of a name, the tokens
// inside its parentheses, and the tokens between one item's closing
// parenthesis and the next name (a comma, a dash, a goal's minute).
const (
	lineupNameWords   = 3
	lineupParenTokens = 8
	lineupGapTokens   = 3
	lineupMinItems    = 3
)

// addLineupPlayers adds as people the names of a lineup that the tagger
// missed. Sports news lists a team's players, each name followed by a
// note in parentheses (a rating, the minute a substitute came on, a
// club), the items parted by commas or dashes: "Kaleci Umut (6), Deniz
// (7), Okan (5) - Selçuk (6)". A lineup is lineupMinItems items or more,
// each one to lineupNameWords capitalized words (the first a given name
// where they are more than one) right before an opening parenthesis that
// closes within lineupParenTokens tokens on a match's note (matchNote: no
// chart's figure, "Müslüm (4 milyon)", "Leyla (7,1)"), the next item
// starting at most lineupGapTokens tokens later after commas, dashes,
// semicolons, numbers or a word that joins names. Where the tagger found
// people in two items or more and more people than other names among
// them, an item no mention overlaps is a person too, and so is an item
// that is one word the tagger read as a place (a player's name that is a
// town's or a region's too), unless the gazetteer knows it as a country
// or a continent: the tagger reads each name
// alone, without the list around it. ents are sorted and non-overlapping,
// and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: Milliyet dev split 0.8586 → 0.8598 (seven players in
// lineups, no wrong mention), -doc 20 0.8608 → 0.8618; with the places
// retyped, 0.8604 (two more) and 0.8624; NTREX Turkish
// (0.8625), Turkish Wiki NER (0.7866), NTREX English (0.8415) and Russian
// (0.8708) dev, UNER EWT dev (0.7432), held-out FactRuEval dev (0.8963)
// and crosslingual dev (735 of 1038) unchanged. With the note a match's
// and a name of words led by a given name, after a review's invented
// charts of films and series, every dev set unchanged but Milliyet (0.8609
// with empty parentheses read as a note, 0.8593 without: an empty note is
// refused all the same, as no lineup writes one and the Milliyet split's
// empty parentheses look like figures lost in its conversion; 0.8591 with
// "Dk. 46" refused too).
func addLineupPlayers(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) []annotation.Entity {
	fw := capsOf(l).functionWords
	mm := capsOf(l).minuteMarks
	toks := doc.Tokens
	var added []annotation.Entity
	var items [][2]int // the current lineup's names: first and last token
	flush := func() {
		if len(items) >= lineupMinItems {
			added = lineupPeople(doc, ents, items, added, g)
		}
		items = items[:0]
	}
	for _, s := range doc.Sentences {
		prev := -1 // the last item's closing parenthesis
		for k := s.First; k < s.Last; k++ {
			if k = nextMark(doc, k, s.Last, "("); k == s.Last {
				break
			}
			first := k
			for first > s.First && k-first < lineupNameWords && toks[first-1].Kind == lang.Word && lang.StartsUpper(toks[first-1].Text) {
				first--
			}
			end := k + 1 // the closing parenthesis
			for end < s.Last && end-k <= lineupParenTokens && toks[end].Text != ")" && toks[end].Text != "(" {
				end++
			}
			if k-first > 1 {
				// A name of more words starts with a given name: the
				// words before it are a role's (Kaleci Umut); with none,
				// a title's (Kızılcık Şerbeti).
				g := first
				for g < k && !givenName(l, &toks[g]) {
					g++
				}
				first = g
			}
			if first == k || end >= s.Last || toks[end].Text != ")" || !matchNote(toks[k+1:end], mm) {
				flush()
				prev = -1
				continue
			}
			if prev < 0 || first-prev-1 > lineupGapTokens || !lineupGap(toks[prev+1:first], fw, l) {
				flush()
			}
			items = append(items, [2]int{first, k})
			prev = end
			k = end
		}
		flush()
	}
	return mention.MergeByStart(ents, added)
}

// matchNote reports whether the tokens inside an item's parentheses are a
// player's note: one capitalized word (a club), or a whole number
// (a rating, or a minute, with ' or the language's mark, lang.MinuteMarks,
// after it or before it: dk, Dk.) with at
// most lineupNameWords capitalized words beside it (the player who came
// on: "Dk. 46 Selçuk", "Lee 65"). A decimal, a unit (milyon, bin, %) or
// any other word is a chart's figure: a film's tickets, a series'
// ratings.
func matchNote(toks []lang.Token, mm lang.MinuteMarks) bool {
	minuteMark := func(s string) bool { return mm != nil && mm.MinuteMark(strings.TrimSuffix(s, ".")) }
	numbers, words := 0, 0
	for i := range toks {
		t := &toks[i]
		switch {
		case t.Kind == lang.Number:
			if strings.Trim(strings.TrimSuffix(t.Text, "."), "0123456789") != "" {
				return false // a decimal
			}
			numbers++
		case minuteMark(t.Text), t.Text == "'" || t.Text == "’":
		case t.Text == "." && i > 0 && minuteMark(toks[i-1].Text): // the abbreviation's dot: "Dk."
		case t.Kind == lang.Word && lang.StartsUpper(t.Text):
			words++
		default:
			return false
		}
	}
	return numbers == 0 && words == 1 || numbers == 1 && words <= lineupNameWords
}

// lineupGap reports whether the tokens before the next item's name, after
// the last item's closing parenthesis, only part two items: commas,
// dashes, semicolons, numbers and words that join names.
func lineupGap(toks []lang.Token, fw lang.FunctionWords, l lang.Language) bool {
	for i := range toks {
		t := &toks[i]
		switch {
		case t.Text == "," || t.Text == "-" || t.Text == "–" || t.Text == ";" || t.Kind == lang.Number:
		case t.Kind == lang.Word && fw != nil && fw.JoinsNames(lang.FoldToken(t, l)):
		default:
			return false
		}
	}
	return true
}

// lineupPeople appends to added a person for each item of a lineup (token
// ranges of names) that no mention of ents overlaps, and makes a person of
// a one-word place item, where the mentions make people of two items or
// more and of more items than other types.
func lineupPeople(doc *annotation.Document, ents []annotation.Entity, items [][2]int, added []annotation.Entity, g *gazetteer.Gazetteer) []annotation.Entity {
	people, others := 0, 0
	j := 0
	for _, it := range items {
		for j < len(ents) && ents[j].Last <= it[0] {
			j++
		}
		if j < len(ents) && ents[j].First < it[1] {
			if ents[j].Type == annotation.Person {
				people++
			} else {
				others++
			}
		}
	}
	if people < 2 || people <= others {
		return added
	}
	j = 0
	for _, it := range items {
		for j < len(ents) && ents[j].Last <= it[0] {
			j++
		}
		if j < len(ents) && ents[j].First < it[1] {
			if e := &ents[j]; e.Type == annotation.Location && !countryOrContinent(e.ID, g) && e.First == it[0] && e.Last == it[1] && e.Last-e.First == 1 {
				e.Type, e.ID, e.Canonical = annotation.Person, "", ""
			}
			continue
		}
		if m := doc.Mention(it[0], it[1], annotation.Person, 0.5, "rule"); plausible(&m) {
			added = append(added, m)
		}
	}
	return added
}

// countryOrContinent reports whether id is a gazetteer entry for a
// country or a continent.
func countryOrContinent(id string, g *gazetteer.Gazetteer) bool {
	if id == "" || g == nil {
		return false
	}
	en := g.ByID(id)
	return en != nil && (en.Subtype == "country" || en.Subtype == "continent")
}
