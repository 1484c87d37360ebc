package tr

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var (
	_ lang.OrganizationAcronyms = Turkish{}
	_ lang.CapitalLeads         = Turkish{}
)

// commonAcronyms are the folded acronyms that Turkish news uses as common
// nouns: currencies and taxes, diseases and molecules, devices, formats
// and technologies, ranks in a company, exams, kinds of business, laws
// and procedures.
var commonAcronyms = foldedSet(`TL YTL USD EUR GBP KDV ÖTV GSMH GSYH GDP AIDS HIV DNA RNA MR EKG SMS MMS LPG CNG
ATM POS TV PC CD DVD USB GPS HTML PDF URL LED LCD CPU RAM ROM DNS IP IMEI UFO İHA SİHA AVM VIP MVP CEO CFO IT IQ
AAA KPSS YKS ÖSS LGS KOBİ STK LGBT LGBTİ TCK CMK HMK ÇED OHAL`)

func foldedSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[Fold(w)] = true
	}
	return m
}

// CommonAcronym reports whether norm, a folded acronym, is a common noun
// (lang.OrganizationAcronyms): TL, KDV, AIDS, USB, KOBİ.
func (Turkish) CommonAcronym(norm string) bool { return commonAcronyms[norm] }

// LeadsInCapitals reports that Turkish news writes an article's first word
// in capitals (lang.CapitalLeads: "DÜN akşam yapılan").
func (Turkish) LeadsInCapitals() bool { return true }
