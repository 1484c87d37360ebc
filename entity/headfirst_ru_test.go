package entity_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/varlik/varlik/entity"
)

// TestRussianHeadFirstBodies runs the whole Russian pipeline on sentences
// written for addHeadFirstBodies: a capitalized head noun and the
// capitalized genitive after it name one body, whether the tagger found
// the head alone or nothing, unless the tagger found a name after it. Each lists the mentions
// found, as "TYPE text", in order.
func TestRussianHeadFirstBodies(t *testing.T) {
	x, err := entity.New(entity.WithLanguage("ru"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		words string
		want  []string
	}{
		{"Поддержка Советом Безопасности плана важна .", []string{"ORGANIZATION Советом Безопасности"}},
		{"Принятие Советом Безопасности новой резолюции ожидается в мае .", []string{"ORGANIZATION Советом Безопасности"}},
		{"Документ направили в Палату Общин .", []string{"ORGANIZATION Палату Общин"}},
		{"Совет Безопасности собрался в пятницу .", []string{"ORGANIZATION Совет Безопасности"}},
		{"Центр Москвы закрыли для машин .", []string{"LOCATION Москвы"}}, // a place after the head
	}
	for _, tc := range tests {
		doc, err := x.ExtractTokens(context.Background(), "ru", [][]string{strings.Fields(tc.words)})
		if err != nil {
			t.Fatal(err)
		}
		got := typedMentions(t, doc)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.words, got, tc.want)
		}
	}
}
