package ru

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// nameCase is what a first name tells of a person's mention.
type nameCase struct {
	oblique  bool // the mention is not in the nominative
	feminine bool
}

// masculineInA lists first names in -а/-я that are men's.
var masculineInA = map[string]bool{"никита": true, "илья": true, "фома": true, "кузьма": true, "лука": true,
	"савва": true, "данила": true, "гаврила": true, "саша": true, "миша": true, "женя": true, "паша": true}

var _ lang.ObliqueNames = Russian{}

// ObliquePerson reports whether name, a person's mention, is in an oblique
// case by the evidence CitationForm reads: a first name's case (Сергея
// Лаврова), or an ending no nominative has (Путину); false when neither
// tells (lang.ObliqueNames). It is read off CitationForm, whose memo the
// linker has filled for the document's mentions: the person's citation
// form differs from the name exactly when such evidence declined it.
func (r Russian) ObliquePerson(name string) bool {
	return r.CitationForm(name, "PERSON") != name
}

// personNominative returns the words of a person's name in the nominative,
// or nil to keep the name as written.
func personNominative(words []word) []string {
	c, first, ok := firstNameCase(words)
	if !ok {
		c, first, ok = surnameCase(words)
	}
	out := make([]string, len(words))
	changed := false
	for i, w := range words {
		var rules []rule
		switch {
		case i == first && ok && c.oblique:
			out[i] = first0(words[first])
			changed = true
			continue
		case !ok:
			out[i] = w.text
			continue
		case !c.oblique:
			out[i] = w.text
			continue
		case c.feminine:
			rules = feminineSurname
		default:
			rules = masculineSurname
		}
		var did bool
		out[i], did = apply(w, rules)
		changed = changed || did
	}
	if !changed {
		return nil
	}
	return out
}

// firstNameCase finds the first word that is a first name as written
// (nominative) or an oblique form of one, and returns what it tells and
// its index. A word that is both (Александра, Владимира) takes the reading
// whose first name is seen more often in text.
func firstNameCase(words []word) (nameCase, int, bool) {
	f := &forms
	for i, w := range words {
		stem := obliqueFirst(w)
		switch {
		case f.first(w.norm) && (stem == "" || f.count(w.norm) > f.count(stem)):
			return nameCase{feminine: feminineFirst(w.norm)}, i, true
		case stem != "":
			return nameCase{oblique: true, feminine: feminineFirst(stem)}, i, true
		}
	}
	return nameCase{}, -1, false
}

// firstNameEndings maps the oblique endings of first names to their
// nominative ones: men's -а/-я names of the second declension (Сергея,
// Ивану, Игорем) and women's of the first (Ольги, Марии, Анной). A word
// is an oblique first name only through these, so that a foreign name is
// not declined into another one that natasha's list happens to hold
// (Рори is no genitive of Рор).
var firstNameEndings = []rule{
	{"ией", "ия"}, {"ию", "ия"}, {"ии", "ия"},
	{"ом", ""}, {"ем", "й"}, {"ем", "ь"}, {"ём", "ь"}, {"ой", "а"}, {"ей", "я"},
	{"а", ""}, {"я", "й"}, {"я", "ь"}, {"у", ""}, {"ю", "й"}, {"ю", "ь"},
	{"ы", "а"}, {"и", "а"}, {"и", "я"}, {"е", "а"}, {"е", "я"}, {"у", "а"}, {"ю", "я"},
}

// spellsI reports whether a stem takes -и for -ы (after г, к, х and the
// hushing consonants: Ольги) or for -я's genitive after ь (Натальи); a
// foreign name in -и does not decline (Шакири, Эмили).
func spellsI(stem, nom string) bool {
	if nom == "я" {
		return strings.HasSuffix(stem, "ь")
	}
	return strings.ContainsAny(lastRune(stem), "гкхжшчщ")
}

// surnameCase finds, when no word is a first name, the first word with an
// ending that only an oblique surname has (Лаврову, Захаровой), and
// returns what it tells and its index.
func surnameCase(words []word) (nameCase, int, bool) {
	for i, w := range words {
		if form, ok := apply(w, obliqueOnly); ok {
			return nameCase{oblique: true, feminine: strings.HasSuffix(form, "а")}, i, true
		}
	}
	return nameCase{}, -1, false
}

