package tr

import "strings"

// TownWord reports whether norm, a folded word, is kent or şehir in any of
// its forms (kentinde, şehrine, şehirdeki; lang.TownWords). Not the
// broader place nouns of the name cues (bölge, ülke, il), which also
// begin an adjective (bölgesel) or follow a body's name ("Yüksek Mahkeme
// bölge ...").
func (Turkish) TownWord(norm string) bool {
	return strings.HasPrefix(norm, "kent") && !strings.HasPrefix(norm, "kentsel") ||
		strings.HasPrefix(norm, "şehr") || strings.HasPrefix(norm, "şehir")
}
