package en

import (
	_ "embed"
	"sync"

	"github.com/varlik/varlik/internal/glosses"
)

//go:embed data/institutions.txt
var institutionsData string

// institutions maps a folded word or phrase of an institution's name to
// its English pivot, read once.
var institutions = sync.OnceValue(func() glosses.Table { return glosses.Parse(institutionsData) })

// InstitutionalGloss returns the pivot of a folded word or two-word
// phrase of an organization's or a facility's name (centre: center;
// judicial: judiciary; each pivot word: itself), "" for a word the name
// adds where another language's leaves it out (Ministry of Foreign
// Affairs), with true; false for others (link.InstitutionalGlosser; the
// table is data/institutions.txt, whose pivots lang/tr and lang/ru gloss
// to).
func (English) InstitutionalGloss(form string) (string, bool) {
	return institutions().Gloss(form)
}

// InstitutionalPhraseStart reports whether a phrase InstitutionalGloss
// glosses starts with the folded word w (link.InstitutionalGlosser).
func (English) InstitutionalPhraseStart(w string) bool { return institutions().PhraseStart(w) }

// InstitutionalOptional reports whether pivot is the pivot of a head that
// a translation may leave out of a name (hotel; link.OptionalHeads; the
// table's lines marked optional).
func (English) InstitutionalOptional(pivot string) bool { return institutions().Optional(pivot) }
