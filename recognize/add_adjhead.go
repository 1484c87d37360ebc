package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// adjectiveHeadedScore is the score of a mention that addAdjectiveHeaded
// adds: a guess from the words' forms.
const adjectiveHeadedScore = 0.5

// addAdjectiveHeaded adds as organizations the names made of a capitalized
// adjective, lower-case adjectives and the head noun of an organization's
// name (lang.OrganizationNameForms: Russian "Верховный суд", "Национальная
// метеорологическая служба", "Гарвардской медицинской школе"), where the
// language capitalizes only a name's first word and the tagger, which
// knows the capitalized word, often stops there or tags nothing.
// Adjectives in the plural are no name's (lang.OrganizationNameForms). The
// mentions inside such a name give way to it (the place "Гарвардской");
// a mention that reaches past it keeps the words, and so do one that is
// the name already and one the gazetteer knows (Российской Федерации,
// whose head is an organization's too). ents are sorted and non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -lang ru -pipeline), F1 without → with
// the rule: NTREX Russian dev 0.7930 → 0.7961 (Юридический комитет,
// Национальный научный фонд, Гарвардской медицинской школе twice, ...;
// lost: "Плавучий госпиталь", a hospital ship), held-out FactRuEval
// (-doc 20) 0.8557 → 0.8623 (Верховный суд, Генеральная прокуратура,
// Русской службе twice, Свердловского обкома). An adjective opening its
// sentence was first left out, where a capital says nothing: 0.7959 and
// 0.8613. A region's seat (lang.SeatPhrases: "Административный центр --
// город Томск") is left alone: WikiNER held-out (see ner/models/README.md)
// 0.8319 → 0.8337, NTREX Russian dev and held-out FactRuEval unchanged.
func addAdjectiveHeaded(doc *annotation.Document, ents []annotation.Entity, l lang.Language, cases wordCases) []annotation.Entity {
	oh := capsOf(l).organizationNameForms
	if oh == nil {
		return ents
	}
	seats := capsOf(l).seatPhrases
	toks := doc.Tokens
	word := func(k int) (string, bool) {
		t := &toks[k]
		return lang.FoldToken(t, l), t.Kind == lang.Word
	}
	names := newNamesOver(ents)
	for _, s := range doc.Sentences {
		opening := s.First // the sentence's first word
		for opening < s.Last && toks[opening].Kind != lang.Word {
			opening++
		}
		for k := opening; k < s.Last; k++ {
			if k = cases.next(k, s.Last, capitalizedCase); k == s.Last {
				break // most words are lower-case
			}
			// A word must follow (the head, or an adjective before it)
			// before the capitalized word's endings are read.
			if k+1 == s.Last || toks[k+1].Kind != lang.Word {
				continue
			}
			if norm, ok := word(k); !ok || !oh.Adjective(norm) {
				continue
			}
			end := 0 // just after the head
			for h := k + 1; h < s.Last; h++ {
				norm, ok := word(h)
				if !ok {
					break
				}
				if oh.HeadsOrganization(norm) {
					end = h + 1
					break
				}
				if cases.capitalized(h) || !oh.Adjective(norm) {
					break
				}
			}
			if end == 0 {
				continue
			}
			if seats != nil {
				adj, _ := word(end - 2)
				if head, _ := word(end - 1); seats.SeatPhrase(adj, head) {
					k = end - 1
					continue // a region's seat (Административный центр -- город Томск), no body
				}
			}
			from, to, past := names.within(k, end)
			if past || anyKnown(ents[from:to]) || to == from+1 && ents[from].First == k && ents[from].Last == end {
				k = end - 1
				continue // a mention reaches past the name or is the name, or the gazetteer knows one inside
			}
			names.replace(from, to, doc.Mention(k, end, annotation.Organization, adjectiveHeadedScore, "rule"))
			k = end - 1
		}
	}
	return names.result()
}

// anyKnown reports whether the gazetteer gave one of ents an entry
// (Российской Федерации is the country, whose head is an organization's).
func anyKnown(ents []annotation.Entity) bool {
	for i := range ents {
		if ents[i].ID != "" {
			return true
		}
	}
	return false
}
