package ru

import "github.com/varlik/varlik/lang"

var _ lang.SaintWords = Russian{}

// saintWords are the words Russian writes for "saint" before a saint's
// name, folded, with their pivot (lang.SaintWords): the transliterations
// of foreign place names' words (Сент- of English Saint, Сен- of French,
// Санкт- of German and of Санкт-Петербург) and its own word and
// abbreviation, in the forms a name takes (Святого Павла, Св. Мартина).
// Сан and Санта are left as they are, spelt as the other languages spell
// them (Сан-Марино, Санта-Крус). The abbreviation only with its dot, which
// the tokenizer keeps on it: Russian writes it so (all 9 in Russian
// WikiNER's train and dev, none without), and a folded св with none is
// the acronym СВ (СВ Банк), keyed as its letters.
var saintWords = map[string]string{
	"сент": "saint", "сен": "saint", "санкт": "saint", "св.": "saint",
	"святой": "saint", "святого": "saint", "святому": "saint", "святым": "saint", "святом": "saint",
	"святая": "saint", "святую": "saint",
}

// SaintWord returns the pivot of a folded word of saintWords, else ""
// (lang.SaintWords).
func (Russian) SaintWord(w string) string { return saintWords[w] }
