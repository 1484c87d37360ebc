package ru

import (
	_ "embed"
	"strings"
	"sync"

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
// data/institutions.txt). An adjective is read in any of its dictionary
// forms (национальная, национальное as национальный): the readings give
// one of them, not always the masculine the table lists.
func (Russian) InstitutionalGloss(form string) (string, bool) {
	t := institutions()
	if pivot, ok := t.Gloss(form); ok {
		return pivot, true
	}
	if first, second, phrase := strings.Cut(form, " "); phrase {
		return t.Gloss(masculineAdjective(first) + " " + masculineAdjective(second))
	}
	if m := masculineAdjective(form); m != form {
		return t.Gloss(m)
	}
	return "", false
}

// InstitutionalPhraseStart reports whether a phrase InstitutionalGloss
// glosses starts with the folded word w, an adjective in any of its
// dictionary forms (link.InstitutionalGlosser).
func (Russian) InstitutionalPhraseStart(w string) bool {
	t := institutions()
	return t.PhraseStart(w) || t.PhraseStart(masculineAdjective(w))
}

// masculineAdjective returns an adjective's dictionary form in the masculine
// (национальная → национальный; детское → детский; дорогая → дорогой),
// the ending after к, г, х, ж, ш, щ, ч spelt -ий, else -ый; a word that
// ends in no feminine or neuter ending is returned as it is. A stressed
// -ой is read as -ый, which the table lists for none.
func masculineAdjective(w string) string {
	for _, end := range []string{"ая", "ое", "яя", "ее"} {
		stem, ok := strings.CutSuffix(w, end)
		if !ok || len([]rune(stem)) < 3 {
			continue
		}
		if end == "яя" || end == "ее" {
			return stem + "ий" // синяя, синее
		}
		if strings.ContainsAny(lastRune(stem), "кгхжшщч") {
			return stem + "ий"
		}
		return stem + "ый"
	}
	return w
}
