package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// placesBeforePlaceHead makes the people right before a lower-case place
// noun places (lang.NameCues, lang.LocHead: "Brotton , Easton , Skelton ,
// Loftus kasabaları", "Resne , Manastır ve Pirlepe şehirleri"), with the
// other people of the list they end: the noun says what the names are,
// and the tagger takes a town it does not know for a person. A list is
// mentions joined by commas and words that join names (lang.FunctionWords:
// ve) of two or more: before one name the noun may be an adjective's
// ("Joe Alleva bölge kolluk kuvvetlerine", the regional police). A person
// the gazetteer knows keeps its type.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// Turkish Wiki NER dev 0.7791 → 0.7804 (Resne , Manastır ve Pirlepe
// şehirleri; Brotton , Easton , Skelton , Loftus kasabaları), NTREX
// Turkish dev, the Milliyet dev split, NTREX English and Russian dev
// unchanged (0.8444, 0.8467, 0.7808, 0.7814). With one name too, NTREX
// Turkish lost Joe Alleva (0.8438) and NTREX Russian 0.7814 → 0.7808.
// Tried and not kept: the people of any list mostly of places made places
// (NTREX Turkish 0.8444 → 0.8451, Wiki NER 0.7791 → 0.7798, but the
// Milliyet dev split 0.8467 → 0.8464). Two names with a comma alone
// between them are no list but a name and its apposition ("Kaymakam Mehmet
// Yılmaz , Çatalca ilçesindeki köyleri") unless the noun is in the plural
// (pluralForm: "Brotton , Easton kasabaları"). Turkish, from a probe of
// written news sentences; the dev sets unchanged.
func placesBeforePlaceHead(doc *annotation.Document, ents []annotation.Entity, l lang.Language) {
	nc := capsOf(l).nameCues
	if nc == nil {
		return
	}
	fw := capsOf(l).functionWords
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Last >= len(toks) {
			continue
		}
		if t := &toks[e.Last]; !lowerCaseWord(t) || nc.Cue(lang.FoldToken(t, l)) != lang.LocHead {
			continue
		}
		first := i // the list is ents[first : i+1]
		for first > 0 && ents[first].First == ents[first-1].Last+1 {
			if sep := &toks[ents[first-1].Last]; sep.Text != "," && !joinsNames(sep, fw, l) {
				break
			}
			first--
		}
		if first == i {
			continue // one name: the noun may be an adjective's ("Joe Alleva bölge kolluk kuvvetlerine")
		}
		if first == i-1 && toks[ents[first].Last].Text == "," && !pluralForm(lang.FoldToken(&toks[e.Last], l), l) {
			continue // two names, a comma and a noun in the singular: an apposition ("Kaymakam Mehmet Yılmaz , Çatalca ilçesindeki")
		}
		for k := first; k <= i; k++ {
			if p := &ents[k]; p.Type == annotation.Person && p.ID == "" {
				p.Type, p.Canonical = annotation.Location, ""
			}
		}
	}
}

// pluralForm reports whether l's morphology reads norm, a folded word, as
// a plural in one of its analyses (kasabaları, köylerinde; not
// ilçesindeki).
func pluralForm(norm string, l lang.Language) bool {
	for _, a := range l.Analyze(norm) {
		for _, s := range a.Suffixes {
			if s == "Pl" || s == "P3pl" {
				return true
			}
		}
	}
	return false
}
