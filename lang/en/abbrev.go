package en

import "unicode"

// shortAbbreviations are the capitalized two- and three-letter English
// abbreviations that take a dot (folded, without it). prose's tokenizer keeps
// every ^[A-Z][a-z]{1,2}\.$ token whole; those not listed here are split.
var shortAbbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "oct": true, "nov": true, "dec": true, "mon": true,
	"tue": true, "wed": true, "thu": true, "fri": true, "sat": true, "sun": true,
	"no": true, "co": true, "inc": true, "ltd": true, "gen": true, "col": true,
	"lt": true, "sgt": true, "rep": true, "sen": true, "gov": true, "rev": true,
	"ave": true, "mt": true, "ft": true, "fig": true, "vol": true, "op": true,
	"cpl": true, "maj": true, "adm": true, "cdr": true, "hon": true, "est": true,
	"dep": true, "div": true, "jos": true, "wm": true,
}

// ShortNameWithDot reports whether t is a capitalized word of two or three
// letters followed by a dot (Li., Xi., Yi.) that is not a known abbreviation.
func ShortNameWithDot(t string) bool {
	// The tokenizer asks of every token: most have no dot at their end,
	// and none of more than four runes of four bytes is such a word.
	if len(t) < 3 || len(t) > 16 || t[len(t)-1] != '.' {
		return false
	}
	rs := []rune(t)
	if len(rs) < 3 || len(rs) > 4 || rs[len(rs)-1] != '.' || !unicode.IsUpper(rs[0]) {
		return false
	}
	for _, r := range rs[1 : len(rs)-1] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return !shortAbbreviations[fold(t[:len(t)-1])]
}
