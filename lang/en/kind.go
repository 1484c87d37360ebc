package en

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// classify assigns a lang.Kind to one prose token from its text alone. The
// clitic rule (Kind Suffix) needs the previous token and lives in Tokenize.
func classify(t string) lang.Kind {
	switch {
	case isURL(t):
		return lang.URL
	case isEmail(t):
		return lang.Email
	case len(t) > 1 && t[0] == '#' && hasLetter(t[1:]):
		return lang.Hashtag
	case len(t) > 1 && t[0] == '@' && hasLetter(t[1:]):
		return lang.Mention
	}
	var letters, upper, digits, dots, other int
	for _, r := range t {
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		case unicode.IsDigit(r):
			digits++
		case r == '.':
			dots++
		default:
			other++
		}
	}
	switch {
	case digits > 0 && letters == 0:
		return numberKind(t)
	case digits > 0 && isOrdinal(t):
		return lang.Ordinal
	case letters > 0 && dots > 0 && other == 0 && digits == 0:
		return lang.Abbreviation // U.S., Nov., St.
	case letters > 1 && upper == letters && digits == 0:
		return lang.Abbreviation // UN, BRICS, NATO
	case letters > 0:
		return lang.Word
	}
	r, _ := utf8.DecodeRuneInString(t)
	switch {
	case r == utf8.RuneError || unicode.IsControl(r):
		return lang.Other
	case isEmoji(r):
		return lang.Emoji
	case unicode.IsPunct(r):
		return lang.Punct
	case unicode.IsSymbol(r):
		return lang.Symbol
	}
	return lang.Other
}

// numberKind tells numbers, percentages, dates and times apart in a token
// made of digits and punctuation.
func numberKind(t string) lang.Kind {
	switch {
	case strings.HasSuffix(t, "%") || strings.HasPrefix(t, "%"):
		return lang.Percent
	case strings.Count(t, ":") == 1 && len(t) <= 5:
		return lang.Time
	case strings.Count(t, "-") == 2 || strings.Count(t, "/") == 2:
		return lang.Date
	case strings.IndexFunc(t, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' && r != ',' }) >= 0:
		return lang.Symbol // digits mixed with other signs: +90, 5-3
	}
	return lang.Number
}

// isOrdinal matches 1st, 2nd, 3rd, 30th.
func isOrdinal(t string) bool {
	i := strings.IndexFunc(t, func(r rune) bool { return !unicode.IsDigit(r) })
	if i <= 0 {
		return false
	}
	switch strings.ToLower(t[i:]) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

func isURL(t string) bool {
	return hasPrefixFold(t, "http://") || hasPrefixFold(t, "https://") || hasPrefixFold(t, "www.") && len(t) > 4
}

// hasPrefixFold is strings.HasPrefix of t lower-cased, for an ASCII
// prefix, without lower-casing t (classify runs on every token).
func hasPrefixFold(t, prefix string) bool {
	return len(t) >= len(prefix) && strings.EqualFold(t[:len(prefix)], prefix)
}

func isEmail(t string) bool {
	at := strings.IndexByte(t, '@')
	return at > 0 && strings.IndexByte(t[at+1:], '.') > 0 && !strings.ContainsAny(t, " /")
}

func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

// isEmoji is a coarse test for pictographs: the emoji and dingbat blocks.
func isEmoji(r rune) bool {
	return (r >= 0x1F000 && r <= 0x1FAFF) || (r >= 0x2600 && r <= 0x27BF)
}
