package entity_test

import "testing"

// TestRussianHeadFirstPeople runs the whole Russian pipeline on sentences
// written for retypeHeadFirstPeople: a person's mention that begins with a
// capitalized head noun of a body's name is the body named after the
// person; a person after a role is left alone. Each lists the mentions
// found, as "TYPE text", in order.
func TestRussianHeadFirstPeople(t *testing.T) {
	checkSentenceMentions(t, "ru", []sentenceMentions{
		{"Гарвардский университет получил грант от Фонда Гейтса .",
			[]string{"ORGANIZATION Гарвардский университет", "ORGANIZATION Фонда Гейтса"}},
		{"Юг страны контролируется Армией Махди .", []string{"ORGANIZATION Армией Махди"}},
		{"Грант получил профессор Иван Петров .", []string{"PERSON Иван Петров"}},
	})
}
