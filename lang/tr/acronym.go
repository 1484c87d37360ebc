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
// nouns: currencies and taxes, diseases (AIDS, KOAH, DEHB), tests and
// molecules, vehicles and devices, formats and technologies, ranks in a
// company, exams, kinds of business, laws and procedures, football's
// video referee, time zones, over-the-counter trading, refrigerant gases,
// decree-laws (KHK) and state enterprises (KİT).
var commonAcronyms = foldedSet(`TL YTL USD EUR GBP KDV ÖTV ÖİV GSMH GSYH GDP AIDS HIV COVID SARS MERS PCR DNA RNA MR
EKG BT SMS MMS LPG CNG TIR SUV ABS ATM POS TV PC CD DVD USB GPS HTML PDF URL LED LCD CPU RAM ROM DNS IP IMEI
IBAN UFO İHA SİHA AVM VIP MVP CEO CFO IT IQ AAA KPSS YKS ÖSS LGS YGS LYS TYT AYT YDS ALES DGS TUS KOBİ STK LGBT
LGBTİ TCK CMK HMK TMK İİK KVKK ÇED OHAL VAR KOAH ALS DEHB OKB TSSB HPV KKKA SMA GSYİH GSMH SIM CNC GIF JPEG PNG
OTC GMT UTC EDT EST HFC CFC VPN API NFT SSD HDD HD OLED RFID NFC QR ISBN PIN KHK KİT`)

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
// in capitals (lang.CapitalLeads: "GEÇEN hafta yapılan").
func (Turkish) LeadsInCapitals() bool { return true }

var _ lang.AbbreviatedNames = Turkish{}

// AbbreviatesNames is true: the sports and regional press writes
// F.Bahçe, G.Saray, G.Antep, K.Maraş.
func (Turkish) AbbreviatesNames() bool { return true }
