package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// brandsBeforePossessive makes the name before a borrowed possessive
// ending (lang.BrandPossessives: 's in Turkish text, "Sainsbury 's
// mağazaları") an organization: a person mention the gazetteer does not
// know is retyped, and a capitalized word no mention holds becomes one:
// one word, as such brands are (McDonald's, Macy's), since the word before
// may open the sentence ("Dün Sainsbury 's"). ents are sorted and
// non-overlapping, and stay so. It returns the mentions and the texts of
// the organizations it made (spreadOrganizations makes the name's other
// mentions organizations too). A capitalized word after the ending goes on
// an English title, whose words are no brand (titleGoesOn). cues are doc's
// wordCues.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Turkish dev 0.8354 → 0.8376 (Sainsbury 's seven times), -doc 10
// 0.8469 → 0.8501; Turkish Wiki NER dev and the Milliyet dev split
// unchanged (0.7781, 0.8464). Without the title check Wiki NER lost
// 0.7781 → 0.7771 (That's Not My, World's Finest, She's The One).
func brandsBeforePossessive(doc *annotation.Document, ents []annotation.Entity, l lang.Language, cues wordCues) (_ []annotation.Entity, names []string) {
	if capsOf(l).brandPossessives == nil || !cues.has(lang.BrandPossessiveCue) {
		return ents, nil
	}
	toks := doc.Tokens
	var added []annotation.Entity
	j := 0 // the first mention ending after token i-1
	for i := 1; i < len(toks); i++ {
		if i = cues.next(i, len(toks), lang.BrandPossessiveCue); i == len(toks) {
			break
		}
		if titleGoesOn(toks, i+1, l) {
			continue
		}
		for j < len(ents) && ents[j].Last < i {
			j++
		}
		if j < len(ents) && ents[j].First < i { // a mention holds the name
			if e := &ents[j]; e.Last == i && e.Type == annotation.Person && e.ID == "" {
				e.Type, e.Canonical = annotation.Organization, ""
				names = append(names, e.Text)
			}
			continue
		}
		prevEnd := 0 // the end of the mention before the name
		if j > 0 {
			prevEnd = ents[j-1].Last
		}
		if i-1 >= prevEnd && toks[i-1].Kind == lang.Word && lang.StartsUpper(toks[i-1].Text) {
			added = append(added, doc.Mention(i-1, i, annotation.Organization, 0.5, "rule"))
			names = append(names, added[len(added)-1].Text)
		}
	}
	return mention.MergeByStart(ents, added), names
}

// titleGoesOn reports whether toks[i] is a capitalized word: after a
// possessive it goes on an English title ("World 's Finest Comics", "She
// 's The One"), whose words are no brand. A word that opens a role held
// at the brand (lang.NameCues: "Sainsbury 's Genel Müdürü", "Ticari
// Direktörü", the role's noun itself or the word after) or is a people's
// word (lang.GroupWords: "Sainsbury 's İngiliz kozmetik pazarına") is the
// text's own and goes on no title: NTREX Turkish dev 0.8705 → 0.8716
// (Sainsbury three times), -doc 10 unchanged (0.8883: the story names it
// before), the Milliyet dev split (0.8656) and Turkish Wiki NER dev (0.7852)
// unchanged.
func titleGoesOn(toks []lang.Token, i int, l lang.Language) bool {
	if i >= len(toks) || toks[i].Kind != lang.Word || !lang.StartsUpper(toks[i].Text) {
		return false
	}
	if gw := capsOf(l).groupWords; gw != nil && gw.IsGroupWord(lang.FoldToken(&toks[i], l)) {
		return false
	}
	if nc := capsOf(l).nameCues; nc != nil {
		for k := i; k < len(toks) && k <= i+1 && toks[k].Kind == lang.Word; k++ {
			if nc.Cue(lang.FoldToken(&toks[k], l)) == lang.PersonRole {
				return false
			}
		}
	}
	return true
}
