package ru

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.AdjectiveNouns = Russian{}

// adjectiveAgreement maps an adjective's oblique ending to the endings of
// a noun in the same case: Капитолийском холме (prepositional),
// Вестминстерским дворцом (instrumental), Гагаузской автономии, Северными
// территориями. The nominative is left out: its masculine ending -ой is
// also a feminine oblique one, and its noun ends in anything. Longest
// ending first.
var adjectiveAgreement = []struct {
	adj  string
	noun []string
}{
	{"ыми", []string{"ами", "ями"}},
	{"ими", []string{"ами", "ями"}},
	{"ого", []string{"а", "я"}},
	{"его", []string{"а", "я"}},
	{"ому", []string{"у", "ю"}},
	{"ему", []string{"у", "ю"}},
	{"ым", []string{"ом", "ем", "ём"}},
	{"им", []string{"ом", "ем", "ём"}},
	{"ом", []string{"е", "и"}},
	{"ем", []string{"е", "и"}},
	{"ой", []string{"ы", "и", "е", "ой", "ей"}},
	{"ей", []string{"и", "е", "ей"}},
	{"ую", []string{"у", "ю", "ь"}},
	{"юю", []string{"у", "ю", "ь"}},
}

// sharedEndings are the adjective endings nouns take too (Комитетом,
// Лондоном, Москвой): they make an adjective only after the suffix -ск-
// or -цк- (Капитолийском, Гагаузской).
var sharedEndings = map[string]bool{"ом": true, "ем": true, "ой": true, "ей": true}

// NounAfterAdjective reports whether adj has an adjective's oblique ending
// and next the ending of a noun in the same case (lang.AdjectiveNouns).
// next is checked no further: the caller takes it after a name.
func (Russian) NounAfterAdjective(adj, next string) bool {
	if lang.RuneCount(next) < 3 {
		return false
	}
	for _, a := range adjectiveAgreement {
		stem, ok := strings.CutSuffix(adj, a.adj)
		if !ok {
			continue
		}
		if sharedEndings[a.adj] && !strings.HasSuffix(stem, "ск") && !strings.HasSuffix(stem, "цк") {
			return false
		}
		for _, n := range a.noun {
			if strings.HasSuffix(next, n) {
				return true
			}
		}
		return false
	}
	return false
}
