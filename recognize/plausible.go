package recognize

import (
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// Limits on one mention. The longest name in the project's annotated news
// corpus is 132 bytes and 9 words (Национального управления по ликвидации
// последствий стихийных бедствий); a longer span is a run of garbage that
// a tagger took for a name (a megabyte of Ç, a thousand apostrophes).
const (
	maxMentionBytes  = 256
	maxMentionTokens = 24
)

// plausible reports whether a mention can be a name at all: within the
// limits above, with at least one letter, and with no invalid UTF-8, NUL
// or other control character (a line break included) inside. Invalid
// UTF-8 is told by the loop's own decoding, which gives utf8.RuneError
// for a byte that starts no rune, refused as U+FFFD itself is: a pass of
// utf8.ValidString before it read every mention's bytes twice (screen
// asks of every mention).
func plausible(e *annotation.Entity) bool {
	if len(e.Text) > maxMentionBytes || e.Last-e.First > maxMentionTokens {
		return false
	}
	letter := false
	for i := 0; i < len(e.Text); {
		// An ASCII byte is told by itself, most mentions' bytes: the C0
		// controls and DEL are its control characters, A-Z and a-z its
		// letters (unicode.IsControl, lang.IsLetter).
		if c := e.Text[i]; c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7F {
				return false
			}
			letter = letter || (c|0x20)-'a' < 26
			i++
			continue
		}
		// Decoded in line, where range would call the runtime for every
		// Cyrillic letter of every mention of every stage.
		r, size := rune(e.Text[i]), 1
		if c, ok := lang.TwoByteRuneAt(e.Text, i); ok {
			r, size = c, 2
		} else if r >= utf8.RuneSelf {
			r, size = lang.DecodeRune(e.Text[i:])
		}
		if unicode.IsControl(r) || r == utf8.RuneError {
			return false
		}
		letter = letter || lang.IsLetter(r)
		i += size
	}
	return letter
}
