package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// definedAcronyms makes an organization of a name that an acronym in
// brackets right after it spells, and of the acronym ("Housing Authority of
// New Orleans ( HANO )", "Movement for Democratic Change ( MDC )"): news
// defines an organization's acronym this way the first time it names it,
// and the tagger, missing the long name or reading a place inside it,
// misses both. The name is the run of capitalized words before the
// bracket whose first letters, in order, are the acronym's letters, over
// the words an acronym skips (lang.FunctionWords: of, and, for, the); one
// of its words must be an organization's head (lang.NameCues OrgHead:
// Authority, Party, Union), so that a term defined the same way ("Gross
// Domestic Product ( GDP )") is not taken. Mentions inside the name give
// way to it; a mention over exactly the name, or one reaching out of it,
// leaves it as it is (addBracketAcronyms adds an organization's acronym).
// ents are sorted and non-overlapping, and stay so. It returns the texts
// of the organizations it added.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// Universal NER EWT dev 0.7443 → 0.7463 (Housing Authority of New Orleans
// and HANO), NTREX English dev unchanged (0.8461; its BPPT is an Indonesian
// name's acronym, which the English words do not spell), NTREX Turkish and
// Russian dev, Turkish Wiki NER dev and the Milliyet dev split unchanged.
func definedAcronyms(doc *annotation.Document, ents []annotation.Entity, l lang.Language) (_ []annotation.Entity, names []string) {
	fw := capsOf(l).functionWords
	nc := capsOf(l).nameCues
	if fw == nil || nc == nil {
		return ents, nil
	}
	toks := doc.Tokens
	var added []annotation.Entity
	var drop [][2]int // ranges of ents that the added names replace
	j := 0            // the first mention ending after token b
	for b := 2; b+2 < len(toks); b++ {
		if b = nextToken(toks[:len(toks)-2], b, openingBracket); b+2 == len(toks) {
			break
		}
		if !closesBracket(toks[b+2].Text) || !isAcronym(toks[b+1].Text) {
			continue
		}
		first, head := spelledBefore(toks, b, toks[b+1].Text, fw, nc, l)
		if first < 0 || !head {
			continue
		}
		for j < len(ents) && ents[j].Last <= first {
			j++
		}
		k := j // the mentions from first up to the acronym
		for k < len(ents) && ents[k].First < b+2 {
			k++
		}
		ok := true
		acronym := -1 // the acronym's mention
		for m := j; m < k; m++ {
			e := &ents[m]
			switch {
			case e.First == b+1 && e.Last == b+2:
				acronym = m
			case e.First < first || e.Last > b || e.First == first && e.Last == b:
				ok = false
			}
		}
		if !ok || acronym >= 0 && ents[acronym].Type == annotation.Organization {
			continue
		}
		end := k
		if acronym >= 0 {
			end = acronym
		}
		if end > j {
			drop = append(drop, [2]int{j, end})
		}
		added = append(added, doc.Mention(first, b, annotation.Organization, 0.5, "rule"))
		names = append(names, added[len(added)-1].Text, toks[b+1].Text)
		if acronym >= 0 {
			toOrganization(&ents[acronym])
		} else {
			added = append(added, doc.Mention(b+1, b+2, annotation.Organization, 0.5, "rule"))
		}
		b += 2
	}
	if len(added) == 0 {
		return ents, nil
	}
	ents = dropRanges(ents, drop)
	return mention.MergeByStart(ents, added), names
}

// spelledBefore returns the first token of the run of capitalized words
// ending right before token b whose first letters spell acr (the words an
// acronym skips passed over), or -1, and whether one of the run's words is
// an organization's head.
func spelledBefore(toks []lang.Token, b int, acr string, fw lang.FunctionWords, nc lang.NameCues, l lang.Language) (first int, head bool) {
	k := len(acr) - 1
	p := b - 1
	for ; p >= 0 && k >= 0; p-- {
		t := &toks[p]
		if lowerCaseWord(t) && fw.SkippedInAcronym(lang.FoldToken(t, l)) && p < b-1 {
			continue
		}
		if t.Kind != lang.Word || !lang.StartsUpper(t.Text) || t.Text[0] != acr[k] {
			return -1, false
		}
		head = head || nc.Cue(lang.FoldToken(t, l)) == lang.OrgHead
		k--
	}
	if k >= 0 {
		return -1, false
	}
	return p + 1, head
}
