package entity_test

import (
	"testing"

	"github.com/varlik/varlik/entity"
)

// TestPluralVerbTeams checks that a singular name opening a clause before
// a plural-only verb becomes an organization (a team), a country too, and
// that a name inside a phrase, the last of a list and a name before a
// singular verb keep their types.
func TestPluralVerbTeams(t *testing.T) {
	tests := []mentionType{
		{"Livingston miss chances against blunt visitors", "Livingston", entity.Organization},
		{"While Rangers now drop down to sixth spot , Livingston climb to third .", "Livingston", entity.Organization},
		// No plural verb: the tagger's type stays. (Halkett until December 5, night: the English model
		// trained with the Census surnames finds no Halkett, a surname they lack, opening a sentence.)
		{"Gerrard climbed to third .", "Gerrard", entity.Person},
		{"Officials in Glasgow have said the road will close .", "Glasgow", entity.Location},
		{"Shawn Mendes , Janelle Monáe are among the acts performing this year .", "Janelle Monáe", entity.Person},
		{"France have the advantage , of course .", "France", entity.Organization},
		{"France has the advantage , of course .", "France", entity.Location},
	}
	checkMentionTypes(t, "en", tests)
}
