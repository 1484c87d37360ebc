package ru

import "github.com/varlik/varlik/lang"

var _ lang.ThingKinds = Russian{}

// thingKindStems begin the nouns, in any case, that say the name after
// them is a storm's (ураган Роза, ураганом Роза), or that of a measure,
// device, effect or award named after a person (шкале Рихтера, счетчик
// Гейгера, наград Эмми, премии Гойя), or that it is a word named as such
// (аббревиатуру MWP): kinds that take no place or organization after
// them. преми- (December 6): WikiNER held-out 0.8350 → 0.8351 (премии
// Гойя), NTREX Russian dev and held-out FactRuEval unchanged.
var thingKindStems = newStemList(
	"ураган", "тайфун", "циклон", "шторм",
	"шкал", "счетчик", "синдром", "теорем", "эффект", "наград", "преми", "аббревиатур",
)

// productKinds are the kinds of software and devices written before a
// product's name (браузера Chrome, ОС Android), which the rule for
// foreign-script names would make organizations. Whole case forms only
// (nounEndings).
var productKinds = newStemList("браузер", "ос", "приложени", "мессенджер", "смартфон")

// KindBeforeThing reports whether norm is such a kind (lang.ThingKinds).
func (Russian) KindBeforeThing(norm string) bool {
	return hasPrefix(norm, thingKindStems) || caseFormOf(norm, productKinds)
}

// workKinds are the kinds of works written before their titles in
// guillemets (в фильме « Колокола Коронадо », песни « I Love it »): news
// does not tag a work or a name in its title. Unquoted, the name after
// them is the work's owner or maker (сериале HBO, фильмами Джонни
// Инглиша) or, after передачу, a player passed to (передачу Стерлингу).
// Whole case forms only (nounEndings): роман- begins Романов.
var workKinds = newStemList("фильм", "мультфильм", "сериал", "песн", "альбом", "сингл", "клип", "передач", "шоу")

// authoringVerbs are the past forms of the verbs of writing, painting and
// singing a work, which take its title in guillemets as their object
// (написал « Гамлета », нарисовал « Мону Лизу », спела « Believe »):
// a body's name follows verbs of founding, leading or buying instead.
var authoringVerbs = lang.NewWordSet(map[string]bool{
	"написал": true, "написала": true, "написали": true, "сочинил": true, "сочинила": true,
	"нарисовал": true, "нарисовала": true, "спел": true, "спела": true, "спели": true,
	"экранизировал": true, "экранизировали": true,
})

// KindBeforeTitle reports whether norm is a kind of work, or a verb of
// authoring one (lang.ThingKinds).
func (Russian) KindBeforeTitle(norm string) bool {
	return caseFormOf(norm, workKinds) || authoringVerbs.Has(norm)
}

// titledKinds are the kinds of works whose titles news also writes
// unquoted in Latin letters after them (фильм Fight Club, лента The
// Social Network, сериал The Office, игра Rocket League, книга The Firm).
// игра is not among workKinds, as a team's quoted name follows it as
// often (игра «Спартака»). Left out are the kinds of music (песня, альбом,
// сингл, клип), which a band's unquoted name follows as often as a title
// (альбом Arctic Monkeys, альбом The Prodigy): of the runs of two or more
// Latin words after them, WikiNER-ru's training part tags 6 of 26 as
// organizations, after the kinds listed here none of 15.
var titledKinds = newStemList(
	"фильм", "мультфильм", "сериал", "передач", "шоу", "игр", "видеоигр", "книг", "лент", "спектакл", "пьес",
	"мюзикл", "роман", "картин",
)

// KindBeforeLatinTitle reports whether norm is such a kind (recognize's
// foreign-script rule: the run after it may end in Club or League and be
// no organization).
func (Russian) KindBeforeLatinTitle(norm string) bool {
	return caseFormOf(norm, titledKinds)
}
