package tr

import "testing"

// TestFounderHeads checks the heads of founders' companies and groups.
func TestFounderHeads(t *testing.T) {
	l := Turkish{}
	for _, w := range []string{"group", "company", "records"} {
		if !l.FounderHead(w) {
			t.Errorf("FounderHead(%q) = false", w)
		}
	}
	for _, w := range []string{"vakfı", "holding", "grubu", ""} {
		if l.FounderHead(w) {
			t.Errorf("FounderHead(%q) = true", w)
		}
	}
}
