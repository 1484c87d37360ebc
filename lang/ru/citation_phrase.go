package ru

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// gender of a noun's nominative, or plural.
type gender uint8

const (
	masculine gender = iota
	feminine
	neuter
	plural
)

// adjectiveCase is what an adjective's ending tells of the noun phrase.
type adjectiveCase struct {
	end     string // the folded ending
	oblique bool
	genders []gender // the genders the ending agrees with
}

// adjectiveEndings are the long-form adjective endings, longest first. -ой
// is read as feminine oblique only: the stressed masculine nominative
// (Большой театр) is rare in names and keeps its form, its head being
// nominative.
var adjectiveEndings = []adjectiveCase{
	{"ого", true, []gender{masculine, neuter}}, {"его", true, []gender{masculine, neuter}},
	{"ому", true, []gender{masculine, neuter}}, {"ему", true, []gender{masculine, neuter}},
	{"ыми", true, []gender{plural}}, {"ими", true, []gender{plural}},
	{"ым", true, []gender{masculine, neuter}}, {"им", true, []gender{masculine, neuter}},
	{"ых", true, []gender{plural}}, {"их", true, []gender{plural}},
	{"ую", true, []gender{feminine}}, {"юю", true, []gender{feminine}},
	{"ой", true, []gender{feminine}}, {"ей", true, []gender{feminine}},
	{"ом", true, []gender{masculine, neuter}}, {"ем", true, []gender{masculine, neuter}},
	{"ый", false, []gender{masculine}}, {"ий", false, []gender{masculine}},
	{"ая", false, []gender{feminine}}, {"яя", false, []gender{feminine}},
	{"ое", false, []gender{neuter}}, {"ее", false, []gender{neuter}},
	{"ые", false, []gender{plural}}, {"ие", false, []gender{plural}},
}

// adjectiveEndingsByLast indexes adjectiveEndings by their last letter,
// from а to џ (U+0430–U+045F), in table order: adjectiveOf is asked of
// most words of a name, and tried every ending.
var adjectiveEndingsByLast = func() (idx [0x30][]int8) {
	for i, a := range adjectiveEndings {
		r, _ := utf8.DecodeLastRuneInString(a.end)
		idx[r-firstEndingRune] = append(idx[r-firstEndingRune], int8(i))
	}
	return idx
}()

// nounLike lists the adjective endings that nouns have too (Банком,
// Москвой, Китаем): a word with one is read as an adjective only when a
// nominative adjective of its stem is a form seen in text.
var nounLike = map[string]bool{"ом": true, "ем": true, "ой": true, "ей": true, "ым": true, "им": true}

// adjectiveOf returns the adjective ending of a folded word, if it has one
// and a stem of at least three letters is left.
func adjectiveOf(norm string) (adjectiveCase, bool) {
	n := len(norm)
	if n < 2 || norm[n-2] != 0xD0 && norm[n-2] != 0xD1 || norm[n-1]&0xC0 != 0x80 {
		return adjectiveCase{}, false // not ending in a Cyrillic letter, as every ending does
	}
	last := rune(norm[n-2]&0x1F)<<6 | rune(norm[n-1]&0x3F)
	if last < firstEndingRune || last >= firstEndingRune+rune(len(adjectiveEndingsByLast)) {
		return adjectiveCase{}, false
	}
	runes := -1 // norm's, counted once an ending matches
	for _, i := range adjectiveEndingsByLast[last-firstEndingRune] {
		a := adjectiveEndings[i]
		if !strings.HasSuffix(norm, a.end) {
			continue
		}
		if runes < 0 {
			runes = lang.RuneCount(norm)
		}
		if runes-lang.RuneCount(a.end) < 3 {
			continue
		}
		stem := strings.TrimSuffix(norm, a.end)
		if nounLike[a.end] && !suffixedAdjective(stem) && !seenAdjective(stem, norm) {
			return adjectiveCase{}, false
		}
		return a, true
	}
	return adjectiveCase{}, false
}

// suffixedAdjective reports whether stem ends in the adjective suffix -ск-
// or -цк- (нацистской, Капитолийском), which no noun's stem before these
// endings has.
func suffixedAdjective(stem string) bool {
	return strings.HasSuffix(stem, "ск") || strings.HasSuffix(stem, "цк")
}

// seenAdjective reports whether some nominative adjective of stem is a
// seen form. word itself, when it is one (a word in -ой), counts only if
// no nominative or accusative of a noun in -а or -я (глава, основу) is
// seen: then it may be that noun's instrumental (главой, основой), while a
// rare adjective (нефтегазовой) is seen in no other form.
func seenAdjective(stem, word string) bool {
	f := &forms
	for _, end := range []string{"ый", "ий", "ой", "ая", "яя", "ое", "ее"} {
		if strings.HasPrefix(word, stem) && word[len(stem):] == end && nounSeen(f, stem) { // word is stem+end
			continue
		}
		if f.countParts(stem, end) > 0 {
			return true
		}
	}
	return false
}

