package ru

import (
	"slices"
	"strings"

	"github.com/varlik/varlik/lang"
)

var (
	_ lang.Polities       = Russian{}
	_ lang.PlaceNameHeads = Russian{}
)

// polityHeads are the stems of the head nouns of polities' names, whole
// case forms only (nounEndings): орд- is Орда's (Золотая Орда), not
// орден's.
var polityHeads = []string{
	"импери", "королевств", "княжеств", "царств", "ханств", "каганат", "халифат", "султанат", "эмират",
	"герцогств", "курфюршеств", "орд",
}

// PolityHead reports whether norm is a case form of a polity's head noun
// (lang.Polities).
func (Russian) PolityHead(norm string) bool {
	return caseFormOf(norm, polityHeads)
}

// formerStates are the one-word names of states of the past, as stems
// that take nounEndings (Югославия, Югославии), and the acronyms, which
// do not decline.
var (
	formerStates        = []string{"югослави", "чехословаки", "византи", "прусси", "австро-венгри"}
	formerStateAcronyms = []string{"ссср", "гдр"}
)

// formerStatePhrases are the two-word names: an adjective's stem, which
// takes skyEndings, and the noun's stem, which takes nounEndings
// (Советского Союза, Киевской Руси, Речи Посполитой: the noun first).
var formerStatePhrases = []struct {
	adjective, noun string
	nounFirst       bool
}{
	{"советск", "союз", false},
	{"киевск", "рус", false},
	{"посполит", "реч", true},
}

// skyEndings are the singular endings of an adjective in -ский.
var skyEndings = []string{"ий", "ого", "ому", "им", "ом", "ая", "ой", "ую"}

// FormerState returns how many words from norms[0] name a state of the
// past, or 0 (lang.Polities).
func (Russian) FormerState(norms []string) int {
	if len(norms) == 0 {
		return 0
	}
	if slices.Contains(formerStateAcronyms, norms[0]) || caseFormOf(norms[0], formerStates) {
		return 1
	}
	if len(norms) < 2 {
		return 0
	}
	for _, p := range formerStatePhrases {
		adj, noun := norms[0], norms[1]
		if p.nounFirst {
			adj, noun = noun, adj
		}
		if adjectiveForm(adj, p.adjective) && caseFormOf(noun, []string{p.noun}) {
			return 2
		}
	}
	return 0
}

// adjectiveForm reports whether norm is stem and a singular adjective's
// ending.
func adjectiveForm(norm, stem string) bool {
	return strings.HasPrefix(norm, stem) && slices.Contains(skyEndings, norm[len(stem):])
}

// placeNameHeads are the stems of the head nouns of landmarks' and natural
// places' names, whole case forms only (nounEndings): seas, oceans, gulfs,
// straits, peninsulas, lakes, mountains and ranges, passes, deserts,
// plains, waterfalls, and bridges, towers, walls, squares, avenues and
// palaces. Left out: канал (Первый канал is a TV channel), собор (a
// church's council as often: Второго Ватиканского собора), and the heads of
// bodies' buildings (театр, музей).
var placeNameHeads = []string{
	"мор", "океан", "залив", "пролив", "полуостров", "озер", "гор", "хребет", "хребт", "перевал",
	"пустын", "равнин", "нагорь", "низменност", "плато", "водопад", "мост", "башн", "стен", "площад",
	"проспект", "бульвар", "дворц", "дворец",
}

// PlaceNameHead reports whether norm is a case form of a landmark's or a
// natural place's head noun (lang.PlaceNameHeads).
func (Russian) PlaceNameHead(norm string) bool {
	return caseFormOf(norm, placeNameHeads)
}
