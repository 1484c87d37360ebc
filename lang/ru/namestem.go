package ru

import (
	"strings"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// NameStem returns the stem of a folded word of a name whose case ending
// holds a consonant (Путиным → путин), for keys made from a name's sound
// (lang.NameStemmer); endings of vowels alone vanish from such keys
// anyway. The stem must be the word without the ending and end in a
// consonant: a reading that respells it (Рахим as an instrumental of
// "рахий", Гарлем of "гарль") or leaves a vowel (Диего as a genitive of
// "ди") is a nominative that only looks inflected.
func (r Russian) NameStem(w string) string {
	if s := softInstrumentalStem(w); s != "" {
		return s
	}
	if s := adjectivalSurnameStem(w); s != "" {
		return s
	}
	for _, end := range []string{"ом", "ем", "ым", "им", "ами", "ями", "ах", "ях", "ого", "его"} {
		if strings.HasSuffix(w, end) {
			if as := r.Analyze(w); len(as) > 1 && as[1].Stem != "" && as[1].Stem == w[:len(w)-len(end)] && !endsInVowel(as[1].Stem) && hasVowel(as[1].Stem) &&
				(end != "ым" || instrumentalYm(w, as[1].Stem)) {
				return as[1].Stem
			}
			break
		}
	}
	return w
}

// softInstrumentalStem returns the citation form of w, a folded word in
// the instrumental -ем of a name whose stem is soft, or "": a given name
// in -й or -ь whose stem the ending follows (Сергеем, Валерием, Николаем
// → сергей, валерий, николай; Игорем, Лионелем → игорь, лионель), and
// a surname or a patronymic in -ич (Януковичем, Джоковичем, Ивановичем →
// янукович). NameStem's readings leave them whole, since the stem left
// by the ending ends in a vowel (серге) or is not the analysis's (игор),
// and the key then holds the ending's м (srjm, not Sergey's srj). A
// given name in -ь is one the word counts list as such (forms.first); a
// word that is one itself is a nominative (Ефрем), as is a name in -ем
// after a consonant the list does not know as an oblique given name
// (Виллем, Салем, Гарлем). After a vowel, -ем is the instrumental of any
// name in -й, listed or not (Роем Роджерсом, Roy Rogers; Шанхаем,
// Уругваем, Мэем): a name's nominative hardly ends so (of the default
// gazetteer's Russian names, Вифлеем alone, whose key loses its м), where
// the ending's м kept the oblique form's key apart (rm against Roy's r).
// Crosslingual dev -doc 10 859 → 860, by article 886 → 887, gold mentions
// by article 959 → 960 (Rogers, Роджерс, after Роем Роджерсом); per line
// and gold mentions unchanged; no false merge added; gazetteer pairs
// unchanged; Russian NTREX rows and FactRuEval dev (-doc 20, 0.9505)
// unchanged.
func softInstrumentalStem(w string) string {
	stem, ok := strings.CutSuffix(w, "ем")
	if !ok || !hasVowel(stem) || forms.first(w) {
		return ""
	}
	if strings.HasSuffix(stem, "ич") {
		return stem
	}
	last, _ := utf8.DecodeLastRuneInString(stem)
	if isVowel(last) {
		return stem + "й"
	}
	if forms.first(stem + "ь") {
		return stem + "ь"
	}
	return ""
}

// adjectivalSurnameStem returns the stem of w, a folded word, where it is
// an oblique case of a masculine surname or a place's adjective in -ский
// or -цкий (Зеленского, Зеленскому, Зеленским, Зеленском → зеленск;
// Троцким, Слуцкого), or "": its nominative's key drops the ий as vowels,
// where the ending's г or м kept the oblique form's key apart (slnskg
// against Zelensky's slnsk). NameStem's readings give the nominative, not
// the word cut at the ending, and so were no stem. The feminine forms
// (Зеленская, Зеленской, Зеленскую) end in vowels and a й, keyed alike
// already.
func adjectivalSurnameStem(w string) string {
	for _, end := range []string{"ого", "ому", "им", "ом"} {
		stem, ok := strings.CutSuffix(w, end)
		if ok && (strings.HasSuffix(stem, "ск") || strings.HasSuffix(stem, "цк")) && hasVowel(stem) {
			return stem
		}
	}
	return ""
}

// instrumentalYm reports whether w, a word in -ым, is the instrumental of
// stem: only an adjective (Белым, Красным, Толстым) and a surname of the
// possessive kind (Путиным, Ивановым) take -ым, a noun ending in a hard
// consonant -ом; so a word in -ым whose stem is neither, a given name
// (Касым, Казым) or a surname (Йылдырым) transcribed from Turkish or
// Arabic, where ы writes ı, is a nominative. The stem is an adjective's
// when it ends in a possessive surname's suffix (-ин, -ын, -ов, -ев; ё
// is folded to е, and -ск- adjectives take -им, Невским) or its masculine
// -ый or -ой form is listed
// (forms.txt), not when the word is a given name there. Of the 9,269
// gazetteer entries with English and Russian names, those whose name IDs
// agree 7,694 → 7,727 (Yıldırım, Kasım, Kazım, Yalım), none parted;
// crosslingual dev unchanged.
func instrumentalYm(w, stem string) bool {
	f := &forms
	if f.first(w) {
		return false
	}
	for _, suffix := range []string{"ин", "ын", "ов", "ев"} {
		if strings.HasSuffix(stem, suffix) {
			return true
		}
	}
	return f.countParts(stem, "ый") > 0 || f.countParts(stem, "ой") > 0
}

// endsInVowel reports whether a stem ends in a letter that romanizes to a
// vowel or to nothing (а, й, ю, ь); a letter Romanize leaves as it is (a
// Latin one) is not counted.
func endsInVowel(stem string) bool {
	last, _ := utf8.DecodeLastRuneInString(stem)
	if stem == "" {
		return false
	}
	r := Russian{}.Romanize(string(last))
	if r == string(last) {
		return false
	}
	return r == "" || strings.IndexByte("aeiouy", r[len(r)-1]) >= 0
}

// hasVowel reports whether a stem holds a vowel letter: a name's stem
// does, where an ending read off a short name leaves none (Свами is not
// an instrumental plural of "св", nor Сами of "с").
func hasVowel(stem string) bool { return strings.ContainsAny(stem, "аеёиоуыэюя") }

var _ lang.NameCases = Russian{}

// NameCase reports whether a, an analysis of a folded word of a person's
// name, may be the name in a case (lang.NameCases): not when it takes off
// -и or -ы to leave a stem in a consonant, an ending only names in a vowel
// take (Менга, Менги), never one in a consonant (Холл, Холла, Холлу).
func (Russian) NameCase(a lang.Analysis) bool {
	if len(a.Suffixes) != 1 || a.Suffixes[0] != "и" && a.Suffixes[0] != "ы" {
		return true
	}
	return strings.HasSuffix(a.Stem, "а") || strings.HasSuffix(a.Stem, "я")
}
