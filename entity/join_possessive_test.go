package entity_test

import (
	"testing"

	"github.com/varlik/varlik/entity"
)

// TestPossessiveHeads checks that a name the gazetteer does not know, its
// possessive and a capitalized head noun make one mention typed by the
// head, and that a body after a possessive and a known place's possessive
// stay apart.
func TestPossessiveHeads(t *testing.T) {
	tests := []mentionType{
		{"The boy was airlifted to Rady Children 's Hospital in San Diego .", "Rady Children 's Hospital", entity.Organization},
		{"The attack occurred just before 7 a.m. near Beacon 's Beach in Encinitas .", "Beacon 's Beach", entity.Location},
		{"Britain 's Parliament voted on Tuesday .", "Britain", entity.Location},
		{"Police took him to Glasgow 's Hospital .", "Glasgow", entity.Location},
	}
	checkMentionTypes(t, "en", tests)

}
