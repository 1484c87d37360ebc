package entity_test

import (
	"testing"

	"github.com/varlik/varlik/lang/ru"
)

// TestRussianReviewSentences runs the whole Russian pipeline on news
// sentences an independent review of the Russian rules wrote (invented):
// Roman numerals, model numbers, sentence-opening adverbs, a body and the
// place after it, and Latin titles after a kind of work. Each lists the
// mentions found, as "TYPE text", in order.
func TestRussianReviewSentences(t *testing.T) {
	checkSentenceMentions(t, "ru", []sentenceMentions{
		{"Группа VIXX выпустила новый альбом .", []string{"ORGANIZATION VIXX"}}, // no numeral
		{"Стартап Nuro 3 апреля получил разрешение на испытания .", []string{"ORGANIZATION Nuro"}},
		{"Ришо подписал контракт с клубом .", []string{"PERSON Ришо"}},
		{"Пашо отказался от комментариев .", []string{"PERSON Пашо"}},
		{"Бушо подтвердил свой уход .", []string{"PERSON Бушо"}},
		{"Ханно покинул команду в июне .", []string{"PERSON Ханно"}},
		{"По данным экспертов , в Министерстве здравоохранения Италия вышла на первое место по числу прививок .",
			[]string{"ORGANIZATION Министерстве здравоохранения", "LOCATION Италия"}},
		{"Международный валютный фонд Аргентине выделит новый кредит .",
			[]string{"ORGANIZATION Международный валютный фонд", "LOCATION Аргентине"}},
		{"Фильм Fight Club вышел в 1999 году .", nil},
		{"Лента The Social Network получила три премии .", nil},
		{"Сериал The Office снимали девять сезонов .", nil},
		{"Игра Rocket League стала бесплатной .", nil},
		// Kept working:
		{"Людовик XIV правил долго .", []string{"PERSON Людовик XIV"}},
		{"Компания заказала двадцать Boeing 737 для рейсов .", nil},
		{"Заявление сделала Consumer Energy Alliance в понедельник .", []string{"ORGANIZATION Consumer Energy Alliance"}},
	})
	if !(ru.Russian{}).ForeignScript("VIXX") || (ru.Russian{}).CommonAcronym("vixx") {
		t.Error("VIXX is read as a Roman numeral")
	}
}
