package entity_test

import "testing"

// TestPossessiveFirms checks that a founder's name whose possessive owns
// nothing, a verb following it, is the firm's, and that a possessive
// owning an adjective's noun leaves the person.
func TestPossessiveFirms(t *testing.T) {
	checkSentenceMentions(t, "en", []sentenceMentions{
		{"The new strategy comes after Sainsbury 's sold its 281-store pharmacy business to Celesio .", []string{"ORGANIZATION Sainsbury", "ORGANIZATION Celesio"}},
		{"Sainsbury 's tested a joint venture in the early 2000s .", []string{"ORGANIZATION Sainsbury"}},
		{"Smith 's alleged victim was 34 , police said .", []string{"PERSON Smith"}},
	})
}
