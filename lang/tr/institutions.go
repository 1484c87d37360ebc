package tr

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

// InstitutionalGloss returns the English pivot of a folded word or
// two-word phrase of an organization's or a facility's name in its
// dictionary form (bakanlık: ministry; yüksek mahkeme: supreme court), ""
// for a word the name adds where another language's leaves it out
// (dışişleri bakanlığı's işleri), with true; false for others
// (link.InstitutionalGlosser; the table is data/institutions.txt).
func (Turkish) InstitutionalGloss(form string) (string, bool) {
	return institutions().Gloss(form)
}

// InstitutionalPhraseStart reports whether a phrase InstitutionalGloss
// glosses starts with the folded word w (link.InstitutionalGlosser).
func (Turkish) InstitutionalPhraseStart(w string) bool { return institutions().PhraseStart(w) }

// InstitutionalOptional reports whether pivot is the pivot of a head that
// a translation may leave out of a name (otel: hotel; link.OptionalHeads; the
// table's lines marked optional).
func (Turkish) InstitutionalOptional(pivot string) bool { return institutions().Optional(pivot) }
