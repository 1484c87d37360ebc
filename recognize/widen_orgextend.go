package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// extendOrgNames lengthens an organization mention over the rest of its
// name where the tagger stopped short: after a head noun, over a
// preposition the language allows in a name and the capitalized words
// after it ("National Security Commission" + "on Artificial
// Intelligence"; lang.NamePrepositions, lang.NameCues), and, in a name
// that holds such a preposition, over a coordinating word and the
// capitalized words after it ("UK Commission for Employment" + "and
// Skills"; lang.FunctionWords). Words another mention holds are not
// taken, nor days and months ("the Security Council on Thursday"). ents are sorted and non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX English dev 0.8107 → 0.8121 (the two names above; before days
// and months stopped it, "Congress on Thursday" too), Universal NER EWT
// dev 0.7351 → 0.7372 (Department of Housing and Urban Development twice).
func extendOrgNames(doc *annotation.Document, ents []annotation.Entity, l lang.Language) {
	np := capsOf(l).namePrepositions
	nc := capsOf(l).nameCues
	fw := capsOf(l).functionWords
	if np == nil || nc == nil || fw == nil {
		return
	}
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Organization {
			continue
		}
		limit := len(toks)
		if i+1 < len(ents) {
			limit = ents[i+1].First
		}
		end := e.Last
		for end+1 < limit {
			t := &toks[end]
			if !lowerCaseWord(t) || !nameWord(&toks[end+1], np, l) {
				break
			}
			norm := lang.FoldToken(t, l)
			head := nc.Cue(lang.FoldToken(&toks[end-1], l)) == lang.OrgHead
			switch {
			case np.InNamePreposition(norm) && head:
			case fw.JoinsNames(norm) && holdsPreposition(toks[e.First:end], np, l):
			default:
				end = -end // stop
			}
			if end < 0 {
				end = -end
				break
			}
			end += 2
			for end < limit && nameWord(&toks[end], np, l) {
				end++
			}
		}
		if end > e.Last {
			*e = doc.Mention(e.First, end, e.Type, e.Score, e.Source+"+rule")
		}
	}
}

// nameWord reports whether t is a capitalized word that is not a day's or
// a month's name.
func nameWord(t *lang.Token, np lang.NamePrepositions, l lang.Language) bool {
	return capitalizedWord(t) && !np.CalendarWord(lang.FoldToken(t, l))
}

// holdsPreposition reports whether toks hold a lower-case preposition that
// a name may hold.
func holdsPreposition(toks []lang.Token, np lang.NamePrepositions, l lang.Language) bool {
	for i := range toks {
		if t := &toks[i]; lowerCaseWord(t) && np.InNamePreposition(lang.FoldToken(t, l)) {
			return true
		}
	}
	return false
}
