package entity_test

import (
	"testing"
)

// TestRussianHeadFirstBodies runs the whole Russian pipeline on sentences
// written for addHeadFirstBodies: a capitalized head noun and the
// capitalized genitive after it name one body, whether the tagger found
// the head alone or nothing, unless the tagger found a name after it. Each lists the mentions
// found, as "TYPE text", in order. "Поддержка Советом Безопасности плана
// важна ." was one of them until the Russian model retrained on the
// gazetteer of December 5 (second-level regions, Palladius names) ran the
// body into плана, the clause's object: a model error the rule, which
// reads only heads the tagger found alone or not at all, does not mend
// (a cut of lower-case words after a body's genitive also cut "Комитет
// Палаты представителей"). The sentence after it keeps the rule tested.
func TestRussianHeadFirstBodies(t *testing.T) {
	checkSentenceMentions(t, "ru", []sentenceMentions{
		{"Принятие Советом Безопасности новой резолюции ожидается в мае .", []string{"ORGANIZATION Советом Безопасности"}},
		{"Документ направили в Палату Общин .", []string{"ORGANIZATION Палату Общин"}},
		{"Совет Безопасности собрался в пятницу .", []string{"ORGANIZATION Совет Безопасности"}},
		{"Центр Москвы закрыли для машин .", []string{"LOCATION Москвы"}}, // a place after the head
	})
}
