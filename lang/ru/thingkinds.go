package ru

import (
	"slices"
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.ThingKinds = Russian{}

// thingKindStems begin the nouns, in any case, that say the name after
// them is a storm's (ураган Роза, ураганом Роза), or that of a measure,
// device, effect or award named after a person (шкале Рихтера, счетчик
// Гейгера, наград Эмми): kinds that take no place or organization after
// them.
var thingKindStems = []string{
	"ураган", "тайфун", "циклон", "шторм",
	"шкал", "счетчик", "синдром", "теорем", "эффект", "наград",
}

// productKinds are the kinds of software and devices written before a
// product's name (браузера Chrome, ОС Android), which the rule for
// foreign-script names would make organizations. Whole case forms only
// (nounEndings).
var productKinds = []string{"браузер", "ос", "приложени", "мессенджер", "смартфон"}

// KindBeforeThing reports whether norm is such a kind (lang.ThingKinds).
func (Russian) KindBeforeThing(norm string) bool {
	if hasPrefix(norm, thingKindStems) {
		return true
	}
	for _, s := range productKinds {
		if rest, ok := strings.CutPrefix(norm, s); ok && slices.Contains(nounEndings, rest) {
			return true
		}
	}
	return false
}
