package recognize

import (
	"slices"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/ner"
)

// addQuoteSpeakers adds as a person the one capitalized word that opens a
// sentence, where no mention holds it, when a comma or a colon and an
// opening quotation mark follow it (lang.QuoteSpeakers: Turkish `Sumbung,
// "Maalesef birçok ..."`, `Oriol: "Avrupa'daki ..."`): news names the
// speaker of a quotation there by the surname, which a tagger that sees
// one sentence, with the verb of saying far after, misses. The word is no
// acronym (an organization's), no word that running text writes mostly in
// lower case (mostlyLowerCase: Adam, the man, which is a given name too),
// no plural (readsPlural: Demokratların, a group's) and no name the
// gazetteer knows as another kind's. ents are sorted and non-overlapping,
// and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Turkish dev 0.8813 → 0.8824 (-doc 10 0.8991 → 0.8998: Sumbung,
// Oriol; Çiftçi, a farmer who is quoted, wrong), the Milliyet dev split
// (0.8660) and Turkish Wiki NER dev (0.7849) unchanged. Without the
// lower-case and plural checks, Adam and Demokratların were taken too
// (0.8819). A one-word mention the tagger alone read as an
// organization's, with no gazetteer entry or rule behind it, becomes the
// speaker too (taggerOnlyOrganization): NTREX Turkish dev 0.8866 → 0.8872
// (Rogers: "..."), -doc 10 (0.9068), the Milliyet dev split (0.8676) and
// Turkish Wiki NER dev (0.7971) unchanged. Function words, languages'
// names and titles (namesNoSpeaker) left out: the corpus's training part
// 0.9642 → 0.9644 (Oysa, Türkçe, Yarbay), the dev sets unchanged.
// A single quotation mark opens a quotation too when the sentence closes
// with a verb of saying news uses of a person (closedBySaying: Terim , '
// Eskiden ... " dedi; not "Devlet , ' kutsal " değildir"): the Milliyet dev
// split 0.8682 → 0.8684 (Terim, Demir; İkincisi wrong), the other dev sets
// and the training part unchanged; without the verb 0.8677 from 0.8676
// (Devlet and İkincisi wrong).
func addQuoteSpeakers(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer, m *ner.Model) []annotation.Entity {
	qs := capsOf(l).quoteSpeakers
	if qs == nil || m == nil {
		return ents
	}
	toks := doc.Tokens
	var added []annotation.Entity
	j := 0 // the first mention ending after the sentence's first token
	for _, s := range doc.Sentences {
		k := s.First
		if k+2 >= s.Last || !capitalizedWord(&toks[k]) || toks[k].Kind != lang.Word ||
			toks[k+1].Text != "," && toks[k+1].Text != ":" || !opensQuotation(toks[k+2].Text) && !(singleQuote(toks[k+2].Text) && closedBySaying(toks, s, l)) ||
			isAcronym(toks[k].Text) { // last: it reads every letter
			continue
		}
		for j < len(ents) && ents[j].Last <= k {
			j++
		}
		norm := lang.FoldToken(&toks[k], l)
		held := j < len(ents) && ents[j].First <= k
		if held && !taggerOnlyOrganization(&ents[j], k) || !qs.SpeakerOpensQuote(norm) || mostlyLowerCase(norm, m) || readsPlural(norm, l) ||
			namesNoSpeaker(norm, l) ||
			gazetteerKnows(g, toks[k].Text, func(e *gazetteer.Entry) bool { return e.Type != gazetteer.Person }) {
			continue
		}
		if held {
			ents[j].Type, ents[j].Canonical = annotation.Person, ""
			ents[j].Source += "+rule"
			continue
		}
		added = append(added, doc.Mention(k, k+1, annotation.Person, 0.5, "rule"))
	}
	return mention.MergeByStart(ents, added)
}

// namesNoSpeaker reports whether norm, a folded word opening a sentence
// before a comma or a colon and a quotation, is a function word
// (lang.ClosedClassWords: Oysa), a language's name (lang.LanguageNames:
// Türkçe , "..." dedim) or a title (lang.PersonTitles: Yarbay : "..."),
// none of them a speaker's name.
func namesNoSpeaker(norm string, l lang.Language) bool {
	if cc := capsOf(l).closedClassWords; cc != nil && cc.ClosedClass(norm) {
		return true
	}
	if ln := capsOf(l).languageNames; ln != nil && ln.LanguageName(norm) {
		return true
	}
	pt := capsOf(l).personTitles
	return pt != nil && pt.TitleBeforeName(norm)
}

// taggerOnlyOrganization reports whether e is the one word at k that the
// tagger alone, with no gazetteer entry or rule, read as an
// organization's: a foreign surname opening a quotation (Rogers: "...")
// is often read so.
func taggerOnlyOrganization(e *annotation.Entity, k int) bool {
	return e.First == k && e.Last == k+1 && e.Type == annotation.Organization && e.Source == "model"
}

// mostlyLowerCase reports whether the model's capitalization prior
// (ner.Model.CapitalizedShare) has seen norm written in lower case more
// often than capitalized.
func mostlyLowerCase(norm string, m *ner.Model) bool {
	share, ok := m.CapitalizedShare(norm)
	return ok && share < 0.5
}

// readsPlural reports whether l's morphology reads norm as a plural: a
// person's name takes its endings after an apostrophe, and a plural with
// none is a common noun's or a group's (demokratların).
func readsPlural(norm string, l lang.Language) bool {
	for _, a := range l.Analyze(norm) {
		if a.Stem != norm && slices.Contains(a.Suffixes, "Pl") {
			return true
		}
	}
	return false
}

// opensQuotation reports whether s is a double quotation mark, straight or
// curly, which opens a quotation after its speaker's name.
func opensQuotation(s string) bool { return s == `"` || s == "“" }

// singleQuote reports whether s is a single quotation mark, which Turkish
// news opens quotations with too (Terim , ' Eskiden ... " dedi), though as
// often a quoted word or title ("Devlet , ' kutsal " değildir").
func singleQuote(s string) bool { return s == "'" || s == "‘" }

// closedBySaying reports whether sentence s ends, before its closing
// punctuation and quotation marks, with a verb of saying that news uses of
// a person (lang.ClosingSayings: dedi, söyledi): the sentence quotes its
// subject.
func closedBySaying(toks []lang.Token, s lang.Sentence, l lang.Language) bool {
	cs := capsOf(l).closingSayings
	if cs == nil {
		return false
	}
	for k := s.Last - 1; k > s.First; k-- {
		if toks[k].Kind == lang.Word {
			return cs.PersonSaying(lang.FoldToken(&toks[k], l))
		}
	}
	return false
}
