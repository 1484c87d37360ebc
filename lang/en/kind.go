package en

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// classify assigns a lang.Kind to one prose token from its text alone. The
// clitic rule (Kind Suffix) needs the previous token and lives in Tokenize.
//
// It asks classifyRunes, which reads the token rune by rune after four
// tests of its form, only of tokens that are neither one ASCII byte (a
// table made by classifyRunes answers) nor ASCII letters and digits
// (classifyAlnum): about one token in twenty of English news.
func classify(t string) lang.Kind {
	if len(t) == 1 && t[0] < utf8.RuneSelf {
		return asciiKinds[t[0]]
	}
	if k, _, ok := classifyAlnum(t); ok {
		return k
	}
	return classifyRunes(t)
}

// asciiKinds holds classifyRunes of each one-byte token.
var asciiKinds = func() (t [utf8.RuneSelf]lang.Kind) {
	for c := range t {
		t[c] = classifyRunes(string(rune(c)))
	}
	return t
}()

// classifyAlnum is classifyRunes of a token of ASCII letters and digits,
// which can be no URL, e-mail address, hashtag or mention, and reports
// whether the token has a capital letter; ok is false for any other token.
func classifyAlnum(t string) (k lang.Kind, capital, ok bool) {
	upper, digits := 0, 0
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case 'a' <= c && c <= 'z':
		case 'A' <= c && c <= 'Z':
			upper++
		case '0' <= c && c <= '9':
			digits++
		default:
			return 0, false, false
		}
	}
	switch letters := len(t) - digits; {
	case letters == 0:
		return lang.Number, false, len(t) > 0 // numberKind of digits alone
	case digits > 0 && isOrdinal(t):
		return lang.Ordinal, upper > 0, true
	case letters > 1 && upper == letters && digits == 0:
		return lang.Abbreviation, true, true // UN, BRICS, NATO
	}
	return lang.Word, upper > 0, true
}

// classifyRunes is classify of any token.
func classifyRunes(t string) lang.Kind {
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
