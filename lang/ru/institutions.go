package ru

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/varlik/varlik/internal/glosses"
	"github.com/varlik/varlik/lang"
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
	var buf [128]byte // forms are built here and looked up without a string of their own
	if first, second, phrase := strings.Cut(form, " "); phrase {
		a, b := adjectiveForms(first), adjectiveForms(second)
		for k := range a.n {
			for j := range b.n {
				f := append(append(append(buf[:0], a.form(k)...), a.ending(k)...), ' ')
				f = append(append(f, b.form(j)...), b.ending(j)...)
				if pivot, ok := t.Pivots[string(f)]; ok {
					return pivot, true
				}
			}
		}
		return "", false
	}
	a := adjectiveForms(form)
	for k := 1; k < a.n; k++ {
		if pivot, ok := t.Pivots[string(append(append(buf[:0], a.stem...), a.ending(k)...))]; ok {
			return pivot, true
		}
	}
	if a.n > 1 && strings.HasSuffix(a.stem, "ск") && a.ending(1) == "ий" {
		if base := strings.TrimSuffix(a.stem, "ск"); lang.RuneCount(base) >= minNameAdjectiveBase {
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
	a := adjectiveForms(w)
	var buf [64]byte
	for k := range a.n {
		if t.PhraseStartBytes(append(append(buf[:0], a.form(k)...), a.ending(k)...)) {
			return true
		}
	}
	return false
}

// lemmaEndings are the endings of a Russian adjective, longest first
// where one ends another (ыми before ым).
var lemmaEndings = []string{"ыми", "ими", "ого", "его", "ому", "ему", "ых", "их", "ым", "им", "ой", "ей", "ую", "юю", "ая", "яя", "ое", "ее", "ые", "ие", "ый", "ий"}

// glossForms are a word and, were it an adjective, its stem and the
// endings of the masculine dictionary forms it may be of: form(0) is the
// word, form(k) and ending(k) for 0 < k < n a stem and an ending.
type glossForms struct {
	word, stem, masculine string
	n                     int
}

func (f glossForms) form(k int) string {
	if k == 0 {
		return f.word
	}
	return f.stem
}

func (f glossForms) ending(k int) string {
	switch k {
	case 0:
		return ""
	case 1:
		return f.masculine
	}
	return "ой"
}

// adjectiveForms returns w's forms (национальной: национальный,
// национальной; детских: детский, детской; синее: синий, синой;
// городской: городский, городской), the ending after к, г, х, ж, ш, щ, ч
// spelt -ий, after others -ый for a hard ending and -ий for a soft one, and
// -ой too; the word alone when it ends in no adjective's ending, its stem
// of fewer than three letters.
func adjectiveForms(w string) glossForms {
	for _, end := range lemmaEndings {
		if !endsWith(w, end) {
			continue
		}
		stem := w[:len(w)-len(end)]
		if lang.RuneCount(stem) < 3 {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(stem)
		if strings.ContainsRune("кгхжшщч", last) || strings.ContainsAny(end[:2], "ияюе") {
			return glossForms{w, stem, "ий", 3}
		}
		return glossForms{w, stem, "ый", 3}
	}
	return glossForms{word: w, n: 1}
}

// InstitutionalOptional reports whether pivot is the pivot of a head that
// a translation may leave out of a name (отель: hotel; link.OptionalHeads; the
// table's lines marked optional).
func (Russian) InstitutionalOptional(pivot string) bool { return institutions().Optional(pivot) }
