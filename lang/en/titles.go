package en

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.PersonTitles = English{}

// TitleBeforeName reports whether norm, a folded word, is written before
// a person's name but is no part of it (lang.PersonTitles): a title or
// role of the cues, a person noun (suspect, rapper), an occupation
// ("Lifeguard Larry Giles", "AI practitioner Kai-Fu Lee"), an abbreviated
// police rank written with no full stop (Det Insp Bob Blemmings), or a
// description joined with hyphens ("Mother-of-three Willoughby"). The
// honorifics are left out: written with a full stop (Capt. Larry Giles)
// they are two tokens, and the stop would open the name.
func (English) TitleBeforeName(norm string) bool {
	if roles[norm] || titles[norm] && !nameWords[norm] && !honorifics[norm] || personNouns[norm] || occupations[norm] {
		return true
	}
	head, tail, ok := strings.Cut(norm, "-of-")
	return ok && head != "" && tail != "" && !strings.Contains(tail, "-")
}

// occupations are further nouns of a person's work written before the name.
// Doctor, written out, is a title as Dr. is (Doctor Hank: UNER EWT dev
// 0.7779 → 0.7790, the other dev sets unchanged); Sheikh was left out: re3d
// keeps it in the name (Sheikh Abu Omar, 0.7184 → 0.7177).
var occupations = map[string]bool{
	"pm": true, "det": true, "insp": true, "supt": true, "sgt": true, "cpl": true, "pte": true,
	"lifeguard": true, "practitioner": true, "stylist": true, "designer": true, "chef": true, "host": true,
	"reporter": true, "correspondent": true, "journalist": true, "photographer": true, "analyst": true,
	"lawyer": true, "attorney": true, "activist": true, "artist": true, "musician": true, "producer": true,
	"director-general": true, "secretary-general": true, "scientist": true, "researcher": true,
	"doctor": true,
}

var _ lang.OfficeTitles = English{}

// officeTitles are the titles of monarchs and popes written before the
// name (lang.OfficeTitles), folded; not Lady or Sheikh, which begin names
// (Lady Gaga, Sheikh Hasina), nor Ayatollah (see Turkish's).
var officeTitles = map[string]bool{
	"pope": true, "king": true, "queen": true, "prince": true, "princess": true, "emperor": true,
}

// OfficeTitle reports whether norm is one of officeTitles.
func (English) OfficeTitle(norm string) bool { return officeTitles[norm] }
