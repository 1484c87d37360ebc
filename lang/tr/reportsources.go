package tr

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.ReportSources = Turkish{}

// reportNouns are the beginnings of the nouns of what a medium carries: a
// news story, an article, a piece of writing, an interview.
var reportNouns = [...]string{"haber", "makale", "yazı", "röportaj", "söyleşi"}

// ReportSource reports whether a name's locative suffix ('de, 'da, 'te,
// 'ta) and the words after it say a report appeared in it
// (lang.ReportSources): "yer alan habere göre", "yayımlanan makalede",
// "çıkan haberde". The locative alone says nothing ("Londra'da yer alan
// bir otel" is a place's): the noun after the participle must be a
// report's.
func (Turkish) ReportSource(suffix string, next []string) bool {
	switch strings.TrimLeft(suffix, "'’") {
	case "de", "da", "te", "ta":
	default:
		return false
	}
	switch {
	case len(next) >= 3 && next[0] == "yer" && next[1] == "alan":
		return reportNoun(next[2])
	case len(next) >= 2 && (next[0] == "yayımlanan" || next[0] == "yayınlanan" || next[0] == "çıkan"):
		return reportNoun(next[1])
	}
	return false
}

// reportNoun reports whether norm, a folded word, is a form of a report's
// noun (reportNouns).
func reportNoun(norm string) bool {
	if strings.HasPrefix(norm, "yazıl") {
		return false // yazılım, software; yazılı, written
	}
	for _, n := range reportNouns {
		if strings.HasPrefix(norm, n) {
			return true
		}
	}
	return false
}
