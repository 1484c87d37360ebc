package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// polityScore is the score of a place that placePolities adds: a name
// known by its words.
const polityScore = 0.8

// placePolities makes places of the states that the words themselves name
// (lang.Polities): a capitalized adjective, more adjectives and a
// polity's head noun, with a capitalized adjective after the head
// (Российской империи, Священная Римская империя, Великое княжество
// Литовское); and of the states of the past that the gazetteer matched
// (states, in order: appendFormerStates; СССР, Советского Союза,
// Византии), which the tagger, trained on WikiNER's silver labels, reads
// as organizations, as it reads an empire's adjective as a person. The
// mentions inside such a name give way to it, one that is the name is
// retyped, and the name is added where no mention holds a word of it; a
// mention that reaches past it keeps its words (Верховный Совет СССР,
// сборная СССР are bodies). Landmarks and natural places named the same
// way (lang.PlaceNameHeads: Черное море, Шипкинский перевал, Великая
// Китайская стена) are places too: WikiNER held-out 0.8353 → 0.8357
// (Персидском заливе, Шипкинский перевал), NTREX Russian dev and held-out
// FactRuEval unchanged. ents are sorted and non-overlapping, and stay so.
func placePolities(doc *annotation.Document, ents []annotation.Entity, l lang.Language, cases wordCases, states []annotation.Span) []annotation.Entity {
	po := capsOf(l).polities
	oh := capsOf(l).organizationNameForms
	if po == nil || oh == nil {
		return ents
	}
	ph := capsOf(l).placeNameHeads
	df := capsOf(l).dictionaryForms
	toks := doc.Tokens
	norm := func(k int) string { return lang.FoldToken(&toks[k], l) }
	names := newNamesOver(ents)
	st := 0 // the first state not starting before k
	for _, s := range doc.Sentences {
		for k := s.First; k < s.Last; k++ {
			if k = cases.next(k, s.Last, capitalizedCase); k == s.Last {
				break // most words are lower-case
			}
			for st < len(states) && states[st].First < k {
				st++
			}
			end := 0
			if st < len(states) && states[st].First == k {
				end = states[st].Last
			} else {
				end = polityEnd(toks, k, s.Last, po, oh, norm, cases)
			}
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
// the capitalized adjective k, or 0 for none.
func polityEnd(toks []lang.Token, k, last int, po lang.Polities, oh lang.OrganizationNameForms, norm func(int) string, cases wordCases) int {
	if toks[k].Kind != lang.Word || !oh.Adjective(norm(k)) {
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

// formerStateSubtype is the gazetteer's subtype of the states of the past
// (СССР, Югославия, Речь Посполитая).
const formerStateSubtype = "former_country"

// appendFormerStates appends to states the token spans of matches, a
// window's from its token off on, whose best entry is a state of the past.
func appendFormerStates(states []annotation.Span, matches []gazetteer.Match, off int) []annotation.Span {
	for _, mt := range matches {
		if len(mt.Candidates) > 0 && mt.Candidates[0].Subtype == formerStateSubtype {
			states = append(states, annotation.Span{First: off + mt.First, Last: off + mt.Last, Type: annotation.Location})
		}
	}
	return states
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
