package ru

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.PersonContext = Russian{}

// personNounStems begin the titles, roles and person-only nouns that take
// a person's name right after them, in any case: судья Кавано, судьи
// Кавано, кандидатуру Кавано, г-на Сутопо, о мистере Бине. A role takes a
// place's name too (президент Македонии), in the genitive: see
// placeGenitiveEndings.
var personNounStems = []string{
	"господин", "госпож", "г-н", "г-жа", "мистер", "миссис", "мисс", "сэр", "леди", "лорд", "мадам", "месье",
	"судь", "сенатор", "конгрессмен", "депутат", "президент", "премьер", "министр", "губернатор", "мэр",
	"канцлер", "генерал", "адмирал", "полковник", "майор", "лейтенант", "сержант", "капитан",
	"тренер", "наставник", "профессор", "доктор", "кандидатур", "певиц", "певц", "рэпер", "рэппер",
	"актер", "актрис", "режиссер", "писател", "журналист", "полузащитник", "нападающ", "защитник", "вратар",
}

// personNounExact are role words whose stems begin words of other
// meanings: посл- begins the preposition после.
var personNounExact = map[string]bool{"посол": true, "посла": true, "послу": true, "послом": true}

// placeGenitiveEndings end a place's name in the genitive after a role
// (президент Македонии, губернатору Подмосковья, президента Белоруссии,
// лидера Кубы, главы Италии): a person's name after a role agrees in case
// with it, and the foreign surnames the tagger takes for places do not
// decline (Кавано, Сутопо, Бине).
var placeGenitiveEndings = []string{"ии", "ья", "ьи", "ы", "а", "я"}

// PersonBefore reports whether before is a title, role or person-only noun
// and last does not end like a place's genitive (lang.PersonContext):
// судьи Кавано, but not президент Македонии.
func (Russian) PersonBefore(before, last string) bool {
	if !personNoun(before) {
		return false
	}
	for _, e := range placeGenitiveEndings {
		if strings.HasSuffix(last, e) {
			return false
		}
	}
	return true
}

// personNoun reports whether norm is a title, role or person-only noun.
func personNoun(norm string) bool {
	return personNounExact[norm] || hasPrefix(norm, personNounStems)
}

// pastSingularEndings end the past-tense verbs of one masculine or
// feminine subject: a place that is no country or city of the gazetteer is
// seldom the subject of провел, пришел, поставил, пожаловался.
var pastSingularEndings = []string{"ал", "ял", "ил", "ел", "ыл", "ул", "ол", "ёл",
	"ала", "яла", "ила", "ела", "ыла", "ула", "ола", "ёла",
	"ался", "ялся", "ился", "елся", "ылся", "улся", "олся",
	"алась", "ялась", "илась", "елась", "ылась", "улась", "олась"}

// prepositions take a name as their object, never as a subject: в Марлоу
// остался is a place.
var prepositions = map[string]bool{
	"в": true, "во": true, "на": true, "из": true, "от": true, "до": true, "к": true, "ко": true,
	"по": true, "под": true, "над": true, "с": true, "со": true, "у": true, "через": true, "около": true,
	"возле": true, "близ": true, "за": true, "при": true, "между": true, "о": true, "об": true, "перед": true,
	"из-за": true, "из-под": true, "вокруг": true, "вдоль": true, "против": true,
}

// naturalPlaceKinds name kinds of places that the place cues (NameCues,
// which are model features) leave out: Вулкан Попокатепетль засыпал.
var naturalPlaceKinds = []string{"вулкан", "мыс", "пик", "хребт", "хребет", "ледник", "каньон"}

// PersonAfter reports whether after is a past-tense verb of one subject and
// before no preposition, place kind or role (lang.PersonContext): Флейк
// поставил, but not в Марлоу остался, Вулкан Попокатепетль засыпал or
// Президент Македонии заявил, where the verb agrees with the role.
func (r Russian) PersonAfter(before, after string) bool {
	if prepositions[before] || personNoun(before) || r.Cue(before) == lang.LocHead || hasPrefix(before, naturalPlaceKinds) || len([]rune(after)) < 3 {
		return false
	}
	for _, e := range pastSingularEndings {
		if strings.HasSuffix(after, e) {
			return true
		}
	}
	return false
}
