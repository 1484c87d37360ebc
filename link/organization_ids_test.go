package link

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/doctest"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// organizationIDs links one organization in a Turkish, an English and a
// Russian sentence, each given as its text and the organization's name in
// it, and returns the three IDs.
func organizationIDs(t *testing.T, x *Linker, trText, enText, ruText [2]string) (string, string, string) {
	t.Helper()
	return organizationID(t, x, tr.Turkish{}, trText[0], trText[1]), organizationID(t, x, en.English{}, enText[0], enText[1]),
		organizationID(t, x, ru.Russian{}, ruText[0], ruText[1])
}

// organizationID links the organization name in text, in language l, and
// returns its ID.
func organizationID(t *testing.T, x *Linker, l lang.Language, text, name string) string {
	t.Helper()
	doc := doctest.WithNames(t, text, []doctest.Name{{Text: name, Type: annotation.Organization}}, l)
	x.Link(doc, l)
	return doc.Entities[0].ID
}
