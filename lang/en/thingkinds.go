package en

import "github.com/varlik/varlik/lang"

var _ lang.ThingKinds = English{}

// KindBeforeThing reports whether norm, a folded word, is the kind of a
// storm written before its name (lang.ThingKinds): "Hurricane Rosa",
// "Tropical Storm Rita", "Typhoon Mangkhut". News annotation does not tag
// storms, and the tagger reads their given names as people's.
func (English) KindBeforeThing(norm string) bool {
	switch norm {
	case "hurricane", "storm", "typhoon", "cyclone", "superstorm":
		return true
	}
	return false
}

// KindBeforeTitle reports false (lang.ThingKinds): English writes a work's
// kind before its quoted title too ("the song 'Hello'"), but no English
// dev text has been read for it yet.
func (English) KindBeforeTitle(string) bool { return false }
