package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// HardWrapped reports whether text reads as hard-wrapped: its paragraphs
// broken into lines at a fixed width, as e-mail, plain-text archives and
// text taken from PDF break them. In such text a single line break is a
// space, and the sentence splitters that end a headline or a paragraph
// of its own at a line break must not: a wrap falls inside a name as often
// as not (Holly⏎Willoughby, лидера⏎Северной Кореи). It holds when at least
// three lines run on into another line of the same paragraph and at least
// two in five of those next lines start with a lower-case letter, where a
// feed of one headline or paragraph a line starts nearly every line with
// a capital.
func HardWrapped(text string) bool {
	runOn, lower := 0, 0
	for {
		nl := strings.IndexByte(text, '\n')
		if nl < 0 {
			break
		}
		line, rest := strings.TrimSpace(text[:nl]), text[nl+1:]
		next := rest
		if k := strings.IndexByte(next, '\n'); k >= 0 {
			next = next[:k]
		}
		next = strings.TrimSpace(next)
		if line != "" && next != "" {
			runOn++
			if r, _ := utf8.DecodeRuneInString(next); unicode.IsLower(r) {
				lower++
			}
		}
		text = rest
	}
	return runOn >= 3 && 5*lower >= 2*runOn
}
