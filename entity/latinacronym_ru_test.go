package entity_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/varlik/varlik/entity"
)

// TestRussianLatinCommonAcronyms runs the whole Russian pipeline on
// sentences written for the common acronyms in Latin letters that
// addForeignScriptNames leaves out: a format or a device is no
// organization, a company's acronym still is. Each lists the mentions
// found, as "TYPE text", in order.
func TestRussianLatinCommonAcronyms(t *testing.T) {
	x, err := entity.New(entity.WithLanguage("ru"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		words string
		want  []string
	}{
		{"Фильм можно купить на DVD и скачать по ссылке .", nil},
		{"Устройство подключается к компьютеру через USB .", nil},
		{"Компания IBM выпустила новый процессор .", []string{"ORGANIZATION IBM"}},
	}
	for _, tc := range tests {
		doc, err := x.ExtractTokens(context.Background(), "ru", [][]string{strings.Fields(tc.words)})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range doc.Entities {
			got = append(got, string(e.Type)+" "+e.Text)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.words, got, tc.want)
		}
	}
}
