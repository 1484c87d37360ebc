package ru

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/varlik/varlik/internal/glosses"
)

//go:embed data/institutions.txt
var institutionsData string

// institutions maps a folded word or phrase of an institution's name to
// its English pivot, read once.
var institutions = sync.OnceValue(func() glosses.Table { return glosses.Parse(institutionsData) })

// InstitutionalGloss returns the English pivot of a folded word or
// two-word phrase of an organization's or a facility's name in its
// dictionary form (министерство: ministry; сельское хозяйство:
// agriculture), "" for a word the name adds where another language's
// leaves it out (Министерство иностранных дел's дел), with true; false
// for others (link.InstitutionalGlosser; the table is
// data/institutions.txt). An adjective is read in any of its forms
// (национальной, национальных as национальный): the readings miss some
// (политических), and give the masculine not always.
//
// An adjective in -ский the table does not list, made from a name
// (Гарвардский университет, Harvard University; Вестминстерский дворец,
// Palace of Westminster; Оксфордского), glosses as that name, which link
// keys as the name it is: Russian names an institution after its town or
// its founder with such an adjective where English and Turkish put the
// name itself.
func (Russian) InstitutionalGloss(form string) (string, bool) {
	t := institutions()
	if pivot, ok := t.Gloss(form); ok {
		return pivot, true
	}
	if first, second, phrase := strings.Cut(form, " "); phrase {
		for _, a := range adjectiveLemmas(first, first) {
			for _, b := range adjectiveLemmas(second, second) {
				if pivot, ok := t.Gloss(a + " " + b); ok {
					return pivot, true
				}
			}
		}
		return "", false
	}
	lemmas := adjectiveLemmas(form)
	for _, m := range lemmas {
		if pivot, ok := t.Gloss(m); ok {
			return pivot, true
		}
	}
	for _, m := range lemmas {
		if base, ok := strings.CutSuffix(m, "ский"); ok && utf8.RuneCountInString(base) >= minNameAdjectiveBase {
			return base, true
		}
	}
	return "", false
}

// minNameAdjectiveBase is the least number of letters of the name an
// adjective in -ский is made from: shorter ones are common words'
// (морской, from море, sea).
const minNameAdjectiveBase = 5

// InstitutionalPhraseStart reports whether a phrase InstitutionalGloss
// glosses starts with the folded word w, an adjective in any of its
// forms (link.InstitutionalGlosser).
func (Russian) InstitutionalPhraseStart(w string) bool {
	t := institutions()
	for _, m := range adjectiveLemmas(w, w) {
		if t.PhraseStart(m) {
			return true
		}
	}
	return false
}

// lemmaEndings are the endings of a Russian adjective, longest first
// where one ends another (ыми before ым).
var lemmaEndings = []string{"ыми", "ими", "ого", "его", "ому", "ему", "ых", "их", "ым", "им", "ой", "ей", "ую", "юю", "ая", "яя", "ое", "ее", "ые", "ие", "ый", "ий"}

// adjectiveLemmas appends to dst the masculine dictionary forms w may be
// of, were it an adjective (национальной → национальный; детских →
// детский; синее → синий; городской → городский, городской), the ending
// after к, г, х, ж, ш, щ, ч spelt -ий, after others -ый for a hard
// ending and -ий for a soft one, and -ой too; dst alone when w ends in no
// adjective's ending, its stem of fewer than three letters.
func adjectiveLemmas(w string, dst ...string) []string {
	for _, end := range lemmaEndings {
		stem, ok := strings.CutSuffix(w, end)
		if !ok || utf8.RuneCountInString(stem) < 3 {
			continue
		}
		soft := strings.ContainsAny(lastRune(stem), "кгхжшщч") || strings.ContainsAny(end[:2], "ияюе")
		if soft {
			dst = append(dst, stem+"ий")
		} else {
			dst = append(dst, stem+"ый")
		}
		return append(dst, stem+"ой")
	}
	return dst
}
