package entity_test

import (
	"testing"

	"github.com/varlik/varlik/entity"
)

// TestPossessiveShops checks that an owner's name, its possessive and a
// trade word after it make one firm, in raw text and in Universal NER's
// tokens, and that a longer name and a lower-case word leave the person.
// "Burch 's Karate is the GREATEST !" inside a quotation was a row until
// the English model of December 5, evening, missed the unseen surname
// there, so that the rule had no owner to join; the rule's own table
// (recognize/join_possessiveshops_test.go) keeps that case.
func TestPossessiveShops(t *testing.T) {
	tests := []mentionType{
		{"Ray's Pizza is just too good.", "Ray's Pizza", entity.Organization},
		{"Ray 's Pizza is just too good .", "Ray 's Pizza", entity.Organization},
		{"We ate at Joe's Pizza Express.", "Joe", entity.Person},
		{"Ray 's pizza was cold , said Ray Smith .", "Ray Smith", entity.Person},
	}
	checkMentionTypes(t, "en", tests)
}
