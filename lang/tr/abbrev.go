package tr

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed abbreviations.txt
var abbreviationsTxt string

// abbrevInfo describes one entry of abbreviations.txt.
type abbrevInfo struct {
	capitalOnly bool // matches only capitalized tokens (Av. but not av.)
	mayEnd      bool // often ends a sentence (vb., Ltd.)
}

// abbreviations maps a folded abbreviation with its period ("dr.") to its
// entry. Loaded once from the embedded list.
var abbreviations = sync.OnceValue(func() map[string]abbrevInfo {
	m := map[string]abbrevInfo{}
	for line := range strings.Lines(abbreviationsTxt) {
		fields := strings.Fields(line)
		if len(fields) == 0 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		first, _ := utf8.DecodeRuneInString(fields[0])
		m[Fold(fields[0])] = abbrevInfo{
			capitalOnly: unicode.IsUpper(first),
			mayEnd:      len(fields) > 1 && fields[1] == "end",
		}
	}
	return m
})

// maxAbbrevLen bounds the byte length of a word looked up as an
// abbreviation; longer words are never abbreviations.
const maxAbbrevLen = 16

// lookupAbbreviation returns the entry for word w (without its period) if
// w followed by a period is a known abbreviation in the case it is written.
func lookupAbbreviation(w string) (abbrevInfo, bool) {
	if len(w) == 0 || len(w) > maxAbbrevLen {
		return abbrevInfo{}, false
	}
	var buf [2*maxAbbrevLen + 1]byte
	key := buf[:0]
	for _, r := range w {
		if r < rune(len(foldedBelowMarks)) && !isApostrophe(r) {
			r = foldedBelowMarks[r] // unicode.TurkishCase.ToLower(r), from a table
		} else {
			r = unicode.TurkishCase.ToLower(r)
		}
		key = utf8.AppendRune(key, r)
	}
	key = append(key, '.')
	info, ok := abbreviations()[string(key)]
	if !ok {
		return abbrevInfo{}, false
	}
	if first, _ := utf8.DecodeRuneInString(w); info.capitalOnly && !unicode.IsUpper(first) {
		return abbrevInfo{}, false
	}
	return info, true
}

func isAbbreviation(w string) bool {
	_, ok := lookupAbbreviation(w)
	return ok
}

// abbreviationMayEnd reports whether the Abbreviation token text (with its
// period) is one that often closes a sentence.
func abbreviationMayEnd(text string) bool {
	info, ok := lookupAbbreviation(strings.TrimSuffix(text, "."))
	return ok && info.mayEnd
}
