package ru

import "github.com/varlik/varlik/lang"

var (
	_ lang.Polities       = Russian{}
	_ lang.PlaceNameHeads = Russian{}
)

// polityHeads are the stems of the head nouns of polities' names, whole
// case forms only (nounEndings): орд- is Орда's (Золотая Орда), not
// орден's.
var polityHeads = newStemList(
	"импери", "королевств", "княжеств", "царств", "ханств", "каганат", "халифат", "султанат", "эмират",
	"герцогств", "курфюршеств", "орд",
)

// PolityHead reports whether norm is a case form of a polity's head noun
// (lang.Polities).
func (Russian) PolityHead(norm string) bool {
	return caseFormOf(norm, polityHeads)
}

// placeNameHeads are the stems of the head nouns of landmarks' and natural
// places' names, whole case forms only (nounEndings): seas, oceans, gulfs,
// straits, peninsulas, lakes, mountains and ranges, passes, deserts,
// plains, waterfalls, and bridges, towers, walls, squares, avenues and
// palaces. Left out: канал (Первый канал is a TV channel), собор (a
// church's council as often: Второго Ватиканского собора), and the heads of
// bodies' buildings (театр, музей).
var placeNameHeads = newStemList(
	"мор", "океан", "залив", "пролив", "полуостров", "озер", "гор", "хребет", "хребт", "перевал",
	"пустын", "равнин", "нагорь", "низменност", "плато", "водопад", "мост", "башн", "стен", "площад",
	"проспект", "бульвар", "дворц", "дворец",
)

// PlaceNameHead reports whether norm is a case form of a landmark's or a
// natural place's head noun (lang.PlaceNameHeads).
func (Russian) PlaceNameHead(norm string) bool {
	return caseFormOf(norm, placeNameHeads)
}
