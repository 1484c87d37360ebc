package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// addHeadFirstBodies adds an organization for each capitalized head noun
// of an organization's name, whole (lang.OrganizationNameForms: Russian
// Совет, Советом), and the capitalized words right after it, each of which
// may be a genitive (Language.Analyze), where no mention holds any of them:
// "Советом Безопасности", "Совет Федерации". A language that puts the head
// first capitalizes the words after it only in a name, even where the head
// opens its sentence, and the tagger, which never saw those words as one,
// misses the body or finds its head alone (of any type: the head alone
// names a body, retypeByOwnHead); a mention of the head alone that the
// gazetteer did not name is widened to the words after it. ents are sorted
// and non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -lang ru -pipeline), F1 without → with
// the rule: NTREX Russian dev 0.8744 → 0.8748 (Советом Безопасности), with
// ten lines a document (corpus/ru.dev.jsonl) 0.8901 → 0.8905; WikiNER
// held-out and held-out FactRuEval (-doc 20) unchanged. A head opening its
// sentence too: NTREX 0.8748 → 0.8752 (Совет Безопасности), -doc 10 0.8905
// → 0.8908, the others unchanged.
func addHeadFirstBodies(doc *annotation.Document, ents []annotation.Entity, l lang.Language, cases wordCases) []annotation.Entity {
	oh := capsOf(l).organizationNameForms
	if oh == nil {
		return ents
	}
	toks := doc.Tokens
	var added []annotation.Entity
	j := 0 // the first mention that ends after the token looked at
	for _, s := range doc.Sentences {
		for k := s.First; k+1 < s.Last; k++ {
			// The head and the name's word after it are capitalized: most
			// words are not two such.
			if k = cases.nextPair(k+1, s.Last) - 1; k+1 == s.Last {
				break
			}
			for j < len(ents) && ents[j].Last <= k {
				j++
			}
			t := &toks[k]
			alone := j < len(ents) && ents[j].First == k && ents[j].Last == k+1 && ents[j].ID == ""
			if t.Kind != lang.Word || j < len(ents) && ents[j].First <= k && !alone ||
				!oh.HeadAlone(lang.FoldToken(t, l)) {
				continue
			}
			next := j // the first mention that may start after the head
			if alone {
				next++
			}
			end := k + 1
			for end < s.Last && toks[end].Kind == lang.Word && cases.capitalized(end) &&
				(next == len(ents) || ents[next].First > end) && allMayBeGenitive(toks[end:end+1], l) {
				end++
			}
			switch {
			case end == k+1:
			case alone:
				e := &ents[j]
				*e = doc.Mention(k, end, annotation.Organization, e.Score, e.Source+"+rule")
			default:
				added = append(added, doc.Mention(k, end, annotation.Organization, adjectiveHeadedScore, "rule"))
			}
			k = end - 1
		}
	}
	if len(added) == 0 {
		return ents
	}
	return mention.MergeByStart(ents, added)
}
