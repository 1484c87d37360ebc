package ru

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.PersonNameParticles = Russian{}

// nameParticles are the lower-case words of foreign people's names in
// Russian: Arabic бин, ибн, бен, аль, эль; Romance and Germanic де, да,
// ди, дель, делла, дос, дю, ла, ле, фон, ван, дер, тер, цу.
var nameParticles = map[string]bool{
	"бин": true, "ибн": true, "бен": true, "аль": true, "эль": true, "де": true, "да": true, "ди": true,
	"дель": true, "делла": true, "дос": true, "дю": true, "ла": true, "ле": true, "фон": true, "ван": true,
	"дер": true, "тер": true, "цу": true,
}

// NameParticle reports whether norm is one of nameParticles, or begins
// with one joined by a hyphen (аль-хадж, эль-масри, де-ла-крус)
// (lang.PersonNameParticles).
func (Russian) NameParticle(norm string) bool {
	if nameParticles[norm] {
		return true
	}
	p, _, ok := strings.Cut(norm, "-")
	return ok && nameParticles[p]
}
