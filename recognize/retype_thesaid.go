package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// bodiesBeforeSaying makes an organization of a name written with "the"
// that is the subject of a verb of saying (lang.Speakers: "the Commission
// said") or of reporting (lang.ReportingVerbs: "the Advocate reports", "the
// Hill reported"): English puts no
// article before a person's name, and one before a place's name is not
// the subject of "said" in news (a country speaks by its name alone), so
// what speaks after "the" is a newspaper, an agency or a body. The name is
// the run of capitalized words between the article and the verb; a run
// that no mention holds is added, and a person mention over exactly the
// run that the gazetteer does not know is retyped. A run that ends in a
// title or a role (the President, the Prime Minister) is a person's office,
// not a name, and is left alone, as are places. ents are sorted and
// non-overlapping, and stay so. It returns the texts of the mentions it
// retyped or added.
//
// The verb of saying needs the name to end in an organization's head
// (lang.NameCues OrgHead: the Commission said): after "the", a people
// (the Americans said), an office (the Archbishop, the Taoiseach said) and
// a family (the Beckhams said) speak too, while what reports or publishes
// is a paper or a body. A group word (lang.GroupWords: the Democrats), a
// nationality word, singular or plural (the Chinese, the Saudis), and a
// month (lang.NamePrepositions.CalendarWord: officials in March reported)
// are no name.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX English dev 0.8446 → 0.8461 (the Advocate, the Hill, Variety), -doc
// 10 0.8685 → 0.8700, Universal NER EWT dev unchanged (0.7443). Adding
// "reported" to the verbs of saying instead made Variety a person
// (lang.Speakers takes a lone word before them for a surname).
func bodiesBeforeSaying(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer, cases wordCases) (_ []annotation.Entity, names []string) {
	sp := capsOf(l).speakers
	rv := capsOf(l).reportingVerbs
	nc := capsOf(l).nameCues
	if sp == nil || nc == nil || rv == nil {
		return ents, nil
	}
	gw := capsOf(l).groupWords
	np := capsOf(l).namePrepositions
	toks := doc.Tokens
	var added []annotation.Entity
	j := 0 // the first mention ending after token i
	for i := 0; i+2 < len(toks); i++ {
		if i = cases.next(i+1, len(toks)-1, titledCase) - 1; i+2 == len(toks) {
			break // a name must follow, with the article or without
		}
		end := i + 1
		article := rv.DefiniteArticle(toks[i].Text)
		if article {
			for end < len(toks) && end-i <= 4 && cases.title(end) {
				end++
			}
		} else if (cases.lower(i) || toks[i].Text == ",") && cases.title(i+1) &&
			toks[i+2].Kind == lang.Word && rv.ReportingVerb(lang.FoldToken(&toks[i+2], l)) {
			// One word without an article inside a sentence, before a verb
			// of reporting ("Variety reported"): a paper's or an agency's,
			// where the tagger saw no name (a person it saw may have
			// reported a theft).
			end = i + 2
		} else {
			continue
		}
		if end == i+1 || end == len(toks) || toks[end].Kind != lang.Word {
			continue
		}
		last := lang.FoldToken(&toks[end-1], l)
		if v := lang.FoldToken(&toks[end], l); !rv.ReportingVerb(v) && !(sp.SayingVerb(v) && nc.Cue(last) == lang.OrgHead) {
			continue
		}
		if c := nc.Cue(last); c == lang.PersonRole || c == lang.PersonTitle || sp.NotSpeaker(last, false) ||
			gw != nil && gw.IsGroupWord(last) || np != nil && np.CalendarWord(last) || nationality(toks[end-1].Text, g, l) {
			continue
		}
		for j < len(ents) && ents[j].Last <= i+1 {
			j++
		}
		var retype func(*annotation.Entity) bool // only a name after the article
		if article {
			retype = unknownPerson
		}
		added, names = organizationAt(doc, ents, j, i+1, end, retype, added, names)
		i = end
	}
	return mention.MergeByStart(ents, added), names
}

// nationality reports whether word, or word without a plural's s, is a
// nationality word the gazetteer knows (the Chinese, the Saudis).
func nationality(word string, g *gazetteer.Gazetteer, l lang.Language) bool {
	if g == nil {
		return false
	}
	return g.IsDemonym(word, plain(l)) || len(word) > 2 && word[len(word)-1] == 's' && g.IsDemonym(word[:len(word)-1], plain(l))
}

// titleCaseWord reports whether t is a word that starts with a capital and
// goes on in lower case (Advocate, McDonald): not a headline's capitals.
func titleCaseWord(t *lang.Token) bool {
	return (t.Kind == lang.Word || t.Kind == lang.Abbreviation) && lang.StartsUpper(t.Text) && !notTitleCase(t)
}

// unknownPerson reports whether e is a person the gazetteer does not know.
func unknownPerson(e *annotation.Entity) bool { return e.Type == annotation.Person && e.ID == "" }
