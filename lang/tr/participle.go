package tr

import (
	"strings"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

var _ lang.SubjectParticiples = Turkish{}

// notParticiples are common words that end like a subject participle.
var notParticiples = map[string]bool{"zaman": true, "insan": true, "düşman": true, "orman": true, "liman": true, "vatan": true}

// SubjectParticiple reports whether norm, a folded word, is a subject
// participle, -(y)An (lang.SubjectParticiples): söyleyen, vurgulayan,
// kaydeden, yiyen, anlatan. An -An after d is the ablative (tarafından,
// yeniden) but in the forms of et- and git- (eden, kaydeden, giden); after
// t it is a participle of the many verbs in -t (anlatan, üreten), far
// more often than an ablative in -tAn.
func (Turkish) SubjectParticiple(norm string) bool {
	if utf8.RuneCountInString(norm) < 4 || notParticiples[norm] {
		return false
	}
	for _, e := range []string{"an", "en"} {
		stem, ok := strings.CutSuffix(norm, e)
		if !ok {
			continue
		}
		switch {
		case strings.HasSuffix(stem, "y"):
			return true
		case strings.HasSuffix(stem, "d"):
			return strings.HasSuffix(stem, "ed") || strings.HasSuffix(stem, "gid")
		}
		return true
	}
	return false
}
