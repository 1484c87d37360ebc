package recognize

import (
	"unicode/utf8"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// minCapsSurnameRunes is the least letters of a surname written in
// capitals that joinCapitalSurnames takes: shorter capitals are mostly
// acronyms or initials.
const minCapsSurnameRunes = 3

// joinCapitalSurnames makes a person of a given name the language knows
// (lang.GivenNames), written with an initial capital, and the word right
// after it written all in capitals: "Haber: Selin KARADAĞ - ANKARA",
// "Muhabirimiz Kemal ÖZTEKİN bildirdi". Turkish news writes the surname
// in capitals in bylines, reporters' and columnists' names and photo
// credits; a tagger sees an unknown word in capitals (read as an acronym
// or a place) after a given name that is often a common word too (Umut,
// Deniz, Çiçek), and misses the name, cuts it or types it as a place.
// The capitals word has minCapsSurnameRunes letters or more, only
// letters, a vowel among them, and is no acronym the gazetteer knows (cutPersonEdges' test);
// the given name is no part of a run in capitals (a headline: the token
// before it and the one after the surname are no words in capitals), and
// only spaces on one line part the two words. The given name is no
// frequent ordinary word (lang.CommonWordNames: "Son DAKİKA", "Milli TAKIM",
// "Güneş ENERJİSİ") and no name of a place the gazetteer knows above a
// district (nameOfPlace: "Van GÖLÜ", Washington, Florida): there the
// capitals are a headline's or a label's emphasis more often than a
// surname. A name that opens the text, a line or a sentence is taken
// only with a byline's mark after the surname (a dash, a slash, a
// vertical bar, or the line's end: "Selin KARADAĞ - ANKARA"), or a dash
// or slash before it ("- Selçuk İNAN"): an emphasized word opens
// headlines ("Son DAKİKA: ..."). The mentions that overlap
// the two words give way to the person, which takes in a person mention
// that starts before the given name (a second given name); a mention of
// another type that reaches past the two words (Kemal ÖZTEKİN Vakfı) or
// holds exactly the two words (a tagger's L=[Van GÖLÜ]), or a person that
// already holds both, stays. ents are sorted and
// non-overlapping, and stay so. Only a known acronym of an organization
// counts against the surname: surnames are place names too (a town's name
// in capitals reads as the gazetteer's place).
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: Milliyet dev split 0.8537 → 0.8556 (eight names
// found or completed, no new wrong mention; with every known acronym
// counting against the surname 0.8550); NTREX Turkish dev 0.8605 and
// Turkish Wiki NER dev 0.7853 unchanged; NTREX English and Russian dev
// unchanged (0.8422, 0.8701). Narrowed (ordinary words and places as
// given names, the first word of a line or sentence, a mention of another
// type of exactly the two words) after invented news sentences showed it
// wrong ("Son DAKİKA", "Van GÖLÜ", "Milli TAKIM"): Milliyet dev 0.8617 →
// 0.8609 (bylines whose given name is an ordinary word too, as Umut,
// missed), NTREX Turkish dev (0.8633, -doc 20 0.8868), Turkish Wiki NER
// dev (0.7861), NTREX English and Russian dev (0.8483, 0.8734)
// unchanged.
func joinCapitalSurnames(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer, known func(k int) bool, cases wordCases) []annotation.Entity {
	gn := capsOf(l).givenNames
	if gn == nil {
		return ents
	}
	cw := capsOf(l).commonWordNames
	toks := doc.Tokens
	j := 0 // the first mention ending after token i
	for i := 0; i+1 < len(toks); i++ {
		if i = cases.next(i+1, len(toks), capitalsCase) - 1; i+1 == len(toks) {
			break // most words are told by their case
		}
		s := &toks[i+1]
		if s.Kind != lang.Word || len(s.Text) < minCapsSurnameRunes || !capitalsWord(s.Text) {
			continue
		}
		gt := &toks[i]
		if gt.Kind != lang.Word || !titleWord(gt.Text) || !spacesBetween(doc.Text, gt.End, s.Start) ||
			i > 0 && toks[i-1].Kind == lang.Word && capitalsWord(toks[i-1].Text) ||
			i+2 < len(toks) && toks[i+2].Kind == lang.Word && capitalsWord(toks[i+2].Text) && spacesBetween(doc.Text, s.End, toks[i+2].Start) {
			continue
		}
		norm := lang.FoldToken(gt, l)
		if !gn.GivenName(norm) || cw != nil && cw.CommonWordName(norm) || known(i+1) || nameOfPlace(gt.Text, g) ||
			opensLine(doc, i) && !bylineMark(doc, i) {
			continue
		}
		for j < len(ents) && ents[j].Last <= i {
			j++
		}
		first, last := i, i+2
		k := j
		keep := false
		for ; k < len(ents) && ents[k].First < last; k++ {
			e := &ents[k]
			switch {
			case e.Type == annotation.Person && e.First <= i && e.Last >= last:
				keep = true // already the person's
			case e.Last > last:
				keep = true // a longer mention holds the surname
			case e.Type != annotation.Person && e.First == i && e.Last == last:
				keep = true // another type holds the two words
			case e.First < i && e.Type != annotation.Person:
				keep = true
			case e.First < i:
				first = e.First
			}
		}
		if keep {
			continue
		}
		m := doc.Mention(first, last, annotation.Person, 0.5, "rule")
		if !plausible(&m) {
			continue
		}
		// Mentions j..k-1 overlap the new one, which replaces them.
		if k-j >= 1 {
			ents[j] = m
			ents = append(ents[:j+1], ents[k:]...)
		} else {
			ents = append(ents, annotation.Entity{})
			copy(ents[j+1:], ents[j:])
			ents[j] = m
		}
		i++ // the surname is read
	}
	return ents
}

// capitalsWord reports whether s is minCapsSurnameRunes letters or more,
// all capitals, with a vowel: capitals without one are an acronym read
// letter by letter (BSC, TBMM), no surname.
func capitalsWord(s string) bool {
	n, vowel := 0, false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if c, ok := lang.TwoByteRuneAt(s, i); ok { // inlined: no call for a Cyrillic letter
			r, size = c, 2
		} else if r >= utf8.RuneSelf {
			r, size = lang.DecodeRune(s[i:])
		}
		i += size
		if !lang.IsUpper(r) {
			return false
		}
		vowel = vowel || lang.LatinCapitalVowel(r)
		n++
	}
	return n >= minCapsSurnameRunes && vowel
}

// titleWord reports whether s is a capital and then small letters only
// (two letters or more).
func titleWord(s string) bool {
	r, size := lang.DecodeRune(s)
	if !lang.IsUpper(r) || size == len(s) {
		return false
	}
	for _, r := range s[size:] {
		if !lang.IsLower(r) {
			return false
		}
	}
	return true
}

// spacesBetween reports whether text[from:to] is spaces and tabs only
// (no line break: a byline's name and the line after it are no name).
func spacesBetween(text string, from, to int) bool {
	if from < 0 || to > len(text) || from > to {
		return false
	}
	for i := from; i < to; i++ {
		if text[i] != ' ' && text[i] != '\t' {
			return false
		}
	}
	return true
}

// nameOfPlace reports whether the gazetteer knows word as a place above a
// district: a country, region, province or city (Van, Aydın, Washington).
// Districts and villages are left out: many are named as people are
// (Selçuk, Afşin).
func nameOfPlace(word string, g *gazetteer.Gazetteer) bool {
	return gazetteerKnows(g, word, func(e *gazetteer.Entry) bool {
		return e.Type == string(annotation.Location) && e.Subtype != "district" && e.Subtype != "village" && e.Subtype != "neighbourhood"
	})
}

// opensLine reports whether token i opens the text, a line or a sentence
// of doc, after dashes, slashes or bars at most.
func opensLine(doc *annotation.Document, i int) bool {
	toks := doc.Tokens
	for i > 0 && bylinePunct(toks[i-1].Text) && spacesBetween(doc.Text, toks[i-1].End, toks[i].Start) {
		i--
	}
	if i == 0 || !spacesBetween(doc.Text, toks[i-1].End, toks[i].Start) {
		return true
	}
	for _, s := range doc.Sentences {
		if s.First == i {
			return true
		}
		if s.First > i {
			break
		}
	}
	return false
}

// bylineMark reports whether the given name at token i and the surname
// after it stand as a byline does: a dash, slash or bar right before the
// name, or right after the surname, or the line's end after the surname.
func bylineMark(doc *annotation.Document, i int) bool {
	toks := doc.Tokens
	if i > 0 && bylinePunct(toks[i-1].Text) {
		return true
	}
	if i+2 >= len(toks) || !spacesBetween(doc.Text, toks[i+1].End, toks[i+2].Start) {
		return true // the text's or the line's end
	}
	return bylinePunct(toks[i+2].Text)
}

// bylinePunct reports whether s is a mark that parts a byline's name from
// a place or a date: a dash, a slash, a vertical bar.
func bylinePunct(s string) bool {
	return s == "-" || s == "–" || s == "—" || s == "/" || s == "|"
}
