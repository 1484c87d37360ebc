package entity_test

import (
	"slices"
	"testing"
)

// TestSignatures checks that an e-mail signature line's address cuts the
// person's name off the firm the line runs it into, and that without the
// address the name stays run into the firm. Only the rule's own mentions
// are asserted: the rest of such a line (a job title, a phone label) is
// other rules' business.
func TestSignatures(t *testing.T) {
	const line = "Kevin A. Boone Accenture -- Houston Consultant -- Energy ( Octel ) 713.837.1638 ( Client )"
	checkHolds(t, extractChecked(t, "en", line+" Kevin.A.Boone@accenture.com"), []string{"PERSON Kevin A. Boone", "ORGANIZATION Accenture"})
	if got := typedMentions(t, extractChecked(t, "en", line)); !slices.Contains(got, "PERSON Kevin A. Boone Accenture") {
		t.Errorf("without the address: %q, want PERSON Kevin A. Boone Accenture among them", got)
	}
}
