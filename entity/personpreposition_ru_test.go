package entity_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/varlik/varlik/entity"
)

// TestRussianPersonAfterPreposition runs the whole Russian pipeline on a
// document written for trimLeadingPreposition: a quotation opens with a
// preposition before a surname, and later sentences open with the same
// preposition, which must not become short mentions of that person.
func TestRussianPersonAfterPreposition(t *testing.T) {
	x, err := entity.New(entity.WithLanguage("ru"))
	if err != nil {
		t.Fatal(err)
	}
	sents := [][]string{
		strings.Fields("Сенатор заявил : « На Кавано „ обрушилась “ критика » ."),
		strings.Fields("На следующий день слушания продолжились ."),
		strings.Fields("На заседании выступили двенадцать свидетелей ."),
	}
	doc, err := x.ExtractTokens(context.Background(), "ru", sents)
	if err != nil {
		t.Fatal(err)
	}
	got := typedMentions(t, doc)
	if want := []string{"PERSON Кавано"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
