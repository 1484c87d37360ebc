package tr

import (
	"strings"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

var _ lang.LoneBodies = Turkish{}

// loneBodies are the folded common nouns that, capitalized and alone,
// name a state's legislature, its commission, its head of state's or of
// government's office, its general staff or its treasury.
var loneBodies = lang.NewWordSet(map[string]bool{
	"meclis": true, "senato": true, "kongre": true, "komisyon": true,
	"başbakanlık": true, "cumhurbaşkanlığı": true, "genelkurmay": true, "hazine": true,
})

// inflectedBodies are the lone bodies that name the body in their case
// forms too: the legislatures and the commission. Başbakanlık and
// Cumhurbaşkanlığı inflected are mostly the office held
// ("Başbakanlığa getirildi"), not the body.
var inflectedBodies = map[string]bool{"meclis": true, "senato": true, "kongre": true, "komisyon": true}

// bodyEndings are the morphemes a lone body's name takes without an
// apostrophe and still names the body (docs/annotation.md: Meclis is ORG
// in any form, "Kongredeki", "Meclisimiz"): the cases, the relative -ki and
// our. Not the plural (kongreler are meetings) nor the other possessives,
// whose readings of these words are mostly spurious (meclis-in as "your").
var bodyEndings = map[string]bool{
	"Acc": true, "Dat": true, "Loc": true, "Abl": true, "Gen": true, "Ins": true, "Ki": true, "P1pl": true,
}

// NamesBody reports whether norm, a folded word, names a body when it is
// capitalized and alone (lang.LoneBodies): Meclis, Komisyon, Başbakanlık,
// and a legislature's case forms (Kongredeki, Senatodan).
func (Turkish) NamesBody(norm string) bool {
	if loneBodies.Has(norm) {
		return true
	}
	if !inflectedBodyIndex.startsAny(norm) { // spares an analysis, which allocates, of nearly every word asked
		return false
	}
	for _, a := range Analyze(norm) {
		if !inflectedBodies[a.Stem] || len(a.Suffixes) == 0 {
			continue
		}
		ok := true
		for _, s := range a.Suffixes {
			ok = ok && bodyEndings[s]
		}
		if ok {
			return true
		}
	}
	return false
}

var (
	_ lang.BodyTitles  = Turkish{}
	_ lang.BodyOffices = Turkish{}
)

// TitleAfterBody reports whether norm, a folded word right after a lone
// body's name, makes a title of it (lang.BodyTitles): a role (Başkanı,
// Sözcüsü, the PersonRole cues) or a member (Üyesi, Üyeleri).
func (t Turkish) TitleAfterBody(norm string) bool {
	return t.Cue(norm) == lang.PersonRole || strings.HasPrefix(norm, "üye")
}

// OfficeAfterBody reports whether norm, a folded word right after a body's
// name, names the office of its head (lang.BodyOffices): Başkanlığı in
// any of its forms ("TBMM Başkanlığına", "Yargıtay Başkanlığı"). A
// directorate named so is a body of its own ("Diyanet İşleri Başkanlığı"),
// but its name is no other body's name and a word more.
func (Turkish) OfficeAfterBody(norm string) bool {
	return strings.HasPrefix(norm, "başkanlı")
}

// HeadNamesBody reports whether norm, a folded head noun of an
// organization's name before a title, is in the possessive of a name's
// compound, with a case ending or none (lang.BodyOffices): Belediyesi,
// Kurulu, Bakanlığı, Ordusunun, where the bare Belediye begins the title
// (Belediye Başkanı); or Parti, which ends parties' names bare.
func (t Turkish) HeadNamesBody(norm string) bool {
	if t.Cue(norm) != lang.OrgHead && !t.EndsOrganization(norm) {
		return false
	}
	if norm == "parti" {
		return true // a party's name ends in the bare noun: Demokrat Parti, AK Parti
	}
	for _, a := range t.Analyze(norm) {
		if len(a.Suffixes) > 0 && a.Suffixes[0] == "P3sg" {
			return true // Belediyesi, Ordusunun
		}
	}
	return false
}

// inflectedBodyPrefixes are the inflectedBodies less their last two
// letters, which a case form may soften or drop (kitap → kitabı, ağız →
// ağzı): every case form of them begins with one (inflectedBodyIndex).
var inflectedBodyPrefixes = func() []string {
	var ps []string
	for stem := range inflectedBodies {
		ps = append(ps, withoutLastRunes(stem, 2))
	}
	return ps
}()

// withoutLastRunes returns s less its last n runes (all of s when it is shorter).
func withoutLastRunes(s string, n int) string {
	end := len(s)
	for ; n > 0 && end > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:end])
		end -= size
	}
	return s[:end]
}
