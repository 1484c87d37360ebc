package entity_test

import "testing"

// TestOwnedBrands checks that a name between a person's possessive and
// brand is an organization.
func TestOwnedBrands(t *testing.T) {
	checkSentenceMentions(t, "en", []sentenceMentions{
		{"The pair 's business had been likened to Gwyneth Paltrow 's Goop brand .", []string{"PERSON Gwyneth Paltrow", "ORGANIZATION Goop"}},
		{"The pair 's business had been likened to Gwyneth Paltrow 's new brand .", []string{"PERSON Gwyneth Paltrow"}},
	})
}
