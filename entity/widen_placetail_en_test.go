package entity_test

import "testing"

// TestPlaceTails checks that a place's mention takes the lower-case noun
// of its kind written after it.
func TestPlaceTails(t *testing.T) {
	checkSentenceMentions(t, "en", []sentenceMentions{
		{"where can I get morcillas in tampa bay , I will like the argentinian type ?", []string{"LOCATION tampa bay"}},
		{"Islamic Jihad has refused to recognized the cease fire , and hopes to turn the Gaza strip \" into a vast battlefield . \"", []string{"ORGANIZATION Islamic Jihad", "LOCATION Gaza strip"}},
	})
}
