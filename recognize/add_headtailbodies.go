package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// maxHeadTailWords bounds the lower-case words after a lone head noun
// that addHeadTailBodies reads (Управление по санитарному надзору за
// качеством пищевых продуктов takes seven).
const maxHeadTailWords = 10

// addHeadTailBodies makes a capitalized head noun of an organization's
// name and the lower-case words that go on with it one organization
// (lang.OrganizationNameForms, lang.HeadTails: Russian "Управления
// по борьбе с наркотиками", "Комиссией по занятости и навыкам", "Совета
// независимых школ"), where no mention holds the head or a one-word
// organization is the head alone. A language that capitalizes only a
// name's first word writes a head noun in capitals inside a sentence only
// in a name, and a translated foreign body's name is mostly its head and
// such words, which the tagger, trained on shorter names, misses or cuts
// at the head. A head opening its sentence, where a capital says nothing,
// takes only the tails the language names (lang.HeadTails: a phrase
// after a preposition, Агентство по охране окружающей среды, not Совет
// директоров), and a head the language names alone takes none (в Сенате
// по утверждению кандидатуры). ents are sorted and
// non-overlapping, and stay so.
func addHeadTailBodies(doc *annotation.Document, ents []annotation.Entity, l lang.Language, cases wordCases) []annotation.Entity {
	oh := capsOf(l).organizationNameForms
	ht := capsOf(l).headTails
	if oh == nil || ht == nil {
		return ents
	}
	toks := doc.Tokens
	var added []annotation.Entity
	var norms []string
	j := 0 // the first mention that ends after the token looked at
	for _, s := range doc.Sentences {
		opening := s.First // the sentence's first word
		for opening < s.Last && toks[opening].Kind != lang.Word {
			opening++
		}
		for k := s.First; k+1 < s.Last; k++ {
			if k = cases.next(k, s.Last-1, capitalizedCase); k+1 == s.Last {
				break // most words are lower-case
			}
			t := &toks[k]
			// The cheap tests first: a capitalized word before a lower-case one.
			// A word in title case has a lower-case letter: no acronym.
			if t.Kind != lang.Word || !cases.lower(k+1) || !cases.title(k) && acronym(t.Text) {
				continue
			}
			for j < len(ents) && ents[j].Last <= k {
				j++
			}
			// A mention of the head, or of the head and a part of its tail
			// (Министерство по делам, Служба иммиграции), that the tail
			// may widen.
			alone := j < len(ents) && ents[j].First == k && ents[j].Type == annotation.Organization && ents[j].ID == "" &&
				allLowerCase(toks[k+1:ents[j].Last])
			if j < len(ents) && ents[j].First <= k && !alone {
				continue
			}
			norm := lang.FoldToken(t, l)
			if !oh.HeadAlone(norm) {
				continue
			}
			next := j // the first mention that may start after the head
			if alone {
				next++
			}
			limit := min(s.Last, k+1+maxHeadTailWords)
			if next < len(ents) {
				limit = min(limit, ents[next].First)
			}
			if norms == nil {
				norms = make([]string, 0, maxHeadTailWords)
			}
			norms = tailNorms(doc, k+1, limit, l, norms[:0])
			n := ht.HeadTailLength(norm, norms, k == opening)
			if n == 0 || alone && k+1+n <= ents[j].Last {
				continue
			}
			if alone {
				e := &ents[j]
				*e = doc.Mention(k, k+1+n, annotation.Organization, e.Score, e.Source+"+rule")
			} else {
				added = append(added, doc.Mention(k, k+1+n, annotation.Organization, adjectiveHeadedScore, "rule"))
			}
			k += n
		}
	}
	if len(added) == 0 {
		return ents
	}
	return mention.MergeByStart(ents, added)
}

// tailNorms appends to norms the folded lower-case words from token
// first up to limit, and the commas between them as ",", up to the first
// other token, and returns norms.
func tailNorms(doc *annotation.Document, first, limit int, l lang.Language, norms []string) []string {
	toks := doc.Tokens
	for p := first; p < limit; p++ {
		switch t := &toks[p]; {
		case lowerCaseWord(t):
			norms = append(norms, lang.FoldToken(t, l))
		case t.Text == "," && p > first:
			norms = append(norms, ",")
		default:
			return norms
		}
	}
	return norms
}

// allLowerCase reports whether every token of toks is a lower-case word.
func allLowerCase(toks []lang.Token) bool {
	for i := range toks {
		if !lowerCaseWord(&toks[i]) {
			return false
		}
	}
	return true
}
