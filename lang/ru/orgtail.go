package ru

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.OrganizationTails = Russian{}

// genitiveAdjectiveEndings are the endings of an adjective in the
// genitive (независимых, искусственного, национальной): after a head
// noun, such an adjective and the noun after it belong to the name.
var genitiveAdjectiveEndings = []string{"ого", "его", "ой", "ей", "ых", "их"}

// genitiveNounEndings are endings of nouns in the genitive that no verb
// or adverb takes (последствий, бедствий, профсоюзов, комиссии,
// наследия, исследования): such a noun after a head or a noun goes on with the name.
// The singular -а, -я, -ы, -и are left out: past-tense verbs (заявила),
// reflexive ones (собирается) and adverbs (сегодня) end so too.
var genitiveNounEndings = []string{"ий", "ов", "ев", "ии", "ия", "ства"}

// TailLength returns how many of norms, the folded lower-case words after
// an organization's head noun, go on with its name
// (lang.OrganizationTails): genitive phrases ("совет независимых школ",
// "центр искусственного интеллекта", "комитет профсоюзов") and one phrase
// after по ("комитет по искусственному интеллекту", "управление по
// ликвидации последствий стихийных бедствий"): after по, adjectives and
// the noun they lead to, whatever their case, then genitive phrases.
func (Russian) TailLength(norms []string) int {
	n := 0
	if len(norms) > 1 && norms[0] == "по" {
		k := 1
		for k < len(norms) && isAdjectiveForm(norms[k]) {
			k++
		}
		if k >= len(norms) || lang.RuneCount(norms[k]) < 4 {
			return 0
		}
		n = k + 1
	}
	for n < len(norms) {
		k := n
		for k < len(norms) && hasEnding(norms[k], genitiveAdjectiveEndings) && isAdjectiveForm(norms[k]) {
			k++
		}
		switch {
		case k > n && k < len(norms): // adjectives and their noun
			n = k + 1
		case k == n && hasEnding(norms[k], genitiveNounEndings) && lang.RuneCount(norms[k]) >= 5:
			n = k + 1
		default:
			return n
		}
	}
	return n
}

// isAdjectiveForm reports whether norm has an adjective's ending
// (adjectiveOf).
func isAdjectiveForm(norm string) bool {
	_, ok := adjectiveOf(norm)
	return ok
}

func hasEnding(norm string, endings []string) bool {
	for _, e := range endings {
		if strings.HasSuffix(norm, e) {
			return true
		}
	}
	return false
}

var _ lang.OrganizationNamedAfter = Russian{}

// NamedAfter reports whether norm is имени, "named after"
// (lang.OrganizationNamedAfter). памяти, "in memory of", is left out: it
// follows a body's name for an event held there as often.
func (Russian) NamedAfter(norm string) bool { return norm == "имени" }
