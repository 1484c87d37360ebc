package ru

import (
	"strings"
	"unicode"

	"github.com/varlik/varlik/lang"
)

var _ lang.ForeignScriptNames = Russian{}

// ForeignScript reports whether word holds letters and none of them is
// Cyrillic (lang.ForeignScriptNames): Russian news transliterates people
// and places (Джонсон, Лондон) and leaves many companies, brands and
// media in Latin letters (Revlon, ITV, MySQL). A Roman numeral is no
// such word (romanNumeral): Russian writes regnal numbers and centuries in
// Latin capitals (Пётр I, XIX век), which are numbers, not names.
func (Russian) ForeignScript(word string) bool {
	if _, ok := cyrillicAt(word, 0); ok {
		return false // most words: a Cyrillic letter first
	}
	letters := false
	for i := 0; i < len(word); {
		r, size := lang.DecodeRune(word[i:])
		i += size
		if !lang.IsLetter(r) {
			continue
		}
		if isCyrillic(r) {
			return false
		}
		letters = true
	}
	// Asked last: most tokens that reach it are punctuation and numbers,
	// with no letter.
	return letters && !romanNumeral(word)
}

// romanNumeral reports whether word is a well-formed Roman numeral from
// II to XXXIX in the capitals I, V and X (wellFormedRoman), as Russian
// writes the Roman numerals of regnal numbers and centuries (Николай II,
// Людовик XIV, XXI век): neither a name in a foreign script nor an
// acronym of one. A word of the same letters that is no numeral (VIXX, a
// band; XVX, IIV) is a name. A lone I is left out: it is as often the
// English pronoun of a quoted title (« I Love it »), and a single letter
// is no name of its own anyway.
func romanNumeral(word string) bool {
	return word != "I" && wellFormedRoman(word, 'I', 'V', 'X')
}

// wellFormedRoman reports whether word follows the grammar of the Roman
// numerals 1 to 39, X{0,3}(IX | IV | V?I{0,3}), not empty, written in the
// letters one, five and ten (upper or lower case). Centuries, regnal
// numbers, congresses and volumes in news stay below 40; L, C, D and M
// are left out, as they spell names far more often (MC, CD, DC).
func wellFormedRoman(word string, one, five, ten byte) bool {
	s, n := word, 0
	for n < 3 && len(s) > 0 && s[0] == ten {
		s, n = s[1:], n+1
	}
	switch {
	case len(s) == 2 && s[0] == one && (s[1] == ten || s[1] == five):
		s = ""
	default:
		if len(s) > 0 && s[0] == five {
			s = s[1:]
		}
		for n = 0; n < 3 && len(s) > 0 && s[0] == one; n++ {
			s = s[1:]
		}
	}
	return s == "" && word != ""
}

// latinOrgHeads are the English head nouns that end the names of bodies
// and companies which Russian news leaves in Latin letters (Consumer
// Energy Alliance, Brigham and Women's Hospital, id Software): whatever
// else the run of Latin words might be read as, a product or a work is
// seldom named so. Left out, as they end titles of films, series and
// games as often (Fight Club, The Social Network, The Office, Rocket
// League): club, network, office and league.
var latinOrgHeads = []string{
	"organization", "organisation", "corporation", "company", "council", "bank", "party", "union", "ministry",
	"agency", "association", "group", "committee", "fund", "forum", "commission", "institute", "university",
	"court", "federation", "alliance", "assembly", "parliament", "inc", "ltd", "corp", "department",
	"service", "army", "police", "foundation", "society", "fc", "plc", "llc", "times", "post", "news",
	"press", "board", "school", "college", "hospital", "airlines", "airways", "bureau", "authority",
	"administration", "navy", "congress", "senate", "institution", "centre", "center", "holdings",
	"industries", "technologies", "records", "studios", "pictures", "entertainment", "software", "interactive",
	"labs", "motors", "trust",
}

// LatinOrgHead reports whether word, in Latin letters, is one of
// latinOrgHeads in any case (recognize's foreign-script rule).
func (Russian) LatinOrgHead(word string) bool {
	for _, h := range latinOrgHeads {
		if len(h) == len(word) && strings.EqualFold(h, word) {
			return true
		}
	}
	return false
}

// isCyrillic is unicode.Is(unicode.Cyrillic, r), quick for the first of
// its ranges, which holds the Russian alphabet.
func isCyrillic(r rune) bool {
	return 0x400 <= r && r <= 0x484 || unicode.Is(unicode.Cyrillic, r)
}
