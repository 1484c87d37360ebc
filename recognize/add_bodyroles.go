package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// bodiesAfterRoles makes an organization of the name after a role in a
// body, a preposition and the definite article (lang.BodyRoles: "a
// spokesperson for the Indonesian Red Cross", "chairman of the Cromwell
// Society"): the article says the name is no person's and the role that it
// is a body's, not a place's. A run of capitalized words no mention holds
// is added; a person's or a place's mention the gazetteer does not know is
// retyped (one it knows keeps its type: "members of the United States
// Senate" is the tagger's to split). The name is left alone where a
// lower-case word after it, neither a function word nor a verb of saying,
// makes it the modifier of a noun ("manager of the Ibrox club", "members
// of the Muslim majority"), and where it is a nationality or group word.
// ents are sorted and non-overlapping, and stay so. It returns the texts
// of the mentions it added or retyped.
//
// Chosen on dev data (cmd/evaluate -pipeline; branch enorg6), F1 without →
// with the rule: NTREX English dev 0.8732 → 0.8736 (the Indonesian Red
// Cross), -doc 10 0.8893 → 0.8897; Universal NER EWT dev, GUM dev, re3d,
// WNUT-17 and BTC dev unchanged. In the licensed sets' gold (training
// and dev, any tagging), the capitalized word after such a role and "the"
// opens an organization 105 times, a place 25 (the United States, known to
// the gazetteer), nothing 20.
func bodiesAfterRoles(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer, cases wordCases) (_ []annotation.Entity, names []string) {
	br := capsOf(l).bodyRoles
	da := capsOf(l).definiteArticles
	cc := capsOf(l).closedClassWords
	if br == nil || da == nil || cc == nil {
		return ents, nil
	}
	sp := capsOf(l).speakers
	gw := capsOf(l).groupWords
	toks := doc.Tokens
	var added []annotation.Entity
	j := 0 // the first mention that ends after the current name's first token
	for _, s := range doc.Sentences {
		for i := s.First; i+3 < s.Last; i++ {
			if i = cases.next(i+3, s.Last, capitalizedCase) - 3; i+3 == s.Last {
				break // the name's capital first: most words are lower-case
			}
			role, prep, art, first := &toks[i], &toks[i+1], &toks[i+2], i+3
			// The capital first: most words of running text are lower-case,
			// and the name's first word rejects most positions with one test.
			if !cases.capitalized(first) || !cases.lower(i+2) || !cases.lower(i+1) || !cases.lower(i) ||
				!da.DefiniteArticle(art.Norm) || !br.BodyRole(role.Norm, prep.Norm) {
				continue
			}
			for j < len(ents) && ents[j].Last <= first {
				j++
			}
			last := first + 1 // the name's end
			switch {
			case j < len(ents) && ents[j].First == first:
				last = ents[j].Last
			case j < len(ents) && ents[j].First < first:
				continue // a mention runs over the article
			default:
				for last < s.Last && cases.capitalized(last) && (j == len(ents) || ents[j].First > last) {
					last++
				}
				if j < len(ents) && ents[j].First == last {
					continue // a mention goes on with the name
				}
			}
			if last < s.Last {
				if n := &toks[last]; cases.lower(last) && !cc.ClosedClass(n.Norm) && (sp == nil || !sp.SayingVerb(n.Norm)) {
					continue
				}
			}
			if last-first == 1 && (g != nil && g.IsDemonym(toks[first].Text, plain(l)) || gw != nil && gw.IsGroupWord(toks[first].Norm)) {
				continue
			}
			if j < len(ents) && ents[j].First == first {
				e := &ents[j]
				if e.Type == annotation.Organization || e.Type == annotation.Person && e.ID != "" ||
					e.Type == annotation.Location && e.ID != "" {
					continue
				}
				toOrganization(e)
				e.Source += "+rule"
				names = append(names, e.Text)
				continue
			}
			m := doc.Mention(first, last, annotation.Organization, 0.5, "rule")
			added = append(added, m)
			names = append(names, m.Text)
			i = last - 1
		}
	}
	return mention.MergeByStart(ents, added), names
}
