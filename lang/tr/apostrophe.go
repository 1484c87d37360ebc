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
//
// The ending is read a letter at a time, d, t or nd, then a or e, then
// nothing, n or ki, where matching six endings each with n and with ki
// built twelve strings a call (3,000 instructions).
func (Turkish) LocativeCase(suffix string) bool {
	s := trimApostrophes(suffix)
	switch {
	case strings.HasPrefix(s, "nd"):
		s = s[2:]
	case strings.HasPrefix(s, "d"), strings.HasPrefix(s, "t"):
		s = s[1:]
	default:
		return false
	}
	if s == "" || s[0] != 'a' && s[0] != 'e' {
		return false
	}
	s = s[1:]
	return s == "" || s == "n" || strings.HasPrefix(s, "ki")
}

// trimApostrophes is strings.TrimLeft(s, "'’") without decoding s's runes
// (a cut set beyond ASCII has TrimLeft decode each).
func trimApostrophes(s string) string {
	for {
		switch {
		case strings.HasPrefix(s, "'"):
			s = s[1:]
		case strings.HasPrefix(s, "’"):
			s = s[len("’"):]
		default:
			return s
		}
	}
}

// AblativeCase reports whether suffix, a folded apostrophe suffix token,
// is an ablative ending (lang.AblativeCases): one of LocativeCase's
// endings that closes with -dan or -den, 'dan, 'ten, 'ndan, and after -ki
// 'dakinden.
func (t Turkish) AblativeCase(suffix string) bool {
	s := trimApostrophes(suffix)
	return t.LocativeCase(suffix) && (strings.HasSuffix(s, "an") || strings.HasSuffix(s, "en"))
}

// DativeCase reports whether suffix, a folded apostrophe suffix token
// ('a, 'ye, 'na), is the dative ending, which says to where; a person
// takes it too, as the one given or told something (Aydın'a sordu).
func (Turkish) DativeCase(suffix string) bool {
	switch trimApostrophes(suffix) {
	case "a", "e", "ya", "ye", "na", "ne":
		return true
	}
	return false
}
