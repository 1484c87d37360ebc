package recognize

import (
	"sort"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// pairedOrganizations adds the one-word name the tagger missed that is
// paired with an organization's mention by a coordinating word
// (lang.FunctionWords: English and) or a slash: "Firefox and the Mozilla
// project", "Google - Mozilla / Firefox". The word must be capitalized,
// stand alone (no capitalized word or mention next to it), not open the
// sentence, and be neither a dictionary word (lang.DictionaryWords), a
// function word (lang.ClosedClassWords: "MKM and I"), a given name (lang.GivenNames), a day's or a month's name, a nationality word (French), nor a name the
// gazetteer knows: a name paired with a firm's is most often another
// firm's or a product's, which the guidelines tag as its maker's. The
// organization's mention may follow an article ("and the Mozilla
// project"). ents are sorted and non-overlapping, and stay so. It returns
// the texts of the organizations it added.
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: UNER EWT dev 0.7841 → 0.7854 (ORGANIZATION recall
// 0.643 → 0.652: Firefox twice, Azurix); NTREX English dev (0.8682, -doc
// 10 0.8920), GUM dev, WNUT-17 and BTC dev unchanged; re3d 0.7184 → 0.7188
// (Badr). Without the nationality check re3d lost "French and Royal Navy"
// twice (0.7183).
func pairedOrganizations(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) (_ []annotation.Entity, names []string) {
	fw := capsOf(l).functionWords
	dw := capsOf(l).dictionaryWords
	gn := capsOf(l).givenNames
	if fw == nil || dw == nil || gn == nil {
		return ents, nil
	}
	np := capsOf(l).namePrepositions
	da := capsOf(l).definiteArticles
	cc := capsOf(l).closedClassWords
	toks := doc.Tokens
	var added []annotation.Entity
	var addedAt map[int]bool // the tokens of added, each a one-word mention; made on the first
	add := func(k int) {
		if addedAt == nil {
			addedAt = map[int]bool{}
		}
		addedAt[k] = true
		added = append(added, doc.Mention(k, k+1, annotation.Organization, 0.5, "rule"))
	}
	free := func(k int) bool { // k holds no mention: ents are sorted and do not overlap
		i := sort.Search(len(ents), func(i int) bool { return ents[i].Last > k })
		return (i == len(ents) || ents[i].First > k) && !addedAt[k]
	}
	candidate := func(s lang.Sentence, k int) bool {
		if k <= s.First || k >= s.Last || !listWord(&toks[k], np, l) || toks[k].Kind != lang.Word ||
			sentenceEnd(&toks[k-1]) || capitalizedWord(&toks[k-1]) || (k+1 < s.Last && capitalizedWord(&toks[k+1])) {
			return false
		}
		norm := lang.FoldToken(&toks[k], l)
		if dw.DictionaryWord(norm) || gn.GivenName(norm) || cc != nil && cc.ClosedClass(norm) || !free(k) || gazetteerKnows(g, toks[k].Text, func(*gazetteer.Entry) bool { return true }) ||
			g != nil && g.IsDemonym(toks[k].Text, plain(l)) {
			return false
		}
		return true
	}
	joint := func(t *lang.Token) bool {
		return joinsNames(t, fw, l) || (t.Kind == lang.Punct && t.Text == "/")
	}
	si := 0
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Organization {
			continue
		}
		for si < len(doc.Sentences) && doc.Sentences[si].Last <= e.First {
			si++
		}
		if si == len(doc.Sentences) || e.Last > doc.Sentences[si].Last {
			continue
		}
		s := doc.Sentences[si]
		// Before: X and (the) ORG.
		b := e.First - 1
		if b > s.First && da != nil && lowerCaseWord(&toks[b]) && da.DefiniteArticle(toks[b].Text) {
			b--
		}
		if b > s.First && joint(&toks[b]) && candidate(s, b-1) {
			add(b - 1)
		}
		// After: ORG and X.
		if a := e.Last; a+1 < s.Last && joint(&toks[a]) && candidate(s, a+1) {
			add(a + 1)
		}
	}
	if len(added) == 0 {
		return ents, nil
	}
	sort.Slice(added, func(i, j int) bool { return added[i].First < added[j].First })
	for i := range added {
		names = append(names, added[i].Text)
	}
	return mention.MergeByStart(ents, added), names
}
