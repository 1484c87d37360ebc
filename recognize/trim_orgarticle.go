package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// trimOrgArticle cuts the article off an organization that opens with it
// ("The Assembly Commission , which ...", "The Bank of Japan kept rates"):
// news annotation leaves the article out of a body's name, and the tagger,
// seeing it capitalized at a sentence's start, takes it in. A newspaper
// keeps it (lang.PublicationNames: The Sunday Telegraph, The Times), and
// so does a name of the gazetteer's (its entry's name has it) and a
// mention of two words (The Hague, The Beatles: the article is the name's
// only other word).
func trimOrgArticle(doc *annotation.Document, ents []annotation.Entity, l lang.Language) {
	pn := capsOf(l).publicationNames
	if pn == nil {
		return
	}
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Organization || e.ID != "" || e.Last-e.First < 3 || !pn.PublicationArticle(toks[e.First].Text) ||
			!capitalizedWord(&toks[e.First+1]) || pn.PublicationHead(lang.FoldToken(&toks[e.Last-1], l)) {
			continue
		}
		*e = doc.Mention(e.First+1, e.Last, e.Type, e.Score, e.Source+"+rule")
	}
}
