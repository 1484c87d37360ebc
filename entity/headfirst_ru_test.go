package entity_test

import (
	"testing"
)

// TestRussianHeadFirstBodies runs the whole Russian pipeline on sentences
// written for addHeadFirstBodies: a capitalized head noun and the
// capitalized genitive after it name one body, whether the tagger found
// the head alone or nothing, unless the tagger found a name after it. Each lists the mentions
// found, as "TYPE text", in order.
func TestRussianHeadFirstBodies(t *testing.T) {
	checkSentenceMentions(t, "ru", []sentenceMentions{
		{"Поддержка Советом Безопасности плана важна .", []string{"ORGANIZATION Советом Безопасности"}},
		{"Принятие Советом Безопасности новой резолюции ожидается в мае .", []string{"ORGANIZATION Советом Безопасности"}},
		{"Документ направили в Палату Общин .", []string{"ORGANIZATION Палату Общин"}},
		{"Совет Безопасности собрался в пятницу .", []string{"ORGANIZATION Совет Безопасности"}},
		{"Центр Москвы закрыли для машин .", []string{"LOCATION Москвы"}}, // a place after the head
	})
}
