package entity_test

import "testing"

// TestPossessiveFirms checks that a founder's name whose possessive owns
// nothing, "has" following it, is the firm's, and that a possessive
// owning an adjective's noun, or "'s" for "has" before a participle,
// leaves the person.
func TestPossessiveFirms(t *testing.T) {
	checkSentenceMentions(t, "en", []sentenceMentions{
		{"Sainsbury 's has been closing stores in the north .", []string{"ORGANIZATION Sainsbury"}},
		{"Reporters said Federer 's won the title again .", []string{"PERSON Federer"}},
		{"Smith 's alleged victim was 34 , police said .", []string{"PERSON Smith"}},
	})
}
