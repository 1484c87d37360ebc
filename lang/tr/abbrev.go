package tr

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

//go:embed abbreviations.txt
var abbreviationsTxt string

// abbrevInfo describes one entry of abbreviations.txt.
type abbrevInfo struct {
	capitalOnly bool // matches only capitalized tokens (Av. but not av.)
	mayEnd      bool // often ends a sentence (vb., Ltd.)
}

// abbreviationList is abbreviations.txt read.
type abbreviationList struct {
	entries map[string]abbrevInfo // by folded form with its period ("dr.")
	// lengths[b] has bit n set when a key of n bytes (63 for 63 or more)
	// starts with byte b, and longest is the longest key's length: the
	// words that a period follows are mostly no abbreviation's, and are
	// mostly turned away by them before they are folded whole or the map
	// is asked.
	lengths [256]uint64
	longest int
}

// abbreviations is the embedded list, read at start-up (a few microseconds):
// a sync.OnceValue's call, at every word that a period follows, cost a
// quarter of the look-up.
var abbreviations = readAbbreviations()

func readAbbreviations() *abbreviationList {
	l := &abbreviationList{entries: map[string]abbrevInfo{}}
	for line := range strings.Lines(abbreviationsTxt) {
		fields := strings.Fields(line)
		if len(fields) == 0 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		first, _ := utf8.DecodeRuneInString(fields[0])
		key := Fold(fields[0])
		l.entries[key] = abbrevInfo{
			capitalOnly: lang.IsUpper(first),
			mayEnd:      len(fields) > 1 && fields[1] == "end",
		}
		l.lengths[key[0]] |= 1 << min(len(key), 63)
		l.longest = max(l.longest, len(key))
	}
	return l
}

// maxAbbrevLen bounds the byte length of a word looked up as an
// abbreviation; longer words are never abbreviations.
const maxAbbrevLen = 16

// lookupAbbreviation returns the entry for word w (without its period) if
// w followed by a period is a known abbreviation in the case it is written.
func lookupAbbreviation(w string) (abbrevInfo, bool) {
	if len(w) == 0 || len(w) > maxAbbrevLen {
		return abbrevInfo{}, false
	}
	l := abbreviations
	var buf [2*maxAbbrevLen + 1]byte
	key := buf[:0]
	for _, r := range w {
		if r < rune(len(foldedBelowMarks)) && !isApostrophe(r) {
			r = foldedBelowMarks[r] // unicode.TurkishCase.ToLower(r), from a table
		} else {
			r = unicode.TurkishCase.ToLower(r)
		}
		if key = utf8.AppendRune(key, r); len(key) >= l.longest { // no room left for the period
			return abbrevInfo{}, false
		}
	}
	key = append(key, '.')
	if l.lengths[key[0]]>>min(len(key), 63)&1 == 0 {
		return abbrevInfo{}, false
	}
	info, ok := l.entries[string(key)]
	if !ok {
		return abbrevInfo{}, false
	}
	if first, _ := utf8.DecodeRuneInString(w); info.capitalOnly && !lang.IsUpper(first) {
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
