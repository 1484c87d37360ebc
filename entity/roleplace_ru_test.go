package entity_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/varlik/varlik/entity"
)

// TestRussianRolePlaceBeforeName runs the whole Russian pipeline on
// sentences written for splitRolePlaceOffPerson: a town in the genitive
// between a role and a name is a place of its own, while a surname written
// before the given name stays in the name. Each lists the mentions found,
// as "TYPE text", in order.
func TestRussianRolePlaceBeforeName(t *testing.T) {
	x, err := entity.New(entity.WithLanguage("ru"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		words string
		want  []string
	}{
		{"Журналисты расспросили главу Балашихи Евгения Жирнова о планах .",
			[]string{"LOCATION Балашихи", "PERSON Евгения Жирнова"}},
		{"В суд вызвали мэра Реутова Сергея Юрова .", []string{"LOCATION Реутова", "PERSON Сергея Юрова"}},
		{"Президент Путин Владимир Владимирович выступил .", []string{"PERSON Путин Владимир Владимирович"}},
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
