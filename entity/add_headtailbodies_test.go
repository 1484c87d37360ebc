package entity_test

import "testing"

// TestRussianHeadTailBodies runs the whole Russian pipeline on sentences
// written for addHeadTailBodies: a capitalized head noun inside a
// sentence and the lower-case words that go on with it name one body,
// whether the tagger found the head alone or nothing; opening a sentence,
// only a phrase after по or при goes on with it, and a legislature takes
// no such phrase. Each lists the mentions found, as "TYPE text", in order.
func TestRussianHeadTailBodies(t *testing.T) {
	checkSentenceMentions(t, "ru", []sentenceMentions{
		{"Об этом говорится в докладе Управления по борьбе с наркотиками .",
			[]string{"ORGANIZATION Управления по борьбе с наркотиками"}},
		{"Он работал в Комиссии по ценным бумагам и биржам .",
			[]string{"ORGANIZATION Комиссии по ценным бумагам и биржам"}},
		{"Агентство по охране окружающей среды опубликовало доклад .",
			[]string{"ORGANIZATION Агентство по охране окружающей среды"}},
		{"Джон Эдвардс , директор Совета независимых школ Шотландии",
			[]string{"PERSON Джон Эдвардс", "ORGANIZATION Совета независимых школ Шотландии"}},
		// the tagger's mention of the head and a part of its tail, widened
		{"Об этом сообщило Министерство по делам ветеранов .", []string{"ORGANIZATION Министерство по делам ветеранов"}},
		{"Против него выступила Служба иммиграции и натурализации .",
			[]string{"ORGANIZATION Служба иммиграции и натурализации"}},
		{"Лейбористы , как и Партия зеленых обещала , поддержали идею .", []string{"ORGANIZATION Партия зеленых"}},
		// a list of phrases after по, closed by и
		{"Расследование ведет Бюро по алкоголю , табаку и огнестрельному оружию .",
			[]string{"ORGANIZATION Бюро по алкоголю , табаку и огнестрельному оружию"}},
		// a legislature named alone: the phrase is what it does
		{"Голосование в Сенате по утверждению кандидатуры Кавано состоится в пятницу .",
			[]string{"ORGANIZATION Сенате", "PERSON Кавано"}},
		// a genitive after a head opening a sentence: a common noun
		{"Совет директоров компании одобрил сделку .", nil},
		// an adverbial phrase after по
		{"Судя по всему , решение примут завтра .", nil},
	})
}
