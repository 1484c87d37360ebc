package entity_test

import (
	"testing"
)

// TestRussianBodyNamedAfterPerson runs the whole Russian pipeline on
// sentences written for joinBodyToNamesake: a body and the person it is
// named after, in the genitive, are one organization; a person in another
// case after a body stays a person. Each lists the mentions found, as
// "TYPE text", in order.
func TestRussianBodyNamedAfterPerson(t *testing.T) {
	checkSentenceMentions(t, "ru", []sentenceMentions{
		{"Она защитила диссертацию в Университете Джона Хопкинса в прошлом году .",
			[]string{"ORGANIZATION Университете Джона Хопкинса"}},
		{"Опрос провели сотрудники Аналитического центра Юрия Левады .",
			[]string{"ORGANIZATION Аналитического центра Юрия Левады"}},
		{"Доклад подготовил Фонд Билла Гейтса .", []string{"ORGANIZATION Фонд Билла Гейтса"}},
		// A person in the dative is the body's object, not its namesake.
		{"Он выступил в Сенате Джону Керри в ответ .", []string{"ORGANIZATION Сенате", "PERSON Джону Керри"}},
	})
}
