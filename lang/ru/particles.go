package ru

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.PersonNameParticles = Russian{}

// nameParticles are the lower-case words of foreign people's names in
// Russian: Arabic бин, ибн, бен, аль, эль; Romance, Germanic and Dutch де,
// да, ди, дель, делла, дос, ду, дю, ла, ле, фон, ван, ден, дер, тер, цу
// (Генри ван ден Булке), the Arabic article assimilated to the next
// consonant (ас-Сиси, аш-Шараа, ад-, ар-, ат-, ан-, аз-) and Portuguese
// душ, дуж, дус, даш (Жозе Эдуарду душ Сантуш).
var nameParticles = map[string]bool{
	"бин": true, "ибн": true, "бен": true, "аль": true, "эль": true, "де": true, "да": true, "ди": true,
	"дель": true, "делла": true, "дос": true, "ду": true, "дю": true, "ла": true, "ле": true, "фон": true,
	"ван": true, "ден": true, "дер": true, "тер": true, "цу": true,
	"ас": true, "аш": true, "ад": true, "ар": true, "ат": true, "ан": true, "аз": true,
	"душ": true, "дуж": true, "дус": true, "даш": true,
}

// NameParticle reports whether norm is one of nameParticles, or begins
// with one joined by a hyphen (аль-хадж, эль-масри, де-ла-крус), or is
// written in another script, whose names Russian does not judge (The
// Mothers of Invention) (lang.PersonNameParticles).
func (r Russian) NameParticle(norm string) bool {
	if nameParticles[norm] || r.ForeignScript(norm) {
		return true
	}
	p, _, ok := strings.Cut(norm, "-")
	return ok && nameParticles[p]
}
