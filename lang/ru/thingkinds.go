package ru

import "github.com/varlik/varlik/lang"

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

// KindBeforeThing reports whether norm is such a kind (lang.ThingKinds).
func (Russian) KindBeforeThing(norm string) bool {
	return hasPrefix(norm, thingKindStems)
}
