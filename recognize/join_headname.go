package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// joinHeadToName makes a capitalized head noun of an organization's name
// that no mention holds, the lower-case words that go on with it, and the
// person's or place's mention right after them one organization
// (lang.OrganizationNameForms, lang.OrganizationTails: Russian "Университет
// политических исследований Македонии"): the tagger finds the place or
// the person the body is named after, not the body. The head must not
// open its sentence, where a capital says nothing ("Правительство Москвы
// решило", the government, is no name). ents are sorted and
// non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -lang ru -pipeline), F1 without → with
// the rule: NTREX Russian dev 0.8021 → 0.8027 (Институтом политических
// исследований Македонии), held-out FactRuEval (-doc 20) unchanged
// (0.8819). Up to two lower-case words of any kind in between instead of
// the language's tail: NTREX 0.8021 ("Полиция арестовала Дайтеона
// Симпсона").
func joinHeadToName(doc *annotation.Document, ents []annotation.Entity, l lang.Language) {
	oh := capsOf(l).organizationNameForms
	ot := capsOf(l).organizationTails
	if oh == nil || ot == nil {
		return
	}
	toks := doc.Tokens
	var norms []string
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Person && e.Type != annotation.Location || e.ID != "" {
			continue
		}
		// The lower-case words before the mention, back to a capitalized word.
		k := e.First - 1
		for k >= 0 && lowerCaseWord(&toks[k]) && e.First-k <= maxTailWords {
			k--
		}
		if k < 1 || toks[k].Kind != lang.Word || !lang.StartsUpper(toks[k].Text) || sentenceStart(toks, k) ||
			i > 0 && ents[i-1].Last > k || !oh.HeadsOrganization(lang.FoldToken(&toks[k], l)) {
			continue
		}
		norms = norms[:0]
		for t := k + 1; t < e.First; t++ {
			norms = append(norms, lang.FoldToken(&toks[t], l))
		}
		if len(norms) > 0 && ot.TailLength(append(norms, lang.FoldToken(&toks[e.First], l))) < len(norms) {
			continue
		}
		*e = doc.Mention(k, e.Last, annotation.Organization, e.Score, e.Source+"+rule")
	}
}

// sentenceStart reports whether token k opens its sentence: it follows
// nothing, or a sentence's end mark.
func sentenceStart(toks []lang.Token, k int) bool {
	for p := k - 1; p >= 0; p-- {
		switch toks[p].Text {
		case ".", "!", "?", "…":
			return true
		}
		if toks[p].Kind == lang.Word || toks[p].Kind == lang.Number {
			return false
		}
	}
	return true
}
