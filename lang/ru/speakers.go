package ru

import "github.com/varlik/varlik/lang"

// SayingVerb reports whether norm is a verb of saying or of a mind
// (speechVerbs), or one of what a person does in the news (deedVerbs: met,
// visited, named, promised, scored), in the singular, past or present,
// written after its subject (lang.Speakers): Нугрохо добавил, Кит
// считает, Помпео встретился. Plural forms are left out: a plural subject
// is no one person (Власти заявили).
func (Russian) SayingVerb(norm string) bool { return speechVerbs.Has(norm) || deedVerbs.Has(norm) }

// speechVerbs are the verbs of saying and of a mind in the singular. They
// are also written before their subject, closing a quotation ("...», —
// говорит Зарате"), where a name after one is its speaker (PersonBefore).
var speechVerbs = lang.NewWordSet(map[string]bool{
	"сказал": true, "сказала": true, "заявил": true, "заявила": true, "сообщил": true, "сообщила": true,
	"отметил": true, "отметила": true, "добавил": true, "добавила": true, "написал": true, "написала": true,
	"пояснил": true, "пояснила": true, "подчеркнул": true, "подчеркнула": true, "ответил": true, "ответила": true,
	"рассказал": true, "рассказала": true, "признал": true, "признала": true, "заметил": true, "заметила": true,
	"считает": true, "говорит": true, "полагает": true, "утверждает": true,
	"уверен": true, "уверена": true, "убежден": true, "убеждена": true, "вспоминает": true,
	"признался": true, "призналась": true,
	// The imperfective past of the verbs of saying, for what a person
	// said more than once or used to say (Уэст ранее заявлял).
	"говорил": true, "говорила": true, "заявлял": true, "заявляла": true, "сообщал": true, "сообщала": true,
	"отмечал": true, "отмечала": true, "писал": true, "писала": true, "рассказывал": true, "рассказывала": true,
	"утверждал": true, "утверждала": true, "подчеркивал": true, "подчеркивала": true, "объяснял": true, "объясняла": true,
	"признавал": true, "признавала": true,
})

// deedVerbs are the verbs of what a person does or means to do, which take
// a place as their object right after them as often (посетил Лондон,
// назвал Москву, упомянул Сирию).
var deedVerbs = lang.NewWordSet(map[string]bool{
	"продолжает": true, "планирует": true, "хочет": true,
	"встретился": true, "встретилась": true, "посетил": true, "посетила": true, "назвал": true, "назвала": true,
	"упомянул": true, "упомянула": true, "сослался": true, "сослалась": true,
	"пообещал": true, "пообещала": true, "забил": true, "забила": true,
})

// SpeakerAdverb reports whether norm may stand between a speaker's name
// and the verb of saying (lang.SpeakerAdverbs): an adverb of
// adverbsAfterSubject (Гайлз также добавил, Уэст ранее заявлял), or the
// negation, which only a verb of saying is looked for past (Ри не
// упомянул): a town that does not decline opens a sentence before не and
// another verb as often (Батуми не принял), but says nothing.
func (Russian) SpeakerAdverb(norm string) bool {
	return norm == "не" || adverbsAfterSubject.Has(norm)
}

// NotSpeaker reports whether norm, a capitalized word before such a verb,
// is no name (lang.Speakers): a pronoun or a word that opens a clause, or
// one of the cue words of names (a role, an organization's head: Полиция
// сообщила, Президент заявил), or, opening a sentence, a dictionary word
// (DictionaryWord: Пара отметила) or a common word's form (commonForm: an
// object put first, Статью написал Петров), where its capital says nothing.
func (r Russian) NotSpeaker(norm string, opensSentence bool) bool {
	return notSpeakers[norm] || r.Cue(norm) != lang.NoCue || opensSentence && (r.DictionaryWord(norm) || r.commonForm(norm))
}

var notSpeakers = map[string]bool{
	"я": true, "ты": true, "он": true, "она": true, "оно": true, "мы": true, "вы": true, "они": true,
	"это": true, "этот": true, "эта": true, "кто": true, "что": true, "как": true, "так": true,
	"тогда": true, "теперь": true, "также": true, "там": true, "здесь": true, "каждый": true, "никто": true,
	"всё": true, "все": true, "сам": true, "сама": true,
}
