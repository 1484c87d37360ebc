package link

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
)

// inflectedEntry returns the ID of the one entry of type typ that the
// gazetteer's matcher finds for the whole of mention c through its words'
// stems, in a language whose names inflect in every word
// (gazetteer.WordInflector), else "". The matcher reads a word's every
// analysis (Инстаграме → инстаграм, Твиттере → твиттер), where the
// citation form changes a one-word name only to a form the language's word
// counts have seen, which a brand's or a foreign place's nominative seldom
// is; recognition gives a match's entry only to a span the tagger typed as
// the entry is (it read в Инстаграме as a place before a rule made it an
// organization), so linking asks the matcher again. Not a person's: a
// person's name has the citation form's first-name evidence, and a
// surname's stem is a common word's too often.
func (lk *linker) inflectedEntry(g *gazetteer.Gazetteer, c int, typ annotation.Type) string {
	if typ == annotation.Person {
		return ""
	}
	if inf, ok := lk.l.(gazetteer.WordInflector); !ok || !inf.InflectsEveryWord() {
		return ""
	}
	e := &lk.doc.Entities[c]
	if e.First < 0 || e.Last > len(lk.doc.Tokens) || e.First >= e.Last {
		return ""
	}
	ms := g.Match(lk.doc.Tokens[e.First:e.Last], lk.l)
	if len(ms) != 1 || ms[0].First != 0 || ms[0].Last != e.Last-e.First {
		return ""
	}
	id := ""
	for _, cand := range ms[0].Candidates {
		if annotation.Type(cand.Type) != typ {
			continue
		}
		if id != "" && id != cand.ID {
			return "" // two entries of the type: the look-ups after decide
		}
		id = cand.ID
	}
	return id
}
