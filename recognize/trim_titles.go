package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// trimLeadingTitles cuts the titles and roles off the front of a person
// mention (lang.PersonTitles: "Peder Johnson", "Cankurtaran Kaptan Larry
// Giles", "Şansölye John McDonnell"): news annotation tags the name only,
// and the tagger keeps a title it does not know. A mention the gazetteer
// named loses only the title of a monarch's or a pope's office
// (lang.OfficeTitles: Papa Francesco, Queen Elizabeth II), which the
// gazetteer keeps in the name to key a given name, and keeps its ID; a
// mention that would be left with no word is left as it is.
//
// An honorific that the tokenizer split from its dot goes with them
// (Lifeguard Capt. Larry Giles: prose keeps only Mr.-like words whole).
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Turkish dev 0.8478 → 0.8503 (the three above, Peder Johnson
// twice), -doc 10 0.8633 → 0.8661; Turkish Wiki NER dev, the Milliyet dev
// split, NTREX English and Russian dev unchanged (0.7804, 0.8467, 0.7818,
// 0.7814). English's titles, occupations and hyphenated descriptions: NTREX
// English dev 0.8435 → 0.8448 (Det Insp Bob Blemmings, Mother-of-three
// Willoughby), crosslingual dev 721 → 722, UNER EWT dev unchanged
// (0.7432). A title written as an abbreviation in capitals (PM, which the
// tokenizers read as an Abbreviation token): NTREX English dev 0.8763 →
// 0.8770 (Macedonia 's PM Zoran Zaev; branch enorg6), -doc 10 0.8910 →
// 0.8917, the other dev sets unchanged.
func trimLeadingTitles(doc *annotation.Document, ents []annotation.Entity, l lang.Language) {
	pt := capsOf(l).personTitles
	if pt == nil {
		return
	}
	cues, ot := capsOf(l).nameCues, capsOf(l).officeTitles
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Person {
			continue
		}
		if e.ID != "" {
			trimOfficeTitles(doc, e, ot, l)
			continue
		}
		first := e.First
		for first < e.Last-1 && (toks[first].Kind == lang.Word || toks[first].Kind == lang.Abbreviation) {
			if norm := lang.FoldToken(&toks[first], l); pt.TitleBeforeName(norm) {
				first++
			} else if first+2 < e.Last && dottedHonorific(toks, first, norm, cues) {
				first += 2
			} else {
				break
			}
		}
		if first > e.First {
			*e = doc.Mention(first, e.Last, annotation.Person, e.Score, e.Source)
		}
	}
}

// trimOfficeTitles cuts the office titles (lang.OfficeTitles) off the
// front of e, a person the gazetteer named, keeping its ID, score and
// source, unless no word would be left.
func trimOfficeTitles(doc *annotation.Document, e *annotation.Entity, ot lang.OfficeTitles, l lang.Language) {
	if ot == nil {
		return
	}
	first := e.First
	for first < e.Last-1 && doc.Tokens[first].Kind == lang.Word && ot.OfficeTitle(lang.FoldToken(&doc.Tokens[first], l)) {
		first++
	}
	if first > e.First {
		id := e.ID
		*e = doc.Mention(first, e.Last, annotation.Person, e.Score, e.Source)
		e.ID = id
	}
}

// dottedHonorific reports whether toks[i], folded norm, is an honorific
// (lang.PersonTitle) with its dot as a token of its own, glued to it or,
// as tokenized text writes it, after a space ("Capt . Larry Giles": the
// mention goes on after the dot). With the space allowed: NTREX English dev
// 0.8675 → 0.8682, -doc 10 0.8913 → 0.8920 (Capt . Larry Giles), UNER EWT
// dev, GUM dev, re3d, WNUT-17 and BTC dev unchanged, Turkish and Russian
// output byte-identical.
func dottedHonorific(toks []lang.Token, i int, norm string, cues lang.NameCues) bool {
	return cues != nil && cues.Cue(norm) == lang.PersonTitle && toks[i+1].Text == "."
}

// dropTitlesBeforePeople drops a person mention made of titles and roles
// only (lang.PersonTitles) that ends right where another person's mention
// begins: the tagger cut "Cankurtaran Kaptan Larry Giles" into two people,
// and trimLeadingTitles, which leaves a mention no word, keeps the title's.
// A title the gazetteer named, or one before no person, is left as it is
// ("Kaptan geldi": a nickname's). ents are sorted and non-overlapping, and
// stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Turkish dev 0.8971 → 0.8974 (Cankurtaran Kaptan), -doc 10 0.9143 →
// 0.9146, -articles 0.9227 → 0.9230; the Milliyet dev split, Turkish Wiki
// NER dev and the English and Russian dev rows unchanged.
func dropTitlesBeforePeople(doc *annotation.Document, ents []annotation.Entity, l lang.Language) []annotation.Entity {
	pt := capsOf(l).personTitles
	if pt == nil {
		return ents
	}
	toks := doc.Tokens
	kept := ents[:0]
	for i, e := range ents {
		if e.Type == annotation.Person && e.ID == "" && i+1 < len(ents) && ents[i+1].First == e.Last &&
			ents[i+1].Type == annotation.Person && allTitles(toks[e.First:e.Last], pt, l) {
			continue
		}
		kept = append(kept, e)
	}
	return kept
}

// allTitles reports whether every token of toks is a word that is a title
// or role before a name.
func allTitles(toks []lang.Token, pt lang.PersonTitles, l lang.Language) bool {
	for i := range toks {
		if toks[i].Kind != lang.Word || !pt.TitleBeforeName(lang.FoldToken(&toks[i], l)) {
			return false
		}
	}
	return len(toks) > 0
}