// nounSeen reports whether stem with the nominative or accusative ending
// of a noun in -а or -я is a seen form (adjectives take -ая, -ую there).
func nounSeen(f *wordForms, stem string) bool {
	for _, end := range []string{"а", "я", "у", "ю"} {
		if f.countParts(stem, end) > 0 {
			return true
		}
	}
	return false
}

// phraseNominative returns the words of a place's or organization's name
// with its leading adjectives and head noun in the nominative, or nil to
// keep the name as written. place says the name is a place's.
func phraseNominative(words []word, place bool) []string {
	head := 0
	var adj []adjectiveCase
	for head < len(words) {
		a, ok := adjectiveOf(words[head].norm)
		if !ok || head == len(words)-1 {
			break // the last word is the head, whatever its ending
		}
		adj = append(adj, a)
		head++
	}
	if _, isAdj := adjectiveOf(words[head].norm); head < len(words)-1 && (isAdj || hasAdjectiveEnding(words[head].norm) && !nounLike[adjectiveEndingOf(words[head].norm)]) {
		return nil // an adjective not seen as one: the phrase's shape is unknown
	}
	nom, g, ok := headNominative(words[head], adj)
	if !ok && place && len(adj) == 0 && strings.HasSuffix(words[head].norm, "ии") {
		// The counts could not choose (the -ие reading's paradigm claims
		// the -ия forms as its own): a place is a feminine noun in -ия.
		nom, g, ok = strings.TrimSuffix(words[head].norm, "и")+"я", feminine, true
	}
	if !ok {
		return nil
	}
	out := make([]string, len(words))
	for i, w := range words {
		switch {
		case i < head:
			out[i] = adjectiveNominative(w, adj[i], g)
		case i == head:
			out[i] = withStem(w, nom)
		default:
			out[i] = w.text
		}
	}
	return out
}

// headNominative returns the nominative of a head noun and its gender,
// and false when the noun should stay as written. Each candidate
// nominative (Analyze's, and the word itself unless an oblique adjective
// rules it out) is scored by how often the forms of its paradigm are seen
// in text, the word itself left out: Москвы → москва (москве, москву, ...)
// over москв; Сенате → сенат (сената, сенату) over сената (сенаты,
// сенатой); Украина stays (украины, украине) over украин.
func headNominative(w word, adj []adjectiveCase) (string, gender, bool) {
	oblique := false
	for _, a := range adj {
		if !a.oblique {
			return "", 0, false // a nominative adjective: the phrase is nominative
		}
		oblique = true
	}
	if pluralEnding(w.norm) {
		return "", 0, false // Соединенным Штатам: plurals keep their form
	}
	cands := []string{}
	for _, a := range (Russian{}).Analyze(w.norm)[1:] {
		if strings.HasSuffix(a.Case, "Pl") || a.Case == "Nom" || !singularOblique(w.norm, a.Stem) || nominativeAdjective(a.Stem) ||
			lang.RuneCount(a.Stem) < 3 {
			continue
		}
		if len(adj) > 0 && !agrees(adj[0], genderOf(a.Stem)) {
			continue
		}
		if strings.HasSuffix(w.norm, "ии") && strings.HasSuffix(a.Stem, "и") && !strings.HasSuffix(a.Stem, "ии") {
			continue // no noun in -и declines to -ии: России is not of Росси
		}
		cands = append(cands, a.Stem)
	}
	if len(cands) == 0 {
		return "", 0, false // the word itself would be best: no change
	}
	// Ties on the paradigm go to the nominative seen more often (партия
	// over партие for Партии: their paradigms differ only in -ей/-ем).
	f := &forms
	type score struct{ paradigm, nominative int }
	better := func(a, b score) bool {
		return a.paradigm > b.paradigm || a.paradigm == b.paradigm && a.nominative > b.nominative
	}
	// The candidates' readings, then the word's own as a nominative: each
	// paradigm is built once, not again for every form it is checked for.
	readings := make([]reading, 0, len(cands)+1)
	for _, c := range cands {
		readings = append(readings, reading{c, paradigm(c)})
	}
	readings = append(readings, reading{w.norm, paradigm(w.norm)})
	best, bestScore, tied := w.norm, score{-1, -1}, false
	if !oblique {
		bestScore = score{paradigmScore(readings[len(cands)], w.norm, readings), int(f.count(w.norm))}
	}
	for _, r := range readings[:len(cands)] {
		switch s := (score{paradigmScore(r, w.norm, readings), int(f.count(r.nom))}); {
		case better(s, bestScore):
			best, bestScore, tied = r.nom, s, false
		case s == bestScore:
			tied = true
		}
	}
	if best == w.norm || bestScore.paradigm <= 0 || tied {
		return "", 0, false // no evidence, or as much for another reading
	}
	return best, genderOf(best), true
}

// hasAdjectiveEnding reports whether a folded word ends in a long-form
// adjective ending.
func hasAdjectiveEnding(norm string) bool { return adjectiveEndingOf(norm) != "" }

// adjectiveEndingOf returns the long-form adjective ending a folded word
// ends in, or "".
func adjectiveEndingOf(norm string) string {
	for _, a := range adjectiveEndings {
		if strings.HasSuffix(norm, a.end) {
			return a.end
		}
	}
	return ""
}

