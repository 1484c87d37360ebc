package entity_test

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestRussianPersonCues runs the whole Russian pipeline on sentences
// written for the person cues of lang/ru's PersonBefore: an infinitive's
// object in -а or -я and a kin noun make a person of a name the tagger
// reads as a place; a place's accusative after an infinitive stays a
// place. Each lists the mentions found, as "TYPE text", in order.
func TestRussianPersonCues(t *testing.T) {
	checkSentenceMentions(t, "ru", []sentenceMentions{
		{"Сейчас неясно , пытался ли он этим шагом высмеять Уэста .", []string{"PERSON Уэста"}},
		{"Сейчас неясно , хотел ли он этим летом посетить Лондон .", []string{"LOCATION Лондон"}},
		{"Часто в этой группе объединяются сыновья Брахмы .", []string{"PERSON Брахмы"}},
	})
}

// TestRussianInflectedSurnames runs the whole Russian pipeline on
// two-sentence documents written for placesNamedAsPeople: a place whose
// word is a person's surname elsewhere in the document, in another case,
// is the person; after a preposition it stays a place.
func TestRussianInflectedSurnames(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		sentences []string
		want      []string
	}{
		{[]string{"Тренер Ларс Хальвор доволен .", "Игроки поддержали Хальвора после матча ."},
			[]string{"PERSON Ларс Хальвор", "PERSON Хальвора"}},
		// After a preposition: the place there.
		{[]string{"Тренер Ларс Хальвор доволен .", "Команда живет в Хальворе давно ."},
			[]string{"PERSON Ларс Хальвор", "LOCATION Хальворе"}},
	}
	for _, tc := range tests {
		var sents [][]string
		for _, s := range tc.sentences {
			sents = append(sents, strings.Fields(s))
		}
		doc, err := x.ExtractTokens(context.Background(), "ru", sents)
		if err != nil {
			t.Fatal(err)
		}
		if got := typedMentions(t, doc); !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.sentences, got, tc.want)
		}
	}
}
