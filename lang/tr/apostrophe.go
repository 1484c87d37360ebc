package tr

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var (
	_ lang.ApostropheSuffixes = Turkish{}
	_ lang.AblativeCases      = Turkish{}
)

// NamesTakeApostrophe reports that Turkish names take their suffixes after
// an apostrophe (lang.ApostropheSuffixes): Ankara'da, Meclis'te.
func (Turkish) NamesTakeApostrophe() bool { return true }

// LocativeCase reports whether suffix, a folded apostrophe suffix token
// ('da, 'ten, 'nda, 'daki), is a locative or ablative ending, with -ki
// after the locative: the endings that say where and from where, which a
// place's name takes and a person's seldom does.
func (Turkish) LocativeCase(suffix string) bool {
	s := strings.TrimLeft(suffix, "'’")
	for _, p := range [...]string{"da", "de", "ta", "te", "nda", "nde"} {
		if s == p || s == p+"n" || strings.HasPrefix(s, p+"ki") {
			return true
		}
	}
	return false
}

// AblativeCase reports whether suffix, a folded apostrophe suffix token,
// is an ablative ending (lang.AblativeCases): one of LocativeCase's
// endings that closes with -dan or -den, 'dan, 'ten, 'ndan, and after -ki
// 'dakinden.
func (t Turkish) AblativeCase(suffix string) bool {
	s := strings.TrimLeft(suffix, "'’")
	return t.LocativeCase(suffix) && (strings.HasSuffix(s, "an") || strings.HasSuffix(s, "en"))
}

// DativeCase reports whether suffix, a folded apostrophe suffix token
// ('a, 'ye, 'na), is the dative ending, which says to where; a person
// takes it too, as the one given or told something (Aydın'a sordu).
func (Turkish) DativeCase(suffix string) bool {
	switch strings.TrimLeft(suffix, "'’") {
	case "a", "e", "ya", "ye", "na", "ne":
		return true
	}
	return false
}
