package entity_test

import (
	"testing"

	"github.com/varlik/varlik/entity"
)

// TestCapitalAcronymsNotPeople checks that a word in capitals the tagger
// reads as a person's in ordinary text is an organization, and that a
// given name shouted stays a person.
func TestCapitalAcronymsNotPeople(t *testing.T) {
	tests := []mentionType{
		{"The current complaints allege that HANO has not provided qualified former St. Thomas residents a preference with respect to available public housing units at River Garden per the 2003 agreement .", "HANO", entity.Organization},
		{"Secretary of State John Kerry met Lavrov ; KERRY said the talks went well .", "KERRY", entity.Person},
	}
	checkMentionTypes(t, "en", tests)
}
