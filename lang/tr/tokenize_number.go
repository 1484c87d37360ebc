package tr

import (
	"github.com/varlik/varlik/lang"
)

// numberToken scans a token that starts with an ASCII digit.
func (t *tokenizer) numberToken(i int) int {
	text := t.text
	end, kind := scanNumber(text, i)
	if kind == lang.Number && end < len(text) {
		switch text[end] {
		case '%':
			return t.emit(i, end+1, lang.Percent)
		case '.':
			if allDigits(text[i:end]) && ordinalPeriod(text, i, end) {
				return t.emit(i, end+1, lang.Ordinal)
			}
		}
		if allDigits(text[i:end]) && isLetterAt(text, end) {
			end, folded := scanWord(text, i)
			return t.emitWord(i, end, folded) // 5G, 3D
		}
	}
	return t.emit(i, end, kind)
}

func skipDigits(s string, i int) int {
	for i < len(s) && isASCIIDigit(s[i]) {
		i++
	}
	return i
}

// digitsAt returns the value of the run of exactly n digits at i that is
// not followed by another digit, or -1.
func digitsAt(s string, i, n int) int {
	if i+n > len(s) || (i+n < len(s) && isASCIIDigit(s[i+n])) {
		return -1
	}
	v := 0
	for k := i; k < i+n; k++ {
		if !isASCIIDigit(s[k]) {
			return -1
		}
		v = v*10 + int(s[k]-'0')
	}
	return v
}

// scanNumber scans a date, time or number starting with the digit at i and
// returns its end and Kind (Date, Time or Number).
func scanNumber(s string, i int) (int, lang.Kind) {
	j := skipDigits(s, i)
	d := j - i
	if j+1 < len(s) {
		sep := s[j]
		switch {
		case d == 4 && (sep == '-' || sep == '/' || sep == '.'):
			// 2025-11-04
			if m := digitsAt(s, j+1, 2); validMonth(m) && j+3 < len(s) && s[j+3] == sep {
				if day := digitsAt(s, j+4, 2); validDay(day) {
					return j + 6, lang.Date
				}
			}
		case d <= 2 && (sep == '.' || sep == '/' || sep == '-'):
			// 04.11.2025, 4/11/2025
			day := digitsAt(s, i, d)
			for md := 2; md >= 1; md-- {
				if m := digitsAt(s, j+1, md); validDay(day) && validMonth(m) &&
					j+1+md < len(s) && s[j+1+md] == sep && digitsAt(s, j+2+md, 4) >= 0 {
					return j + 6 + md, lang.Date
				}
			}
			// 14.30 (but not 14.30.5 or 14.30,5)
			if sep == '.' && isTime(s, i, d, j) &&
				!(j+3 < len(s) && (s[j+3] == '.' || s[j+3] == ',') && j+4 < len(s) && isASCIIDigit(s[j+4])) {
				return j + 3, lang.Time
			}
		case d <= 2 && sep == ':':
			// 09:15, 09:15:30
			if isTime(s, i, d, j) {
				if j+3 < len(s) && s[j+3] == ':' {
					if sec := digitsAt(s, j+4, 2); sec >= 0 && sec < 60 {
						return j + 6, lang.Time
					}
				}
				return j + 3, lang.Time
			}
		}
	}
	for j+1 < len(s) && (s[j] == '.' || s[j] == ',') && isASCIIDigit(s[j+1]) {
		j = skipDigits(s, j+1)
	}
	return j, lang.Number
}

func validDay(d int) bool   { return d >= 1 && d <= 31 }
func validMonth(m int) bool { return m >= 1 && m <= 12 }

// isTime reports whether the d-digit hour at i and the two-digit minutes
// after the separator at sep form a valid clock time.
func isTime(s string, i, d, sep int) bool {
	h := digitsAt(s, i, d)
	m := digitsAt(s, sep+1, 2)
	return h >= 0 && h < 24 && m >= 0 && m < 60
}

// ordinalPeriod decides whether the period at dot after the number at
// start marks an ordinal (30. olağan toplantı) rather than a sentence end:
// a lower-case word follows on the same line, or the number opens a line
// as a list item ("1. Giriş"). A number, period and capitalized word in
// running text ("sayısı 12. Yaralılar") is a sentence end.
func ordinalPeriod(s string, start, dot int) bool {
	k := skipBlanks(s, dot+1)
	r, n := runeAt(s, k)
	if n == 0 {
		return false
	}
	if lang.IsLower(r) {
		return true
	}
	return k > dot+1 && lang.IsUpper(r) && atLineStart(s, start)
}

// atLineStart reports whether only spaces and tabs separate i from the
// start of its line.
func atLineStart(s string, i int) bool {
	for i > 0 {
		switch s[i-1] {
		case ' ', '\t':
			i--
		case '\n', '\r':
			return true
		default:
			return false
		}
	}
	return true
}
