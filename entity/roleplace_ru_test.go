package entity_test

import (
	"testing"
)

// TestRussianRolePlaceBeforeName runs the whole Russian pipeline on
// sentences written for splitRolePlaceOffPerson: a town in the genitive
// between a role and a name is a place of its own, while a surname written
// before the given name stays in the name. Each lists the mentions found,
// as "TYPE text", in order.
func TestRussianRolePlaceBeforeName(t *testing.T) {
	checkSentenceMentions(t, "ru", []sentenceMentions{
		{"Журналисты расспросили главу Балашихи Евгения Жирнова о планах .",
			[]string{"LOCATION Балашихи", "PERSON Евгения Жирнова"}},
		{"В суд вызвали мэра Реутова Сергея Юрова .", []string{"LOCATION Реутова", "PERSON Сергея Юрова"}},
		{"Президент Путин Владимир Владимирович выступил .", []string{"PERSON Путин Владимир Владимирович"}},
	})
}
