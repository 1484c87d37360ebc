package tr

import (
	"strings"
	"unicode/utf8"
)

// Bounds on look-ahead for e-mail addresses and host names (RFC 5321
// local part, RFC 1035 name length) keep tokenizing linear.
const (
	maxLocalPart = 64
	maxHost      = 253
)

// topLevelDomains are the TLDs that make a bare dotted name (aa.com.tr) a
// URL. Kept short: a TLD that is also a common word would split sentences
// typed without a space after the period.
var topLevelDomains = map[string]bool{
	"com": true, "net": true, "org": true, "edu": true, "gov": true, "mil": true, "int": true,
	"info": true, "biz": true, "io": true, "tv": true, "news": true,
	"tr": true, "ru": true, "cn": true, "uk": true, "us": true, "eu": true, "de": true,
	"fr": true, "az": true, "kz": true, "uz": true, "ua": true, "ir": true, "gr": true,
}

// mayStartURL reports whether the letter at i and the byte after it may
// start one of scanURLPrefix's prefixes: h, f or w, then t or w (ASCII,
// in either case). It inlines, and turns away nearly every word.
func mayStartURL(s string, i int) bool {
	c := s[i] | 0x20 // ASCII lower case
	return (c == 'h' || c == 'f' || c == 'w') && i+1 < len(s) && (s[i+1]|0x20 == 't' || s[i+1]|0x20 == 'w')
}

// scanURLPrefix returns the end of a URL starting with a scheme
// (http://, https://, ftp://) or www. at i, or 0. Its caller asks
// mayStartURL first.
func scanURLPrefix(s string, i int) int {
	rest := s[i:]
	for _, p := range [...]string{"https://", "http://", "ftp://", "www."} {
		if len(rest) > len(p) && strings.EqualFold(rest[:len(p)], p) && isASCIIAlnum(rest[len(p)]) {
			return scanURLRest(s, i, i+len(p))
		}
	}
	return 0
}

// scanURLRest extends the URL that started at start from j to the next
// space, quote or apostrophe, then drops trailing sentence punctuation and
// unbalanced closing brackets.
func scanURLRest(s string, start, j int) int {
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if asciiClass[c] == clSpace || asciiClass[c] == clControl ||
				strings.IndexByte("\"'<>`", c) >= 0 {
				break
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if (r == utf8.RuneError && n == 1) || isSkippable(r) || strings.ContainsRune("“”„«»‹›‘’…", r) {
			break
		}
		j += n
	}
	opens := strings.Count(s[start:j], "(") + strings.Count(s[start:j], "[")
	closes := strings.Count(s[start:j], ")") + strings.Count(s[start:j], "]")
	for j > start {
		c := s[j-1]
		switch {
		case strings.IndexByte(".,;:!?", c) >= 0:
		case (c == ')' || c == ']') && closes > opens:
			closes--
		default:
			return j
		}
		j--
	}
	return j
}

// scanHostLabels scans dot-separated labels of ASCII letters, digits and
// inner hyphens from i, at most maxHost bytes. It calls ok with the end of
// each label and returns the last end for which ok returned true, or 0.
func scanHostLabels(s string, i int, ok func(labelStart, end, labels int) bool) int {
	best, labels := 0, 0
	for j := i; j < len(s) && j-i <= maxHost; {
		k := j
		for k < len(s) && (isASCIIAlnum(s[k]) || (s[k] == '-' && k > j)) {
			k++
		}
		if k == j || s[k-1] == '-' {
			break
		}
		labels++
		if ok(j, k, labels) {
			best = k
		}
		if k+1 >= len(s) || s[k] != '.' || !isASCIIAlnum(s[k+1]) {
			break
		}
		j = k + 1
	}
	return best
}

// scanHost returns the end of a bare host name with a known top-level
// domain starting at i (aa.com.tr, with an optional /path), or 0.
func scanHost(s string, i int) int {
	end := scanHostLabels(s, i, func(ls, e, labels int) bool {
		return labels >= 2 && isTopLevelDomain(s[ls:e])
	})
	if end == 0 || isLetterAt(s, end) {
		return 0
	}
	if end < len(s) && s[end] == '/' {
		return scanURLRest(s, i, end)
	}
	return end
}

// isTopLevelDomain looks label up in topLevelDomains ignoring ASCII case,
// without allocating.
func isTopLevelDomain(label string) bool {
	var buf [4]byte
	if len(label) < 2 || len(label) > len(buf) {
		return false
	}
	for k := 0; k < len(label); k++ {
		c := label[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	return topLevelDomains[string(buf[:len(label)])]
}

// scanEmail returns the end of an e-mail address starting at i, or 0.
func scanEmail(s string, i int) int {
	if strings.IndexByte(s[i:min(len(s), i+maxLocalPart+1)], '@') < 0 {
		return 0
	}
	j := i
	for j < len(s) && j-i < maxLocalPart && (isASCIIAlnum(s[j]) || strings.IndexByte("._%+-", s[j]) >= 0) {
		j++
	}
	if j == i || j >= len(s) || s[j] != '@' {
		return 0
	}
	end := scanHostLabels(s, j+1, func(ls, e, labels int) bool {
		return labels >= 2 && e-ls >= 2 && isASCIILetters(s[ls:e])
	})
	if end == 0 || isLetterAt(s, end) {
		return 0
	}
	return end
}

func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || asciiClass[s[i]] != clLetter {
			return false
		}
	}
	return true
}
