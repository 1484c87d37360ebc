package tr

import (
	"maps"
	"slices"
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.ColorNicknames = Turkish{}

// clubColors are the colours whose capitalized plurals Turkish sports
// reports use for clubs (Maviler, Kırmızılar, Sarı-Lacivertliler), and
// gök (sky), which only qualifies one (Gök Maviler).
var clubColors = map[string]bool{
	"mavi": true, "kırmızı": true, "sarı": true, "lacivert": true, "beyaz": true, "siyah": true,
	"yeşil": true, "bordo": true, "turuncu": true, "mor": true, "gök": true,
}

// ColorNickname reports whether norms, the folded capitalized words of a
// run, are a club's colour nickname (lang.ColorNicknames): colours, the
// last one, or the last of its hyphenated parts, in the plural with or
// without -lI (Maviler, Gök Mavilerin, Sarı-Kırmızılılar) and then any
// case ending. Every word before the last is a colour (Gök Maviler).
func (Turkish) ColorNickname(norms []string) bool {
	if len(norms) == 0 {
		return false
	}
	for _, w := range norms[:len(norms)-1] {
		if !clubColors[w] {
			return false
		}
	}
	last, compound := norms[len(norms)-1], false
	for {
		part, rest, ok := strings.Cut(last, "-")
		if !ok {
			break
		}
		if !clubColors[part] {
			return false
		}
		last, compound = rest, true
	}
	return colorPlural(last, compound)
}

// clubColorList is clubColors' words in order: colorPlural tries each,
// where ranging over the map set up an iterator at every call (1,800
// instructions a call).
var clubColorList = slices.Sorted(maps.Keys(clubColors))

// colorPlural reports whether w is a colour other than gök in the plural,
// and any ending after it (maviler, kırmızıların), or, after another colour
// (compound, the part after a hyphen), with -lI before the plural
// (kırmızılılar of Sarı-Kırmızılılar, lacivertlilerin). One colour with -lI
// alone is as often the players in that colour (Kırmızılılar, those in
// red) as a club's name.
func colorPlural(w string, compound bool) bool {
	for _, c := range clubColorList {
		if !beginsWith(w, c) || c == "gök" {
			continue
		}
		rest := w[len(c):]
		for _, li := range []string{"lı", "li", "lu", "lü"} {
			if r, ok := strings.CutPrefix(rest, li); ok && compound && (strings.HasPrefix(r, "lar") || strings.HasPrefix(r, "ler")) {
				return true
			}
		}
		if strings.HasPrefix(rest, "lar") || strings.HasPrefix(rest, "ler") {
			return true
		}
	}
	return false
}
