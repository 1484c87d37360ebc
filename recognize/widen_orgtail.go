package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// maxTailWords bounds the lower-case words after a head noun that a name
// may take.
const maxTailWords = 8

// extendOrganizationTails widens an organization's mention that ends in
// the head noun of an organization's name (lang.OrganizationNameForms) over
// the lower-case words after it that the language says go on with the
// name (lang.OrganizationTails: "Совета независимых школ", "Национального
// управления по ликвидации последствий стихийных бедствий"). The words
// stop at the next mention and the sentence's end. A mention of one word
// does not take them: a body named alone, with a capital, is followed by
// what it does ("в Сенате по утверждению судьи"). ents are sorted and
// non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -lang ru -pipeline), F1 without → with
// the rule: NTREX Russian dev 0.7961 → 0.7994 (Национального управления по
// ликвидации последствий стихийных бедствий twice, Шотландский совет
// независимых школ, Китайский национальный фонд естественных наук,
// Специального комитета по искусственному интеллекту), held-out
// FactRuEval (-doc 20) 0.8623 → 0.8640 (Международного института
// политической экспертизы). Mentions of one word too: NTREX 0.7987
// ("Сенате по утверждению"). A phrase after по or при only where the
// name's last word is the head of a body named for a task (lang.HeadTails:
// not "Судебным комитетом Сената по заявлениям", where по goes with what
// the Senate heard): NTREX Russian dev 0.9027 → 0.9034 (-doc 10 0.9138 →
// 0.9145, by article 0.9182 → 0.9189), held-out FactRuEval unchanged.
func extendOrganizationTails(doc *annotation.Document, ents []annotation.Entity, l lang.Language) {
	oh := capsOf(l).organizationNameForms
	ot := capsOf(l).organizationTails
	if oh == nil || ot == nil {
		return
	}
	ht := capsOf(l).headTails
	toks := doc.Tokens
	var norms []string
	for i := range ents {
		e := &ents[i]
		last := &toks[e.Last-1]
		if e.Type != annotation.Organization || e.Last-e.First < 2 || last.Kind != lang.Word || !oh.HeadsOrganization(lang.FoldToken(last, l)) {
			continue
		}
		limit := min(len(toks), e.Last+maxTailWords)
		if i+1 < len(ents) {
			limit = min(limit, ents[i+1].First)
		}
		norms = norms[:0]
		for k := e.Last; k < limit && lowerCaseWord(&toks[k]); k++ {
			norms = append(norms, lang.FoldToken(&toks[k], l))
		}
		n := 0 // the words that go on with the name
		if ht != nil {
			n = ht.HeadTailLength(lang.FoldToken(last, l), norms, false)
		} else {
			n = ot.TailLength(norms)
		}
		if n > 0 {
			m := doc.Mention(e.First, e.Last+n, annotation.Organization, e.Score, e.Source)
			m.ID, m.Canonical = e.ID, e.Canonical
			*e = m
		}
	}
}
