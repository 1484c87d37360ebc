package entity_test

import "testing"

// TestDomainNames checks that a name a web address in its sentence is
// named by is an organization's.
func TestDomainNames(t *testing.T) {
	checkSentenceMentions(t, "en", []sentenceMentions{
		{"Simply type in the following United Way link , http://unitedway.enron.com and press enter .", []string{"ORGANIZATION United Way"}},
	})
}
