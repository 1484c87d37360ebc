package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// maxQuotedWords bounds the capitalized words of a quoted name that
// addQuotedNames adds.
const maxQuotedWords = 3

// addQuotedNames adds a name of capitalized words that no mention holds,
// alone in the quotation marks the language puts around organizations'
// names (lang.QuotedOrganizations), when the word before the opening mark
// says what it names: an organization where the word is a team's or an
// organization's (lang.OrganizationBeforeQuote: защиту « Брайтона »,
// командой « Наполи »), a place where it is a kind of place or building
// (lang.PlaceContext: на стадионе « Сан-Паоло »). The tagger leaves a
// club's or a stadium's name it never saw, and the quotes alone hold
// prizes' and crafts' names too. ents are sorted and non-overlapping, and
// stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Russian dev 0.8650 → 0.8672 (Брайтона after защиту, защитой,
// защитниками, вратаря; Наполи after командой; Небесно-голубых after
// Нападающий), held-out FactRuEval dev (-doc 20) unchanged at 0.8946
// (adding any word alone in guillemets cost it prizes and spacecraft, see
// retypeQuoted); with the places, 0.8684 → 0.8688 (на стадионе « Сан-Паоло »),
// FactRuEval unchanged; the other languages
// implement neither interface.
func addQuotedNames(doc *annotation.Document, ents []annotation.Entity, l lang.Language, cases wordCases) []annotation.Entity {
	qo := capsOf(l).quotedOrganizations
	ob := capsOf(l).organizationBeforeQuote
	pc := capsOf(l).placeContext
	if qo == nil || ob == nil && pc == nil {
		return ents
	}
	toks := doc.Tokens
	var added []annotation.Entity
	e := 0 // the first mention not ending before token i
	for i := 1; i+2 < len(toks); i++ {
		if i = cases.next(i+1, len(toks)-1, capitalizedCase) - 1; i+2 == len(toks) {
			break // a capitalized word after the quote mark first: most words are lower-case
		}
		if toks[i].Kind != lang.Punct || toks[i-1].Kind != lang.Word {
			continue
		}
		j := i + 1 // just after the quoted words
		for j < len(toks) && j-i <= maxQuotedWords && toks[j].Kind == lang.Word && cases.capitalized(j) {
			j++
		}
		if j == i+1 || j == len(toks) || !qo.QuotesOrganizations(toks[i].Text, toks[j].Text) {
			continue
		}
		var typ annotation.Type
		switch before := lang.FoldToken(&toks[i-1], l); {
		case ob != nil && ob.QuotedOrganizationAfter(before):
			typ = annotation.Organization
		case pc != nil && pc.PlaceBefore(before, ""): // no person's name is quoted
			typ = annotation.Location
		default:
			continue
		}
		for e < len(ents) && ents[e].Last <= i {
			e++
		}
		if e < len(ents) && ents[e].First < j {
			continue // a mention holds a word of it
		}
		added = append(added, doc.Mention(i+1, j, typ, 0.5, "rule"))
		i = j
	}
	if len(added) == 0 {
		return ents
	}
	return mention.MergeByStart(ents, added)
}
