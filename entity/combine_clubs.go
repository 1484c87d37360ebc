package entity

import (
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// clubAffixes are the words that a club's full name adds to the short name
// news uses for it ("Livingston FC", "FC Livingston", "SSC Napoli", "SC
// Braga"), before or after it; the most frequent ones of the gazetteer's
// clubs, written the same in every language.
var clubAffixes = []string{"FC", "AFC", "SC", "SSC", "CF", "AC"}

// retypeClubs makes a person mention in a sentence of a sports report
// (lang.SportsWords) an organization when its name is the short name of a
// club the gazetteer knows ("Livingston" of "Livingston FC", "Napoli" of
// "SSC Napoli"): the tagger takes a club it does not know for a surname.
// It returns the texts of the mentions it retyped (spreadOrganizations
// makes the name's other mentions in the document clubs too).
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Turkish dev 0.8220 → 0.8354 (ORG 0.7171 → 0.7519: Livingston,
// Rangers, Hibernian, Hearts, Videoton), Turkish Wiki NER dev and the
// Milliyet dev split unchanged (0.7781, 0.8464); ten sentences a document
// (-doc 10), NTREX Turkish 0.8336 → 0.8469. Without the sports words
// NTREX Turkish gained more (0.8373), but Wiki NER lost the person of
// "Salisbury , Kuzey Carolina 'da" to Salisbury FC (0.7774); places too
// (Brighton, Napoli) cost NTREX Turkish 0.8354 → 0.8341, a match's town
// becoming its club.
func retypeClubs(doc *Document, ents []Entity, l lang.Language, g *gazetteer.Gazetteer) (names []string) {
	sw, _ := l.(lang.SportsWords)
	if sw == nil || g == nil {
		return nil
	}
	j := 0
	for _, s := range doc.Sentences {
		for j < len(ents) && ents[j].First < s.First {
			j++
		}
		sports := -1 // unknown until a candidate asks
		for ; j < len(ents) && ents[j].First < s.Last; j++ {
			e := &ents[j]
			if e.Type != Person || e.ID != "" {
				continue
			}
			if sports < 0 { // one scan of the sentence, before a dozen lookups a person
				sports = 0
				if sportsSentence(doc.Tokens[s.First:s.Last], sw, l) {
					sports = 1
				}
			}
			if sports == 1 && clubShortName(e.Text, g) {
				e.Type, e.Canonical = Organization, ""
				names = append(names, e.Text)
			}
		}
	}
	return names
}

// sportsSentence reports whether toks hold a word of a sports report or a
// match score ("1 - 0").
func sportsSentence(toks []lang.Token, sw lang.SportsWords, l lang.Language) bool {
	for i := range toks {
		if t := &toks[i]; t.Kind == lang.Word && sw.SportsWord(lang.FoldToken(t, l)) || scoreAt(toks, i) > 0 {
			return true
		}
	}
	return false
}

// clubShortName reports whether name with a club affix before or after it
// is the name of a club in the gazetteer.
func clubShortName(name string, g *gazetteer.Gazetteer) bool {
	for _, a := range clubAffixes {
		for _, full := range []string{name + " " + a, a + " " + name} {
			for _, en := range g.Lookup(full, "") {
				if en.Subtype == "club" {
					return true
				}
			}
		}
	}
	return false
}
