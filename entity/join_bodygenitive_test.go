package entity_test

import "testing"

// TestRussianParentBodies runs the whole Russian pipeline on sentences
// written for joinBodyToParentBody: a body's name ending in its head noun
// and the body in the genitive it belongs to, right after it, are one
// organization; a body in another case, or after a name that does not end
// in a head noun, stays apart. Each lists the mentions found, as "TYPE
// text", in order.
func TestRussianParentBodies(t *testing.T) {
	checkSentenceMentions(t, "ru", []sentenceMentions{
		{"Юридический комитет Сената одобрил законопроект .", []string{"ORGANIZATION Юридический комитет Сената"}},
		{"Помпео встретился с Ри в кулуарах саммита Генассамблеи ООН .",
			[]string{"PERSON Помпео", "PERSON Ри", "ORGANIZATION Генассамблеи ООН"}},
		// a place after its division's noun, in its own case
		{"Он играл за Университет штата Луизиана .", []string{"ORGANIZATION Университет штата Луизиана"}},
		// a phrase after по past the country
		{"Об этом сообщил Национальный институт США по исследованию рака .",
			[]string{"ORGANIZATION Национальный институт США по исследованию рака"}},
		{"Слушания провел Комитет Палаты представителей по надзору .",
			[]string{"ORGANIZATION Комитет Палаты представителей по надзору"}},
		{"Грант выделило Агентство США по международному развитию .",
			[]string{"ORGANIZATION Агентство США по международному развитию"}},
		{"Верховный суд США по делу вынес решение .", []string{"ORGANIZATION Верховный суд США"}}, // a court: no task
		{"Министерство обороны России по словам министра готово .", []string{"ORGANIZATION Министерство обороны России"}},
		// a body in the dative: the object of the clause (not the Senate
		// Judiciary Committee, which the gazetteer knows as Юридический
		// комитет Сената and matches in any case of its last word)
		{"Бюджетный комитет Сенату направил доклад .", []string{"ORGANIZATION Бюджетный комитет", "ORGANIZATION Сенату"}},
	})
}
