package entity_test

import "testing"

// TestSignatures checks that an e-mail signature line's address cuts the
// person's name off the firm the line runs it into.
func TestSignatures(t *testing.T) {
	checkSentenceMentions(t, "en", []sentenceMentions{
		{"Kevin A. Boone Accenture -- Houston Consultant -- Energy ( Octel ) 713.837.1638 ( Client ) Kevin.A.Boone@accenture.com", []string{"PERSON Kevin A. Boone", "ORGANIZATION Accenture", "ORGANIZATION Houston Consultant -- Energy", "ORGANIZATION Octel"}},
		{"Kevin A. Boone Accenture -- Houston Consultant -- Energy ( Octel ) 713.837.1638 ( Client )", []string{"PERSON Kevin A. Boone Accenture", "ORGANIZATION Houston Consultant -- Energy", "ORGANIZATION Octel"}},
	})
}
