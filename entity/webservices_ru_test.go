package entity_test

import (
	"context"
	"slices"
	"testing"

	"github.com/varlik/varlik/entity"
)

// TestRussianWebServices runs the whole Russian pipeline on sentences
// written for webServicesAsOrganizations: a web service named in Cyrillic,
// in any case, is an organization, while a place after the same
// preposition stays a place. Each lists the mentions found, as "TYPE
// text", in order, and checks that each mention's offsets give its text.
func TestRussianWebServices(t *testing.T) {
	x, err := entity.New(entity.WithLanguage("ru"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want []string
	}{
		{"Министр написал об этом в Твиттере.", []string{"ORGANIZATION Твиттере"}},
		{"Фотографии появились в Инстаграме и в Казани.", []string{"ORGANIZATION Инстаграме", "LOCATION Казани"}},
		{"Видео набрало миллион просмотров на Ютубе.", []string{"ORGANIZATION Ютубе"}},
	}
	for _, tc := range tests {
		doc, err := x.Extract(context.Background(), tc.text)
		if err != nil {
			t.Fatal(err)
		}
		got := typedMentions(t, doc)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
