package ru

import "strings"

// monthStems begin the months' names in any case (3 апреля, в марте);
// май is listed by its forms, as ма- begins too many words.
var monthStems = newStemList("январ", "феврал", "март", "апрел", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр")

// countedStems begin the nouns and units that follow a number in an
// amount (5 млн долларов, 300 человек, 2 раза, 10 лет), in any case.
var countedStems = newStemList(
	"тыс", "млн", "млрд", "трлн", "миллион", "миллиард", "триллион", "процент", "доллар", "долл", "евро",
	"рубл", "руб", "юан", "фунт", "иен", "человек", "сотрудник", "тонн", "километр", "метр", "штук",
	"единиц", "балл", "очк", "голос", "минут", "секунд", "недел", "месяц", "сут", "пункт",
)

// countedWords are the short ones matched whole (год, лет, раз, км).
var countedWords = map[string]bool{
	"май": true, "мая": true, "мае": true, "маю": true, "маем": true,
	"год": true, "года": true, "году": true, "лет": true, "раз": true, "раза": true, "км": true, "кг": true,
	"м": true, "т": true, "га": true, "час": true, "часа": true, "часов": true, "дня": true, "дней": true, "день": true, "%": true,
}

// CountedAfterNumber reports whether norm, a folded word, is a month or a
// counted noun or unit, which make the number before them a date or an
// amount rather than a product's model (recognize's foreign-script rule:
// Nuro 3 апреля получил, Tesla 5 млн долларов).
func (Russian) CountedAfterNumber(norm string) bool {
	norm = strings.TrimSuffix(norm, ".")
	return countedWords[norm] || hasPrefix(norm, monthStems) || hasPrefix(norm, countedStems)
}
