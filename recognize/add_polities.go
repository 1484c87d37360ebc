package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// polityScore is the score of a place that placePolities adds: a name
// known by its words.
const polityScore = 0.8

// placePolities makes places of the states that the words themselves name
// (lang.Polities): a capitalized adjective, more adjectives and a
// polity's head noun, with a capitalized adjective after the head
// (Российской империи, Священная Римская империя, Великое княжество
// Литовское), and the states of the past the language knows (СССР,
// Советского Союза). The mentions inside such a name give way to it, one
// that is the name is retyped, and the name is added where no mention
// holds a word of it; a mention that reaches past it keeps its words
// (Верховный Совет СССР, сборная СССР are bodies). The gazetteer knows
// today's countries only, and the tagger, trained on WikiNER's silver
// labels, reads СССР as an organization and an empire's adjective as a
// person. Landmarks and natural places named the same way
// (lang.PlaceNameHeads: Черное море, Шипкинский перевал, Великая
// Китайская стена) are places too: WikiNER held-out 0.8353 → 0.8357
// (Персидском заливе, Шипкинский перевал), NTREX Russian dev and held-out
// FactRuEval unchanged. ents are sorted and non-overlapping, and stay so.
func placePolities(doc *annotation.Document, ents []annotation.Entity, l lang.Language, cases wordCases) []annotation.Entity {
	po, _ := l.(lang.Polities)
	oh, _ := l.(lang.OrganizationNameForms)
	if po == nil || oh == nil {
		return ents
	}
	ph, _ := l.(lang.PlaceNameHeads)
	df, _ := l.(lang.DictionaryForms)
	toks := doc.Tokens
	norm := func(k int) string { return lang.FoldToken(&toks[k], l) }
	// polityEnd's words for the language, in one array for the document:
	// handed to an interface's method, they escape, and an array for each
	// capitalized word was an eighth of Russian news's allocations.
	norms := make([]string, 0, 2)
	names := newNamesOver(ents)
	for _, s := range doc.Sentences {
		for k := s.First; k < s.Last; k++ {
			if k = cases.next(k, s.Last, capitalizedCase); k == s.Last {
				break // most words are lower-case
			}
			end := polityEnd(toks, k, s.Last, po, oh, norms, norm, cases)
			if end == 0 && ph != nil {
				end = landmarkEnd(toks, k, s, ph, oh, df, norm, cases)
			}
			if end == 0 {
				continue
			}
			switch from, to, past := names.within(k, end); {
			case past:
				// a mention reaches past the name: a body's (Верховный Совет СССР)
			case to == from+1 && ents[from].First == k && ents[from].Last == end:
				if e := &ents[from]; e.Type != annotation.Location {
					e.Type, e.ID, e.Canonical = annotation.Location, "", ""
				}
			default:
				names.replace(from, to, doc.Mention(k, end, annotation.Location, polityScore, "rule"))
			}
			k = end - 1
		}
	}
	return names.result()
}

// polityEnd returns the token just after the polity's name that starts at
// the capitalized word k, or 0 for none. norms is room for the two words
// it hands po.FormerState.
func polityEnd(toks []lang.Token, k, last int, po lang.Polities, oh lang.OrganizationNameForms, norms []string, norm func(int) string, cases wordCases) int {
	if toks[k].Kind != lang.Word && toks[k].Kind != lang.Abbreviation {
		return 0 // a number, a mark
	}
	words := k + 1
	for words < last && words-k < 2 && toks[words].Kind == lang.Word {
		words++
	}
	norms = norms[:0]
	for w := k; w < words; w++ {
		norms = append(norms, norm(w))
	}
	if n := po.FormerState(norms); n > 0 {
		return k + n
	}
	if !oh.Adjective(norms[0]) {
		return 0
	}
	for h := k + 1; h < last && toks[h].Kind == lang.Word; h++ {
		n := norm(h)
		if po.PolityHead(n) {
			end := h + 1
			for end < last && toks[end].Kind == lang.Word && cases.capitalized(end) && oh.Adjective(norm(end)) {
				end++
			}
			return end
		}
		if !oh.Adjective(n) {
			return 0
		}
	}
	return 0
}

// landmarkEnd returns the token just after the landmark's or natural
// place's name that starts at the capitalized adjective k: more adjectives
// and a head noun (lang.PlaceNameHeads: Черное море, Эйфелева башня,
// Великая Китайская стена), or 0. Opening a sentence, where any adjective
// is capitalized, an adjective of the dictionary's (Главная площадь,
// Новый мост) makes no name unless a capitalized word follows it.
func landmarkEnd(toks []lang.Token, k int, s lang.Sentence, ph lang.PlaceNameHeads, oh lang.OrganizationNameForms, df lang.DictionaryForms, norm func(int) string, cases wordCases) int {
	if toks[k].Kind != lang.Word || !oh.Adjective(norm(k)) {
		return 0
	}
	for h := k + 1; h < s.Last && toks[h].Kind == lang.Word; h++ {
		n := norm(h)
		if ph.PlaceNameHead(n) && !cases.capitalized(h) {
			if opening(toks, k, s) && h == k+1 && df != nil && df.DictionaryForm(norm(k)) {
				return 0
			}
			return h + 1
		}
		if !oh.Adjective(n) {
			return 0
		}
	}
	return 0
}

// opening reports whether k is its sentence's first word.
func opening(toks []lang.Token, k int, s lang.Sentence) bool {
	first := s.First
	for first < s.Last && toks[first].Kind != lang.Word {
		first++
	}
	return k == first
}
