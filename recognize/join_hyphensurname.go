package recognize

import "github.com/varlik/varlik/annotation"

// joinHyphenatedNames makes one person's name of the parts of a
// hyphenated name written without spaces that the tagger cut at the
// hyphen: a person's mention and a capitalized word right after the hyphen
// that no mention holds (a double surname, "Paul Mills-Hicks"; "JAY-Z"),
// and a one-word mention the gazetteer does not know before the hyphen and
// a person's mention of two words or more after it (a hyphenated given
// name, "Kai-Fu Lee", whose first part the tagger read as a place). Two
// names joined by a hyphen are two mentions (Çin-Rusya, Clinton-Lewinsky):
// each part there is a mention of its own, and a one-word one after the
// hyphen is left apart. ents are sorted and non-overlapping, and stay so.
// Text given pre-tokenized, with spaces around its hyphens, is left to
// joinHyphenParts. An organization's mention takes the capitalized word
// after its hyphen likewise (Mercedes-Benz, Hewlett-Packard), which no
// mention holds: a firm's double name (a probe of written news sentences;
// the dev sets, tokenized with spaces or raw, unchanged).
//
// Chosen on dev data, F1 without → with the rule: NTREX Turkish dev ten
// lines a document (cmd/evaluate -pipeline -doc 10, raw text) 0.8998 →
// 0.9020 (Paul Mills-Hicks, Kai-Fu Lee, La Roche-Posay, a brand the rules
// after made an organization), NTREX English and Russian dev -doc 10
// unchanged (0.8803, 0.8992); the CoNLL sets (NTREX Turkish dev 0.8824, the
// Milliyet dev split 0.8660, Turkish Wiki NER dev 0.7849), spaced,
// unchanged.
func joinHyphenatedNames(doc *annotation.Document, ents []annotation.Entity) []annotation.Entity {
	toks := doc.Tokens
	// glued reports whether toks[k] is a hyphen with no space on either side.
	glued := func(k int) bool {
		return k > 0 && k+1 < len(toks) && toks[k].Text == "-" && toks[k-1].End == toks[k].Start && toks[k].End == toks[k+1].Start
	}
	ents = joinAdjacent(ents, func(e, n *annotation.Entity) (annotation.Entity, bool) {
		if e.ID == "" && e.Last-e.First == 1 && n.Type == annotation.Person && n.Last-n.First >= 2 && n.First == e.Last+1 && glued(e.Last) {
			m := doc.Mention(e.First, n.Last, annotation.Person, min(e.Score, n.Score), n.Source+"+rule")
			return m, true
		}
		return annotation.Entity{}, false
	})
	for i := range ents {
		e := &ents[i]
		k := e.Last // the hyphen
		if e.Type != annotation.Person && e.Type != annotation.Organization || !glued(k) || !capitalizedWord(&toks[k+1]) ||
			i+1 < len(ents) && ents[i+1].First <= k+1 {
			continue
		}
		*e = doc.Mention(e.First, k+2, e.Type, e.Score, e.Source+"+rule")
	}
	return ents
}