// obliqueFirst returns the first name w is an oblique form of, or "".
func obliqueFirst(w word) string {
	f := &forms
	for _, r := range firstNameEndings {
		base, ok := strings.CutSuffix(w.norm, r.from)
		if !ok || base == "" || !f.first(base+r.to) {
			continue
		}
		if r.from == "и" && !spellsI(base, r.to) {
			continue
		}
		// Women's names in -а are nominative (Катрина, Селина) unless
		// the man's name they would be the genitive of is seen in text.
		if r.from == "а" && f.count(base) == 0 {
			continue
		}
		return base + r.to
	}
	return ""
}

// first0 returns the nominative of the word that told the case: a first
// name, or a surname with an oblique-only ending.
func first0(w word) string {
	if stem := obliqueFirst(w); stem != "" {
		return withStem(w, stem)
	}
	form, _ := apply(w, obliqueOnly)
	return form
}

func feminineFirst(name string) bool {
	return !masculineInA[name] && (slices.Contains([]string{"а", "я"}, lastRune(name)))
}

func lastRune(s string) string {
	r, size := utf8.DecodeLastRuneInString(s) // the last of []rune(s), without making it
	if size == 0 {
		return ""
	}
	return string(r)
}

// masculineSurname undoes the oblique endings of men's surnames and
// patronymics: Russian -ов/-ев/-ин, adjectival -ский, and foreign names
// that decline as nouns (Трампа, Макроном).
var masculineSurname = []rule{
	{"овичем", "ович"}, {"евичем", "евич"}, {"овичу", "ович"}, {"евичу", "евич"}, {"овича", "ович"},
	{"евича", "евич"}, {"овиче", "ович"}, {"евиче", "евич"},
	{"ского", "ский"}, {"скому", "ский"}, {"ским", "ский"}, {"ском", "ский"},
	{"цкого", "цкий"}, {"цкому", "цкий"}, {"цким", "цкий"}, {"цком", "цкий"},
	{"овым", "ов"}, {"евым", "ев"}, {"иным", "ин"}, {"ыным", "ын"},
	{"ова", "ов"}, {"ева", "ев"}, {"ина", "ин"}, {"ына", "ын"},
	{"ову", "ов"}, {"еву", "ев"}, {"ину", "ин"}, {"ыну", "ын"},
	{"ове", "ов"}, {"еве", "ев"}, {"ине", "ин"}, {"ыне", "ын"},
	{"ого", "ый"}, {"ому", "ый"}, // adjectival: Навального
	{"ой", "а"}, {"ы", "а"}, // men's names in -а: Варелой, Обамы
	// Foreign names that decline as nouns; apply keeps only stems that
	// end as a nominative can (not Сноу → Сно, Макилроя → Макилроь).
	{"ем", "ь"}, {"ом", ""}, {"я", "ь"}, {"ю", "ь"}, {"а", ""}, {"у", ""}, {"е", ""},
}

// feminineSurname undoes the oblique endings of women's surnames and
// patronymics; other women's surnames (Меркель) do not decline.
var feminineSurname = []rule{
	{"овной", "овна"}, {"евной", "евна"}, {"овны", "овна"}, {"евны", "евна"}, {"овне", "овна"},
	{"евне", "евна"}, {"овну", "овна"}, {"евну", "евна"},
	{"ской", "ская"}, {"скую", "ская"}, {"цкой", "цкая"}, {"цкую", "цкая"},
	{"овой", "ова"}, {"евой", "ева"}, {"иной", "ина"}, {"ыной", "ына"},
	{"ову", "ова"}, {"еву", "ева"}, {"ину", "ина"}, {"ыну", "ына"},
}

// obliqueOnly holds the endings that, without a first name to tell case
// and gender, only an oblique masculine surname has.
var obliqueOnly = []rule{
	{"овичем", "ович"}, {"евичем", "евич"}, {"овичу", "ович"}, {"евичу", "евич"},
	{"ского", "ский"}, {"скому", "ский"}, {"ским", "ский"}, {"цкого", "цкий"}, {"цкому", "цкий"}, {"цким", "цкий"},
	{"овым", "ов"}, {"евым", "ев"}, {"иным", "ин"}, {"ыным", "ын"},
	{"ову", "ов"}, {"еву", "ев"}, {"ину", "ин"}, {"ове", "ов"}, {"еве", "ев"}, {"ине", "ин"},
	{"овой", "ова"}, {"евой", "ева"}, {"иной", "ина"},
}