// nominativeAdjective reports whether a folded word ends as a nominative
// adjective does (-ый, -ая, -яя, -ое, -ее, -ые; -ий and -ой end nouns too).
func nominativeAdjective(norm string) bool {
	for _, e := range []string{"ый", "ая", "яя", "ое", "ее", "ые"} {
		if strings.HasSuffix(norm, e) {
			return true
		}
	}
	return false
}

// pluralEnding reports whether a folded noun ends as only plurals do.
func pluralEnding(norm string) bool {
	for _, e := range []string{"ам", "ям", "ами", "ями", "ах", "ях"} {
		if strings.HasSuffix(norm, e) {
			return true
		}
	}
	return false
}

// singularOblique reports whether word can be a singular oblique form of
// the noun nom: not when it would be a masculine's plural (Службы is no
// form of служб) or a genitive plural in -ий (Партии, Управления are no
// forms of партий, управлений).
func singularOblique(word, nom string) bool {
	if strings.HasSuffix(nom, "ий") || strings.HasSuffix(nom, "ств") { // no noun ends in -ств: Агентства is агентство's
		return false
	}
	if (strings.HasSuffix(word, "ы") || strings.HasSuffix(word, "и")) && genderOf(nom) == masculine && !strings.HasSuffix(nom, "ь") {
		return false
	}
	return true
}

// reading is a candidate nominative of a word and its paradigm.
type reading struct {
	nom   string
	forms []string // paradigm(nom)
}

// paradigmScore sums the counts of the singular forms of the noun read as
// r that set it apart: neither the form seen nor a form of another
// reading's paradigm (сената and сенату are forms of both сенат and
// сената). readings are all the word's: the candidates' and the word seen
// read as a nominative.
func paradigmScore(r reading, seen string, readings []reading) int {
	f := &forms
	n := 0
	for _, form := range r.forms {
		if form == seen || sharedForm(form, r.nom, readings) {
			continue
		}
		n += int(f.count(form))
	}
	return n
}

// sharedForm reports whether form belongs to the paradigm of a reading of
// another nominative than nom.
func sharedForm(form, nom string, readings []reading) bool {
	return slices.ContainsFunc(readings, func(r reading) bool { return r.nom != nom && slices.Contains(r.forms, form) })
}

// genderOf guesses a nominative noun's gender from its ending.
func genderOf(noun string) gender {
	switch lastRune(noun) {
	case "а", "я":
		return feminine
	case "о", "е":
		return neuter
	case "ы", "и":
		return plural
	}
	return masculine
}

func agrees(a adjectiveCase, g gender) bool {
	for _, x := range a.genders {
		if x == g {
			return true
		}
	}
	return false
}

// adjectiveNominative puts an adjective in the nominative of gender g:
// soft stems (синего) and stems in к, г, х, ж, ш, ч, щ take и where hard
// ones take ы. A stressed -ой (Большой театр) is not told from the
// feminine oblique -ой, so Большого becomes Большый: rare in names.
func adjectiveNominative(w word, a adjectiveCase, g gender) string {
	stem := strings.TrimSuffix(w.norm, a.end)
	soft := strings.HasPrefix(a.end, "е") || strings.HasPrefix(a.end, "и") && !strings.ContainsAny(lastRune(stem), "кгхжшчщ") ||
		a.end == "юю" || a.end == "яя"
	velar := strings.ContainsAny(lastRune(stem), "кгхжшчщ")
	var end string
	switch g {
	case feminine:
		end = "ая"
		if soft && !velar {
			end = "яя"
		}
	case neuter:
		end = "ое"
		if soft && !velar {
			end = "ее"
		}
	case plural:
		end = "ые"
		if soft || velar {
			end = "ие"
		}
	default:
		end = "ый"
		if soft || velar {
			end = "ий"
		}
	}
	return replaceEnding(w, len([]rune(a.end)), end)
}

// paradigm returns the distinct singular forms of a noun, by the ending
// of its nominative; a nominative in -ы/-и is plural.
func paradigm(nom string) []string {
	last := lastRune(nom)
	stem := strings.TrimSuffix(nom, last)
	var ends []string
	switch last {
	case "а":
		ends = []string{"а", "ы", "и", "е", "у", "ой", "ою"}
	case "я":
		ends = []string{"я", "и", "е", "ю", "ей"}
	case "о":
		ends = []string{"о", "а", "у", "ом", "е"}
	case "е":
		ends = []string{"е", "я", "ю", "ем", "и"}
	case "ь":
		ends = []string{"ь", "я", "ю", "ем", "е", "и", "ью"}
	case "й":
		ends = []string{"й", "я", "ю", "ем", "е", "и"}
	case "ы", "и":
		ends = []string{last, "ов", "ей", "ам", "ям", "ами", "ями", "ах", "ях"}
	default:
		stem = nom
		ends = []string{"", "а", "у", "ом", "е"}
	}
	out := make([]string, 0, len(ends))
	for _, e := range ends {
		if form := stem + e; !slices.Contains(out, form) {
			out = append(out, form)
		}
	}
	return out
}
