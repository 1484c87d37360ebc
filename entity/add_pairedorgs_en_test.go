package entity_test

import "testing"

// TestPairedOrganizations checks that a one-word name paired with an
// organization's by "and" or a slash becomes an organization, in
// Universal NER's tokens, and that a nationality word and a sentence's
// first word do not.
func TestPairedOrganizations(t *testing.T) {
	checkSentenceMentions(t, "en", []sentenceMentions{
		{"My role with Firefox and the Mozilla project will remain largely unchanged .", []string{"ORGANIZATION Firefox", "ORGANIZATION Mozilla"}},
		{"I enjoyed working with all of you during the past five years at Enron / Azurix , and I wish you all of the best .", []string{"ORGANIZATION Enron", "ORGANIZATION Azurix"}},
		{"The U.S. , French and Royal Navy are working together .", []string{"LOCATION U.S.", "ORGANIZATION Royal Navy"}},
	})
}
