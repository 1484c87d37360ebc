package ru

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.GluedPossessives = Russian{}

// WithoutPossessive returns norm without an English possessive 's that
// ends it (lang.GluedPossessives: brink's → brink): the Russian tokenizer
// keeps it on a Latin word, where the English and Turkish ones split it
// off, so that the owner's key had an s more in Russian. Crosslingual dev
// with gold mentions 906 → 910 when link took it off (Burt's Bees, Brink's
// twice, with the ampersand's M&S), end to end unchanged.
func (Russian) WithoutPossessive(norm string) string {
	if len(norm) > 2 && strings.HasSuffix(norm, "'s") {
		return norm[:len(norm)-2]
	}
	return norm
}
