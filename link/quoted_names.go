package link

import (
	"slices"
	"unicode/utf8"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/checkpoint"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// maxQuotedNameWords is the most words a quoted run may have to be taken
// for a name by addQuotedNames.
const maxQuotedNameWords = 3

// quotedNameScore is the score of a mention addQuotedNames adds: a guess
// from the guillemets alone.
const quotedNameScore = 0.5

// addQuotedNames tags, as an ORGANIZATION, the whole of a «quote» outside
// every entity that is one to maxQuotedNameWords words, the first and the
// last capitalized and any between capitalized or a word that joins names
// (lang.FunctionWords): «Брайтона», «Маркс и Спенсер». Guillemets are how
// Russian news writes the name of a club, a company or a medium: on NTREX
// Russian dev, of such quotes 101 are organizations, 9 places, 6 people
// and 40 no name (titles of shows and books: «Изгнание»), most of which
// the tagger finds or leaves alone as it should; what it leaves, this
// finds. A quote of one letter is a grade («A»), not a name. The mentions
// get Source "link".
func addQuotedNames(doc *annotation.Document, l lang.Language, stop *checkpoint.Every) {
	if !slices.ContainsFunc(doc.Tokens, func(tk lang.Token) bool { return tk.Text == "«" }) {
		return // most texts: nothing to allocate
	}
	covered := coveredTokens(doc)
	var added []annotation.Entity
	for t := 0; t+2 < len(doc.Tokens); t++ {
		if stop.Done() {
			return
		}
		if doc.Tokens[t].Text != "«" {
			continue
		}
		end := t + 1
		for end < len(doc.Tokens) && end-t-1 <= maxQuotedNameWords && quotedNameWord(doc, l, end, covered) {
			end++
		}
		if end == t+1 || end-t-1 > maxQuotedNameWords || end >= len(doc.Tokens) || doc.Tokens[end].Text != "»" ||
			!lang.StartsUpper(doc.Tokens[t+1].Text) || !lang.StartsUpper(doc.Tokens[end-1].Text) ||
			end == t+2 && utf8.RuneCountInString(doc.Tokens[t+1].Text) < 2 {
			continue
		}
		added = append(added, doc.Mention(t+1, end, annotation.Organization, quotedNameScore, "link"))
		t = end
	}
	doc.Entities = mention.MergeByStart(doc.Entities, added)
}

// quotedNameWord reports whether token k, outside every entity, may be a
// word of a quoted name: a capitalized word or one that joins names.
func quotedNameWord(doc *annotation.Document, l lang.Language, k int, covered []bool) bool {
	tk := &doc.Tokens[k]
	if covered[k] || tk.Kind != lang.Word && tk.Kind != lang.Abbreviation {
		return false
	}
	return lang.StartsUpper(tk.Text) || joinsNames(l, lang.FoldToken(tk, l))
}
