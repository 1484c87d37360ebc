package entity_test

import (
	"testing"

	"github.com/varlik/varlik/entity"
)

// TestPossessiveShops checks that an owner's name, its possessive and a
// trade word after it make one firm, in raw text and in Universal NER's
// tokens, and that a longer name and a lower-case word leave the person.
func TestPossessiveShops(t *testing.T) {
	tests := []mentionType{
		{"Ray's Pizza is just too good.", "Ray's Pizza", entity.Organization},
		{"Ray 's Pizza is just too good .", "Ray 's Pizza", entity.Organization},
		{"What more can be said : \" Burch 's Karate is the GREATEST ! \"", "Burch 's Karate", entity.Organization},
		{"We ate at Joe's Pizza Express.", "Joe", entity.Person},
		{"Ray 's pizza was cold , said Ray Smith .", "Ray Smith", entity.Person},
	}
	checkMentionTypes(t, "en", tests)
}
